#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <set>

#include "plan/choice_keys.h"
#include "plan/format_spec.h"
#include "plan/region_file.h"
#include "plan/node_reader.h"
#include "test_util.h"

using namespace legeplan;

namespace {

// A plan that holds every kind of map the format has, each with every key it may take (keys that
// exclude each other appear in different maps).
const char* const kEveryKeyPlan = R"(legeplan: 1
plan:
  municipality: Testvik kommune
  title: Plan for legetjenesten
  period: {from: 2027, to: 2030}
  language: nb
  status: adopted
  version: "1.0"
  date: 2027-01-15
  adopted_by: Testvik kommunestyre
  adopted: {date: 2027-03-01, body: Testvik kommunestyre, case: PS 12/27}
  summary: Kort sammendrag.
  price_year: 2026
include: [tillegg.yaml]
chief_medical_officer: {name: Kommuneoverlege, position: 50, shared_with: Nabovik kommune}
legevakt: {backup_doctor: true, note: Bakvakt fra nabokommunen.}
nursing_home_norm: 0.6
rule_notes:
  - {rule: plan-topics, note: Alle temaene er med.}
lsu:
  meetings:
    - {date: 2027-02-01, note: første gjennomgang}
  statement:
    date: 2027-02-10
    text: LSU støtter planen.
    measures:
      - {measure: legevakt, position: supports_with_changes, comment: Med endringer.}
    chapters:
      - {chapter: innledning, comment: Innledningen er god.}
  # text_file in a second statement would be a duplicate key; the appendix below reads it.
units:
  - {id: helse, name: Helse, ansvar: "4600"}
  - {id: legekontor, name: Legekontoret, parent: helse}
services:
  - {id: fastlege, name: Fastlege, description: Fastlegeordningen.}
rates:
  - {id: lege, name: Legeårsverk, amount: 1 200 000}
chapters:
  - id: innledning
    title: Innledning
    numbered: false
    cost_table: false
    doctors_table: true
    services: [fastlege]
    topics: [gp_scheme, legevakt, public_duties, cooperation, community_medicine]
    text: Innledning.
    sections:
      - id: bakgrunn
        title: Bakgrunn
        services: [fastlege]
        topics: availability
        text_file: bakgrunn.md
        estimates:
          - {title: Anslag, type: yearly, count: {low: 1, high: 3}, unit_amount: {low: 100 000, high: 200 000}, from: 2028, to: 2029, funding: external, note: usikkert}
  - id: tiltak
    title: Tiltak
    text_file: bakgrunn.md
goals:
  - id: tilgang
    title: God tilgang til fastlege
    text: Alle skal ha en fastlege.
    indicators:
      - {id: pasienter, title: Pasienter per lege, unit: pasienter, baseline: {year: 2026, value: 1100}, target: {year: 2030, value: 950.5}}
      - {id: svar, title: Svar innen to minutter, unit: "%", kind: gp_office_calls_answered, baseline: {year: 2026, value: 70}, target: {year: 2029, value: 80}}
  - {id: legevakt-mal, title: Trygg legevakt, text_file: bakgrunn.md}
measures:
  - id: legevakt
    number: 1
    section: bakgrunn
    title: Legevakt
    text: Styrke legevakten.
    responsible: [helse, legekontor]
    services: [fastlege]
    goals: [tilgang, legevakt-mal]
    costs:
      - {type: yearly, fte: {low: 0.5, high: 1}, rate: lege, from: 2028, to: 2030, funding: new_money, note: lønn}
      - {type: one_time, amount: {low: 10 000, high: 20 000}, year: 2029}
      - {type: one_time, amount: 50 000}
      - {type: yearly, amount: 100 000, from: 2028, kostra: 256, art: "350", budget: operating, project: "P7", share: {percent: 40, key: innbyggertall}, grants: [{name: Tilskudd, amount: 10 000, funding: other, art: "880"}]}
    funding: state_grant
    kostra: 241
    art: "010"
    project: "P1"
    priority: high
    status: planned
    deadline: 2029-06-30
    basis: [ASA 4310]
key_figures:
  - {id: leger, title: Fastleger, value: 1200, unit: leger, kind: list_ceiling, section: bakgrunn, source: KOSTRA, date: 2026}
  - {id: utvikling, title: Innbyggere, series: [{year: 2026, value: 6050}], comparisons: [{label: Fylket, value: 6000}]}
  - id: lister
    title: Lister
    table: {columns: [Kontor, Lister], rows: [[Sentrum, "4"]]}
  - {id: listepasienter, title: Personer på fastlegelister, kind: listed_patients, value: 500, date: 2026}
doctors:
  - {id: lege-a, name: AA, position: 100, list_ceiling: 400, lower_ceiling_agreed: true, public_hours: [{task: nursing_home, hours: 7.5, note: Sykehjemmet}], curative_hours: 30, public_hours_agreed: false, competence: specialist, legevakt: true, unit: helse}
  - {id: lege-b, position: 50, competence: in_training, supervisor: lege-a}
appendices:
  - {id: vedlegg, title: Vedlegg, text_file: bakgrunn.md}
  - {id: vedlegg-to, title: Vedlegg to, text: Tekst.}
  - {id: regelverk, title: Sjekk mot regelverk, rule_check: true}
assertions:
  - {total: 50 000, unit: helse, chapter: innledning, year: 2027, note: tabellen}
  - {recurring: 40 000}
  - {one_time: 50 000}
  - {measures: 1}
  - {net: 30 000}
  - {grants: 60 000}
  - {list_ceilings: 400}
  - {gp_fte: 1.5}
  - {curative_fte: 1.3}
  - {patients_per_curative_fte: 385}
  - {corrected_list_length: 800}
  - {doctor: lege-a, list_per_curative_day: 100}
follow_up:
  - year: 2027
    date: 2027-11-01
    text: Året gikk bra.
    measures:
      - {measure: legevakt, status: in_progress, spent: 40 000, text: I rute.}
    indicators:
      - {indicator: pasienter, value: 1050}
  - year: 2028
    date: 2028-11-01
    text_file: bakgrunn.md
    measures:
      - {measure: legevakt, status: done, text_file: bakgrunn.md}
)";

