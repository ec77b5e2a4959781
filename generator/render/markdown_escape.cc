#include "render/markdown_escape.h"

#include <algorithm>
#include <cstring>

namespace legeplan {

std::string escape_inline(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (c > 0 && c < 0x20) {
            continue;  // control characters carry nothing a reader should see
        } else if (c > 0 && std::strchr("\\`*_{}[]()<>#+-.!|~^$:\"'@&%=/;,?", c) != nullptr) {
            out += '\\';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

std::string escape_text(std::string_view text, bool at_line_start) {
    std::size_t first_word = at_line_start ? std::min(text.find(' '), text.size()) : 0;
    std::string out = escape_inline(text.substr(0, first_word));
    for (char c : text.substr(first_word)) {
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (c > 0 && c < 0x20) {
            continue;
        } else if (c > 0 && std::strchr("\\`*_[]<>{}$~^@&!|#", c) != nullptr) {
            out += '\\';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

std::string quote_block(std::string_view markdown) {
    std::string out;
    std::size_t start = 0;
    while (start < markdown.size()) {
        std::size_t end = markdown.find('\n', start);
        if (end == std::string_view::npos) end = markdown.size();
        std::string_view line = markdown.substr(start, end - start);
        out += line.empty() ? ">" : "> ";
        out += line;
        out += '\n';
        start = end + 1;
    }
    return out;
}

}  // namespace legeplan
