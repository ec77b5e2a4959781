#include "render/plan_markdown.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "render/document_data.h"
#include "render/markdown_escape.h"
#include "plan/node_reader.h"
#include "plan/utf8.h"

namespace legeplan {

namespace fs = std::filesystem;
using kainjow::mustache::data;
using kainjow::mustache::mustache;
using kainjow::mustache::partial;

namespace {

const std::vector<std::string> kPartials = {"measure", "key_figure", "cost_tables"};

SourcePos offset_pos(int file, const std::string& text, std::size_t offset, int length) {
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    std::string before = text.substr(line_start, offset - line_start);
    int col = 1;
    for (unsigned char c : before) col += (c & 0xC0) != 0x80;
    return {file, line, col, length};
}

// The first tag not closed where it should be, as (offset, the tag as written), or nullopt.
// kainjow ends a tag at the next "}}" wherever it is, so "{{title}" swallows the text up to the
// next tag's end and a section tag with it, and the error, if any, names another place.
// A tag, but for a comment, ends on its own line before the next "{{".
std::optional<std::pair<std::size_t, std::string>> first_unclosed_tag(const std::string& text) {
    for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at)) {
        bool triple = text.compare(at, 3, "{{{") == 0;
        if (text.compare(at, 3, "{{=") == 0) return std::nullopt;  // other delimiters from here
        std::size_t end = text.find(triple ? "}}}" : "}}", at + 2);
        if (text.compare(at, 3, "{{!") == 0) {
            if (end == std::string::npos) break;  // kainjow reports it, at its start
            at = end + 2;
            continue;
        }
        std::size_t next = text.find("{{", at + 2);
        std::size_t line_end = text.find('\n', at);
        std::size_t stop = std::min(next, line_end);
        if (end == std::string::npos || end > stop) {
            std::string shown = text.substr(at, std::min(stop, text.size()) - at);
            while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\r')) shown.pop_back();
            return std::pair<std::size_t, std::string>{at, shown};
        }
        at = end + (triple ? 3 : 2);
    }
    return std::nullopt;
}

class TemplateRenderer {
public:
    TemplateRenderer(const TemplateDirs& dirs, SourceFiles& files, Diagnostics& diags)
        : dirs_(dirs), files_(files), diags_(diags) {}

    // Reads a template and checks its syntax and its tags; false when it cannot be used.
    bool load(const std::string& name, const std::set<std::string>& known_keys) {
        std::string path = dirs_.find(name + ".md.mustache");
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            diags_.report(DiagnosticKind::bad_template, {}, "cannot read template '" + path + "'");
            return false;
        }
        std::stringstream buffer;
        buffer << in.rdbuf();
        std::string text = buffer.str();
        int file = files_.add(path, text);
        if (auto unclosed = first_unclosed_tag(text)) {
            const auto& [offset, shown] = *unclosed;
            diags_.report(DiagnosticKind::bad_template,
                          offset_pos(file, text, offset, static_cast<int>(utf8::length(shown))),
                          "template syntax: the tag '" + shown + "' is not closed",
                          std::string("end it with '") + (shown.compare(0, 3, "{{{") == 0 ? "}}}" : "}}") +
                              "' on the same line");
            return false;
        }
        mustache parsed(text);
        if (!parsed.is_valid()) {
            std::string message = parsed.error_message();
            std::smatch m;
            SourcePos pos{file, 0, 0, 1};
            if (std::regex_search(message, m, std::regex(" at ([0-9]+)$"))) {
                pos = offset_pos(file, text, std::stoul(m[1].str()), 2);
                message = message.substr(0, m.position(0));
            }
            diags_.report(DiagnosticKind::bad_template, pos, "template syntax: " + message);
            return false;
        }
        bool ok = check_tags(file, text, known_keys);
        texts_[name] = text;
        return ok;
    }

    const std::string& text(const std::string& name) const { return texts_.at(name); }

