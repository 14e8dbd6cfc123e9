#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food.hpp"

namespace vitk {

/// One line per food: id, name, K1 and K2 per 100 g and per serving (`?` where unknown, `-` without a serving).
std::string render_food_table(const std::vector<Food>& foods);

/// Every value, portion and source of one food, and the foods its words may also mean (found in `catalog`).
std::string render_food_details(const Food& food, const FoodCatalog& catalog);

/// `{"foods":[...]}` with every field of each food (see vitk(1), FOODS); unknown values are null.
std::string render_foods_json(const std::vector<Food>& foods);

/// A recipe's ingredients as a JSON array, `scale` times the whole dish: each as written, the food it was read as,
/// its grams and the K1 and K2 it brings (null where unknown).
void append_json_ingredients(std::string& out, const Food& recipe, double scale);

}  // namespace vitk
