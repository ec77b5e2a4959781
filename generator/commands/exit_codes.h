// The exit codes of every command, in one place.
#pragma once

namespace legeplan::exit_code {

constexpr int ok = 0;
constexpr int invalid_plan = 1;   // the plan has errors (or warnings under --strict)
constexpr int bad_usage = 2;      // unknown command, flag or missing argument
constexpr int output_failed = 3;  // writing an output or an external tool failed

}  // namespace legeplan::exit_code
