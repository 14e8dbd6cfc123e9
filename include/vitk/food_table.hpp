#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/food.hpp"

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

  TextRef add_text(std::string_view value);
  /// Appends the foods of `other`, with their strings, aliases and portions (not its index).
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
  /// The memory the table keeps, in bytes.
  std::size_t memory_bytes() const;

 private:
  TableStorage storage_;
  TableData data_;
};

/// Largest food table file accepted.
inline constexpr std::size_t kMaxFoodTableBytes = 32 * 1024 * 1024;

/// Parses a food table (the `[[food]]` TOML format of vitk-foods(5)). Throws ErrorList with every problem found,
/// each at `name:line:column`. Tables in the plain layout are read by a fast reader, all others by toml++.
std::unique_ptr<FoodTable> parse_food_table(std::string_view text, std::string_view name);

/// The fast reader alone: the table when `text` is valid and in the plain layout (`[[food]]` headers, one
/// `key = value` per line, single-line strings, inline tables of numbers), else nullptr. Never throws.
std::unique_ptr<FoodTable> parse_plain_food_table(std::string_view text, std::string_view name);

/// The full reader alone (toml++): any valid table, and every error of an invalid one.
std::unique_ptr<FoodTable> parse_full_food_table(std::string_view text, std::string_view name);

/// The fast reader's work, into `storage` (foods, aliases, portions); false when the text is not plain or
/// not valid (duplicate ids and aliases are found later, by build_lookup).
bool read_plain_food_table(std::string_view text, TableStorage& storage);
std::unique_ptr<FoodTable> load_food_table(const std::string& path);

/// Fills `storage.index` and `storage.units` from its foods: the id, aliases and name of each food, normalized,
/// each also in its singular form where that differs, and the sorted distinct portion names. Returns whether
/// every id and alias names one food once.
bool build_lookup(TableStorage& storage);

}  // namespace vitk
