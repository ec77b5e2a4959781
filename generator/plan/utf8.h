// UTF-8 helpers: validity, character counting and splitting, for positions and limits.
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

// Each code point as its own string.
std::vector<std::string> split_chars(std::string_view text);

}  // namespace legeplan::utf8
