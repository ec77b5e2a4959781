#include "render/workbook/review_form.h"

#include <algorithm>
#include <map>
#include <optional>

#include "plan/choice_keys.h"
#include "plan/lsu_form.h"
#include "plan/plan_index.h"
#include "plan/plan_timestamp.h"
#include "render/cost_text.h"
#include "render/plan_status.h"
#include "render/workbook/xlsx_book.h"
#include "text/translate.h"
#include "text/utf8.h"

namespace legeplan {

namespace {

constexpr const char* kLabelKeys[] = {
    "review_sheet", "review_title", "review_instructions", "review_view", "review_text",
    "review_overall", "review_date", "review_error_title", "review_error_message", "number",
    "measure", "responsible", "cost_per_year", "one_time_total", "comment", "version",
    "status_mark_draft", "status_mark_sent_to_lsu", "status_mark_lsu_statement", "status_mark_sent_to_council",
    "lsu_position_supports", "lsu_position_supports_with_changes", "lsu_position_does_not_support",
    "page", "page_of", "xlsx_text_shortened", "goals", "cost_within_budget", "cost_not_estimated",
    "chapter", "funding", "measure_status", "review_state", "review_state_new", "review_state_changed",
    "review_state_unchanged", "review_state_removed", "review_what_changed", "review_cost_before",
    "review_one_time_before", "review_compared_with", "review_not_compared", "review_chapters",
    "review_chapter_comment", "review_change_cost", "review_change_text", "review_change_title",
    "review_change_place", "review_change_number", "review_change_responsible", "review_change_years",
    "review_change_funding", "review_change_status", "review_change_goals"};

constexpr int kHeaderRow = 4;

// The columns; the form from a diff has them all, build's form those marked plain.
enum class Column {
    number, title, state, changes, text, chapter, responsible, funding, status,
    yearly_before, yearly, one_time_before, one_time, view, comment
};

struct ColumnInfo {
    Column column;
    const char* label;
    double width;       // in the form without a diff: about 200 characters in all
    double diff_width;  // in the form from a diff: within the 250 a page's width shows
    bool plain;         // also in the form without a diff
    bool amount;
};

constexpr ColumnInfo kColumns[] = {
    {Column::number, "number", 6, 5, true, false},
    {Column::title, "measure", 26, 22, true, false},
    {Column::state, "review_state", 0, 9, false, false},
    {Column::changes, "review_what_changed", 0, 11, false, false},
    {Column::text, "review_text", 56, 26, true, false},
    {Column::chapter, "chapter", 0, 26, false, false},
    {Column::responsible, "responsible", 22, 17, true, false},
    {Column::funding, "funding", 0, 12, false, false},
    {Column::status, "measure_status", 0, 10, false, false},
    {Column::yearly_before, "review_cost_before", 0, 15, false, true},
    {Column::yearly, "cost_per_year", 16, 15, true, true},
    {Column::one_time_before, "review_one_time_before", 0, 15, false, true},
    {Column::one_time, "one_time_total", 16, 15, true, true},
    {Column::view, "review_view", 20, 16, true, false},
    {Column::comment, "comment", 36, 19, true, false},
};

// "Kostnad, tekst, ansvar": what changed in a measure, in a few words.
std::string what_changed(const MeasureChange& c, const Labels& labels) {
    std::vector<std::string> words;
    if (c.cost_changed()) words.push_back(labels.get("review_change_cost"));
    if (!c.text.empty()) words.push_back(labels.get("review_change_text"));
    if (!c.title.empty()) words.push_back(labels.get("review_change_title"));
    if (c.moved) words.push_back(labels.get("review_change_place"));
    if (c.renumbered) words.push_back(labels.get("review_change_number"));
    static const std::map<std::string, std::string> field_words = {
        {"responsible", "review_change_responsible"}, {"years", "review_change_years"},
        {"funding", "review_change_funding"},         {"measure_status", "review_change_status"},
        {"goals", "review_change_goals"}};
    for (const FieldChange& f : c.fields) {
        auto word = field_words.find(f.field);
        if (word == field_words.end()) continue;
        const std::string& w = labels.get(word->second);
        if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(w);
    }
    std::string text;
    for (const std::string& w : words) text += (text.empty() ? "" : ", ") + w;
    return utf8::capital_first(text);
}

// "2 Fastlegeordningen"; an unnumbered chapter by its title alone.
std::string chapter_place(const Chapter& chapter) {
    return chapter.number > 0 ? std::to_string(chapter.number) + " " + chapter.title : chapter.title;
}

// The form's writer: every protected cell it writes is also kept for the digest, and every
// input cell is listed for the hidden sheet.
class FormWriter {
public:
    FormWriter(xlsx::Sheet& s, const Plan& plan, const Figures& figures, const Labels& labels, const PlanDiff* diff)
        : s_(s), f_(s.formats()), plan_(plan), figures_(figures), labels_(labels), diff_(diff), index_(plan) {
        for (const ColumnInfo& c : kColumns) {
            if (c.plain || diff_) columns_.push_back(c);
        }
    }

