#include "plan/revision.h"

#include <filesystem>

#include "publish/process.h"

namespace legeplan {

namespace fs = std::filesystem;

bool GitRevisionReader::read(const std::string& path, std::string& out, std::size_t max_bytes,
                             std::string& error) const {
    // "./" makes git resolve the path from the current folder, as the user typed it.
    std::string relative = fs::path(path).lexically_normal().string();
    ProcessResult run = run_process({"git", "show", revision_ + ":./" + relative}, {}, true);
    if (!run.started) {
        error = "cannot start git (" + run.start_error + ")";
        return false;
    }
    if (run.exit_code != 0) {
        std::string said = run.err.substr(0, run.err.find('\n'));
        error = "git cannot show it" + (said.empty() ? std::string() : " (" + said + ")");
        return false;
    }
    if (run.out.size() > max_bytes) {
        error = "too large";
        return false;
    }
    out = std::move(run.out);
    return true;
}

std::string GitRevisionReader::display(const std::string& path) const {
    return revision_ + ":" + fs::path(path).lexically_normal().string();
}

std::optional<RevisionSpec> parse_revision_spec(const std::string& argument) {
    std::error_code ec;
    if (fs::exists(argument, ec)) return std::nullopt;
    std::size_t colon = argument.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == argument.size()) return std::nullopt;
    return RevisionSpec{argument.substr(0, colon), argument.substr(colon + 1)};
}

}  // namespace legeplan
