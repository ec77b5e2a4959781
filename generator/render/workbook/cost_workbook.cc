#include "render/workbook/cost_workbook.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>
#include <vector>

#include "plan/plan_index.h"
#include "plan/plan_timestamp.h"
#include "render/cost_text.h"
#include "render/plan_status.h"
#include "render/workbook/budget_import_sheet.h"
#include "render/workbook/budget_sheets.h"
#include "render/workbook/charts_workbook.h"
#include "render/workbook/doctors_sheet.h"
#include "render/workbook/xlsx_book.h"

namespace legeplan {

namespace {

using xlsx::abs_cell;
using xlsx::Book;
using xlsx::cell;
using xlsx::column_range;
using xlsx::quoted;
using xlsx::Sheet;
using xlsx::sheet_prefix;

// Every label this file asks for; all are looked up before the workbook is created.
constexpr const char* kLabelKeys[] = {
    "xlsx_sheet_measures", "xlsx_sheet_phasing", "xlsx_sheet_per_unit", "xlsx_sheet_rates",
    "xlsx_sheet_about", "xlsx_measures_intro", "xlsx_col_chapter", "xlsx_col_responsible",
    "xlsx_col_cost_type", "xlsx_col_fte", "xlsx_col_basis", "xlsx_col_yearly",
    "xlsx_col_one_time", "xlsx_col_low", "xlsx_col_high", "xlsx_col_first_year",
    "xlsx_col_last_year", "xlsx_col_unit_id", "xlsx_col_chapter_id", "xlsx_col_period_sum",
    "xlsx_printed_total", "xlsx_phasing_intro", "xlsx_phasing_one_time", "xlsx_phasing_recurring",
    "xlsx_per_unit_intro",
    "xlsx_no_responsible", "xlsx_rates_intro", "xlsx_col_rate", "xlsx_col_rate_amount",
    "xlsx_col_defined_name", "xlsx_col_used_by", "xlsx_source_file", "xlsx_plan_title",
    "xlsx_howto_title", "xlsx_howto_1", "xlsx_howto_2", "xlsx_howto_3", "xlsx_howto_4",
    "xlsx_howto_5", "xlsx_howto_6", "number", "measure", "services", "funding", "priority",
    "measure_status", "note", "none", "total", "recurring_total", "one_time_total",
    "printed_total", "estimates_title", "estimates_intro", "phasing_title", "per_unit_title",
    "per_chapter_title", "unit", "chapter", "one_time", "yearly", "municipality", "version",
    "status", "date", "period", "adopted_by", "page", "page_of", "kr", "status_mark_draft",
    "status_mark_sent_to_lsu", "status_mark_lsu_statement", "status_mark_sent_to_council", "status_mark_adopted",
    "status_proposal_to", "status_adopted_in", "status_case", "cost_within_budget", "cost_not_estimated",
    "status_draft", "status_sent_to_lsu", "status_lsu_statement", "status_sent_to_council",
    "status_adopted", "funding_existing_budget", "funding_new_money", "funding_state_grant",
    "funding_external", "funding_other", "priority_high", "priority_medium", "priority_low",
    "measure_status_proposed", "measure_status_planned", "measure_status_in_progress",
    "measure_status_done", "measure_status_postponed", "measure_status_dropped", "month_1",
    "month_2", "month_3", "month_4", "month_5", "month_6", "month_7", "month_8", "month_9",
    "month_10", "month_11", "month_12", "xlsx_text_shortened", "xlsx_col_goal_ids",
    "per_goal_title", "goal", "goal_total", "per_goal_note", "no_goal", "xlsx_per_unit_left_out",
    "budget_ansvar", "price_year"};

// Rows above the measure tables: a title, an introduction, a blank row, then the header.
constexpr int kHeaderRow = 3;
constexpr int kFirstDataRow = kHeaderRow + 1;

// Columns of the Tiltak sheet: what a reader needs up to kNote, printed; then the services (long
// lists the plan's text gives too), what the amounts are computed from and the keys the sums
// match on, on screen only.
enum MeasureCol {
    kNumber, kTitle, kChapter, kResponsible, kCostType, kYearly, kOneTime, kLow, kHigh,
    kFirstYear, kLastYear, kFunding, kPriority, kStatus, kNote,
    kServices, kFte, kBasis, kUnitId, kChapterId, kGoalIds, kGross, kShare, kGrants, kNet, kMeasureColumns
};

// A thousandths quantity as a formula literal: 1500 → "1.5".
std::string milli_literal(Milli q) {
    std::string out = std::to_string(q / 1000);
    if (q % 1000 != 0) {
        std::string frac = std::to_string(1000 + q % 1000).substr(1);
        while (frac.back() == '0') frac.pop_back();
        out += "." + frac;
    }
    return out;
}

// The name a rate has in formulas: radgiver-helsetjenester → sats_radgiver_helsetjenester.
// Ids are [a-z0-9-], so the result is a valid defined name that cannot look like a cell.
std::string rate_name(const std::string& id) {
    std::string out = "sats_";
    for (char c : id) out += c == '-' ? '_' : c;
    return out;
}

// One row of the Tiltak sheet: a measure with one of its costs, or with none.
struct CostLine {
    const Measure* measure = nullptr;
    const Cost* cost = nullptr;
    const CostFigure* figure = nullptr;  // the cost's figures; null with the cost
    int row = 0;
    bool exact() const { return figure && figure->exact(); }
};

// A section's estimate, shown apart from the measures.
struct EstimateLine {
    const Chapter* chapter = nullptr;
    int section_number = 0;
    const Section* section = nullptr;
    const Cost* cost = nullptr;
    const CostFigure* figure = nullptr;
};

// Everything the sheets share: the plan, its index, the labels, the formats, and where the
// Tiltak sheet put each cost.
struct Context {
    const Plan& plan;
    const Figures& figures;
    const PlanIndex index;
    const Labels& labels;
    xlsx::Formats formats;
    std::vector<CostLine> lines;
    std::vector<EstimateLine> estimates;
    int last_line_row = 0;   // last row of the measure table
    int recurring_row = 0;   // the row of the recurring / one-time sums (columns kYearly, kOneTime)
    int printed_total_row = 0;
    std::string page_header;
    std::string page_footer;
    FinanceSheets finance;

