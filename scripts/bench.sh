#!/usr/bin/env bash
# The benchmark (docs/benchmarks.md): where the time of `legeplan build` goes and how it grows.
#
#   scripts/bench.sh           full run (~15 min on 2 shared cores); rewrites the generated part of
#                              docs/benchmarks.md and prints the tables
#   scripts/bench.sh --csv     the same measurements, printed as CSV; docs untouched
#   scripts/bench.sh --quick   smaller and fewer runs (no 40 000, a batch of 6 plans, an overview
#                              of 20); docs untouched
#
# Everything it generates goes to build/bench-data/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

csv=0
quick=0
for arg in "$@"; do
    case "$arg" in
        --csv) csv=1 ;;
        --quick) quick=1 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown argument $arg" >&2; exit 2 ;;
    esac
done

say() { echo "bench: $*" >&2; }
for tool in cmake g++ pandoc soffice python3 hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing (scripts/install-deps.sh bench)" >&2; exit 2; }
done

say "building legeplan and legeplan_bench (build/, RelWithDebInfo unless configured otherwise)"
cmake -S . -B build -DLEGEPLAN_BENCH=ON >/dev/null  # on: the worktree may have been configured without it
cmake --build build -j"$(nproc)" --target legeplan legeplan_bench >/dev/null

data=build/bench-data
rm -rf "$data"
mkdir -p "$data"
results="$data/results.csv"
# Private copies: others may rebuild build/ while the benchmark runs.
mkdir -p "$data/bin"
cp build/legeplan build/bench/legeplan_bench "$data/bin/"
bench=$data/bin/legeplan_bench
legeplan=$data/bin/legeplan
"$bench" --header >"$results"

# One row in the CSV's columns for a measurement made from the shell.
row() {  # plan measures stage runs median min max bytes peak_kb
    echo "$1,$2,$3,$4,$5,$6,$7,$8,$9" >>"$results"
}
# Peak RSS (kB) of one run of a command; its output is discarded.
peak_kb() {
    /usr/bin/time -f "%M" -o "$data/time.out" "$@" >/dev/null 2>&1
    tail -1 "$data/time.out"
}

# --- the machine ----------------------------------------------------------------------------
{
    echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
    echo "cores=$(nproc)"
    echo "memory=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
    echo "os=$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "gxx=$(g++ --version | head -1)"
    echo "build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' build/CMakeCache.txt)"
    echo "pandoc=$(pandoc --version | head -1)"
    echo "libreoffice=$(soffice --version | head -n 1)"
    echo "yaml_cpp=$(dpkg-query -W -f '${Version}' libyaml-cpp-dev 2>/dev/null || echo '?')"
    echo "xlsxwriter=$(dpkg-query -W -f '${Version}' libxlsxwriter-dev 2>/dev/null || echo '?')"
    echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- generator templates 2>/dev/null || echo ' + uncommitted changes in generator/ or templates/')"
    echo "date=$(date -u +%Y-%m-%d)"
    echo "quick=$quick"
} >"$data/machine.txt"

# --- synthetic plans: load + validate, Markdown, XLSX ---------------------------------------
if [ "$quick" = 1 ]; then sizes="40 400 4000"; else sizes="40 400 4000 40000"; fi
for n in $sizes; do
    plan="$data/plans/syn-$n"
    python3 bench/gen_plan.py "$n" "$plan"
    bytes=$(du -sb --apparent-size "$plan" | cut -f1)
    row "syn-$n" "$n" input 1 0 0 0 "$bytes" 0
    case "$n" in 40) runs=21 ;; 400) runs=15 ;; 4000) runs=7 ;; *) runs=3 ;; esac
    [ "$quick" = 1 ] && runs=3
    say "syn-$n: $runs runs of load+validate, render_markdown, render_xlsx"
    "$bench" "$plan/plan.yaml" --work "$data/work/syn-$n" --name "syn-$n" --runs "$runs" \
        --stages load,markdown,xlsx >>"$results"
    row "syn-$n" "$n" cli_validate_peak 1 0 0 0 0 "$(peak_kb "$legeplan" validate "$plan/plan.yaml")"
done

# --- Bergen: every stage, Pandoc alone (the floor), the whole build ------------------------
bergen=plans/bergen/plan.yaml
runs=7
[ "$quick" = 1 ] && runs=3
bytes=$(du -sb --apparent-size plans/bergen | cut -f1)
row bergen 37 input 1 0 0 0 "$bytes" 0
say "bergen: $runs runs of each stage, each Pandoc conversion alone and the whole build (in-process)"
"$bench" "$bergen" --work "$data/work/bergen" --name bergen --runs "$runs" \
    --stages load,markdown,xlsx,pandoc,build >>"$results"

say "bergen: the command line, \`legeplan build\` of all formats (hyperfine, $runs runs)"
hyperfine --style none --warmup 1 --runs "$runs" --export-json "$data/cli_build.json" \
    "$legeplan build $bergen -o $data/work/bergen-cli" >/dev/null 2>&1
