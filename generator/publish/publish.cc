#include "publish/publish.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <optional>

#include "plan/resource_policy.h"
#include "text/terminal_text.h"
#include "text/utf8.h"
#include "publish/docx/pages.h"
#include "publish/gnuplot.h"
#include "publish/libreoffice.h"
#include "publish/output.h"
#include "publish/pandoc.h"
#include "publish/pdf_pages.h"
#include "publish/stop.h"
#include "publish/zip_bounds.h"
#include "text/translate.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxLookBytes = 1u << 20;        // a stylesheet or HTML template
constexpr std::size_t kMaxReferenceBytes = 16u << 20;  // a reference document, zipped

struct Job {
    OutputFormat format;
    std::string final_path;
    std::string made;     // in the publication's work folder
    bool placed = true;   // false for the DOCX made only for the PDF
};

// The look as checked: the stylesheet's text, and the work folder's copies of the template and
// the reference document that the converters are given.
struct Look {
    std::string css;
    std::string html_template;
    std::string reference_doc;
};

std::string final_path(const Publication& p, OutputFormat format) {
    return (fs::path(p.out_dir) / (p.name + std::string(format_info(format).suffix))).lexically_normal().string();
}

// Runs step for format, telling p's progress, if any, when it starts and ends; returns its failure, or "".
template <typename Work>
std::string step(const Publication& p, PublishStep which, OutputFormat format, Work work) {
    if (p.progress) p.progress->started(which, format);
    std::string failure = work();
    if (p.progress) p.progress->finished(which, format, failure.empty());
    return failure;
}

// Runs one output's conversion into its file in the work folder; returns the failure, or "".
std::string produce(const Job& job, const Publication& p, const Look& look, const std::string& markdown_path,
                    const std::string& pictures, const std::string& chart_dir) {
    if (format_info(job.format).production == Production::renderer) {
        std::error_code ec;
        bool written = fs::is_regular_file(job.made, ec);
        return written ? std::string() : fill(tr("no way to write {format}"), {{"format", format_info(job.format).name}});
    }
    PandocRequest request;
    request.format = job.format;
    request.input = markdown_path;
    request.output = job.made;
    request.title = p.title;
    request.css = look.css;
    request.html_template = look.html_template;
    request.reference_doc = look.reference_doc;
    request.resource_dir = pictures;
    request.contents = p.contents;
    request.chart_dir = chart_dir;
    request.time_limit = p.time_limit;
    return step(p, PublishStep::pandoc, job.format, [&]() -> std::string {
        PandocResult result = run_pandoc(*p.plan, p.subtitle, request);
        if (!result.ok) return result.message;
        if (job.format != OutputFormat::docx) return {};
        std::string error;
        DocxPages pages{p.docx_header, plan_timestamp(*p.plan), p.page_word, p.of_word, p.chart_descriptions,
                        p.contents};
        StopDeferral libzip_writes_beside_the_file;
        return finish_docx_pages(job.made, pages, error) ? std::string() : error;
    });
}

// Makes the PDF from the finished DOCX, once the DOCX job has ended; returns the failure, or "".
// With contents, the DOCX's contents then store the page each heading landed on in that PDF.
std::string produce_pdf(const Job& job, const Publication& p, const std::string& docx, const std::string& work,
                        std::shared_future<std::string> docx_done, bool contents) {
    if (!docx_done.get().empty()) return tr("it is made from the DOCX, which could not be made");
    PdfRequest request;
    request.docx = docx;
    request.output = job.made;
    request.work_dir = work;
    request.stamp = plan_timestamp(*p.plan);
    request.time_limit = p.time_limit;
    std::string failure = step(p, PublishStep::libreoffice, OutputFormat::pdf, [&] { return docx_to_pdf(request); });
    if (!failure.empty() || !contents) return failure;
    std::map<std::string, int> pages = pdf_destination_pages(job.made, p.time_limit, failure);
    if (!failure.empty()) return fill(tr("the contents' page numbers: {reason}"), {{"reason", failure}});
    StopDeferral libzip_writes_beside_the_file;
    return set_contents_pages(docx, pages, request.stamp, failure) ? std::string() : failure;
}

void report(std::ostream& err, const std::string& what, const std::string& failure) {
    // TRANSLATORS: {what} is an output format (pdf, docx) or a part of the build (charts).
    err << fill(tr("legeplan: error: {what} failed: {reason}"), {{"what", what}, {"reason", terminal_safe(failure)}})
        << "\n";
}

