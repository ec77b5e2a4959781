// legeplan_bench: times the stages of the pipeline in-process, on one plan, and prints one CSV
// row per stage. scripts/bench.sh runs it over the synthetic plans and Bergen.
//
//   legeplan_bench PLAN --work DIR [--runs N] [--stages load,markdown,xlsx,pandoc,build]
//                       [--pandoc-formats docx,html,pdf] [--build-formats md,docx,html,pdf,xlsx]
//                       [--name NAME] [--header]
//
// Stages, in this order:
//   load      check_plan (load → build_model → validate), as every command does
//   markdown  load_labels + render_markdown (template data and Mustache), as build does
//   xlsx      render_xlsx to DIR/NAME.xlsx
//   pandoc    run_pandoc once per format on DIR/NAME.md, with the very PandocRequest build.cc
//             makes: Pandoc alone, the floor under any build; pdf is LibreOffice alone, from the
//             DOCX the docx format wrote before it (docx_to_pdf, as publish.cc runs it)
//   build     build_outputs: the whole `legeplan build` minus process start and flag parsing
//
// Columns: plan,measures,stage,runs,median_s,min_s,max_s,bytes,peak_rss_kb. bytes is the size of
// what the stage produced (0 for load and build). peak_rss_kb is the process's peak resident set
// after the stage: since load runs first, its value is the peak of load + validate; later
// values include the plan that stays in memory.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "commands/plan_build.h"
#include "commands/check.h"
#include "render/labels.h"
#include "publish/libreoffice.h"
#include "publish/pandoc.h"
#include "render/document/plan_markdown.h"
#include "render/workbook/cost_workbook.h"

namespace fs = std::filesystem;
using namespace legeplan;

namespace {

struct Options {
    std::string plan;
    std::string work;
    std::string name;
    int runs = 5;
    std::vector<std::string> stages = {"load", "markdown", "xlsx"};
    std::vector<OutputFormat> pandoc_formats = {OutputFormat::docx, OutputFormat::html, OutputFormat::pdf};
    std::vector<OutputFormat> build_formats;  // empty = build's defaults
    bool header = false;
};

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string part;
    while (std::getline(in, part, ',')) {
        if (!part.empty()) out.push_back(part);
    }
    return out;
}

[[noreturn]] void usage(const std::string& why) {
    std::cerr << "legeplan_bench: " << why
              << "\nusage: legeplan_bench PLAN --work DIR [--runs N] [--stages LIST] "
                 "[--pandoc-formats LIST] [--build-formats LIST] [--name NAME] [--header]\n";
    std::exit(2);
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) usage(a + " needs a value");
            return argv[++i];
        };
        auto formats = [&](bool (*allowed)(const OutputFormatInfo&)) {
            std::vector<OutputFormat> from;
            for (const OutputFormatInfo& row : output_formats()) {
                if (allowed(row)) from.push_back(row.format);
            }
            std::vector<OutputFormat> chosen;
            std::string error;
            if (!parse_output_formats(value(), from, chosen, error)) usage(error);
            return chosen;
        };
        if (a == "--work") o.work = value();
        else if (a == "--runs") o.runs = std::max(1, std::atoi(value().c_str()));
        else if (a == "--stages") o.stages = split(value());
        else if (a == "--pandoc-formats") o.pandoc_formats = formats([](const OutputFormatInfo& f) {
            return f.production == Production::pandoc || f.production == Production::libreoffice;
        });
        else if (a == "--build-formats") o.build_formats = formats([](const OutputFormatInfo&) { return true; });
        else if (a == "--name") o.name = value();
        else if (a == "--header") o.header = true;
        else if (!a.empty() && a[0] == '-') usage("unknown option " + a);
        else o.plan = a;
    }
    if (o.plan.empty() && !o.header) usage("no plan given");
    if (o.work.empty() && !o.plan.empty()) usage("--work is required");
    if (o.name.empty()) {
        fs::path p(o.plan);
        o.name = p.stem() == "plan" ? fs::absolute(p).parent_path().filename().string() : p.stem().string();
    }
    return o;
}

long peak_rss_kb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

struct Timing {
    double median = 0, min = 0, max = 0;
};

