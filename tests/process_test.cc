#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "publish/output.h"
#include "publish/process.h"
#include "zip_bomb.h"

using namespace legeplan;

namespace {

ProcessRequest shell(const std::string& script) {
    ProcessRequest request;
    request.argv = {"sh", "-c", script};
    request.capture_out = true;
    return request;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// True while pid is a process that still runs (a zombie has ended; nobody may reap it here).
bool running(pid_t pid) {
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!std::getline(file, stat) || stat.rfind(')') == std::string::npos) return false;
    char state = stat[stat.rfind(')') + 2];
    return state != 'Z' && state != 'X';
}

std::vector<pid_t> pids(const std::string& text) {
    std::istringstream in(text);
    std::vector<pid_t> out;
    for (pid_t p = 0; in >> p;) out.push_back(p);
    return out;
}

}  // namespace

TEST_CASE("process: the exit code and both outputs come back", "[process]") {
    ProcessResult r = run_process(shell("echo out; echo oops >&2; exit 7"));
    CHECK(r.started);
    CHECK(r.exit_code == 7);
    CHECK(r.signal == 0);
    CHECK(r.out == "out\n");
    CHECK(r.err == "oops\n");
    CHECK(process_failure("sh", shell(""), r) == "sh exited with code 7");
}

TEST_CASE("process: success is no failure", "[process]") {
    ProcessResult r = run_process(shell("true"));
    CHECK(r.exit_code == 0);
    CHECK(process_failure("sh", shell(""), r).empty());
}

TEST_CASE("process: a program that does not exist is not started", "[process]") {
    ProcessRequest request;
    request.argv = {"legeplan-no-such-program"};
    ProcessResult r = run_process(request);
    CHECK_FALSE(r.started);
    CHECK(process_failure("legeplan-no-such-program", request, r) ==
          "cannot start legeplan-no-such-program (No such file or directory)");
}

TEST_CASE("process: killed by a signal gives 128 + its number", "[process]") {
    ProcessResult r = run_process(shell("kill -TERM $$; sleep 5"));
    CHECK(r.signal == SIGTERM);
    CHECK(r.exit_code == 128 + SIGTERM);
    CHECK(process_failure("sh", shell(""), r) == "sh was stopped by signal 15");
}

TEST_CASE("process: signals blocked in legeplan are not blocked in the child", "[process]") {
    sigset_t block;
    sigset_t before;
    sigemptyset(&block);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, &before);
    ProcessResult r = run_process(shell("kill -TERM $$; exit 0"));
    pthread_sigmask(SIG_SETMASK, &before, nullptr);
    CHECK(r.signal == SIGTERM);
}

TEST_CASE("process: the time limit kills the child quickly and says so", "[process]") {
    ProcessRequest request;
    request.argv = {"sleep", "30"};
    request.time_limit = std::chrono::milliseconds(300);
    auto start = std::chrono::steady_clock::now();
    ProcessResult r = run_process(request);
    CHECK(seconds_since(start) < 3);
    CHECK(r.timed_out);
    CHECK(r.signal == SIGKILL);
    CHECK(process_failure("sleep", request, r) == "sleep did not finish within 300 ms and was stopped");
    request.time_limit = std::chrono::seconds(2);
    CHECK(process_failure("sleep", request, r) == "sleep did not finish within 2 seconds and was stopped");
}

TEST_CASE("process: the time limit kills a grandchild in the same group too", "[process]") {
    ProcessRequest request = shell("sleep 30 & echo $$ $!; wait");
    request.time_limit = std::chrono::milliseconds(300);
    ProcessResult r = run_process(request);
    CHECK(r.timed_out);
    std::vector<pid_t> ids = pids(r.out);
    REQUIRE(ids.size() == 2);
    CHECK_FALSE(running(ids[1]));
    CHECK_FALSE(process_group_alive(ids[0]));
}

