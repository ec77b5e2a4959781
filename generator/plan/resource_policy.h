// What a plan's text may refer to. Links: http, https, mailto or an anchor in the document.
// Pictures: a file in the plan's own folder, named by a relative path of letters, digits, '.',
// '_', '-' and '/', no '..', a regular file (not a link out of the folder), a PNG, JPEG or SVG
// by its content, at most kMaxPictureBytes. Everything else is a plan error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace legeplan {

inline constexpr std::size_t kMaxPictureBytes = 10u << 20;  // 10 MiB

// True for http:, https: and mailto: URLs and "#anchor".
bool allowed_link(std::string_view target);

// Why a picture path cannot be used, as a message; "" when its form is allowed (the file itself
// is checked by check_picture_file).
std::string picture_path_problem(std::string_view path);

enum class PictureType { none, png, jpeg, svg };

// The picture's type by its first bytes; none when it is none of ours, or an SVG that refers to
// anything (href, url(), script), which a converter could follow.
PictureType picture_type(std::string_view content);

}  // namespace legeplan
