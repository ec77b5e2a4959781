#include "commands/plan_arguments.h"

#include <algorithm>
#include <filesystem>

#include "text/terminal_text.h"
#include "text/translate.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// A folder's own plan.yaml, then those of its subfolders in name order; empty when it has none.
std::vector<std::string> plans_in(const fs::path& folder) {
    std::vector<std::string> found;
    std::error_code ec;
    if (fs::is_regular_file(folder / "plan.yaml", ec)) found.push_back((folder / "plan.yaml").string());
    std::vector<std::string> below;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec)) {
        fs::path plan = entry.path() / "plan.yaml";
        if (entry.is_directory(ec) && fs::is_regular_file(plan, ec)) below.push_back(plan.string());
    }
    std::sort(below.begin(), below.end());
    found.insert(found.end(), below.begin(), below.end());
    return found;
}

}  // namespace

bool plan_files(const std::vector<std::string>& arguments, std::vector<std::string>& plans, std::ostream& err) {
    for (const std::string& argument : arguments) {
        std::error_code ec;
        if (fs::is_directory(argument, ec)) {
            std::vector<std::string> found = plans_in(argument);
            if (found.empty()) {
                err << fill(tr("legeplan: error: no plan.yaml in {folder} or its subfolders"),
                            {{"folder", shown_path(argument)}})
                    << "\n";
                return false;
            }
            plans.insert(plans.end(), found.begin(), found.end());
        } else if (fs::exists(argument, ec)) {
            plans.push_back(argument);
        } else {
            err << fill(tr("legeplan: error: no such plan: {plan}"), {{"plan", shown_path(argument)}}) << "\n";
            return false;
        }
    }
    return true;
}

}  // namespace legeplan
