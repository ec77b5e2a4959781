#include "plan/xlsx_cells.h"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>

#include <pugixml.hpp>
#include <zip.h>

#include "text/translate.h"

namespace legeplan {

namespace {

struct ZipCloser {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};
struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

class Reader {
public:
    Reader(zip_t* zip, const XlsxBounds& bounds) : zip_(zip), bounds_(bounds) {}

    // The entry's bytes, counted as they unpack (the directory's sizes are not trusted). False
    // with error set when it is missing (and required) or goes past a bound.
    bool read(const std::string& name, std::string& out, bool required, std::string& error) {
        out.clear();
        zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
        if (index < 0) {
            if (required) error = fill(tr("it has no {entry}"), {{"entry", name}});
            return !required;
        }
        std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0));
        if (!file) {
            error = fill(tr("{entry} cannot be unpacked ({reason})"), {{"entry", name}, {"reason", zip_strerror(zip_)}});
            return false;
        }
        char buffer[65536];
        for (;;) {
            zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
            if (n < 0) {
                error = fill(tr("{entry} cannot be unpacked ({reason})"),
                             {{"entry", name}, {"reason", zip_file_strerror(file.get())}});
                return false;
            }
            if (n == 0) break;
            total_ += static_cast<std::uint64_t>(n);
            bool entry_too_large = out.size() + static_cast<std::size_t>(n) > bounds_.entry;
            if (entry_too_large || total_ > bounds_.unpacked) {
                std::uint64_t limit = entry_too_large ? bounds_.entry : bounds_.unpacked;
                error = fill(tr("{entry} unpacks to more than the limit of {mib} MiB"),
                             {{"entry", name}, {"mib", static_cast<unsigned long long>(limit >> 20)}});
                return false;
            }
            out.append(buffer, static_cast<std::size_t>(n));
        }
        return true;
    }

private:
    zip_t* zip_;
    const XlsxBounds& bounds_;
    std::uint64_t total_ = 0;
};

bool parse(const std::string& text, const std::string& name, pugi::xml_document& doc, std::string& error) {
    // No DOCTYPE is parsed (pugixml expands no entities beyond XML's own five).
    pugi::xml_parse_result result = doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        error = fill(tr("{entry} is not well-formed XML ({reason})"), {{"entry", name}, {"reason", result.description()}});
        return false;
    }
    return true;
}

// An element's local name, whatever prefix the writer gave its namespace.
std::string local(const pugi::xml_node& node) {
    std::string name = node.name();
    std::size_t colon = name.find(':');
    return colon == std::string::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, const char* name) {
    for (pugi::xml_node c : node.children()) {
        if (local(c) == name) return c;
    }
    return {};
}

std::string attribute(const pugi::xml_node& node, const char* name) {
    for (pugi::xml_attribute a : node.attributes()) {
        std::string n = a.name();
        std::size_t colon = n.find(':');
        if ((colon == std::string::npos ? n : n.substr(colon + 1)) == name) return a.value();
    }
    return {};
}

// A string item's text: its <t>, or its rich-text runs' <t>s one after the other (phonetic
// runs, <rPh>, left out).
std::string string_item(const pugi::xml_node& si) {
    std::string text;
    for (pugi::xml_node c : si.children()) {
        if (local(c) == "t") text += c.text().get();
        else if (local(c) == "r") text += child(c, "t").text().get();
    }
    return text;
}

// A path in the zip from a relationship's target, relative to xl/ (or absolute from the root).
std::string entry_of(const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    std::string t = target;
    std::string base = "xl/";
    while (t.rfind("../", 0) == 0) {
        t = t.substr(3);
        base = "";
    }
    return base + t;
}

}  // namespace

