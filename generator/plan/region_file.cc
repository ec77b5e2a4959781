#include "plan/region_file.h"

#include <filesystem>

#include "plan/format_spec.h"
#include "plan/load.h"
#include "plan/node_reader.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// A plan file, or a folder with its own plan.yaml or one in a folder directly inside it.
bool names_plans(const fs::path& path) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return true;
    if (!fs::is_directory(path, ec)) return false;
    if (fs::is_regular_file(path / "plan.yaml", ec)) return true;
    for (const fs::directory_entry& entry : fs::directory_iterator(path, ec)) {
        if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "plan.yaml", ec)) return true;
    }
    return false;
}

void read_plans(const NodePtr& list, const fs::path& folder, NodeReader& read, RegionFile& region,
                Diagnostics& diags) {
    if (!read.is_list(list, "plans")) return;
    if (list->items.empty()) {
        diags.report(DiagnosticKind::missing_key, list->pos, tr("the region file lists no plans under 'plans'"),
                     tr("name each plan's file or folder, relative to the region file: '- bratteli'"));
    }
    for (const NodePtr& item : list->items) {
        auto written = read.text(item, "plans", gettext_noop("a path"));
        if (!written) continue;
        fs::path path = folder / *written;
        if (written->empty() || fs::path(*written).is_absolute()) {
            diags.report(DiagnosticKind::path_outside_plan, item->pos,
                         fill(tr("'{path}' must be a path relative to the region file's folder"), {{"path", *written}}),
                         tr("write the way from the region file's folder to the plan, such as 'bratteli' or '../bergen'"));
        } else if (!names_plans(path)) {
            diags.report(DiagnosticKind::region_plan_missing, item->pos,
                         fill(tr("'{path}' is no plan file and no folder holding plans"), {{"path", *written}}),
                         tr("give a plan.yaml, or a folder holding plan.yaml or folders with one"));
        } else {
            region.plans.push_back({path.lexically_normal().string(), item->pos});
        }
    }
}

}  // namespace

bool looks_like_region_file(const std::string& path) {
    SourceFiles files;
    Diagnostics diags;
    LoadedFile loaded = load_yaml_file(path, files, diags, {}, {}, filesystem_reader(), nullptr, "region file");
    if (!loaded.root || loaded.root->kind != YamlNode::Kind::map) return false;
    bool region = false;
    for (const auto& [key, value] : loaded.root->entries) {
        if (key->value == "legeplan" || key->value == "plan") return false;
        region = region || key->value == "region";
    }
    return region;
}

RegionFile load_region_file(const std::string& path, SourceFiles& files, Diagnostics& diags) {
    RegionFile region;
    LoadedFile loaded = load_yaml_file(path, files, diags, {}, {}, filesystem_reader(), nullptr, "region file");
    NodeReader read(diags);
    if (!loaded.root || !read.is_map(loaded.root, tr("a region file"))) return region;
    Fields f(*loaded.root, tr("the region file"), object_spec(ObjectKind::region_file), diags);
    if (NodePtr n = f.require("region")) {
        if (auto name = read.text(n, "region")) region.name = *name;
    }
    if (NodePtr n = f.get("title")) {
        if (auto title = read.text(n, "title")) region.title = *title;
    }
    if (NodePtr n = f.get("date")) region.date = read.date(n, "date", false);
    if (NodePtr n = f.require("year")) {
        if (auto year = read.year(n, "year")) region.year = *year;
    }
    fs::path folder = fs::path(path).parent_path();
    if (folder.empty()) folder = ".";
    if (NodePtr n = f.require("plans")) read_plans(n, folder, read, region, diags);
    return region;
}

}  // namespace legeplan
