#include "publish/docx_pages.h"

#include <pugixml.hpp>
#include <zip.h>

#include <cstring>
#include <deque>
#include <initializer_list>
#include <memory>
#include <sstream>
#include <utility>

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
constexpr const char* kFooterXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
    "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";

class Archive {
public:
    explicit Archive(const std::string& path) {
        int code = 0;
        zip_ = zip_open(path.c_str(), 0, &code);
        if (!zip_) {
            zip_error_t e;
            zip_error_init_with_code(&e, code);
            error = std::string("cannot open the DOCX: ") + zip_error_strerror(&e);
            zip_error_fini(&e);
        }
    }
    ~Archive() {
        if (zip_) zip_discard(zip_);
    }

    bool ok() const { return zip_ != nullptr && error.empty(); }

    bool read(const char* name, std::string& out) {
        zip_stat_t st;
        zip_file_t* f = nullptr;
        if (zip_stat(zip_, name, 0, &st) != 0 || !(f = zip_fopen(zip_, name, 0))) {
            error = std::string("the DOCX has no ") + name;
            return false;
        }
        out.resize(st.size);
        zip_int64_t n = zip_fread(f, out.data(), st.size);
        zip_fclose(f);
        if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
            error = std::string("cannot read ") + name + " in the DOCX";
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
            error = std::string("cannot write ") + name + " into the DOCX: " + zip_strerror(zip_);
            return false;
        }
        zip_file_set_mtime(zip_, static_cast<zip_uint64_t>(index), mtime, 0);
        return true;
    }

    bool close() {
        if (zip_close(zip_) != 0) {
            error = std::string("cannot save the DOCX: ") + zip_strerror(zip_);
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
    if (!parsed) zip.error = std::string(name) + " in the DOCX is not XML: " + parsed.description();
    return static_cast<bool>(parsed);
}

pugi::xml_node with_attributes(pugi::xml_node node,
                               std::initializer_list<std::pair<const char*, const char*>> attributes) {
    for (const auto& [name, value] : attributes) node.append_attribute(name) = value;
    return node;
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

// The running header's part with its text.
std::string header_xml(const std::string& text) {
    pugi::xml_document header;
    header.load_string(kHeaderXml, kParse);
    header.child("w:hdr").child("w:p").child("w:r").child("w:t").text().set(text.c_str());
    return xml_text(header);
}

}  // namespace

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
    ok = ok && zip.write("[Content_Types].xml", xml_text(types), pages.mtime) &&
         zip.write("word/_rels/document.xml.rels", xml_text(rels), pages.mtime) &&
         zip.write("word/document.xml", xml_text(document), pages.mtime) &&
         zip.write(kFooter.name, kFooterXml, pages.mtime) &&
         (!with_header || zip.write(kHeader.name, header_xml(pages.header), pages.mtime)) && zip.close();
    if (!ok) error = zip.error;
    return ok;
}

}  // namespace legeplan
