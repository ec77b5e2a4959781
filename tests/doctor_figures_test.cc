#include <catch2/catch.hpp>

#include <map>

#include "figures/doctor_figures.h"
#include "figures/figures.h"
#include "test_util.h"

using namespace legeplan;

namespace {

// The five GPs of issue 27, with the persons on the municipality's lists as a key figure.
const char* const kFiveDoctors = R"(
chapters:
  - {id: fastlegeordningen, title: Fastlegeordningen}
key_figures:
  - {id: listepasienter, title: Personer på fastlegelister, kind: listed_patients, value: 3150, date: 2026}
doctors:
  - id: a
    position: 80
    list_ceiling: 400
    lower_ceiling_agreed: true
    public_hours: [{task: other, hours: 15}]
  - id: b
    position: 75
    list_ceiling: 650
    public_hours:
      - {task: refugee_health, hours: 3.5}
      - {task: health_station, hours: 4}
      - {task: other, hours: 1}
    curative_hours: 19.6
  - id: c
    position: 100
    list_ceiling: 850
    public_hours: [{task: nursing_home, hours: 1}, {task: health_station, hours: 3.75}]
    curative_hours: 32.75
  - id: d
    position: 100
    list_ceiling: 700
    public_hours: [{task: nursing_home, hours: 6}, {task: supervision, hours: 3.75}]
    curative_hours: 27.75
  - id: e
    position: 100
    list_ceiling: 700
    public_hours: [{task: community_medicine, hours: 1}, {task: prison, hours: 3}]
    curative_hours: 33.5
)";

}  // namespace

TEST_CASE("the doctors' figures of issue 27, exactly") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + kFiveDoctors);
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    const DoctorFigures& f = checked.figures.doctors;
    REQUIRE(f.doctors.size() == 5);
    const DoctorFigure &a = f.doctors[0], &b = f.doctors[1], &c = f.doctors[2], &d = f.doctors[3],
                       &e = f.doctors[4];

    // (a) 80 % × 37.5 = 30 h; no curative_hours given, so curative = 30 − 15 = 15 h = 15 ÷ 7.5 =
    //     2 days; 400 ÷ 2 = 200 a day; per curative FTE 400 ÷ (15 ÷ 37.5 = 0.4) = 1 000.
    CHECK(a.position_hours == 3000);
    CHECK(a.public_hours == 1500);
    CHECK(a.curative_hours == 1500);
    CHECK(a.curative_days == 200);
    CHECK(a.list_per_curative_day == 200);
    CHECK(a.list_per_curative_fte == 1000);
    // (b) 75 % × 37.5 = 28.125 h, shown rounded half up as 28.13; public 3.5 + 4 + 1 = 8.5 h,
    //     and 8.5 + 19.6 = 28.1, within 0.1 h of 28.125, so accepted. 19.6 ÷ 7.5 = 2.6133 days
    //     (2.61); 650 ÷ 2.6133 = 650 × 7.5 ÷ 19.6 = 4 875 ÷ 19.6 = 248.72 → 249 a day; per FTE
    //     650 × 37.5 ÷ 19.6 = 1 243.62 → 1 244.
    CHECK(b.position_hours == 2813);
    CHECK(b.public_hours == 850);
    CHECK(b.curative_hours == 1960);
    CHECK(b.curative_days == 261);
    CHECK(b.list_per_curative_day == 249);
    CHECK(b.list_per_curative_fte == 1244);
    // (c) 100 % = 37.5 h = 1 + 3.75 + 32.75. 32.75 ÷ 7.5 = 4.3667 days (4.37); 850 × 7.5 ÷ 32.75
    //     = 6 375 ÷ 32.75 = 194.66 → 195; per FTE 850 × 37.5 ÷ 32.75 = 973.28 → 973.
    CHECK(c.public_hours == 475);
    CHECK(c.curative_days == 437);
    CHECK(c.list_per_curative_day == 195);
    CHECK(c.list_per_curative_fte == 973);
    // (d) 37.5 = 6 + 3.75 + 27.75. 27.75 ÷ 7.5 = 3.7 days; 700 ÷ 3.7 = 189.19 → 189; per FTE
    //     700 × 37.5 ÷ 27.75 = 945.95 → 946.
    CHECK(d.public_hours == 975);
    CHECK(d.curative_days == 370);
    CHECK(d.list_per_curative_day == 189);
    CHECK(d.list_per_curative_fte == 946);
    // (e) 37.5 = 1 + 3 + 33.5. 33.5 ÷ 7.5 = 4.4667 days (4.47); 700 ÷ 4.4667 = 156.72 → 157;
    //     per FTE 700 × 37.5 ÷ 33.5 = 783.58 → 784.
    CHECK(e.curative_days == 447);
    CHECK(e.list_per_curative_day == 157);
    CHECK(e.list_per_curative_fte == 784);

    // The municipality: ceilings 400 + 650 + 850 + 700 + 700 = 3 300 on 5 lists; positions
    // 80 + 75 + 100 + 100 + 100 = 455 % = 4.55 FTE; curative 15 + 19.6 + 32.75 + 27.75 + 33.5 =
    // 128.6 h, ÷ 37.5 = 3.429 → 3.4 FTE; public 15 + 8.5 + 4.75 + 9.75 + 4 = 42 h.
    CHECK(f.lists == 5);
    CHECK(f.list_ceilings == 3300);
    CHECK(f.positions == 455'000);
    CHECK(f.gp_fte == Decimal{455, 2});
    CHECK(f.curative_hours == 12860);
    CHECK(f.curative_fte == Decimal{34, 1});
    CHECK(f.public_hours == 4200);
    CHECK(f.list_public_hours == 4200);
    // Per task, for the workbook's columns: b's three tasks, and every task's sum over the five.
    CHECK(b.task_hours == std::map<PublicTask, Hundredths>{
                              {PublicTask::health_station, 400}, {PublicTask::refugee_health, 350}, {PublicTask::other, 100}});
    CHECK(f.task_hours == std::map<PublicTask, Hundredths>{{PublicTask::nursing_home, 700},
                                                           {PublicTask::health_station, 775},
                                                           {PublicTask::supervision, 375},
                                                           {PublicTask::community_medicine, 100},
                                                           {PublicTask::refugee_health, 350},
                                                           {PublicTask::prison, 300},
                                                           {PublicTask::other, 1600}});
    // 3 150 listed patients ÷ (128.6 ÷ 37.5) = 3 150 × 37.5 ÷ 128.6 = 918.55 → 919.
    CHECK(f.listed_patients == 3150);
    CHECK(f.patients_per_curative_fte == 919);
    // SSB: 42 h ÷ 37.5 = 1.12 FTE × 1 500 = 1 680 patients; (3 150 + 1 680) ÷ 5 lists = 966.
    CHECK(f.corrected_list_length == 966);
}

