#include <catch2/catch.hpp>

#include <algorithm>

#include "compare/plan_diff.h"
#include "render/document/diff_report.h"
#include "test_util.h"

using namespace legeplan;
using Kind = TextPiece::Kind;

TEST_CASE("texts are compared word by word, deletions before insertions") {
    auto pieces = diff_words("Bergen vil ha én til tre leger.", "Bergen vil ha to til fire leger.");
    REQUIRE(pieces.size() == 7);
    CHECK((pieces[0].kind == Kind::same && pieces[0].text == "Bergen vil ha"));
    CHECK((pieces[1].kind == Kind::deleted && pieces[1].text == "én"));
    CHECK((pieces[2].kind == Kind::inserted && pieces[2].text == "to"));
    CHECK((pieces[3].kind == Kind::same && pieces[3].text == "til"));
    CHECK((pieces[4].kind == Kind::deleted && pieces[4].text == "tre"));
    CHECK((pieces[5].kind == Kind::inserted && pieces[5].text == "fire"));
    CHECK((pieces[6].kind == Kind::same && pieces[6].text == "leger."));
}

// Each piece as kind:text, with "_" before a piece that follows the one before it with a space.
static std::string shown(const std::vector<TextPiece>& pieces) {
    std::string out;
    for (const TextPiece& p : pieces) {
        if (!out.empty()) out += p.space_before ? " _" : " ";
        out += p.kind == Kind::same ? "=" : p.kind == Kind::deleted ? "-" : "+";
        out += p.text;
    }
    return out;
}

TEST_CASE("a punctuation mark at a word's end is a word of its own: a comma added is a comma inserted") {
    CHECK(shown(diff_words("én forskningskoordinator og to leger", "én forskningskoordinator, og to leger")) ==
          "=én forskningskoordinator +, _=og to leger");
    CHECK(shown(diff_words("én forskningskoordinator, og to leger", "én forskningskoordinator og to leger")) ==
          "=én forskningskoordinator -, _=og to leger");
    // A full stop replaced by a colon: neither word around it changes.
    CHECK(shown(diff_words("Tiltaket. Det", "Tiltaket: Det")) == "=Tiltaket -. +: _=Det");
    // A word changed before a full stop: the full stop stays, against the new word.
    CHECK(shown(diff_words("leger i prosjektet.", "leger i planen.")) == "=leger i _-prosjektet _+planen =.");
}

TEST_CASE("marks at a word's start and end come off one by one; those inside a word stay in it") {
    CHECK(shown(diff_words("(fastlege) og", "«fastlege», og")) == "-( +« =fastlege -) +», _=og");
    CHECK(shown(diff_words("null-lister 6,5 e-helse", "null-lister 7,5 e-helse")) ==
          "=null-lister _-6,5 _+7,5 _=e-helse");
    // A dash standing alone is a word like any other.
    CHECK(shown(diff_words("innbygger – én journal", "innbygger - én journal")) == "=innbygger _-– _+- _=én journal");
}

TEST_CASE("the report joins the pieces as the text was spaced: no space before a mark that stood against its word") {
    CHECK(text_change_markdown(diff_words("én forskningskoordinator og to", "én forskningskoordinator, og to")) ==
          "én forskningskoordinator[\\,]{.underline} og to");
    CHECK(text_change_markdown(diff_words("a, b", "a b")) == "a~~\\,~~ b");
    CHECK(text_change_markdown(diff_words("i prosjektet.", "i planen.")) ==
          "i ~~prosjektet~~ [planen]{.underline}\\.");
    CHECK(text_change_markdown(diff_words("Tiltaket. Det", "Tiltaket: Det")) == "Tiltaket~~\\.~~[\\:]{.underline} Det");
}

TEST_CASE("equal texts, whatever their line breaks, have no difference") {
    CHECK(diff_words("a  b\nc", "a b c").empty());
}

