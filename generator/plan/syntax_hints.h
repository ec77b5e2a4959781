// What a YAML syntax error most likely is, said in the plan writer's words: yaml-cpp reports
// where the parser got stuck ("illegal map value", "end of map not found"), often a line after
// the mistake. This looks at the source lines around it for the usual mistakes: a key without a
// space after ':', a ': ' inside unquoted text, a line indented unlike its siblings, a tab.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace legeplan {

struct SyntaxExplanation {
    int line = 0;          // from 1
    std::size_t byte_col = 1;  // from 1, in bytes of the line
    int length = 1;        // characters to underline
    std::string message;   // translated
    std::string hint;      // translated
};

// The likely mistake behind a syntax error yaml-cpp reported on line (from 1) of text, found on
// that line or the one above it; nullopt when none of the usual ones is there.
std::optional<SyntaxExplanation> explain_syntax_error(std::string_view text, int line);

// For a plain scalar YAML read as text where a map belongs, or as a key without a value: when it
// reads "key:value" (an identifier, a colon and no space), the explanation that the key needs a
// space, its byte_col relative to the scalar's first character (line 1 = the scalar's line).
std::optional<SyntaxExplanation> explain_key_without_space(std::string_view scalar);

}  // namespace legeplan