hyperfine --style none --warmup 1 --runs 20 --export-json "$data/cli_validate.json" \
    "$legeplan validate $bergen" >/dev/null 2>&1
python3 - "$data/cli_build.json" "$data/cli_validate.json" >>"$results" <<'EOF'
import json, sys
for path, stage in zip(sys.argv[1:], ["cli_build_all", "cli_validate"]):
    r = json.load(open(path))["results"][0]
    t = r["times"]
    print(f"bergen,37,{stage},{len(t)},{r['median']:.6f},{min(t):.6f},{max(t):.6f},0,0")
EOF
# Peak RSS and CPU time (user + system, Pandoc and LibreOffice included) of one whole build.
/usr/bin/time -f "%M %U %S" -o "$data/time.out" "$legeplan" build "$bergen" -o "$data/work/bergen-cli" >/dev/null 2>&1
read -r build_kb build_user build_sys < <(tail -1 "$data/time.out")
row bergen 37 cli_build_all_peak 1 0 0 0 0 "$build_kb"
build_cpu=$(python3 -c "print(f'{$build_user + $build_sys:.6f}')")
row bergen 37 cli_build_all_cpu 1 "$build_cpu" "$build_cpu" "$build_cpu" 0 0
row bergen 37 cli_validate_peak 1 0 0 0 0 "$(peak_kb "$legeplan" validate "$bergen")"

# --- watch: from saving Bergen's plan (a copy) to a fresh HTML -------------------------------
# In the same run as "Pandoc alone → HTML" above, the floor it is judged against.
runs=7
say "watch: $runs saves of a copy of Bergen's plan, each until its HTML is fresh"
python3 bench/watch_latency.py "$legeplan" plans/bergen "$data/work/watch" --runs "$runs" \
    --name bergen --measures 37 >>"$results"
# The same without the charts: the HTML Pandoc alone makes above has none.
python3 bench/watch_latency.py "$legeplan" plans/bergen "$data/work/watch" --runs "$runs" \
    --name bergen --measures 37 --no-charts --stage watch_html_no_charts >>"$results"

