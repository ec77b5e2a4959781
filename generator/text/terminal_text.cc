#include "text/terminal_text.h"

#include <cstdio>

#include <utf8proc.h>

namespace legeplan {

bool is_terminal_control(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

std::string terminal_safe(std::string_view text, bool keep_newlines) {
    std::string out;
    out.reserve(text.size());
    char escaped[16];
    for (std::size_t i = 0; i < text.size();) {
        utf8proc_int32_t c = -1;
        auto rest = static_cast<utf8proc_ssize_t>(text.size() - i);
        utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i), rest, &c);
        if (len <= 0) {
            // Not UTF-8 (a file name in Latin-1, a stray byte): a raw 0x80–0x9F byte is a C1
            // control to a terminal that does not read UTF-8, so no such byte passes.
            std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(text[i]));
            out += escaped;
            ++i;
            continue;
        }
        auto code = static_cast<char32_t>(c);
        if (is_terminal_control(code) && !(keep_newlines && code == '\n')) {
            if (code < 0x80) std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(code));
            else std::snprintf(escaped, sizeof escaped, "\\u{%X}", static_cast<unsigned>(code));
            out += escaped;
        } else {
            out.append(text.substr(i, static_cast<std::size_t>(len)));
        }
        i += static_cast<std::size_t>(len);
    }
    return out;
}

std::string shown_path(std::string_view path) { return terminal_safe(path, /*keep_newlines=*/false); }

}  // namespace legeplan