    const std::vector<ColumnInfo>& columns() const { return columns_; }
    const FormCells& locked() const { return locked_; }
    const std::vector<std::vector<std::string>>& inputs() const { return inputs_; }

    void write() {
        const Metadata& meta = plan_.meta;
        int last = static_cast<int>(columns_.size()) - 1;
        std::string subtitle = meta.municipality + " · " + word("version") + " " + meta.version;
        if (meta.status != PlanStatus::adopted) subtitle += " · " + status_mark(meta.status, labels_);
        merged(0, meta.title + " – " + word("review_title"), f_.title);
        merged(1, subtitle, f_.wrap);
        merged(2, word("review_instructions"), f_.wrap);
        merged(3, diff_ ? word("review_compared_with") + " " + diff_->before->meta.version : word("review_not_compared"),
               f_.wrap);
        for (int c = 0; c <= last; ++c) {
            const ColumnInfo& info = columns_[c];
            locked_text(kHeaderRow, c, word(info.label), info.amount ? f_.header_amount : f_.header, true);
        }
        int row = kHeaderRow + 1;
        std::vector<const Measure*> measures;
        for (const Measure& m : plan_.measures) measures.push_back(&m);
        std::stable_sort(measures.begin(), measures.end(),
                         [](const Measure* a, const Measure* b) { return a->number < b->number; });
        for (const Measure* m : measures) measure_row(row++, *m);
        if (diff_) {
            for (const Measure* m : diff_->removed) removed_row(row++, *m);
        }
        int last_measure = row - 1;
        if (row > kHeaderRow + 1) {
            drop_down(kHeaderRow + 1, last_measure);
            s_.autofilter(kHeaderRow, 0, last_measure, last);
        }
        // A row per chapter for LSU's comment on its text.
        row += 1;
        locked_text(row, col(Column::title), word("review_chapters"), f_.header, true);
        locked_text(row, col(Column::text), word("review_chapter_comment"), f_.header, true);
        ++row;
        for (const Chapter& chapter : plan_.chapters) {
            // "2 Fastlegeordningen", as the chapter column names it: column A numbers measures only.
            locked_text(row, col(Column::title), chapter_place(chapter), f_.wrap, true);
            // In the form from a diff the text column is narrow: the comment spans the columns
            // up to the funding's.
            input(row, col(Column::text), kLsuInputChapter, chapter.id, col(Column::funding));
            ++row;
        }
        int overall = row + 1;
        locked_text(overall, col(Column::title), word("review_overall"), f_.header, true);
        s_.call(worksheet_merge_range(s_.get(), overall, col(Column::text), overall + 3, last, "", f_.input),
                tr("merging the statement's cells"));
        inputs_.push_back({lsu_form_cell(overall, col(Column::text)), kLsuInputText, ""});
        locked_text(overall + 5, col(Column::title), word("review_date"), f_.header, true);
        input(overall + 5, col(Column::text), kLsuInputDate, "");
    }

private:
    const std::string& word(const char* key) const { return labels_.get(key); }

    int col(Column c) const {
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            if (columns_[i].column == c) return static_cast<int>(i);
        }
        return -1;
    }

