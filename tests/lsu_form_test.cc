#include <catch2/catch.hpp>

#include "plan/lsu_form.h"

using namespace legeplan;

TEST_CASE("the review form's cell references go both ways") {
    CHECK(lsu_form_cell(0, 0) == "A1");
    CHECK(lsu_form_cell(5, 13) == "N6");
    CHECK(lsu_form_cell(9, 26) == "AA10");
    for (const char* ref : {"A1", "N6", "AA10", "XFD1048576"}) {
        int row = -1, col = -1;
        REQUIRE(lsu_form_parse_cell(ref, row, col));
        CHECK(lsu_form_cell(row, col) == ref);
    }
    int row = 0, col = 0;
    for (const char* bad : {"", "A", "6", "a6", "A0", "A6 ", "$A$6", "ABCD1", "A12345678"}) {
        CHECK_FALSE(lsu_form_parse_cell(bad, row, col));
    }
}

TEST_CASE("a number reads the same however a spreadsheet wrote it") {
    CHECK(lsu_form_number_text(1700000) == "1700000");
    CHECK(lsu_form_number_text(1.7e6) == "1700000");
    CHECK(lsu_form_number_text(0) == "0");
    CHECK(lsu_form_number_text(2.5) == "2.5");
}

TEST_CASE("the digest changes with any protected cell, the hidden sheet's digest cell left out") {
    FormCells review = {{{5, 0}, "1"}, {{5, 1}, "Kommunale skjermingsordninger"}, {{5, 10}, "250000"}};
    FormCells data = {{{0, 1}, "Bergen kommune · 2017–2020 · Plan for legetjenester"}, {{1, 1}, "1.1"}};
    std::string digest = lsu_form_digest(review, data);
    CHECK(digest.size() == 16);
    FormCells with_digest = data;
    with_digest[{kLsuFormDigestRow, 1}] = digest;
    CHECK(lsu_form_digest(review, with_digest) == digest);
    FormCells changed = review;
    changed[{5, 10}] = "250001";
    CHECK(lsu_form_digest(changed, data) != digest);
    FormCells moved = review;  // the same text in another cell
    moved.erase({5, 1});
    moved[{5, 2}] = "Kommunale skjermingsordninger";
    CHECK(lsu_form_digest(moved, data) != digest);
    FormCells other_version = data;
    other_version[{1, 1}] = "1.0";
    CHECK(lsu_form_digest(review, other_version) != digest);
}

TEST_CASE("each row has a digest of its own, which changes only with that row") {
    FormCells review = {{{4, 0}, "Nr."}, {{5, 0}, "1"}, {{5, 10}, "250000"}, {{6, 0}, "2"}};
    std::map<int, std::string> rows = lsu_form_row_digests(review);
    REQUIRE(rows.size() == 3);
    CHECK(rows.count(4) == 1);
    CHECK(rows[5].size() == 16);
    FormCells changed = review;
    changed[{5, 10}] = "250001";
    std::map<int, std::string> after = lsu_form_row_digests(changed);
    CHECK(after[4] == rows[4]);
    CHECK(after[5] != rows[5]);
    CHECK(after[6] == rows[6]);
}

TEST_CASE("a plan's identifier stays the same across drafts") {
    Metadata meta;
    meta.municipality = "Bergen kommune";
    meta.title = "Plan for legetjenester";
    meta.period = {2017, 2020, {}};
    meta.version = "1.0";
    std::string first = lsu_form_identifier(meta);
    CHECK(first == "Bergen kommune · 2017–2020 · Plan for legetjenester");
    meta.version = "1.1";
    CHECK(lsu_form_identifier(meta) == first);
}
