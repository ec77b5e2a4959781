#!/usr/bin/env bash
# LSU's round trip: two Bergen drafts (3 measures changed, 1 added, 1 removed), `legeplan review`
# between them, the form filled in with openpyxl (and once more saved by LibreOffice), `legeplan
# lsu import` into the new draft, which then validates and whose document shows the statement,
# the positions and the chapter comment, with plan.yaml and tiltak.yaml byte-identical. Then the
# refusals, each leaving the plan's folder as it was: a form of another plan, a tampered
# protected cell, a renamed sheet, an unknown position, a plan that does not include lsu.yaml,
# a file that is no workbook. And the same round trip for the nynorsk example.
# Usage: check_lsu_roundtrip.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$1
src=$2
fill="/usr/bin/python3 $src/tests/fill_lsu_form.py"
source "$(dirname "$0")/check_lib.sh"
export LANG=C.UTF-8 LANGUAGE=nb
cd "$work"

# Draft 1.0 is Bergen as it is; 1.1 changes three measures, adds one and removes one.
cp -r "$src/plans/bergen" old
cp -r "$src/plans/bergen" new
PYTHONPATH="$src/tests" python3 - <<'EDIT'
from bergen_draft import edit, portal_for_last_measure, version_with_portal
t = "new/tiltak.yaml"
edit(t, "      - {type: yearly, amount: 200 000}", "      - {type: yearly, amount: 250 000}")
edit(t, "gjør det enklere for nye fastleger", "gjør det lettere for alle nye fastleger")
edit(t, "    title: Nye journalsystemer i fengselshelse, ØHD og legevakt\n", "    title: Nye journalsystemer i fengselshelse, ØHD og på legevakten\n")
portal_for_last_measure(t)
version_with_portal("new/plan.yaml")
EDIT

run review "$legeplan" review old/plan.yaml new/plan.yaml -o forms
check "review writes the form" test "$(cat "$work/review.code")" = 0
check "review names the form" contains "$work/review.out" "forms/bergen-kommune-2017-2020-lsu.xlsx"
# The measures' rows as a member sees them: number, title, state, what changed, old and new costs.
/usr/bin/python3 - forms/bergen-kommune-2017-2020-lsu.xlsx > rows.tsv <<'DUMP'
import sys, openpyxl
s = openpyxl.load_workbook(sys.argv[1])["Uttalelse"]
head = [c.value for c in s[5]]
col = {name: i for i, name in enumerate(head)}
for row in s.iter_rows(min_row=6, values_only=True):
    if row[col["Endring"]] not in (None, "Uendret"):
        print("\t".join(str(row[col[k]]) if row[col[k]] is not None else "" for k in
              ("Nr.", "Tiltak", "Endring", "Hva er endret", "Kostnad pr. år før", "Kostnad pr. år", "Engangsutgifter før", "Engangsutgifter")))
print("line 4:", s["A4"].value)
DUMP
cat > rows.expected <<'ROWS'
1	Kommunale skjermingsordninger for sårbare grupper	Endret	Kostnad	200000	250000	0	0
3	Lettere oppstart av null-lister	Endret	Tekst	1000000	1000000	0	0
36	Nye journalsystemer i fengselshelse, ØHD og på legevakten	Endret	Tittel	Innenfor eksisterende ramme	Innenfor eksisterende ramme		
37	Felles pasientportal	Nytt			300000		0
37	Funksjonelle journalsystemer fram til «én innbygger – én journal»	Fjernet		Innenfor eksisterende ramme			
line 4: Tiltakene er sammenlignet med versjon 1.0
ROWS
check "the form marks exactly the changed, added and removed measures, with old → new costs" diff -u rows.expected rows.tsv

# Filled as a member would in Excel: positions on 5 measures (one with a comment), a comment on
# one chapter, the statement's text and date.
form=forms/bergen-kommune-2017-2020-lsu.xlsx
$fill "$form" filled.xlsx \
  position:kommunal-skjerming=Støtter "position:null-lister=Støtter med endringer" \
  "comment:null-lister=Ordningen bør evalueres etter to år." position:pasientportal=Støtter \
  "position:nye-epj-systemer=Støtter ikke" position:oppgavefordeling-sykehus=Støtter \
  "chapter:fastlegeordningen=Listetakene bør omtales nærmere." \
  "text=LSU støtter planen, med merknadene til tiltakene og kapitlet om fastlegeordningen." \
  date=2017-08-24