    // A protected text cell, kept for the digest as the sheet stores it.
    void locked_text(int row, int c, const std::string& value, lxw_format* format, bool wrapped) {
        if (c < 0) return;
        if (wrapped) s_.wrapped(row, c, value, format);
        else s_.text(row, c, value, format);
        if (!value.empty()) locked_[{row, c}] = xlsx::shorten(value, xlsx::kMaxCellChars, labels_.get("xlsx_text_shortened"));
    }
    void merged(int row, const std::string& value, lxw_format* format) {
        s_.merged(row, 0, static_cast<int>(columns_.size()) - 1, value, format);
        if (!value.empty()) locked_[{row, 0}] = xlsx::shorten(value, xlsx::kMaxCellChars, labels_.get("xlsx_text_shortened"));
    }
    void number(int row, int c, double value, lxw_format* format) {
        if (c < 0) return;
        s_.number(row, c, value, format);
        locked_[{row, c}] = lsu_form_number_text(value);
    }
    void input(int row, int c, const char* kind, const std::string& id, int last_col = -1) {
        if (last_col > c) {
            s_.call(worksheet_merge_range(s_.get(), row, c, row, last_col, "", f_.input), tr("merging cells"));
        } else {
            s_.text(row, c, "", f_.input);
        }
        inputs_.push_back({lsu_form_cell(row, c), kind, id});
    }

    void costs(int row, const Measure& m, const Figures& figures, const Plan& plan, Column yearly, Column one_time) {
        const MeasureFigures& mf = figures.of(plan, m);
        if (std::string none = no_cost_text(m, mf, labels_); !none.empty()) {
            locked_text(row, col(yearly), none, f_.wrap, true);
        } else {
            number(row, col(yearly), static_cast<double>(mf.sums.recurring), f_.kr);
            number(row, col(one_time), static_cast<double>(mf.sums.one_time), f_.kr);
        }
    }

    // What the diff says of a measure in this plan: nullptr for one that is unchanged.
    const MeasureChange* change_of(const Measure& m) const {
        for (const MeasureChange& c : diff_->changed) {
            if (c.after == &m) return &c;
        }
        return nullptr;
    }

    void describe(int row, const PlanIndex& index, const Measure& m) {
        number(row, col(Column::number), m.number, f_.ordinal);
        locked_text(row, col(Column::title), m.title, f_.wrap, true);
        // LSU weighs a measure by what it is for: the goals it serves close its text.
        std::string goals = goal_titles(index, m);
        std::string text = xlsx::cell_text(m.text);
        if (!goals.empty()) text += "\n" + word("goals") + ": " + goals;
        locked_text(row, col(Column::text), text, f_.wrap, true);
        if (const Chapter* chapter = index.chapter_of_measure(m)) {
            locked_text(row, col(Column::chapter), chapter_place(*chapter), f_.wrap, true);
        }
        locked_text(row, col(Column::responsible), responsible_names(index, m), f_.wrap, true);
        if (m.funding != Funding::none) locked_text(row, col(Column::funding), labels_.get(label_key(m.funding)), f_.wrap, true);
        if (m.status != MeasureStatus::none) {
            locked_text(row, col(Column::status), labels_.get(label_key(m.status)), f_.wrap, true);
        }
    }

    void measure_row(int row, const Measure& m) {
        describe(row, index_, m);
        costs(row, m, figures_, plan_, Column::yearly, Column::one_time);
        if (diff_) {
            bool added = std::find(diff_->added.begin(), diff_->added.end(), &m) != diff_->added.end();
            const MeasureChange* change = added ? nullptr : change_of(m);
            bool changed = change && change->content_changed();
            locked_text(row, col(Column::state),
                        word(added ? "review_state_new" : changed ? "review_state_changed" : "review_state_unchanged"),
                        f_.wrap, true);
            if (changed) locked_text(row, col(Column::changes), what_changed(*change, labels_), f_.wrap, true);
            if (!added) {
                const Measure* before = change ? change->before : nullptr;
                if (!before) {
                    for (const Measure& b : diff_->before->measures) {
                        if (b.id == m.id) before = &b;
                    }
                }
                if (before && diff_->sums_comparable) costs(row, *before, *diff_->figures_before, *diff_->before, Column::yearly_before,
                                  Column::one_time_before);
            }
        }
        input(row, col(Column::view), kLsuInputPosition, m.id);
        input(row, col(Column::comment), kLsuInputComment, m.id);
    }

