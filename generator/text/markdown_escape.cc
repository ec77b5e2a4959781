#include "text/markdown_escape.h"

#include <algorithm>
#include <cstring>

namespace legeplan {

namespace {

// Line breaks and tabs become spaces, other control characters are dropped, and each
// character of special backslash-escaped.
std::string escape_chars(std::string_view text, const char* special) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
        } else if (c > 0 && c < 0x20) {
            continue;  // control characters carry nothing a reader should see
        } else if (c > 0 && std::strchr(special, c) != nullptr) {
            out += '\\';
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

// Every ASCII punctuation character.
constexpr const char* kAllPunctuation = "\\`*_{}[]()<>#+-.!|~^$:\"'@&%=/;,?";
// The characters that begin inline markup anywhere in a line.
constexpr const char* kInlineMarkup = "\\`*_[]<>{}$~^@&!|#";

}  // namespace

std::string escape_inline(std::string_view text) { return escape_chars(text, kAllPunctuation); }

std::string escape_text(std::string_view text, bool at_line_start) {
    std::size_t first_word = at_line_start ? std::min(text.find(' '), text.size()) : 0;
    return escape_chars(text.substr(0, first_word), kAllPunctuation) +
           escape_chars(text.substr(first_word), kInlineMarkup);
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
