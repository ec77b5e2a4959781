// Characters no document format of ours can carry: XML 1.0 (DOCX, XLSX, HTML) refuses the C0
// control characters but tab, line feed and carriage return, and the noncharacters U+FFFE and
// U+FFFF. A plan can hold them through YAML escapes ("\0", "\x07", "\uFFFE") or text pasted
// from other programs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace legeplan {

struct ForbiddenChar {
    std::size_t index = 0;  // in characters, from 0
    char32_t code = 0;
};

// The first such character of a valid UTF-8 text, if any.
std::optional<ForbiddenChar> first_forbidden_char(std::string_view text);

// "U+0007"
std::string code_point_name(char32_t c);

}  // namespace legeplan
