// Every kind of diagnostic legeplan reports: its name in code, its stable code, its severity and
// the one-line meaning that docs/diagnostics.md lists (a unit test keeps the two equal).
#pragma once

#include <span>
#include <string_view>

namespace legeplan {

enum class Severity { error, warning };

// One row per diagnostic, in the order docs/diagnostics.md lists them: name, code, severity,
// meaning. The rows are a macro so that the enum and the table below are both made from them:
// adding a diagnostic is one row here (and its line in the docs), and the code strings are
// spelled nowhere else. Codes are never reused or renumbered; scripts and users match on them.
#define LEGEPLAN_DIAGNOSTICS(X) \
    X(unreadable_file,           "E001", error,   "a file (the plan, an included file, a text file or a label file) cannot be read") \
    X(file_too_large,            "E002", error,   "a file is larger than the limit (8 MiB), or the plan's files together are larger than theirs (32 MiB)") \
    X(bad_encoding,              "E003", error,   "a file is not valid UTF-8, or contains a NUL byte") \
    X(yaml_syntax,               "E004", error,   "YAML syntax error, said as the likely mistake where it is a usual one (no space after a key's `:`, a `: ` inside unquoted text, a line indented unlike the keys above it, a tab); an empty file; more than one YAML document in a file") \
    X(nesting_too_deep,          "E005", error,   "maps and lists nested deeper than the limit (64 levels)") \
    X(alias_expansion,           "E006", error,   "aliases expand to more than the limit (1 000 000 nodes), or an alias refers to its own node") \
    X(duplicate_key,             "E007", error,   "the same key twice in one map") \
    X(format_version,            "E008", error,   "the format version (`legeplan: 1`) is missing or not one this legeplan reads") \
    X(unknown_key,               "E010", error,   "unknown key (the hint names the nearest known key, also for common Norwegian key names)") \
    X(wrong_type,                "E011", error,   "wrong type: a list where a map belongs, text where a number belongs, a period written `2027-2030`, a key without a value (`amount:`) …") \
    X(missing_key,               "E012", error,   "a required key is missing") \
    X(unknown_value,             "E013", error,   "a value that is not one of the allowed words (language, status, cost type, …)") \
    X(invalid_id,                "E014", error,   "an id, or a reference to one, that is not lowercase letters, digits and `-` (the hint gives the likely spelling; such a reference is not also reported unknown)") \
    X(invalid_amount,            "E015", error,   "an amount that is not whole kroner (`1,3 mill`, `1,5`, `13OO000`, `0 300 000`, negative, too large, an invisible character)") \
    X(invalid_date,              "E016", error,   "a year or date that is malformed, not in the calendar, or outside 1980–2099") \
    X(invalid_number,            "E017", error,   "a number (measure number, FTE, count, list ceiling, a share's percent, a key figure of a standard kind, a doctor's position or hours, an FTE assertion with more decimals than shown) that is malformed or out of range; a decimal comma (`0,5`: write `0.5`)") \
    X(conflicting_keys,          "E018", error,   "keys that exclude each other (`text` and `text_file`; `amount` and `fte`; `year` on a yearly cost …)") \
    X(path_outside_plan,         "E019", error,   "an included or text file outside the plan's folder, or a region file's plan outside the region file's folder (also through a symbolic link), or an absolute path") \
    X(duplicate_id,              "E020", error,   "an id defined twice") \
    X(unknown_reference,         "E021", error,   "a reference to a unit, service, rate, chapter, section, goal, indicator, measure or doctor that does not exist (the hint names up to three likely ones, by spelling and by the words of their titles)") \
    X(duplicate_number,          "E022", error,   "a measure number used twice") \
    X(number_gap,                "E023", error,   "a gap in the measure numbers") \
    X(year_outside_period,       "E024", error,   "a year outside the plan period (a cost's, an assertion's, an indicator's target year, a follow-up report's; a key figure's series year after the period; a measure's deadline before the period)") \
    X(invalid_period,            "E025", error,   "a plan period that ends before it starts or is longer than 20 years") \
    X(reversed_range,            "E026", error,   "a range whose low is above its high") \
    X(meaningless_cost,          "E027", error,   "a meaningless cost: 0 kr, 0 FTE, 0 units, or ending before it starts; a rate of 0") \
    X(fte_without_rate,          "E028", error,   "an FTE cost without a rate") \
    X(amount_overflow,           "E029", error,   "a cost or a sum larger than legeplan can count exactly") \
    X(assertion_failed,          "E030", error,   "an assertion that does not hold: shows the computed figure, the stated one and the difference") \
    X(row_length,                "E031", error,   "a key-figure table row whose length differs from the columns") \
    X(text_too_long,             "E032", error,   "a text longer than the limit (1 000 000 characters)") \
    X(link_not_allowed,          "E033", error,   "a link in plan text that goes anywhere but an http, https or mailto address or an anchor in the document") \
    X(picture_not_allowed,       "E034", error,   "a picture in plan text that is not a PNG, JPEG or SVG file in the plan's folder (10 MiB at most)") \
    X(forbidden_character,       "E035", error,   "a text holding a character no document can carry: a control character other than tab and line break, U+FFFE or U+FFFF") \
    X(indicator_years,           "E036", error,   "an indicator whose baseline year comes after its target year") \
    X(duplicate_follow_up,       "E037", error,   "two follow-up reports for one year, or one measure or indicator reported twice in a report") \
    X(bad_template,              "E040", error,   "a template cannot be read, has a syntax error, or includes a partial that includes itself (`build`)") \
    X(unknown_template_name,     "E041", error,   "a template names data or a partial template legeplan does not provide (`build`)") \
    X(missing_label,             "E042", error,   "a label file lacks a word the document needs (`build`)") \
    X(grants_exceed_cost,        "E043", error,   "a cost's grants add up to more than the cost the municipality pays (its share, per year for a yearly cost)") \
    X(unknown_kostra_function,   "E044", error,   "a KOSTRA function code that is not in the municipalities' function list legeplan ships, or one that expired before the plan period (254 after 2023)") \
    X(key_figure_unit,           "E045", error,   "a key figure whose unit does not fit its kind: a share in percent with another unit, or `%` on a count or average") \
    X(key_figure_repeated,       "E046", error,   "a key figure's series with a year twice or out of order, comparisons that name one place or group twice, or two key figures of one standard kind") \
    X(repeated_include,          "E047", error,   "the same file included twice (also under another name, through a link)") \
    X(adoption_not_adopted,      "E048", error,   "a plan that says how it was adopted (`adopted`, `adopted_date`) while its status is not `adopted`") \
    X(doctor_hours,              "E049", error,   "a doctor whose `public_hours` and `curative_hours` do not add up to the position's hours (position × 37.5, within 0.1 hour), or whose public hours alone are more than the position's") \
    X(unknown_kostra_art,        "E050", error,   "a KOSTRA art code that is not in the municipalities' art list legeplan ships") \
    X(region_plan_missing,       "E051", error,   "a region file's plan path that names no plan file and no folder holding plans (`overview`)") \
    X(lsu_form_unreadable,       "E052", error,   "`lsu import`: the form is no workbook legeplan can read (not an XLSX, damaged, larger than 16 MiB, or unpacking to more than its bounds)") \
    X(lsu_form_other_plan,       "E053", error,   "`lsu import`: the form was made for another plan, or for another version of this one (it says which)") \
    X(lsu_form_changed,          "E054", error,   "`lsu import`: a protected cell of the form, or a sheet's name, was changed after legeplan wrote it") \
    X(lsu_form_value,            "E055", error,   "`lsu import`: a position that is none of the three (supports, supports with changes, does not support, in bokmål or nynorsk), or a date that is no date") \
    X(lsu_form_stale,            "E056", error,   "`lsu import`: the form names a measure or a chapter the plan no longer has") \
    X(lsu_not_included,          "E057", error,   "`lsu import`: the plan does not include `lsu.yaml`, or its plan file holds a statement of its own; nothing is written") \
    X(lsu_statement_repeated,    "E058", error,   "LSU's statement (`lsu.statement`) given in two files: the plan file and an included one (`lsu.yaml`), or two included files") \
    X(list_ceiling_out_of_range, "W001", warning, "a list ceiling outside 500–2 500 patients (a doctor's below 500 only when `lower_ceiling_agreed` is not `true`)") \
    X(no_lsu_statement,          "W002", warning, "the plan is marked as sent to the council or adopted without an LSU statement on record") \
    X(stray_lsu_view,            "W003", warning, "LSU's statement refers to a measure or a chapter the plan does not have, or gives a view on one twice") \
    X(placeholder,               "W004", warning, "a placeholder (`[Fyll inn: …]`) that `legeplan init` wrote is left in the plan") \
    X(goal_not_served,           "W005", warning, "a goal that no measure names in its `goals`") \
    X(measure_without_goal,      "W006", warning, "a measure that serves no goal, in a plan that has goals") \
    X(measure_not_reported,      "W007", warning, "a follow-up report that leaves out a measure (one an earlier report called done or dropped may be left out)") \
    X(adopted_without_date,      "W008", warning, "an adopted plan that does not say when it was adopted (`adopted: date:`)") \
    X(deadline_after_period,     "W009", warning, "a measure whose `deadline` lies after the plan period ends") \
    X(key_figure_without_year,   "W010", warning, "a key figure that does not say which year it holds for: no `date` and no `series`") \
    X(measures_out_of_order,     "W011", warning, "measure numbers that do not follow the order the document shows the measures in") \
    X(public_duties_above_limit, "W012", warning, "a GP with a list who has more public hours a week than the municipality may require (7.5, less in a reduced position) and no `public_hours_agreed: true`") \
    X(availability_goal_below_floor, "W013", warning, "an indicator of kind `gp_office_calls_answered` or `legevakt_calls_answered` whose target is below the 80 % of calls answered within two minutes the regulations require") \
    X(legevakt_competence,       "W014", warning, "a doctor on legevakt who does not meet the competence requirements in a plan without a back-up doctor (`legevakt: backup_doctor: true`)") \
    X(no_supervisor,             "W015", warning, "a doctor in specialist training (`lis1`, `in_training`) without a supervisor, or with one who is not a specialist") \
    X(chief_medical_officer,     "W016", warning, "a plan with doctors that names no chief medical officer (`chief_medical_officer`), or one below 50 % of a position") \
    X(nursing_home_norm_below_median, "W017", warning, "a local norm for doctor hours per nursing-home resident (`nursing_home_norm`) below the national median") \
    X(topic_not_covered,         "W018", warning, "a required topic that no chapter or section names in its `topics`, in a plan that names topics") \
    X(capitalisable_cost_in_operating, "W019", warning, "a one-time cost of 100 000 kr or more booked in the operating budget without saying so (`budget: operating`): a fixed asset belongs in the investment budget") \
    X(budget_coding_incomplete,  "W020", warning, "costs the budget file lists without an ansvar (their unit's `ansvar`), a KOSTRA function or a KOSTRA art (`build`, when it writes the budget file)")


enum class DiagnosticKind {
#define LEGEPLAN_DIAGNOSTIC_NAME(name, code, severity, meaning) name,
    LEGEPLAN_DIAGNOSTICS(LEGEPLAN_DIAGNOSTIC_NAME)
#undef LEGEPLAN_DIAGNOSTIC_NAME
};

struct DiagnosticInfo {
    DiagnosticKind kind;
    std::string_view code;  // "E010"
    Severity severity;
    std::string_view meaning;  // as docs/diagnostics.md shows it, Markdown included
    std::string_view name;     // "unknown_key": the kind's name in code, for machine-readable reports
};

// The row of one diagnostic.
const DiagnosticInfo& diagnostic_info(DiagnosticKind kind);

// Every row, in the order of the table above.
std::span<const DiagnosticInfo> all_diagnostics();

}  // namespace legeplan