TEST_CASE("process: a grandchild left running when the child ends is killed", "[process]") {
    // The grandchild holds standard output open; the run must not wait for it.
    auto start = std::chrono::steady_clock::now();
    ProcessResult r = run_process(shell("sleep 30 & echo $!"));
    CHECK(seconds_since(start) < 5);
    CHECK_FALSE(r.timed_out);
    CHECK(r.exit_code == 0);
    std::vector<pid_t> ids = pids(r.out);
    REQUIRE(ids.size() == 1);
    CHECK_FALSE(running(ids[0]));
}

TEST_CASE("process: the child leads a process group of its own", "[process]") {
    ProcessResult r = run_process(shell("echo $$; cut -d ' ' -f 5 /proc/$$/stat"));
    std::vector<pid_t> ids = pids(r.out);
    REQUIRE(ids.size() == 2);
    CHECK(ids[0] == ids[1]);
    CHECK(ids[1] != getpgrp());
}

TEST_CASE("process: no file descriptor of ours is inherited", "[process]") {
    int leaked = open("/dev/null", O_RDONLY);  // without O_CLOEXEC, as streams open files
    REQUIRE(leaked > 2);
    ProcessRequest request;
    request.argv = {"ls", "/proc/self/fd"};
    request.capture_out = true;
    ProcessResult r = run_process(request);
    close(leaked);
    CHECK(r.out == "0\n1\n2\n3\n");  // 3 is the folder ls itself reads
}

TEST_CASE("process: standard output beyond its limit stops the child", "[process]") {
    ProcessRequest request;
    request.argv = {"head", "-c", "10000000", "/dev/zero"};
    request.capture_out = true;
    request.out_limit = 1000;
    ProcessResult r = run_process(request);
    CHECK(r.out_too_large);
    CHECK(r.out.size() == 1000);
    CHECK(process_failure("head", request, r) == "head wrote more than 1000 bytes and was stopped");
}

TEST_CASE("process: standard error beyond its limit is cut, the child runs on", "[process]") {
    ProcessRequest request = shell("head -c 200000 /dev/zero | tr '\\0' x >&2; exit 3");
    request.err_limit = 10;
    ProcessResult r = run_process(request);
    CHECK(r.err == "xxxxxxxxxx");
    CHECK(r.err_cut);
    CHECK(r.exit_code == 3);
}

TEST_CASE("process: environment entries replace inherited ones", "[process]") {
    setenv("LEGEPLAN_TEST_VALUE", "inherited", 1);
    ProcessRequest request = shell("echo $LEGEPLAN_TEST_VALUE");
    request.extra_env = {"LEGEPLAN_TEST_VALUE=given"};
    CHECK(run_process(request).out == "given\n");
    unsetenv("LEGEPLAN_TEST_VALUE");
}

TEST_CASE("process: a scratch folder is the child's working folder and TMPDIR", "[process]") {
    std::string kept;
    {
        ScratchFolder scratch;
        REQUIRE(scratch.ok());
        kept = scratch.path();
        ProcessRequest request = shell("pwd; echo $TMPDIR; touch left-behind");
        request.scratch_dir = scratch.path();
        CHECK(run_process(request).out == scratch.path() + "\n" + scratch.path() + "\n");
        CHECK(std::filesystem::exists(scratch.path() + "/left-behind"));
    }
    CHECK_FALSE(std::filesystem::exists(kept));
}

TEST_CASE("process: under a limit of one, runs from several threads never overlap", "[process]") {
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    // Each run takes a lock folder that a run beside it would fail to make.
    std::string lock = scratch.path() + "/running";
    ProcessRequest request = shell("mkdir '" + lock + "' || exit 9; sleep 0.2; rmdir '" + lock + "'");
    auto run_four = [&request] {
        std::vector<std::thread> threads;
        std::vector<int> codes(4, -1);
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&request, &codes, i] { codes[i] = run_process(request).exit_code; });
        }
        for (std::thread& thread : threads) thread.join();
        return codes;
    };
    limit_running_processes(1);
    std::vector<int> limited = run_four();
    limit_running_processes(0);
    CHECK(limited == std::vector<int>{0, 0, 0, 0});
    // Without the limit they do overlap: the lock above is what would catch it.
    std::vector<int> free = run_four();
    CHECK(std::count(free.begin(), free.end(), 9) >= 1);
}

