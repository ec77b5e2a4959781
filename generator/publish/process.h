// Running external programs (Pandoc, WeasyPrint, …): the only place that starts processes.
// Every child runs in a process group of its own, with no file descriptor of ours but the three
// we hand it, without a network, under a time limit and a memory limit, and with a limit on what
// it may write back; when it ends, ends badly or legeplan is stopped (stop.h), the whole group is
// killed.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <sys/types.h>

namespace legeplan {

// How long one run of an external program may take unless told otherwise (build/diff --timeout).
constexpr std::chrono::seconds default_time_limit{300};

// How much address space one run of an external program may use unless told otherwise
// (--memory-limit). Pandoc needs about 120 MB of memory for Bergen's plan (WeasyPrint 130 MB,
// gnuplot 30 MB); a zip bomb as reference document drove it past 6 GB. Under a limit of address
// space, GHC's runtime reserves two thirds of it for Pandoc's heap, so this is also roughly 2.7 GB
// of heap.
constexpr std::uint64_t default_memory_limit = std::uint64_t{4} << 30;

// The memory limit of every ProcessRequest made from now on, in bytes; 0: none. For
// --memory-limit, set once before a command runs.
void set_memory_limit(std::uint64_t bytes);
std::uint64_t memory_limit_in_force();

struct ProcessRequest {
    std::vector<std::string> argv;       // argv[0] is looked up in PATH
    std::vector<std::string> extra_env;  // "NAME=value", replacing an inherited entry of that name
    // A private folder for this run (made by the caller, see ScratchFolder in output.h): the
    // child works in it, and TMPDIR, TMP and TEMP point at it, so whatever the child leaves
    // behind goes when the folder goes. Empty: the current folder and the inherited TMPDIR.
    std::string scratch_dir;
    bool capture_out = false;  // standard output captured, else discarded
    std::chrono::milliseconds time_limit = default_time_limit;
    // The child's address space (RLIMIT_AS), inherited by all it starts; 0: no limit.
    std::uint64_t memory_limit = memory_limit_in_force();
    // Standard output beyond this stops the child (out_too_large): it is data, and half of it
    // is worth nothing. Standard error beyond its limit is read and dropped (err_cut): it is a
    // message, and its start says what went wrong.
    std::size_t out_limit = 64u << 20;
    std::size_t err_limit = 64u << 10;
};

struct ProcessResult {
    bool started = false;       // false when the program could not be started at all
    int exit_code = 0;          // 128 + signal number when killed by a signal
    int signal = 0;             // the signal that ended it; 0 when it exited
    bool timed_out = false;     // killed because it ran past the time limit
    bool out_too_large = false; // killed because it wrote more than out_limit
    bool err_cut = false;       // standard error was longer than err_limit; err holds its start
    bool out_of_memory = false; // failed for want of memory, as it said on standard error
    std::string out;            // what it wrote to standard output (when captured)
    std::string err;            // what it wrote to standard error
    std::string start_error;    // why it could not be started
};

// At most n external programs run at once, across every thread: a run waits for a free place
// before it starts, and its time limit counts from its start. 0, the default, sets no limit.
// For a build of many plans, each of which already runs its converters in parallel.
void limit_running_processes(unsigned n);

// Runs the program with standard input from /dev/null and waits for it, its time limit or its
// output limit, whichever comes first. When the child ends, anything still running in its
// process group is killed too. The child cannot reach any network: it runs in a network
// namespace of its own where there is none, or, where namespaces cannot be made, with every
// proxy variable pointing at a closed port (and always with those, as a second layer).
ProcessResult run_process(const ProcessRequest& request);

// Why a run failed, in words, naming the program ("pandoc did not finish within 300 seconds and
// was stopped", "pandoc needed more than the memory limit of 4 GB and was stopped"); empty when
// it exited with code 0.
std::string process_failure(const std::string& program, const ProcessRequest& request,
                            const ProcessResult& result);

// What a failed run wrote to standard error, as "; PROGRAM said: …" without trailing newlines
// (ending in " …" when it was cut); "" when it wrote nothing.
std::string what_it_said(const std::string& program, const ProcessResult& result);

// True while any process in the group is alive (not counting zombies, which no longer run).
bool process_group_alive(pid_t group);

// Kills every process in the group and waits until none of them runs (a second at most): a
// killed process may be inside a system call that creates a file.
void kill_process_group(pid_t group);

}  // namespace legeplan
