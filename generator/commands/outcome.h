// How a command ended: one type for every command, ordered from best to worst (a build of many
// plans ends with the worst of theirs), and the exit code of each, in one place.
#pragma once

#include <string>

namespace legeplan {

enum class Outcome {
    ok,
    invalid_plan,   // the plan has errors (or warnings under --strict)
    bad_usage,      // an unknown command or flag, a missing argument, a plan that cannot be read at all
    output_failed,  // writing an output or an external tool failed
};

namespace exit_code {

constexpr int ok = 0;
constexpr int invalid_plan = 1;   // the plan has errors (or warnings under --strict)
constexpr int bad_usage = 2;      // unknown command, flag or missing argument
constexpr int output_failed = 3;  // writing an output or an external tool failed
// Stopped by a signal (128 + its number, as shells report it); children killed, temporary files
// removed, earlier outputs kept.
constexpr int hangup = 129;       // SIGHUP: the terminal went away
constexpr int interrupted = 130;  // SIGINT: Ctrl-C
constexpr int terminated = 143;   // SIGTERM

}  // namespace exit_code

int exit_code_of(Outcome outcome);

Outcome worst(Outcome a, Outcome b);

// Why a build of one plan failed, as build and watch print it: "the plan has errors".
std::string why_failed(Outcome outcome);

}  // namespace legeplan
