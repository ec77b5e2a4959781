#include "publish/process.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "publish/stop.h"
#include "text/translate.h"

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

// Every proxy variable pointing at a port on this machine where nothing listens (9, discard),
// and no host exempt from the proxy. The second layer of "converters cannot fetch": where no
// network namespace can be made (a container that forbids them, user namespaces switched off),
// a converter that honours the variables (Pandoc's HTTP client, Python's urllib, curl) fails
// to connect instead of fetching; and where the namespace is made, it costs nothing.
const std::vector<std::string> kNoProxy = {
    "http_proxy=http://127.0.0.1:9",  "https_proxy=http://127.0.0.1:9", "HTTP_PROXY=http://127.0.0.1:9",
    "HTTPS_PROXY=http://127.0.0.1:9", "all_proxy=http://127.0.0.1:9",   "ALL_PROXY=http://127.0.0.1:9",
    "no_proxy=",                      "NO_PROXY="};

// Where execve finds the program: argv[0] itself when it holds a slash, else the first
// executable file of that name in PATH (made absolute, as the child changes folder). Looked up
// here, before fork, because the child may do nothing that allocates. "" and error set when
// there is none.
std::string find_program(const std::string& name, int& error) {
    error = 0;
    if (name.find('/') != std::string::npos) return name;
    const char* path = std::getenv("PATH");
    std::string folders = path ? path : "/usr/local/bin:/usr/bin:/bin";
    error = ENOENT;
    std::size_t begin = 0;
    for (;;) {
        std::size_t end = folders.find(':', begin);
        std::string folder = folders.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
        std::error_code ec;
        std::filesystem::path candidate = std::filesystem::absolute(folder.empty() ? "." : folder, ec) / name;
        struct stat st{};
        if (!ec && stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
            if (access(candidate.c_str(), X_OK) == 0) return candidate.string();
            error = EACCES;
        }
        if (end == std::string::npos) break;
        begin = end + 1;
    }
    return {};
}

// The steps the child takes between fork and exec; the one that failed, with errno, goes back
// to the parent through a pipe that the exec closes.
enum class ChildStep : int { work_dir, standard_input, standard_output, standard_error, memory_limit, exec };

struct ChildFailure {
    ChildStep step;
    int error;
};

std::string step_text(ChildStep step, const ProcessRequest& request) {
    switch (step) {
        case ChildStep::work_dir: return fill(tr("cannot enter {path}: "), {{"path", request.scratch_dir}});
        case ChildStep::standard_input: return tr("cannot open /dev/null: ");
        case ChildStep::standard_output: return tr("cannot connect its standard output: ");
        case ChildStep::standard_error: return tr("cannot connect its standard error: ");
        case ChildStep::memory_limit: return tr("cannot set its memory limit: ");
        case ChildStep::exec: return {};
    }
    return {};
}

// Everything the child needs between fork and exec, made beforehand: after fork in a process of
// many threads, the child may only make async-signal-safe calls (no malloc, no locks, no
// iostreams), so it only reads this.
struct ChildPlan {
    const char* program = nullptr;  // found by find_program
    char* const* argv = nullptr;
    char* const* envp = nullptr;
    const char* work_dir = nullptr;  // nullptr: stay where legeplan is
    int out_fd = -1;                 // -1: /dev/null
    int err_fd = -1;
    int report_fd = -1;              // the write end of the close-on-exec pipe for ChildFailure
    rlimit memory{RLIM_INFINITY, RLIM_INFINITY};
    bool limit_memory = false;
    char uid_map[48] = {};           // "UID UID 1": the user keeps its id inside a user namespace
    char gid_map[48] = {};
};

ChildPlan child_plan(const ProcessRequest& request) {
    ChildPlan plan;
    if (!request.scratch_dir.empty()) plan.work_dir = request.scratch_dir.c_str();
    if (request.memory_limit > 0) {
        // Never above what legeplan itself may use: only root could raise a hard limit.
        rlimit inherited{};
        getrlimit(RLIMIT_AS, &inherited);
        rlim_t limit = static_cast<rlim_t>(request.memory_limit);
        plan.memory = {std::min(limit, inherited.rlim_cur), std::min(limit, inherited.rlim_max)};
        plan.limit_memory = true;
    }
    std::snprintf(plan.uid_map, sizeof plan.uid_map, "%u %u 1\n", getuid(), getuid());
    std::snprintf(plan.gid_map, sizeof plan.gid_map, "%u %u 1\n", getgid(), getgid());
    return plan;
}

