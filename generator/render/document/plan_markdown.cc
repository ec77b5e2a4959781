#include "render/document/plan_markdown.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "render/document/document_data.h"
#include "render/document/measure_block.h"
#include "text/markdown_escape.h"
#include "text/translate.h"
#include "text/trim.h"
#include "plan/node_reader.h"
#include "plan/plan_index.h"
#include "text/utf8.h"

namespace legeplan {

namespace fs = std::filesystem;
using kainjow::mustache::data;
using kainjow::mustache::mustache;
using kainjow::mustache::partial;

namespace {

const std::vector<std::string> kPartials = {"measure", "key_figure", "cost_tables", "doctors_table"};

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

// A partial tag ("{{> measure}}") as kainjow's parser reads it.
struct PartialTag {
    std::string name;
    std::size_t offset;       // of the tag's opening delimiter
    std::size_t length;       // the whole tag, delimiters included
    bool inside_label;        // within a {{#label}} section of the same template
};

// Every partial tag in a template, found the way kainjow's parser finds tags: from one opening
// delimiter to the next closing one, "{{{" to "}}}", following set-delimiter tags ("{{=<% %>=}}"),
// so that a tag written with other delimiters is seen too. Stops where kainjow would report a
// syntax error (the template is refused then anyway).
std::vector<PartialTag> partial_tags(const std::string& text) {
    std::string open = "{{";
    std::string close = "}}";
    std::vector<std::string> sections;
    std::vector<PartialTag> tags;
    for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
        std::size_t contents = at + open.size();
        bool triple = open == "{{" && close == "}}" && contents < text.size() && text[contents] == '{';
        if (triple) ++contents;
        const std::string end_mark = triple ? "}}}" : close;
        std::size_t end = text.find(end_mark, contents);
        if (end == std::string::npos) break;
        std::string inner = trimmed(text.substr(contents, end - contents));
        std::size_t next = end + end_mark.size();
        if (!inner.empty() && inner[0] == '=') {
            // "=<% %>=": a new pair of delimiters, neither holding '=' or a space.
            if (inner.size() < 5 || inner.back() != '=') break;
            std::string pair = trimmed(inner.substr(1, inner.size() - 2));
            std::size_t space = pair.find(' ');
            if (space == std::string::npos) break;
            open = pair.substr(0, space);
            close = pair.substr(pair.find_first_not_of(' ', space));
        } else if (!triple && !inner.empty()) {
            std::string name = trimmed(inner.substr(1));
            switch (inner[0]) {
                case '#': case '^': sections.push_back(std::string(1, inner[0]) + name); break;
                case '/': if (!sections.empty()) sections.pop_back(); break;
                case '>': {
                    bool in_label = std::find(sections.begin(), sections.end(), "#label") != sections.end();
                    tags.push_back({name, at, next - at, in_label});
                    break;
                }
                default: break;
            }
        }
        at = next;
    }
    return tags;
}

constexpr std::size_t kMaxTemplateBytes = 1u << 20;

class TemplateRenderer {
public:
    TemplateRenderer(const TemplateDirs& dirs, SourceFiles& files, Diagnostics& diags)
        : dirs_(dirs), files_(files), diags_(diags) {}

    // Reads a template and checks its syntax and its tags; false when it cannot be used.
    bool load(const std::string& name, const std::set<std::string>& known_keys) {
        // Read inside its templates folder: a link there that leads elsewhere is refused.
        InputFile source = dirs_.locate(name + ".md.mustache");
        std::string path = source.path();
        std::string text, error;
        if (!read_input(source, text, kMaxTemplateBytes, error)) {
            if (error == "too large") error = tr("it is larger than the limit of 1 MiB");
            diags_.report(DiagnosticKind::bad_template, {},
                          fill(tr("cannot read template '{path}': {reason}"), {{"path", path}, {"reason", error}}));
            return false;
        }
        int file = files_.add(path, text);
        if (auto unclosed = first_unclosed_tag(text)) {
            const auto& [offset, shown] = *unclosed;
            diags_.report(DiagnosticKind::bad_template,
                          offset_pos(file, text, offset, static_cast<int>(utf8::length(shown))),
                          fill(tr("template syntax: the tag '{tag}' is not closed"), {{"tag", shown}}),
                          fill(tr("end it with '{end}' on the same line"),
                               {{"end", shown.compare(0, 3, "{{{") == 0 ? "}}}" : "}}"}}));
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
            // TRANSLATORS: {message} is the template library's own description, in English.
            diags_.report(DiagnosticKind::bad_template, pos, fill(tr("template syntax: {message}"), {{"message", message}}));
            return false;
        }
        bool ok = check_tags(file, text, known_keys);
        Loaded& loaded = loaded_[name];
        loaded = {file, text, partial_tags(text)};
        for (const PartialTag& tag : loaded.partials) {
            if (std::find(kPartials.begin(), kPartials.end(), tag.name) != kPartials.end()) continue;
            diags_.report(DiagnosticKind::unknown_template_name, tag_pos(loaded, tag),
                          fill(tr("template includes '{name}', which is not a template legeplan has"),
                               {{"name", tag.name}}));
            ok = false;
        }
        return ok;
    }

