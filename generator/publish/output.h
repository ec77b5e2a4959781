// Writing outputs safely: every output goes to a temporary file in the output folder and is
// renamed into place only when complete, so a failed build leaves earlier outputs untouched.
#pragma once

#include <ctime>
#include <string>

#include "plan/plan_timestamp.h"  // for the publishers, which stamp outputs with it

namespace legeplan {

// True when path exists; false also when it cannot be checked (too long, no access).
bool exists_quietly(const std::string& path);

// A temporary path next to final_path ("<dir>/.<name>.tmp-<pid>-<n>"), not yet created.
std::string temporary_path_for(const std::string& final_path);

// Renames tmp over final_path; on failure removes tmp and returns false with a reason in error.
bool commit_output(const std::string& tmp, const std::string& final_path, std::string& error);

// Writes text to final_path through a temporary file.
bool write_file_atomically(const std::string& final_path, const std::string& text,
                           std::string& error);

}  // namespace legeplan
