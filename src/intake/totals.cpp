#include "vitk/intake/totals.hpp"

#include "vitk/base/json.hpp"

#include <algorithm>

namespace vitk {

namespace {

std::optional<double> scale(double per_100g, double factor) {
  const std::optional<double> value = known(per_100g);
  if (!value) return std::nullopt;
  return *value * factor;
}

}  // namespace

Amounts amounts_for(const Food& food, double grams, double quantity) {
  Amounts amounts;
  const FoodRecord& record = food.record();
  const double factor = record.values_per_item ? quantity : grams / 100.0;
  amounts.k1_ug = scale(record.k1_ug_per_100g, factor);
  amounts.dk_ug = scale(record.dk_ug_per_100g, factor);
  amounts.k2_ug = scale(record.k2_ug_per_100g, factor);
  amounts.k2_basis = record.k2_basis;
  for (std::size_t form = 0; form < kFormCount; ++form) {
    amounts.k2_form_ug[form] = scale(record.k2_form_ug_per_100g[form], factor);
  }
  return amounts;
}

void Totals::add(const Amounts& amounts, double item_grams) {
  ++items;
  grams += item_grams;
  k1.add(amounts.k1_ug);
  dk.add(amounts.dk_ug);
  k2.add(amounts.k2_ug);
  if (amounts.k2_ug) ++k2_by_basis[static_cast<std::size_t>(amounts.k2_basis)];
  for (std::size_t form = 0; form < kFormCount; ++form) k2_by_form[form].add(amounts.k2_form_ug[form]);
}

namespace {

/// Adds `per_100g * factor` to `sum` and counts it, unless the value is unknown (NaN).
inline void add_scaled(double per_100g, double factor, double& sum, std::uint32_t& known_count) {
  if (per_100g != per_100g) return;
  sum += per_100g * factor;
  ++known_count;
}

}  // namespace

void Totals::add(const FoodRecord& food, double item_grams, double quantity) {
  const double factor = food.values_per_item ? quantity : item_grams / 100.0;
  ++items;
  grams += item_grams;
  add_scaled(food.k1_ug_per_100g, factor, k1.ug, k1.known);
  add_scaled(food.dk_ug_per_100g, factor, dk.ug, dk.known);
  add_scaled(food.k2_ug_per_100g, factor, k2.ug, k2.known);
  if (known(food.k2_ug_per_100g)) ++k2_by_basis[static_cast<std::size_t>(food.k2_basis)];
  for (std::size_t form = 0; form < kFormCount; ++form) {
    add_scaled(food.k2_form_ug_per_100g[form], factor, k2_by_form[form].ug, k2_by_form[form].known);
  }
}

void Totals::add(const DayTotals& day) {
  items += day.items;
  grams += day.grams;
  k1.add(Sum{day.k1_ug, day.k1_known});
  k2.add(Sum{day.k2_ug, day.k2_known});
  dk.add(Sum{day.dk_ug, day.dk_known});
  if (const std::optional<BasisCounts> counts = day.k2_by_basis()) {
    for (std::size_t i = 0; i < kBasisCount; ++i) k2_by_basis[i] += (*counts)[i];
  } else {
    k2_basis_counted = false;
  }
}

void DayTotals::count_basis(K2Basis basis) {
  if (basis == K2Basis::unstated) return;  // the rest of k2_known
  std::uint16_t& count = k2_basis_known[static_cast<std::size_t>(basis) - 1];
  if (count < UINT16_MAX) ++count;
}

void DayTotals::add(const Item& item) {
  const double factor = item.values_per_item ? item.quantity : item.grams / 100.0;
  ++items;
  grams += item.grams;
  add_scaled(item.k1_ug_per_100g, factor, k1_ug, k1_known);
  if (item.k2_ug_per_100g == item.k2_ug_per_100g) {
    k2_ug += item.k2_ug_per_100g * factor;
    ++k2_known;
    count_basis(item.k2_basis);
  }
  add_scaled(item.dk_ug_per_100g, factor, dk_ug, dk_known);
}

std::optional<BasisCounts> DayTotals::k2_by_basis() const {
  if (k2_known > UINT16_MAX) return std::nullopt;  // a count may have stopped at 65,535
  BasisCounts counts{};
  std::uint32_t stated = 0;
  for (std::size_t i = 1; i < kBasisCount; ++i) {
    counts[i] = k2_basis_known[i - 1];
    stated += counts[i];
  }
  counts[0] = k2_known - stated;
  return counts;
}

void DayTotals::add(const Amounts& amounts, double item_grams) {
  ++items;
  grams += item_grams;
  if (amounts.k1_ug) {
    k1_ug += *amounts.k1_ug;
    ++k1_known;
  }
  if (amounts.k2_ug) {
    k2_ug += *amounts.k2_ug;
    ++k2_known;
    count_basis(amounts.k2_basis);
  }
  if (amounts.dk_ug) {
    dk_ug += *amounts.dk_ug;
    ++dk_known;
  }
}

void DayTotals::add(const DayTotals& other) {
  for (std::size_t i = 0; i < k2_basis_known.size(); ++i) {
    k2_basis_known[i] = static_cast<std::uint16_t>(
        std::min<std::uint32_t>(UINT16_MAX, std::uint32_t{k2_basis_known[i]} + other.k2_basis_known[i]));
  }
  items += other.items;
  k1_known += other.k1_known;
  k2_known += other.k2_known;
  dk_known += other.dk_known;
  grams += other.grams;
  k1_ug += other.k1_ug;
  k2_ug += other.k2_ug;
  dk_ug += other.dk_ug;
}

bool k2_below(const DayTotals& totals, double min_ug) { return k2_below(totals.items, totals.k2_ug, min_ug); }

bool k2_below(std::uint32_t items, double k2_ug, double min_ug) {
  return items > 0 && round_as_printed(k2_ug, kVerdictDecimals) < min_ug;
}

void Totals::add_sums(const Item& item) {
  const double factor = item.values_per_item ? item.quantity : item.grams / 100.0;
  ++items;
  grams += item.grams;
  add_scaled(item.k1_ug_per_100g, factor, k1.ug, k1.known);
  add_scaled(item.dk_ug_per_100g, factor, dk.ug, dk.known);
  add_scaled(item.k2_ug_per_100g, factor, k2.ug, k2.known);
  if (item.k2_ug_per_100g == item.k2_ug_per_100g) ++k2_by_basis[static_cast<std::size_t>(item.k2_basis)];
}

}  // namespace vitk
