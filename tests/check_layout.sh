#!/usr/bin/env bash
# The pipeline's dependencies point one way: a stage includes only itself and the stages before
# it. The stages, in order: text → plan → figures → rules → compare → render → publish → commands
# (main.cpp may include any). render/ has three families beside its shared files — charts,
# document (Markdown) and workbook — and a family includes only the shared files, itself and, for
# documents, the charts they show; publish/docx/ is the DOCX post-processing publish/ uses.
# Usage: check_layout.sh SOURCE_DIR
set -euo pipefail
cd "$1/generator"
# Each folder with the folders its files may include besides their own.
declare -A may_include=(
  [text]=""
  [plan]="text"
  [figures]="text plan"
  [rules]="text plan figures"
  [compare]="text plan figures rules"
  [render]="text plan figures rules compare"
  [render/charts]="text plan figures rules compare render"
  [render/document]="text plan figures rules compare render render/charts"
  [render/workbook]="text plan figures rules compare render"
  [publish/docx]="text plan figures rules compare render"
  [publish]="text plan figures rules compare render publish/docx"
  [commands]="text plan figures rules compare render render/charts render/document render/workbook publish/docx publish"
)
fail=0
for folder in "${!may_include[@]}"; do
  allowed=" $folder ${may_include[$folder]} "
  for file in "$folder"/*.h "$folder"/*.cc; do
    while IFS= read -r included; do
      [[ $allowed == *" $(dirname "$included") "* ]] && continue
      echo "FAILED: $file includes $included (a $folder/ file may include only:$allowed)"
      fail=1
    done < <(sed -n 's/^#include "\([a-z_/]*\.h\)".*/\1/p' "$file")
  done
done
# Every file of generator/ sits in one of these folders, but the thin main.
while IFS= read -r file; do
  folder=$(dirname "${file#./}")
  [[ $file == ./main.cpp || -v may_include[$folder] ]] && continue
  echo "FAILED: $file is in no stage folder"
  fail=1
done < <(find . -type f)
[[ $fail -eq 0 ]] && echo "ok: every stage includes only itself and earlier stages"
exit $fail
