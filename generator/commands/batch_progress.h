// How far a build of many plans has come, on standard error. On a terminal one line, updated
// in place ("[3/12] bergen …"); otherwise a plain line for each plan as it ends ("built bergen
// (5 files)", "failed oslo (the plan has errors)"). Safe to call from several threads; each
// plan's messages are printed whole, never mixed with another's.
#pragma once

#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include "commands/build.h"

namespace legeplan {

class BatchProgress {
public:
    BatchProgress(std::ostream& out, std::ostream& err, bool terminal, int total);

    void started(const std::string& name);
    // Prints what the plan's build wrote: its files to out, its messages to err.
    void finished(const std::string& name, BuildStatus status, const std::string& files,
                  const std::string& messages);
    // Clears the line on a terminal.
    void done();

private:
    void clear_line();
    void draw_line();

    std::mutex mutex_;
    std::ostream& out_;
    std::ostream& err_;
    bool terminal_;
    int total_;
    int finished_ = 0;
    std::vector<std::string> running_;  // in the order they started
    bool line_shown_ = false;
};

}  // namespace legeplan