    Context(const Plan& p, const Figures& f, const Labels& l)
        : plan(p), figures(f), index(p), labels(l), finance{p, f, l, {}, {}, {}, {}} {}
    const std::string& word(const std::string& key) const { return labels.get(key); }
};

std::string chapter_text(const Chapter* chapter) {
    if (!chapter) return "";
    return chapter->number > 0 ? std::to_string(chapter->number) + " " + chapter->title
                               : chapter->title;
}

std::string unit_name(const Context& cx, const std::string& id) {
    auto it = cx.index.units.find(id);
    return it == cx.index.units.end() ? id : it->second->name;
}

// The lead unit first, then the others.
std::string responsible_text(const Context& cx, const Measure& m) {
    std::string out;
    for (const Ref& r : m.responsible) out += (out.empty() ? "" : "; ") + unit_name(cx, r.id);
    return out;
}

std::string lead_unit_id(const Context& cx, const Measure& m) {
    return m.responsible.empty() ? cx.word("none") : m.responsible.front().id;
}

std::string services_text(const Context& cx, const std::vector<Ref>& services) {
    std::string out;
    for (const Ref& r : services) {
        auto it = cx.index.services.find(r.id);
        out += (out.empty() ? "" : ", ") + (it == cx.index.services.end() ? r.id : it->second->name);
    }
    return out;
}

template <typename Choice>
std::string choice_text(const Context& cx, Choice value) {
    return cx.labels.text(label_key(value));
}

std::string cost_type_text(const Context& cx, CostType t) {
    return cx.word(t == CostType::yearly ? "yearly" : "one_time");
}

std::string range_text(Milli low, Milli high) {
    return low == high ? format_milli(low) : format_milli(low) + "–" + format_milli(high);
}

// What a cost's kroner are computed from, for the basis column.
std::string basis_text(const Context& cx, const Cost& c) {
    switch (c.basis) {
        case CostBasis::amount: return "";
        case CostBasis::fte: {
            auto it = c.rate ? cx.index.rates.find(c.rate->id) : cx.index.rates.end();
            return it == cx.index.rates.end() ? "" : it->second->name;
        }
        case CostBasis::count: {
            std::string unit = c.amount.is_range()
                                   ? format_amount(c.amount.low) + "–" + format_amount(c.amount.high)
                                   : format_amount(c.amount.low);
            return range_text(c.quantity.low, c.quantity.high) + " × " + unit + " " + cx.word("kr");
        }
    }
    return "";
}

// The formula for one end of a cost (low or high), or "" when it is a plain amount.
// quantity_cell, when given, names the cell holding an exact FTE count.
std::string cost_formula(const Cost& c, bool high, const std::string& quantity_cell) {
    Milli q = high ? c.quantity.high : c.quantity.low;
    switch (c.basis) {
        case CostBasis::amount: return "";
        case CostBasis::fte: {
            std::string quantity = quantity_cell.empty() ? milli_literal(q) : quantity_cell;
            return "ROUND(" + quantity + "*" + rate_name(c.rate ? c.rate->id : "") + ",0)";
        }
        case CostBasis::count: {
            Amount unit = high ? c.amount.high : c.amount.low;
            return "ROUND(" + milli_literal(q) + "*" + std::to_string(unit) + ",0)";
        }
    }
    return "";
}

// Writes an amount: as a formula when the cost is computed, else as a number.
void write_amount(Sheet& s, int row, int col, const std::string& formula, Amount value,
                  lxw_format* format) {
    if (formula.empty()) s.number(row, col, static_cast<double>(value), format);
    else s.formula(row, col, formula, static_cast<double>(value), format);
}

void plan_cost_lines(Context& cx) {
    std::vector<const Measure*> measures;
    for (const Measure& m : cx.plan.measures) measures.push_back(&m);
    std::stable_sort(measures.begin(), measures.end(),
                     [](const Measure* a, const Measure* b) { return a->number < b->number; });
    int row = kFirstDataRow;
    for (const Measure* m : measures) {
        const MeasureFigures& mf = cx.figures.of(cx.plan, *m);
        if (m->costs.empty()) cx.lines.push_back({m, nullptr, nullptr, row++});
        for (std::size_t i = 0; i < m->costs.size(); ++i) {
            cx.lines.push_back({m, &m->costs[i], &mf.costs[i], row++});
        }
    }
    // Without measures the table keeps one empty row, so that its sums have a range to sum.
    cx.last_line_row = std::max(row - 1, kFirstDataRow);
    for (const SectionEstimate& e : cx.figures.section_estimates) {
        const Chapter& chapter = cx.plan.chapters[e.chapter];
        const Section& section = chapter.sections[e.section];
        cx.estimates.push_back({&chapter, static_cast<int>(e.section) + 1, &section,
                                &section.estimates[e.estimate], &e.figure});
    }
}

// The title and introduction above a table, each across the printed columns 0…last_col.
void write_title(Context& cx, Sheet& s, int last_col, const std::string& title, const std::string& intro) {
    s.merged(0, 0, last_col, title, cx.formats.title);
    s.merged(1, 0, last_col, intro, cx.formats.wrap);
}

xlsx::PrintSetup print_setup(const Context& cx, int header_row, int frozen_cols, int last_printed_col = -1) {
    return {cx.page_header, cx.page_footer, header_row, frozen_cols, last_printed_col};
}

// The goals a measure serves as the per-goal sums search them: "tilgang rekruttering"; "–" for
// none in a plan with goals.
std::string goal_ids_text(const Context& cx, const Measure& m) {
    if (cx.plan.goals.empty()) return "";
    std::string ids;
    for (const Ref& g : m.goals) ids += (ids.empty() ? "" : " ") + g.id;
    return ids.empty() ? cx.word("none") : ids;
}

// The columns every measure row shares, whatever its cost.
void write_measure_columns(Context& cx, Sheet& s, const CostLine& line) {
    const Measure& m = *line.measure;
    const xlsx::Formats& f = cx.formats;
    const Chapter* chapter = cx.index.chapter_of_measure(m);
    int r = line.row;
    s.number(r, kNumber, m.number, f.ordinal);
    s.wrapped(r, kTitle, m.title, f.wrap);
    s.wrapped(r, kChapter, chapter_text(chapter), f.wrap);
    s.wrapped(r, kServices, services_text(cx, m.services), f.wrap);
    s.wrapped(r, kResponsible, responsible_text(cx, m), f.wrap);
    Funding funding = line.cost && line.cost->funding != Funding::none ? line.cost->funding : m.funding;
    s.wrapped(r, kFunding, choice_text(cx, funding), f.wrap);
    s.text(r, kPriority, choice_text(cx, m.priority), f.text);
    s.text(r, kStatus, choice_text(cx, m.status), f.text);
    s.text(r, kUnitId, lead_unit_id(cx, m), f.text);
    s.text(r, kChapterId, chapter ? chapter->id : "", f.text);
    s.text(r, kGoalIds, goal_ids_text(cx, m), f.text);
}

void write_shared_amounts(Context& cx, Sheet& s, int r, const Cost& c, const CostFigure& figure,
                          const std::string& fte_cell);

// The cost columns of a row: type, FTE, basis, the amount or the low–high estimate, years.
void write_cost_columns(Context& cx, Sheet& s, int r, const Cost& c, const CostFigure& figure) {
    const std::optional<AmountRange>& value = figure.value;
    const xlsx::Formats& f = cx.formats;
    s.text(r, kCostType, cost_type_text(cx, c.type), f.text);
    s.wrapped(r, kBasis, basis_text(cx, c), f.wrap);
    s.wrapped(r, kNote, c.note, f.wrap);
    s.number(r, kFirstYear, c.from, f.year);
    s.number(r, kLastYear, c.to, f.year);
    if (!value) return;  // a valid plan has a value for every cost
    bool exact = !value->is_range();
    std::string fte_cell;
    if (c.basis == CostBasis::fte) {
        if (exact) {
            s.number(r, kFte, c.quantity.low / 1000.0, f.quantity);
            fte_cell = cell(r, kFte);
        } else {
            s.text(r, kFte, range_text(c.quantity.low, c.quantity.high), f.text);
        }
    }
    if (c.share && figure.gross) {
        write_shared_amounts(cx, s, r, c, figure, fte_cell);
        return;
    }
    if (exact) {
        int col = c.type == CostType::yearly ? kYearly : kOneTime;
        write_amount(s, r, col, cost_formula(c, false, fte_cell), value->low, f.kr);
    } else {
        write_amount(s, r, kLow, cost_formula(c, false, ""), value->low, f.kr);
        write_amount(s, r, kHigh, cost_formula(c, true, ""), value->high, f.kr);
    }
}

// A shared cost: the joint gross beside its share (an input), and the municipality's part,
// rounded to whole kroner, where an unshared cost has its amount. An estimate's ends each take
// the share of their gross.
void write_shared_amounts(Context& cx, Sheet& s, int r, const Cost& c, const CostFigure& figure,
                          const std::string& fte_cell) {
    const xlsx::Formats& f = cx.formats;
    s.number(r, kShare, static_cast<double>(c.share->percent) / 1000.0, f.quantity_input);
    std::string share = cell(r, kShare);
    auto part_of = [&share](const std::string& gross) { return "ROUND(" + gross + "*" + share + "/100,0)"; };
    auto gross_of = [&c](bool high, const std::string& quantity_cell, Amount gross) {
        std::string formula = cost_formula(c, high, quantity_cell);
        return formula.empty() ? std::to_string(gross) : formula;
    };
    if (figure.exact()) {
        write_amount(s, r, kGross, cost_formula(c, false, fte_cell), figure.gross->low, f.kr);
        int col = c.type == CostType::yearly ? kYearly : kOneTime;
        s.formula(r, col, part_of(cell(r, kGross)), static_cast<double>(figure.value->low), f.kr);
        return;
    }
    s.formula(r, kLow, part_of(gross_of(false, "", figure.gross->low)), static_cast<double>(figure.value->low), f.kr);
    s.formula(r, kHigh, part_of(gross_of(true, "", figure.gross->high)), static_cast<double>(figure.value->high),
              f.kr);
}

// An exact cost's grants (the sum of its grant inputs, or its whole amount when its funding
// covers it) and its net, recorded for the budget sheet.
void write_grant_columns(Context& cx, Sheet& s, const CostLine& line) {
    if (!line.exact()) return;
    const xlsx::Formats& f = cx.formats;
    const Cost& c = *line.cost;
    int r = line.row;
    std::string own = cell(r, c.type == CostType::yearly ? kYearly : kOneTime);
    std::string grants = line.figure->implicit_grant ? own : "";
    for (const Grant& g : c.grants) grants += (grants.empty() ? "" : "+") + cx.finance.grant_cells.at(&g);
    if (!grants.empty()) s.formula(r, kGrants, grants, static_cast<double>(line.figure->grants), f.kr);
    s.formula(r, kNet, own + "-" + cell(r, kGrants), static_cast<double>(line.figure->net()), f.kr);
    cx.finance.cost_cells[&c] = {sheet_prefix(s.name()) + xlsx::abs_cell(r, c.type == CostType::yearly ? kYearly : kOneTime),
                                 s.ref(r, kGrants)};
}

void write_measure_totals(Context& cx, Sheet& s, const Sums& totals) {
    const xlsx::Formats& f = cx.formats;
    int r = cx.last_line_row + 1;
    cx.recurring_row = r;
    for (int col = 0; col < kUnitId; ++col) s.text(r, col, "", f.total_blank);
    s.text(r, kTitle, cx.word("total"), f.total_label);
    int first = kFirstDataRow;
    int last = cx.last_line_row;
    s.formula(r, kYearly, "SUM(" + cell(first, kYearly) + ":" + cell(last, kYearly) + ")",
              static_cast<double>(totals.recurring), f.kr_total);
    s.formula(r, kOneTime, "SUM(" + cell(first, kOneTime) + ":" + cell(last, kOneTime) + ")",
              static_cast<double>(totals.one_time), f.kr_total);
    s.formula(r, kGrants, "SUM(" + cell(first, kGrants) + ":" + cell(last, kGrants) + ")",
              static_cast<double>(totals.grants_total), f.kr_total);
    s.formula(r, kNet, "SUM(" + cell(first, kNet) + ":" + cell(last, kNet) + ")",
              static_cast<double>(totals.net_total), f.kr_total);

    r += 2;
    s.text(r, kTitle, cx.word("recurring_total"), f.text);
    s.formula(r, kYearly, cell(cx.recurring_row, kYearly), static_cast<double>(totals.recurring), f.kr);
    s.text(r + 1, kTitle, cx.word("one_time_total"), f.text);
    s.formula(r + 1, kYearly, cell(cx.recurring_row, kOneTime), static_cast<double>(totals.one_time),
              f.kr);
    cx.printed_total_row = r + 2;
    s.text(r + 2, kTitle, cx.word("xlsx_printed_total"), f.bold);
    s.formula(r + 2, kYearly, cell(r, kYearly) + "+" + cell(r + 1, kYearly),
              static_cast<double>(totals.total), f.kr_total);
}

// Section estimates: their own block under the totals, outside every sum.
void write_estimates(Context& cx, Sheet& s, int first_row) {
    if (cx.estimates.empty()) return;
    const xlsx::Formats& f = cx.formats;
    s.text(first_row, kTitle, cx.word("estimates_title"), f.bold);
    s.text(first_row + 1, kTitle, cx.word("estimates_intro"), f.text);
    int r = first_row + 2;
    for (const EstimateLine& e : cx.estimates) {
        std::string place = e.chapter->number > 0 ? std::to_string(e.chapter->number) + "." +
                                                        std::to_string(e.section_number) + " "
                                                  : "";
        s.wrapped(r, kTitle, e.cost->title, f.wrap);
        s.wrapped(r, kChapter, place + e.section->title, f.wrap);
        s.wrapped(r, kServices, services_text(cx, e.section->services), f.wrap);
        s.wrapped(r, kFunding, choice_text(cx, e.cost->funding), f.wrap);
        write_cost_columns(cx, s, r, *e.cost, *e.figure);
        ++r;
    }
}

std::vector<std::string> measure_headers(const Context& cx) {
    std::vector<std::string> h(kMeasureColumns);
    h[kNumber] = cx.word("number");
    h[kTitle] = cx.word("measure");
    h[kChapter] = cx.word("xlsx_col_chapter");
    h[kServices] = cx.word("services");
    h[kResponsible] = cx.word("xlsx_col_responsible");
    h[kCostType] = cx.word("xlsx_col_cost_type");
    h[kYearly] = cx.word("xlsx_col_yearly");
    h[kOneTime] = cx.word("xlsx_col_one_time");
    h[kLow] = cx.word("xlsx_col_low");
    h[kHigh] = cx.word("xlsx_col_high");
    h[kFirstYear] = cx.word("xlsx_col_first_year");
    h[kLastYear] = cx.word("xlsx_col_last_year");
    h[kFunding] = cx.word("funding");
    h[kPriority] = cx.word("priority");
    h[kStatus] = cx.word("measure_status");
    h[kNote] = cx.word("note");
    h[kFte] = cx.word("xlsx_col_fte");
    h[kBasis] = cx.word("xlsx_col_basis");
    h[kUnitId] = cx.word("xlsx_col_unit_id");
    h[kChapterId] = cx.word("xlsx_col_chapter_id");
    h[kGoalIds] = cx.word("xlsx_col_goal_ids");
    h[kGross] = cx.word("xlsx_col_gross");
    h[kShare] = cx.word("xlsx_col_share");
    h[kGrants] = cx.word("grants");
    h[kNet] = cx.word("net_cost");
    return h;
}

void write_measures_sheet(Context& cx, Sheet& s, const Sums& totals) {
    if (!s.usable()) return;
    // The printed columns, kNumber…kNote, stay well under xlsx::kMaxPrintedChars, so the text
    // prints at a size that can be read.
    const double widths[kMeasureColumns] = {5, 30, 22, 22, 13, 15, 15, 14, 14, 6,  6,
                                             14, 10, 11, 20, 40, 8, 28, 20, 20, 24, 16, 10, 15, 15};
    for (int col = 0; col < kMeasureColumns; ++col) s.width(col, col, widths[col]);
    write_title(cx, s, kNote, cx.plan.meta.municipality + ": " + cx.plan.meta.title,
                cx.word("xlsx_measures_intro"));
    std::vector<std::string> headers = measure_headers(cx);
    s.headers(kHeaderRow, headers, kYearly, kHigh);
    // Centred over the centred years, so they keep apart from the amounts on their left.
    for (int col : {kFirstYear, kLastYear}) s.wrapped(kHeaderRow, col, headers[col], cx.formats.header_centre);
    for (int col : {kGross, kShare, kGrants, kNet}) s.wrapped(kHeaderRow, col, headers[col], cx.formats.header_amount);
    for (const CostLine& line : cx.lines) {
        write_measure_columns(cx, s, line);
        if (line.cost) {
            write_cost_columns(cx, s, line.row, *line.cost, *line.figure);
            write_grant_columns(cx, s, line);
        } else {
            // A measure without cost says why in the words the document and LSU's form use.
            const Measure& m = *line.measure;
            s.wrapped(line.row, kNote, no_cost_text(m, cx.figures.of(cx.plan, m), cx.labels), cx.formats.wrap);
        }
    }
    write_measure_totals(cx, s, totals);
    write_estimates(cx, s, cx.printed_total_row + 2);

    s.autofilter(kHeaderRow, 0, cx.last_line_row, kMeasureColumns - 1);
    s.setup_print(print_setup(cx, kHeaderRow, kTitle + 1, kNote));
}

// Økonomiplan: each exact cost phased over the plan period, every cell read from Tiltak.
void write_phasing_sheet(Context& cx, Sheet& s, const Sheet& measures, const Sums& totals, Book& book) {
    if (!s.usable()) return;
    const xlsx::Formats& f = cx.formats;
    const Period& period = cx.plan.meta.period;
    const int first_year_col = 4;
    const int years = period.years();
    const int sum_col = first_year_col + years;
    s.width(0, 0, 5);
    s.width(1, 1, 40);
    s.width(2, 2, 28);
    s.width(3, 3, 13);
    s.width(first_year_col, sum_col, 15);
    write_title(cx, s, sum_col, cx.word("phasing_title"), cx.word("xlsx_phasing_intro"));
    s.headers(kHeaderRow,
                  {cx.word("number"), cx.word("measure"), cx.word("responsible"),
                   cx.word("xlsx_col_cost_type")});
    for (int i = 0; i < years; ++i) s.number(kHeaderRow, first_year_col + i, period.from + i, f.header_year);
    s.wrapped(kHeaderRow, sum_col, cx.word("xlsx_col_period_sum"), f.header_amount);

    std::string tiltak = sheet_prefix(measures.name());
    int r = kFirstDataRow;
    for (const CostLine& line : cx.lines) {
        if (!line.exact()) continue;
        const Cost& c = *line.cost;
        s.number(r, 0, line.measure->number, f.ordinal);
        s.wrapped(r, 1, line.measure->title, f.wrap);
        s.wrapped(r, 2, line.measure->responsible.empty()
                            ? std::string()
                            : unit_name(cx, line.measure->responsible.front().id), f.wrap);
        s.text(r, 3, cost_type_text(cx, c.type), f.text);
        std::string amount = tiltak + cell(line.row, c.type == CostType::yearly ? kYearly : kOneTime, true);
        for (int i = 0; i < years; ++i) {
            int col = first_year_col + i;
            std::string head = cell(kHeaderRow, col, false, true);
            std::string formula = "IF(AND(" + head + ">=" + tiltak + cell(line.row, kFirstYear, true) +
                                  "," + head + "<=" + tiltak + cell(line.row, kLastYear, true) + ")," +
                                  amount + ",0)";
            s.formula(r, col, formula, static_cast<double>(line.figure->per_year[i]), f.kr);
        }
        s.formula(r, sum_col, "SUM(" + cell(r, first_year_col) + ":" + cell(r, sum_col - 1) + ")",
                  static_cast<double>(line.figure->period_total), f.kr);
        ++r;
    }
    int first = kFirstDataRow;
    if (r == first) ++r;  // no costs: one empty row, so the sums have a range
    int last = r - 1;
    int sum_row = r;
    for (int col = 0; col <= sum_col; ++col) s.text(sum_row, col, "", f.total_blank);
    s.text(sum_row, 1, cx.word("total"), f.total_label);
    s.text(sum_row + 1, 1, cx.word("xlsx_phasing_one_time"), f.text);
    for (int i = 0; i <= years; ++i) {
        int col = first_year_col + i;
        auto y = static_cast<std::size_t>(i);
        Amount value = i < years ? totals.per_year[y] : totals.period_total;
        Amount one_time = i < years ? totals.per_year_one_time[y] : totals.period_one_time;
        std::string range = cell(first, col) + ":" + cell(last, col);
        s.formula(sum_row, col, "SUM(" + range + ")", static_cast<double>(value), f.kr_total);
        s.formula(sum_row + 1, col,
                  "SUMIF(" + column_range(3, first, last) + "," + quoted(cx.word("one_time")) + "," +
                      range + ")",
                  static_cast<double>(one_time), f.kr);
    }
    add_phasing_chart(book, s, {kHeaderRow, first_year_col, years, 1, sum_row, sum_row + 1}, totals,
                      {cx.word("xlsx_phasing_recurring"), cx.word("recurring_total"), cx.word("one_time_total"),
                       cx.word("phasing_title"), cx.word("kr")});
    s.autofilter(kHeaderRow, 0, last, sum_col);
    s.setup_print(print_setup(cx, kHeaderRow, 2));
}

// Columns of a block of sums (per unit, per chapter or per goal): name, code (a unit's ansvar),
// recurring, one-time, sum, the grants against it and the net, and, not printed, the key the
// SUMIFs match in Tiltak's key column. A block without codes spreads its names over both.
enum SumCol { kSumName, kSumCode, kSumRecurring, kSumOneTime, kSumTotal, kSumGrants, kSumNet, kSumKey };

struct SumRow {
    std::string name;
    std::string key;
    const Sums* totals;
    std::string code;  // a unit's ansvar, as written (leading zeros kept)
};

// listed_keys: Tiltak's key column holds a list of keys set apart by spaces (a measure's goals),
// so a row sums every measure whose list holds its key, and the total row sums each measure once
// from Tiltak instead of adding up the rows.
// code_header: the header of the code column, "" for a block without codes.
int write_sum_block(Context& cx, Sheet& s, const Sheet& measures, int row, const std::string& title,
                    const std::string& name_header, const std::string& code_header, const std::string& key_header,
                    int key_col, const std::vector<SumRow>& rows, const Sums& sum, bool listed_keys = false) {
    const xlsx::Formats& f = cx.formats;
    const bool codes = !code_header.empty();
    s.text(row, kSumName, title, f.bold);
    int header = row + 1;
    s.headers(header,
                  {name_header, code_header, cx.word("recurring_total"), cx.word("one_time_total"),
                   cx.word("total"), cx.word("grants"), cx.word("net_cost"), key_header},
                  kSumRecurring, kSumNet);
    if (!codes) s.merged(header, kSumName, kSumCode, name_header, f.header);
    int first = header + 1;
    int last_line = cx.last_line_row;
    std::string key_range = sheet_prefix(measures.name()) + column_range(key_col, kFirstDataRow, last_line);
    std::string yearly = sheet_prefix(measures.name()) + column_range(kYearly, kFirstDataRow, last_line);
    std::string one_time = sheet_prefix(measures.name()) + column_range(kOneTime, kFirstDataRow, last_line);
    std::string grants = sheet_prefix(measures.name()) + column_range(kGrants, kFirstDataRow, last_line);
    std::string net = sheet_prefix(measures.name()) + column_range(kNet, kFirstDataRow, last_line);
    int r = first;
    for (const SumRow& row_data : rows) {
        if (codes) {
            s.wrapped(r, kSumName, row_data.name, f.wrap);
            s.text(r, kSumCode, row_data.code, f.text);  // text, so 04600 keeps its zero
        } else {
            s.merged(r, kSumName, kSumCode, row_data.name, f.wrap);
        }
        s.text(r, kSumKey, row_data.key, f.key);
        std::string key = cell(r, kSumKey, true);
        auto sum_of = [&](const std::string& amounts) {
            if (!listed_keys) return "SUMIF(" + key_range + "," + key + "," + amounts + ")";
            return "SUMPRODUCT(ISNUMBER(SEARCH(\" \"&" + key + "&\" \",\" \"&" + key_range +
                   "&\" \"))*" + amounts + ")";
        };
        s.formula(r, kSumRecurring, sum_of(yearly), static_cast<double>(row_data.totals->recurring), f.kr);
        s.formula(r, kSumOneTime, sum_of(one_time), static_cast<double>(row_data.totals->one_time), f.kr);
        s.formula(r, kSumTotal, cell(r, kSumRecurring) + "+" + cell(r, kSumOneTime),
                  static_cast<double>(row_data.totals->total), f.kr);
        s.formula(r, kSumGrants, sum_of(grants), static_cast<double>(row_data.totals->grants_total), f.kr);
        s.formula(r, kSumNet, sum_of(net), static_cast<double>(row_data.totals->net_total), f.kr);
        ++r;
    }
    if (r == first) ++r;  // nothing to list: one empty row, so the sums have a range
    int last = r - 1;
    s.text(r, kSumName, cx.word(listed_keys ? "goal_total" : "total"), f.total_label);
    s.text(r, kSumCode, "", f.total_blank);
    const Amount sums[] = {sum.recurring, sum.one_time, sum.total, sum.grants_total, sum.net_total};
    for (int col = kSumRecurring; col <= kSumNet; ++col) {
        std::string formula = "SUM(" + cell(first, col) + ":" + cell(last, col) + ")";
        if (listed_keys && col == kSumRecurring) formula = "SUM(" + yearly + ")";
        if (listed_keys && col == kSumOneTime) formula = "SUM(" + one_time + ")";
        if (listed_keys && col == kSumTotal) formula = cell(r, kSumRecurring) + "+" + cell(r, kSumOneTime);
        if (listed_keys && col == kSumGrants) formula = "SUM(" + grants + ")";
        if (listed_keys && col == kSumNet) formula = "SUM(" + net + ")";
        s.formula(r, col, formula, static_cast<double>(sums[col - kSumRecurring]), f.kr_total);
    }
    s.text(r, kSumKey, "", f.total_blank);
    return r;
}

void write_per_unit_sheet(Context& cx, Sheet& s, const Sheet& measures) {
    if (!s.usable()) return;
    s.width(kSumName, kSumName, 36);
    s.width(kSumCode, kSumCode, 8);
    s.width(kSumRecurring, kSumNet, 16);
    s.width(kSumKey, kSumKey, 34);
    // Units that lead a measure, in the plan's order; measures without a unit last. A unit whose
    // measures cost nothing in kroner (none, or only estimates) has no row: the note under the
    // table names it, and the total, which sums every measure, stays the plan's.
    std::vector<SumRow> units;
    std::string left_out;
    for (const GroupSums& g : cx.figures.by_unit) {
        std::string name = g.id.empty() ? cx.word("xlsx_no_responsible") : unit_name(cx, g.id);
        if (g.sums.costs_nothing() && g.sums.grants_total == 0) {
            left_out += (left_out.empty() ? "" : ", ") + name;
            continue;
        }
        if (g.id.empty()) {
            units.push_back({name, cx.word("none"), &g.sums, ""});
        } else {
            auto unit = cx.index.units.find(g.id);
            units.push_back({name, g.id, &g.sums, unit == cx.index.units.end() ? "" : unit->second->ansvar});
        }
    }
    std::vector<SumRow> chapters;
    for (const GroupSums& g : cx.figures.by_chapter) {
        auto chapter = cx.index.chapters.find(g.id);
        chapters.push_back({chapter_text(chapter->second), g.id, &g.sums});
    }

    write_title(cx, s, kSumNet, cx.plan.meta.municipality + ": " + cx.plan.meta.title,
                cx.word("xlsx_per_unit_intro"));
    int end = write_sum_block(cx, s, measures, kHeaderRow - 1, cx.word("per_unit_title"),
                              cx.word("unit"), cx.word("budget_ansvar"), cx.word("xlsx_col_unit_id"), kUnitId,
                              units, cx.figures.units_total);
    if (!left_out.empty()) {
        s.merged(++end, kSumName, kSumNet, cx.word("xlsx_per_unit_left_out") + " " + left_out + ".", cx.formats.wrap);
    }
    end = write_sum_block(cx, s, measures, end + 3, cx.word("per_chapter_title"), cx.word("chapter"), "",
                          cx.word("xlsx_col_chapter_id"), kChapterId, chapters, cx.figures.chapters_total);
    if (!cx.plan.goals.empty()) {
        // A measure serving two goals counts in both rows; the note under the table says so.
        std::vector<SumRow> goals;
        for (const GroupSums& g : cx.figures.by_goal) {
            auto goal = cx.index.goals.find(g.id);
            if (goal == cx.index.goals.end()) {
                goals.push_back({cx.word("no_goal"), cx.word("none"), &g.sums});
            } else {
                goals.push_back({goal->second->title, g.id, &g.sums});
            }
        }
        end = write_sum_block(cx, s, measures, end + 3, cx.word("per_goal_title"), cx.word("goal"), "",
                              cx.word("xlsx_col_goal_ids"), kGoalIds, goals, cx.figures.overall, true);
        s.merged(end + 1, kSumName, kSumNet, cx.word("per_goal_note"), cx.formats.wrap);
    }
    s.autofilter(kHeaderRow, 0, kHeaderRow + static_cast<int>(units.size()), kSumKey);
    s.setup_print(print_setup(cx, kHeaderRow, 0, kSumNet));
}

// Columns of Forutsetninger: the amount beside the name formulas know it by, which is for the
// screen only.
enum RateCol { kRateName, kRateUsedBy, kRateAmount, kRateDefinedName };

// Forutsetninger: one row per rate; its amount cell carries the rate's defined name.
void write_rates_sheet(Context& cx, Sheet& s, Book& book) {
    if (!s.usable()) return;
    const xlsx::Formats& f = cx.formats;
    s.width(kRateName, kRateName, 45);
    s.width(kRateAmount, kRateAmount, 22);
    s.width(kRateUsedBy, kRateUsedBy, 16);
    s.width(kRateDefinedName, kRateDefinedName, 32);
    write_title(cx, s, kRateAmount, cx.word("xlsx_sheet_rates"), cx.word("xlsx_rates_intro"));
    s.headers(kHeaderRow,
                  {cx.word("xlsx_col_rate"), cx.word("xlsx_col_used_by"),
                   cx.word("xlsx_col_rate_amount"), cx.word("xlsx_col_defined_name")},
                  kRateAmount, kRateAmount);
    int r = kFirstDataRow;
    for (const Rate& rate : cx.plan.rates) {
        std::string used;
        std::set<int> numbers;
        for (const CostLine& line : cx.lines) {
            if (line.cost && line.cost->rate && line.cost->rate->id == rate.id) numbers.insert(line.measure->number);
        }
        for (int n : numbers) used += (used.empty() ? "" : ", ") + std::to_string(n);
        s.wrapped(r, kRateName, rate.name, f.wrap);
        s.number(r, kRateAmount, static_cast<double>(rate.amount), f.kr);
        s.wrapped(r, kRateUsedBy, used, f.wrap);
        s.text(r, kRateDefinedName, rate_name(rate.id), f.key);
        book.define_name(rate_name(rate.id), s.ref(r, kRateAmount));
        ++r;
    }
    s.setup_print(print_setup(cx, kHeaderRow, 0, kRateAmount));
}

// Om planen: the plan's metadata, its totals, and how to read the workbook.
void write_about_sheet(Context& cx, Sheet& s, const Sheet& measures, const Sums& totals) {
    if (!s.usable()) return;
    const xlsx::Formats& f = cx.formats;
    const Metadata& meta = cx.plan.meta;
    s.width(0, 0, 30);
    s.width(1, 1, 60);
    s.merged(0, 0, 1, meta.municipality + ": " + meta.title, f.title);
    std::vector<std::pair<std::string, std::string>> facts = {
        {cx.word("municipality"), meta.municipality},
        {cx.word("xlsx_plan_title"), meta.title},
        {cx.word("version"), meta.version},
        {cx.word("status"), status_line(meta, cx.labels)},
        {cx.word("date"), date_text(meta.date, cx.labels)},
        {cx.word("period"), std::to_string(meta.period.from) + "–" + std::to_string(meta.period.to)},
    };
    if (meta.price_year) facts.push_back({cx.word("price_year"), std::to_string(meta.price_year)});
    // A draft names the body that will adopt it; a proposal and an adoption name it in the status.
    if (marked_as_draft(meta.status) && !meta.adopted_by.empty()) {
        facts.push_back({cx.word("adopted_by"), meta.adopted_by});
    }
    facts.push_back({cx.word("xlsx_source_file"),
                     std::filesystem::path(cx.plan.source_path).filename().string()});
    int r = 2;
    for (const auto& [label, value] : facts) {
        s.text(r, 0, label, f.bold);
        s.wrapped(r, 1, value, f.wrap);
        ++r;
    }
    ++r;
    s.text(r, 0, cx.word("recurring_total"), f.bold);
    s.formula(r, 1, measures.ref(cx.recurring_row, kYearly), static_cast<double>(totals.recurring), f.kr);
    s.text(r + 1, 0, cx.word("one_time_total"), f.bold);
    s.formula(r + 1, 1, measures.ref(cx.recurring_row, kOneTime), static_cast<double>(totals.one_time),
              f.kr);
    s.text(r + 2, 0, cx.word("printed_total"), f.total_label);
    s.formula(r + 2, 1, measures.ref(cx.printed_total_row, kYearly), static_cast<double>(totals.total),
              f.kr_total);
    r += 4;
    s.text(r++, 0, cx.word("xlsx_howto_title"), f.bold);
    // The sheets in their order, the doctors' after the money; then that every sum is a formula.
    for (int i = 1; i <= 5; ++i) s.merged(r++, 0, 1, cx.word("xlsx_howto_" + std::to_string(i)), f.wrap);
    if (!cx.plan.doctors.empty()) s.merged(r++, 0, 1, cx.word("xlsx_howto_doctors"), f.wrap);
    s.merged(r++, 0, 1, cx.word("xlsx_howto_6"), f.wrap);
    // The title row stands for a header: the sheet is a list of facts, not a table.
    s.setup_print(print_setup(cx, 0, 0));
}

xlsx::Properties properties(const Context& cx) {
    const Metadata& meta = cx.plan.meta;
    return {meta.title, cx.word("xlsx_sheet_measures"), meta.municipality, choice_text(cx, meta.status),
            plan_timestamp(cx.plan)};
}

}  // namespace

bool render_xlsx(const Plan& plan, const Figures& figures, const Labels& labels, const std::string& path,
                 std::string& error) {
    for (const char* key : kLabelKeys) labels.get(key);  // throws MissingLabel before any file exists
    for (const char* key : kFinanceLabelKeys) labels.get(key);
    for (const char* key : kBudgetImportLabelKeys) labels.get(key);
    if (!plan.doctors.empty()) {
        for (const char* key : kDoctorsLabelKeys) labels.get(key);
    }
    Context cx(plan, figures, labels);
    plan_cost_lines(cx);
    std::string heading = plan.meta.municipality + ": " + plan.meta.title;
    if (plan.meta.status != PlanStatus::adopted) heading = status_mark(plan.meta.status, labels) + " – " + heading;
    cx.page_header = "&L" + xlsx::page_text(heading, 150) + "&R&A";
    cx.page_footer = xlsx::page_footer(cx.word("page"), cx.word("page_of"));
    cx.finance.page_header = cx.page_header;
    cx.finance.page_footer = cx.page_footer;

    Book book(path, cx.word("xlsx_text_shortened"));
    if (book.get()) {
        cx.formats = book.formats();
        book.set_properties(properties(cx));
        Sheet measures(book, cx.word("xlsx_sheet_measures"));
        Sheet phasing(book, cx.word("xlsx_sheet_phasing"));
        Sheet per_unit(book, cx.word("xlsx_sheet_per_unit"));
        Sheet budget(book, cx.word("xlsx_sheet_budget"));
        Sheet kostra(book, cx.word("xlsx_sheet_kostra"));
        Sheet grants(book, cx.word("xlsx_sheet_grants"));
        Sheet budget_import(book, cx.word("xlsx_sheet_budget_import"));
        // The doctors come after the money, before the rates the money rests on.
        std::optional<Sheet> doctors;
        if (!plan.doctors.empty()) doctors.emplace(book, cx.word("xlsx_sheet_doctors"));
        Sheet rates(book, cx.word("xlsx_sheet_rates"));
        Sheet about(book, cx.word("xlsx_sheet_about"));
        write_grant_inputs(cx.finance, book, grants);
        write_measures_sheet(cx, measures, figures.overall);
        write_budget_sheets(cx.finance, budget, kostra, grants);
        write_budget_import_sheet(plan, figures, labels, budget_import, cx.page_header, cx.page_footer);
        write_phasing_sheet(cx, phasing, measures, figures.overall, book);
        write_per_unit_sheet(cx, per_unit, measures);
        if (doctors) write_doctors_sheet(plan, figures.doctors, labels, *doctors, cx.page_header, cx.page_footer);
        write_rates_sheet(cx, rates, book);
        write_about_sheet(cx, about, measures, figures.overall);
        book.define_name("sum_aarlig", measures.ref(cx.recurring_row, kYearly));
        book.define_name("sum_engangs", measures.ref(cx.recurring_row, kOneTime));
        book.define_name("sum_totalt", measures.ref(cx.printed_total_row, kYearly));
    }
    if (!book.close()) {
        error = book.error();
        return false;
    }
    return true;
}

}  // namespace legeplan
