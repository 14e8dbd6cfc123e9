// Data tests of the built-in table: what every food must satisfy, and spot checks against the sources.

#include "vitk/foods/builtin_foods.hpp"

#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <set>
#include <string>

#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food_table.hpp"

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
    for (std::size_t form = 0; form < kFormCount; ++form) {
      check_value(f.k2_form_ug_per_100g(form));
      forms += f.k2_form_ug_per_100g(form).value_or(0);
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
  // Every key the build left out names, in the compiled index, another food: common.toml's.
  std::set<std::pair<std::string_view, std::uint32_t>> compiled;
  std::set<std::string_view> compiled_keys;
  for (const KeyRecord& entry : table.index) {
    compiled.emplace(table.str(entry.key), entry.food);
    compiled_keys.insert(table.str(entry.key));
  }
  for (const auto& entry : fresh) {
    if (!compiled.contains(entry)) CHECK_MESSAGE(compiled_keys.contains(entry.first), entry.first);
  }
}

TEST_CASE("spot checks against the source files") {
  // usda_sr_vitamin_k.csv: 11233 Kale raw 704.8; 11457 Spinach raw 482.9; 16113 Natto 23.1; 01009 cheddar MK-4 8.6.
  CHECK(food("kale").k1_ug_per_100g().value() == doctest::Approx(704.8));
  CHECK(food("spinach").k1_ug_per_100g().value() == doctest::Approx(482.9));
  CHECK(food("natto").k1_ug_per_100g().value() == doctest::Approx(23.1));
  CHECK(food("cheddar").k2_form_ug_per_100g(0).value() == doctest::Approx(8.6));
  // literature_menaquinones.csv: Kamao 2007 natto MK-7 939.
  CHECK(food("natto").k2_form_ug_per_100g(3).value() == doctest::Approx(939.0));
  // nevo2023_vitamin_k.csv: 513 Gouda 48+ av, K2 64.5.
  CHECK(food("gouda").k2_ug_per_100g().value() == doctest::Approx(64.5));
  CHECK(food("gouda").k2_basis() == K2Basis::compiled);
  // usda_sr_portions.csv: 11457,1,cup,30.
  CHECK(food("spinach").find_portion("cup")->grams == doctest::Approx(30));
  // Raw kale's K2 is NEVO's zero for boiled kale, carried by rule R1: imputed, and it says from what.
  CHECK(food("kale").k2_ug_per_100g().value() == 0);
  CHECK(food("kale").k2_basis() == K2Basis::imputed);
  CHECK(food("kale").k2_source().find("rule R1") != std::string_view::npos);
  // ciqual2020_vitamin_k.csv: 22002 egg yolk, raw, K2 32.1; the whole egg calculated from yolk and white.
  CHECK(food("egg-yolk").k2_ug_per_100g().value() == doctest::Approx(32.1));
  CHECK(food("egg").k2_basis() == K2Basis::calculated);
}

