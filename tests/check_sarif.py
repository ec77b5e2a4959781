#!/usr/bin/python3
"""`legeplan validate --diagnostics sarif|json`, read by an independent validator (Debian's
python3-jsonschema): the SARIF against the SARIF 2.1.0 JSON Schema as Microsoft's SARIF SDK ships
it (sarif-2.1.0.json in the npm package @microsoft/sarif-multitool-linux, at the version
tests/sarif/package-lock.json pins, installed into NODE_DIR in the build folder the first time;
the multitool itself is never run), our own JSON against schema/legeplan-diagnostics.schema.json.
Plans with several errors, a folder of two plans (one document), a valid plan, a plan that
cannot be read, paths that need percent-encoding and a file outside the folder legeplan runs in;
the exit codes stay those of text output, and standard output holds the one document alone.
A SARIF log broken on purpose must fail the schema, so the check is seen to bite.

Usage: check_sarif.py LEGEPLAN SOURCE_DIR NODE_DIR
"""
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema

legeplan, src, node_dir = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
failed = False


def check(what, ok, detail=""):
    global failed
    print(("ok: " if ok else "FAILED: ") + what + ("" if ok or not detail else "\n" + str(detail)))
    failed = failed or not ok


# --- the official schema, from the pinned npm package ------------------------------------------
package = os.path.join(node_dir, "node_modules", "@microsoft", "sarif-multitool-linux")
lock = os.path.join(src, "tests", "sarif", "package-lock.json")
os.makedirs(node_dir, exist_ok=True)
if not shutil.which("npm"):
    print("FAILED: npm is needed; install it with scripts/install-deps.sh test")
    sys.exit(1)
installed_lock = os.path.join(node_dir, "package-lock.json")
if not (os.path.exists(installed_lock) and filecmp.cmp(lock, installed_lock, shallow=False)
        and os.path.isdir(package)):
    for name in ("package.json", "package-lock.json"):
        shutil.copy(os.path.join(src, "tests", "sarif", name), node_dir)
    # --ignore-scripts: the package's one script makes its binary executable, which we never run.
    if subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
                      cwd=node_dir).returncode != 0:
        print("FAILED: npm ci of @microsoft/sarif-multitool-linux")
        sys.exit(1)
with open(os.path.join(package, "sarif-2.1.0.json"), encoding="utf-8") as f:
    sarif_schema = json.load(f)
check("the schema is SARIF 2.1.0's", sarif_schema.get("title", "").startswith(
    "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"), sarif_schema.get("title"))
SarifValidator = jsonschema.validators.validator_for(sarif_schema)
SarifValidator.check_schema(sarif_schema)
sarif_validator = SarifValidator(sarif_schema, format_checker=SarifValidator.FORMAT_CHECKER
                                 if hasattr(SarifValidator, "FORMAT_CHECKER") else jsonschema.FormatChecker())

with open(os.path.join(src, "schema", "legeplan-diagnostics.schema.json"), encoding="utf-8") as f:
    own_schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(own_schema)
own_validator = jsonschema.Draft202012Validator(own_schema)


def schema_errors(validator, document):
    return ["/".join(map(str, e.absolute_path)) + ": " + e.message for e in validator.iter_errors(document)]


def run(*args, cwd):
    done = subprocess.run([legeplan, *args], cwd=cwd, capture_output=True)
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


def sarif(*args, cwd, code):
    """Runs validate --diagnostics sarif: the exit code and the log, which must pass the schema."""
    got, out, err = run("validate", "--diagnostics", "sarif", *args, cwd=cwd)
    what = "validate --diagnostics sarif " + " ".join(args)
    check(what + ": exit code " + str(code), got == code, f"exit {got}\n{err}")
    check(what + ": nothing on standard error", err == "", err)
    log = json.loads(out)  # the whole of standard output is one document
    check(what + ": passes the SARIF 2.1.0 schema", not schema_errors(sarif_validator, log),
          "\n".join(schema_errors(sarif_validator, log)[:20]))
    return log