// --- memory limit -----------------------------------------------------------------------------

TEST_CASE("process: the memory limit is the child's address space, soft and hard", "[process]") {
    ProcessRequest request = shell("ulimit -Sv; ulimit -Hv");
    request.memory_limit = std::uint64_t{256} << 20;
    CHECK(run_process(request).out == "262144\n262144\n");
    request.memory_limit = 0;
    CHECK(run_process(request).out == "unlimited\nunlimited\n");
}

TEST_CASE("process: a run takes the memory limit in force when it is made", "[process]") {
    CHECK(ProcessRequest{}.memory_limit == default_memory_limit);
    CHECK(default_memory_limit == std::uint64_t{4} << 30);
    set_memory_limit(std::uint64_t{1} << 30);
    CHECK(ProcessRequest{}.memory_limit == std::uint64_t{1} << 30);
    set_memory_limit(default_memory_limit);
    CHECK(ProcessRequest{}.memory_limit == default_memory_limit);
}

TEST_CASE("process: Python past the memory limit fails, and the failure says so", "[process]") {
    ProcessRequest request;
    request.argv = {"python3", "-c", "bytearray(512 << 20)"};
    request.memory_limit = std::uint64_t{256} << 20;
    ProcessResult r = run_process(request);
    CHECK(r.exit_code == 1);
    CHECK(r.out_of_memory);
    CHECK(process_failure("python3", request, r) ==
          "python3 needed more than the memory limit of 256 MB and was stopped; raise the limit with --memory-limit");
    request.memory_limit = std::uint64_t{2} << 30;
    r = run_process(request);
    CHECK(r.exit_code == 0);
    CHECK_FALSE(r.out_of_memory);
}

TEST_CASE("process: out of memory is read from the start or end of a line of a failed run", "[process]") {
    auto says = [](const std::string& script, std::uint64_t limit = std::uint64_t{1} << 30) {
        ProcessRequest request = shell(script);
        request.memory_limit = limit;
        return run_process(request).out_of_memory;
    };
    CHECK(says("echo 'pandoc: out of memory' >&2; exit 251"));
    CHECK(says("echo 'pandoc: Heap exhausted;' >&2; exit 251"));
    CHECK(says("echo 'pandoc: failed to create OS thread: Cannot allocate memory' >&2; exit 1"));
    CHECK(says("printf 'Traceback (most recent call last):\\n  x\\nMemoryError\\n' >&2; exit 1"));
    CHECK(says("echo \"terminate called after throwing an instance of 'std::bad_alloc'\" >&2; exit 134"));
    // Document text quoted inside a warning is not the program's own word.
    CHECK_FALSE(says("echo '[WARNING] Could not fetch resource out of memory.png' >&2; exit 1"));
    CHECK_FALSE(says("echo 'pandoc: out of memory' >&2; exit 0"));  // it succeeded
    CHECK_FALSE(says("echo 'pandoc: out of memory' >&2; exit 251", 0));  // no limit of ours
}

TEST_CASE("process: a crash under a memory limit names the limit as a likely cause", "[process]") {
    ProcessRequest request = shell("kill -SEGV $$");
    request.memory_limit = std::uint64_t{3} << 30;
    ProcessResult r = run_process(request);
    CHECK(process_failure("sh", request, r) ==
          "sh was stopped by signal 11 (if it ran out of memory: the limit is 3 GB, --memory-limit raises it)");
}

