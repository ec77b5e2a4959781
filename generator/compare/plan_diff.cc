#include "compare/plan_diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <dtl/dtl.hpp>
#include <utf8proc.h>

#include "plan/choice_keys.h"
#include "plan/dates.h"
#include "plan/plan_index.h"

namespace legeplan {

namespace {

// A word, or a punctuation mark standing against a word, and whether a space stood before it.
struct Token {
    std::string text;
    bool space_before = false;
};

// A character of Unicode's punctuation categories: , . ; : ! ? ( ) « » " – …
bool is_punctuation(utf8proc_int32_t code_point) {
    switch (utf8proc_category(code_point)) {
        case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
        case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
        case UTF8PROC_CATEGORY_PO: return true;
        default: return false;
    }
}

// The text's words, each punctuation mark at a word's start or end split off as a token of its
// own ("(forskningskoordinator)," → "(", "forskningskoordinator", ")", ","), so that a comma
// added after a word is a comma inserted, not the word replaced. Marks inside a word stay in it:
// "6,5", "null-lister", "e-helse". Whitespace of any kind separates words.
std::vector<Token> tokens(const std::string& text) {
    std::vector<Token> out;
    std::istringstream in(text);
    std::string word;
    bool first = true;
    while (in >> word) {
        // The word's code points, each with its byte offset; a byte that is not UTF-8 counts as
        // a letter (load has refused such text already).
        std::vector<std::pair<std::size_t, bool>> marks;  // offset, is punctuation
        for (std::size_t i = 0; i < word.size();) {
            utf8proc_int32_t code_point = -1;
            auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data() + i),
                                      static_cast<utf8proc_ssize_t>(word.size() - i), &code_point);
            marks.emplace_back(i, n > 0 && is_punctuation(code_point));
            i += n > 0 ? static_cast<std::size_t>(n) : 1;
        }
        std::size_t head = 0;
        while (head < marks.size() && marks[head].second) ++head;
        std::size_t tail = marks.size();
        while (tail > head && marks[tail - 1].second) --tail;
        auto end_of = [&](std::size_t k) { return k + 1 < marks.size() ? marks[k + 1].first : word.size(); };
        bool space = !first;
        auto push = [&](std::size_t from, std::size_t to) {
            out.push_back({word.substr(from, to - from), space});
            space = false;
        };
        for (std::size_t k = 0; k < head; ++k) push(marks[k].first, end_of(k));
        if (head < tail) push(marks[head].first, end_of(tail - 1));
        for (std::size_t k = std::max(head, tail); k < marks.size(); ++k) push(marks[k].first, end_of(k));
        first = false;
    }
    return out;
}

void add_piece(std::vector<TextPiece>& pieces, TextPiece::Kind kind, const Token& token) {
    if (!pieces.empty() && pieces.back().kind == kind) {
        if (token.space_before) pieces.back().text += ' ';
        pieces.back().text += token.text;
    } else {
        pieces.push_back({kind, token.text, token.space_before});
    }
}

std::vector<std::string> texts(const std::vector<Token>& tokens) {
    std::vector<std::string> out;
    out.reserve(tokens.size());
    for (const Token& t : tokens) out.push_back(t.text);
    return out;
}

}  // namespace

