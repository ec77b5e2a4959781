// A text without the whitespace at its ends.
#pragma once

#include <string>
#include <string_view>

namespace legeplan {

// text without the characters of whitespace at its start and end; by default ASCII whitespace.
std::string trimmed(std::string_view text, std::string_view whitespace = " \t\n\r\f\v");

}  // namespace legeplan
