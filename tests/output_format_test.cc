#include <catch2/catch.hpp>

#include <filesystem>

#include "publish/output_format.h"
#include "test_util.h"

using namespace legeplan;
namespace fs = std::filesystem;

TEST_CASE("output formats: the defaults come from the table", "[output_format]") {
    CHECK(format_names(formats_where(nullptr), ",") == "md,docx,html,pdf,xlsx,budget,review");
    CHECK(format_names(formats_where(&OutputFormatInfo::build_default), ",") == "md,docx,html,pdf,xlsx,budget");
    CHECK(format_names(formats_where(&OutputFormatInfo::diff), ",") == "md,docx,html,pdf");
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
    CHECK_FALSE(parse_output_formats("html,xlsx", formats_where(&OutputFormatInfo::diff), formats, error));
    CHECK(error == "unknown format 'xlsx' (formats: md, docx, html, pdf)");
    CHECK(parse_output_formats("md,", formats_where(nullptr), formats, error));
    CHECK_FALSE(parse_output_formats(",md", formats_where(nullptr), formats, error));
    CHECK(error == "unknown format '' (formats: md, docx, html, pdf, xlsx, budget, review)");
}

namespace {

// Runs the test from inside a folder, and goes back to where it was after.
class InFolder {
public:
    explicit InFolder(const fs::path& folder) : before_(fs::current_path()) { fs::current_path(folder); }
    ~InFolder() { fs::current_path(before_); }

private:
    fs::path before_;
};

}  // namespace

TEST_CASE("a plan's outputs are named after its file, or the folder of a plan.yaml") {
    CHECK(output_name("kommune-2027.yaml") == "kommune-2027");
    CHECK(output_name("plans/bergen/plan.yaml") == "bergen");
    CHECK(output_name("/srv/planer/voss/plan.yaml") == "voss");
    CHECK(output_name("/srv/planer/voss/utkast.yaml") == "utkast");
}

TEST_CASE("the folder's name comes from the path with '.' and '..' taken out") {
    test::TempDir tmp;
    fs::create_directories(fs::path(tmp.path()) / "plans" / "bergen");
    fs::create_directories(fs::path(tmp.path()) / "plans" / "x");
    InFolder inside(fs::path(tmp.path()) / "plans" / "x");
    // build . and build ./plan.yaml: the folder is x, not "." (which made "..md").
    CHECK(output_name("./plan.yaml") == "x");
    CHECK(output_name("plan.yaml") == "x");
    CHECK(output_name(".") == "x");
    CHECK(output_name("../bergen/plan.yaml") == "bergen");
    CHECK(output_name("../x/../bergen/./plan.yaml") == "bergen");
    CHECK(output_name("a/../plan.yaml") == "x");
    // build plans/bergen/ and plans/bergen/.: the folder argument gives these paths.
    CHECK(output_name("../bergen/./plan.yaml") == "bergen");
    CHECK(output_name("../bergen/") == "bergen");
    CHECK(output_name("../../plans/bergen/.") == "bergen");
    CHECK(output_name("../plan.yaml") == "plans");
}

TEST_CASE("no output name makes a hidden file") {
    CHECK(output_name("/srv/planer/voss/..yaml") == "voss");
    CHECK(output_name("/srv/planer/voss/.yaml") == "voss");
    CHECK(output_name("/plan.yaml") == "plan");  // no folder to name it after
}
