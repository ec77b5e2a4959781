// The page furniture Pandoc's DOCX writer leaves out: A4 pages, page numbers in the footer and,
// for a plan that is not adopted, a running header that marks every page as a draft. Applied to
// the DOCX Pandoc wrote, before it is renamed into place.
#pragma once

#include <ctime>
#include <string>

namespace legeplan {

struct DocxPages {
    std::string header;  // text on every page's header; empty for none
    std::time_t mtime = 0;  // the time stamped on the parts we write, for reproducible files
};

// Adds a footer with the page number and, when pages.header is set, the running header. Keeps
// the page setup of a municipality's own reference.docx if it has one. Returns false with a
// reason in error when the file is not a DOCX it can read or write.
bool finish_docx_pages(const std::string& path, const DocxPages& pages, std::string& error);

}  // namespace legeplan