// Why no output may be written: one of them is a file the run reads (the plan, its includes and
// texts, templates, labels, the look), or a folder is where one is to go; "" when none.
std::string refusal(const Publication& p, const std::vector<std::string>& finals) {
    std::vector<std::string> read = p.inputs;
    for (const InputFile* look : {&p.css, &p.html_template, &p.reference_doc}) {
        if (!look->empty()) read.push_back(look->path());
    }
    for (const std::string& path : finals) {
        std::error_code ec;
        if (fs::is_directory(fs::symlink_status(path, ec))) {
            return fill(tr("a folder is in the way of {path}; move it, or build into another folder"),
                        {{"path", shown_path(path)}});
        }
        fs::path absolute = fs::absolute(path, ec).lexically_normal();
        for (const std::string& input : read) {
            std::error_code same_ec;
            if (fs::absolute(input, same_ec).lexically_normal() == absolute || fs::equivalent(path, input, same_ec)) {
                return fill(tr("refusing to write over {path}, which this run reads"), {{"path", shown_path(path)}});
            }
        }
    }
    return {};
}

// Reads one file of the look; false with the failure reported.
bool read_look_file(const InputFile& file, const std::string& what, std::size_t max_bytes, std::string& out,
                    std::ostream& err) {
    std::string error;
    if (read_input(file, out, max_bytes, error)) return true;
    if (error == "too large") {
        error = fill(tr("it is larger than the limit of {size} MiB"), {{"size", static_cast<unsigned long>(max_bytes >> 20)}});
    }
    // TRANSLATORS: {what} is the stylesheet, the HTML template or the reference document.
    err << fill(tr("legeplan: error: cannot read the {what} {path}: {reason}"),
                {{"what", what}, {"path", shown_path(file.path())}, {"reason", terminal_safe(error)}})
        << "\n";
    return false;
}

// Where in text the offset is, as "line:col" (from 1).
std::string place(const std::string& text, std::size_t offset) {
    std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    line_start = line_start == std::string::npos || offset == 0 ? 0 : line_start + 1;
    std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(line_start), '\n'));
    std::size_t col = 1 + utf8::length(std::string_view(text).substr(line_start, offset - line_start));
    return std::to_string(line) + ":" + std::to_string(col);
}

bool refuse_loading(const InputFile& file, const std::string& text, const std::optional<ResourceProblem>& problem,
                    const std::string& what, std::ostream& err) {
    if (!problem) return false;
    err << shown_path(file.path()) << ":" << place(text, problem->offset) << ": "
        << fill(tr("error: the {what} may load nothing, and here it names {found}"), {{"what", what}, {"found", problem->what}})
        << "\n    "
        << fill(tr("hint: {hint}"),
                {{"hint", tr("legeplan puts everything a document shows into it; give pictures in the plan's folder and "
                             "write their styles without @import or url()")}})
        << "\n";
    return true;
}

// Reads the look, checks it and puts the copies the converters get into the work folder.
bool read_look(const Publication& p, const std::string& work, Look& look, std::ostream& err) {
    StopDeferral writing_in_the_work_folder;
    if (!p.css.empty()) {
        if (!read_look_file(p.css, tr("stylesheet"), kMaxLookBytes, look.css, err)) return false;
        if (refuse_loading(p.css, look.css, css_problem(look.css), tr("stylesheet"), err)) return false;
    }
    std::string error;
    if (!p.html_template.empty()) {
        std::string text;
        if (!read_look_file(p.html_template, tr("HTML template"), kMaxLookBytes, text, err)) return false;
        if (refuse_loading(p.html_template, text, html_template_problem(text), tr("HTML template"), err)) return false;
        look.html_template = work + "/template.html5";
        if (!write_file_atomically(look.html_template, text, error)) return report(err, tr("HTML template"), error), false;
    }
    if (!p.reference_doc.empty()) {
        std::string bytes;
        if (!read_look_file(p.reference_doc, tr("reference document"), kMaxReferenceBytes, bytes, err)) return false;
        look.reference_doc = work + "/reference.docx";
        if (!write_file_atomically(look.reference_doc, bytes, error)) return report(err, tr("reference document"), error), false;
        std::string problem = zip_problem(look.reference_doc);
        if (!problem.empty()) {
            err << fill(tr("legeplan: error: the reference document {path} cannot be used: {reason}"),
                        {{"path", shown_path(p.reference_doc.path())}, {"reason", terminal_safe(problem)}})
                << "\n";
            return false;
        }
    }
    return true;
}

