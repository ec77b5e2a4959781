#include <catch2/catch.hpp>

#include "render/diagnostics_json.h"
#include "render/diagnostics_sarif.h"
#include "test_util.h"

using namespace legeplan;

namespace {

// One warning (a key figure without a year) and one error (an unknown key with a hint) after
// an "Å", so that the column counts code points, not bytes.
const std::string kPlan = test::minimal_plan() +
                          "key_figures:\n"
                          "  - {id: leger, title: Leger, value: 230}\n"
                          "measures:\n"
                          "  - {id: a, number: 1, section: s1, title: Årsverk, text: x, kostnad: 1}\n";

// text with every occurrence of from replaced by to.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

}  // namespace

TEST_CASE("diagnostics as JSON: each plan with its counts, each diagnostic with its place and hint") {
    test::TempDir dir;
    auto checked = test::check_text(dir, kPlan);
    std::vector<PlanDiagnostics> plans{{"plan.yaml", &checked.files, &checked.diags}};
    CHECK(replaced(diagnostics_json(plans), dir.path(), "DIR") == R"({
  "format": "legeplan-diagnostics",
  "version": 1,
  "plans": [
    {
      "plan": "plan.yaml",
      "errors": 1,
      "warnings": 1,
      "diagnostics": [
        {
          "code": "W010",
          "severity": "warning",
          "file": "DIR/plan.yaml",
          "line": 20,
          "column": 5,
          "length": 1,
          "message": "key figure 'leger' does not say which year it holds for",
          "hint": "add the year (or the date) its source gives, e.g. date: 2027"
        },
        {
          "code": "E010",
          "severity": "error",
          "file": "DIR/plan.yaml",
          "line": 22,
          "column": 62,
          "length": 7,
          "message": "unknown key 'kostnad' in measure",
          "hint": "did you mean 'costs'?"
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("diagnostics as SARIF 2.1.0: a rule per kind, results with relative paths and regions") {
    test::TempDir dir;
    auto checked = test::check_text(dir, kPlan);
    std::vector<PlanDiagnostics> plans{{"plan.yaml", &checked.files, &checked.diags}};
    std::string sarif = replaced(diagnostics_sarif(plans, "9.9.9", dir.path()), dir.path(), "/DIR");

    // The rules: one per row of diagnostic_codes.h, in its order; the first and last in full.
    auto rules_begin = sarif.find("\"rules\": [\n");
    auto rules_end = sarif.find("\n          ]\n", rules_begin);
    REQUIRE(rules_end != std::string::npos);
    std::string rules = sarif.substr(rules_begin, rules_end - rules_begin);
    CHECK(rules.substr(0, rules.find("},\n            {") + 2) == R"("rules": [
            {
              "id": "E001",
              "name": "unreadable_file",
              "shortDescription": {
                "text": "a file (the plan, an included file, a text file or a label file) cannot be read"
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },)");
    CHECK(rules.substr(rules.rfind("            {\n")) == R"json(            {
              "id": "W020",
              "name": "budget_coding_incomplete",
              "shortDescription": {
                "text": "costs the budget file lists without an ansvar (their unit's `ansvar`), a KOSTRA function or a KOSTRA art (`build`, when it writes the budget file)"
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            })json");
    std::size_t rule_count = 0;
    for (auto at = rules.find("\"id\": "); at != std::string::npos; at = rules.find("\"id\": ", at + 1)) ++rule_count;
    CHECK(rule_count == all_diagnostics().size());

    CHECK(sarif.substr(0, rules_begin) + "RULES" + sarif.substr(rules_end) == R"({
  "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "legeplan",
          "version": "9.9.9",
          RULES
          ]
        }
      },
      "originalUriBaseIds": {
        "%SRCROOT%": {
          "uri": "file:///DIR/"
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "W010",
          "ruleIndex": 64,
          "level": "warning",
          "message": {
            "text": "key figure 'leger' does not say which year it holds for\nhint: add the year (or the date) its source gives, e.g. date: 2027"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "plan.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 20,
                  "startColumn": 5,
                  "endColumn": 6,
                  "snippet": {
                    "text": "{"
                  }
                },
                "contextRegion": {
                  "startLine": 20,
                  "snippet": {
                    "text": "  - {id: leger, title: Leger, value: 230}"
                  }
                }
              }
            }
          ]
        },
        {
          "ruleId": "E010",
          "ruleIndex": 8,
          "level": "error",
          "message": {
            "text": "unknown key 'kostnad' in measure\nhint: did you mean 'costs'?"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "plan.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 22,
                  "startColumn": 62,
                  "endColumn": 69,
                  "snippet": {
                    "text": "kostnad"
                  }
                },
                "contextRegion": {
                  "startLine": 22,
                  "snippet": {
                    "text": "  - {id: a, number: 1, section: s1, title: Årsverk, text: x, kostnad: 1}"
                  }
                }
              }
            }
          ]
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("diagnostics as SARIF: paths percent-encoded, a file outside the folder as its own file URI, no place no location") {
    CHECK(uri_path("Ål kommune/plan #2.yaml") == "%C3%85l%20kommune/plan%20%232.yaml");
    CHECK(uri_path("a-b_c.d~/e") == "a-b_c.d~/e");

    SourceFiles files;
    int outside = files.add("/srv/other/plan.yaml", "legeplan: 1\n");
    int inside = files.add("/srv/plans/./sub/../Ål/plan.yaml", "legeplan: 1\n");
    Diagnostics diags;
    diags.report(DiagnosticKind::unreadable_file, {}, "cannot read 'x.yaml'");
    diags.report(DiagnosticKind::format_version, {outside, 1, 1, 8}, "wrong");
    diags.report(DiagnosticKind::format_version, {inside, 1, 1, 8}, "wrong");
    std::string sarif = diagnostics_sarif({{"plan.yaml", &files, &diags}}, "1", "/srv/plans");
    CHECK(sarif.find(R"("uri": "file:///srv/other/plan.yaml")") != std::string::npos);
    CHECK(sarif.find(R"("uri": "%C3%85l/plan.yaml",
                  "uriBaseId": "%SRCROOT%")") != std::string::npos);
    CHECK(sarif.find(R"("ruleId": "E001",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "cannot read 'x.yaml'"
          }
        },)") != std::string::npos);
}
