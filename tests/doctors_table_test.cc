// The doctors' table in the plan document's Markdown: its rows and sums from the figures stage,
// in bokmål and nynorsk, and the chapter it is shown in.
#include <catch2/catch.hpp>

#include <cctype>

#include "render/document/plan_markdown.h"
#include "test_util.h"

using namespace legeplan;

namespace {

const std::string kNbsp = "\xC2\xA0";

// The plan's document as Markdown, rendered through our templates.
std::string markdown_of(const std::string& yaml) {
    test::TempDir dir;
    CheckedPlan checked = test::check_text(dir, yaml);
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    Labels labels;
    REQUIRE(load_labels(LEGEPLAN_TEMPLATES_DIR, checked.plan.meta.language, labels, checked.files, checked.diags));
    TemplateDirs dirs{"", LEGEPLAN_TEMPLATES_DIR};
    std::string out;
    REQUIRE(render_markdown(checked.plan, checked.figures, checked.rules, labels, dirs, out, checked.files, checked.diags));
    return out;
}

// The fixture of issue 27 without its deliberately wrong assertion, so that it builds.
std::string fixture_plan() {
    std::string text = test::read_file(std::string(LEGEPLAN_SOURCE_DIR) + "/tests/fixtures/doctors/plan.yaml");
    std::size_t assertions = text.find("\nassertions:");
    REQUIRE(assertions != std::string::npos);
    return text.substr(0, assertions + 1);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// Markdown as its reader sees the text: without the backslashes that escape punctuation.
std::string unescaped(const std::string& markdown) {
    std::string out;
    for (std::size_t i = 0; i < markdown.size(); ++i) {
        if (markdown[i] == '\\' && i + 1 < markdown.size() && std::ispunct(static_cast<unsigned char>(markdown[i + 1]))) {
            ++i;
        }
        out += markdown[i];
    }
    return out;
}

// From the doctors' table to the end of what is said under it (the next heading, or the end),
// unescaped, ending in one line break.
std::string table_block(const std::string& markdown) {
    std::size_t begin = markdown.find("::: {.talltabell .legetabell}");
    REQUIRE(begin != std::string::npos);
    std::size_t end = markdown.find("\n#", begin);
    std::string block = markdown.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    while (!block.empty() && block.back() == '\n') block.pop_back();
    return unescaped(block) + "\n";
}

// What follows the heading line that starts with heading, up to the next heading.
std::string under_heading(const std::string& markdown, const std::string& heading) {
    std::size_t at = markdown.find("\n" + heading);
    REQUIRE(at != std::string::npos);
    std::size_t end = markdown.find("\n#", at + 1);
    return markdown.substr(at + 1, end == std::string::npos ? std::string::npos : end - at);
}

std::string nb(std::string text) {  // "1 200" with a no-break space, as the document groups digits
    std::string out;
    for (char c : text) out += c == '~' ? kNbsp : std::string(1, c);
    return out;
}

const char* const kTwoDoctors = R"(doctors:
  - {id: lege-a, name: AA, position: 100, list_ceiling: 1200, public_hours: [{task: nursing_home, hours: 7.5}]}
  - {id: lis1, position: 100}
)";

}  // namespace

TEST_CASE("the doctors' table shows each GP's hours and lists as the figures stage computed them") {
    std::string block = table_block(markdown_of(fixture_plan()));
    CHECK(block == nb(
        "::: {.talltabell .legetabell}\n"
        "| Lege | Stilling | Offentlige timer | Kurative timer | Kurative dager | Listetak | Liste per kurativ dag |\n"
        "|:-----------------|---------:|:-------------------------|---------:|---------:|---------:|---------:|\n"
        "| AA | 80~% | 15 (annet) | 15 | 2,00 | 400 | 200 |\n"
        "| BB | 75~% | 8,5 (flyktninghelse 3,5, helsestasjon 4, annet 1) | 19,6 | 2,61 | 650 | 249 |\n"
        "| CC | 100~% | 4,75 (sykehjem 1, helsestasjon 3,75) | 32,75 | 4,37 | 850 | 195 |\n"
        "| DD | 100~% | 9,75 (sykehjem 6, veiledning 3,75) | 27,75 | 3,70 | 700 | 189 |\n"
        "| EE | 100~% | 4 (samfunnsmedisin 1, fengsel 3) | 33,5 | 4,47 | 700 | 157 |\n"
        "| **Sum** | **4,55 årsverk** | **42** | **128,6** | **3,4 årsverk** | **3~300** | |\n"
        "\n"
        "Table: Legehjemlene: stilling, timer per uke og liste\n"
        "\n"
        ":::\n"
        "\n"
        "::: {.kilde custom-style=\"Kilde\"}\n"
        "Timer per uke. Liste per kurativ dag er listetaket delt på antall kurative dager (kurative timer ÷ 7,5).\n"
        ":::\n"
        "\n"
        "Kommunen har 3~150 personer på fastlegelister, 919 per kurativt årsverk. Listelengden korrigert for "
        "kommunale timer, slik SSB regner den, er 966.\n"));
}

