// DOCX → PDF through LibreOffice Writer, run by the process runner like Pandoc: the PDF is the
// finished DOCX as LibreOffice lays it out, tagged for PDF/UA-1 (headings, reading order, table
// headers, the charts' alt text, language and title, bookmarks), so the PDF and the DOCX are one
// design. LibreOffice gets a copy of the DOCX in a private folder inside the build's work folder,
// a profile of its own there (two conversions sharing a profile make the second fail without a
// word) and no network. Its exit code says nothing (0 also when it wrote nothing, or ignored an
// option), so the PDF it writes is checked (pdf_fixes.h), then fixed and stamped with the plan's
// time so that the same plan gives the same bytes. Each DOCX bookmark becomes a named destination
// of the PDF, so the page each heading lands on can be read back (pdf_pages.h).
#pragma once

#include <chrono>
#include <ctime>
#include <string>

#include "publish/process.h"

namespace legeplan {

struct PdfRequest {
    std::string docx;        // the finished DOCX
    std::string output;      // where the PDF goes
    std::string work_dir;    // the build's private folder, where LibreOffice's folder is made
    std::time_t stamp = 0;   // the PDF's creation date (plan_timestamp)
    std::chrono::milliseconds time_limit = default_time_limit;
};

// The export filter with its options, as soffice --convert-to takes it.
std::string libreoffice_pdf_filter();

// Writes the PDF; returns what went wrong, or "" when it was written.
std::string docx_to_pdf(const PdfRequest& request);

}  // namespace legeplan
