#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
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

/// Grams in one household unit of a food (`cup` = 30 g of raw spinach).
struct Portion {
  std::string_view unit;
  double grams = 0;
};

/// One food, all values in µg per 100 g. A value that is absent is unknown, never zero.
/// The strings and spans point into the table that holds the food (constant data for the built-in table).
struct Food {
  std::string_view id;
  std::string_view name;
  std::string_view group;
  std::span<const std::string_view> aliases;
  std::optional<double> k1_ug_per_100g;
  /// Dihydrophylloquinone: reported, but counted in neither K1 nor K2.
  std::optional<double> dk_ug_per_100g;
  /// Total menaquinones: the stated total, or else the sum of the known forms.
  std::optional<double> k2_ug_per_100g;
  FormValues k2_form_ug_per_100g{};
  std::span<const Portion> portions;
  std::string_view source;
  /// Where the K2 values come from, when that differs from `source`.
  std::string_view k2_source;

  const Portion* find_portion(std::string_view unit) const;
  const Portion* default_portion() const { return find_portion("serving"); }
};

/// How a lookup key names its food; earlier kinds win over later ones.
enum class KeyKind : std::uint8_t { id, alias, name };

/// A normalized lookup key (see normalize_key). `derived` keys are the singular of a plural key.
struct IndexEntry {
  std::string_view key;
  std::uint32_t food = 0;
  KeyKind kind = KeyKind::id;
  bool derived = false;
};

/// A loaded food table, whatever holds its storage. `index` is sorted by (key, derived, kind, food);
/// `units` is the sorted set of all portion names.
struct FoodView {
  std::string_view name;
  std::span<const Food> foods;
  std::span<const IndexEntry> index;
  std::span<const std::string_view> units;
};

/// Limits of the food-table format (see vitk-foods(5)).
inline constexpr double kMaxUgPer100g = 10000.0;
inline constexpr double kMaxPortionGrams = 10000.0;

/// Whether `a` sorts before `b` in a FoodView index.
bool index_less(const IndexEntry& a, const IndexEntry& b);

}  // namespace vitk
