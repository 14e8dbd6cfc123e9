#include "vitk/intake/totals.hpp"

#include <doctest/doctest.h>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "one_food.hpp"

using namespace vitk;
using namespace vitk::testing;

TEST_CASE("amounts scale per 100 g values and keep unknowns unknown") {
  const OneFood f(23.1, 939, 939);
  const Food& natto = f.food;
  const Amounts amounts = amounts_for(natto, 50, 1);
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
  totals.add(amounts_for(natto, 50, 1), 50);
  totals.add(amounts_for(kale, 32, 1), 32);
  CHECK(totals.items == 2);
  CHECK(totals.grams == doctest::Approx(82));
  CHECK(totals.k1.ug == doctest::Approx(11.55 + 225.536));
  CHECK(totals.k1.known == 2);
  CHECK(totals.k2.ug == doctest::Approx(469.5));
  CHECK(totals.k2.known == 1);
  CHECK(totals.k2_by_form[3].known == 1);
  CHECK(totals.k2_by_form[0].known == 0);
  DayTotals day;
  day.add(amounts_for(natto, 50, 1), 50);
  day.add(amounts_for(kale, 32, 1), 32);
  DayTotals twice = day;
  twice.add(day);
  CHECK(twice.items == 4);
  CHECK(twice.k2_known == 2);
  CHECK(twice.k2_ug == doctest::Approx(939));
  CHECK(twice.k1_known == 4);
  CHECK(twice.dk_known == 0);
}

TEST_CASE("a day is low only when it has items and its known K2 is under the minimum") {
  DayTotals empty;
  CHECK_FALSE(k2_below(empty, 32.7));
  const OneFood f(23.1, 939, 939);
  const Food& natto = f.food;
  DayTotals some;
  some.add(amounts_for(natto, 3, 1), 3);  // 28.17 µg
  CHECK(k2_below(some, 32.7));
  CHECK_FALSE(k2_below(some, 28));
}
