#include "render/markdown_escape.h"

#include <cstring>
#include <sstream>

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

namespace {

bool only_chars(std::string_view line, char c) {
    std::size_t n = 0;
    for (char x : line) {
        if (x == c) ++n;
        else if (x != ' ') return false;
    }
    return n >= 1;
}

}  // namespace

std::string sanitize_markdown(std::string_view text) {
    std::string out;
    std::istringstream in{std::string(text)};
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::size_t indent = line.find_first_not_of(' ');
        if (indent != std::string::npos && indent < 4) {
            char first = line[indent];
            bool heading = first == '#';
            bool underline = (first == '=' && only_chars(line, '=')) ||
                             (first == '-' && only_chars(line, '-') && line.size() - indent <= 3);
            bool fence = line.compare(indent, 3, ":::") == 0 || line.compare(indent, 3, "---") == 0;
            if (heading || underline || fence) line.insert(indent, "\\");
        }
        out += line;
        out += '\n';
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') {
        out.pop_back();
    }
    if (out.empty()) return out;
    if (out.back() != '\n') out += '\n';
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
