#include <catch2/catch.hpp>

#include <filesystem>

#include "plan/region_file.h"
#include "test_util.h"

using namespace legeplan;

namespace {

struct Read {
    RegionFile region;
    Diagnostics diags;
    SourceFiles files;
};

Read read(const test::TempDir& dir, const std::string& text) {
    Read r;
    r.region = load_region_file(dir.write("region.yaml", text), r.files, r.diags);
    return r;
}

std::string messages(const Read& r) {
    std::string all;
    for (const Diagnostic& d : r.diags.all()) {
        all += std::string(d.code()) + " " + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " +
               d.message + "\n";
    }
    return all;
}

}  // namespace

TEST_CASE("a region file gives the region, title, date, year and its plans, as paths from its folder") {
    test::TempDir dir;
    dir.write("a/plan.yaml", "legeplan: 1\n");
    dir.write("fylke/b/plan.yaml", "legeplan: 1\n");
    dir.write("c.yaml", "legeplan: 1\n");
    Read r = read(dir, "region: Vest\ntitle: Oversikt\ndate: 2026-12-01\nyear: 2027\nplans: [a, fylke, a/../c.yaml]\n");
    INFO(messages(r));
    REQUIRE_FALSE(r.diags.has_errors());
    CHECK(r.region.name == "Vest");
    CHECK(r.region.title == "Oversikt");
    REQUIRE(r.region.date);
    CHECK(r.region.date->day == 1);
    CHECK(r.region.year == 2027);
    REQUIRE(r.region.plans.size() == 3);
    CHECK(r.region.plans[0].path == dir.path() + "/a");
    CHECK(r.region.plans[1].path == dir.path() + "/fylke");  // a folder of plans' folders
    CHECK(r.region.plans[2].path == dir.path() + "/c.yaml");
    CHECK(r.region.plans[2].pos.line == 5);
    CHECK(looks_like_region_file(dir.path() + "/region.yaml"));
    CHECK_FALSE(looks_like_region_file(dir.path() + "/c.yaml"));
}

TEST_CASE("a region file's plans are relative paths naming plans, inside its folder or not") {
    test::TempDir outside;
    outside.write("plan.yaml", "legeplan: 1\n");
    test::TempDir dir;
    dir.write("tom/notat.txt", "x");
    std::filesystem::create_directory_symlink(outside.path(), dir.path() + "/lenke");
    std::string up = std::filesystem::relative(outside.path(), dir.path()).string();
    Read r = read(dir, "region: Vest\nyear: 2027\nplans:\n  - ../x\n  - lenke\n  - tom\n  - /etc\n  - ''\n  - " +
                           up + "\n");
    CHECK(messages(r) ==
          "E051 4:5 '../x' is no plan file and no folder holding plans\n"
          "E051 6:5 'tom' is no plan file and no folder holding plans\n"
          "E019 7:5 '/etc' must be a path relative to the region file's folder\n"
          "E019 8:5 '' must be a path relative to the region file's folder\n");
    REQUIRE(r.region.plans.size() == 2);
    CHECK(r.region.plans[0].path == dir.path() + "/lenke");
    CHECK(r.region.plans[1].path == (std::filesystem::path(dir.path()) / up).lexically_normal().string());
}

TEST_CASE("a region file without plans, or with a year out of range, is reported") {
    test::TempDir dir;
    Read r = read(dir, "region: Vest\nyear: 2100\nplans: []\n");
    CHECK(messages(r) ==
          "E016 2:7 year must be a year from 1980 to 2099, found '2100'\n"
          "E012 3:8 the region file lists no plans under 'plans'\n");
}
