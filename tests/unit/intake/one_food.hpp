// A table of one food with chosen values, and a way to add it to a builder: for the tests of totals and intakes.
#pragma once

#include <optional>

#include "vitk/foods/food_table.hpp"
#include "vitk/intake/intake.hpp"

namespace vitk::testing {

/// A one-food table with these values (mk7 alone makes up K2 when given).
struct OneFood {
  TableStorage storage;
  TableData data;
  Food food;

  OneFood(std::optional<double> k1, std::optional<double> k2, std::optional<double> mk7) {
    FoodRecord record;
    record.id = storage.add_text("f");
    record.k1_ug_per_100g = k1.value_or(kUnknown);
    record.k2_ug_per_100g = k2.value_or(kUnknown);
    record.k2_form_ug_per_100g[3] = mk7.value_or(kUnknown);
    storage.foods.push_back(record);
    data = storage.view();
    food = Food(data, 0);
  }
  OneFood(const OneFood&) = delete;
};

inline void add(IntakeBuilder& builder, const Food& food, double grams) {
  builder.add(make_item(food, grams, "g", grams), "input", "");
}

}  // namespace vitk::testing
