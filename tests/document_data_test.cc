#include <catch2/catch.hpp>

#include <variant>

#include "render/document_data.h"
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

Labels labels_nb() {
    Labels labels;
    SourceFiles files;
    Diagnostics diags;
    REQUIRE(load_labels(LEGEPLAN_TEMPLATES_DIR, Language::nb, labels, files, diags));
    return labels;
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
    TemplateData d = document_data(checked.plan, checked.figures, labels_nb());

    CHECK(text(d, {"costs", "total"}) == kr("2 940 000"));
    CHECK(text(d, {"costs", "recurring"}) == kr("1 640 000"));
    CHECK(text(d, {"costs", "one_time"}) == kr("1 300 000"));
    CHECK(text(d, {"costs", "measure_rows", 0, "cost"}) == kr("2 840 000"));
    CHECK(text(d, {"costs", "phasing_rows", 0, "cells", 0, "cell"}) == kr("1 300 000"));
    CHECK(text(d, {"costs", "phasing_rows", 0, "cells", 1, "cell"}) == kr("1 540 000"));
    CHECK(text(d, {"costs", "phasing_total", "cells", 0, "cell"}) == kr("1 400 000"));
    CHECK(text(d, {"costs", "unit_rows", 0, "name"}) == "Helse");
    CHECK(text(d, {"costs", "unit_rows", 0, "total"}) == kr("2 840 000"));
    CHECK(text(d, {"costs", "unit_rows", 1, "total"}) == kr("100 000"));
    CHECK(text(d, {"costs", "estimate_rows", 0, "title"}) == "ALIS");
    CHECK(text(d, {"costs", "estimate_rows", 0, "text"}).rfind(std::string("0–600") + kNbsp + "000", 0) == 0);

    // A measure's own lines: the FTE cost says what it is made of; its text is plan text.
    const TemplateData& measure = at(d, {"chapters", 0, "measures", 0});
    CHECK(text(measure, {"details", 1, "value"}) ==
          kr("1 540 000") + " (2 årsverk × " + kr("770 000") + ") pr. år 2028–2030");
    CHECK(text(measure, {"quoted_text"}) == "> Tekst med *vekt*.\n>\n> - \\# ikke overskrift\n");
    const TemplateData& second = at(d, {"chapters", 0, "sections", 0, "measures", 0});
    CHECK(text(second, {"details", 2, "value"}) == "1. mars 2028");
}
