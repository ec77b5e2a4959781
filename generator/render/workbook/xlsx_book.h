// Family render/workbook/: the workbooks, all through this header's toolkit — the plan's cost
// workbook (cost_workbook.h), LSU's review form (review_form.h), the follow-up's
// (follow_up_workbook.h) and the overview's (overview_workbook.h) — and the budget lines as CSV
// (budget_csv.h).
//
// The workbook toolkit: the one place that creates workbooks. Every libxlsxwriter call is
// checked and its first failure kept; text is always written as text, shortened to what a cell
// holds; cell names come from libxlsxwriter's own utilities; formats and print setup are shared
// by the cost workbook, the review form and any later workbook.
#pragma once

#include <xlsxwriter.h>

#include <ctime>
#include <map>
#include <string>
#include <vector>

namespace legeplan::xlsx {

// Kroner with a thousands separator and "kr". The "," in a format code is the locale's group
// separator, so a Norwegian Excel or LibreOffice shows 18 400 000 kr.
inline constexpr const char* kKronerFormat = "[$-414]#,##0 \"kr\"";

// The most characters a cell holds (Excel's limit, which libxlsxwriter enforces).
inline constexpr std::size_t kMaxCellChars = 32767;

// "B5" for a zero-based row and column; with abs_col/abs_row, "$B5", "B$5", "$B$5".
std::string cell(int row, int col, bool abs_col = false, bool abs_row = false);
std::string abs_cell(int row, int col);
// A range of one column, absolute: $J$5:$J$41.
std::string column_range(int col, int first_row, int last_row);
// 'Sheet name'! — always quoted, with quotes in the name doubled.
std::string sheet_prefix(const std::string& sheet);
// A text as a formula string literal: "…" with quotes doubled.
std::string quoted(const std::string& text);

// At most max_chars characters (code points) of text, never cutting a character in two; a
// shortened text ends in marker.
std::string shorten(const std::string& text, std::size_t max_chars, const std::string& marker = "…");

// Markdown as cell text: soft line breaks become spaces, paragraph breaks one line break.
std::string cell_text(const std::string& markdown);

// The formats every workbook of ours uses.
struct Formats {
    lxw_format* title = nullptr;          // large and bold, wrapping in its merged cell
    lxw_format* header = nullptr;         // bold, shaded, wrapping
    // Amounts, their headers and years over amounts are right-aligned one indent from the
    // edge, so they keep apart from text starting at the left of the next column.
    lxw_format* header_year = nullptr;    // a year as a column header
    lxw_format* header_amount = nullptr;  // an amount column's header
    lxw_format* header_centre = nullptr;  // the header of centred values (years), centred
    lxw_format* key = nullptr;            // an id the formulas match on, indented
    lxw_format* ordinal = nullptr;        // a measure's number, left-aligned, apart from the text beside it
    lxw_format* text = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* kr = nullptr;
    lxw_format* kr_total = nullptr;
    lxw_format* total_label = nullptr;
    lxw_format* total_blank = nullptr;
    lxw_format* quantity = nullptr;  // FTE and counts with the locale's decimal comma
    lxw_format* quantity_total = nullptr;  // a sum of counts, bold under a line, as kr_total
    lxw_format* year = nullptr;
    lxw_format* input = nullptr;     // a cell the reader fills in: unlocked, yellow, bordered
    // An input the formulas read, which the reader may change to try another figure: a grant
    // in kroner, a share in percent; shaded like input.
    lxw_format* kr_input = nullptr;
    lxw_format* quantity_input = nullptr;
    // Figures that are not kroner, right-aligned one indent from the edge as amounts are: a
    // number as given, up to its own decimals (hours, a percent), with its input and sum; two
    // decimals and one (FTE as the documents show them); whole numbers with the locale's
    // thousands separator (patients), with their input and sum.
    lxw_format* decimal = nullptr;
    lxw_format* decimal_input = nullptr;
    lxw_format* decimal_total = nullptr;
    lxw_format* two_decimals = nullptr;
    lxw_format* one_decimal = nullptr;
    lxw_format* whole = nullptr;
    lxw_format* whole_input = nullptr;
    lxw_format* whole_total = nullptr;
    // "–" for a figure a row does not have: centred, so it never reads as part of a number beside it.
    lxw_format* missing = nullptr;
};

struct Properties {
    std::string title;
    std::string subject;
    std::string company;
    std::string status;
    std::time_t created = 0;  // fixed, so the same plan gives the same bytes
};

// A workbook being written, and the first error any call returned.
class Book {
public:
    // shortened_note ends a text cut to fit a cell, so the reader sees that it was cut.
    Book(const std::string& path, std::string shortened_note);
    ~Book();
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    lxw_workbook* get() const { return wb_; }
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    const Formats& formats() const { return formats_; }
    const std::string& shortened_note() const { return shortened_note_; }

