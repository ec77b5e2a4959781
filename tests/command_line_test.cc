// Where a command writes when -o is not given, and the options each plan of a build gets.
#include <catch2/catch.hpp>

#include "commands/command_line.h"
#include "commands/plan_build.h"
#include "test_util.h"

using namespace legeplan;

TEST_CASE("without -o the outputs go to utdata beside the plan") {
    CHECK(output_folder_beside("plans/bergen/plan.yaml") == "plans/bergen/utdata");
    CHECK(output_folder_beside("/srv/planer/voss/utkast.yaml") == "/srv/planer/voss/utdata");
    CHECK(output_folder_beside("plan.yaml") == "utdata");
}

TEST_CASE("overview without -o: utdata in the folder given, or beside the plan file given") {
    test::TempDir dir;
    CHECK(output_folder_of_argument(dir.path()) == dir.path() + "/utdata");
    CHECK(output_folder_of_argument(dir.path() + "/a/plan.yaml") == dir.path() + "/a/utdata");
}

TEST_CASE("for_plan: each plan's own default folder, or the one -o names for all") {
    BuildOptions each;
    BuildOptions a = for_plan(each, "a/plan.yaml");
    CHECK(a.plan_path == "a/plan.yaml");
    CHECK(a.output.out_dir == "a/utdata");
    CHECK(a.output.default_folder);
    CHECK(for_plan(a, "b/plan.yaml").output.out_dir == "a/utdata");  // already resolved: kept
    each.output.out_dir = "ut";
    BuildOptions b = for_plan(each, "b/plan.yaml");
    CHECK(b.output.out_dir == "ut");
    CHECK_FALSE(b.output.default_folder);
}
