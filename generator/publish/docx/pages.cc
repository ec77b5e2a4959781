#include "publish/docx/pages.h"

#include "publish/docx/cover.h"
#include "publish/docx/numbering.h"
#include "publish/docx/xml.h"
#include "text/translate.h"

#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <initializer_list>
#include <memory>
#include <sstream>
#include <utility>
#include <vector>

namespace legeplan {

namespace {

// A part we add to the package: its name in the archive, its name as the document's
// relationships give it (relative to word/), its relationship id, and its kind — the last word
// of both its content type and its relationship type.
struct AddedPart {
    const char* name;
    const char* target;
    const char* id;
    const char* kind;
};
constexpr AddedPart kHeader{"word/legeplan-header.xml", "legeplan-header.xml", "rIdLegeplanHeader", "header"};
constexpr AddedPart kFooter{"word/legeplan-footer.xml", "legeplan-footer.xml", "rIdLegeplanFooter", "footer"};

// Whitespace-only text is content in Word ("<w:t xml:space=\"preserve\"> </w:t>"), and the
// declaration, comments and processing instructions are kept as Pandoc wrote them.
constexpr unsigned kParse = pugi::parse_full | pugi::parse_ws_pcdata;

// The parts we add, as Word writes them; the header's text is set through the tree, so that
// pugixml escapes it.
constexpr const char* kHeaderXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val=\"9B1C1C\"/>"
    "<w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\"></w:t></w:r></w:p></w:hdr>";
// The footer: "Side 3 av 40", its words set through the tree between the two page fields.
constexpr const char* kFooterXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\"></w:t></w:r>"
    "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"></w:t></w:r>"
    "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";

class Archive {
public:
    explicit Archive(const std::string& path) {
        int code = 0;
        zip_ = zip_open(path.c_str(), 0, &code);
        if (!zip_) {
            zip_error_t e;
            zip_error_init_with_code(&e, code);
            error = fill(tr("cannot open the DOCX: {reason}"), {{"reason", zip_error_strerror(&e)}});
            zip_error_fini(&e);
        }
    }
    ~Archive() {
        if (zip_) zip_discard(zip_);
    }

    bool ok() const { return zip_ != nullptr && error.empty(); }

    bool has(const char* name) { return zip_name_locate(zip_, name, 0) >= 0; }

    bool read(const char* name, std::string& out) {
        zip_stat_t st;
        zip_file_t* f = nullptr;
        if (zip_stat(zip_, name, 0, &st) != 0 || !(f = zip_fopen(zip_, name, 0))) {
            error = fill(tr("the DOCX has no {part}"), {{"part", name}});
            return false;
        }
        out.resize(st.size);
        zip_int64_t n = zip_fread(f, out.data(), st.size);
        zip_fclose(f);
        if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
            error = fill(tr("cannot read {part} in the DOCX"), {{"part", name}});
            return false;
        }
        return true;
    }

    // Adds or replaces a part; the text must stay alive until close (kept in texts_).
    bool write(const char* name, std::string text, std::time_t mtime) {
        texts_.push_back(std::move(text));
        const std::string& kept = texts_.back();
        zip_source_t* src = zip_source_buffer(zip_, kept.data(), kept.size(), 0);
        zip_int64_t index = src ? zip_file_add(zip_, name, src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (src) zip_source_free(src);
            error = fill(tr("cannot write {part} into the DOCX: {reason}"), {{"part", name}, {"reason", zip_strerror(zip_)}});
            return false;
        }
        zip_file_set_mtime(zip_, static_cast<zip_uint64_t>(index), mtime, 0);
        return true;
    }

    bool close() {
        if (zip_close(zip_) != 0) {
            error = fill(tr("cannot save the DOCX: {reason}"), {{"reason", zip_strerror(zip_)}});
            return false;
        }
        zip_ = nullptr;
        return true;
    }

