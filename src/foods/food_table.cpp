#include "vitk/foods/food_table.hpp"

#include <fmt/format.h>
#include <thread>

#include "table_reader.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"

namespace vitk {

using table_reader::without_bom;

TextRef TableStorage::add_text(std::string_view value) {
  const TextRef ref{static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(value.size())};
  text.append(value);
  return ref;
}

void TableStorage::append(const TableData& other) {
  const auto base_text = static_cast<std::uint32_t>(text.size());
  const auto base_alias = static_cast<std::uint32_t>(aliases.size());
  const auto base_portion = static_cast<std::uint32_t>(portions.size());
  const auto base_value = static_cast<std::uint32_t>(k2_values.size());
  const auto base_alternative = static_cast<std::uint32_t>(alternatives.size());
  const auto base_recipe = static_cast<std::uint32_t>(recipes.size());
  const auto base_ingredient = static_cast<std::uint32_t>(ingredients.size());
  const auto shift = [&](TextRef ref) { return TextRef{ref.offset + base_text, ref.size}; };
  text.append(other.text);
  for (const TextRef& alias : other.aliases) aliases.push_back(shift(alias));
  for (const PortionRecord& portion : other.portions) portions.push_back(PortionRecord{shift(portion.unit), portion.grams});
  for (const TextRef& alternative : other.alternatives) alternatives.push_back(shift(alternative));
  for (RecipeRecord recipe : other.recipes) {
    recipe.first_ingredient += base_ingredient;
    recipes.push_back(recipe);
  }
  for (IngredientRecord ingredient : other.ingredients) {
    ingredient.text = shift(ingredient.text);
    ingredients.push_back(ingredient);
  }
  for (K2ValueRecord value : other.k2_values) {
    value.source = shift(value.source);
    k2_values.push_back(value);
  }
  for (FoodRecord food : other.foods) {
    food.id = shift(food.id);
    food.name = shift(food.name);
    food.group = shift(food.group);
    food.source = shift(food.source);
    food.k2_source = shift(food.k2_source);
    food.usda = shift(food.usda);
    food.first_alias += base_alias;
    food.first_portion += base_portion;
    food.first_k2_value += base_value;
    food.first_alternative += base_alternative;
    if (food.recipe != kNoRecipe) food.recipe += base_recipe;
    foods.push_back(food);
  }
}

TableData TableStorage::view() const {
  return TableData{name, text, foods, aliases, portions, index, units, k2_values, alternatives, recipes, ingredients};
}

FoodTable::FoodTable(TableStorage storage) : storage_(std::move(storage)), data_(storage_.view()) {}

std::size_t FoodTable::memory_bytes() const {
  const auto bytes = [](const auto& vector) { return vector.capacity() * sizeof(vector[0]); };
  return storage_.name.capacity() + storage_.text.capacity() + bytes(storage_.foods) + bytes(storage_.aliases) +
         bytes(storage_.portions) + bytes(storage_.index) + bytes(storage_.units) + bytes(storage_.k2_values) +
         bytes(storage_.alternatives) + bytes(storage_.recipes) + bytes(storage_.ingredients);
}

std::unique_ptr<FoodTable> parse_plain_food_table(std::string_view text, std::string_view name) {
  TableStorage storage;
  storage.name = std::string(name);
  text = without_bom(text);
  // A big table is read in two halves at once, split where a line starts a food.
  constexpr std::size_t kSplitBytes = 256 * 1024;
  const std::size_t split = text.size() >= kSplitBytes ? text.find("\n[[food]]", text.size() / 2) : std::string_view::npos;
  if (split != std::string_view::npos && std::thread::hardware_concurrency() > 1) {
    TableStorage second;
    bool second_ok = false;
    std::thread reader([&] { second_ok = read_plain_food_table(text.substr(split + 1), second); });
    const bool first_ok = read_plain_food_table(text.substr(0, split + 1), storage);
    reader.join();
    if (!first_ok || !second_ok) return nullptr;
    storage.append(second.view());
  } else if (!read_plain_food_table(text, storage)) {
    return nullptr;
  }
  if (!build_lookup(storage)) return nullptr;
  return std::make_unique<FoodTable>(std::move(storage));
}

std::unique_ptr<FoodTable> parse_food_table(std::string_view text, std::string_view name, std::size_t full_read_limit) {
  if (std::unique_ptr<FoodTable> table = parse_plain_food_table(text, name)) return table;
  const std::string_view body = without_bom(text);
  if (body.size() > full_read_limit) {
    std::vector<Error> errors = table_reader::explain_big_table(body, name, full_read_limit);
    if (!errors.empty()) throw ErrorList(std::move(errors));
  }
  return parse_full_food_table(text, name);
}

std::unique_ptr<FoodTable> load_food_table(const std::string& path, std::size_t max_bytes, std::size_t* file_bytes) {
  const std::string too_large =
      max_bytes == kMaxFoodTableBytes
          ? std::string()
          : fmt::format("the food tables read in one run may hold {} MiB in all, and this one passes that (expected "
                        "fewer or smaller tables)",
                        kMaxFoodTableBytes / (1024 * 1024));
  const std::string text = read_file(path, max_bytes, too_large);
  if (file_bytes != nullptr) *file_bytes = text.size();
  return parse_food_table(text, path == "-" ? "<stdin>" : path);
}

}  // namespace vitk
