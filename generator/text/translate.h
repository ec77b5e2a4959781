// Messages in the user's language: bokmål, nynorsk or English. Every message, hint and help text
// is written in English in the code, marked with tr(), and looked up in GNU gettext catalogs
// (po/nb.po, po/nn.po; po/README.md says how to update them). Placeholders are named, {name},
// so that a translation may put them in another order; fill() puts the values in.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace legeplan {

// The message in the language chosen by use_messages(); the English text itself when English is
// chosen or the catalog lacks it.
std::string tr(const char* english);

// Marks a message kept in a table for translation where it is shown (tr(table_entry)).
constexpr const char* gettext_noop(const char* english) { return english; }

// The same for a message with a count: singular or plural as the language's rules for n say.
std::string tr_n(const char* singular, const char* plural, std::uint64_t n);

// A value for a placeholder: text or a whole number, as text.
struct Fill {
    std::string_view name;
    std::string value;

    Fill(std::string_view n, std::string v) : name(n), value(std::move(v)) {}
    Fill(std::string_view n, std::string_view v) : name(n), value(v) {}
    Fill(std::string_view n, const char* v) : name(n), value(v) {}
    Fill(std::string_view n, long long v) : name(n), value(std::to_string(v)) {}
    Fill(std::string_view n, int v) : name(n), value(std::to_string(v)) {}
    Fill(std::string_view n, unsigned long long v) : name(n), value(std::to_string(v)) {}
    Fill(std::string_view n, unsigned long v) : name(n), value(std::to_string(v)) {}
    Fill(std::string_view n, long v) : name(n), value(std::to_string(v)) {}
};

// pattern with each {name} replaced by its value; a placeholder without a value stays as it is,
// and "{{" and "}}" are a brace.
std::string fill(std::string_view pattern, std::initializer_list<Fill> values);

// The message language the environment asks for, as gettext reads it: the LANGUAGE list (unless
// the locale is C or POSIX), then LC_ALL, LC_MESSAGES, LANG. "nb", "nn" or "en"; Norwegian
// without a written standard ("no", "no_NO") is bokmål, a language without catalogs English.
// get is getenv or, in tests, a stand-in.
std::string message_language(const char* (*get)(const char*));

// "nb", "nn" or "en" for a language name as --messages takes it (nb, nn, en, no, bokmål,
// nynorsk, english, and locale names such as nn_NO.UTF-8); empty when it is none of them.
std::string message_language_named(std::string_view name);

// From now on tr() answers in language ("nb", "nn" or "en") from the catalogs under catalog_dir
// (<catalog_dir>/<language>/LC_MESSAGES/legeplan.mo). Call before any thread starts. It needs no
// installed locale: where the environment's cannot be set, C.UTF-8 carries the choice.
void use_messages(const std::string& language, const std::string& catalog_dir);

// The language tr() answers in now: "nb", "nn" or "en".
const std::string& messages_language();

}  // namespace legeplan
