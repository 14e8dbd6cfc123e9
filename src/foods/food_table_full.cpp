// The full reader of food tables: toml++ reads any valid table, and every error of an invalid one is reported.
#include <algorithm>
#include <fmt/format.h>
#include <toml++/toml.h>
#include <tuple>
#include <unordered_map>

#include "food_rules.hpp"
#include "table_reader.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/base/toml_guard.hpp"
#include "vitk/foods/food_table.hpp"
#include "vitk/foods/units.hpp"

namespace vitk {

namespace table_reader {

std::string duplicate_message(std::string_view what, std::string_view text, std::uint32_t first_line) {
  // `Crème` repeats `creme`: say why, for the two are not the same text.
  const bool folded = std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  return fmt::format("duplicate {} '{}' (already used on line {}{})", what, quote_excerpt(text), first_line,
                     folded ? "; names are compared without case, accents and punctuation" : "");
}

/// The column (from 1) of the byte at `offset` in `line`, counted in characters as toml++ counts them.
std::uint32_t column_at(std::string_view line, std::size_t offset) {
  const std::string_view before = line.substr(0, std::min(offset, line.size()));
  const auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  return static_cast<std::uint32_t>(before.size() - std::count_if(before.begin(), before.end(), continuation) + 1);
}

std::string_view without_bom(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text;
}

}  // namespace table_reader

namespace {

using table_reader::kNoFoods;
using table_reader::duplicate_message;
using rules::kMaxIdBytes;
using rules::kMaxNdbBytes;
using rules::kMaxSourceBytes;
using rules::kMaxTextBytes;
using rules::kMaxK2Values;
using rules::kMaxUnitBytes;

std::string_view type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::none: break;
  }
  return "nothing";
}

std::string_view form_list() { return "mk4, mk5, mk6, mk7, mk8, mk9, mk9_4h, mk10, mk11, mk12, mk13 or total"; }

class FoodTableBuilder {
 public:
  FoodTableBuilder(std::string_view text, std::string_view name) : text_(text), name_(name) {
    storage_.name = std::string(name);
  }

  /// The text is a part of a table that starts after `line_offset` lines; `cut`: the table goes on after it,
  /// so its last food may go on too, and a table without foods may have them elsewhere. `used_before`: the
  /// sorted hashes (std::hash) of the normalized ids and aliases of the foods before the part.
  FoodTableBuilder(std::string_view text, std::string_view name, std::uint32_t line_offset, bool cut,
                   const std::vector<std::size_t>& used_before)
      : FoodTableBuilder(text, name) {
    line_offset_ = line_offset;
    cut_ = cut;
    used_before_ = &used_before;
  }

  std::unique_ptr<FoodTable> build() {
    toml::table root;
    try {
      root = parse_guarded_toml(text_, name_);
    } catch (const ErrorList& list) {
      if (line_offset_ == 0) throw;
      std::vector<Error> errors;
      for (const Error& error : list.errors()) {
        SourceLocation place = error.where();
        place.line += line_offset_;
        errors.emplace_back(error.kind(), place, error.what());
      }
      throw ErrorList(std::move(errors));
    }
    read_root(root);
    if (!errors_.empty()) {
      // toml++ keeps keys sorted, not in file order: report in file order.
      std::stable_sort(errors_.begin(), errors_.end(), [](const Error& a, const Error& b) {
        return std::tie(a.where().line, a.where().column) < std::tie(b.where().line, b.where().column);
      });
      throw ErrorList(std::move(errors_));
    }
    build_lookup(storage_);
    return std::make_unique<FoodTable>(std::move(storage_));
  }

 private:
  SourceLocation where(const toml::source_region& region) const {
    return SourceLocation{std::string(name_), region.begin.line + line_offset_, region.begin.column};
  }

  void fail(const toml::source_region& region, std::string message) {
    errors_.emplace_back(ErrorKind::data, where(region), message);
  }

