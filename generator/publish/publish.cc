#include "publish/publish.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <optional>

#include "publish/docx_pages.h"
#include "publish/gnuplot.h"
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
    OutputFormat format;
    std::string final_path;
    std::string tmp_path;
};

// Runs one output's conversion into its temporary file; returns the failure, or "".
std::string produce(const Job& job, const Publication& p, const std::string& markdown_path,
                    const std::string& chart_dir) {
    if (format_info(job.format).production == Production::renderer) {
        if (!p.other) return "no way to write " + std::string(format_info(job.format).name);
        StopDeferral writing_a_temporary_file;
        return p.other(job.format, job.tmp_path);
    }
    PandocRequest request;
    request.format = job.format;
    request.input = markdown_path;
    request.output = job.tmp_path;
    request.title = p.title;
    request.css = p.css;
    request.html_template = p.html_template;
    request.reference_doc = p.reference_doc;
    request.resource_dir = p.resource_dir;
    request.contents = p.contents;
    request.chart_dir = chart_dir;
    request.time_limit = p.time_limit;
    PandocResult result = run_pandoc(*p.plan, p.subtitle, request);
    if (!result.ok) return result.message;
    if (job.format != OutputFormat::docx) return {};
    std::string error;
    DocxPages pages{p.docx_header, plan_timestamp(*p.plan), p.page_word, p.of_word, p.chart_descriptions};
    return finish_docx_pages(job.tmp_path, pages, error) ? std::string() : error;
}

// Why path must not be written: it is one of the files the run read (the plan, its includes
// and texts, templates); "" when it may.
std::string refusal(const Publication& p, const std::string& path) {
    std::error_code ec;
    for (const std::string& input : p.inputs) {
        if (fs::equivalent(path, input, ec)) return "refusing to write over " + path + ", which this build reads";
    }
    return {};
}

std::string final_path(const Publication& p, OutputFormat format) {
    return (fs::path(p.out_dir) / (p.name + std::string(format_info(format).suffix))).string();
}

void report(std::ostream& err, OutputFormat format, const std::string& failure) {
    err << "legeplan: error: " << format_info(format).name << " failed: " << failure << "\n";
}

}  // namespace

bool publish(const Publication& p, std::ostream& out, std::ostream& err) {
    std::error_code ec;
    fs::create_directories(p.out_dir, ec);
    if (ec) {
        err << "legeplan: error: cannot create the output folder " << p.out_dir << ": " << ec.message() << "\n";
        return false;
    }
    // Pandoc reads the Markdown from a temporary file, which becomes the .md output if asked for.
    std::string markdown_final = final_path(p, OutputFormat::md);
    std::string markdown_input = temporary_path_for(markdown_final);
    {
        StopDeferral writing_a_temporary_file;
        std::ofstream input(markdown_input, std::ios::binary);
        input << p.markdown;
        if (!input.flush()) {
            err << "legeplan: error: cannot write " << markdown_input << ": " << std::strerror(errno) << "\n";
            discard_temporary(markdown_input);
            return false;
        }
    }
    std::vector<Job> jobs;
    for (OutputFormat f : p.formats) {
        if (format_info(f).production == Production::markdown) continue;
        jobs.push_back({f, final_path(p, f), temporary_path_for(final_path(p, f))});
    }
    // The charts first, once for all formats, in a folder that goes when the build ends (or
    // with the next build's, when kept).
    std::shared_ptr<ScratchFolder> charts;
    bool pandoc_jobs = std::any_of(jobs.begin(), jobs.end(), [](const Job& job) {
        return format_info(job.format).production != Production::renderer;
    });
    if (!p.charts.script.empty() && pandoc_jobs) {
        if (p.drawn && p.drawn->folder && p.drawn->script == p.charts.script &&
            std::all_of(p.charts.pictures.begin(), p.charts.pictures.end(), [&p](const std::string& picture) {
                std::error_code ec;
                return fs::is_regular_file(fs::path(p.drawn->folder->path()) / picture, ec);
            })) {
            charts = p.drawn->folder;
        } else {
            charts = std::make_shared<ScratchFolder>();
            std::string failure = charts->ok() ? run_gnuplot(p.charts, charts->path(), p.time_limit) : charts->error();
            if (!failure.empty()) {
                err << "legeplan: error: charts failed: " << failure << "\n";
                discard_temporary(markdown_input);
                return false;
            }
            if (p.drawn) *p.drawn = {p.charts.script, charts};
        }
    }
    std::string chart_dir = charts ? charts->path() : std::string();
    std::vector<std::future<std::string>> running;
    for (const Job& job : jobs) {
        running.push_back(std::async(std::launch::async, [&p, &markdown_input, &chart_dir, job] {
            return produce(job, p, markdown_input, chart_dir);
        }));
    }
    bool ok = true;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        std::string failure = running[i].get();
        if (failure.empty()) failure = refusal(p, jobs[i].final_path);
        if (failure.empty()) continue;
        ok = false;
        report(err, jobs[i].format, failure);
    }
    if (std::find(p.formats.begin(), p.formats.end(), OutputFormat::md) != p.formats.end()) {
        std::string failure = refusal(p, markdown_final);
        if (!failure.empty()) {
            report(err, OutputFormat::md, failure);
            ok = false;
        }
        jobs.push_back({OutputFormat::md, markdown_final, markdown_input});
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
            report(err, job.format, error);
            ok = false;
            continue;
        }
        out << job.final_path << "\n";
    }
    return ok;
}

}  // namespace legeplan
