// Text from a plan on its way to a terminal. A plan may hold characters a terminal acts on:
// C0 and C1 control characters (ESC and CSI start escape sequences that can rewrite the screen
// or the window title) and the bidirectional overrides that make text read in another order
// than it is stored. Each is shown as a visible escape instead.
#pragma once

#include <string>
#include <string_view>

namespace legeplan {

// \x1B for a C0 control or DEL, \u{9B} for a C1 control, \u{202E} for a bidi control; line
// breaks are kept when keep_newlines is set. The text must be valid UTF-8.
std::string terminal_safe(std::string_view text, bool keep_newlines = false);

// True for a code point terminal_safe escapes.
bool is_terminal_control(char32_t c);

}  // namespace legeplan
