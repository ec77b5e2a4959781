#include <catch2/catch.hpp>

#include <algorithm>

#include "plan/diag.h"

using namespace legeplan;

TEST_CASE("a diagnostic quotes its line and underlines the offending text") {
    SourceFiles files;
    int f = files.add("plan.yaml", "a: 1\n  kostnad: 5\n");
    Diagnostic d{DiagnosticKind::unknown_key, {f, 2, 3, 7}, "unknown key 'kostnad' in measure",
                 "did you mean 'costs'?", ""};
    CHECK(format_diagnostic(d, files) ==
          "plan.yaml:2:3: error[E010]: unknown key 'kostnad' in measure\n"
          "      kostnad: 5\n"
          "      ^~~~~~~\n"
          "    hint: did you mean 'costs'?\n");
}

TEST_CASE("the caret counts characters, and tabs and bad bytes print as one column") {
    SourceFiles files;
    int f = files.add("p.yaml", "\tø: \xFF\n");
    Diagnostic d{DiagnosticKind::list_ceiling_out_of_range, {f, 1, 4, 1}, "m", "", ""};
    CHECK(format_diagnostic(d, files) ==
          "p.yaml:1:4: warning[W001]: m\n"
          "     ø: \xEF\xBF\xBD\n"
          "       ^\n");
}

TEST_CASE("a very long line is cut around the column") {
    SourceFiles files;
    int f = files.add("p.yaml", std::string(1000, 'x') + "!" + std::string(1000, 'y'));
    Diagnostic d{DiagnosticKind::yaml_syntax, {f, 1, 1001, 1}, "m", "", ""};
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

TEST_CASE("past 200 diagnostics the first are printed, sorted, and the rest counted") {
    SourceFiles files;
    int f = files.add("p.yaml", "x\n");
    Diagnostics diags;
    for (int line = 250; line >= 1; --line) diags.report(DiagnosticKind::unknown_key, {f, line, 1, 1}, "e");
    for (int line = 251; line <= 253; ++line) {
        diags.report(DiagnosticKind::list_ceiling_out_of_range, {f, line, 1, 1}, "w");
    }
    std::string out = format_diagnostics(diags, files);
    CHECK(out.rfind("p.yaml:1:1: error[E010]: e\n    x\n    ^\n"
                    "p.yaml:2:1: error[E010]: e\n"
                    "p.yaml:3:1: error[E010]: e\n", 0) == 0);
    CHECK(out.ends_with("p.yaml:199:1: error[E010]: e\n"
                        "p.yaml:200:1: error[E010]: e\n"
                        "50 more errors and 3 more warnings not shown\n"
                        "250 errors, 3 warnings\n"));
    CHECK(std::count(out.begin(), out.end(), '\n') == 3 + 199 + 2);
}

TEST_CASE("the count of those not shown names only what is left out, in the singular for one") {
    SourceFiles files;
    Diagnostics diags;
    for (int i = 0; i < 200; ++i) diags.report(DiagnosticKind::unknown_key, {}, "e");
    diags.report(DiagnosticKind::list_ceiling_out_of_range, {}, "w");
    CHECK(format_diagnostics(diags, files).ends_with("\n1 more warning not shown\n200 errors, 1 warning\n"));
    diags.report(DiagnosticKind::unknown_key, {}, "e");
    // Unsorted positions keep their order: the first 200 reported are the 200 errors.
    CHECK(format_diagnostics(diags, files).ends_with(
        "\n1 more error and 1 more warning not shown\n201 errors, 1 warning\n"));
}

TEST_CASE("past the storage limit diagnostics are counted, and the first of each kind kept") {
    Diagnostics diags;
    for (std::size_t i = 0; i < Diagnostics::kStored + 5; ++i) diags.report(DiagnosticKind::unknown_key, {}, "e");
    diags.report(DiagnosticKind::yaml_syntax, {}, "first of its kind");
    diags.report(DiagnosticKind::yaml_syntax, {}, "second of its kind");
    diags.report(DiagnosticKind::placeholder, {}, "w");
    CHECK(diags.all().size() == Diagnostics::kStored + 2);
    CHECK(diags.all()[Diagnostics::kStored].message == "first of its kind");
    CHECK(diags.all().back().kind == DiagnosticKind::placeholder);
    CHECK(diags.error_count() == Diagnostics::kStored + 7);
    CHECK(diags.warning_count() == 1);
    CHECK(diags.has_errors());
}

TEST_CASE("a million diagnostics print as a few hundred lines") {
    SourceFiles files;
    int f = files.add("p.yaml", "x\n");
    Diagnostics diags;
    for (int i = 0; i < 1'000'000; ++i) diags.report(DiagnosticKind::unknown_key, {f, 1, 1, 1}, "unknown key");
    std::string out = format_diagnostics(diags, files);
    CHECK(out.size() < 20'000);
    CHECK(out.ends_with("\n999800 more errors not shown\n1000000 errors, 0 warnings\n"));
    CHECK(diags.all().size() == Diagnostics::kStored);
}
