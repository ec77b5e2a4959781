#include "plan/revision.h"

#include <git2.h>

#include <filesystem>

#include "text/translate.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// libgit2's objects, each freed by its own function.
template <typename T, void (*Free)(T*)>
struct Freer {
    void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, Freer<T, Free>>;

std::string last_error() {
    const git_error* e = git_error_last();
    return e && e->message ? std::string(e->message) : tr("unknown error");
}

// The deepest folder on path that exists: where the search for the repository starts, so that
// a plan whose folder is gone from the working tree is still found in the revision.
fs::path existing_folder(fs::path path) {
    std::error_code ec;
    while (!fs::is_directory(path, ec) && path.has_relative_path()) path = path.parent_path();
    return path;
}

// The path inside the repository of a path typed relative to the current folder — what git's
// "REV:./path" names. Empty when it lies outside the working folder.
std::string path_in_repository(const fs::path& workdir, const fs::path& absolute) {
    std::error_code ec;
    fs::path folder = fs::weakly_canonical(absolute.parent_path(), ec);
    if (ec) return {};
    fs::path inside = (folder / absolute.filename()).lexically_relative(workdir);
    if (inside.empty() || *inside.begin() == "..") return {};
    return inside.generic_string();
}

}  // namespace

// The repository that holds the first path read, and the revision's tree in it.
struct GitRevisionReader::Revision {
    Owned<git_repository, git_repository_free> repo;
    Owned<git_odb, git_odb_free> odb;
    Owned<git_object, git_object_free> tree;
    fs::path workdir;   // canonical
    std::string error;  // why nothing can be read from the revision; empty when it can

    Revision(const std::string& revision, const fs::path& absolute) {
        git_repository* r = nullptr;
        std::string start = existing_folder(absolute.parent_path()).string();
        if (git_repository_open_ext(&r, start.c_str(), 0, nullptr) != 0) {
            // TRANSLATORS: {error} is libgit2's own message, in English.
            error = fill(tr("not in a git repository ({error})"), {{"error", last_error()}});
            return;
        }
        repo.reset(r);
        const char* work = git_repository_workdir(r);
        if (!work) {  // a bare repository: no folder for the user's path to be relative to
            error = tr("the git repository has no working folder");
            return;
        }
        std::error_code ec;
        workdir = fs::weakly_canonical(work, ec);
        git_odb* o = nullptr;
        if (git_repository_odb(&o, r) != 0) {
            // TRANSLATORS: {error} is libgit2's own message, in English.
            error = fill(tr("cannot open the git repository's objects ({error})"), {{"error", last_error()}});
            return;
        }
        odb.reset(o);
        // A revision is only ever parsed as a revision: "-x" or "--output=f" is simply unknown.
        git_object* commit = nullptr;
        int code = git_revparse_single(&commit, r, revision.c_str());
        if (code == GIT_ENOTFOUND || code == GIT_EINVALIDSPEC) {
            error = fill(tr("unknown revision '{revision}'"), {{"revision", revision}});
            return;
        }
        if (code == GIT_EAMBIGUOUS) {
            error = fill(tr("ambiguous revision '{revision}'"), {{"revision", revision}});
            return;
        }
        if (code != 0) {
            // TRANSLATORS: {error} is libgit2's own message, in English.
            error = fill(tr("cannot read revision '{revision}' ({error})"), {{"revision", revision}, {"error", last_error()}});
            return;
        }
        Owned<git_object, git_object_free> owned(commit);
        git_object* t = nullptr;
        if (git_object_peel(&t, commit, GIT_OBJECT_TREE) != 0) {
            error = fill(tr("revision '{revision}' is not a commit"), {{"revision", revision}});
            return;
        }
        tree.reset(t);
    }

    bool read(const fs::path& absolute, std::string& out, std::size_t max_bytes,
              std::string& why) const {
        std::string inside = path_in_repository(workdir, absolute);
        if (inside.empty()) {
            why = fill(tr("it is outside the git repository in {path}"), {{"path", workdir.string()}});
            return false;
        }
        git_tree_entry* e = nullptr;
        if (git_tree_entry_bypath(&e, reinterpret_cast<git_tree*>(tree.get()), inside.c_str()) != 0) {
            why = tr("no such file in that revision");
            return false;
        }
        Owned<git_tree_entry, git_tree_entry_free> entry(e);
        if (git_tree_entry_type(e) == GIT_OBJECT_TREE) {
            why = tr("it is a folder in that revision");
            return false;
        }
        if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || git_tree_entry_filemode(e) == GIT_FILEMODE_LINK) {
            why = tr("it is not a file in that revision");
            return false;
        }
        // The size from the object's header, so that a huge file is refused before it is
        // inflated into memory.
        std::size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (git_odb_read_header(&size, &type, odb.get(), git_tree_entry_id(e)) != 0) {
            // TRANSLATORS: {error} is libgit2's own message, in English.
            why = fill(tr("cannot read it from the repository ({error})"), {{"error", last_error()}});
            return false;
        }
        if (size > max_bytes) {
            why = "too large";
            return false;
        }
        git_blob* b = nullptr;
        if (git_blob_lookup(&b, repo.get(), git_tree_entry_id(e)) != 0) {
            // TRANSLATORS: {error} is libgit2's own message, in English.
            why = fill(tr("cannot read it from the repository ({error})"), {{"error", last_error()}});
            return false;
        }
        Owned<git_blob, git_blob_free> blob(b);
        out.assign(static_cast<const char*>(git_blob_rawcontent(b)),
                   static_cast<std::size_t>(git_blob_rawsize(b)));
        return true;
    }
};

GitRevisionReader::GitRevisionReader(std::string revision) : revision_(std::move(revision)) {
    git_libgit2_init();
}

GitRevisionReader::~GitRevisionReader() {
    opened_.reset();  // libgit2's objects go before libgit2 itself
    git_libgit2_shutdown();
}

bool GitRevisionReader::read(const std::string& path, std::string& out, std::size_t max_bytes,
                             std::string& error) const {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec).lexically_normal();
    if (ec) {
        error = ec.message();
        return false;
    }
    if (!opened_) opened_ = std::make_unique<Revision>(revision_, absolute);
    if (!opened_->error.empty()) {
        error = opened_->error;
        return false;
    }
    return opened_->read(absolute, out, max_bytes, error);
}

std::string GitRevisionReader::display(const std::string& path) const {
    return revision_ + ":" + fs::path(path).lexically_normal().string();
}

std::optional<RevisionSpec> parse_revision_spec(const std::string& argument) {
    std::error_code ec;
    if (fs::exists(argument, ec)) return std::nullopt;
    std::size_t colon = argument.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == argument.size()) return std::nullopt;
    return RevisionSpec{argument.substr(0, colon), argument.substr(colon + 1)};
}

}  // namespace legeplan
