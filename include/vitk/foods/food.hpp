#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>

namespace vitk {

/// Menaquinone forms, MK-4 to MK-13 and tetrahydro-MK-9 (MK-9(4H), the main K2 of cheeses ripened with
/// propionibacteria such as Emmental), in this order everywhere (tables, reports, JSON, CSV).
inline constexpr std::size_t kFormCount = 11;
inline constexpr std::array<std::string_view, kFormCount> kFormKeys = {
    "mk4", "mk5", "mk6", "mk7", "mk8", "mk9", "mk9_4h", "mk10", "mk11", "mk12", "mk13"};
inline constexpr std::array<std::string_view, kFormCount> kFormLabels = {
    "MK-4", "MK-5", "MK-6", "MK-7", "MK-8", "MK-9", "MK-9(4H)", "MK-10", "MK-11", "MK-12", "MK-13"};

using FormValues = std::array<std::optional<double>, kFormCount>;

/// Limits of the food-table format (see vitk-foods(5)).
inline constexpr double kMaxUgPer100g = 10000.0;
inline constexpr double kMaxPortionGrams = 10000.0;
inline constexpr double kMaxRecipeGrams = 100000.0;

// A table is stored without pointers: every string is an offset into one block of text. The built-in table is
// therefore plain constant data that the program can use without relocating or copying anything at start-up.

struct TextRef {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

struct PortionRecord {
  TextRef unit;
  double grams = 0;
};

/// How a K2 value is known (vitk-foods(5)): measured in a laboratory on this food, taken from a national table
/// without per-value codes, calculated from sourced components (a recipe), or imputed by a stated rule from
/// another food. `unstated` when the table does not say (a user's own food).
enum class K2Basis : std::uint8_t { unstated, analysed, compiled, calculated, imputed };
inline constexpr std::size_t kBasisCount = 5;
inline constexpr std::array<std::string_view, kBasisCount> kBasisNames = {"unstated", "analysed", "compiled",
                                                                          "calculated", "imputed"};

/// What a value of the K2 evidence of a food is of: a form (an index into kFormKeys), total K2, or total vitamin
/// K, K1 included (an upper bound of K2, never used as K2).
inline constexpr std::uint8_t kValueTotalK2 = kFormCount;
inline constexpr std::uint8_t kValueVitaminK = kFormCount + 1;

/// One value a source gives for the K2 of a food: the spread that `vitk foods show` lists.
struct K2ValueRecord {
  TextRef source;
  double ug_per_100g = 0;
  std::uint8_t form = kValueTotalK2;
  K2Basis basis = K2Basis::unstated;
  bool used = false;  ///< the food's K2 holds this value
};

struct TableData;

/// An ingredient of a recipe: a meal item as written, where (line and column of its string in the table), and,
/// once the recipes of a run are resolved, the food and grams it was read as.
struct IngredientRecord {
  TextRef text;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  const TableData* table = nullptr;  ///< the food's table, once resolved (tables read at run time only)
  std::uint32_t food = 0;
  double grams = 0;
};

inline constexpr std::uint32_t kNoRecipe = UINT32_MAX;

/// How a recipe ([[recipe]] of a table) is made: its ingredients, how many servings it makes (0: not said),
/// and its weight after cooking (unknown: the sum of the ingredients'), with, once resolved, the ingredient
/// whose K1 or K2 is unknown, if any (kNoIngredient).
struct RecipeRecord {
  std::uint32_t first_ingredient = 0;
  std::uint32_t ingredient_count = 0;
  double servings = 0;
  double yield_g = std::numeric_limits<double>::quiet_NaN();
  std::uint32_t k1_unknown_from = UINT32_MAX;
  std::uint32_t k2_unknown_from = UINT32_MAX;
  bool resolved = false;
};

/// How a record stores "unknown": not a number, which a table can never hold (the loader refuses it).
inline constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

constexpr std::optional<double> known(double stored) {
  return stored == stored ? std::optional<double>(stored) : std::nullopt;  // NaN is the one value unequal to itself
}

/// One food; all values in µg per 100 g. An unknown value (kUnknown) is never zero.
struct FoodRecord {
  TextRef id;
  TextRef name;
  TextRef group;
  TextRef source;
  TextRef k2_source;
  TextRef usda;  ///< the USDA SR28 NDB number its USDA values come from, or empty
  std::uint32_t first_alias = 0;
  std::uint32_t alias_count = 0;
  std::uint32_t first_portion = 0;
  std::uint32_t portion_count = 0;
  std::uint32_t first_k2_value = 0;
  std::uint16_t k2_value_count = 0;
  std::uint16_t k2_measured = 0;  ///< the forms the method behind K2 measured: bit i for kFormKeys[i]
  K2Basis k2_basis = K2Basis::unstated;
  std::uint8_t alternative_count = 0;
  /// The values are per 1 of an item's quantity, not per 100 g: a row of an export whose weight is not known
  /// (`1 capsule`), holding the export's own figure.
  bool values_per_item = false;
  std::uint32_t first_alternative = 0;
  std::uint32_t recipe = kNoRecipe;  ///< into TableData::recipes, for a recipe
  double k1_ug_per_100g = kUnknown;
  double dk_ug_per_100g = kUnknown;
  double k2_ug_per_100g = kUnknown;  ///< the stated total, or else the sum of the known forms
  std::array<double, kFormCount> k2_form_ug_per_100g{kUnknown, kUnknown, kUnknown, kUnknown, kUnknown, kUnknown,
                                                     kUnknown, kUnknown, kUnknown, kUnknown, kUnknown};
};

/// How a lookup key names its food; earlier kinds win over later ones.
enum class KeyKind : std::uint8_t { id, alias, name };

/// A normalized lookup key (see normalize_key). `derived` keys are the singular of a plural key.
struct KeyRecord {
  TextRef key;
  std::uint32_t food = 0;
  KeyKind kind = KeyKind::id;
  bool derived = false;
};

/// The storage of one food table. `index` is sorted by (key, derived, kind, food); `units` is the sorted set
/// of all portion names.
struct TableData {
  std::string_view name;
  std::string_view text;
  std::span<const FoodRecord> foods;
  std::span<const TextRef> aliases;
  std::span<const PortionRecord> portions;
  std::span<const KeyRecord> index;
  std::span<const TextRef> units;
  std::span<const K2ValueRecord> k2_values;
  std::span<const TextRef> alternatives;
  std::span<const RecipeRecord> recipes;
  std::span<const IngredientRecord> ingredients;

