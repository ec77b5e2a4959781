#include "publish/pandoc.h"

#include <algorithm>
#include <ctime>
#include <filesystem>

#include "publish/output.h"
#include "publish/process.h"
#include "publish/weasyprint.h"

namespace legeplan {

std::string pandoc_reader() {
    return "markdown-raw_html-raw_tex-raw_attribute-citations-smart-tex_math_dollars"
           "-tex_math_single_backslash-yaml_metadata_block-native_divs-native_spans";
}

namespace {

// What went wrong, with what the user can do about it.
std::string explain(const ProcessRequest& run, const ProcessResult& done) {
    std::string failure = process_failure("pandoc", run, done);
    if (!done.started) return failure + "; install it with scripts/install-deps.sh";
    if (done.timed_out) return failure + "; raise the limit with --timeout";
    return failure;
}

std::vector<std::string> arguments(const Plan& plan, const std::string& title_line,
                                   const PandocRequest& r) {
    std::vector<std::string> args = {"pandoc", "--from=" + pandoc_reader(), "--standalone",
                                     "--toc", "--toc-depth=2"};
    args.push_back("--metadata=title:" + (r.title.empty() ? plan.meta.title : r.title));
    args.push_back("--metadata=subtitle:" + title_line);
    args.push_back("--metadata=author:" + plan.meta.municipality);
    args.push_back("--metadata=lang:" + std::string(plan.meta.language == Language::nn ? "nn" : "nb"));
    args.push_back("--metadata=toc-title:" + std::string(plan.meta.language == Language::nn ? "Innhald" : "Innhold"));
    args.push_back("--to=" + std::string(format_info(r.format).pandoc_writer));
    switch (r.format) {
        case OutputFormat::docx:
            if (!r.reference_doc.empty()) args.push_back("--reference-doc=" + r.reference_doc);
            break;
        case OutputFormat::html:
            args.push_back("--self-contained");
            if (!r.css.empty()) args.push_back("--css=" + r.css);
            break;
        case OutputFormat::pdf:
            if (!r.css.empty()) args.push_back("--css=" + r.css);
            break;
        default:
            break;
    }
    args.push_back("--output=" + r.output);
    args.push_back(r.input);
    return args;
}

}  // namespace

PandocResult run_pandoc(const Plan& plan, const std::string& title_line, const PandocRequest& request) {
    PandocResult result;
    ScratchFolder scratch;
    if (!scratch.ok()) {
        result.message = scratch.error();
        return result;
    }
    // Pandoc runs in the private folder, so every path it is given is absolute.
    auto absolute = [](const std::string& p) {
        return p.empty() ? p : std::filesystem::absolute(p).lexically_normal().string();
    };
    PandocRequest r = request;
    r.input = absolute(r.input);
    r.output = absolute(r.output);
    r.css = absolute(r.css);
    r.reference_doc = absolute(r.reference_doc);
    // For a PDF, Pandoc writes HTML into the private folder and WeasyPrint turns that into the PDF.
    bool through_weasyprint = format_info(r.format).production == Production::weasyprint;
    std::string target = r.output;
    if (through_weasyprint) r.output = scratch.path() + "/document.html";
    ProcessRequest run;
    run.argv = arguments(plan, title_line, r);
    run.extra_env = {"SOURCE_DATE_EPOCH=" + std::to_string(plan_timestamp(plan))};
    run.scratch_dir = scratch.path();
    run.time_limit = r.time_limit;
    ProcessResult done = run_process(run);
    if (!done.started || done.exit_code != 0) {
        result.message = explain(run, done) + (done.started ? what_it_said("pandoc", done) : "");
        return result;
    }
    if (through_weasyprint) {
        PdfRequest pdf;
        pdf.html = r.output;
        pdf.output = target;
        // The document may load what we wrote and the stylesheet with what lies next to it.
        pdf.allowed_folders = {scratch.path()};
        if (!r.css.empty()) pdf.allowed_folders.push_back(std::filesystem::path(r.css).parent_path().string());
        pdf.scratch_dir = scratch.path();
        pdf.extra_env = run.extra_env;
        pdf.time_limit = r.time_limit;
        result.message = html_to_pdf(pdf);
        if (!result.message.empty()) return result;
    }
    result.ok = true;
    return result;
}

}  // namespace legeplan
