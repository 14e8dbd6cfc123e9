// The food catalog of the fuzz targets that read meals: a small table (tests/fuzz/foods.toml), since the built-in
// one would spend each run on suggestions for unknown names.
#pragma once

#include <memory>

#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food_table.hpp"

namespace vitk::fuzz {

inline const FoodCatalog& catalog() {
  static const std::unique_ptr<FoodTable> table = load_food_table(VITK_FUZZ_FOODS);
  static const FoodCatalog instance = [] {
    FoodCatalog built;
    built.add(table->data());
    return built;
  }();
  return instance;
}

}  // namespace vitk::fuzz
