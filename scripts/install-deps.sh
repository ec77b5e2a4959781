#!/usr/bin/env bash
# Installs the Debian 12 packages legeplan needs to build, run and test — only those missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libyaml-cpp-dev libcli11-dev libkainjow-mustache-dev libxlsxwriter-dev libzip-dev catch2
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # reading the Markdown in plan texts
  libdtl-dev libgit2-dev libutf8proc-dev libpugixml-dev  # word diff, git revisions, NFC text, DOCX XML
  libreoffice-calc-nogui python3-uno  # the spreadsheet engine the workbook tests open it with
  python3-openpyxl  # reads the workbooks' print setup back in tests/print_check.py
  python3-jsonschema python3-yaml  # tests/check_schema.py: plans against the JSON Schema, by an independent validator
  libreoffice-writer-nogui  # opens the DOCX in the document tests
  fonts-crosextra-carlito fonts-liberation2  # metric twins of Calibri and Arial, which templates/reference.docx names
  pandoc weasyprint fonts-dejavu-core poppler-utils unzip
  procps  # pgrep and ps: tests/check_interrupt.sh looks for converters left running
  clang libclang-rt-14-dev llvm
  hyperfine time  # scripts/bench.sh
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# node and npm run axe-core in jsdom (tests/check_html_a11y.sh, which installs those two from npm
# into the build folder). A node that brings its own npm (from another source than Debian) is
# left alone: Debian's npm package would not install beside it.
if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "installing: nodejs npm"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends nodejs npm
fi
