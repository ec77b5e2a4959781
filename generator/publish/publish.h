// Stage publish/: outputs on disk through external programs. It offers the table of outputs
// (output_format.h), one publication's files all or none (this header), the converters (pandoc.h,
// libreoffice.h with pdf_fixes.h, gnuplot.h) run by the one process runner (process.h), files
// written whole (output.h), stops on signals that leave nothing behind (stop.h), and watching
// files (file_watch.h). The DOCX Pandoc writes is finished in docx/.
//
// Writing a run's outputs, for every command that writes documents: the Markdown, its
// conversions by Pandoc in parallel, the PDF by LibreOffice from the finished DOCX, and the
// formats our own renderers write (workbooks, the budget file), all made in a private folder
// inside the output folder and put in place together, or none of them.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "plan/model.h"
#include "plan/open_inside.h"
#include "publish/gnuplot.h"
#include "publish/output.h"
#include "publish/output_format.h"
#include "publish/output_format.h"
#include "publish/process.h"

namespace legeplan {

// The charts one build drew, kept for the next (watch): while the script is the same, so are the
// pictures, and gnuplot need not run again. The folder goes with it, or on a stop.
struct DrawnCharts {
    std::string script;
    std::shared_ptr<ScratchFolder> folder;
};

// The steps of a publication that take their time, as they start and end: the charts drawn by
// gnuplot, each format converted by Pandoc, the PDF laid out by LibreOffice. For a progress
// display (commands/); called from several threads at once.
enum class PublishStep { charts, pandoc, libreoffice };

class PublishProgress {
public:
    virtual ~PublishProgress() = default;
    // format: the one converted to (unused for the charts).
    virtual void started(PublishStep step, OutputFormat format) = 0;
    virtual void finished(PublishStep step, OutputFormat format, bool ok) = 0;
};

struct Publication {
    const Plan* plan = nullptr;  // for Pandoc's metadata (language, date)
    std::string out_dir;
    std::string name;      // file name without extension
    std::string markdown;  // the document as Pandoc Markdown
    std::vector<OutputFormat> formats;
    std::string title;     // document title; the plan's when empty
    std::string subtitle;
    // The document's look, read and checked by publish before any converter runs: the
    // stylesheet and the HTML template may load nothing (resource_policy.h), the reference
    // document is a bounded zip; each converter is given the checked copy.
    InputFile css;
    InputFile html_template;  // the HTML page around the body (HTML); empty for Pandoc's own
    InputFile reference_doc;
    // The plan's folder, from which its pictures (plan->pictures, checked by validate) are
    // copied for the converters; empty for none.
    std::string resource_dir;
    bool contents = true;  // a table of contents, and each chapter on a new page in the DOCX (not for a short report)
    // What draws the document's charts (render/charts/charts.h), run once for every format in a
    // private folder of the build; an empty script for none.
    GnuplotJob charts;
    DrawnCharts* drawn = nullptr;  // the charts of the build before, to reuse and to replace; or none
    std::map<std::string, std::string> chart_descriptions;  // the DOCX's: a chart's caption → its alt text
    std::string docx_header;  // a running header on every DOCX page ("UTKAST – …"); empty for none
    std::string page_word = "Side";  // the DOCX footer's "Side 3 av 40", in the plan's language
    std::string of_word = "av";
    std::vector<std::string> inputs;  // files read for this run (besides the look's): never written over
    std::chrono::milliseconds time_limit = default_time_limit;  // for each external program run
    PublishProgress* progress = nullptr;  // told of each step; none for a quiet build
};

// The paths publish writes, in the order it prints them.
std::vector<std::string> output_paths(const Publication& publication);

// One run's outputs, in two steps. prepare() makes the output folder and the private folder,
// refuses names that would write over what the run reads, reads and checks the look and copies
// the pictures; then whoever renders a format of our own (Production::renderer) writes it to
// path(format); finish() runs the converters in parallel and puts every output in place. A
// failure or a Publishing that goes without finish() leaves every earlier output as it was and
// nothing behind.
class Publishing {
public:
    explicit Publishing(const Publication& publication);
    ~Publishing();
    Publishing(const Publishing&) = delete;
    Publishing& operator=(const Publishing&) = delete;

    // False, with the failure on err, when nothing can be written.
    bool prepare(std::ostream& err);
    // Where a format is made before it is put in place (after prepare()).
    std::string path(OutputFormat format) const;
    // Prints each written file to out and each failure to err; false when anything failed.
    bool finish(std::ostream& out, std::ostream& err);

private:
    struct State;
    const Publication& publication_;
    std::unique_ptr<State> state_;
};

// prepare() and finish() for a publication with no format of our own renderers.
bool publish(const Publication& publication, std::ostream& out, std::ostream& err);

}  // namespace legeplan
