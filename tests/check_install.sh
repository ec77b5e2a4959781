#!/usr/bin/env bash
# legeplan as installed: `cmake --install` into a prefix, the prefix moved elsewhere, and the moved
# binary must build Bergen's plan from the data beside it (not from the source tree), print its
# version, and come with a man page naming every command, option and exit code, and a bash
# completion. When cpack and dpkg-deb are here, the .deb too: its Depends and its files. Also
# checks that the run profile of scripts/install-deps.sh leaves out what only tests need.
# Usage: check_install.sh SOURCE_DIR BUILD_DIR [deb|no-deb]   (no-deb: a sanitizer build)
set -euo pipefail
src=$1
build=$2
deb_check=${3:-deb}
source "$(dirname "$0")/check_lib.sh"

# --- install, move, run ------------------------------------------------------------------------
cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
mv "$work/prefix" "$work/moved"
bin=$work/moved/bin/legeplan
data=$work/moved/share/legeplan
check "bin/legeplan installed" test -x "$bin"
for f in plan.md.mustache measure.md.mustache key_figure.md.mustache cost_tables.md.mustache doctors_table.md.mustache \
         plan.css plan.html5 reference.docx labels/nb.yaml labels/nn.yaml; do
  check "templates/$f installed" cmp -s "$src/templates/$f" "$data/templates/$f"
done
if [[ -f $src/schema/legeplan.schema.json ]]; then
  check "schema installed" cmp -s "$src/schema/legeplan.schema.json" "$data/schema/legeplan.schema.json"
fi

# A mark in the moved copy of the main template shows that the moved binary reads its own data.
echo "<!-- installed-template-mark -->" >> "$data/templates/plan.md.mustache"
(cd "$work" && "$bin" build "$src/plans/bergen/plan.yaml" -o "$work/out" --format md,xlsx,docx,html \
   > "$work/build.out" 2> "$work/build.err") && built=0 || built=$?
check "moved legeplan builds Bergen (exit $built)" test "$built" -eq 0
check "nothing on standard error" test ! -s "$work/build.err"
for f in bergen-kommune-2017-2020.{md,xlsx,docx,html}; do
  check "$f written" test -s "$work/out/$f"
done
check "the Markdown comes from the installed templates" contains "$work/out/bergen-kommune-2017-2020.md" "installed-template-mark"
check "the source tree's template is untouched" lacks "$src/templates/plan.md.mustache" "installed-template-mark"

# The moved binary finds its message catalogs beside it, not in the build folder.
for language in nb nn; do
  check "share/locale/$language/LC_MESSAGES/legeplan.mo installed" test -s "$work/moved/share/locale/$language/LC_MESSAGES/legeplan.mo"
done
LANG=nn_NO.UTF-8 "$bin" no-such-command > /dev/null 2> "$work/nynorsk.err" || true
check "the moved legeplan speaks nynorsk with LANG=nn_NO.UTF-8" contains "$work/nynorsk.err" "Køyr med --help for meir hjelp."
mv "$build/locale" "$build/locale.aside"
LANG=nb_NO.UTF-8 "$bin" no-such-command > /dev/null 2> "$work/bokmal.err" || true
mv "$build/locale.aside" "$build/locale"
check "... and bokmål from its own catalogs, without the build folder's" contains "$work/bokmal.err" "Kjør med --help for mer hjelp."

# --- version -----------------------------------------------------------------------------------
"$bin" --version > "$work/version.txt"
check "--version: 'legeplan X.Y.Z' and the commit when built from git" \
  grep -Eqx 'legeplan [0-9]+\.[0-9]+\.[0-9]+( \(git [0-9a-f]{7,}\))?' "$work/version.txt"

# --- man page ----------------------------------------------------------------------------------
page=$work/moved/share/man/man1/legeplan.1
MANWIDTH=300 man -l "$page" 2> "$work/man.err" | sed 's/‐//g' > "$work/man.txt"
check "man -l reads the page without complaint" test ! -s "$work/man.err"
check "man page: NAME" grep -Eq '^ +legeplan - .*plan for legetjenesten' "$work/man.txt"
for synopsis in "legeplan validate [--strict] [--diagnostics FORMAT] PLAN" "legeplan costs [--csv] [--strict] PLAN" "legeplan build PLAN... [-o DIR] [--name STEM]" "legeplan watch PLAN [-o DIR] [--name STEM]" "legeplan diff OLD NEW" "legeplan report PLAN --year YEAR [-o DIR] [--name STEM]" \
                "legeplan overview REGION.yaml|PLANS..." \
                "legeplan init DIR --language nb|nn --municipality NAME [--period FROM-TO]" "legeplan schema"; do
  check "man page synopsis: $synopsis" contains "$work/man.txt" "$synopsis"
done
# Every option each command's --help lists is described (--help itself once, for all of them).
check "man page: --help on every command" contains "$work/man.txt" "Each command accepts -h, --help"
for command in validate costs build watch diff report overview init; do
  "$bin" "$command" --help | grep -Eo -- '--[a-z][a-z-]+' | grep -vx -- --help | sort -u > "$work/options-$command"
  while read -r option; do
    check "man page describes $command $option" grep -Eq -- "^ +$option( |,|$)|^ +-[a-z], $option( |$)" "$work/man.txt"
  done < "$work/options-$command"
