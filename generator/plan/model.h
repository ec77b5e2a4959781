// Stage plan/: a plan's files → YAML nodes → the model, with every problem found reported as a
// diagnostic with its place. It offers the loader (load.h: the one YAML parser, files read only
// inside the plan's folder, or from git: revision.h), the model (this header) and its builder
// (build_model.h), the rules across the model (validate.h), diagnostics (diag.h,
// diagnostic_codes.h), the format's description and its JSON Schema (format_spec.h,
// json_schema.h), and what plan text may reference (text_references.h, resource_policy.h).
//
// The plan as plain data: what build_model produces, validate checks and renderers read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "plan/diag.h"
#include "plan/topics.h"
#include "text/money.h"

namespace legeplan {

enum class Language { nb, nn };
enum class PlanStatus { draft, sent_to_lsu, lsu_statement, sent_to_council, adopted };
enum class CostType { yearly, one_time };
enum class Funding { none, existing_budget, new_money, state_grant, external, other };
enum class Priority { none, high, medium, low };
enum class MeasureStatus { none, proposed, planned, in_progress, done, postponed, dropped };
// Which of the municipality's two budgets a cost belongs to: running costs in the operating
// budget (drift), fixed assets in the investment budget (investering).
enum class BudgetKind { operating, investment };

// An id written in the plan that refers to something else, with where it was written.
struct Ref {
    std::string id;
    SourcePos pos;
};

// A calendar date or a year alone, as written (YYYY-MM-DD or YYYY).
struct Date {
    int year = 0;
    int month = 0;  // 0 when only the year is given
    int day = 0;
    SourcePos pos;
};

struct Period {
    int from = 0;
    int to = 0;
    SourcePos pos;
    int years() const { return to - from + 1; }
    bool contains(int year) const { return year >= from && year <= to; }
};

// The decision that adopted the plan: when, by which body and under which case number, as far
// as the plan gives them.
struct Adoption {
    std::optional<Date> date;
    std::string body;         // empty: the plan's adopted_by
    std::string case_number;  // "2026/1234"; empty for none
    SourcePos pos;            // where the plan gives it
};

struct Metadata {
    std::string municipality;
    std::string title;
    Period period;
    Language language = Language::nb;
    PlanStatus status = PlanStatus::draft;
    SourcePos status_pos;
    std::string version;
    Date date;
    std::string adopted_by;  // the body that adopts the plan ("Bergen bystyre")
    std::optional<Adoption> adopted;  // how it was adopted; only for an adopted plan
    std::string summary;  // Markdown
    int price_year = 0;   // the year whose prices the amounts are in; 0 when the plan does not say
    SourcePos price_year_pos;
};

struct Unit {
    std::string id;
    std::string name;
    std::optional<Ref> parent;
    std::string ansvar;  // the municipality's responsibility number, as written ("4610"); may be empty
    SourcePos pos;
};

struct Service {
    std::string id;
    std::string name;
    std::string description;  // Markdown
    SourcePos pos;
};

struct Rate {
    std::string id;
    std::string name;
    Amount amount = 0;  // kroner per FTE per year
    SourcePos pos;
};

// A low–high pair; low == high for an exact figure.
struct AmountRange {
    Amount low = 0;
    Amount high = 0;
    bool is_range() const { return low != high; }
};

struct MilliRange {
    Milli low = 0;
    Milli high = 0;
    bool is_range() const { return low != high; }
};

// How a cost's kroner are given.
enum class CostBasis { amount, fte, count };

// Income that covers part of a cost: per year for a yearly cost, once for a one-time cost.
struct Grant {
    std::string name;
    Amount amount = 0;
    Funding funding = Funding::state_grant;
    std::optional<Ref> art;  // the KOSTRA art the income is booked on; kostra_arts.h: the default
    SourcePos pos;
};

// A service run with other municipalities: the cost's amount is the joint gross, of which this
// plan's municipality pays percent (in thousandths of a percent, so 37.5 % is exact) by key.
struct CostShare {
    Milli percent = 100'000;
    std::string key;  // how the share is set, as written: "folketal"
    SourcePos pos;    // the percent as written
};

struct Cost {
    CostType type = CostType::yearly;
    CostBasis basis = CostBasis::amount;
    AmountRange amount;       // basis amount: the kroner; basis count: kroner per unit
    MilliRange quantity;      // basis fte or count
    std::optional<Ref> rate;  // basis fte
    int from = 0;             // yearly: first and last year; one_time: from == to == its year
    int to = 0;
    Funding funding = Funding::none;
    std::optional<Ref> kostra;  // the KOSTRA function code; the measure's when not given
    std::optional<Ref> art;     // the KOSTRA art code; the measure's when not given
    BudgetKind budget = BudgetKind::operating;
    bool budget_given = false;  // the plan says 'budget' (a one-time cost said to be operating is not warned about)
    SourcePos budget_pos;
    std::string project;        // the project number, as written; the measure's when empty
    std::vector<Grant> grants;
    std::optional<CostShare> share;
    SourcePos grants_pos;  // where 'grants' was written
    std::string note;
    std::string title;  // only for a section's estimates
    SourcePos pos;
    SourcePos from_pos;  // where from (or a one-time cost's year) was written; unknown if defaulted
    SourcePos to_pos;
};

struct Section {
    std::string id;
    std::string title;
    std::vector<Ref> services;
    std::vector<Topic> topics;  // what the section covers, for the rule check (plan/topics.h)
    std::string text;  // Markdown
    std::vector<Cost> estimates;
    SourcePos pos;
};

struct Chapter {
    std::string id;
    std::string title;
    bool numbered = true;
    bool cost_table = false;  // the cost tables are shown at the end of this chapter
    // true: the doctors' table is shown after this chapter's text; false: never here, even where
    // the document would place it by the chapter's title; unset: as the document decides.
    std::optional<bool> doctors_table;
    int number = 0;  // 1, 2, … among numbered chapters; 0 when unnumbered
    std::vector<Ref> services;
    std::vector<Topic> topics;  // what the chapter covers, for the rule check (plan/topics.h)
    std::string text;  // Markdown
    std::vector<Section> sections;
    SourcePos pos;
};

struct Measure {
    std::string id;
    int number = 0;
    Ref section;  // a chapter or section id
    std::string title;
    std::string text;  // Markdown
    std::vector<Ref> responsible;  // the first is the lead unit
    std::vector<Ref> services;
    std::vector<Ref> goals;  // the goals it serves
    std::vector<Cost> costs;
    Funding funding = Funding::none;
    std::optional<Ref> kostra;  // the KOSTRA function its costs are booked on, unless they say
    std::optional<Ref> art;     // the KOSTRA art its costs are booked on, unless they say
    std::string project;        // the project number its costs are booked on, unless they say
    Priority priority = Priority::none;
    MeasureStatus status = MeasureStatus::none;
    std::optional<Date> deadline;
    std::vector<std::string> basis;
    SourcePos pos;
    SourcePos number_pos;
};

// An indicator's figure in one year; value in thousandths, so 97.5 is exact.
struct IndicatorValue {
    int year = 0;
    Milli value = 0;
    SourcePos year_pos;
};

// What an indicator measures, when it is one the rule check knows (docs/rules-sources.md, 5).
enum class IndicatorKind {
    gp_office_calls_answered,  // % of calls to the GP offices answered within two minutes
    legevakt_calls_answered,   // % of calls to the legevakt centre answered within two minutes
};

struct Indicator {
    std::string id;
    std::string title;
    std::string unit;  // as written: "pasientar per lege", "%"
    std::optional<IndicatorKind> kind;
    IndicatorValue baseline;
    IndicatorValue target;
    SourcePos pos;
};

struct Goal {
    std::string id;
    std::string title;
    std::string text;  // Markdown
    std::vector<Indicator> indicators;
    SourcePos pos;
};

struct KeyFigureTable {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
};

// A key figure's value in one year of its series; value in thousandths.
struct KeyFigurePoint {
    int year = 0;
    Milli value = 0;
    SourcePos pos;  // the year's
    SourcePos value_pos;
};

// The same figure somewhere else (the region, the country) or for one group (an age band).
struct KeyFigureComparison {
    std::string label;
    Milli value = 0;
    SourcePos pos;
};

struct KeyFigure {
    std::string id;
    std::string title;
    std::string value;  // a single value as written; empty for a table or a series
    std::string unit;
    std::optional<KeyFigureTable> table;
    std::vector<KeyFigurePoint> series;            // year by year, as written
    std::vector<KeyFigureComparison> comparisons;  // as written
    std::string kind;  // a standard kind (plan/key_figure_kinds.h) or empty
    SourcePos kind_pos;
    SourcePos unit_pos;
    std::optional<Ref> section;
    std::string source;
    std::optional<Date> date;
    SourcePos pos;
    SourcePos value_pos;
};

struct Appendix {
    std::string id;
    std::string title;
    std::string text;  // Markdown
    bool rule_check = false;  // the plan's check against the rules follows the text
    SourcePos pos;
};

enum class AssertedFigure {
    total, recurring, one_time, measures, net, grants,  // the measures' money and count
    // The doctors' figures (figures/doctor_figures.h).
    list_ceilings, gp_fte, curative_fte, patients_per_curative_fte, corrected_list_length,
    list_per_curative_day,  // one doctor's: Assertion::doctor says whose
};

struct Assertion {
    AssertedFigure figure = AssertedFigure::total;
    // Kroner; a count (measures, patients); for gp_fte and curative_fte thousandths of an FTE.
    Amount expected = 0;
    std::optional<Ref> doctor;  // for list_per_curative_day
    std::optional<Ref> unit;
    std::optional<Ref> chapter;
    std::optional<int> year;
    std::string note;
    SourcePos pos;  // the expected value
};

// Hours a week in hundredths of an hour, so that 3.75 hours is exact: hours are given with at
// most two decimals.
using Hundredths = std::int64_t;

// Public (municipal) GP work, by what it is: the tasks a GP's public hours go to.
enum class PublicTask {
    nursing_home,        // sykehjem and KAD beds
    health_station,      // helsestasjon and skolehelsetjeneste
    supervision,         // veiledning of doctors in specialist training
    community_medicine,  // samfunnsmedisin
    refugee_health,      // flyktning- og asylhelse
    prison,              // fengselshelse
    other,
};

enum class Competence { none, specialist, in_training, lis1, other };

// Hours a week a doctor spends on one public task.
struct PublicHours {
    PublicTask task = PublicTask::other;
    Hundredths hours = 0;
    std::string note;
    SourcePos pos;
};

// One GP position (hjemmel) in the municipality, also a vacant one: how its hours split
// between public work and the curative work of the patient list.
struct Doctor {
    std::string id;
    std::string name;  // initials, a role or "ledig hjemmel"; may be empty
    Milli position = 0;  // percent of a 37.5-hour week, in thousandths: 80 % is 80 000
    SourcePos position_pos;
    std::optional<int> list_ceiling;  // patients; none for a doctor without a list (LIS1)
    SourcePos list_ceiling_pos;
    bool lower_ceiling_agreed = false;  // a ceiling below 500 was agreed with the municipality
    // The doctor agreed to more public hours than the municipality may require (7.5 a week).
    bool public_hours_agreed = false;
    std::vector<PublicHours> public_hours;
    std::optional<Hundredths> curative_hours;  // when the plan gives them; else derived
    SourcePos curative_hours_pos;
    Competence competence = Competence::none;
    bool legevakt = false;  // takes part in the legevakt
    std::optional<Ref> supervisor;  // a doctor id
    std::optional<Ref> unit;        // a unit id
    SourcePos pos;
};

// The municipal chief medical officer (kommuneoverlege), own or shared with other municipalities.
struct ChiefMedicalOfficer {
    std::string name;
    Milli position = 0;  // the share of a full position, in thousandths of a percent
    SourcePos position_pos;
    std::string shared_with;  // the municipalities the position is shared with, as written
    SourcePos pos;
};

// How the municipality's legevakt is arranged, as far as the rule check needs it.
struct LegevaktArrangement {
    // A back-up doctor (bakvakt) who meets the competence requirements is on call for doctors
    // who do not meet them.
    bool backup_doctor = false;
    std::string note;
    SourcePos pos;
};

// The plan's own word on a rule it does not meet ("comply or explain"): the rule's findings are
// shown with the note rather than warned about (rules/rule_check.h).
struct RuleNote {
    Ref rule;  // a rule id of the rule book
    std::string note;
    SourcePos pos;
};

// The local cooperation committee's (LSU) handling of the plan (ASA 4310 point 6.2).
enum class LsuPosition { supports, supports_with_changes, does_not_support };

struct LsuMeeting {
    Date date;
    std::string note;
    SourcePos pos;
};

struct LsuMeasureView {
    Ref measure;  // a measure id
    LsuPosition position = LsuPosition::supports;
    std::string comment;
    SourcePos pos;
};

// LSU's comment on a chapter's text (list ceilings, the legevakt's duty …).
struct LsuChapterComment {
    Ref chapter;  // a chapter id
    std::string comment;
    SourcePos pos;
};

struct LsuStatement {
    Date date;
    std::string text;  // Markdown
    std::vector<LsuMeasureView> measures;
    std::vector<LsuChapterComment> chapters;
    SourcePos pos;
};

struct Lsu {
    std::vector<LsuMeeting> meetings;
    std::optional<LsuStatement> statement;
    SourcePos pos;
};

// One measure in a yearly follow-up report: how far it came and what it cost that year.
struct FollowUpMeasure {
    Ref measure;  // a measure id
    MeasureStatus status = MeasureStatus::none;
    Amount spent = 0;  // kroner actually used that year; 0 when not given
    std::string text;  // Markdown
    SourcePos pos;
    SourcePos spent_pos;
};

// An indicator's value in the report's year.
struct FollowUpIndicator {
    Ref indicator;  // an indicator id
    Milli value = 0;
    SourcePos pos;
};

// The report on one year of the plan: what the council asks for each autumn.
struct FollowUp {
    int year = 0;
    SourcePos year_pos;
    Date date;
    std::string text;  // Markdown
    std::vector<FollowUpMeasure> measures;
    std::vector<FollowUpIndicator> indicators;
    SourcePos pos;
};

struct Plan {
    int format_version = 1;
    std::string source_path;
    Metadata meta;
    std::vector<Unit> units;
    std::vector<Service> services;
    std::vector<Rate> rates;
    std::vector<Chapter> chapters;
    std::vector<Goal> goals;
    std::vector<Measure> measures;
    std::vector<KeyFigure> key_figures;
    std::vector<Doctor> doctors;  // GP positions, in the order written
    std::optional<ChiefMedicalOfficer> chief_medical_officer;
    std::optional<LegevaktArrangement> legevakt;
    std::vector<RuleNote> rule_notes;
    // The municipality's own norm: doctor hours a week per nursing-home resident, in hundredths.
    std::optional<Hundredths> nursing_home_norm;
    SourcePos nursing_home_norm_pos;
    std::vector<Appendix> appendices;
    std::vector<Assertion> assertions;
    std::vector<FollowUp> follow_up;  // in the order written
    std::optional<Lsu> lsu;
    // The pictures its texts show, as written (relative to its folder), each checked to be a
    // picture inside the folder: the only files of the plan's folder a converter is given.
    std::vector<std::string> pictures;
};

}  // namespace legeplan
