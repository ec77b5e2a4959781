// A text as a file name's stem: "Våler (Innlandet) 2027-2030" → "valer-innlandet-2027-2030".
#pragma once

#include <string>
#include <string_view>

namespace legeplan {

// Lowercase ASCII letters and digits, each run of anything else one '-', none at either end.
// æ becomes "ae", ø "o" and å "a"; other letters lose their accents (Unicode compatibility
// decomposition with the marks stripped: é → e, ü → u, ß → ss); a letter with no ASCII form
// (ł, þ, Chinese) counts as anything else. Empty when nothing is left, or for invalid UTF-8
// that holds no ASCII letter or digit.
std::string slug(std::string_view text);

}  // namespace legeplan
