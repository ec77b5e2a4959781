#include <catch2/catch.hpp>

#include "publish/output_format.h"

using namespace legeplan;

TEST_CASE("output formats: the defaults come from the table", "[output_format]") {
    CHECK(format_names(formats_where(nullptr), ",") == "md,docx,html,pdf,xlsx,budget,review");
    CHECK(format_names(formats_where(&OutputFormatInfo::build_default), ",") == "md,docx,html,pdf,xlsx,budget");
    CHECK(format_names(formats_where(&OutputFormatInfo::diff), ",") == "md,docx,html");
    CHECK(format_info(OutputFormat::review).suffix == "-lsu.xlsx");
}

TEST_CASE("output formats: a list is parsed, each format once", "[output_format]") {
    std::vector<OutputFormat> formats;
    std::string error;
    REQUIRE(parse_output_formats("pdf,md,pdf", formats_where(nullptr), formats, error));
    CHECK(formats == std::vector<OutputFormat>{OutputFormat::pdf, OutputFormat::md});
}

TEST_CASE("output formats: a name the command cannot write is refused", "[output_format]") {
    std::vector<OutputFormat> formats;
    std::string error;
    CHECK_FALSE(parse_output_formats("html,pdf", formats_where(&OutputFormatInfo::diff), formats, error));
    CHECK(error == "unknown format 'pdf' (formats: md, docx, html)");
    CHECK(parse_output_formats("md,", formats_where(nullptr), formats, error));
    CHECK_FALSE(parse_output_formats(",md", formats_where(nullptr), formats, error));
    CHECK(error == "unknown format '' (formats: md, docx, html, pdf, xlsx, budget, review)");
}
