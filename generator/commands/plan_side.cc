#include "commands/plan_side.h"

#include "plan/revision.h"

namespace legeplan {

std::unique_ptr<PlanSide> load_plan_side(const std::string& argument, std::ostream& err) {
    auto side = std::make_unique<PlanSide>();
    side->path = argument;
    const FileReader* reader = &filesystem_reader();
    if (auto spec = parse_revision_spec(argument)) {
        side->git = std::make_unique<GitRevisionReader>(spec->revision);
        side->path = spec->path;
        reader = side->git.get();
    }
    side->checked = check_plan(side->path, {}, *reader);
    err << format_diagnostics(side->checked.diags, side->checked.files);
    return side;
}

}  // namespace legeplan
