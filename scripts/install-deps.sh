#!/usr/bin/env bash
# Installs the Debian 12 packages legeplan needs — only those missing — for one or more profiles:
#
#   scripts/install-deps.sh [run]       build and run legeplan (scripts/example.sh); the default
#   scripts/install-deps.sh test        run + what the tests use (scripts/test.sh)
#   scripts/install-deps.sh bench       run + what the benchmark uses (scripts/bench.sh)
#   scripts/install-deps.sh --list P…   print the packages of the profiles, install nothing
set -euo pipefail

# Building and running: the compiler, the libraries' headers, the converters and the fonts.
run=(
  build-essential cmake pkg-config
  libyaml-cpp-dev libcli11-dev libkainjow-mustache-dev libxlsxwriter-dev libzip-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # reading the Markdown in plan texts
  libdtl-dev libgit2-dev libutf8proc-dev libpugixml-dev  # word diff, git revisions, NFC text, DOCX XML
  pandoc  # Markdown → DOCX and HTML, and the man page at build time
  gettext  # msgfmt compiles the messages in po/ (bokmål, nynorsk) at build time
  # DOCX → tagged PDF (PDF/UA-1), generator/publish/libreoffice.h: Writer without a GUI, the
  # smallest package that converts one
  libreoffice-writer-nogui
  # pdfinfo: the page each heading lands on in that PDF, which the DOCX's contents store
  # (generator/publish/pdf_pages.h); its libpoppler comes with LibreOffice already
  poppler-utils
  gnuplot-nox  # the cost charts, SVG and PNG (pngcairo) without X; build --no-charts does without
  fonts-crosextra-carlito fonts-liberation2  # metric twins of Calibri and Arial, which templates/reference.docx names
  fonts-dejavu-core  # the fall-back font for characters Carlito lacks
)
# The tests, on top of run.
test=(
  catch2  # the unit tests
  git  # tests/check_diff.sh and the revision tests make repositories
  libreoffice-calc-nogui python3-uno  # the spreadsheet engine the workbook tests open it with
  gnumeric  # ssconvert --recalc, a second and stricter workbook reader (tests/check_gnumeric.sh)
  python3-openpyxl  # reads the workbooks' print setup back in tests/print_check.py
  python3-jsonschema python3-yaml  # tests/check_schema.py: plans against the JSON Schema, by an independent validator
  python3-polib  # tests/check_messages.py reads the message catalogs
  # (poppler-utils, in run: pdftotext, pdfinfo, pdffonts and pdfimages read the PDFs back)
  python3-pikepdf  # tests/check_pdf_ua.py walks the PDF's structure tree
  unzip  # looks inside DOCX and XLSX files
  procps  # pgrep and ps: tests/check_interrupt.sh looks for converters left running
  man-db  # man -l reads the installed man page in tests/check_install.sh
  bash-completion  # runs the installed completion in tests/check_install.sh
  file  # CPack's DEB generator runs it to find the binaries to strip and give Depends (tests/check_install.sh)
  clang libclang-rt-14-dev llvm  # scripts/sanitize.sh: ASan, UBSan and libFuzzer
  chromium  # headless, lays the HTML out for axe-core, colour contrast included (tests/check_html_a11y.sh)
)
# The benchmark, on top of run.
bench=(
  hyperfine time  # scripts/bench.sh
)

list=0
profiles=()
for arg in "$@"; do
  case "$arg" in
    --list) list=1 ;;
    run|test|bench) profiles+=("$arg") ;;
    *) echo "install-deps.sh: unknown profile '$arg' (profiles: run, test, bench)" >&2; exit 2 ;;
  esac
done
((${#profiles[@]})) || profiles=(run)

packages=("${run[@]}")
node=0
for profile in "${profiles[@]}"; do
  case "$profile" in
    test) packages+=("${test[@]}"); node=1 ;;
    bench) packages+=("${bench[@]}") ;;
  esac
done

if ((list)); then
  printf '%s\n' "${packages[@]}"
  ((node)) && printf '%s\n' nodejs npm
  exit 0
fi

sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
apt_install() {
  echo "installing: $*"
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "$@"
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]} == 0)) || apt_install "${missing[@]}"

# node and npm run axe-core in headless Chromium (tests/check_html_a11y.sh, which installs axe-core
# and puppeteer-core from npm into the build folder). A node that brings its own npm (from another
# source than Debian) is left alone: Debian's npm package would not install beside it.
if ((node)) && { ! command -v node > /dev/null || ! command -v npm > /dev/null; }; then
  apt_install nodejs npm
fi