    void fail(const std::string& what);
    void check(lxw_error e, const std::string& what);
    lxw_worksheet* add_sheet(const std::string& name);
    // A workbook-wide name for a reference, e.g. 'Tiltak'!$F$13, given without '=' (see formula).
    void define_name(const std::string& name, const std::string& reference);
    void set_properties(const Properties& properties);
    // Closes the workbook (writing the file); false if closing or anything before failed.
    bool close();
    // A figure right-aligned as amounts are, with the locale's thousands separator, exactly
    // `decimals` decimals (0–3) and text after the number (" (2025)"), bold over a line for a
    // total: the number stays a number for formulas, and what is said about it prints beside it.
    // The same arguments give the same format.
    lxw_format* figure_format(int decimals, const std::string& suffix, bool total);

private:
    lxw_format* add_format();
    void make_formats();

    lxw_workbook* wb_ = nullptr;
    std::string error_;
    std::string shortened_note_;
    Formats formats_;
    std::map<std::string, lxw_format*> figure_formats_;  // by number format code and total
};

// How a sheet prints: A4, fitted to the page width, a header and footer, the header row
// repeated on every page and frozen on screen. Columns right of last_printed_col (the keys the
// formulas match on, the figures a cost is computed from) stay on screen and out of print.
struct PrintSetup {
    std::string header;        // page header in Excel's codes (&L, &C, &R, &P, &N, &A)
    std::string footer;
    int header_row = -1;       // repeated and frozen; -1 for none
    int frozen_cols = 0;       // columns kept in view when scrolling sideways
    int last_printed_col = -1; // -1: every column written
};

// The most characters of column width a page's width shows; wider, text gets too small to read.
inline constexpr double kMaxPrintedChars = 250;
// Up to this width a sheet prints upright, wider ones on their side.
inline constexpr double kMaxPortraitChars = 125;

// Text for a page header or footer: '&' doubled, and at most max_chars characters.
std::string page_text(const std::string& text, std::size_t max_chars);

// A page footer, centred: "Side 3 av 7" from the words for page and of.
std::string page_footer(const std::string& page, const std::string& of);

// One worksheet: every write checked, plan text always written as a string.
class Sheet {
public:
    Sheet(Book& book, const std::string& name);

    const std::string& name() const { return name_; }
    std::string ref(int row, int col) const { return sheet_prefix(name_) + abs_cell(row, col); }
    lxw_worksheet* get() const { return ws_; }
    bool usable() const { return ws_ != nullptr; }
    const Formats& formats() const { return book_.formats(); }

    // A text cell (blank when empty), shortened with the book's note when longer than a cell holds.
    void text(int row, int col, const std::string& value, lxw_format* format);
    void number(int row, int col, double value, lxw_format* format);
    // A formula together with the value it computes, for viewers that do not recalculate. The
    // expression comes without its '=' ("SUM(B5:B9)"): this is the one place that adds it. An
    // expression starting with '=' would be stored as "=SUM(…)", which Gnumeric shows as text and
    // Excel rejects, so it fails the book instead.
    void formula(int row, int col, const std::string& expression, double value, lxw_format* format);
    // The same for a formula whose value is text (a "–" where a figure cannot be computed).
    void formula(int row, int col, const std::string& expression, const std::string& value, lxw_format* format);
    // Text in a wrapping format: the row is made tall enough for it when printing is set up.
    void wrapped(int row, int col, const std::string& value, lxw_format* format);
    // Text across columns first_col…last_col, merged so that it wraps within them and never runs
    // past the printed columns; the row is made tall enough for it (set widths first).
    void merged(int row, int first_col, int last_col, const std::string& value, lxw_format* format);
    void width(int first_col, int last_col, double width, lxw_format* format = nullptr);
    // Header cells in a row; columns first_amount…last_amount hold amounts (right-aligned).
    void headers(int row, const std::vector<std::string>& names, int first_amount = -1,
                 int last_amount = -1);
    void autofilter(int first_row, int first_col, int last_row, int last_col);
    // The print area (every row written, columns up to setup.last_printed_col), the orientation
    // its width asks for, margins, page fit, print titles, frozen panes, and the height of every
    // row holding wrapped text. A sheet wider than kMaxPrintedChars prints at the scale that
    // width fits a page, over several pages across, its frozen columns repeated on each.
    void setup_print(const PrintSetup& setup);
    // Rows first_row…last_row print on one page (a chart over rows, with the table rows it belongs
    // to): when the page breaks setup_print foresees would part them, it breaks the page before the
    // earliest row from which they all fit on one page under the repeated header, so that the
    // page carrying them starts with rows of the table. Call before setup_print.
    void keep_together(int first_row, int last_row);
    void call(lxw_error e, const std::string& what);

private:
    void check(lxw_error e, int row, int col);
    double width_of(int col) const;
    // Makes row tall enough for value wrapped in a width of `width` characters.
    void fit_row(int row, const std::string& value, double width, lxw_format* format);

    Book& book_;
    std::string name_;
    lxw_worksheet* ws_;
    std::map<int, double> widths_;
    std::map<int, double> heights_;  // row → points its tallest wrapped cell needs
    int keep_first_ = -1;            // rows kept on one page (keep_together); -1 for none
    int keep_last_ = -1;
    // The points a row prints at, and the row before which a page break keeps the kept rows
    // together on a page holding page_points, or -1 when no break is needed.
    double row_points(int row) const;
    int keeping_break(double page_points, int header_row) const;
    int last_row_ = -1;              // the last row written
    int last_col_ = -1;              // the last column written or given a width
};

}  // namespace legeplan::xlsx
