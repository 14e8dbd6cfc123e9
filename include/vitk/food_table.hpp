#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/food.hpp"

namespace vitk {

/// Strings that keep their address for the life of the arena, even when the arena is moved.
class StringArena {
 public:
  std::string_view store(std::string_view text);

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0;
  std::size_t capacity_ = 0;
};

/// A food table read from a file: it owns the storage its FoodView points into.
class FoodTable {
 public:
  FoodView view() const;
  std::size_t size() const { return foods_.size(); }

 private:
  friend class FoodTableBuilder;
  StringArena strings_;
  std::string_view name_;
  std::vector<Food> foods_;
  std::vector<std::string_view> aliases_;
  std::vector<Portion> portions_;
  std::vector<IndexEntry> index_;
  std::vector<std::string_view> units_;
};

/// Largest food table file accepted.
inline constexpr std::size_t kMaxFoodTableBytes = 32 * 1024 * 1024;

/// Parses a food table (the `[[food]]` TOML format of vitk-foods(5)). Throws ErrorList with every problem found,
/// each at `name:line:column`.
FoodTable parse_food_table(std::string_view text, std::string_view name);
FoodTable load_food_table(const std::string& path);

/// The lookup keys of a set of foods, sorted for FoodView::index: id, aliases and name of each food, normalized,
/// each also in its singular form where that differs. Keys are stored in `strings`.
std::vector<IndexEntry> build_index(std::span<const Food> foods, StringArena& strings);

/// The sorted, distinct portion names of a set of foods.
std::vector<std::string_view> collect_units(std::span<const Food> foods);

}  // namespace vitk