  void read_root(const toml::table& root) {
    for (auto&& [key, node] : root) {
      if (key.str() != "food" && key.str() != "recipe") {
        fail(key.source(), fmt::format("unknown key '{}' (expected [[food]] or [[recipe]] tables)",
                                       quote_excerpt(key.str())));
      }
    }
    const toml::node* foods = root.get("food");
    const toml::node* recipes = root.get("recipe");
    if (recipes != nullptr) {
      if (const toml::array* list = recipes->as_array()) {
        for (const toml::node& element : *list) {
          if (const toml::table* recipe = element.as_table()) {
            read_recipe(*recipe);
          } else {
            fail(element.source(), fmt::format("a recipe is {} (expected a table)", type_name(element)));
          }
        }
      } else {
        fail(recipes->source(), fmt::format("'recipe' is {} (expected [[recipe]] tables)", type_name(*recipes)));
      }
      if (foods == nullptr) return;  // a table of recipes alone
    }
    if (foods == nullptr) {
      if (cut_) return;
      errors_.emplace_back(ErrorKind::data, SourceLocation{std::string(name_), 1, 1},
                           std::string(kNoFoods));
      return;
    }
    const toml::array* list = foods->as_array();
    if (list == nullptr) {
      if (cut_) return;  // what follows the part may make it something else, or an error of its own
      fail(foods->source(), fmt::format("'food' is {} (expected [[food]] tables)", type_name(*foods)));
      return;
    }
    for (const toml::node& element : *list) {
      complete_ = !cut_ || &element != &list->back();
      const toml::table* food = element.as_table();
      if (food == nullptr) {
        if (cut_) continue;
        fail(element.source(), fmt::format("a food is {} (expected a table)", type_name(element)));
        continue;
      }
      read_food(*food);
    }
  }

  /// `multiline` allows line breaks and tabs (in sources), never other control characters.
  std::optional<TextRef> read_text(const toml::node& node, std::string_view key, std::size_t max_bytes,
                                   bool multiline = false) {
    const auto* text = node.as_string();
    if (text == nullptr) {
      fail(node.source(), fmt::format("'{}' is {} (expected a string)", key, type_name(node)));
      return std::nullopt;
    }
    const std::string& value = text->get();
    switch (rules::check_text(value, max_bytes, multiline)) {
      case rules::TextProblem::empty:
        fail(node.source(), fmt::format("'{}' is empty", key));
        return std::nullopt;
      case rules::TextProblem::too_long:
        fail(node.source(), fmt::format("'{}' is longer than {} bytes", key, max_bytes));
        return std::nullopt;
      case rules::TextProblem::control:
        fail(node.source(), fmt::format("'{}' contains a control character", key));
        return std::nullopt;
      case rules::TextProblem::none:
        break;
    }
    return storage_.add_text(value);
  }

  std::string_view str(TextRef ref) const { return std::string_view(storage_.text).substr(ref.offset, ref.size); }

  std::optional<double> read_number(const toml::node& node, std::string_view what, double max, bool zero_ok) {
    double value = 0;
    std::string shown;  // the number as the message quotes it
    if (const auto* integer = node.as_integer()) {
      value = static_cast<double>(integer->get());
      shown = fmt::format("{}", integer->get());
    } else if (const auto* floating = node.as_floating_point()) {
      value = floating->get();
      shown = fmt::format("{}", value);
    } else {
      fail(node.source(), fmt::format("{} is {} (expected a number)", what, type_name(node)));
      return std::nullopt;
    }
    switch (rules::check_number(value, max, zero_ok)) {
      case rules::NumberProblem::not_finite:
        fail(node.source(), fmt::format("{} is {} (expected a finite number)", what, shown));
        return std::nullopt;
      case rules::NumberProblem::too_small:
        fail(node.source(),
             fmt::format("{} is {} (expected a number {} 0)", what, shown, zero_ok ? "of at least" : "above"));
        return std::nullopt;
      case rules::NumberProblem::too_large:
        fail(node.source(), fmt::format("{} is {} (expected at most {})", what, shown, max));
        return std::nullopt;
      case rules::NumberProblem::none:
        break;
    }
    return value;
  }

