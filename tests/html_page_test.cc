#include <catch2/catch.hpp>

#include "publish/html_page.h"

using namespace legeplan;

TEST_CASE("html page: every header cell gets scope=col, other tags starting with th do not", "[html_page]") {
    std::string in =
        "<main>\n<table>\n<caption>Leger</caption>\n<thead>\n<tr class=\"header\">\n<th>Nr.</th>\n"
        "<th style=\"text-align: right;\">Kostnad</th>\n</tr>\n</thead>\n</table>\n</main>\n";
    CHECK(finish_html_page(in) ==
          "<main>\n<table>\n<caption>Leger</caption>\n<thead>\n<tr class=\"header\">\n<th scope=\"col\">Nr.</th>\n"
          "<th scope=\"col\" style=\"text-align: right;\">Kostnad</th>\n</tr>\n</thead>\n</table>\n</main>\n");
}

TEST_CASE("html page: a table without caption is named by the heading it stands under", "[html_page]") {
    std::string in =
        "<main>\n<h1 class=\"unnumbered\" id=\"sammendrag\">Sammendrag</h1>\n<h2 id=\"kostnader-sum\">8.2 Samlet</h2>\n"
        "<table style=\"width:100%;\">\n<tr><td>1</td></tr>\n</table>\n"
        "<table>\n<caption>Leger</caption>\n</table>\n</main>\n";
    CHECK(finish_html_page(in) ==
          "<main>\n<h1 class=\"unnumbered\" id=\"sammendrag\">Sammendrag</h1>\n<h2 id=\"kostnader-sum\">8.2 Samlet</h2>\n"
          "<table aria-labelledby=\"kostnader-sum\" style=\"width:100%;\">\n<tr><td>1</td></tr>\n</table>\n"
          "<table>\n<caption>Leger</caption>\n</table>\n</main>\n");
}

TEST_CASE("html page: the front matter moves from the body into the title block", "[html_page]") {
    std::string in =
        "<header id=\"title-block-header\">\n<h1 class=\"title\">Plan</h1>\n</header>\n"
        "<nav id=\"TOC\">\n</nav>\n<main id=\"main\">\n"
        "<div class=\"front-matter\">\n<div class=\"draft-mark\">\n<p>UTKAST</p>\n</div>\n<p>Kommune: Bergen</p>\n</div>\n"
        "<h1 id=\"sammendrag\">Sammendrag</h1>\n<div class=\"tiltak\">\n</div>\n</main>\n";
    CHECK(finish_html_page(in) ==
          "<header id=\"title-block-header\">\n<h1 class=\"title\">Plan</h1>\n"
          "<div class=\"front-matter\">\n<div class=\"draft-mark\">\n<p>UTKAST</p>\n</div>\n<p>Kommune: Bergen</p>\n</div>\n"
          "</header>\n<nav id=\"TOC\">\n</nav>\n<main id=\"main\">\n"
          "<h1 id=\"sammendrag\">Sammendrag</h1>\n<div class=\"tiltak\">\n</div>\n</main>\n");
}

TEST_CASE("html page: without a title block or front matter the order stays", "[html_page]") {
    std::string no_header = "<main>\n<div class=\"front-matter\">\n<p>x</p>\n</div>\n</main>\n";
    CHECK(finish_html_page(no_header) == no_header);
    std::string no_front = "<header>\n</header>\n<main>\n<p>x</p>\n</main>\n";
    CHECK(finish_html_page(no_front) == no_front);
}

TEST_CASE("html page: a span of years in the title is kept whole, elsewhere it is left alone", "[html_page]") {
    CHECK(finish_html_page("<header><h1 class=\"title\">Plan for legetenesta 2027–2030</h1></header>"
                           "<main><p>I 2027–2030 skal</p></main>") ==
          "<header><h1 class=\"title\">Plan for legetenesta <span class=\"years\">2027–2030</span></h1></header>"
          "<main><p>I 2027–2030 skal</p></main>");
    CHECK(finish_html_page("<h1 class=\"title\">Plan 27–30</h1>") == "<h1 class=\"title\">Plan 27–30</h1>");
}
