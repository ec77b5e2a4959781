#include "render/workbook/xlsx_book.h"

#include <xlsxwriter/utility.h>

#include <algorithm>
#include <mutex>

#include "text/utf8.h"
#include "text/translate.h"

namespace legeplan::xlsx {

namespace {

// Points: the body text's size and a line of it; the title's size and a line of it.
constexpr double kBodyPoints = 11;
constexpr double kBodyLine = 15;
constexpr double kTitlePoints = 14;
constexpr double kTitleLine = 19;

// Excel's limit on a row's height, in points.
constexpr double kMaxRowHeight = 409.0;

// Page margins in inches: narrower at the sides than Excel's 0.7, so a wide table prints larger.
constexpr double kSideMargin = 0.4;
constexpr double kTopMargin = 0.6;

// A4 on its side, in the pixels column widths are measured in (96 per inch), between the side
// margins; and the pixels of one character of column width with a column's padding averaged in.
constexpr double kLandscapePixels = (11.69 - 2 * kSideMargin) * 96;
constexpr double kPixelsPerChar = 7.4;

// A4's height and width in inches.
constexpr double kA4Long = 11.69;
constexpr double kA4Short = 8.27;

// Of a page's height between the margins, the part this toolkit counts on for rows: spreadsheet
// programs place page breaks from their own measure of rows and scale, so kept rows are given room
// to spare.
constexpr double kUsablePageShare = 0.88;

// The scale at which kMaxPrintedChars of columns fill a landscape page's width.
constexpr int kScaleForMaxPrinted = static_cast<int>(100 * kLandscapePixels / (kMaxPrintedChars * kPixelsPerChar));

}  // namespace

std::string cell(int row, int col, bool abs_col, bool abs_row) {
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell_abs(name, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), abs_row, abs_col);
    return name;
}

std::string abs_cell(int row, int col) { return cell(row, col, true, true); }

std::string column_range(int col, int first_row, int last_row) {
    return abs_cell(first_row, col) + ":" + abs_cell(last_row, col);
}

