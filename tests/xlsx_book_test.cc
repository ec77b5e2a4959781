// The workbook toolkit writes every formula's one '=': a formula or a defined name handed to it
// with its own '=' would be stored as "=SUM(…)" (libxlsxwriter takes off one), which Gnumeric
// shows as text and Excel rejects, so the toolkit refuses it and the book fails.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "render/workbook/xlsx_book.h"
#include "test_util.h"

using namespace legeplan;

namespace {

// One part of a closed workbook, as the file stores it (unzip is in the test profile).
std::string part(const std::string& path, const std::string& name) {
    std::string command = "unzip -p '" + path + "' '" + name + "'";
    std::FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    REQUIRE(pclose(pipe) == 0);
    return out;
}

}  // namespace

TEST_CASE("a formula and a defined name are stored with no '=' of their own") {
    test::TempDir dir;
    std::string path = dir.path() + "/book.xlsx";
    {
        xlsx::Book book(path, "");
        xlsx::Sheet sheet(book, "Ark");
        sheet.number(0, 0, 2, nullptr);
        sheet.formula(1, 0, "SUM(A1,1)", 3, nullptr);
        book.define_name("summen", sheet.ref(1, 0));
        INFO(book.error());
        REQUIRE(book.close());
    }
    CHECK(part(path, "xl/worksheets/sheet1.xml").find("<c r=\"A2\"><f>SUM(A1,1)</f><v>3</v></c>") != std::string::npos);
    CHECK(part(path, "xl/workbook.xml").find("<definedName name=\"summen\">'Ark'!$A$2</definedName>") !=
          std::string::npos);
}

TEST_CASE("a formula given with its own '=' fails the book") {
    test::TempDir dir;
    xlsx::Book book(dir.path() + "/book.xlsx", "");
    xlsx::Sheet sheet(book, "Ark");
    sheet.formula(4, 1, "=SUM(A1:A4)", 0, nullptr);
    CHECK(book.error() == "writing 'Ark'!B5: the formula '=SUM(A1:A4)' starts with '=', which the toolkit adds");
    CHECK_FALSE(book.close());
}

TEST_CASE("an empty formula fails the book") {
    test::TempDir dir;
    xlsx::Book book(dir.path() + "/book.xlsx", "");
    xlsx::Sheet sheet(book, "Ark");
    sheet.formula(0, 2, "", 0, nullptr);
    CHECK(book.error() == "writing 'Ark'!C1: an empty formula");
}

TEST_CASE("a defined name given with its own '=' fails the book") {
    test::TempDir dir;
    xlsx::Book book(dir.path() + "/book.xlsx", "");
    xlsx::Sheet sheet(book, "Ark");
    book.define_name("summen", "=" + sheet.ref(1, 0));
    CHECK(book.error() == "defining the name summen: '='Ark'!$A$2' starts with '=', which the toolkit adds");
}
