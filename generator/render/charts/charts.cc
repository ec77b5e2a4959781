#include "render/charts/charts.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "text/utf8.h"
#include "render/cost_text.h"
#include "text/markdown_escape.h"

namespace legeplan {

namespace {

using kainjow::mustache::data;

constexpr const char* kNbsp = "\xC2\xA0";
constexpr const char* kRecurringColour = "#1f4e79";  // the headings' blue in plan.css
constexpr const char* kOneTimeColour = "#9dc3e6";
// A bar's name longer than this is cut with "…": the table above the chart holds it whole.
constexpr std::size_t kMaxBarLabel = 48;

std::string period_text(const Plan& plan) {
    return std::to_string(plan.meta.period.from) + "–" + std::to_string(plan.meta.period.to);
}

// What the chart shows, in words, with every bar's sum: the alt text.
std::string alt_text(const Labels& labels, const Chart& chart, const std::string& title) {
    std::string kind = labels.get(chart.shape == ChartShape::columns ? "chart_columns" : "chart_bars");
    std::string out = kind + ": " + title + ", " + labels.get("chart_stacked") + ".";
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        out += (i == 0 ? " " : "; ") + chart.bars[i].label + ": " + kroner(chart.bars[i].total);
    }
    return out + ".";
}


// The bars of groups of measures: recurring per year at full run, one-time on top, as the
// table beside the chart sums them.
template <typename NameOf>
std::vector<ChartBar> group_bars(const std::vector<GroupSums>& groups, NameOf name_of) {
    std::vector<ChartBar> bars;
    for (const GroupSums& g : groups) bars.push_back({name_of(g.id), g.sums.recurring, g.sums.total});
    return bars;
}

// A name cut to kMaxBarLabel characters.
std::string bar_label(const std::string& name) {
    if (utf8::length(name) <= kMaxBarLabel) return name;
    std::vector<std::string> chars = utf8::split_chars(name);
    std::string out;
    for (std::size_t i = 0; i + 1 < kMaxBarLabel; ++i) out += chars[i];
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "…";
}

// Inside a Pandoc attribute value in double quotes: Pandoc reads backslash escapes and
// entities there.
std::string attribute_value(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '"': out += "\\\""; break;
            case '&': out += "&amp;"; break;
            case '\n': case '\r': case '\t': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

// The value axis: ticks at a round step, numbers written the Norwegian way, in kroner or, from
// a million on, in millions with a decimal comma.
struct ValueAxis {
    double top = 0;   // in kroner
    double step = 0;  // in kroner
    double unit = 1;  // 1 or 1 000 000
    std::string unit_label;
};

ValueAxis value_axis(const Chart& chart, Amount largest) {
    ValueAxis axis;
    bool whole = true;  // every bar a whole number of the axis's unit: so are its steps
    if (chart.scale != 1) {
        axis.unit = static_cast<double>(chart.scale);
        axis.unit_label = chart.unit_word;
        largest = std::max(largest, chart.scale);  // a chart of zeros still has an axis up to 1
        whole = std::all_of(chart.bars.begin(), chart.bars.end(),
                            [&](const ChartBar& b) { return b.total % chart.scale == 0; });
    } else {
        axis.unit = largest >= 1'000'000 ? 1e6 : 1;
        axis.unit_label = largest >= 1'000'000 ? chart.million_word : chart.kroner_word;
    }
    double raw = static_cast<double>(largest) / 5;
    double magnitude = std::pow(10, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        axis.step = f * magnitude;
        if (axis.step >= raw) break;
    }
    axis.step = std::max(axis.step, whole ? static_cast<double>(chart.scale) : 1.0);  // whole kroner or counts
    axis.top = std::ceil(static_cast<double>(largest) / axis.step) * axis.step;
    if (axis.top < static_cast<double>(largest) * 1.08) axis.top += axis.step;  // room for the sum above the bar
    return axis;
}

// A number in the axis unit: "1 250 000", "2,5", "12,35"; at most two decimals, none trailing.
std::string axis_number(double kroner_value, const ValueAxis& axis) {
    double v = kroner_value / axis.unit;
    auto hundredths = static_cast<Amount>(std::llround(v * 100));
    std::string out = format_amount(hundredths / 100, kNbsp);
    Amount cents = hundredths % 100;
    if (cents != 0) {
        out += ',';
        out += static_cast<char>('0' + cents / 10);
        if (cents % 10 != 0) out += static_cast<char>('0' + cents % 10);
    }
    return out;
}

// A number as gnuplot reads it: kroner are whole, axis steps may be halves.
std::string number(double v) {
    std::ostringstream out;
    out.precision(17);
    out << v;
    return out.str();
}

std::string key_and_style(const Chart& chart) {
    std::string out = "unset label\nset style fill solid 1.0 border lc rgb '#ffffff'\nset border 3\n";
    out += "set grid noxtics noytics\n";
    out += chart.shape == ChartShape::columns ? "set grid ytics lc rgb '#d0d0d0'\n" : "set grid xtics lc rgb '#d0d0d0'\n";
    if (!chart.stacked) return out + "set tmargin 2\nunset key\n";
    // The legend in the top left corner of the picture, above the chart, where it covers no bar
    // and has the whole width (beside long names the chart itself is narrow).
    out += "set tmargin 3\nset key at screen 0.01,0.99 left top horizontal reverse Left\n";
    return out;
}

// The bars' numbers as a data block: index, recurring part, total.
std::string data_block(const Chart& chart, const std::string& block) {
    std::string out = block + " << EOD\n";
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        out += std::to_string(i) + " " + std::to_string(chart.bars[i].recurring) + " " +
               std::to_string(chart.bars[i].total) + "\n";
    }
    return out + "EOD\n";
}

// Both axes: the bars' names on one, the value axis's round numbers and unit on the other.
std::string axes(const Chart& chart, const ValueAxis& axis) {
    bool columns = chart.shape == ChartShape::columns;
    std::string category = columns ? "x" : "y";
    std::string value = columns ? "y" : "x";
    std::string names;
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        names += (i == 0 ? "" : ", ") + gnuplot_quoted(bar_label(chart.bars[i].label)) + " " + std::to_string(i);
    }
    std::string values;
    for (double v = 0; v <= axis.top + axis.step / 2; v += axis.step) {
        values += (values.empty() ? "" : ", ") + gnuplot_quoted(axis_number(v, axis)) + " " + number(v);
    }
    std::string n = std::to_string(chart.bars.size());
    std::string out = "set " + category + "tics (" + names + ") scale 0\n";
    out += "set " + value + "tics (" + values + ") scale 0\n";
    out += "set " + category + "label ''\nset " + value + "label " + gnuplot_quoted(axis.unit_label) + "\n";
    out += "set " + value + "range [0:" + number(axis.top) + "]\n";
    // Upright: first year left. Lying: first group on top.
    return out + "set " + category + "range " + (columns ? "[-0.6:" + n + "-0.4]" : "[" + n + "-0.4:-0.6]") + "\n";
}

