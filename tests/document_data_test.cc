#include <catch2/catch.hpp>

#include <variant>

#include "render/document/document_data.h"
#include "render/figure_text.h"
#include "test_util.h"

using namespace legeplan;

namespace {

const char* kNbsp = "\xC2\xA0";

// The data at a path of keys and list indexes: {"costs", "unit_rows", 0, "total"}.
const TemplateData& at(const TemplateData& d, std::initializer_list<std::variant<const char*, int>> path) {
    const TemplateData* here = &d;
    for (const auto& step : path) {
        if (std::holds_alternative<int>(step)) {
            REQUIRE(here->is_list());
            REQUIRE(static_cast<std::size_t>(std::get<int>(step)) < here->list_value().size());
            here = &here->list_value()[static_cast<std::size_t>(std::get<int>(step))];
        } else {
            here = here->get(std::get<const char*>(step));
            REQUIRE(here != nullptr);
        }
    }
    return *here;
}

std::string text(const TemplateData& d, std::initializer_list<std::variant<const char*, int>> path) {
    const TemplateData& value = at(d, path);
    REQUIRE(value.is_string());
    return value.string_value();
}

std::string kr(const std::string& grouped) {
    std::string out;
    for (char c : grouped) out += c == ' ' ? std::string(kNbsp) : std::string(1, c);
    return out + kNbsp + "kr";
}

Labels labels_for(Language language) {
    Labels labels;
    SourceFiles files;
    Diagnostics diags;
    REQUIRE(load_labels(LEGEPLAN_TEMPLATES_DIR, language, labels, files, diags));
    return labels;
}

Labels labels_nb() { return labels_for(Language::nb); }

// A bare amount as the cost tables show it: "1 540 000" with non-breaking spaces.
std::string amount(const std::string& grouped) {
    std::string with_unit = kr(grouped);
    return with_unit.substr(0, with_unit.size() - std::string(kNbsp).size() - 2);
}

// "name: value" for each line under a measure's text.
std::vector<std::string> detail_lines(const TemplateData& measure) {
    std::vector<std::string> lines;
    for (const TemplateData& line : at(measure, {"details"}).list_value()) {
        lines.push_back(text(line, {"name"}) + ": " + text(line, {"value"}));
    }
    return lines;
}

// The texts of a list of {cell: …}.
std::vector<std::string> cell_texts(const TemplateData& cells) {
    std::vector<std::string> out;
    for (const TemplateData& c : cells.list_value()) out.push_back(text(c, {"cell"}));
    return out;
}

}  // namespace

TEST_CASE("document data shows the figures stage's sums, formatted the Norwegian way") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
units:
  - {id: helse, name: Helse}
  - {id: legevakt, name: Legevakt}
rates:
  - {id: lege, name: Legeårsverk, amount: 770 000}
chapters:
  - id: k1
    title: Fastlegene
    sections:
      - id: s1
        title: Rekruttering
        estimates:
          - {title: ALIS, type: yearly, count: {low: 1, high: 3}, unit_amount: {low: 0, high: 200 000}}
