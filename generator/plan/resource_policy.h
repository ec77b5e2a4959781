// What a plan's text, and a municipality's own stylesheet and HTML template, may refer to. Links: http, https, mailto or an anchor in the document.
// Pictures: a file in the plan's own folder, named by a relative path of letters, digits, '.',
// '_', '-' and '/', no '..', a regular file (not a link out of the folder), a PNG, JPEG or SVG
// by its content, at most kMaxPictureBytes. Everything else is a plan error.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace legeplan {

inline constexpr std::size_t kMaxPictureBytes = 10u << 20;  // 10 MiB

// True for http:, https: and mailto: URLs and "#anchor".
bool allowed_link(std::string_view target);

// Why a picture path cannot be used, as a message; "" when its form is allowed (the file itself
// is checked by check_picture_file).
std::string picture_path_problem(std::string_view path);

// Where a stylesheet or HTML template refers to something a converter or browser would load,
// and what: found after CSS escapes (\69mport, u\72l) and HTML character references
// (u&#114;l) are decoded, so no spelling of it gets through.
struct ResourceProblem {
    std::size_t offset = 0;  // in the text as written
    std::string what;        // "'@import'", "'url('", …
};

// The first place where a stylesheet refers to another file or address (@import, url(),
// image-set() …) or could end the <style> element it is put in; none when it refers to nothing.
std::optional<ResourceProblem> css_problem(std::string_view css);

// The first place where an HTML template loads anything (src, srcset, a <link>, a script, an
// event attribute, CSS that css_problem refuses, a link that allowed_link refuses); none when it
// loads nothing. An attribute whose whole value is a Pandoc variable ($css$) is the template's
// own business: Pandoc fills it from what legeplan gives it.
std::optional<ResourceProblem> html_template_problem(std::string_view html);

enum class PictureType { none, png, jpeg, svg };

// The picture's type by its first bytes; none when it is none of ours, or an SVG that refers to
// anything (href, url(), script), which a converter could follow.
PictureType picture_type(std::string_view content);

}  // namespace legeplan
