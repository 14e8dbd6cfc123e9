#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "vitk/foods/food.hpp"
#include "vitk/intake/meal.hpp"

namespace vitk {

/// Micrograms in one eaten item; a value the food does not have stays unknown.
struct Amounts {
  std::optional<double> k1_ug;
  std::optional<double> dk_ug;
  std::optional<double> k2_ug;
  FormValues k2_form_ug{};
  K2Basis k2_basis = K2Basis::unstated;  ///< how the food's K2 is known
};

/// What `grams` (`quantity` of a food whose values are per item) of a food hold.
Amounts amounts_for(const Food& food, double grams, double quantity);

/// A sum over items of the values that were known, and how many items had one.
struct Sum {
  double ug = 0;
  std::uint32_t known = 0;

  void add(const std::optional<double>& value) {
    if (!value) return;
    ug += *value;
    ++known;
  }
  void add(const Sum& other) {
    ug += other.ug;
    known += other.known;
  }
};

/// How many items whose K2 is known had it on each basis, in the order of kBasisNames.
using BasisCounts = std::array<std::uint32_t, kBasisCount>;

/// The counts by basis of a set of items, when they were counted.
inline std::optional<BasisCounts> basis_counts(const BasisCounts& counts, bool counted) {
  return counted ? std::optional<BasisCounts>(counts) : std::nullopt;
}

/// A day's sums without K2 by form: small, so that a log of 100,000 days fits in a few MB (64 bytes a Day).
struct DayTotals {
  std::uint32_t items = 0;
  std::uint32_t k1_known = 0;
  std::uint32_t k2_known = 0;
  std::uint32_t dk_known = 0;
  double grams = 0;
  double k1_ug = 0;
  double k2_ug = 0;
  double dk_ug = 0;
  /// Items of known K2 analysed, compiled, calculated, imputed (the rest stated no basis), in 16 bits each:
  /// a day of more than 65,535 items of known K2 has no counts (k2_by_basis).
  std::array<std::uint16_t, kBasisCount - 1> k2_basis_known{};

  void add(const Amounts& amounts, double item_grams);
  /// The hot path: the item's own copy of its food's values, no trip to the food record.
  void add(const Item& item);
  void add(const DayTotals& other);
  /// The counts by basis, or nullopt when the day had too many items to count them.
  std::optional<BasisCounts> k2_by_basis() const;
  void count_basis(K2Basis basis);
};

/// Everything known about a set of items, K2 by form included.
struct Totals {
  std::uint32_t items = 0;
  double grams = 0;
  Sum k1;
  Sum dk;
  Sum k2;
  std::array<Sum, kFormCount> k2_by_form{};
  BasisCounts k2_by_basis{};
  bool k2_basis_counted = true;  ///< false when a day of it had too many items to count them

  void add(const Amounts& amounts, double item_grams);
  /// The same for `grams` of a food, without making an Amounts: the hot path of long logs.
  void add(const FoodRecord& food, double item_grams, double quantity);
  /// A day's sums (which have no K2 by form).
  void add(const DayTotals& day);
  /// An item's K1, K2 and dihydrophylloquinone from its own copy of its food's values, without K2 by form.
  void add_sums(const Item& item);
};

/// Verdicts compare K2 as reports show it, to 0.1 µg: a minimum has at most one decimal (kVerdictDecimals).
inline constexpr int kVerdictDecimals = 1;

/// Whether a day's known K2, rounded to 0.1 µg as reports print it, is below `min_ug`. A day without items has
/// no known intake and is never low; a day whose K2 is unknown for every item has 0 known, which is below any
/// minimum above 0 and below none of 0.
bool k2_below(const DayTotals& totals, double min_ug);
/// The same for a mean or any sum of `items` items.
bool k2_below(std::uint32_t items, double k2_ug, double min_ug);

}  // namespace vitk
