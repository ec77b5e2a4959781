#!/usr/bin/env python3
"""The README's layout table cannot drift from generator/: every folder of generator/ has a row,
every row's files are the folder's modules (a module is NAME.h and/or NAME.cc), each named once,
and each folder has one main header that opens by naming its stage, family or folder.

Usage: check_layout_docs.py SOURCE_DIR"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
generator = root / "generator"
failures = []

# The folders and their modules, as the files are.
modules = {}
for path in generator.rglob("*"):
    if path.is_file() and path.suffix in (".h", ".cc") and path.parent != generator:
        folder = path.parent.relative_to(generator).as_posix() + "/"
        modules.setdefault(folder, set()).add(path.stem)

# The rows of the table under "How the code is laid out": | `folder/` | job | files |
readme = (root / "README.md").read_text(encoding="utf-8")
section = readme.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]
rows = {}
for line in section.splitlines():
    match = re.match(r"^\| `([a-z_/]+/)` \| [^|]+ \| (.+) \|$", line)
    if not match:
        continue
    folder, files = match.groups()
    # The names lead each entry; what stands in brackets describes them.
    names = re.findall(r"`([^`]+)`", re.sub(r"\([^()]*\)", "", files))
    rows[folder] = names
    if len(names) != len(set(names)):
        failures.append(f"README names a file of {folder} twice: {sorted(n for n in names if names.count(n) > 1)}")

for folder in sorted(set(modules) | set(rows)):
    if folder not in rows:
        failures.append(f"README's layout table has no row for generator/{folder}")
        continue
    if folder not in modules:
        failures.append(f"README's layout table has a row for generator/{folder}, which holds no module")
        continue
    named = set(rows[folder])
    for missing in sorted(modules[folder] - named):
        failures.append(f"README's row for {folder} leaves out {missing}")
    for stale in sorted(named - modules[folder]):
        failures.append(f"README's row for {folder} names {stale}, which is not there")
    # The main header: the one whose opening line names the folder as a stage, family or folder.
    openers = [h.name for h in (generator / folder).glob("*.h")
               if re.match(rf"// (Stage|Family|Folder) {re.escape(folder)}[ ,:]", h.read_text(encoding="utf-8"))]
    if len(openers) != 1:
        failures.append(f"generator/{folder} needs one main header opening with '// Stage|Family|Folder {folder}', has {openers}")

for failure in failures:
    print("FAILED:", failure)
if not failures:
    print(f"ok: README's layout table names the {sum(map(len, modules.values()))} modules of "
          f"{len(modules)} folders, each folder with its main header")
sys.exit(1 if failures else 0)