// Copies the plan's pictures, each checked by validate, into the work folder: the converters
// read pictures from there alone, so what they read is what was read here.
bool copy_pictures(const Publication& p, const std::string& folder, std::ostream& err) {
    StopDeferral writing_in_the_work_folder;
    std::error_code made;
    if (!fs::create_directory(folder, made)) {
        err << fill(tr("legeplan: error: cannot make {path}: {reason}"), {{"path", shown_path(folder)}, {"reason", made.message()}})
            << "\n";
        return false;
    }
    if (p.resource_dir.empty() || !p.plan) return true;
    for (const std::string& picture : p.plan->pictures) {
        std::string bytes, error;
        std::string to = folder + "/" + picture;
        std::error_code ec;
        fs::create_directories(fs::path(to).parent_path(), ec);
        bool ok = read_file_inside(p.resource_dir, picture, bytes, kMaxPictureBytes, error) &&
                  picture_type(bytes) != PictureType::none && write_file_atomically(to, bytes, error);
        if (!ok) {
            err << fill(tr("legeplan: error: the picture {path} cannot be used: {reason}"),
                        {{"path", shown_path(picture)},
                         {"reason", terminal_safe(error.empty() ? tr("it changed since it was checked") : error)}})
                << "\n";
            return false;
        }
    }
    return true;
}

// The charts, drawn once for all formats in a folder that goes when the build ends (or with the
// next build's, when kept); null when there are none. Reports and sets failed on a failure.
std::shared_ptr<ScratchFolder> draw_charts(const Publication& p, bool& failed, std::ostream& err) {
    if (p.charts.script.empty()) return nullptr;
    if (p.drawn && p.drawn->folder && p.drawn->script == p.charts.script &&
        std::all_of(p.charts.pictures.begin(), p.charts.pictures.end(), [&p](const std::string& picture) {
            std::error_code ec;
            return fs::is_regular_file(fs::path(p.drawn->folder->path()) / picture, ec);
        })) {
        return p.drawn->folder;
    }
    auto charts = std::make_shared<ScratchFolder>();
    std::string failure = charts->ok() ? step(p, PublishStep::charts, OutputFormat::html,
                                              [&] { return run_gnuplot(p.charts, charts->path(), p.time_limit); })
                                       : charts->error();
    if (!failure.empty()) {
        report(err, tr("charts"), failure);
        failed = true;
        return nullptr;
    }
    if (p.drawn) *p.drawn = {p.charts.script, charts};
    return charts;
}

}  // namespace

std::vector<std::string> output_paths(const Publication& p) {
    std::vector<std::string> paths;
    for (OutputFormat f : p.formats) {
        if (format_info(f).production != Production::markdown) paths.push_back(final_path(p, f));
    }
    if (std::find(p.formats.begin(), p.formats.end(), OutputFormat::md) != p.formats.end()) {
        paths.push_back(final_path(p, OutputFormat::md));
    }
    return paths;
}

struct Publishing::State {
    std::unique_ptr<ScratchFolder> work;
    Look look;
    std::string pictures;
    std::string markdown;
};

Publishing::Publishing(const Publication& publication) : publication_(publication), state_(std::make_unique<State>()) {}

Publishing::~Publishing() = default;

bool Publishing::prepare(std::ostream& err) {
    const Publication& p = publication_;
    std::error_code ec;
    fs::create_directories(p.out_dir, ec);
    if (ec) {
        err << fill(tr("legeplan: error: cannot create the output folder {path}: {reason}"),
                    {{"path", shown_path(p.out_dir)}, {"reason", ec.message()}})
            << "\n";
        return false;
    }
    std::string refused = refusal(p, output_paths(p));
    if (!refused.empty()) {
        err << fill(tr("legeplan: error: {message}"), {{"message", refused}}) << "\n";
        return false;
    }
    // Every file is made in a private folder inside the output folder and renamed into place
    // from there; whatever a converter or library leaves beside its file goes with the folder.
    state_->work = std::make_unique<ScratchFolder>(p.out_dir, p.name);
    const ScratchFolder& work = *state_->work;
    if (!work.ok()) {
        err << fill(tr("legeplan: error: {message}"), {{"message", terminal_safe(work.error())}}) << "\n";
        return false;
    }
    state_->pictures = work.path() + "/pictures";
    state_->markdown = work.path() + "/" + p.name + ".md";
    if (!read_look(p, work.path(), state_->look, err) || !copy_pictures(p, state_->pictures, err)) return false;
    StopDeferral writing_a_file;
    std::string error;
    if (!write_file_atomically(state_->markdown, p.markdown, error)) {
        report(err, "md", error);
        return false;
    }
    return true;
}

