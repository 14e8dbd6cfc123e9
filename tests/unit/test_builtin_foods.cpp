// Data tests of the built-in table: what every food must satisfy, and spot checks against the sources.

#include "vitk/builtin_foods.hpp"

#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <set>
#include <string>

#include "vitk/catalog.hpp"
#include "vitk/food_table.hpp"

using namespace vitk;

namespace {

const Food& food(std::string_view id) {
  for (const Food& candidate : builtin_foods().foods) {
    if (candidate.id == id) return candidate;
  }
  FAIL("no built-in food " << id);
  throw;
}

void check_value(const std::optional<double>& value) {
  if (!value) return;
  CHECK(std::isfinite(*value));
  CHECK(*value >= 0);
  CHECK(*value <= kMaxUgPer100g);
}

}  // namespace

TEST_CASE("built-in foods have unique ids and a source") {
  std::set<std::string_view> ids;
  for (const Food& f : builtin_foods().foods) {
    CAPTURE(f.id);
    CHECK(ids.insert(f.id).second);
    CHECK_FALSE(f.name.empty());
    CHECK_FALSE(f.source.empty());
    if (f.k2_ug_per_100g && f.k2_source.empty()) {
      // K2 from the same source as K1 is said in `source`.
      CHECK(f.source.find("USDA") != std::string_view::npos);
    }
  }
  CHECK(ids.size() >= 18);
}

TEST_CASE("built-in values are finite and plausible and portions positive") {
  for (const Food& f : builtin_foods().foods) {
    CAPTURE(f.id);
    check_value(f.k1_ug_per_100g);
    check_value(f.dk_ug_per_100g);
    check_value(f.k2_ug_per_100g);
    double forms = 0;
    for (const auto& form : f.k2_form_ug_per_100g) {
      check_value(form);
      forms += form.value_or(0);
    }
    if (f.k2_ug_per_100g) CHECK(*f.k2_ug_per_100g >= forms - 1e-9);
    for (const Portion& portion : f.portions) {
      CHECK(portion.grams > 0);
      CHECK(portion.grams <= kMaxPortionGrams);
    }
  }
}

TEST_CASE("built-in aliases and ids resolve to exactly one food") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  for (const Food& f : builtin_foods().foods) {
    CAPTURE(f.id);
    CHECK(catalog.find(f.id).food == &f);
    for (std::string_view alias : f.aliases) {
      CAPTURE(alias);
      CHECK(catalog.find(alias).food == &f);
    }
  }
}

TEST_CASE("the compiled index is sorted and matches a fresh build") {
  const FoodView view = builtin_foods();
  CHECK(std::is_sorted(view.index.begin(), view.index.end(), index_less));
  StringArena strings;
  const std::vector<IndexEntry> fresh = build_index(view.foods, strings);
  REQUIRE(fresh.size() == view.index.size());
  for (std::size_t i = 0; i < fresh.size(); ++i) {
    CHECK(fresh[i].key == view.index[i].key);
    CHECK(fresh[i].food == view.index[i].food);
  }
  CHECK(std::is_sorted(view.units.begin(), view.units.end()));
}

TEST_CASE("spot checks against the source files") {
  // usda_sr_vitamin_k.csv: 11233 Kale raw 704.8; 11457 Spinach raw 482.9; 16113 Natto 23.1; 01009 cheddar MK-4 8.6.
  CHECK(food("kale").k1_ug_per_100g.value() == doctest::Approx(704.8));
  CHECK(food("spinach").k1_ug_per_100g.value() == doctest::Approx(482.9));
  CHECK(food("natto").k1_ug_per_100g.value() == doctest::Approx(23.1));
  CHECK(food("cheddar").k2_form_ug_per_100g[0].value() == doctest::Approx(8.6));
  // literature_menaquinones.csv: Kamao 2007 natto MK-7 939.
  CHECK(food("natto").k2_form_ug_per_100g[3].value() == doctest::Approx(939.0));
  // nevo2021_vitamin_k.csv: 513 Gouda 48+ av, K2 63.7.
  CHECK(food("gouda").k2_ug_per_100g.value() == doctest::Approx(63.7));
  // usda_sr_portions.csv: 11457,1,cup,30.
  CHECK(food("spinach").find_portion("cup")->grams == doctest::Approx(30));
  // Unknown stays unknown: USDA has no MK-4 for raw kale.
  CHECK_FALSE(food("kale").k2_ug_per_100g.has_value());
}

TEST_CASE("the built-in table has the article's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  for (std::string_view name : {"spinach", "kale", "broccoli", "collards", "natto", "gouda", "brie", "cheddar", "egg",
                                "egg yolk", "butter", "chicken thigh", "chicken breast"}) {
    CAPTURE(name);
    CHECK(catalog.find(name).food != nullptr);
  }
}
