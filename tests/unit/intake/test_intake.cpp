#include "vitk/intake/intake.hpp"

#include <doctest/doctest.h>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "one_food.hpp"

using namespace vitk;
using namespace vitk::testing;

TEST_CASE("items gather into days in the order dates first appear") {
  const OneFood f(23.1, 939, 939);
  const Food& natto = f.food;
  for (const bool keep : {true, false}) {
    CAPTURE(keep);
    IntakeBuilder builder(keep);
    builder.start_input();
    add(builder, natto, 10);  // undated
    builder.start_day(Date{2026, 11, 25});
    add(builder, natto, 20);
    builder.start_day(Date{2026, 11, 24});
    add(builder, natto, 30);
    builder.start_day(Date{2026, 11, 25});  // seen again: the same day
    add(builder, natto, 40);
    builder.start_input();                  // a new input starts undated
    add(builder, natto, 50);
    builder.start_day(Date{2026, 11, 26});  // a day without items
    builder.add_skipped();
    builder.start_day(Date{2026, 11, 24});
    add(builder, natto, 1);
    const Intake intake = builder.finish();
    REQUIRE(intake.days.size() == 4);
    CHECK_FALSE(intake.days[0].calendar_date().has_value());
    CHECK(intake.items_of(intake.days[0]).size() == (keep ? 2u : 0u));
    CHECK(intake.days[0].totals.grams == doctest::Approx(60));
    CHECK(intake.days[1].calendar_date() == Date{2026, 11, 25});
    CHECK(intake.days[1].totals.grams == doctest::Approx(60));
    CHECK(intake.days[2].calendar_date() == Date{2026, 11, 24});
    CHECK(intake.days[2].totals.grams == doctest::Approx(31));
    CHECK(intake.days[3].totals.items == 0);
    CHECK(intake.total.items == 6);
    CHECK(intake.total.grams == doctest::Approx(151));
    CHECK(intake.skipped_items == 1);
    CHECK(intake.days_with_items() == 3);
    if (keep) {
      // Items grouped by day, in reading order within a day.
      const auto day1 = intake.items_of(intake.days[1]);
      REQUIRE(day1.size() == 2);
      CHECK(day1[0].grams == 20);
      CHECK(day1[1].grams == 40);
      CHECK(intake.totals_of(intake.days[1]).k2.ug == doctest::Approx(intake.days[1].totals.k2_ug));
    }
  }
}

TEST_CASE("dates far out of order still merge") {
  const OneFood f(23.1, 939, 939);
  IntakeBuilder builder(false);
  for (int round = 0; round < 2; ++round) {
    for (int day = 1000; day > 0; --day) {
      builder.start_day(civil_from_days(day));
      add(builder, f.food, 1);
    }
  }
  const Intake intake = builder.finish();
  CHECK(intake.days.size() == 1000);
  for (const Day& day : intake.days) CHECK(day.totals.items == 2);
}

TEST_CASE("items of days in any order are grouped by day, in reading order, with their text") {
  const OneFood f(1, 2, 2);
  IntakeBuilder builder;
  // 5,000 items over 37 days in a scrambled order: each grouped item must come back whole and in order.
  std::vector<std::vector<int>> expected(37);
  for (int i = 0; i < 5000; ++i) {
    const int day = (i * 7919) % 37;
    builder.start_day_number(20000 + day);
    const std::string input = "item " + std::to_string(i);
    builder.add(make_item(f.food, i + 1, "g", i + 1), input, day % 3 == 0 ? "lunch" : "");
    expected[static_cast<std::size_t>(day)].push_back(i);
  }
  const Intake intake = builder.finish();
  REQUIRE(intake.days.size() == 37);
  for (const Day& day : intake.days) {
    const std::size_t index = static_cast<std::size_t>(day.date - 20000);
    const ItemRange items = intake.items_of(day);
    REQUIRE(items.size() == expected[index].size());
    for (std::size_t k = 0; k < items.size(); ++k) {
      const ItemView item = intake.view(items[k]);
      const int i = expected[index][k];
      CHECK(item.grams == i + 1);
      CHECK(item.input == "item " + std::to_string(i));
      CHECK(item.meal == (index % 3 == 0 ? "lunch" : ""));
      CHECK(item.unit == "g");
    }
  }
}

TEST_CASE("items that come day by day and then go back to earlier days are grouped by day, in reading order") {
  const OneFood f(1, 2, 2);
  // Days 0..9 in order with 1 to 3 items each, then back to days 3 and 0, a new day 10, an undated item of a
  // second input, day 5 again; and the same without going back.
  for (const bool go_back : {true, false}) {
    CAPTURE(go_back);
    IntakeBuilder builder;
    std::map<std::int32_t, std::vector<int>> expected;  // by day number; kUndated first
    int next = 1;
    const auto add_to = [&](std::optional<std::int32_t> day) {
      if (day) builder.start_day_number(20000 + *day);
      builder.add(make_item(f.food, next, "g", next), "item " + std::to_string(next), "");
      expected[day ? 20000 + *day : kUndated].push_back(next++);
    };
    builder.start_input();
    for (std::int32_t day = 0; day < 10; ++day) {
      for (int k = 0; k <= day % 3; ++k) add_to(day);
    }
    if (go_back) {
      add_to(3);
      add_to(3);
      add_to(0);
    }
    add_to(10);
    builder.start_input();
    add_to(std::nullopt);
    if (go_back) add_to(5);
    const Intake intake = builder.finish();
    REQUIRE(intake.days.size() == 12);
    std::size_t seen = 0;
    for (const Day& day : intake.days) {
      const std::vector<int>& want = expected.at(day.date);
      const ItemRange items = intake.items_of(day);
      REQUIRE(items.size() == want.size());
      CHECK(day.first_item == seen);
      seen += items.size();
      for (std::size_t k = 0; k < items.size(); ++k) {
        CHECK(items[k].grams == want[k]);
        CHECK(intake.view(items[k]).input == "item " + std::to_string(want[k]));
      }
    }
    CHECK(seen == intake.items.size());
  }
}