  std::string_view str(TextRef ref) const { return text.substr(ref.offset, ref.size); }
};

/// Grams in one household unit of a food (`cup` = 30 g of raw spinach).
struct Portion {
  std::string_view unit;
  double grams = 0;
};

/// A value of a food's K2 evidence, as K2ValueRecord with its text.
struct K2Value {
  std::string_view source;
  double ug_per_100g = 0;
  std::uint8_t form = kValueTotalK2;
  K2Basis basis = K2Basis::unstated;
  bool used = false;
};

/// The name of a value's form: `mk7`, `total` or `vitamin_k` (as in tables and JSON).
std::string_view value_form_key(std::uint8_t form);
/// The same for people: `MK-7`, `total K2`, `total vitamin K (K1 included)`.
std::string_view value_form_label(std::uint8_t form);

/// A food of a table: a small handle, valid as long as the table it points into.
class Food {
 public:
  Food() = default;
  Food(const TableData& table, std::uint32_t index) : table_(&table), index_(index) {}

  std::string_view id() const { return table_->str(record().id); }
  std::string_view name() const { return table_->str(record().name); }
  std::string_view group() const { return table_->str(record().group); }
  std::string_view source() const { return table_->str(record().source); }
  /// Where the K2 values come from, when that differs from source().
  std::string_view k2_source() const { return table_->str(record().k2_source); }
  /// The USDA SR28 food (NDB number, `11457`) this food takes its USDA values from, or empty. Lists and
  /// searches show such a food in place of the USDA table's own entry, `usda-11457`.
  std::string_view usda() const { return table_->str(record().usda); }

  std::size_t alias_count() const { return record().alias_count; }
  std::string_view alias(std::size_t i) const { return table_->str(table_->aliases[record().first_alias + i]); }
  std::size_t portion_count() const { return record().portion_count; }
  Portion portion(std::size_t i) const;
  std::optional<Portion> find_portion(std::string_view unit) const;
  std::optional<Portion> default_portion() const { return find_portion("serving"); }

  std::optional<double> k1_ug_per_100g() const { return known(record().k1_ug_per_100g); }
  /// Dihydrophylloquinone: reported, but counted in neither K1 nor K2.
  std::optional<double> dk_ug_per_100g() const { return known(record().dk_ug_per_100g); }
  std::optional<double> k2_ug_per_100g() const { return known(record().k2_ug_per_100g); }
  std::optional<double> k2_form_ug_per_100g(std::size_t form) const {
    return known(record().k2_form_ug_per_100g[form]);
  }

  /// How K2 is known, and which forms the method measured (bit i for kFormKeys[i]; 0 when not stated).
  K2Basis k2_basis() const { return record().k2_basis; }
  std::uint16_t k2_measured() const { return record().k2_measured; }
  std::size_t k2_value_count() const { return record().k2_value_count; }
  /// The ids of foods that the words naming this one often mean too, when their vitamin K differs widely
  /// (`lettuce`: iceberg, romaine).
  std::size_t alternative_count() const { return record().alternative_count; }
  std::string_view alternative(std::size_t i) const {
    return table_->str(table_->alternatives[record().first_alternative + i]);
  }
  K2Value k2_value(std::size_t i) const;

  /// A dish made of other foods ([[recipe]]), whose values come from its ingredients.
  bool is_recipe() const { return record().recipe != kNoRecipe; }
  const RecipeRecord& recipe() const { return table_->recipes[record().recipe]; }
  std::size_t ingredient_count() const { return is_recipe() ? recipe().ingredient_count : 0; }
  const IngredientRecord& ingredient(std::size_t i) const {
    return table_->ingredients[recipe().first_ingredient + i];
  }
  std::string_view ingredient_text(std::size_t i) const { return table_->str(ingredient(i).text); }
  /// The food ingredient `i` was read as, once the recipes of the run are resolved.
  std::optional<Food> ingredient_food(std::size_t i) const {
    const IngredientRecord& record = ingredient(i);
    if (record.table == nullptr) return std::nullopt;
    return Food(*record.table, record.food);
  }
  /// The weight of the dish once cooked: its yield_g, or else the weight of its ingredients (once resolved).
  double recipe_grams() const;

  const TableData& table() const { return *table_; }
  std::uint32_t index() const { return index_; }
  const FoodRecord& record() const { return table_->foods[index_]; }
  bool valid() const { return table_ != nullptr; }

  friend bool operator==(const Food& a, const Food& b) { return a.table_ == b.table_ && a.index_ == b.index_; }

 private:
  const TableData* table_ = nullptr;
  std::uint32_t index_ = 0;
};

/// Whether `a` sorts before `b` in a table index.
bool index_less(const TableData& table, const KeyRecord& a, const KeyRecord& b);

}  // namespace vitk
