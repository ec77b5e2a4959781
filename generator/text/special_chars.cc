#include "text/special_chars.h"

#include <utf8proc.h>

#include <array>
#include <cstdio>

namespace legeplan {

namespace {

struct Known {
    char32_t code;
    std::string_view name;
    bool invisible;
};

// Format characters and spaces a pasted number may carry, with their Unicode names.
constexpr std::array<Known, 31> kLookalikes = {{
    {0x00AD, "SOFT HYPHEN", true},
    {0x034F, "COMBINING GRAPHEME JOINER", true},
    {0x061C, "ARABIC LETTER MARK", true},
    {0x180E, "MONGOLIAN VOWEL SEPARATOR", true},
    {0x200B, "ZERO WIDTH SPACE", true},
    {0x200C, "ZERO WIDTH NON-JOINER", true},
    {0x200D, "ZERO WIDTH JOINER", true},
    {0x200E, "LEFT-TO-RIGHT MARK", true},
    {0x200F, "RIGHT-TO-LEFT MARK", true},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING", true},
    {0x202B, "RIGHT-TO-LEFT EMBEDDING", true},
    {0x202C, "POP DIRECTIONAL FORMATTING", true},
    {0x202D, "LEFT-TO-RIGHT OVERRIDE", true},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE", true},
    {0x2060, "WORD JOINER", true},
    {0x2066, "LEFT-TO-RIGHT ISOLATE", true},
    {0x2067, "RIGHT-TO-LEFT ISOLATE", true},
    {0x2068, "FIRST STRONG ISOLATE", true},
    {0x2069, "POP DIRECTIONAL ISOLATE", true},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE", true},
    {0x2002, "EN SPACE", false},
    {0x2003, "EM SPACE", false},
    {0x2004, "THREE-PER-EM SPACE", false},
    {0x2005, "FOUR-PER-EM SPACE", false},
    {0x2006, "SIX-PER-EM SPACE", false},
    {0x2007, "FIGURE SPACE", false},
    {0x2008, "PUNCTUATION SPACE", false},
    {0x2009, "THIN SPACE", false},
    {0x200A, "HAIR SPACE", false},
    {0x205F, "MEDIUM MATHEMATICAL SPACE", false},
    {0x3000, "IDEOGRAPHIC SPACE", false},
}};

}  // namespace

std::optional<LookalikeChar> first_lookalike_char(std::string_view text) {
    std::size_t index = 0;
    for (std::size_t i = 0; i < text.size(); ++index) {
        utf8proc_int32_t code = 0;
        utf8proc_ssize_t n =
            utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                             static_cast<utf8proc_ssize_t>(text.size() - i), &code);
        if (n <= 0) return std::nullopt;  // not UTF-8: the loader has reported it
        for (const Known& k : kLookalikes) {
            if (k.code == static_cast<char32_t>(code)) {
                return LookalikeChar{index, k.code, k.name, k.invisible};
            }
        }
        i += static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

std::optional<ForbiddenChar> first_forbidden_char(std::string_view text) {
    std::size_t index = 0;
    for (std::size_t i = 0; i < text.size(); ++index) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return ForbiddenChar{index, b};
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        if (b == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
            return ForbiddenChar{index, static_cast<char32_t>(0xFFFE + (static_cast<unsigned char>(text[i + 2]) & 1))};
        }
        i += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    }
    return std::nullopt;
}

std::string code_point_name(char32_t c) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
    return name;
}

}  // namespace legeplan