// write(2) until done; in the child, where nothing else may be called.
void write_all(int fd, const void* data, std::size_t size) {
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        ssize_t n = write(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
}

[[noreturn]] void child_fails(const ChildPlan& plan, ChildStep step) {
    ChildFailure failure{step, errno};
    write_all(plan.report_fd, &failure, sizeof failure);
    _exit(127);
}

void write_proc_file(const char* path, const char* text) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) return;
    write_all(fd, text, std::strlen(text));
    close(fd);
}

// The first layer of "converters cannot fetch": a network namespace of the child's own, which
// holds nothing but a loopback device that is down, so that no connection can be made to
// anywhere, this machine included, whatever a document names and whatever check of ours missed
// it. Root (or CAP_SYS_ADMIN) makes one directly; another user makes it inside a user namespace
// of its own, where the system allows unprivileged ones: the child keeps its user and group ids
// (mapped to themselves) and so its access to files. Where neither works, the proxy variables
// (kNoProxy) remain.
void leave_the_network(const ChildPlan& plan) {
    if (unshare(CLONE_NEWNET) == 0) return;
    if (unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0) return;
    // A user namespace's own ids must be mapped before they show as themselves; "deny" first,
    // as the kernel requires before an unprivileged gid_map.
    write_proc_file("/proc/self/setgroups", "deny");
    write_proc_file("/proc/self/uid_map", plan.uid_map);
    write_proc_file("/proc/self/gid_map", plan.gid_map);
}

// fd onto target, keeping it across exec (dup2 clears close-on-exec; fd == target does not).
bool move_fd(int fd, int target) {
    if (fd == target) return fcntl(fd, F_SETFD, 0) == 0;
    return dup2(fd, target) == target;
}

// Every descriptor above standard error is closed at exec, the report pipe among them: other
// threads open files without O_CLOEXEC (streams, libxlsxwriter), and none may leak.
void close_others_on_exec() {
    if (close_range(STDERR_FILENO + 1, ~0U, CLOSE_RANGE_CLOEXEC) == 0) return;
    // Kernels before 5.11: one descriptor at a time, up to the most this process may hold.
    rlimit files{};
    int last = getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY
                   ? static_cast<int>(std::min<rlim_t>(files.rlim_cur, 1 << 20)) : 1 << 16;
    for (int fd = STDERR_FILENO + 1; fd < last; ++fd) fcntl(fd, F_SETFD, FD_CLOEXEC);
}

// The child, from fork to exec: async-signal-safe calls only.
[[noreturn]] void become_program(const ChildPlan& plan) {
    // A process group of its own, so that the child and all it starts can be killed together
    // (the parent sets it too: whichever comes first, the group exists before either goes on).
    setpgid(0, 0);
    // The signals legeplan blocks or ignores become the defaults, so that the child can be stopped.
    struct sigaction default_action {};
    default_action.sa_handler = SIG_DFL;
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) sigaction(s, &default_action, nullptr);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    leave_the_network(plan);
    // Address space rather than resident memory: the one limit an unprivileged process can set
    // that makes an allocation fail in time, so that Pandoc says "out of memory" and Python
    // raises MemoryError instead of the machine swapping or the kernel killing at random.
    // Hard as well as soft, so that the program cannot raise it again.
    if (plan.limit_memory && setrlimit(RLIMIT_AS, &plan.memory) != 0) child_fails(plan, ChildStep::memory_limit);
    if (plan.work_dir && chdir(plan.work_dir) != 0) child_fails(plan, ChildStep::work_dir);
    int null_in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null_in < 0 || !move_fd(null_in, STDIN_FILENO)) child_fails(plan, ChildStep::standard_input);
    int out = plan.out_fd >= 0 ? plan.out_fd : open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (out < 0 || !move_fd(out, STDOUT_FILENO)) child_fails(plan, ChildStep::standard_output);
    if (!move_fd(plan.err_fd, STDERR_FILENO)) child_fails(plan, ChildStep::standard_error);
    close_others_on_exec();
    execve(plan.program, plan.argv, plan.envp);
    child_fails(plan, ChildStep::exec);
}

