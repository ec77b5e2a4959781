#!/usr/bin/env python3
"""Turns scripts/bench.sh's results.csv into the Markdown tables of docs/benchmarks.md.

    bench/report.py RESULTS.csv MACHINE.txt [--docs docs/benchmarks.md]

Without --docs the tables are printed; with it they replace what lies between the
<!-- bench:begin --> and <!-- bench:end --> markers of that file. Standard library only.
"""

import argparse
import csv
import sys

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def load(path):
    rows = {}
    for r in csv.DictReader(open(path, encoding="utf-8")):
        rows[(r["plan"], r["stage"])] = r
    return rows


def sec(x):
    x = float(x)
    return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"


def size(b):
    b = int(b)
    if b >= 1 << 20:
        return f"{b / (1 << 20):.1f} MB"
    return f"{b / 1024:.0f} kB"


def mb(kb):
    return f"{int(kb) / 1024:.0f} MB"


def ok(cond):
    return "**met**" if cond else "**missed**"


def count(n):
    return f"{int(n):,}".replace(",", " ")


def runs_text(runs):
    return "one run each" if int(runs) == 1 else f"medians of {runs} runs"


def many_plans(rows, m):
    """The batch of generated plans and the regional overview, as Markdown lines (none when the
    results have neither)."""
    out = []
    cores = int(m.get("cores", "1"))
    plans = {r["plan"].split("-")[0]: r["plan"] for r in rows.values() if r["plan"].startswith(("batch-", "region-"))}

    def get(plan, stage, col="median_s"):
        return rows[(plan, stage)][col]

    if "batch" in plans:
        b = plans["batch"]
        n = int(b.split("-")[1])
        one, seq = float(get(b, "batch_one_command")), float(get(b, "batch_in_a_row"))
        one_cpu, seq_cpu = float(get(b, "batch_one_command_cpu")), float(get(b, "batch_in_a_row_cpu"))
        pandoc = float(get(b, "batch_pandoc_alone"))
        out.append("### Many plans in one command\n")
        out.append(f"{n} generated plans (`bench/gen_region.py`: {count(get(b, 'input', 'measures'))} measures, "
                   f"{size(get(b, 'input', 'bytes'))} of YAML), `--format html,docx,xlsx`, one run each. "
                   f"Both ways wrote the same {3 * n} files, byte for byte.\n")
        out.append(f"| | wall clock | per plan | CPU (user + system, all programs) | cores busy (CPU ÷ wall, of {cores}) | peak RSS |")
        out.append("|---|--:|--:|--:|--:|--:|")
        out.append(f"| **one command**: `legeplan build PLANS -o DIR` | **{sec(one)}** | {sec(one / n)} | "
                   f"{sec(one_cpu)} | {one_cpu / one:.2f} | {mb(get(b, 'batch_one_command', 'peak_rss_kb'))} |")
        out.append(f"| {n} commands in a row: `legeplan build PLAN -o DIR` | {sec(seq)} | {sec(seq / n)} | "
                   f"{sec(seq_cpu)} | {seq_cpu / seq:.2f} | {mb(get(b, 'batch_in_a_row', 'peak_rss_kb'))} |")
        out.append(f"| Pandoc alone: the {n} DOCX and {n} HTML conversions one after the other (`legeplan_bench`) | "
                   f"{sec(pandoc)} | {sec(pandoc / n)} | | | |")
        load = [(s_, rows.get((b, "load_average_" + s_))) for s_ in ("start", "end")]
        if all(r_ for _, r_ in load):
            out.append(f"\nLoad average (1 minute) of the machine: {load[0][1]['median_s']} when the batch "
                       f"started, {load[1][1]['median_s']} when it ended.")
        out.append("")
        floor = one_cpu / cores
        out.append(f"One command is **{seq / one:.2f}×** as fast as the commands in a row on {cores} cores: it "
                   f"builds {cores} plans at a time. Its CPU time spread over the {cores} cores, {sec(floor)}, "
                   f"is the least any way of running this work could take here; the one command took "
                   f"{one / floor:.2f}× that floor, the commands in a row {seq / (seq_cpu / cores):.2f}× theirs. "
                   f"Pandoc alone, the same conversions one after the other, takes {sec(pandoc)} "
                   f"({sec(pandoc / n)} per plan): the larger part of every build, which one command can run "
                   f"beside other plans' work but not shorten.\n")

    if "region" in plans:
        r = plans["region"]
        n = int(r.split("-")[1])
        md = float(get(r, "overview_md"))
        out.append(f"### Overview of {n} plans\n")
        out.append(f"`legeplan overview PLANS -o DIR` over {n} generated plans ({count(get(r, 'input', 'measures'))} "
                   f"measures, {size(get(r, 'input', 'bytes'))}), {runs_text(get(r, 'overview_all', 'runs'))}. "
                   f"The overview named all {n} municipalities once, and its region row equals the sums of the "
                   f"plans' own totals (each plan asserts them, and the generator adds them up).\n")
        out.append("| `--format` | wall clock | min | max | CPU | peak RSS | output | wall clock beyond `md` | CPU beyond `md` |")
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
        md_cpu = float(get(r, "overview_md_cpu"))
        for f, label in [("all", "all (the default: md, docx, html, pdf, xlsx)"),
                         ("md", "md: legeplan's own work (load and check every plan, sums, Markdown)"),
                         ("docx", "docx (Pandoc)"), ("html", "html (Pandoc)"),
                         ("pdf", "pdf (LibreOffice, from the DOCX)"), ("xlsx", "xlsx (libxlsxwriter, no Pandoc)")]:
            row = rows[(r, "overview_" + f)]
            t, cpu = float(row["median_s"]), float(get(r, "overview_" + f + "_cpu"))
            extra = "| | |" if f == "md" else f"| {sec(max(0.0, t - md))} | {sec(max(0.0, cpu - md_cpu))} |"
            bold = "**" if f == "all" else ""
            out.append(f"| {label} | {bold}{sec(t)}{bold} | {sec(row['min_s'])} | {sec(row['max_s'])} | "
                       f"{sec(cpu)} | {mb(row['peak_rss_kb'])} | {size(row['bytes'])} {extra}")
        load = [rows.get((r, "load_average_" + s_)) for s_ in ("start", "end")]
        if all(load):
            out.append(f"\nLoad average (1 minute) of the machine: {load[0]['median_s']} when the overview runs "
                       f"started, {load[1]['median_s']} when they ended.")
        out.append("")
        wall = {f: max(0.0, float(get(r, "overview_" + f)) - md) for f in ["docx", "html", "pdf"]}
        cpu = {f: max(0.0, float(get(r, "overview_" + f + "_cpu")) - md_cpu) for f in ["docx", "html", "pdf"]}
        all_s = float(get(r, "overview_all"))
        all_cpu = float(get(r, "overview_all_cpu"))
        out.append(f"legeplan's own work for {n} plans takes {sec(md)} ({sec(md / n)} per plan), "
                   f"{100 * md / all_s:.0f} % of the whole overview's {sec(all_s)}. Pandoc's own time is what a "
                   f"format adds to Markdown alone: "
                   f"{', '.join(f'{f} {sec(wall[f])} ({sec(cpu[f])} of CPU)' for f in wall)}. The overview runs "
                   f"the conversions side by side, so its wall clock is about Markdown plus the slowest "
                   f"conversion ({sec(md + max(wall.values()))}), not their sum ({sec(md + sum(wall.values()))}); "
                   f"its CPU, {sec(all_cpu)}, is Markdown's plus each format's ({sec(md_cpu + sum(cpu.values()) + max(0.0, float(get(r, 'overview_xlsx_cpu')) - md_cpu))}). "
                   f"The peak RSS is that of the largest process (Pandoc or LibreOffice when they run); "
                   f"legeplan's own is the `md` row's.\n")
    return out


