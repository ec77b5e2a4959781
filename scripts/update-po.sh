#!/usr/bin/env bash
# Brings the message catalogs up to date with the code: every tr("…"), tr_n("…", "…", n) and gettext_noop("…") in
# generator/ → po/legeplan.pot (xgettext), then merged into po/nb.po and po/nn.po (msgmerge), where
# new messages wait untranslated and changed ones are marked fuzzy. A message with a {placeholder}
# is marked python-brace-format, so that msgfmt --check (at build time) refuses a translation
# whose placeholders differ from the English. tests/check_messages.py fails while any message
# lacks a translation or the template is out of date.
# Usage: scripts/update-po.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pot=po/legeplan.pot
find generator -name '*.cc' -o -name '*.cpp' -o -name '*.h' | LC_ALL=C sort |
  xgettext --files-from=- --from-code=UTF-8 --language=C++ --keyword --keyword=tr --keyword=tr_n:1,2 --keyword=gettext_noop \
    --add-comments=TRANSLATORS: --sort-by-file --add-location=file --no-wrap --package-name=legeplan \
    --msgid-bugs-address="legeplan maintainers" --output=- |
  sed '/^"POT-Creation-Date:/d' |
  /usr/bin/python3 scripts/mark_brace_formats.py > "$pot.new"
mv "$pot.new" "$pot"
# Messages the code no longer has go (msgattrib --no-obsolete): git keeps their history.
for language in nb nn; do
  msgmerge --quiet --update --backup=none --no-wrap --sort-by-file --add-location=file "po/$language.po" "$pot"
  msgattrib --no-obsolete --no-wrap --sort-by-file --add-location=file --output-file="po/$language.po" "po/$language.po"
done
