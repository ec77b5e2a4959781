// What a PDF from LibreOffice must be before it is an output, and the fixes that make LibreOffice
// 7.4's PDF valid and the same bytes from build to build. Every fix keeps each byte's offset (the
// cross-reference table stays right): LibreOffice 7.4 writes no object streams, so what it writes
// into a dictionary or the XMP stream lies in the file as plain text.
#pragma once

#include <ctime>
#include <string>
#include <string_view>

namespace legeplan {

// Why these bytes are not a PDF we publish: not a PDF at all, not tagged (no structure tree, not
// marked), or not declaring PDF/UA-1; "" when they are.
std::string pdf_problem(std::string_view bytes);

// Fixes a PDF LibreOffice 7.4 wrote, in place and without moving a byte:
// - each page's /Tabs is the name /S, where 7.4 writes the string (S), which PDF/UA rejects;
// - the creation and modification dates, in the document information and in the XMP, are stamp
//   (written in UTC: LibreOffice must run with TZ=UTC, so that each date has the form "Z");
// - the file identifier (/ID) and LibreOffice's /DocChecksum, which it makes from the time, are
//   made from the file's own bytes instead.
// Returns the number of dates set (0 means LibreOffice wrote none where they were looked for).
int fix_libreoffice_pdf(std::string& bytes, std::time_t stamp);

}  // namespace legeplan
