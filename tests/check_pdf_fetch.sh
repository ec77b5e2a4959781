#!/usr/bin/env bash
# The PDF loads nothing from outside: LibreOffice is handed a copy of the finished DOCX alone, in
# a private folder inside the build's work folder, with a profile of its own there (two plans
# built at once never share one), that folder as its working folder and TMPDIR, and no network.
# A wrapper in PATH notes what soffice was given and tries to reach a listener on 127.0.0.1; an
# image on a server named in a plan is refused before any converter runs.
# Usage: check_pdf_fetch.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"
python=/usr/bin/python3

# Records the first line of every request made to it in $work/fetched until killed.
cat > "$work/listen.py" <<'PY'
import socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen()
open(sys.argv[1] + ".port", "w").write(str(s.getsockname()[1]))
while True:
    c, _ = s.accept()
    with open(sys.argv[1], "a") as log:
        log.write(c.recv(200).decode(errors="replace").split("\r\n")[0] + "\n")
    c.close()
PY
"$python" "$work/listen.py" "$work/fetched" &
listener=$!
trap 'kill $listener 2> /dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do [[ -s "$work/fetched.port" ]] && break; sleep 0.1; done
port=$(cat "$work/fetched.port")
url="http://127.0.0.1:$port"

# soffice, wrapped: one line per run in $work/soffice.log — the profile, the folder of the DOCX
# and what it holds, the working folder, TMPDIR and whether the listener could be reached.
mkdir "$work/bin"
cat > "$work/bin/soffice" <<SH
#!/bin/bash
for a in "\$@"; do case \$a in -env:UserInstallation=*) profile=\${a#*=} ;; esac; done
docx=\${@: -1}
reach=\$($python -c "import socket
try:
    socket.create_connection(('127.0.0.1', $port), timeout=5).close(); print('reached')
except OSError as e:
    print('unreachable')")
echo "profile=\$profile|folder=\$(dirname "\$docx")|holds=\$(ls -A "\$(dirname "\$docx")" | tr '\n' ' ')|cwd=\$PWD|tmp=\$TMPDIR|\$reach" >> "$work/soffice.log"
exec $(command -v soffice) "\$@"
SH
chmod +x "$work/bin/soffice"

PATH="$work/bin:$PATH" "$legeplan" build "$src/plans/bergen/plan.yaml" "$src/examples/liten-kommune/plan.yaml" \
  -o "$work/out" --format pdf > /dev/null
check "two PDFs, two runs of soffice" test "$(wc -l < "$work/soffice.log")" -eq 2
while IFS='|' read -r profile folder holds cwd tmp reach; do
  folder=${folder#folder=}
  check "the DOCX lies in a private folder inside the output's work folder ($folder)" \
    bash -c "[[ '$folder' == '$work/out/.'*'.tmp-'*'/.libreoffice.tmp-'* ]]"
  check "that folder holds the DOCX alone (and the empty folder for the PDF)" test "$holds" = "holds=document.docx pdf "
  check "its profile is its own, in that folder" test "$profile" = "profile=file://$folder/profile"
  check "it works in that folder" test "$cwd" = "cwd=$folder"
  check "its TMPDIR is that folder" test "$tmp" = "tmp=$folder"
  check "it cannot reach the network" test "$reach" = "unreachable"
done < "$work/soffice.log"
check "the two runs have two profiles" test "$(cut -d'|' -f1 "$work/soffice.log" | sort -u | wc -l)" -eq 2
check "the work folders are gone" test -z "$(find "$work/out" -name '.*tmp-*')"
check "the PDFs are written" test -s "$work/out/bergen-kommune-2017-2020.pdf" -a -s "$work/out/fjellvik-kommune-2027-2030.pdf"

# A whole build: an image on a server named in the plan's text does not reach the PDF.
sed "s|      Rå HTML:|      Bilde: ![logo]($url/plan.png)\n\n      Rå HTML:|" \
  "$src/tests/fixtures/hostile/plan.yaml" > "$work/plan.yaml"
# A picture from an address is refused by validation, before any converter runs.
set +e
"$legeplan" build "$work/plan.yaml" -o "$work/hostile" --format pdf > /dev/null 2> "$work/build.err"
code=$?
set -e
check "build: refused as an invalid plan" test "$code" -eq 1
check "build: the picture is named" contains "$work/build.err" "error[E034]: the picture 'http://127.0.0.1:$port/plan.png' cannot be used"
check "build: no PDF is written" test ! -e "$work/hostile/$(basename "$work").pdf"

sleep 0.5  # a request in flight reaches the log
check "nothing was fetched" test ! -e "$work/fetched"
exit $fail