HEADER = """legeplan: 1
plan:
  municipality: Testvik kommune
  title: Plan for legetjenesten
  period: {from: 2027, to: 2030}
  language: nb
  status: draft
  version: "0.1"
  date: 2027-01-15
units:
  - {id: helse, name: Helse}
chapters:
  - {id: kapittel, title: Kapittel}
"""
# Several errors (an unknown key with a hint, a wrong type, an unknown reference) and a warning,
# with a non-ASCII character before one of them so that columns count code points.
BROKEN = HEADER + """key_figures:
  - {id: leger, title: Leger, value: 230}
measures:
  - id: tiltak
    number: 1
    section: kapittel
    title: "Årsverk"
    text: Tekst.
    responsible: [ukjent]
    kostnad: 200 000
  - {id: to, number: 2, section: kapittel, title: [liste], text: x}
"""
VALID = HEADER + """measures:
  - {id: tiltak, number: 1, section: kapittel, title: Tiltak, text: Tekst.}
"""

version = subprocess.run([legeplan, "--version"], capture_output=True, text=True).stdout.split()[1]

with tempfile.TemporaryDirectory() as work:
    def write(path, text):
        full = os.path.join(work, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
        return full

    # --- one plan with several errors, in a folder whose name needs percent-encoding ------------
    write("Ål kommune/plan.yaml", BROKEN)
    log = sarif("Ål kommune/plan.yaml", cwd=work, code=1)
    run_ = log["runs"][0]
    check("one run", len(log["runs"]) == 1)
    check("version 2.1.0 and the official schema URI", log["version"] == "2.1.0" and log["$schema"] ==
          "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    driver = run_["tool"]["driver"]
    check("the driver is legeplan at the version --version prints",
          driver["name"] == "legeplan" and driver["version"] == version, driver.get("version"))
    check("columns count code points", run_.get("columnKind") == "unicodeCodePoints")
    check("%SRCROOT% is the folder legeplan ran in, as a file URI ending in /",
          run_["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file://" + work + "/"}}, run_["originalUriBaseIds"])
    rules = driver["rules"]
    check("a rule per kind of diagnostic, E001 first", len(rules) > 50 and rules[0]["id"] == "E001", len(rules))
    check("each rule has a name, a description and a level",
          all(r["name"] and r["shortDescription"]["text"] and
              r["defaultConfiguration"]["level"] == ("error" if r["id"][0] == "E" else "warning") for r in rules))
    results = run_["results"]
    codes = [r["ruleId"] for r in results]
    check("every error and the warning, in the order of their places",
          codes == ["W010", "E021", "E010", "E011"], codes)
    check("each result's ruleIndex names its rule",
          all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results))
    check("levels follow the codes", [r["level"] for r in results] == ["warning", "error", "error", "error"])
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    bases = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] for r in results}
    check("the path is relative to the folder legeplan ran in, percent-encoded",
          uris == {"%C3%85l%20kommune/plan.yaml"} and bases == {"%SRCROOT%"}, uris)
    unknown_key = results[2]
    location = unknown_key["locations"][0]["physicalLocation"]
    check("a region: line, column, the column after the underlined text, and that text",
          location["region"] == {"startLine": 23, "startColumn": 5, "endColumn": 12,
                                 "snippet": {"text": "kostnad"}}, location["region"])
    check("the whole line as the context region",
          location["contextRegion"] == {"startLine": 23, "snippet": {"text": "    kostnad: 200 000"}},
          location.get("contextRegion"))
    check("the hint follows the message on a line of its own",
          "\nhint: " in unknown_key["message"]["text"], unknown_key["message"]["text"])
    text_code, _, text_err = run("validate", "Ål kommune/plan.yaml", cwd=work)
    check("the same errors in text: the same lines and columns",
          "Ål kommune/plan.yaml:23:5: error[E010]" in text_err and text_code == 1, text_err)

    # An absolute path inside the folder is still written relative to it.
    log = sarif(os.path.join(work, "Ål kommune/plan.yaml"), cwd=work, code=1)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    check("an absolute path inside the folder: relative too", uris == {"%C3%85l%20kommune/plan.yaml"}, uris)
    # A plan outside the folder legeplan runs in: its own file URI, without a base.
    os.makedirs(os.path.join(work, "elsewhere"))
    log = sarif("../Ål kommune/plan.yaml", cwd=os.path.join(work, "elsewhere"), code=1)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    check("a file outside the folder: a file URI of its own, no uriBaseId",
          location == {"uri": "file://" + work.replace(" ", "%20") + "/%C3%85l%20kommune/plan.yaml"}, location)

    # --- a folder of two plans: one document -----------------------------------------------------
    write("region/a/plan.yaml", BROKEN)
    write("region/b/plan.yaml", VALID)
    log = sarif("region", cwd=work, code=1)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    check("a folder of two plans: one run with the results of both, in order",
          uris == ["region/a/plan.yaml"] * 4, uris)
    got, out, err = run("validate", "--diagnostics", "json", "region", cwd=work)
    report = json.loads(out)
    check("json: exit code 1, nothing on standard error", got == 1 and err == "", err)
    check("json: passes schema/legeplan-diagnostics.schema.json", not schema_errors(own_validator, report),
          "\n".join(schema_errors(own_validator, report)))
    check("json: both plans, their counts", [(p["plan"], p["errors"], p["warnings"]) for p in report["plans"]] ==
          [("region/a/plan.yaml", 3, 1), ("region/b/plan.yaml", 0, 0)], report["plans"])
    first = report["plans"][0]["diagnostics"][2]
    check("json: a diagnostic with its place and hint",
          {k: first[k] for k in ("code", "severity", "file", "line", "column", "length")} ==
          {"code": "E010", "severity": "error", "file": "region/a/plan.yaml", "line": 23, "column": 5,
           "length": 7} and first["hint"], first)

    # --- a valid plan, and the text output untouched ---------------------------------------------
    log = sarif("region/b/plan.yaml", cwd=work, code=0)
    check("a valid plan: no results", log["runs"][0]["results"] == [])
    got, out, err = run("validate", "--diagnostics", "json", "region/b/plan.yaml", cwd=work)
    check("json: a valid plan, exit 0 and no summary", got == 0 and json.loads(out)["plans"][0]["diagnostics"] == [])
    check("--diagnostics text is the default", run("validate", "--diagnostics", "text", "region", cwd=work) ==
          run("validate", "region", cwd=work))

    # --- a plan that cannot be read: a result without a place, exit 2 ----------------------------
    log = sarif("nosuch.yaml", cwd=work, code=2)
    results = log["runs"][0]["results"]
    check("an unreadable plan: E001 without a location",
          [r["ruleId"] for r in results] == ["E001"] and "locations" not in results[0], results)
    # Usage errors are as before: standard error, exit 2, nothing on standard output.
    got, out, err = run("validate", "--diagnostics", "xml", "region", cwd=work)
    check("--diagnostics xml is bad usage", got == 2 and out == "" and "--diagnostics" in err, err)
    got, out, err = run("validate", "--diagnostics", "sarif", "elsewhere", cwd=work)
    check("a folder without plans is bad usage, on standard error", got == 2 and out == "" and err != "", err)

    # --- the check bites ---------------------------------------------------------------------------
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    check("a SARIF log with a level SARIF lacks fails the schema", schema_errors(sarif_validator, broken) != [])
    broken = json.loads(json.dumps(report))
    broken["plans"][0]["diagnostics"][0]["severity"] = "fatal"
    check("our JSON with a severity we lack fails our schema", schema_errors(own_validator, broken) != [])

sys.exit(1 if failed else 0)
