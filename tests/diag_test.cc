#include <catch2/catch.hpp>

#include "plan/diag.h"

using namespace legeplan;

TEST_CASE("a diagnostic quotes its line and underlines the offending text") {
    SourceFiles files;
    int f = files.add("plan.yaml", "a: 1\n  kostnad: 5\n");
    Diagnostic d{DiagnosticKind::unknown_key, {f, 2, 3, 7}, "unknown key 'kostnad' in measure",
                 "did you mean 'costs'?"};
    CHECK(format_diagnostic(d, files) ==
          "plan.yaml:2:3: error[E010]: unknown key 'kostnad' in measure\n"
          "      kostnad: 5\n"
          "      ^~~~~~~\n"
          "    hint: did you mean 'costs'?\n");
}

TEST_CASE("the caret counts characters, and tabs and bad bytes print as one column") {
    SourceFiles files;
    int f = files.add("p.yaml", "\tø: \xFF\n");
    Diagnostic d{DiagnosticKind::list_ceiling_out_of_range, {f, 1, 4, 1}, "m", ""};
    CHECK(format_diagnostic(d, files) ==
          "p.yaml:1:4: warning[W001]: m\n"
          "     ø: \xEF\xBF\xBD\n"
          "       ^\n");
}

TEST_CASE("a very long line is cut around the column") {
    SourceFiles files;
    int f = files.add("p.yaml", std::string(1000, 'x') + "!" + std::string(1000, 'y'));
    Diagnostic d{DiagnosticKind::yaml_syntax, {f, 1, 1001, 1}, "m", ""};
    std::string out = format_diagnostic(d, files);
    std::string expected_line = "    …" + std::string(80, 'x') + "!" + std::string(79, 'y') + "…\n";
    CHECK(out.find(expected_line) != std::string::npos);
    CHECK(out.find("\n     " + std::string(80, ' ') + "^\n") != std::string::npos);
}

TEST_CASE("diagnostics are printed sorted by position with a count") {
    SourceFiles files;
    int f = files.add("p.yaml", "a\nb\nc\n");
    Diagnostics diags;
    diags.report(DiagnosticKind::file_too_large, {f, 3, 1, 1}, "third");
    diags.report(DiagnosticKind::list_ceiling_out_of_range, {f, 1, 1, 1}, "first");
    diags.report(DiagnosticKind::unreadable_file, {f, 2, 1, 1}, "second");
    std::string out = format_diagnostics(diags, files);
    CHECK(out ==
          "p.yaml:1:1: warning[W001]: first\n    a\n    ^\n"
          "p.yaml:2:1: error[E001]: second\n    b\n    ^\n"
          "p.yaml:3:1: error[E002]: third\n    c\n    ^\n"
          "2 errors, 1 warning\n");
}
