// How far a build has come, on standard error, when it is a terminal (stderr_is_terminal()).
// A single plan's build: a line as each step starts and one as it ends, with the time it took
// (StepLines). A build of many plans: On a terminal one line, updated
// in place ("[3/12] bergen …"); otherwise a plain line for each plan ("built bergen (5 files)",
// "failed oslo (the plan has errors)"). Safe to call from several threads; each plan's messages
// are printed whole, never mixed with another's, and in the order the plans were given, so that
// the same plans give the same log however the builds interleave.
#pragma once

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include "commands/outcome.h"
#include "publish/publish.h"

namespace legeplan {

// True when standard error is a terminal: progress is shown, and otherwise never (a log or a
// test sees the same bytes every time).
bool stderr_is_terminal();

// A single plan's build on a terminal: "Converting to PDF with LibreOffice …" as a step starts,
// "Converted to PDF with LibreOffice (2.1 s)" as it ends.
class StepLines : public PublishProgress {
public:
    explicit StepLines(std::ostream& err);
    void started(PublishStep step, OutputFormat format) override;
    void finished(PublishStep step, OutputFormat format, bool ok) override;

private:
    std::mutex mutex_;
    std::ostream& err_;
    std::vector<std::pair<std::pair<PublishStep, OutputFormat>, std::chrono::steady_clock::time_point>> running_;
};

class BatchProgress {
public:
    BatchProgress(std::ostream& out, std::ostream& err, bool terminal, int total);

    void started(const std::string& name);
    // Prints what the build of the plan given as number index (from 0) wrote, its files to out
    // and its messages to err, once every plan before it is printed.
    void finished(std::size_t index, const std::string& name, Outcome status, std::string files,
                  std::string messages);
    // Clears the line on a terminal.
    void done();

private:
    struct Result {
        std::string name;
        Outcome status = Outcome::ok;
        std::string files;
        std::string messages;
        bool ready = false;
    };

    void clear_line();
    void draw_line();
    void print(const Result& result);

    std::mutex mutex_;
    std::ostream& out_;
    std::ostream& err_;
    bool terminal_;
    int total_;
    int finished_ = 0;
    std::vector<std::string> running_;  // in the order they started
    std::vector<Result> results_;       // by the plans' order; printed up to next_
    std::size_t next_ = 0;
    bool line_shown_ = false;
};

}  // namespace legeplan
