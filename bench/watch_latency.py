#!/usr/bin/env python3
"""How long `legeplan watch` takes from saving a plan to a fresh HTML.

    bench/watch_latency.py LEGEPLAN PLAN_FOLDER WORK_DIR [--runs N] [--name NAME] [--measures N]
                           [--no-charts] [--stage STAGE]

Copies PLAN_FOLDER into WORK_DIR (the original is never touched), starts `legeplan watch` on the
copy with the HTML written to WORK_DIR/out, and, once the first HTML is there, saves the plan
N times in place, each time with a new marker in the first paragraph of its text. The latency of
one save runs from the moment the saved file is closed to the moment the HTML holds that save's
marker (the HTML is looked at every 2 ms). Prints one CSV row in scripts/bench.sh's columns:
NAME,MEASURES,STAGE (default watch_html),runs,median_s,min_s,max_s,bytes,0. Standard library
only.
"""

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time

POLL_S = 0.002
TIMEOUT_S = 120


def wait_for(condition, what):
    end = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > end:
            sys.exit(f"watch_latency.py: no {what} within {TIMEOUT_S} s")
        time.sleep(POLL_S)


class Output:
    """The HTML, read again only when it has been replaced: reading 200 kB every 2 ms would take
    the CPU the watch needs."""

    def __init__(self, path):
        self.path = path
        self.seen = None
        self.text = b""

    def holds(self, marker):
        try:
            st = os.stat(self.path)
            if (st.st_ino, st.st_mtime_ns, st.st_size) != self.seen:
                self.seen = (st.st_ino, st.st_mtime_ns, st.st_size)
                with open(self.path, "rb") as f:
                    self.text = f.read()
        except FileNotFoundError:
            return False
        return marker in self.text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("legeplan")
    ap.add_argument("plan_folder")
    ap.add_argument("work")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--name", default="bergen")
    ap.add_argument("--measures", default="0")
    ap.add_argument("--no-charts", action="store_true", help="pass --no-charts to the watch")
    ap.add_argument("--stage", default="watch_html", help="the CSV row's stage name")
    a = ap.parse_args()

    copy = os.path.join(a.work, a.name)
    out = os.path.join(a.work, "out")
    shutil.rmtree(a.work, ignore_errors=True)
    shutil.copytree(a.plan_folder, copy)
    os.makedirs(out)
    plan = os.path.join(copy, "plan.yaml")
    html = os.path.join(out, a.name + ".html")
    original = open(plan, encoding="utf-8").read()
    # The first line of the first block scalar's text: every save gets its own marker there.
    first_text = re.search(r": [|>]-?\n( +)(\S)", original)
    if not first_text:
        sys.exit("watch_latency.py: the plan has no block of text to edit")
    at = first_text.start(2)

    log = open(os.path.join(a.work, "watch.log"), "w")
    args = [a.legeplan, "watch", plan, "-o", out, "--format", "html"] + (["--no-charts"] if a.no_charts else [])
    watch = subprocess.Popen(args,
                             stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: os.path.exists(html), "first HTML")
        time.sleep(1)  # the first build's end, and the watch's start
        latencies = []
        output = Output(html)
        for i in range(a.runs):
            marker = f"watchmark{i:03d}"
            with open(plan, "w", encoding="utf-8") as f:
                f.write(original[:at] + marker + " " + original[at:])
            saved = time.monotonic()
            wait_for(lambda: output.holds(marker.encode()), f"HTML with {marker}")
            latencies.append(time.monotonic() - saved)
            time.sleep(0.5)
    finally:
        watch.send_signal(signal.SIGINT)
        watch.wait(timeout=30)
    size = os.path.getsize(html)
    print(f"{a.name},{a.measures},{a.stage},{len(latencies)},{statistics.median(latencies):.6f},"
          f"{min(latencies):.6f},{max(latencies):.6f},{size},0")


if __name__ == "__main__":
    main()
