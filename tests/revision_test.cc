#include <catch2/catch.hpp>

#include <git2.h>

#include <filesystem>

#include "commands/check.h"
#include "plan/revision.h"
#include "test_util.h"

using namespace legeplan;

namespace {

// Commits everything in the repository's working folder (creating the repository the first
// time) with libgit2 itself, so that the test needs neither a git program nor a git identity.
void commit_all(const std::string& folder, const char* message) {
    git_libgit2_init();
    git_repository* repo = nullptr;
    REQUIRE(git_repository_init(&repo, folder.c_str(), 0) == 0);
    git_index* index = nullptr;
    REQUIRE(git_repository_index(&index, repo) == 0);
    REQUIRE(git_index_add_all(index, nullptr, 0, nullptr, nullptr) == 0);
    REQUIRE(git_index_write(index) == 0);
    git_oid tree_id;
    REQUIRE(git_index_write_tree(&tree_id, index) == 0);
    git_tree* tree = nullptr;
    REQUIRE(git_tree_lookup(&tree, repo, &tree_id) == 0);
    git_signature* who = nullptr;
    REQUIRE(git_signature_new(&who, "test", "test@example.invalid", 1'800'000'000, 0) == 0);
    git_commit* parent = nullptr;
    git_oid head;
    if (git_reference_name_to_id(&head, repo, "HEAD") == 0) REQUIRE(git_commit_lookup(&parent, repo, &head) == 0);
    git_oid commit;
    const git_commit* parents[] = {parent};
    REQUIRE(git_commit_create(&commit, repo, "HEAD", who, who, nullptr, message, tree,
                              parent ? 1 : 0, parents) == 0);
    git_commit_free(parent);
    git_signature_free(who);
    git_tree_free(tree);
    git_index_free(index);
    git_repository_free(repo);
    git_libgit2_shutdown();
}

// Runs a test from inside a folder, as a user would type paths relative to it.
class InFolder {
public:
    explicit InFolder(const std::string& folder) : saved_(std::filesystem::current_path()) {
        std::filesystem::current_path(folder);
    }
    ~InFolder() { std::filesystem::current_path(saved_); }

private:
    std::filesystem::path saved_;
};

const std::string kPlanBody = R"(units:
  - {id: helse, name: Helse}
chapters:
  - id: innledning
    title: Innledning
    text_file: tekst/innledning.md
measures:
  - {id: a, number: 1, section: innledning, title: A, text: x, responsible: helse}
)";

}  // namespace

TEST_CASE("a plan and its text files are read from the revision, not the working tree") {
    test::TempDir repo;
    repo.write("kommune/plan.yaml", test::plan_header() + kPlanBody);
    repo.write("kommune/tekst/innledning.md", "Slik det var.\n");
    commit_all(repo.path(), "versjon 1");
    repo.write("kommune/tekst/innledning.md", "Slik det er nå.\n");

    InFolder in(repo.path() + "/kommune");
    GitRevisionReader reader("HEAD");
    CheckedPlan checked = check_plan("plan.yaml", {}, reader);
    CHECK(test::headlines(checked).empty());
    REQUIRE(checked.plan.chapters.size() == 1);
    CHECK(checked.plan.chapters[0].text == "Slik det var.\n");
    CHECK(reader.display("./plan.yaml") == "HEAD:plan.yaml");
}

TEST_CASE("a path missing from the revision, a folder and a file too large are refused") {
    test::TempDir repo;
    repo.write("kommune/plan.yaml", test::plan_header() + kPlanBody);
    commit_all(repo.path(), "versjon 1");
    repo.write("kommune/ny.yaml", "legeplan: 1\n");  // in the working tree only

    GitRevisionReader reader("HEAD");
    std::string out;
    std::string error;
    CHECK_FALSE(reader.read(repo.path() + "/kommune/ny.yaml", out, 1000, error));
    CHECK(error == "no such file in that revision");
    CHECK_FALSE(reader.read(repo.path() + "/kommune", out, 1000, error));
    CHECK(error == "it is a folder in that revision");
    CHECK_FALSE(reader.read(repo.path() + "/kommune/plan.yaml", out, 10, error));
    CHECK(error == "too large");
    CHECK(reader.read(repo.path() + "/kommune/plan.yaml", out, 1000, error));
    CHECK(out == test::plan_header() + kPlanBody);
}

TEST_CASE("an unknown revision is named, and a revision is never an option") {
    test::TempDir repo;
    repo.write("plan.yaml", test::plan_header() + kPlanBody);
    commit_all(repo.path(), "versjon 1");

    for (std::string revision : {"HEAD~1", "finnes-ikke", "-n", "--output=x"}) {
        GitRevisionReader reader(revision);
        std::string out;
        std::string error;
        CHECK_FALSE(reader.read(repo.path() + "/plan.yaml", out, 1000, error));
        CHECK(error == "unknown revision '" + revision + "'");
    }
    CHECK_FALSE(std::filesystem::exists(repo.path() + "/x"));
}

TEST_CASE("a path outside any repository is named as such") {
    test::TempDir folder;
    folder.write("plan.yaml", "legeplan: 1\n");
    git_libgit2_init();
    bool in_repository = git_repository_open_ext(nullptr, folder.path().c_str(), 0, nullptr) == 0;
    git_libgit2_shutdown();
    if (in_repository) {
        WARN("the temporary folder lies inside a git repository; nothing to test");
        return;
    }
    GitRevisionReader reader("HEAD");
    std::string out;
    std::string error;
    CHECK_FALSE(reader.read(folder.path() + "/plan.yaml", out, 1000, error));
    CHECK(error.rfind("not in a git repository (", 0) == 0);
}
