// Characters a plan's text should not hold: those that look like something they are not, and
// those no document can carry.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace legeplan {

// Characters that show as nothing, or as an ordinary space, but are something else: they come
// with numbers pasted from Word, PDFs and web pages, and make a value that looks right fail.
struct LookalikeChar {
    std::size_t index = 0;       // in characters, from 0
    char32_t code = 0;
    std::string_view name;       // the Unicode name: "ZERO WIDTH SPACE"
    bool invisible = false;      // false: it shows as a space
};

// The first such character of a valid UTF-8 text, if any. The ordinary space, the no-break
// space U+00A0 and the narrow no-break space U+202F are not lookalikes: they are how Norwegians
// separate thousands, and amounts accept them.
std::optional<LookalikeChar> first_lookalike_char(std::string_view text);

// Characters no document format of ours can carry: XML 1.0 (DOCX, XLSX, HTML) refuses the C0
// control characters but tab, line feed and carriage return, and the noncharacters U+FFFE and
// U+FFFF. A plan can hold them through YAML escapes ("\0", "\x07", "\uFFFE") or text pasted
// from other programs.
struct ForbiddenChar {
    std::size_t index = 0;  // in characters, from 0
    char32_t code = 0;
};

// The first such character of a valid UTF-8 text, if any.
std::optional<ForbiddenChar> first_forbidden_char(std::string_view text);

// "U+0007"
std::string code_point_name(char32_t c);

}  // namespace legeplan
