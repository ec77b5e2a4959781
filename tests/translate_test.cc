#include "text/translate.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

using legeplan::fill;
using legeplan::message_language;
using legeplan::message_language_named;

namespace {

// A stand-in environment for message_language.
std::map<std::string, std::string> environment;
const char* from_environment(const char* name) {
    auto it = environment.find(name);
    return it == environment.end() ? nullptr : it->second.c_str();
}

std::string language_for(std::map<std::string, std::string> variables) {
    environment = std::move(variables);
    return message_language(from_environment);
}

}  // namespace

TEST_CASE("fill puts values in named placeholders, in any order, and leaves unknown ones") {
    CHECK(fill("measure {number} '{id}'", {{"id", "legevakt"}, {"number", 3}}) == "measure 3 'legevakt'");
    CHECK(fill("{id} før {number}", {{"number", 3}, {"id", "a"}}) == "a før 3");
    CHECK(fill("{unknown} and {{braces}}", {{"id", "x"}}) == "{unknown} and {braces}");
    CHECK(fill("{id}{id}", {{"id", "ab"}}) == "abab");
    CHECK(fill("open { only", {}) == "open { only");
}

TEST_CASE("the message language comes from the environment as gettext reads it") {
    CHECK(language_for({}) == "en");
    CHECK(language_for({{"LANG", "nb_NO.UTF-8"}}) == "nb");
    CHECK(language_for({{"LANG", "nn_NO.UTF-8"}}) == "nn");
    CHECK(language_for({{"LANG", "no_NO.UTF-8"}}) == "nb");
    CHECK(language_for({{"LANG", "de_DE.UTF-8"}}) == "en");
    // LC_ALL before LC_MESSAGES before LANG.
    CHECK(language_for({{"LANG", "nb_NO.UTF-8"}, {"LC_MESSAGES", "nn_NO.UTF-8"}}) == "nn");
    CHECK(language_for({{"LC_ALL", "en_GB.UTF-8"}, {"LC_MESSAGES", "nn_NO.UTF-8"}}) == "en");
    // LANGUAGE: the first language of its list that has messages, unless the locale is C.
    CHECK(language_for({{"LANG", "sv_SE.UTF-8"}, {"LANGUAGE", "sv:nn:nb"}}) == "nn");
    CHECK(language_for({{"LANG", "C"}, {"LANGUAGE", "nn"}}) == "en");
    CHECK(language_for({{"LANGUAGE", "nn"}}) == "en");
}

TEST_CASE("the --messages option takes language codes, names and locale names") {
    CHECK(message_language_named("nb") == "nb");
    CHECK(message_language_named("no") == "nb");
    CHECK(message_language_named("nynorsk") == "nn");
    CHECK(message_language_named("nn_NO.UTF-8") == "nn");
    CHECK(message_language_named("EN") == "en");
    CHECK(message_language_named("sv") == "");
}

TEST_CASE("tr answers from the catalog of the language chosen, English without one") {
    CHECK(legeplan::tr("Run with --help for more information.") == "Run with --help for more information.");
    legeplan::use_messages("nn", LEGEPLAN_BUILD_LOCALE_DIR);
    std::string nynorsk = legeplan::tr("Run with --help for more information.");
    std::string count = legeplan::tr_n("{count} error", "{count} errors", 2);
    legeplan::use_messages("nb", LEGEPLAN_BUILD_LOCALE_DIR);
    std::string bokmal = legeplan::tr("Run with --help for more information.");
    std::string unknown = legeplan::tr("a message no catalog has");
    legeplan::use_messages("en", "");
    CHECK(nynorsk == "Køyr med --help for meir hjelp.");
    CHECK(count == "{count} feil");
    CHECK(bokmal == "Kjør med --help for mer hjelp.");
    CHECK(unknown == "a message no catalog has");
    CHECK(legeplan::tr("Run with --help for more information.") == "Run with --help for more information.");
    CHECK(legeplan::tr_n("{count} error", "{count} errors", 1) == "{count} error");
}
