#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "publish/output.h"
#include "publish/publish.h"
#include "test_util.h"

using namespace legeplan;
namespace fs = std::filesystem;

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> listing(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename());
    std::sort(names.begin(), names.end());
    return names;
}

// A publication of Markdown and a workbook written by `workbook` (no Pandoc involved).
struct Run {
    Plan plan;
    Publication publication;
    std::ostringstream out;
    std::ostringstream err;

    Run(const std::string& folder, const std::string& markdown, Producer workbook) {
        plan.meta.date = {2026, 10, 15, {}};
        publication.plan = &plan;
        publication.out_dir = folder;
        publication.name = "plan";
        publication.markdown = markdown;
        publication.formats = {OutputFormat::md, OutputFormat::xlsx};
        publication.other = std::move(workbook);
    }
    bool go() { return publish(publication, out, err); }
};

Producer writes(const std::string& text) {
    return [text](OutputFormat, const std::string& tmp) {
        std::ofstream(tmp, std::ios::binary) << text;
        return std::string();
    };
}

}  // namespace

TEST_CASE("publish: a file is written whole through a temporary file", "[publish]") {
    test::TempDir dir;
    std::string path = dir.path() + "/out.txt";
    std::string error;
    REQUIRE(write_file_atomically(path, "first", error));
    REQUIRE(write_file_atomically(path, "second", error));
    CHECK(read(path) == "second");
    CHECK(listing(dir.path()) == std::vector<std::string>{"out.txt"});
}

TEST_CASE("publish: every format is written and named", "[publish]") {
    test::TempDir dir;
    Run run(dir.path(), "# Plan\n", writes("workbook"));
    REQUIRE(run.go());
    CHECK(read(dir.path() + "/plan.md") == "# Plan\n");
    CHECK(read(dir.path() + "/plan.xlsx") == "workbook");
    CHECK(run.out.str() == dir.path() + "/plan.xlsx\n" + dir.path() + "/plan.md\n");
    CHECK(run.err.str().empty());
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.md", "plan.xlsx"});
}

TEST_CASE("publish: a failing format leaves every earlier output as it was", "[publish]") {
    test::TempDir dir;
    Run first(dir.path(), "# Old\n", writes("old workbook"));
    REQUIRE(first.go());
    Run second(dir.path(), "# New\n", [](OutputFormat, const std::string& tmp) {
        std::ofstream(tmp, std::ios::binary) << "half";
        return std::string("disk full");
    });
    CHECK_FALSE(second.go());
    CHECK(second.err.str() == "legeplan: error: xlsx failed: disk full\n");
    CHECK(second.out.str().empty());
    CHECK(read(dir.path() + "/plan.md") == "# Old\n");
    CHECK(read(dir.path() + "/plan.xlsx") == "old workbook");
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.md", "plan.xlsx"});
}

TEST_CASE("publish: an output that would write over an input is refused", "[publish]") {
    test::TempDir dir;
    std::string input = dir.write("plan.md", "the plan's own text\n");
    Run run(dir.path(), "# Rendered\n", writes("workbook"));
    run.publication.inputs = {input};
    CHECK_FALSE(run.go());
    CHECK(run.err.str() == "legeplan: error: md failed: refusing to write over " + input +
                               ", which this build reads\n");
    CHECK(read(input) == "the plan's own text\n");
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.md"});
}
