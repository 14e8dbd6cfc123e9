#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "vitk/foods/food.hpp"

namespace vitk {

/// A unit word as typed (`Tbsp`, `cups`, `grams`, `lb.`) in its canonical form (`tbsp`, `cup`, `g`, `lb`): lower
/// case, without an abbreviation's point, with the mass and volume units and the common household abbreviations
/// mapped to one spelling. Other plurals are left for the lookup of portions to try.
std::string canonical_unit(std::string_view word);

/// Grams in one of a canonical mass unit (`mg g kg oz lb`), or nullopt for any other unit.
std::optional<double> grams_per_mass_unit(std::string_view canonical);

/// The canonical mass unit `unit` names, as text that lives for the whole program, or empty.
std::string_view static_mass_unit(std::string_view unit);

/// The mass units, for messages: "mg, g, kg, oz, lb".
std::string_view mass_unit_list();

/// Millilitres in one of a canonical volume unit (`ml cl dl l cup tbsp tsp fl-oz pint quart gallon`; the US
/// customary cup of 236.588 ml), or nullopt.
std::optional<double> ml_per_volume_unit(std::string_view canonical);

/// The canonical volume unit `unit` names, as text that lives for the whole program, or empty.
std::string_view static_volume_unit(std::string_view unit);

/// The volume units, for messages.
std::string_view volume_unit_list();

/// How far apart the conversion tables of cookbooks put one of a canonical unit, as factors of its exact size:
/// an ounce written as 25 to 30 g, a cup as the metric 250 ml or the 200 ml of rounded metric tables (`1/4 cup
/// (50 mL)`), a tablespoon as 12.5 to 20 ml (the Australian one), a pint as the US or the British one. {1, 1} for
/// the metric units and any other. Used to check an equivalent amount (`100g/4oz`), never to count one.
struct KitchenRounding {
  double low = 1;
  double high = 1;
};
KitchenRounding kitchen_rounding(std::string_view canonical);

/// Grams per millilitre of a food, from the first of its volume portions (cup, fl-oz, tbsp, tsp, pint, quart,
/// gallon), and the portion it comes from.
struct Density {
  double grams_per_ml = 0;
  std::string_view portion;
  double portion_grams = 0;
};
std::optional<Density> density_of(const Food& food);

/// A unit as shown after a quantity: `2 cups`, `1 cup`, `3 tbsp`, `50 g`.
std::string unit_for_quantity(std::string_view unit, double quantity);

}  // namespace vitk
