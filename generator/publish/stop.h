// Stopping cleanly on SIGINT, SIGTERM or SIGHUP: every child process group that is running is
// killed and every temporary file or folder is removed before legeplan exits. Children and
// temporary paths are registered here for as long as they exist; one thread waits for the
// signals and undoes what is registered.
#pragma once

#include <functional>
#include <shared_mutex>
#include <string>
#include <vector>

#include <sys/types.h>

namespace legeplan {

struct StopSignal {
    int signal;
    int exit_code;
};

// Blocks the signals in the calling thread and starts the thread that waits for them. Call it
// first in main, before any other thread starts, so that every thread inherits the block and
// the signals reach only that one. A signal ignored when legeplan starts (nohup) stays ignored.
// On a signal: kills every registered process group and waits until their processes have ended,
// removes every registered path, says so on standard error and ends the process with the
// signal's exit code.
void stop_on_signals(const std::vector<StopSignal>& signals);

// Starts a child by calling spawn, which returns the child's pid (the leader of its own process
// group) or -1, and registers the group, so that a stop either finds the group registered or
// never sees the child start. Once a stop has begun, does not return and starts nothing.
pid_t spawn_registered(const std::function<pid_t()>& spawn);

// The group's leader has been reaped; a stop no longer kills the group. Once a stop has begun,
// does not return: the child was killed by the stop, and its failure is not to be reported.
void forget_process_group(pid_t group);

// A file, or a folder with everything in it, that a stop removes. The stop removes it once, after
// the deferrals have ended: a file that our own code creates or writes under a registered name,
// or renames onto one, must be created, written and renamed within a StopDeferral, or a stop
// that removed it first would find it written again afterwards (and files that a library makes
// beside it, such as libzip's "<path>.XXXXXX" while it rewrites an archive, are never seen).
void remove_on_stop(const std::string& path);
void keep_on_stop(const std::string& path);

// While any exists (in any thread), a stop waits: for steps that must not be cut in half, such
// as renaming the outputs of a build into place, and for our own code writing a registered
// temporary file, which a stop that removed it first would find written again afterwards. Once
// a stop has begun, a new one blocks for good. Not to be nested within one thread, and no
// process is to be run within one (a stop would wait for the deferral, the process's thread
// for the stop).
class StopDeferral {
public:
    StopDeferral();
    StopDeferral(const StopDeferral&) = delete;
    StopDeferral& operator=(const StopDeferral&) = delete;

private:
    std::shared_lock<std::shared_mutex> lock_;
};

}  // namespace legeplan
