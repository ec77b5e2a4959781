#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "commands/publication.h"
#include "render/template_dirs.h"
#include "test_util.h"

using namespace legeplan;
namespace fs = std::filesystem;

namespace {

using test::listing;
using test::read_file;

// A command's publication of Markdown and a workbook, into folder; describe and write as given.
struct Command {
    Plan plan;
    OutputOptions options;
    SourceFiles files;
    std::ostringstream out;
    std::ostringstream err;

    explicit Command(const std::string& folder) {
        plan.meta.date = {2026, 10, 15, {}};
        options.out_dir = folder;
        options.formats = {OutputFormat::md, OutputFormat::xlsx};
    }
    DescribeDocument document(const std::string& markdown, const std::string& label = "") {
        return [this, markdown, label](const Labels& labels, Document& d, Diagnostics&) {
            d.plan = &plan;
            d.name = "plan";
            d.markdown = markdown;
            if (!label.empty()) d.title = labels.get(label);
            return true;
        };
    }
    Outcome publish(const DescribeDocument& describe, const WriteFormat& write) {
        return publish_document(options, Language::nb, files, describe, write, out, err);
    }
};

WriteFormat writes(const std::string& text, const std::string& label = "") {
    return [text, label](const Labels& labels, OutputFormat, const std::string& path, std::string&) {
        if (!label.empty()) labels.get(label);
        std::ofstream(path, std::ios::binary) << text;
        return true;
    };
}

}  // namespace

TEST_CASE("publish_document: the command's own format is written beside the Markdown", "[publication]") {
    test::TempDir dir;
    Command command(dir.path());
    REQUIRE(command.publish(command.document("# Plan\n"), writes("workbook")) == Outcome::ok);
    CHECK(command.out.str() == dir.path() + "/plan.xlsx\n" + dir.path() + "/plan.md\n");
    CHECK(command.err.str().empty());
    CHECK(read_file(dir.path() + "/plan.xlsx") == "workbook");
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.md", "plan.xlsx"});
}

TEST_CASE("publish_document: a renderer's failure is reported once, and earlier outputs stay", "[publication]") {
    test::TempDir dir;
    Command first(dir.path());
    REQUIRE(first.publish(first.document("# Old\n"), writes("old workbook")) == Outcome::ok);
    Command second(dir.path());
    auto failing = [](const Labels&, OutputFormat, const std::string& path, std::string& error) {
        std::ofstream(path, std::ios::binary) << "half";
        error = "disk full";
        return false;
    };
    CHECK(second.publish(second.document("# New\n"), failing) == Outcome::output_failed);
    CHECK(second.err.str() == "legeplan: error: xlsx failed: disk full\n");
    CHECK(second.out.str().empty());
    CHECK(read_file(dir.path() + "/plan.md") == "# Old\n");
    CHECK(read_file(dir.path() + "/plan.xlsx") == "old workbook");
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.md", "plan.xlsx"});
}

TEST_CASE("publish_document: a label missing is reported once, asked for by the document or a renderer",
          "[publication]") {
    test::TempDir dir;
    std::string expected = "legeplan: error: label 'no_such_word' is missing from " + standard_templates_dir() +
                           "/labels/nb.yaml\n";
    Command document(dir.path());
    CHECK(document.publish(document.document("# Plan\n", "no_such_word"), writes("workbook")) == Outcome::output_failed);
    CHECK(document.err.str() == expected);
    Command renderer(dir.path());
    CHECK(renderer.publish(renderer.document("# Plan\n"), writes("workbook", "no_such_word")) == Outcome::output_failed);
    CHECK(renderer.err.str() == expected);
    CHECK(listing(dir.path()).empty());
}

TEST_CASE("publish_document: without an output folder the document is described and nothing written",
          "[publication]") {
    test::TempDir dir;
    Command command("");
    bool described = false;
    auto describe = [&](const Labels&, Document&, Diagnostics&) { return described = true; };
    CHECK(command.publish(describe, writes("workbook")) == Outcome::ok);
    CHECK(described);
    CHECK(command.out.str().empty());
    CHECK(command.err.str().empty());
}
