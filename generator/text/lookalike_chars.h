// Characters that show as nothing, or as an ordinary space, but are something else: they come
// with numbers pasted from Word, PDFs and web pages, and make a value that looks right fail.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace legeplan {

struct LookalikeChar {
    std::size_t index = 0;       // in characters, from 0
    char32_t code = 0;
    std::string_view name;       // the Unicode name: "ZERO WIDTH SPACE"
    bool invisible = false;      // false: it shows as a space
};

// The first such character of a valid UTF-8 text, if any. The ordinary space, the no-break
// space U+00A0 and the narrow no-break space U+202F are not lookalikes: they are how Norwegians
// separate thousands, and amounts accept them.
std::optional<LookalikeChar> first_lookalike_char(std::string_view text);

}  // namespace legeplan
