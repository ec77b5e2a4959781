// Making plan fields safe inside the Pandoc Markdown we generate: titles, names and amounts
// become literal text. Markdown texts go through plan_text.h.
#pragma once

#include <string>
#include <string_view>

namespace legeplan {

// Every ASCII punctuation character backslash-escaped, line breaks turned into spaces:
// the text shows exactly as written.
std::string escape_inline(std::string_view text);

// Running text inside a paragraph: the characters that start inline markup anywhere in a line
// (emphasis, code, links, pictures, spans, attributes, entities, math, raw HTML) escaped,
// everything else as written. At a line's start its first word is escaped in full, since
// there "-", "1.", "A.", "#", ":" or "|" would begin a list, heading, definition or table.
std::string escape_text(std::string_view text, bool at_line_start);

// Each line prefixed for a block quote ("> ").
std::string quote_block(std::string_view markdown);

}  // namespace legeplan