// Runs body `runs` times; body returns false on failure, which ends the benchmark.
Timing time_runs(int runs, const std::string& what, const std::function<bool()>& body) {
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        bool ok = body();
        auto end = std::chrono::steady_clock::now();
        if (!ok) {
            std::cerr << "legeplan_bench: " << what << " failed\n";
            std::exit(1);
        }
        seconds.push_back(std::chrono::duration<double>(end - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    std::size_t n = seconds.size();
    Timing t;
    t.median = n % 2 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    t.min = seconds.front();
    t.max = seconds.back();
    return t;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

// The subtitle build.cc gives Pandoc (build.cc keeps it private; same text here).
std::string subtitle(const Plan& plan, const Labels& labels) {
    std::string line = std::to_string(plan.meta.period.from) + "–" + std::to_string(plan.meta.period.to);
    if (plan.meta.status != PlanStatus::adopted) {
        line += " · " + labels.get("draft") + " · " + labels.get("version") + " " + plan.meta.version;
    }
    return line;
}

std::uintmax_t size_of(const std::string& path) {
    std::error_code ec;
    auto n = fs::file_size(path, ec);
    return ec ? 0 : n;
}

}  // namespace

int main(int argc, char** argv) {
    Options o = parse(argc, argv);
    if (o.header) {
        std::cout << "plan,measures,stage,runs,median_s,min_s,max_s,bytes,peak_rss_kb\n";
        if (o.plan.empty()) return 0;
    }
    fs::create_directories(o.work);
    std::size_t measures = 0;
    auto row = [&](const std::string& stage, int runs, const Timing& t, std::uintmax_t bytes) {
        char line[512];
        std::snprintf(line, sizeof line, "%s,%zu,%s,%d,%.6f,%.6f,%.6f,%ju,%ld\n", o.name.c_str(),
                      measures, stage.c_str(), runs, t.median, t.min, t.max, bytes, peak_rss_kb());
        std::cout << line << std::flush;
    };

    // load + validate; always run, since the later stages need the plan.
    CheckedPlan checked;
    Timing load = time_runs(o.runs, "load + validate", [&] {
        checked = CheckedPlan{};
        checked = check_plan(o.plan);
        return checked.usable(false);
    });
    if (!checked.usable(false)) {
        std::cerr << format_diagnostics(checked.diags, checked.files);
        return 1;
    }
    measures = checked.plan.measures.size();
    if (has(o.stages, "load")) row("load_validate", o.runs, load, 0);
    const Plan& plan = checked.plan;

    TemplateDirs dirs{"", LEGEPLAN_TEMPLATES_DIR};
    Labels labels;
    {
        SourceFiles files;
        Diagnostics diags;
        if (!load_labels(LEGEPLAN_TEMPLATES_DIR, plan.meta.language, labels, files, diags)) {
            std::cerr << format_diagnostics(diags, files);
            return 1;
        }
    }
    std::string md_path = (fs::path(o.work) / (o.name + ".md")).string();
    if (has(o.stages, "markdown") || has(o.stages, "pandoc")) {
        std::string markdown;
        Timing md = time_runs(o.runs, "render_markdown", [&] {
            SourceFiles files;
            Diagnostics diags;
            Labels fresh;
            markdown.clear();
            bool ok = load_labels(LEGEPLAN_TEMPLATES_DIR, plan.meta.language, fresh, files, diags) &&
                      render_markdown(plan, checked.figures, checked.rules, fresh, dirs, markdown, files, diags);
            if (!ok) std::cerr << format_diagnostics(diags, files);
            return ok;
        });
        if (has(o.stages, "markdown")) row("render_markdown", o.runs, md, markdown.size());
        std::ofstream out(md_path, std::ios::binary);
        out << markdown;
    }

    if (has(o.stages, "xlsx")) {
        std::string path = (fs::path(o.work) / (o.name + ".xlsx")).string();
        Timing t = time_runs(o.runs, "render_xlsx", [&] {
            std::string error;
            bool ok = render_xlsx(plan, checked.figures, labels, path, error);
            if (!ok) std::cerr << error << "\n";
            return ok;
        });
        row("render_xlsx", o.runs, t, size_of(path));
    }

    if (has(o.stages, "pandoc")) {
        for (OutputFormat format : o.pandoc_formats) {
            std::string name(format_info(format).name);
            PandocRequest request;  // as build.cc's produce() fills it
            request.format = format;
            request.input = md_path;
            request.output = (fs::path(o.work) / (o.name + std::string(format_info(format).suffix))).string();
            request.css = dirs.find("plan.css");
            request.reference_doc = fs::exists(dirs.find("reference.docx")) ? dirs.find("reference.docx") : "";
            Timing t = time_runs(o.runs, "pandoc " + name, [&] {
                if (format == OutputFormat::pdf) {
                    PdfRequest pdf;
                    pdf.docx = (fs::path(o.work) / (o.name + ".docx")).string();
                    pdf.output = request.output;
                    pdf.work_dir = o.work;
                    pdf.stamp = plan_timestamp(plan);
                    std::string failure = docx_to_pdf(pdf);
                    if (!failure.empty()) std::cerr << failure << "\n";
                    return failure.empty();
                }
                PandocResult r = run_pandoc(plan, subtitle(plan, labels), request);
                if (!r.ok) std::cerr << r.message << "\n";
                return r.ok;
            });
            row("pandoc_" + name, o.runs, t, size_of(request.output));
        }
    }

    if (has(o.stages, "build")) {
        BuildOptions b;
        b.plan_path = o.plan;
        b.output.out_dir = (fs::path(o.work) / "build").string();
        b.output.formats = o.build_formats.empty() ? formats_where(&OutputFormatInfo::build_default) : o.build_formats;
        std::string which = o.build_formats.empty() ? "all" : format_names(o.build_formats, "+");
        Timing t = time_runs(o.runs, "build", [&] {
            std::ostringstream out, err;
            Outcome s = build_outputs(b, out, err);
            if (s != Outcome::ok) std::cerr << err.str();
            return s == Outcome::ok;
        });
        row("build_" + which, o.runs, t, 0);
    }
    return 0;
}
