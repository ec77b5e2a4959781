#include "render/rule_listing.h"

#include <algorithm>

#include "figures/doctor_figures.h"
#include "text/translate.h"

namespace legeplan {

namespace {

std::string kind_text(RuleKind kind) {
    switch (kind) {
        case RuleKind::law: return tr("law or regulation");
        case RuleKind::agreement: return tr("agreement");
        case RuleKind::guidance: return tr("guidance");
    }
    return {};
}

std::string years_text(const RuleSource& s) {
    if (s.to_year == 0) return fill(tr("from {year}"), {{"year", s.from_year}});
    return fill(tr("{from}–{to}"), {{"from", s.from_year}, {"to", s.to_year}});
}

std::string source_text(const RuleSource& s) {
    std::string out = fill(tr("{citation}, {years}, read {date}"),
                           {{"citation", s.citation}, {"years", years_text(s)}, {"date", s.read}});
    if (!s.confirmed) out += "; " + tr("not confirmed in the text itself (docs/rules-sources.md)");
    return out;
}

std::string verdict_text(const RuleResult& r) {
    switch (r.verdict) {
        case Verdict::met: return tr("met");
        case Verdict::not_met: return tr("not met");
        case Verdict::not_in_force: return tr("not in force in the plan's period");
        case Verdict::not_assessable: {
            std::string keys;
            for (const std::string& key : r.missing) keys += (keys.empty() ? "" : ", ") + key;
            return keys.empty() ? tr("cannot be assessed")
                                : fill(tr("cannot be assessed: the plan does not give {keys}"), {{"keys", keys}});
        }
    }
    return {};
}

void rule_text(std::string& out, const Rule& rule, const RuleResult* result) {
    const DiagnosticInfo& info = diagnostic_info(rule.diagnostic);
    std::string severity = info.severity == Severity::error ? tr("error") : tr("warning");
    out += std::string(rule.id) + " · " + kind_text(rule.kind) + " · " + severity + " " + std::string(info.code) + "\n";
    out += "  " + std::string(messages_language() == "nn" ? rule.nn : rule.nb) + "\n";
    out += "  " + tr_n("Source:", "Sources:", rule.sources.size()) + "\n";
    for (const RuleSource& s : rule.sources) out += "    " + source_text(s) + "\n";
    if (!result) return;
    out += "  " + fill(tr("Result: {verdict}"), {{"verdict", verdict_text(*result)}}) + "\n";
    for (const RuleFinding& f : result->findings) out += "    - " + f.message + "\n";
    if (const auto& c = result->comparison) {
        // TRANSLATORS: the nursing-home norm against the national median, hours a week per resident.
        out += "  " + fill(tr("The plan's figure: {plan}; the reference: {reference} ({year})"),
                           {{"plan", point_text(c->plan, 2, false)}, {"reference", point_text(c->reference, 2, false)},
                            {"year", c->reference_year}}) + "\n";
    }
    if (result->note) out += "  " + fill(tr("The plan's note: {note}"), {{"note", result->note->note}}) + "\n";
}

}  // namespace

std::string rule_listing_text(const std::vector<RuleResult>* results, const std::vector<std::string>& only) {
    std::string out;
    std::size_t count[4] = {0, 0, 0, 0};
    std::size_t i = 0;
    std::size_t shown = 0;
    for (const Rule& rule : rule_book()) {
        const RuleResult* result = results && i < results->size() ? &(*results)[i] : nullptr;
        ++i;
        if (!only.empty() && std::find(only.begin(), only.end(), rule.id) == only.end()) continue;
        ++shown;
        if (!out.empty()) out += "\n";
        rule_text(out, rule, result);
        if (result) ++count[static_cast<int>(result->verdict)];
    }
    out += "\n";
    if (!results) {
        out += fill(tr_n("{count} rule; give a plan to check it against them", "{count} rules; give a plan to check it against them",
                         shown),
                    {{"count", shown}}) + "\n";
        return out;
    }
    // TRANSLATORS: the last line of legeplan rules PLAN; each {…} is a count of rules.
    out += fill(tr("{met} met, {not_met} not met, {open} cannot be assessed, {out} not in force"),
                {{"met", count[0]}, {"not_met", count[1]}, {"open", count[2]}, {"out", count[3]}}) + "\n";
    return out;
}

}  // namespace legeplan
