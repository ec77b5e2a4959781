#include <catch2/catch.hpp>

#include <filesystem>

#include "publish/file_watch.h"
#include "test_util.h"

using namespace legeplan;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

constexpr milliseconds kSettle{20};
constexpr milliseconds kSoon{3000};   // what must wake a wait does so well within this
constexpr milliseconds kQuiet{400};   // what must not wake one has had time to, by then

using Paths = std::vector<std::string>;

}  // namespace

TEST_CASE("file watch: its own outputs wake nobody, an input beside them does", "[watch]") {
    test::TempDir dir;
    std::string plan = dir.write("plan.yaml", "a");
    std::string html = dir.path() + "/p.html";
    FileWatch watch;
    REQUIRE(watch.ok());
    watch.ignore_own({html});
    watch.watch({plan}, {dir.path()});  // the output folder is the templates folder, as with `-o . --templates .`

    // Written as publish writes: a hidden temporary file, renamed into place.
    dir.write(".p.html.tmp-123-0.html", "<p>");
    fs::rename(dir.path() + "/.p.html.tmp-123-0.html", html);
    dir.write(".p.html.tmp-X7Yq2z.html", "<p>");  // whatever the temporary name's suffix
    fs::remove(dir.path() + "/.p.html.tmp-X7Yq2z.html");
    CHECK(watch.wait(kSettle, kQuiet).empty());

    dir.write("plan.yaml", "b");
    CHECK(watch.wait(kSettle, kSoon).files == Paths{plan});
    dir.write("plan.css", "body {}");  // a new template: any file of the templates folder is
    CHECK(watch.wait(kSettle, kSoon).files == Paths{dir.path() + "/plan.css"});
}

TEST_CASE("file watch: a file the build reads wakes it even when named as an output", "[watch]") {
    test::TempDir dir;
    std::string text = dir.write("out/tekst.md", "a");
    FileWatch watch;
    REQUIRE(watch.ok());
    watch.ignore_own({text, dir.path() + "/out/p.html"});
    watch.watch({text}, {});
    dir.write("out/tekst.md", "b");
    CHECK(watch.wait(kSettle, kSoon).files == Paths{text});
    dir.write("out/p.html", "<p>");  // not watched one by one, in no whole folder
    CHECK(watch.wait(kSettle, kQuiet).empty());
}

TEST_CASE("file watch: a folder deleted is reported gone, and watched again when back", "[watch]") {
    test::TempDir dir;
    std::string plan = dir.write("p/plan.yaml", "a");
    std::string text = dir.write("p/tekst/bakgrunn.md", "a");
    FileWatch watch;
    REQUIRE(watch.ok());
    watch.watch({plan, text}, {});

    fs::remove_all(dir.path() + "/p");
    WatchChanges changes = watch.wait(kSettle, kSoon);
    CHECK(changes.files == Paths{plan, text});
    CHECK(changes.gone == Paths{dir.path() + "/p"});  // the topmost only
    CHECK(changes.back.empty());
    CHECK(watch.folder_gone(plan));
    CHECK(watch.wait(kSettle, kQuiet).empty());

    dir.write("p/plan.yaml", "b");
    dir.write("p/tekst/bakgrunn.md", "b");
    changes = watch.wait(kSettle, kSoon);
    CHECK(changes.back == Paths{dir.path() + "/p"});
    CHECK(changes.gone.empty());
    CHECK(changes.files == Paths{plan, text});
    CHECK_FALSE(watch.folder_gone(plan));

    dir.write("p/tekst/bakgrunn.md", "c");  // the new folders are the ones watched
    CHECK(watch.wait(kSettle, kSoon).files == Paths{text});
}

TEST_CASE("file watch: a folder moved away and replaced is the new one that is watched", "[watch]") {
    test::TempDir dir;
    std::string plan = dir.write("p/plan.yaml", "a");
    FileWatch watch;
    REQUIRE(watch.ok());
    watch.watch({plan}, {});

    fs::rename(dir.path() + "/p", dir.path() + "/p.old");  // the inotify watch would follow it
    dir.write("p/plan.yaml", "b");
    WatchChanges changes = watch.wait(kSettle, kSoon);
    CHECK(changes.files == Paths{plan});
    // Replaced within one wait, or seen gone and then back: either way watched again.
    CHECK(changes.gone == Paths{dir.path() + "/p"});
    if (changes.back.empty()) CHECK(watch.wait(kSettle, kSoon).back == Paths{dir.path() + "/p"});
    CHECK_FALSE(watch.folder_gone(plan));

    dir.write("p.old/plan.yaml", "c");
    CHECK(watch.wait(kSettle, kQuiet).empty());
    dir.write("p/plan.yaml", "c");
    CHECK(watch.wait(kSettle, kSoon).files == Paths{plan});
}

TEST_CASE("file watch: a folder that was never there is looked for, not reported gone", "[watch]") {
    test::TempDir dir;
    std::string labels = dir.path() + "/maler/labels";
    FileWatch watch;
    REQUIRE(watch.ok());
    watch.watch({labels + "/nb.yaml"}, {labels});
    CHECK_FALSE(watch.folder_gone(labels + "/nb.yaml"));
    CHECK(watch.wait(kSettle, kQuiet).empty());
    dir.write("maler/labels/nb.yaml", "a");
    WatchChanges changes = watch.wait(kSettle, kSoon);
    CHECK(changes.files == Paths{labels + "/nb.yaml"});
    CHECK(changes.gone.empty());
    CHECK(changes.back.empty());
}