std::vector<TextPiece> diff_words(const std::string& before, const std::string& after) {
    std::vector<Token> old_tokens = tokens(before);
    std::vector<Token> new_tokens = tokens(after);
    std::vector<std::string> a = texts(old_tokens);
    std::vector<std::string> b = texts(new_tokens);
    std::vector<TextPiece> pieces;
    if (a == b) return pieces;
    // Wu's O(NP) algorithm: time grows with the words changed, not with the text's length, so
    // even the longest text a plan may hold is compared word by word. The worst case, two
    // entirely different texts at the 1 000 000-character limit, takes some seconds here; dtl
    // bounds its path table and goes on from where it got, so memory stays near 130 MB.
    dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
    diff.compose();
    // dtl interleaves a change's deletions and insertions as its path found them; readers of
    // tracked changes expect the deleted words first, so each change waits for the next common
    // word. The script runs through both texts in order: a deletion takes the old text's next
    // token, an insertion the new one's, a common token both (spaced as in the new text).
    std::size_t next_old = 0;
    std::size_t next_new = 0;
    std::vector<const Token*> deleted;
    std::vector<const Token*> inserted;
    auto flush_change = [&] {
        for (const Token* t : deleted) add_piece(pieces, TextPiece::Kind::deleted, *t);
        for (const Token* t : inserted) add_piece(pieces, TextPiece::Kind::inserted, *t);
        deleted.clear();
        inserted.clear();
    };
    for (const auto& step : diff.getSes().getSequence()) {
        switch (step.second.type) {
            case dtl::SES_DELETE: deleted.push_back(&old_tokens.at(next_old++)); break;
            case dtl::SES_ADD: inserted.push_back(&new_tokens.at(next_new++)); break;
            case dtl::SES_COMMON:
                flush_change();
                ++next_old;
                add_piece(pieces, TextPiece::Kind::same, new_tokens.at(next_new++));
                break;
        }
    }
    flush_change();
    return pieces;
}

namespace {

// Label keys for the report; "none" where the plan left a choice out.
template <typename Choice>
std::string key_or_none(Choice value) {
    std::string key = label_key(value);
    return key.empty() ? "none" : key;
}

// "2017–2020; 2018" — the years each cost runs, in order.
std::string cost_years(const Measure& m) {
    std::string out;
    for (const Cost& c : m.costs) {
        std::string years = c.from == c.to ? std::to_string(c.from)
                                           : std::to_string(c.from) + "–" + std::to_string(c.to);
        out += (out.empty() ? "" : "; ") + years;
    }
    return out;
}

// Who pays: a changed share or grant changes what the municipality pays.
bool same_finance(const Cost& x, const Cost& y) {
    bool same_share = x.share.has_value() == y.share.has_value() &&
                      (!x.share || x.share->percent == y.share->percent);
    auto same_grant = [](const Grant& a, const Grant& b) {
        return a.name == b.name && a.amount == b.amount && a.funding == b.funding;
    };
    return same_share &&
           std::equal(x.grants.begin(), x.grants.end(), y.grants.begin(), y.grants.end(), same_grant);
}

bool same_cost(const Cost& x, const Cost& y) {
    return x.type == y.type && x.basis == y.basis && x.amount.low == y.amount.low &&
           x.amount.high == y.amount.high && x.quantity.low == y.quantity.low &&
           x.quantity.high == y.quantity.high && x.rate.has_value() == y.rate.has_value() &&
           (!x.rate || x.rate->id == y.rate->id) && x.from == y.from && x.to == y.to &&
           same_finance(x, y);
}

bool same_costs(const Measure& a, const Measure& b) {
    return std::equal(a.costs.begin(), a.costs.end(), b.costs.begin(), b.costs.end(), same_cost);
}

class Differ {
public:
    Differ(const Plan& before, const Figures& figures_before, const Plan& after, const Figures& figures_after,
           bool sums_comparable)
        : before_(before), after_(after), figures_before_(figures_before), figures_after_(figures_after),
          index_before_(before), index_after_(after), sums_comparable_(sums_comparable) {}

    PlanDiff run() {
        PlanDiff d;
        d.before = &before_;
        d.after = &after_;
        d.figures_before = &figures_before_;
        d.figures_after = &figures_after_;
        d.sums_comparable = sums_comparable_;
        compare_metadata(d);
        d.summary = diff_words(before_.meta.summary, after_.meta.summary);
        compare_measures(d);
        compare_sections(d);
        compare_goals(d);
        compare_follow_up(d);
        if (!sums_comparable_) return d;
        const Sums& a = figures_before_.overall;
        const Sums& b = figures_after_.overall;
        d.recurring = figure_change(a.recurring, b.recurring);
        d.one_time = figure_change(a.one_time, b.one_time);
        d.total = figure_change(a.total, b.total);
        compare_units(d);
        return d;
    }

private:
    void compare_metadata(PlanDiff& d) {
        const Metadata& a = before_.meta;
        const Metadata& b = after_.meta;
        auto field = [&](const std::string& name, const std::string& x, const std::string& y,
                         bool keys = false) {
            if (x != y) d.metadata.push_back({name, x, y, keys, {}});
        };
        field("title", a.title, b.title);
        field("status", key_or_none(a.status), key_or_none(b.status), true);
        field("version", a.version, b.version);
        field("date", iso_date(a.date), iso_date(b.date));
        field("period", std::to_string(a.period.from) + "–" + std::to_string(a.period.to),
              std::to_string(b.period.from) + "–" + std::to_string(b.period.to));
    }