const char* const kIncluded = R"(units:
  - {id: tillegg, name: Tillegg}
lsu:
  meetings:
    - {date: 2027-02-05, note: andre gjennomgang}
)";

}  // namespace

TEST_CASE("the loader reads every key the format spec lists, and requires the required ones") {
    test::TempDir dir;
    dir.write("bakgrunn.md", "Bakgrunn.\n");
    dir.write("tillegg.yaml", kIncluded);
    KeyReadLog log;
    auto checked = test::check_text(dir, kEveryKeyPlan);
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    // The region file of `overview` is described in the same spec, and read by its own loader.
    dir.write("region.yaml", "region: R\ntitle: T\ndate: 2026-12-01\nyear: 2027\nplans: [plan.yaml]\n");
    SourceFiles region_files;
    Diagnostics region_diags;
    RegionFile region = load_region_file(dir.path() + "/region.yaml", region_files, region_diags);
    REQUIRE_FALSE(region_diags.has_errors());
    CHECK(region.plans.size() == 1);

    std::set<std::string> read, required_read, listed, listed_required;
    for (const KeyReadLog::Read& r : log.reads()) {
        (r.required ? required_read : read).insert(r.object + "." + r.key);
    }
    read.insert(required_read.begin(), required_read.end());
    for (const ObjectSpec& spec : format_spec()) {
        for (const KeySpec& key : spec.keys) {
            listed.insert(spec.name + "." + key.name);
            if (key.required) listed_required.insert(spec.name + "." + key.name);
        }
    }
    // Its absence is a format_version error of its own, with its own hint, not a missing key.
    listed_required.erase("plan_file.legeplan");
    CHECK(read == listed);
    CHECK(required_read == listed_required);
}

TEST_CASE("reading a key the format spec does not list is a programming error") {
    auto root = std::make_shared<YamlNode>();
    root->kind = YamlNode::Kind::map;
    Diagnostics diags;
    Fields f(*root, "unit", object_spec(ObjectKind::unit), diags);
    CHECK(f.get("name") == nullptr);
    CHECK_THROWS_WITH(f.get("navn"),
                      "the loader reads key 'navn' of unit, which the format spec does not list");
}