TEST_CASE("a doctor without a list or without listed patients has no list figures") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k, title: K}
doctors:
  - {id: lis1, name: LIS1, position: 100, competence: lis1, public_hours: [{task: nursing_home, hours: 2.5}]}
  - {id: kommuneoverlege, position: 50, public_hours: [{task: community_medicine, hours: 18.75}]}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    const DoctorFigures& f = checked.figures.doctors;
    CHECK(f.doctors[0].curative_hours == 3500);
    CHECK_FALSE(f.doctors[0].list_per_curative_day);
    // 50 % is 18.75 h, all of it public: no curative hours, and no division by them.
    CHECK(f.doctors[1].curative_hours == 0);
    CHECK(f.doctors[1].curative_days == 0);
    CHECK(f.lists == 0);
    CHECK(f.list_public_hours == 0);
    CHECK(f.public_hours == 2125);
    CHECK(f.task_hours == std::map<PublicTask, Hundredths>{{PublicTask::nursing_home, 250},
                                                           {PublicTask::community_medicine, 1875}});
    CHECK(f.gp_fte == Decimal{150, 2});
    CHECK(f.curative_fte == Decimal{9, 1});  // 35 h ÷ 37.5 = 0.933 → 0.9
    CHECK_FALSE(f.listed_patients);
    CHECK_FALSE(f.patients_per_curative_fte);
    CHECK_FALSE(f.corrected_list_length);
}

TEST_CASE("a task given twice counts once per task, with the hours of both") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k, title: K}
doctors:
  - id: a
    position: 100
    list_ceiling: 1000
    public_hours:
      - {task: other, hours: 2, note: rus}
      - {task: nursing_home, hours: 1.25}
      - {task: other, hours: 0.5, note: kriseteam}
)");
    INFO(test::headlines(checked));
    REQUIRE_FALSE(checked.diags.has_errors());
    const DoctorFigures& f = checked.figures.doctors;
    CHECK(f.doctors[0].public_hours == 375);
    CHECK(f.doctors[0].task_hours ==
          std::map<PublicTask, Hundredths>{{PublicTask::nursing_home, 125}, {PublicTask::other, 250}});
    CHECK(f.task_hours == f.doctors[0].task_hours);
}

TEST_CASE("decimals are rounded half up and written with a decimal point") {
    CHECK(round_half_up(2812, 1) == 2812);
    CHECK(round_half_up(225'000, 80) == 2813);  // 2 812.5
    CHECK(round_half_up(1, 3) == 0);
    CHECK(round_half_up(3, 2) == 2);
    CHECK(point_text(1960, 2) == "19.6");
    CHECK(point_text(1500, 2) == "15");
    CHECK(point_text(28'125'000, 6) == "28.125");
    CHECK(point_text(5, 2) == "0.05");
    CHECK(point_text(-19, 1) == "-1.9");
    CHECK(point_text(10, 1, false) == "1.0");
    CHECK(point_text(455, 2, false) == "4.55");
    CHECK(Decimal{34, 1}.milli() == 3400);
    CHECK(Decimal{455, 2}.milli() == 4550);
}

TEST_CASE("a position is read as percent, and hours with at most two decimals") {
    test::TempDir dir;
    auto checked = test::check_text(dir, test::plan_header() + R"(
chapters:
  - {id: k, title: K}
doctors:
  - {id: a, position: 0, public_hours: [{task: other, hours: 1.125}]}
  - {id: b, position: 100.5, curative_hours: 200}
  - {id: c, position: 37.5, public_hours: [{task: other, hours: 0}]}
)");
    CHECK(test::headlines(checked) ==
          "plan.yaml:14:23: error[E017]: a position is above 0 and at most 100 percent, found 0\n"
          "plan.yaml:14:62: error[E017]: public hours must be hours a week from 0 to 168 with at most two "
          "decimals after a decimal point, such as 7.5 or 3.75, found '1.125'\n"
          "plan.yaml:15:23: error[E017]: a position is above 0 and at most 100 percent, found 100.5\n"
          "plan.yaml:15:46: error[E017]: curative_hours must be hours a week from 0 to 168 with at most two "
          "decimals after a decimal point, such as 7.5 or 3.75, found '200'\n"
          "plan.yaml:16:65: error[E017]: public hours of 0 say nothing; a task the doctor does not do is left out\n");
}
