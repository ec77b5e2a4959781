#include "publish/docx_pages.h"

#include <zip.h>

#include <deque>
#include <memory>

namespace legeplan {

namespace {

constexpr const char* kHeaderPart = "word/legeplan-header.xml";
constexpr const char* kFooterPart = "word/legeplan-footer.xml";
constexpr const char* kHeaderId = "rIdLegeplanHeader";
constexpr const char* kFooterId = "rIdLegeplanFooter";

std::string xml_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

const char* kWordNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string header_xml(const std::string& text) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>") + "<w:hdr " +
           kWordNamespaces + "><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:rPr><w:b/>"
           "<w:color w:val=\"9B1C1C\"/><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">" +
           xml_escape(text) + "</w:t></w:r></w:p></w:hdr>";
}

std::string footer_xml() {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>") + "<w:ftr " +
           kWordNamespaces + "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
           "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";
}

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

// Inserts text before the last occurrence of marker; false when there is none.
bool insert_before_last(std::string& xml, const std::string& marker, const std::string& text) {
    std::size_t at = xml.rfind(marker);
    if (at == std::string::npos) return false;
    xml.insert(at, text);
    return true;
}

// The body's last section properties get our header and footer references, and A4 pages when
// the reference document set no page size.
bool add_references(std::string& document, bool with_header) {
    std::string refs;
    if (with_header) refs += std::string("<w:headerReference w:type=\"default\" r:id=\"") + kHeaderId + "\"/>";
    refs += std::string("<w:footerReference w:type=\"default\" r:id=\"") + kFooterId + "\"/>";
    std::size_t at = document.rfind("<w:sectPr");
    if (at == std::string::npos) return false;
    std::size_t end = document.find('>', at);
    if (end == std::string::npos) return false;
    if (document[end - 1] == '/') {  // <w:sectPr /> — Pandoc's own: no page setup at all
        std::string a4 = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1418\" w:right=\"1247\" "
                         "w:bottom=\"1418\" w:left=\"1247\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>";
        document.replace(at, end - at + 1, "<w:sectPr>" + refs + a4 + "</w:sectPr>");
    } else {
        document.insert(end + 1, refs);
    }
    return true;
}

}  // namespace

bool finish_docx_pages(const std::string& path, const DocxPages& pages, std::string& error) {
    Archive zip(path);
    std::string types;
    std::string rels;
    std::string document;
    bool ok = zip.ok() && zip.read("[Content_Types].xml", types) &&
              zip.read("word/_rels/document.xml.rels", rels) && zip.read("word/document.xml", document);
    bool with_header = !pages.header.empty();
    if (ok) {
        std::string overrides =
            std::string("<Override PartName=\"/") + kFooterPart +
            "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>";
        std::string relations = std::string("<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Id=\"") +
                                kFooterId + "\" Target=\"legeplan-footer.xml\"/>";
        if (with_header) {
            overrides += std::string("<Override PartName=\"/") + kHeaderPart +
                         "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>";
            relations += std::string("<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Id=\"") +
                         kHeaderId + "\" Target=\"legeplan-header.xml\"/>";
        }
        ok = insert_before_last(types, "</Types>", overrides) &&
             insert_before_last(rels, "</Relationships>", relations) && add_references(document, with_header);
        if (!ok) zip.error = "the DOCX Pandoc wrote does not have the parts expected";
    }
    ok = ok && zip.write("[Content_Types].xml", types, pages.mtime) &&
         zip.write("word/_rels/document.xml.rels", rels, pages.mtime) &&
         zip.write("word/document.xml", document, pages.mtime) &&
         zip.write(kFooterPart, footer_xml(), pages.mtime) &&
         (!with_header || zip.write(kHeaderPart, header_xml(pages.header), pages.mtime)) && zip.close();
    if (!ok) error = zip.error;
    return ok;
}

}  // namespace legeplan
