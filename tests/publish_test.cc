#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>

#include "publish/output.h"
#include "publish/publish.h"
#include "test_util.h"

using namespace legeplan;
namespace fs = std::filesystem;

namespace {

using test::listing;
using test::read_file;

// Writes a format of our own renderers into the path Publishing gives; returns the failure, or "".
using Writer = std::function<std::string(const std::string& path)>;

// A publication of Markdown and a workbook written by `workbook` (no Pandoc involved), as a
// command publishes it: prepared, the workbook written, finished.
struct Run {
    Plan plan;
    Publication publication;
    Writer workbook;
    std::ostringstream out;
    std::ostringstream err;

    Run(const std::string& folder, const std::string& markdown, Writer writer) : workbook(std::move(writer)) {
        plan.meta.date = {2026, 10, 15, {}};
        publication.plan = &plan;
        publication.out_dir = folder;
        publication.name = "plan";
        publication.markdown = markdown;
        publication.formats = {OutputFormat::md, OutputFormat::xlsx};
    }
    bool go() {
        Publishing publishing(publication);
        if (!publishing.prepare(err)) return false;
        if (!workbook(publishing.path(OutputFormat::xlsx)).empty()) return false;  // the command reports it
        return publishing.finish(out, err);
    }
};

Writer writes(const std::string& text) {
    return [text](const std::string& path) {
        std::ofstream(path, std::ios::binary) << text;
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
    CHECK(read_file(path) == "second");
    CHECK(listing(dir.path()) == std::vector<std::string>{"out.txt"});
}

TEST_CASE("publish: every format is written and named", "[publish]") {
    test::TempDir dir;
    Run run(dir.path(), "# Plan\n", writes("workbook"));
    REQUIRE(run.go());
    CHECK(read_file(dir.path() + "/plan.md") == "# Plan\n");
    CHECK(read_file(dir.path() + "/plan.xlsx") == "workbook");
    CHECK(run.out.str() == dir.path() + "/plan.xlsx\n" + dir.path() + "/plan.md\n");
    CHECK(run.err.str().empty());
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.md", "plan.xlsx"});
}

TEST_CASE("publish: a failing format leaves every earlier output as it was", "[publish]") {
    test::TempDir dir;
    Run first(dir.path(), "# Old\n", writes("old workbook"));
    REQUIRE(first.go());
    Run second(dir.path(), "# New\n", [](const std::string& path) {
        std::ofstream(path, std::ios::binary) << "half";
        return std::string("disk full");
    });
    CHECK_FALSE(second.go());
    CHECK(second.err.str().empty());
    CHECK(second.out.str().empty());
    CHECK(read_file(dir.path() + "/plan.md") == "# Old\n");
    CHECK(read_file(dir.path() + "/plan.xlsx") == "old workbook");
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.md", "plan.xlsx"});
}

TEST_CASE("publish: an output that would write over an input is refused", "[publish]") {
    test::TempDir dir;
    std::string input = dir.write("plan.md", "the plan's own text\n");
    Run run(dir.path(), "# Rendered\n", writes("workbook"));
    run.publication.inputs = {input};
    CHECK_FALSE(run.go());
    CHECK(run.err.str() == "legeplan: error: refusing to write over " + input + ", which this run reads\n");
    CHECK(read_file(input) == "the plan's own text\n");
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.md"});
}

TEST_CASE("publish: the look's files count as read: a reference document is never written over", "[publish]") {
    test::TempDir dir;
    std::string reference = dir.write("plan.xlsx", "the municipality's own file\n");
    Run run(dir.path(), "# Rendered\n", writes("workbook"));
    run.publication.reference_doc = {"", reference};
    CHECK_FALSE(run.go());
    CHECK(run.err.str() == "legeplan: error: refusing to write over " + dir.path() + "/plan.xlsx, which this run reads\n");
    CHECK(read_file(reference) == "the municipality's own file\n");
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.xlsx"});
}

TEST_CASE("publish: a folder in the way is found before anything is written", "[publish]") {
    test::TempDir dir;
    Run first(dir.path(), "# Old\n", writes("old workbook"));
    REQUIRE(first.go());
    fs::remove(dir.path() + "/plan.xlsx");
    fs::create_directories(dir.path() + "/plan.xlsx/inside");
    Run second(dir.path(), "# New\n", writes("new workbook"));
    CHECK_FALSE(second.go());
    CHECK(second.err.str() == "legeplan: error: a folder is in the way of " + dir.path() +
                                  "/plan.xlsx; move it, or build into another folder\n");
    CHECK(read_file(dir.path() + "/plan.md") == "# Old\n");
    CHECK(listing(dir.path()) == std::vector<std::string>{"plan.md", "plan.xlsx"});
}

TEST_CASE("publish: a stylesheet or HTML template that loads anything is refused, located", "[publish]") {
    test::TempDir dir;
    Run run(dir.path(), "# Plan\n", writes("workbook"));
    run.publication.css = {"", dir.write("look/kommune.css", "body { color: black; }\nh1 { background: u\\72l(/etc/hostname) }\n")};
    CHECK_FALSE(run.go());
    CHECK(run.err.str() == dir.path() + "/look/kommune.css:2:18: error: the stylesheet may load nothing, and here it names 'url('\n"
                           "    hint: legeplan puts everything a document shows into it; give pictures in the plan's folder "
                           "and write their styles without @import or url()\n");
    CHECK(listing(dir.path()) == std::vector<std::string>{"look"});

    Run page(dir.path(), "# Plan\n", writes("workbook"));
    page.publication.html_template = {dir.path() + "/look", "plan.html5"};
    dir.write("look/plan.html5", "<html><body>$body$\n<img alt=\"\" src=\"http://127.0.0.1:9/x.png\"></body></html>\n");
    CHECK_FALSE(page.go());
    CHECK(page.err.str().rfind(dir.path() + "/look/plan.html5:2:13: error: the HTML template may load nothing, and here it names 'src='\n", 0) == 0);
}

TEST_CASE("publish: a look file that is a link out of its templates folder is not read", "[publish]") {
    test::TempDir dir;
    dir.write("secret.css", "body { color: red }\n");
    fs::create_directories(dir.path() + "/look");
    fs::create_symlink("../secret.css", dir.path() + "/look/plan.css");
    Run run(dir.path() + "/out", "# Plan\n", writes("workbook"));
    run.publication.css = {dir.path() + "/look", "plan.css"};
    CHECK_FALSE(run.go());
    CHECK(run.err.str() == "legeplan: error: cannot read the stylesheet " + dir.path() +
                               "/look/plan.css: it leads out of the folder\n");
    CHECK(listing(dir.path() + "/out").empty());
}

TEST_CASE("place_all: a rename that fails midway puts every earlier file back", "[publish]") {
    test::TempDir dir;
    std::string a = dir.write("out/a.txt", "old a");
    std::string c = dir.path() + "/out/c.txt";  // new: none before
    dir.write("work/a.txt", "new a");
    dir.write("work/c.txt", "new c");
    // The third rename fails: b's new file is missing.
    std::string b = dir.write("out/b.txt", "old b");
    std::vector<Placement> files = {{dir.path() + "/work/a.txt", a},
                                    {dir.path() + "/work/c.txt", c},
                                    {dir.path() + "/work/b.txt", b}};
    bool keep = true;
    std::string failure = place_all(files, dir.path() + "/work", keep);
    CHECK(failure == "cannot move the finished file into place as " + b +
                         ": No such file or directory; every earlier output is as it was");
    CHECK_FALSE(keep);
    CHECK(read_file(a) == "old a");
    CHECK(read_file(b) == "old b");
    CHECK_FALSE(fs::exists(c));
    CHECK(listing(dir.path() + "/out") == std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("write_temporary_beside: a link planted where temporary files go is never written through", "[publish]") {
    test::TempDir dir;
    std::string target = dir.write("outside/victim.txt", "precious");
    // Every name a temporary file could get cannot be planted, but any one planted is left
    // alone: the temporary file gets a name of its own, created exclusively.
    for (char c : std::string("abcdefghij")) {
        fs::create_symlink(target, dir.path() + "/.plan.md.tmp-" + std::string(6, c));
    }
    std::string error;
    REQUIRE(write_file_atomically(dir.path() + "/plan.md", "text", error));
    CHECK(read_file(target) == "precious");
    CHECK(read_file(dir.path() + "/plan.md") == "text");
    CHECK(fs::is_symlink(dir.path() + "/.plan.md.tmp-aaaaaa"));
}