  void read_k2(const toml::node& node, FoodRecord& food) {
    const toml::table* forms = node.as_table();
    if (forms == nullptr) {
      fail(node.source(), fmt::format("'k2' is {} (expected a table of forms such as {{ mk7 = 939.0 }})",
                                      type_name(node)));
      return;
    }
    // `k2 = {}` names no form: K2 is unknown, as when k2 is left out.
    if (forms->empty()) return;
    double sum = 0;
    bool any_form = false;
    std::optional<double> total;
    for (auto&& [key, value] : *forms) {
      const std::string_view form = key.str();
      const std::string what = fmt::format("k2.{}", quote_excerpt(form));
      if (form == "total") {
        total = read_number(value, what, kMaxUgPer100g, true);
        continue;
      }
      const std::optional<std::size_t> index = rules::form_index(form);
      if (!index) {
        fail(key.source(), fmt::format("unknown K2 form '{}' (expected {})", quote_excerpt(form), form_list()));
        continue;
      }
      if (auto amount = read_number(value, what, kMaxUgPer100g, true)) {
        food.k2_form_ug_per_100g[*index] = *amount;
        sum += *amount;
        any_form = true;
      }
    }
    if (total && any_form && *total + 1e-9 < sum) {
      fail(node.source(), fmt::format("k2.total is {} but its forms add up to {} (expected a total at least "
                                      "the sum of the forms)",
                                      *total, sum));
      return;
    }
    if (total) {
      food.k2_ug_per_100g = *total;
    } else if (any_form) {
      food.k2_ug_per_100g = sum;
    }
  }

  void read_portions(const toml::node& node, FoodRecord& food) {
    const toml::table* portions = node.as_table();
    if (portions == nullptr) {
      fail(node.source(), fmt::format("'portions' is {} (expected a table such as {{ cup = 30, serving = 85 }})",
                                      type_name(node)));
      return;
    }
    food.first_portion = static_cast<std::uint32_t>(storage_.portions.size());
    for (auto&& [key, value] : *portions) {
      const std::string_view unit = key.str();
      std::string spelling;
      const rules::PortionProblem problem = rules::check_portion_name(unit, spelling);
      if (problem == rules::PortionProblem::invalid_name) {
        fail(key.source(), fmt::format("portion name '{}' is not valid (expected lower-case letters, digits and "
                                       "'-', starting with a letter, at most {} bytes)",
                                       quote_excerpt(unit), kMaxUnitBytes));
        continue;
      }
      if (problem == rules::PortionProblem::mass_unit) {
        fail(key.source(), fmt::format("portion '{}' is a mass unit (masses are built in: {})", unit,
                                       mass_unit_list()));
        continue;
      }
      if (problem == rules::PortionProblem::spelling) {
        fail(key.source(), fmt::format("portion '{}' is spelled '{}' in food tables (singular, abbreviated as "
                                       "vitk-foods(5) lists)",
                                       unit, spelling));
        continue;
      }
      if (auto grams = read_number(value, fmt::format("portions.{}", unit), kMaxPortionGrams, false)) {
        storage_.portions.push_back(PortionRecord{storage_.add_text(unit), *grams});
      }
    }
    food.portion_count = static_cast<std::uint32_t>(storage_.portions.size()) - food.first_portion;
  }

  void read_aliases(const toml::node& node, FoodRecord& food) {
    const toml::array* aliases = node.as_array();
    if (aliases == nullptr) {
      fail(node.source(), fmt::format("'aliases' is {} (expected an array of strings)", type_name(node)));
      return;
    }
    food.first_alias = static_cast<std::uint32_t>(storage_.aliases.size());
    for (const toml::node& alias : *aliases) {
      if (auto text = read_text(alias, "alias", kMaxTextBytes)) {
        if (!rules::names_something(str(*text))) {
          fail(alias.source(), fmt::format("alias '{}' is only blanks, '-', '_' and ',' (expected a name to look "
                                           "the food up by)",
                                           quote_excerpt(str(*text))));
        } else if (claim_key(str(*text), alias.source(), "alias")) {
          storage_.aliases.push_back(*text);
        }
      }
    }
    food.alias_count = static_cast<std::uint32_t>(storage_.aliases.size()) - food.first_alias;
  }

