#include "render/document/key_figure_tables.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "figures/figures.h"
#include "render/charts/charts.h"
#include "render/figure_text.h"
#include "render/charts/key_figure_charts.h"

namespace legeplan {

namespace {

using kainjow::mustache::data;

struct Table {
    std::vector<std::string> header;
    std::vector<bool> right;  // aligned right: a column of numbers
    std::vector<std::vector<std::string>> rows;
    std::string caption;
    std::string source;
};

std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The line under the header. Pandoc gives a wide table's columns widths in proportion to its
// dashes: here to the longest cell of each column, within 6 to 40.
std::string rule_line(const Table& t) {
    std::string rule = "|";
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        std::size_t widest = characters(t.header[c]);
        for (const auto& row : t.rows) widest = std::max(widest, characters(row[c]));
        std::string dashes(std::clamp<std::size_t>(widest, 6, 40), '-');
        rule += t.right[c] ? dashes + ":|" : ":" + dashes + "|";
    }
    return rule;
}

data table_data(const Table& t) {
    data d;
    data columns(data::type::list);
    for (const std::string& text : t.header) {
        data cell;
        cell.set("cell", text);
        columns.push_back(cell);
    }
    d.set("columns", columns);
    d.set("rule", rule_line(t));
    data rows(data::type::list);
    for (const auto& row : t.rows) {
        data cells(data::type::list);
        for (const std::string& text : row) {
            data cell;
            cell.set("cell", text);
            cells.push_back(cell);
        }
        data r;
        r.set("cells", cells);
        rows.push_back(r);
    }
    d.set("rows", rows);
    d.set("caption", t.caption);
    d.set("has_caption", !t.caption.empty());
    d.set("source", t.source);
    d.set("has_source", !t.source.empty());
    d.set("chart", false);  // none unless place_chart gives it one; never a chart further out
    return d;
}

// «A», «B» og «C».
std::string quoted_list(const std::vector<std::string>& titles, const Labels& labels) {
    std::string out;
    for (std::size_t i = 0; i < titles.size(); ++i) {
        if (i > 0) out += i + 1 == titles.size() ? " " + labels.get("and") + " " : ", ";
        out += "«" + titles[i] + "»";
    }
    return out;
}

// Each source said once, as sentences under the table. One source for every row: "Kilde: SSB.".
// Several: the one more than half the rows share first, then each other with the rows it holds
// for: "Kilde for «Fastleger»: KOSTRA.". Where no source holds for most rows, or a row has none,
// every source names its rows, so that none seems to cover a row it does not.
std::string source_line(const std::vector<std::pair<std::string, std::string>>& row_sources,
                        const Labels& labels) {
    std::vector<std::pair<std::string, std::vector<std::string>>> groups;  // source → row titles
    bool some_without = false;
    for (const auto& row : row_sources) {
        const std::string& title = row.first;
        const std::string& source = row.second;  // a plain reference: lambdas may not capture bindings in clang 14
        if (source.empty()) {
            some_without = true;
            continue;
        }
        auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& x) { return x.first == source; });
        if (g == groups.end()) {
            groups.push_back({source, {}});
            g = groups.end() - 1;
        }
        g->second.push_back(title);
    }
    auto sentence = [](const std::string& text) { return text.back() == '.' ? text : text + "."; };
    std::size_t common = groups.size();
    for (std::size_t i = 0; i < groups.size() && !some_without; ++i) {
        if (groups[i].second.size() * 2 > row_sources.size()) common = i;
    }
    std::string out = common < groups.size() ? sentence(labels.get("source") + ": " + groups[common].first) : "";
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (i == common) continue;
        // Piece by piece: "literal" + a temporary string trips a false -Wrestrict in g++ 12 -O3.
        if (!out.empty()) out += ' ';
        out += sentence(labels.get("source_for") + " " + quoted_list(groups[i].second, labels) +
                        ": " + groups[i].first);
    }
    return out;
}

using DateKey = std::tuple<int, int, int>;
DateKey date_key(const std::optional<Date>& d) {
    return d ? DateKey{d->year, d->month, d->day} : DateKey{0, 0, 0};
}

// The single values of one place: a row per figure (title and unit), a column per date where a
// figure has several values, else one value column, with a column of dates where they differ.
Table values_table(const std::vector<const KeyFigure*>& figures, const Labels& labels) {
    struct Row {
        const KeyFigure* first;
        std::vector<const KeyFigure*> values;
    };
    std::vector<Row> rows;
    std::vector<std::optional<Date>> dates;
    for (const KeyFigure* f : figures) {
        auto row = std::find_if(rows.begin(), rows.end(), [&](const Row& r) {
            return r.first->title == f->title && r.first->unit == f->unit;
        });
        if (row == rows.end()) {
            rows.push_back({f, {}});
            row = rows.end() - 1;
        }
        row->values.push_back(f);
        auto same = [&](const std::optional<Date>& d) { return date_key(d) == date_key(f->date); };
        if (std::none_of(dates.begin(), dates.end(), same)) dates.push_back(f->date);
    }
    std::sort(dates.begin(), dates.end(),
              [](const auto& a, const auto& b) { return date_key(a) < date_key(b); });
    bool several = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.values.size() > 1; });
    auto date_header = [&](const std::optional<Date>& d) { return d ? date_text(*d, labels) : labels.get("value"); };

    Table t;
    t.header.push_back(labels.get("key_figures_title"));
    t.right.push_back(false);
    std::vector<std::optional<Date>> value_columns = several ? dates : std::vector<std::optional<Date>>{};
    for (const auto& d : value_columns) t.header.push_back(date_header(d));
    if (!several) t.header.push_back(dates.size() == 1 ? date_header(dates.front()) : labels.get("value"));
    t.right.resize(t.header.size(), true);
    bool date_column = !several && dates.size() > 1;
    if (date_column) {
        t.header.push_back(labels.get("as_of"));
        t.right.push_back(false);
    }
    bool has_unit = std::any_of(rows.begin(), rows.end(), [&](const Row& r) { return !figure_unit(*r.first, labels).empty(); });
    if (has_unit) {
        t.header.push_back(labels.get("unit"));
        t.right.push_back(false);
    }
    std::vector<std::pair<std::string, std::string>> sources;
    for (const Row& r : rows) {
        std::vector<std::string> cells = {r.first->title};
        if (several) {
            for (const auto& d : value_columns) {
                auto v = std::find_if(r.values.begin(), r.values.end(),
                                      [&](const KeyFigure* f) { return date_key(f->date) == date_key(d); });
                cells.push_back(v == r.values.end() ? "" : figure_text((*v)->value));
            }
        } else {
            cells.push_back(figure_text(r.first->value));
        }
        if (date_column) cells.push_back(r.first->date ? date_text(*r.first->date, labels) : "");
        if (has_unit) cells.push_back(figure_unit(*r.first, labels));
        t.rows.push_back(cells);
        for (const KeyFigure* f : r.values) sources.push_back({f->title, f->source});
    }
    t.source = source_line(sources, labels);
    return t;
}