// More upright bars than this leave no room for their numbers above them; the table has them.
constexpr std::size_t kMaxLabelledColumns = 10;

// Each bar's sum at its end, in the axis's unit.
std::string sum_labels(const Chart& chart, const ValueAxis& axis) {
    bool columns = chart.shape == ChartShape::columns;
    std::string out;
    if (columns && chart.bars.size() > kMaxLabelledColumns) return out;
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& b = chart.bars[i];
        std::string at = columns ? std::to_string(i) + "," + std::to_string(b.total)
                                 : std::to_string(b.total) + "," + std::to_string(i);
        out += "set label " + gnuplot_quoted(axis_number(static_cast<double>(b.total), axis)) + " at " + at +
               (columns ? " center offset 0,0.8\n" : " left offset 0.6,0\n");
    }
    return out;
}

// The recurring part from 0, the one-time part from there to the total: boxxyerror takes
// x y xlow xhigh ylow yhigh.
std::string plot(const Chart& chart, const std::string& block) {
    bool columns = chart.shape == ChartShape::columns;
    std::string recurring = columns ? "1:2:($1-0.35):($1+0.35):(0):2" : "2:1:(0):2:($1-0.35):($1+0.35)";
    std::string one_time = columns ? "1:3:($1-0.35):($1+0.35):2:3" : "3:1:2:3:($1-0.35):($1+0.35)";
    std::string recurring_title = chart.stacked ? "title " + gnuplot_quoted(chart.recurring_key) : "notitle";
    std::string one_time_title = chart.stacked ? "title " + gnuplot_quoted(chart.one_time_key) : "notitle";
    return "plot " + block + " using " + recurring + " with boxxyerror fc rgb '" + kRecurringColour + "' " +
           recurring_title + ", \\\n     " + block + " using " + one_time + " with boxxyerror fc rgb '" +
           kOneTimeColour + "' " + one_time_title + "\n";
}

// One chart's commands, for whichever terminal is set.
std::string chart_commands(const Chart& chart, std::size_t index, const std::string& extension) {
    Amount largest = 0;
    for (const ChartBar& b : chart.bars) largest = std::max(largest, b.total);
    ValueAxis axis = value_axis(chart, largest);
    std::string block = "$chart" + std::to_string(index);
    return "set output '" + chart.name + "." + extension + "'\n" + key_and_style(chart) + data_block(chart, block) +
           axes(chart, axis) + sum_labels(chart, axis) + plot(chart, block);
}

