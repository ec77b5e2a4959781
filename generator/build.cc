#include "build.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>

#include "check.h"
#include "labels.h"
#include "output.h"
#include "pandoc.h"
#include "render_markdown.h"
#include "render_xlsx.h"

namespace legeplan {

namespace fs = std::filesystem;

const std::vector<std::string>& all_formats() {
    static const std::vector<std::string> formats = {"md", "docx", "html", "pdf", "xlsx"};
    return formats;
}

namespace {

// bergen/plan.yaml → "bergen"; kommune-2027.yaml → "kommune-2027".
std::string output_name(const std::string& plan_path) {
    fs::path p(plan_path);
    std::string stem = p.stem().string();
    if (stem == "plan") {
        std::string folder = fs::absolute(p).parent_path().filename().string();
        if (!folder.empty()) return folder;
    }
    return stem;
}

std::string subtitle(const Plan& plan, const Labels& labels) {
    std::string line = std::to_string(plan.meta.period.from) + "–" + std::to_string(plan.meta.period.to);
    if (plan.meta.status != PlanStatus::adopted) {
        line += " · " + labels.get("draft") + " · " + labels.get("version") + " " + plan.meta.version;
    }
    return line;
}

struct Job {
    std::string format;
    std::string final_path;
    std::string tmp_path;
};

// Runs one output's conversion into its temporary file; returns an empty string or the failure.
std::string produce(const Job& job, const Plan& plan, const Labels& labels,
                    const std::string& markdown_path, const BuildOptions& options,
                    const TemplateDirs& dirs) {
    if (job.format == "xlsx") {
        std::string error;
        try {
            if (!render_xlsx(plan, labels, job.tmp_path, error)) return error;
        } catch (const MissingLabel& e) {
            return e.what();
        }
        return {};
    }
    PandocRequest request;
    request.format = job.format;
    request.input = markdown_path;
    request.output = job.tmp_path;
    request.css = options.css.empty() ? dirs.find("plan.css") : options.css;
    request.reference_doc = options.reference_doc.empty()
                                ? (fs::exists(dirs.find("reference.docx")) ? dirs.find("reference.docx") : "")
                                : options.reference_doc;
    PandocResult result = run_pandoc(plan, subtitle(plan, labels), request);
    return result.ok ? std::string() : result.message;
}

}  // namespace

BuildStatus build_outputs(const BuildOptions& options, std::ostream& out, std::ostream& err) {
    CheckedPlan checked = check_plan(options.plan_path);
    err << format_diagnostics(checked.diags, checked.files);
    if (!checked.usable(options.strict)) return BuildStatus::invalid_plan;
    const Plan& plan = checked.plan;

    TemplateDirs dirs{options.templates_dir, LEGEPLAN_TEMPLATES_DIR};
    Labels labels;
    Diagnostics render_diags;
    std::string labels_dir = !options.templates_dir.empty() &&
                                     fs::exists(fs::path(options.templates_dir) / "labels")
                                 ? options.templates_dir
                                 : std::string(LEGEPLAN_TEMPLATES_DIR);
    std::string markdown;
    bool rendered = load_labels(labels_dir, plan.meta.language, labels, checked.files, render_diags) &&
                    render_markdown(plan, labels, dirs, markdown, checked.files, render_diags);
    if (!rendered) {
        err << format_diagnostics(render_diags, checked.files);
        return BuildStatus::output_failed;
    }

    std::error_code ec;
    fs::create_directories(options.out_dir, ec);
    if (ec) {
        err << "legeplan: cannot create the output folder " << options.out_dir << ": " << ec.message() << "\n";
        return BuildStatus::output_failed;
    }
    std::string name = output_name(options.plan_path);
    std::vector<std::string> formats = options.formats.empty() ? all_formats() : options.formats;

    // Pandoc reads the Markdown from a temporary file of its own, removed at the end.
    std::string markdown_final = (fs::path(options.out_dir) / (name + ".md")).string();
    std::string markdown_input = temporary_path_for(markdown_final);
    std::string error;
    {
        std::ofstream input(markdown_input, std::ios::binary);
        input << markdown;
        if (!input.flush()) {
            err << "legeplan: cannot write " << markdown_input << "\n";
            fs::remove(markdown_input, ec);
            return BuildStatus::output_failed;
        }
    }

    std::vector<Job> jobs;
    for (const std::string& f : formats) {
        if (f == "md") continue;
        std::string final_path = (fs::path(options.out_dir) / (name + "." + f)).string();
        jobs.push_back({f, final_path, temporary_path_for(final_path)});
    }
    std::vector<std::future<std::string>> running;
    for (const Job& job : jobs) {
        running.push_back(std::async(std::launch::async, [&, job] {
            return produce(job, plan, labels, markdown_input, options, dirs);
        }));
    }
    bool failed = false;
    std::map<std::string, std::string> results;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        std::string failure = running[i].get();
        if (failure.empty() && !commit_output(jobs[i].tmp_path, jobs[i].final_path, failure)) {
            // commit_output already removed the temporary file.
        }
        if (!failure.empty()) {
            failed = true;
            fs::remove(jobs[i].tmp_path, ec);
            err << "legeplan: " << jobs[i].format << " failed: " << failure << "\n";
        } else {
            out << jobs[i].final_path << "\n";
        }
    }
    bool want_md = std::find(formats.begin(), formats.end(), "md") != formats.end();
    if (want_md) {
        if (commit_output(markdown_input, markdown_final, error)) {
            out << markdown_final << "\n";
        } else {
            failed = true;
            err << "legeplan: md failed: " << error << "\n";
        }
    } else {
        fs::remove(markdown_input, ec);
    }
    return failed ? BuildStatus::output_failed : BuildStatus::ok;
}

}  // namespace legeplan
