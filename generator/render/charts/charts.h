// Family render/charts/: charts as data, Markdown and a gnuplot script; the cost chapter's
// (this header) and a key figure's (key_figure_charts.h).
//
// The cost chapter's charts: the economic plan year by year (columns) and the sums per chapter
// and per responsible unit (horizontal bars, which leave room for long names), each with the
// recurring and the one-time part stacked. What a chart shows comes from the figures stage, its
// words (caption, alt text, legend, axis) from the label file; the gnuplot script that draws
// them holds plan text only inside single-quoted strings, where gnuplot expands nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "render/document_parts.h"

namespace legeplan {

// One bar: the recurring part from 0, the one-time part on top of it up to total.
struct ChartBar {
    std::string label;  // a year, a chapter's or a unit's name
    Amount recurring = 0;
    Amount total = 0;  // the figures' sum of recurring and one-time; never added here
};

enum class ChartShape {
    columns,  // upright bars side by side: years
    bars,     // horizontal bars, top to bottom: chapters, units
};

struct Chart {
    std::string name;  // the pictures' file name without extension: "diagram-kostnader-per-ar"
    ChartShape shape = ChartShape::columns;
    std::vector<ChartBar> bars;
    std::string recurring_key;  // the legend's words for the two parts
    std::string one_time_key;
    std::string kroner_word;   // the value axis's unit: "kr", or from a million on "mill. kr"
    std::string million_word;
    // A chart of a key figure instead of kroner: each bar one number in thousandths (scale
    // 1000), the axis in the figure's unit, no legend; a bar's recurring part is drawn dark (the
    // plan's own municipality), the rest light (what it is compared with).
    bool stacked = true;
    Amount scale = 1;
    std::string unit_word;
    std::string caption;  // plain text
    std::string alt;      // plain text: what the chart shows, its numbers in words
};

// The charts legeplan draws, in the order they are drawn.
struct ChartSet {
    std::vector<Chart> charts;
};

// A chart of kroner, recurring and one-time stacked, in the label file's words; nullopt when
// no bar has any kroner.
std::optional<Chart> cost_chart(const Labels& labels, const std::string& name, ChartShape shape,
                                std::vector<ChartBar> bars, const std::string& title);

// The chart as a Markdown picture, for a document written without templates: its PNG (which
// the HTML exchanges for the SVG), the caption escaped, the alt text as an attribute.
std::string chart_markdown(const Chart& chart);

// The chart of each table, or nullopt when there is nothing to draw (no kroner at all).
std::optional<Chart> phasing_chart(const DocumentParts& parts);
std::optional<Chart> chapter_chart(const DocumentParts& parts);
std::optional<Chart> unit_chart(const DocumentParts& parts);

// Adds the chart to set and hands the template its picture under the key "chart" of section:
// the file (a PNG, which the HTML conversion exchanges for the SVG), the caption and
// the alt text, each escaped for where the template puts it.
void place_chart(std::optional<Chart> chart, kainjow::mustache::data& section, ChartSet& set);

// A text as a gnuplot single-quoted string: quotes doubled, line breaks and other control
// characters as spaces. gnuplot substitutes no backquote, macro or escape inside one.
std::string gnuplot_quoted(const std::string& text);

// Which pictures of the charts a build needs: SVG for HTML, PNG for DOCX and the PDF made from
// it. The PNGs take gnuplot ten times as long as the SVGs, so a build with neither does without.
struct ChartPictures {
    bool svg = true;
    bool png = true;
};

// The script that draws every chart of the set into its working folder, as NAME.svg (for HTML, in
// the plan's web font) and NAME.png (for DOCX, high resolution, in the Word font),
// each kind only when asked for.
std::string gnuplot_script(const ChartSet& set, ChartPictures kinds = {});

// The files that script writes: every chart's SVG and PNG, as asked for.
std::vector<std::string> chart_pictures(const ChartSet& set, ChartPictures kinds = {});

}  // namespace legeplan
