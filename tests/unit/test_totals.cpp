#include "vitk/totals.hpp"

#include "vitk/food_table.hpp"

#include <doctest/doctest.h>

using namespace vitk;

namespace {

/// A one-food table with these values (mk7 alone makes up K2 when given).
struct OneFood {
  TableStorage storage;
  TableData data;
  Food food;

  OneFood(std::optional<double> k1, std::optional<double> k2, std::optional<double> mk7) {
    FoodRecord record;
    record.id = storage.add_text("f");
    record.k1_ug_per_100g = k1;
    record.k2_ug_per_100g = k2;
    record.k2_form_ug_per_100g[3] = mk7;
    storage.foods.push_back(record);
    data = storage.view();
    food = Food(data, 0);
  }
  OneFood(const OneFood&) = delete;
};

ItemRecord record(const Food& food, double grams) {
  ItemRecord out;
  out.item.food = food;
  out.item.grams = grams;
  out.amounts = amounts_for(food, grams);
  return out;
}

}  // namespace

TEST_CASE("amounts scale per 100 g values and keep unknowns unknown") {
  const OneFood f(23.1, 939, 939);
  const Food& natto = f.food;
  const Amounts amounts = amounts_for(natto, 50);
  CHECK(amounts.k1_ug.value() == doctest::Approx(11.55));
  CHECK(amounts.k2_ug.value() == doctest::Approx(469.5));
  CHECK(amounts.k2_form_ug[3].value() == doctest::Approx(469.5));
  CHECK_FALSE(amounts.k2_form_ug[0].has_value());
  CHECK_FALSE(amounts.dk_ug.has_value());
}

TEST_CASE("totals add what is known and count it") {
  const OneFood f(23.1, 939, 939), g(704.8, std::nullopt, std::nullopt);
  const Food& natto = f.food;
  const Food& kale = g.food;
  Totals totals;
  totals.add(amounts_for(natto, 50), 50);
  totals.add(amounts_for(kale, 32), 32);
  CHECK(totals.items == 2);
  CHECK(totals.grams == doctest::Approx(82));
  CHECK(totals.k1.ug == doctest::Approx(11.55 + 225.536));
  CHECK(totals.k1.known == 2);
  CHECK(totals.k2.ug == doctest::Approx(469.5));
  CHECK(totals.k2.known == 1);
  CHECK(totals.k2_by_form[3].known == 1);
  CHECK(totals.k2_by_form[0].known == 0);
  Totals sum;
  sum.add(totals);
  sum.add(totals);
  CHECK(sum.items == 4);
  CHECK(sum.k2.known == 2);
  CHECK(sum.k2.ug == doctest::Approx(939));
}

TEST_CASE("a day is low only when it has items and its known K2 is under the minimum") {
  Totals empty;
  CHECK_FALSE(k2_below(empty, 32.7));
  const OneFood f(23.1, 939, 939);
  const Food& natto = f.food;
  Totals some;
  some.add(amounts_for(natto, 3), 3);  // 28.17 µg
  CHECK(k2_below(some, 32.7));
  CHECK_FALSE(k2_below(some, 28));
}

TEST_CASE("items gather into days in the order dates first appear") {
  const OneFood f(23.1, 939, 939);
  const Food& natto = f.food;
  IntakeBuilder builder;
  builder.start_input();
  builder.add(record(natto, 10));  // undated
  builder.start_day(Date{2026, 11, 25});
  builder.add(record(natto, 20));
  builder.start_day(Date{2026, 11, 24});
  builder.add(record(natto, 30));
  builder.start_day(Date{2026, 11, 25});  // seen again: the same day
  builder.add(record(natto, 40));
  builder.start_input();                  // a new input starts undated
  builder.add(record(natto, 50));
  builder.start_day(Date{2026, 11, 26});  // a day without items
  builder.add_skipped();
  const Intake intake = builder.finish();
  REQUIRE(intake.days.size() == 4);
  CHECK_FALSE(intake.days[0].date.has_value());
  CHECK(intake.days[0].items.size() == 2);
  CHECK(intake.days[0].totals.grams == doctest::Approx(60));
  CHECK(intake.days[1].date == Date{2026, 11, 25});
  CHECK(intake.days[1].totals.grams == doctest::Approx(60));
  CHECK(intake.days[2].date == Date{2026, 11, 24});
  CHECK(intake.days[3].totals.items == 0);
  CHECK(intake.total.items == 5);
  CHECK(intake.total.grams == doctest::Approx(150));
  CHECK(intake.skipped_items == 1);
  CHECK(intake.days_with_items() == 3);
}
