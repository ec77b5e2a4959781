#include "plan/terminal_text.h"

#include <cstdio>

namespace legeplan {

bool is_terminal_control(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

std::string terminal_safe(std::string_view text, bool keep_newlines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto b = static_cast<unsigned char>(text[i]);
        std::size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (i + len > text.size()) len = 1;
        char32_t c = len == 1 ? b : b & (0xFF >> (len + 1));
        for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        if (is_terminal_control(c) && !(keep_newlines && c == '\n')) {
            char escaped[16];
            if (c < 0x80) std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(c));
            else std::snprintf(escaped, sizeof escaped, "\\u{%X}", static_cast<unsigned>(c));
            out += escaped;
        } else {
            out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

}  // namespace legeplan
