#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vitk {

/// A unit word as typed (`Tbsp`, `cups`, `grams`) in its canonical form (`tbsp`, `cups`, `g`): lower case,
/// with the mass units and the common household abbreviations mapped to one spelling. Other plurals are left
/// for find_portion_unit to try.
std::string canonical_unit(std::string_view word);

/// Grams in one of a canonical mass unit (`mg g kg oz lb`), or nullopt for any other unit.
std::optional<double> grams_per_mass_unit(std::string_view canonical);

/// The canonical mass unit `unit` names, as text that lives for the whole program, or empty.
std::string_view static_mass_unit(std::string_view unit);

/// The mass units, for messages: "mg, g, kg, oz, lb".
std::string_view mass_unit_list();

/// A unit as shown after a quantity: `2 cups`, `1 cup`, `3 tbsp`, `50 g`.
std::string unit_for_quantity(std::string_view unit, double quantity);

}  // namespace vitk