  /// Ids and aliases name one food each within a table.
  bool claim_key(std::string_view text, const toml::source_region& region, std::string_view what) {
    std::string key = normalize_key(text);
    // A key that a food before the part uses: the full reader says so, with the line of that use, which the
    // part does not know. It is left out of the part's errors (which need not be all of them).
    if (used_before_ != nullptr &&
        std::binary_search(used_before_->begin(), used_before_->end(), std::hash<std::string>{}(key))) {
      return false;
    }
    const auto [it, inserted] = claimed_.try_emplace(std::move(key), region.begin.line + line_offset_);
    if (!inserted) {
      fail(region, duplicate_message(what, text, it->second));
    }
    return inserted;
  }

  void read_food(const toml::table& table) {
    FoodRecord food;
    const std::size_t errors_before = errors_.size();
    bool has_k2 = false;
    const toml::node* k2_source = nullptr;
    const toml::node* k2_basis = nullptr;
    const toml::node* k2_measured = nullptr;
    const toml::node* k2_values = nullptr;
    // The id first, so that an alias repeating it is the one reported (toml++ keeps keys sorted).
    if (const toml::node* node = table.get("id")) {
      if (auto id = read_text(*node, "id", kMaxIdBytes)) {
        if (!rules::valid_id(str(*id))) {
          fail(node->source(), fmt::format("id '{}' is not valid (expected lower-case letters, digits and '-')",
                                           quote_excerpt(str(*id))));
        } else if (claim_key(str(*id), node->source(), "id")) {
          food.id = *id;
        }
      }
    }
    for (auto&& [key, node] : table) {
      const std::string_view name = key.str();
      if (name == "id") {
        continue;
      } else if (name == "name") {
        if (auto text = read_text(node, "name", kMaxTextBytes)) food.name = *text;
      } else if (name == "aliases") {
        read_aliases(node, food);
      } else if (name == "group") {
        if (auto text = read_text(node, "group", kMaxTextBytes)) food.group = *text;
      } else if (name == "k1") {
        food.k1_ug_per_100g = read_number(node, "k1", kMaxUgPer100g, true).value_or(kUnknown);
      } else if (name == "dk") {
        food.dk_ug_per_100g = read_number(node, "dk", kMaxUgPer100g, true).value_or(kUnknown);
      } else if (name == "k2") {
        has_k2 = true;
        read_k2(node, food);
      } else if (name == "portions") {
        read_portions(node, food);
      } else if (name == "source") {
        if (auto text = read_text(node, "source", kMaxSourceBytes, true)) food.source = *text;
      } else if (name == "usda") {
        if (auto text = read_text(node, "usda", kMaxNdbBytes)) {
          const std::string_view ndb = str(*text);
          if (!rules::valid_ndb(ndb)) {
            fail(node.source(), fmt::format("usda '{}' is not an NDB number (expected 5 digits such as \"11457\")",
                                            quote_excerpt(ndb)));
          } else {
            food.usda = *text;
          }
        }
      } else if (name == "k2_source") {
        k2_source = &node;
        if (auto text = read_text(node, "k2_source", kMaxSourceBytes, true)) food.k2_source = *text;
      } else if (name == "k2_basis") {
        k2_basis = &node;
        if (auto basis = read_basis(node, "k2_basis")) food.k2_basis = *basis;
      } else if (name == "k2_measured") {
        k2_measured = &node;
        read_measured(node, food);
      } else if (name == "k2_value") {
        k2_values = &node;
      } else if (name == "alternatives") {
        read_alternatives(node, food);
      } else {
        fail(key.source(), fmt::format("unknown key '{}' (expected id, name, aliases, group, k1, dk, k2, portions, "
                                       "source, k2_source, k2_basis, k2_measured, k2_value, alternatives or usda)",
                                       quote_excerpt(name)));
      }
    }
    // The values after the food's K2, which the values marked `used` must hold.
    if (k2_values != nullptr) read_values(*k2_values, food, has_k2);
    if (!complete_) return;  // the rest of it is after the cut
    for (const auto& [node, key] : {std::pair{k2_source, "k2_source"}, std::pair{k2_basis, "k2_basis"},
                                    std::pair{k2_measured, "k2_measured"}}) {
      if (node != nullptr && !has_k2) fail(node->source(), fmt::format("'{}' without 'k2'", key));
    }
    for (std::string_view required : {"id", "name", "source"}) {
      if (!table.contains(required)) {
        fail(table.source(), fmt::format("food{} has no '{}' (required)", describe(food), required));
      }
    }
    if (errors_.size() == errors_before) storage_.foods.push_back(food);
  }

