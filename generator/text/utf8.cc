#include "text/utf8.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace legeplan::utf8 {

namespace {

// Length of the sequence starting at text[i], or 0 when it is not valid UTF-8 (cut short,
// overlong, a surrogate or beyond U+10FFFF).
std::size_t sequence_length(std::string_view text, std::size_t i) {
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                          static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
    return n > 0 ? static_cast<std::size_t>(n) : 0;
}

}  // namespace

std::size_t first_invalid(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = sequence_length(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

std::size_t length(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) != 0x80) ++count;
    }
    return count;
}

std::vector<std::string> split_chars(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = std::max<std::size_t>(1, sequence_length(text, i));
        out.emplace_back(text.substr(i, n));
        i += n;
    }
    return out;
}

std::string replace_invalid(std::string_view text) {
    if (first_invalid(text) == std::string_view::npos) return std::string(text);
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = sequence_length(text, i);
        out += n == 0 ? std::string_view("\uFFFD") : text.substr(i, n);
        i += std::max<std::size_t>(1, n);
    }
    return out;
}

std::string nfc(std::string text) {
    // Text of code points below U+0300 — ASCII, Latin-1 with æ, ø, å, and Latin Extended — is
    // already in NFC: the combining marks start at U+0300. Its UTF-8 has no byte from 0xCC up,
    // so most values cost a scan, not a normalisation.
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0xCC; })) {
        return text;
    }
    // utf8proc_map with the length, not utf8proc_NFC: that one stops at a NUL byte, and a YAML
    // escape ("\0") can put one in a value. The options are utf8proc_NFC's own.
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) return text;
    std::string normalized(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
    std::free(mapped);
    return normalized;
}

std::string capital_first(std::string text) {
    utf8proc_int32_t code_point = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                          static_cast<utf8proc_ssize_t>(text.size()), &code_point);
    if (n <= 0) return text;
    utf8proc_uint8_t upper[4];
    utf8proc_ssize_t written = utf8proc_encode_char(utf8proc_toupper(code_point), upper);
    return std::string(reinterpret_cast<const char*>(upper), static_cast<std::size_t>(written)) + text.substr(n);
}

}  // namespace legeplan::utf8