private:
    bool check_tags(int file, const std::string& original, const std::set<std::string>& known) {
        // Comments may mention tags; blank them out, keeping offsets and line breaks.
        std::string text = original;
        for (std::size_t at = text.find("{{!"); at != std::string::npos; at = text.find("{{!", at)) {
            std::size_t end = text.find("}}", at);
            end = end == std::string::npos ? text.size() : end + 2;
            for (std::size_t i = at; i < end; ++i) {
                if (text[i] != '\n') text[i] = ' ';
            }
            at = end;
        }
        static const std::regex tag(R"(\{\{(\{?)\s*([#^/>&]?)\s*([^}!\s][^}\s]*)\s*\}?\}\})");
        bool ok = true;
        std::vector<std::string> candidates(known.begin(), known.end());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), tag);
             it != std::sregex_iterator(); ++it) {
            const std::smatch& m = *it;
            std::string kind = m[2].str();
            std::string name = m[3].str();
            if (kind == "/") continue;
            SourcePos pos = offset_pos(file, text, m.position(0), static_cast<int>(m.length(0)));
            if (kind == ">") {
                if (std::find(kPartials.begin(), kPartials.end(), name) == kPartials.end()) {
                    diags_.report(
                        DiagnosticKind::unknown_template_name, pos,
                        "template includes '" + name + "', which is not a template legeplan has");
                    ok = false;
                }
                continue;
            }
            if (name == ".") continue;
            std::stringstream parts(name);
            std::string part;
            while (std::getline(parts, part, '.')) {
                if (known.count(part)) continue;
                std::string nearest = suggest_key(part, candidates);
                diags_.report(DiagnosticKind::unknown_template_name, pos,
                              "template uses '" + name + "', which legeplan does not provide",
                              nearest.empty() ? "" : "did you mean '" + nearest + "'?");
                ok = false;
                break;
            }
        }
        return ok;
    }

    const TemplateDirs& dirs_;
    SourceFiles& files_;
    Diagnostics& diags_;
    std::map<std::string, std::string> texts_;
};

// The names document_data sets, at any depth, plus every label.
std::set<std::string> known_keys(const Labels& labels) {
    std::set<std::string> keys = {
        "label", "meta", "chapters", "own_cost_chapter", "cost_chapter_number", "cost_chapter_id",
        "costs", "unplaced_key_figures", "has_unplaced_key_figures", "appendices", "has_appendices",
        // meta
        "municipality", "title", "period", "version", "date", "status", "is_draft", "adopted_by",
        "has_adopted_by", "adopted_date", "has_adopted_date", "summary", "has_summary", "language",
        // chapters, sections, appendices
        "id", "numbered", "number", "text", "measures", "key_figures", "is_cost_chapter",
        "sections", "estimates", "has_estimates",
        // measures
        "anchor", "details", "name", "value", "table_number", "table_numbered", "table_id",
        // key figure tables
        "columns", "rule", "rows", "cells", "cell", "caption", "has_caption", "source", "has_source",
        // cost tables
        "measure_table", "total_section", "phasing", "per_unit", "per_chapter", "measure_rows",
        "responsible", "recurring", "one_time", "total", "measure_total", "phasing_number",
        "phasing_id", "years", "phasing_rule", "phasing_rows", "phasing_total", "phasing_one_time",
        "has_phasing_one_time", "unit_rows", "unit_total", "chapter_rows", "chapter_total",
        "estimate_rows", "place", "place_id", "chart", "file", "alt",
        // LSU
        "lsu", "has_lsu", "meetings", "has_meetings", "note", "has_note", "has_statement", "views",
        "has_views", "position", "comment",
        // goals, and their sums in the cost tables
        "has_goals", "goals_id", "goals_before", "goals", "has_indicators", "indicators", "unit", "baseline",
        "baseline_year", "target", "target_year", "has_measures", "per_goal", "goal_rows",
        "goal_total", "has_anchor",
        // grants, shares and net in the cost tables
        "has_finance", "grants", "net", "grants_recurring", "grants_one_time", "net_total",
        "phasing_grants", "phasing_net", "finance", "has_shares", "share_rows", "gross", "percent",
        "key", "own", "has_grant_rows", "grant_rows", "amount", "funding"};
    for (const auto& [key, value] : labels.all()) keys.insert(key);
    return keys;
}

}  // namespace

bool render_markdown(const Plan& plan, const Figures& figures, const Labels& labels, const TemplateDirs& dirs,
                     std::string& out, SourceFiles& files, Diagnostics& diags, ChartSet* charts) {
    std::set<std::string> keys = known_keys(labels);
    TemplateRenderer templates(dirs, files, diags);
    bool ok = templates.load("plan", keys);
    for (const std::string& name : kPartials) ok = templates.load(name, keys) && ok;
    if (!ok) return false;

    data d;
    try {
        d = document_data(plan, figures, labels, charts);
    } catch (const MissingLabel& e) {
        diags.report(DiagnosticKind::missing_label, {}, e.what(),
                     "add the label to the label file");
        return false;
    }
    for (const std::string& name : kPartials) {
        std::string text = templates.text(name);
        d.set(name, partial([text]() { return text; }));
    }
    mustache main(templates.text("plan"));
    main.set_custom_escape([](const std::string& s) { return escape_inline(s); });
    out = main.render(d);
    if (!main.is_valid()) {
        diags.report(DiagnosticKind::bad_template, {},
                     "template error while rendering: " + main.error_message());
        return false;
    }
    return true;
}

}  // namespace legeplan