TEST_CASE("a nynorsk plan's doctors' table speaks nynorsk") {
    std::string block = table_block(markdown_of(replaced(fixture_plan(), "language: nb", "language: nn")));
    CHECK(block.find("| Lege | Stilling | Offentlege timar | Kurative timar | Kurative dagar | Listetak "
                     "| Liste per kurativ dag |\n") != std::string::npos);
    CHECK(block.find(nb("| DD | 100~% | 9,75 (sjukeheim 6, rettleiing 3,75) | 27,75 | 3,70 | 700 | 189 |\n")) !=
          std::string::npos);
    CHECK(block.find(nb("| AA | 80~% | 15 (anna) | 15 | 2,00 | 400 | 200 |\n")) != std::string::npos);
    CHECK(block.find(nb("| **Sum** | **4,55 årsverk** | **42** | **128,6** | **3,4 årsverk** | **3~300** | |\n")) !=
          std::string::npos);
    CHECK(block.find("Table: Legeheimlane: stilling, timar per veke og liste\n") != std::string::npos);
    CHECK(block.find("Timar per veke. Liste per kurativ dag er listetaket delt på talet på kurative dagar (kurative "
                     "timar ÷ 7,5).\n") != std::string::npos);
    CHECK(block.find(nb("Kommunen har 3~150 personar på fastlegelister, 919 per kurativt årsverk. Listelengda "
                        "korrigert for kommunale timar, slik SSB reknar ho, er 966.\n")) != std::string::npos);
}

TEST_CASE("a plan without doctors has no doctors' table") {
    std::string md = markdown_of(test::minimal_plan());
    CHECK(md.find("legetabell") == std::string::npos);
    CHECK(md.find("Legehjemlene") == std::string::npos);
}

TEST_CASE("a doctor without a list or a name, and a plan without listed patients") {
    std::string block = table_block(markdown_of(test::minimal_plan() + kTwoDoctors));
    CHECK(block.find(nb("| AA | 100~% | 7,5 (sykehjem) | 30 | 4,00 | 1~200 | 300 |\n")) != std::string::npos);
    CHECK(block.find(nb("| lis1 | 100~% | 0 | 37,5 | 5,00 | ingen liste | – |\n")) != std::string::npos);
    CHECK(block.find(nb("| **Sum** | **2,00 årsverk** | **7,5** | **67,5** | **1,8 årsverk** | **1~200** | |\n")) !=
          std::string::npos);
    CHECK(block.find("Kommunen har") == std::string::npos);  // no listed patients, no such line
    std::string nynorsk = table_block(markdown_of(replaced(test::minimal_plan(), "language: nb", "language: nn") + kTwoDoctors));
    CHECK(nynorsk.find(nb("| lis1 | 100~% | 0 | 37,5 | 5,00 | inga liste | – |\n")) != std::string::npos);
}

TEST_CASE("the doctors' table follows the text of the chapter that asks for it, else of one on GPs") {
    const std::string chapters = R"(units:
  - {id: helse, name: Helse}
chapters:
  - id: innledning
    title: Innledning
    text: Om planen.
  - id: ordningen
    title: Fastlegeordningen
    text: Om fastlegene.
    sections:
      - {id: rekruttering, title: Rekruttering, text: Om rekruttering.}
  - id: legevakt
    title: Legevakt
    text: Om legevakta.
)";
    const std::string plan = test::plan_header() + chapters + kTwoDoctors;

    SECTION("a chapter whose title speaks of GPs, after its text and before its sections") {
        std::string md = markdown_of(plan);
        std::string chapter = under_heading(md, "# 2 Fastlegeordningen");
        CHECK(chapter.find("Om fastlegene.") < chapter.find("legetabell"));
        CHECK(md.find("legetabell") == md.rfind("legetabell"));  // shown once
        CHECK(md.find("# Legehjemlene") == std::string::npos);
    }
    SECTION("the chapter that says doctors_table: true; the first when two do") {
        std::string md = markdown_of(replaced(replaced(plan, "title: Legevakt\n", "title: Legevakt\n    doctors_table: true\n"),
                                              "title: Innledning\n", "title: Innledning\n    doctors_table: true\n"));
        CHECK(under_heading(md, "# 1 Innledning").find("legetabell") != std::string::npos);
        CHECK(md.find("legetabell") == md.rfind("legetabell"));
    }
    SECTION("no chapter on GPs, or the one there is says false: a section of its own after the chapters") {
        std::string md = markdown_of(
            replaced(plan, "title: Fastlegeordningen\n", "title: Fastlegeordningen\n    doctors_table: false\n"));
        std::string own = under_heading(md, "# Legehjemlene {#legehjemler .unnumbered}");
        CHECK(own.find("legetabell") != std::string::npos);
        CHECK(md.find("# Legehjemlene") > md.find("# 3 Legevakt"));
        CHECK(md.find("legetabell") == md.rfind("legetabell"));
    }
}
