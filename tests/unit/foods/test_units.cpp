#include "vitk/foods/units.hpp"

#include <doctest/doctest.h>

using namespace vitk;

TEST_CASE("canonical_unit maps spellings to one form") {
  CHECK(canonical_unit("Tbsp") == "tbsp");
  CHECK(canonical_unit("tablespoons") == "tbsp");
  CHECK(canonical_unit("teaspoon") == "tsp");
  CHECK(canonical_unit("grams") == "g");
  CHECK(canonical_unit("G") == "g");
  CHECK(canonical_unit("Ounces") == "oz");
  CHECK(canonical_unit("lbs") == "lb");
  CHECK(canonical_unit("kilos") == "kg");
  CHECK(canonical_unit("cups") == "cup");
  CHECK(canonical_unit("C") == "cup");
  CHECK(canonical_unit("lb.") == "lb");
  CHECK(canonical_unit("Litres") == "liter");
  // A floret is USDA's floweret.
  CHECK(canonical_unit("florets") == "floweret");
  CHECK(canonical_unit("ML") == "ml");  // plurals of portion names are tried by the item parser
}

TEST_CASE("grams_per_mass_unit knows the five mass units") {
  CHECK(grams_per_mass_unit("g").value() == 1.0);
  CHECK(grams_per_mass_unit("mg").value() == doctest::Approx(0.001));
  CHECK(grams_per_mass_unit("kg").value() == 1000.0);
  CHECK(grams_per_mass_unit("oz").value() == doctest::Approx(28.349523125));
  CHECK(grams_per_mass_unit("lb").value() == doctest::Approx(453.59237));
  CHECK_FALSE(grams_per_mass_unit("cup").has_value());
  CHECK_FALSE(grams_per_mass_unit("grams").has_value());
}

TEST_CASE("unit_for_quantity uses plurals where English does") {
  CHECK(unit_for_quantity("cup", 2) == "cups");
  CHECK(unit_for_quantity("cup", 1) == "cup");
  CHECK(unit_for_quantity("each", 3) == "each");  // USDA's `1 each taco`: `3 each`, never `3 eaches`
  CHECK(unit_for_quantity("potato", 2) == "potatoes");
  CHECK(unit_for_quantity("tomato", 3) == "tomatoes");
  CHECK(unit_for_quantity("avocado", 2) == "avocados");
  CHECK(unit_for_quantity("cup", 0.5) == "cups");
  CHECK(unit_for_quantity("g", 50) == "g");
  CHECK(unit_for_quantity("tbsp", 3) == "tbsp");
  CHECK(unit_for_quantity("patty", 2) == "patties");
  CHECK(unit_for_quantity("bunch", 2) == "bunches");
  CHECK(unit_for_quantity("cup-diced", 2) == "cup-diced");
  CHECK(unit_for_quantity("serving", 2) == "servings");
  CHECK(unit_for_quantity("large", 2) == "large");
  CHECK(unit_for_quantity("leaf", 3) == "leaves");
  CHECK(unit_for_quantity("loaf", 2) == "loaves");
  CHECK(unit_for_quantity("half", 2) == "halves");
}