# --- many plans: one command for all against one command per plan (issue 17) ---------------
# Wall-clock seconds, CPU seconds (user + system, every program it ran included) and peak RSS
# (kB, of its largest process) of one run of a command, as "WALL CPU KB"; output to $data/last.log.
measure() {
    /usr/bin/time -f "%e %U %S %M" -o "$data/time.out" "$@" >"$data/last.log" 2>&1 \
        || { cat "$data/last.log" >&2; echo "bench.sh: failed: $*" >&2; exit 1; }
    tail -1 "$data/time.out" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}'
}
# The machine's 1-minute load average as a row (it is shared: read the wall clock by it).
load_row() { row "$1" 0 "load_average_$2" 1 "$(cut -d' ' -f1 /proc/loadavg)" 0 0 0 0; }
# The median of a column of numbers on standard input.
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Generated plans (bench/gen_region.py), built as one `legeplan build DIR` and as one command per
# plan in a row; the formats leave out the PDF (LibreOffice, seconds per plan) to keep the run short.
if [ "$quick" = 1 ]; then batch_n=6; else batch_n=100; fi
batch_formats=html,docx,xlsx
batch=$data/batch
python3 bench/gen_region.py "$batch_n" "$batch/plans"
batch_measures=$(awk -F, '$1 == "sum" {print $3}' "$batch/plans/totals.csv")
row "batch-$batch_n" "$batch_measures" input 1 0 0 0 "$(du -sb --apparent-size "$batch/plans" | cut -f1)" 0
load_row "batch-$batch_n" start
say "batch: $batch_n generated plans ($batch_formats) as one \`legeplan build DIR\`"
read -r wall cpu kb < <(measure "$legeplan" build "$batch/plans" --format "$batch_formats" -o "$batch/one")
row "batch-$batch_n" "$batch_measures" batch_one_command 1 "$wall" "$wall" "$wall" 0 "$kb"
row "batch-$batch_n" "$batch_measures" batch_one_command_cpu 1 "$cpu" "$cpu" "$cpu" 0 0
say "batch: the same $batch_n plans as $batch_n commands in a row"
read -r wall cpu kb < <(measure bash -c 'for plan in "$1"/*/plan.yaml; do
    "$2" build "$plan" --format "$3" -o "$4" || exit 1; done' _ "$batch/plans" "$legeplan" "$batch_formats" "$batch/row")
row "batch-$batch_n" "$batch_measures" batch_in_a_row 1 "$wall" "$wall" "$wall" 0 "$kb"
row "batch-$batch_n" "$batch_measures" batch_in_a_row_cpu 1 "$cpu" "$cpu" "$cpu" 0 0
load_row "batch-$batch_n" end
files=$(find "$batch/one" -type f | wc -l)
[ "$files" = $((3 * batch_n)) ] || { echo "bench.sh: the batch wrote $files files, not $((3 * batch_n))" >&2; exit 1; }
diff -r "$batch/one" "$batch/row" >/dev/null || { echo "bench.sh: the batch and the commands in a row wrote different files" >&2; exit 1; }
say "batch: Pandoc alone, each plan's DOCX and HTML conversion once (legeplan_bench)"
for plan in "$batch/plans"/*/plan.yaml; do
    "$bench" "$plan" --work "$batch/pandoc" --runs 1 --stages pandoc --pandoc-formats docx,html
done >"$batch/pandoc.csv"
read -r pandoc_s pandoc_runs < <(awk -F, '$3 ~ /^pandoc_/ {s += $5; n++} END {printf "%.6f %d\n", s, n}' "$batch/pandoc.csv")
[ "$pandoc_runs" = $((2 * batch_n)) ] || { echo "bench.sh: Pandoc alone ran $pandoc_runs times, not $((2 * batch_n))" >&2; exit 1; }
row "batch-$batch_n" "$batch_measures" batch_pandoc_alone "$pandoc_runs" "$pandoc_s" "$pandoc_s" "$pandoc_s" 0 0

# The regional overview of as many plans as Norway has municipalities: all formats, Markdown
# alone (legeplan's own work) and each format alone; what a format adds to Markdown alone is
# its converter's time.
if [ "$quick" = 1 ]; then region_n=20; region_runs=1; else region_n=356; region_runs=3; fi
region=$data/region
python3 bench/gen_region.py "$region_n" "$region/plans"
region_measures=$(awk -F, '$1 == "sum" {print $3}' "$region/plans/totals.csv")
row "region-$region_n" "$region_measures" input 1 0 0 0 "$(du -sb --apparent-size "$region/plans" | cut -f1)" 0
load_row "region-$region_n" start
for formats in all md docx html pdf xlsx; do
    say "overview: $region_n plans, --format $formats ($region_runs runs)"
    flag=(--format "$formats")
    [ "$formats" = all ] && flag=()
    : >"$region/runs.txt"
    for _ in $(seq "$region_runs"); do
        rm -rf "$region/out-$formats"
        measure "$legeplan" overview "$region/plans" "${flag[@]}" -o "$region/out-$formats" >>"$region/runs.txt"
    done
    wall=$(cut -d' ' -f1 "$region/runs.txt" | median)
    cpu=$(cut -d' ' -f2 "$region/runs.txt" | median)
    kb=$(cut -d' ' -f3 "$region/runs.txt" | sort -n | tail -1)
    lo=$(cut -d' ' -f1 "$region/runs.txt" | sort -g | head -1)
    hi=$(cut -d' ' -f1 "$region/runs.txt" | sort -g | tail -1)
    bytes=$(cat "$region/out-$formats"/regionoversikt.* | wc -c)
    row "region-$region_n" "$region_measures" "overview_$formats" "$region_runs" "$wall" "$lo" "$hi" "$bytes" "$kb"
    row "region-$region_n" "$region_measures" "overview_${formats}_cpu" "$region_runs" "$cpu" "$cpu" "$cpu" 0 0
done
load_row "region-$region_n" end
# The overview names every municipality once, and its region row holds the plans' own sums.
python3 - "$region/plans/totals.csv" "$region/out-all/regionoversikt.md" <<'EOF'
import csv, sys
plans = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
total = plans.pop()
md = open(sys.argv[2], encoding="utf-8").read().splitlines()
start = next(i for i, line in enumerate(md) if line.startswith("| Kommune | Antall tiltak"))
rows = []
for line in md[start + 2:]:
    if not line.startswith("| "):
        break
    rows.append([cell.strip() for cell in line.strip("|").split("|")])
names = [r[0] for r in rows if not r[0].startswith("**") and r[0] != "Gjennomsnitt pr. kommune"]
want = [p["municipality"] for p in plans]
if sorted(names) != sorted(want) or len(set(names)) != len(want):
    sys.exit(f"bench.sh: the overview names {len(names)} municipalities, not the {len(want)} plans'")
sums = next(r for r in rows if r[0] == "**Sum for regionen**")
got = [cell.strip("*").replace("\u00a0", "").replace(" ", "") for cell in sums[1:]]  # no-break spaces group thousands
expected = [total[k] for k in ["measures", "recurring", "one_time", "total", "grants", "net"]]
if got != expected:
    sys.exit(f"bench.sh: the overview's region sums {got} are not the plans' {expected}")
EOF

# --- results ----------------------------------------------------------------------------------
if [ "$csv" = 1 ]; then
    cat "$results"
elif [ "$quick" = 1 ]; then
    python3 bench/report.py "$results" "$data/machine.txt"
else
    python3 bench/report.py "$results" "$data/machine.txt" --docs docs/benchmarks.md
    say "wrote docs/benchmarks.md (the part between the bench:begin and bench:end markers)"
fi
