// A plan's Markdown text parsed into a tree with positions: CommonMark with GitHub's tables and
// strikethrough, by cmark-gfm. Validation walks it for links and pictures; the renderer walks
// it to write Pandoc Markdown that can hold nothing but the constructs it allows.
#pragma once

#include <cmark-gfm.h>

#include <string>
#include <string_view>
#include <vector>

namespace legeplan {

class MarkdownTree {
public:
    explicit MarkdownTree(std::string_view text);
    ~MarkdownTree();
    MarkdownTree(const MarkdownTree&) = delete;
    MarkdownTree& operator=(const MarkdownTree&) = delete;

    cmark_node* root() const { return root_; }

private:
    cmark_node* root_ = nullptr;
};

// The kinds of node a renderer handles; anything else (footnotes, task lists) is text.
enum class MarkdownNode {
    document, block_quote, list, item, code_block, html_block, paragraph, heading, thematic_break,
    table, table_row, table_cell, text, softbreak, linebreak, code, html_inline, emph, strong,
    strikethrough, link, image, other
};
MarkdownNode node_kind(cmark_node* node);

// The children of a node, in order.
std::vector<cmark_node*> children(cmark_node* node);

// A link or picture in a text: its target as written, and where it starts (line and character
// column within the text, from 1).
struct TextReference {
    enum class Kind { link, picture };
    Kind kind = Kind::link;
    std::string target;
    int line = 0;
    int col = 0;
};

std::vector<TextReference> text_references(std::string_view text);

}  // namespace legeplan
