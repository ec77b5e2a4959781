// Small tools for editing WordprocessingML with pugixml: attributes, properties in the order the
// schema fixes, paragraph styles and the text a node shows. Shared by the DOCX finishing steps.
#pragma once

#include <pugixml.hpp>

#include <initializer_list>
#include <string>
#include <utility>

namespace legeplan {

using XmlAttributes = std::initializer_list<std::pair<const char*, const char*>>;

pugi::xml_node with_attributes(pugi::xml_node node, XmlAttributes attributes);

// The child called name, made the first child when there is none.
pugi::xml_node child_first(pugi::xml_node parent, const char* name);

// Replaces the element where it stands or, when there is none, adds it before `before` (at the
// end when that is null): the schema fixes the order of properties.
pugi::xml_node set_property(pugi::xml_node properties, const char* name, pugi::xml_node before,
                            XmlAttributes attributes);

// The first child named one of names; null when there is none.
pugi::xml_node first_of(pugi::xml_node parent, std::initializer_list<const char*> names);

// Sets a paragraph property (a child of w:pPr, in a paragraph or a style) where the schema's
// order of w:pPr puts it, replacing one already there.
pugi::xml_node set_paragraph_property(pugi::xml_node properties, const char* name, XmlAttributes attributes);

// The text a paragraph or cell shows, its w:t runs joined.
std::string shown_text(const pugi::xml_node& node);

// A paragraph's style id ("Heading1"); empty when it has none.
std::string paragraph_style(const pugi::xml_node& paragraph);
void set_paragraph_style(pugi::xml_node paragraph, const std::string& style);

}  // namespace legeplan