    // A measure the new draft no longer has: shown with its old cost, with nothing to fill in.
    void removed_row(int row, const Measure& m) {
        PlanIndex before(*diff_->before);
        describe(row, before, m);
        locked_text(row, col(Column::state), word("review_state_removed"), f_.wrap, true);
        if (diff_->sums_comparable) {
            costs(row, m, *diff_->figures_before, *diff_->before, Column::yearly_before, Column::one_time_before);
        }
    }

    void drop_down(int first, int last) {
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
        int view = col(Column::view);
        s_.call(worksheet_data_validation_range(s_.get(), first, view, last, view, &validation),
                tr("adding the drop-down"));
    }

    xlsx::Sheet& s_;
    const xlsx::Formats& f_;
    const Plan& plan_;
    const Figures& figures_;
    const Labels& labels_;
    const PlanDiff* diff_;
    PlanIndex index_;
    std::vector<ColumnInfo> columns_;
    FormCells locked_;
    std::vector<std::vector<std::string>> inputs_;  // cell, kind, id
};

// The hidden sheet `lsu import` reads (plan/lsu_form.h); its cells go into the digest too.
void write_data_sheet(xlsx::Book& book, const Plan& plan, const std::string& review_sheet, const FormWriter& form) {
    xlsx::Sheet d(book, kLsuFormDataSheet);
    if (!d.usable()) return;
    FormCells cells;
    auto put = [&](int row, int col, const std::string& value) {
        d.text(row, col, value, nullptr);
        if (!value.empty()) cells[{row, col}] = value;
    };
    put(kLsuFormPlanRow, 0, "plan");
    put(kLsuFormPlanRow, 1, lsu_form_identifier(plan.meta));
    put(kLsuFormVersionRow, 0, "version");
    put(kLsuFormVersionRow, 1, plan.meta.version);
    put(kLsuFormSheetRow, 0, "sheet");
    put(kLsuFormSheetRow, 1, review_sheet);
    put(kLsuFormFirstInputRow - 1, 0, "cell");
    put(kLsuFormFirstInputRow - 1, 1, "kind");
    put(kLsuFormFirstInputRow - 1, 2, "id");
    int row = kLsuFormFirstInputRow;
    for (const std::vector<std::string>& input : form.inputs()) {
        for (int c = 0; c < 3; ++c) put(row, c, input[c]);
        ++row;
    }
    int at = 0;
    for (const auto& [review_row, digest] : lsu_form_row_digests(form.locked())) {
        put(at, kLsuFormRowNumberColumn, std::to_string(review_row + 1));
        put(at, kLsuFormRowDigestColumn, digest);
        ++at;
    }
    d.text(kLsuFormDigestRow, 0, "digest", nullptr);
    cells[{kLsuFormDigestRow, 0}] = "digest";
    d.text(kLsuFormDigestRow, 1, lsu_form_digest(form.locked(), cells), nullptr);
    worksheet_hide(d.get());
    lxw_protection protection{};
    worksheet_protect(d.get(), nullptr, &protection);
}

}  // namespace

bool render_review(const Plan& plan, const Figures& figures, const Labels& labels, const std::string& path,
                   std::string& error, const PlanDiff* diff) {
    for (const char* key : kLabelKeys) labels.get(key);
    const Metadata& meta = plan.meta;
    xlsx::Book book(path, labels.get("xlsx_text_shortened"));
    if (book.get()) {
        std::string name = labels.get("review_sheet");
        xlsx::Sheet s(book, name);
        std::optional<FormWriter> form;
        if (s.usable()) {
            form.emplace(s, plan, figures, labels, diff);
            // Narrow enough that the printed form, one page wide, stays large enough to read.
            const std::vector<ColumnInfo>& columns = form->columns();
            for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
                s.width(c, c, diff ? columns[c].diff_width : columns[c].width);
            }
            form->write();
            s.setup_print({"&L" + xlsx::page_text(meta.municipality + ": " + meta.title, 150),
                           xlsx::page_footer(labels.get("page"), labels.get("page_of")), kHeaderRow, 2});
            // Locked cells keep the plan's text as sent; LSU may still resize and filter.
            lxw_protection protection{};
            protection.format_columns = 1;
            protection.format_rows = 1;
            protection.autofilter = 1;
            worksheet_protect(s.get(), nullptr, &protection);
            write_data_sheet(book, plan, name, *form);
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