  void read_alternatives(const toml::node& node, FoodRecord& food) {
    const toml::array* ids = node.as_array();
    if (ids == nullptr) {
      fail(node.source(), fmt::format("'alternatives' is {} (expected an array of food ids)", type_name(node)));
      return;
    }
    food.first_alternative = static_cast<std::uint32_t>(storage_.alternatives.size());
    for (const toml::node& element : *ids) {
      const auto* text = element.as_string();
      if (text == nullptr || !rules::valid_id(text->get())) {
        fail(element.source(), text == nullptr
                                   ? fmt::format("an alternative is {} (expected a food id)", type_name(element))
                                   : fmt::format("alternative '{}' is not a food id (expected lower-case letters, "
                                                 "digits and '-')",
                                                 quote_excerpt(text->get())));
        continue;
      }
      if (storage_.alternatives.size() - food.first_alternative == rules::kMaxAlternatives) {
        fail(element.source(), fmt::format("more than {} alternatives", rules::kMaxAlternatives));
        return;
      }
      storage_.alternatives.push_back(storage_.add_text(text->get()));
    }
    food.alternative_count = static_cast<std::uint8_t>(storage_.alternatives.size() - food.first_alternative);
  }

  /// `[[recipe]]`: a dish made of the foods of the loaded tables, resolved once every table of a run is read.
  void read_recipe(const toml::table& table) {
    FoodRecord food;
    RecipeRecord recipe;
    const std::size_t errors_before = errors_.size();
    if (const toml::node* node = table.get("id")) {
      if (auto id = read_text(*node, "id", kMaxIdBytes)) {
        if (!rules::valid_id(str(*id))) {
          fail(node->source(), fmt::format("id '{}' is not valid (expected lower-case letters, digits and '-')",
                                           quote_excerpt(str(*id))));
        } else if (claim_key(str(*id), node->source(), "id")) {
          food.id = *id;
        }
      }
    }
    const toml::node* servings = nullptr;
    for (auto&& [key, node] : table) {
      const std::string_view name = key.str();
      if (name == "id") {
        continue;
      } else if (name == "name") {
        if (auto text = read_text(node, "name", kMaxTextBytes)) food.name = *text;
      } else if (name == "aliases") {
        read_aliases(node, food);
      } else if (name == "group") {
        if (auto text = read_text(node, "group", kMaxTextBytes)) food.group = *text;
      } else if (name == "source") {
        if (auto text = read_text(node, "source", kMaxSourceBytes, true)) food.source = *text;
      } else if (name == "portions") {
        read_portions(node, food);
      } else if (name == "ingredients") {
        read_ingredients(node, recipe);
      } else if (name == "servings") {
        servings = &node;
        if (auto count = read_number(node, "servings", rules::kMaxServings, false)) recipe.servings = *count;
      } else if (name == "yield_g") {
        if (auto grams = read_number(node, "yield_g", kMaxRecipeGrams, false)) recipe.yield_g = *grams;
      } else {
        fail(key.source(), fmt::format("unknown key '{}' in a recipe (expected id, name, aliases, group, "
                                       "ingredients, servings, yield_g, portions or source)",
                                       quote_excerpt(name)));
      }
    }
    for (std::string_view required : {"id", "name", "ingredients"}) {
      if (!table.contains(required)) {
        fail(table.source(), fmt::format("recipe{} has no '{}' (required)", describe(food), required));
      }
    }
    if (servings != nullptr && recipe.servings > 0) {
      for (std::uint32_t i = 0; i < food.portion_count; ++i) {
        if (str(storage_.portions[food.first_portion + i].unit) == "serving") {
          fail(servings->source(), "'servings' and a 'serving' portion (expected one of them)");
        }
      }
      // The serving of a dish that makes `servings` of them: its grams come when the recipe is resolved.
      if (food.portion_count == 0) food.first_portion = static_cast<std::uint32_t>(storage_.portions.size());
      if (food.first_portion + food.portion_count == storage_.portions.size()) {
        storage_.portions.push_back(PortionRecord{storage_.add_text("serving"), kUnknown});
        ++food.portion_count;
      }
    }
    if (food.source.size == 0) food.source = storage_.add_text("a recipe: its values come from its ingredients");
    if (errors_.size() != errors_before) return;
    food.recipe = static_cast<std::uint32_t>(storage_.recipes.size());
    storage_.recipes.push_back(recipe);
    storage_.foods.push_back(food);
  }

