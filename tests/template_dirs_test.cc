#include <catch2/catch.hpp>

#include <filesystem>

#include "render/template_dirs.h"
#include "render/labels.h"
#include "test_util.h"

using namespace legeplan;

namespace fs = std::filesystem;

TEST_CASE("data_dir: an installed binary reads share/legeplan beside its bin folder", "[data_dir]") {
    test::TempDir prefix;
    fs::create_directories(fs::path(prefix.path()) / "bin");
    fs::create_directories(fs::path(prefix.path()) / "share" / "legeplan" / "templates");
    std::string exe = (fs::path(prefix.path()) / "bin" / "legeplan").string();
    CHECK(data_root_for(exe, "/src/legeplan") == (fs::path(prefix.path()) / "share" / "legeplan").string());
}

TEST_CASE("data_dir: without share/legeplan beside it, the source tree", "[data_dir]") {
    test::TempDir build;
    std::string exe = (fs::path(build.path()) / "legeplan").string();
    CHECK(data_root_for(exe, "/src/legeplan") == "/src/legeplan");
    CHECK(data_root_for("", "/src/legeplan") == "/src/legeplan");
}

TEST_CASE("data_dir: a file named share/legeplan is not a data folder", "[data_dir]") {
    test::TempDir prefix;
    fs::create_directories(fs::path(prefix.path()) / "bin");
    prefix.write("share/legeplan", "");
    CHECK(data_root_for((fs::path(prefix.path()) / "bin" / "legeplan").string(), "/src/legeplan") == "/src/legeplan");
}

TEST_CASE("data_dir: the test binary, run from the build folder, reads the source tree", "[data_dir]") {
    CHECK(data_root() == LEGEPLAN_SOURCE_DIR);
    CHECK(standard_templates_dir() == std::string(LEGEPLAN_SOURCE_DIR) + "/templates");
    CHECK(schema_path() == std::string(LEGEPLAN_SOURCE_DIR) + "/schema/legeplan.schema.json");
}

TEST_CASE("labels: a folder's own label file changes its words, and every word it lacks is ours", "[data_dir]") {
    test::TempDir dir;
    dir.write("labels/nn.yaml", "key_figures_title: Tal og fakta\nkind_gps: Fastlegar i kommunen\n");
    Labels labels;
    SourceFiles files;
    Diagnostics diags;
    REQUIRE(load_labels(dir.path(), Language::nn, labels, files, diags));
    CHECK(labels.get("key_figures_title") == "Tal og fakta");
    CHECK(labels.get("kind_gps") == "Fastlegar i kommunen");
    CHECK(labels.get("overview_figure_plans_row") == "Kommunar med talet");  // ours, in nynorsk
    CHECK(labels.source == dir.path() + "/labels/nn.yaml");
    CHECK_THROWS_WITH(labels.get("no_such_word"),
                      "label 'no_such_word' is missing from " + dir.path() + "/labels/nn.yaml");

    // A wrong type in the own file is still reported, located in that file.
    dir.write("labels/nn.yaml", "key_figures_title: [Tal, fakta]\n");
    Diagnostics wrong;
    CHECK_FALSE(load_labels(dir.path(), Language::nn, labels, files, wrong));
    REQUIRE(wrong.sorted().size() == 1);
    CHECK(files.path(wrong.sorted().front().pos.file) == dir.path() + "/labels/nn.yaml");
}