done
# Every exit code of generator/commands/outcome.h, under EXIT STATUS.
# The section's terms are the lines that start with a code ("       1      the plan is …",
# "       129, 130, 143"); one code a line in exit-status.txt.
sed -n '/^EXIT STATUS/,/^[A-Z]/p' "$work/man.txt" | grep -Eo '^ {7}[0-9]+(, [0-9]+)*' | tr -s ', ' '\n' \
  | grep . > "$work/exit-status.txt"
for code in $(sed -n 's/^constexpr int [a-z_]* = \([0-9]*\);.*/\1/p' "$src/generator/commands/outcome.h"); do
  check "man page EXIT STATUS names $code" grep -qx "$code" "$work/exit-status.txt"
done

# --- bash completion ---------------------------------------------------------------------------
completion=$work/moved/share/bash-completion/completions/legeplan
check "bash completion installed" test -f "$completion"
if [[ -f /usr/share/bash-completion/bash_completion ]]; then
  complete_words() {  # complete_words WORD... : what completing the last word offers
    bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
             COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
             _legeplan 2> /dev/null; printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$completion" "$@"
  }
  check "completion: commands" test "$(complete_words legeplan '')" = "build costs diff init lsu overview report review schema validate watch "
  check "completion: lsu's subcommand" test "$(complete_words legeplan lsu '')" = "import "
  check "completion: review's options" test "$(complete_words legeplan review --n)" = "--name "
  check "completion: build's options" test "$(complete_words legeplan build --s)" = "--strict "
  check "completion: a format after a comma" test "$(complete_words legeplan build p.yaml --format md,x)" = "md,xlsx "
  check "completion: watch's options" test "$(complete_words legeplan watch --no)" = "--no-charts "
  check "completion: diff's formats" test "$(complete_words legeplan diff --format '')" = "docx html md pdf "
else
  echo "FAILED: bash-completion is missing (scripts/install-deps.sh test installs it)"; fail=1
fi

# --- install profiles --------------------------------------------------------------------------
"$src/scripts/install-deps.sh" --list run > "$work/run-profile"
for tool in 'libreoffice-calc.*' python3-uno weasyprint python3-munkres 'clang.*' 'libclang.*' 'llvm.*' hyperfine nodejs npm catch2; do
  check "the run profile leaves out $tool" bash -c "! grep -Eqx -- '$tool' '$work/run-profile'"
done
for needed in pandoc libreoffice-writer-nogui poppler-utils gnuplot-nox cmake fonts-crosextra-carlito fonts-liberation2 fonts-dejavu-core; do
  check "the run profile has $needed" grep -qx -- "$needed" "$work/run-profile"
done
check "scripts/example.sh installs the run profile only" grep -qx 'scripts/install-deps.sh run' "$src/scripts/example.sh"

# --- the Debian package --------------------------------------------------------------------------
if [[ $deb_check == no-deb ]]; then
  echo "skipped: the .deb (a sanitizer build links other libraries and is not packaged)"
elif command -v cpack > /dev/null && command -v dpkg-deb > /dev/null && command -v dpkg-shlibdeps > /dev/null; then
  cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" > "$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; echo "FAILED: cpack -G DEB"; exit 1; }
  deb=$(ls "$work"/deb/legeplan_*.deb)
  # libstdc++6 (>= 12): the process budget waits on a std::condition_variable, whose wait is a
  # GCC 12 symbol (GLIBCXX_3.4.30); Debian 12 ships libstdc++6 12.2, so it asks nothing new.
  # zlib1g: zip_bounds.cc inflates a reference document's entries itself, counting what comes out.
  check "Depends: converters, fonts and the libraries linked (Debian 12)" test \
    "$(dpkg-deb -f "$deb" Depends)" = "pandoc, libreoffice-writer-nogui, poppler-utils, gnuplot-nox, fonts-crosextra-carlito, fonts-liberation2, fonts-dejavu-core, libc6 (>= 2.34), libcmark-gfm-extensions0.29.0.gfm.6 (>= 0.29.0.gfm.6), libcmark-gfm0.29.0.gfm.6 (>= 0.29.0.gfm.6), libgcc-s1 (>= 3.0), libgit2-1.5 (>= 1.5.0), libpugixml1v5 (>= 1.6), libstdc++6 (>= 12), libutf8proc2 (>= 1.3), libxlsxwriter4 (>= 1.1.4), libyaml-cpp0.7 (>= 0.7.0), libzip4 (>= 1.0), zlib1g (>= 1:1.1.4)"
  check "Package: legeplan" test "$(dpkg-deb -f "$deb" Package)" = legeplan
  dpkg-deb -c "$deb" | awk '{print $NF}' > "$work/deb-files"
  for f in ./usr/bin/legeplan ./usr/share/legeplan/templates/plan.md.mustache \
           ./usr/share/legeplan/templates/labels/nb.yaml ./usr/share/legeplan/templates/reference.docx \
           ./usr/share/man/man1/legeplan.1 ./usr/share/bash-completion/completions/legeplan \
           ./usr/share/locale/nb/LC_MESSAGES/legeplan.mo ./usr/share/locale/nn/LC_MESSAGES/legeplan.mo; do
    check "the .deb holds $f" grep -qx -- "$f" "$work/deb-files"
  done
  # Unpacked anywhere, the package's binary finds the data beside it as well.
  dpkg-deb -x "$deb" "$work/unpacked"
  check "the packaged legeplan validates Bergen" \
    bash -c "'$work/unpacked/usr/bin/legeplan' validate '$src/plans/bergen/plan.yaml' > /dev/null 2>&1"
else
  echo "skipped: the .deb (cpack, dpkg-deb or dpkg-shlibdeps missing)"
fi
exit $fail
