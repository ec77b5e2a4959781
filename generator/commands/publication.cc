#include "commands/publication.h"

#include <algorithm>
#include <sstream>

#include "publish/stop.h"
#include "render/template_dirs.h"
#include "text/terminal_text.h"
#include "text/translate.h"

namespace legeplan {

namespace {

// The look: the municipality's own CSS and reference document when given, otherwise the ones in
// its templates folder or ours; the HTML page around the body; the DOCX footer's words.
void set_look(Publication& p, const OutputOptions& options, const Labels& labels) {
    TemplateDirs dirs{options.templates_dir};
    p.css = options.css.empty() ? dirs.locate("plan.css") : InputFile{"", options.css};
    p.html_template = dirs.locate("plan.html5");
    p.reference_doc = InputFile{"", options.reference_doc};
    if (options.reference_doc.empty() && exists_quietly(dirs.find("reference.docx"))) {
        p.reference_doc = dirs.locate("reference.docx");
    }
    p.page_word = labels.get("page");
    p.of_word = labels.get("page_of");
}

// The charts: the gnuplot run that draws the pictures the formats asked need (SVG for HTML, PNG
// for DOCX and so for the PDF, which is made from the DOCX) and each chart's alt text for the DOCX.
void set_charts(Publication& p, const ChartSet& charts) {
    if (!charts.charts.empty()) {
        auto asked = [&p](OutputFormat format) {
            return std::find(p.formats.begin(), p.formats.end(), format) != p.formats.end();
        };
        ChartPictures kinds{asked(OutputFormat::html), asked(OutputFormat::docx) || asked(OutputFormat::pdf)};
        p.charts = {gnuplot_script(charts, kinds), chart_pictures(charts, kinds)};
    }
    for (const Chart& chart : charts.charts) p.chart_descriptions[chart.caption] = chart.alt;
}

// "Wrote 5 files to bergen/utdata", for a folder the user did not name; written holds a line per file.
void say_where(const std::string& folder, const std::string& written, std::ostream& err) {
    auto count = std::count(written.begin(), written.end(), '\n');
    err << fill(tr_n("Wrote {count} file to {folder}", "Wrote {count} files to {folder}", static_cast<std::uint64_t>(count)),
                {{"count", static_cast<long>(count)}, {"folder", shown_path(folder)}})
        << "\n";
}

Outcome publish(const OutputOptions& options, Document& document, const SourceFiles& files, const Labels& labels,
                const WriteFormat& write, std::ostream& out, std::ostream& err, DrawnCharts* drawn) {
    Publication p;
    p.plan = document.plan;
    p.out_dir = options.out_dir;
    p.name = document.name;
    p.markdown = std::move(document.markdown);
    p.formats = options.formats;
    p.title = document.title;
    p.subtitle = document.subtitle;
    set_look(p, options, labels);
    p.resource_dir = document.resource_dir;
    p.contents = document.contents;
    set_charts(p, document.charts);
    p.drawn = drawn;
    p.docx_header = document.docx_header;
    p.inputs = document.inputs;
    for (int f = 0; f < files.count(); ++f) p.inputs.push_back(files.origin(f));
    p.time_limit = options.time_limit;
    p.progress = options.progress;

    Publishing publishing(p);
    if (!publishing.prepare(err)) return Outcome::output_failed;
    for (OutputFormat format : p.formats) {
        if (format_info(format).production != Production::renderer) continue;
        std::string error = tr("no way to write it");
        StopDeferral writing_in_the_work_folder;
        if (!write || !write(labels, format, publishing.path(format), error)) {
            err << fill(tr("legeplan: error: {format} failed: {message}"),
                        {{"format", format_info(format).name}, {"message", terminal_safe(error)}})
                << "\n";
            return Outcome::output_failed;
        }
    }
    return publishing.finish(out, err) ? Outcome::ok : Outcome::output_failed;
}

}  // namespace

Outcome publish_document(const OutputOptions& options, Language language, SourceFiles& files,
                         const DescribeDocument& describe, const WriteFormat& write, std::ostream& out,
                         std::ostream& err, DrawnCharts* drawn) {
    Labels labels;
    Diagnostics diags;
    if (!load_labels(labels_folder(options.templates_dir), language, labels, files, diags)) {
        err << format_diagnostics(diags, files);
        return Outcome::output_failed;
    }
    try {
        Document document;
        if (!describe(labels, document, diags)) {
            err << format_diagnostics(diags, files);
            return Outcome::output_failed;
        }
        if (options.out_dir.empty()) return Outcome::ok;  // diff: the summary on the terminal alone
        std::ostringstream written;
        Outcome outcome = publish(options, document, files, labels, write, written, err, drawn);
        const std::string paths = written.str();
        out << paths << std::flush;
        if (outcome == Outcome::ok && options.default_folder) say_where(options.out_dir, paths, err);
        return outcome;
    } catch (const MissingLabel& e) {
        err << fill(tr("legeplan: error: {message}"), {{"message", terminal_safe(e.what())}}) << "\n";
        return Outcome::output_failed;
    }
}

}  // namespace legeplan
