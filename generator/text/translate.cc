#include "text/translate.h"

#include <libintl.h>

#include <clocale>
#include <cstdlib>

namespace legeplan {

namespace {

constexpr const char* kDomain = "legeplan";

std::string& chosen() {
    static std::string language = "en";
    return language;
}

bool translating() { return chosen() != "en"; }

std::string lowercase(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

bool is_c_locale(std::string_view name) { return name == "C" || name == "POSIX"; }

}  // namespace

std::string tr(const char* english) {
    if (!translating()) return english;
    return dgettext(kDomain, english);
}

std::string tr_n(const char* singular, const char* plural, std::uint64_t n) {
    // gettext takes an unsigned long; a count beyond it still has the plural form.
    unsigned long count = n > 1000000000UL ? 1000000000UL : static_cast<unsigned long>(n);
    if (!translating()) return count == 1 ? singular : plural;
    return dngettext(kDomain, singular, plural, count);
}

std::string fill(std::string_view pattern, std::initializer_list<Fill> values) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
            out += c;
            ++i;
            continue;
        }
        if (c == '{') {
            std::size_t close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                std::string_view name = pattern.substr(i + 1, close - i - 1);
                const Fill* found = nullptr;
                for (const Fill& value : values) {
                    if (value.name == name) found = &value;
                }
                if (found) {
                    out += found->value;
                    i = close;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

std::string message_language_named(std::string_view name) {
    std::string lower = lowercase(name);
    std::string language = lower.substr(0, lower.find_first_of("_.@-"));
    if (language == "nb" || language == "no" || language == "bokmål" || language == "bokmal") return "nb";
    if (language == "nn" || language == "nynorsk") return "nn";
    if (language == "en" || language == "english" || language == "c" || language == "posix") return "en";
    return {};
}

std::string message_language(const char* (*get)(const char*)) {
    std::string locale;
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = get(variable);
        if (value && *value) {
            locale = value;
            break;
        }
    }
    const char* list = get("LANGUAGE");
    if (list && *list && !locale.empty() && !is_c_locale(locale)) {
        std::string_view languages(list);
        while (!languages.empty()) {
            std::size_t colon = languages.find(':');
            std::string language = message_language_named(languages.substr(0, colon));
            if (!language.empty()) return language;
            if (colon == std::string_view::npos) break;
            languages.remove_prefix(colon + 1);
        }
    }
    std::string language = message_language_named(locale);
    return language.empty() ? "en" : language;
}

void use_messages(const std::string& language, const std::string& catalog_dir) {
    chosen() = language == "nb" || language == "nn" ? language : "en";
    if (!translating()) return;
    // gettext looks in LANGUAGE first, but only under a locale other than C: the user's locale
    // when it is installed, else C.UTF-8, which every glibc since 2.35 has.
    setenv("LANGUAGE", chosen().c_str(), 1);
    const char* locale = std::setlocale(LC_MESSAGES, "");
    if (!locale || is_c_locale(locale)) std::setlocale(LC_MESSAGES, "C.UTF-8");
    bindtextdomain(kDomain, catalog_dir.c_str());
    bind_textdomain_codeset(kDomain, "UTF-8");
}

const std::string& messages_language() { return chosen(); }

}  // namespace legeplan
