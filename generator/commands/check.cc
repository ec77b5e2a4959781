#include "commands/check.h"

#include "figures/assertions.h"
#include "plan/build_model.h"
#include "plan/node_reader.h"
#include "plan/plan_index.h"
#include "plan/validate.h"
#include "text/translate.h"

namespace legeplan {

CheckedPlan check_plan(const std::string& path, const LoadLimits& limits,
                       const FileReader& reader) {
    CheckedPlan out;
    PlanSources sources = load_plan(path, out.files, out.diags, limits, reader);
    if (!sources.main.root) {
        out.unreadable = sources.main.file < 0;
        return out;
    }
    if (const YamlNode& top = *sources.main.root; top.kind != YamlNode::Kind::map) {
        out.not_a_plan = true;
        out.diags.report(DiagnosticKind::wrong_type, top.pos,
                         fill(tr("the file is not a plan: its top level must be a map of keys, starting with "
                                 "'legeplan: 1' and 'plan:', found {found}"),
                              {{"found", describe(top)}}),
                         tr("see docs/format.md, or let legeplan init write a plan to start from"));
        return out;
    }
    out.plan = build_model(sources, out.files, out.diags, limits);
    validate(out.plan, out.diags, /*partial=*/out.diags.has_errors());
    // With a broken reference the sums are wrong in ways the reference error explains, so sums
    // and assertions are checked only for a plan without errors; each cost is checked always.
    bool structurally_valid = !out.diags.has_errors();
    out.complete = structurally_valid;
    PlanIndex index(out.plan);
    out.figures = compute_figures(out.plan, index, out.diags, structurally_valid);
    if (!out.diags.has_errors()) check_assertions(out.plan, index, out.figures, out.diags);
    out.rules = check_rules(out.plan, out.figures, structurally_valid);
    report_findings(out.plan, out.rules, out.diags);
    return out;
}

Outcome outcome_of(const CheckedPlan& checked, bool strict) {
    if (checked.unreadable) return Outcome::bad_usage;
    return checked.usable(strict) ? Outcome::ok : Outcome::invalid_plan;
}

Outcome report_checked(const CheckedPlan& checked, bool strict, std::ostream& err) {
    err << format_diagnostics(checked.diags, checked.files);
    return outcome_of(checked, strict);
}

}  // namespace legeplan
