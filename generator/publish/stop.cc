#include "publish/stop.h"

#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include <pthread.h>
#include <unistd.h>

#include "publish/process.h"

namespace legeplan {

namespace {

struct Registry {
    std::shared_mutex deferral;  // shared by each StopDeferral, taken whole by a stop
    std::mutex mutex;            // guards groups, paths and stopping
    bool stopping = false;
    std::set<pid_t> groups;
    std::set<std::string> paths;
};

// Never destroyed: the stop thread may need it while exit() runs the static destructors.
Registry& registry() {
    static Registry* r = new Registry;
    return *r;
}

// For a thread that must go no further once a stop has begun: the stop ends the process.
[[noreturn]] void wait_for_the_end() {
    for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
}

bool stopping() {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    return r.stopping;
}

// Kills the children at once, waits for the deferrals to end, then waits for the killed processes
// to end (nothing starts once stopping is set), removes, exits. Both locks are then held to the
// end, so no child starts, no deferred write begins and no path is forgotten (renamed into
// place) once the stop has begun. The deferral is taken before the registry: a thread holding
// one may be waiting for the registry, never the other way round.
[[noreturn]] void stop(int signal, int exit_code) {
    Registry& r = registry();
    {
        std::lock_guard lock(r.mutex);
        r.stopping = true;
        for (pid_t group : r.groups) kill(-group, SIGKILL);
    }
    r.deferral.lock();
    r.mutex.lock();
    for (pid_t group : r.groups) kill_process_group(group);
    std::error_code ec;
    for (const std::string& path : r.paths) std::filesystem::remove_all(path, ec);
    const char* name = sigabbrev_np(signal);
    std::string message = "legeplan: stopped by SIG" + std::string(name ? name : "?") + "\n";
    ssize_t written = write(STDERR_FILENO, message.data(), message.size());
    (void)written;  // nothing is left to do if even this fails
    _exit(exit_code);
}

}  // namespace

void stop_on_signals(const std::vector<StopSignal>& signals) {
    sigset_t set;
    sigemptyset(&set);
    std::vector<StopSignal> handled;
    for (const StopSignal& s : signals) {
        struct sigaction current {};
        if (sigaction(s.signal, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        sigaddset(&set, s.signal);
        handled.push_back(s);
    }
    if (handled.empty()) return;
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread([set, handled] {
        int signal = 0;
        while (sigwait(&set, &signal) != 0) {
        }
        for (const StopSignal& s : handled) {
            if (s.signal == signal) stop(signal, s.exit_code);
        }
        stop(signal, 128 + signal);
    }).detach();
}

pid_t spawn_registered(const std::function<pid_t()>& spawn) {
    Registry& r = registry();
    std::unique_lock lock(r.mutex);
    if (r.stopping) {
        // A child started now would only be killed again, after it had begun writing.
        lock.unlock();
        wait_for_the_end();
    }
    pid_t pid = spawn();
    if (pid > 0) r.groups.insert(pid);
    return pid;
}

void forget_process_group(pid_t group) {
    Registry& r = registry();
    {
        std::lock_guard lock(r.mutex);
        if (!r.stopping) {
            r.groups.erase(group);
            return;
        }
    }
    // The stop killed this child: nothing is to be reported; the stop ends the process.
    wait_for_the_end();
}

void remove_on_stop(const std::string& path) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.paths.insert(path);
}

void keep_on_stop(const std::string& path) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.paths.erase(path);
}

// The check comes first because a waiting stop does not keep new holders out: libstdc++'s
// shared_mutex is glibc's rwlock, which prefers readers, so deferrals that overlap one another
// could hold a stop off for as long as they keep coming. One that passes the check just before
// the stop begins is waited for, as if it had begun earlier.
StopDeferral::StopDeferral() : lock_(registry().deferral, std::defer_lock) {
    if (stopping()) wait_for_the_end();
    lock_.lock();
}

}  // namespace legeplan
