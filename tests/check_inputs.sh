#!/usr/bin/env bash
# A plan, templates and folders made by an attacker (or an unlucky user): nothing outside the
# plan's folder is read, whatever links and '..' it uses; the look (CSS, HTML template, reference
# document) loads nothing and is never written over; a failed build leaves every earlier output
# byte-identical. Usage: check_inputs.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
source "$(dirname "$0")/check_lib.sh"
code() { cat "$work/$1.code"; }
no_secret() { ! grep -rqF "HEMMELIG-UTENFOR" "$@"; }
header=$(head -n 9 "$src/tests/cases/validate/valid-minimal.yaml")

# A file outside the plan's folder, and a link in the plan's folder ten folders down: by its
# text, deep/../../../../../../../../../../../hemmelig.txt is one folder above the plan; on the
# disk, it leaves the folder once '..' has climbed back out of the ten.
echo "HEMMELIG-UTENFOR" > "$work/hemmelig.txt"
mkdir -p "$work/plan/a/b/c/d/e/f/g/h/i/j"
ln -s a/b/c/d/e/f/g/h/i/j "$work/plan/deep"
up="deep/../../../../../../../../../../.."
plan_with() {  # plan_with TEXT_FILE INCLUDE
  { echo "$header"; [ -n "$2" ] && echo "include: [$2]"; echo "chapters:"
    echo "  - {id: a, title: A, text_file: $1}"; } > "$work/plan/plan.yaml"
}
plan_with "$up/hemmelig.txt" ""
run text "$legeplan" validate "$work/plan/plan.yaml"
check "text_file through a link and '..': exit 1" test "$(code text)" -eq 1
check "text_file through a link and '..': outside the plan's folder" \
  contains "$work/text.out" "error[E019]: text file '$work/plan/$up/hemmelig.txt' is outside the plan's folder"
check "text_file through a link and '..': not read" no_secret "$work/text.out"
# One '..' fewer stays inside, on the disk: a/hemmelig.txt, which does not exist; by its text
# it is the file outside. Neither is read.
plan_with "deep/../../../../../../../../../../hemmelig.txt" ""
run text-inside "$legeplan" build "$work/plan/plan.yaml" -o "$work/out-inside" --format md,html
check "text_file '..' by the disk: the file the path names there is missing" \
  contains "$work/text-inside.out" "cannot read text file '$work/plan/deep/../../../../../../../../../../hemmelig.txt': no such file or no access"
check "text_file '..' by the disk: nothing written, nothing read" bash -c "test ! -e '$work/out-inside' && ! grep -qF HEMMELIG-UTENFOR '$work/text-inside.out'"
echo "x: 1" > "$work/hemmelig.yaml"
plan_with "a.md" "$up/hemmelig.yaml"
echo "Tekst." > "$work/plan/a.md"
run include "$legeplan" validate "$work/plan/plan.yaml"
check "include through a link and '..': outside the plan's folder" \
  contains "$work/include.out" "error[E019]: included file '$work/plan/$up/hemmelig.yaml' is outside the plan's folder"
# A link inside that stays inside is followed, and the same file named twice is refused.
mkdir -p "$work/plan/kapitler"
printf 'chapters:\n  - {id: b, title: B, text: Inne.}\n' > "$work/plan/kapitler/b.yaml"
ln -s kapitler "$work/plan/lenke"
plan_with "a.md" "kapitler/b.yaml, lenke/../kapitler/b.yaml"
run twice "$legeplan" validate "$work/plan/plan.yaml"
check "the same include twice, once through a link: E047" \
  contains "$work/twice.out" "error[E047]: 'lenke/../kapitler/b.yaml' (as 'kapitler/b.yaml') is already included on line 10"
plan_with "a.md" "lenke/b.yaml"
run linked "$legeplan" validate "$work/plan/plan.yaml"
check "an include through a link inside the folder is read" test "$(code linked)" -eq 0

# The municipality's stylesheet may load nothing: refused before any converter runs, located.
plan_with "a.md" ""
printf 'body { color: #222 }\n@\\69mport url(http://127.0.0.1:9/x.css);\n' > "$work/kommune.css"
run css "$legeplan" build "$work/plan/plan.yaml" -o "$work/out-css" --name plan --css "$work/kommune.css" --format html
check "css with an escaped @import: exit 3" test "$(code css)" -eq 3
check "css with an escaped @import: located" contains "$work/css.out" \
  "$work/kommune.css:2:1: error: the stylesheet may load nothing, and here it names '@import'"
