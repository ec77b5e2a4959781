#include "render/review_form.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <ctime>

#include "publish/output.h"
#include "plan/plan_index.h"
#include "figures/totals.h"

namespace legeplan {

namespace {

constexpr const char* kLabelKeys[] = {
    "review_sheet", "review_title", "review_instructions", "review_view", "review_text",
    "review_overall", "review_date", "review_error_title", "review_error_message", "number",
    "measure", "responsible", "cost_per_year", "one_time_total", "comment", "version", "draft",
    "lsu_position_supports", "lsu_position_supports_with_changes", "lsu_position_does_not_support",
    "page"};

constexpr const char* kKroner = "[$-414]#,##0 \"kr\"";
constexpr int kHeaderRow = 4;

enum Column { kNumber, kTitle, kText, kResponsible, kYearly, kOneTime, kView, kComment, kColumns };

// Collects the first libxlsxwriter failure; later calls still run but cannot hide it.
class Checked {
public:
    void operator()(lxw_error e, const char* what) {
        if (e != LXW_NO_ERROR && error.empty()) error = std::string(what) + ": " + lxw_strerror(e);
    }
    std::string error;
};

// Markdown's soft line breaks become spaces in a cell; paragraph breaks stay line breaks.
std::string cell_text(const std::string& markdown) {
    std::string out;
    for (std::size_t i = 0; i < markdown.size(); ++i) {
        char c = markdown[i];
        if (c != '\n') {
            out += c;
        } else if (i + 1 < markdown.size() && markdown[i + 1] == '\n') {
            out += '\n';
            while (i + 1 < markdown.size() && markdown[i + 1] == '\n') ++i;
        } else {
            out += ' ';
        }
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    return out;
}

// A header or footer text: '&' is a control character there.
std::string header_safe(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '&' ? std::string("&&") : std::string(1, c);
    return out.size() > 200 ? out.substr(0, 200) : out;
}

}  // namespace

bool render_review(const Plan& plan, const Labels& labels, const std::string& path, std::string& error) {
    for (const char* key : kLabelKeys) labels.get(key);
    auto word = [&](const char* key) { return labels.get(key); };
    PlanIndex index(plan);
    std::vector<const Measure*> measures;
    for (const Measure& m : plan.measures) measures.push_back(&m);
    std::stable_sort(measures.begin(), measures.end(),
                     [](const Measure* a, const Measure* b) { return a->number < b->number; });

    lxw_workbook* wb = workbook_new(path.c_str());
    if (!wb) {
        error = "cannot create the review form at " + path;
        return false;
    }
    Checked check;
    lxw_worksheet* ws = workbook_add_worksheet(wb, word("review_sheet").c_str());
    if (!ws) check(LXW_ERROR_SHEETNAME_ALREADY_USED, "adding the sheet");

    lxw_format* title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0x1F4E79);
    format_set_font_color(header, LXW_COLOR_WHITE);
    lxw_format* kr = workbook_add_format(wb);
    format_set_num_format(kr, kKroner);
    format_set_align(kr, LXW_ALIGN_VERTICAL_TOP);
    // The cells LSU fills in: unlocked, and yellow so they are easy to find.
    lxw_format* input = workbook_add_format(wb);
    format_set_unlocked(input);
    format_set_text_wrap(input);
    format_set_align(input, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(input, 0xFFF2CC);
    format_set_border(input, LXW_BORDER_THIN);

    if (ws) {
        const Metadata& meta = plan.meta;
        std::string subtitle = meta.municipality + " · " + word("version") + " " + meta.version;
        if (meta.status != PlanStatus::adopted) subtitle += " · " + word("draft");
        check(worksheet_write_string(ws, 0, 0, (meta.title + " – " + word("review_title")).c_str(), title), "title");
        check(worksheet_write_string(ws, 1, 0, subtitle.c_str(), nullptr), "subtitle");
        check(worksheet_write_string(ws, 2, 0, word("review_instructions").c_str(), nullptr), "instructions");
        const char* headers[kColumns] = {};
        std::string names[kColumns] = {word("number"), word("measure"), word("review_text"),
                                       word("responsible"), word("cost_per_year"),
                                       word("one_time_total"), word("review_view"), word("comment")};
        for (int c = 0; c < kColumns; ++c) {
            headers[c] = names[c].c_str();
            check(worksheet_write_string(ws, kHeaderRow, c, headers[c], header), "header");
        }
        int row = kHeaderRow + 1;
        for (const Measure* m : measures) {
            MeasureCost cost = measure_cost(index, *m);
            check(worksheet_write_number(ws, row, kNumber, m->number, wrap), "number");
            check(worksheet_write_string(ws, row, kTitle, m->title.c_str(), wrap), "title");
            check(worksheet_write_string(ws, row, kText, cell_text(m->text).c_str(), wrap), "text");
            check(worksheet_write_string(ws, row, kResponsible, responsible_names(index, *m).c_str(), wrap), "responsible");
            check(worksheet_write_number(ws, row, kYearly, static_cast<double>(cost.recurring), kr), "cost");
            check(worksheet_write_number(ws, row, kOneTime, static_cast<double>(cost.one_time), kr), "cost");
            check(worksheet_write_blank(ws, row, kView, input), "view");
            check(worksheet_write_blank(ws, row, kComment, input), "comment");
            // Row height from the text's length: LibreOffice does not grow rows on opening.
            double lines = std::max<double>(2, static_cast<double>(m->text.size()) / 55 + 1);
            check(worksheet_set_row(ws, row, std::min(15.0 * lines, 300.0), nullptr), "row height");
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
            check(worksheet_data_validation_range(ws, kHeaderRow + 1, kView, last, kView, &validation),
                  "the drop-down");
            check(worksheet_autofilter(ws, kHeaderRow, 0, last, kColumns - 1), "autofilter");
        }
        int overall = row + 1;
        check(worksheet_write_string(ws, overall, kTitle, word("review_overall").c_str(), header), "overall");
        check(worksheet_merge_range(ws, overall, kText, overall + 3, kComment, "", input), "overall");
        check(worksheet_write_string(ws, overall + 5, kTitle, word("review_date").c_str(), header), "date");
        check(worksheet_write_blank(ws, overall + 5, kText, input), "date");

        double widths[kColumns] = {6, 28, 60, 24, 14, 14, 22, 40};
        for (int c = 0; c < kColumns; ++c) {
            check(worksheet_set_column(ws, c, c, widths[c], nullptr), "column width");
        }
        worksheet_freeze_panes(ws, kHeaderRow + 1, 2);
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9);  // A4
        worksheet_fit_to_pages(ws, 1, 0);
        check(worksheet_repeat_rows(ws, kHeaderRow, kHeaderRow), "repeated header");
        check(worksheet_set_header(ws, ("&L" + header_safe(meta.municipality + ": " + meta.title)).c_str()), "page header");
        check(worksheet_set_footer(ws, ("&C" + header_safe(word("page")) + " &P / &N").c_str()), "page footer");
        // Locked cells keep the plan's text as sent; LSU may still resize and filter.
        lxw_protection protection{};
        protection.format_columns = 1;
        protection.format_rows = 1;
        protection.autofilter = 1;
        worksheet_protect(ws, nullptr, &protection);

        std::string doc_title = meta.title + " – " + word("review_title");
        std::string company = meta.municipality;
        lxw_doc_properties props{};
        props.title = doc_title.data();
        props.company = company.data();
        props.author = company.data();
        props.created = plan_timestamp(plan);
        check(workbook_set_properties(wb, &props), "document properties");
    }
    check(workbook_close(wb), "writing the review form");
    if (!check.error.empty()) {
        error = check.error;
        return false;
    }
    return true;
}

}  // namespace legeplan