    void compare_measures(PlanDiff& d) {
        std::map<std::string, const Measure*> old_by_id;
        for (const Measure& m : before_.measures) old_by_id.emplace(m.id, &m);
        std::map<std::string, const Measure*> new_by_id;
        for (const Measure& m : after_.measures) new_by_id.emplace(m.id, &m);
        for (const Measure& m : before_.measures) {
            if (!new_by_id.count(m.id)) d.removed.push_back(&m);
        }
        for (const Measure& m : after_.measures) {
            auto old = old_by_id.find(m.id);
            if (old == old_by_id.end()) {
                d.added.push_back(&m);
                continue;
            }
            MeasureChange c = compare(*old->second, m);
            if (c.renumbered || c.moved || c.content_changed()) d.changed.push_back(std::move(c));
        }
        auto by_number = [](const Measure* x, const Measure* y) { return x->number < y->number; };
        std::sort(d.added.begin(), d.added.end(), by_number);
        std::sort(d.removed.begin(), d.removed.end(), by_number);
        std::sort(d.changed.begin(), d.changed.end(), [](const MeasureChange& x, const MeasureChange& y) {
            return x.after->number < y.after->number;
        });
    }

    MeasureChange compare(const Measure& a, const Measure& b) {
        MeasureChange c;
        c.before = &a;
        c.after = &b;
        c.renumbered = a.number != b.number;
        c.place_before = place_name(before_, a.section.id);
        c.place_after = place_name(after_, b.section.id);
        c.moved = c.place_before != c.place_after;
        c.title = diff_words(a.title, b.title);
        c.text = diff_words(a.text, b.text);
        if (sums_comparable_) {
            const Sums& x = figures_before_.of(before_, a).sums;
            const Sums& y = figures_after_.of(after_, b).sums;
            c.recurring = figure_change(x.recurring, y.recurring);
            c.one_time = figure_change(x.one_time, y.one_time);
        } else {
            c.costs_edited = !same_costs(a, b);
        }
        auto field = [&](const std::string& name, const std::string& x, const std::string& y,
                         bool keys = false) {
            if (x != y) c.fields.push_back({name, x, y, keys, {}});
        };
        field("responsible", responsible_names(index_before_, a), responsible_names(index_after_, b));
        field("years", cost_years(a), cost_years(b));
        field("funding", key_or_none(a.funding), key_or_none(b.funding), true);
        field("measure_status", key_or_none(a.status), key_or_none(b.status), true);
        field("priority", key_or_none(a.priority), key_or_none(b.priority), true);
        field("deadline", a.deadline ? iso_date(*a.deadline) : "", b.deadline ? iso_date(*b.deadline) : "");
        field("goals", goal_titles(index_before_, a), goal_titles(index_after_, b));
        return c;
    }

    // "6,5 (2026)": an indicator's baseline or target as the report shows it.
    static std::string indicator_value(const IndicatorValue& v) {
        return format_milli(v.value) + " (" + std::to_string(v.year) + ")";
    }

    // "1, 4, 5": the numbers of the measures that serve a goal.
    static std::string serving(const Plan& plan, const std::string& goal) {
        std::vector<int> numbers;
        for (const Measure& m : plan.measures) {
            for (const Ref& g : m.goals) {
                if (g.id == goal) {
                    numbers.push_back(m.number);
                    break;
                }
            }
        }
        std::sort(numbers.begin(), numbers.end());
        std::string out;
        for (int n : numbers) out += (out.empty() ? "" : ", ") + std::to_string(n);
        return out;
    }

