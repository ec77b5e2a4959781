// The plans a command's arguments name: a plan file as it is; a folder, its own plan.yaml and
// those of the folders directly inside it (a region's folder of municipalities' folders).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace legeplan {

// Appends the plan files to plans, in argument order (a folder's in name order); false, with a
// message on err, when an argument does not exist or a folder holds no plan.
bool plan_files(const std::vector<std::string>& arguments, std::vector<std::string>& plans, std::ostream& err);

}  // namespace legeplan
