#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/foods/food.hpp"

namespace vitk {

/// The records and text of a table under construction or read from a file.
struct TableStorage {
  std::string name;
  std::string text;
  std::vector<FoodRecord> foods;
  std::vector<TextRef> aliases;
  std::vector<PortionRecord> portions;
  std::vector<KeyRecord> index;
  std::vector<TextRef> units;
  std::vector<K2ValueRecord> k2_values;
  std::vector<TextRef> alternatives;
  std::vector<RecipeRecord> recipes;
  std::vector<IngredientRecord> ingredients;

  TextRef add_text(std::string_view value);
  /// Appends the foods of `other`, with their strings, aliases, portions and K2 values (not its index).
  void append(const TableData& other);
  /// A view of this storage; invalidated when the storage changes.
  TableData view() const;
};

/// A food table read from a file. Foods handed out point into it: it keeps its address for its whole life.
class FoodTable {
 public:
  explicit FoodTable(TableStorage storage);
  FoodTable(const FoodTable&) = delete;
  FoodTable& operator=(const FoodTable&) = delete;

  const TableData& data() const { return data_; }
  std::size_t size() const { return storage_.foods.size(); }
  bool has_recipes() const { return !storage_.recipes.empty(); }

  /// For resolving the recipes of the table (intake/recipes.cpp), once, when every table of the run is loaded:
  /// the values of a recipe, the grams of its serving portion, and what each ingredient was read as.
  FoodRecord& recipe_food(std::uint32_t food) { return storage_.foods[food]; }
  RecipeRecord& recipe(std::uint32_t recipe) { return storage_.recipes[recipe]; }
  IngredientRecord& ingredient(std::uint32_t ingredient) { return storage_.ingredients[ingredient]; }
  PortionRecord& portion(std::uint32_t portion) { return storage_.portions[portion]; }
  /// The memory the table keeps, in bytes.
  std::size_t memory_bytes() const;

 private:
  TableStorage storage_;
  TableData data_;
};

/// The food tables read from files in one run, together: with what reading them takes, they stay within the
/// memory a run may use (vitk(1) LIMITS).
inline constexpr std::size_t kMaxFoodTableBytes = 2 * 1024 * 1024;

/// The largest table that toml++ reads (it takes up to 70 times the size of its text while it reads); a bigger
/// one must be in the plain layout.
inline constexpr std::size_t kMaxFullReadBytes = 256 * 1024;

/// Parses a food table (the `[[food]]` TOML format of vitk-foods(5)). Throws ErrorList with every problem found,
/// each at `name:line:column`. Tables in the plain layout are read by a fast reader, all others of at most
/// `full_read_limit` bytes by toml++; for a bigger one the error is in the food where the fast reader stopped.
std::unique_ptr<FoodTable> parse_food_table(std::string_view text, std::string_view name,
                                            std::size_t full_read_limit = kMaxFullReadBytes);

/// The fast reader alone: the table when `text` is valid and in the plain layout (`[[food]]` headers, one
/// `key = value` per line, single-line strings, inline tables of numbers), else nullptr. Never throws.
std::unique_ptr<FoodTable> parse_plain_food_table(std::string_view text, std::string_view name);

/// The full reader alone (toml++): any valid table, and every error of an invalid one.
std::unique_ptr<FoodTable> parse_full_food_table(std::string_view text, std::string_view name);

/// Where the fast reader gave up: the line (from 1; one past the last when the end of the text is the problem),
/// the column (in bytes, from 1), the offset of that line and of the `[[food]]` line of the food being read (0 before the first).
/// All zero when the text was read to its end and holds no food.
struct PlainStop {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::size_t line_start = 0;
  std::size_t food_start = 0;
};

/// The fast reader's work, into `storage` (foods, aliases, portions); false when the text is not plain or
/// not valid (duplicate ids and aliases are found later, by build_lookup), with `stop` (if given) set.
bool read_plain_food_table(std::string_view text, TableStorage& storage, PlainStop* stop = nullptr);
/// Reads and parses the table at `path` (`-`: standard input), of at most `max_bytes`: what is left of
/// kMaxFoodTableBytes for the tables of a run. `file_bytes`, when given, is set to the size of the file.
std::unique_ptr<FoodTable> load_food_table(const std::string& path, std::size_t max_bytes = kMaxFoodTableBytes,
                                           std::size_t* file_bytes = nullptr);

/// An id or alias that names two foods: `key` normalized, and the food and kind of its repeat and its first use.
struct DuplicateKey {
  std::string key;
  std::uint32_t food = 0;
  KeyKind kind = KeyKind::id;
  std::uint32_t first_food = 0;
  KeyKind first_kind = KeyKind::id;
};

/// Fills `storage.index` and `storage.units` from its foods: the id, aliases and name of each food, normalized,
/// each also in its singular form where that differs, and the sorted distinct portion names. Returns whether
/// every id and alias names one food once; when not, `duplicate` (if given) is the repeat that comes first.
bool build_lookup(TableStorage& storage, DuplicateKey* duplicate = nullptr);

}  // namespace vitk
