#include "render/document/plan_text.h"

#include <cmark-gfm-core-extensions.h>

#include <algorithm>

#include "plan/markdown_tree.h"
#include "plan/resource_policy.h"
#include "text/markdown_escape.h"

namespace legeplan {

namespace {

// Each line of text prefixed: the first with first, the others with rest (empty lines get the
// prefix without its trailing spaces, so no line ends in blanks).
std::string prefix_lines(const std::string& text, const std::string& first, const std::string& rest) {
    std::string out;
    std::size_t start = 0;
    bool is_first = true;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + start, end - start);
        std::string prefix = is_first ? first : rest;
        if (line.empty()) prefix.erase(prefix.find_last_not_of(' ') + 1);
        out += prefix;
        out += line;
        if (end < text.size()) out += '\n';
        start = end + 1;
        is_first = false;
    }
    return out;
}

// The longest run of c in text.
std::size_t longest_run(std::string_view text, char c) {
    std::size_t best = 0, run = 0;
    for (char x : text) {
        run = x == c ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

// A URL as a link destination: characters that Markdown could read as syntax, and spaces,
// percent-encoded.
std::string destination(std::string_view url) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : url) {
        if (c <= 0x20 || c == 0x7F || std::string_view("()<>[]{}\\\"'`|^").find(static_cast<char>(c)) !=
                                          std::string_view::npos) {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string literal(cmark_node* node) {
    const char* text = cmark_node_get_literal(node);
    return text ? text : "";
}

class Writer {
public:
    std::string blocks(cmark_node* parent, const std::string& separator = "\n\n") {
        std::string out;
        for (cmark_node* child : children(parent)) {
            std::string text = block(child);
            if (text.empty()) continue;
            if (!out.empty()) out += separator;
            out += text;
        }
        return out;
    }

private:
    std::string block(cmark_node* node) {
        switch (node_kind(node)) {
            case MarkdownNode::paragraph: return inlines(node);
            // A heading in plan text would enter the document's outline: its marker shows as
            // written instead.
            case MarkdownNode::heading: {
                std::string marker;
                for (int i = 0; i < cmark_node_get_heading_level(node); ++i) marker += "\\#";
                return marker + " " + inlines(node);
            }
            case MarkdownNode::block_quote: return prefix_lines(blocks(node), "> ", "> ");
            case MarkdownNode::list: return list(node);
            case MarkdownNode::code_block: return code_block(literal(node));
            case MarkdownNode::html_block: {
                std::string html = literal(node);
                while (!html.empty() && html.back() == '\n') html.pop_back();
                return escape_inline(html);
            }
            case MarkdownNode::thematic_break: return "* * *";
            case MarkdownNode::table: return table(node);
            default: return blocks(node);
        }
    }

    std::string list(cmark_node* node) {
        bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        bool tight = cmark_node_get_list_tight(node) != 0;
        int number = std::max(1, cmark_node_get_list_start(node));
        std::string out;
        for (cmark_node* item : children(node)) {
            std::string marker = ordered ? std::to_string(number++) + "." : "-";
            std::string content = blocks(item, tight ? "\n" : "\n\n");
            if (content.empty()) content = "\\ ";  // an empty item stays an item
            if (!out.empty()) out += tight ? "\n" : "\n\n";
            out += prefix_lines(content, marker + " ", std::string(marker.size() + 1, ' '));
        }
        return out;
    }

    static std::string code_block(const std::string& code) {
        std::string fence(std::max<std::size_t>(3, longest_run(code, '`') + 1), '`');
        std::string body = code;
        if (!body.empty() && body.back() == '\n') body.pop_back();
        return fence + "\n" + body + "\n" + fence;
    }

    std::string table(cmark_node* node) {
        uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
        const uint8_t* align = cmark_gfm_extensions_get_table_alignments(node);
        std::string out;
        bool header = true;
        for (cmark_node* row : children(node)) {
            std::string line = "|";
            int cells = 0;
            for (cmark_node* cell : children(row)) {
                // Piece by piece: "literal" + a temporary string trips a false -Wrestrict in g++ 12 -O3.
                line += ' ';
                line += inlines(cell);
                line += " |";
                ++cells;
            }
            for (; cells < columns; ++cells) line += " |";
            out += line + "\n";
            if (!header) continue;
            header = false;
            out += "|";
            for (uint16_t c = 0; c < columns; ++c) {
                char a = align ? static_cast<char>(align[c]) : 0;
                out += a == 'c' ? ":---:|" : a == 'r' ? "---:|" : a == 'l' ? ":---|" : "---|";
            }
            out += "\n";
        }
        if (!out.empty()) out.pop_back();
        return out;
    }

    static std::string emphasised(const std::string& mark, const std::string& inner) {
        return inner.empty() ? inner : mark + inner + mark;
    }

    static std::string code_span(const std::string& code) {
        std::string fence(longest_run(code, '`') + 1, '`');
        bool pad = !code.empty() && (code.front() == '`' || code.back() == '`');
        return fence + (pad ? " " : "") + code + (pad ? " " : "") + fence;
    }

    // The inline content of a paragraph, heading or table cell.
    std::string inlines(cmark_node* parent) {
        line_start_ = true;
        return inline_children(parent);
    }

    std::string inline_children(cmark_node* parent) {
        std::string out;
        for (cmark_node* child : children(parent)) out += inline_node(child);
        return out;
    }

    std::string inline_node(cmark_node* node) {
        switch (node_kind(node)) {
            case MarkdownNode::text: {
                std::string text = escape_text(literal(node), line_start_);
                line_start_ = false;
                return text;
            }
            case MarkdownNode::softbreak: line_start_ = true; return "\n";
            case MarkdownNode::linebreak: line_start_ = true; return "\\\n";
            case MarkdownNode::code: return ours(code_span(literal(node)));
            case MarkdownNode::html_inline: return ours(escape_inline(literal(node)));
            case MarkdownNode::emph: return ours(emphasised("*", inline_children(node)));
            case MarkdownNode::strong: return ours(emphasised("**", inline_children(node)));
            case MarkdownNode::strikethrough: return ours(emphasised("~~", inline_children(node)));
            case MarkdownNode::link: {
                const char* url = cmark_node_get_url(node);
                // Validation refuses other links; should one come here, its text stays.
                if (!url || !allowed_link(url)) return inline_children(node);
                line_start_ = false;
                // Piece by piece: "literal" + a temporary string trips a false -Wrestrict in g++ 12 -O3.
                std::string link = "[";
                link += inline_children(node);
                link += "](";
                link += destination(url);
                link += ')';
                return link;
            }
            case MarkdownNode::image: {
                const char* url = cmark_node_get_url(node);
                if (!url || !picture_path_problem(url).empty()) return inline_children(node);
                line_start_ = false;
                return "![" + inline_children(node) + "](" + destination(url) + ")";
            }
            default: return inline_children(node);
        }
    }

    // Markup of ours begins the line, so what follows is no longer at its start.
    std::string ours(std::string markdown) {
        line_start_ = false;
        return markdown;
    }

    bool line_start_ = true;  // the next text begins a line of the output
};

}  // namespace

std::string plan_text_markdown(std::string_view text) {
    MarkdownTree tree(text);
    std::string out = Writer().blocks(tree.root());
    return out.empty() ? out : out + "\n";
}

}  // namespace legeplan
