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

Food food(std::string_view id) {
  const TableData& table = builtin_foods();
  for (std::uint32_t i = 0; i < table.foods.size(); ++i) {
    if (Food(table, i).id() == id) return Food(table, i);
  }
  FAIL("no built-in food " << id);
  throw;
}

std::vector<Food> all_foods() {
  std::vector<Food> out;
  for (std::uint32_t i = 0; i < builtin_foods().foods.size(); ++i) out.emplace_back(builtin_foods(), i);
  return out;
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
  for (const Food& f : all_foods()) {
    CAPTURE(f.id());
    CHECK(ids.insert(f.id()).second);
    CHECK_FALSE(f.name().empty());
    CHECK_FALSE(f.source().empty());
    if (f.k2_ug_per_100g() && f.k2_source().empty()) {
      // K2 from the same source as K1 is said in `source`.
      CHECK(f.source().find("USDA") != std::string_view::npos);
    }
  }
  CHECK(ids.size() >= 18);
}

TEST_CASE("built-in values are finite and plausible and portions positive") {
  for (const Food& f : all_foods()) {
    CAPTURE(f.id());
    check_value(f.k1_ug_per_100g());
    check_value(f.dk_ug_per_100g());
    check_value(f.k2_ug_per_100g());
    double forms = 0;
    for (const auto& form : f.k2_form_ug_per_100g()) {
      check_value(form);
      forms += form.value_or(0);
    }
    if (f.k2_ug_per_100g()) CHECK(*f.k2_ug_per_100g() >= forms - 1e-9);
    for (std::size_t i = 0; i < f.portion_count(); ++i) {
      CHECK(f.portion(i).grams > 0);
      CHECK(f.portion(i).grams <= kMaxPortionGrams);
    }
  }
}

TEST_CASE("built-in aliases and ids resolve to exactly one food") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  for (const Food& f : all_foods()) {
    CAPTURE(f.id());
    CHECK(catalog.find(f.id()).food == f);
    for (std::size_t i = 0; i < f.alias_count(); ++i) {
      CAPTURE(f.alias(i));
      CHECK(catalog.find(f.alias(i)).food == f);
    }
  }
}

TEST_CASE("the compiled index is sorted and part of a fresh build") {
  const TableData& table = builtin_foods();
  CHECK(std::is_sorted(table.index.begin(), table.index.end(),
                       [&](const KeyRecord& a, const KeyRecord& b) { return index_less(table, a, b); }));
  CHECK(std::is_sorted(table.units.begin(), table.units.end(),
                       [&](const TextRef& a, const TextRef& b) { return table.str(a) < table.str(b); }));
  // The same foods indexed afresh give every compiled key (and a few more: where common.toml and the USDA
  // table share a name, the build keeps only common.toml's).
  TableStorage storage;
  storage.text = std::string(table.text);
  storage.foods.assign(table.foods.begin(), table.foods.end());
  storage.aliases.assign(table.aliases.begin(), table.aliases.end());
  storage.portions.assign(table.portions.begin(), table.portions.end());
  build_lookup(storage);
  std::set<std::pair<std::string_view, std::uint32_t>> fresh;
  for (const KeyRecord& entry : storage.index) fresh.emplace(storage.view().str(entry.key), entry.food);
  for (const KeyRecord& entry : table.index) CHECK(fresh.count({table.str(entry.key), entry.food}) == 1);
  CHECK(storage.index.size() - table.index.size() < 100);
}

TEST_CASE("spot checks against the source files") {
  // usda_sr_vitamin_k.csv: 11233 Kale raw 704.8; 11457 Spinach raw 482.9; 16113 Natto 23.1; 01009 cheddar MK-4 8.6.
  CHECK(food("kale").k1_ug_per_100g().value() == doctest::Approx(704.8));
  CHECK(food("spinach").k1_ug_per_100g().value() == doctest::Approx(482.9));
  CHECK(food("natto").k1_ug_per_100g().value() == doctest::Approx(23.1));
  CHECK(food("cheddar").k2_form_ug_per_100g()[0].value() == doctest::Approx(8.6));
  // literature_menaquinones.csv: Kamao 2007 natto MK-7 939.
  CHECK(food("natto").k2_form_ug_per_100g()[3].value() == doctest::Approx(939.0));
  // nevo2021_vitamin_k.csv: 513 Gouda 48+ av, K2 63.7.
  CHECK(food("gouda").k2_ug_per_100g().value() == doctest::Approx(63.7));
  // usda_sr_portions.csv: 11457,1,cup,30.
  CHECK(food("spinach").find_portion("cup")->grams == doctest::Approx(30));
  // Unknown stays unknown: USDA has no MK-4 for raw kale.
  CHECK_FALSE(food("kale").k2_ug_per_100g().has_value());
}

TEST_CASE("the built-in table has the article's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  for (std::string_view name : {"spinach", "kale", "broccoli", "collards", "natto", "gouda", "brie", "cheddar", "egg",
                                "egg yolk", "butter", "chicken thigh", "chicken breast"}) {
    CAPTURE(name);
    CHECK(catalog.find(name).food.has_value());
  }
}
