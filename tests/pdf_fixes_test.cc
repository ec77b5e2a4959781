#include <catch2/catch.hpp>

#include <string>

#include "publish/pdf_fixes.h"

using namespace legeplan;

namespace {

// The parts of a PDF LibreOffice 7.4 writes that fix_libreoffice_pdf changes, as it writes them
// (TZ=UTC), made at the given time and with the given identifier.
std::string libreoffice_pdf(const std::string& pdf_time, const std::string& xmp_time, const std::string& id) {
    return "%PDF-1.6\n"
           "1 0 obj\n<</Type/Page/Parent 2 0 R/Tabs(S)/StructParents 0>>\nendobj\n"
           "2 0 obj\n<</Type/Page/Parent 2 0 R/Annots[5 0 R]/Tabs(S)/StructParents 1>>\nendobj\n"
           "3 0 obj\n<</Type/Metadata/Subtype/XML/Length 99>>\nstream\n"
           "<pdfuaid:part>1</pdfuaid:part>\n<xmp:CreateDate>" + xmp_time + "Z</xmp:CreateDate>\n"
           "endstream\nendobj\n"
           "4 0 obj\n<</Type/Catalog/StructTreeRoot 6 0 R/MarkInfo<</Marked true>>>>\nendobj\n"
           "7 0 obj\n<</Title<FEFF0050>/CreationDate(D:" + pdf_time + "Z')>>\nendobj\n"
           "trailer\n<</Size 8/Root 4 0 R\n/Info 7 0 R\n/ID [ <" + id + ">\n<" + id + "> ]\n"
           "/DocChecksum /" + id + "\n>>\nstartxref\n123\n%%EOF\n";
}

}  // namespace

TEST_CASE("pdf fixes: /Tabs becomes the name /S, the dates the plan's, nothing moves", "[pdf_fixes]") {
    std::string pdf = libreoffice_pdf("20261207122321", "2026-12-07T12:23:21", "F60D41C9EF84117730BDA2A6ABAD8B51");
    std::size_t length = pdf.size();
    std::time_t new_year_2027 = 1798761600;  // 2027-01-01 00:00 UTC
    CHECK(fix_libreoffice_pdf(pdf, new_year_2027) == 2);
    CHECK(pdf.size() == length);
    CHECK(pdf.find("/Tabs(S)") == std::string::npos);
    CHECK(pdf.find("/Parent 2 0 R/Tabs/S /StructParents 0>>") != std::string::npos);
    CHECK(pdf.find("/Annots[5 0 R]/Tabs/S /StructParents 1>>") != std::string::npos);
    CHECK(pdf.find("/CreationDate(D:20270101000000Z')") != std::string::npos);
    CHECK(pdf.find("<xmp:CreateDate>2027-01-01T00:00:00Z</xmp:CreateDate>") != std::string::npos);
    CHECK(pdf.find("F60D41C9EF84117730BDA2A6ABAD8B51") == std::string::npos);
}

TEST_CASE("pdf fixes: the same document made at two times gives the same bytes", "[pdf_fixes]") {
    std::string first = libreoffice_pdf("20261207122321", "2026-12-07T12:23:21", "F60D41C9EF84117730BDA2A6ABAD8B51");
    std::string second = libreoffice_pdf("20261208093005", "2026-12-08T09:30:05", "0123456789ABCDEF0123456789ABCDEF");
    fix_libreoffice_pdf(first, 1798761600);
    fix_libreoffice_pdf(second, 1798761600);
    CHECK(first == second);
    // The identifier follows the content: another document gets another one.
    std::string other = libreoffice_pdf("20261207122321", "2026-12-07T12:23:21", "F60D41C9EF84117730BDA2A6ABAD8B51");
    other.replace(other.find("FEFF0050"), 8, "FEFF0051");
    fix_libreoffice_pdf(other, 1798761600);
    auto id_of = [](const std::string& pdf) { return pdf.substr(pdf.find("/ID [ <") + 7, 32); };
    CHECK(id_of(first) != id_of(other));
    CHECK(id_of(first).find_first_not_of("0123456789ABCDEF") == std::string::npos);
    CHECK(first.find("/DocChecksum /" + id_of(first) + "\n") != std::string::npos);
}

TEST_CASE("pdf fixes: a date with an offset from UTC gets offset zero", "[pdf_fixes]") {
    std::string pdf = "<</CreationDate(D:20261207132321+01'00')/ModDate(D:20261207132321-05'30')>>";
    CHECK(fix_libreoffice_pdf(pdf, 1798761600) == 2);
    CHECK(pdf == "<</CreationDate(D:20270101000000+00'00')/ModDate(D:20270101000000+00'00')>>");
}

TEST_CASE("pdf fixes: only a tagged PDF that declares PDF/UA-1 is published", "[pdf_fixes]") {
    std::string pdf = libreoffice_pdf("20261207122321", "2026-12-07T12:23:21", "F60D41C9EF84117730BDA2A6ABAD8B51");
    CHECK(pdf_problem(pdf) == "");
    CHECK(pdf_problem("") == "it is not a PDF");
    CHECK(pdf_problem("<html>") == "it is not a PDF");
    std::string untagged = pdf;
    untagged.replace(untagged.find("/StructTreeRoot"), 15, "/Other");
    CHECK(pdf_problem(untagged) == "it is not tagged (it has no structure tree)");
    std::string unmarked = pdf;
    unmarked.replace(unmarked.find("<</Marked true>>"), 16, "<</Marked false>>");
    CHECK(pdf_problem(unmarked) == "it is not tagged (not marked)");
    std::string no_ua = pdf;
    no_ua.replace(no_ua.find("<pdfuaid:part>1"), 15, "<pdfuaid:part>2");
    CHECK(pdf_problem(no_ua) == "it does not declare PDF/UA-1");
}