check "css with an escaped @import: nothing written" bash -c "test -z \"\$(ls -A '$work/out-css' 2>/dev/null)\""
plan_with "a.md" ""
printf 'h1 { background: url(../hemmelig.txt) }\n' > "$work/kommune.css"
run css-file "$legeplan" build "$work/plan/plan.yaml" -o "$work/out-css" --name plan --css "$work/kommune.css" --format html
check "css naming a file: refused" contains "$work/css-file.out" "$work/kommune.css:1:18: error: the stylesheet may load nothing, and here it names 'url('"
# A stylesheet that loads nothing is put into the page itself.
printf 'h1 { color: rgb(1, 2, 3) }\n' > "$work/kommune.css"
run css-ok "$legeplan" build "$work/plan/plan.yaml" -o "$work/out-css" --name plan --css "$work/kommune.css" --format html
check "a stylesheet of plain rules is in the page" contains "$work/out-css/plan.html" "h1 { color: rgb(1, 2, 3) }"
# A templates folder whose plan.css is a link out of it is not read.
mkdir -p "$work/maler"
ln -s ../hemmelig.txt "$work/maler/plan.css"
run css-link "$legeplan" build "$work/plan/plan.yaml" -o "$work/out-link" --templates "$work/maler" --format html
check "plan.css linking out of the templates folder: refused" contains "$work/css-link.out" \
  "legeplan: error: cannot read the stylesheet $work/maler/plan.css: it leads out of the folder"
check "plan.css linking out of the templates folder: not in any output" no_secret "$work/css-link.out"
rm "$work/maler/plan.css"
# An own HTML template that loads a picture from an address is refused.
sed 's|<body>|<body><img alt="" src="http://127.0.0.1:9/x.png">|' "$src/templates/plan.html5" > "$work/maler/plan.html5"
run template "$legeplan" build "$work/plan/plan.yaml" -o "$work/out-tpl" --templates "$work/maler" --format html
check "a template loading a picture: exit 3" test "$(code template)" -eq 3
check "a template loading a picture: located" contains "$work/template.out" "error: the HTML template may load nothing, and here it names 'src='"
rm "$work/maler/plan.html5"

# The reference document, labels and templates are never written over: a plan kommune.yaml
# built into the folder of the municipality's kommune.docx.
mkdir -p "$work/kommune"
cp "$work/plan/plan.yaml" "$work/plan/a.md" "$work/kommune/"
mv "$work/kommune/plan.yaml" "$work/kommune/kommune.yaml"
cp "$src/templates/reference.docx" "$work/kommune/kommune.docx"
before=$(sha256sum "$work/kommune/kommune.docx")
run refdoc "$legeplan" build "$work/kommune/kommune.yaml" -o "$work/kommune" --name kommune --reference-doc "$work/kommune/kommune.docx"
check "reference document as an output's name: exit 3" test "$(code refdoc)" -eq 3
check "reference document as an output's name: refused" contains "$work/refdoc.out" \
  "legeplan: error: refusing to write over $work/kommune/kommune.docx, which this run reads"
check "reference document as an output's name: untouched" test "$(sha256sum "$work/kommune/kommune.docx")" = "$before"

# A failed build leaves every earlier output byte-identical, and no temporary file: the second
# build fails on a reference document that is a zip bomb (checked before Pandoc unpacks it).
run first "$legeplan" build "$work/plan/plan.yaml" -o "$work/out-fail" --name plan
check "first build: exit 0" test "$(code first)" -eq 0
sums=$(cd "$work/out-fail" && sha256sum ./* | sort)
printf 'not a zip' > "$work/ikke-zip.docx"
echo "Endret." > "$work/plan/a.md"
run second "$legeplan" build "$work/plan/plan.yaml" -o "$work/out-fail" --name plan --reference-doc "$work/ikke-zip.docx"
check "second build: fails (exit 3)" test "$(code second)" -eq 3
check "second build: every earlier output byte-identical" test "$(cd "$work/out-fail" && sha256sum ./* | sort)" = "$sums"
check "second build: no temporary file left" test -z "$(find "$work/out-fail" -name '.*')"
# A link planted in the output folder where temporary files go is left alone.
ln -s "$work/hemmelig.txt" "$work/out-fail/.plan.md.tmp-AAAAAA"
run third "$legeplan" build "$work/plan/plan.yaml" -o "$work/out-fail" --name plan --format md
check "a planted link is not written through" test "$(cat "$work/hemmelig.txt")" = "HEMMELIG-UTENFOR"
check "the output is written" contains "$work/out-fail/plan.md" "Endret"
exit $fail