// Pixels for the SVG, about the width of a page's text, so that its 12 px text prints at about
// 9 pt; the PNG has kPngScale times as many, for print.
struct Size {
    int width;
    int height;
};
constexpr int kPngScale = 3;

Size chart_size(const Chart& chart) {
    if (chart.shape == ChartShape::columns) return {640, chart.stacked ? 320 : 240};
    return {640, std::max(200, 90 + 30 * static_cast<int>(chart.bars.size()))};
}

}  // namespace

std::optional<Chart> cost_chart(const Labels& labels, const std::string& name, ChartShape shape,
                                std::vector<ChartBar> bars, const std::string& title) {
    if (std::none_of(bars.begin(), bars.end(), [](const ChartBar& b) { return b.total > 0; })) return std::nullopt;
    Chart chart;
    chart.name = name;
    chart.shape = shape;
    chart.bars = std::move(bars);
    chart.recurring_key = labels.get("recurring_total");
    chart.one_time_key = labels.get("one_time_total");
    chart.kroner_word = labels.get("chart_kroner");
    chart.million_word = labels.get("chart_million");
    chart.caption = title + ": " + labels.get("chart_parts") + ". " + labels.get("chart_numbers_above");
    chart.alt = alt_text(labels, chart, title);
    return chart;
}

std::string chart_markdown(const Chart& chart) {
    return "![" + escape_inline(chart.caption) + "](" + chart.name + ".png){.legeplan-diagram width=100% alt=\"" +
           attribute_value(chart.alt) + "\"}\n\n";
}

std::optional<Chart> phasing_chart(const DocumentParts& parts) {
    const Sums& s = parts.figures.overall;
    std::vector<ChartBar> bars;
    for (std::size_t i = 0; i < s.per_year.size(); ++i) {
        bars.push_back({std::to_string(parts.plan.meta.period.from + static_cast<int>(i)), s.recurring_in(i),
                        s.per_year[i]});
    }
    return cost_chart(parts.labels, "diagram-kostnader-per-ar", ChartShape::columns, std::move(bars),
                      parts.label("chart_phasing") + " " + period_text(parts.plan));
}

std::optional<Chart> chapter_chart(const DocumentParts& parts) {
    auto bars = group_bars(parts.figures.by_chapter,
                           [&](const std::string& id) { return parts.chapter_name(*parts.index.chapters.at(id)); });
    return cost_chart(parts.labels, "diagram-kostnader-per-kapittel", ChartShape::bars, std::move(bars),
                      parts.label("chart_per_chapter"));
}

std::optional<Chart> unit_chart(const DocumentParts& parts) {
    auto bars = group_bars(parts.figures.by_unit, [&](const std::string& id) { return parts.unit_name(id); });
    return cost_chart(parts.labels, "diagram-kostnader-per-enhet", ChartShape::bars, std::move(bars),
                      parts.label("chart_per_unit"));
}

void place_chart(std::optional<Chart> chart, data& section, ChartSet& set) {
    if (!chart) return;
    data d;
    d.set("file", chart->name + ".png");
    d.set("caption", chart->caption);
    d.set("alt", attribute_value(chart->alt));
    section.set("chart", d);
    set.charts.push_back(std::move(*chart));
}

std::string gnuplot_quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '\'') {
            out += "''";
        } else if (u < 0x20 || u == 0x7F) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out + "'";
}

std::vector<std::string> chart_pictures(const ChartSet& set, ChartPictures kinds) {
    std::vector<std::string> files;
    for (const Chart& chart : set.charts) {
        if (kinds.svg) files.push_back(chart.name + ".svg");
        if (kinds.png) files.push_back(chart.name + ".png");
    }
    return files;
}

std::string gnuplot_script(const ChartSet& set, ChartPictures kinds) {
    // Text is drawn as written (noenhanced: no ^, _, @ or {} markup), in UTF-8.
    std::string out = "set encoding utf8\n";
    for (std::size_t i = 0; kinds.svg && i < set.charts.size(); ++i) {
        Size size = chart_size(set.charts[i]);
        out += "set terminal svg size " + std::to_string(size.width) + "," + std::to_string(size.height) +
               " noenhanced font 'DejaVu Sans,12' background '#ffffff'\n";
        out += chart_commands(set.charts[i], i, "svg");
    }
    for (std::size_t i = 0; kinds.png && i < set.charts.size(); ++i) {
        Size size = chart_size(set.charts[i]);
        out += "set terminal pngcairo size " + std::to_string(size.width * kPngScale) + "," +
               std::to_string(size.height * kPngScale) + " noenhanced font 'Carlito,12' fontscale " +
               std::to_string(kPngScale) + " linewidth " + std::to_string(kPngScale) + " background '#ffffff'\n";
        out += chart_commands(set.charts[i], i, "png");
    }
    return out + "unset output\n";
}

}  // namespace legeplan