measures:
  - id: a
    number: 1
    section: k1
    title: To leger til
    text: "Tekst med *vekt*.\n\n- # ikke overskrift"
    responsible: helse
    costs:
      - {type: yearly, fte: 2, rate: lege, from: 2028}
      - {type: one_time, amount: 1 300 000, year: 2027}
  - id: b
    number: 2
    section: s1
    title: Bil
    text: x
    responsible: legevakt
    deadline: 2028-03-01
    costs:
      - {type: yearly, amount: 100 000}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    TemplateData d = document_data(checked.plan, checked.figures, checked.rules, labels_nb());

    CHECK(text(d, {"costs", "total"}) == kr("2 940 000"));
    CHECK(text(d, {"costs", "recurring"}) == kr("1 640 000"));
    CHECK(text(d, {"costs", "one_time"}) == kr("1 300 000"));
    CHECK(text(d, {"costs", "measure_rows", 0, "recurring"}) == amount("1 540 000"));
    CHECK(text(d, {"costs", "measure_rows", 0, "one_time"}) == amount("1 300 000"));
    CHECK(text(d, {"costs", "phasing_rows", 0, "cells", 0, "cell"}) == amount("1 300 000"));
    CHECK(text(d, {"costs", "phasing_rows", 0, "cells", 1, "cell"}) == amount("1 540 000"));
    CHECK(text(d, {"costs", "phasing_total", 0, "cell"}) == amount("1 400 000"));
    CHECK(text(d, {"costs", "unit_rows", 0, "name"}) == "Helse");
    CHECK(text(d, {"costs", "unit_rows", 0, "total"}) == amount("2 840 000"));
    CHECK(text(d, {"costs", "unit_rows", 1, "total"}) == amount("100 000"));
    CHECK(text(d, {"costs", "estimate_rows", 0, "title"}) == "ALIS");
    CHECK(text(d, {"costs", "estimate_rows", 0, "text"}).rfind(std::string("0–600") + kNbsp + "000", 0) == 0);

    // A measure's own lines: the FTE cost says what it is made of; its text is plan text.
    const TemplateData& measure = at(d, {"chapters", 0, "measures", 0});
    CHECK(text(measure, {"details", 1, "value"}) ==
          kr("1 540 000") + " (2 årsverk × " + kr("770 000") + ") pr. år 2028–2030");
    CHECK(text(measure, {"text"}) == "Tekst med *vekt*.\n\n- \\# ikke overskrift\n");
    const TemplateData& second = at(d, {"chapters", 0, "sections", 0, "measures", 0});
    CHECK(text(second, {"details", 2, "value"}) == "1. mars 2028");
}

namespace {

// Two measures that show no kroner, for different reasons, and one with a cost and its note.
const char* kZeroCostMeasures = R"(measures:
  - id: uten-kostnad
    number: 1
    section: k1
    title: Ikke regnet
    text: x
    responsible: helse
    priority: high
    status: planned
  - id: i-rammen
    number: 2
    section: k1
    title: I rammen
    text: x
    responsible: helse
    funding: existing_budget
    priority: low
    status: in_progress
  - id: engangs
    number: 3
    section: k1
    title: Engangs
    text: x
    responsible: helse
    costs:
      - {type: one_time, amount: 1 300 000, note: engangsutgift}
)";

}  // namespace

TEST_CASE("a measure without kroner says why, in bokmål and nynorsk, and its details name priority and status") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::minimal_plan() + kZeroCostMeasures);
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());

    struct Words {
        Language language;
        std::string not_estimated, within_budget, high, low, planned, in_progress;
    };
    for (const Words& w : {Words{Language::nb, "Ikke kostnadsberegnet", "Innenfor eksisterende ramme", "Høy", "Lav",
                                 "Planlagt", "Pågår"},
                           Words{Language::nn, "Ikkje kostnadsrekna", "Innanfor eksisterande ramme", "Høg", "Låg",
                                 "Planlagt", "Pågår"}}) {
        INFO(language_code(w.language));
        TemplateData d = document_data(checked.plan, checked.figures, checked.rules, labels_for(w.language));
        CHECK(detail_lines(at(d, {"chapters", 0, "measures", 0})) ==
              std::vector<std::string>{"Ansvar: Helse", "Kostnad: " + w.not_estimated, "Prioritet: " + w.high,
                                       "Status: " + w.planned});
        // Within the existing budget says the funding already: no line for it.
        CHECK(detail_lines(at(d, {"chapters", 0, "measures", 1})) ==
              std::vector<std::string>{"Ansvar: Helse", "Kostnad: " + w.within_budget, "Prioritet: " + w.low,
                                       "Status: " + w.in_progress});
        CHECK(text(d, {"costs", "measure_rows", 0, "recurring"}) == w.not_estimated);
        CHECK(text(d, {"costs", "measure_rows", 0, "one_time"}) == "");
        CHECK(text(d, {"costs", "measure_rows", 1, "recurring"}) == w.within_budget);
    }
    // The note "engangsutgift" is what the words say already.
    TemplateData nb = document_data(checked.plan, checked.figures, checked.rules, labels_nb());
    CHECK(detail_lines(at(nb, {"chapters", 0, "measures", 2})) ==
          std::vector<std::string>{"Ansvar: Helse", "Kostnad: " + kr("1 300 000") + ", engangsutgift i 2027"});
    CHECK(text(nb, {"costs", "measure_rows", 2, "recurring"}) == "–");
    CHECK(text(nb, {"costs", "measure_rows", 2, "one_time"}) == amount("1 300 000"));
}

