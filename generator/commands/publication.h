// One way for a command to publish its documents. Every command that writes documents (build,
// watch, report, overview, diff) reads the labels, describes its document, and hands it here:
// the publication is set up the same way for each (output folder, formats, the look, the
// charts, the time limit, the files never written over), the formats our own renderers make are
// written by the command's writer, and a label missing from a municipality's labels is reported
// once, wherever it was asked for.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "commands/command_line.h"
#include "commands/outcome.h"
#include "plan/diag.h"
#include "publish/publish.h"
#include "render/charts/charts.h"
#include "render/labels.h"

namespace legeplan {

// What a command publishes, beside what every publication shares.
struct Document {
    const Plan* plan = nullptr;  // for Pandoc's metadata: the language and the date
    std::string name;            // the outputs' file name before their suffix
    std::string markdown;
    std::string title;  // the plan's when empty
    std::string subtitle;
    bool contents = true;        // a table of contents after the title (not for a short report)
    ChartSet charts;             // drawn for the formats that show them
    std::string docx_header;     // a running header on every DOCX page; empty for none
    std::string resource_dir;    // the folder the plan's pictures are copied from; empty for none
    std::vector<std::string> inputs;  // files the run read beside those of `files`: never written over
};

// Makes the document once the labels are read; false when it cannot be made, with the reason
// reported to diags (whose files are publish_document's files).
using DescribeDocument = std::function<bool(const Labels& labels, Document& document, Diagnostics& diags)>;

// Writes a format of our own renderers (Production::renderer) to path; false with the reason in
// error.
using WriteFormat =
    std::function<bool(const Labels& labels, OutputFormat format, const std::string& path, std::string& error)>;

// Reads the labels in language (a municipality's own over ours) into files, describes the
// document and publishes it with options, writing the renderers' formats with write. Every
// file in files counts as read. drawn: the charts of the build before, to reuse (watch).
Outcome publish_document(const OutputOptions& options, Language language, SourceFiles& files,
                         const DescribeDocument& describe, const WriteFormat& write, std::ostream& out,
                         std::ostream& err, DrawnCharts* drawn = nullptr);

}  // namespace legeplan
