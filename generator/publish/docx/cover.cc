#include "publish/docx/cover.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "publish/docx/xml.h"

namespace legeplan {

namespace {

bool in_title_block(const pugi::xml_node& node) {
    if (std::strcmp(node.name(), "w:p") != 0) return false;
    std::string style = paragraph_style(node);
    return style == "Title" || style == "Subtitle" || style == "Author" || style == "Date";
}

// Section properties after w:titlePg in the order ECMA-376 (CT_SectPr) gives them.
pugi::xml_node after_title_page(const pugi::xml_node& section) {
    return first_of(section, {"w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings",
                              "w:sectPrChange"});
}

}  // namespace

int finish_cover(pugi::xml_document& document, std::initializer_list<const char*> cover_styles) {
    pugi::xml_node body = document.child("w:document").child("w:body");
    pugi::xml_node first = body.first_child();
    if (!first || paragraph_style(first) != "Title") return 0;
    pugi::xml_node anchor = first;
    while (anchor && in_title_block(anchor)) anchor = anchor.next_sibling();
    std::vector<pugi::xml_node> cover;
    for (pugi::xml_node node = anchor; node; node = node.next_sibling()) {
        std::string style = paragraph_style(node);
        bool on_cover = std::strcmp(node.name(), "w:p") == 0 &&
                        std::any_of(cover_styles.begin(), cover_styles.end(),
                                    [&](const char* name) { return style == name; });
        if (on_cover) cover.push_back(node);
    }
    for (pugi::xml_node paragraph : cover) {
        if (paragraph == anchor) {
            anchor = anchor.next_sibling();
            continue;
        }
        anchor ? body.insert_move_before(paragraph, anchor) : body.append_move(paragraph);
    }
    pugi::xml_node section = body.child("w:sectPr");
    if (section && !section.child("w:titlePg")) {
        pugi::xml_node before = after_title_page(section);
        before ? section.insert_child_before("w:titlePg", before) : section.append_child("w:titlePg");
    }
    return static_cast<int>(cover.size());
}

}  // namespace legeplan
