// The exit codes of every command, in one place.
#pragma once

namespace legeplan::exit_code {

constexpr int ok = 0;
constexpr int invalid_plan = 1;   // the plan has errors (or warnings under --strict)
constexpr int bad_usage = 2;      // unknown command, flag or missing argument
constexpr int output_failed = 3;  // writing an output or an external tool failed
// Stopped by a signal (128 + its number, as shells report it); children killed, temporary files
// removed, earlier outputs kept.
constexpr int hangup = 129;       // SIGHUP: the terminal went away
constexpr int interrupted = 130;  // SIGINT: Ctrl-C
constexpr int terminated = 143;   // SIGTERM

}  // namespace legeplan::exit_code
