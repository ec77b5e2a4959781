// Reading typed values out of YAML nodes, reporting shape and type errors as diagnostics.
// build_model uses it for every key so that all such errors read alike.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "plan/diag.h"
#include "plan/format_spec.h"
#include "plan/load.h"
#include "plan/model.h"
#include "text/special_chars.h"
#include "text/translate.h"

namespace legeplan {

// The years a plan's dates and periods may name: what every output format can hold.
inline constexpr int kFirstYear = 1980;
inline constexpr int kLastYear = 2099;

// Reports a text holding a character no document can carry (text/special_chars.h).
void report_forbidden_char(Diagnostics& diags, SourcePos pos, const std::string& what,
                           const ForbiddenChar& bad);

// "a map", "a list", "text", "nothing" — for "expected …, found …" messages.
std::string describe(const YamlNode& node);

// The keys of one YAML map, checked against the keys its kind of map has in the format spec.
class Fields {
public:
    // what names the thing in messages ("measure", "plan"). Reports unknown keys at once, each
    // with the nearest known key as a hint.
    Fields(const YamlNode& map, std::string what, const ObjectSpec& spec, Diagnostics& diags);

    // Asking for a key the spec does not list throws std::logic_error: the loader may read only
    // what the spec (and so the JSON Schema) describes.
    NodePtr get(const std::string& key) const;  // null when absent
    NodePtr require(const std::string& key);     // reports missing_key when absent
    bool has(const std::string& key) const { return get(key) != nullptr; }
    // Reports that the map lacks key, or lacks both key and alternative when one is named: for
    // a map that needs one of two keys ('text' or 'text_file'), which require cannot express.
    void report_missing(const std::string& key, const std::string& alternative = {});
    SourcePos key_pos(const std::string& key) const;
    const YamlNode& map() const { return map_; }

private:
    void check_known(const std::string& key, bool required) const;

    const YamlNode& map_;
    std::string what_;
    const ObjectSpec& spec_;
    Diagnostics& diags_;
    std::vector<std::string> suggested_;  // keys offered as hints for unknown keys
};

// While one lives, every key any Fields is asked for is recorded: lets a test show that the
// loader reads each key the format spec lists, and requires exactly the required ones.
class KeyReadLog {
public:
    struct Read {
        std::string object;  // ObjectSpec::name
        std::string key;
        bool required;
        auto operator<=>(const Read&) const = default;
    };
    KeyReadLog();
    ~KeyReadLog();
    KeyReadLog(const KeyReadLog&) = delete;
    KeyReadLog& operator=(const KeyReadLog&) = delete;
    const std::set<Read>& reads() const { return reads_; }

private:
    friend class Fields;
    std::set<Read> reads_;
};

// Lowercase letters a-z, digits and '-', starting with a letter, at most 64 characters.
bool valid_id(const std::string& value);

// The valid id a writer most likely meant by an invalid one: lowercase, '_' and spaces made '-';
// empty when that is still no valid id.
std::string id_spelling(const std::string& value);

// The number of single-byte insertions, deletions and substitutions that turn a into b.
std::size_t edit_distance(const std::string& a, const std::string& b);

// The known key closest to an unknown one, or empty. Also knows common Norwegian key names.
std::string suggest_key(const std::string& unknown, const std::vector<std::string>& known);

class NodeReader {
public:
    explicit NodeReader(Diagnostics& diags) : diags_(diags) {}

    // Each reports wrong_type or a value error and returns nullopt on failure.
    bool is_map(const NodePtr& node, const std::string& what);
    bool is_list(const NodePtr& node, const std::string& what);
    // expected names what the value should have been, for the message (English, translated
    // where shown). A key without a value is reported at the key, as having no value.
    std::optional<std::string> text(const NodePtr& node, const std::string& what,
                                    const char* expected = gettext_noop("text"));
    std::optional<std::string> id(const NodePtr& node, const std::string& what);
    // An id that refers to something, as written: whether it is a valid id, and known, validate
    // says (an invalid one may match an id defined with the same mistake, already reported).
    std::optional<Ref> ref(const NodePtr& node, const std::string& what);
    std::vector<Ref> ref_list(const NodePtr& node, const std::string& what, bool allow_single);
    std::vector<std::string> text_list(const NodePtr& node, const std::string& what);
    // negative_hint: what the hint says when the amount is negative.
    std::optional<Amount> amount(const NodePtr& node, const std::string& what,
                                 const char* negative_hint = gettext_noop(
                                     "costs are positive amounts; savings are not part of the cost table"));
    std::optional<AmountRange> amount_or_range(const NodePtr& node, const std::string& what);
    std::optional<MilliRange> quantity_or_range(const NodePtr& node, const std::string& what);
    // A number from 0 with at most three decimals, in thousandths: an indicator's value, and
    // (above 0) an FTE or a count.
    std::optional<Milli> number(const NodePtr& node, const std::string& what);
    // Hours a week from 0 to 168 with at most two decimals, in hundredths: 3.75 is 375.
    std::optional<Hundredths> hours(const NodePtr& node, const std::string& what);
    std::optional<long long> integer(const NodePtr& node, const std::string& what, long long min,
                                     long long max);
    std::optional<int> year(const NodePtr& node, const std::string& what);
    std::optional<Date> date(const NodePtr& node, const std::string& what, bool allow_year);
    std::optional<bool> boolean(const NodePtr& node, const std::string& what);

    // One of the given words; reports unknown_value listing them otherwise.
    template <typename E>
    std::optional<E> choice(const NodePtr& node, const std::string& what,
                            const std::vector<std::pair<std::string, E>>& options) {
        auto word = text(node, what);
        if (!word) return std::nullopt;
        for (const auto& [name, value] : options) {
            if (name == *word) return value;
        }
        std::vector<std::string> names;
        for (const auto& option : options) names.push_back(option.first);
        report_choice(*node, what, names);
        return std::nullopt;
    }

    // A cost of 0 kroner, FTE or units: what names the figure ("cost amount", "fte").
    void report_zero_cost(SourcePos pos, const std::string& what);

    // A key written without a value ("amount:"), at the key; example is the key with a value.
    void report_no_value(const YamlNode& node, const std::string& what, const std::string& hint);

    Diagnostics& diags() { return diags_; }

private:
    // low and high as the message shows them, formatted by the caller for its kind of figure.
    void report_reversed_range(SourcePos pos, const std::string& what, const std::string& low,
                               const std::string& high);
    // True for a valid id; reports one that is not (E014), with its likely spelling.
    bool checked_id(const YamlNode& node, const std::string& what);
    void report_choice(const YamlNode& node, const std::string& what,
                       const std::vector<std::string>& names);
    std::optional<MilliRange> quantity_scalar(const NodePtr& node, const std::string& what);
    // A {low, high} map, each end read by read_end; a low above its high is reported with the
    // ends as show writes them.
    template <typename T, typename ReadEnd, typename Show>
    std::optional<std::pair<T, T>> low_high(const NodePtr& node, const std::string& what,
                                            ObjectKind range, ReadEnd read_end, Show show);
    Diagnostics& diags_;
};

}  // namespace legeplan
