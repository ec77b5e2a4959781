#include "render/document/diff_report.h"

#include "render/cost_text.h"
#include "text/markdown_escape.h"
#include "render/document/plan_text.h"
#include "plan/plan_index.h"
#include "text/terminal_text.h"

namespace legeplan {

namespace {

// Unchanged stretches longer than this many words are shortened to their ends around "…",
// so a reader sees each change with a little context.
constexpr std::size_t kContextWords = 8;

std::string shorten(const std::string& text, bool keep_head, bool keep_tail) {
    std::vector<std::string> w;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        w.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    std::size_t keep = (keep_head ? kContextWords : 0) + (keep_tail ? kContextWords : 0);
    if (w.size() <= keep + 2) return escape_inline(text);
    auto join = [&](std::size_t from, std::size_t to) {
        std::string out;
        for (std::size_t i = from; i < to; ++i) out += (i > from ? " " : "") + w[i];
        return escape_inline(out);
    };
    std::string out;
    if (keep_head) out += join(0, kContextWords) + " ";
    out += "…";
    if (keep_tail) out += " " + join(w.size() - kContextWords, w.size());
    return out;
}

}  // namespace

std::string text_change_markdown(const std::vector<TextPiece>& pieces) {
    std::string out;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const TextPiece& p = pieces[i];
        if (!out.empty() && p.space_before) out += " ";
        switch (p.kind) {
            case TextPiece::Kind::same: out += shorten(p.text, i > 0, i + 1 < pieces.size()); break;
            // Piece by piece: "literal" + a temporary string trips a false -Wrestrict in g++ 12 -O3.
            case TextPiece::Kind::deleted: out += "~~"; out += escape_inline(p.text); out += "~~"; break;
            case TextPiece::Kind::inserted: out += "["; out += escape_inline(p.text); out += "]{.underline}"; break;
        }
    }
    return out;
}

