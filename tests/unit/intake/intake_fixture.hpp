// A small food table and a meal log read into an Intake, for the tests of what is made of intakes.
#pragma once

#include <doctest/doctest.h>

#include "vitk/base/io.hpp"
#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food_table.hpp"
#include "vitk/intake/intake.hpp"
#include "vitk/intake/meal_log.hpp"

namespace vitk::testing {

inline constexpr std::string_view kFixtureFoods = R"(
[[food]]
id = "kale"
name = "Kale, raw"
source = "s"
k1 = 704.8
portions = { cup = 16 }

[[food]]
id = "natto"
name = "Natto"
source = "s"
k1 = 23.1
k2 = { mk7 = 939 }

[[food]]
id = "gouda"
name = "Gouda"
source = "s"
k1 = 2.3
k2 = { total = 63.7 }
)";

struct IntakeFixture {
  std::unique_ptr<FoodTable> table = parse_food_table(kFixtureFoods, "foods.toml");
  FoodCatalog catalog;
  Intake intake;

  explicit IntakeFixture(std::string_view log, bool keep_items = true) {
    catalog.add(table->data());
    IntakeBuilder builder(keep_items);
    LineReader reader(log);
    builder.start_input();
    read_meal_list(reader, "log", catalog, builder, [](const Error& e, bool) { FAIL(e.what()); });
    intake = builder.finish();
  }
};

inline std::int32_t day_number(int year, int month, int day) {
  return static_cast<std::int32_t>(days_from_civil(Date{year, month, day}));
}

}  // namespace vitk::testing
