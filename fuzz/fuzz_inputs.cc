// Fuzzes the one way input files are opened and the checks of what a stylesheet, an HTML
// template or an SVG may load. The first byte picks what the rest is:
//   0: a path opened inside a folder full of links (to a folder ten levels down, out of the
//      folder by '..', to an absolute path, to themselves): whatever it opens must lie inside
//      the folder, found by the kernel's own name of the open file;
//   1–3: a stylesheet, an HTML template, an SVG: checked (no crash, no read out of bounds), and
//      what they find must be a place inside the text.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "plan/open_inside.h"
#include "plan/resource_policy.h"

namespace fs = std::filesystem;

namespace {

// The folder the paths are opened in, made once: <base>/plan with links of every kind, and a
// file outside it that no path may reach.
// The folder made for the run (under $TMPDIR, else /tmp), removed at exit when libFuzzer exits
// normally: kept in a buffer that outlives the strings' destructors, which run before the
// atexit handler.
char base_folder[4096];

const std::string& plan_folder() {
    static const std::string folder = [] {
        const char* tmp = std::getenv("TMPDIR");
        std::snprintf(base_folder, sizeof base_folder, "%s/legeplan-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        std::string base = mkdtemp(base_folder);
        std::string plan = base + "/plan";
        fs::create_directories(plan + "/a/b/c/d/e/f/g/h/i/j");
        fs::create_directories(plan + "/real/sub");
        std::ofstream(base + "/outside.txt") << "outside";
        std::ofstream(plan + "/x.md") << "x";
        std::ofstream(plan + "/real/z.md") << "z";
        std::ofstream(plan + "/a/b/c/d/e/f/g/h/i/j/y.md") << "y";
        fs::create_symlink("a/b/c/d/e/f/g/h/i/j", plan + "/deep");
        fs::create_symlink("real/sub", plan + "/inner");
        fs::create_symlink("../outside.txt", plan + "/up");
        fs::create_symlink("..", plan + "/parent");
        fs::create_symlink(base + "/outside.txt", plan + "/abs");
        fs::create_symlink("loop", plan + "/loop");
        fs::create_symlink("../../..", plan + "/real/sub/high");
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(base_folder, ec);
        });
        return fs::canonical(plan).string();
    }();
    return folder;
}

void check_path(const std::string& relative) {
    std::string resolved, error;
    int fd = legeplan::open_inside(plan_folder(), relative, resolved, error);
    if (fd < 0) return;
    std::error_code ec;
    std::string opened = fs::read_symlink("/proc/self/fd/" + std::to_string(fd), ec).string();
    ::close(fd);
    if (ec) return;
    if (opened.compare(0, plan_folder().size() + 1, plan_folder() + "/") != 0 ||
        opened != plan_folder() + "/" + resolved) {
        std::abort();  // a file outside the folder was opened, or resolved names another file
    }
}

void check_place(const std::optional<legeplan::ResourceProblem>& problem, std::size_t size) {
    if (problem && problem->offset >= size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 4) {
        case 0:
            if (text.size() < 4096 && text.find('\0') == std::string::npos) check_path(text);
            break;
        case 1: check_place(legeplan::css_problem(text), text.size()); break;
        case 2: check_place(legeplan::html_template_problem(text), text.size()); break;
        default: legeplan::picture_type(text); break;
    }
    return 0;
}