namespace {

// Amounts in the report keep together: "+1 700 000 kr" never breaks inside, in a table cell or a line.
constexpr const char* kNbsp = "\xC2\xA0";

std::string signed_kroner(Amount a, const std::string& space) {
    // Piece by piece: "literal" + a temporary string trips a false -Wrestrict in g++ 12 -O3.
    std::string out = a > 0 ? "+" : "";
    out += format_amount(a, space) + space + "kr";
    return out;
}

// For the terminal.
std::string plain_kroner(Amount a) { return format_amount(a, " ") + " kr"; }

std::string field_label(const FieldChange& f, const Labels& labels) {
    if (!f.subject.empty()) {
        FieldChange own = f;
        own.subject.clear();
        return f.subject + " – " + field_label(own, labels);
    }
    if (f.field == "title") return labels.get("diff_title_field");
    if (f.field == "period") return labels.get("diff_period_field");
    if (f.field == "years") return labels.get("diff_years");
    return labels.get(f.field);
}

// "Etter: bergen/plan.yaml:445: E030: …" — plain text, for the report to escape.
std::string error_line(const DraftError& e, const Labels& labels) {
    std::string out = labels.get(e.in_new_version ? "diff_after" : "diff_before") + ": ";
    if (!e.where.empty()) out += e.where + ": ";
    return out + e.code + ": " + e.message;
}

// What changed in a measure, in a few words: "Årlige kostnader +500 000 kr, Tekst".
std::string change_outline(const MeasureChange& c, const Labels& labels) {
    std::vector<std::string> parts;
    if (c.renumbered) {
        parts.push_back(labels.get("diff_renumbered") + " " + std::to_string(c.before->number) + " → " +
                        std::to_string(c.after->number));
    }
    if (c.moved) parts.push_back(labels.get("diff_moved"));
    if (!c.title.empty()) parts.push_back(labels.get("diff_measure_title"));
    if (c.recurring.changed()) parts.push_back(labels.get("recurring_total") + " " + signed_kroner(c.recurring.change, " "));
    if (c.one_time.changed()) parts.push_back(labels.get("one_time_total") + " " + signed_kroner(c.one_time.change, " "));
    if (c.costs_edited) parts.push_back(labels.get("diff_costs_edited"));
    for (const FieldChange& f : c.fields) parts.push_back(field_label(f, labels));
    if (!c.text.empty()) parts.push_back(labels.get("diff_text"));
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

class DiffReport {
public:
    DiffReport(const PlanDiff& diff, const Labels& labels, const MeasureBlocks& blocks)
        : d_(diff), labels_(labels), blocks_(blocks) {}

    std::string markdown() {
        legend();
        errors();
        about();
        summary();
        totals();
        measure_list("diff_added", blocks_.added);
        measure_list("diff_removed", blocks_.removed);
        changed();
        parts(d_.goals, "diff_goals", "diff_goal_added", "diff_goal_removed", "");
        parts(d_.follow_up, "diff_follow_up", "diff_report_added", "diff_report_removed",
              label("follow_up_title") + " ");
        sections();
        if (d_.empty()) out_ += label("diff_no_changes") + "\n";
        return out_;
    }

private:
    const std::string& label(const std::string& key) const { return labels_.get(key); }

    std::string value(const FieldChange& f, const std::string& v) const {
        if (f.label_keys) return label(v);
        if ((f.field == "date" || f.field == "deadline") && v.size() == 10) {
            Date date{std::stoi(v.substr(0, 4)), std::stoi(v.substr(5, 2)), std::stoi(v.substr(8, 2)), {}};
            // A draft's date may be one validate rejected: shown as written, not as a month name.
            if (date.month >= 1 && date.month <= 12) return date_text(date, labels_);
            return v;
        }
        return v.empty() ? label("none") : v;
    }

    std::string field_label(const FieldChange& f) const { return legeplan::field_label(f, labels_); }

    // First, so that LSU reads a draft's errors before its figures; and when the sums cannot be
    // trusted, a plain statement instead of them.
    void errors() {
        if (!d_.errors.empty()) {
            out_ += "# " + escape_inline(label("diff_errors")) + " {.unnumbered}\n\n";
            for (const DraftError& e : d_.errors) out_ += "- " + escape_inline(error_line(e, labels_)) + "\n";
            out_ += "\n";
        }
        if (!d_.sums_comparable) out_ += escape_inline(label("diff_sums_unknown")) + "\n\n";
    }

    void summary() {
        if (d_.summary.empty()) return;
        out_ += "# " + escape_inline(label("summary")) + " {.unnumbered}\n\n";
        out_ += text_change_markdown(d_.summary) + "\n\n";
    }

    void legend() {
        out_ += label("diff_legend") + ": ~~" + escape_inline(label("diff_deleted")) + "~~ · [" +
                escape_inline(label("diff_inserted")) + "]{.underline}\n\n";
    }

    void about() {
        if (d_.metadata.empty()) return;
        out_ += "# " + escape_inline(label("diff_about")) + " {.unnumbered}\n\n";
        out_ += "| | " + label("diff_before") + " | " + label("diff_after") + " |\n|:---|:---|:---|\n";
        for (const FieldChange& f : d_.metadata) {
            out_ += "| " + escape_inline(field_label(f)) + " | " + escape_inline(value(f, f.before)) +
                    " | " + escape_inline(value(f, f.after)) + " |\n";
        }
        out_ += "\n";
    }

    void totals() {
        if (!d_.sums_comparable) return;
        out_ += "# " + escape_inline(label("diff_totals")) + " {.unnumbered}\n\n";
        out_ += "| | " + label("diff_before") + " | " + label("diff_after") + " | " +
                label("diff_change") + " |\n|:---|--:|--:|--:|\n";
        auto row = [&](const std::string& name, const FigureChange& f) {
            out_ += "| " + escape_inline(name) + " | " + kroner(f.before) + " | " + kroner(f.after) + " | " +
                    escape_inline(signed_kroner(f.change, "\xC2\xA0")) + " |\n";
        };
        row(label("recurring_total") + " (" + label("per_year") + ")", d_.recurring);
        row(label("one_time_total"), d_.one_time);
        row(label("total"), d_.total);
        out_ += "\n";  // the heading names it: a caption would say it twice
        if (d_.units.empty()) return;
        out_ += "| " + label("unit") + " | " + label("diff_before") + " | " + label("diff_after") +
                " | " + label("diff_change") + " |\n|:---|--:|--:|--:|\n";
        for (const UnitTotals& u : d_.units) {
            out_ += "| " + escape_inline(u.name) + " | " + kroner(u.total.before) + " | " + kroner(u.total.after) +
                    " | " + escape_inline(signed_kroner(u.total.change, "\xC2\xA0")) + " |\n";
        }
        out_ += "\nTable: " + escape_inline(label("per_unit_title")) + "\n\n";
    }

    // Measures added (as the new version shows them) or removed (as the old one did).
    void measure_list(const std::string& title_key, const std::vector<std::string>& blocks) {
        if (blocks.empty()) return;
        out_ += "# " + escape_inline(label(title_key)) + " {.unnumbered}\n\n";
        for (const std::string& block : blocks) {
            std::size_t end = block.find_last_not_of('\n');
            out_ += block.substr(0, end == std::string::npos ? 0 : end + 1) + "\n\n";
        }
    }

    void changed() {
        if (d_.changed.empty()) return;
        out_ += "# " + escape_inline(label("diff_changed")) + " {.unnumbered}\n\n";
        for (const MeasureChange& c : d_.changed) {
            std::string heading = label("measure") + " " + std::to_string(c.after->number);
            if (c.renumbered) {
                heading += " (" + label("diff_formerly") + " " + std::to_string(c.before->number) + ")";
            }
            out_ += "## " + escape_inline(heading + ": " + c.after->title) + " {.unnumbered}\n\n";
            auto line = [&](const std::string& name, const std::string& markdown_value) {
                out_ += "- " + escape_inline(name) + ": " + markdown_value + "\n";
            };
            if (c.renumbered) {
                line(label("diff_renumbered"), escape_inline(std::to_string(c.before->number) + " → " +
                                                             std::to_string(c.after->number)));
            }
            if (c.moved) line(label("diff_moved"), escape_inline(c.place_before + " → " + c.place_after));
            if (!c.title.empty()) line(label("diff_measure_title"), text_change_markdown(c.title));
            if (c.recurring.changed()) line(label("recurring_total"), cost_change(c.recurring));
            if (c.one_time.changed()) line(label("one_time_total"), cost_change(c.one_time));
            if (c.costs_edited) out_ += "- " + escape_inline(label("diff_costs_edited")) + "\n";
            for (const FieldChange& f : c.fields) {
                line(field_label(f), escape_inline(value(f, f.before) + " → " + value(f, f.after)));
            }
            if (!c.text.empty()) line(label("diff_text"), text_change_markdown(c.text));
            out_ += "\n";
        }
    }

    std::string cost_change(const FigureChange& f) const {
        return escape_inline(plain_kroner(f.before) + " → " + plain_kroner(f.after) + " (" +
                             signed_kroner(f.change, " ") + ")");
    }

    // Goals and follow-up reports: each added, removed, or its changes as before → after.
    void parts(const std::vector<PartChange>& parts, const std::string& title_key, const std::string& added_key,
               const std::string& removed_key, const std::string& heading_prefix) {
        if (parts.empty()) return;
        out_ += "# " + escape_inline(label(title_key)) + " {.unnumbered}\n\n";
        for (const PartChange& p : parts) {
            out_ += "## " + escape_inline(heading_prefix + p.title) + " {.unnumbered}\n\n";
            if (p.kind == PartChange::Kind::added) out_ += escape_inline(label(added_key)) + "\n\n";
            if (p.kind == PartChange::Kind::removed) out_ += escape_inline(label(removed_key)) + "\n\n";
            for (const FieldChange& f : p.fields) {
                out_ += "- " + escape_inline(field_label(f)) + ": " +
                        escape_inline(value(f, f.before) + " → " + value(f, f.after)) + "\n";
            }
            if (!p.text.empty()) out_ += "- " + escape_inline(label("diff_text")) + ": " + text_change_markdown(p.text) + "\n";
            out_ += "\n";
        }
    }

    void sections() {
        if (d_.sections.empty()) return;
        out_ += "# " + escape_inline(label("diff_sections")) + " {.unnumbered}\n\n";
        for (const SectionChange& s : d_.sections) {
            out_ += "## " + escape_inline(s.place) + " {.unnumbered}\n\n";
            switch (s.kind) {
                case SectionChange::Kind::added: out_ += escape_inline(label("diff_section_added")) + "\n\n"; break;
                case SectionChange::Kind::removed: out_ += escape_inline(label("diff_section_removed")) + "\n\n"; break;
                case SectionChange::Kind::edited: out_ += text_change_markdown(s.text) + "\n\n"; break;
            }
        }
    }

    const PlanDiff& d_;
    const Labels& labels_;
    const MeasureBlocks& blocks_;
    std::string out_;
};

}  // namespace

std::string diff_markdown(const PlanDiff& diff, const Labels& labels, const MeasureBlocks& blocks) {
    return DiffReport(diff, labels, blocks).markdown();
}

std::string diff_version_line(const PlanDiff& diff, const Labels& labels) {
    const std::string& before = diff.before->meta.version;
    const std::string& after = diff.after->meta.version;
    return labels.get("version") + " " + (before == after ? after : before + " → " + after);
}

std::string diff_summary(const PlanDiff& diff, const Labels& labels) {
    std::string out = labels.get("diff_title") + ": " + diff_version_line(diff, labels) + "\n";
    for (const DraftError& e : diff.errors) {
        if (&e == &diff.errors.front()) out += "  " + labels.get("diff_errors") + ":\n";
        out += "    " + error_line(e, labels) + "\n";
    }
    if (!diff.sums_comparable) out += "  " + labels.get("diff_sums_unknown") + "\n";
    if (diff.empty()) return terminal_safe(out + "  " + labels.get("diff_no_changes") + "\n", true);
    int renumbered = 0;
    int moved = 0;
    int edited = 0;
    for (const MeasureChange& c : diff.changed) {
        renumbered += c.renumbered;
        moved += c.moved;
        edited += c.content_changed();
    }
    for (const FieldChange& f : diff.metadata) {
        if (f.field != "status") continue;
        out += "  " + labels.get("status") + ": " + labels.get(f.before) + " → " + labels.get(f.after) + "\n";
    }
    out += "  " + labels.get("diff_added") + ": " + std::to_string(diff.added.size()) + " · " +
           labels.get("diff_removed") + ": " + std::to_string(diff.removed.size()) + " · " +
           labels.get("diff_renumbered") + ": " + std::to_string(renumbered) + " · " +
           labels.get("diff_moved") + ": " + std::to_string(moved) + " · " +
           labels.get("diff_changed") + ": " + std::to_string(edited) + "\n";
    for (const Measure* m : diff.added) {
        out += "    + " + labels.get("measure") + " " + std::to_string(m->number) + ": " + m->title + "\n";
    }
    for (const Measure* m : diff.removed) {
        out += "    - " + labels.get("measure") + " " + std::to_string(m->number) + ": " + m->title + "\n";
    }
    for (const MeasureChange& c : diff.changed) {
        out += "    ~ " + labels.get("measure") + " " + std::to_string(c.after->number) + ": " + c.after->title +
               " (" + change_outline(c, labels) + ")\n";
    }
    if (!diff.summary.empty()) out += "  " + labels.get("summary") + ": " + labels.get("diff_edited") + "\n";
    auto sum_line = [&](const std::string& name, const FigureChange& f) {
        out += "  " + name + ": " + plain_kroner(f.before) + " → " + plain_kroner(f.after) + " (" +
               signed_kroner(f.change, " ") + ")\n";
    };
    if (diff.sums_comparable) {
        sum_line(labels.get("recurring_total"), diff.recurring);
        sum_line(labels.get("one_time_total"), diff.one_time);
        sum_line(labels.get("total"), diff.total);
    }
    if (!diff.sections.empty()) {
        out += "  " + labels.get("diff_sections") + ": " + std::to_string(diff.sections.size()) + "\n";
    }
    auto part_lines = [&](const std::vector<PartChange>& parts, const std::string& title_key,
                          const std::string& prefix) {
        if (parts.empty()) return;
        out += "  " + labels.get(title_key) + ":\n";
        for (const PartChange& p : parts) {
            char mark = p.kind == PartChange::Kind::added ? '+' : p.kind == PartChange::Kind::removed ? '-' : '~';
            out += std::string("    ") + mark + " " + prefix + p.title + "\n";
        }
    };
    part_lines(diff.goals, "diff_goals", "");
    part_lines(diff.follow_up, "diff_follow_up", labels.get("follow_up_title") + " ");
    // Titles and versions come from the plans: nothing in them may act on the terminal.
    return terminal_safe(out, /*keep_newlines=*/true);
}

}  // namespace legeplan
