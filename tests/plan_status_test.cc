#include <catch2/catch.hpp>

#include "render/plan_status.h"
#include "render/template_dirs.h"

using namespace legeplan;

namespace {

Labels labels(Language language) {
    Labels out;
    SourceFiles files;
    Diagnostics diags;
    REQUIRE(load_labels(standard_templates_dir(), language, out, files, diags));
    return out;
}

Metadata meta(PlanStatus status) {
    Metadata m;
    m.status = status;
    m.adopted_by = "Bergen bystyre";
    return m;
}

}  // namespace

TEST_CASE("plan status: drafts carry their mark, a proposal and an adopted plan do not", "[plan_status]") {
    Labels nb = labels(Language::nb);
    CHECK(marked_as_draft(PlanStatus::draft));
    CHECK(marked_as_draft(PlanStatus::sent_to_lsu));
    CHECK(marked_as_draft(PlanStatus::lsu_statement));
    CHECK_FALSE(marked_as_draft(PlanStatus::sent_to_council));
    CHECK_FALSE(marked_as_draft(PlanStatus::adopted));
    CHECK(status_line(meta(PlanStatus::draft), nb) == "Utkast");
    CHECK(status_line(meta(PlanStatus::sent_to_lsu), nb) == "Utkast til LSU");
    CHECK(status_line(meta(PlanStatus::lsu_statement), nb) == "Utkast med uttalelse fra LSU");
    CHECK(status_line(meta(PlanStatus::lsu_statement), labels(Language::nn)) == "Utkast med fråsegn frå LSU");
}

TEST_CASE("plan status: a proposal names the body it goes to", "[plan_status]") {
    Labels nb = labels(Language::nb);
    CHECK(status_line(meta(PlanStatus::sent_to_council), nb) == "Forslag til Bergen bystyre");
    Metadata nobody = meta(PlanStatus::sent_to_council);
    nobody.adopted_by.clear();
    CHECK(status_line(nobody, nb) == "Forslag");
}

TEST_CASE("plan status: an adopted plan says by whom, when and under which case, as far as it gives them",
          "[plan_status]") {
    Labels nb = labels(Language::nb);
    Metadata m = meta(PlanStatus::adopted);
    CHECK(status_line(m, nb) == "Vedtatt");
    m.adopted = Adoption{Date{2017, 9, 20, {}}, "", "PS 45/17", {}};
    CHECK(status_line(m, nb) == "Vedtatt i Bergen bystyre 20. september 2017, sak PS 45/17");
    m.adopted->body = "Bystyret";
    m.adopted->case_number.clear();
    CHECK(status_line(m, nb) == "Vedtatt i Bystyret 20. september 2017");
    m.adopted->body.clear();
    m.adopted_by.clear();
    CHECK(status_line(m, nb) == "Vedtatt 20. september 2017");
    CHECK(status_line(m, labels(Language::nn)) == "Vedteken 20. september 2017");
}
