#pragma once

#include <memory>
#include <vector>

#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food_table.hpp"

namespace vitk {

/// Works out every recipe of `tables` from its ingredients, read as meal items against `catalog` (which holds
/// every table of the run, so that a recipe may use the foods and recipes of any of them): per 100 g of the dish
/// (its yield_g, or else the weight of its ingredients), K1, dihydrophylloquinone, K2 and each form of it, each
/// known only when every ingredient's is, K2 on the basis `calculated`; and the grams of its serving, when it
/// says how many servings it makes. Throws ErrorList: an ingredient that cannot be read, at its place in its
/// table, and a recipe that uses itself, with the cycle. Clears the catalog's memory of the foods it found.
void resolve_recipes(const std::vector<std::unique_ptr<FoodTable>>& tables, const FoodCatalog& catalog);

}  // namespace vitk