TEST_CASE("the cost chapter: numbered sections, a period sum, sums per unit and per chapter with totals") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
units:
  - {id: helse, name: Helse}
  - {id: legevakt, name: Legevakt}
chapters:
  - id: k1
    title: Fastlegene
  - id: k2
    title: Legevakt
  - id: okonomi
    title: Økonomi
    cost_table: true
    sections:
      - {id: prioriteringer, title: Prioriteringer}
measures:
  - id: a
    number: 1
    section: k1
    title: Lister
    text: x
    responsible: helse
    costs:
      - {type: yearly, amount: 100 000, from: 2028}
      - {type: one_time, amount: 50 000, year: 2029}
  - id: b
    number: 2
    section: k2
    title: Bil
    text: x
    responsible: legevakt
    costs:
      - {type: yearly, amount: 200 000}
  - id: c
    number: 3
    section: k2
    title: Uten ansvar
    text: x
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    TemplateData d = document_data(checked.plan, checked.figures, checked.rules, labels_nb());

    // The chapter's own section is 3.1, so the cost tables are 3.2 onwards; each measure links
    // back to the measure table.
    CHECK(text(d, {"costs", "measure_table", "number"}) == "3.2");
    CHECK(text(d, {"costs", "measure_table", "id"}) == "kostnader-tiltak");
    CHECK(text(d, {"costs", "phasing", "number"}) == "3.4");
    CHECK(text(d, {"costs", "per_chapter", "number"}) == "3.6");
    CHECK(text(d, {"chapters", 0, "measures", 0, "table_number"}) == "3.2");
    CHECK(text(d, {"chapters", 0, "measures", 0, "anchor"}) == "tiltak-1");
    CHECK(text(d, {"costs", "measure_rows", 1, "anchor"}) == "tiltak-2");

    // Phasing: the years, then the period's sum; a total row and the one-time part of it.
    CHECK(cell_texts(at(d, {"costs", "years"})) ==
          std::vector<std::string>{"2027", "2028", "2029", "2030", "Sum 2027–2030"});
    CHECK(cell_texts(at(d, {"costs", "phasing_rows", 0, "cells"})) ==
          std::vector<std::string>{"–", amount("100 000"), amount("150 000"), amount("100 000"), amount("350 000")});
    CHECK(cell_texts(at(d, {"costs", "phasing_total"})) ==
          std::vector<std::string>{amount("200 000"), amount("300 000"), amount("350 000"), amount("300 000"),
                                   amount("1 150 000")});
    CHECK(cell_texts(at(d, {"costs", "phasing_one_time"})) ==
          std::vector<std::string>{"–", "–", amount("50 000"), "–", amount("50 000")});

    // Per unit: the measure without a unit last; per chapter: numbered names and links.
    CHECK(text(d, {"costs", "unit_rows", 2, "name"}) == "Uten ansvarlig enhet");
    CHECK(text(d, {"costs", "unit_rows", 2, "measures"}) == "1");
    CHECK(text(d, {"costs", "unit_total", "measures"}) == "3");
    CHECK(text(d, {"costs", "unit_total", "total"}) == amount("350 000"));
    CHECK(text(d, {"costs", "chapter_rows", 0, "name"}) == "1 Fastlegene");
    CHECK(text(d, {"costs", "chapter_rows", 0, "id"}) == "k1");
    CHECK(text(d, {"costs", "chapter_rows", 0, "recurring"}) == amount("100 000"));
    CHECK(text(d, {"costs", "chapter_rows", 0, "one_time"}) == amount("50 000"));
    CHECK(text(d, {"costs", "chapter_rows", 1, "name"}) == "2 Legevakt");
    CHECK(text(d, {"costs", "chapter_rows", 1, "measures"}) == "2");
    CHECK(text(d, {"costs", "chapter_rows", 1, "total"}) == amount("200 000"));
    CHECK(text(d, {"costs", "chapter_total", "measures"}) == "3");
    CHECK(text(d, {"costs", "chapter_total", "recurring"}) == amount("300 000"));
    CHECK(text(d, {"costs", "chapter_total", "total"}) == amount("350 000"));
    CHECK(text(d, {"costs", "total"}) == kr("350 000"));
}

