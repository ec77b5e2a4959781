#!/usr/bin/env bash
# The benchmark (docs/benchmarks.md): where the time of `legeplan build` goes and how it grows.
#
#   scripts/bench.sh           full run (6–8 min on 2 cores); rewrites the generated part of
#                              docs/benchmarks.md and prints the tables
#   scripts/bench.sh --csv     the same measurements, printed as CSV; docs untouched
#   scripts/bench.sh --quick   smaller and fewer runs (no 40 000, no batch); docs untouched
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
for tool in cmake g++ pandoc weasyprint python3 hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing (scripts/install-deps.sh bench)" >&2; exit 2; }
done

say "building legeplan and legeplan_bench (build/, RelWithDebInfo unless configured otherwise)"
cmake -S . -B build >/dev/null
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
    echo "weasyprint=$(weasyprint --version)"
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
# Peak RSS and CPU time (user + system, Pandoc and WeasyPrint included) of one whole build.
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

# --- batch: 100 copies of Bergen on every core -----------------------------------------------
if [ "$quick" = 0 ]; then
    say "batch: 100 copies of Bergen, all formats, xargs -P$(nproc)"
    mkdir -p "$data/batch/plans" "$data/batch/out"
    for i in $(seq -w 1 100); do cp -r plans/bergen "$data/batch/plans/bergen-$i"; done
    start=$(date +%s.%N)
    ls "$data/batch/plans" | xargs -P"$(nproc)" -I{} \
        "$legeplan" build "$data/batch/plans/{}/plan.yaml" -o "$data/batch/out/{}" >/dev/null
    end=$(date +%s.%N)
    count=$(find "$data/batch/out" -name '*.pdf' | wc -l)
    [ "$count" = 100 ] || { echo "bench.sh: batch produced $count PDFs, not 100" >&2; exit 1; }
    total=$(python3 -c "print(f'{$end - $start:.6f}')")
    row bergen-x100 3700 batch_build_all 1 "$total" "$total" "$total" 0 0
fi

# --- results ----------------------------------------------------------------------------------
if [ "$csv" = 1 ]; then
    cat "$results"
elif [ "$quick" = 1 ]; then
    python3 bench/report.py "$results" "$data/machine.txt"
else
    python3 bench/report.py "$results" "$data/machine.txt" --docs docs/benchmarks.md
    say "wrote docs/benchmarks.md (the part between the bench:begin and bench:end markers)"
fi