  void read_ingredients(const toml::node& node, RecipeRecord& recipe) {
    const toml::array* items = node.as_array();
    if (items == nullptr || items->empty()) {
      fail(node.source(), items == nullptr
                              ? fmt::format("'ingredients' is {} (expected an array of meal items such as "
                                            "[\"2 eggs\", \"spinach 1 cup\"])",
                                            type_name(node))
                              : std::string("'ingredients' is empty (expected at least one meal item)"));
      return;
    }
    recipe.first_ingredient = static_cast<std::uint32_t>(storage_.ingredients.size());
    for (const toml::node& element : *items) {
      if (auto text = read_text(element, "ingredient", kMaxTextBytes)) {
        // Where the item starts: after the string's opening quote.
        storage_.ingredients.push_back(IngredientRecord{*text, element.source().begin.line + line_offset_,
                                                        element.source().begin.column + 1});
      }
    }
    recipe.ingredient_count = static_cast<std::uint32_t>(storage_.ingredients.size()) - recipe.first_ingredient;
  }

  std::optional<K2Basis> read_basis(const toml::node& node, std::string_view what) {
    const auto* text = node.as_string();
    if (text == nullptr) {
      fail(node.source(), fmt::format("'{}' is {} (expected a string: {})", what, type_name(node), rules::kBasisList));
      return std::nullopt;
    }
    const std::optional<K2Basis> basis = rules::parse_basis(text->get());
    if (!basis) {
      fail(node.source(), fmt::format("{} '{}' is not known (expected {})", what, quote_excerpt(text->get()),
                                      rules::kBasisList));
    }
    return basis;
  }

  void read_measured(const toml::node& node, FoodRecord& food) {
    const toml::array* forms = node.as_array();
    if (forms == nullptr) {
      fail(node.source(), fmt::format("'k2_measured' is {} (expected an array of K2 forms such as [\"mk4\", "
                                      "\"mk7\"])",
                                      type_name(node)));
      return;
    }
    for (const toml::node& element : *forms) {
      const auto* text = element.as_string();
      const std::optional<std::size_t> form = text != nullptr ? rules::form_index(text->get()) : std::nullopt;
      if (!form) {
        fail(element.source(), text == nullptr ? fmt::format("a form in k2_measured is {} (expected a string)",
                                                             type_name(element))
                                               : fmt::format("unknown K2 form '{}' in k2_measured (expected {})",
                                                             quote_excerpt(text->get()), form_list()));
        continue;
      }
      const auto bit = static_cast<std::uint16_t>(1u << *form);
      if (food.k2_measured & bit) {
        fail(element.source(), fmt::format("k2_measured names '{}' twice", kFormKeys[*form]));
      }
      food.k2_measured |= bit;
    }
  }

  /// `[[food.k2_value]]`: every value a source gives for the food's K2.
  void read_values(const toml::node& node, FoodRecord& food, bool has_k2) {
    const toml::array* values = node.as_array();
    if (values == nullptr) {
      fail(node.source(), fmt::format("'k2_value' is {} (expected [[food.k2_value]] tables)", type_name(node)));
      return;
    }
    food.first_k2_value = static_cast<std::uint32_t>(storage_.k2_values.size());
    for (const toml::node& element : *values) {
      const toml::table* table = element.as_table();
      if (table == nullptr) {
        fail(element.source(), fmt::format("a k2_value is {} (expected a table)", type_name(element)));
        continue;
      }
      if (storage_.k2_values.size() - food.first_k2_value == kMaxK2Values) {
        fail(element.source(), fmt::format("more than {} k2_value tables in one food", kMaxK2Values));
        return;
      }
      // The last value of a food that the cut splits may go on after the cut.
      read_value(*table, food, has_k2, complete_ || &element != &values->back());
    }
    food.k2_value_count = static_cast<std::uint16_t>(storage_.k2_values.size() - food.first_k2_value);
  }

