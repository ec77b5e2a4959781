// The DOCX's cover page: Pandoc writes the title block, then the contents, then the body, so the
// plan's front matter (status, period, version) would stand under the contents. It moves up to
// the title, and the cover carries no running header or page number.
#pragma once

#include <pugixml.hpp>

#include <initializer_list>

namespace legeplan {

// When the document starts with a Title paragraph: moves the body-level paragraphs in one of
// cover_styles that follow the title block onto it (before the contents, or before the first
// paragraph of the body when there is no contents), in their order, and marks the section as
// having a title page, whose header and footer are empty. Returns the number of paragraphs
// moved; a document without a title is left as it is and gives 0.
int finish_cover(pugi::xml_document& document, std::initializer_list<const char*> cover_styles);

}  // namespace legeplan
