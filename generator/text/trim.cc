#include "text/trim.h"

namespace legeplan {

std::string trimmed(std::string_view text, std::string_view whitespace) {
    std::size_t first = text.find_first_not_of(whitespace);
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(whitespace) + 1 - first));
}

}  // namespace legeplan
