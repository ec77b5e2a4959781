// lsu.yaml as `lsu import` writes it: LSU's statement taken from its form, and the meetings the
// file held before, as YAML the author may go on editing.
#pragma once

#include <string>
#include <vector>

#include "plan/model.h"

namespace legeplan {

// The file's text: a comment naming the form (form_name, its file name) in the plan's language,
// then `lsu:` with `meetings` (when any) and `statement`.
std::string lsu_yaml(const LsuStatement& statement, const std::vector<LsuMeeting>& meetings, Language language,
                     const std::string& form_name);

}  // namespace legeplan
