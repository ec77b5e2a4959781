#include "publish/docx/numbering.h"

#include <algorithm>
#include <string>
#include <vector>

#include "publish/docx/xml.h"

namespace legeplan {

namespace {

// The indents of the two levels: the number hangs in the margin of the heading's text, which
// lines up after a tab whether the number is "8" or "10.12".
constexpr const char* kChapterIndent = "567";
constexpr const char* kSectionIndent = "851";

struct Heading {
    pugi::xml_node paragraph;
    std::size_t typed = 0;  // bytes of typed number and its space; 0 when unnumbered
};

// Where the number expected ends when text holds it at from; 0 when it does not.
std::size_t leading_number(const std::string& text, std::size_t from, int expected) {
    std::string digits = std::to_string(expected);
    if (text.compare(from, digits.size(), digits) != 0) return 0;
    return from + digits.size();
}

// The typed number's length when text starts with the number the list would show ("3 " for
// chapter 3, "3.2 " for its second section), with a space after it; 0 otherwise.
std::size_t typed_number(const std::string& text, int chapter, int section) {
    std::size_t end = leading_number(text, 0, chapter);
    if (end > 0 && section > 0) {
        end = (end < text.size() && text[end] == '.') ? leading_number(text, end + 1, section) : 0;
    }
    return (end > 0 && end < text.size() && text[end] == ' ') ? end + 1 : 0;
}

// Removes the first bytes of the text the paragraph shows, from as many w:t as hold them (Pandoc
// writes "8.2 Samlet kostnad" in one run or word by word).
void strip_shown_text(const pugi::xml_node& paragraph, std::size_t bytes) {
    for (pugi::xpath_node found : paragraph.select_nodes(".//w:r/w:t")) {
        if (bytes == 0) return;
        pugi::xml_node text = found.node();
        std::string shown = text.text().get();
        std::size_t cut = std::min(bytes, shown.size());
        text.text().set(shown.substr(cut).c_str());
        bytes -= cut;
    }
}

// The headings, each with its typed number's length, as a list numbering them in order would
// number them. False when a heading starts with a digit that is not that number.
bool read_headings(pugi::xml_document& document, std::vector<Heading>& headings) {
    int chapter = 0;
    int section = 0;
    for (pugi::xpath_node found : document.select_nodes("//w:body//w:p[w:pPr/w:pStyle]")) {
        pugi::xml_node paragraph = found.node();
        std::string style = paragraph_style(paragraph);
        int level = style == "Heading1" ? 1 : style == "Heading2" ? 2 : 0;
        if (level == 0) continue;
        std::string typed = shown_text(paragraph);
        std::size_t length = level == 1 ? typed_number(typed, chapter + 1, 0)
                                        : typed_number(typed, chapter, section + 1);
        if (length == 0 && !typed.empty() && typed[0] >= '0' && typed[0] <= '9') return false;
        if (length > 0 && level == 1) {
            ++chapter;
            section = 0;
        } else if (length > 0) {
            ++section;
        }
        headings.push_back({paragraph, length});
    }
    return true;
}

pugi::xml_node find_style(pugi::xml_document& styles, const std::string& id) {
    for (pugi::xml_node style : styles.child("w:styles").children("w:style")) {
        if (id == style.attribute("w:styleId").value()) return style;
    }
    return {};
}

// A style's paragraph properties, made when it has none.
pugi::xml_node style_properties(pugi::xml_node style) {
    pugi::xml_node properties = style.child("w:pPr");
    if (properties) return properties;
    // w:pPr comes after the style's names, links and flags, before its run properties.
    pugi::xml_node before = first_of(style, {"w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr"});
    return before ? style.insert_child_before("w:pPr", before) : style.append_child("w:pPr");
}

// The largest value of attribute among the elements path selects.
int largest(const pugi::xml_document& numbering, const char* path, const char* attribute) {
    int most = 0;
    for (pugi::xpath_node found : numbering.select_nodes(path)) {
        most = std::max(most, found.node().attribute(attribute).as_int());
    }
    return most;
}

void add_level(pugi::xml_node list, const char* level, const char* style, const char* text, const char* indent) {
    pugi::xml_node definition = with_attributes(list.append_child("w:lvl"), {{"w:ilvl", level}});
    with_attributes(definition.append_child("w:start"), {{"w:val", "1"}});
    with_attributes(definition.append_child("w:numFmt"), {{"w:val", "decimal"}});
    with_attributes(definition.append_child("w:pStyle"), {{"w:val", style}});
    with_attributes(definition.append_child("w:lvlText"), {{"w:val", text}});
    with_attributes(definition.append_child("w:lvlJc"), {{"w:val", "left"}});
    with_attributes(definition.append_child("w:pPr").append_child("w:ind"),
                    {{"w:left", indent}, {"w:hanging", indent}});
}

// Adds the list to numbering.xml (its definition after the others', as the schema orders them)
// and returns its number id; 0 when numbering.xml is not a numbering part.
int add_heading_list(pugi::xml_document& numbering) {
    pugi::xml_node root = numbering.child("w:numbering");
    if (!root) return 0;
    std::string abstract_id = std::to_string(largest(numbering, "/w:numbering/w:abstractNum", "w:abstractNumId") + 1);
    std::string number_id = std::to_string(largest(numbering, "/w:numbering/w:num", "w:numId") + 1);
    pugi::xml_node last_definition = root.select_node("w:abstractNum[last()]").node();
    pugi::xml_node list = last_definition ? root.insert_child_after("w:abstractNum", last_definition)
                                          : root.prepend_child("w:abstractNum");
    with_attributes(list, {{"w:abstractNumId", abstract_id.c_str()}});
    with_attributes(list.append_child("w:multiLevelType"), {{"w:val", "multilevel"}});
    add_level(list, "0", "Heading1", "%1", kChapterIndent);
    add_level(list, "1", "Heading2", "%1.%2", kSectionIndent);
    pugi::xml_node last_number = root.select_node("w:num[last()]").node();
    pugi::xml_node number = root.insert_child_after("w:num", last_number ? last_number : list);
    with_attributes(number, {{"w:numId", number_id.c_str()}});
    with_attributes(number.append_child("w:abstractNumId"), {{"w:val", abstract_id.c_str()}});
    return std::stoi(number_id);
}

void set_numbering(pugi::xml_node properties, const char* level, const char* number_id) {
    pugi::xml_node numbering = set_paragraph_property(properties, "w:numPr", {});
    with_attributes(numbering.append_child("w:ilvl"), {{"w:val", level}});
    with_attributes(numbering.append_child("w:numId"), {{"w:val", number_id}});
}

}  // namespace

int number_headings(pugi::xml_document& document, pugi::xml_document& styles, pugi::xml_document& numbering) {
    std::vector<Heading> headings;
    if (!read_headings(document, headings)) return 0;
    if (std::none_of(headings.begin(), headings.end(), [](const Heading& h) { return h.typed > 0; })) return 0;
    pugi::xml_node chapter_style = find_style(styles, "Heading1");
    pugi::xml_node section_style = find_style(styles, "Heading2");
    if (!chapter_style || !section_style || !numbering.child("w:numbering")) return 0;
    std::string number_id = std::to_string(add_heading_list(numbering));
    set_numbering(style_properties(chapter_style), "0", number_id.c_str());
    set_numbering(style_properties(section_style), "1", number_id.c_str());
    // Styles built on a heading's (the contents' title, "TOC Heading") would inherit the list.
    for (pugi::xpath_node based : styles.select_nodes(
             "/w:styles/w:style[w:basedOn/@w:val='Heading1' or w:basedOn/@w:val='Heading2']")) {
        set_numbering(style_properties(based.node()), "0", "0");
    }
    int numbered = 0;
    for (const Heading& heading : headings) {
        pugi::xml_node properties = heading.paragraph.child("w:pPr");
        if (heading.typed == 0) {
            // Out of the list the style puts it in: the summary, the appendices, LSU's statement.
            set_numbering(properties, "0", "0");
            continue;
        }
        strip_shown_text(heading.paragraph, heading.typed);
        ++numbered;
    }
    return numbered;
}

}  // namespace legeplan
