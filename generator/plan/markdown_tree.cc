#include "plan/markdown_tree.h"

#include <cmark-gfm-core-extensions.h>

#include <algorithm>
#include <cstring>
#include <mutex>

#include "text/utf8.h"

namespace legeplan {

MarkdownTree::MarkdownTree(std::string_view text) {
    static std::once_flag registered;
    std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char* name : {"table", "strikethrough"}) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(parser, ext);
        }
    }
    cmark_parser_feed(parser, text.data(), text.size());
    root_ = cmark_parser_finish(parser);
    cmark_parser_free(parser);
}

MarkdownTree::~MarkdownTree() {
    if (root_) cmark_node_free(root_);
}

MarkdownNode node_kind(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_DOCUMENT: return MarkdownNode::document;
        case CMARK_NODE_BLOCK_QUOTE: return MarkdownNode::block_quote;
        case CMARK_NODE_LIST: return MarkdownNode::list;
        case CMARK_NODE_ITEM: return MarkdownNode::item;
        case CMARK_NODE_CODE_BLOCK: return MarkdownNode::code_block;
        case CMARK_NODE_HTML_BLOCK: return MarkdownNode::html_block;
        case CMARK_NODE_PARAGRAPH: return MarkdownNode::paragraph;
        case CMARK_NODE_HEADING: return MarkdownNode::heading;
        case CMARK_NODE_THEMATIC_BREAK: return MarkdownNode::thematic_break;
        case CMARK_NODE_TEXT: return MarkdownNode::text;
        case CMARK_NODE_SOFTBREAK: return MarkdownNode::softbreak;
        case CMARK_NODE_LINEBREAK: return MarkdownNode::linebreak;
        case CMARK_NODE_CODE: return MarkdownNode::code;
        case CMARK_NODE_HTML_INLINE: return MarkdownNode::html_inline;
        case CMARK_NODE_EMPH: return MarkdownNode::emph;
        case CMARK_NODE_STRONG: return MarkdownNode::strong;
        case CMARK_NODE_LINK: return MarkdownNode::link;
        case CMARK_NODE_IMAGE: return MarkdownNode::image;
        default: break;
    }
    // The extensions' nodes are known by name only.
    const char* name = cmark_node_get_type_string(node);
    if (std::strcmp(name, "table") == 0) return MarkdownNode::table;
    if (std::strcmp(name, "table_header") == 0 || std::strcmp(name, "table_row") == 0) {
        return MarkdownNode::table_row;
    }
    if (std::strcmp(name, "table_cell") == 0) return MarkdownNode::table_cell;
    if (std::strcmp(name, "strikethrough") == 0) return MarkdownNode::strikethrough;
    return MarkdownNode::other;
}

std::vector<cmark_node*> children(cmark_node* node) {
    std::vector<cmark_node*> out;
    for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) out.push_back(c);
    return out;
}

namespace {

// cmark counts columns in bytes; diagnostics count characters.
int character_column(std::string_view text, int line, int byte_col) {
    std::size_t start = 0;
    for (int l = 1; l < line && start != std::string_view::npos; ++l) {
        start = text.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    if (start == std::string_view::npos) return byte_col;
    std::string_view before = text.substr(start, static_cast<std::size_t>(std::max(0, byte_col - 1)));
    return static_cast<int>(utf8::length(before)) + 1;
}

}  // namespace

std::vector<TextReference> text_references(std::string_view text) {
    std::vector<TextReference> out;
    MarkdownTree tree(text);
    cmark_iter* it = cmark_iter_new(tree.root());
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* node = cmark_iter_get_node(it);
        MarkdownNode kind = node_kind(node);
        if (kind != MarkdownNode::link && kind != MarkdownNode::image) continue;
        const char* url = cmark_node_get_url(node);
        int line = cmark_node_get_start_line(node);
        out.push_back({kind == MarkdownNode::link ? TextReference::Kind::link : TextReference::Kind::picture,
                       url ? url : "", line, character_column(text, line, cmark_node_get_start_column(node))});
    }
    cmark_iter_free(it);
    return out;
}

}  // namespace legeplan
