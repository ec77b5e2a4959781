// Markdown → DOCX and HTML through the external Pandoc program (started by process.cc); the PDF
// is made from the finished DOCX (libreoffice.h).
// Plan text cannot reach Pandoc as markup: the reader has raw HTML, raw LaTeX, raw attributes,
// citations, smart punctuation, math and metadata blocks switched off, and metadata goes in as
// plain strings (--metadata).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "plan/model.h"
#include "publish/output_format.h"
#include "publish/process.h"

namespace legeplan {

struct PandocRequest {
    OutputFormat format;        // one made by Pandoc (output_format.h)
    std::string title;          // the document's title; the plan's when empty
    std::string input;          // the Markdown file
    std::string output;         // where Pandoc writes (a temporary path)
    std::string css;            // HTML: the stylesheet's text, checked to load nothing
    std::string html_template;  // HTML: the page around the body, checked; empty for Pandoc's own
    std::string reference_doc;  // DOCX: a checked copy; empty for Pandoc's own
    std::string resource_dir;   // the only folder pictures are read from: copies of those validate checked
    bool contents = true;       // a table of contents after the title
    std::string chart_dir;      // where the charts were drawn (gnuplot.h), searched after resource_dir; "" for none
    std::chrono::milliseconds time_limit = default_time_limit;  // for each program run
};

struct PandocResult {
    bool ok = false;
    std::string message;  // what went wrong, with what Pandoc printed
};

// The reader format with everything that could turn plan text into markup switched off.
std::string pandoc_reader();

// Runs one conversion in a private folder of its own (its working folder and TMPDIR, removed
// afterwards), so that Pandoc's intermediate files never reach the output
// folder. Document date and title come from the plan; SOURCE_DATE_EPOCH is set from the plan's
// date so that repeated builds give the same bytes where Pandoc allows it.
PandocResult run_pandoc(const Plan& plan, const std::string& title_line, const PandocRequest& request);

}  // namespace legeplan
