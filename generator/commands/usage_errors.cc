#include "commands/usage_errors.h"

#include <regex>

#include "text/translate.h"

namespace legeplan {

std::string usage_error_text(const std::string& message) {
    std::smatch m;
    // The shapes CLI11 2.x writes (App.hpp, Error.hpp, Validators.hpp), most specific first.
    static const std::regex range(R"(^(\S+): Value (.*) not in range (\S+) to (\S+)$)");
    static const std::regex member(R"(^(\S+): (.*) not in \{(.*)\}$)");
    static const std::regex value_missing(R"(^(\S+): \d+ required .+ missing$)");
    static const std::regex required(R"(^(\S+) is required$)");
    static const std::regex extras(R"(^The following arguments? (?:was|were) not expected: (.*)$)");
    if (std::regex_match(message, m, range)) {
        return fill(tr("{option}: Value {value} not in range {min} to {max}"),
                    {{"option", m[1].str()}, {"value", m[2].str()}, {"min", m[3].str()}, {"max", m[4].str()}});
    }
    if (std::regex_match(message, m, member)) {
        return fill(tr("{option}: {value} not in {{{choices}}}"),
                    {{"option", m[1].str()}, {"value", m[2].str()}, {"choices", m[3].str()}});
    }
    if (std::regex_match(message, m, value_missing)) {
        return fill(tr("{option} needs a value"), {{"option", m[1].str()}});
    }
    if (message == "A subcommand is required") return tr("A subcommand is required");
    if (std::regex_match(message, m, required)) return fill(tr("{name} is required"), {{"name", m[1].str()}});
    if (std::regex_match(message, m, extras)) {
        std::string arguments = m[1].str();
        unsigned long long count = 1;
        for (char c : arguments) count += c == ' ' ? 1 : 0;
        return fill(tr_n("The following argument was not expected: {arguments}",
                         "The following arguments were not expected: {arguments}", count),
                    {{"arguments", arguments}});
    }
    return message;
}

}  // namespace legeplan
