// Chapter and section numbers as Word keeps them: a multi-level list bound to the Heading 1 and
// Heading 2 styles, so that a chapter inserted in Word renumbers those after it. Our Markdown
// types the numbers into the headings (the HTML and PDF show them as text); in the DOCX they
// move into the list.
#pragma once

#include <pugixml.hpp>

namespace legeplan {

// Binds a new multi-level list ("1", "1.1") to the Heading1 and Heading2 styles and strips the
// typed numbers from the headings; unnumbered headings are taken out of the list. Does so only
// when every typed number is the one the list would show in its place (so the document reads
// the same); otherwise, or when styles or numbering lack what it needs, changes nothing.
// Returns the number of headings whose number now comes from the list.
int number_headings(pugi::xml_document& document, pugi::xml_document& styles, pugi::xml_document& numbering);

}  // namespace legeplan