TEST_CASE("a long text with two one-word edits shows exactly those two edits") {
    // 20 000 words: far beyond what a table of every pair of words could hold.
    std::vector<std::string> words;
    for (int i = 0; i < 20'000; ++i) words.push_back("ord" + std::to_string(i % 997));
    auto join = [](const std::vector<std::string>& ws) {
        std::string text;
        for (const std::string& w : ws) text += (text.empty() ? "" : " ") + w;
        return text;
    };
    std::string before = join(words);
    words[5'000] = "legevakt";
    words[15'000] = "fastlege";
    std::string after = join(words);

    auto pieces = diff_words(before, after);
    REQUIRE(pieces.size() == 7);
    CHECK(pieces[0].kind == Kind::same);
    CHECK((pieces[1].kind == Kind::deleted && pieces[1].text == "ord" + std::to_string(5'000 % 997)));
    CHECK((pieces[2].kind == Kind::inserted && pieces[2].text == "legevakt"));
    CHECK(pieces[3].kind == Kind::same);
    CHECK((pieces[4].kind == Kind::deleted && pieces[4].text == "ord" + std::to_string(15'000 % 997)));
    CHECK((pieces[5].kind == Kind::inserted && pieces[5].text == "fastlege"));
    CHECK(pieces[6].kind == Kind::same);
    std::size_t same_words = 0;
    for (const TextPiece& p : pieces) {
        if (p.kind == Kind::same) same_words += std::count(p.text.begin(), p.text.end(), ' ') + 1;
    }
    CHECK(same_words == 19'998);
}

TEST_CASE("a title typed with a decomposed letter equals the precomposed one") {
    std::string body = R"(
units:
  - {id: helse, name: Helse}
chapters:
  - {id: k1, title: En, text: "Legevakt p)";
    auto plan = [&](const test::TempDir& dir, const std::string& aa) {
        return test::check_text(dir, test::plan_header() + body + aa + R"( øya"}
measures:
  - {id: a, number: 1, section: k1, title: "Tilgjengelighet p)" + aa + R"(", text: x, responsible: helse}
)");
    };
    test::TempDir dir;
    test::TempDir dir2;
    auto composed = plan(dir, "\xC3\xA5");        // U+00E5
    auto decomposed = plan(dir2, "\x61\xCC\x8A");  // a + U+030A
    REQUIRE(test::headlines(composed).empty());
    REQUIRE(test::headlines(decomposed).empty());
    CHECK(decomposed.plan.measures[0].title == "Tilgjengelighet på");
    PlanDiff d = diff_plans(composed.plan, composed.figures, decomposed.plan, decomposed.figures);
    CHECK(d.changed.empty());
    CHECK(d.sections.empty());
    CHECK(d.empty());
}

TEST_CASE("measures are matched by id: renumbering and moving are not removal and addition") {
    test::TempDir dir;
    std::string body = R"(
units:
  - {id: helse, name: Helse}
chapters:
  - id: k1
    title: En
  - id: k2
    title: To
)";
    auto before = test::check_text(dir, test::plan_header() + body + R"(measures:
  - {id: a, number: 1, section: k1, title: A, text: x, responsible: helse, costs: [{type: yearly, amount: 100}]}
  - {id: b, number: 2, section: k1, title: B, text: y}
  - {id: c, number: 3, section: k1, title: C, text: z}
)");
    test::TempDir dir2;
    auto after = test::check_text(dir2, test::plan_header() + body + R"(measures:
  - {id: b, number: 1, section: k2, title: B, text: y}
  - {id: a, number: 2, section: k1, title: A, text: x, responsible: helse, costs: [{type: one_time, amount: 100}]}
  - {id: d, number: 3, section: k1, title: D, text: w}
)");
    REQUIRE_FALSE(before.diags.has_errors());
    REQUIRE_FALSE(after.diags.has_errors());
    PlanDiff d = diff_plans(before.plan, before.figures, after.plan, after.figures);
    REQUIRE(d.added.size() == 1);
    CHECK(d.added[0]->id == "d");
    REQUIRE(d.removed.size() == 1);
    CHECK(d.removed[0]->id == "c");
    REQUIRE(d.changed.size() == 2);
    CHECK((d.changed[0].after->id == "b" && d.changed[0].renumbered && d.changed[0].moved));
    CHECK(d.changed[0].place_after == "2 To");
    CHECK((d.changed[1].after->id == "a" && d.changed[1].renumbered && !d.changed[1].moved));
    CHECK((d.changed[1].recurring.before == 100 && d.changed[1].one_time.after == 100));
    REQUIRE(d.changed[1].fields.size() == 1);  // the yearly cost became one-time: its years
    CHECK(d.changed[1].fields[0].field == "years");
    CHECK(d.changed[1].fields[0].before == "2027–2030");
    CHECK(d.changed[1].fields[0].after == "2027");
    REQUIRE(d.units.empty());  // the unit's total is the same, 100 kr
}

TEST_CASE("a failing assertion leaves the sums trustworthy; an unknown rate does not") {
    test::TempDir dir;
    auto failing = test::check_text(dir, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: k1, title: A, text: x, responsible: helse, costs: [{type: yearly, amount: 600}]}
assertions:
  - total: 500
)");
    REQUIRE(failing.diags.has_errors());
    CHECK(plan_loaded(failing.diags));
    CHECK(sums_trustworthy(failing.diags));
    auto errors = draft_errors(failing.diags, failing.files, true);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "E030");
    CHECK(errors[0].where == failing.files.path(0) + ":22");
    CHECK(errors[0].in_new_version);

    test::TempDir dir2;
    auto no_rate = test::check_text(dir2, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: k1, title: A, text: x, responsible: helse, costs: [{type: yearly, fte: 1, rate: finnes-ikke}]}
)");
    REQUIRE(no_rate.diags.has_errors());
    CHECK(plan_loaded(no_rate.diags));
    CHECK_FALSE(sums_trustworthy(no_rate.diags));
}

TEST_CASE("a plan that does not parse has not loaded") {
    test::TempDir dir;
    auto broken = test::check_text(dir, test::plan_header() + "measures: [\n");
    CHECK_FALSE(plan_loaded(broken.diags));
}

TEST_CASE("when the sums cannot be compared, no cost change is reported, but the text is") {
    test::TempDir dir;
    auto before = test::check_text(dir, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: k1, title: A, text: x, responsible: helse, costs: [{type: yearly, amount: 600}]}
)");
    test::TempDir dir2;
    auto after = test::check_text(dir2, test::minimal_plan() + R"(measures:
  - {id: a, number: 1, section: k1, title: A, text: x y, responsible: helse, costs: [{type: yearly, amount: 900}]}
)");
    PlanDiff d = diff_plans(before.plan, before.figures, after.plan, after.figures, /*sums_comparable=*/false);
    CHECK_FALSE(d.sums_comparable);
    REQUIRE(d.changed.size() == 1);
    CHECK(d.changed[0].costs_edited);
    CHECK_FALSE(d.changed[0].recurring.changed());
    CHECK(d.changed[0].text.size() == 2);
    CHECK(d.units.empty());
    CHECK(d.total.after == 0);

    PlanDiff compared = diff_plans(before.plan, before.figures, after.plan, after.figures);
    REQUIRE(compared.changed.size() == 1);
    CHECK(compared.changed[0].recurring.change == 300);
    CHECK(compared.total.after == 900);
}

TEST_CASE("a change of the plan's summary is compared word by word") {
    test::TempDir dir;
    std::string header = test::plan_header();
    auto before = test::check_text(dir, header + "  summary: Kort.\n" + test::kMinimalLists);
    test::TempDir dir2;
    auto after = test::check_text(dir2, header + "  summary: Veldig kort.\n" + test::kMinimalLists);
    REQUIRE_FALSE(after.diags.has_errors());
    PlanDiff d = diff_plans(before.plan, before.figures, after.plan, after.figures);
    REQUIRE(d.summary.size() == 3);  // the full stop is a word of its own, and the same
    CHECK((d.summary[0].kind == Kind::deleted && d.summary[0].text == "Kort"));
    CHECK((d.summary[1].kind == Kind::inserted && d.summary[1].text == "Veldig kort"));
    CHECK((d.summary[2].kind == Kind::same && d.summary[2].text == "." && !d.summary[2].space_before));
    CHECK_FALSE(d.empty());
}

TEST_CASE("goals, indicators and follow-up reports are compared, each change as before and after") {
    const std::string chapters = R"(
chapters:
  - {id: k, title: K}
)";
    auto body = [&](const std::string& target, const std::string& goals_of_b, const std::string& spent,
                    const std::string& extra_report) {
        return chapters + R"(goals:
  - id: tilgang
    title: Tilgang
    indicators:
      - {id: ventetid, title: Ventetid, unit: dagar, baseline: {year: 2026, value: 6.5}, target: )" +
               target + R"(}
measures:
  - {id: a, number: 1, section: k, title: A, text: x, goals: tilgang}
  - {id: b, number: 2, section: k, title: B, text: x)" + goals_of_b + R"(}
follow_up:
  - year: 2027
    date: 2027-11-01
    measures:
      - {measure: a, status: in_progress, spent: )" + spent + R"(}
      - {measure: b, status: planned}
    indicators:
      - {indicator: ventetid, value: 6}
)" + extra_report;
    };
    test::TempDir dir;
    auto before = test::check_text(dir, test::plan_header() + body("{year: 2030, value: 5}", "", "1000", ""));
    test::TempDir dir2;
    auto after = test::check_text(dir2, test::plan_header() +
                                            body("{year: 2030, value: 4.5}", ", goals: tilgang", "1500",
                                                 "  - year: 2028\n    date: 2028-11-01\n    measures: []\n"));
    INFO(test::headlines(before) << test::headlines(after));
    REQUIRE_FALSE(before.diags.has_errors());
    REQUIRE_FALSE(after.diags.has_errors());
    PlanDiff d = diff_plans(before.plan, before.figures, after.plan, after.figures);

    REQUIRE(d.changed.size() == 1);  // measure b now serves the goal
    REQUIRE(d.changed[0].fields.size() == 1);
    CHECK(d.changed[0].fields[0].field == "goals");
    CHECK(d.changed[0].fields[0].before == "");
    CHECK(d.changed[0].fields[0].after == "Tilgang");

    REQUIRE(d.goals.size() == 1);
    const PartChange& goal = d.goals[0];
    CHECK(goal.kind == PartChange::Kind::edited);
    CHECK(goal.title == "Tilgang");
    REQUIRE(goal.fields.size() == 2);
    CHECK(goal.fields[0].subject == "Ventetid");
    CHECK(goal.fields[0].field == "indicator_target");
    CHECK(goal.fields[0].before == "5 (2030)");
    CHECK(goal.fields[0].after == "4,5 (2030)");
    CHECK(goal.fields[1].field == "goal_measures");
    CHECK(goal.fields[1].before == "1");
    CHECK(goal.fields[1].after == "1, 2");

    REQUIRE(d.follow_up.size() == 2);
    const PartChange& y2027 = d.follow_up[0];
    CHECK(y2027.kind == PartChange::Kind::edited);
    CHECK(y2027.title == "2027");
    REQUIRE(y2027.fields.size() == 1);
    CHECK(y2027.fields[0].subject == "1 A");
    CHECK(y2027.fields[0].field == "follow_up_spent_field");
    CHECK(y2027.fields[0].before == "1 000 kr");
    CHECK(y2027.fields[0].after == "1 500 kr");
    CHECK(d.follow_up[1].kind == PartChange::Kind::added);
    CHECK(d.follow_up[1].title == "2028");
}

TEST_CASE("when the sums cannot be compared, a changed share or grant still marks the costs edited") {
    auto diff_of = [](const std::string& before_cost, const std::string& after_cost) {
        test::TempDir dir;
        auto before = test::check_text(dir, test::minimal_plan() + "measures:\n  - {id: a, number: 1, section: k1, title: A, text: x, responsible: helse, costs: [" + before_cost + "]}\n");
        test::TempDir dir2;
        auto after = test::check_text(dir2, test::minimal_plan() + "measures:\n  - {id: a, number: 1, section: k1, title: A, text: x, responsible: helse, costs: [" + after_cost + "]}\n");
        INFO(test::headlines(before) << test::headlines(after));
        REQUIRE_FALSE(before.diags.has_errors());
        REQUIRE_FALSE(after.diags.has_errors());
        return diff_plans(before.plan, before.figures, after.plan, after.figures, /*sums_comparable=*/false);
    };
    const std::string shared = "{type: yearly, amount: 600, share: {percent: 40, key: k}}";
    PlanDiff share = diff_of(shared, "{type: yearly, amount: 600, share: {percent: 50, key: k}}");
    REQUIRE(share.changed.size() == 1);
    CHECK(share.changed[0].costs_edited);
    PlanDiff grant = diff_of(shared, "{type: yearly, amount: 600, share: {percent: 40, key: k}, grants: [{name: T, amount: 100, funding: other}]}");
    REQUIRE(grant.changed.size() == 1);
    CHECK(grant.changed[0].costs_edited);
    CHECK(diff_of(shared, shared).changed.empty());
}
