// Stage compare/: two versions of a plan → what changed (this header), and a draft's errors as
// the diff lists them (draft_state.h).
//
// What changed between two versions of a plan, measures matched by their stable ids so that a
// renumbering is not a removal and an addition.
#pragma once

#include <string>
#include <vector>

#include "compare/draft_state.h"
#include "figures/figures.h"
#include "plan/model.h"

namespace legeplan {

// A piece of a word-by-word comparison.
struct TextPiece {
    enum class Kind { same, inserted, deleted };
    Kind kind = Kind::same;
    std::string text;  // one or more words and punctuation marks, spaced as in the text
    // Whether a space separates it from the piece before: false for a punctuation mark that
    // stood against the word before it ("forskningskoordinator" then an inserted ",").
    bool space_before = true;
};

// Word-by-word difference of two texts: a shortest edit script of their words, whatever their
// length, with each change's deleted words before its inserted ones. A punctuation mark at a
// word's start or end counts as a word of its own, so that "koordinator" → "koordinator," is
// "," inserted. Empty when the texts have the same words.
std::vector<TextPiece> diff_words(const std::string& before, const std::string& after);

// A figure in both versions and what it changed by (after − before), worked out here so that
// the report only shows it.
struct FigureChange {
    Amount before = 0;
    Amount after = 0;
    Amount change = 0;
    bool changed() const { return change != 0; }
};
FigureChange figure_change(Amount before, Amount after);

struct FieldChange {
    std::string field;  // a label key: "status", "version", "responsible" …
    std::string before;
    std::string after;
    bool label_keys = false;  // before and after are label keys ("funding_new_money"), not text
    std::string subject;      // what the field belongs to (an indicator, a measure); "" for the part itself
};

struct MeasureChange {
    const Measure* before = nullptr;
    const Measure* after = nullptr;
    bool renumbered = false;
    bool moved = false;  // now in another chapter or section
    std::string place_before;  // "2.1 Tilgjengelighet og prioritering"
    std::string place_after;
    std::vector<TextPiece> title;  // empty when unchanged
    std::vector<TextPiece> text;   // empty when unchanged
    FigureChange recurring;  // the measure's yearly cost in each version
    FigureChange one_time;
    // The costs as written differ (type, amount, FTE, rate, years). Set only when the sums
    // cannot be compared: then it is all the diff can say about the money.
    bool costs_edited = false;
    std::vector<FieldChange> fields;  // responsible, years, funding, status, priority, deadline, goals

    bool cost_changed() const { return recurring.changed() || one_time.changed() || costs_edited; }
    bool content_changed() const {
        return !title.empty() || !text.empty() || cost_changed() || !fields.empty();
    }
};

struct SectionChange {
    std::string id;
    std::string place;  // number and title in the new version (or the old, if removed)
    enum class Kind { added, removed, edited } kind = Kind::edited;
    std::vector<TextPiece> text;
};

// A goal (with its indicators) or a follow-up report, matched by goal id or by year: added,
// removed, or what changed in it.
struct PartChange {
    enum class Kind { added, removed, edited } kind = Kind::edited;
    std::string title;              // the goal's title (the new version's); a report's year
    std::vector<TextPiece> text;    // its text, word by word; empty when unchanged
    std::vector<FieldChange> fields;
};

struct UnitTotals {
    std::string name;
    FigureChange total;
};

struct PlanDiff {
    const Plan* before = nullptr;
    const Plan* after = nullptr;
    const Figures* figures_before = nullptr;
    const Figures* figures_after = nullptr;
    std::vector<FieldChange> metadata;
    std::vector<TextPiece> summary;       // the plan's summary, word by word; empty when unchanged
    std::vector<const Measure*> added;    // in the new version only
    std::vector<const Measure*> removed;  // in the old version only
    std::vector<MeasureChange> changed;   // in both, with any difference (number, place, content)
    std::vector<SectionChange> sections;
    std::vector<PartChange> goals;      // in the new version's order, removed ones last
    std::vector<PartChange> follow_up;  // by year
    FigureChange recurring;  // the plans' overall figures
    FigureChange one_time;
    FigureChange total;
    std::vector<UnitTotals> units;  // lead units whose total changed
    // False when either version has an error that can make its sums wrong: then every figure
    // above (and each measure's cost change) is left at 0 and must not be shown.
    bool sums_comparable = true;
    // Errors of either version (old first), listed before the changes; set by the caller, which
    // holds the diagnostics.
    std::vector<DraftError> errors;

    bool empty() const {
        return metadata.empty() && summary.empty() && added.empty() && removed.empty() &&
               changed.empty() && sections.empty() && goals.empty() && follow_up.empty();
    }
};

// Both plans must have loaded (plan_loaded); they may have errors. The figures are compared
// only when sums_comparable (see sums_trustworthy). Field values are rendered with labels by
// render_diff; here they are plain text in the plan's own words (unit names, years).
// The diff refers to both plans and their figures, which must outlive it.
PlanDiff diff_plans(const Plan& before, const Figures& figures_before, const Plan& after,
                    const Figures& figures_after, bool sums_comparable = true);

}  // namespace legeplan
