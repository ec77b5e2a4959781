// Text on its way to a terminal: text from a plan, and the names of files and folders. Either
// may hold characters a terminal acts on: C0 and C1 control characters (ESC and CSI start escape
// sequences that can rewrite the screen or the window title), line and paragraph separators that
// break a message's line, and the bidirectional overrides that make text read in another order
// than it is stored. Each is shown as a visible escape instead.
#pragma once

#include <string>
#include <string_view>

namespace legeplan {

// \x1B for a C0 control or DEL, \u{9B} for a C1 control, \u{2028} for a line or paragraph
// separator, \u{202E} for a bidi control; line breaks are kept when keep_newlines is set. A byte
// that is not part of valid UTF-8 shows as \xNN, so text of any bytes comes out safe.
std::string terminal_safe(std::string_view text, bool keep_newlines = false);

// A file or folder name as every terminal line shows it (a name on Linux is any bytes but NUL
// and may hold ESC or a line break): terminal_safe, line breaks escaped too.
std::string shown_path(std::string_view path);

// True for a code point terminal_safe escapes.
bool is_terminal_control(char32_t c);

}  // namespace legeplan
