#include "plan/placeholders.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "text/translate.h"
#include "text/utf8.h"

namespace legeplan {

namespace {

constexpr std::string_view kMarker = "[fyll inn";  // compared without regard to ASCII case
constexpr const char* kMessage = gettext_noop("a placeholder is left to fill in");
constexpr const char* kHint = gettext_noop("write the plan's own text or figure in place of the brackets");

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Byte offset of the first marker in text[from, end), or npos.
std::size_t find_marker(std::string_view text, std::size_t from, std::size_t end = std::string_view::npos) {
    end = std::min(end, text.size());
    if (from >= end) return std::string_view::npos;
    auto first = text.begin() + static_cast<std::ptrdiff_t>(from);
    auto last = text.begin() + static_cast<std::ptrdiff_t>(end);
    auto it = std::search(first, last, kMarker.begin(), kMarker.end(),
                          [](char a, char b) { return ascii_lower(a) == b; });
    return it == last ? std::string_view::npos : static_cast<std::size_t>(it - text.begin());
}

std::size_t count_markers(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t at = find_marker(text, 0); at != std::string_view::npos;
         at = find_marker(text, at + kMarker.size())) {
        ++n;
    }
    return n;
}

// Walks a file forward only, between byte offsets and positions (line and column from 1,
// columns in characters), so that finding every placeholder reads the file once.
class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    std::size_t offset() const { return offset_; }
    int line() const { return line_; }
    int col() const { return col_; }

    void to_offset(std::size_t target) {
        while (offset_ < target && offset_ < text_.size()) step();
    }
    void to_position(int line, int col) {
        while (std::tuple(line_, col_) < std::tuple(line, col) && offset_ < text_.size()) step();
    }

private:
    void step() {
        auto c = static_cast<unsigned char>(text_[offset_]);
        if (c == '\n') {
            ++line_;
            col_ = 1;
            ++offset_;
            return;
        }
        // The text is valid UTF-8 (the loader checked it): the lead byte gives the length.
        offset_ += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        ++col_;
    }

    std::string_view text_;
    std::size_t offset_ = 0;
    int line_ = 1;
    int col_ = 1;
};

// Reports the placeholder that starts at the cursor; it runs to its closing bracket, or to the
// end of the line when the bracket is not on it.
void report_at(const SourceFiles& files, int file, const Cursor& at, Diagnostics& diags) {
    std::string_view contents = files.contents(file);
    std::string_view line = files.line_view(file, at.line());
    auto line_end = static_cast<std::size_t>(line.data() - contents.data()) + line.size();
    std::string_view rest = contents.substr(at.offset(), line_end - at.offset());
    std::size_t close = rest.find(']');
    std::string_view placeholder = rest.substr(0, close == std::string_view::npos ? rest.size() : close + 1);
    SourcePos pos{file, at.line(), at.col(), static_cast<int>(utf8::length(placeholder))};
    diags.report(DiagnosticKind::placeholder, pos, tr(kMessage), tr(kHint));
}

void collect_scalars(const YamlNode& node, std::unordered_set<const YamlNode*>& seen,
                     std::vector<const YamlNode*>& scalars) {
    if (!seen.insert(&node).second) return;  // an alias: its node is walked once
    if (node.kind == YamlNode::Kind::scalar && node.pos.known()) scalars.push_back(&node);
    for (const NodePtr& item : node.items) collect_scalars(*item, seen, scalars);
    for (const auto& entry : node.entries) {
        collect_scalars(*entry.first, seen, scalars);
        collect_scalars(*entry.second, seen, scalars);
    }
}

}  // namespace

bool contains_placeholder(std::string_view text) { return find_marker(text, 0) != std::string_view::npos; }

void report_placeholders(const YamlNode& root, const SourceFiles& files, Diagnostics& diags) {
    std::unordered_set<const YamlNode*> seen;
    std::vector<const YamlNode*> scalars;
    collect_scalars(root, seen, scalars);
    if (scalars.empty()) return;
    std::sort(scalars.begin(), scalars.end(), [](const YamlNode* a, const YamlNode* b) {
        return std::tuple(a->pos.line, a->pos.col) < std::tuple(b->pos.line, b->pos.col);
    });
    int file = scalars.front()->pos.file;
    std::string_view contents = files.contents(file);
    Cursor start(contents);  // at the value being searched
    Cursor next(contents);   // at the value after it
    Cursor found(contents);  // at the last placeholder reported
    for (std::size_t i = 0; i < scalars.size(); ++i) {
        const YamlNode& node = *scalars[i];
        std::size_t wanted = count_markers(node.value);
        if (wanted == 0) continue;
        // The value as written lies between its start and the next value's: its placeholders
        // are the first ones there (a comment after the value comes after them).
        start.to_position(node.pos.line, node.pos.col);
        if (i + 1 < scalars.size()) {
            next.to_position(scalars[i + 1]->pos.line, scalars[i + 1]->pos.col);
        } else {
            next.to_offset(contents.size());
        }
        std::size_t at = find_marker(contents, start.offset(), next.offset());
        for (; wanted > 0 && at != std::string_view::npos; --wanted) {
            found.to_offset(at);
            report_at(files, file, found, diags);
            at = find_marker(contents, at + kMarker.size(), next.offset());
        }
        // Not written as it reads (made by an escape in a quoted value): the value's place.
        for (; wanted > 0; --wanted) diags.report(DiagnosticKind::placeholder, node.pos, tr(kMessage), tr(kHint));
    }
}

void report_placeholders_in_file(int file, const SourceFiles& files, Diagnostics& diags) {
    std::string_view contents = files.contents(file);
    Cursor found(contents);
    for (std::size_t at = find_marker(contents, 0); at != std::string_view::npos;
         at = find_marker(contents, at + kMarker.size())) {
        found.to_offset(at);
        report_at(files, file, found, diags);
    }
}

}  // namespace legeplan
