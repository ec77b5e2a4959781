#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "plan/diagnostic_codes.h"

using namespace legeplan;

namespace {

// The rows of the table under "| code | meaning |" in docs/diagnostics.md, as "CODE | meaning".
std::vector<std::string> documented_rows() {
    std::ifstream in(LEGEPLAN_SOURCE_DIR "/docs/diagnostics.md");
    REQUIRE(in);
    std::vector<std::string> rows;
    std::string line;
    bool in_table = false;
    while (std::getline(in, line)) {
        if (line == "| code | meaning |") {
            in_table = true;
            std::getline(in, line);  // the |---|---| line
            continue;
        }
        if (!in_table) continue;
        if (line.rfind("| ", 0) != 0) break;
        // "| E010 | unknown key … |" → "E010 | unknown key …"
        REQUIRE(line.size() >= 4);
        REQUIRE(line.substr(line.size() - 2) == " |");
        rows.push_back(line.substr(2, line.size() - 4));
    }
    return rows;
}

std::vector<std::string> table_rows() {
    std::vector<std::string> rows;
    for (const DiagnosticInfo& d : all_diagnostics()) {
        rows.push_back(std::string(d.code) + " | " + std::string(d.meaning));
    }
    return rows;
}

}  // namespace

TEST_CASE("docs/diagnostics.md lists every diagnostic of the table, in order, with its meaning") {
    std::vector<std::string> documented = documented_rows();
    std::vector<std::string> defined = table_rows();
    CHECK(documented.size() == defined.size());
    for (std::size_t i = 0; i < std::max(documented.size(), defined.size()); ++i) {
        INFO("row " << i + 1 << " of the table");
        std::string docs = i < documented.size() ? documented[i] : "(no row in the docs)";
        std::string code = i < defined.size() ? defined[i] : "(no row in diagnostic_codes.h)";
        CHECK(docs == code);
    }
}

TEST_CASE("every diagnostic has a code of its own that says its severity") {
    std::set<std::string_view> seen;
    std::size_t index = 0;
    for (const DiagnosticInfo& d : all_diagnostics()) {
        INFO(d.code);
        CHECK(seen.insert(d.code).second);
        // diagnostic_info looks a kind up by its place in the table.
        CHECK(static_cast<std::size_t>(d.kind) == index++);
        CHECK(&diagnostic_info(d.kind) == &d);
        REQUIRE(d.code.size() == 4);
        CHECK(d.code.find_first_not_of("0123456789", 1) == std::string_view::npos);
        CHECK(d.code[0] == (d.severity == Severity::error ? 'E' : 'W'));
        CHECK_FALSE(d.meaning.empty());
    }
}