  /// `complete`: the table holds all of the value's keys, so those missing are missing.
  void read_value(const toml::table& table, const FoodRecord& food, bool has_k2, bool complete) {
    K2ValueRecord value;
    const std::size_t errors_before = errors_.size();
    const toml::node* used = nullptr;
    for (auto&& [key, node] : table) {
      const std::string_view name = key.str();
      if (name == "source") {
        if (auto text = read_text(node, "source", kMaxSourceBytes)) value.source = *text;
      } else if (name == "form") {
        const auto* text = node.as_string();
        const std::optional<std::uint8_t> form = text != nullptr ? rules::value_form(text->get()) : std::nullopt;
        if (form) {
          value.form = *form;
        } else {
          fail(node.source(), fmt::format("k2_value form {} (expected {} or vitamin_k)",
                                          text != nullptr ? fmt::format("'{}' is not known", quote_excerpt(text->get()))
                                                          : fmt::format("is {}", type_name(node)),
                                          form_list()));
        }
      } else if (name == "ug") {
        if (auto ug = read_number(node, "k2_value ug", kMaxUgPer100g, true)) value.ug_per_100g = *ug;
      } else if (name == "basis") {
        if (auto basis = read_basis(node, "k2_value basis")) value.basis = *basis;
      } else if (name == "used") {
        used = &node;
        if (const auto* flag = node.as_boolean()) {
          value.used = flag->get();
        } else {
          fail(node.source(), fmt::format("k2_value used is {} (expected true or false)", type_name(node)));
        }
      } else {
        fail(key.source(), fmt::format("unknown key '{}' in a k2_value (expected source, form, ug, basis or used)",
                                       quote_excerpt(name)));
      }
    }
    if (!complete) return;
    for (std::string_view required : {"source", "form", "ug", "basis"}) {
      if (!table.contains(required)) fail(table.source(), fmt::format("k2_value has no '{}' (required)", required));
    }
    if (errors_.size() == errors_before && value.used && !rules::used_value_matches(food, value.form, value.ug_per_100g)) {
      fail(used->source(),
           value.form == kValueVitaminK
               ? std::string("a total vitamin K value is an upper bound of K2, never its value (expected no 'used')")
           : !has_k2 ? std::string("k2_value is marked used, but the food has no 'k2'")
                     : fmt::format("k2_value {} {} is marked used, but the food's k2 {} differs",
                                   value_form_key(value.form), format_trimmed(value.ug_per_100g, 3),
                                   value.form == kValueTotalK2 ? std::string("total") : std::string(value_form_key(value.form))));
    }
    if (errors_.size() == errors_before) storage_.k2_values.push_back(value);
  }

  std::string describe(const FoodRecord& food) const {
    return food.id.size == 0 ? std::string() : fmt::format(" '{}'", str(food.id));
  }

  std::string_view text_;
  std::string_view name_;
  std::uint32_t line_offset_ = 0;
  const std::vector<std::size_t>* used_before_ = nullptr;
  bool cut_ = false;
  bool complete_ = true;  // the food being read is complete in the text
  TableStorage storage_;
  std::vector<Error> errors_;
  std::unordered_map<std::string, std::uint32_t> claimed_;
};

}  // namespace

void table_reader::read_table_part(std::string_view part, std::string_view name, std::uint32_t line_offset, bool cut,
                                   const std::vector<std::size_t>& used_before) {
  FoodTableBuilder(part, name, line_offset, cut, used_before).build();
}

std::unique_ptr<FoodTable> parse_full_food_table(std::string_view text, std::string_view name) {
  return FoodTableBuilder(table_reader::without_bom(text), name).build();
}

}  // namespace vitk