    const std::string& text(const std::string& name) const { return loaded_.at(name).text; }

    // Follows the partials from the main template down, before anything is rendered: kainjow
    // would follow a partial that includes itself, directly or through others, until the stack
    // overflows. A partial inside {{#label}} is refused too where a label has its name, as
    // kainjow would render that label's text as the partial (and a label of '{{> measure}}'
    // would include itself). Without a cycle, partials nest at most as deep as there are
    // partials. False when a template includes in a way that cannot be rendered.
    bool check_includes(const std::string& main, const std::set<std::string>& label_keys) {
        std::vector<std::string> chain;
        std::set<std::string> done;
        return follow(main, false, label_keys, chain, done);
    }

private:
    struct Loaded {
        int file = -1;
        std::string text;
        std::vector<PartialTag> partials;
    };

    SourcePos tag_pos(const Loaded& loaded, const PartialTag& tag) const {
        return offset_pos(loaded.file, loaded.text, tag.offset,
                          static_cast<int>(utf8::length(loaded.text.substr(tag.offset, tag.length))));
    }

    // Visits the template name as reached with or without {{#label}} around it; chain holds the
    // templates being visited, done those visited in full.
    bool follow(const std::string& name, bool in_label, const std::set<std::string>& label_keys,
                std::vector<std::string>& chain, std::set<std::string>& done) {
        std::string state = name + (in_label ? "#label" : "");
        chain.push_back(state);
        bool ok = true;
        const Loaded& loaded = loaded_.at(name);
        for (const PartialTag& tag : loaded.partials) {
            if (std::find(kPartials.begin(), kPartials.end(), tag.name) == kPartials.end()) continue;
            bool label_around = in_label || tag.inside_label;
            if (label_around && label_keys.count(tag.name)) {
                diags_.report(DiagnosticKind::bad_template, tag_pos(loaded, tag),
                              // TRANSLATORS: {section} is the template tag {{#label}}.
                              fill(tr("inside {section}, '{name}' is the label of that name, whose text would be "
                                      "included as a template instead of the partial '{name}'"),
                                   {{"section", "{{#label}}"}, {"name", tag.name}}),
                              fill(tr("end the label section with {end} before including the partial"),
                                   {{"end", "{{/label}}"}}));
                ok = false;
                continue;
            }
            std::string next = tag.name + (label_around ? "#label" : "");
            auto again = std::find(chain.begin(), chain.end(), next);
            if (again != chain.end()) {
                std::string cycle;
                for (auto it = again; it != chain.end(); ++it) cycle += it->substr(0, it->find('#')) + " → ";
                diags_.report(DiagnosticKind::bad_template, tag_pos(loaded, tag),
                              fill(tr("the partial '{name}' includes itself ({cycle})"),
                                   {{"name", tag.name}, {"cycle", cycle + tag.name}}));
                ok = false;
                continue;
            }
            if (done.count(next) == 0) ok = follow(tag.name, label_around, label_keys, chain, done) && ok;
        }
        chain.pop_back();
        done.insert(state);
        return ok;
    }

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
            if (kind == ">") continue;  // check_partials, which also sees other delimiters
            if (name == ".") continue;
            std::stringstream parts(name);
            std::string part;
            while (std::getline(parts, part, '.')) {
                if (known.count(part)) continue;
                std::string nearest = suggest_key(part, candidates);
                diags_.report(DiagnosticKind::unknown_template_name, pos,
                              fill(tr("template uses '{name}', which legeplan does not provide"), {{"name", name}}),
                              nearest.empty() ? "" : fill(tr("did you mean '{name}'?"), {{"name", nearest}}));
                ok = false;
                break;
            }
        }
        return ok;
    }

    const TemplateDirs& dirs_;
    SourceFiles& files_;
    Diagnostics& diags_;
    std::map<std::string, Loaded> loaded_;
};

