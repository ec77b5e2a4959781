#include "plan/syntax_hints.h"

#include <vector>

#include "text/translate.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace legeplan {

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (end == text.size()) break;
        start = end + 1;
    }
    return lines;
}

bool blank_or_comment(std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t");
    return first == std::string_view::npos || line[first] == '#';
}

bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

// A line "  - key: rest" or "  key: rest" (rest may be empty): where the key starts (bytes from
// 0), its text and where the rest starts. The key is a word as the format's keys are.
struct KeyLine {
    std::size_t indent = 0;  // bytes before the key, a list's "- " included
    std::string_view key;
    std::size_t colon = 0;  // the byte of ':'
    bool spaced = false;    // ':' followed by a space, or ending the line
};

std::optional<KeyLine> key_line(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    while (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
        i += 2;
        while (i < line.size() && line[i] == ' ') ++i;
    }
    std::size_t start = i;
    if (i >= line.size() || !((line[i] >= 'a' && line[i] <= 'z') || (line[i] >= 'A' && line[i] <= 'Z') || line[i] == '_')) {
        return std::nullopt;
    }
    while (i < line.size() && word_char(line[i])) ++i;
    if (i >= line.size() || line[i] != ':') return std::nullopt;
    KeyLine k;
    k.indent = start;
    k.key = line.substr(start, i - start);
    k.colon = i;
    k.spaced = i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t';
    return k;
}

// "title:Nytt": the key needs a space after its colon. A URL's "https://" is no such mistake.
std::optional<SyntaxExplanation> no_space(std::string_view line, int number) {
    auto k = key_line(line);
    if (!k || k->spaced) return std::nullopt;
    std::string_view rest = line.substr(k->colon + 1);
    if (rest.substr(0, 1) == ":" || rest.substr(0, 2) == "//") return std::nullopt;
    SyntaxExplanation e;
    e.line = number;
    e.byte_col = k->colon + 1;
    e.message = fill(tr("the key '{key}' needs a space after ':'"), {{"key", std::string(k->key)}});
    // TRANSLATORS: {fixed} is the line as it should be written, e.g. title: Nytt
    e.hint = fill(tr("write {fixed}"), {{"fixed", std::string(k->key) + ": " + trimmed(rest, " \t")}});
    return e;
}

// "title: Legevakt: nytt utstyr": the second ': ' starts a key of its own.
std::optional<SyntaxExplanation> colon_in_text(std::string_view line, int number) {
    auto k = key_line(line);
    if (!k || !k->spaced || k->colon + 1 >= line.size()) return std::nullopt;
    std::size_t value_start = line.find_first_not_of(" \t", k->colon + 1);
    if (value_start == std::string_view::npos) return std::nullopt;
    char first = line[value_start];
    if (first == '"' || first == '\'' || first == '[' || first == '{' || first == '|' || first == '>' ||
        first == '#' || first == '&' || first == '*' || first == '!') {
        return std::nullopt;
    }
    std::string_view value = line.substr(value_start);
    std::size_t comment = value.find(" #");
    if (comment != std::string_view::npos) value = value.substr(0, comment);
    std::size_t second = value.find(": ");
    if (second == std::string_view::npos && !value.empty() && value.back() == ':') second = value.size() - 1;
    if (second == std::string_view::npos) return std::nullopt;
    std::string quoted = "\"";
    for (char c : trimmed(value, " \t")) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    quoted += '"';
    SyntaxExplanation e;
    e.line = number;
    e.byte_col = value_start + second + 1;
    e.message = fill(tr("': ' inside the unquoted value of '{key}' starts a new key"),
                     {{"key", std::string(k->key)}});
    e.hint = fill(tr("put the value in quotes: {fixed}"), {{"fixed", std::string(k->key) + ": " + quoted}});
    return e;
}

// A tab before the first character of a line: YAML indents with spaces only.
std::optional<SyntaxExplanation> tab(std::string_view line, int number) {
    std::size_t first = line.find_first_not_of(" \t-");
    std::string_view lead = line.substr(0, first == std::string_view::npos ? line.size() : first);
    std::size_t at = lead.find('\t');
    if (at == std::string_view::npos) return std::nullopt;
    SyntaxExplanation e;
    e.line = number;
    e.byte_col = at + 1;
    e.message = tr("YAML does not allow tabs for indentation");
    e.hint = tr("replace the tab with spaces, as many as the lines above are indented");
    return e;
}

std::size_t indent_of(std::string_view line) {
    std::size_t first = line.find_first_not_of(' ');
    return first == std::string_view::npos ? line.size() : first;
}

