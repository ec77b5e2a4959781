#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "rules/rule_book.h"

using namespace legeplan;

namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("every rule has an id, both statements, sources in order and a read date") {
    std::set<std::string_view> ids;
    const std::regex id_form("[a-z][a-z0-9-]*");
    const std::regex date_form("20[0-9]{2}-[01][0-9]-[0-3][0-9]");
    for (const Rule& rule : rule_book()) {
        INFO(rule.id);
        CHECK(std::regex_match(std::string(rule.id), id_form));
        CHECK(ids.insert(rule.id).second);
        CHECK(!rule.nb.empty());
        CHECK(!rule.nn.empty());
        CHECK(rule.nb != rule.nn);
        CHECK(rule.nb.back() == '.');
        CHECK(rule.nn.back() == '.');
        REQUIRE(!rule.sources.empty());
        int previous_from = 0;
        for (const RuleSource& s : rule.sources) {
            INFO(s.citation);
            CHECK(s.from_year >= 1980);
            CHECK((s.to_year == 0 || s.to_year >= s.from_year));
            CHECK(s.from_year >= previous_from);
            previous_from = s.from_year;
            CHECK(std::regex_match(std::string(s.read), date_form));
        }
        // Guidance never gives more than a warning (docs/rules.md).
        if (rule.kind == RuleKind::guidance) CHECK(diagnostic_info(rule.diagnostic).severity == Severity::warning);
    }
    CHECK(ids.size() == 11);
}

TEST_CASE("a rule is in force in a period when one of its sources is") {
    const Rule* ceiling = find_rule("gp-list-ceiling");
    REQUIRE(ceiling);
    CHECK(in_force(*ceiling, 2017, 2020));   // the 2012 regulation's § 34
    CHECK(in_force(*ceiling, 2027, 2030));   // the 2025 regulation's § 10
    CHECK(!in_force(*ceiling, 2005, 2012));  // before the 2012 regulation
    const Rule* competence = find_rule("legevakt-doctor-competence");
    REQUIRE(competence);
    CHECK(!in_force(*competence, 2014, 2019));
    CHECK(in_force(*competence, 2019, 2020));
    CHECK(find_rule("no-such-rule") == nullptr);
}

TEST_CASE("docs/rules.md names every rule and its diagnostic") {
    std::string doc = read_text(std::string(LEGEPLAN_SOURCE_DIR) + "/docs/rules.md");
    REQUIRE(!doc.empty());
    for (const Rule& rule : rule_book()) {
        INFO(rule.id);
        std::string row = "| `" + std::string(rule.id) + "` | " + std::string(diagnostic_info(rule.diagnostic).code) + " |";
        CHECK(doc.find(row) != std::string::npos);
    }
}
