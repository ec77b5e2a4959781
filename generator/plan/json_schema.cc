#include "plan/json_schema.h"

#include "plan/format_spec.h"
#include "text/money.h"
#include "plan/node_reader.h"

namespace legeplan {

namespace {

const std::string kDefinitions = "#/definitions/";

Json ref_to(ObjectKind kind) {
    return Json::object().set("$ref", kDefinitions + object_spec(kind).name);
}

Json types(std::initializer_list<const char*> names) {
    Json list = Json::array();
    for (const char* name : names) list.push(name);
    return list;
}

using Forms = std::vector<Json>;

Json any_of(const Forms& forms) {
    Json list = Json::array();
    for (const Json& form : forms) list.push(form);
    return Json::object().set("anyOf", list);
}

// The forms of a value and a {low, high} map of them, as one flat list of alternatives.
Json or_range(Forms forms, ObjectKind range) {
    forms.push_back(ref_to(range));
    return any_of(forms);
}

Json string_matching(const std::string& pattern) {
    return Json::object().set("type", "string").set("pattern", pattern);
}

// Any scalar reads as text: YAML's 2020 or true is the text "2020" or "true" to the loader.
Json text() { return Json::object().set("type", types({"string", "number", "boolean"})); }

Json id() { return string_matching(std::string(kIdPattern)); }

const std::string kYearPattern = "(19[89][0-9]|20[0-9][0-9])";

Forms year_forms() {
    return {Json::object()
                       .set("type", "integer")
                       .set("minimum", kFirstYear)
                       .set("maximum", kLastYear),
            string_matching("^" + kYearPattern + "$")};
}

Json year() { return any_of(year_forms()); }

Json date() {
    return string_matching("^" + kYearPattern + "-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
}

// Whole kroner: digits, or groups of three set apart by a space, a no-break space or a narrow
// no-break space (money.h).
Forms amount_forms() {
    return {Json::object().set("type", "integer").set("minimum", 0).set("maximum", kMaxAmount),
            string_matching(R"(^([0-9]{1,16}|[0-9]{1,3}([ \u00a0\u202f][0-9]{3}){1,5})$)")};
}

// Above 0, with a decimal point (not a comma: YAML splits "0,5" in a flow map) and at most three
// decimals.
Forms quantity_forms() {
    return {Json::object()
                .set("type", "number")
                .set("exclusiveMinimum", 0)
                .set("exclusiveMaximum", 1'000'000'000),
            string_matching(R"(^(?=.*[1-9])[0-9]{1,9}([.][0-9]{1,3})?$)")};
}

// From 0, with a decimal point and at most three decimals (an indicator's value).
Forms number_forms() {
    return {Json::object().set("type", "number").set("minimum", 0).set("exclusiveMaximum", 1'000'000'000),
            string_matching(R"(^[0-9]{1,9}([.][0-9]{1,3})?$)")};
}

// Hours a week: from 0, with a decimal point and at most two decimals (a week has 168 hours).
Forms hours_forms() {
    return {Json::object().set("type", "number").set("minimum", 0).set("maximum", 168),
            string_matching(R"(^[0-9]{1,3}([.][0-9]{1,2})?$)")};
}

Json list_of(Json item) { return Json::object().set("type", "array").set("items", item); }

Json value_schema(const KeySpec& key) {
    switch (key.kind) {
        case ValueKind::format_version: {
            Json versions = Json::array();
            versions.push(1).push("1");
            return Json::object().set("enum", versions);
        }
        case ValueKind::text:
        case ValueKind::markdown: return text();
        case ValueKind::path: return Json::object().set("type", "string");
        case ValueKind::id:
        case ValueKind::ref: return id();
        case ValueKind::refs: return list_of(id());
        case ValueKind::ref_or_refs: return any_of(Forms{id(), list_of(id())});
        case ValueKind::whole_number:
            return any_of(Forms{Json::object()
                                    .set("type", "integer")
                                    .set("minimum", key.min)
                                    .set("maximum", key.max),
                                string_matching("^[0-9]{1,12}$")});
        case ValueKind::amount: return any_of(amount_forms());
        case ValueKind::amount_or_range: return or_range(amount_forms(), ObjectKind::amount_range);
        case ValueKind::quantity: return any_of(quantity_forms());
        case ValueKind::quantity_or_range:
            return or_range(quantity_forms(), ObjectKind::quantity_range);
        case ValueKind::number: return any_of(number_forms());
        case ValueKind::hours: return any_of(hours_forms());
        case ValueKind::year: return year();
        case ValueKind::date: return date();
        case ValueKind::date_or_year: {
            Forms forms = {date()};
            for (Json& form : year_forms()) forms.push_back(std::move(form));
            return any_of(forms);
        }
        case ValueKind::boolean: return Json::object().set("type", "boolean");
        case ValueKind::choice: {
            Json words = Json::array();
            for (const std::string& word : key.words) words.push(word);
            return Json::object().set("type", "string").set("enum", words);
        }
        case ValueKind::choices: {
            Json words = Json::array();
            for (const std::string& word : key.words) words.push(word);
            return list_of(Json::object().set("type", "string").set("enum", words));
        }
        case ValueKind::texts: return list_of(text());
        case ValueKind::text_rows: return list_of(list_of(text()));
        case ValueKind::paths: return list_of(Json::object().set("type", "string"));
        case ValueKind::object: {
            // draft-07 ignores the keys beside a $ref, the description among them.
            Json refs = Json::array();
            refs.push(ref_to(key.object));
            return Json::object().set("allOf", refs);
        }
        case ValueKind::objects: {
            Json list = list_of(ref_to(key.object));
            if (key.may_be_empty) list.set("type", types({"array", "null"}));
            return list;
        }
    }
    return Json::object();
}

Json key_schema(const KeySpec& key) {
    // The description first, where a reader of the file looks for it.
    return Json::object().set("description", key.description).merge(value_schema(key));
}

Json required_keys(const std::vector<std::string>& keys) {
    Json names = Json::array();
    for (const std::string& k : keys) names.push(k);
    return Json::object().set("required", names);
}

// Exactly one of the keys: one of "has a", "has b" …; at least one: any of them; at most one:
// no two of them together.
Json group_schema(const KeyGroup& group) {
    Json alternatives = Json::array();
    if (group.any_required) {
        for (const std::string& k : group.keys) alternatives.push(required_keys({k}));
        return Json::object().set("anyOf", alternatives);
    }
    if (group.one_required) {
        for (const std::string& k : group.keys) alternatives.push(required_keys({k}));
        return Json::object().set("oneOf", alternatives);
    }
    for (std::size_t i = 0; i < group.keys.size(); ++i) {
        for (std::size_t j = i + 1; j < group.keys.size(); ++j) {
            alternatives.push(required_keys({group.keys[i], group.keys[j]}));
        }
    }
    return Json::object().set("not", Json::object().set("anyOf", alternatives));
}

Json object_schema(const ObjectSpec& spec) {
    Json properties = Json::object();
    Json required = Json::array();
    for (const KeySpec& key : spec.keys) {
        properties.set(key.name, key_schema(key));
        if (key.required) required.push(key.name);
    }
    Json schema = Json::object()
                      .set("description", spec.description)
                      .set("type", "object")
                      .set("properties", properties);
    if (!required.empty()) schema.set("required", required);
    schema.set("additionalProperties", false);
    if (!spec.groups.empty()) {
        Json all = Json::array();
        for (const KeyGroup& group : spec.groups) all.push(group_schema(group));
        schema.set("allOf", all);
    }
    if (!spec.needs.empty()) {
        Json dependencies = Json::object();
        for (const auto& [key, needed] : spec.needs) {
            Json names = Json::array();
            names.push(needed);
            dependencies.set(key, names);
        }
        schema.set("dependencies", dependencies);
    }
    return schema;
}

}  // namespace

Json plan_json_schema() {
    Json definitions = Json::object();
    for (const ObjectSpec& spec : format_spec()) definitions.set(spec.name, object_schema(spec));
    Json names_plan = Json::array();
    names_plan.push(required_keys({"legeplan"})).push(required_keys({"plan"}));
    return Json::object()
        .set("$schema", "http://json-schema.org/draft-07/schema#")
        .set("title", "legeplan: plan for legetjenesten, format versjon 1")
        .set("description",
             "En planfil (med legeplan og plan), en fil den inkluderer (bare lister) eller en regionfil for "
             "legeplan overview (med region). "
             "Skjemaet hjelper redigeringen; legeplan validate har siste ord.")
        .set("type", "object")
        .set("if", Json::object().set("anyOf", names_plan))
        .set("then", ref_to(ObjectKind::plan_file))
        .set("else", Json::object()
                             .set("if", required_keys({"region"}))
                             .set("then", ref_to(ObjectKind::region_file))
                             .set("else", ref_to(ObjectKind::included_file)))
        .set("definitions", definitions);
}

std::string plan_json_schema_text() { return plan_json_schema().text(); }

}  // namespace legeplan