// A descriptor above the standard three, so that moving one pipe onto its place in the child
// never overwrites another (legeplan may have been started with one of them closed).
int above_standard(int fd) {
    if (fd < 0 || fd > STDERR_FILENO) return fd;
    int moved = fcntl(fd, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
    close(fd);
    return moved;
}

// Starts the child; its pid, or -1 with error set. A child that got as far as fork but not as
// far as exec is reaped here, and its failure is in start_error.
pid_t start_child(ChildPlan plan, int& error, std::string& start_error, const ProcessRequest& request) {
    int report[2] = {-1, -1};
    if (pipe2(report, O_CLOEXEC) != 0) {
        error = errno;
        return -1;
    }
    report[0] = above_standard(report[0]);
    report[1] = above_standard(report[1]);
    plan.report_fd = report[1];
    pid_t child = fork();
    if (child == 0) become_program(plan);
    int fork_error = errno;
    close(report[1]);
    if (child < 0) {
        close(report[0]);
        error = fork_error;
        return -1;
    }
    setpgid(child, child);
    ChildFailure failure{};
    ssize_t n = 0;
    do {
        n = read(report[0], &failure, sizeof failure);
    } while (n < 0 && errno == EINTR);
    close(report[0]);
    if (n != static_cast<ssize_t>(sizeof failure)) return child;  // the exec closed the pipe
    while (waitpid(child, nullptr, 0) < 0 && errno == EINTR) {
    }
    error = failure.error;
    start_error = step_text(failure.step, request) + std::strerror(failure.error);
    return -1;
}

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

// "4 GB", "512 MB" (counted in 1024s, as the option is), or bytes.
std::string size_text(std::uint64_t bytes) {
    constexpr std::uint64_t mb = std::uint64_t{1} << 20;
    constexpr std::uint64_t gb = std::uint64_t{1} << 30;
    if (bytes % gb == 0) return std::to_string(bytes / gb) + " GB";
    if (bytes % mb == 0) return std::to_string(bytes / mb) + " MB";
    return fill(tr_n("{count} byte", "{count} bytes", bytes), {{"count", static_cast<unsigned long long>(bytes)}});
}

// Whether standard error says the program found no more memory: a line that, after the
// program's name or other "word: " prefixes, begins with what our converters print then (GHC's
// runtime for Pandoc: "out of memory", "Heap exhausted"; Python: "MemoryError"; C++:
// std::bad_alloc), or that ends in strerror(ENOMEM) ("failed to create OS thread: Cannot
// allocate memory"). Only the start or end of a line counts, so that document text quoted in the
// middle of a warning does not.
bool says_out_of_memory(const std::string& err) {
    std::istringstream lines(err);
    for (std::string line; std::getline(lines, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        if (line.ends_with("Cannot allocate memory") || line.find("std::bad_alloc") != std::string::npos) return true;
        std::string_view rest(line);
        for (;;) {
            for (const char* start : {"out of memory", "Out of memory", "Heap exhausted", "MemoryError"}) {
                if (rest.starts_with(start)) return true;
            }
            std::size_t colon = rest.find(": ");
            if (colon == std::string_view::npos || rest.substr(0, colon).find(' ') != std::string_view::npos) break;
            rest.remove_prefix(colon + 2);
        }
    }
    return false;
}

std::string duration_text(std::chrono::milliseconds limit) {
    if (limit.count() % 1000 == 0) {
        auto seconds = static_cast<unsigned long long>(limit.count() / 1000);
        return fill(tr_n("{count} second", "{count} seconds", seconds), {{"count", seconds}});
    }
    return std::to_string(limit.count()) + " ms";
}

std::atomic<std::uint64_t>& memory_limit_setting() {
    static std::atomic<std::uint64_t> bytes{default_memory_limit};
    return bytes;
}

}  // namespace

void set_memory_limit(std::uint64_t bytes) { memory_limit_setting() = bytes; }

std::uint64_t memory_limit_in_force() { return memory_limit_setting(); }

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
    env.insert(env.end(), kNoProxy.begin(), kNoProxy.end());
    env = environment_with(env);
    std::vector<char*> argv = pointers(args);
    std::vector<char*> envp = pointers(env);
    int spawn_error = 0;
    std::string program = args.empty() ? std::string() : find_program(args[0], spawn_error);
    if (program.empty()) {
        result.start_error = args.empty() ? tr("no program given") : std::strerror(spawn_error);
        return result;
    }

    int err_pipe[2] = {-1, -1};
    int out_pipe[2] = {-1, -1};
    if (pipe2(err_pipe, O_CLOEXEC) != 0 || (request.capture_out && pipe2(out_pipe, O_CLOEXEC) != 0)) {
        result.start_error = fill(tr("cannot create a pipe: {reason}"), {{"reason", std::strerror(errno)}});
        for (int fd : {err_pipe[0], err_pipe[1], out_pipe[0], out_pipe[1]}) if (fd >= 0) close(fd);
        return result;
    }
    err_pipe[1] = above_standard(err_pipe[1]);
    out_pipe[1] = above_standard(out_pipe[1]);
    ChildPlan plan = child_plan(request);
    plan.program = program.c_str();
    plan.argv = argv.data();
    plan.envp = envp.data();
    plan.out_fd = out_pipe[1];
    plan.err_fd = err_pipe[1];
    pid_t pid = spawn_registered([&] { return start_child(plan, spawn_error, result.start_error, request); });
    close(err_pipe[1]);
    if (out_pipe[1] >= 0) close(out_pipe[1]);
    if (pid < 0) {
        close(err_pipe[0]);
        if (out_pipe[0] >= 0) close(out_pipe[0]);
        if (result.start_error.empty()) result.start_error = std::strerror(spawn_error);
        return result;
    }
    result.started = true;
    std::vector<Stream> streams = {{err_pipe[0], &result.err, request.err_limit, false}};
    if (out_pipe[0] >= 0) streams.push_back({out_pipe[0], &result.out, request.out_limit, true});
    watch(pid, streams, request, result);
    reap(pid, result);
    bool failed = result.exit_code != 0 && !result.timed_out && !result.out_too_large;
    result.out_of_memory = failed && request.memory_limit > 0 && says_out_of_memory(result.err);
    return result;
}

