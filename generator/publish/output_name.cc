#include "publish/output_name.h"

#include <filesystem>

namespace legeplan {

namespace fs = std::filesystem;

std::string output_name(const std::string& plan_path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(plan_path, ec);
    fs::path path = (ec ? fs::path(plan_path) : absolute).lexically_normal();
    if (!path.has_filename()) path = path.parent_path();  // "bergen/plan.yaml/" names the same file
    std::string stem = path.stem().string();
    bool hidden = stem.empty() || stem.front() == '.';
    if (stem == "plan" || hidden) {
        std::string folder = path.parent_path().filename().string();
        if (!folder.empty() && folder != "." && folder != "..") return folder;
    }
    return stem;
}

}  // namespace legeplan
