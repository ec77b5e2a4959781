#include <catch2/catch.hpp>

#include "plan/load.h"
#include "plan/open_inside.h"
#include "test_util.h"

using namespace legeplan;

TEST_CASE("the tree keeps positions of keys and values, columns in characters") {
    test::TempDir dir;
    SourceFiles files;
    Diagnostics diags;
    LoadedFile f = load_yaml_file(dir.write("a.yaml", "navn: Ørsta\nliste:\n  - \"1 000\"\n"),
                                  files, diags);
    REQUIRE(f.root);
    REQUIRE(f.root->kind == YamlNode::Kind::map);
    const auto& [key, value] = f.root->entries[0];
    CHECK(key->value == "navn");
    CHECK(value->value == "Ørsta");
    CHECK((value->pos.line == 1 && value->pos.col == 7 && value->pos.length == 5));
    const NodePtr& item = f.root->entries[1].second->items[0];
    CHECK(item->quoted);
    CHECK((item->pos.line == 3 && item->pos.col == 5 && item->pos.length == 7));
    CHECK(diags.all().empty());
}

TEST_CASE("values are NFC-normalised, positions still count the characters as written") {
    test::TempDir dir;
    SourceFiles files;
    Diagnostics diags;
    // "Smøla å" with the å decomposed (a + U+030A), then a value after it on the same line.
    LoadedFile f = load_yaml_file(dir.write("a.yaml", "[Sm\xC3\xB8la a\xCC\x8A, x]\n"), files, diags);
    REQUIRE(f.root);
    const NodePtr& first = f.root->items[0];
    CHECK(first->value == "Smøla å");
    CHECK((first->pos.col == 2 && first->pos.length == 8));  // å is two characters in the file
    CHECK(f.root->items[1]->pos.col == 12);
    CHECK(diags.all().empty());
}

TEST_CASE("a text file's content is NFC-normalised") {
    test::TempDir dir;
    SourceFiles files;
    Diagnostics diags;
    std::string out;
    dir.write("a.md", "Bl\x61\xCC\x8A lys\n");
    PlanSources sources;
    sources.folder = dir.path();
    CHECK(read_text_file(sources, "a.md", {}, out, files, diags));
    CHECK(out == "Blå lys\n");
    CHECK(files.contents(0) == "Bl\x61\xCC\x8A lys\n");  // quoted as written
}

TEST_CASE("duplicate keys are an error, not last-one-wins") {
    test::TempDir dir;
    SourceFiles files;
    Diagnostics diags;
    load_yaml_file(dir.write("a.yaml", "a: 1\nb: 2\na: 3\n"), files, diags);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].kind == DiagnosticKind::duplicate_key);
    CHECK(diags.all()[0].message == "duplicate key 'a' (first given on line 1)");
    CHECK(diags.all()[0].pos.line == 3);
}

// "key=value; …" for a flow map, to compare what the loader made of it at a glance.
static std::string entries_text(const YamlNode& map) {
    std::string out;
    for (const auto& [key, value] : map.entries) {
        out += (out.empty() ? "" : "; ") + key->value + "=" +
               (value->kind == YamlNode::Kind::null ? "(null)" : value->value);
    }
    return out;
}

TEST_CASE("a number split at a decimal comma inside { } is put back together as written") {
    test::TempDir dir;
    SourceFiles files;
    Diagnostics diags;
    LoadedFile f = load_yaml_file(
        dir.write("a.yaml",
                  "- {fte: 0,5, rate: r}\n"
                  "- {amount: 1,300,000, note: x}\n"
                  "- {a: 0, 5: b}\n"       // a space after the comma: a key of its own
                  "- {a: '0',5}\n"         // a quoted value is not split by the comma
                  "- {a: x,5}\n"           // only after a number
                  "- [0,5]\n"              // a flow list is left alone
                  "- {fte: 0,5, 5: dup}\n"),
        files, diags);
    REQUIRE(f.root);
    const auto& items = f.root->items;
    REQUIRE(items.size() == 7);
    CHECK(entries_text(*items[0]) == "fte=0,5; rate=r");
    const NodePtr& joined = items[0]->entries[0].second;
    CHECK((joined->pos.line == 1 && joined->pos.col == 9 && joined->pos.length == 3));
    CHECK(entries_text(*items[1]) == "amount=1,300,000; note=x");
    CHECK(items[1]->entries[0].second->pos.length == 9);
    CHECK(entries_text(*items[2]) == "a=0; 5=b");
    CHECK(entries_text(*items[3]) == "a=0; 5=(null)");
    CHECK(entries_text(*items[4]) == "a=x; 5=(null)");
    CHECK(items[5]->items.size() == 2);
    // Joined before duplicate keys are looked for: the stray "5" is no key of the map.
    CHECK(entries_text(*items[6]) == "fte=0,5; 5=dup");
    CHECK(diags.all().empty());
}

TEST_CASE("an alias bomb stops at the node limit, quickly") {
    test::TempDir dir;
    std::string yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        std::string prev = "*a" + std::to_string(i - 1);
        yaml += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev + "," + prev +
                "," + prev + "," + prev + "," + prev + "," + prev + "," + prev + "," + prev + "," +
                prev + "," + prev + "]\n";
    }
    SourceFiles files;
    Diagnostics diags;
    LoadedFile f = load_yaml_file(dir.write("bomb.yaml", yaml), files, diags);
    CHECK_FALSE(f.root);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].kind == DiagnosticKind::alias_expansion);
}