    std::string error;

private:
    zip_t* zip_ = nullptr;
    std::deque<std::string> texts_;
};

std::string xml_text(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw);
    return out.str();
}

// Reads and parses one XML part of the DOCX; false with zip.error set otherwise.
bool read_xml(Archive& zip, const char* name, pugi::xml_document& doc) {
    std::string text;
    if (!zip.read(name, text)) return false;
    pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size(), kParse);
    if (!parsed) zip.error = fill(tr("{part} in the DOCX is not XML: {reason}"), {{"part", name}, {"reason", parsed.description()}});
    return static_cast<bool>(parsed);
}

// Elements of w:sectPr that the schema puts before the page size; Word refuses another order.
bool before_page_size(const pugi::xml_node& node) {
    for (const char* name : {"w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type"}) {
        if (std::strcmp(node.name(), name) == 0) return true;
    }
    return false;
}

// The body's section properties get our header and footer references, and A4 pages with
// margins when the reference document set no page size.
bool add_references(pugi::xml_document& document, bool with_header) {
    pugi::xml_node body = document.child("w:document").child("w:body");
    if (!body) return false;
    pugi::xml_node section = body.child("w:sectPr");
    if (!section) section = body.append_child("w:sectPr");
    with_attributes(section.prepend_child("w:footerReference"), {{"w:type", "default"}, {"r:id", kFooter.id}});
    if (with_header) {
        with_attributes(section.prepend_child("w:headerReference"), {{"w:type", "default"}, {"r:id", kHeader.id}});
    }
    if (section.child("w:pgSz")) return true;
    pugi::xml_node after = section.first_child();
    while (after && before_page_size(after)) after = after.next_sibling();
    pugi::xml_node size = after ? section.insert_child_before("w:pgSz", after) : section.append_child("w:pgSz");
    with_attributes(size, {{"w:w", "11906"}, {"w:h", "16838"}});
    if (!section.child("w:pgMar")) {
        with_attributes(section.insert_child_after("w:pgMar", size),
                        {{"w:top", "1418"}, {"w:right", "1247"}, {"w:bottom", "1418"}, {"w:left", "1247"},
                         {"w:header", "709"}, {"w:footer", "709"}, {"w:gutter", "0"}});
    }
    return true;
}

// Declares our parts: their content types, and their relationships from the document.
bool add_parts(pugi::xml_document& types, pugi::xml_document& rels, bool with_header) {
    pugi::xml_node type_list = types.child("Types");
    pugi::xml_node relations = rels.child("Relationships");
    if (!type_list || !relations) return false;
    auto declare = [&](const AddedPart& part) {
        std::string name = std::string("/") + part.name;
        std::string content_type =
            std::string("application/vnd.openxmlformats-officedocument.wordprocessingml.") + part.kind + "+xml";
        std::string type = std::string("http://schemas.openxmlformats.org/officeDocument/2006/relationships/") + part.kind;
        with_attributes(type_list.append_child("Override"),
                        {{"PartName", name.c_str()}, {"ContentType", content_type.c_str()}});
        with_attributes(relations.append_child("Relationship"),
                        {{"Type", type.c_str()}, {"Id", part.id}, {"Target", part.target}});
    };
    declare(kFooter);
    if (with_header) declare(kHeader);
    return true;
}

// The footer's part with its words: "Side " before the page number, " av " between the two.
std::string footer_xml(const std::string& page, const std::string& of) {
    pugi::xml_document footer;
    footer.load_string(kFooterXml, kParse);
    pugi::xml_node paragraph = footer.child("w:ftr").child("w:p");
    paragraph.child("w:r").child("w:t").text().set((page + " ").c_str());
    paragraph.child("w:fldSimple").next_sibling("w:r").child("w:t").text().set((" " + of + " ").c_str());
    return xml_text(footer);
}

// The running header's part with its text.
std::string header_xml(const std::string& text) {
    pugi::xml_document header;
    header.load_string(kHeaderXml, kParse);
    header.child("w:hdr").child("w:p").child("w:r").child("w:t").text().set(text.c_str());
    return xml_text(header);
}


