#include <catch2/catch.hpp>

#include "plan/resource_policy.h"

using namespace legeplan;

namespace {

// What a check found, as "offset what", or "none".
std::string found(const std::optional<ResourceProblem>& problem) {
    return problem ? std::to_string(problem->offset) + " " + problem->what : "none";
}

}  // namespace

TEST_CASE("css_problem: every way a stylesheet loads something, however it is spelt") {
    CHECK(found(css_problem("body { color: #222; font: 11pt \"Carlito\", sans-serif; }\n"
                            "@page { size: A4; @bottom-right { content: \"Side \" counter(page); } }\n"
                            "h1 { scroll-behavior: smooth; }\n")) == "none");
    CHECK(found(css_problem("@import url(http://127.0.0.1:9/x.css);")) == "0 '@import'");
    CHECK(found(css_problem("@import \"x.css\";")) == "0 '@import'");
    CHECK(found(css_problem("p{background:url(file:///etc/passwd)}")) == "13 'url('");
    CHECK(found(css_problem("p{background:URL(/etc/hostname)}")) == "13 'url('");
    CHECK(found(css_problem("p{background:url(../base/plan.yaml)}")) == "13 'url('");
    // CSS escapes, comments and character references spell the same words.
    CHECK(found(css_problem("@\\69mport 'x.css';")) == "0 '@import'");
    CHECK(found(css_problem("@\\000069 mport 'x.css';")) == "0 '@import'");
    CHECK(found(css_problem("p{background:u\\72l(/etc/hostname)}")) == "13 'url('");
    CHECK(found(css_problem("p{background:u\\rl(/etc/hostname)}")) == "13 'url('");
    CHECK(found(css_problem("p{background:u&#114;l(/etc/hostname)}")) == "13 'url('");
    CHECK(found(css_problem("p{background:u&#x72;l(/etc/hostname)}")) == "13 'url('");
    CHECK(found(css_problem("p{background:url&lpar;/etc/hostname)}")) == "13 'url('");
    // An escape's trailing white space takes a whole CR LF, as CSS reads it.
    CHECK(found(css_problem("a{background:u\\72\r\nl(/etc/hostname)}")) == "13 'url('");
    CHECK(found(css_problem("@im/**/port 'x.css';")) == "0 '@import'");
    CHECK(found(css_problem("p{background:image-set(\"a.png\" 1x)}")) == "13 'image-set('");
    // It goes into a <style> element, which "</" would end.
    CHECK(found(css_problem("p{}</style><script>alert(1)</script>")) == "3 '</'");
}

TEST_CASE("html_template_problem: a template may lay out the page, not load anything") {
    CHECK(found(html_template_problem(
              "<!DOCTYPE html>\n<html lang=\"$lang$\">\n<head>\n<meta charset=\"utf-8\" />\n"
              "<title>$pagetitle$</title>\n<style>$styles.html()$</style>\n"
              "$for(css)$<link rel=\"stylesheet\" href=\"$css$\" />$endfor$\n</head>\n"
              "<body><a href=\"https://www.bergen.kommune.no/\">Bergen</a> <a href=\"#innhold\">Innhold</a>\n"
              "$body$</body>\n</html>\n")) == "none");
    CHECK(found(html_template_problem("<img alt=\"\" src=\"http://127.0.0.1:9/x.png\">")) == "12 'src='");
    CHECK(found(html_template_problem("<img alt=\"\" SRC = '/etc/hostname'>")) == "12 'src='");
    CHECK(found(html_template_problem("<img alt=\"\" s&#114;c=\"/etc/hostname\">")) == "12 'src='");
    CHECK(found(html_template_problem("<link rel=\"stylesheet\" href=\"https://example.org/a.css\">")) == "23 'href='");
    CHECK(found(html_template_problem("<a href=\"file:///etc/passwd\">x</a>")) == "3 'href='");
    CHECK(found(html_template_problem("<script>fetch('x')</script>")) == "0 '<script'");
    CHECK(found(html_template_problem("<div style=\"background:u\\72l(/etc/hostname)\">")) == "23 'url('");
    CHECK(found(html_template_problem("<style>@import 'x.css';</style>")) == "7 '@import'");
    CHECK(found(html_template_problem("<body onload=\"x()\">")) == "6 an event attribute (on…=)");
    CHECK(found(html_template_problem("<meta http-equiv=\"refresh\" content=\"0;url=http://x/\">")) ==
          "6 'http-equiv'");
    // Pandoc's own directives cannot hide an attribute, and a partial (read from beside the
    // template, by a name that may climb out with '..') is refused, Pandoc's styles.html aside.
    CHECK(found(html_template_problem("<img alt=leak $if(x)$$endif$src=\"/etc/hostname\">")) == "28 'src='");
    CHECK(found(html_template_problem("<img/src=/etc/hostname>")) == "5 'src='");
    CHECK(found(html_template_problem("$body$ [$../../../../etc/host.conf()$]")) ==
          "9 a partial template ('../../../../etc/host.conf()')");
    CHECK(found(html_template_problem("${ ../x.html() }")) == "3 a partial template ('../x.html()')");
    CHECK(found(html_template_problem("<img alt=\"\" src=\"$title$\">")) == "12 'src='");
    // A '<' inside a quoted value starts no tag: this is a <link>, whose href may not load.
    CHECK(found(html_template_problem("<link title=\"<a\" rel=stylesheet href=\"https://e/x.css\">")) ==
          "32 'href='");
    CHECK(found(html_template_problem("<svg><use href=\"https://e/x.svg#a\"/></svg>")) == "10 'href='");
}

TEST_CASE("picture_type: an SVG that refers to anything is no picture of ours, however it is spelt") {
    const std::string start = "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>";
    const std::string end = "</style><rect width=\"1\" height=\"1\"/></svg>";
    CHECK(picture_type("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>") ==
          PictureType::svg);
    CHECK(picture_type(start + "rect{fill:red}" + end) == PictureType::svg);
    CHECK(picture_type(start + "@import 'http://127.0.0.1:9/x.css';" + end) == PictureType::none);
    CHECK(picture_type(start + "@\\69mport 'http://127.0.0.1:9/x.css';" + end) == PictureType::none);
    CHECK(picture_type(start + "rect{fill:u\\72l(/etc/hostname)}" + end) == PictureType::none);
    CHECK(picture_type(start + "rect{fill:u&#114;l(/etc/hostname)}" + end) == PictureType::none);
    CHECK(picture_type("<svg xmlns=\"http://www.w3.org/2000/svg\"><image x&#108;ink:&#104;ref=\"/etc/hostname\"/></svg>") ==
          PictureType::none);
    CHECK(picture_type("<svg xmlns=\"http://www.w3.org/2000/svg\" o&#110;load=\"x()\"></svg>") == PictureType::none);
}