// The names document_data sets, at any depth, plus every label.
std::set<std::string> known_keys(const Labels& labels) {
    std::set<std::string> keys = {
        "label", "meta", "chapters", "own_cost_chapter", "cost_chapter_number", "cost_chapter_id",
        "costs", "unplaced_key_figures", "has_unplaced_key_figures", "appendices", "has_appendices",
        // meta
        "municipality", "title", "period", "version", "date", "status", "mark", "is_draft", "adopted_by",
        "has_adopted_by", "summary", "has_summary", "language",
        // chapters, sections, appendices
        "id", "numbered", "number", "text", "measures", "key_figures", "is_cost_chapter",
        "sections", "estimates", "has_estimates",
        // measures
        "anchor", "details", "name", "value", "table_number", "table_numbered", "table_id", "has_table_link",
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
        "has_views", "position", "comment", "chapter_comments", "has_chapter_comments", "chapter",
        // goals, and their sums in the cost tables
        "has_goals", "goals_id", "goals_before", "goals", "has_indicators", "indicators", "unit", "baseline",
        "baseline_year", "target", "target_year", "has_measures", "per_goal", "goal_rows",
        "goal_total", "has_anchor",
        // grants, shares and net in the cost tables
        "has_finance", "grants", "net", "grants_recurring", "grants_one_time", "net_total",
        "phasing_grants", "phasing_net", "finance", "has_shares", "share_rows", "gross", "percent",
        "key", "own", "has_grant_rows", "grant_rows", "amount", "funding",
        // the operating/investment split and the price year in the cost tables
        "has_investment", "phasing_operating", "phasing_investment", "price_year_note",
        // the doctors' table
        "doctors", "own_doctors_section", "doctors_section_id", "is_doctors_chapter", "public_hours",
        "tasks", "curative_hours", "curative_days", "list_ceiling", "list_per_day", "list_per_fte",
        "curative_fte", "list_ceilings", "patient_figures", "has_patient_figures",
        // the appendix "Sjekk mot regelverk"
        "has_rule_check", "rule_check", "rows", "statement", "sources", "result"};
    for (const auto& [key, value] : labels.all()) keys.insert(key);
    return keys;
}

// Loads main and every partial and checks them (their syntax, the names they use, what they
// include); false when one cannot be used, with the reason in diags.
bool load_templates(TemplateRenderer& templates, const std::string& main, const Labels& labels) {
    std::set<std::string> keys = known_keys(labels);
    bool ok = std::find(kPartials.begin(), kPartials.end(), main) != kPartials.end() || templates.load(main, keys);
    for (const std::string& name : kPartials) ok = templates.load(name, keys) && ok;
    if (!ok) return false;
    std::set<std::string> label_keys;
    for (const auto& [key, value] : labels.all()) label_keys.insert(key);
    return templates.check_includes(main, label_keys);
}

// The template data make gives; false, reported, when it needs a label the label file lacks.
template <typename Make>
bool make_data(Make make, data& d, Diagnostics& diags) {
    try {
        d = make();
        return true;
    } catch (const MissingLabel& e) {
        diags.report(DiagnosticKind::missing_label, {}, e.what(), tr("add the label to the label file"));
        return false;
    }
}

// Renders the template main with d and the partials, plan text escaped as Markdown; false,
// reported, when kainjow fails.
bool render_template(const TemplateRenderer& templates, const std::string& main, data& d, std::string& out,
                     Diagnostics& diags) {
    for (const std::string& name : kPartials) {
        std::string text = templates.text(name);
        d.set(name, partial([text]() { return text; }));
    }
    mustache parsed(templates.text(main));
    parsed.set_custom_escape([](const std::string& s) { return escape_inline(s); });
    out = parsed.render(d);
    if (parsed.is_valid()) return true;
    diags.report(DiagnosticKind::bad_template, {},
                 fill(tr("template error while rendering: {message}"), {{"message", parsed.error_message()}}));
    return false;
}

}  // namespace

bool render_markdown(const Plan& plan, const Figures& figures, const std::vector<RuleResult>& rules,
                     const Labels& labels, const TemplateDirs& dirs, std::string& out, SourceFiles& files,
                     Diagnostics& diags, ChartSet* charts) {
    TemplateRenderer templates(dirs, files, diags);
    if (!load_templates(templates, "plan", labels)) return false;
    data d;
    if (!make_data([&] { return document_data(plan, figures, rules, labels, charts); }, d, diags)) return false;
    return render_template(templates, "plan", d, out, diags);
}

bool render_measure_blocks(const Plan& plan, const Figures& figures, bool figures_trusted,
                           const std::vector<const Measure*>& measures, const std::string& anchor_prefix,
                           const Labels& labels, const TemplateDirs& dirs, std::vector<std::string>& out,
                           SourceFiles& files, Diagnostics& diags) {
    out.clear();
    if (measures.empty()) return true;
    TemplateRenderer templates(dirs, files, diags);
    if (!load_templates(templates, "measure", labels)) return false;
    DocumentParts parts(plan, figures, labels);
    std::map<std::string, const LsuMeasureView*> views = lsu_views(plan);
    for (const Measure* m : measures) {
        MeasureBlock block;
        block.anchor = anchor_prefix + std::to_string(m->number);
        block.place = place_name(plan, m->section.id);
        block.costs = figures_trusted;
        auto view = views.find(m->id);
        if (view != views.end()) block.lsu = view->second;
        data d;
        if (!make_data([&] { return measure_block_data(*m, parts, block); }, d, diags)) return false;
        d.set("label", label_data(labels));
        out.emplace_back();
        if (!render_template(templates, "measure", d, out.back(), diags)) return false;
    }
    return true;
}

}  // namespace legeplan