// A table the plan writes: its cells as written, columns of numbers aligned right and written
// the Norwegian way; a column of years stays ungrouped.
Table written_table(const KeyFigure& k, const Labels& labels) {
    const KeyFigureTable& kt = *k.table;
    Table t;
    t.header = kt.columns;
    t.rows = kt.rows;
    for (std::size_t c = 0; c < kt.columns.size(); ++c) {
        bool numeric = false;
        bool all_numbers = true;
        bool years = true;
        for (const auto& row : kt.rows) {
            const std::string& cell = row[c];
            if (is_blank(cell)) continue;
            std::vector<FigureNumber> numbers = numbers_in(cell);
            if (numbers.empty()) {
                all_numbers = false;
                break;
            }
            numeric = true;
            int year = numbers[0].whole.size() == 4 ? std::stoi(numbers[0].whole) : 0;
            years = years && numbers.size() == 1 && numbers[0].decimals.empty() && year >= 1900 && year <= 2099;
        }
        bool right = numeric && all_numbers;
        t.right.push_back(right);
        if (!right) continue;
        for (auto& row : t.rows) row[c] = figure_text(row[c], !years);
    }
    t.caption = k.title;
    if (!k.unit.empty()) t.caption += " (" + k.unit + ")";
    if (k.date) t.caption += ", " + date_text(*k.date, labels);
    t.source = source_line({{k.title, k.source}}, labels);
    return t;
}

// The most years a series' table sets side by side; a longer series has a row per year.
constexpr std::size_t kYearsAcross = 10;

// A figure with a series or comparisons: a table of each, the source under the last, each
// table followed by its chart when charts are drawn.
void charted_tables(const KeyFigure& k, const DocumentParts& parts, data& out) {
    const Labels& labels = parts.labels;
    std::string caption = titled(k.title, figure_unit(k, labels));
    std::vector<Table> tables;
    std::vector<std::optional<Chart>> charts;
    if (!k.series.empty()) {
        Table t;
        if (k.series.size() <= kYearsAcross) {  // the years side by side, as in the chart
            t.header = {labels.get("year")};
            std::vector<std::string> row = {parts.plan.meta.municipality};
            for (const KeyFigurePoint& p : k.series) {
                t.header.push_back(std::to_string(p.year));
                row.push_back(milli_figure_text(p.value));
            }
            t.right.assign(t.header.size(), true);
            t.right[0] = false;
            t.rows.push_back(row);
        } else {
            t.header = {labels.get("year"), labels.get("value")};
            t.right = {false, true};
            for (const KeyFigurePoint& p : k.series) t.rows.push_back({std::to_string(p.year), milli_figure_text(p.value)});
        }
        t.caption = caption;
        tables.push_back(std::move(t));
        charts.push_back(series_chart(k, parts));
    }
    if (!k.comparisons.empty()) {
        Table t;
        auto own = latest_value(k);
        t.header = {labels.get(own ? "key_figure_compared" : "key_figure_group"), labels.get("value")};
        t.right = {false, true};
        if (own) t.rows.push_back({parts.plan.meta.municipality, milli_figure_text(own->value)});
        for (const KeyFigureComparison& c : k.comparisons) t.rows.push_back({c.label, milli_figure_text(c.value)});
        int year = own && own->year != 0 ? own->year : k.date ? k.date->year : 0;
        t.caption = caption + (year != 0 ? ", " + std::to_string(year) : "");
        tables.push_back(std::move(t));
        charts.push_back(comparison_chart(k, parts));
    }
    tables.back().source = source_line({{k.title, k.source}}, labels);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        data d = table_data(tables[i]);
        if (parts.charts) place_chart(charts[i], d, *parts.charts);
        out.push_back(d);
    }
}

bool is_charted(const KeyFigure& k) { return !k.series.empty() || !k.comparisons.empty(); }

}  // namespace

data key_figure_tables(const std::vector<const KeyFigure*>& figures, const DocumentParts& parts) {
    data out(data::type::list);
    std::vector<const KeyFigure*> values;
    for (const KeyFigure* f : figures) {
        if (!f->table && !is_charted(*f)) values.push_back(f);
    }
    if (!values.empty()) out.push_back(table_data(values_table(values, parts.labels)));
    for (const KeyFigure* f : figures) {
        if (f->table) out.push_back(table_data(written_table(*f, parts.labels)));
        if (is_charted(*f)) charted_tables(*f, parts, out);
    }
    return out;
}

}  // namespace legeplan