bool read_xlsx_cells(const std::string& path, std::vector<XlsxSheet>& sheets, std::string& error,
                     const XlsxBounds& bounds) {
    sheets.clear();
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec || !std::filesystem::is_regular_file(path, ec)) {
        error = tr("it cannot be read");
        return false;
    }
    if (size > bounds.file) {
        error = fill(tr("it is larger than the limit of {mib} MiB"), {{"mib", static_cast<unsigned long long>(bounds.file >> 20)}});
        return false;
    }
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open(path.c_str(), ZIP_RDONLY, &code));
    if (!zip) {
        error = tr("it is not an XLSX workbook (no zip file)");
        return false;
    }
    zip_int64_t entries = zip_get_num_entries(zip.get(), 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > bounds.entries) {
        error = fill(tr("it has more than {limit} entries"), {{"limit", static_cast<unsigned long long>(bounds.entries)}});
        return false;
    }
    Reader reader(zip.get(), bounds);
    std::string text;
    pugi::xml_document workbook, rels, strings_doc;
    if (!reader.read("xl/workbook.xml", text, true, error) || !parse(text, "xl/workbook.xml", workbook, error)) return false;
    if (!reader.read("xl/_rels/workbook.xml.rels", text, true, error) ||
        !parse(text, "xl/_rels/workbook.xml.rels", rels, error)) {
        return false;
    }
    std::map<std::string, std::string> targets;  // relationship id → entry
    for (pugi::xml_node r : child(rels, "Relationships").children()) {
        if (local(r) == "Relationship") targets[attribute(r, "Id")] = entry_of(attribute(r, "Target"));
    }
    std::vector<std::string> shared;
    if (!reader.read("xl/sharedStrings.xml", text, false, error)) return false;
    if (!text.empty()) {
        if (!parse(text, "xl/sharedStrings.xml", strings_doc, error)) return false;
        for (pugi::xml_node si : child(strings_doc, "sst").children()) {
            if (local(si) == "si") shared.push_back(string_item(si));
        }
    }
    for (pugi::xml_node s : child(child(workbook, "workbook"), "sheets").children()) {
        if (local(s) != "sheet") continue;
        XlsxSheet sheet;
        sheet.name = attribute(s, "name");
        std::string state = attribute(s, "state");
        sheet.hidden = state == "hidden" || state == "veryHidden";
        auto target = targets.find(attribute(s, "id"));
        if (target == targets.end()) {
            error = fill(tr("the sheet '{sheet}' has no part"), {{"sheet", sheet.name}});
            return false;
        }
        pugi::xml_document doc;
        if (!reader.read(target->second, text, true, error) || !parse(text, target->second, doc, error)) return false;
        for (pugi::xml_node row : child(child(doc, "worksheet"), "sheetData").children()) {
            if (local(row) != "row") continue;
            for (pugi::xml_node c : row.children()) {
                if (local(c) != "c") continue;
                int r = 0, col = 0;
                if (!lsu_form_parse_cell(attribute(c, "r"), r, col)) {
                    error = fill(tr("the sheet '{sheet}' has a cell without a proper reference"), {{"sheet", sheet.name}});
                    return false;
                }
                std::string type = attribute(c, "t");
                std::string value;
                if (type == "inlineStr") {
                    value = string_item(child(c, "is"));
                } else if (type == "s") {
                    char* end = nullptr;
                    std::string v = child(c, "v").text().get();
                    unsigned long index = std::strtoul(v.c_str(), &end, 10);
                    if (v.empty() || *end || index >= shared.size()) {
                        error = fill(tr("the sheet '{sheet}' refers to a text that is not there"), {{"sheet", sheet.name}});
                        return false;
                    }
                    value = shared[index];
                } else if (type == "str" || type == "e" || type == "b" || type == "d") {
                    value = child(c, "v").text().get();
                } else {
                    std::string v = child(c, "v").text().get();
                    if (!v.empty()) {
                        char* end = nullptr;
                        double number = std::strtod(v.c_str(), &end);
                        value = *end ? v : lsu_form_number_text(number);
                    }
                }
                if (!value.empty()) sheet.cells[{r, col}] = value;
            }
        }
        sheets.push_back(std::move(sheet));
    }
    return true;
}

}  // namespace legeplan