// The deepest heading level a TOC instruction lists: `\o "1-2"` gives 2, none gives 3 as in Word.
int toc_depth(const std::string& instruction) {
    std::size_t at = instruction.find("\\o \"1-");
    if (at == std::string::npos) return 3;
    int depth = std::atoi(instruction.c_str() + at + 6);
    return depth > 0 ? depth : 3;
}

struct TocEntry {
    int level;
    std::string text;
    std::string bookmark;
};

// The bookmark a heading is reached by: inside the paragraph, or just before it, as Pandoc writes
// a section's identifier, spanning the section. One before it moves inside and ends with the
// heading: LibreOffice loses a bookmark that spans a table, and with it the page number that
// refers to it.
std::string heading_bookmark(pugi::xml_node paragraph) {
    if (pugi::xml_node inside = paragraph.child("w:bookmarkStart")) return inside.attribute("w:name").value();
    for (pugi::xml_node before = paragraph.previous_sibling(); before; before = before.previous_sibling()) {
        if (std::strcmp(before.name(), "w:bookmarkStart") == 0) {
            std::string id = before.attribute("w:id").value();
            pugi::xml_node properties = paragraph.child("w:pPr");
            pugi::xml_node start = properties ? paragraph.insert_move_after(before, properties)
                                              : paragraph.prepend_move(before);
            for (pugi::xml_node end = paragraph.next_sibling(); end; end = end.next_sibling()) {
                if (std::strcmp(end.name(), "w:bookmarkEnd") == 0 && id == end.attribute("w:id").value()) {
                    paragraph.append_move(end);
                    break;
                }
            }
            return start.attribute("w:name").value();
        }
        if (std::strcmp(before.name(), "w:bookmarkEnd") != 0) break;
    }
    return {};
}

std::vector<TocEntry> toc_entries(const pugi::xml_node& body, const pugi::xml_node& field, int depth) {
    std::vector<TocEntry> entries;
    for (pugi::xpath_node found : body.select_nodes(".//w:p[w:pPr/w:pStyle]")) {
        pugi::xml_node paragraph = found.node();
        std::string style = paragraph_style(paragraph);
        if (style.rfind("Heading", 0) != 0 || style.size() != 8 || paragraph == field) continue;
        int level = style[7] - '0';
        if (level < 1 || level > depth) continue;
        entries.push_back({level, shown_text(paragraph), heading_bookmark(paragraph)});
    }
    return entries;
}

void append_entry(pugi::xml_node paragraph, const TocEntry& entry) {
    set_paragraph_style(paragraph, "TOC" + std::to_string(entry.level));
    pugi::xml_node holder = paragraph;
    if (!entry.bookmark.empty()) {
        holder = with_attributes(paragraph.append_child("w:hyperlink"),
                                 {{"w:anchor", entry.bookmark.c_str()}, {"w:history", "1"}});
    }
    pugi::xml_node text = holder.append_child("w:r").append_child("w:t");
    text.append_attribute("xml:space") = "preserve";
    text.text().set(entry.text.c_str());
    if (entry.bookmark.empty()) return;
    // The page number, as Word writes it in a contents: a PAGEREF field to the heading's
    // bookmark after a tab (the TOC styles set a right tab with dots). LibreOffice works the
    // number out as it lays out the pages; Word updates the field, marked dirty, on opening.
    holder.append_child("w:r").append_child("w:tab");
    auto field_char = [&](const char* type) {
        with_attributes(holder.append_child("w:r").append_child("w:fldChar"), {{"w:fldCharType", type}});
    };
    field_char("begin");
    holder.last_child().child("w:fldChar").append_attribute("w:dirty") = "true";
    pugi::xml_node instruction = holder.append_child("w:r").append_child("w:instrText");
    instruction.append_attribute("xml:space") = "preserve";
    instruction.text().set((" PAGEREF " + entry.bookmark + " \\h ").c_str());
    field_char("separate");
    field_char("end");
}

