#include "render/figure_text.h"

#include <cctype>
#include <optional>

namespace legeplan {

namespace {

constexpr const char* kNbsp = "\xC2\xA0";
constexpr std::string_view kDash = "\xE2\x80\x93";  // –

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The length of a digit-group separator at s[i] (space, no-break space, narrow no-break space).
std::size_t separator_length(std::string_view s, std::size_t i) {
    if (s.compare(i, 1, " ") == 0) return 1;
    if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
    if (s.compare(i, 3, "\xE2\x80\xAF") == 0) return 3;
    return 0;
}

std::optional<FigureNumber> read_number(std::string_view s) {
    FigureNumber n;
    std::size_t i = 0;
    std::size_t group = 0;  // digits since the last separator
    bool grouped = false;
    while (i < s.size()) {
        if (is_digit(s[i])) {
            n.whole += s[i++];
            ++group;
            continue;
        }
        std::size_t sep = separator_length(s, i);
        if (sep == 0 || i + sep >= s.size() || !is_digit(s[i + sep])) break;
        if (grouped ? group != 3 : group > 3) return std::nullopt;
        grouped = true;
        group = 0;
        i += sep;
    }
    if (n.whole.empty() || (grouped && group != 3)) return std::nullopt;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        for (++i; i < s.size() && is_digit(s[i]); ++i) n.decimals += s[i];
        if (n.decimals.empty()) return std::nullopt;
    }
    if (i != s.size()) return std::nullopt;
    return n;
}

std::string number_text(const FigureNumber& n, bool group_four_digits) {
    std::string whole = n.whole;
    if (whole.size() >= 5 || (whole.size() == 4 && group_four_digits)) {
        std::string grouped;
        for (std::size_t i = 0; i < whole.size(); ++i) {
            if (i > 0 && (whole.size() - i) % 3 == 0) grouped += kNbsp;
            grouped += whole[i];
        }
        whole = grouped;
    }
    return n.decimals.empty() ? whole : whole + "," + n.decimals;
}

// "ca. 285": the word an approximate number starts with, kept as written.
std::string_view approximation(std::string_view cell) {
    for (std::string_view word : {"ca. ", "ca "}) {
        if (cell.substr(0, word.size()) == word) return cell.substr(0, word.size());
    }
    return {};
}

}  // namespace

std::vector<FigureNumber> numbers_in(std::string_view cell) {
    cell.remove_prefix(approximation(cell).size());
    std::size_t dash = cell.find(kDash);
    if (dash == std::string_view::npos) {
        auto n = read_number(cell);
        return n ? std::vector<FigureNumber>{*n} : std::vector<FigureNumber>{};
    }
    auto low = read_number(cell.substr(0, dash));
    auto high = read_number(cell.substr(dash + kDash.size()));
    return low && high ? std::vector<FigureNumber>{*low, *high} : std::vector<FigureNumber>{};
}

bool is_blank(const std::string& cell) { return cell.empty() || cell == "–" || cell == "-"; }

std::string figure_text(std::string_view value, bool group_four_digits) {
    std::vector<FigureNumber> numbers = numbers_in(value);
    if (numbers.empty()) return std::string(value);
    std::string out = std::string(approximation(value)) + number_text(numbers[0], group_four_digits);
    if (numbers.size() == 2) out += std::string(kDash) + number_text(numbers[1], group_four_digits);
    return out;
}

std::string milli_figure_text(Milli value) {
    std::string text = std::to_string(value / 1000);
    if (Milli fraction = value % 1000; fraction != 0) {
        std::string digits = std::to_string(1000 + fraction).substr(1);
        while (digits.back() == '0') digits.pop_back();
        text += "." + digits;
    }
    return figure_text(text);
}

std::string fixed_figure_text(Milli value, int decimals) {
    std::string text = std::to_string(value / 1000);
    if (decimals > 0) text += "." + std::to_string(1000 + value % 1000).substr(1, static_cast<std::size_t>(decimals));
    return figure_text(text);
}

std::string titled(const std::string& title, const std::string& unit) {
    bool repeats = !unit.empty() && !title.empty() && unit.substr(1) == title.substr(1) &&
                   std::tolower(static_cast<unsigned char>(title[0])) == unit[0];
    return unit.empty() || repeats ? title : title + " (" + unit + ")";
}

std::string figure_unit(const KeyFigure& figure, const Labels& labels) {
    if (!figure.unit.empty() || figure.kind.empty()) return figure.unit;
    return labels.get("kind_" + figure.kind + "_unit");
}

std::string year_mark(const FigureValue& value, int common_year, const Labels& labels) {
    if (value.year == 0) return " (" + labels.get("overview_figure_no_year") + ")";
    return value.year == common_year ? "" : " (" + std::to_string(value.year) + ")";
}

std::string kind_heading(const KeyFigureKind& kind, const Labels& labels) {
    std::string id(kind.id);
    std::string title = labels.get("kind_" + id);
    return kind.measure == FigureMeasure::count ? title : title + " (" + labels.get("kind_" + id + "_unit") + ")";
}

}  // namespace legeplan
