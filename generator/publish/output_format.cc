#include "publish/output_format.h"
#include "text/translate.h"

#include <algorithm>
#include <sstream>
#include <filesystem>

namespace legeplan {

const std::vector<OutputFormatInfo>& output_formats() {
    using P = Production;
    static const std::vector<OutputFormatInfo> table = {
        // format               name      suffix           production     writer   label                                         build  diff   report
        {OutputFormat::md,     "md",     ".md",           P::markdown,   "",      gettext_noop("Pandoc Markdown"),                            true,  true,  true},
        {OutputFormat::docx,   "docx",   ".docx",         P::pandoc,     "docx",  gettext_noop("Word document"),                              true,  true,  true},
        {OutputFormat::html,   "html",   ".html",         P::pandoc,     "html5", gettext_noop("one standalone web page"),                    true,  true,  true},
        {OutputFormat::pdf,    "pdf",    ".pdf",          P::libreoffice,"",      gettext_noop("A4 PDF"),                                     true,  true,  true},
        {OutputFormat::xlsx,   "xlsx",   ".xlsx",         P::renderer,   "",      gettext_noop("workbook with live formulas"),                true,  false, true},
        {OutputFormat::budget, "budget", "-budsjett.csv", P::renderer,   "",      gettext_noop("budget lines for import, NAME-budsjett.csv"), true,  false, false},
        {OutputFormat::review, "review", "-lsu.xlsx",     P::renderer,   "",      gettext_noop("LSU's review form, NAME-lsu.xlsx"),            false, false, false},
    };
    return table;
}

const OutputFormatInfo& format_info(OutputFormat format) {
    const std::vector<OutputFormatInfo>& table = output_formats();
    return *std::find_if(table.begin(), table.end(),
                         [format](const OutputFormatInfo& row) { return row.format == format; });
}

std::vector<OutputFormat> formats_where(bool OutputFormatInfo::*column) {
    std::vector<OutputFormat> formats;
    for (const OutputFormatInfo& row : output_formats()) {
        if (column == nullptr || row.*column) formats.push_back(row.format);
    }
    return formats;
}

std::string format_names(const std::vector<OutputFormat>& formats, std::string_view separator,
                         bool with_labels) {
    std::string names;
    for (OutputFormat format : formats) {
        const OutputFormatInfo& row = format_info(format);
        if (!names.empty()) names += separator;
        names += row.name;
        if (with_labels) names += " (" + tr(row.label) + ")";
    }
    return names;
}

bool parse_output_formats(const std::string& text, const std::vector<OutputFormat>& allowed,
                          std::vector<OutputFormat>& formats, std::string& error) {
    std::stringstream list(text);
    std::string name;
    while (std::getline(list, name, ',')) {
        auto known = std::find_if(allowed.begin(), allowed.end(),
                                  [&name](OutputFormat f) { return format_info(f).name == name; });
        if (known == allowed.end()) {
            error = fill(tr("unknown format '{format}' (formats: {formats})"),
                         {{"format", name}, {"formats", format_names(allowed, ", ")}});
            return false;
        }
        if (std::find(formats.begin(), formats.end(), *known) == formats.end()) formats.push_back(*known);
    }
    return true;
}

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
