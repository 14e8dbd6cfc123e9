#include "vitk/foods/catalog.hpp"

#include "vitk/foods/builtin_foods.hpp"

#include <doctest/doctest.h>

#include "vitk/foods/food_table.hpp"

using namespace vitk;

namespace {

constexpr std::string_view kBase = R"(
[[food]]
id = "kale"
name = "Kale, raw"
aliases = ["borecole"]
source = "s"
k1 = 704.8

[[food]]
id = "kale-cooked"
name = "Kale, cooked"
source = "s"
k1 = 817

[[food]]
id = "egg"
name = "Egg, whole"
aliases = ["hen egg"]
source = "s"
k2 = { mk4 = 5 }

[[food]]
id = "natto"
name = "Natto"
source = "s"
k2 = { mk7 = 939 }

[[food]]
id = "gouda"
name = "Gouda"
source = "s"
k2 = { total = 63.7 }
portions = { slice = 20 }

[[food]]
id = "cookie"
name = "Cookie"
source = "s"

[[food]]
id = "cheese-a"
name = "Cheese"
source = "s"

[[food]]
id = "cheese-b"
name = "Cheese"
source = "s"
)";

std::string found(const FoodCatalog& catalog, std::string_view name) {
  const FoodMatch match = catalog.find(name);
  if (match.food) return std::string(match.food->id());
  if (!match.candidates.empty()) return std::string("ambiguous:") + std::to_string(match.candidates.size());
  return "none";
}

}  // namespace

TEST_CASE("foods are found by id alias or name in any case and number") {
  const auto table = parse_food_table(kBase, "base.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  CHECK(found(catalog, "kale") == "kale");
  CHECK(found(catalog, "KALE") == "kale");
  CHECK(found(catalog, "Kale, Raw") == "kale");
  CHECK(found(catalog, "borecole") == "kale");
  CHECK(found(catalog, "kale cooked") == "kale-cooked");
  CHECK(found(catalog, "kale-cooked") == "kale-cooked");
  CHECK(found(catalog, "eggs") == "egg");
  CHECK(found(catalog, "hen eggs") == "egg");
  CHECK(found(catalog, "cookies") == "cookie");
  CHECK(found(catalog, "  natto ") == "natto");
  CHECK(found(catalog, "kael") == "none");
  CHECK(found(catalog, "") == "none");
}

TEST_CASE("a name shared by several foods is ambiguous but an id never is") {
  const auto table = parse_food_table(kBase, "base.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  CHECK(found(catalog, "cheese") == "ambiguous:2");
  CHECK(found(catalog, "cheese-a") == "cheese-a");
}

TEST_CASE("a later table replaces foods of the same id and hides their aliases") {
  const auto base = parse_food_table(kBase, "base.toml");
  const auto mine = parse_food_table(R"(
[[food]]
id = "kale"
name = "My kale"
source = "mine"
k1 = 1

[[food]]
id = "my-natto"
name = "Home-made natto"
aliases = ["natto"]
source = "mine"
)",
                                          "mine.toml");
  FoodCatalog catalog;
  catalog.add(base->data());
  catalog.add(mine->data());
  CHECK(catalog.find("kale").food->source() == "mine");
  CHECK(found(catalog, "borecole") == "none");
  CHECK(found(catalog, "natto") == "my-natto");
  CHECK(found(catalog, "egg") == "egg");
  CHECK(catalog.foods().size() == 9);  // 8 + 2 - the replaced kale
}

TEST_CASE("suggestions are close spellings then whole-word prefixes") {
  const auto table = parse_food_table(kBase, "base.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  CHECK(catalog.suggest("kael", 3) == std::vector<std::string>{"kale"});
  CHECK(catalog.suggest("goud", 3) == std::vector<std::string>{"gouda"});
  CHECK(catalog.suggest("kale", 3) == std::vector<std::string>{"kale", "kale-cooked"});
  CHECK(catalog.suggest("cheese", 3) == std::vector<std::string>{"cheese-a", "cheese-b"});
  CHECK(catalog.suggest("zzzzzz", 3).empty());
}

TEST_CASE("suggestions show an alias as its table writes it, and count the slips of Japanese in characters") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  // The written alias, with its accents (had been its key, `epinards`).
  CHECK(catalog.suggest("epinrds", 3) == std::vector<std::string>{"\u00e9pinards"});
  // Slips of Chinese and Japanese are counted in characters: `トウフ` is three bytes from `ワカメ` (two characters), and
  // `ほうれん` one character from `ほうれん草`.
  CHECK(catalog.suggest("\u30c8\u30a6\u30d5", 3).empty());
  CHECK(catalog.suggest("\u307b\u3046\u308c\u3093", 3) == std::vector<std::string>{"\u307b\u3046\u308c\u3093\u8349"});
  // So is a curly apostrophe, of three bytes.
  CHECK(catalog.suggest("goat\u2019s chese", 3) == std::vector<std::string>{"goat-cheese"});
  // The name itself still is, as written (its key has lost the voicing marks: `ハナナ`).
  CHECK(catalog.suggest("\u30d0\u30ca\u30ca", 3) == std::vector<std::string>{"\u30d0\u30ca\u30ca"});
}

TEST_CASE("suggestions stop after a bounded number of searches, and a copy counts afresh") {
  const auto table = parse_food_table(kBase, "base.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  for (std::uint32_t i = 0; i < FoodCatalog::kMaxSuggestionSearches; ++i) {
    REQUIRE(catalog.suggest("kael", 3) == std::vector<std::string>{"kale"});
  }
  CHECK(catalog.suggest("kael", 3).empty());
  CHECK(catalog.searched_out());
  const FoodCatalog copy = catalog;
  CHECK_FALSE(copy.searched_out());
  CHECK(copy.suggest("kael", 3) == std::vector<std::string>{"kale"});
}

TEST_CASE("richest_in_k2 ranks foods with a known K2 value") {
  const auto table = parse_food_table(kBase, "base.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  const std::vector<Food> rich = catalog.richest_in_k2(2);
  REQUIRE(rich.size() == 2);
  CHECK(rich[0].id() == "natto");
  CHECK(rich[1].id() == "gouda");
  CHECK(catalog.richest_in_k2(10).size() == 3);
}

TEST_CASE("portion names of every table are known units") {
  const auto table = parse_food_table(kBase, "base.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  CHECK(catalog.is_portion_unit("slice"));
  CHECK_FALSE(catalog.is_portion_unit("cup"));
}
