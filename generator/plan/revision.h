// Reading a plan as it was in a git revision: "HEAD~3:plans/x/plan.yaml". Its included files
// and text files are read from the same revision.
#pragma once

#include <optional>
#include <string>

#include "plan/load.h"

namespace legeplan {

class GitRevisionReader : public FileReader {
public:
    explicit GitRevisionReader(std::string revision) : revision_(std::move(revision)) {}
    bool read(const std::string& path, std::string& out, std::size_t max_bytes,
              std::string& error) const override;
    std::string display(const std::string& path) const override;

private:
    std::string revision_;
};

struct RevisionSpec {
    std::string revision;
    std::string path;
};

// "REV:path" when the argument is not an existing file and has that shape; nullopt otherwise.
std::optional<RevisionSpec> parse_revision_spec(const std::string& argument);

}  // namespace legeplan
