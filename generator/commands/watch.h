// `watch`: build a plan, then build it again each time a file the last build read changes (the
// plan, its includes, texts and pictures, a municipality's own templates, labels, CSS or
// reference document), until stopped by a signal (publish/stop.h). A build that fails leaves the
// last good outputs as they were, and the watch goes on. Its own writes (the outputs and their
// temporary files) start no build, wherever the output folder is; a file the build reads does,
// even in the output folder. When the plan's folder is deleted or replaced, the watch says so,
// waits for it to come back and builds again.
#pragma once

#include <ostream>

#include "commands/plan_build.h"

namespace legeplan {

// How long after a change nothing more must change before the build: one save is one build.
inline constexpr std::chrono::milliseconds kWatchSettle{50};

// Prints what build prints (written files to out, diagnostics to err) and, on err, a line with
// the time for each change seen and each build ended; after a build that succeeded, the plan's
// summary as validate prints it (its totals). Returns only when it cannot go on:
// bad_usage when the plan named cannot be read at the start, output_failed when the files cannot
// be watched (or no longer).
Outcome watch_plan(const BuildOptions& options, std::ostream& out, std::ostream& err);

// The command: the arguments' plan watched with their output options (HTML by default).
Outcome run_watch(const Arguments& arguments, std::ostream& out, std::ostream& err);

}  // namespace legeplan