// For each line, whether it is the text of a block scalar ("text: |" and the lines indented
// below it), whose lines may look like keys but are not.
std::vector<bool> block_text(const std::vector<std::string_view>& lines) {
    std::vector<bool> inside(lines.size(), false);
    bool in_block = false;
    std::size_t block_indent = 0;  // the indent of the key that opened the block
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (in_block) {
            if (blank_or_comment(line) || indent_of(line) > block_indent) {
                inside[i] = true;
                continue;
            }
            in_block = false;
        }
        std::string content = trimmed(line, " \t");
        std::size_t comment = content.find(" #");
        if (comment != std::string::npos) content = trimmed(content.substr(0, comment), " \t");
        std::size_t space = content.find_last_of(' ');
        std::string last = space == std::string::npos ? content : content.substr(space + 1);
        bool opens = !last.empty() && (last[0] == '|' || last[0] == '>') &&
                     last.find_first_not_of("|>+-0123456789") == std::string::npos &&
                     (space != std::string::npos && (content[space - 1] == ':' || content[space - 1] == '-'));
        if (opens) {
            auto k = key_line(line);  // its text is indented more than its key
            block_indent = k ? k->indent : indent_of(line);
            in_block = true;
        }
    }
    return inside;
}

// A key indented unlike the keys around it: more than the key above, which holds a value of
// its own (so the line cannot be inside it), or between two levels of the lines above.
std::optional<SyntaxExplanation> misindented(const std::vector<std::string_view>& lines, int number) {
    auto here = key_line(lines[number - 1]);
    if (!here || !here->spaced) return std::nullopt;
    std::vector<bool> text = block_text(lines);
    std::size_t indent = here->indent;
    struct Level {
        std::size_t indent;
        int line;
        std::string_view key;
    };
    std::vector<Level> levels;  // the keys above, each less indented than the one after it
    bool above_holds_value = false;
    for (int n = number - 1; n >= 1; --n) {
        std::string_view line = lines[n - 1];
        if (blank_or_comment(line) || text[n - 1]) continue;
        auto k = key_line(line);
        if (!k) continue;  // text going on from a key above, an item of a list of words
        if (levels.empty()) above_holds_value = !trimmed(line.substr(k->colon + 1), " \t").empty();
        if (levels.empty() || k->indent < levels.back().indent) levels.push_back({k->indent, n, k->key});
        if (k->indent == 0) break;
    }
    if (levels.empty()) return std::nullopt;
    for (const Level& level : levels) {
        if (level.indent == indent) return std::nullopt;
    }
    const Level* sibling = nullptr;
    bool more = false;
    if (indent > levels.front().indent) {
        if (!above_holds_value) return std::nullopt;  // the first key of a map under the line above
        sibling = &levels.front();
        more = true;
    } else {
        for (const Level& level : levels) {
            if (level.indent > indent) sibling = &level;
        }
    }
    if (!sibling) return std::nullopt;
    std::size_t n = more ? indent - sibling->indent : sibling->indent - indent;
    SyntaxExplanation e;
    e.line = number;
    e.byte_col = indent + 1;
    e.length = static_cast<int>(utf8::length(here->key));
    std::string key(here->key);
    // TRANSLATORS: {key} is a YAML key; {line} the line of the keys it should line up with.
    e.message = more ? fill(tr_n("'{key}' is indented {count} space more than the keys above it (line {line})",
                                 "'{key}' is indented {count} spaces more than the keys above it (line {line})", n),
                            {{"key", key}, {"count", n}, {"line", sibling->line}})
                     : fill(tr_n("'{key}' is indented {count} space less than the keys above it (line {line})",
                                 "'{key}' is indented {count} spaces less than the keys above it (line {line})", n),
                            {{"key", key}, {"count", n}, {"line", sibling->line}});
    e.hint = fill(tr("start '{key}' in the same column as '{sibling}' on line {line}"),
                  {{"key", key}, {"sibling", std::string(sibling->key)}, {"line", sibling->line}});
    return e;
}

}  // namespace

std::optional<SyntaxExplanation> explain_syntax_error(std::string_view text, int line) {
    std::vector<std::string_view> lines = split_lines(text);
    if (line < 1 || line > static_cast<int>(lines.size())) return std::nullopt;
    int above = line - 1;  // the nearest line above with something on it, or 0
    while (above >= 1 && blank_or_comment(lines[above - 1])) --above;
    // A tab in the indentation of the line, or of the one above it.
    if (auto e = tab(lines[line - 1], line)) return e;
    if (above >= 1) {
        if (auto e = tab(lines[above - 1], above)) return e;
    }
    // "key:value" is text to yaml-cpp, which goes on into the next line and stumbles there.
    if (above >= 1) {
        if (auto e = no_space(lines[above - 1], above)) return e;
    }
    if (auto e = no_space(lines[line - 1], line)) return e;
    if (auto e = colon_in_text(lines[line - 1], line)) return e;
    if (auto e = misindented(lines, line)) return e;
    return std::nullopt;
}

std::optional<SyntaxExplanation> explain_key_without_space(std::string_view scalar) {
    std::string_view first = scalar.substr(0, scalar.find('\n'));
    return no_space(first, 1);
}

}  // namespace legeplan
