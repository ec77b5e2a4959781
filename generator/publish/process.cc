#include "publish/process.h"

#include <algorithm>
#include <condition_variable>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "publish/stop.h"

extern char** environ;

namespace legeplan {

namespace {

using Clock = std::chrono::steady_clock;

// The places for running programs that limit_running_processes sets; limit 0: no limit.
struct ProcessPlaces {
    std::mutex mutex;
    std::condition_variable freed;
    unsigned limit = 0;
    unsigned taken = 0;
};

ProcessPlaces& places() {
    static ProcessPlaces shared;
    return shared;
}

// Holds one place for as long as it exists, waiting for one when all are taken.
class ProcessPlace {
public:
    ProcessPlace() {
        std::unique_lock<std::mutex> lock(places().mutex);
        places().freed.wait(lock, [] { return places().limit == 0 || places().taken < places().limit; });
        ++places().taken;
    }
    ~ProcessPlace() {
        {
            std::lock_guard<std::mutex> lock(places().mutex);
            --places().taken;
        }
        places().freed.notify_one();
    }
    ProcessPlace(const ProcessPlace&) = delete;
    ProcessPlace& operator=(const ProcessPlace&) = delete;
};

std::vector<std::string> environment_with(const std::vector<std::string>& extra) {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string entry(*e);
        std::string name = entry.substr(0, entry.find('='));
        bool replaced = false;
        for (const std::string& x : extra) replaced |= x.substr(0, x.find('=')) == name;
        if (!replaced) env.push_back(entry);
    }
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> p;
    for (std::string& s : strings) p.push_back(s.data());
    p.push_back(nullptr);
    return p;
}

// The attributes and file actions of one spawn. Every call's result is kept: the first failure
// is in error, and a spawn must not go ahead when it is set.
class SpawnSetup {
public:
    SpawnSetup(const ProcessRequest& request, int out_fd, int err_fd) {
        check(posix_spawnattr_init(&attr_), attr_ok_);
        check(posix_spawn_file_actions_init(&actions_), actions_ok_);
        if (error != 0) return;
        set_attributes();
        if (!request.scratch_dir.empty()) {
            check(posix_spawn_file_actions_addchdir_np(&actions_, request.scratch_dir.c_str()));
        }
        check(posix_spawn_file_actions_addopen(&actions_, STDIN_FILENO, "/dev/null", O_RDONLY, 0));
        if (out_fd >= 0) {
            check(posix_spawn_file_actions_adddup2(&actions_, out_fd, STDOUT_FILENO));
        } else {
            check(posix_spawn_file_actions_addopen(&actions_, STDOUT_FILENO, "/dev/null", O_WRONLY, 0));
        }
        check(posix_spawn_file_actions_adddup2(&actions_, err_fd, STDERR_FILENO));
        // Other threads open files without O_CLOEXEC (streams, libxlsxwriter); none may leak.
        check(posix_spawn_file_actions_addclosefrom_np(&actions_, STDERR_FILENO + 1));
    }
    ~SpawnSetup() {
        if (actions_ok_) posix_spawn_file_actions_destroy(&actions_);
        if (attr_ok_) posix_spawnattr_destroy(&attr_);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;

    const posix_spawnattr_t* attr() const { return &attr_; }
    const posix_spawn_file_actions_t* actions() const { return &actions_; }
    int error = 0;

private:
    // Its own process group, so that the child and all it starts can be killed together, and
    // the signals legeplan blocks or ignores as the defaults, so that the child can be stopped.
    void set_attributes() {
        sigset_t none;
        sigset_t defaults;
        sigemptyset(&none);
        sigemptyset(&defaults);
        for (int s : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) sigaddset(&defaults, s);
        check(posix_spawnattr_setflags(&attr_, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                                   POSIX_SPAWN_SETSIGDEF));
        check(posix_spawnattr_setpgroup(&attr_, 0));
        check(posix_spawnattr_setsigmask(&attr_, &none));
        check(posix_spawnattr_setsigdefault(&attr_, &defaults));
    }
    void check(int result) {
        if (error == 0) error = result;
    }
    void check(int result, bool& ok) {
        ok = result == 0;
        check(result);
    }

    posix_spawnattr_t attr_;
    posix_spawn_file_actions_t actions_;
    bool attr_ok_ = false;
    bool actions_ok_ = false;
};

// One pipe from the child, read into text up to limit.
struct Stream {
    int fd;
    std::string* text;
    std::size_t limit;
    bool cut_is_fatal;  // standard output: stop the child; standard error: drop the rest
};

bool has_exited(pid_t pid) {
    siginfo_t info{};
    return waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
           info.si_pid == pid;
}

// Reads what is ready on stream; false when the stream is finished (closed, or fatally over
// its limit, which sets over_limit).
bool read_ready(Stream& stream, bool& over_limit, bool& cut) {
    char buffer[65536];
    ssize_t n = read(stream.fd, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return true;
    if (n <= 0) return false;
    std::size_t room = stream.limit - std::min(stream.limit, stream.text->size());
    std::size_t take = std::min(room, static_cast<std::size_t>(n));
    stream.text->append(buffer, take);
    if (take == static_cast<std::size_t>(n)) return true;
    if (stream.cut_is_fatal) {
        over_limit = true;
        return false;
    }
    cut = true;
    return true;
}

// Reads the child's pipes until it has ended and they are closed, or until the time limit or
// the output limit is reached. Whatever the end, nothing of its process group is left running.
void watch(pid_t pid, std::vector<Stream> streams, const ProcessRequest& request,
           ProcessResult& result) {
    // Readable when the child ends; without it (an old kernel), look every 50 ms. Called
    // through syscall(): glibc 2.36's <sys/pidfd.h> does not declare it for C++.
    int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
    Clock::time_point deadline = Clock::now() + request.time_limit;
    bool exited = false;
    while (!result.out_too_large) {
        if (!exited && has_exited(pid)) {
            exited = true;
            // The leader is a zombie until reaped, so its group id cannot have been reused.
            kill_process_group(pid);
            // Pipes held open by a process that left the group: read a little longer, no more.
            deadline = std::min(deadline, Clock::now() + std::chrono::seconds(1));
        }
        if (exited && streams.empty()) break;
        auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (remaining.count() <= 0) {
            result.timed_out = !exited;
            break;
        }
        std::vector<pollfd> fds;
        for (const Stream& s : streams) fds.push_back({s.fd, POLLIN, 0});
        if (!exited && pidfd >= 0) fds.push_back({pidfd, POLLIN, 0});
        long long wait_ms = remaining.count();
        if (pidfd < 0 && !exited) wait_ms = std::min(wait_ms, 50LL);
        if (poll(fds.data(), fds.size(), static_cast<int>(wait_ms)) < 0 && errno != EINTR) break;
        for (std::size_t i = streams.size(); i-- > 0;) {
            if (fds[i].revents == 0) continue;
            if (read_ready(streams[i], result.out_too_large, result.err_cut)) continue;
            close(streams[i].fd);
            streams.erase(streams.begin() + static_cast<long>(i));
        }
    }
    if (!exited) kill_process_group(pid);
    for (const Stream& s : streams) close(s.fd);
    if (pidfd >= 0) close(pidfd);
}

void reap(pid_t pid, ProcessResult& result) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    forget_process_group(pid);
    if (WIFSIGNALED(status)) {
        result.signal = WTERMSIG(status);
        result.exit_code = 128 + result.signal;
    } else {
        result.exit_code = WEXITSTATUS(status);
    }
}

std::string duration_text(std::chrono::milliseconds limit) {
    if (limit.count() == 1000) return "1 second";
    if (limit.count() % 1000 == 0) return std::to_string(limit.count() / 1000) + " seconds";
    return std::to_string(limit.count()) + " ms";
}

}  // namespace

void limit_running_processes(unsigned n) {
    {
        std::lock_guard<std::mutex> lock(places().mutex);
        places().limit = n;
    }
    places().freed.notify_all();
}

ProcessResult run_process(const ProcessRequest& request) {
    ProcessPlace place;
    ProcessResult result;
    std::vector<std::string> args = request.argv;
    std::vector<std::string> env = request.extra_env;
    if (!request.scratch_dir.empty()) {
        for (const char* name : {"TMPDIR=", "TMP=", "TEMP="}) env.push_back(name + request.scratch_dir);
    }
    env = environment_with(env);
    std::vector<char*> argv = pointers(args);
    std::vector<char*> envp = pointers(env);

    int err_pipe[2] = {-1, -1};
    int out_pipe[2] = {-1, -1};
    if (args.empty() || pipe2(err_pipe, O_CLOEXEC) != 0 ||
        (request.capture_out && pipe2(out_pipe, O_CLOEXEC) != 0)) {
        result.start_error = args.empty() ? "no program given" : std::string("cannot create a pipe: ") + std::strerror(errno);
        for (int fd : {err_pipe[0], err_pipe[1], out_pipe[0], out_pipe[1]}) if (fd >= 0) close(fd);
        return result;
    }
    int spawn_error = 0;
    pid_t pid = -1;
    {
        SpawnSetup setup(request, out_pipe[1], err_pipe[1]);
        spawn_error = setup.error;
        if (spawn_error == 0) {
            pid = spawn_registered([&] {
                pid_t child = -1;
                spawn_error = posix_spawnp(&child, argv[0], setup.actions(), setup.attr(),
                                           argv.data(), envp.data());
                return spawn_error == 0 ? child : -1;
            });
        }
    }
    close(err_pipe[1]);
    if (out_pipe[1] >= 0) close(out_pipe[1]);
    if (pid < 0) {
        close(err_pipe[0]);
        if (out_pipe[0] >= 0) close(out_pipe[0]);
        result.start_error = std::strerror(spawn_error);
        return result;
    }
    result.started = true;
    std::vector<Stream> streams = {{err_pipe[0], &result.err, request.err_limit, false}};
    if (out_pipe[0] >= 0) streams.push_back({out_pipe[0], &result.out, request.out_limit, true});
    watch(pid, streams, request, result);
    reap(pid, result);
    return result;
}

std::string process_failure(const std::string& program, const ProcessRequest& request,
                            const ProcessResult& result) {
    if (!result.started) return "cannot start " + program + " (" + result.start_error + ")";
    if (result.timed_out) {
        return program + " did not finish within " + duration_text(request.time_limit) +
               " and was stopped";
    }
    if (result.out_too_large) {
        return program + " wrote more than " + std::to_string(request.out_limit) +
               " bytes and was stopped";
    }
    if (result.signal != 0) return program + " was stopped by signal " + std::to_string(result.signal);
    if (result.exit_code != 0) return program + " exited with code " + std::to_string(result.exit_code);
    return {};
}

std::string what_it_said(const std::string& program, const ProcessResult& result) {
    std::string said = result.err;
    while (!said.empty() && said.back() == '\n') said.pop_back();
    if (said.empty()) return {};
    return "; " + program + " said: " + said + (result.err_cut ? " …" : "");
}

bool process_group_alive(pid_t group) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::directory_iterator it("/proc", ec);
    if (ec) return kill(-group, 0) == 0;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) return kill(-group, 0) == 0;
        std::string name = it->path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses.
        std::ifstream file(it->path() / "stat");
        std::string stat;
        std::getline(file, stat);
        std::size_t close_paren = stat.rfind(')');
        if (close_paren == std::string::npos) continue;
        std::istringstream rest(stat.substr(close_paren + 1));
        char state = 0;
        long ppid = 0;
        long pgrp = 0;
        rest >> state >> ppid >> pgrp;
        if (rest && pgrp == group && state != 'Z' && state != 'X') return true;
    }
    return false;
}

void kill_process_group(pid_t group) {
    if (kill(-group, SIGKILL) != 0) return;
    auto deadline = Clock::now() + std::chrono::seconds(1);
    while (process_group_alive(group) && Clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

}  // namespace legeplan
