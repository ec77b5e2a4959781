#include "render/template_dirs.h"

#include <filesystem>

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

}  // namespace legeplan