// Text width in twips of the body's section, as add_references left it.
int text_width(const pugi::xml_document& document) {
    pugi::xml_node section = document.child("w:document").child("w:body").child("w:sectPr");
    int page = section.child("w:pgSz").attribute("w:w").as_int(11906);
    pugi::xml_node margins = section.child("w:pgMar");
    int width = page - margins.attribute("w:left").as_int(1247) - margins.attribute("w:right").as_int(1247);
    return width > 1000 ? width : 9412;
}

// Characters (not bytes) of UTF-8 text.
int characters(const std::string& text) {
    return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Longest run of text without an ordinary space: amounts hold no-break spaces, so they count whole.
int longest_word(const std::string& text) {
    int longest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        longest = std::max(longest, characters(text.substr(start, end - start)));
        start = end + 1;
    }
    return longest;
}

// Twips a character of 10 pt table text takes on average, and what a cell adds to its text.
constexpr int kCharWidth = 105;
constexpr int kCellPadding = 230;
constexpr int kLongestLine = 60;  // a column wants no more than this many characters on a line

struct ColumnNeed {
    int least = 0;  // its longest word
    int wanted = 0;  // its longest paragraph on one line
};

std::vector<ColumnNeed> column_needs(const pugi::xml_node& table, std::size_t columns) {
    std::vector<ColumnNeed> needs(columns);
    for (pugi::xml_node row : table.children("w:tr")) {
        std::size_t column = 0;
        for (pugi::xml_node cell : row.children("w:tc")) {
            int span = cell.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1);
            if (span == 1 && column < columns) {
                for (pugi::xml_node paragraph : cell.children("w:p")) {
                    std::string text = shown_text(paragraph);
                    needs[column].least = std::max(needs[column].least, longest_word(text) * kCharWidth + kCellPadding);
                    needs[column].wanted = std::max(
                        needs[column].wanted, std::min(characters(text), kLongestLine) * kCharWidth + kCellPadding);
                }
            }
            column += static_cast<std::size_t>(std::max(span, 1));
        }
    }
    for (ColumnNeed& need : needs) need.wanted = std::max(need.wanted, need.least);
    return needs;
}

// Shares width out: every column its least, then what is left in proportion to what each still
// wants (or to what each wants, when all of it fits).
std::vector<int> column_widths(const std::vector<ColumnNeed>& needs, int width) {
    long least = 0, wanted = 0;
    for (const ColumnNeed& need : needs) {
        least += need.least;
        wanted += need.wanted;
    }
    std::vector<int> widths;
    for (const ColumnNeed& need : needs) {
        long share = 0;
        if (wanted <= width) {
            share = wanted > 0 ? need.wanted * width / wanted : width / static_cast<long>(needs.size());
        } else if (least <= width) {
            share = need.least + (wanted > least ? (need.wanted - need.least) * (width - least) / (wanted - least) : 0);
        } else {
            share = need.least * width / least;
        }
        widths.push_back(static_cast<int>(share));
    }
    return widths;
}

