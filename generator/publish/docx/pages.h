// Folder publish/docx/: the DOCX Pandoc wrote, finished with pugixml before it is put in place —
// pages, header, footer, contents, tables and pictures' alt text (this header), heading numbers
// (numbering.h), the front matter on the cover (cover.h); xml.h holds the shared helpers.
//
// The page furniture Pandoc's DOCX writer leaves out: A4 pages, page numbers in the footer and,
// for a plan that is not adopted, a running header that marks every page as a draft; a table of
// contents that shows without updating fields, and tables at the full text width. Applied to the
// DOCX Pandoc wrote, before it is renamed into place.
#pragma once

#include <pugixml.hpp>

#include <ctime>
#include <initializer_list>
#include <map>
#include <string>

namespace legeplan {

struct DocxPages {
    std::string header;  // text on every page's header; empty for none
    std::time_t mtime = 0;  // the time stamped on the parts we write, for reproducible files
    std::string page_word = "Side";  // the footer reads "Side 3 av 40"
    std::string of_word = "av";
    std::map<std::string, std::string> picture_descriptions{};  // caption → alt text (describe_pictures)
    bool chapters_on_new_pages = true;  // false for a short document read from start to end
};

// Adds a footer with the page number and, when pages.header is set, the running header. Keeps
// the page setup of a municipality's own reference.docx if it has one. Returns false with a
// reason in error when the file is not a DOCX it can read or write.
bool finish_docx_pages(const std::string& path, const DocxPages& pages, std::string& error);

// The contents as Word writes them once it has laid out the pages: one TOC field (a heading
// added later appears when the field is updated) around the entries fill_table_of_contents
// made, each entry's page number stored in its PAGEREF field from pages (a heading's bookmark →
// its page, as the PDF made from this DOCX has it), so LibreOffice and Word show the numbers as
// the file opens. An entry whose bookmark pages lacks keeps an empty number. Returns the number
// of entries; 0 when the document has no contents.
int contents_field(pugi::xml_document& document, const std::map<std::string, int>& pages);

// contents_field on the DOCX at path; false with error when it cannot be read or written.
bool set_contents_pages(const std::string& path, const std::map<std::string, int>& pages, std::time_t mtime,
                        std::string& error);

// A short document's chapters follow on where the one before ended: its Heading 1 style starts
// no new page. Returns whether the style had a page break to take out.
bool chapters_follow_on(pugi::xml_document& styles);

// Writes the headings up to the TOC field's depth in place of the field Pandoc left empty, each
// a link to its heading's bookmark with its page number as a PAGEREF field: LibreOffice shows
// the numbers as it opens the file, Word updates the fields (marked dirty) as it opens it. The
// entries are written text, not a TOC field, because LibreOffice shows a TOC field's stored
// result without page numbers. Returns the number of entries written; 0 when the document has
// no TOC field.
int fill_table_of_contents(pugi::xml_document& document);

// Ends each run of paragraphs in one of the given styles (a measure's box) at its last paragraph:
// space and a bottom border of the page's colour after it, and it no longer keeps with what
// follows, so two boxes stand apart and a box stays on one page without dragging the next along.
// Returns the number of runs ended.
int end_boxed_blocks(pugi::xml_document& document, std::initializer_list<const char*> styles);

// Sets every table to the full text width (in twips) with fixed columns sized to their content:
// each column at least as wide as its longest unbreakable word, the rest shared by text length.
// The first row repeats on every page and no row splits across pages. Body text right after a
// table gets space above it.
void fit_tables(pugi::xml_document& document, int text_width);

// What Word reads out for a picture (its alt text, wp:docPr's descr). Pandoc's DOCX writer
// describes a figure by its caption; legeplan's charts have an alt text of their own that names
// every bar's sum, and it goes in there instead: gives each picture whose description is a key of
// descriptions that key's value (a chart's caption → its alt text). Returns the number of pictures changed.
int describe_pictures(pugi::xml_document& document, const std::map<std::string, std::string>& descriptions);

}  // namespace legeplan
