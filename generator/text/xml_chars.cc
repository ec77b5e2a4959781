#include "text/xml_chars.h"

#include <cstdio>

namespace legeplan {

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
