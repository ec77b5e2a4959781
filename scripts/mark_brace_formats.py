#!/usr/bin/env python3
"""Reads a .pot on stdin and writes it with "#, python-brace-format" on every message that holds
a {placeholder} (xgettext knows the C++ format flags only): msgfmt --check then compares the
placeholders of each translation with the English. Used by scripts/update-po.sh."""
import re
import sys

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
entry = []


def flush():
    text = "".join(entry)
    msgid = re.search(r'^msgid (".*?)(?=^msgid_plural|^msgstr)', text, re.M | re.S)
    if msgid and PLACEHOLDER.search(msgid.group(1)) and "python-brace-format" not in text:
        lines = text.splitlines(keepends=True)
        at = next(i for i, line in enumerate(lines) if line.startswith("msgid"))
        flags = next((i for i, line in enumerate(lines) if line.startswith("#,")), None)
        if flags is None:
            lines.insert(at, "#, python-brace-format\n")
        else:
            lines[flags] = lines[flags].rstrip("\n") + ", python-brace-format\n"
        text = "".join(lines)
    sys.stdout.write(text)
    entry.clear()


for line in sys.stdin:
    if line.strip() == "":
        entry.append(line)
        flush()
    else:
        entry.append(line)
flush()
