// The plan format, version 1, described once: each kind of map a plan holds, its keys, the kind
// of value each key takes and a one-line description (bokmål, for editors' hover help).
// build_model takes its known keys and the words of its choices from here, and the JSON Schema
// writer writes the same description out, so the loader and the schema cannot drift apart.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace legeplan {

// What a key's value must be, as the loader reads it (node_reader.h).
enum class ValueKind {
    format_version,     // the format's version number: 1
    text,               // any scalar
    markdown,           // any scalar, read as Markdown
    path,               // a file in the plan's folder, relative to the file naming it
    id,                 // a-z, 0-9 and '-', starting with a letter, at most 64 characters
    ref,                // the id of something else in the plan
    refs,               // a list of refs
    ref_or_refs,        // one ref, or a list of them
    whole_number,       // an integer from KeySpec::min to KeySpec::max
    amount,             // whole kroner: 1300000 or "1 300 000"
    amount_or_range,    // an amount, or {low, high} amounts
    quantity,           // a number above 0 with at most three decimals: 2, 0.5 or "1,5"
    quantity_or_range,  // a quantity, or {low, high} quantities
    number,             // a number from 0 with at most three decimals: 0, 12 or 97.5
    hours,              // hours a week from 0 with at most two decimals: 7.5 or 3.75
    year,               // 1980–2099
    date,               // YYYY-MM-DD
    date_or_year,       // a date or a year
    boolean,            // true or false
    choice,             // one of KeySpec::words
    choices,            // a list of KeySpec::words
    texts,              // a list of text
    text_rows,          // a list of lists of text
    paths,              // a list of paths
    object,             // a map described by KeySpec::object
    objects,            // a list of maps described by KeySpec::object
};

// Each kind of map in a plan, in the order the schema lists them.
enum class ObjectKind {
    plan_file,
    included_file,
    metadata,
    adoption,
    period,
    unit,
    service,
    rate,
    chapter,
    section,
    estimate,
    measure,
    cost,
    amount_range,
    quantity_range,
    key_figure,
    key_figure_point,
    key_figure_comparison,
    table,
    appendix,
    assertion,
    lsu,
    lsu_meeting,
    lsu_statement,
    lsu_measure_view,
    lsu_chapter_comment,
    goal,
    indicator,
    indicator_value,
    follow_up,
    follow_up_measure,
    follow_up_indicator,
    grant,
    cost_share,
    doctor,
    public_hours,
    chief_medical_officer,
    legevakt,
    rule_note,
    region_file,  // not in a plan: the region file of `legeplan overview`
};

struct KeySpec {
    std::string name;
    ValueKind kind = ValueKind::text;
    bool required = false;
    std::string description;
    ObjectKind object = ObjectKind::plan_file;  // for object and objects
    std::vector<std::string> words;             // for choice, in the order the loader lists them
    long long min = 0;                          // for whole_number
    long long max = 0;
    bool may_be_empty = false;  // a list that may be left empty ("units:" with nothing after it)
};

// Keys of one map that exclude one another.
struct KeyGroup {
    bool one_required = false;  // exactly one of them; otherwise at most one
    std::vector<std::string> keys;
    bool any_required = false;  // instead: at least one of them, any together
};

struct ObjectSpec {
    ObjectKind kind = ObjectKind::plan_file;
    std::string name;  // its name in the schema's definitions: "measure"
    std::string description;
    std::vector<KeySpec> keys;  // in the order messages list them
    std::vector<KeyGroup> groups;
    std::vector<std::pair<std::string, std::string>> needs;  // key → the key it needs beside it

    // The key named so, or null.
    const KeySpec* key(std::string_view name) const;
    std::vector<std::string> key_names() const;
    // The words of a choice key; throws std::logic_error when name is not a choice of this map.
    const std::vector<std::string>& words(std::string_view name) const;
};

// Every kind of map, in ObjectKind order.
const std::vector<ObjectSpec>& format_spec();
const ObjectSpec& object_spec(ObjectKind kind);

// The id rule as a regular expression (ECMAScript and Python alike).
inline constexpr std::string_view kIdPattern = "^[a-z][a-z0-9-]{0,63}$";

}  // namespace legeplan
