#include "vitk/intake/steady.hpp"

#include "intake_fixture.hpp"

using namespace vitk;
using vitk::testing::IntakeFixture;

TEST_CASE("steady intake: mean, spread and the days outside the tolerance") {
  // K1 + K2 per day: 100 g gouda = 66 µg; 10 g natto = 96.21 µg; 1 cup kale = 112.768 µg.
  IntakeFixture f("2026-11-23\ngouda 100 g\n2026-11-24\nnatto 10 g\n2026-11-25\n2026-11-26\nkale 1 cup\n");
  const SteadyAnalysis steady = analyze_steady(f.intake, 25);
  const double mean = (66.0 + 96.21 + 112.768) / 3;
  CHECK(steady.days == 3);
  CHECK(steady.mean_ug == doctest::Approx(mean));
  CHECK(steady.min_ug == doctest::Approx(66.0));
  CHECK(steady.max_ug == doctest::Approx(112.768));
  const double sd = std::sqrt(((66.0 - mean) * (66.0 - mean) + (96.21 - mean) * (96.21 - mean) +
                               (112.768 - mean) * (112.768 - mean)) / 3);
  CHECK(steady.sd_ug == doctest::Approx(sd));
  CHECK(steady.cv == doctest::Approx(sd / mean));
  REQUIRE(f.intake.days.size() == 4);
  const auto day = [&](std::size_t i) { return steady.of(f.intake.days[i]); };
  CHECK(day(0).date == f.intake.days[0].date);
  CHECK(day(0).total_ug == doctest::Approx(66.0));
  CHECK(day(0).deviation == doctest::Approx((66.0 - mean) / mean));
  CHECK(day(0).flagged);  // -27 %
  CHECK_FALSE(day(1).flagged);
  CHECK_FALSE(day(2).known);  // no items: unknown, never flagged
  CHECK_FALSE(day(2).flagged);
  CHECK(day(2).deviation == 0);
  CHECK_FALSE(day(3).flagged);  // +21 %
  CHECK(day(3).deviation == doctest::Approx((112.768 - mean) / mean));
  CHECK(steady.flagged == 1);
  CHECK(analyze_steady(f.intake, 20).flagged == 2);
  CHECK(analyze_steady(f.intake, 30).flagged == 0);
}

TEST_CASE("steady intake of one day is its own mean") {
  IntakeFixture f("natto 10 g\n");
  const SteadyAnalysis steady = analyze_steady(f.intake, 0);
  CHECK(steady.days == 1);
  CHECK(steady.sd_ug == 0);
  CHECK(steady.flagged == 0);
}