TEST_CASE("ids the plan uses are not handed out again") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - id: tiltak-1
    title: Tiltak
  - id: kostnader-tiltak
    title: Kostnader
measures:
  - {id: a, number: 1, section: tiltak-1, title: A, text: x}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    TemplateData d = document_data(checked.plan, checked.figures, checked.rules, labels_nb());
    CHECK(text(d, {"chapters", 0, "measures", 0, "anchor"}) == "tiltak-1-2");
    CHECK(text(d, {"costs", "measure_table", "id"}) == "kostnader-tiltak-2");
    CHECK(text(d, {"cost_chapter_id"}) == "kostnader");
}

TEST_CASE("key figures: one table of single values, years as columns, the source once") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - id: k1
    title: Fastlegene
key_figures:
  - {id: inn-2025, title: Innbyggere, value: 6010, unit: innbyggere, source: SSB, date: 2025}
  - {id: inn-2026, title: Innbyggere, value: 6050, unit: innbyggere, source: SSB, date: 2026}
  - {id: konsultasjoner, title: Konsultasjoner per person, value: 2.6, source: SSB, date: 2026}
  - {id: leger, title: Fastleger, value: 5, unit: leger, source: Fastlegeregisteret, date: 2026}
  - id: lister
    title: Lister etter lengde
    section: k1
    source: Fastlegeregisteret
    date: 2026-09-01
    table:
      columns: [Listelengde, Antall lister, År]
      rows:
        - ["Under 1 000", 12000, 2026]
        - ["Over 1 000", "ca. 4", 2026]
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    TemplateData d = document_data(checked.plan, checked.figures, checked.rules, labels_nb());

    const TemplateData& values = at(d, {"unplaced_key_figures", 0});
    CHECK(cell_texts(at(values, {"columns"})) ==
          std::vector<std::string>{"Nøkkeltall", "2025", "2026", "Enhet"});
    CHECK(text(values, {"rule"}) == "|:-------------------------|------:|------:|:----------|");
    CHECK(cell_texts(at(values, {"rows", 0, "cells"})) ==
          std::vector<std::string>{"Innbyggere", std::string("6") + kNbsp + "010", std::string("6") + kNbsp + "050",
                                   "innbyggere"});
    CHECK(cell_texts(at(values, {"rows", 1, "cells"})) ==
          std::vector<std::string>{"Konsultasjoner per person", "", "2,6", ""});
    CHECK(text(values, {"source"}) == "Kilde: SSB. Kilde for «Fastleger»: Fastlegeregisteret.");
    CHECK(text(values, {"caption"}) == "");

    // A table the plan writes: numbers right and grouped, the year column left whole.
    const TemplateData& table = at(d, {"chapters", 0, "key_figures", 0});
    CHECK(text(table, {"rule"}) == "|:-----------|-------------:|------:|");
    CHECK(cell_texts(at(table, {"rows", 0, "cells"})) ==
          std::vector<std::string>{"Under 1 000", std::string("12") + kNbsp + "000", "2026"});
    CHECK(cell_texts(at(table, {"rows", 1, "cells"})) == std::vector<std::string>{"Over 1 000", "ca. 4", "2026"});
    CHECK(text(table, {"caption"}) == "Lister etter lengde, 1. september 2026");
    CHECK(text(table, {"source"}) == "Kilde: Fastlegeregisteret.");
}

TEST_CASE("a figure is written the Norwegian way; text stays as written") {
    CHECK(figure_text("2.6") == "2,6");
    CHECK(figure_text("11,49") == "11,49");
    CHECK(figure_text("50000") == std::string("50") + kNbsp + "000");
    CHECK(figure_text("1 300 000") == std::string("1") + kNbsp + "300" + kNbsp + "000");
    CHECK(figure_text("2500") == std::string("2") + kNbsp + "500");
    CHECK(figure_text("2017", false) == "2017");
    CHECK(figure_text("46–47") == "46–47");
    CHECK(figure_text("1000–12000") == std::string("1") + kNbsp + "000–12" + kNbsp + "000");
    CHECK(figure_text("ca. 285") == "ca. 285");
    CHECK(figure_text("over 250") == "over 250");
    CHECK(figure_text("80 % innen 2 minutter") == "80 % innen 2 minutter");
    CHECK(figure_text("1 00") == "1 00");
    CHECK(figure_text("3.") == "3.");
}
