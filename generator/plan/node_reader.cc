#include "plan/node_reader.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "plan/dates.h"
#include "plan/syntax_hints.h"
#include "text/special_chars.h"
#include "text/translate.h"
#include "text/utf8.h"

namespace legeplan {

using Kind = YamlNode::Kind;

std::string describe(const YamlNode& node) {
    switch (node.kind) {
        case Kind::null: return tr("nothing");
        case Kind::scalar: return "'" + node.value.substr(0, 40) + "'";
        case Kind::sequence: return tr("a list");
        case Kind::map: return tr("a map");
    }
    return tr("something else");
}

namespace {

// Norwegian words a plan writer may reach for, and the key the format uses for them.
const std::map<std::string, std::string>& norwegian_keys() {
    static const std::map<std::string, std::string> keys = {
        {"kostnad", "costs"},      {"kostnader", "costs"},    {"kostnad_per_aar", "costs"},
        {"kostnad_per_år", "costs"}, {"beløp", "amount"},     {"belop", "amount"},
        {"ansvar", "responsible"}, {"ansvarlig", "responsible"}, {"tittel", "title"},
        {"tekst", "text"},         {"nummer", "number"},      {"nr", "number"},
        {"tiltak", "measures"},    {"kapitler", "chapters"},  {"kapittel", "chapters"},
        {"avsnitt", "sections"},   {"enheter", "units"},      {"tjenester", "services"},
        {"satser", "rates"},       {"vedlegg", "appendices"}, {"nøkkeltall", "key_figures"},
        {"kommune", "municipality"}, {"språk", "language"},   {"sprak", "language"},
        {"dato", "date"},          {"periode", "period"},     {"fra", "from"},
        {"til", "to"},             {"år", "year"},            {"aar", "year"},
        {"årsverk", "fte"},        {"finansiering", "funding"}, {"prioritet", "priority"},
        {"frist", "deadline"},     {"hjemmel", "basis"},      {"kilde", "source"},
        {"navn", "name"},          {"type", "type"},
        {"mål", "goals"},          {"maal", "goals"},         {"indikatorer", "indicators"},
        {"indikatorar", "indicators"}, {"utgangspunkt", "baseline"},
        {"leger", "doctors"},      {"legar", "doctors"},      {"fastleger", "doctors"},
        {"fastlegar", "doctors"},  {"lege", "doctors"},       {"legehjemler", "doctors"},
        {"stilling", "position"},  {"stillingsprosent", "position"}, {"listetak", "list_ceiling"},
        {"offentlige_timer", "public_hours"}, {"offentlege_timar", "public_hours"},
        {"offentlig_timer", "public_hours"},  {"kurative_timer", "curative_hours"},
        {"kurative_timar", "curative_hours"}, {"kurativ_tid", "curative_hours"},
        {"kompetanse", "competence"}, {"legevakt_deltar", "legevakt"},
        {"veileder", "supervisor"}, {"rettleiar", "supervisor"}, {"veiledar", "supervisor"},
        {"enhet", "unit"},         {"eining", "unit"},        {"oppgave", "task"},
        {"oppgåve", "task"},       {"timer", "hours"},        {"timar", "hours"},
        {"merknad", "note"},       {"lavere_listetak_avtalt", "lower_ceiling_agreed"},
        {"lågare_listetak_avtalt", "lower_ceiling_agreed"}, {"listetak_avtalt", "lower_ceiling_agreed"},
        // Values of choices, for the same hint.
        {"utkast", "draft"},       {"vedtatt", "adopted"},    {"vedteken", "adopted"},
        {"årlig", "yearly"},       {"årleg", "yearly"},       {"arlig", "yearly"},
        {"engangs", "one_time"},   {"engang", "one_time"},    {"engangskostnad", "one_time"},
        {"årlige", "yearly"},      {"løpende", "yearly"},   {"engangsutgift", "one_time"}, {"eingongsutgift", "one_time"},
        {"støtter", "supports"},   {"støttar", "supports"},   {"høy", "high"},
        {"høg", "high"},           {"middels", "medium"},     {"lav", "low"},
        {"låg", "low"},            {"bokmål", "nb"},          {"nynorsk", "nn"},
        {"foreslått", "proposed"}, {"planlagt", "planned"},   {"pågår", "in_progress"},
        {"gjennomført", "done"},   {"utsatt", "postponed"},
        {"sykehjem", "nursing_home"}, {"sjukeheim", "nursing_home"}, {"kad", "nursing_home"},
        {"helsestasjon", "health_station"}, {"skolehelsetjeneste", "health_station"},
        {"skulehelsetenesta", "health_station"}, {"veiledning", "supervision"},
        {"rettleiing", "supervision"}, {"samfunnsmedisin", "community_medicine"},
        {"flyktninghelse", "refugee_health"}, {"flyktningehelse", "refugee_health"},
        {"asylhelse", "refugee_health"}, {"fengsel", "prison"}, {"fengselshelse", "prison"},
        {"annet", "other"},        {"anna", "other"},         {"annen", "other"},
        {"spesialist", "specialist"}, {"alis", "in_training"}, {"lis3", "in_training"},
    };
    return keys;
}

// The one wording of a wrong type, whether a key, a value or a whole file is wrong.
void report_wrong_type(Diagnostics& diags, const YamlNode& found, const std::string& what,
                       const std::string& expected) {
    // TRANSLATORS: {what} names the value ("cost amount"), {expected} its kind ("a year"),
    // {found} what the file holds ("a list", or the text in quotes).
    diags.report(DiagnosticKind::wrong_type, found.pos,
                 fill(tr("{what} must be {expected}, found {found}"),
                      {{"what", what}, {"expected", expected}, {"found", describe(found)}}));
}

}  // namespace

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string suggest_key(const std::string& unknown, const std::vector<std::string>& known) {
    std::string lower = unknown;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return c < 0x80 ? std::tolower(c) : c; });
    auto norwegian = norwegian_keys().find(lower);
    if (norwegian != norwegian_keys().end() &&
        std::find(known.begin(), known.end(), norwegian->second) != known.end()) {
        return norwegian->second;
    }
    std::string best;
    std::size_t best_distance = 0;
    for (const std::string& candidate : known) {
        std::size_t d = edit_distance(lower, candidate);
        if (best.empty() || d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
    std::size_t allowed = std::max<std::size_t>(2, lower.size() / 3);
    return best_distance <= allowed ? best : std::string();
}

namespace {

KeyReadLog* active_key_log = nullptr;

}  // namespace

KeyReadLog::KeyReadLog() { active_key_log = this; }

KeyReadLog::~KeyReadLog() { active_key_log = nullptr; }

Fields::Fields(const YamlNode& map, std::string what, const ObjectSpec& spec, Diagnostics& diags)
    : map_(map), what_(std::move(what)), spec_(spec), diags_(diags) {
    const std::vector<std::string> known = spec_.key_names();
    for (const auto& [key, value] : map_.entries) {
        if (key->kind != Kind::scalar) {
            report_wrong_type(diags_, *key, fill(tr("a key of {what}"), {{"what", what_}}), tr("a word"));
            continue;
        }
        if (std::find(known.begin(), known.end(), key->value) != known.end()) continue;
        if (!key->quoted) {
            // "deadline:2028" as the last key of a map is a key with no value to YAML: the writer
            // meant the key 'deadline' and left out the space.
            if (auto e = explain_key_without_space(key->value)) {
                SourcePos pos = key->pos;
                pos.col += static_cast<int>(e->byte_col) - 1;
                pos.length = 1;
                diags_.report(DiagnosticKind::yaml_syntax, pos, e->message, e->hint);
                suggested_.push_back(key->value.substr(0, e->byte_col - 1));
                continue;
            }
        }
        std::string suggestion = key->value == "<<" ? "" : suggest_key(key->value, known);
        std::string hint;
        if (key->value == "<<") {
            hint = tr("YAML merge keys (<<) are not supported; write the keys out");
        } else if (!suggestion.empty()) {
            hint = fill(tr("did you mean '{key}'?"), {{"key", suggestion}});
            suggested_.push_back(suggestion);
        } else {
            std::string list;
            for (std::size_t i = 0; i < known.size(); ++i) list += (i ? ", " : "") + known[i];
            hint = fill(tr("known keys: {keys}"), {{"keys", list}});
        }
        // TRANSLATORS: {what} names the map the key is in ("measure", "the plan file").
        diags_.report(DiagnosticKind::unknown_key, key->pos,
                      fill(tr("unknown key '{key}' in {what}"), {{"key", key->value}, {"what", what_}}),
                      hint);
    }
}

void Fields::check_known(const std::string& key, bool required) const {
    if (!spec_.key(key)) {
        throw std::logic_error("the loader reads key '" + key + "' of " + spec_.name +
                               ", which the format spec does not list");
    }
    if (active_key_log) active_key_log->reads_.insert({spec_.name, key, required});
}

NodePtr Fields::get(const std::string& key) const {
    check_known(key, false);
    for (const auto& [k, v] : map_.entries) {
        if (k->kind == Kind::scalar && k->value == key) return v;
    }
    return nullptr;
}

SourcePos Fields::key_pos(const std::string& key) const {
    for (const auto& [k, v] : map_.entries) {
        if (k->kind == Kind::scalar && k->value == key) return k->pos;
    }
    return map_.pos;
}

NodePtr Fields::require(const std::string& key) {
    check_known(key, true);
    NodePtr node = get(key);
    // A misspelt key already says "did you mean"; its absence under the right name is no news.
    bool hinted = std::find(suggested_.begin(), suggested_.end(), key) != suggested_.end();
    if (!node && !hinted) report_missing(key);
    return node;
}

void Fields::report_missing(const std::string& key, const std::string& alternative) {
    std::string message =
        alternative.empty()
            ? fill(tr("{what} is missing the required key '{key}'"), {{"what", what_}, {"key", key}})
            : fill(tr("{what} is missing the required key '{key}' (or '{alternative}')"),
                   {{"what", what_}, {"key", key}, {"alternative", alternative}});
    diags_.report(DiagnosticKind::missing_key, map_.pos, message);
}

bool NodeReader::is_map(const NodePtr& node, const std::string& what) {
    if (node->kind == Kind::map) return true;
    if (node->kind == Kind::scalar && !node->quoted) {
        // "title:Nytt" is text to YAML: the writer meant a key, and left out the space.
        if (auto e = explain_key_without_space(node->value)) {
            SourcePos pos = node->pos;
            pos.col += static_cast<int>(e->byte_col) - 1;
            pos.length = 1;
            diags_.report(DiagnosticKind::yaml_syntax, pos, e->message, e->hint);
            return false;
        }
    }
    if (node->kind == Kind::null && !node->value.empty()) {
        report_no_value(*node, what,
                        fill(tr("write its keys on the lines below '{key}:', indented"), {{"key", node->value}}));
        return false;
    }
    report_wrong_type(diags_, *node, what, tr("a map of keys and values"));
    return false;
}

bool NodeReader::is_list(const NodePtr& node, const std::string& what) {
    if (node->kind == Kind::sequence) return true;
    if (node->kind == Kind::null && !node->value.empty()) {
        report_no_value(*node, what,
                        fill(tr("write the items on the lines below '{key}:', each starting with '- ', or as [a, b]"),
                             {{"key", node->value}}));
        return false;
    }
    report_wrong_type(diags_, *node, what, tr("a list (lines starting with '- ')"));
    return false;
}

std::optional<std::string> NodeReader::text(const NodePtr& node, const std::string& what,
                                            const char* expected) {
    if (node->kind == Kind::null && !node->value.empty()) {
        // TRANSLATORS: {expected} is what the value should be ("a year", "text"); {key} a YAML key.
        report_no_value(*node, what,
                        fill(tr("write {expected} after '{key}:'"),
                             {{"expected", tr(expected)}, {"key", node->value}}));
        return std::nullopt;
    }
    if (node->kind != Kind::scalar) {
        report_wrong_type(diags_, *node, what, tr(expected));
        return std::nullopt;
    }
    if (auto bad = first_forbidden_char(node->value)) {
        report_forbidden_char(diags_, node->pos, what, *bad);
        return std::nullopt;
    }
    return node->value;
}

void report_forbidden_char(Diagnostics& diags, SourcePos pos, const std::string& what,
                           const ForbiddenChar& bad) {
    // TRANSLATORS: {code} is a code point such as U+0007; {index} counts characters from 1.
    std::string message =
        bad.code < 0x20
            ? fill(tr("{what} holds the control character {code} (character {index}), which documents cannot carry"),
                   {{"what", what}, {"code", code_point_name(bad.code)}, {"index", bad.index + 1}})
            : fill(tr("{what} holds the noncharacter {code} (character {index}), which documents cannot carry"),
                   {{"what", what}, {"code", code_point_name(bad.code)}, {"index", bad.index + 1}});
    diags.report(DiagnosticKind::forbidden_character, pos, message,
                 tr("remove it; such characters come invisibly with text pasted from other programs, or from a YAML escape such as \\x07"));
}

bool valid_id(const std::string& value) {
    bool ok = !value.empty() && value.size() <= 64 && value[0] >= 'a' && value[0] <= 'z';
    for (char c : value) {
        ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    }
    return ok;
}

// The id the writer most likely meant: lowercase, '_' and spaces made '-'; empty when that is
// still no valid id (letters such as 'ø' are not part of ids).
std::string id_spelling(const std::string& value) {
    std::string out;
    for (char c : value) {
        if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
        else if (c == '_' || c == ' ') out += '-';
        else out += c;
    }
    return valid_id(out) ? out : std::string();
}

bool NodeReader::checked_id(const YamlNode& node, const std::string& what) {
    if (valid_id(node.value)) return true;
    std::string meant = id_spelling(node.value);
    diags_.report(DiagnosticKind::invalid_id, node.pos,
                  fill(tr("{what} '{id}' is not a valid id"), {{"what", what}, {"id", node.value}}),
                  meant.empty()
                      ? tr("an id is lowercase letters a-z, digits and '-', starting with a letter "
                           "(at most 64 characters), e.g. 'etat-helsetjenester'")
                      : fill(tr("an id is lowercase letters a-z, digits and '-': write '{id}'"),
                             {{"id", meant}}));
    return false;
}

std::optional<std::string> NodeReader::id(const NodePtr& node, const std::string& what) {
    auto value = text(node, what, gettext_noop("an id"));
    if (!value || !checked_id(*node, what)) return std::nullopt;
    return value;
}

std::optional<Ref> NodeReader::ref(const NodePtr& node, const std::string& what) {
    auto value = text(node, what, gettext_noop("an id"));
    if (!value) return std::nullopt;
    return Ref{*value, node->pos};
}

std::vector<Ref> NodeReader::ref_list(const NodePtr& node, const std::string& what,
                                      bool allow_single) {
    std::vector<Ref> out;
    if (allow_single && node->kind == Kind::scalar) {
        if (auto r = ref(node, what)) out.push_back(*r);
        return out;
    }
    if (allow_single && node->kind == Kind::null && !node->value.empty()) {
        report_no_value(*node, what,
                        fill(tr("write an id after '{key}:', or several as [a, b]"), {{"key", node->value}}));
        return out;
    }
    if (!is_list(node, what)) return out;
    for (const NodePtr& item : node->items) {
        if (auto r = ref(item, fill(tr("{what} item"), {{"what", what}}))) out.push_back(*r);
    }
    return out;
}

std::vector<std::string> NodeReader::text_list(const NodePtr& node, const std::string& what) {
    std::vector<std::string> out;
    if (!is_list(node, what)) return out;
    for (const NodePtr& item : node->items) {
        if (auto t = text(item, fill(tr("{what} item"), {{"what", what}}))) out.push_back(*t);
    }
    return out;
}

namespace {

bool all_digits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// The text with each lookalike character dropped (invisible) or made a space, so that a hint
// can show the amount its writer meant.
std::string without_lookalikes(std::string text) {
    while (auto odd = first_lookalike_char(text)) {
        auto chars = utf8::split_chars(text);
        chars[odd->index] = odd->invisible ? "" : " ";
        text.clear();
        for (const std::string& c : chars) text += c;
    }
    return text;
}

// The text after a leading minus: '-', or the minus sign U+2212 or en dash U+2013 that word
// processors put in its place; nullopt when there is none.
std::optional<std::string_view> after_minus(std::string_view text) {
    for (std::string_view minus : {"-", "\u2212", "\u2013"}) {
        if (text.substr(0, minus.size()) == minus) return text.substr(minus.size());
    }
    return std::nullopt;
}

// True for zero however it is written: 0, 00, 0 000, 0,0, 0.00.
bool is_zero_text(std::string_view text) {
    return text.find('0') != std::string_view::npos && text.find_first_not_of("0,. ") == std::string_view::npos;
}

// A hint for an amount written with commas: "1,300,000" (thousands separated the English way)
// or "1,5" (a decimal comma, most often millions). Empty when the text is something else.
std::string comma_hint(const std::string& value) {
    std::vector<std::string> parts(1);
    for (char c : value) {
        if (c == ',') parts.emplace_back();
        else parts.back() += c;
    }
    if (parts.size() < 2 ||
        !std::all_of(parts.begin(), parts.end(), [](const std::string& p) { return all_digits(p); })) {
        return {};
    }
    bool thousands = std::all_of(parts.begin() + 1, parts.end(),
                                 [](const std::string& p) { return p.size() == 3; });
    if (thousands) {
        std::string joined;
        for (const std::string& p : parts) joined += p;
        if (auto a = parse_amount(joined)) {
            return fill(tr("group the digits with spaces, not commas: {amount}"),
                        {{"amount", format_amount(*a)}});
        }
        return {};
    }
    const std::string& whole = parts[0];
    const std::string& fraction = parts[1];
    if (parts.size() != 2 || fraction.size() > 6) return {};
    auto millions = parse_amount(whole + fraction + std::string(6 - fraction.size(), '0'));
    if (!millions || whole.size() > 6) return {};
    // TRANSLATORS: {value} is what was written ("1,5"), {amount} the kroner it means in millions.
    return fill(tr("an amount is whole kroner, without a decimal comma: for {value} million write {amount}"),
                {{"value", value}, {"amount", format_amount(*millions)}});
}

}  // namespace

std::optional<Amount> NodeReader::amount(const NodePtr& node, const std::string& what,
                                         const char* negative_hint) {
    if (node->kind == Kind::null && !node->value.empty()) {
        report_no_value(*node, what,
                        fill(tr("write the kroner after the colon, e.g. {example}"),
                             {{"example", node->value + ": 150 000"}}));
        return std::nullopt;
    }
    auto value = text(node, what, gettext_noop("an amount in whole kroner"));
    if (!value) return std::nullopt;
    if (auto parsed = parse_amount(*value)) return parsed;
    const std::string& v = *value;
    if (auto odd = first_lookalike_char(v)) {
        // TRANSLATORS: {code} is a code point (U+00A0), {name} its English name, {index} counts
        // characters from 1.
        std::string character = fill(tr("{code} {name} (character {index})"),
                                     {{"code", code_point_name(odd->code)},
                                      {"name", std::string(odd->name)},
                                      {"index", odd->index + 1}});
        auto meant = parse_amount(without_lookalikes(v));
        if (odd->invisible) {
            diags_.report(DiagnosticKind::invalid_amount, node->pos,
                          fill(tr("{what} contains an invisible character {character}"),
                               {{"what", what}, {"character", character}}),
                          meant ? fill(tr("delete it: write {amount}; such characters come with numbers "
                                          "copied from Word, PDFs and web pages"),
                                       {{"amount", format_amount(*meant)}})
                                : tr("delete it; such characters come with numbers copied from Word, "
                                     "PDFs and web pages"));
        } else {
            diags_.report(DiagnosticKind::invalid_amount, node->pos,
                          fill(tr("{what} contains {character}, a space amounts do not use"),
                               {{"what", what}, {"character", character}}),
                          meant ? fill(tr("separate the groups of digits with an ordinary or a no-break "
                                          "space: write {amount}"),
                                       {{"amount", format_amount(*meant)}})
                                : tr("separate the groups of digits with an ordinary or a no-break space"));
        }
        return std::nullopt;
    }
    auto unsigned_part = after_minus(v);
    if (unsigned_part && unsigned_part->find_first_of("0123456789") != std::string_view::npos) {
        if (is_zero_text(*unsigned_part)) {
            bool decimals = unsigned_part->find_first_of(",.") != std::string_view::npos;
            diags_.report(DiagnosticKind::invalid_amount, node->pos,
                          fill(tr("{what} is 0 written with a minus sign, found '{value}'"),
                               {{"what", what}, {"value", v}}),
                          decimals ? tr("write 0, without a sign or decimals") : tr("write 0 without a sign"));
        } else {
            diags_.report(DiagnosticKind::invalid_amount, node->pos,
                          fill(tr("{what} cannot be negative, found '{value}'"), {{"what", what}, {"value", v}}),
                          tr(negative_hint));
        }
        return std::nullopt;
    }
    std::string digits;
    for (char c : v) {
        if (c >= '0' && c <= '9') digits += c;
    }
    bool only_digits_and_spaces = all_digits(digits) && v.find_first_not_of("0123456789 ") == std::string::npos;
    if (only_digits_and_spaces && digits.front() == '0') {
        std::size_t first = digits.find_first_not_of('0');
        auto meant = parse_amount(first == std::string::npos ? "0" : digits.substr(first));
        diags_.report(DiagnosticKind::invalid_amount, node->pos,
                      fill(tr("{what} must not start with 0, found '{value}'"), {{"what", what}, {"value", v}}),
                      meant ? fill(tr("remove the leading zeros: {amount}"), {{"amount", format_amount(*meant)}})
                            : tr("remove the leading zeros"));
        return std::nullopt;
    }
    std::string hint = comma_hint(v);
    if (hint.empty()) hint = tr("write whole kroner such as 1 300 000 or 1300000");
    if (only_digits_and_spaces) hint = tr("group the digits in threes from the right, e.g. 300 000");
    if (digits.size() > 15) hint = tr("amounts are at most 1 000 000 000 000 000 kr");
    diags_.report(DiagnosticKind::invalid_amount, node->pos,
                  fill(tr("{what} must be an amount in whole kroner, found '{value}'"),
                       {{"what", what}, {"value", v}}),
                  hint);
    return std::nullopt;
}

std::optional<AmountRange> NodeReader::amount_or_range(const NodePtr& node,
                                                       const std::string& what) {
    if (node->kind != Kind::map) {
        auto a = amount(node, what);
        if (!a) return std::nullopt;
        return AmountRange{*a, *a};
    }
    auto ends = low_high<Amount>(
        node, what, ObjectKind::amount_range,
        [&](const NodePtr& n, const std::string& w) { return amount(n, w); },
        [](Amount a) { return format_amount(a); });
    if (!ends) return std::nullopt;
    return AmountRange{ends->first, ends->second};
}

template <typename T, typename ReadEnd, typename Show>
std::optional<std::pair<T, T>> NodeReader::low_high(const NodePtr& node, const std::string& what,
                                                    ObjectKind range, ReadEnd read_end, Show show) {
    Fields f(*node, what, object_spec(range), diags_);
    NodePtr low = f.require("low");
    NodePtr high = f.require("high");
    if (!low || !high) return std::nullopt;
    std::optional<T> lo = read_end(low, fill(tr("{what} low"), {{"what", what}}));
    std::optional<T> hi = read_end(high, fill(tr("{what} high"), {{"what", what}}));
    if (!lo || !hi) return std::nullopt;
    if (*lo > *hi) {
        report_reversed_range(low->pos, what, show(*lo), show(*hi));
        return std::nullopt;
    }
    return std::pair<T, T>{*lo, *hi};
}

std::optional<Milli> NodeReader::number(const NodePtr& node, const std::string& what) {
    auto value = text(node, what, gettext_noop("a number"));
    if (!value) return std::nullopt;
    auto parsed = parse_milli(*value);
    if (!parsed) {
        std::string hint;
        std::string pointed = *value;
        std::replace(pointed.begin(), pointed.end(), ',', '.');
        if (pointed != *value && parse_milli(pointed)) {
            hint = fill(tr("write {number} with a decimal point: inside {{ }} YAML ends a value at a comma, "
                           "so legeplan reads no decimal commas"),
                        {{"number", pointed}});
        }
        diags_.report(DiagnosticKind::invalid_number, node->pos,
                      fill(tr("{what} must be a number with at most {decimals} decimals after a decimal "
                              "point, such as 2 or 0.5, found '{value}'"),
                           {{"what", what}, {"decimals", kMilliDecimals}, {"value", *value}}),
                      hint);
        return std::nullopt;
    }
    return parsed;
}

std::optional<Hundredths> NodeReader::hours(const NodePtr& node, const std::string& what) {
    auto value = text(node, what, gettext_noop("hours"));
    if (!value) return std::nullopt;
    auto parsed = parse_milli(*value);
    if (parsed && *parsed % 10 == 0 && *parsed <= 168'000) return *parsed / 10;
    std::string hint;
    std::string pointed = *value;
    std::replace(pointed.begin(), pointed.end(), ',', '.');
    if (pointed != *value && parse_milli(pointed)) {
        hint = fill(tr("write {number} with a decimal point: inside {{ }} YAML ends a value at a comma, "
                       "so legeplan reads no decimal commas"),
                    {{"number", pointed}});
    } else if (parsed && *parsed > 168'000) {
        hint = tr("a week has 168 hours; give the hours of one week");
    }
    // TRANSLATORS: {what} names the hours ("curative_hours", "public hours").
    diags_.report(DiagnosticKind::invalid_number, node->pos,
                  fill(tr("{what} must be hours a week from 0 to 168 with at most two decimals after a decimal "
                          "point, such as 7.5 or 3.75, found '{value}'"),
                       {{"what", what}, {"value", *value}}),
                  hint);
    return std::nullopt;
}

std::optional<MilliRange> NodeReader::quantity_scalar(const NodePtr& node,
                                                      const std::string& what) {
    auto parsed = number(node, what);
    if (!parsed) return std::nullopt;
    if (*parsed == 0) {
        report_zero_cost(node->pos, what);
        return std::nullopt;
    }
    return MilliRange{*parsed, *parsed};
}

std::optional<MilliRange> NodeReader::quantity_or_range(const NodePtr& node,
                                                        const std::string& what) {
    if (node->kind != Kind::map) return quantity_scalar(node, what);
    auto ends = low_high<Milli>(
        node, what, ObjectKind::quantity_range,
        [&](const NodePtr& n, const std::string& w) -> std::optional<Milli> {
            auto q = quantity_scalar(n, w);
            return q ? std::optional<Milli>(q->low) : std::nullopt;
        },
        [](Milli q) { return format_milli(q); });
    if (!ends) return std::nullopt;
    return MilliRange{ends->first, ends->second};
}

void NodeReader::report_zero_cost(SourcePos pos, const std::string& what) {
    diags_.report(DiagnosticKind::meaningless_cost, pos,
                  fill(tr("{what} is 0, which makes the cost meaningless"), {{"what", what}}),
                  tr("remove the cost if the measure costs nothing"));
}

void NodeReader::report_no_value(const YamlNode& node, const std::string& what, const std::string& hint) {
    // TRANSLATORS: {what} names the value ("cost amount", "plan title").
    diags_.report(DiagnosticKind::wrong_type, node.pos, fill(tr("{what} has no value"), {{"what", what}}),
                  hint);
}

void NodeReader::report_reversed_range(SourcePos pos, const std::string& what,
                                       const std::string& low, const std::string& high) {
    diags_.report(DiagnosticKind::reversed_range, pos,
                  fill(tr("{what} range has low {low} above high {high}"),
                       {{"what", what}, {"low", low}, {"high", high}}),
                  tr("swap low and high"));
}

std::optional<long long> NodeReader::integer(const NodePtr& node, const std::string& what,
                                             long long min, long long max) {
    auto value = text(node, what, gettext_noop("a whole number"));
    if (!value) return std::nullopt;
    bool digits = !value->empty() && value->size() <= 12 &&
                  std::all_of(value->begin(), value->end(),
                              [](char c) { return c >= '0' && c <= '9'; });
    if (digits) {
        long long n = std::stoll(*value);
        if (n >= min && n <= max) return n;
    }
    diags_.report(DiagnosticKind::invalid_number, node->pos,
                  fill(tr("{what} must be a whole number from {min} to {max}, found '{value}'"),
                       {{"what", what}, {"min", min}, {"max", max}, {"value", *value}}));
    return std::nullopt;
}

std::optional<int> NodeReader::year(const NodePtr& node, const std::string& what) {
    auto value = text(node, what, gettext_noop("a year"));
    if (!value) return std::nullopt;
    bool ok = value->size() == 4 && std::all_of(value->begin(), value->end(), [](char c) {
                  return c >= '0' && c <= '9';
              });
    if (ok) {
        int y = std::stoi(*value);
        if (y >= kFirstYear && y <= kLastYear) return y;
    }
    diags_.report(DiagnosticKind::invalid_date, node->pos,
                  fill(tr("{what} must be a year from {first} to {last}, found '{value}'"),
                       {{"what", what}, {"first", kFirstYear}, {"last", kLastYear}, {"value", *value}}));
    return std::nullopt;
}

std::optional<Date> NodeReader::date(const NodePtr& node, const std::string& what,
                                     bool allow_year) {
    auto value = text(node, what, gettext_noop("a date"));
    if (!value) return std::nullopt;
    const std::string& v = *value;
    auto digits = [&](std::size_t from, std::size_t n) {
        return std::all_of(v.begin() + from, v.begin() + from + n,
                           [](char c) { return c >= '0' && c <= '9'; });
    };
    std::optional<Date> d;
    if (allow_year && v.size() == 4 && digits(0, 4)) d = Date{std::stoi(v), 0, 0, node->pos};
    if (v.size() == 10 && digits(0, 4) && v[4] == '-' && digits(5, 2) && v[7] == '-' &&
        digits(8, 2)) {
        d = Date{std::stoi(v.substr(0, 4)), std::stoi(v.substr(5, 2)), std::stoi(v.substr(8, 2)),
                 node->pos};
        if (!is_calendar_day(d->year, d->month, d->day)) {
            diags_.report(DiagnosticKind::invalid_date, node->pos,
                          fill(tr("{what} {date} is not a date in the calendar"), {{"what", what}, {"date", v}}));
            return std::nullopt;
        }
    }
    if (d && (d->year < kFirstYear || d->year > kLastYear)) {
        // DOCX and XLSX are ZIP files, whose time stamps hold 1980–2107; PDF metadata and
        // Pandoc fail outside a narrower range still.
        diags_.report(DiagnosticKind::invalid_date, node->pos,
                      fill(tr("{what} {date} is outside the years legeplan's documents can hold ({first}–{last})"),
                           {{"what", what}, {"date", v}, {"first", kFirstYear}, {"last", kLastYear}}));
        return std::nullopt;
    }
    if (d) return d;
    diags_.report(DiagnosticKind::invalid_date, node->pos,
                  allow_year ? fill(tr("{what} must be a date written YYYY-MM-DD or a year from {first} to "
                                       "{last}, found '{value}'"),
                                    {{"what", what}, {"first", kFirstYear}, {"last", kLastYear}, {"value", v}})
                             : fill(tr("{what} must be a date written YYYY-MM-DD, found '{value}'"),
                                    {{"what", what}, {"value", v}}),
                  tr("e.g. 2027-03-15"));
    return std::nullopt;
}

std::optional<bool> NodeReader::boolean(const NodePtr& node, const std::string& what) {
    auto value = text(node, what, gettext_noop("true or false"));
    if (!value) return std::nullopt;
    if (*value == "true") return true;
    if (*value == "false") return false;
    std::string lower = *value;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return c < 0x80 ? std::tolower(c) : c; });
    std::string meant = lower == "yes" || lower == "ja" ? "true" : lower == "no" || lower == "nei" ? "false" : "";
    diags_.report(DiagnosticKind::unknown_value, node->pos,
                  fill(tr("{what} must be true or false, found '{value}'"), {{"what", what}, {"value", *value}}),
                  meant.empty() ? std::string() : fill(tr("write {word}"), {{"word", meant}}));
    return std::nullopt;
}

void NodeReader::report_choice(const YamlNode& node, const std::string& what,
                               const std::vector<std::string>& names) {
    std::string list;
    for (std::size_t i = 0; i < names.size(); ++i) list += (i ? ", " : "") + names[i];
    std::string suggestion = suggest_key(node.value, names);
    // TRANSLATORS: {words} lists the allowed words, as the plan writes them.
    std::string hint = suggestion.empty()
                           ? fill(tr("one of: {words}"), {{"words", list}})
                           : fill(tr("did you mean '{word}'? (one of: {words})"),
                                  {{"word", suggestion}, {"words", list}});
    diags_.report(DiagnosticKind::unknown_value, node.pos,
                  fill(tr("{what} '{value}' is not a known value"), {{"what", what}, {"value", node.value}}),
                  hint);
}

}  // namespace legeplan