TEST_CASE("every word of a choice reads as the value it names") {
    test::TempDir dir;
    auto plan_with = [&](const std::string& status, const std::string& measure) {
        std::string header = test::plan_header();
        header.replace(header.find("status: draft"), 13, "status: " + status);
        return test::check_text(dir, header + R"(
chapters:
  - {id: kapittel, title: Kapittel}
measures:
  - {id: tiltak, number: 1, section: kapittel, title: Tiltak, text: Tekst.)" + measure + "}\n");
    };
    for (const std::string& word : object_spec(ObjectKind::metadata).words("status")) {
        auto checked = plan_with(word, "");
        INFO(word << "\n" << test::headlines(checked));
        CHECK(label_key(checked.plan.meta.status) == "status_" + word);
    }
    const ObjectSpec& measure = object_spec(ObjectKind::measure);
    for (const std::string& word : measure.words("status")) {
        auto checked = plan_with("draft", ", status: " + word);
        CHECK(label_key(checked.plan.measures.at(0).status) == "measure_status_" + word);
    }
    for (const std::string& word : measure.words("priority")) {
        auto checked = plan_with("draft", ", priority: " + word);
        CHECK(label_key(checked.plan.measures.at(0).priority) == "priority_" + word);
    }
    for (const std::string& word : measure.words("funding")) {
        auto checked = plan_with("draft", ", funding: " + word + ", costs: [{type: yearly, amount: 1, funding: " + word + "}]");
        CHECK(label_key(checked.plan.measures.at(0).funding) == "funding_" + word);
        CHECK(label_key(checked.plan.measures.at(0).costs.at(0).funding) == "funding_" + word);
    }
    auto one_time = plan_with("draft", ", costs: [{type: one_time, amount: 1}]");
    CHECK(one_time.plan.measures.at(0).costs.at(0).type == CostType::one_time);
    auto yearly = plan_with("draft", ", costs: [{type: yearly, amount: 1}]");
    CHECK(yearly.plan.measures.at(0).costs.at(0).type == CostType::yearly);
    CHECK(yearly.plan.measures.at(0).costs.at(0).budget == BudgetKind::operating);
    CHECK_FALSE(yearly.plan.measures.at(0).costs.at(0).budget_given);
    const std::vector<std::string> budgets = object_spec(ObjectKind::cost).words("budget");
    REQUIRE(budgets == std::vector<std::string>{"operating", "investment"});
    auto operating = plan_with("draft", ", costs: [{type: yearly, amount: 1, budget: operating}]");
    CHECK(operating.plan.measures.at(0).costs.at(0).budget == BudgetKind::operating);
    CHECK(operating.plan.measures.at(0).costs.at(0).budget_given);
    auto investment = plan_with("draft", ", costs: [{type: one_time, amount: 1, budget: investment}]");
    CHECK(investment.plan.measures.at(0).costs.at(0).budget == BudgetKind::investment);
}

TEST_CASE("the spec's maps are in ObjectKind order and name only maps it describes") {
    const auto& spec = format_spec();
    std::set<std::string> names;
    for (std::size_t i = 0; i < spec.size(); ++i) {
        CHECK(static_cast<std::size_t>(spec[i].kind) == i);
        names.insert(spec[i].name);
        for (const KeySpec& key : spec[i].keys) {
            INFO(spec[i].name << "." << key.name);
            CHECK_FALSE(key.description.empty());
            if (key.kind == ValueKind::choice) CHECK_FALSE(key.words.empty());
        }
        for (const KeyGroup& group : spec[i].groups) {
            for (const std::string& k : group.keys) CHECK(spec[i].key(k) != nullptr);
        }
        for (const auto& [key, needed] : spec[i].needs) {
            CHECK(spec[i].key(key) != nullptr);
            CHECK(spec[i].key(needed) != nullptr);
        }
    }
    CHECK(names.size() == spec.size());
}

TEST_CASE("docs/format.md names every key and every word of the format spec") {
    std::ifstream in(std::string(LEGEPLAN_SOURCE_DIR) + "/docs/format.md");
    std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(doc.empty());
    for (const ObjectSpec& spec : format_spec()) {
        for (const KeySpec& key : spec.keys) {
            INFO(spec.name << "." << key.name);
            CHECK(doc.find("`" + key.name + "`") != std::string::npos);
            for (const std::string& word : key.words) {
                INFO(word);
                CHECK(doc.find("`" + word + "`") != std::string::npos);
            }
        }
    }
}
