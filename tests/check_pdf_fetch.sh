#!/usr/bin/env bash
# The PDF is made by templates/html2pdf.py through WeasyPrint's Python API, which may load only
# files inside the folders legeplan hands it. A listener on 127.0.0.1 records any attempt to fetch
# a URL. Usage: check_pdf_fetch.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"

# The Python legeplan runs the driver with: the one on WeasyPrint's own "#!" line.
python=$(sed -n '1s/^#! *//p' "$(command -v weasyprint)" | sed 's/^[^ ]*env  *//')

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

# A PNG of the given size, so that pdfimages tells the images apart.
png() {  # png PATH SIZE
  "$python" - "$1" "$2" <<'PY'
import struct, sys, zlib
path, n = sys.argv[1], int(sys.argv[2])
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
rows = b"".join(b"\0" + b"\x80\x80\x80" * n for _ in range(n))
with open(path, "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
PY
}

# The driver alone: a stylesheet and an image in the allowed folder are used; a URL, a file
# outside, a symbolic link out of the folder and a stylesheet on a server are not.
mkdir -p "$work/allowed" "$work/outside"
echo '@page { size: A5 }' > "$work/allowed/style.css"
echo '@page { size: A3 }' > "$work/outside/style.css"
png "$work/allowed/inside.png" 3
png "$work/outside/secret.png" 5
ln -s ../outside/secret.png "$work/allowed/link.png"
cat > "$work/allowed/doc.html" <<HTML
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="style.css">
<link rel="stylesheet" href="file://$work/outside/style.css">
<link rel="stylesheet" href="$url/style.css">
</head><body><p>Tekst</p>
<img src="inside.png"><img src="$url/x.png"><img src="https://127.0.0.1:$port/y.png">
<img src="file://$work/outside/secret.png"><img src="link.png"><img src="../outside/secret.png">
</body></html>
HTML
set +e
"$python" "$src/templates/html2pdf.py" "$work/allowed/doc.html" "$work/doc.pdf" --allow "$work/allowed" 2> "$work/driver.err"
code=$?
set -e
check "driver: exit 0" test "$code" -eq 0
check "driver: the allowed stylesheet is used (A5), the one outside is not" \
  bash -c "pdfinfo '$work/doc.pdf' | grep -q 'Page size: *419.* x 595.* pts'"
check "driver: only the image inside the folder is in the PDF" \
  test "$(pdfimages -list "$work/doc.pdf" | awk 'NR > 2 { print $4 "x" $5 }' | tr '\n' ' ')" = "3x3 "
check "driver: names a refused URL" contains "$work/driver.err" "legeplan fetches nothing outside the document's folders: $url/x.png"
set +e
"$python" "$src/templates/html2pdf.py" 2> /dev/null
code=$?
set -e
check "driver: bad usage exits 2" test "$code" -eq 2

# A whole build: an image on a server named in the plan's text does not reach the PDF.
sed "s|      Rå HTML:|      Bilde: ![logo]($url/plan.png)\n\n      Rå HTML:|" \
  "$src/tests/fixtures/hostile/plan.yaml" > "$work/plan.yaml"
# A picture from an address is refused by validation, before any converter runs.
set +e
"$legeplan" build "$work/plan.yaml" -o "$work/out" --format pdf > /dev/null 2> "$work/build.err"
code=$?
set -e
check "build: refused as an invalid plan" test "$code" -eq 1
check "build: the picture is named" contains "$work/build.err" "error[E034]: the picture 'http://127.0.0.1:$port/plan.png' cannot be used"
check "build: no PDF is written" test ! -e "$work/out/$(basename "$work").pdf"

sleep 0.5  # a request in flight reaches the log
check "nothing was fetched" test ! -e "$work/fetched"
exit $fail
