#!/usr/bin/env bash
# Every name our Mustache templates use ({{name}}, {{{name}}}, {{#name}}, {{^name}}, {{&name}},
# and {{> partial}}) is listed in docs/templates.md as `name`, so that a municipality writing its
# own templates finds each of them explained there.
# Usage: check_template_docs.sh SOURCE_DIR
set -euo pipefail
cd "$1"
doc=docs/templates.md
names=$(perl -0777 -ne '
  s/\{\{!.*?\}\}//gs;                                   # comments may mention tags
  while (/\{\{\{?\s*([#^&>]?)\s*([^}!\/\s][^}\s]*)\s*\}?\}\}/g) {
    print(($1 eq ">" ? "{{> $2}}" : $2), "\n") unless $2 eq ".";
  }' templates/*.mustache | sort -u)
[[ -n $names ]] || { echo "FAILED: found no names in templates/*.mustache"; exit 1; }
fail=0
while IFS= read -r name; do
  if ! grep -qF -- "\`$name\`" "$doc"; then
    echo "FAILED: templates use '$name', which $doc does not list"
    fail=1
  fi
done <<< "$names"
[[ $fail -eq 0 ]] && echo "ok: $doc lists all $(wc -l <<< "$names") names the templates use"
exit $fail
