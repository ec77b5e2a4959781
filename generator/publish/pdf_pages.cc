#include "publish/pdf_pages.h"

#include <cctype>
#include <sstream>

namespace legeplan {

std::map<std::string, int> parse_pdf_destinations(const std::string& listing) {
    std::map<std::string, int> pages;
    std::istringstream lines(listing);
    for (std::string line; std::getline(lines, line);) {
        std::size_t first = line.find_first_not_of(' ');
        if (first == std::string::npos || !std::isdigit(static_cast<unsigned char>(line[first]))) continue;
        std::size_t open = line.find(" \"");
        if (open == std::string::npos || line.back() != '"' || open + 2 >= line.size()) continue;
        pages[line.substr(open + 2, line.size() - open - 3)] = std::stoi(line.substr(first));
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
        if (!done.started) error += "; install poppler-utils (on Debian: apt-get install poppler-utils)";
        return {};
    }
    return parse_pdf_destinations(done.out);
}

}  // namespace legeplan
