// The page each named destination of a PDF lands on, as poppler's `pdfinfo -dests` reads it: the
// PDF LibreOffice makes from the DOCX names each DOCX bookmark (a heading's), so this is the page
// each heading is on, which the DOCX's table of contents stores (docx/pages.h).
#pragma once

#include <chrono>
#include <map>
#include <string>

#include "publish/process.h"

namespace legeplan {

// A destination's name as the DOCX's bookmark has it: LibreOffice's encoding of the characters
// beyond ASCII undone ("n25C325B8kkeltall" → "nøkkeltall").
std::string decoded_destination(const std::string& name);

// Parses pdfinfo's listing: "   6 [ XYZ   91  771 null      ] \"innledning\"" → {innledning: 6},
// each name decoded.
std::map<std::string, int> parse_pdf_destinations(const std::string& listing);

// Runs pdfinfo on pdf; the destinations' pages, or "" in error and an empty map on a failure.
std::map<std::string, int> pdf_destination_pages(const std::string& pdf, std::chrono::milliseconds time_limit,
                                                 std::string& error);

}  // namespace legeplan