std::string process_failure(const std::string& program, const ProcessRequest& request,
                            const ProcessResult& result) {
    if (!result.started) {
        return fill(tr("cannot start {program} ({reason})"), {{"program", program}, {"reason", result.start_error}});
    }
    if (result.timed_out) {
        return fill(tr("{program} did not finish within {time} and was stopped"),
                    {{"program", program}, {"time", duration_text(request.time_limit)}});
    }
    if (result.out_too_large) {
        return fill(tr("{program} wrote more than {size} bytes and was stopped"),
                    {{"program", program}, {"size", static_cast<unsigned long long>(request.out_limit)}});
    }
    if (result.out_of_memory) {
        return fill(tr("{program} needed more than the memory limit of {size} and was stopped; raise the limit with "
                       "--memory-limit"),
                    {{"program", program}, {"size", size_text(request.memory_limit)}});
    }
    if (result.signal != 0) {
        // A program that finds no memory under the limit and does not check (a null pointer
        // used, a stack that cannot grow) dies of one of these instead of saying why.
        bool crash = result.signal == SIGSEGV || result.signal == SIGBUS || result.signal == SIGABRT;
        if (crash && request.memory_limit > 0) {
            return fill(tr("{program} was stopped by signal {signal} (if it ran out of memory: the limit is {size}, "
                           "--memory-limit raises it)"),
                        {{"program", program}, {"signal", result.signal}, {"size", size_text(request.memory_limit)}});
        }
        return fill(tr("{program} was stopped by signal {signal}"), {{"program", program}, {"signal", result.signal}});
    }
    if (result.exit_code != 0) {
        return fill(tr("{program} exited with code {code}"), {{"program", program}, {"code", result.exit_code}});
    }
    return {};
}

std::string what_it_said(const std::string& program, const ProcessResult& result) {
    std::string said = result.err;
    while (!said.empty() && said.back() == '\n') said.pop_back();
    if (said.empty()) return {};
    // TRANSLATORS: follows a failure ("pandoc exited with code 1"); {output} is what the program wrote.
    return fill(tr("; {program} said: {output}"), {{"program", program}, {"output", said + (result.err_cut ? " …" : "")}});
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
