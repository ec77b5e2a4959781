#!/usr/bin/python3
"""The JSON Schema of the plan format, checked with an independent validator (Debian's
python3-jsonschema): the shipped file is what `legeplan schema` prints, every shipped plan and
the files it includes pass it and name it in their first line, and wrong plans fail it with the
errors an editor would show; each wrong plan also fails `legeplan validate`, and each edge case
both accept passes both.

Usage: check_schema.py LEGEPLAN SOURCE_DIR
"""
import glob
import os
import subprocess
import sys
import tempfile

import jsonschema
import yaml

legeplan, src = sys.argv[1], sys.argv[2]
failed = False


def check(what, ok, detail=""):
    global failed
    print(("ok: " if ok else "FAILED: ") + what + ("" if ok else "\n" + detail))
    failed = failed or not ok


class YamlLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it (YAML 1.2's core schema): a date stays the
    text it is written as, which is also how legeplan reads it."""


YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text):
    return yaml.load(text, Loader=YamlLoader)


shipped_path = os.path.join(src, "schema", "legeplan.schema.json")
printed = subprocess.run([legeplan, "schema"], capture_output=True, check=True).stdout
with open(shipped_path, "rb") as f:
    shipped = f.read()
check("schema/legeplan.schema.json is byte for byte what `legeplan schema` prints",
      printed == shipped, "regenerate it: legeplan schema > schema/legeplan.schema.json")

schema = yaml.safe_load(printed)  # JSON is YAML
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)


def errors(instance):
    return sorted(("/".join(str(p) for p in e.absolute_path), e.message)
                  for e in validator.iter_errors(instance))


# Every shipped plan and every file it includes: valid, with the modeline first.
shipped_files = []
for plan in sorted(glob.glob(os.path.join(src, "plans/*/plan.yaml")) +
                   glob.glob(os.path.join(src, "examples/*/plan.yaml"))):
    shipped_files.append(plan)
    with open(plan, encoding="utf-8") as f:
        data = load(f.read())
    for included in data.get("include") or []:
        shipped_files.append(os.path.join(os.path.dirname(plan), included))
check("there are plans and included files to check",
      len(shipped_files) >= 4, "\n".join(shipped_files))
for path in shipped_files:
    rel = os.path.relpath(path, src)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found = errors(load(text))
    check(rel + " passes the schema", not found, "\n".join(map(str, found)))
    first = text.split("\n", 1)[0]
    modeline = "# yaml-language-server: $schema=" + os.path.relpath(shipped_path, os.path.dirname(path))
    check(rel + " names the schema in its first line", first == modeline,
          "first line: " + first + "\nwanted:     " + modeline)

# The shipped region file passes the schema (as a region file: a map with `region`), names it
# first, and a wrong one fails it where `legeplan overview` fails too.
region_path = os.path.join(src, "examples/region/region.yaml")
with open(region_path, encoding="utf-8") as f:
    region_text = f.read()
found = errors(load(region_text))
check("examples/region/region.yaml passes the schema", not found, "\n".join(map(str, found)))
check("examples/region/region.yaml names the schema in its first line",
      region_text.split("\n", 1)[0] == "# yaml-language-server: $schema=../../schema/legeplan.schema.json")
wrong_region = load("region: R\nyear: 27\nplans: [a]\ntittel: T\n")
found = errors(wrong_region)
check("a region file with a wrong year and an unknown key fails the schema",
      len(found) == 2 and any(p == "year" for p, _ in found), "\n".join(map(str, found)))
check("a region file without plans fails the schema",
      any("'plans' is a required property" in m for _, m in errors(load("region: R\nyear: 2027\n"))))

HEADER = """legeplan: 1
plan:
  municipality: Testvik kommune
  title: Plan for legetjenesten
  period: {from: 2027, to: 2030}
  language: nb
  status: draft
  version: "0.1"
  date: 2027-01-15
chapters:
  - {id: kapittel, title: Kapittel}
units:
  - {id: helse, name: Helse}
rates:
  - {id: lege, name: Legeårsverk, amount: 1 200 000}
measures:
  - id: tiltak
    number: 1
    section: kapittel
    title: Tiltak
    text: Tekst.
"""


def validate_exit(text, extra_files=()):
    with tempfile.TemporaryDirectory() as folder:
        for name, content in extra_files:
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(content)
        plan = os.path.join(folder, "plan.yaml")
        with open(plan, "w", encoding="utf-8") as f:
            f.write(text)
        return subprocess.run([legeplan, "validate", plan], capture_output=True).returncode


NBSP = "\u00a0"
# Written as people write them, and read by legeplan as they mean them.
accepted = {
    "a quoted year, a grouped amount with no-break spaces, an FTE quoted":
        HEADER + "    costs:\n      - {type: yearly, fte: '1.5', rate: lege, from: '2028'}\n"
                 "      - {type: one_time, amount: '1" + NBSP + "300" + NBSP + "000'}\n",
    "one responsible unit without a list, ranges for count and kroner, a deadline year":
        HEADER + "    responsible: helse\n    deadline: 2029\n"
                 "    costs:\n      - {type: yearly, count: {low: 1, high: 3}, "
                 "unit_amount: {low: 0, high: 200 000}}\n",
    "an empty list, a number as text, an assertion on a count":
        HEADER + "services:\nkey_figures:\n  - {id: leger, title: Leger, value: 230}\n"
                 "assertions:\n  - {measures: 1}\n",
    "a goal with a decimal indicator, served by a measure naming it without a list":
        HEADER + "    goals: tilgang\ngoals:\n  - id: tilgang\n    title: Tilgang\n"
                 "    indicators:\n      - {id: ventetid, title: Ventetid, unit: dagar, "
                 "baseline: {year: 2025, value: 12.5}, target: {year: 2030, value: 7}}\n",
}
for what, text in accepted.items():
    found = errors(load(text))
    check("accepted by the schema: " + what, not found, "\n".join(map(str, found)))
    check("accepted by legeplan validate: " + what, validate_exit(text) == 0)

included = "units:\n  - {id: tillegg, name: Tillegg}\n"
check("an included file passes as one", errors(load(included)) == [])
check("an included file's plan passes legeplan validate",
      validate_exit(HEADER.replace("chapters:", "include: [tillegg.yaml]\nchapters:"),
                    [("tillegg.yaml", included)]) == 0)

# Each wrong plan: exactly the errors an editor shows, and legeplan rejects it too.
wrong = [
    ("an unknown (Norwegian) key on a measure",
     HEADER + "    kostnad: 200 000\n",
     [("measures/0", "Additional properties are not allowed ('kostnad' was unexpected)")]),
    ("a plan status that is not one of the words",
     HEADER.replace("status: draft", "status: utkast"),
     [("plan/status", "'utkast' is not one of ['draft', 'sent_to_lsu', 'lsu_statement', "
                      "'sent_to_council', 'adopted']")]),
    ("an id with a capital letter",
     HEADER.replace("{id: helse", "{id: Helse"),
     [("units/0/id", "'Helse' does not match '^[a-z][a-z0-9-]{0,63}$'")]),
    ("a date written the Norwegian way",
     HEADER.replace("date: 2027-01-15", "date: 15.01.2027"),
     [("plan/date", "'15.01.2027' does not match "
                    "'^(19[89][0-9]|20[0-9][0-9])-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'")]),
    ("an amount grouped with dots",
     HEADER.replace("amount: 1 200 000", "amount: 1.200.000"),
     [("rates/0/amount", "'1.200.000' is not valid under any of the given schemas")]),
    ("a measure without its text",
     HEADER.replace("    text: Tekst.\n", ""),
     [("measures/0", "{'id': 'tiltak', 'number': 1, 'section': 'kapittel', 'title': 'Tiltak'} "
                     "is not valid under any of the given schemas")]),
    ("a unit without a name, and a cost in kroner and FTE at once",
     HEADER.replace("{id: helse, name: Helse}", "{id: helse}") +
     "    costs:\n      - {type: yearly, amount: 1, fte: 2, rate: lege}\n",
     [("measures/0/costs/0", "{'type': 'yearly', 'amount': 1, 'fte': 2, 'rate': 'lege'} "
                             "is valid under each of {'required': ['fte']}, "
                             "{'required': ['amount']}"),
      ("units/0", "'name' is a required property")]),
    ("an FTE with a decimal comma, quoted",
     HEADER + "    costs:\n      - {type: yearly, fte: '0,5', rate: lege}\n",
     [("measures/0/costs/0/fte", "'0,5' is not valid under any of the given schemas")]),
    ("an indicator value with a decimal comma, quoted",
     HEADER + "    goals: tilgang\ngoals:\n  - id: tilgang\n    title: Tilgang\n"
              "    indicators:\n      - {id: ventetid, title: Ventetid, unit: dagar, "
              "baseline: {year: 2025, value: '12,5'}, target: {year: 2030, value: 7}}\n",
     [("goals/0/indicators/0/baseline/value", "'12,5' is not valid under any of the given schemas")]),
    ("an FTE cost without a rate",
     HEADER + "    costs:\n      - {type: yearly, fte: 2}\n",
     [("measures/0/costs/0", "'rate' is a dependency of 'fte'")]),
    ("a plan without its format version",
     HEADER.replace("legeplan: 1\n", ""),
     [("", "'legeplan' is a required property")]),
    ("a chapter's text both written out and from a file",
     HEADER.replace("{id: kapittel, title: Kapittel}",
                    "{id: kapittel, title: Kapittel, text: a, text_file: a.md}"),
     [("chapters/0", "{'id': 'kapittel', 'title': 'Kapittel', 'text': 'a', 'text_file': 'a.md'} "
                     "should not be valid under {'anyOf': [{'required': ['text', 'text_file']}]}")]),
]
for what, text, expected in wrong:
    found = errors(load(text))
    check("rejected by the schema: " + what, found == sorted(expected),
          "found:\n" + "\n".join(map(str, found)))
    check("rejected by legeplan validate: " + what, validate_exit(text) == 1)

check("an included file may not hold the plan file's own keys",
      errors(load(included + "legevakt: {backup_doctor: true}\n")) ==
      [("", "Additional properties are not allowed ('legevakt' was unexpected)")])
check("an included file may hold LSU's handling (lsu.yaml, which lsu import writes)",
      errors(load(included + "lsu: {statement: {date: 2027-02-10, text: Ja, chapters: [{chapter: a, comment: b}]}}\n")) == [])

sys.exit(1 if failed else 0)