def report(rows, machine):
    out = []
    m = machine
    out.append("### Machine\n")
    out.append("| | |\n|---|---|")
    for key, name in [("cpu", "CPU"), ("cores", "cores"), ("memory", "memory"), ("os", "OS"),
                      ("gxx", "compiler"), ("build_type", "build type"), ("pandoc", "Pandoc"),
                      ("libreoffice", "LibreOffice"), ("yaml_cpp", "yaml-cpp"),
                      ("xlsxwriter", "libxlsxwriter"), ("commit", "legeplan"), ("date", "run on")]:
        out.append(f"| {name} | {m.get(key, '?')} |")
    out.append("")

    def get(plan, stage, col="median_s"):
        r = rows.get((plan, stage))
        return None if r is None else r[col]

    # Growth over the synthetic plans.
    sizes = [p for p in ["syn-40", "syn-400", "syn-4000", "syn-40000"] if (p, "load_validate") in rows]
    out.append("### Growth: synthetic plans (medians; runs per plan in brackets)\n")
    out.append("| plan | input | load + validate | peak RSS of `validate` | render Markdown | .md | "
               "render XLSX | .xlsx |")
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|")
    for p in sizes:
        runs = get(p, "load_validate", "runs")
        out.append(
            f"| {p[4:]} measures [{runs}] | {size(get(p, 'input', 'bytes'))} | {sec(get(p, 'load_validate'))} | "
            f"{mb(get(p, 'cli_validate_peak', 'peak_rss_kb'))} | {sec(get(p, 'render_markdown'))} | "
            f"{size(get(p, 'render_markdown', 'bytes'))} | {sec(get(p, 'render_xlsx'))} | "
            f"{size(get(p, 'render_xlsx', 'bytes'))} |")
    out.append("")
    out.append("Each step is 10× the measures; the factor is how much the time or size grew "
               "(linear = 10×; the target allows 12×).\n")
    out.append("| step | load + validate | render Markdown | render XLSX | .md size | .xlsx size |")
    out.append("|---|--:|--:|--:|--:|--:|")
    worst_time, worst_size = 0.0, 0.0
    for a, b in zip(sizes, sizes[1:]):
        cells = []
        for stage in ["load_validate", "render_markdown", "render_xlsx"]:
            f = float(get(b, stage)) / float(get(a, stage))
            worst_time = max(worst_time, f)
            cells.append(f"{f:.1f}×")
        for stage in ["render_markdown", "render_xlsx"]:
            f = int(get(b, stage, "bytes")) / int(get(a, stage, "bytes"))
            worst_size = max(worst_size, f)
            cells.append(f"{f:.1f}×")
        out.append(f"| {a[4:]} → {b[4:]} | " + " | ".join(cells) + " |")
    out.append("")

    # Bergen.
    b = "bergen"
    load_s, md_s, x_s = (float(get(b, s)) for s in ["load_validate", "render_markdown", "render_xlsx"])
    own = load_s + md_s + x_s
    pandoc = {f: float(get(b, "pandoc_" + f)) for f in ["docx", "html", "pdf"]}
    slowest = max(pandoc, key=pandoc.get)
    build_in = float(get(b, "build_all"))
    build_cli = float(get(b, "cli_build_all"))
    out.append(f"### Bergen ({get(b, 'load_validate', 'runs')} runs each, medians)\n")
    out.append("| stage | median | min | max | output | share of the whole build (command line) |")
    out.append("|---|--:|--:|--:|--:|--:|")

    def line(label, stage, output=True):
        r = rows[(b, stage)]
        share = f"{100 * float(r['median_s']) / build_cli:.1f} %"
        o = size(r["bytes"]) if output and int(r["bytes"]) else ""
        out.append(f"| {label} | {sec(r['median_s'])} | {sec(r['min_s'])} | {sec(r['max_s'])} | {o} | {share} |")

    line("load + validate (`check_plan`)", "load_validate")
    line("render Markdown (labels + `render_markdown`)", "render_markdown")
    line("write XLSX (`render_xlsx`)", "render_xlsx")
    out.append(f"| **legeplan's own work** (the three above) | {sec(own)} | | | | "
               f"**{100 * own / build_cli:.1f} %** |")
    line("Pandoc alone → DOCX", "pandoc_docx")
    line("Pandoc alone → HTML (self-contained)", "pandoc_html")
    line("LibreOffice alone, DOCX → PDF", "pandoc_pdf")
    line("whole build, all formats, in-process (`build_outputs`)", "build_all", False)
    line("**whole build, all formats: `legeplan build`**", "cli_build_all", False)
    line("`legeplan validate` (command line)", "cli_validate", False)
    out.append("")
    out.append(f"The whole build against the slowest single conversion (Pandoc → {slowest}, "
               f"{sec(pandoc[slowest])}): **{build_cli / pandoc[slowest]:.2f}×** from the command line, "
               f"{build_in / pandoc[slowest]:.2f}× in-process; the conversions run one after the other "
               f"would take {sec(sum(pandoc.values()))}. Peak RSS: `legeplan validate` "
               f"{mb(get(b, 'cli_validate_peak', 'peak_rss_kb'))}, `legeplan build` "
               f"{mb(get(b, 'cli_build_all_peak', 'peak_rss_kb'))} (the largest process of the build, "
               f"Pandoc or LibreOffice included).\n")

    out += many_plans(rows, m)

    watch = rows.get((b, "watch_html"))
    if watch:
        latency = float(watch["median_s"])
        out.append("### Watch\n")
        out.append(f"`legeplan watch` on a copy of Bergen's plan, HTML only, the plan saved {watch['runs']} "
                   f"times in place; from the save to the HTML holding the saved text (medians, min–max):\n")
        out.append("| | median | min | max | against Pandoc alone → HTML |")
        out.append("|---|--:|--:|--:|--:|")
        for stage, label in [("watch_html", "save → fresh HTML, with the charts"),
                             ("watch_html_no_charts", "save → fresh HTML, `--no-charts`")]:
            r = rows.get((b, stage))
            if r:
                d = float(r["median_s"]) - pandoc["html"]
                out.append(f"| {label} | {sec(r['median_s'])} | {sec(r['min_s'])} | {sec(r['max_s'])} | "
                           f"{'+' if d >= 0 else '−'}{sec(abs(d))} |")
        out.append(f"| Pandoc alone → HTML, in this run (no charts) | {sec(pandoc['html'])} | | | |")
        out.append("")

    # Targets.
    big = "syn-40000" if "syn-40000" in sizes else sizes[-1]
    big_load = float(get(big, "load_validate"))
    big_peak = int(get(big, "cli_validate_peak", "peak_rss_kb"))
    out.append("### Targets\n")
    out.append("| target | measured | |")
    out.append("|---|--:|---|")
    out.append(f"| Bergen: legeplan's own work < 5 % of the whole build | {100 * own / build_cli:.1f} % | {ok(own / build_cli < 0.05)} |")
    out.append(f"| Bergen: whole build ≤ 1.2 × the slowest single Pandoc conversion | "
               f"{build_cli / pandoc[slowest]:.2f}× | {ok(build_cli / pandoc[slowest] <= 1.2)} |")
    if watch:
        out.append(f"| watch: save → fresh HTML ≤ Pandoc alone → HTML + 200 ms | "
                   f"{sec(latency)} ({'+' if latency >= pandoc['html'] else '−'}{sec(abs(latency - pandoc['html']))}) | "
                   f"{ok(latency <= pandoc['html'] + 0.2)} |")
    out.append(f"| {big[4:]} measures: load + validate < 1 s | {sec(big_load)} | {ok(big_load < 1)} |")
    out.append(f"| {big[4:]} measures: peak memory of `validate` < 300 MB | {mb(big_peak)} | {ok(big_peak < 300 * 1024)} |")
    out.append(f"| linear growth: 10× measures → ≤ 12× time (worst step) | {worst_time:.1f}× | {ok(worst_time <= 12)} |")
    out.append(f"| output sizes grow no worse than linearly (worst step) | {worst_size:.1f}× | {ok(worst_size <= 11)} |")
    if m.get("quick") == "1":
        out.append("\n(quick run: no 40 000-measure plan, a batch of 6 plans and an overview of 20; the targets for 40 000 are judged on the largest plan run)")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("machine")
    ap.add_argument("--docs")
    a = ap.parse_args()
    machine = dict(line.rstrip("\n").split("=", 1) for line in open(a.machine, encoding="utf-8") if "=" in line)
    text = report(load(a.results), machine)
    if not a.docs:
        sys.stdout.write(text)
        return
    doc = open(a.docs, encoding="utf-8").read()
    if BEGIN not in doc or END not in doc:
        sys.exit(f"report.py: {a.docs} lacks the {BEGIN} … {END} markers")
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    open(a.docs, "w", encoding="utf-8").write(head + BEGIN + "\n" + text + END + tail)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
