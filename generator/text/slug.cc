#include "text/slug.h"

#include <utf8proc.h>

#include <cstdlib>

namespace legeplan {

namespace {

// The letters Norwegian spells out rather than strips: ø has no decomposition, and æ is not a
// ligature to Unicode.
std::string spelled_out(std::string_view text) {
    std::string result;
    for (std::size_t i = 0; i < text.size();) {
        static constexpr std::pair<std::string_view, std::string_view> kSpelled[] = {
            {"æ", "ae"}, {"Æ", "ae"}, {"ø", "o"}, {"Ø", "o"}, {"å", "a"}, {"Å", "a"},
        };
        bool replaced = false;
        for (const auto& [letter, ascii] : kSpelled) {
            if (text.substr(i).starts_with(letter)) {
                result += ascii;
                i += letter.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) result += text[i++];
    }
    return result;
}

// NFKD with the marks stripped and the case folded; the text as it was when it is not UTF-8.
std::string without_accents(const std::string& text) {
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t n = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()), &mapped,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
    if (n < 0) return text;
    std::string result(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(n));
    std::free(mapped);
    return result;
}

}  // namespace

std::string slug(std::string_view text) {
    std::string result;
    bool gap = false;
    for (char c : without_accents(spelled_out(text))) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (gap && !result.empty()) result += '-';
            result += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return result;
}

}  // namespace legeplan
