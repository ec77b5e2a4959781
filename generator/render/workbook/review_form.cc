#include "render/workbook/review_form.h"

#include <algorithm>

#include "plan/plan_index.h"
#include "plan/plan_timestamp.h"
#include "render/cost_text.h"
#include "render/plan_status.h"
#include "render/workbook/xlsx_book.h"
#include "text/translate.h"

namespace legeplan {

namespace {

constexpr const char* kLabelKeys[] = {
    "review_sheet", "review_title", "review_instructions", "review_view", "review_text",
    "review_overall", "review_date", "review_error_title", "review_error_message", "number",
    "measure", "responsible", "cost_per_year", "one_time_total", "comment", "version",
    "status_mark_draft", "status_mark_sent_to_lsu", "status_mark_lsu_statement", "status_mark_sent_to_council",
    "lsu_position_supports", "lsu_position_supports_with_changes", "lsu_position_does_not_support",
    "page", "page_of", "xlsx_text_shortened", "goals", "cost_within_budget", "cost_not_estimated"};

constexpr int kHeaderRow = 4;

enum Column { kNumber, kTitle, kText, kResponsible, kYearly, kOneTime, kView, kComment, kColumns };

// Title, instructions, and one row per measure with the cells LSU fills in.
void write_measures(xlsx::Sheet& s, const Plan& plan, const Figures& figures, const Labels& labels) {
    auto word = [&](const char* key) { return labels.get(key); };
    const xlsx::Formats& f = s.formats();
    const Metadata& meta = plan.meta;
    PlanIndex index(plan);
    std::string subtitle = meta.municipality + " · " + word("version") + " " + meta.version;
    if (meta.status != PlanStatus::adopted) subtitle += " · " + status_mark(meta.status, labels);
    s.merged(0, 0, kColumns - 1, meta.title + " – " + word("review_title"), f.title);
    s.merged(1, 0, kColumns - 1, subtitle, f.wrap);
    s.merged(2, 0, kColumns - 1, word("review_instructions"), f.wrap);
    s.headers(kHeaderRow, {word("number"), word("measure"), word("review_text"), word("responsible"),
                           word("cost_per_year"), word("one_time_total"), word("review_view"),
                           word("comment")},
              kYearly, kOneTime);
    std::vector<const Measure*> measures;
    for (const Measure& m : plan.measures) measures.push_back(&m);
    std::stable_sort(measures.begin(), measures.end(),
                     [](const Measure* a, const Measure* b) { return a->number < b->number; });
    int row = kHeaderRow + 1;
    for (const Measure* m : measures) {
        const Sums& cost = figures.of(plan, *m).sums;
        s.number(row, kNumber, m->number, f.ordinal);
        s.wrapped(row, kTitle, m->title, f.wrap);
        // LSU weighs a measure by what it is for: the goals it serves close its text.
        std::string goals = goal_titles(index, *m);
        std::string text = xlsx::cell_text(m->text);
        if (!goals.empty()) text += "\n" + word("goals") + ": " + goals;
        s.wrapped(row, kText, text, f.wrap);
        s.wrapped(row, kResponsible, responsible_names(index, *m), f.wrap);
        // A measure without cost says why, in the document's words, not with two zeros.
        if (std::string none = no_cost_text(*m, figures.of(plan, *m), labels); !none.empty()) {
            s.wrapped(row, kYearly, none, f.wrap);
        } else {
            s.number(row, kYearly, static_cast<double>(cost.recurring), f.kr);
            s.number(row, kOneTime, static_cast<double>(cost.one_time), f.kr);
        }
        s.text(row, kView, "", f.input);
        s.text(row, kComment, "", f.input);
        ++row;
    }
    int last = row - 1;
    if (!measures.empty()) {
        // libxlsxwriter takes these as char*; they live until the call returns.
        std::string options[3] = {word("lsu_position_supports"), word("lsu_position_supports_with_changes"),
                                  word("lsu_position_does_not_support")};
        char* list[4] = {options[0].data(), options[1].data(), options[2].data(), nullptr};
        std::string error_title = word("review_error_title");
        std::string error_message = word("review_error_message");
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = list;
        validation.error_title = error_title.data();
        validation.error_message = error_message.data();
        s.call(worksheet_data_validation_range(s.get(), kHeaderRow + 1, kView, last, kView, &validation),
               tr("adding the drop-down"));
        s.autofilter(kHeaderRow, 0, last, kColumns - 1);
    }
    int overall = row + 1;
    s.text(overall, kTitle, word("review_overall"), f.header);
    s.call(worksheet_merge_range(s.get(), overall, kText, overall + 3, kComment, "", f.input),
           tr("merging the statement's cells"));
    s.text(overall + 5, kTitle, word("review_date"), f.header);
    s.text(overall + 5, kText, "", f.input);
}

}  // namespace

bool render_review(const Plan& plan, const Figures& figures, const Labels& labels, const std::string& path,
                   std::string& error) {
    for (const char* key : kLabelKeys) labels.get(key);
    const Metadata& meta = plan.meta;
    xlsx::Book book(path, labels.get("xlsx_text_shortened"));
    if (book.get()) {
        xlsx::Sheet s(book, labels.get("review_sheet"));
        // About 200 characters in all, so the printed form stays large enough to read.
        const double widths[kColumns] = {6, 26, 56, 22, 16, 16, 20, 36};
        for (int c = 0; c < kColumns; ++c) s.width(c, c, widths[c]);
        if (s.usable()) {
            write_measures(s, plan, figures, labels);
            s.setup_print({"&L" + xlsx::page_text(meta.municipality + ": " + meta.title, 150),
                           xlsx::page_footer(labels.get("page"), labels.get("page_of")), kHeaderRow, 2});
            // Locked cells keep the plan's text as sent; LSU may still resize and filter.
            lxw_protection protection{};
            protection.format_columns = 1;
            protection.format_rows = 1;
            protection.autofilter = 1;
            worksheet_protect(s.get(), nullptr, &protection);
        }
        book.set_properties({meta.title + " – " + labels.get("review_title"), "", meta.municipality, "",
                             plan_timestamp(plan)});
    }
    if (!book.close()) {
        error = book.error();
        return false;
    }
    return true;
}

}  // namespace legeplan
