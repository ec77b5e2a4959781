#include "publish/publish.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>

#include "publish/docx_pages.h"
#include "publish/output.h"
#include "publish/pandoc.h"
#include "publish/stop.h"

namespace legeplan {

namespace fs = std::filesystem;

std::string output_name(const std::string& plan_path) {
    fs::path p(plan_path);
    std::string stem = p.stem().string();
    if (stem == "plan") {
        std::string folder = fs::absolute(p).parent_path().filename().string();
        if (!folder.empty()) return folder;
    }
    return stem;
}

namespace {

struct Job {
    std::string format;
    std::string final_path;
    std::string tmp_path;
};

bool is_pandoc_format(const std::string& f) { return f == "docx" || f == "html" || f == "pdf"; }

// Runs one output's conversion into its temporary file; returns the failure, or "".
std::string produce(const Job& job, const Publication& p, const std::string& markdown_path) {
    if (!is_pandoc_format(job.format)) {
        return p.other ? p.other(job.format, job.tmp_path) : "no way to write " + job.format;
    }
    PandocRequest request;
    request.format = job.format;
    request.input = markdown_path;
    request.output = job.tmp_path;
    request.title = p.title;
    request.css = p.css;
    request.reference_doc = p.reference_doc;
    request.time_limit = p.time_limit;
    PandocResult result = run_pandoc(*p.plan, p.subtitle, request);
    if (!result.ok) return result.message;
    if (job.format != "docx") return {};
    std::string error;
    DocxPages pages{p.docx_header, plan_timestamp(*p.plan)};
    return finish_docx_pages(job.tmp_path, pages, error) ? std::string() : error;
}

// True when path is one of the files the run read (the plan, its includes and texts, templates).
bool is_input(const Publication& p, const std::string& path) {
    std::error_code ec;
    for (const std::string& input : p.inputs) {
        if (fs::equivalent(path, input, ec)) return true;
    }
    return false;
}

}  // namespace

bool publish(const Publication& p, std::ostream& out, std::ostream& err) {
    std::error_code ec;
    fs::create_directories(p.out_dir, ec);
    if (ec) {
        err << "legeplan: cannot create the output folder " << p.out_dir << ": " << ec.message() << "\n";
        return false;
    }
    // Pandoc reads the Markdown from a temporary file, which becomes the .md output if asked for.
    std::string markdown_final = (fs::path(p.out_dir) / (p.name + ".md")).string();
    std::string markdown_input = temporary_path_for(markdown_final);
    {
        std::ofstream input(markdown_input, std::ios::binary);
        input << p.markdown;
        if (!input.flush()) {
            err << "legeplan: cannot write " << markdown_input << ": " << std::strerror(errno) << "\n";
            discard_temporary(markdown_input);
            return false;
        }
    }
    std::vector<Job> jobs;
    for (const std::string& f : p.formats) {
        if (f == "md") continue;
        // The review form is a workbook of its own next to the cost workbook.
        std::string file = f == "review" ? p.name + "-lsu.xlsx" : p.name + "." + f;
        std::string final_path = (fs::path(p.out_dir) / file).string();
        jobs.push_back({f, final_path, temporary_path_for(final_path)});
    }
    std::vector<std::future<std::string>> running;
    for (const Job& job : jobs) {
        running.push_back(std::async(std::launch::async, [&p, &markdown_input, job] {
            return produce(job, p, markdown_input);
        }));
    }
    bool ok = true;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        std::string failure = running[i].get();
        if (failure.empty() && is_input(p, jobs[i].final_path)) {
            failure = "refusing to write over " + jobs[i].final_path + ", which this build reads";
        }
        if (failure.empty()) continue;
        ok = false;
        err << "legeplan: " << jobs[i].format << " failed: " << failure << "\n";
    }
    if (std::find(p.formats.begin(), p.formats.end(), "md") != p.formats.end()) {
        if (is_input(p, markdown_final)) {
            err << "legeplan: md failed: refusing to write over " << markdown_final
                << ", which this build reads\n";
            ok = false;
        }
        jobs.push_back({"md", markdown_final, markdown_input});
    } else {
        discard_temporary(markdown_input);
    }
    // All or nothing: the outputs of one build belong together, so a failure anywhere leaves
    // every earlier output as it was.
    if (!ok) {
        for (const Job& job : jobs) discard_temporary(job.tmp_path);
        return false;
    }
    // A stop that comes now waits until every output is in place: the set stays whole.
    StopDeferral renames_first;
    for (const Job& job : jobs) {
        std::string error;
        if (!commit_output(job.tmp_path, job.final_path, error)) {
            err << "legeplan: " << job.format << " failed: " << error << "\n";
            ok = false;
            continue;
        }
        out << job.final_path << "\n";
    }
    return ok;
}

}  // namespace legeplan
