// Running external programs (Pandoc, git): the only place that starts processes.
#pragma once

#include <string>
#include <vector>

namespace legeplan {

struct ProcessResult {
    bool started = false;      // false when the program could not be started at all
    int exit_code = 0;         // 128 + signal number when killed by a signal
    std::string out;           // what it wrote to standard output (when captured)
    std::string err;           // what it wrote to standard error
    std::string start_error;   // why it could not be started
};

// Runs argv[0] (looked up in PATH) with argv, the given extra environment entries
// ("NAME=value", replacing existing ones), standard input from /dev/null, in working_dir (the
// current folder when empty). Standard output is captured when capture_out is true, else
// discarded.
ProcessResult run_process(const std::vector<std::string>& argv,
                          const std::vector<std::string>& extra_env, bool capture_out,
                          const std::string& working_dir = {});

}  // namespace legeplan
