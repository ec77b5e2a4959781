#include "publish/docx/xml.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace legeplan {

namespace {

// The children of w:pPr in the order ECMA-376 (CT_PPr) requires; Word refuses another order.
constexpr std::array<const char*, 36> kParagraphProperties = {
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"};

std::size_t paragraph_property_rank(const char* name) {
    auto found = std::find_if(kParagraphProperties.begin(), kParagraphProperties.end(),
                              [name](const char* known) { return std::strcmp(known, name) == 0; });
    return static_cast<std::size_t>(found - kParagraphProperties.begin());
}

}  // namespace

pugi::xml_node with_attributes(pugi::xml_node node, XmlAttributes attributes) {
    for (const auto& [name, value] : attributes) node.append_attribute(name) = value;
    return node;
}

pugi::xml_node child_first(pugi::xml_node parent, const char* name) {
    pugi::xml_node node = parent.child(name);
    return node ? node : parent.prepend_child(name);
}

pugi::xml_node set_property(pugi::xml_node properties, const char* name, pugi::xml_node before,
                            XmlAttributes attributes) {
    pugi::xml_node old = properties.child(name);
    if (old) before = old;
    pugi::xml_node node = before ? properties.insert_child_before(name, before) : properties.append_child(name);
    if (old) properties.remove_child(old);
    return with_attributes(node, attributes);
}

pugi::xml_node first_of(pugi::xml_node parent, std::initializer_list<const char*> names) {
    for (pugi::xml_node child : parent.children()) {
        for (const char* name : names) {
            if (std::strcmp(child.name(), name) == 0) return child;
        }
    }
    return {};
}

pugi::xml_node set_paragraph_property(pugi::xml_node properties, const char* name, XmlAttributes attributes) {
    std::size_t rank = paragraph_property_rank(name);
    pugi::xml_node before;
    for (pugi::xml_node child : properties.children()) {
        if (paragraph_property_rank(child.name()) > rank) {
            before = child;
            break;
        }
    }
    return set_property(properties, name, before, attributes);
}

std::string shown_text(const pugi::xml_node& node) {
    std::string text;
    for (pugi::xpath_node t : node.select_nodes(".//w:t")) text += t.node().text().get();
    return text;
}

std::string paragraph_style(const pugi::xml_node& paragraph) {
    return paragraph.child("w:pPr").child("w:pStyle").attribute("w:val").value();
}

void set_paragraph_style(pugi::xml_node paragraph, const std::string& style) {
    pugi::xml_node properties = paragraph.child("w:pPr");
    if (!properties) properties = paragraph.prepend_child("w:pPr");
    pugi::xml_node name = properties.child("w:pStyle");
    if (!name) name = properties.prepend_child("w:pStyle");
    if (!name.attribute("w:val")) name.append_attribute("w:val");
    name.attribute("w:val") = style.c_str();
}

}  // namespace legeplan
