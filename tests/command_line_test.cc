// Where a command writes when -o is not given, the options each plan of a build gets, and the
// command-line parser's errors said again in the user's language.
#include <catch2/catch.hpp>

#include "commands/command_line.h"
#include "commands/plan_build.h"
#include "commands/usage_errors.h"
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

TEST_CASE("CLI11's errors keep their English words, and a sentence of an unknown shape is passed on") {
    // The tests run with English messages: the catalogs' own words, CLI11's but for two.
    CHECK(usage_error_text("--year: Value abc not in range 1980 to 2099") == "--year: Value abc not in range 1980 to 2099");
    CHECK(usage_error_text("--diagnostics: xml not in {text,json,sarif}") == "--diagnostics: xml not in {text,json,sarif}");
    CHECK(usage_error_text("--year: 1 required INT:INT in [1980 - 2099] missing") == "--year needs a value");
    CHECK(usage_error_text("PLAN is required") == "PLAN is required");
    CHECK(usage_error_text("A subcommand is required") == "A subcommand is required");
    CHECK(usage_error_text("The following argument was not expected: --x") == "The following argument was not expected: --x");
    CHECK(usage_error_text("The following arguments were not expected: --x --y") ==
          "The following arguments were not expected: --x --y");
    CHECK(usage_error_text("Could not convert: --year = x") == "Could not convert: --year = x");
}