TEST_CASE("process: Pandoc runs under the default memory limit and fails cleanly past a small one",
          "[process][pandoc]") {
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    std::ofstream(scratch.path() + "/in.md") << "# Tittel\n\nTekst.\n";
    ProcessRequest request;
    request.argv = {"pandoc", "--to=docx", "--output=out.docx", "in.md"};
    request.scratch_dir = scratch.path();
    ProcessResult r = run_process(request);
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    // A reference document whose styles unpack to 256 MiB (a comment of spaces): Pandoc reads
    // them whole, and under 512 MB it finds no more memory instead of taking the machine's.
    std::ifstream reference(LEGEPLAN_SOURCE_DIR "/templates/reference.docx", std::ios::binary);
    REQUIRE(reference);
    std::string styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><!--";
    REQUIRE(legeplan_test::write_zip_with(
        scratch.path() + "/bomb.docx", LEGEPLAN_SOURCE_DIR "/templates/reference.docx",
        {"word/styles.xml", styles, ' ', std::uint64_t{256} << 20, "--></w:styles>"}));
    request.argv = {"pandoc", "--to=docx", "--reference-doc=bomb.docx", "--output=out.docx", "in.md"};
    request.memory_limit = std::uint64_t{512} << 20;
    r = run_process(request);
    CHECK(r.exit_code != 0);
    CHECK(r.out_of_memory);
    CHECK(process_failure("pandoc", request, r) ==
          "pandoc needed more than the memory limit of 512 MB and was stopped; raise the limit with --memory-limit");
}

// --- no network -------------------------------------------------------------------------------

namespace {

// A TCP listener on 127.0.0.1, on a port the system picks, for as long as it exists: a thread
// accepts and at once closes every connection (so a client never waits on it), and counts them.
class Listener {
public:
    Listener() {
        fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (fd_ < 0 || bind(fd_, reinterpret_cast<sockaddr*>(&address), size) != 0 || listen(fd_, 16) != 0 ||
            getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
            return;
        }
        port_ = ntohs(address.sin_port);
        thread_ = std::thread([this] {
            while (!stop_) {
                pollfd p{fd_, POLLIN, 0};
                if (poll(&p, 1, 20) <= 0) continue;
                int client = accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
                if (client < 0) continue;
                ++accepted_;
                close(client);
            }
        });
    }
    ~Listener() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
        if (fd_ >= 0) close(fd_);
    }
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;

    int port() const { return port_; }
    // Connections accepted so far, once those already made have had time to arrive.
    int accepted() const {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        return accepted_;
    }

private:
    int fd_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<int> accepted_{0};
    std::thread thread_;
};

// Whether this machine lets a process make a network namespace, as root or inside a user
// namespace: where it does not, only the proxy variables keep converters off the network.
bool network_namespaces_work() {
    pid_t child = fork();
    if (child == 0) {
        _exit(unshare(CLONE_NEWNET) == 0 || unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0 ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool connect_to(int port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return ok;
}

}  // namespace

TEST_CASE("process: a child cannot connect even to this machine, while legeplan can", "[process]") {
    if (!network_namespaces_work()) {
        WARN("no network namespace can be made here: only the proxy variables are tested");
        return;
    }
    Listener listener;
    REQUIRE(listener.port() > 0);
    REQUIRE(connect_to(listener.port()));
    REQUIRE(listener.accepted() == 1);
    ProcessRequest request;
    request.argv = {"python3", "-c",
                    "import socket; socket.create_connection(('127.0.0.1', " + std::to_string(listener.port()) +
                        "), timeout=5)"};
    auto start = std::chrono::steady_clock::now();
    ProcessResult r = run_process(request);
    CHECK(seconds_since(start) < 5);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("OSError: [Errno 101] Network is unreachable") != std::string::npos);
    CHECK(listener.accepted() == 1);
    // Its only network device is a loopback, and that is down (else 127.0.0.1 would answer
    // "connection refused", not "network is unreachable").
    ProcessResult devices = run_process(shell("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '"));
    CHECK(devices.out == "lo\n");
}

TEST_CASE("process: every proxy variable points at a closed port, whatever legeplan inherited", "[process]") {
    setenv("http_proxy", "http://proxy.example:3128", 1);
    setenv("no_proxy", "*", 1);
    ProcessResult r = run_process(shell("echo $http_proxy $https_proxy $HTTP_PROXY $HTTPS_PROXY $all_proxy "
                                        "$ALL_PROXY \"[$no_proxy][$NO_PROXY]\""));
    unsetenv("http_proxy");
    unsetenv("no_proxy");
    CHECK(r.out ==
          "http://127.0.0.1:9 http://127.0.0.1:9 http://127.0.0.1:9 http://127.0.0.1:9 http://127.0.0.1:9 "
          "http://127.0.0.1:9 [][]\n");
}

TEST_CASE("process: a child's HTTP client fetches nothing", "[process]") {
    Listener listener;
    REQUIRE(listener.port() > 0);
    ProcessRequest request;
    request.argv = {"python3", "-c",
                    "import urllib.request; urllib.request.urlopen('http://127.0.0.1:" +
                        std::to_string(listener.port()) + "/x.png', timeout=5)"};
    ProcessResult r = run_process(request);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("urllib.error.URLError") != std::string::npos);
    CHECK(listener.accepted() == 0);
}

