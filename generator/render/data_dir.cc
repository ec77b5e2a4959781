#include "render/data_dir.h"

#include <filesystem>
#include <system_error>

namespace legeplan {

namespace fs = std::filesystem;

std::string data_root_for(const std::string& exe_path, const std::string& source_root) {
    if (!exe_path.empty()) {
        // The same relative place as the install() rules in CMakeLists.txt: bin/ and share/legeplan/.
        fs::path installed = fs::path(exe_path).parent_path() / ".." / "share" / "legeplan";
        std::error_code ec;
        if (fs::is_directory(installed, ec)) return installed.lexically_normal().string();
    }
    return source_root;
}

const std::string& data_root() {
    static const std::string root = [] {
        std::error_code ec;
        // Linux names the running binary here, whatever it was started as (a symlink, a relative path).
        fs::path exe = fs::read_symlink("/proc/self/exe", ec);
        return data_root_for(ec ? std::string() : exe.string(), LEGEPLAN_SOURCE_DATA_DIR);
    }();
    return root;
}

std::string standard_templates_dir() { return (fs::path(data_root()) / "templates").string(); }

std::string schema_path() { return (fs::path(data_root()) / "schema" / "legeplan.schema.json").string(); }

}  // namespace legeplan
