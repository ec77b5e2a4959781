#include "plan/check.h"

#include "plan/build_model.h"
#include "plan/validate.h"

namespace legeplan {

CheckedPlan check_plan(const std::string& path, const LoadLimits& limits,
                       const FileReader& reader) {
    CheckedPlan out;
    PlanSources sources = load_plan(path, out.files, out.diags, limits, reader);
    if (!sources.main.root) return out;
    out.plan = build_model(sources, out.files, out.diags, limits);
    validate(out.plan, out.diags, /*partial=*/out.diags.has_errors());
    return out;
}

}  // namespace legeplan
