// A plan's Markdown text as Pandoc Markdown that can hold only what we allow: paragraphs,
// emphasis, strong, strikethrough, lists, block quotes, code, tables, line breaks, links the
// resource policy allows and pictures from the plan's folder. The text is parsed (CommonMark
// with tables, plan/markdown_tree.h) and written anew, every character of its text escaped, so
// at any depth — in a list, a quote, a table — it cannot make a heading of the document, a raw
// block, an attribute, a div or a metadata block.
#pragma once

#include <string>
#include <string_view>

namespace legeplan {

// Ends in exactly one newline, or is empty for an empty text.
std::string plan_text_markdown(std::string_view text);

}  // namespace legeplan