    void compare_goals(PlanDiff& d) {
        std::map<std::string, const Goal*> old_by_id;
        for (const Goal& g : before_.goals) old_by_id.emplace(g.id, &g);
        std::set<std::string> seen;
        for (const Goal& g : after_.goals) {
            seen.insert(g.id);
            auto old = old_by_id.find(g.id);
            if (old == old_by_id.end()) {
                d.goals.push_back({PartChange::Kind::added, g.title, {}, {}});
                continue;
            }
            const Goal& a = *old->second;
            PartChange c{PartChange::Kind::edited, g.title, diff_words(a.text, g.text), {}};
            auto field = [&](const std::string& name, const std::string& x, const std::string& y,
                             const std::string& subject = {}) {
                if (x != y) c.fields.push_back({name, x, y, false, subject});
            };
            field("diff_title_field", a.title, g.title);
            std::map<std::string, const Indicator*> old_indicators;
            for (const Indicator& i : a.indicators) old_indicators.emplace(i.id, &i);
            // Each indicator's unit, baseline and target; one added or removed has them on one side.
            auto indicator = [&](const Indicator* x, const Indicator* y) {
                const std::string& subject = y ? y->title : x->title;
                field("indicator_unit", x ? x->unit : "", y ? y->unit : "", subject);
                field("indicator_baseline", x ? indicator_value(x->baseline) : "", y ? indicator_value(y->baseline) : "",
                      subject);
                field("indicator_target", x ? indicator_value(x->target) : "", y ? indicator_value(y->target) : "",
                      subject);
            };
            for (const Indicator& i : g.indicators) {
                auto was = old_indicators.find(i.id);
                indicator(was == old_indicators.end() ? nullptr : was->second, &i);
                if (was != old_indicators.end()) old_indicators.erase(was);
            }
            for (const Indicator& i : a.indicators) {
                if (old_indicators.count(i.id)) indicator(&i, nullptr);
            }
            field("goal_measures", serving(before_, a.id), serving(after_, g.id));
            if (!c.text.empty() || !c.fields.empty()) d.goals.push_back(std::move(c));
        }
        for (const Goal& g : before_.goals) {
            if (!seen.count(g.id)) d.goals.push_back({PartChange::Kind::removed, g.title, {}, {}});
        }
    }

    void compare_follow_up(PlanDiff& d) {
        std::map<int, const FollowUp*> old_by_year, new_by_year;
        for (const FollowUp& r : before_.follow_up) old_by_year.emplace(r.year, &r);
        for (const FollowUp& r : after_.follow_up) new_by_year.emplace(r.year, &r);
        std::set<int> years;
        for (const auto& [year, report] : old_by_year) years.insert(year);
        for (const auto& [year, report] : new_by_year) years.insert(year);
        for (int year : years) {
            auto a = old_by_year.find(year);
            auto b = new_by_year.find(year);
            std::string title = std::to_string(year);
            if (a == old_by_year.end()) {
                d.follow_up.push_back({PartChange::Kind::added, title, {}, {}});
            } else if (b == new_by_year.end()) {
                d.follow_up.push_back({PartChange::Kind::removed, title, {}, {}});
            } else {
                PartChange c = compare_report(*a->second, *b->second);
                if (!c.text.empty() || !c.fields.empty()) d.follow_up.push_back(std::move(c));
            }
        }
    }

