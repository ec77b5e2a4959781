// Source positions and diagnostics: every error and warning the tool reports about a plan.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "plan/diagnostic_codes.h"

namespace legeplan {

// A place in a source file. Lines and columns count from 1; column counts characters
// (UTF-8 code points), not bytes. file indexes SourceFiles; -1 means "no position".
struct SourcePos {
    int file = -1;
    int line = 0;
    int col = 0;
    int length = 1;  // characters to underline

    bool known() const { return file >= 0 && line > 0; }
};

// The text of every file read, so diagnostics can quote the offending line.
class SourceFiles {
public:
    // origin is the path the file was read from when it differs from how it is shown
    // (a git revision shows as "REV:path").
    int add(std::string display_path, std::string contents, std::string origin = {});
    const std::string& path(int file) const { return files_.at(file).path; }
    const std::string& origin(int file) const { return files_.at(file).origin; }
    const std::string& contents(int file) const { return files_.at(file).contents; }
    std::string line_text(int file, int line) const;
    std::string_view line_view(int file, int line) const;  // valid while the file is held
    int count() const { return static_cast<int>(files_.size()); }

private:
    struct File {
        std::string path;
        std::string contents;
        std::vector<std::size_t> line_starts;
        std::string origin;
    };
    std::vector<File> files_;
};

struct Diagnostic {
    DiagnosticKind kind;  // gives the code and the severity (diagnostic_codes.h)
    SourcePos pos;
    std::string message;
    std::string hint;  // empty when there is no likely fix
    // For a rule check's finding: the rule's id and the source in force in the plan's period
    // ("gp-public-duties-max: fastlegeforskriften § 32 (FOR-2025-12-02-2405)"); empty otherwise.
    std::string rule;

    std::string_view code() const { return diagnostic_info(kind).code; }
    Severity severity() const { return diagnostic_info(kind).severity; }
};

// Collects diagnostics from every stage so that one run reports them all. Every one is counted,
// but past kStored only the first of each kind is kept: a hostile plan can give millions (3.5
// million made 745 MB of messages), and a question such as "is there an error of kind X?" keeps
// its answer.
class Diagnostics {
public:
    static constexpr std::size_t kStored = 10000;

    // Records one diagnostic; whether it is an error or a warning is the kind's, not the caller's.
    void report(DiagnosticKind kind, SourcePos pos, std::string message, std::string hint = {},
                std::string rule = {});

    bool has_errors() const { return errors_ > 0; }
    std::size_t error_count() const { return errors_; }      // all reported, stored or not
    std::size_t warning_count() const { return warnings_; }
    const std::vector<Diagnostic>& all() const { return items_; }  // those stored, in report order

    // The stored ones sorted by file (in the order files were read), line, column; stable otherwise.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;
    std::vector<bool> kind_stored_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

// "path:line:col: error[CODE]: message", then the source line, a caret line and the hint;
// "legeplan: error[CODE]: message" when it concerns no file of the plan.
std::string format_diagnostic(const Diagnostic& d, const SourceFiles& files);

// The first kShownDiagnostics diagnostics, sorted, then a line counting those left out, if any
// ("3499800 more errors and 12 more warnings not shown"), then a count line when there is more
// than nothing ("3500000 errors, 12 warnings").
constexpr std::size_t kShownDiagnostics = 200;
std::string format_diagnostics(const Diagnostics& diags, const SourceFiles& files);

}  // namespace legeplan
