#!/usr/bin/env bash
# `legeplan init`: a starter plan in bokmål and one in nynorsk, each validated (every placeholder
# warning against a golden file), refused by --strict, and built in every format; a second init
# into the same folder leaves the plan untouched; the default period; bad usage writes nothing.
# What init says when it refuses is in the cases tests/cases/init/.
# LEGEPLAN_UPDATE=1 rewrites the golden files. Usage: check_init.sh LEGEPLAN SOURCE_DIR
set -euo pipefail
legeplan=$(realpath "$1")
src=$(realpath "$2")
source "$(dirname "$0")/check_lib.sh"
cd "$work"

for lang in nb nn; do
  # What init says is the case tests/cases/init/starter-$lang.
  "$legeplan" init "plan-$lang" --language "$lang" --municipality "Ål" --period 2027-2030 > /dev/null
  check "$lang: the first line points to the schema beside the plan" \
    test "$(head -n 1 "plan-$lang/plan.yaml")" = "# yaml-language-server: \$schema=legeplan.schema.json"
  # The folder copied elsewhere (or mailed): the line still names the tool's own schema.
  mkdir -p elsewhere && cp -r "plan-$lang" "elsewhere/copied-$lang"
  target=$(sed -n '1s/^# yaml-language-server: \$schema=//p' "elsewhere/copied-$lang/plan.yaml")
  check "$lang: copied, the schema the line names is there, relative to the plan" test -f "elsewhere/copied-$lang/$target"
  check "$lang: copied, it is what legeplan schema prints" cmp <("$legeplan" schema) "elsewhere/copied-$lang/$target"
  set +e
  "$legeplan" validate "plan-$lang/plan.yaml" > "validate-$lang.txt" 2>&1
  echo "exit $?" >> "validate-$lang.txt"
  "$legeplan" validate --strict "plan-$lang/plan.yaml" > /dev/null 2>&1
  strict=$?
  "$legeplan" build "plan-$lang/plan.yaml" -o "out-$lang" > "build-$lang.txt" 2>&1
  built=$?
  set -e
  if [[ ${LEGEPLAN_UPDATE:-} == 1 ]]; then
    cp "validate-$lang.txt" "$src/tests/golden/init-$lang-validate.txt"
    continue
  fi
  check "$lang: validate passes with every placeholder warned (W004), exactly" \
    diff -u "$src/tests/golden/init-$lang-validate.txt" "validate-$lang.txt"
  check "$lang: validate --strict rejects the starter plan (exit 1)" test "$strict" -eq 1
  check "$lang: build succeeds (exit 0)" test "$built" -eq 0
  for ext in md docx html pdf xlsx; do
    check "$lang: build wrote al-2027-2030.$ext" test -s "out-$lang/al-2027-2030.$ext"
  done
done

# The parts of a plan for legetjenesten, in bokmål; and nynorsk that is nynorsk.
for title in "title: Fastlegeordningen" "title: Offentlige legeoppgaver" "title: Legevakt" \
             "title: Sykehjem og øyeblikkelig hjelp døgnopphold" \
             "title: Helsestasjon og skolehelsetjeneste" "title: Samfunnsmedisin" \
             "title: Samarbeid med helseforetaket" "title: Rekruttering og stabilisering" \
             "title: Økonomi" "title: Oppfølging og revisjon"; do
  check "nb has '$title'" contains plan-nb/plan.yaml "$title"
done
for word in "kommunen si" "tenesta" "legevakta" "sjukeheim" "skulehelseteneste" "Innleiing" \
            "Fakta og nøkkeltal" "Offentlege legeoppgåver" "korleis"; do
  check "nn has '$word'" contains plan-nn/plan.yaml "$word"
done
for word in "tjenesten" "legevakten" "sykehjem" "hvordan" "ikke"; do
  check "nn lacks the bokmål '$word'" bash -c '! grep -qw -- "$1" "$2"' _ "$word" plan-nn/plan.yaml
done

# A second init into the same folder: the plan byte for byte and its time unchanged. (What it
# says, and its exit code 2, are the case tests/cases/init/over-existing-plan.)
cp -p plan-nb/plan.yaml before.yaml
stamp=$(stat -c %y plan-nb/plan.yaml)
"$legeplan" init plan-nb --language nn --municipality "Annen kommune" > /dev/null 2>&1 || true
check "the plan is byte-identical" cmp before.yaml plan-nb/plan.yaml
check "the plan's modification time is unchanged" test "$(stat -c %y plan-nb/plan.yaml)" = "$stamp"
check "nothing else appeared in the folder" test "$(ls -A plan-nb | tr '\n' ' ')" = "legeplan.schema.json plan.yaml "

# Without --period: the four years of the economic plan from next year.
"$legeplan" init default --language nb --municipality "Nord-Fron" > /dev/null
next=$(( $(date +%Y) + 1 ))
check "the default period starts next year and runs four years" \
  contains default/plan.yaml "  period: {from: $next, to: $(( next + 3 ))}"
check "the name goes into the title" \
  contains default/plan.yaml "  title: \"Plan for legetjenesten i Nord-Fron $next–$(( next + 3 ))\""

# An odd name loads back as given, colon, quotes and hash included, and the document shows it.
"$legeplan" init odd --language nb --municipality 'Ål: "Test" #1' --period 2027-2030 > /dev/null
"$legeplan" build odd/plan.yaml -o odd-out --format md > /dev/null 2>&1
check "an odd name comes out as written" contains odd-out/al-test-1-2027-2030.md 'Kommune: Ål\: \"Test\" \#1\'
check "an odd name goes into the title as written" \
  contains odd/plan.yaml 'title: "Plan for legetjenesten i Ål: \"Test\" #1 2027–2030"'

# Bad usage writes nothing. (Its exit code 2 and messages are the cases in tests/cases/init/.)
"$legeplan" init bad --language se --municipality X > /dev/null 2>&1 || true
"$legeplan" init bad --language nb --municipality X --period 2030-2027 > /dev/null 2>&1 || true
"$legeplan" init bad --language nb > /dev/null 2>&1 || true
check "nothing was written for bad usage" test ! -e bad

exit $fail
