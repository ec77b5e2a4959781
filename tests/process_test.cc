#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include "publish/output.h"
#include "publish/process.h"

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
