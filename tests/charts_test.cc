#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "publish/docx/pages.h"
#include "publish/gnuplot.h"
#include "publish/output.h"
#include "render/charts/charts.h"
#include "render/document/document_data.h"
#include "render/labels.h"
#include "test_util.h"

using namespace legeplan;

namespace {

const std::string kNbsp = "\xC2\xA0";

// Spaces as the non-breaking spaces Norwegian amounts are written with.
std::string nb(const std::string& text) {
    std::string out;
    for (char c : text) out += c == ' ' ? kNbsp : std::string(1, c);
    return out;
}

// "600 000 kr" as the document writes it.
std::string kr(const std::string& amount) { return nb(amount + " kr"); }

Labels labels_for(const CheckedPlan& checked) {
    Labels labels;
    Diagnostics diags;
    SourceFiles files;
    REQUIRE(load_labels(LEGEPLAN_SOURCE_DIR "/templates", checked.plan.meta.language, labels, files, diags));
    return labels;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

Chart two_bars(const std::string& first_name) {
    Chart chart;
    chart.name = "diagram-test";
    chart.shape = ChartShape::bars;
    chart.bars = {{first_name, 1'000'000, 1'250'000}, {"Legevakt", 0, 300'000}};
    chart.recurring_key = "Årlige kostnader";
    chart.one_time_key = "Engangsutgifter";
    chart.kroner_word = "kr";
    chart.million_word = "mill. kr";
    return chart;
}

}  // namespace

TEST_CASE("a gnuplot string doubles its quotes and turns control characters into spaces") {
    CHECK(gnuplot_quoted("Helse og omsorg") == "'Helse og omsorg'");
    CHECK(gnuplot_quoted("Barn' og unge") == "'Barn'' og unge'");
    CHECK(gnuplot_quoted("`ls` @m \\ \"x\"\nny\tlinje\r") == "'`ls` @m \\ \"x\" ny linje '");
    CHECK(gnuplot_quoted("") == "''");
}

TEST_CASE("a chart's script holds its numbers, Norwegian axis labels and names in quotes") {
    ChartSet set;
    set.charts.push_back(two_bars("Helse"));
    std::string script = gnuplot_script(set);
    // Lying bars, first on top; kroner scaled to millions with a decimal comma; each bar's sum.
    CHECK(script.find("$chart0 << EOD\n0 1000000 1250000\n1 0 300000\nEOD\n") != std::string::npos);
    CHECK(script.find("set ytics ('Helse' 0, 'Legevakt' 1) scale 0\n") != std::string::npos);
    CHECK(script.find("set xtics ('0' 0, '0,25' 250000, '0,5' 500000, '0,75' 750000, '1' 1000000, "
                      "'1,25' 1250000, '1,5' 1500000) scale 0\n") != std::string::npos);
    CHECK(script.find("set xlabel 'mill. kr'\nset xrange [0:1500000]\nset yrange [2-0.4:-0.6]\n") !=
          std::string::npos);
    CHECK(script.find("set label '1,25' at 1250000,0 left offset 0.6,0\n"
                      "set label '0,3' at 300000,1 left offset 0.6,0\n") != std::string::npos);
    CHECK(script.find("set output 'diagram-test.svg'\n") != std::string::npos);
    CHECK(script.find("set output 'diagram-test.png'\n") != std::string::npos);
    CHECK(script.find("title 'Årlige kostnader'") != std::string::npos);
}

TEST_CASE("below a million the axis counts kroner with spaces between thousands") {
    ChartSet set;
    Chart chart = two_bars("Helse");
    chart.shape = ChartShape::columns;
    chart.bars = {{"2027", 250'000, 250'000}, {"2028", 250'000, 550'000}};
    set.charts.push_back(chart);
    std::string script = gnuplot_script(set);
    CHECK(script.find("set ytics ('0' 0, '" + nb("200 000") + "' 200000, '" + nb("400 000") + "' 400000, '" +
                      nb("600 000") + "' 600000) scale 0\n") != std::string::npos);
    CHECK(script.find("set xtics ('2027' 0, '2028' 1) scale 0\n") != std::string::npos);
    CHECK(script.find("set label " + nb("'550 000'") + " at 1,550000 center offset 0,0.8\n") != std::string::npos);
}

TEST_CASE("a build without DOCX draws no PNG, one without HTML and PDF no SVG") {
    ChartSet set;
    set.charts.push_back(two_bars("Helse"));
    std::string web = gnuplot_script(set, {true, false});
    CHECK(web.find("set output 'diagram-test.svg'\n") != std::string::npos);
    CHECK(web.find("png") == std::string::npos);
    CHECK(chart_pictures(set, {true, false}) == std::vector<std::string>{"diagram-test.svg"});
    std::string word = gnuplot_script(set, {false, true});
    CHECK(word.find("set output 'diagram-test.png'\n") != std::string::npos);
    CHECK(word.find("svg") == std::string::npos);
    CHECK(chart_pictures(set, {false, true}) == std::vector<std::string>{"diagram-test.png"});
}

// gnuplot is the program that would run a name's backquotes, system() or macro: here it draws the
// name, and nothing runs.
TEST_CASE("gnuplot draws a hostile unit name literally and runs nothing") {
    test::TempDir dir;
    // 46 characters: short enough to be drawn whole.
    std::string name = "`touch PW1`system(\"touch PW2\")@x\\'<&\n!touch PW3";
    ChartSet set;
    set.charts.push_back(two_bars(name));
    CHECK(chart_pictures(set) == std::vector<std::string>{"diagram-test.svg", "diagram-test.png"});
    std::string failure = run_gnuplot({gnuplot_script(set), chart_pictures(set)}, dir.path(), std::chrono::seconds(30));
    REQUIRE(failure.empty());
    for (const char* pwned : {"PW1", "PW2", "PW3"}) {
        CHECK_FALSE(std::filesystem::exists(dir.path() + "/" + pwned));
        CHECK_FALSE(std::filesystem::exists(pwned));
    }
    std::string svg = read(dir.path() + "/diagram-test.svg");
    CHECK(svg.find("<text>`touch PW1`system(\"touch PW2\")@x\\'&lt;&amp; !touch PW3</text>") != std::string::npos);
    CHECK(read(dir.path() + "/diagram-test.png").substr(1, 3) == "PNG");
}

TEST_CASE("a failing gnuplot run is an error with what gnuplot said") {
    test::TempDir dir;
    std::string failure = run_gnuplot({"set terminal nosuchterminal\n", {}}, dir.path(), std::chrono::seconds(30));
    CHECK(failure == "gnuplot exited with code 1; gnuplot said: \nset terminal nosuchterminal\n"
                     "             ^\n"
                     "\"charts.gp\" line 1: unknown or ambiguous terminal type; type just 'set terminal' for a list");
}

TEST_CASE("a gnuplot run that leaves a picture undrawn is an error; a message alone is not") {
    test::TempDir dir;
    CHECK(run_gnuplot({"print 'kun ei melding'\n", {}}, dir.path(), std::chrono::seconds(30)).empty());
    CHECK(run_gnuplot({"print 'kun ei melding'\n", {"diagram-x.svg"}}, dir.path(), std::chrono::seconds(30)) ==
          "gnuplot did not draw diagram-x.svg; gnuplot said: kun ei melding");
}

TEST_CASE("the cost charts of a plan: years, units and chapters, with captions and alt text") {
    test::TempDir dir;
    CheckedPlan checked = check_plan(LEGEPLAN_SOURCE_DIR "/tests/cases/validate/valid-minimal.yaml");
    REQUIRE(checked.usable(false));
    ChartSet set;
    document_data(checked.plan, checked.figures, checked.rules, labels_for(checked), &set);
    REQUIRE(set.charts.size() == 3);
    const Chart& years = set.charts[0];
    CHECK(years.name == "diagram-kostnader-per-ar");
    CHECK(years.shape == ChartShape::columns);
    CHECK(years.caption == "Kostnader per år i økonomiplanen 2027–2030: årlige kostnader og engangsutgifter. "
                           "Tallene står i tabellen over.");
    CHECK(years.alt == "Stolpediagram: Kostnader per år i økonomiplanen 2027–2030, årlige kostnader nederst og "
                       "engangsutgifter oppå. 2027: " + kr("600 000") + "; 2028: " + kr("900 000") + "; 2029: " +
                       kr("600 000") + "; 2030: " + kr("600 000") + ".");
    REQUIRE(years.bars.size() == 4);
    CHECK(years.bars[1].recurring == 600'000);
    CHECK(years.bars[1].total == 900'000);
    const Chart& units = set.charts[1];
    CHECK(units.name == "diagram-kostnader-per-enhet");
    CHECK(units.shape == ChartShape::bars);
    CHECK(units.alt == "Liggende stolpediagram: Kostnader per ansvarlig enhet, årlige kostnader nederst og "
                       "engangsutgifter oppå. Helse og omsorg: " + kr("600 000") + "; Legevakt: " + kr("300 000") + ".");
    const Chart& chapters = set.charts[2];
    CHECK(chapters.name == "diagram-kostnader-per-kapittel");
    CHECK(chapters.alt == "Liggende stolpediagram: Kostnader per kapittel, årlige kostnader nederst og "
                          "engangsutgifter oppå. 1 Innledning: " + kr("600 000") + "; 2 Fastlegeordningen: " +
                          kr("300 000") + ".");
}

TEST_CASE("without charts asked for, the document data has none") {
    CheckedPlan checked = check_plan(LEGEPLAN_SOURCE_DIR "/tests/cases/validate/valid-minimal.yaml");
    REQUIRE(checked.usable(false));
    TemplateData d = document_data(checked.plan, checked.figures, checked.rules, labels_for(checked));
    CHECK(d.get("costs")->get("phasing")->get("chart") == nullptr);
}

TEST_CASE("a plan without kroner has no charts") {
    test::TempDir dir;
    CheckedPlan checked = test::check_text(dir, test::minimal_plan() +
                                                    "measures:\n"
                                                    "  - {id: m, number: 1, section: k1, title: T, text: x, "
                                                    "responsible: helse, funding: existing_budget}\n");
    REQUIRE(checked.usable(false));
    ChartSet set;
    document_data(checked.plan, checked.figures, checked.rules, labels_for(checked), &set);
    CHECK(set.charts.empty());
}

TEST_CASE("a chart's picture in a DOCX is described by its alt text, other pictures keep theirs") {
    pugi::xml_document document;
    REQUIRE(document.load_string(
        "<w:document xmlns:w=\"w\" xmlns:wp=\"wp\"><w:body>"
        "<wp:docPr descr=\"Kostnader per år\" title=\"\" id=\"1\"/>"
        "<wp:docPr descr=\"Kart over legekontorene\" title=\"\" id=\"2\"/>"
        "</w:body></w:document>"));
    CHECK(describe_pictures(document, {{"Kostnader per år", "Stolpediagram: 2027: 600 000 kr."}}) == 1);
    std::ostringstream xml;
    document.save(xml, "", pugi::format_raw | pugi::format_no_declaration);
    CHECK(xml.str() == "<w:document xmlns:w=\"w\" xmlns:wp=\"wp\"><w:body>"
                       "<wp:docPr descr=\"Stolpediagram: 2027: 600 000 kr.\" title=\"\" id=\"1\"/>"
                       "<wp:docPr descr=\"Kart over legekontorene\" title=\"\" id=\"2\"/>"
                       "</w:body></w:document>");
}

TEST_CASE("a key figure's series and comparisons are charts of their own, the municipality's bar first") {
    test::TempDir dir;
    CheckedPlan checked = test::check_text(
        dir, test::plan_header() +
                 "chapters: [{id: a, title: A, text: x}]\n"
                 "key_figures:\n"
                 "  - id: eldre\n"
                 "    title: Fastleger 60 år og eldre\n"
                 "    kind: gps_aged_60\n"
                 "    series: [{year: 2025, value: 30}, {year: 2026, value: 32.5}]\n"
                 "    comparisons: [{label: Fylket, value: 23}, {label: Hele landet, value: 21}]\n"
                 "  - id: aldersgrupper\n"
                 "    title: Fastleger etter alder\n"
                 "    unit: leger\n"
                 "    comparisons: [{label: Under 40 år, value: 3}, {label: 40 år og eldre, value: 5}]\n");
    REQUIRE(checked.usable(false));
    ChartSet set;
    document_data(checked.plan, checked.figures, checked.rules, labels_for(checked), &set);
    REQUIRE(set.charts.size() == 3);
    const Chart& series = set.charts[0];
    CHECK(series.name == "diagram-nokkeltall-eldre-ar");
    CHECK(series.shape == ChartShape::columns);
    CHECK_FALSE(series.stacked);
    CHECK(series.unit_word == "%");  // the kind's unit, as the plan gives none
    CHECK(series.caption == "Fastleger 60 år og eldre (%), år for år, 2025–2026. Tallene står i tabellen over.");
    CHECK(series.alt == "Stolpediagram: Fastleger 60 år og eldre, år for år, 2025–2026. 2025: 30" + kNbsp + "%; 2026: 32,5" +
                            kNbsp + "%.");
    CHECK(series.bars[1].total == 32'500);
    const Chart& compared = set.charts[1];
    CHECK(compared.name == "diagram-nokkeltall-eldre-sammenligning");
    CHECK(compared.shape == ChartShape::bars);
    CHECK(compared.alt == "Liggende stolpediagram: Fastleger 60 år og eldre, Testvik kommune sammenlignet med Fylket og "
                          "Hele landet. Testvik kommune: 32,5" + kNbsp + "%; Fylket: 23" + kNbsp + "%; Hele landet: 21" +
                          kNbsp + "%.");
    // The municipality's own bar dark (all of it the first part), the others light.
    CHECK(compared.bars[0].recurring == 32'500);
    CHECK(compared.bars[1].recurring == 0);
    CHECK(compared.bars[1].total == 23'000);
    const Chart& groups = set.charts[2];
    CHECK(groups.caption == "Fastleger etter alder (leger), fordelt på grupper. Tallene står i tabellen over.");
    CHECK(groups.bars[0].label == "Under 40 år");
    CHECK(groups.bars[0].recurring == 3'000);

    // Drawn without a legend, on an axis of the figure's unit in whole steps for whole numbers.
    std::string script = gnuplot_script(set);
    CHECK(script.find("unset key\n") != std::string::npos);
    CHECK(script.find("set xlabel '%'") != std::string::npos);
    CHECK(script.find("set xtics ('0' 0, '1' 1000, '2' 2000, '3' 3000, '4' 4000, '5' 5000, '6' 6000) scale 0") !=
          std::string::npos);
}
