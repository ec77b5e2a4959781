#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "publish/output.h"
#include "publish/process.h"
#include "publish/stop.h"
#include "test_util.h"

using namespace legeplan;
namespace fs = std::filesystem;

namespace {

// Runs body in a forked child that handles SIGTERM as legeplan does (exit 143); sends SIGTERM
// once body has written the file ready, and returns the child's exit status.
int stopped_child(const std::string& ready, const std::function<void()>& body) {
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        dup2(null, STDERR_FILENO);  // the stop's message is not part of the test's output
        stop_on_signals({{SIGTERM, 143}});
        body();
        _exit(0);
    }
    for (int i = 0; i < 1000 && !fs::exists(ready); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<std::string> words(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

}  // namespace

TEST_CASE("stop: kills the running child, removes temporary paths, exits with its code", "[stop]") {
    test::TempDir dir;
    std::string ready = dir.path() + "/ready";
    std::string output = dir.path() + "/plan.docx";
    int code = stopped_child(ready, [&] {
        std::string tmp, error;
        {
            StopDeferral writing;
            write_temporary_beside(output, "half written", tmp, error);
        }
        ScratchFolder work(dir.path(), "plan");
        std::ofstream(work.path() + "/plan.docx") << "half written";
        ScratchFolder scratch;
        ProcessRequest request;
        // Its pid and working folder, written whole before the parent may read them.
        request.argv = {"sh", "-c",
                        "echo $$ $PWD > " + ready + ".tmp; mv " + ready + ".tmp " + ready + "; exec sleep 30"};
        request.scratch_dir = scratch.path();
        run_process(request);
    });
    CHECK(code == 143);
    std::vector<std::string> child = words(ready);
    REQUIRE(child.size() == 2);
    CHECK_FALSE(process_group_alive(std::stoi(child[0])));
    CHECK_FALSE(fs::exists(child[1]));  // the scratch folder
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(dir.path())) left.push_back(entry.path().filename());
    CHECK(left == std::vector<std::string>{"ready"});
}

TEST_CASE("stop: waits for a deferral to end", "[stop]") {
    test::TempDir dir;
    std::string ready = dir.path() + "/ready";
    std::string finished = dir.path() + "/finished";
    int code = stopped_child(ready, [&] {
        {
            StopDeferral renames_first;
            std::ofstream(ready) << "ready";
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            std::ofstream(finished) << "finished";
        }
        std::this_thread::sleep_for(std::chrono::seconds(5));  // the stop ends the child here
    });
    CHECK(code == 143);
    CHECK(fs::exists(finished));
}
