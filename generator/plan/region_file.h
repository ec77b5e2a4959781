// A region file (region.yaml): what a regional overview is of — the region's name, the
// overview's title and date, the one year it shows, and the municipalities' plans, as paths
// relative to the region file. It is read through the same YAML loader and limits as a plan,
// every error a diagnostic with its position. Its plan paths are the coordinator's own list, as on
// the command line, and may lead out of its folder ("../../plans/bergen"); each plan is then held
// to its own folder as any plan is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "plan/diag.h"
#include "plan/model.h"

namespace legeplan {

struct RegionPlanPath {
    std::string path;  // the region file's folder joined with the path as written
    SourcePos pos;     // where the region file names it
};

struct RegionFile {
    std::string name;                // "Vestre Viken"
    std::string title;               // empty: the overview's usual title
    std::optional<Date> date;        // none: the newest of the plans' dates
    int year = 0;
    std::vector<RegionPlanPath> plans;  // in the order written, each a plan file or a folder of plans
};

// Whether a map's keys make it a region file rather than a plan: it names `region` and not
// `legeplan` or `plan`.
bool looks_like_region_file(const std::string& path);

// Reads path into a region file, reporting every error to diags (the file added to files).
// Each plan path must be relative (so the region file works wherever its folder is copied with
// the plans beside it) and name a plan file or a folder with plans (its plan.yaml, or one in a folder inside it).
RegionFile load_region_file(const std::string& path, SourceFiles& files, Diagnostics& diags);

}  // namespace legeplan
