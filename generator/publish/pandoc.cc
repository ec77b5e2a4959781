#include "publish/pandoc.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <optional>

#include "publish/gnuplot.h"
#include "publish/html_page.h"
#include "publish/output.h"
#include "publish/stop.h"
#include "text/markdown_escape.h"
#include "publish/process.h"
#include "text/translate.h"

namespace legeplan {

std::string pandoc_reader() {
    return "markdown-raw_html-raw_tex-raw_attribute-citations-smart-tex_math_dollars"
           "-tex_math_single_backslash-yaml_metadata_block-native_divs-native_spans";
}

namespace {

// What went wrong, with what the user can do about it.
std::string explain(const ProcessRequest& run, const ProcessResult& done) {
    std::string failure = process_failure("pandoc", run, done);
    if (!done.started) return fill(tr("{failure}; install it (on Debian: apt-get install pandoc)"), {{"failure", failure}});
    if (done.timed_out) return fill(tr("{failure}; raise the limit with --timeout"), {{"failure", failure}});
    return failure;
}

// A YAML metadata file of plain text values. Pandoc reads metadata strings as Markdown and a
// bare `false` or `123` on its command line as a boolean or number (a title of "false" became
// the temporary file's name), so each value is Markdown-escaped inside a quoted YAML string.
std::string metadata_yaml(const Plan& plan, const std::string& title_line, const PandocRequest& r) {
    auto entry = [](const std::string& key, const std::string& text) {
        std::string value;
        for (char c : escape_inline(text)) value += c == '\'' ? std::string("''") : std::string(1, c);
        return key + ": '" + value + "'\n";
    };
    bool nn = plan.meta.language == Language::nn;
    return entry("title", r.title.empty() ? plan.meta.title : r.title) + entry("subtitle", title_line) +
           entry("author", plan.meta.municipality) + entry("lang", nn ? "nn" : "nb") +
           entry("toc-title", nn ? "Innhald" : "Innhold") +
           // Pandoc adds its own default styles when it is given no --css; ours comes in
           // header-includes (style_element), so they are turned off by hand.
           (r.css.empty() ? "" : "document-css: false\n");
}

// The HTML forbids script and every load but what it carries inside itself (its pictures as
// data: URLs, its stylesheet inline): a reader's browser runs nothing and fetches nothing,
// whatever a future change lets through.
constexpr const char* kContentSecurityPolicy =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
    "style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'\" />\n";

// The stylesheet goes into the page as a <style> element of its own making, not as a file for
// Pandoc to inline: Pandoc would fetch or embed whatever a stylesheet's @import or url() names.
// It is checked to hold no "</" that could end the element.
std::string style_element(const std::string& css) {
    return css.empty() ? std::string() : "<style>\n" + css + "\n</style>\n";
}

std::vector<std::string> arguments(const std::string& metadata_file, const PandocRequest& r) {
    std::vector<std::string> args = {"pandoc", "--from=" + pandoc_reader(), "--standalone",
                                     "--metadata-file=" + metadata_file};
    if (r.contents) {
        args.push_back("--toc");
        args.push_back("--toc-depth=2");
    }
    // Pictures come from the plan's folder alone; with none, from nowhere. The charts' folder
    // comes after it: a picture the plan names (checked to be in its folder) is always the
    // plan's own, and only what the plan's folder lacks, the charts, is found there.
    std::string resources = r.resource_dir.empty() ? std::string("/nonexistent") : r.resource_dir;
    if (!r.chart_dir.empty()) resources += ":" + r.chart_dir;
    args.push_back("--resource-path=" + resources);
    std::string folder = std::filesystem::path(metadata_file).parent_path().string();
    if (r.format == OutputFormat::html && !r.chart_dir.empty()) args.push_back("--lua-filter=" + folder + "/svg-charts.lua");
    args.push_back("--to=" + std::string(format_info(r.format).pandoc_writer));
    switch (r.format) {
        case OutputFormat::docx:
            if (!r.reference_doc.empty()) args.push_back("--reference-doc=" + r.reference_doc);
            break;
        case OutputFormat::html:
            args.push_back("--self-contained");
            if (!r.html_template.empty()) args.push_back("--template=" + r.html_template);
            args.push_back("--include-in-header=" + folder + "/head.html");
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
    r.reference_doc = absolute(r.reference_doc);
    r.html_template = absolute(r.html_template);
    r.resource_dir = absolute(r.resource_dir);
    r.chart_dir = absolute(r.chart_dir);
    std::string metadata_file = scratch.path() + "/metadata.yaml";
    std::string error;
    // Within a deferral, as output.h asks: a stop that removed the folder meanwhile would find
    // a file of ours written into it again (or the folder not empty) afterwards.
    std::optional<StopDeferral> writing_our_files(std::in_place);
    if (!write_file_atomically(metadata_file, metadata_yaml(plan, title_line, r), error) ||
        !write_file_atomically(scratch.path() + "/head.html", style_element(r.css) + kContentSecurityPolicy, error) ||
        !write_file_atomically(scratch.path() + "/svg-charts.lua", svg_charts_filter(), error)) {
        result.message = error;
        return result;
    }
    writing_our_files.reset();  // no process runs within a deferral
    ProcessRequest run;
    run.argv = arguments(metadata_file, r);
    run.extra_env = {"SOURCE_DATE_EPOCH=" + std::to_string(plan_timestamp(plan))};
    run.scratch_dir = scratch.path();
    run.time_limit = r.time_limit;
    ProcessResult done = run_process(run);
    if (!done.started || done.exit_code != 0) {
        result.message = explain(run, done) + (done.started ? what_it_said("pandoc", done) : "");
        return result;
    }
    if (r.format == OutputFormat::html) {
        StopDeferral finishing_the_page;
        if (!finish_html_file(r.output, result.message)) return result;
    }
    result.ok = true;
    return result;
}

}  // namespace legeplan
