// HTML → PDF through WeasyPrint's Python API, driven by templates/html2pdf.py and run through
// the process runner like Pandoc. Unlike WeasyPrint's command line, the driver fetches nothing
// but files inside the folders it is handed: an image on a web server or a file elsewhere on the
// disk named in a document is refused.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "publish/process.h"

namespace legeplan {

struct PdfRequest {
    std::string html;                          // the document (absolute path)
    std::string output;                        // where the PDF goes (absolute path)
    std::vector<std::string> allowed_folders;  // what the document may load from
    std::string scratch_dir;                   // the run's private folder (ProcessRequest)
    std::vector<std::string> extra_env;
    std::chrono::milliseconds time_limit = default_time_limit;
};

// Writes the PDF; returns what went wrong, or "" when it was written.
std::string html_to_pdf(const PdfRequest& request);

// The Python that has WeasyPrint: the interpreter on the "#!" line of the weasyprint launcher
// found in PATH (Debian's names /usr/bin/python3, a virtual environment's its own); "python3"
// when there is no such launcher.
std::string weasyprint_python();

}  // namespace legeplan