// Full width, fixed columns, each where the schema's order of w:tblPr puts it.
void set_table_properties(pugi::xml_node table) {
    pugi::xml_node properties = child_first(table, "w:tblPr");
    set_property(properties, "w:tblW",
                 first_of(properties, {"w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                                       "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"}),
                 {{"w:w", "5000"}, {"w:type", "pct"}});
    set_property(properties, "w:tblLayout",
                 first_of(properties, {"w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"}),
                 {{"w:type", "fixed"}});
}

// Rows stay whole on a page; the first repeats at the top of each page the table runs onto.
void set_row_properties(pugi::xml_node row, bool header) {
    pugi::xml_node properties = row.child("w:trPr");
    if (!properties) {
        pugi::xml_node exceptions = row.child("w:tblPrEx");
        properties = exceptions ? row.insert_child_after("w:trPr", exceptions) : row.prepend_child("w:trPr");
    }
    if (!properties.child("w:cantSplit")) properties.prepend_child("w:cantSplit");
    if (header && !properties.child("w:tblHeader")) properties.append_child("w:tblHeader");
}

void set_cell_widths(pugi::xml_node row, const std::vector<int>& widths) {
    std::size_t column = 0;
    for (pugi::xml_node cell : row.children("w:tc")) {
        pugi::xml_node properties = child_first(cell, "w:tcPr");
        int span = std::max(properties.child("w:gridSpan").attribute("w:val").as_int(1), 1);
        int width = 0;
        for (int i = 0; i < span && column < widths.size(); ++i) width += widths[column++];
        std::string twips = std::to_string(width);
        set_property(properties, "w:tcW", properties.first_child(), {{"w:w", twips.c_str()}, {"w:type", "dxa"}});
    }
}

void fit_table(pugi::xml_node table, int width) {
    pugi::xml_node grid = table.child("w:tblGrid");
    std::size_t columns = 0;
    for (pugi::xml_node column = grid.child("w:gridCol"); column; column = column.next_sibling("w:gridCol")) ++columns;
    if (columns == 0) return;
    std::vector<int> widths = column_widths(column_needs(table, columns), width);
    std::size_t index = 0;
    for (pugi::xml_node column : grid.children("w:gridCol")) {
        std::string twips = std::to_string(widths[index++]);
        column.remove_attribute("w:w");
        column.append_attribute("w:w") = twips.c_str();
    }
    set_table_properties(table);
    bool first = true;
    for (pugi::xml_node row : table.children("w:tr")) {
        set_row_properties(row, first);
        set_cell_widths(row, widths);
        first = false;
    }
}

}  // namespace

int fill_table_of_contents(pugi::xml_document& document) {
    pugi::xml_node body = document.child("w:document").child("w:body");
    pugi::xpath_node instruction = body.select_node(".//w:instrText[contains(., 'TOC')]");
    if (!instruction) return 0;
    pugi::xml_node field = instruction.node().parent().parent();
    pugi::xpath_node end = field.select_node(".//w:fldChar[@w:fldCharType='end']");
    pugi::xpath_node begin = field.select_node(".//w:fldChar[@w:fldCharType='begin']");
    if (std::strcmp(field.name(), "w:p") != 0 || !end || !begin) return 0;
    std::vector<TocEntry> entries = toc_entries(body, field, toc_depth(instruction.node().text().get()));
    if (entries.empty()) return 0;
    // The field's runs go: LibreOffice shows a TOC field's stored result as it is, so page
    // numbers inside one would stay blank until someone updates the index by hand.
    for (pugi::xml_node child = field.first_child(); child;) {
        pugi::xml_node next = child.next_sibling();
        if (std::strcmp(child.name(), "w:pPr") != 0) field.remove_child(child);
        child = next;
    }
    pugi::xml_node paragraph = field;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) paragraph = paragraph.parent().insert_child_after("w:p", paragraph);
        append_entry(paragraph, entries[i]);
    }
    return static_cast<int>(entries.size());
}

