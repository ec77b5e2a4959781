// What legeplan adds to the HTML page Pandoc writes: the things neither Pandoc's template nor a
// filter can do.
#pragma once

#include <string>

namespace legeplan {

// Gives every table header cell scope="col", and moves the plan's front matter (status, period,
// version: the `.front-matter` div at the start of the body) into the title block, so the cover
// holds it and the contents follow on a page of their own. A page without a title block or
// without front matter keeps its order. A span of years in the title ("2027–2030") is wrapped
// in `<span class="years">` so the stylesheet can keep it on one line. Plan text cannot reach the page as markup (Pandoc's
// reader has raw HTML off), so every `<th` and `<div` in it is Pandoc's own tag.
std::string finish_html_page(const std::string& html);

// The same on a file, written back in place; false with error set when it cannot be read or
// written.
bool finish_html_file(const std::string& path, std::string& error);

}  // namespace legeplan
