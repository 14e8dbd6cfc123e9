#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/foods/catalog.hpp"

namespace vitk {

/// Foods whose id, aliases or name contain every term (as a word or the start of one, singular or plural),
/// best first: whole-name matches, then matches in ids and aliases, then short names. At most `limit`.
std::vector<Food> search_foods(const FoodCatalog& catalog, const std::vector<std::string>& terms, std::size_t limit);

/// What `vitk foods list --sort` orders by: a value (most first, unknown last) or text (A to Z).
struct SortKey {
  enum class Kind { id, name, k1, k2, dk, form } kind = Kind::id;
  std::size_t form = 0;  ///< index into kFormKeys, for Kind::form
};

/// Reads `id`, `name`, `k1`, `k2`, `dk` or a form key (`mk7`, `mk9_4h`); nullopt for anything else.
std::optional<SortKey> parse_sort_key(std::string_view text);

/// The names parse_sort_key accepts, for messages.
std::string sort_key_names();

/// The value a sort key reads from a food, or nullopt when unknown (or a text key).
std::optional<double> sort_value(const Food& food, const SortKey& key);

/// Distinct foods (see FoodCatalog::distinct_foods) of `group` (any group when empty; compared without case),
/// ordered by `key`, at most `limit`.
std::vector<Food> list_foods(const FoodCatalog& catalog, std::string_view group, const SortKey& key,
                             std::size_t limit);

/// The groups of the distinct foods, sorted, each once.
std::vector<std::string> food_groups(const FoodCatalog& catalog);

}  // namespace vitk
