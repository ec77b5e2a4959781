#!/usr/bin/env bash
# Converters run without a network and under a memory limit, end to end. Bergen's plan is built in
# every format with Pandoc, gnuplot and LibreOffice each wrapped by a script that first
# tries to reach a listener on 127.0.0.1 and notes its memory limit; the same script run by hand
# does reach it. Then a converter that needs more than --memory-limit, and a reference document
# whose styles unpack to 1 GiB. Usage: check_bounds.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"

python=/usr/bin/python3

# Counts the connections made to it in $work/connections; gone after five minutes at the most.
cat > "$work/listen.py" <<'PY'
import socket, sys, time
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen()
s.settimeout(0.2)
count = 0
open(sys.argv[1], "w").write("0\n")
open(sys.argv[1] + ".port", "w").write(str(s.getsockname()[1]))
end = time.time() + 300
while time.time() < end:
    try:
        c, _ = s.accept()
    except socket.timeout:
        continue
    c.close()
    count += 1
    open(sys.argv[1], "w").write(f"{count}\n")
PY
"$python" "$work/listen.py" "$work/connections" &
listener=$!
trap 'kill $listener 2> /dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do [[ -s "$work/connections.port" ]] && break; sleep 0.1; done
port=$(cat "$work/connections.port")
connections() { sleep 0.5; cat "$work/connections"; }

# "reached", or "unreachable" and why.
cat > "$work/probe.py" <<PY
import socket
try:
    socket.create_connection(("127.0.0.1", $port), timeout=5).close()
    print("reached")
except OSError as e:
    print("unreachable:", e.strerror)
PY
# wrap NAME PROGRAM: \$work/bin/NAME notes its memory limit (KiB) and the probe's answer, then
# runs PROGRAM.
mkdir "$work/bin"
wrap() {
  printf '#!/bin/sh\necho "%s $(ulimit -v) $(%s %s)" >> %s\nexec %s "$@"\n' \
    "$1" "$python" "$work/probe.py" "$work/log" "$2" > "$work/bin/$1"
  chmod +x "$work/bin/$1"
}
wrap pandoc "$(command -v pandoc)"
wrap gnuplot "$(command -v gnuplot)"
wrap soffice "$(command -v soffice)"

# By hand, the wrapper reaches the listener: what the build is checked for would be seen.
"$work/bin/pandoc" --version > /dev/null
check "by hand: the probe reaches the listener" test "$(connections)" -eq 1
check "by hand: no memory limit" contains "$work/log" "pandoc unlimited reached"
rm "$work/log"

set +e
PATH="$work/bin:$PATH" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/out" \
  --format md,html,docx,pdf > "$work/build.out" 2>&1
code=$?
set -e
check "Bergen in every format: built" test "$code" -eq 0
for f in bergen-kommune-2017-2020.html bergen-kommune-2017-2020.docx bergen-kommune-2017-2020.pdf; do check "$f written" test -s "$work/out/$f"; done
# Twice: the DOCX and the HTML; the PDF is LibreOffice's from that DOCX.
check "Pandoc ran twice without a network, under 4 GB" \
  test "$(grep -c '^pandoc 4194304 unreachable: Network is unreachable$' "$work/log")" -eq 2
check "gnuplot drew without a network, under 4 GB" \
  contains "$work/log" "gnuplot 4194304 unreachable: Network is unreachable"
check "LibreOffice ran without a network, under 4 GB" \
  contains "$work/log" "soffice 4194304 unreachable: Network is unreachable"
check "no converter reached the listener" test "$(connections)" -eq 1
check "nothing in the log reached it" lacks "$work/log" "reached"

rm "$work/log"
PATH="$work/bin:$PATH" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/out2" --format html \
  --memory-limit 2 > /dev/null 2>&1
check "--memory-limit 2: Pandoc under 2 GB" contains "$work/log" "pandoc 2097152 unreachable"

# A converter that needs more than the limit: the build fails and says which limit.
mkdir "$work/hungry"
printf '#!/bin/sh\nexec %s -c "bytearray(3 << 30)"\n' "$python" > "$work/hungry/pandoc"
chmod +x "$work/hungry/pandoc"
set +e
PATH="$work/hungry:$PATH" "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/out4" --format docx \
  --memory-limit 1 > "$work/hungry.out" 2>&1
code=$?
set -e
check "past the memory limit: exit 3" test "$code" -eq 3
check "past the memory limit: named" \
  contains "$work/hungry.out" "pandoc needed more than the memory limit of 1 GB and was stopped; raise the limit with --memory-limit"

# A reference document of 1 MB whose styles unpack to 1 GiB drove Pandoc past 6 GB. Now it fails
# in seconds, refused by its size or stopped at the memory limit, and never crashes.
"$python" - "$src/templates/reference.docx" "$work/bomb.docx" <<'PY'
import sys, zipfile
source = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
    for info in source.infolist():
        data = source.read(info.filename)
        if info.filename != "word/styles.xml":
            out.writestr(info, data)
            continue
        cut = data.index(b"<w:docDefaults")
        with out.open("word/styles.xml", "w") as styles:
            styles.write(data[:cut] + b"<!--")
            for _ in range(1024):
                styles.write(b" " * (1 << 20))
            styles.write(b"-->" + data[cut:])
PY
check "the bomb is small" test "$(stat -c %s "$work/bomb.docx")" -lt 2000000
set +e
timeout 120 "$legeplan" build "$src/plans/bergen/plan.yaml" -o "$work/out5" --format docx \
  --reference-doc "$work/bomb.docx" --memory-limit 1 > "$work/bomb.out" 2>&1
code=$?
set -e
check "zip bomb as reference document: exit 3" test "$code" -eq 3
check "zip bomb: refused or stopped at the limit, and said" \
  grep -qE "unpack to more than the limit of 67 108 864 bytes|pandoc needed more than the memory limit of 1 GB" "$work/bomb.out"

exit $fail
