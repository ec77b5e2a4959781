#include "publish/pdf_pages.h"

#include <cctype>
#include <sstream>

#include "text/translate.h"

namespace legeplan {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The byte "25XX" stands for at at, or -1: LibreOffice percent-encodes a bookmark's bytes beyond
// ASCII, and the name reaches pdfinfo's listing with each '%' as "25" ("nøkkeltall" lists as
// "n25C325B8kkeltall").
int encoded_byte(const std::string& name, std::size_t at) {
    if (at + 4 > name.size() || name.compare(at, 2, "25") != 0) return -1;
    int high = hex_value(name[at + 2]);
    int low = hex_value(name[at + 3]);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
}

}  // namespace

std::string decoded_destination(const std::string& name) {
    std::string out;
    for (std::size_t i = 0; i < name.size();) {
        // Only a whole UTF-8 character is decoded, and its first byte is C2–F4: as hex, upper-case
        // letters that a bookmark made from a heading (lower case) cannot hold, so "tiltak-2580"
        // stays as it is.
        int lead = encoded_byte(name, i);
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        std::string character;
        for (int k = 0; k < length; ++k) {
            int byte = encoded_byte(name, i + 4 * static_cast<std::size_t>(k));
            if (k > 0 && (byte < 0x80 || byte > 0xBF)) break;
            character += static_cast<char>(byte);
        }
        if (length > 0 && static_cast<int>(character.size()) == length) {
            out += character;
            i += 4 * static_cast<std::size_t>(length);
        } else {
            out += name[i++];
        }
    }
    return out;
}

std::map<std::string, int> parse_pdf_destinations(const std::string& listing) {
    std::map<std::string, int> pages;
    std::istringstream lines(listing);
    for (std::string line; std::getline(lines, line);) {
        std::size_t first = line.find_first_not_of(' ');
        if (first == std::string::npos || !std::isdigit(static_cast<unsigned char>(line[first]))) continue;
        std::size_t open = line.find(" \"");
        if (open == std::string::npos || line.back() != '"' || open + 2 >= line.size()) continue;
        pages[decoded_destination(line.substr(open + 2, line.size() - open - 3))] = std::stoi(line.substr(first));
    }
    return pages;
}

std::map<std::string, int> pdf_destination_pages(const std::string& pdf, std::chrono::milliseconds time_limit,
                                                 std::string& error) {
    ProcessRequest run;
    run.argv = {"pdfinfo", "-dests", pdf};
    run.capture_out = true;
    run.time_limit = time_limit;
    ProcessResult done = run_process(run);
    if (!done.started || done.exit_code != 0) {
        error = process_failure("pdfinfo", run, done);
        if (!done.started) {
            error = fill(tr("{failure}; install poppler-utils (on Debian: apt-get install poppler-utils)"), {{"failure", error}});
        }
        return {};
    }
    return parse_pdf_destinations(done.out);
}

}  // namespace legeplan