int end_boxed_blocks(pugi::xml_document& document, std::initializer_list<const char*> styles) {
    int ended = 0;
    for (pugi::xpath_node found : document.select_nodes("//w:p[w:pPr/w:pStyle]")) {
        pugi::xml_node paragraph = found.node();
        std::string style = paragraph_style(paragraph);
        bool boxed = std::any_of(styles.begin(), styles.end(), [&](const char* name) { return style == name; });
        pugi::xml_node next = paragraph.next_sibling();
        if (!boxed || (std::strcmp(next.name(), "w:p") == 0 && paragraph_style(next) == style)) continue;
        pugi::xml_node properties = paragraph.child("w:pPr");
        set_paragraph_property(properties, "w:keepNext", {{"w:val", "0"}});
        // Word and LibreOffice join neighbouring paragraphs whose borders are alike into one box;
        // a bottom border the colour of the page makes the next box's borders differ.
        pugi::xml_node borders = properties.child("w:pBdr");
        if (!borders) borders = set_paragraph_property(properties, "w:pBdr", {});
        set_property(borders, "w:bottom", first_of(borders, {"w:right", "w:between", "w:bar"}),
                     {{"w:val", "single"}, {"w:sz", "4"}, {"w:space", "4"}, {"w:color", "FFFFFF"}});
        pugi::xml_node spacing = properties.child("w:spacing");
        if (!spacing) spacing = set_paragraph_property(properties, "w:spacing", {});
        spacing.remove_attribute("w:after");
        spacing.append_attribute("w:after") = "240";
        ++ended;
    }
    return ended;
}

// Body text right under a table gets room above it: Word's table styles cannot give a table
// space after it, and a note styled on its own (a source under a table) keeps its own spacing.
void space_text_after(pugi::xml_node table) {
    pugi::xml_node next = table.next_sibling();
    if (std::strcmp(next.name(), "w:p") != 0) return;
    std::string style = paragraph_style(next);
    if (style != "BodyText" && style != "FirstParagraph") return;
    pugi::xml_node properties = next.child("w:pPr");
    if (properties.child("w:spacing").attribute("w:before")) return;
    pugi::xml_node spacing = properties.child("w:spacing");
    if (!spacing) spacing = set_paragraph_property(properties, "w:spacing", {});
    spacing.append_attribute("w:before") = "200";
}

void fit_tables(pugi::xml_document& document, int width) {
    for (pugi::xpath_node table : document.select_nodes("//w:tbl")) {
        fit_table(table.node(), width);
        space_text_after(table.node());
    }
}

bool finish_docx_pages(const std::string& path, const DocxPages& pages, std::string& error) {
    Archive zip(path);
    pugi::xml_document types;
    pugi::xml_document rels;
    pugi::xml_document document;
    bool ok = zip.ok() && read_xml(zip, "[Content_Types].xml", types) &&
              read_xml(zip, "word/_rels/document.xml.rels", rels) &&
              read_xml(zip, "word/document.xml", document);
    bool with_header = !pages.header.empty();
    if (ok && !(add_parts(types, rels, with_header) && add_references(document, with_header))) {
        zip.error = "the DOCX Pandoc wrote does not have the parts expected";
        ok = false;
    }
    // Heading numbers move into a list only when the document has the styles and numbering parts
    // Pandoc always writes; a package without them keeps its typed numbers.
    pugi::xml_document styles;
    pugi::xml_document numbering;
    bool has_styles = ok && zip.has("word/styles.xml") && read_xml(zip, "word/styles.xml", styles);
    bool numbered = has_styles && zip.has("word/numbering.xml") && read_xml(zip, "word/numbering.xml", numbering);
    bool styles_changed = false;
    ok = ok && zip.error.empty();
    if (ok) {
        finish_cover(document, {"Forside", "Utkastmerke"});
        fill_table_of_contents(document);
        end_boxed_blocks(document, {"Tiltak", "Anslag"});
        fit_tables(document, text_width(document));
        describe_pictures(document, pages.picture_descriptions);
        numbered = numbered && number_headings(document, styles, numbering) > 0;
        styles_changed = numbered;
        if (has_styles && !pages.chapters_on_new_pages) styles_changed = chapters_follow_on(styles) || styles_changed;
    }
    ok = ok && (!styles_changed || zip.write("word/styles.xml", xml_text(styles), pages.mtime)) &&
         (!numbered || zip.write("word/numbering.xml", xml_text(numbering), pages.mtime)) &&
         zip.write("[Content_Types].xml", xml_text(types), pages.mtime) &&
         zip.write("word/_rels/document.xml.rels", xml_text(rels), pages.mtime) &&
         zip.write("word/document.xml", xml_text(document), pages.mtime) &&
         zip.write(kFooter.name, footer_xml(pages.page_word, pages.of_word), pages.mtime) &&
         (!with_header || zip.write(kHeader.name, header_xml(pages.header), pages.mtime)) && zip.close();
    if (!ok) error = zip.error;
    return ok;
}