TEST_CASE("deep nesting stops at the depth limit") {
    test::TempDir dir;
    SourceFiles files;
    Diagnostics diags;
    LoadedFile f = load_yaml_file(dir.write("deep.yaml", std::string(5000, '[') + std::string(5000, ']')),
                                  files, diags);
    CHECK_FALSE(f.root);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].kind == DiagnosticKind::nesting_too_deep);
    CHECK(diags.all()[0].pos.col == 65);
}

TEST_CASE("invalid UTF-8 is reported at its byte") {
    test::TempDir dir;
    SourceFiles files;
    Diagnostics diags;
    load_yaml_file(dir.write("bad.yaml", "a: ok\nb: bl\xE5\n"), files, diags);
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message == "the file is not valid UTF-8 (byte 0xE5)");
    CHECK((diags.all()[0].pos.line == 2 && diags.all()[0].pos.col == 6));
}

TEST_CASE("included paths must be relative; the folder they name them from comes first") {
    Diagnostics diags;
    CHECK(plan_relative_path("", "tekst/a.md", {}, diags) == "tekst/a.md");
    CHECK(plan_relative_path("kapitler", "../tekst/a.md", {}, diags) == "kapitler/../tekst/a.md");
    CHECK(plan_relative_path("", "/etc/passwd", {}, diags).empty());
    CHECK(plan_relative_path("", "", {}, diags).empty());
    REQUIRE(diags.all().size() == 2);
    CHECK(diags.all()[0].message == "'/etc/passwd' must be a path relative to the plan's folder");
}

// A folder ten levels down and a link to it, so that link/../../x names by its text a file
// in the plan's folder, and on the disk one far outside it.
TEST_CASE("'..' after a symbolic link goes up from where the link leads, never out of the folder") {
    test::TempDir dir;
    std::string deep = "a/b/c/d/e/f/g/h/i/j";
    dir.write("plan/x.md", "inside");
    dir.write(deep + "/y.md", "deep");
    dir.write("outside.md", "secret");
    std::filesystem::create_symlink(dir.path() + "/" + deep, dir.path() + "/plan/deep");
    std::filesystem::create_directories(dir.path() + "/plan/real/sub");
    dir.write("plan/real/z.md", "z");
    std::filesystem::create_symlink("real/sub", dir.path() + "/plan/inner");
    std::filesystem::create_symlink("../outside.md", dir.path() + "/plan/up");
    std::filesystem::create_symlink("/etc/passwd", dir.path() + "/plan/abs");
    std::filesystem::create_symlink("loop", dir.path() + "/plan/loop");
    std::string plan = dir.path() + "/plan";
    std::string out, error, resolved;

    CHECK_FALSE(filesystem_reader().read_inside(plan, "deep/../../../../../../../../../../outside.md",
                                                resolved, out, 1000, error));
    CHECK(error == "the symbolic link 'deep' leads out of the plan's folder");
    CHECK(out.empty());
    CHECK_FALSE(filesystem_reader().read_inside(plan, "up", resolved, out, 1000, error));
    CHECK(error == kLeavesFolder);
    CHECK_FALSE(filesystem_reader().read_inside(plan, "abs", resolved, out, 1000, error));
    CHECK(error == "the symbolic link 'abs' leads out of the plan's folder");
    CHECK(leaves_folder(error));
    CHECK(leaves_folder(kLeavesFolder));
    CHECK(leaves_folder("the symbolic link 'a/b' leads out of the folder"));
    CHECK_FALSE(leaves_folder("no such file or no access"));
    CHECK_FALSE(filesystem_reader().read_inside(plan, "../outside.md", resolved, out, 1000, error));
    CHECK(error == kLeavesFolder);
    CHECK_FALSE(filesystem_reader().read_inside(plan, "real/../../outside.md", resolved, out, 1000, error));
    CHECK(error == kLeavesFolder);
    CHECK_FALSE(filesystem_reader().read_inside(plan, "loop", resolved, out, 1000, error));
    CHECK(error == "symbolic links nest too deep");

    // Inside, '..' after a link goes up from the folder the link leads to: inner is real/sub.
    REQUIRE(filesystem_reader().read_inside(plan, "inner/../z.md", resolved, out, 1000, error));
    CHECK(out == "z");
    CHECK(resolved == "real/z.md");
    REQUIRE(filesystem_reader().read_inside(plan, "./real/./sub/../../x.md", resolved, out, 1000, error));
    CHECK(out == "inside");
    CHECK(resolved == "x.md");
}

TEST_CASE("a value left out is placed at its key, not at the next token, and knows its key") {
    test::TempDir dir;
    SourceFiles files;
    Diagnostics diags;
    LoadedFile f = load_yaml_file(dir.write("a.yaml", "kost:\n  amount:\n  year: 2028\n"), files, diags);
    REQUIRE(f.root);
    const NodePtr& empty = f.root->entries[0].second->entries[0].second;
    CHECK(empty->kind == YamlNode::Kind::null);
    CHECK((empty->pos.line == 2 && empty->pos.col == 3 && empty->pos.length == 7));
    CHECK(empty->value == "amount");
}