TEST_CASE("the text store keeps every string whole across its blocks") {
  TextStore store;
  std::vector<std::uint32_t> places;
  const std::string long_text(65535, 'x');
  for (int i = 0; i < 100; ++i) places.push_back(store.add(i % 10 == 0 ? std::string_view(long_text) : "short " + std::to_string(i)));
  for (int i = 0; i < 100; ++i) {
    CHECK(store.get(places[static_cast<std::size_t>(i)]) == (i % 10 == 0 ? long_text : "short " + std::to_string(i)));
  }
  CHECK(store.get(store.add("")).empty());
}

TEST_CASE("a builder that stops keeping items keeps the sums") {
  const OneFood f(1, 2, 2);
  IntakeBuilder builder;
  builder.add(make_item(f.food, 10, "g", 10), "a", "");
  builder.stop_keeping_items();
  builder.add(make_item(f.food, 20, "g", 20), "b", "");
  const Intake intake = builder.finish();
  CHECK_FALSE(intake.items_kept);
  CHECK(intake.items.empty());
  CHECK(intake.total.items == 2);
  CHECK(intake.days[0].totals.grams == 30);
}

TEST_CASE("a builder counts the memory it keeps, and one that gives up keeps nothing more") {
  const OneFood f(1, 2, 2);
  IntakeBuilder builder;
  CHECK(builder.memory_bytes() == 0);
  CHECK_FALSE(builder.over_memory_limit());  // no limit unless set
  builder.start_day(Date{2026, 11, 24});
  const std::size_t one_day = builder.memory_bytes();
  CHECK(one_day >= sizeof(Day));
  builder.add(make_item(f.food, 10, "g", 10), "input", "");
  const std::size_t one_item = builder.memory_bytes() - one_day;
  CHECK(one_item >= sizeof(ItemRecord) + std::string_view("input").size());
  // Dates out of order cost a date map, and items out of day order the day of each.
  builder.start_day(Date{2026, 11, 23});
  builder.add(make_item(f.food, 10, "g", 10), "input", "");
  CHECK(builder.memory_bytes() > 2 * one_day + 2 * one_item);

  builder.set_memory_limit(builder.memory_bytes());
  CHECK_FALSE(builder.over_memory_limit());
  CHECK_FALSE(builder.has_room_for_days(1));
  builder.add(make_item(f.food, 10, "g", 10), "input", "");
  CHECK(builder.over_memory_limit());

  builder.give_up();
  CHECK_FALSE(builder.over_memory_limit());
  CHECK_FALSE(builder.keeps_items());
  builder.start_day(Date{2026, 11, 25});
  builder.add(make_item(f.food, 10, "g", 10), "input", "");
  builder.add_totals(DayTotals{});
  CHECK(builder.memory_bytes() == 0);
  const Intake intake = builder.finish();
  CHECK(intake.days.empty());
  CHECK(intake.items.empty());
  CHECK(intake.total.items == 0);
}

TEST_CASE("room for days counts a day each and the index of dates at its largest") {
  IntakeBuilder builder(false);
  builder.set_memory_limit(20 << 20);
  CHECK(builder.has_room_for_days(1000));  // 58 kB, and 15 MB for an index of the years 0 to 9999
  CHECK_FALSE(builder.has_room_for_days(100'000));

  // Dates in order need no index: 58 bytes a day.
  builder.set_memory_limit(10'000);
  for (int day = 0; day < 100; ++day) builder.start_day_number(day);
  CHECK(builder.memory_bytes() >= 100 * sizeof(Day));
  CHECK_FALSE(builder.over_memory_limit());
  for (int day = 100; day < 200; ++day) builder.start_day_number(day);
  CHECK(builder.over_memory_limit());
}

TEST_CASE("the index of dates out of order grows at both ends and costs 4 bytes a date it spans") {
  IntakeBuilder builder(false);
  builder.start_day_number(1000);
  builder.start_day_number(500);  // out of order: the index spans 500 to 1000
  const std::size_t spanning_501 = builder.memory_bytes();
  builder.start_day_number(-100'000);
  builder.start_day_number(2'900'000);
  builder.start_day_number(700);
  builder.start_day_number(500);
  CHECK(builder.memory_bytes() - spanning_501 >= 4 * (3'000'000 - 501) + 3 * sizeof(Day));
  const DayTotals one{1, 1, 0, 0, 10, 5, 0, 0};
  builder.add_totals(one);
  const Intake intake = builder.finish();
  REQUIRE(intake.days.size() == 5);
  CHECK(intake.days[1].date == 500);
  CHECK(intake.days[1].totals.items == 1);
}