    PartChange compare_report(const FollowUp& a, const FollowUp& b) {
        PartChange c{PartChange::Kind::edited, std::to_string(b.year), diff_words(a.text, b.text), {}};
        auto field = [&](const std::string& name, const std::string& x, const std::string& y, bool keys,
                         const std::string& subject) {
            if (x != y) c.fields.push_back({name, x, y, keys, subject});
        };
        field("date", iso_date(a.date), iso_date(b.date), false, "");
        std::map<std::string, const FollowUpMeasure*> old_entries, new_entries;
        for (const FollowUpMeasure& e : a.measures) old_entries.emplace(e.measure.id, &e);
        for (const FollowUpMeasure& e : b.measures) new_entries.emplace(e.measure.id, &e);
        for (const Measure& m : after_.measures) {
            auto x = old_entries.find(m.id);
            auto y = new_entries.find(m.id);
            const FollowUpMeasure* before = x == old_entries.end() ? nullptr : x->second;
            const FollowUpMeasure* after = y == new_entries.end() ? nullptr : y->second;
            std::string subject = std::to_string(m.number) + " " + m.title;
            field("measure_status", before ? key_or_none(before->status) : "diff_not_reported",
                  after ? key_or_none(after->status) : "diff_not_reported", true, subject);
            field("follow_up_spent_field", before ? format_amount(before->spent) + " kr" : "",
                  after ? format_amount(after->spent) + " kr" : "", false, subject);
            field("comment", before ? before->text : "", after ? after->text : "", false, subject);
        }
        std::map<std::string, Milli> old_values, new_values;
        for (const FollowUpIndicator& v : a.indicators) old_values.emplace(v.indicator.id, v.value);
        for (const FollowUpIndicator& v : b.indicators) new_values.emplace(v.indicator.id, v.value);
        for (const Goal& g : after_.goals) {
            for (const Indicator& i : g.indicators) {
                auto x = old_values.find(i.id);
                auto y = new_values.find(i.id);
                field("follow_up_value", x == old_values.end() ? "" : format_milli(x->second),
                      y == new_values.end() ? "" : format_milli(y->second), false, i.title);
            }
        }
        return c;
    }

    void compare_sections(PlanDiff& d) {
        std::map<std::string, std::string> old_texts;
        for (const Chapter& c : before_.chapters) {
            old_texts[c.id] = c.text;
            for (const Section& s : c.sections) old_texts[s.id] = s.text;
        }
        std::map<std::string, bool> seen;
        auto visit = [&](const std::string& id, const std::string& text) {
            seen[id] = true;
            auto old = old_texts.find(id);
            if (old == old_texts.end()) {
                d.sections.push_back({id, place_name(after_, id), SectionChange::Kind::added, {}});
                return;
            }
            std::vector<TextPiece> pieces = diff_words(old->second, text);
            if (!pieces.empty()) {
                d.sections.push_back({id, place_name(after_, id), SectionChange::Kind::edited, pieces});
            }
        };
        for (const Chapter& c : after_.chapters) {
            visit(c.id, c.text);
            for (const Section& s : c.sections) visit(s.id, s.text);
        }
        for (const Chapter& c : before_.chapters) {
            if (!seen.count(c.id)) d.sections.push_back({c.id, place_name(before_, c.id), SectionChange::Kind::removed, {}});
            for (const Section& s : c.sections) {
                if (!seen.count(s.id)) d.sections.push_back({s.id, place_name(before_, s.id), SectionChange::Kind::removed, {}});
            }
        }
    }

    void compare_units(PlanDiff& d) {
        std::vector<std::pair<std::string, std::string>> units;  // id, name; new order first
        for (const Unit& u : after_.units) units.emplace_back(u.id, u.name);
        for (const Unit& u : before_.units) {
            if (!index_after_.units.count(u.id)) units.emplace_back(u.id, u.name);
        }
        for (const auto& [id, name] : units) {
            const Sums* x = figures_before_.unit(id);
            const Sums* y = figures_after_.unit(id);
            Amount a = x ? x->total : 0;
            Amount b = y ? y->total : 0;
            if (a != b) d.units.push_back({name, figure_change(a, b)});
        }
    }

    const Plan& before_;
    const Plan& after_;
    const Figures& figures_before_;
    const Figures& figures_after_;
    PlanIndex index_before_;
    PlanIndex index_after_;
    bool sums_comparable_;
};

}  // namespace

// Both figures are at most 2^53 (figures.h), so the difference cannot overflow.
FigureChange figure_change(Amount before, Amount after) { return {before, after, after - before}; }

PlanDiff diff_plans(const Plan& before, const Figures& figures_before, const Plan& after,
                    const Figures& figures_after, bool sums_comparable) {
    return Differ(before, figures_before, after, figures_after, sums_comparable).run();
}

}  // namespace legeplan
