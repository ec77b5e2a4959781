#!/usr/bin/env python3
"""The messages are translated, all of them, and the catalogs say what the code says.

1. scripts/update-po.sh, run on a copy of generator/, scripts/ and po/, changes nothing: the
   template po/legeplan.pot lists every tr(), tr_n() and gettext_noop() message in the code, and
   nb.po and nn.po are merged with it.
2. In po/nb.po and po/nn.po every message has a translation (each plural form), none is fuzzy or
   obsolete, and each keeps the English message's {placeholders}, no more and no fewer.

Usage: check_messages.py SOURCE_DIR
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib  # Debian's python3-polib: an independent reader of .po files

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
source = Path(sys.argv[1])
failures = []

with tempfile.TemporaryDirectory() as work:
    copy = Path(work)
    for folder in ("generator", "scripts", "po"):
        shutil.copytree(source / folder, copy / folder)
    subprocess.run([str(copy / "scripts" / "update-po.sh")], check=True)
    for name in ("legeplan.pot", "nb.po", "nn.po"):
        if (copy / "po" / name).read_bytes() != (source / "po" / name).read_bytes():
            failures.append(f"po/{name} is not up to date with the code: run scripts/update-po.sh")

messages = len(polib.pofile(str(source / "po" / "legeplan.pot")))
for language in ("nb", "nn"):
    catalog = polib.pofile(str(source / "po" / f"{language}.po"))
    for entry in catalog:
        where = f"po/{language}.po: {entry.msgid!r}"
        if entry.obsolete:
            failures.append(f"{where}: obsolete (remove it)")
            continue
        if "fuzzy" in entry.flags:
            failures.append(f"{where}: fuzzy (check the translation and remove the mark)")
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if not translations or any(not t for t in translations):
            failures.append(f"{where}: not translated")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or ""))))
        for translation in translations:
            found = sorted(set(PLACEHOLDER.findall(translation)))
            # A singular form may leave out {count} ("én feil"), nothing else.
            if found != wanted and not (entry.msgid_plural and sorted(set(found) | {"{count}"}) == wanted):
                failures.append(f"{where}: placeholders {found} where the English has {wanted}")
    print(f"po/{language}.po: {len(catalog)} messages of {messages}")

for failure in failures[:100]:
    print("FAILED:", failure)
if len(failures) > 100:
    print(f"... and {len(failures) - 100} more")
sys.exit(1 if failures else 0)