# Imported into a plan that does not include lsu.yaml yet: refused before the form is read,
# with the line to add.
cp -r new snap-plain
run not-included "$legeplan" lsu import filled.xlsx new/plan.yaml
check "not-included: refused with exit 1" test "$(cat "$work/not-included.code")" = 1
check "not-included: exact message" diff -u <(printf '%s\n' "new/plan.yaml: error[E057]: planen inkluderer ikke lsu.yaml, der lsu import skriver LSUs uttalelse
    tips: legg lsu.yaml til i include-listen i planfilen: include: [tiltak.yaml, lsu.yaml]") not-included.out
check "not-included: the plan's folder is unchanged" diff -r snap-plain new
sed -i 's/^include: \[tiltak.yaml\]$/include: [tiltak.yaml, lsu.yaml]/' new/plan.yaml
cp -r new before-import
run import "$legeplan" lsu import filled.xlsx new/plan.yaml
check "import succeeds" test "$(cat "$work/import.code")" = 0
cat > import.expected <<'OUT'
Hentet LSUs uttalelse av 24. august 2017: 5 syn på tiltak, 1 merknad til et kapittel → new/lsu.yaml
Planens status er fortsatt 'sent_to_lsu': nå som LSUs uttalelse er med, sett 'status: lsu_statement' i new/plan.yaml, så dokumentene sier det
37 tiltak · årlige kostnader 17 450 000 kr · engangskostnader 1 300 000 kr · totalt 18 750 000 kr
anslag utenfor summen: årlige kostnader 0–600 000 kr
OUT
check "import says what it took over, then validates" diff -u import.expected import.out
check "plan.yaml is byte-identical" cmp before-import/plan.yaml new/plan.yaml
check "tiltak.yaml is byte-identical" cmp before-import/tiltak.yaml new/tiltak.yaml
cat > lsu.expected <<'YAML'
# LSUs uttalelse, hentet fra skjemaet filled.xlsx med legeplan lsu import. Filen kan redigeres.

lsu:
  statement:
    date: 2017-08-24
    text: LSU støtter planen, med merknadene til tiltakene og kapitlet om fastlegeordningen.
    measures:
      - measure: kommunal-skjerming
        position: supports
      - measure: null-lister
        position: supports_with_changes
        comment: Ordningen bør evalueres etter to år.
      - measure: oppgavefordeling-sykehus
        position: supports
      - measure: nye-epj-systemer
        position: does_not_support
      - measure: pasientportal
        position: supports
    chapters:
      - chapter: fastlegeordningen
        comment: Listetakene bør omtales nærmere.
YAML
check "lsu.yaml is readable YAML with the statement" diff -u lsu.expected new/lsu.yaml
"$legeplan" build new/plan.yaml -o doc --format md > /dev/null 2>&1
md=doc/bergen-kommune-2017-2020.md
check "the document shows the statement's text" contains "$md" "LSU støtter planen, med merknadene til tiltakene og kapitlet om fastlegeordningen."
check "the document shows the statement's date" contains "$md" "Uttalelsen er datert 24\\. august 2017."
check "the document shows 5 positions" test "$(grep -cE '^\| [0-9]+ \| \[.*\]\(#.*\) \| Støtter' "$md")" = 5
check "the document shows the comment on a measure" contains "$md" "| Støtter med endringer | Ordningen bør evalueres etter to år\\. |"
check "the document shows the chapter comment" contains "$md" "| 2 Fastlegeordningen | Listetakene bør omtales nærmere\\. |"
check "the document titles the chapter comments" contains "$md" "Table: LSUs merknader til kapitlene"

# The same form saved by LibreOffice imports too, to the same lsu.yaml.
mkdir lo
soffice --headless -env:UserInstallation=file://$work/lo-profile --convert-to xlsx --outdir lo filled.xlsx > /dev/null 2>&1
cp new/lsu.yaml lsu-from-openpyxl.yaml
run import_lo "$legeplan" lsu import lo/filled.xlsx new/plan.yaml
check "a form saved by LibreOffice imports" test "$(cat "$work/import_lo.code")" = 0
check "... to the same statement" diff -u <(tail -n +2 lsu-from-openpyxl.yaml) <(tail -n +2 new/lsu.yaml)

# Refusals: each leaves the plan's folder exactly as it was.
refused() {  # refused NAME FORM EXPECTED-OUTPUT
  cp -r new "snap-$1"
  run "$1" "$legeplan" lsu import "$2" new/plan.yaml
  check "$1: refused with exit 1" test "$(cat "$work/$1.code")" = 1
  check "$1: the exact message" diff -u <(printf '%s\n' "$3") "$1.out"
  check "$1: the plan's folder is unchanged" diff -r "snap-$1" new
}
cp -r "$src/examples/nynorsk" nn
"$legeplan" build nn/plan.yaml -o nnforms --format review > /dev/null
refused other-plan nnforms/havoy-kommune-2027-2030-lsu.xlsx "nnforms/havoy-kommune-2027-2030-lsu.xlsx: error[E053]: skjemaet gjelder «Havøy kommune · 2027–2030 · Plan for legetenesta 2027–2030», ikke denne planen, «Bergen kommune · 2017–2020 · Plan for legetjenester»
    tips: bruk skjemaet som ble laget for denne planen, eller planen skjemaet ble laget for"
$fill "$form" tampered.xlsx position:kommunal-skjerming=Støtter "cell:Uttalelse!E6=Ny tekst" date=2017-08-24 text=Ja
refused tampered tampered.xlsx "tampered.xlsx: error[E054]: en låst celle i rad 6 i skjemaet er endret etter at legeplan skrev det
    tips: fyll bare ut de gule cellene: før det som er fylt ut, over i en ny kopi av skjemaet"
# A change in the hidden sheet alone: no row of the review sheet to name.
$fill "$form" tampered-data.xlsx position:kommunal-skjerming=Støtter "cell:legeplan!C7=null-lister" date=2017-08-24 text=Ja
refused tampered-data tampered-data.xlsx "tampered-data.xlsx: error[E054]: en låst celle i skjemaet er endret etter at legeplan skrev det (teksten til et tiltak, en kostnad, en overskrift eller det skjulte arket)
    tips: fyll bare ut de gule cellene: før det som er fylt ut, over i en ny kopi av skjemaet"
$fill "$form" renamed.xlsx rename:Uttalelse=Ark1 date=2017-08-24 text=Ja
refused renamed renamed.xlsx "renamed.xlsx: error[E054]: skjemaets ark er «Ark1», «legeplan»; legeplan skrev «Uttalelse», «legeplan»
    tips: gi arkene navnene tilbake, eller fyll ut en ny kopi av skjemaet"
$fill "$form" unknown.xlsx position:kommunal-skjerming=Kanskje date=2017-08-24 text=Ja
refused unknown-position unknown.xlsx "unknown.xlsx: error[E055]: «Kanskje» i celle N6 er ikke et av LSUs syn
    tips: velg «Støtter», «Støtter med endringer» eller «Støtter ikke» fra lista i cellen"
printf 'no workbook' > garbage.xlsx
refused not-a-workbook garbage.xlsx "garbage.xlsx: error[E052]: skjemaet kan ikke leses: den er ikke en XLSX-arbeidsbok (ingen zip-fil)
    tips: bruk skjemaet legeplan skrev (NAVN-lsu.xlsx), utfylt og lagret som .xlsx"
# A zip bomb dressed as a workbook: its shared strings unpack to 100 MiB.
/usr/bin/python3 - <<'BOMB'
import zipfile
with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
    z.writestr("xl/sharedStrings.xml", b" " * (100 << 20))
BOMB
refused zip-bomb bomb.xlsx "bomb.xlsx: error[E052]: skjemaet kan ikke leses: xl/sharedStrings.xml pakkes ut til mer enn grensen på 32 MiB
    tips: bruk skjemaet legeplan skrev (NAVN-lsu.xlsx), utfylt og lagret som .xlsx"
# A form for the old version, imported into the new one.
"$legeplan" build old/plan.yaml -o oldforms --format review > /dev/null
refused old-version oldforms/bergen-kommune-2017-2020-lsu.xlsx "oldforms/bergen-kommune-2017-2020-lsu.xlsx: error[E053]: skjemaet ble laget for versjon 1.0 av planen, som nå er versjon 1.1
    tips: lag et nytt skjema for denne versjonen med legeplan review, eller hent skjemaet inn i versjonen det ble laget for"
# A statement given both in the plan file and in lsu.yaml: validate names both places.
cp -r new twice
printf 'lsu:\n  statement: {date: 2017-08-01, text: Ja.}\n' >> twice/plan.yaml
run twice "$legeplan" validate twice/plan.yaml
check "a statement in two files is an error (E058)" test "$(cat "$work/twice.code")" = 1
check "... which names both places" grep -qxF "twice/lsu.yaml:5:5: error[E058]: LSUs uttalelse er gitt to ganger: også i twice/plan.yaml på linje 465" twice.out

# The nynorsk example, round trip: its form (not compared), filled in with nynorsk words,
# imported, and the document in nynorsk.
"$legeplan" review nn/plan.yaml nn/plan.yaml -o nnforms2 > /dev/null
nnform=nnforms2/havoy-kommune-2027-2030-lsu.xlsx
check "the nynorsk form is in nynorsk, compared with itself" test "$(/usr/bin/python3 -c '
import sys, openpyxl
b = openpyxl.load_workbook(sys.argv[1]); s = b[b.sheetnames[0]]
print(b.sheetnames[0], "|", s["A4"].value, "|", s["C6"].value)' "$nnform")" = "Fråsegn | Tiltaka er samanlikna med versjon 0.9 | Uendra"
# Filled with nynorsk words and one bokmål word (accepted too), then saved by LibreOffice.
$fill "$nnform" nn-filled.xlsx position:arleg-rullering=Støttar "position:fastlon-ny-lege=Støttar med endringar" \
  "comment:fastlon-ny-lege=Fastløn bør gjelde i tre år." "position:akuttutstyr=Støtter ikke" \
  "chapter:legevakt-sjukeheim=Vaktbelastninga må omtalast." "text=LSU støttar planen." date=2027-03-02
mkdir nn-lo
soffice --headless -env:UserInstallation=file://$work/lo-profile --convert-to xlsx --outdir nn-lo nn-filled.xlsx > /dev/null 2>&1
python3 - <<'EDIT'
path = "nn/plan.yaml"
text = open(path, encoding="utf-8").read()
text = text.replace("\nunits:", "\ninclude: [lsu.yaml]\n\nunits:", 1)
open(path, "w", encoding="utf-8").write(text)
EDIT
cp nn/plan.yaml nn-plan-before.yaml
run nn-import "$legeplan" --messages nn lsu import nn-lo/nn-filled.xlsx nn/plan.yaml
check "nynorsk: import succeeds" test "$(cat "$work/nn-import.code")" = 0
check "nynorsk: says what it took over, in nynorsk" contains nn-import.out "Henta fråsegna frå LSU av 2. mars 2027: 3 syn på tiltak, 1 merknad til eit kapittel → nn/lsu.yaml"
check "nynorsk: plan.yaml is byte-identical" cmp nn-plan-before.yaml nn/plan.yaml
check "nynorsk: the bokmål word is taken as its position" contains nn/lsu.yaml "    position: does_not_support"
"$legeplan" build nn/plan.yaml -o nndoc --format md > /dev/null 2>&1
nnmd=nndoc/havoy-kommune-2027-2030.md
check "nynorsk: the document shows the statement" contains "$nnmd" "LSU støttar planen."
check "nynorsk: the document shows the 3 positions" test "$(grep -cE '^\| [0-9]+ \| \[.*\]\(#.*\) \| Støttar' "$nnmd")" = 3
check "nynorsk: the document shows the comment on a measure" contains "$nnmd" "| Støttar med endringar | Fastløn bør gjelde i tre år\\. |"
check "nynorsk: the document shows the chapter comment" contains "$nnmd" "Vaktbelastninga må omtalast\\. |"
check "nynorsk: the chapter comments' caption" contains "$nnmd" "Table: Merknadene frå LSU til kapitla"
exit $fail
