#include "vitk/intake/period.hpp"

#include "intake_fixture.hpp"

#include <iterator>
#include <string>
#include <vector>

using namespace vitk;
using vitk::testing::day_number;
using vitk::testing::IntakeFixture;

namespace {

/// Every summary of one walk.
std::vector<PeriodSummary> summarize(const Intake& intake, Period period, double k2_min_ug_per_day) {
  const PeriodSummaries summaries(intake, period, k2_min_ug_per_day);
  return std::vector<PeriodSummary>(summaries.begin(), summaries.end());
}

}  // namespace

TEST_CASE("periods are read by name") {
  CHECK(parse_period("week") == Period::week);
  CHECK(parse_period("all") == Period::all);
  CHECK_FALSE(parse_period("Week").has_value());
  CHECK(period_name(Period::month) == "month");
}

TEST_CASE("ISO weeks start on Monday and belong to the year of their Thursday") {
  CHECK(iso_week(day_number(2026, 11, 23)) == "2026-W48");  // a Monday
  CHECK(iso_week(day_number(2026, 11, 29)) == "2026-W48");  // the Sunday after
  CHECK(iso_week(day_number(2026, 11, 30)) == "2026-W49");
  CHECK(iso_week(day_number(2027, 1, 1)) == "2026-W53");    // a Friday: week 53 of 2026
  CHECK(iso_week(day_number(2021, 1, 3)) == "2020-W53");
  CHECK(iso_week(day_number(2024, 12, 30)) == "2025-W01");  // a Monday in the first week of 2025
  CHECK(iso_week(day_number(1969, 12, 29)) == "1970-W01");  // before the epoch
}

TEST_CASE("days are sorted, merged and kept with their items") {
  IntakeFixture f("2026-11-25\nnatto 10 g\n2026-11-23\ngouda 30 g\n2026-11-25\nkale 1 cup\n");
  CHECK(select_days(f.intake, DateRange{}) == 0);
  REQUIRE(f.intake.days.size() == 2);
  CHECK(f.intake.days[0].date == day_number(2026, 11, 23));
  CHECK(f.intake.days[1].date == day_number(2026, 11, 25));
  const auto items = f.intake.items_of(f.intake.days[1]);
  REQUIRE(items.size() == 2);
  CHECK(f.intake.view(items[0]).food.id() == "natto");
  CHECK(f.intake.view(items[1]).food.id() == "kale");
  CHECK(f.intake.view(f.intake.items_of(f.intake.days[0])[0]).food.id() == "gouda");
}

TEST_CASE("a date range keeps its days, drops undated ones and counts what it leaves out") {
  IntakeFixture f("natto 1 g\n2026-11-22\nkale 1 cup\n2026-11-23\ngouda 30 g\n2026-11-24\nnatto 10 g; kale 1 cup\n");
  DateRange range;
  range.from = day_number(2026, 11, 23);
  range.to = day_number(2026, 11, 23);
  CHECK(select_days(f.intake, range) == 4);
  REQUIRE(f.intake.days.size() == 1);
  CHECK(f.intake.total.items == 1);
  CHECK(f.intake.total.k2.ug == doctest::Approx(19.11));
  CHECK(f.intake.total.k2_by_form[3].known == 0);
}

TEST_CASE("an open range keeps everything on its side") {
  IntakeFixture f("2026-11-22\nkale 1 cup\n2026-11-24\nnatto 10 g\n", false);
  DateRange range;
  range.from = day_number(2026, 11, 23);
  CHECK(select_days(f.intake, range) == 1);
  REQUIRE(f.intake.days.size() == 1);
  CHECK(f.intake.total.k2.ug == doctest::Approx(93.9));
}

TEST_CASE("weekly summaries hold their days, means over days with items and low days") {
  IntakeFixture f("2026-11-22\nkale 1 cup\n2026-11-23\nnatto 10 g\n2026-11-24\n2026-11-25\ngouda 30 g\n");
  select_days(f.intake, DateRange{});
  const std::vector<PeriodSummary> weeks = summarize(f.intake, Period::week, 32.7);
  REQUIRE(weeks.size() == 2);
  CHECK(weeks[0].label == "2026-W47");
  CHECK(weeks[0].days == 1);
  CHECK(weeks[0].days_k2_low == 1);
  CHECK_FALSE(weeks[0].mean_k2_ug().has_value());  // no item knew K2: unknown, not zero
  CHECK(weeks[0].mean_k1_ug().value() == doctest::Approx(112.768));
  CHECK(weeks[1].label == "2026-W48");
  CHECK(weeks[1].first == day_number(2026, 11, 23));
  CHECK(weeks[1].last == day_number(2026, 11, 25));
  CHECK(weeks[1].days == 3);
  CHECK(weeks[1].days_with_items == 2);
  CHECK(weeks[1].days_k2_low == 1);
  CHECK(weeks[1].mean_k2_ug().value() == doctest::Approx((93.9 + 19.11) / 2));
  CHECK(weeks[1].mean_form_ug(3).value() == doctest::Approx(93.9 / 2));
  CHECK_FALSE(weeks[1].mean_form_ug(0).has_value());
}

TEST_CASE("undated days form their own group in every period") {
  IntakeFixture f("natto 10 g\n2026-11-23\ngouda 30 g\n");
  select_days(f.intake, DateRange{});
  const std::vector<PeriodSummary> months = summarize(f.intake, Period::month, 32.7);
  REQUIRE(months.size() == 2);
  CHECK(months[0].label == "undated");
  CHECK_FALSE(months[0].first.has_value());
  CHECK(months[1].label == "2026-11");
  const std::vector<PeriodSummary> all = summarize(f.intake, Period::all, 32.7);
  REQUIRE(all.size() == 2);
  CHECK(all[0].label == "undated");
  CHECK(all[0].days == 1);
  CHECK(all[1].label == "all");
  CHECK(all[1].days == 1);
  CHECK(all[1].first == day_number(2026, 11, 23));
}

TEST_CASE("without kept items the summaries have no K2 by form") {
  IntakeFixture f("2026-11-23\nnatto 10 g\n", false);
  const std::vector<PeriodSummary> all = summarize(f.intake, Period::all, 32.7);
  REQUIRE(all.size() == 1);
  CHECK(all[0].mean_k2_ug().value() == doctest::Approx(93.9));
  CHECK_FALSE(all[0].mean_form_ug(3).has_value());
}

TEST_CASE("summaries are made again on every walk, and an intake without days has none") {
  IntakeFixture f("2026-11-22\nkale 1 cup\n2026-11-23\nnatto 10 g\n2026-11-30\ngouda 30 g\n");
  select_days(f.intake, DateRange{});
  const PeriodSummaries weeks(f.intake, Period::week, 32.7);
  CHECK_FALSE(weeks.empty());
  std::vector<std::string> first, second;
  for (const PeriodSummary& week : weeks) first.push_back(week.label);
  for (auto it = weeks.begin(); it != weeks.end(); ++it) second.push_back(it->label);
  CHECK(first == std::vector<std::string>{"2026-W47", "2026-W48", "2026-W49"});
  CHECK(second == first);
  const PeriodSummaries days(f.intake, Period::day, 32.7);
  CHECK(std::distance(days.begin(), days.end()) == 3);

  IntakeFixture none("2026-11-22\nkale 1 cup\n");
  select_days(none.intake, DateRange{day_number(2027, 1, 1), std::nullopt});
  const PeriodSummaries empty(none.intake, Period::day, 32.7);
  CHECK(empty.empty());
  CHECK(empty.begin() == empty.end());
}
