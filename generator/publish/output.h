// Writing outputs safely: every output goes to a temporary file in the output folder and is
// renamed into place only when complete, so a failed or stopped build leaves earlier outputs
// untouched. Every temporary file and folder is registered with stop.h while it exists.
#pragma once

#include <ctime>
#include <string>

#include "plan/plan_timestamp.h"  // for the publishers, which stamp outputs with it

namespace legeplan {

// A temporary path next to final_path ("<dir>/.<name>.tmp-<pid>-<n><ext>"), not yet created,
// that a stop removes.
std::string temporary_path_for(const std::string& final_path);

// Renames tmp over final_path; on failure removes tmp and returns false with a reason in error.
bool commit_output(const std::string& tmp, const std::string& final_path, std::string& error);

// Removes a temporary path that will not be committed.
void discard_temporary(const std::string& tmp);

// A private folder for one run's external programs (mkdtemp under $TMPDIR, else /tmp): their
// working folder and their TMPDIR. Removed with everything in it when it goes, or on a stop.
class ScratchFolder {
public:
    ScratchFolder();
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    bool ok() const { return !path_.empty(); }
    const std::string& path() const { return path_; }  // empty when it could not be made
    const std::string& error() const { return error_; }

private:
    std::string path_;
    std::string error_;
};

// Writes text to final_path through a temporary file.
bool write_file_atomically(const std::string& final_path, const std::string& text,
                           std::string& error);

}  // namespace legeplan
