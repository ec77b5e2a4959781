// Stage text/, the first of the pipeline (text → plan → figures → compare → render → publish →
// commands): general text utilities that know nothing of plans. It offers UTF-8 and NFC
// (utf8.h), kroner amounts read and written (money.h), characters a text should not hold
// (special_chars.h), escaping for Markdown (markdown_escape.h) and JSON (json_text.h), and text
// made safe for a terminal (terminal_text.h).
//
// UTF-8 helpers: validity, character counting and splitting, for positions and limits, and the
// one normal form (NFC) every text of a plan is compared and rendered in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace legeplan::utf8 {

// Byte offset of the first byte that is not valid UTF-8, or npos when the text is valid.
std::size_t first_invalid(std::string_view text);

// Number of code points; the text must be valid UTF-8.
std::size_t length(std::string_view text);

// Each code point as its own string; a byte that is not valid UTF-8 is a string of its own.
std::vector<std::string> split_chars(std::string_view text);

// The text with each byte that is not part of valid UTF-8 replaced by U+FFFD, for formats that
// must be valid UTF-8 (JSON); valid text comes back unchanged.
std::string replace_invalid(std::string_view text);

// The text in Unicode normalization form C, so that "å" typed as a + U+030A (as some systems
// and copies from PDF give it) equals the precomposed "å". Text that is not valid UTF-8 comes
// back unchanged.
std::string nfc(std::string text);

// The text with its first character in upper case ("år" → "År"); text that does not start with
// valid UTF-8 comes back unchanged.
std::string capital_first(std::string text);

}  // namespace legeplan::utf8
