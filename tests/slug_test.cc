#include "text/slug.h"

#include <catch2/catch.hpp>

using legeplan::slug;

TEST_CASE("slug: Norwegian municipalities") {
    CHECK(slug("Bergen 2027-2030") == "bergen-2027-2030");
    CHECK(slug("Aurskog-Høland") == "aurskog-holand");
    CHECK(slug("Bø") == "bo");
    CHECK(slug("Nord-Aurdal") == "nord-aurdal");
    CHECK(slug("Våler (Innlandet)") == "valer-innlandet");
    CHECK(slug("Bærum") == "baerum");
    CHECK(slug("ÅFJORD") == "afjord");
    CHECK(slug("Guovdageaidnu – Kautokeino") == "guovdageaidnu-kautokeino");
    CHECK(slug("Unjárga Nesseby") == "unjarga-nesseby");
}

TEST_CASE("slug: accents stripped, other characters one dash") {
    CHECK(slug("Élan Straße") == "elan-strasse");
    CHECK(slug("  --a  b--  ") == "a-b");
    CHECK(slug("a/b\\c.d") == "a-b-c-d");
    CHECK(slug("ﬁnn ①") == "finn-1");  // compatibility forms
    CHECK(slug("Łódź") == "odz");        // ł has no ASCII form
}

TEST_CASE("slug: nothing left") {
    CHECK(slug("").empty());
    CHECK(slug("  ( ) ").empty());
    CHECK(slug("北京").empty());
    CHECK(slug("\xff\xfe").empty());
}

#include "render/output_stem.h"

TEST_CASE("output_stem: the municipality and the period") {
    legeplan::Metadata meta;
    meta.municipality = "Våler (Innlandet)";
    meta.period.from = 2027;
    meta.period.to = 2030;
    CHECK(legeplan::output_stem(meta) == "valer-innlandet-2027-2030");
    meta.municipality = "Aurskog-Høland";
    CHECK(legeplan::output_stem(meta) == "aurskog-holand-2027-2030");
    meta.municipality = "Bø";
    meta.period.to = 2028;
    CHECK(legeplan::output_stem(meta) == "bo-2027-2028");
    meta.municipality = "Nord-Aurdal";
    CHECK(legeplan::output_stem(meta) == "nord-aurdal-2027-2028");
    meta.municipality = "北京";
    CHECK(legeplan::output_stem(meta) == "plan-2027-2028");
}