std::string sheet_prefix(const std::string& sheet) {
    std::string out = "'";
    for (char c : sheet) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'!";
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string shorten(const std::string& text, std::size_t max_chars, const std::string& marker) {
    if (utf8::length(text) <= max_chars) return text;
    std::size_t keep = max_chars > utf8::length(marker) ? max_chars - utf8::length(marker) : 0;
    std::size_t bytes = 0;
    for (std::size_t chars = 0; chars < keep && bytes < text.size(); ++chars) {
        ++bytes;
        while (bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) ++bytes;
    }
    return text.substr(0, bytes) + marker;
}

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

std::string page_text(const std::string& text, std::size_t max_chars) {
    std::string out;
    for (char c : shorten(text, max_chars)) out += c == '&' ? std::string("&&") : std::string(1, c);
    return out;
}

std::string page_footer(const std::string& page, const std::string& of) {
    return "&C" + page_text(page, 20) + " &P " + page_text(of, 10) + " &N";
}

namespace {

// libxlsxwriter writes the created time with gmtime(), whose result every thread shares: two
// workbooks closed at once (a batch builds plans in parallel) could each get the other's date.
// Workbooks close one at a time.
std::mutex closing;

lxw_error close_workbook(lxw_workbook* wb) {
    std::lock_guard<std::mutex> one_at_a_time(closing);
    return workbook_close(wb);
}

}  // namespace

Book::Book(const std::string& path, std::string shortened_note)
    : wb_(workbook_new(path.c_str())), shortened_note_(std::move(shortened_note)) {
    if (!wb_) {
        fail(fill(tr("cannot create the workbook '{path}'"), {{"path", path}}));
        return;
    }
    make_formats();
}

Book::~Book() {
    if (wb_) close_workbook(wb_);
}

void Book::fail(const std::string& what) {
    if (error_.empty()) error_ = what;
}

void Book::check(lxw_error e, const std::string& what) {
    // TRANSLATORS: {action} is what failed ("writing the workbook"), {reason} libxlsxwriter's words.
    if (e != LXW_NO_ERROR) fail(fill(tr("{action}: {reason}"), {{"action", what}, {"reason", lxw_strerror(e)}}));
}

lxw_worksheet* Book::add_sheet(const std::string& name) {
    if (!wb_) return nullptr;
    lxw_worksheet* ws = workbook_add_worksheet(wb_, name.c_str());
    if (!ws) fail(fill(tr("cannot add the sheet '{sheet}'"), {{"sheet", name}}));
    return ws;
}

lxw_format* Book::add_format() {
    lxw_format* f = wb_ ? workbook_add_format(wb_) : nullptr;
    if (wb_ && !f) fail(tr("cannot add a cell format"));
    return f;
}

void Book::define_name(const std::string& name, const std::string& reference) {
    if (!wb_) return;
    if (!reference.empty() && reference.front() == '=') {
        fail(fill(tr("defining the name {name}: '{reference}' starts with '=', which the toolkit adds"),
                  {{"name", name}, {"reference", reference}}));
        return;
    }
    std::string f = "=" + reference;  // libxlsxwriter takes the '=' and stores what follows it
    check(workbook_define_name(wb_, name.c_str(), f.c_str()), fill(tr("defining the name {name}"), {{"name", name}}));
}

void Book::set_properties(const Properties& p) {
    if (!wb_) return;
    std::string title = p.title, subject = p.subject, company = p.company, status = p.status;
    lxw_doc_properties props{};
    props.title = title.data();
    props.subject = subject.data();
    props.company = company.data();
    props.author = company.data();
    props.status = status.data();
    props.created = p.created;
    check(workbook_set_properties(wb_, &props), tr("setting the document properties"));
}

bool Book::close() {
    if (wb_) check(close_workbook(wb_), tr("writing the workbook"));
    wb_ = nullptr;
    return ok();
}

void Book::make_formats() {
    auto add = [this](auto setup) {
        lxw_format* format = add_format();
        if (format) {
            format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
            setup(format);
        }
        return format;
    };
    // White lines between the shaded header cells show where one ends and the next begins.
    auto header = [](lxw_format* x) {
        format_set_bold(x);
        format_set_bottom(x, LXW_BORDER_THIN);
        format_set_bg_color(x, 0xDDE4EE);
        format_set_left(x, LXW_BORDER_THIN);
        format_set_left_color(x, LXW_COLOR_WHITE);
        format_set_right(x, LXW_BORDER_THIN);
        format_set_right_color(x, LXW_COLOR_WHITE);
    };
    // Amounts and their headers keep one indent from the right edge, so they stay apart from
    // text that starts at the left edge of the next column.
    auto amount = [](lxw_format* x) {
        format_set_align(x, LXW_ALIGN_RIGHT);
        format_set_indent(x, 1);
    };
    Formats& f = formats_;
    f.title = add([](lxw_format* x) {
        format_set_bold(x);
        format_set_font_size(x, kTitlePoints);
        format_set_text_wrap(x);
    });
    f.header = add([&](lxw_format* x) { header(x); format_set_text_wrap(x); });
    f.header_year = add([&](lxw_format* x) {
        header(x);
        format_set_num_format(x, "0");
        amount(x);
    });
    f.header_amount = add([&](lxw_format* x) {
        header(x);
        format_set_text_wrap(x);
        amount(x);
    });
    f.header_centre = add([&](lxw_format* x) {
        header(x);
        format_set_text_wrap(x);
        format_set_align(x, LXW_ALIGN_CENTER);
    });
    f.key = add([](lxw_format* x) { format_set_indent(x, 1); });
    f.ordinal = add([](lxw_format* x) { format_set_align(x, LXW_ALIGN_LEFT); });
    f.text = add([](lxw_format*) {});
    f.wrap = add([](lxw_format* x) { format_set_text_wrap(x); });
    f.bold = add([](lxw_format* x) { format_set_bold(x); });
    f.kr = add([&](lxw_format* x) {
        format_set_num_format(x, kKronerFormat);
        amount(x);
    });
    f.kr_total = add([&](lxw_format* x) {
        format_set_num_format(x, kKronerFormat);
        amount(x);
        format_set_bold(x);
        format_set_top(x, LXW_BORDER_THIN);
    });
    f.total_label = add([](lxw_format* x) { format_set_bold(x); format_set_top(x, LXW_BORDER_THIN); });
    f.total_blank = add([](lxw_format* x) { format_set_top(x, LXW_BORDER_THIN); });
    f.quantity = add([](lxw_format* x) { format_set_num_format(x, "[$-414]General"); });
    f.quantity_total = add([](lxw_format* x) {
        format_set_num_format(x, "[$-414]General");
        format_set_bold(x);
        format_set_top(x, LXW_BORDER_THIN);
    });
    f.year = add([](lxw_format* x) {
        format_set_num_format(x, "0");
        format_set_align(x, LXW_ALIGN_CENTER);
    });
    f.input = add([](lxw_format* x) {
        format_set_unlocked(x);
        format_set_text_wrap(x);
        format_set_bg_color(x, 0xFFF2CC);
        format_set_border(x, LXW_BORDER_THIN);
    });
    f.kr_input = add([](lxw_format* x) {
        format_set_num_format(x, kKronerFormat);
        format_set_bg_color(x, 0xFFF2CC);
        format_set_border(x, LXW_BORDER_THIN);
    });
    f.quantity_input = add([](lxw_format* x) {
        format_set_num_format(x, "[$-414]General");
        format_set_bg_color(x, 0xFFF2CC);
        format_set_border(x, LXW_BORDER_THIN);
    });
    auto figure = [&](const char* code, bool input, bool total) {
        return add([&](lxw_format* x) {
            format_set_num_format(x, code);
            amount(x);
            if (input) {
                format_set_bg_color(x, 0xFFF2CC);
                format_set_border(x, LXW_BORDER_THIN);
            }
            if (total) {
                format_set_bold(x);
                format_set_top(x, LXW_BORDER_THIN);
            }
        });
    };
    f.decimal = figure("[$-414]General", false, false);
    f.decimal_input = figure("[$-414]General", true, false);
    f.decimal_total = figure("[$-414]General", false, true);
    f.two_decimals = figure("[$-414]0.00", false, false);
    f.one_decimal = figure("[$-414]0.0", false, false);
    f.whole = figure("[$-414]#,##0", false, false);
    f.whole_input = figure("[$-414]#,##0", true, false);
    f.whole_total = figure("[$-414]#,##0", false, true);
    f.missing = add([](lxw_format* x) { format_set_align(x, LXW_ALIGN_CENTER); });
}

lxw_format* Book::figure_format(int decimals, const std::string& suffix, bool total) {
    std::string code = "[$-414]#,##0";
    if (decimals > 0) code += "." + std::string(static_cast<std::size_t>(decimals), '0');
    if (!suffix.empty()) {
        std::string quoted;
        for (char c : suffix) {
            if (c != '"') quoted += c;
        }
        code += "\"" + quoted + "\"";
    }
    std::string key = code + (total ? "|total" : "");
    if (auto found = figure_formats_.find(key); found != figure_formats_.end()) return found->second;
    lxw_format* x = add_format();
    if (x) {
        format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
        format_set_num_format(x, code.c_str());
        format_set_align(x, LXW_ALIGN_RIGHT);
        format_set_indent(x, 1);
        if (total) {
            format_set_bold(x);
            format_set_top(x, LXW_BORDER_THIN);
        }
    }
    figure_formats_[key] = x;
    return x;
}

namespace {

// The lines text takes when wrapped, word by word, in a column of the given width (in widths of
// the digit 0; an average letter is a little narrower).
int wrapped_lines(const std::string& text, double width) {
    const std::size_t capacity = std::max<std::size_t>(1, static_cast<std::size_t>(width * 1.15));
    int lines = 1;
    std::size_t used = 0;
    std::size_t word = 0;
    auto place_word = [&] {
        if (word == 0) return;
        std::size_t need = used == 0 ? word : used + 1 + word;
        if (need <= capacity) {
            used = need;
        } else {
            lines += static_cast<int>(used == 0 ? 0 : 1) + static_cast<int>((word - 1) / capacity);
            used = (word - 1) % capacity + 1;
        }
        word = 0;
    };
    for (unsigned char c : text) {
        if (c == ' ') {
            place_word();
        } else if (c == '\n') {
            place_word();
            ++lines;
            used = 0;
        } else if ((c & 0xC0) != 0x80) {
            ++word;  // count code points, not bytes
        }
    }
    place_word();
    return lines;
}

}  // namespace

Sheet::Sheet(Book& book, const std::string& name) : book_(book), name_(name), ws_(book.add_sheet(name)) {}

void Sheet::text(int row, int col, const std::string& value, lxw_format* format) {
    if (!ws_) return;
    if (value.empty()) {
        if (format) check(worksheet_write_blank(ws_, row, col, format), row, col);
        return;
    }
    std::string fitted = shorten(value, kMaxCellChars, book_.shortened_note());
    check(worksheet_write_string(ws_, row, col, fitted.c_str(), format), row, col);
}

void Sheet::number(int row, int col, double value, lxw_format* format) {
    if (ws_) check(worksheet_write_number(ws_, row, col, value, format), row, col);
}

void Sheet::formula(int row, int col, const std::string& expression, double value, lxw_format* format) {
    if (!ws_) return;
    if (expression.empty() || expression.front() == '=') {
        std::string where = sheet_prefix(name_) + cell(row, col);
        book_.fail(expression.empty() ? fill(tr("writing {cell}: an empty formula"), {{"cell", where}})
                                      : fill(tr("writing {cell}: the formula '{formula}' starts with '=', which the "
                                                "toolkit adds"),
                                             {{"cell", where}, {"formula", expression}}));
        return;
    }
    // libxlsxwriter takes off one leading '=' and stores what follows, so this one is the only '='.
    std::string f = "=" + expression;
    check(worksheet_write_formula_num(ws_, row, col, f.c_str(), format, value), row, col);
}

void Sheet::formula(int row, int col, const std::string& expression, const std::string& value,
                    lxw_format* format) {
    if (!ws_) return;
    if (expression.empty() || expression.front() == '=') {
        formula(row, col, expression, 0.0, format);  // fails the book with the reason
        return;
    }
    std::string f = "=" + expression;
    check(worksheet_write_formula_str(ws_, row, col, f.c_str(), format, value.c_str()), row, col);
}

void Sheet::wrapped(int row, int col, const std::string& value, lxw_format* format) {
    text(row, col, value, format);
    fit_row(row, value, width_of(col), format);
}

void Sheet::merged(int row, int first_col, int last_col, const std::string& value, lxw_format* format) {
    if (!ws_) return;
    if (last_col > first_col) {
        call(worksheet_merge_range(ws_, row, first_col, row, last_col, "", format), tr("merging cells"));
    }
    text(row, first_col, value, format);
    double width = 0;
    for (int col = first_col; col <= last_col; ++col) width += width_of(col);
    fit_row(row, value, width, format);
}

double Sheet::width_of(int col) const {
    auto width = widths_.find(col);
    return width == widths_.end() ? LXW_DEF_COL_WIDTH : width->second;
}

void Sheet::fit_row(int row, const std::string& value, double width, lxw_format* format) {
    bool title = format && format == formats().title;
    // A title's letters are wider than the body's, so fewer fit the same width.
    double chars = title ? width * kBodyPoints / kTitlePoints : width;
    double height = wrapped_lines(value, chars) * (title ? kTitleLine : kBodyLine);
    double& most = heights_[row];
    most = std::max(most, height);
}

void Sheet::width(int first_col, int last_col, double width, lxw_format* format) {
    for (int col = first_col; col <= last_col; ++col) widths_[col] = width;
    last_col_ = std::max(last_col_, last_col);
    if (ws_) call(worksheet_set_column(ws_, first_col, last_col, width, format), tr("setting column widths"));
}

void Sheet::headers(int row, const std::vector<std::string>& names, int first_amount, int last_amount) {
    for (int i = 0; i < static_cast<int>(names.size()); ++i) {
        bool amount = i >= first_amount && i <= last_amount;
        wrapped(row, i, names[i], amount ? formats().header_amount : formats().header);
    }
}

void Sheet::autofilter(int first_row, int first_col, int last_row, int last_col) {
    if (ws_) call(worksheet_autofilter(ws_, first_row, first_col, last_row, last_col), tr("setting the autofilter"));
}

void Sheet::setup_print(const PrintSetup& setup) {
    if (!ws_ || last_row_ < 0) return;
    int last_col = setup.last_printed_col >= 0 ? setup.last_printed_col : last_col_;
    call(worksheet_print_area(ws_, 0, 0, last_row_, last_col), tr("setting the print area"));
    double printed = 0;
    for (int col = 0; col <= last_col; ++col) printed += width_of(col);
    if (printed > kMaxPortraitChars) worksheet_set_landscape(ws_);
    else worksheet_set_portrait(ws_);
    worksheet_set_paper(ws_, 9);  // A4
    if (keep_first_ >= 0) {
        // The rows a page holds at the scale the columns print at: fitted to the page's width, or
        // at the scale of a sheet printed across pages.
        bool landscape = printed > kMaxPortraitChars;
        double across = ((landscape ? kA4Long : kA4Short) - 2 * kSideMargin) * 96;
        double scale = printed <= kMaxPrintedChars ? std::min(1.0, across / (printed * kPixelsPerChar))
                                                   : kScaleForMaxPrinted / 100.0;
        double page = ((landscape ? kA4Short : kA4Long) - 2 * kTopMargin) * 72 * kUsablePageShare / scale;
        int at = keeping_break(page, setup.header_row);
        if (at > 0) {
            lxw_row_t breaks[] = {static_cast<lxw_row_t>(at), 0};
            call(worksheet_set_h_pagebreaks(ws_, breaks), tr("setting a page break"));
        }
    }
    worksheet_set_margins(ws_, kSideMargin, kSideMargin, kTopMargin, kTopMargin);
    if (printed <= kMaxPrintedChars) {
        worksheet_fit_to_pages(ws_, 1, 0);
    } else {
        worksheet_set_print_scale(ws_, kScaleForMaxPrinted);
        worksheet_print_across(ws_);
        if (setup.frozen_cols > 0) {
            call(worksheet_repeat_columns(ws_, 0, setup.frozen_cols - 1), tr("repeating the frozen columns"));
        }
    }
    if (!setup.header.empty()) call(worksheet_set_header(ws_, setup.header.c_str()), tr("setting the page header"));
    if (!setup.footer.empty()) call(worksheet_set_footer(ws_, setup.footer.c_str()), tr("setting the page footer"));
    if (setup.header_row >= 0) {
        call(worksheet_repeat_rows(ws_, setup.header_row, setup.header_row), tr("repeating the header row"));
        worksheet_freeze_panes(ws_, setup.header_row + 1, setup.frozen_cols);
    }
    // Viewers differ in whether they fit rows to wrapped text when a file is opened (LibreOffice
    // does not), so the heights are set here.
    for (const auto& [row, height] : heights_) {
        if (height > kBodyLine) {
            call(worksheet_set_row(ws_, row, std::min(height, kMaxRowHeight), nullptr), tr("setting row heights"));
        }
    }
}

void Sheet::keep_together(int first_row, int last_row) {
    keep_first_ = first_row;
    keep_last_ = last_row;
}

double Sheet::row_points(int row) const {
    auto it = heights_.find(row);
    return it == heights_.end() ? kBodyLine : std::min(std::max(it->second, kBodyLine), kMaxRowHeight);
}

int Sheet::keeping_break(double page_points, int header_row) const {
    double header = header_row >= 0 ? row_points(header_row) : 0;
    // The pages as they fill of themselves: where the page holding keep_first_ starts.
    int page_start = 0;
    double used = 0;
    for (int row = 0; row <= keep_first_; ++row) {
        double h = row_points(row);
        if (used + h > page_points && row > page_start) {
            page_start = row;
            used = row > header_row ? header : 0;
        }
        used += h;
    }
    double kept = 0;
    for (int row = keep_first_; row <= keep_last_; ++row) kept += row_points(row);
    if (used - row_points(keep_first_) + kept <= page_points) return -1;  // they fit where they fall
    // The earliest row after the page's start from which everything down to keep_last_ fits on
    // one page under the repeated header; none when even the kept rows alone do not.
    double below = header + kept;
    if (below > page_points) return -1;
    // The page before keeps a row of the table as well as any rows above it.
    int at = keep_first_;
    while (at - 1 > std::max(page_start, header_row) && below + row_points(at - 1) <= page_points) below += row_points(--at);
    return at;
}

void Sheet::call(lxw_error e, const std::string& what) {
    // TRANSLATORS: {action} is what was done ("setting the print area"), {sheet} the sheet's name.
    book_.check(e, fill(tr("{action} in '{sheet}'"), {{"action", what}, {"sheet", name_}}));
}

void Sheet::check(lxw_error e, int row, int col) {
    last_row_ = std::max(last_row_, row);
    last_col_ = std::max(last_col_, col);
    book_.check(e, fill(tr("writing {cell}"), {{"cell", sheet_prefix(name_) + cell(row, col)}}));
}

}  // namespace legeplan::xlsx
