#include <catch2/catch.hpp>

#include <sstream>

#include "commands/init.h"
#include "plan/json_schema.h"
#include "render/template_dirs.h"
#include "render/starter_plan.h"
#include "test_util.h"

using namespace legeplan;

namespace {

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("the period option takes two years FROM-TO in order, at most 20, in 1980–2099") {
    Period p;
    std::string error;
    CHECK(parse_period("2027-2030", p, error));
    CHECK((p.from == 2027 && p.to == 2030));
    CHECK(parse_period("2031–2031", p, error));
    CHECK((p.from == 2031 && p.to == 2031));
    CHECK_FALSE(parse_period("2027", p, error));
    CHECK(error == "--period must be two years FROM-TO, e.g. 2027-2030; found '2027'");
    CHECK_FALSE(parse_period("2030-2027", p, error));
    CHECK(error == "--period ends (2027) before it starts (2030)");
    CHECK_FALSE(parse_period("2090-2100", p, error));
    CHECK(error == "--period must lie in 1980–2099; found 2090–2100");
    CHECK_FALSE(parse_period("2027-2047", p, error));
    CHECK(error == "--period is 21 years; a plan covers at most 20");
}

TEST_CASE("the default period is the four-year economic plan from next year") {
    Period p = default_period(2026);
    CHECK((p.from == 2027 && p.to == 2030));
}

TEST_CASE("a name goes into a double-quoted YAML scalar with backslash and quote escaped") {
    CHECK(yaml_double_quoted_content("Ål") == "Ål");
    CHECK(yaml_double_quoted_content(R"(A: "B" \ C)") == R"(A: \"B\" \\ C)");
}

TEST_CASE("odd municipality names load back exactly, in both languages") {
    const std::vector<std::string> names = {
        "Ål", "Nord-Fron", "Aurskog-Høland", "Kommune: \"Sitat\" # ikke kommentar", "Bak\\strek 'enkle'",
        "{{municipality}}", "- strek først", "&anker *alias ! % @ `", "  mellomrom  ", "Guovdageaidnu – Kautokeino"};
    for (Language language : {Language::nb, Language::nn}) {
        for (const std::string& name : names) {
            INFO(name);
            test::TempDir dir;
            std::string text, error;
            REQUIRE(render_starter_plan({language, name, {2027, 2030, {}}, "2026-05-04"}, TemplateDirs{}, text, error));
            auto checked = test::check_text(dir, text);
            INFO(test::headlines(checked));
            REQUIRE_FALSE(checked.diags.has_errors());
            CHECK(checked.plan.meta.municipality == name);
            CHECK(checked.plan.meta.title ==
                  (language == Language::nb ? "Plan for legetjenesten i " : "Plan for legetenesta i ") + name +
                      " 2027–2030");
            CHECK(checked.plan.meta.language == language);
            CHECK((checked.plan.meta.period.from == 2027 && checked.plan.meta.period.to == 2030));
            CHECK(checked.plan.meta.date.year == 2026);
        }
    }
}

TEST_CASE("the example costs fall in the period: yearly from its second year, one-time in its first") {
    for (Period period : {Period{2027, 2030, {}}, Period{2031, 2031, {}}}) {
        test::TempDir dir;
        std::string text, error;
        REQUIRE(render_starter_plan({Language::nb, "Ål", period, "2026-05-04"}, TemplateDirs{}, text, error));
        auto checked = test::check_text(dir, text);
        INFO(test::headlines(checked));
        REQUIRE_FALSE(checked.diags.has_errors());
        // Measure 1 is the one-time one: its chapter (legevakt) comes first in the document.
        const Cost& one_time = checked.plan.measures.at(0).costs.at(0);
        const Cost& yearly = checked.plan.measures.at(1).costs.at(0);
        CHECK(yearly.from == std::min(period.from + 1, period.to));
        CHECK(one_time.from == period.from);
        CHECK(checked.figures.overall.recurring == 260'000);
        CHECK(checked.figures.overall.one_time == 150'000);
    }
}

TEST_CASE("init writes plan.yaml into a new folder, and never over an existing one") {
    test::TempDir dir;
    std::string target = dir.path() + "/ny/mappe";
    std::ostringstream out, err;
    REQUIRE(init_plan({target, Language::nn, "Ål", "2027-2030"}, out, err) == Outcome::ok);
    CHECK(err.str().empty());
    std::string plan = target + "/plan.yaml";
    CHECK(out.str().rfind("wrote " + plan + ": a starter plan for Ål, 2027–2030, in nynorsk, with ", 0) == 0);
    std::string written = read_all(plan);
    CHECK(written.rfind("# yaml-language-server: $schema=legeplan.schema.json\n", 0) == 0);
    // The schema it names, beside the plan: the one `legeplan schema` prints.
    CHECK(read_all(target + "/legeplan.schema.json") == plan_json_schema_text());

    std::ostringstream out2, err2;
    CHECK(init_plan({target, Language::nb, "Annen", "2028-2031"}, out2, err2) == Outcome::bad_usage);
    CHECK(out2.str().empty());
    CHECK(err2.str() == "legeplan: error: " + plan +
                            " already exists; init never writes over a plan (choose another folder, or "
                            "move the plan away first)\n");
    CHECK(read_all(plan) == written);
    // No temporary file is left beside it.
    CHECK(std::distance(std::filesystem::directory_iterator(target), std::filesystem::directory_iterator()) == 2);
}

TEST_CASE("init refuses a name with a line break and a folder that is a file") {
    test::TempDir dir;
    std::ostringstream out, err;
    CHECK(init_plan({dir.path(), Language::nb, "Ål\nkommune", ""}, out, err) == Outcome::bad_usage);
    CHECK(err.str() == "legeplan: error: the municipality's name holds a line break or a control character\n");
    std::ostringstream err2;
    CHECK(init_plan({dir.path(), Language::nb, "  ", ""}, out, err2) == Outcome::bad_usage);
    CHECK(err2.str() == "legeplan: error: the municipality's name is empty\n");
    std::string file = dir.write("fil", "x");
    std::ostringstream err3;
    CHECK(init_plan({file, Language::nb, "Ål", ""}, out, err3) == Outcome::bad_usage);
    CHECK(err3.str() == "legeplan: error: " + file + " is not a folder\n");
    CHECK(out.str().empty());
}

TEST_CASE("a name typed decomposed is written composed (NFC), as every plan text is read") {
    test::TempDir dir;
    std::ostringstream out, err;
    REQUIRE(init_plan({dir.path(), Language::nb, "A\u030Al", "2027-2030"}, out, err) == Outcome::ok);
    auto checked = check_plan(dir.path() + "/plan.yaml");
    CHECK(checked.plan.meta.municipality == "\u00C5l");
    CHECK(read_all(dir.path() + "/plan.yaml").find("municipality: \"\u00C5l\"\n") != std::string::npos);
}
