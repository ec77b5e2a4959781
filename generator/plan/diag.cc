#include "plan/diag.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "text/terminal_text.h"
#include "text/translate.h"
#include "text/utf8.h"

namespace legeplan {

int SourceFiles::add(std::string display_path, std::string contents, std::string origin) {
    if (origin.empty()) origin = display_path;
    File f{std::move(display_path), std::move(contents), {0}, std::move(origin)};
    for (std::size_t i = 0; i < f.contents.size(); ++i) {
        if (f.contents[i] == '\n') f.line_starts.push_back(i + 1);
    }
    files_.push_back(std::move(f));
    return static_cast<int>(files_.size()) - 1;
}

std::string SourceFiles::line_text(int file, int line) const { return std::string(line_view(file, line)); }

std::string_view SourceFiles::line_view(int file, int line) const {
    if (file < 0 || file >= count() || line < 1) return {};
    const File& f = files_[file];
    if (static_cast<std::size_t>(line) > f.line_starts.size()) return {};
    std::size_t begin = f.line_starts[line - 1];
    std::size_t end = f.contents.find('\n', begin);
    if (end == std::string::npos) end = f.contents.size();
    if (end > begin && f.contents[end - 1] == '\r') --end;
    return std::string_view(f.contents).substr(begin, end - begin);
}

void Diagnostics::report(DiagnosticKind kind, SourcePos pos, std::string message,
                         std::string hint, std::string rule) {
    ++(diagnostic_info(kind).severity == Severity::error ? errors_ : warnings_);
    auto k = static_cast<std::size_t>(kind);
    if (kind_stored_.size() <= k) kind_stored_.resize(all_diagnostics().size());
    if (items_.size() >= kStored && kind_stored_[k]) return;
    kind_stored_[k] = true;
    items_.push_back({kind, pos, std::move(message), std::move(hint), std::move(rule)});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        auto key = [](const SourcePos& p) { return std::tuple(p.file, p.line, p.col); };
        return key(a.pos) < key(b.pos);
    });
    return out;
}

namespace {

// Long lines are cut around the column so that a one-megabyte line prints as one screen line.
constexpr int kShownLineChars = 160;

// Tabs show as one space so the caret lines up; bytes that cannot be shown and characters a
// terminal would act on become U+FFFD, one column each.
std::string printable(const std::string& c) {
    if (c == "\t") return " ";
    auto first = static_cast<unsigned char>(c[0]);
    if ((c.size() == 1 && first >= 0x80) || terminal_safe(c) != c) return "\uFFFD";
    return c;
}

std::string quoted_line_with_caret(const std::string& line, const SourcePos& pos) {
    std::vector<std::string> chars = utf8::split_chars(line);
    int col = std::max(1, pos.col);
    int first = 1;
    if (static_cast<int>(chars.size()) > kShownLineChars) {
        first = std::max(1, col - kShownLineChars / 2);
    }
    int last = std::min(static_cast<int>(chars.size()), first + kShownLineChars - 1);
    std::string text;
    std::string caret;
    if (first > 1) {
        text += "…";
        caret += " ";
    }
    for (int i = first; i <= last; ++i) {
        const std::string& c = chars[i - 1];
        text += printable(c);
        if (i < col) caret += " ";
    }
    if (last < static_cast<int>(chars.size())) text += "…";
    int visible = std::max(1, std::min(pos.length, last - col + 1));
    caret += "^";
    caret += std::string(visible - 1, '~');
    return "    " + text + "\n    " + caret + "\n";
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d, const SourceFiles& files) {
    std::string out;
    if (d.pos.file >= 0) {
        out += shown_path(files.path(d.pos.file));
        if (d.pos.line > 0) {
            // Piece by piece: "literal" + a temporary string trips a false -Wrestrict in g++ 12 -O3.
            out += ':';
            out += std::to_string(d.pos.line);
            out += ':';
            out += std::to_string(d.pos.col);
        }
        out += ": ";
    } else {
        out += "legeplan: ";  // about no file of the plan: the program speaks, as for usage errors
    }
    out += d.severity() == Severity::error ? "error[" : "warning[";
    out += std::string(d.code()) + "]: " + terminal_safe(d.message) + "\n";
    if (d.pos.known()) {
        std::string line = files.line_text(d.pos.file, d.pos.line);
        if (!line.empty()) out += quoted_line_with_caret(line, d.pos);
    }
    if (!d.hint.empty()) out += "    " + fill(tr("hint: {hint}"), {{"hint", terminal_safe(d.hint)}}) + "\n";
    // TRANSLATORS: {rule} is a rule's id and its source: "gp-list-ceiling: fastlegeforskriften § 10 (…)".
    if (!d.rule.empty()) out += "    " + fill(tr("rule: {rule}"), {{"rule", terminal_safe(d.rule)}}) + "\n";
    return out;
}

std::string format_diagnostics(const Diagnostics& diags, const SourceFiles& files) {
    std::string out;
    std::size_t shown_errors = 0;
    std::size_t shown_warnings = 0;
    std::vector<Diagnostic> sorted = diags.sorted();
    for (std::size_t i = 0; i < sorted.size() && i < kShownDiagnostics; ++i) {
        out += format_diagnostic(sorted[i], files);
        ++(sorted[i].severity() == Severity::error ? shown_errors : shown_warnings);
    }
    std::size_t errors = diags.error_count();
    std::size_t warnings = diags.warning_count();
    std::string more_errors = fill(tr_n("{count} more error", "{count} more errors", errors - shown_errors), {{"count", errors - shown_errors}});
    std::string more_warnings = fill(tr_n("{count} more warning", "{count} more warnings", warnings - shown_warnings),
                                      {{"count", warnings - shown_warnings}});
    if (errors > shown_errors && warnings > shown_warnings) {
        out += fill(tr("{errors} and {warnings} not shown"), {{"errors", more_errors}, {"warnings", more_warnings}}) + "\n";
    } else if (errors > shown_errors || warnings > shown_warnings) {
        out += fill(tr("{diagnostics} not shown"), {{"diagnostics", errors > shown_errors ? more_errors : more_warnings}}) +
               "\n";
    }
    if (errors + warnings > 0) {
        out += fill(tr_n("{count} error", "{count} errors", errors), {{"count", errors}}) + ", " +
               fill(tr_n("{count} warning", "{count} warnings", warnings), {{"count", warnings}}) + "\n";
    }
    return out;
}

}  // namespace legeplan
