// Recipes: their values per 100 g from their ingredients, once the tables of a run are loaded.
#include "vitk/intake/recipes.hpp"

#include <fmt/format.h>
#include <map>
#include <set>

#include "vitk/base/error.hpp"
#include "vitk/base/text.hpp"
#include "vitk/intake/meal.hpp"

namespace vitk {

namespace {

class RecipeResolver {
 public:
  RecipeResolver(const std::vector<std::unique_ptr<FoodTable>>& tables, const FoodCatalog& catalog)
      : catalog_(catalog) {
    for (const std::unique_ptr<FoodTable>& table : tables) owners_[&table->data()] = table.get();
  }

  void resolve_all() {
    for (const auto& [data, table] : owners_) {
      for (std::uint32_t i = 0; i < data->foods.size(); ++i) {
        if (data->foods[i].recipe != kNoRecipe) resolve(Food(*data, i));
      }
    }
    if (!errors_.empty()) throw ErrorList(std::move(errors_));
  }

 private:
  enum class State { unvisited, visiting, done };

  /// Resolves `recipe` (and first the recipes it uses); false when it cannot be: an error is then recorded.
  bool resolve(const Food& recipe) {
    State& state = states_[&recipe.record()];
    if (state == State::done) return !failed_.contains(&recipe.record());
    if (state == State::visiting) return false;  // the caller names the cycle
    state = State::visiting;
    path_.push_back(recipe);
    const bool ok = compute(recipe);
    path_.pop_back();
    states_[&recipe.record()] = State::done;
    if (!ok) failed_.insert(&recipe.record());
    return ok;
  }

  std::string cycle_from(const Food& again) const {
    std::vector<std::string> names;
    bool in_cycle = false;
    for (const Food& step : path_) {
      in_cycle = in_cycle || step == again;
      if (in_cycle) names.emplace_back(step.id());
    }
    names.emplace_back(again.id());
    return join(names, " -> ");
  }

  bool compute(const Food& recipe) {
    FoodTable& table = *owners_.at(&recipe.table());
    const RecipeRecord& book = recipe.recipe();
    double grams = 0, k1 = 0, dk = 0, k2 = 0;
    std::array<double, kFormCount> forms{};
    std::uint32_t k1_unknown = UINT32_MAX, k2_unknown = UINT32_MAX;
    bool dk_known = true, ok = true;
    std::array<bool, kFormCount> form_known;
    form_known.fill(true);
    for (std::uint32_t i = 0; i < book.ingredient_count; ++i) {
      const std::uint32_t at = book.first_ingredient + i;
      const IngredientRecord& ingredient = recipe.ingredient(i);
      const SourceLocation where{std::string(recipe.table().name), ingredient.line, ingredient.column};
      Item item;
      try {
        item = parse_item(recipe.ingredient_text(i), where, catalog_);
      } catch (const Error& error) {
        errors_.push_back(error);
        ok = false;
        continue;
      }
      if (item.food.is_recipe()) {
        const State state = states_[&item.food.record()];
        if (state == State::visiting) {
          errors_.emplace_back(ErrorKind::data, where,
                               item.food == recipe
                                   ? fmt::format("recipe '{}' uses itself", recipe.id())
                                   : fmt::format("recipes use one another in a cycle: {}", cycle_from(item.food)));
          ok = false;
          continue;
        }
        if (!resolve(item.food)) {
          ok = false;
          continue;
        }
      }
      IngredientRecord& resolved = table.ingredient(at);
      resolved.table = &item.food.table();
      resolved.food = item.food.index();
      resolved.grams = item.grams;
      // The food's own values, now that any recipe among them is resolved.
      const FoodRecord& food = item.food.record();
      const double factor = item.grams / 100.0;
      grams += item.grams;
      if (const auto v = known(food.k1_ug_per_100g)) k1 += *v * factor; else if (k1_unknown == UINT32_MAX) k1_unknown = i;
      if (const auto v = known(food.k2_ug_per_100g)) k2 += *v * factor; else if (k2_unknown == UINT32_MAX) k2_unknown = i;
      if (const auto v = known(food.dk_ug_per_100g)) dk += *v * factor; else dk_known = false;
      // A food without K2 has none of any form.
      const bool no_k2 = known(food.k2_ug_per_100g) == 0.0;
      for (std::size_t f = 0; f < kFormCount; ++f) {
        if (const auto v = known(food.k2_form_ug_per_100g[f])) {
          forms[f] += *v * factor;
        } else if (!no_k2) {
          form_known[f] = false;
        }
      }
    }
    if (!ok) return false;
    RecipeRecord& record = table.recipe(recipe.record().recipe);
    const double yield = known(record.yield_g).value_or(grams);
    if (grams <= 0) {
      const IngredientRecord& first = recipe.ingredient(0);
      errors_.emplace_back(ErrorKind::data, SourceLocation{std::string(recipe.table().name), first.line, first.column},
                           fmt::format("recipe '{}' weighs nothing (expected ingredients of more than 0 g)",
                                       recipe.id()));
      return false;
    }
    const double per_100g = 100.0 / yield;
    FoodRecord& food = table.recipe_food(recipe.index());
    food.k1_ug_per_100g = k1_unknown == UINT32_MAX ? k1 * per_100g : kUnknown;
    food.k2_ug_per_100g = k2_unknown == UINT32_MAX ? k2 * per_100g : kUnknown;
    food.dk_ug_per_100g = dk_known ? dk * per_100g : kUnknown;
    for (std::size_t f = 0; f < kFormCount; ++f) {
      food.k2_form_ug_per_100g[f] = form_known[f] && k2_unknown == UINT32_MAX ? forms[f] * per_100g : kUnknown;
    }
    food.k2_basis = k2_unknown == UINT32_MAX ? K2Basis::calculated : K2Basis::unstated;
    record.k1_unknown_from = k1_unknown;
    record.k2_unknown_from = k2_unknown;
    record.resolved = true;
    if (record.servings > 0) {
      for (std::uint32_t p = 0; p < food.portion_count; ++p) {
        PortionRecord& portion = table.portion(food.first_portion + p);
        if (recipe.table().str(portion.unit) == "serving") portion.grams = yield / record.servings;
      }
    }
    return true;
  }

  const FoodCatalog& catalog_;
  std::map<const TableData*, FoodTable*> owners_;
  std::map<const FoodRecord*, State> states_;
  std::set<const FoodRecord*> failed_;
  std::vector<Food> path_;
  std::vector<Error> errors_;
};

}  // namespace

void resolve_recipes(const std::vector<std::unique_ptr<FoodTable>>& tables, const FoodCatalog& catalog) {
  bool any = false;
  for (const std::unique_ptr<FoodTable>& table : tables) any = any || table->has_recipes();
  if (!any) return;  // tables without recipes cost nothing more
  RecipeResolver resolver(tables, catalog);
  try {
    resolver.resolve_all();
  } catch (...) {
    catalog.clear_cache();
    throw;
  }
  // The catalog remembered the foods it found with their values, the recipes' still unknown.
  catalog.clear_cache();
}

}  // namespace vitk