TEST_CASE("every K2 of the built-in tables has a basis, and every zero a named source or rule") {
  for (const Food& f : all_foods()) {
    if (!f.k2_ug_per_100g()) continue;
    CAPTURE(f.id());
    CHECK(f.k2_basis() != K2Basis::unstated);
    if (*f.k2_ug_per_100g() == 0 && !f.id().starts_with("usda-")) CHECK_FALSE(f.k2_source().empty());
    // A value marked used is the food's own (the loader checks it); an upper bound never is.
    for (std::size_t i = 0; i < f.k2_value_count(); ++i) {
      if (f.k2_value(i).form == kValueVitaminK) CHECK_FALSE(f.k2_value(i).used);
    }
  }
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

TEST_CASE("the USDA table holds every SR28 food with K1 and nothing made up") {
  // usda_sr_vitamin_k.csv: 5,226 foods with K1, 588 with MK-4, 1,409 with dihydrophylloquinone.
  std::size_t usda = 0, with_mk4 = 0, with_dk = 0, with_other_forms = 0;
  for (const Food& f : all_foods()) {
    if (!f.id().starts_with("usda-")) continue;
    ++usda;
    CAPTURE(f.id());
    CHECK(f.id().size() == 10);
    CHECK(f.k1_ug_per_100g().has_value());
    CHECK(f.source() == std::string("USDA SR28 NDB ") + std::string(f.id().substr(5)));
    with_mk4 += f.k2_form_ug_per_100g(0).has_value() ? 1 : 0;
    with_dk += f.dk_ug_per_100g().has_value() ? 1 : 0;
    for (std::size_t form = 1; form < kFormCount; ++form) with_other_forms += f.k2_form_ug_per_100g(form) ? 1 : 0;
    if (f.k2_ug_per_100g()) CHECK(*f.k2_ug_per_100g() == *f.k2_form_ug_per_100g(0));
  }
  CHECK(usda == 5226);
  CHECK(with_mk4 == 588);
  CHECK(with_dk == 1409);
  CHECK(with_other_forms == 0);
  // Spot checks: 01001 Butter, salted, K1 7.0, no MK-4; 01009 cheddar MK-4 8.6 and dK 0.0; 11233 kale 704.8.
  CHECK(food("usda-01001").name() == "Butter, salted");
  CHECK(food("usda-01001").k1_ug_per_100g().value() == doctest::Approx(7.0));
  CHECK_FALSE(food("usda-01001").k2_ug_per_100g().has_value());
  CHECK(food("usda-01009").k2_form_ug_per_100g(0).value() == doctest::Approx(8.6));
  CHECK(food("usda-01009").dk_ug_per_100g().value() == 0.0);
  CHECK(food("usda-11233").k1_ug_per_100g().value() == doctest::Approx(704.8));
  // usda_sr_portions.csv: 11457,1,cup,30 and 01009,1,"slice (1 oz)",28.
  CHECK(food("usda-11457").find_portion("cup")->grams == doctest::Approx(30));
  CHECK(food("usda-01009").find_portion("slice")->grams == doctest::Approx(28));
}

TEST_CASE("common foods repeat the USDA values of the food they name") {
  std::size_t common = 0;
  for (const Food& f : all_foods()) {
    if (f.id().starts_with("usda-")) continue;
    ++common;
    if (f.usda().empty()) continue;
    CAPTURE(f.id());
    const Food twin = food(std::string("usda-") + std::string(f.usda()));
    CHECK(f.k1_ug_per_100g() == twin.k1_ug_per_100g());
    CHECK(f.dk_ug_per_100g() == twin.dk_ug_per_100g());
    // MK-4, where the common food has it from USDA, is USDA's.
    if (f.k2_form_ug_per_100g(0) && twin.k2_form_ug_per_100g(0)) {
      CHECK(*f.k2_form_ug_per_100g(0) == *twin.k2_form_ug_per_100g(0));
    }
  }
  CHECK(common >= 200);
}

TEST_CASE("the common names people type resolve to the curated foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const std::vector<std::pair<std::string_view, std::string_view>> names = {
      {"spinach", "spinach"},         {"Spinach, raw", "spinach"},     {"kale raw", "kale"},
      {"cooked kale", "kale-cooked"}, {"eggs", "egg"},                 {"egg yolks", "egg-yolk"},
      {"gouda", "gouda"},             {"cheddar cheese", "cheddar"},   {"brie", "brie"},
      {"chicken thighs", "chicken-thigh"}, {"natto", "natto"},         {"sauerkraut", "sauerkraut"},
      {"collard greens", "collards-cooked"}, {"broccoli", "broccoli"},      {"butter", "butter"},
      {"usda-11457", "usda-11457"},   {"Cheese, gouda", "gouda"},
  };
  for (const auto& name_and_id : names) {
    CAPTURE(name_and_id.first);  // no structured binding: clang 14 cannot capture one in CAPTURE's lambda
    const FoodMatch match = catalog.find(name_and_id.first);
    REQUIRE(match.food.has_value());
    CHECK(match.food->id() == name_and_id.second);
  }
  // Spot checks of the K2 sources: NEVO 2021 code 73 sauerkraut raw K2 6.1; Dunlop 2022 cheddar MK-9 8;
  // Chollet 2017 ripened Emmental MK-9(4H) 46.8; NEVO code 16 kale boiled K2 0 (a known zero).
  CHECK(food("sauerkraut").k2_ug_per_100g().value() == doctest::Approx(6.1));
  CHECK(food("cheddar").k2_form_ug_per_100g(5).value() == doctest::Approx(8.0));
  CHECK(food("emmental").k2_form_ug_per_100g(6).value() == doctest::Approx(46.8));
  CHECK(food("kale-cooked").k2_ug_per_100g().value() == 0.0);
}

TEST_CASE("lists show a curated food in place of the USDA entry it stands for") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  std::set<std::string_view> listed;
  for (const Food& f : catalog.distinct_foods()) listed.insert(f.id());
  CHECK(listed.contains("spinach"));
  CHECK_FALSE(listed.contains("usda-11457"));
  CHECK(listed.contains("usda-11458") == false);  // spinach-cooked stands for it
  CHECK(listed.contains("usda-11463"));           // frozen spinach has no curated food
}
