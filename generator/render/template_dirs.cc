#include "render/template_dirs.h"

#include <filesystem>
#include <system_error>

namespace legeplan {

namespace fs = std::filesystem;

bool exists_quietly(const fs::path& path) {
    std::error_code ec;
    return fs::exists(path, ec);
}

std::string TemplateDirs::find(const std::string& name) const {
    if (!custom.empty() && exists_quietly(fs::path(custom) / name)) return (fs::path(custom) / name).string();
    return (fs::path(standard) / name).string();
}

InputFile TemplateDirs::locate(const std::string& name) const {
    std::error_code ec;
    if (!custom.empty() && fs::symlink_status(fs::path(custom) / name, ec).type() != fs::file_type::not_found &&
        !ec) {
        return {custom, name};
    }
    return {standard, name};
}

std::string labels_folder(const std::string& custom_templates) {
    if (!custom_templates.empty() && exists_quietly(fs::path(custom_templates) / "labels")) {
        return custom_templates;
    }
    return standard_templates_dir();
}

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

std::string message_catalogs_dir() {
    if (data_root() != LEGEPLAN_SOURCE_DATA_DIR) {
        return (fs::path(data_root()) / ".." / "locale").lexically_normal().string();
    }
    return LEGEPLAN_BUILD_LOCALE_DIR;
}

std::string schema_path() { return (fs::path(data_root()) / "schema" / "legeplan.schema.json").string(); }

}  // namespace legeplan
