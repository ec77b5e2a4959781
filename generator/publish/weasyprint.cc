#include "publish/weasyprint.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "render/template_dirs.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

// The driver always comes from legeplan's own templates: a municipality's --templates folder
// must not be able to replace what decides which files a document may read.
std::string driver_path() { return standard_templates_dir() + "/html2pdf.py"; }

std::string explain(const std::string& python, const ProcessRequest& run, const ProcessResult& done) {
    std::string failure = process_failure("weasyprint", run, done);
    if (!done.started) {
        return "cannot start " + python + " (" + done.start_error +
               ") for WeasyPrint; install it (on Debian: apt-get install weasyprint)";
    }
    if (done.timed_out) return failure + "; raise the limit with --timeout";
    if (done.signal != 0 || done.out_too_large || done.out_of_memory) return failure;
    switch (done.exit_code) {
        case 4: return "WeasyPrint is not installed for " + python + "; install it (on Debian: apt-get install weasyprint)";
        case 3: return "weasyprint failed";
        default: return failure;
    }
}

}  // namespace

std::string weasyprint_python() {
    const char* path = std::getenv("PATH");
    std::stringstream folders(path ? path : "");
    for (std::string folder; std::getline(folders, folder, ':');) {
        fs::path launcher = fs::path(folder.empty() ? "." : folder) / "weasyprint";
        if (access(launcher.c_str(), X_OK) != 0) continue;
        std::ifstream in(launcher);
        std::string line;
        std::getline(in, line);
        if (line.rfind("#!", 0) != 0) break;
        std::istringstream words(line.substr(2));
        std::string program;
        words >> program;
        // "#!/usr/bin/env python3": the program is the word after env.
        if (fs::path(program).filename() == "env") words >> program;
        if (!program.empty()) return program;
        break;
    }
    return "python3";
}

std::string html_to_pdf(const PdfRequest& request) {
    std::string python = weasyprint_python();
    ProcessRequest run;
    run.argv = {python, driver_path(), request.html, request.output};
    for (const std::string& folder : request.allowed_folders) {
        run.argv.push_back("--allow");
        run.argv.push_back(folder);
    }
    run.extra_env = request.extra_env;
    run.scratch_dir = request.scratch_dir;
    run.time_limit = request.time_limit;
    ProcessResult done = run_process(run);
    if (done.started && done.exit_code == 0) return {};
    return explain(python, run, done) + (done.started ? what_it_said("weasyprint", done) : "");
}

}  // namespace legeplan
