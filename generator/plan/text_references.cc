#include "plan/text_references.h"

#include <algorithm>
#include <filesystem>

#include "plan/markdown_tree.h"
#include "plan/open_inside.h"
#include "plan/resource_policy.h"
#include "text/money.h"
#include "text/translate.h"
#include "text/utf8.h"

namespace legeplan {

namespace fs = std::filesystem;

namespace {

std::size_t leading_spaces(std::string_view line) {
    std::size_t n = line.find_first_not_of(' ');
    return n == std::string_view::npos ? line.size() : n;
}

// True when the value starting at col of line is a block scalar ("|", ">-", "|2" …).
bool is_block_scalar(std::string_view line, int col) {
    std::vector<std::string> chars = utf8::split_chars(line);
    if (col < 1 || static_cast<std::size_t>(col) > chars.size()) return false;
    return chars[static_cast<std::size_t>(col - 1)] == "|" || chars[static_cast<std::size_t>(col - 1)] == ">";
}

// The characters of line from col (from 1) on, as many as expected has.
std::string chars_at(std::string_view line, int col, std::size_t bytes) {
    std::vector<std::string> chars = utf8::split_chars(line);
    std::string at;
    for (std::size_t i = static_cast<std::size_t>(std::max(1, col)) - 1; i < chars.size() && at.size() < bytes; ++i) {
        at += chars[i];
    }
    return at;
}

// The place in the file of a position (line, col from 1) in the text, where the reference
// begins with one of starts. A text given as a YAML value is found line by line below its key
// (a quoted value's first line starts after its quote; cmark places an autolink two columns
// late); where the value's lines cannot be told apart (a folded plain scalar), the value's own
// start.
SourcePos place_in_file(const TextOrigin& origin, const SourceFiles& files, int line, int col,
                        std::initializer_list<std::string_view> starts, std::string_view target) {
    SourcePos pos = origin.pos;
    if (origin.whole_file) {
        pos.line = line;
        pos.col = col;
        pos.length = static_cast<int>(utf8::length(*starts.begin()));
        return pos;
    }
    std::string_view first = files.line_view(pos.file, origin.pos.line);
    int file_line = origin.pos.line + line - (is_block_scalar(first, origin.pos.col) ? 0 : 1);
    std::string_view text = files.line_view(pos.file, file_line);
    int base = line == 1 && file_line == origin.pos.line ? origin.pos.col - 1
                                                         : static_cast<int>(leading_spaces(text));
    for (int quote : {0, 1, -2}) {
        for (std::string_view start : starts) {
            if (chars_at(text, base + quote + col, start.size()) != start) continue;
            pos.line = file_line;
            pos.col = base + quote + col;
            pos.length = static_cast<int>(utf8::length(start));
            return pos;
        }
    }
    // cmark's columns drift after a line break inside a paragraph: find the target on its line.
    std::size_t at = target.empty() ? std::string_view::npos : text.find(target);
    if (at == std::string_view::npos) return origin.pos;
    pos.line = file_line;
    pos.col = static_cast<int>(utf8::length(text.substr(0, at))) + 1;
    pos.length = static_cast<int>(utf8::length(target));
    return pos;
}

// Why the picture file at path (relative to the plan's folder) cannot be used; "" when it can.
std::string picture_file_problem(const std::string& path, const std::string& plan_folder,
                                 const FileReader& reader) {
    std::string content, error, resolved;
    if (!reader.read_inside(plan_folder, path, resolved, content, kMaxPictureBytes, error)) {
        if (error == "too large") {
            return fill(tr("it is larger than the limit of {size} bytes"),
                        {{"size", format_amount(static_cast<Amount>(kMaxPictureBytes))}});
        }
        if (leaves_folder(error)) return error;
        // TRANSLATORS: {error} is why the file could not be read, e.g. "no such file or no access".
        return fill(tr("it cannot be read: {error}"), {{"error", error}});
    }
    if (picture_type(content) == PictureType::none) {
        return tr("it is not a PNG, JPEG or SVG picture (an SVG may not refer to other files, hold "
                  "scripts or event attributes)");
    }
    return "";
}

}  // namespace

void check_text_references(std::string_view text, const TextOrigin& origin, const SourceFiles& files,
                           const std::string& plan_folder, const FileReader& reader,
                           Diagnostics& diags, std::vector<std::string>& pictures) {
    for (const TextReference& ref : text_references(text)) {
        bool link = ref.kind == TextReference::Kind::link;
        SourcePos pos = link ? place_in_file(origin, files, ref.line, ref.col, {"[", "<"}, ref.target)
                             : place_in_file(origin, files, ref.line, ref.col, {"!["}, ref.target);
        if (link) {
            if (allowed_link(ref.target)) continue;
            diags.report(DiagnosticKind::link_not_allowed, pos,
                        fill(tr("a link to '{target}' is not allowed: links go to http, https or mailto "
                                "addresses, or to an anchor in the document (#…)"),
                             {{"target", ref.target}}),
                        tr("write the address in full, e.g. https://www.helsedirektoratet.no/"));
            continue;
        }
        std::string problem = picture_path_problem(ref.target);
        if (problem.empty()) problem = picture_file_problem(ref.target, plan_folder, reader);
        if (problem.empty()) {
            if (std::find(pictures.begin(), pictures.end(), ref.target) == pictures.end()) {
                pictures.push_back(ref.target);
            }
            continue;
        }
        // TRANSLATORS: {reason} is a whole clause saying why, e.g. "it cannot be read: …".
        diags.report(DiagnosticKind::picture_not_allowed, pos,
                    fill(tr("the picture '{path}' cannot be used: {reason}"), {{"path", ref.target}, {"reason", problem}}),
                    tr("put the picture (PNG, JPEG or SVG) in the plan's folder and name it by its "
                       "path from there, e.g. ![Kart](bilder/kart.png)"));
    }
}

}  // namespace legeplan
