// Making plan text safe inside the Pandoc Markdown we generate. Fields (titles, names, amounts)
// become literal text; Markdown texts keep emphasis, lists and links but cannot add headings,
// close our blocks or carry raw HTML/LaTeX (the reader also has raw_html, raw_tex and
// raw_attribute switched off, see pandoc.cc).
#pragma once

#include <string>
#include <string_view>

namespace legeplan {

// Every ASCII punctuation character backslash-escaped, line breaks turned into spaces:
// the text shows exactly as written.
std::string escape_inline(std::string_view text);

// A plan's Markdown text with heading markers, setext underlines and fenced-div fences made
// literal, ending in exactly one newline.
std::string sanitize_markdown(std::string_view text);

// Each line prefixed for a block quote ("> ").
std::string quote_block(std::string_view markdown);

}  // namespace legeplan
