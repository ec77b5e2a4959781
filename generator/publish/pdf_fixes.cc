#include "publish/pdf_fixes.h"
#include "text/translate.h"

#include <cctype>
#include <cstdint>
#include <vector>

namespace legeplan {

namespace {

bool digits_at(const std::string& s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    }
    return true;
}

// Sets an offset from UTC that follows a date ("+01'00'", "-05:00") to zero, keeping its length.
void zero_offset(std::string& s, std::size_t at) {
    if (at >= s.size() || (s[at] != '+' && s[at] != '-')) return;
    s[at] = '+';
    for (std::size_t i = at + 1; i < s.size() && i < at + 7; ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) s[i] = '0';
    }
}

// Writes text over s from each occurrence of key on, where what follows has the date's shape
// (digits where text has digits); returns how many were written.
int set_dates(std::string& s, std::string_view key, const std::string& text) {
    int set = 0;
    for (std::size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + 1)) {
        std::size_t from = at + key.size();
        if (from + text.size() > s.size()) break;
        bool shaped = true;
        for (std::size_t i = 0; i < text.size() && shaped; ++i) {
            bool digit = std::isdigit(static_cast<unsigned char>(text[i]));
            shaped = digit ? digits_at(s, from + i, 1) : s[from + i] == text[i];
        }
        if (!shaped) continue;
        s.replace(from, text.size(), text);
        zero_offset(s, from + text.size());
        ++set;
    }
    return set;
}

std::string utc(std::time_t stamp, const char* format) {
    std::tm tm{};
    gmtime_r(&stamp, &tm);
    char text[32];
    std::strftime(text, sizeof text, format, &tm);
    return text;
}

// The hexadecimal digits of s from at on (a string <…> or the rest of a name).
std::size_t hex_length(const std::string& s, std::size_t at) {
    std::size_t end = at;
    while (end < s.size() && std::isxdigit(static_cast<unsigned char>(s[end]))) ++end;
    return end - at;
}

// 128 bits from the bytes: two 64-bit FNV-1a hashes with different starting points. Not for
// security; an identifier that follows the content.
std::string content_hash(const std::string& s) {
    std::uint64_t a = 14695981039346656037ull, b = 0x6c62272e07bb0142ull;
    for (unsigned char c : s) {
        a = (a ^ c) * 1099511628211ull;
        b = (b ^ c) * 1099511628211ull;
    }
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (std::uint64_t h : {a, b}) {
        for (int shift = 60; shift >= 0; shift -= 4) out += hex[(h >> shift) & 0xF];
    }
    return out;
}

}  // namespace

std::string pdf_problem(std::string_view bytes) {
    if (bytes.substr(0, 5) != "%PDF-") return tr("it is not a PDF");
    if (bytes.find("/StructTreeRoot") == std::string_view::npos) return tr("it is not tagged (it has no structure tree)");
    if (bytes.find("/MarkInfo<</Marked true>>") == std::string_view::npos) return tr("it is not tagged (not marked)");
    if (bytes.find("<pdfuaid:part>1</pdfuaid:part>") == std::string_view::npos) return tr("it does not declare PDF/UA-1");
    return {};
}

int fix_libreoffice_pdf(std::string& bytes, std::time_t stamp) {
    for (std::size_t at = bytes.find("/Tabs(S)"); at != std::string::npos; at = bytes.find("/Tabs(S)", at)) {
        bytes.replace(at, 8, "/Tabs/S ");
    }
    std::string pdf_date = utc(stamp, "%Y%m%d%H%M%S");
    std::string xmp_date = utc(stamp, "%Y-%m-%dT%H:%M:%S");
    int set = set_dates(bytes, "/CreationDate(D:", pdf_date) + set_dates(bytes, "/ModDate(D:", pdf_date);
    for (const char* tag : {"<xmp:CreateDate>", "<xmp:ModifyDate>", "<xmp:MetadataDate>"}) {
        set += set_dates(bytes, tag, xmp_date);
    }
    // Where the identifier's digits lie: the trailer's /ID [<…> <…>] and /DocChecksum /….
    struct Digits { std::size_t at, length; };
    std::vector<Digits> places;
    std::size_t id = bytes.rfind("/ID [");
    if (id != std::string::npos) {
        std::size_t at = id;
        for (int i = 0; i < 2; ++i) {
            at = bytes.find('<', at);
            if (at == std::string::npos) break;
            places.push_back({at + 1, hex_length(bytes, at + 1)});
            at += 1;
        }
    }
    std::size_t sum = bytes.rfind("/DocChecksum /");
    if (sum != std::string::npos) places.push_back({sum + 14, hex_length(bytes, sum + 14)});
    for (const Digits& d : places) bytes.replace(d.at, d.length, d.length, '0');
    std::string hash = content_hash(bytes);
    for (const Digits& d : places) {
        for (std::size_t i = 0; i < d.length; ++i) bytes[d.at + i] = hash[i % hash.size()];
    }
    return set;
}

}  // namespace legeplan
