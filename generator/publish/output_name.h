// The name a plan's outputs are written under, from the path of its plan file.
#pragma once

#include <string>

namespace legeplan {

// The file name without its extension: kommune-2027.yaml → "kommune-2027"; for a file named
// plan.yaml (and a name that would make a hidden file, such as "..yaml") the name of its
// folder: bergen/plan.yaml → "bergen". The folder is the one the path names once '.' and '..'
// are taken out, from the current folder: ./plan.yaml → the current folder's own name,
// ../bergen/plan.yaml and a/../bergen/plan.yaml → "bergen". Symbolic links are not followed:
// plans/siste/plan.yaml → "siste", whatever it points to.
std::string output_name(const std::string& plan_path);

}  // namespace legeplan