int contents_field(pugi::xml_document& document, const std::map<std::string, int>& pages) {
    // The entries, TOC1, TOC2, …, wherever they stand (Pandoc puts the contents in a w:sdt).
    std::vector<pugi::xml_node> entries;
    int depth = 1;
    for (const pugi::xpath_node& found : document.select_nodes("//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'TOC')]")) {
        std::string style = paragraph_style(found.node());
        if (style.size() != 4 || !std::isdigit(static_cast<unsigned char>(style[3]))) continue;
        entries.push_back(found.node());
        depth = std::max(depth, style[3] - '0');
    }
    if (entries.empty()) return 0;
    for (pugi::xml_node paragraph : entries) {
        pugi::xml_node link = paragraph.child("w:hyperlink");
        auto page = pages.find(link.attribute("w:anchor").value());
        pugi::xpath_node separate = link.select_node("w:r[w:fldChar/@w:fldCharType='separate']");
        if (!separate) continue;
        separate.node().previous_sibling().previous_sibling().child("w:fldChar").remove_attribute("w:dirty");
        if (page == pages.end()) continue;
        pugi::xml_node number = link.insert_child_after("w:r", separate.node()).append_child("w:t");
        number.text().set(std::to_string(page->second).c_str());
    }
    // The field: begun before the first entry's text, ended after the last entry's.
    pugi::xml_node first = entries.front();
    pugi::xml_node properties = first.child("w:pPr");
    auto field_run = [](pugi::xml_node run, const char* type) {
        with_attributes(run.append_child("w:fldChar"), {{"w:fldCharType", type}});
    };
    pugi::xml_node begin = properties ? first.insert_child_after("w:r", properties) : first.prepend_child("w:r");
    field_run(begin, "begin");
    pugi::xml_node instruction = first.insert_child_after("w:r", begin).append_child("w:instrText");
    instruction.append_attribute("xml:space") = "preserve";
    instruction.text().set((" TOC \\o \"1-" + std::to_string(depth) + "\" \\h \\z \\u ").c_str());
    field_run(first.insert_child_after("w:r", instruction.parent()), "separate");
    field_run(entries.back().append_child("w:r"), "end");
    return static_cast<int>(entries.size());
}

bool set_contents_pages(const std::string& path, const std::map<std::string, int>& pages, std::time_t mtime,
                        std::string& error) {
    Archive zip(path);
    pugi::xml_document document;
    bool ok = zip.ok() && read_xml(zip, "word/document.xml", document);
    ok = ok && (contents_field(document, pages) == 0 ||
                (zip.write("word/document.xml", xml_text(document), mtime) && zip.close()));
    if (!ok) error = zip.error;
    return ok;
}

bool chapters_follow_on(pugi::xml_document& styles) {
    pugi::xpath_node page_break =
        styles.select_node("/w:styles/w:style[@w:styleId='Heading1']/w:pPr/w:pageBreakBefore");
    if (!page_break) return false;
    page_break.parent().remove_child(page_break.node());
    return true;
}

int describe_pictures(pugi::xml_document& document, const std::map<std::string, std::string>& descriptions) {
    if (descriptions.empty()) return 0;
    int changed = 0;
    for (const pugi::xpath_node& found : document.select_nodes("//wp:docPr")) {
        pugi::xml_attribute descr = found.node().attribute("descr");
        auto described = descriptions.find(descr.value());
        if (!descr || described == descriptions.end()) continue;
        descr.set_value(described->second.c_str());
        ++changed;
    }
    return changed;
}

}  // namespace legeplan