TEST_CASE("process: Pandoc making a self-contained page fetches no picture from the network",
          "[process][pandoc]") {
    Listener listener;
    REQUIRE(listener.port() > 0);
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    std::ofstream(scratch.path() + "/in.md") << "Tekst.\n";
    std::ofstream(scratch.path() + "/page.html5")
        << "<html><body><img src=\"http://127.0.0.1:" << listener.port() << "/x.png\" alt=\"x\">$body$</body></html>\n";
    std::vector<std::string> args = {"pandoc", "--self-contained", "--template=page.html5",
                                     "--output=out.html", "in.md"};
    // Run by hand, Pandoc does fetch it: what the test looks for is there to see.
    std::string by_hand = "cd '" + scratch.path() + "' && env -u http_proxy -u HTTP_PROXY";
    for (const std::string& a : args) by_hand += " '" + a + "'";
    CHECK(std::system((by_hand + " > /dev/null 2>&1").c_str()) != -1);
    REQUIRE(listener.accepted() == 1);
    ProcessRequest request;
    request.argv = args;
    request.scratch_dir = scratch.path();
    ProcessResult r = run_process(request);
    CHECK(r.exit_code == 61);  // PandocHTTPError
    CHECK(r.err.find("Could not fetch http://127.0.0.1:" + std::to_string(listener.port()) + "/x.png") !=
          std::string::npos);
    // Through the proxy variables, which lead nowhere.
    CHECK(r.err.find("proxy                = Just (Proxy {proxyHost = \"127.0.0.1\", proxyPort = 9})") !=
          std::string::npos);
    CHECK(listener.accepted() == 1);
}

TEST_CASE("process: gnuplot and LibreOffice draw without a network", "[process]") {
    ScratchFolder scratch;
    REQUIRE(scratch.ok());
    ProcessRequest request;
    request.scratch_dir = scratch.path();
    request.argv = {"gnuplot", "-e", "set terminal svg; set output 'c.svg'; plot x"};
    CHECK(run_process(request).exit_code == 0);
    CHECK(std::filesystem::file_size(scratch.path() + "/c.svg") > 1000);
    std::ofstream(scratch.path() + "/p.txt") << "Tekst æøå\n";
    request.argv = {"soffice", "-env:UserInstallation=file://" + scratch.path() + "/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", scratch.path(), scratch.path() + "/p.txt"};
    ProcessResult r = run_process(request);
    CHECK(r.exit_code == 0);
    CHECK(std::filesystem::file_size(scratch.path() + "/p.pdf") > 1000);
}

TEST_CASE("process: the child keeps legeplan's user and group, inside a user namespace too", "[process]") {
    // Not root, the network namespace is made inside a user namespace, whose ids are mapped to
    // the caller's own: the child owns what legeplan owns, and files it writes are legeplan's.
    ProcessResult r = run_process(shell("id -u; id -g"));
    CHECK(r.out == std::to_string(getuid()) + "\n" + std::to_string(getgid()) + "\n");
}
