// Reading a plan as it was in a git revision: "HEAD~3:plans/x/plan.yaml". Its included files
// and text files are read from the same revision, through libgit2: no git program is run, so a
// revision can never be taken for an option.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "plan/load.h"

namespace legeplan {

class GitRevisionReader : public FileReader {
public:
    explicit GitRevisionReader(std::string revision);
    ~GitRevisionReader() override;
    GitRevisionReader(const GitRevisionReader&) = delete;
    GitRevisionReader& operator=(const GitRevisionReader&) = delete;

    // path is as the user typed it, relative to the current folder (or absolute); the repository
    // is the one that holds the path's folder. Errors: "unknown revision 'REV'", "no such file
    // in that revision", "too large" (checked before the file is copied), and the like.
    bool read(const std::string& path, std::string& out, std::size_t max_bytes,
              std::string& error) const override;
    std::string display(const std::string& path) const override;

private:
    struct Revision;  // the repository and the revision's tree, opened on the first read
    std::string revision_;
    mutable std::unique_ptr<Revision> opened_;
};

struct RevisionSpec {
    std::string revision;
    std::string path;
};

// "REV:path" when the argument is not an existing file and has that shape; nullopt otherwise.
std::optional<RevisionSpec> parse_revision_spec(const std::string& argument);

}  // namespace legeplan