std::string Publishing::path(OutputFormat format) const {
    if (!state_->work || !state_->work->ok()) return {};
    return state_->work->path() + "/" + publication_.name + std::string(format_info(format).suffix);
}

bool Publishing::finish(std::ostream& out, std::ostream& err) {
    const Publication& p = publication_;
    if (!state_->work || !state_->work->ok()) return false;
    ScratchFolder& work = *state_->work;
    const Look& look = state_->look;
    const std::string& pictures = state_->pictures;
    const std::string& markdown = state_->markdown;
    std::vector<Job> jobs;
    for (OutputFormat f : p.formats) {
        if (format_info(f).production == Production::markdown) continue;
        jobs.push_back({f, final_path(p, f), path(f)});
    }
    auto job_of = [&jobs](OutputFormat f) {
        return std::find_if(jobs.begin(), jobs.end(), [f](const Job& job) { return job.format == f; });
    };
    // The PDF is the finished DOCX laid out by LibreOffice: a PDF alone still needs its DOCX,
    // made in the work folder and not put in place. A DOCX with contents needs the PDF in turn,
    // for the page each heading lands on (made in the work folder too, when not asked for).
    bool docx = job_of(OutputFormat::docx) != jobs.end();
    bool contents = docx && p.contents;
    if (contents && job_of(OutputFormat::pdf) == jobs.end()) {
        jobs.push_back({OutputFormat::pdf, std::string(), path(OutputFormat::pdf), false});
    }
    bool pdf = job_of(OutputFormat::pdf) != jobs.end();
    if (pdf && !docx) jobs.push_back({OutputFormat::docx, std::string(), path(OutputFormat::docx), false});
    bool pandoc_jobs = std::any_of(jobs.begin(), jobs.end(), [](const Job& job) {
        return format_info(job.format).production != Production::renderer;
    });
    bool failed = false;
    std::shared_ptr<ScratchFolder> charts = pandoc_jobs ? draw_charts(p, failed, err) : nullptr;
    if (failed) return false;
    std::string chart_dir = charts ? charts->path() : std::string();
    std::vector<std::shared_future<std::string>> running(jobs.size());
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (format_info(jobs[i].format).production == Production::libreoffice) continue;
        running[i] = std::async(std::launch::async, [&p, &look, &markdown, &pictures, &chart_dir, job = jobs[i]] {
                         return produce(job, p, look, markdown, pictures, chart_dir);
                     }).share();
    }
    if (pdf) {
        std::size_t i = static_cast<std::size_t>(job_of(OutputFormat::pdf) - jobs.begin());
        std::size_t d = static_cast<std::size_t>(job_of(OutputFormat::docx) - jobs.begin());
        running[i] = std::async(std::launch::async,
                                [&p, &work, job = jobs[i], docx = jobs[d].made, done = running[d], contents] {
                                    return produce_pdf(job, p, docx, work.path(), done, contents);
                                }).share();
    }
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        std::string failure = running[i].get();
        if (failure.empty()) continue;
        failed = true;
        std::string what = jobs[i].format == OutputFormat::docx ? tr("the PDF's DOCX") : tr("the DOCX's PDF");
        report(err, jobs[i].placed ? std::string(format_info(jobs[i].format).name) : what, failure);
    }
    jobs.erase(std::remove_if(jobs.begin(), jobs.end(), [](const Job& job) { return !job.placed; }), jobs.end());
    // All or nothing: the outputs of one run belong together, so a failure anywhere leaves
    // every earlier output as it was.
    if (failed) return false;
    if (std::find(p.formats.begin(), p.formats.end(), OutputFormat::md) != p.formats.end()) {
        jobs.push_back({OutputFormat::md, final_path(p, OutputFormat::md), markdown});
    }
    std::vector<Placement> placements;
    for (const Job& job : jobs) placements.push_back({job.made, job.final_path});
    // A stop that comes now waits until every output is in place: the set stays whole.
    StopDeferral renames_first;
    bool keep_earlier = false;
    std::string failure = place_all(placements, work.path(), keep_earlier);
    if (!failure.empty()) {
        if (keep_earlier) work.keep();  // it holds earlier outputs that could not be put back
        err << fill(tr("legeplan: error: {message}"), {{"message", terminal_safe(failure)}}) << "\n";
        return false;
    }
    for (const Job& job : jobs) out << shown_path(job.final_path) << "\n";
    return true;
}

bool publish(const Publication& publication, std::ostream& out, std::ostream& err) {
    Publishing publishing(publication);
    return publishing.prepare(err) && publishing.finish(out, err);
}

}  // namespace legeplan
