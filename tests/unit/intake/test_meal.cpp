#include "vitk/intake/meal.hpp"

#include "vitk/foods/builtin_foods.hpp"

#include <doctest/doctest.h>

#include <initializer_list>

#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food_table.hpp"

using namespace vitk;

namespace {

constexpr std::string_view kFoods = R"(
[[food]]
id = "kale"
name = "Kale, raw"
source = "s"
k1 = 704.8
portions = { cup = 16, serving = 16 }

[[food]]
id = "natto"
name = "Natto"
source = "s"
k2 = { mk7 = 939 }
portions = { tbsp = 15 }

[[food]]
id = "egg"
name = "Egg"
source = "s"
portions = { large = 50, serving = 50 }

[[food]]
id = "cup-cake"
name = "Cup cake"
source = "s"
portions = { serving = 60 }

[[food]]
id = "chicken-thigh"
name = "Chicken thigh"
source = "s"
portions = { thigh = 89 }

[[food]]
id = "cheese-a"
name = "Cheese"
source = "s"

[[food]]
id = "cheese-b"
name = "Cheese"
source = "s"
)";

struct Fixture {
  std::unique_ptr<FoodTable> table = parse_food_table(kFoods, "foods.toml");
  FoodCatalog catalog;
  Fixture() { catalog.add(table->data()); }

  std::string item(std::string_view text) const {
    const Item parsed = parse_item(text, SourceLocation{"m.txt", 4, 3}, catalog);
    return fmt_item(parsed);
  }

  std::string error(std::string_view text) const {
    try {
      parse_item(text, SourceLocation{"m.txt", 4, 3}, catalog);
    } catch (const Error& e) {
      return format_diagnostic(e);
    }
    return "no error";
  }

  static std::string fmt_item(const Item& item) {
    char grams[32];
    std::snprintf(grams, sizeof grams, "%.4g", item.grams);
    char quantity[32];
    std::snprintf(quantity, sizeof quantity, "%.4g", item.quantity);
    return std::string(item.food.id()) + " " + quantity + " " + std::string(item.unit) + " = " + grams + " g";
  }
};

MealLine split(std::string_view text) {
  SourceLocation at{"m.txt", 1, 1};
  MealLine line;
  split_line(text, at, line);
  return line;
}

std::string split_error(std::string_view text) {
  SourceLocation at{"m.txt", 7, 1};
  MealLine line;
  try {
    split_line(text, at, line);
  } catch (const Error& e) {
    return format_diagnostic(e);
  }
  return "no error";
}

}  // namespace

TEST_CASE("every item shape of the grammar is read") {
  const Fixture f;
  CHECK(f.item("2 cups kale") == "kale 2 cup = 32 g");
  CHECK(f.item("2 cup kale") == "kale 2 cup = 32 g");
  CHECK(f.item("50 g natto") == "natto 50 g = 50 g");
  CHECK(f.item("50g natto") == "natto 50 g = 50 g");
  CHECK(f.item("2 eggs") == "egg 2 serving = 100 g");
  CHECK(f.item("natto 50g") == "natto 50 g = 50 g");
  CHECK(f.item("natto 50 g") == "natto 50 g = 50 g");
  CHECK(f.item("kale 1.5 cups") == "kale 1.5 cup = 24 g");
  CHECK(f.item("egg") == "egg 1 serving = 50 g");
  CHECK(f.item("egg 3") == "egg 3 serving = 150 g");
  CHECK(f.item("1/2 cup kale") == "kale 0.5 cup = 8 g");
  CHECK(f.item("1 1/2 cups kale") == "kale 1.5 cup = 24 g");
  CHECK(f.item("kale 1 1/2 cups") == "kale 1.5 cup = 24 g");
  CHECK(f.item("kale 1 1/2cup") == "kale 1.5 cup = 24 g");
  CHECK(f.item("2 large eggs") == "egg 2 large = 100 g");
  CHECK(f.item("2 Tbsp natto") == "natto 2 tbsp = 30 g");
  CHECK(f.item("2 tablespoons natto") == "natto 2 tbsp = 30 g");
  CHECK(f.item("natto 1 oz") == "natto 1 oz = 28.35 g");
  CHECK(f.item("natto 0.1 kg") == "natto 0.1 kg = 100 g");
  CHECK(f.item("natto 500 mg") == "natto 500 mg = 0.5 g");
  CHECK(f.item("natto 1 lb") == "natto 1 lb = 453.6 g");
  CHECK(f.item("natto 3 grams") == "natto 3 g = 3 g");
  CHECK(f.item("2 thighs chicken-thigh") == "chicken-thigh 2 thigh = 178 g");
  CHECK(f.item("KALE   2   CUPS") == "kale 2 cup = 32 g");
}

TEST_CASE("a food whose name starts with a unit word is still found") {
  const Fixture f;
  CHECK(f.item("2 cup cakes") == "cup-cake 2 serving = 120 g");
}

TEST_CASE("bad items name the word at fault") {
  const Fixture f;
  CHECK(f.error("kael 100g") == "m.txt:4:3: error: unknown food 'kael' (did you mean 'kale'? see: vitk foods search kael)");
  CHECK(f.error("2 cups kael") == "m.txt:4:10: error: unknown food 'kael' (did you mean 'kale'? see: vitk foods search kael)");
  CHECK(f.error("chicken") == "m.txt:4:3: error: unknown food 'chicken' (did you mean 'chicken-thigh' (Chicken "
                              "thigh)? write the id or a fuller name; see: vitk foods search chicken)");
  CHECK(f.error("pizza") == "m.txt:4:3: error: unknown food 'pizza' (see: vitk foods search pizza)");
  CHECK(f.error("cheese 30 g") ==
        "m.txt:4:3: error: 'cheese' matches 2 foods: 'cheese-a' (Cheese), 'cheese-b' (Cheese) (write the id)");
  CHECK(f.error("natto 2 slices") == "m.txt:4:11: error: 'natto' has no portion 'slices' (units: mg, g, kg, oz, lb, volumes such as ml, l, cup, tbsp, "
        "tsp, fl oz (by its tbsp of 15 g))");
  CHECK(f.error("natto") ==
        "m.txt:4:3: error: 'natto' has no serving size; give an amount such as 'natto 100 g' (units: mg, g, kg, oz, "
        "lb, volumes such as ml, l, cup, tbsp, tsp, fl oz (by its tbsp of 15 g))");
  CHECK(f.error("2 natto") ==
        "m.txt:4:5: error: 'natto' has no serving size; give an amount such as 'natto 100 g' (units: mg, g, kg, oz, "
        "lb, volumes such as ml, l, cup, tbsp, tsp, fl oz (by its tbsp of 15 g))");
  CHECK(f.item("chicken thighs 2") == "chicken-thigh 2 thigh = 178 g");
  CHECK(f.item("2 chicken thighs") == "chicken-thigh 2 thigh = 178 g");
  CHECK(f.error("0 g kale") == "m.txt:4:3: error: quantity '0' must be greater than 0");
  CHECK(f.error("-5 g kale") == "m.txt:4:3: error: quantity '-5' must be greater than 0");
  CHECK(f.error("kale -5 g") == "m.txt:4:8: error: quantity '-5' must be greater than 0");
  CHECK(f.error("kale 1/0 cup") == "m.txt:4:8: error: quantity '1/0' divides by zero");
  CHECK(f.error("1e400 g kale") ==
        "m.txt:4:3: error: malformed quantity '1e400' (expected a number such as 2, 1.5, 1/2, 1 1/2 or ½)");
  CHECK(f.error("kale 1e400") ==
        "m.txt:4:8: error: malformed quantity '1e400' (expected a number such as 2, 1.5, 1/2, 1 1/2 or ½)");
  CHECK(f.error("kale nan g") == "m.txt:4:12: error: expected a quantity before 'g'");
  CHECK(f.error("kale inf g") == "m.txt:4:12: error: expected a quantity before 'g'");
  CHECK(f.item("½ cup kale") == "kale 0.5 cup = 8 g");
  CHECK(f.error("50g") == "m.txt:4:3: error: expected a food after '50g'");
  CHECK(f.error("2 1/2") == "m.txt:4:3: error: expected a food after '2 1/2'");
  CHECK(f.error("2 cups") == "m.txt:4:3: error: expected a food after '2 cups'");
  CHECK(f.error("3 g") == "m.txt:4:3: error: expected a food after '3 g'");
  CHECK(f.error("kale 200 kg") == "m.txt:4:8: error: amount of 200000 g is more than 100 kg");
  CHECK(f.error("100000 cups kale") == "m.txt:4:3: error: amount of 1600000 g is more than 100 kg");
  CHECK(f.error("kale 200000 g") == "m.txt:4:8: error: amount of 200000 g is more than 100 kg");
  CHECK(f.error("kale 0x10 g") ==
        "m.txt:4:8: error: malformed quantity '0x10' (expected a number such as 2, 1.5, 1/2, 1 1/2 or ½)");
  CHECK(f.error("kale 0.0000000000001 g") ==
        "m.txt:4:8: error: quantity '0.0000000000001' has more than 12 digits (expected a number such as 2, 1.5, "
        "1/2 or 1 1/2)");
}

TEST_CASE("once a run has made its searches for suggestions, an unknown name says so") {
  const Fixture f;
  for (std::uint32_t i = 0; i < FoodCatalog::kMaxSuggestionSearches; ++i) (void)f.catalog.may_search();
  CHECK(f.error("kael 100g") == "m.txt:4:3: error: unknown food 'kael' (this run has made its 1000 searches for "
                                "suggestions; see: vitk foods search kael)");
}

TEST_CASE("the grams are limited whatever the unit") {
  const Fixture f;
  CHECK(f.item("kale 200000 mg") == "kale 2e+05 mg = 200 g");
  CHECK(f.item("kale 100 kg") == "kale 100 kg = 1e+05 g");
  CHECK(f.error("kale 100001 g") == "m.txt:4:8: error: amount of 100001 g is more than 100 kg");
}

TEST_CASE("a number among the words of a food is a second amount, not part of the first") {
  const Fixture f;
  const std::string expected = "(expected one amount per item, such as 'kale 2 cups', or a mixed number such as "
                               "'kale 1 1/2 cups')";
  CHECK(f.error("natto 2 100 g") == "m.txt:4:9: error: stray number '2' " + expected);
  CHECK(f.error("kale 2 3") == "m.txt:4:8: error: stray number '2' " + expected);
  CHECK(f.error("natto 1 1.5 g") == "m.txt:4:9: error: stray number '1' " + expected);
  CHECK(f.error("2 100 g natto") == "m.txt:4:5: error: stray number '100' " + expected);
  CHECK(f.error("kale 2 3 cups") == "m.txt:4:8: error: stray number '2' " + expected);
  // A true mixed number still adds up.
  CHECK(f.item("kale 1 1/2 cups") == "kale 1.5 cup = 24 g");
  CHECK(f.item("kale 1 1/2cups") == "kale 1.5 cup = 24 g");
  CHECK(f.item("kale 2 1/2") == "kale 2.5 serving = 40 g");
}

TEST_CASE("too many words are refused") {
  const Fixture f;
  std::string text;
  for (int i = 0; i < 60; ++i) text += "a ";
  CHECK(f.error(text) == "m.txt:4:99: error: item has more than 48 words");
}

TEST_CASE("split_line tells blank date and item lines apart") {
  CHECK(split("").kind == LineKind::blank);
  CHECK(split("   # a comment").kind == LineKind::blank);
  const MealLine date = split("2026-11-24");
  CHECK(date.kind == LineKind::date);
  CHECK(date.date == Date{2026, 11, 24});
  CHECK(split("  2026-11-24:  ").kind == LineKind::date);
  const MealLine bad = split("2026-02-30");
  CHECK(bad.kind == LineKind::bad_date);
  CHECK(bad.date_problem == DateProblem::impossible);
  CHECK(bad.date_text.text == "2026-02-30");
  CHECK(bad.date_text.column == 1);
}

TEST_CASE("a date may carry a time of day and the items of the day") {
  for (const std::string_view text : {"2026-11-24 08:00", "2026-11-24T08:00", "2026-11-24 8:05:59", "2026-11-24 08:00:"}) {
    CAPTURE(text);
    const MealLine line = split(text);
    CHECK(line.kind == LineKind::date);
    CHECK(line.date == Date{2026, 11, 24});
    CHECK(line.items.empty());
  }
  for (const std::string_view text : {"2026-11-23; kale 1 cup", "2026-11-23: kale 1 cup", "2026-11-23  kale 1 cup"}) {
    CAPTURE(text);
    const MealLine line = split(text);
    CHECK(line.kind == LineKind::date);
    CHECK(line.date == Date{2026, 11, 23});
    REQUIRE(line.items.size() == 1);
    CHECK(line.items[0].text == "kale 1 cup");
    CHECK(line.items[0].column == 13);
  }
  const MealLine labelled = split("2026-11-23 08:00 lunch: kale 1 cup; egg");
  CHECK(labelled.kind == LineKind::date);
  CHECK(labelled.label == "lunch");
  CHECK(labelled.items.size() == 2);
  const MealLine not_a_time = split("2026-11-24 08:00x");  // the date, then an item that will fail as one
  CHECK(not_a_time.kind == LineKind::date);
  REQUIRE(not_a_time.items.size() == 1);
  CHECK(not_a_time.items[0].text == "08:00x");
}

TEST_CASE("a date in another form is named as such") {
  for (const std::string_view text : {"2026/11/24", "24.11.2026", "11/24/2026", "24-11-2026", "2026.11.24",
                                      "2026-1-5", "24.11.26", "24/11/2026: kale 1 cup"}) {
    CAPTURE(text);
    const MealLine line = split(text);
    CHECK(line.kind == LineKind::bad_date);
    CHECK(line.date_problem == DateProblem::other_form);
    CHECK(line.date_text.text == text.substr(0, text.find(':')));
  }
  CHECK(split("1/2 cup kale").kind == LineKind::items);
  CHECK(split("1 1/2 cups kale").kind == LineKind::items);
  CHECK(split("24-11-26 kale").kind == LineKind::items);  // a two-digit year only with '/' or '.'
}

TEST_CASE("split_line finds items labels and comments") {
  const MealLine items = split("natto 50g;  2 cups kale ; ;egg # breakfast");
  REQUIRE(items.kind == LineKind::items);
  REQUIRE(items.items.size() == 3);
  CHECK(items.items[0].text == "natto 50g");
  CHECK(items.items[0].column == 1);
  CHECK(items.items[1].text == "2 cups kale");
  CHECK(items.items[1].column == 13);
  CHECK(items.items[2].text == "egg");
  CHECK(items.items[2].column == 28);
  const MealLine label = split("Breakfast:");
  CHECK(label.kind == LineKind::items);
  CHECK(label.label == "Breakfast");
  CHECK(label.items.empty());
  const MealLine inline_label = split("lunch: kale 1 cup");
  CHECK(inline_label.label == "lunch");
  REQUIRE(inline_label.items.size() == 1);
  CHECK(inline_label.items[0].text == "kale 1 cup");
  CHECK(inline_label.items[0].column == 8);
  CHECK(split("natto#1 50g").items[0].text == "natto#1 50g");
}

TEST_CASE("split_line keeps a semicolon within a parenthesis in its item") {
  const MealLine line = split("1 ripe plantain (225 g; about 8 ounces), peeled; kale 1 cup");
  REQUIRE(line.items.size() == 2);
  CHECK(line.items[0].text == "1 ripe plantain (225 g; about 8 ounces), peeled");
  CHECK(line.items[1].text == "kale 1 cup");
  CHECK(line.items[1].column == 50);
  CHECK(split("2 sticks butter (8 oz; 225 g)").items.size() == 1);
  // A parenthesis that does not close before the next opens, or never closes, keeps no semicolon, nor does one
  // between words.
  CHECK(split("kale (1 cup; natto (50g)").items.size() == 2);
  CHECK(split("kale (1 cup; natto 50g").items.size() == 2);
  CHECK(split("kale (1 cup); natto (50g; 2 tbsp); egg").items.size() == 3);
  CHECK(split("salad (kale; spinach; arugula)").items.size() == 3);
  CHECK(split("1 cup spinach (raw; 2 eggs)").items.size() == 2);
  CHECK(split("1 cup spinach (30 g; 2 cups kale)").items.size() == 2);
  CHECK(split("1 cup milk (2%; 244 g)").items.size() == 2);
  CHECK(split("7\u00bd tablespoons (3\u00be ounces; 110 grams) butter").items.size() == 1);
  CHECK(split("1 tbsp butter (1 1/2 tsp; 7g)").items.size() == 1);
  CHECK(split("16 tablespoons (2 sticks; 255g) unsalted butter").items.size() == 1);
  CHECK(split("1 ripe banana (\u00bd cup; 4 ounces; 113.5 grams)").items.size() == 1);
}

TEST_CASE("split_line refuses bytes that are not text") {
  CHECK(split_error(std::string_view("kale\0", 5)) == "m.txt:7:5: error: NUL byte (expected text)");
  CHECK(split_error("ka\x01le") == "m.txt:7:3: error: control character 0x01 (expected text)");
  CHECK(split_error("kale \xFF") == "m.txt:7:6: error: invalid UTF-8 (expected text in UTF-8)");
  CHECK(split_error("crème fraîche 30 g") == "no error");
  CHECK(split_error("kale\t2 cups") == "no error");
}

TEST_CASE("the fast lane reads simple items exactly as parse_item does") {
  const Fixture f;
  const std::vector<std::string> names = {"kale", "KALE", "natto", "egg", "chicken-thigh", "cup-cake", "cheese",
                                          "kael", "2", "g", "kale,"};
  const std::vector<std::string> quantities = {"1", "50", "0.25", "007", "1.", ".5", "0", "100000", "100001",
                                               "1/2", "1e3", "12345678901", "1234567890123", "2.5.1"};
  const std::vector<std::string> units = {"g", "kg", "mg", "oz", "lb", "G", "grams", "cup", "cups", ""};
  std::size_t fast = 0, total = 0;
  for (const std::string& name : names) {
    for (const std::string& quantity : quantities) {
      for (const std::string& unit : units) {
        for (const std::string& text : {name + " " + quantity + " " + unit, name + " " + quantity + unit,
                                        quantity + " " + unit + " " + name, quantity + unit + " " + name,
                                        name + "  " + quantity + unit, std::string(" ") + name + " " + quantity + unit}) {
          ++total;
          Item simple;
          if (!parse_simple_item(text, f.catalog, simple)) continue;
          ++fast;
          CAPTURE(text);
          const Item general = parse_item(text, SourceLocation{"m.txt", 1, 1}, f.catalog);
          CHECK(simple.food == general.food);
          CHECK(simple.quantity == general.quantity);
          CHECK(simple.unit == general.unit);
          CHECK(simple.grams == general.grams);
        }
      }
    }
  }
  CHECK(fast > 100);  // the lane is taken
  CHECK(fast < total);
  Item item;
  for (std::string_view text : {"2026-11-24", "kale 50 g # lunch", "lunch: kale 50 g", "kale 50 g; egg", "egg",
                                "2 eggs", "kale 2 cups", "kale\t50g", "kale 50 g ", "café 50 g"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_simple_item(text, f.catalog, item));
  }
}

TEST_CASE("every portion of every built-in food reads alike in every shape of an amount") {
  // N UNIT FOOD, FOOD N UNIT, N UNIT of FOOD, and the number as a word: the same food and the same grams.
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"p", 1, 1};
  std::size_t checked = 0;
  for (const Food& f : catalog.foods()) {
    for (std::size_t p = 0; p < f.portion_count(); ++p) {
      const Portion portion = f.portion(p);
      const std::string id(f.id()), unit(portion.unit);
      for (const std::string& text : {"3 " + unit + " " + id, id + " 3 " + unit, "3 " + unit + " of " + id,
                                      "three " + unit + " " + id, id + " three " + unit}) {
        CAPTURE(text);
        try {
          const Item item = parse_item(text, at, catalog);
          CHECK(item.food == f);
          CHECK(item.grams == doctest::Approx(3 * portion.grams));
        } catch (const Error& e) {
          FAIL_CHECK(std::string(e.what()));
        }
        ++checked;
      }
    }
  }
  CHECK(checked > 40000);
}

namespace {

/// An item and the built-in food and grams it must read as.
struct Line {
  std::string_view text;
  std::string_view id;
  double grams;
};

void check_reads(const FoodCatalog& catalog, const SourceLocation& at, std::initializer_list<Line> lines) {
  for (const Line& line : lines) {
    CAPTURE(line.text);
    try {
      const Item item = parse_item(line.text, at, catalog);
      CHECK(item.food.id() == line.id);
      CHECK(item.grams == doctest::Approx(line.grams).epsilon(0.002));
    } catch (const Error& e) {
      FAIL_CHECK(format_diagnostic(e));
    }
  }
}

/// An item and a part of the message it must be refused with.
struct Refused {
  std::string_view text;
  std::string_view message;
};

void check_refused(const FoodCatalog& catalog, const SourceLocation& at, std::initializer_list<Refused> lines) {
  for (const Refused& line : lines) {
    CAPTURE(line.text);
    try {
      const Item item = parse_item(line.text, at, catalog);
      FAIL_CHECK("read as " << item.food.id() << ", " << item.grams << " g");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find(line.message) != std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE("recipe lines as cookbooks write them read with the built-in foods") {
  // The British and American names of recipes, two units of a kind, counts of pieces and rounded equivalents.
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"100g/4oz caster sugar", "sugar", 100},
           Line{"2 tbsp golden caster sugar", "sugar", 25},
           Line{"50g/2oz light muscovado sugar", "brown-sugar", 50},
           Line{"10 cherry tomatoes, halved", "tomato", 170},
           Line{"4 plum tomatoes", "tomato", 248},
           Line{"250g/9oz cherry tomatoes", "tomato", 250},
           Line{"125g ball mozzarella cheese, torn", "mozzarella", 125},
           // The piece a weight weighs.
           Line{"50g/2oz piece fresh root ginger, peeled", "ginger", 50},
           Line{"200g/7oz piece of salmon", "salmon", 200},
           Line{"25g knob of butter", "butter", 25},
           Line{"8 ounces slab bacon", "raw-bacon", 226.8},
           // A count glued to its sign and amount; a can of a food sold ready to serve.
           Line{"1x400g can tomatoes", "canned-tomatoes", 400},
           Line{"2x250ml cartons milk", "milk", 515.66},
           Line{"One 14½-ounce can chicken broth", "usda-06194", 411.07},
           // Sourdough's slices are those of the toasted bread; a slice of no size is the medium one.
           Line{"a slice of sourdough", "sourdough", 59},
           Line{"2 slices of lemon", "lemon", 14},
           Line{"1 large slice sourdough", "sourdough", 88},
           // Another name of a portion, after the food too.
           Line{"1 celery rib", "celery", 40},
           Line{"2 celery sticks", "celery", 80},
           // Eggs whose note keeps one part.
           Line{"1 head endive", "endive", 513},
           Line{"1 egg, yolk only", "egg-yolk", 17},
           Line{"3 large eggs (whites only)", "egg-white", 99},
           Line{"2 large free-range eggs, yolks only", "egg-yolk", 34},
           Line{"2 endives (about 300 g)", "endive", 300},
           Line{"100g frozen artichoke hearts", "usda-11010", 100},
           Line{"1×400g can tomatoes", "canned-tomatoes", 400},
           Line{"2 eggs, separated", "egg", 100},
           // A dry food is a dried one.
           Line{"50g dried breadcrumbs", "breadcrumbs", 50},
           Line{"1 tsp dried yeast", "dry-yeast", 4},
           // How firmly a measure is packed, before its unit.
           Line{"1 packed cup spinach", "spinach", 30},
           Line{"1 firmly packed cup brown sugar", "brown-sugar", 220},
           Line{"2 lightly packed cups basil", "basil", 48},
           Line{"1 cup ricotta cheese", "ricotta", 248},
           Line{"100g soft goats' cheese", "goat-cheese", 100},
           Line{"284ml/10fl oz double cream", "heavy-cream", 285.7},
           Line{"200g/7oz tin kidney beans, drained", "usda-16029", 200},
           Line{"1lb 10oz smoked haddock", "usda-15035", 737.09},
           Line{"1 cup plus 2 tablespoons milk", "milk", 274.5},
           Line{"Scant 1/2 teaspoon salt", "salt", 3},
           Line{"2 x 400g cans kidney beans, drained", "usda-16029", 800},
           Line{"2 x 400g tins chopped tomatoes", "canned-tomatoes", 800},
           Line{"1 (14.5-ounce) can diced tomatoes", "canned-tomatoes", 411.07},
           Line{"juice of 1 lemon", "lemon-juice", 48},
           Line{"3 ribs celery, chopped", "celery", 120},
           Line{"100g icing sugar, sifted", "powdered-sugar", 100},
           Line{"1 litre hot chicken stock", "chicken-stock", 1014.4},
           Line{"500g new potatoes, halved", "raw-potato", 500},
           Line{"1 lg red onion, sliced", "onion", 150},
           Line{"2 tbsp olive or vegetable oil", "olive-oil", 27},
           Line{"2 tbsp grappa or olive oil", "olive-oil", 27},
           Line{"2 tbsp brandy", "spirits", 27.8},
           Line{"100 g raw almonds", "almonds", 100},
           Line{"100g/3½oz ground almonds", "almonds", 100},
           Line{"2 free-range eggs", "egg", 100},
           Line{"1 cup seedless red grapes", "grapes", 151},
           Line{"2 tbsp flatleaf parsley, chopped", "parsley", 7.6},
           Line{"2 tsp ground turmeric 10 mL", "turmeric", 6},
           Line{"325g/11½oz (about 2) very ripe pears", "pear", 325},
           Line{"600ml/1pint 1½fl oz milk", "milk", 618.8},
           // Vinegars of any kind, mustards, olives and mushrooms by their kind; a pinch is 1/16 teaspoon.
           Line{"2 tbsp red wine vinegar", "vinegar", 29.8},
           Line{"3 tbsp rice vinegar", "vinegar", 44.7},
           Line{"1 tbsp dijon mustard", "mustard", 15.56},
           Line{"2 tsp wholegrain mustard", "wholegrain-mustard", 10},
           Line{"1 yellow pepper, deseeded and sliced", "yellow-pepper", 119},
           Line{"125g buffalo mozzarella, torn", "buffalo-mozzarella", 125},
           Line{"50g/2oz pitted kalamata olives", "olives", 50},
           Line{"250g/9oz mixed wild mushrooms", "mushroom", 250},
           Line{"2 jalapenos, seeded and minced", "jalapeno", 28},
           Line{"6 sun-dried tomatoes, chopped", "sun-dried-tomatoes", 12},
           Line{"500g passata", "passata", 500},
           Line{"200g dried cannellini beans", "dried-white-beans", 200},
           Line{"1 cup sliced water chestnuts", "water-chestnuts", 140},
           Line{"150g bulgur wheat", "bulgur-dry", 150},
           Line{"4 tomatillos, husked", "tomatillo", 136},
           Line{"8 dried shiitake mushrooms", "dried-shiitake", 28.8},
           Line{"a pinch of salt", "salt", 0.3802},
           Line{"75g/2½oz plain flour", "flour", 75},
           Line{"6 tbsp natural yoghurt", "yogurt", 91.88},
           Line{"2 tablespoons lard or vegetable oil", "usda-04002", 25.6},
           Line{"4 anchovy fillets, chopped", "anchovies", 16},
           Line{"2 tbsp dry sherry", "usda-14536", 29.5},
           Line{"3 tbsp sherry", "usda-14536", 44.25},
           Line{"2 tbsp ghee or vegetable oil, for frying", "ghee", 25.6},
           Line{"Corn or canola oil for frying", "corn-oil", 13.6},
           Line{"2 Tb minced shallots or green onions", "shallot", 20},
           Line{"½ cup chicken or vegetable stock or reduced-sodium broth", "chicken-stock", 120},
           Line{"15g/½oz dark or milk chocolate chopped into small pieces", "dark-chocolate", 15},
  });
}

TEST_CASE("a count of a whole food that the built-in table has no weight for is refused, and its name alone is a serving") {
  // A vegetable, fruit, nut, legume, cheese, meat, poultry or fish whose serving is a cup or an ounce has no
  // weight for one whole one; a whole loaf is no serving of bread; a salad is no head of lettuce; a size without a
  // number is one of that size; a glass or a mug is a drink's serving.
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_refused(catalog, at, {
           // The part of a fried egg has no weight here (had read as the whole fried eggs, 92 g).
           Refused{"2 fried eggs, yolk only", "the note keeps the yolk of 'fried eggs' alone"},
           Refused{"1 celeriac", "'celeriac' has no portion of one piece, so a count of 1 is no weight"},
           Refused{"½ celeriac", "'celeriac' has no portion of one piece, so a count of 0.5 is no weight"},
           Refused{"1 butternut squash", "'butternut squash' has no portion of one piece"},
           Refused{"a pumpkin", "'pumpkin' has no portion of one piece"},
           Refused{"1 savoy cabbage", "'savoy cabbage' has no portion of one piece"},
           Refused{"1 chicken", "(roast-chicken, Chicken, meat only, roasted) has no portion of one piece"},
           Refused{"a duck", "'duck' has no portion of one piece"},
           Refused{"1 trout", "'trout' has no portion of one piece"},
           Refused{"1 brie", "'brie' has no portion of one piece"},
           Refused{"1 pecans", "'pecans' has no portion of one piece"},
           Refused{"1 salad", "'salad' (romaine, Lettuce, romaine, raw) has no portion of one piece"},
           Refused{"a green salad", "'green salad' (romaine, Lettuce, romaine, raw) has no portion of one piece"},
           Refused{"1 little gem", "'little gem' (romaine, Lettuce, romaine, raw) has no portion of one piece"},
           Refused{"1 baguette", "'baguette' (sourdough, Bread, French or sourdough) has no portion 'baguette'"},
           Refused{"half a baguette", "has no portion 'baguette'"},
           Refused{"1 chicken or vegetable stock cube or similar", "unknown food"},
           Refused{"6 scallops", "'scallops' has no portion of one piece, so a count of 6 is no weight"},
           Refused{"a chickpea", "(chickpeas, Chickpeas, cooked, boiled) has no portion of one piece"},
           Refused{"a camembert", "'camembert' has no portion of one piece"},
           Refused{"1 cheese", "(cheddar, Cheese, cheddar) has no portion of one piece"},
           Refused{"1 mozzarella ball", "has no portion 'ball'"},
           Refused{"a parmesan shaving", "has no portion 'shaving'"},
           Refused{"a ciabatta", "has no portion 'ciabatta'"},
           Refused{"1 pepper", "'pepper' may be black pepper (black-pepper), a spice, or a sweet pepper (red-pepper, "
                               "green-pepper); write which, such as 'black pepper 1 tsp' or 'red pepper 1'"},
           Refused{"large pizza", "'pizza' has no portion 'large'"},
           Refused{"large chicken breast", "'chicken breast' has no portion 'large'"},
           Refused{"a little gem lettuce", "has no portion of one piece"},
           Refused{"beans on toast", "'beans on toast' names two foods"},
           Refused{"a glass of olive oil", "has no portion 'glass'"},
           Refused{"a large glass of wine", "(red-wine, Wine, red) has no large glass"},
           Refused{"10 fries", "has no portion of one piece, so a count of 10 is no weight"},
           Refused{"10 onion rings", "'onion rings' has no portion of one piece, so a count of 10 is no weight"},
           Refused{"10 grape tomatoes", "has no portion of a grape one, whose pieces weigh less"},
           Refused{"4 beefsteak tomatoes", "has no portion of a beefsteak one, whose pieces weigh more"},
           Refused{"10 king prawns", "(shrimp, Shrimp, cooked) has no portion of a king one"},
           Refused{"a small tin of tuna", "has no small can, only USDA's one size"},
           Refused{"a small bag of potato chips", "has no small bag, only USDA's one size"},
  });
  check_reads(catalog, at, {
           Line{"celeriac", "celeriac", 156},
           Line{"salad", "romaine", 85},
           Line{"1 cos lettuce", "romaine", 626},
           // Where USDA qualifies every measure of a unit, the medium one is the unit: a head of lettuce or cabbage
           // is USDA's medium head, a large one its large head.
           Line{"1 lettuce", "iceberg", 539},
           Line{"1 large lettuce", "iceberg", 755},
           Line{"baguette 100 g", "sourdough", 100},
           Line{"1 rice", "white-rice", 158},
           Line{"1 milk", "milk", 244},
           Line{"a kefir", "kefir", 245},
           Line{"1 avocado", "avocado", 136},
           Line{"half an avocado", "avocado", 68},
           Line{"1 cup diced avocado", "avocado", 150},
           Line{"1 cabbage", "cabbage", 908},
           Line{"a large cabbage", "cabbage", 1248},
           Line{"a croissant", "usda-18239", 57},
           Line{"a small croissant", "usda-18239", 42},
           Line{"2 eggs", "egg", 100},
           Line{"large fries", "french-fries", 154},
           Line{"small fries", "french-fries", 71},
           // So is one after the food, alone, in parentheses or after a comma.
           Line{"fries large", "french-fries", 154},
           Line{"fries (large)", "french-fries", 154},
           Line{"fries, large", "french-fries", 154},
           Line{"coke medium", "cola", 676},
           Line{"french fries medium size", "french-fries", 117},
           Line{"apple (small)", "apple", 149},
           Line{"a large coke", "cola", 984},
           Line{"a small potato", "potato", 138},
           Line{"2 large potatoes", "potato", 598},
           Line{"1 medium potato", "potato", 173},
           Line{"peanuts", "peanuts", 28.35},
           Line{"a glass of wine", "red-wine", 147},
           Line{"2 glasses of milk", "milk", 488},
           Line{"a mug of tea", "black-tea", 237},
           Line{"a tin of tuna", "tuna", 165},
           Line{"3 eggs, scrambled", "scrambled-egg", 183},
           Line{"potato salad 1 cup", "usda-22971", 250},
           Line{"natto", "natto", 40},
           Line{"baby spinach", "spinach", 30},
           Line{"large eggs", "egg", 50},
           Line{"1 large glass red wine (about 175ml/6fl oz)", "red-wine", 174},
           Line{"2 potatoes, peeled and cut into large dice", "potato", 346},
           Line{"Small scallions, trimmed", "spring-onion", 15},
           Line{"a 6 oz steak", "sirloin-steak", 170.1},
           Line{"4 roma tomatoes", "tomato", 248},
           Line{"small coke", "cola", 492},
           Line{"200g grape tomatoes", "tomato", 200},
           Line{"2 8 oz steaks", "sirloin-steak", 453.6},
           Line{"a 125g ball of mozzarella", "mozzarella", 125},
           Line{"a 200g piece of salmon", "salmon", 200},
  });
}

TEST_CASE("what is done to a food before it is cooked chooses the raw food, and a juiced fruit is its juice") {
  // A cooked common food (chicken breast is grilled) is its raw one where the item says the food was boned,
  // skinned, peeled, diced, cut or trimmed and writes no state; the raw names read on their own; a fruit whose
  // note says it is juiced is the juice that many fruits yield; an alternative in a parenthesis is set aside.
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"1½ lb boneless, skinless chicken breasts", "usda-05062", 680.39},
           Line{"2 boneless skinless chicken breasts, cut into chunks", "usda-05062", 544},
           Line{"1 lb chicken breasts, cut into chunks", "usda-05062", 453.59},
           Line{"1¾ pounds boneless, skinless chicken, cut into cubes", "usda-05011", 793.79},
           Line{"200-250g sirloin steak, cut into cubes", "usda-13929", 225},
           Line{"2 pounds jumbo shrimp, shelled and deveined", "raw-shrimp", 907.18},
           Line{"450g prawns, peeled", "raw-shrimp", 450},
           Line{"1kg parsnips, cut into small cubes", "usda-11298", 1000},
           Line{"1 lb potatoes, peeled and diced", "raw-potato", 453.59},
           Line{"2 cups sweet potato, peeled and cubed", "usda-11507", 266},
           Line{"100g butternut squash, peeled and julienned", "usda-11485", 100},
           Line{"8 oz (250 g) skinless boneless salmon, cut into ½-inch (1 cm) cubes", "raw-salmon", 226.8},
           // A pound as Australian tables write it, 500 g.
           Line{"1 lb (500 g) dates, pitted", "dates", 453.6},
           Line{"1½ lbs (750 g) ground beef, raw", "ground-beef-raw", 680.4},
           Line{"2 cups peeled and diced potatoes", "raw-potato", 300},
           Line{"1 lb peeled shrimp", "raw-shrimp", 453.59},
           Line{"500g potatoes, peeled and cut into chips", "raw-potato", 500},
           Line{"1 lime, squeezed", "lime-juice", 44},
           // A diary's shape (the food first, or a cut before it) and a way of cooking keep the cooked food.
           Line{"diced chicken breast 150g", "chicken-breast", 150},
           Line{"150g diced chicken breast", "chicken-breast", 150},
           Line{"skinless chicken thigh 120g", "chicken-thigh", 120},
           Line{"150 g chicken breast, cut into strips, grilled", "chicken-breast", 150},
           // A state written wins, and a raw food that cannot weigh a count leaves the cooked one.
           Line{"2 cups diced cooked chicken", "roast-chicken", 280},
           Line{"1 parsnip, peeled and cut into wedges", "parsnip", 160},
           Line{"chicken breast 150g", "chicken-breast", 150},
           // Boned or skinned says raw only with a weight, as bought: one may be eaten so.
           Line{"a skinless chicken thigh", "chicken-thigh", 89},
           Line{"2 boneless skinless chicken breasts", "chicken-breast", 392},
           Line{"100g salmon, sliced", "salmon", 100},
           // The raw names.
           Line{"raw chicken breast 200g", "usda-05062", 200},
           Line{"chicken breast, raw 200 g", "usda-05062", 200},
           Line{"2 raw chicken breasts", "usda-05062", 544},
           Line{"raw chicken thighs 500 g", "usda-05096", 500},
           Line{"raw steak 8 oz", "usda-13929", 226.8},
           Line{"raw sweet potato 200 g", "usda-11507", 200},
           Line{"raw turkey breast 100 g", "usda-05219", 100},
           Line{"raw scallops 100 g", "usda-15172", 100},
           Line{"raw beef mince 500g", "ground-beef-raw", 500},
           // Raw is uncooked.
           Line{"raw pasta 100g", "usda-20120", 100},
           Line{"raw quinoa 50g", "usda-20035", 50},
           // A count with its sign before an amount; a glass of ounces holds fluid ounces.
           Line{"2x 400g tins chopped tomatoes", "canned-tomatoes", 800},
           Line{"a 16oz glass of milk", "milk", 488.01},
           // A juiced fruit.
           Line{"2 lemons, halved and juiced", "lemon-juice", 96},
           Line{"½ lime, juice only", "lime-juice", 22},
           Line{"3 oranges, juice only", "orange-juice", 258},
           Line{"1 lemon (juice)", "lemon-juice", 48},
           Line{"juice of 1 orange", "orange-juice", 86},
           Line{"juice from 1 lemon", "lemon-juice", 48},
           Line{"freshly squeezed juice of 2 limes", "lime-juice", 88},
           // The juice measured in a parenthesis is the cook's fruit's, before USDA's yield of one.
           Line{"Juice of 1 medium lemon (about 2 tablespoons)", "lemon-juice", 30.5},
           Line{"juice of 2 limes (about 1/4 cup)", "lime-juice", 60.5},
           Line{"juice of 1 lemon (optional)", "lemon-juice", 48},
           Line{"juice of 2 unwaxed lemons", "lemon-juice", 96},
           Line{"1 lemon, zest and juice", "lemon", 58},
           Line{"Juice and zest of 1 lemon", "lemon", 58},
           Line{"zest and juice of 2 limes", "lime", 134},
           Line{"1 orange, peel and pith removed, segmented", "orange", 131},
           Line{"6 cooking apples, peeled, cut into sixths, and rolled in sugar and lemon juice", "apple", 1092},
           Line{"2 tablespoons freshly squeezed lemon juice (juice from 1 medium lemon)", "lemon-juice", 30.5},
           Line{"2 lamb chops", "usda-17024", 128},
           // A cookie is counted by USDA's cookie, not its large one.
           Line{"3 ginger snaps", "usda-18172", 21},
           Line{"a goose", "goose", 1548},
           // An alternative in a parenthesis.
           Line{"1 lb chicken (or turkey) breasts", "chicken-breast", 453.59},
           Line{"150g duck (or chicken) livers", "chicken-liver", 150},
           Line{"2 tbsp demerera (or light brown) sugar", "brown-sugar", 27.5},
  });
  check_refused(catalog, at, {
           Refused{"1 unwaxed lemon, finely grated zest only",
                   "vitk has no weight for the zest of one 'unwaxed lemon'; give the zest's amount as an item of its "
                   "own, such as 'grated lemon zest 1 tsp'"},
           Refused{"2 limes, zested", "vitk has no weight for the zest of one 'limes', and no food for lime zest"},
           Refused{"zest of 1 lemon",
                   "vitk has no weight for the zest of one 'lemon'; give the zest's amount as an item of its own, such "
                   "as 'grated lemon zest 1 tsp'"},
           Refused{"finely grated zest of 1 orange", "vitk has no weight for the zest of one 'orange', and no food for "
                                                     "orange zest (see: vitk foods search zest)"},
           Refused{"Strained juice of 1 large lemon", "vitk has no weight for the juice of a large 'lemon'"},
           Refused{"juice of 1 grapefruit", "vitk has no food for grapefruit juice (see: vitk foods search juice)"},
           Refused{"1 large lemon, juiced",
                   "vitk has no weight for the juice of a large 'lemon'; give the juice's volume as an item of its "
                   "own, such as 'lemon juice 2 tbsp'"},
           Refused{"2 grapefruit, juiced", "vitk has no weight for the juice of one 'grapefruit'"},
           Refused{"2 lemons (1 juiced, 1 cut into wedges)",
                   "the note says how much of 'lemons' is juiced or zested; write the juice, the zest and the fruit "
                   "as items of their own, such as 'juice of 1 lemon'"},
           Refused{"2 lemons, juice of 1 and 1 segmented", "the note says how much of 'lemons' is juiced or zested"},
           Refused{"1 orange juice",
                   "'1 orange juice' may be a serving of it or the juice of one orange; write which, such as 'orange "
                   "juice 1 cup' or 'juice of 1 orange'"},
           Refused{"1 tablespoon strawberry (or raspberry) extract", "'strawberry' is ambiguous"},
           // A part the food has no portion of is no whole bird, and `queso` may be a dip.
           Refused{"some spinach", "'some' is no amount that vitk has a weight for; give a weight or a volume"},
           Refused{"a 250ml glass of kale", "'kale' is no drink, and a glass holds one"},
           Refused{"a goose leg", "'goose leg' (goose, Goose, roasted (meat and skin)) has no portion 'leg'"},
           Refused{"half a cup of queso", "'queso' is ambiguous"},
  });
}

TEST_CASE("a way of cooking that the built-in table has no food for reads as one of the same kind") {
  // In water or steam (boiled, steamed, poached; USDA's moist heat), or in dry heat (grilled, broiled, baked,
  // roasted): the built-in cooked salmon and cod are USDA's `cooked, dry heat`, its cooked vegetables boiled.
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"steamed broccoli 1 cup", "broccoli-cooked", 156},
           Line{"broccoli 1 cup steamed", "broccoli-cooked", 156},
           Line{"steamed carrots 100g", "carrot-cooked", 100},
           Line{"grilled salmon 6 oz", "salmon", 170.1},
           // Never the roasted breast with its skin, which the item does not name.
           Line{"baked chicken breast 150g", "chicken-breast", 150},
           Line{"baked chicken 100g", "roast-chicken", 100},
           Line{"baked salmon 150g", "salmon", 150},
           Line{"salmon 100g grilled", "salmon", 100},
           Line{"baked cod 150g", "cod", 150},
           Line{"steamed shrimp 100g", "shrimp", 100},
           // Dry is uncooked, of a grain or a legume only.
           Line{"spaghetti 100g dry", "usda-20120", 100},
           Line{"rice 75 g dry", "raw-rice", 75},
           Line{"1 cup dry green lentils", "dry-lentils", 192},
           Line{"roasted potatoes 200g", "potato", 200},
           // `roast` is roasted (had been an unknown food).
           Line{"roast potatoes 200g", "potato", 200},
           Line{"roast sweet potato 100g", "sweet-potato", 100},
           // Only before the food: a pork loin roast is a joint (USDA's raw loin), not roasted pork.
           Line{"1 boneless pork loin roast (3 to 4 pounds), untied", "usda-10020", 1587.57},
  });
  const std::string_view refused = "form of it, and a state that changes vitamin K is not set aside";
  check_refused(catalog, at, {
           Refused{"poached salmon 100g", refused},
           Refused{"grilled shrimp 100 g", refused},
           Refused{"roasted broccoli 1 cup", refused},
           Refused{"1 Tbsp dry ginger", "unknown food 'dry ginger'"},
  });
}

TEST_CASE("of two foods joined by or, one word alone counts only where the second name is of the same kind") {
  // `coffee or vanilla bean ice cream`: the one word may be the beginning of a name that vitk has no food for.
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"2 tbsp butter or olive oil", "butter", 28.4},
           Line{"1 cup spinach or swiss chard", "spinach", 30},
           Line{"1/3 cup mascarpone or sour cream", "mascarpone", 77.3},
           Line{"1 cup ale or lager beer", "beer", 237.6},
           Line{"½ c fresh peas or frozen petite peas", "peas", 72.5},
           Line{"1 cup red or white wine", "red-wine", 235.2},
           // A second name that vitk has no food for leaves the first.
           Line{"2 jalapeño or serrano chilies, thinly sliced", "jalapeno", 28},
           Line{"1 cup rice or riced cauliflower", "white-rice", 158},
  });
  const std::string_view unknown = "unknown food";
  check_refused(catalog, at, {
           Refused{"1 cup coffee or vanilla bean ice cream", unknown},
           // Never the second food's pieces counted by the amount of the first.
           Refused{"150 g pasta or baked potato", unknown},
           Refused{"1 cup lentils or cherry tomatoes", unknown},
           Refused{"8 pear or cherry tomatoes", unknown},
           Refused{"1 large orange or red pepper, deseeded and cut in to chunks", "has no portion 'orange'"},
           Refused{"225g/8oz goose or duck fat", unknown},
           Refused{"1½ teaspoons chicken or vegetable bouillon granules", unknown},
           Refused{"600g/1lb 5oz green or red gooseberries", unknown},
  });
}

TEST_CASE("a can holds the canned food, and never a fresh food whose vitamin K differs more than twofold") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"One 15-ounce can diced tomatoes, with liquid", "canned-tomatoes", 425.2},
           // A note is no word of the canned food's name: no tomato juice, nor USDA's copy of the built-in food.
           Line{"One 14.5-ounce can diced tomatoes, with juice", "canned-tomatoes", 411.1},
           Line{"1 (14-ounce) can sweetened condensed milk", "condensed-milk", 396.9},
           Line{"One 13- to 14-ounce can unsweetened coconut milk", "coconut-milk", 405.0},
           // Canned kidney beans are USDA's, solids and liquids as a can's weight is (4.1 µg K1 per 100 g; boiled
           // ones have 8.4).
           Line{"1 (15-ounce) can kidney beans, drained and rinsed", "usda-16029", 425.2},
           Line{"2 cups minced hot red pepper", "hot-pepper", 300},
           Line{"2 hot chillies, finely chopped", "hot-pepper", 90},
           // USDA's one canned tomato puree of that name.
           Line{"1 (6-ounce [260 g]) can tomato puree", "passata", 170.1},
  });
  check_refused(catalog, at, {
           // Raw pears have 4.4 µg K1 per 100 g, canned ones 0.3 to 0.5.
           Refused{"2 (15 ounce) cans sliced pears, well drained", "'canned pears' is ambiguous: it could mean"},
           Refused{"1 (15 ounce) can pears", "'canned pears' is ambiguous: it could mean"},
  });
}

TEST_CASE("a cheese that USDA measures no slice of is sliced as USDA's cheddar, and a beef stew is the dish") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"a slice of gouda", "gouda", 28},
           Line{"2 slices of young gouda", "gouda-young", 56},
           Line{"edam 3 slices", "edam", 84},
           Line{"a slice of brie", "brie", 28},
           Line{"a wedge of brie", "brie", 38},
           Line{"200g beef stew", "usda-22905", 200},
           Line{"500 g stewing beef", "usda-23093", 500},
  });
}

TEST_CASE("everyday names of baked goods, soups and cuts read as USDA's foods, and a floret is a floweret") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"2 croissants", "usda-18239", 114},
           Line{"a large croissant", "usda-18239", 67},
           Line{"2 waffles", "usda-18403", 66},
           Line{"a cup of tomato soup", "usda-06559", 248},
           Line{"a ribeye steak", "usda-23227", 251},
           Line{"2 slices pumpernickel", "usda-18044", 64},
           Line{"a chapati", "usda-28285", 43},
           Line{"calf's liver 100g", "usda-17204", 100},
           Line{"turkey liver 100 g", "usda-05178", 100},
           Line{"jacket potato", "potato", 148},
           Line{"mange tout 80g", "snow-peas", 80},
           Line{"10 cauliflower florets", "cauliflower", 130},
           Line{"a portion of broccoli", "broccoli", 148},
           Line{"a large portion of fries", "french-fries", 154},
           Line{"3 strips of bacon", "bacon", 24.3},
           Line{"a large melon", "cantaloupe", 814},
           // A food whose one piece is no helping has its category's FDA reference amount as its serving, while a
           // count counts its piece.
           Line{"sardines", "sardines", 55},
           Line{"3 sardines", "sardines", 36},
           Line{"crackers", "saltines", 15},
           Line{"5 saltines", "saltines", 14.9},
           Line{"popcorn", "popcorn", 30},
           Line{"prunes", "prunes", 40},
           Line{"3 prunes", "prunes", 28.5},
           Line{"10 olives", "olives", 44},
           Line{"an omelette", "omelet", 110},
           // A pot or a tub before `of`, or ending the item, is the food's container; `pot roast` is a food.
           Line{"a pot of yogurt", "yogurt", 170},
           Line{"fruit yogurt 1 pot", "fruit-yogurt", 170},
           Line{"4 oz pot roast", "pot-roast", 113.4},
           Line{"10 dried apricots, chopped", "dried-apricots", 35},
  });
  check_refused(catalog, at, {
           Refused{"5 broccoli florets", "has no portion 'floret'"},
           // A gherkin is a small pickle, never USDA's large one (135 g).
           Refused{"a gherkin", "has no portion of one gherkin, which weighs less than the food's pieces"},
           Refused{"6 cornichons", "has no portion of one cornichon, which weighs less than the food's pieces"},
           // USDA's whole pot roast (1,166 g) is a joint, never one counted.
           Refused{"a pot roast", "has no portion of one piece"},
           // A strip is a slice of meat only.
           Refused{"3 strips zucchini", "has no portion 'strips'"},
           // Roast beef may be a deli slice of 9 g or a carved slice of a joint: ambiguous.
           Refused{"roast beef", "is ambiguous"},
           Refused{"a slice of roast beef", "is ambiguous"},
  });
}

TEST_CASE("the weight of a whole bird, fish or shellfish is refused, as vitk's foods are the meat alone") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  const std::string_view bird = "is the meat alone, and this weighs a whole bird with its bones";
  const std::string_view shell = "weighs a whole shellfish with its shell";
  check_refused(catalog, at, {
           Refused{"1 8- to 10-pound goose", bird},
           Refused{"a 4 lb chicken", bird},
           Refused{"1 whole chicken (about 3 pounds)", bird},
           Refused{"1 (3 1/2 lb) duck", bird},
           Refused{"1 chicken, about 1.5kg", bird},
           Refused{"1.5 kg whole chicken", bird},
           Refused{"a 12-pound turkey", bird},
           Refused{"1 sea bass (1 1/2 to 2 pounds), cleaned, head and tail left on", "weighs a whole fish with its bones"},
           Refused{"2 1 1/4-pound lobsters, steamed", shell},
           Refused{"18 large unpeeled shrimp, about ¾ pound (340 grams)", shell},
           Refused{"1 whole rabbit (3 lb)", "weighs a whole animal with its bones"},
  });
  check_reads(catalog, at, {
           Line{"500 g chicken", "roast-chicken", 500},
           Line{"4 6-ounce chicken breasts", "chicken-breast", 680.4},
           Line{"4 6-ounce salmon fillets", "raw-salmon", 680.4},
           Line{"1 (15 ounce) can chicken", "usda-05311", 425.2},
           Line{"24 medium shrimp, about 1 pound, peeled, deveined", "raw-shrimp", 453.6},
           Line{"1½ pounds calamari (cleaned by your fishmonger)", "usda-15175", 680.4},
           // A note is no word of the food; boned meat is meat; cleaned shrimp are peeled.
           Line{"200 g chicken, whole grain mustard glaze", "roast-chicken", 200},
           Line{"1 (6 oz) boneless skinless chicken", "roast-chicken", 170.1},
           Line{"1 lb shrimp, cleaned", "shrimp", 453.6},
           // Canned sardines are weighed with their bones.
           Line{"200 g whole sardines", "sardines", 200},
  });
}

TEST_CASE("a piece that USDA weighs larger than a helping is refused, and a bare meat or dip is a reference amount") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_refused(catalog, at, {
           // USDA's salmon fillet is a side of the fish (356 g), and its bag of chips the 8-ounce one.
           Refused{"a fillet of salmon", "has no portion 'fillet'"},
           Refused{"a salmon fillet", "has no portion 'fillet'"},
           Refused{"a fillet of sockeye salmon", "has no portion 'fillet'"},
           Refused{"a bag of crisps", "has no portion 'bag'"},
           // A fillet, a steak, a chop or a cutlet named alone is one of them, not a serving of the food.
           Refused{"salmon fillet", "has no portion 'fillet', so a count of it is no weight"},
           Refused{"sirloin steak", "has no portion 'steak'"},
           Refused{"salmon steak", "has no portion 'steak'"},
  });
  check_reads(catalog, at, {
           // A part named alone is one of it, where USDA weighs one: the grilled breast's '1 piece'.
           Line{"grilled chicken breast", "chicken-breast", 196},
           Line{"chicken breast", "chicken-breast", 196},
           Line{"chicken thigh", "chicken-thigh", 89},
           Line{"chicken drumstick", "chicken-drumstick", 53},
           Line{"pork chop", "pork-chop", 157},
           Line{"cod fillet", "usda-15015", 231},
           Line{"celery stalk", "celery", 40},
           Line{"garlic clove", "garlic", 3},
           Line{"dill pickle spear", "pickles", 35},
           Line{"asparagus spear", "asparagus", 16},
           Line{"lemon wedge", "lemon", 7},
           Line{"brie wedge", "brie", 38},
           // Not in a note: the food is cut so.
           Line{"Lime, cut into wedges", "lime", 67},
           // A part vitk does not weigh is the cut the food is (a whole turkey breast is a roast); a plural names no
           // count, and is a serving.
           Line{"turkey breast", "turkey", 85},
           Line{"lamb leg", "lamb", 85},
           Line{"chicken wings", "chicken-wing", 85},
           // A state after the part is passed; the part is still one.
           Line{"chicken breast, grilled", "chicken-breast", 196},
           Line{"chicken breast (grilled)", "chicken-breast", 196},
           // Never a whole head, melon or fruit: a part of a plant the food has no portion of is a serving.
           Line{"watermelon slice", "watermelon", 280},
           Line{"cabbage steak", "cabbage", 89},
           Line{"cauliflower steak", "cauliflower", 107},
           Line{"fennel stalk", "fennel", 87},
           Line{"mango slice", "mango", 165},
           Line{"tofu steak", "tofu", 81},
           // Nor a slice of a breast; a roasted breast is the common one, a piece, never USDA's 343 g rotisserie
           // breast, which is the double one.
           Line{"chicken breast slice", "chicken-breast", 85},
           Line{"roasted chicken breast", "chicken-breast", 196},
  });
  check_reads(catalog, at, {
           Line{"crisps", "potato-chips", 28},
           Line{"salmon", "salmon", 85},
           Line{"a fillet of haddock", "haddock", 150},
           // A bare meat or dip is its category's FSIS or FDA reference amount; a count counts USDA's piece.
           Line{"chicken livers", "chicken-liver", 85},
           Line{"3 chicken livers", "chicken-liver", 132},
           Line{"meatballs", "meatballs", 85},
           Line{"hummus", "hummus", 30},
           Line{"2 tbsp hummus", "hummus", 30},
           Line{"chicken liver pâté", "liver-pate", 55},
           // A number alone in parentheses before a weight is what each piece weighs.
           Line{"1 (3 1/2) pound pork shoulder", "usda-10070", 1587.6},
           Line{"2 (8) ounce steaks", "sirloin-steak", 453.6},
           // Pancakes and scrambled eggs named alone are FDA's reference amount; a count counts USDA's piece.
           Line{"pancakes", "pancakes", 110},
           Line{"3 pancakes", "pancakes", 123},
           Line{"scrambled eggs", "scrambled-egg", 110},
           Line{"2 scrambled eggs", "scrambled-egg", 122},
           // A bread roll of a European bakery is USDA's hard roll; a roll alone, the soft dinner roll.
           Line{"a bread roll", "bread-roll", 57},
           Line{"2 brötchen", "bread-roll", 114},
           Line{"2 rolls", "dinner-roll", 56},
           // pc and pcs after the food count its pieces; gramm is a gram.
           Line{"tomatoes 2 pcs", "tomato", 246},
           Line{"eggs 3 pieces", "egg", 150},
           Line{"chicken nuggets 10 pc", "chicken-nuggets", 160},
           Line{"spinach, 200 gramm", "spinach", 200},
           // Names of a diary.
           Line{"black coffee", "coffee", 237},
           Line{"full fat yoghurt", "yogurt", 245},
           Line{"milk kefir 200g", "kefir", 200},
           Line{"a can of lager", "beer", 356},
           Line{"red capsicum", "red-pepper", 119},
           Line{"kiwi fruit", "kiwi", 69},
           Line{"2 mandarin oranges", "tangerine", 176},
           Line{"wakame 10g", "usda-11669", 10},
           Line{"enoki 50 g", "usda-11950", 50},
           Line{"dates 3 pcs", "dates", 72},
           Line{"1 (15) ounce can black beans", "usda-16018", 425.2},
           // A serving that USDA gives as a volume weighs that volume.
           Line{"ice cream 1 cup", "ice-cream", 132},
           Line{"1 tbsp nutella", "hazelnut-spread", 18.5},
  });
  check_refused(catalog, at, {
           Refused{"2 pieces of tomato", "has no portion 'pieces'"},
           Refused{"tomatoes 2.5 pcs", "has no portion 'pcs'"},
           // A piece of a head, a melon, a bird or a bar, or of a food measured in cups, has no weight (a piece of
           // a pizza or a pie is its slice: see the test of slices and packs).
           Refused{"watermelon 1 piece", "has no portion 'piece'"},
           Refused{"cabbage 1 piece", "has no portion 'piece'"},
           Refused{"goose 1 piece", "has no portion 'piece'"},
           Refused{"chocolate 2 pieces", "has no portion 'pieces'"},
           Refused{"milk 2 pcs", "has no portion 'pcs'"},
           // A number in parentheses after a count of more than 20, or before a singular food, is no weight each.
           Refused{"200 (2) g flour", "differ by more than 5%"},
           Refused{"2 (8) ounce steak", "differ by more than 5%"},
           // An opening parenthesis at the end of the item, after a count (found by fuzzing), names no food.
           Refused{"20 (", "unknown food '('"},
           // A container that the food has no weight for is named as its missing portion, not as a food.
           Refused{"a pack of tempeh", "'tempeh' has no portion 'pack'"},
           Refused{"2 packs of crisps", "has no portion 'packs'"},
           Refused{"2 pork rashers", "has no portion 'rasher'"},
           // A bowl of a food whose cup is light holds several cups; a bowl has no size.
           Refused{"a bowl of cereal", "has no portion 'bowl'"},
           Refused{"a bowl of salad", "has no portion 'bowl'"},
           Refused{"a bowl of pasta", "has no portion 'bowl'"},
           // A bare chili, or one by the bowl, the cup or 100 g and more, may be the stew; a bare pepper, or one by
           // a piece or more than 10 g, may be a sweet pepper.
           Refused{"a bowl of chili", "'chili' may be the hot pepper (hot-pepper, Chili pepper, red, raw) or chili "
                                      "con carne (usda-22904); write which, such as 'red chili 1' or 'chili con "
                                      "carne 1 cup'"},
           Refused{"chili", "'chili' may be the hot pepper"},
           Refused{"chilli 1 cup", "'chilli' may be the hot pepper"},
           Refused{"chili 300g", "'chili' may be the hot pepper"},
           Refused{"homemade chili", "'chili' may be the hot pepper"},
           // A can after the food is a note: its volume is checked as any other.
           Refused{"1 cup (400 g) black beans", "they differ by more than 5%"},
           Refused{"2 cups (100 g) kale from a bag", "they differ by more than 5%"},
           // A medium one of a dish or a snack is no piece of a fruit or a vegetable.
           Refused{"1 medium pizza", "'pizza' has no portion 'medium'"},
           Refused{"1 medium pepperoni", "has no portion 'medium'"},
           // Halves of a leaf or a clove are not half its pieces.
           Refused{"2 garlic halves", "has no portion 'half'"},
           // The skin of a food that is the meat alone is no note to set aside.
           Refused{"1 chicken wing, skin on", "'chicken wing' (chicken-wing, Chicken wing, meat only, roasted "
                                              "(rotisserie)) is the meat alone, and 'skin on' says its skin is eaten "
                                              "too; write a food with its skin (see: vitk foods search chicken wing "
                                              "skin)"},
           Refused{"1 chicken breast with the skin", "unknown food"},
           Refused{"pepper", "'pepper' may be black pepper"},
           Refused{"pepper 100g", "'pepper' may be black pepper"},
           Refused{"a bowl of strawberries", "has no portion 'bowl'"},
           Refused{"a bowl of natto", "has no portion 'bowl'"},
           Refused{"a bowl of miso", "has no portion 'bowl'"},
           Refused{"a bowl of jasmine rice", "(raw-rice, Rice, white, long-grain, raw) has no portion 'bowl'"},
           Refused{"a bowl of butter", "has no portion 'bowl'"},
           Refused{"a bowl of milk", "has no portion 'bowl'"},
           Refused{"a large bowl of porridge", "has no large bowl: a bowl is a cup of the food"},
           // A chopped herb, or its leaves, is a fresh one, never the dried or ground herb.
           Refused{"3 tbsp thyme, chopped", "is the dried herb, and 'chopped' is said of a fresh one"},
           Refused{"1 tbsp chopped sage", "is the dried herb, and 'chopped' is said of a fresh one"},
           // A count of sausages is no weight unless it names links or patties.
           Refused{"6 good quality sausages", "so a count of sausages is no weight"},
           Refused{"a sausage", "so a count of sausages is no weight"},
           // Sprouts are Brussels sprouts in Britain, alfalfa or bean sprouts in the US.
           Refused{"1/2 cup sprouts", "'sprouts' is ambiguous: it could mean 'alfalfa-sprouts'"},
           Refused{"2 racks of lamb, each 2½ lbs (1.25 kg)", "has no portion 'racks'"},
           Refused{"3 eggs, 1 egg yolk", "'1 egg yolk' after the comma is an amount of another food"},
           Refused{"spinach (1 cup cooked)", "'1 cup cooked' in parentheses is no weight or volume"},
           Refused{"1 cup (100 g) kale", "'100 g' is 100 g, but the amount before it is 16 g"},
           Refused{"8 sprouts", "'brussels-sprouts' (Brussels sprouts, raw), 'bean-sprouts'"},
  });
  check_reads(catalog, at, {
           Line{"1 tsp dried thyme, crushed", "thyme-dried", 1},
           Line{"2 tsp oregano", "oregano-dried", 2},
           Line{"1 tsp ground sage", "sage", 0.7},
           Line{"¼ tsp cayenne pepper (or 1 tsp chopped fresh chilli)", "cayenne", 0.45},
           Line{"2 sausage links", "pork-sausage", 42},
           Line{"3 breakfast sausages", "pork-sausage", 63},
           Line{"sausages 150 g", "pork-sausage", 150},
           Line{"1 field mushroom", "portobello", 84},
           // USDA's orange of a diameter between its small and large ones is the medium one.
           Line{"a medium orange", "orange", 131},
           // Coffees with milk and muesli are NEVO's, with FDA's reference amounts as servings.
           Line{"a latte", "latte", 244},
           Line{"caffe latte 300 ml", "latte", 309.4},
           Line{"2 cappuccinos", "cappuccino", 488},
           Line{"muesli", "muesli", 55},
           Line{"müsli 60g", "muesli", 60},
           // Cheeses with holes of the Maasdam kind, Jarlsberg among them, are NEVO's Dutch one.
           Line{"2 slices jarlsberg", "maasdam", 56},
           Line{"leerdammer 30g", "maasdam", 30},
           // A bowl is a cup of a food whose cup weighs at least 150 g.
           Line{"a bowl of porridge", "porridge", 234},
           Line{"2 bowls of rice", "white-rice", 316},
           Line{"rice 1 bowl", "white-rice", 158},
           Line{"a bowl of porridge (300 g)", "porridge", 300},
           // So does one after a comma: the written weight or volume counts, not the bowl or the glass.
           Line{"a bowl of rice, 400g", "white-rice", 400},
           Line{"a bowl of porridge, about 300 g", "porridge", 300},
           Line{"a glass of milk, 300 ml", "milk", 309.4},
           Line{"2 glasses of milk, 500 ml", "milk", 515.66},
           Line{"a glass of milk, warm", "milk", 244},
           Line{"a bowl of chili con carne", "usda-22904", 242},
           Line{"a bowl of black beans", "black-beans", 172},
           Line{"a bowl of yogurt", "yogurt", 245},
           Line{"a bowl of quinoa", "quinoa", 185},
           // An equivalent in a parenthesis after a note counts where the first amount has no weight.
           Line{"1 bunch kale, tough stems removed, roughly chopped (6 to 8 cups)", "kale", 112},
           Line{"Finely diced firm, ripe tomatoes (about 1 cup)", "tomato", 149},
           Line{"Neutral oil (such as soybean) for deep-frying (about ½ cup)", "soybean-oil", 109},
           // After a bare food, a count or a portion in parentheses counts, with its equivalents checked.
           Line{"gouda (2 slices)", "gouda", 56},
           Line{"spinach (2 cups, 60g)", "spinach", 60},
           Line{"natto (1 pack, 45g)", "natto", 45},
           Line{"lemon juice (approx 1/3 lemon)", "lemon-juice", 16},
           // Frozen greens are USDA's frozen ones: boiled where only those have a vitamin K value, and a note
           // that they are thawed keeps them frozen, not raw leaves.
           Line{"frozen kale 1 cup", "usda-11236", 130},
           Line{"1 cup frozen kale", "usda-11236", 130},
           Line{"2 cups frozen chopped kale", "usda-11236", 260},
           Line{"2 cups frozen kale, thawed", "usda-11236", 260},
           Line{"frozen collards 1/2 cup", "usda-11164", 85},
           Line{"1 cup frozen brussels sprouts", "usda-11101", 155},
           Line{"frozen asparagus 6 spears", "usda-11019", 90},
           Line{"frozen green beans 1 cup", "usda-11060", 121},
           Line{"2 cups frozen peas, thawed", "usda-11312", 268},
           Line{"10 oz frozen spinach, drained", "usda-11463", 283.5},
           Line{"1 (10 oz) package frozen chopped spinach, thawed", "usda-11463", 283.5},
           // A serving of fried tofu is FDA's bean cake amount; a count counts USDA's pieces.
           Line{"fried tofu", "fried-tofu", 85},
           Line{"3 tofu puffs", "fried-tofu", 39},
           // Greek yogurt's container is that of USDA's nonfat Greek yogurt.
           Line{"greek yogurt 1 container", "greek-yogurt", 170},
           Line{"a pot of greek yoghurt", "greek-yogurt", 170},
           // A side of coleslaw is USDA's fast-food package; a cup is its cup.
           Line{"coleslaw", "coleslaw", 116},
           Line{"a cup of coleslaw", "coleslaw", 191},
           // A bare order of nuggets is USDA's six pieces; a count counts pieces.
           Line{"chicken nuggets", "chicken-nuggets", 96},
           Line{"4 chicken nuggets", "chicken-nuggets", 64},
           // Collard, turnip and mustard greens are eaten cooked; the raw leaves are named so.
           Line{"a cup of collard greens", "collards-cooked", 190},
           Line{"raw collard greens 1 cup", "collards", 36},
           Line{"1 cup turnip greens", "turnip-greens-cooked", 144},
           Line{"mustard greens", "mustard-greens-cooked", 140},
           Line{"raw turnip greens 1 cup", "turnip-greens-raw", 55},
           // A recipe's chopped, trimmed or washed vegetable is raw; a diary's item keeps the cooked one.
           Line{"6 cups coarsely chopped mustard greens", "mustard-greens-raw", 336},
           Line{"4 cups collard greens, chopped", "collards", 144},
           Line{"400g potatoes, chopped", "raw-potato", 400},
           Line{"2 turnips, chopped", "usda-11564", 244},
           Line{"chopped collard greens 1 cup", "collards-cooked", 190},
           Line{"2 cups cooked collard greens, chopped", "collards-cooked", 380},
           // A helping of lasagne is FSIS's cup of a mixed dish; a count counts USDA's piece.
           Line{"lasagne", "lasagna", 225},
           Line{"a portion of lasagna", "lasagna", 225},
           Line{"2 pieces of lasagna", "lasagna", 246},
           // A rasher of raw bacon is its slice, however the item is written (one of back bacon is an error: see
           // the ninth diarist's case).
           Line{"2 bacon rashers", "raw-bacon", 56},
           Line{"2 rashers of streaky bacon", "raw-bacon", 56},
           // The stew has its own name; a chili counted, or by the spoon or under 100 g, is the pepper, and a
           // pepper by the spoon, the pinch, to taste or up to 10 g is the spice.
           Line{"a cup of chili con carne", "usda-22904", 242},
           Line{"beef chilli 300g", "usda-22904", 300},
           Line{"1 chili", "hot-pepper", 45},
           Line{"chillies 20g", "hot-pepper", 20},
           Line{"chopped fresh chilli", "hot-pepper", 45},
           Line{"1 tsp chili", "hot-pepper", 3.13},
           Line{"pepper, to taste", "black-pepper", 0.1},
           Line{"1/2 tsp pepper", "black-pepper", 1.15},
           Line{"pepper 2g", "black-pepper", 2},
           Line{"a pinch of pepper", "black-pepper", 0.14375},
           Line{"peppers 200g", "green-pepper", 200},
           // An opening parenthesis at the end starts a note with nothing in it.
           Line{"2 eggs (", "egg", 100},
  });
}

TEST_CASE("the fat in a parenthesis after a milk, a yogurt or a meat is of its name, and one the food read lacks is "
          "an error") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"milk (2%) 1 cup", "milk-2-percent", 244},
           Line{"milk (1%)", "milk-1-percent", 244},
           Line{"milk (skim) 1 cup", "skim-milk", 245},
           Line{"milk (semi-skimmed), 200 ml", "milk-2-percent", 206.3},
           Line{"milk (2% fat), 250 ml", "milk-2-percent", 257.8},
           Line{"yogurt (low-fat) 1 cup", "low-fat-yogurt", 245},
           Line{"greek yogurt (0%) 170g", "nonfat-greek-yogurt", 170},
           Line{"cottage cheese (2%) 1/2 cup", "low-fat-cottage-cheese", 113},
           // A percentage first is of the food's name.
           Line{"2% milk 1 cup", "milk-2-percent", 244},
           Line{"0% greek yogurt 150g", "nonfat-greek-yogurt", 150},
           // Lean meat and fat as US packages write them are the `80% lean` of USDA's names.
           Line{"ground beef 80/20 4 oz", "ground-beef-raw", 113.4},
           Line{"4 oz 80/20 ground beef", "ground-beef-raw", 113.4},
           Line{"2½ pounds ground beef (preferably 80% lean)", "ground-beef-raw", 1134},
           // A percentage the food's name has, or no percentage in the name: the food named without it.
           Line{"1 cup whole milk (3.5%)", "milk", 244},
           Line{"1 lb ground beef (85% lean)", "ground-beef", 453.6},
           Line{"2 pounds ground pork (preferably 15 to 17% fat)", "usda-10972", 907.2},
           Line{"1 cup heavy cream (36%)", "heavy-cream", 238},
           // Cocoa is no fat; a percentage of it is a note.
           Line{"30 g dark chocolate (70% cocoa solids)", "dark-chocolate", 30},
           Line{"dark chocolate (72%) 30g", "dark-chocolate", 30},
           // A count alone, or with its size, in parentheses after a bare food counts its pieces.
           Line{"eggs (2)", "egg", 100},
           Line{"egg (1 large)", "egg", 50},
           Line{"apples (3 medium)", "apple", 546},
  });
  check_refused(catalog, at, {
           Refused{"greek yogurt (10%) 100g", "'10%' in parentheses is not the percentage of 'greek yogurt' (Yogurt, "
                                              "Greek, plain, whole milk) (expected a food of that percentage, such as "
                                              "one that 'vitk foods search greek yogurt' lists)"},
           Refused{"ground beef (90% lean) 4 oz", "'90% lean' in parentheses is not the percentage of 'ground beef'"},
           Refused{"93% lean ground turkey", "'93% lean ground turkey' is ambiguous"},
           Refused{"93/7 ground turkey 100g", "'93/7 ground turkey' is ambiguous"},
           Refused{"ground beef (75/25) 4 oz", "'75/25' in parentheses is not the percentage of 'ground beef'"},
           Refused{"cooked ground beef 80/20 3 oz", "'cooked ground beef 80/20' is ambiguous"},
           Refused{"1 cup milk (4%)", "'4%' in parentheses is not the percentage of 'milk' (Milk, whole, 3.25% fat)"},
  });
}

TEST_CASE("a weight in parentheses after a count weighs all the pieces or containers, unless it may weigh each") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // After the food, as a diary writes it, or with `total`: all of them.
           Line{"natto 2 (90g)", "natto", 90},
           Line{"natto 2 packs (90g)", "natto", 90},
           Line{"tomatoes 2 cans (800g)", "canned-tomatoes", 800},
           Line{"chicken wings 6 (200g total)", "chicken-wing", 200},
           Line{"Eggs 4 (200 grams)", "egg", 200},
           Line{"2 packs (90g total) natto", "natto", 90},
           Line{"4 (1 pound total) boneless, skinless chicken thighs", "chicken-thigh", 453.6},
           // With `each`, or before the container, each of them; a single one is the same either way.
           Line{"2 packs (45g each) natto", "natto", 90},
           Line{"2 (15 ounce) cans black beans", "usda-16018", 850.5},
           Line{"1 can (15 oz) black beans", "usda-16018", 425.2},
           // After portions and the food, a weight in parentheses is what the portions weigh.
           Line{"3 slices gouda (50 g)", "gouda", 50},
           Line{"2 slices rye bread (100g)", "rye-bread", 100},
           Line{"6 slices bacon (about 4 oz/125 g)", "bacon", 113.4},
           Line{"2 packs natto (90g)", "natto", 90},
           // After a measure and the food, it is checked as an equivalent; after a note, it is of the food cut.
           Line{"1 cup kale (16g)", "kale", 16},
           Line{"1 pound white mushrooms, stemmed and quartered (about 5 cups)", "mushroom", 453.6},
           Line{"4 c beer (6%-12% ABV)", "beer", 950.4},
           // So is a weight there before a note; a volume there before a note may be of the food as the note cuts it.
           Line{"2 heads endive (8 ounces total), cored and thinly sliced", "endive", 226.8},
           Line{"1 package cream cheese (8 oz/ 250 g), softened", "cream-cheese", 226.8},
           Line{"½ pound sugar snap peas (about 2 cups), trimmed", "snow-peas", 226.8},
  });
  check_refused(catalog, at, {
           Refused{"2 packs (90g) natto", "'90g' after '2 packs' may weigh each pack or all of them (expected 'each' "
                                          "or 'total' in the parenthesis, such as '(90g each)')"},
           Refused{"2 cans (14 1/2 ounces) beef broth", "'14 1/2 ounces' after '2 cans' may weigh each can"},
           Refused{"2 envelopes (4½ teaspoons) active dry yeast", "may weigh each envelope or all of them"},
           Refused{"2 cups kale (100g)", "'100g' is 100 g, but the amount before it is 32 g: they differ by more than 5%"},
           Refused{"1 cup milk (300 ml)", "'300 ml' is 309.4 g, but the amount before it is 244 g"},
           Refused{"1 cup spinach (100 g), cooked", "'100 g' is 100 g, but the amount before it is 180 g"},
           // A container before a food it has no portion of says so, not that the food is unknown.
           Refused{"1 pack tempeh", "'tempeh' has no portion 'pack'"},
           Refused{"1 tub hummus", "'hummus' has no portion 'tub'"},
  });
}

TEST_CASE("a state in parentheses after the food's amount or name is the food's, and dry alone is dry") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"spinach 100g (raw)", "spinach", 100},
           Line{"kale 1 cup (cooked)", "kale-cooked", 130},
           Line{"broccoli 150g (boiled)", "broccoli-cooked", 150},
           Line{"oats 50 g (dry)", "oats", 50},
           Line{"lentils 100 g (dry)", "dry-lentils", 100},
           Line{"lentils (dry) 100 g", "dry-lentils", 100},
           Line{"100g lentils (dry)", "dry-lentils", 100},
           Line{"rice (dry) 75g", "raw-rice", 75},
           // A rough amount in a diary's abbreviations is the amount.
           Line{"abt 1 cup milk", "milk", 244},
           Line{"appr. 200g kale", "kale", 200},
           // Dry among other words is a note.
           Line{"1 tbsp kirsch (dry cherry schnapps) 15 mL", "spirits", 13.9},
  });
}

TEST_CASE("a kind in parentheses after a one-word name names the food where the name alone may mean another") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"1 cup lettuce (romaine)", "romaine", 47},
           Line{"2 cups greens (kale)", "kale", 32},
           Line{"chips (fries) 150g", "french-fries", 150},
           Line{"1 tbsp oil (olive)", "olive-oil", 13.5},
           Line{"1 cup flour (besan)", "chickpea-flour", 92},
           // The kind with the name names the food they make together, even where it is alike in vitamin K1.
           Line{"milk (oat) 1 cup", "oat-milk", 240},
           Line{"butter (unsalted) 1 tbsp", "butter-unsalted", 14.2},
           // The same food, or foods alike in vitamin K1, keep the name's reading.
           Line{"aubergine (eggplant) 100g", "eggplant", 100},
           Line{"1 cup canned chickpeas (garbanzo beans), drained", "canned-chickpeas", 152},
           // Within a name, the parenthesis is a note.
           Line{"1 tbsp groundnut (peanut) oil", "peanut-oil", 13.5},
           // A note of several words is a note.
           Line{"cheese (use your favourite)", "cheddar", 28},
           // A pointer to another part of the recipe is a note, even after what is made of a food.
           Line{"¼ cup Pesto (below)", "pesto", 63},
           Line{"2 tbsp oil (optional)", "soybean-oil", 27.2},
  });
  // A kind of one word that vitk has no food for, after a name that may mean several foods, is no note; nor is
  // the food that a made food is made of a food of its own.
  check_refused(catalog, at, {
           Refused{"greens (methi) 1 cup", "'methi' in parentheses may be a kind of 'greens' that vitk has no food for"},
           Refused{"beans (lobia)", "'lobia' in parentheses may be a kind of 'beans'"},
           Refused{"cheese (paneer)", "'paneer' in parentheses may be a kind of 'cheese'"},
           Refused{"1 tbsp oil (mustard)", "'mustard' in parentheses may be a kind of 'oil'"},
  });
}

TEST_CASE("a way of cooking that a note opens with is the food's, and a list of words no foods names one food") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"1 cup spinach, steamed with salt", "spinach-cooked", 180},
           Line{"1 cup spinach, wilted", "spinach", 30},  // wilting, a recipe's step, after the leaves are measured
           Line{"1 cup spinach, cooked with a little water", "spinach-cooked", 180},
           Line{"1 cup spinach, cooked in the microwave", "spinach-cooked", 180},
           Line{"1 cup kale, briefly cooked", "kale-cooked", 130},
           // A state in parentheses right after the food is the food's, where vitk has that food.
           Line{"2 eggs (fried)", "fried-egg", 92},
           Line{"100 g salmon (smoked)", "smoked-salmon", 100},
           // Not a choice, nor a state within the name.
           Line{"6 tbsp warm (boiled) water", "water", 88.8},
           Line{"2/3 cup (165 g) tahini (raw or roasted)", "tahini", 160},
           // Nor one that the reading took in other words.
           Line{"100g lentils (uncooked)", "dry-lentils", 100},
           Line{"broccoli 1 cup (steamed)", "broccoli-cooked", 156},
           Line{"yogurt (curd) 1 cup", "yogurt", 245},
           // A way of cooking in parentheses of a food that vitk has cooked keeps it, as after a comma.
           Line{"2 chicken drumsticks (baked)", "chicken-drumstick", 106},
           Line{"1 pork chop (grilled)", "pork-chop", 157},
           // A size of a serving is the word before it, not the food's own.
           Line{"baby carrots 1 serving", "usda-11960", 85},
           Line{"large eggs 2 servings", "egg", 100},
           // A number of no food after a way of cooking.
           Line{"2 cups broccoli, steamed in 2 batches", "broccoli-cooked", 312},
           // The part of a bird, cooked, is vitk's cooked part; a choice of parts is the first.
           Line{"roast chicken leg 150g", "chicken-leg", 150},
           Line{"cooked chicken thigh 150g", "chicken-thigh", 150},
           Line{"roast chicken breast 150g", "chicken-breast", 150},
           Line{"1 pound chicken breasts, thighs, or a combination", "chicken-breast", 453.6},
           // More of the same food is added (see the test of more of the food); a recipe's step that says what
           // the food is prepared with is a note.
           Line{"2 cups flour, plus 2 tbsp extra for dusting", "flour", 265.6},
           Line{"3 cloves garlic, minced, plus 1 whole clove", "garlic", 12},
           Line{"100ml whipping cream, plus 2 tbsp whipping cream", "heavy-cream", 130.6},
           Line{"1 large egg, beaten with 2 tbsp milk", "egg", 50},
           Line{"wilted spinach 1 cup", "spinach-cooked", 180},
           // A recipe's step after the way of cooking is a note.
           Line{"2 cups broccoli, boiled until tender", "broccoli", 182},
           Line{"1 tbsp olive oil, for frying", "olive-oil", 13.5},
           // A list of states or words set aside is a choice of no food.
           Line{"1 cup chicken broth, homemade or canned", "usda-06194", 249},
           Line{"kale, spinach or chard 1 cup", "kale", 16},
           // A diary's export: the food, a dash, and its amount with the words of USDA's measure.
           Line{"Broccoli, raw - 1 cup chopped", "broccoli", 88},
           Line{"Lettuce, cos or romaine, raw - 2 cup shredded", "usda-11251", 94},
           Line{"milk - 5 fl oz", "milk", 152.5},
           // Drained names no bigger can: USDA's 12.5 oz can is no portion of its own.
           Line{"1 can tuna, drained", "tuna", 165},
           Line{"canned tuna, drained, 1 can", "tuna", 165},
           // States after a parenthesis, or in a note of states after it, are the food's.
           Line{"1 cup spinach (fresh), cooked", "spinach-cooked", 180},
           Line{"spinach (organic), cooked 1 cup", "spinach-cooked", 180},
           Line{"spinach (organic) cooked 1 cup", "spinach-cooked", 180},
           // A fraction before an article is a part of one.
           Line{"1/2 an avocado", "avocado", 68},
           Line{"½ a cup of milk", "milk", 122},
           Line{"juice of ½ a lemon", "lemon-juice", 24},
           // A note after a food-first amount.
           Line{"olive oil 1 tbsp, for cooking", "olive-oil", 13.5},
           Line{"spinach 1 cup, in a smoothie", "spinach", 30},
           // Peeled is the food without its skin, where vitk has it.
           Line{"3 apples, peeled and sliced", "usda-09004", 483},
           Line{"1 cup peeled apples", "usda-09004", 110},
           Line{"1 cucumber, peeled", "usda-11206", 201},
           Line{"1 apple", "apple", 182},
           Line{"1 apple, not peeled", "apple", 182},
           Line{"1 cucumber, half peeled", "cucumber", 301},
  });
  check_refused(catalog, at, {
           Refused{"1 cup kale, sauteed with garlic", "no 'sauteed' form of it"},
           // What it was cooked with, with an amount, may be another food; the food is not the raw one.
           Refused{"1 cup spinach, cooked with 2 cups kale", "'2' is an amount of what the food was cooked with, which "
                                                           "may be another food"},
           Refused{"1 cup spinach, sauteed in two tbsp butter", "'two' is an amount of what the food was sauteed in"},
           // A note that joins an amount of another food would leave that food out of the total.
           Refused{"150g salmon, with 2 cups kale", "'2 cups kale' is an amount of another food (kale, Kale, raw), "
                                                    "which this item would leave out"},
           Refused{"100g tofu, served with 1 cup cooked spinach", "'1 cup cooked spinach' is an amount of another food "
                                                                 "(spinach-cooked"},
           Refused{"1 cup rice, and 50g natto", "'50g natto' is an amount of another food (natto"},
           Refused{"3 eggs, plus 1 egg yolk", "'1 egg yolk' is an amount of another food (egg-yolk"},
           Refused{"1 cup spinach (sauteed)", "unknown food 'spinach (sauteed)': 'spinach' is known (Spinach, raw), "
                                              "but no 'sauteed' form of it"},
           Refused{"1 cup broccoli (roasted)", "no 'roasted' form of it"},
           Refused{"1 cup spinach, stir-fried", "no 'stir-fried' form of it"},
           Refused{"1 cup spinach, pan fried", "unknown food 'spinach, pan fried'"},
           Refused{"turkey leg 100g", "unknown food 'turkey leg'"},
           Refused{"3 pounds turkey wings", "'turkey wings' is ambiguous"},
           // A size of a serving that the food has in one size is no weight.
           Refused{"a small serving of cooked spinach", "has no small serving, only the sizes its units name"},
           Refused{"a large portion of broccoli", "'broccoli' has no large portion, only the sizes its units name"},
           Refused{"an extra large serving of fries", "has no extra large serving, only the sizes its units name; give "
                                                      "the weight, such as 'fries 100 g' (units: mg, g, kg, oz, lb, "
                                                      "serving, serving-large, serving-medium, serving-small)"},
           Refused{"1 cup broccoli, roasted with olive oil", "no 'roasted' form of it"},
           Refused{"Cheese, swiss or emmental - 1 slice", "unknown food 'Cheese, swiss or emmental'"},
           Refused{"Beans, snap, green or yellow, raw - 1 cup", "unknown food"},
           Refused{"chinese cabbage (pak-choi), cooked 1 cup", "unknown food 'chinese cabbage (pak-choi), cooked'"},
           // Notes of states that disagree, and notes after an amount that hold an amount or a state.
           Refused{"1 cup spinach, raw, cooked", "ambiguous"},
           Refused{"1 cup kale, boiled, raw", "ambiguous"},
           Refused{"kale 1 cup, as cooked", "'as cooked' after the amount '1 cup' is no state"},
           Refused{"spinach 1 cup, in, cooked", "'in, cooked' after the amount '1 cup' is no state"},
           Refused{"spinach 1 cup, to 2 cups", "expected a quantity"},
  });
}

TEST_CASE("everyday names of USDA foods that diaries write") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"cotija 2 tbsp", "usda-01267", 15},
           Line{"queso cotija 1 oz", "usda-01267", 28.35},
           Line{"beef jerky 1 oz", "usda-19002", 28.35},
           Line{"1 paratha", "usda-28286", 79},
           Line{"nopales 1 cup", "usda-11963", 86},
           Line{"1 cup nopales, cooked", "usda-11964", 149},
           Line{"bitter gourd 100 g", "usda-11025", 100},
           Line{"fried plantains 1 cup", "usda-09447", 169},
           Line{"2 rice cakes", "usda-19816", 18},
           Line{"rice cake x3", "usda-19816", 27},
           Line{"tartare sauce 1 tbsp", "usda-27049", 15},
           Line{"2 weetabix biscuits", "usda-42237", 35},
           Line{"flax seeds 1 tbsp", "flaxseed", 10.3},
           Line{"soy beans 100g", "soybeans", 100},
           // Brands, by USDA's record of the brand; a count of a bar or a fast food's item is one of them.
           Line{"sprite 330 ml", "usda-14145", 359.87},
           Line{"1 kit kat bar", "usda-19109", 42},
           Line{"1 snickers", "usda-19155", 57},
           Line{"1 whopper", "usda-21252", 291},
           Line{"1 whopper with cheese", "usda-21253", 316},
           Line{"1 can red bull", "usda-14154", 258},
           Line{"2 oreos", "usda-18166", 24},
           Line{"m&ms 1 oz", "usda-19141", 28.35},
           Line{"1 can of pepsi", "cola", 370},
           Line{"lo mein 1 cup", "usda-36625", 136},
           Line{"1 chicken quesadilla", "usda-21488", 180},
           Line{"garlic bread 1 slice", "usda-18963", 59},
           Line{"1 glazed donut", "donut", 64},
           // Not a bar of chocolate, whose name says no bar: its serving. (USDA's blueberry muffin is named by no
           // alias: its measure called a muffin weighs 31 g, a quarter of its medium one.)
           Line{"1 dark chocolate", "dark-chocolate", 28.35},
  });
}

TEST_CASE("a choice of kinds after the comma is the first kind, and a range that goes down is no amount") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // The first kind, as `kidney or pinto beans` is; never the plain word's own food (pinto beans, iceberg).
           Line{"1 cup beans, kidney or pinto", "kidney-beans", 177},
           Line{"1 cup beans, red kidney or pinto", "kidney-beans", 177},
           Line{"1 cup beans, pinto or kidney", "pinto-beans", 171},
           Line{"1 cup lettuce, romaine or iceberg", "romaine", 47},
           Line{"1 cup lettuce, iceberg or romaine", "iceberg", 72},
           Line{"2 cups cabbage, red or green", "red-cabbage", 178},
           Line{"1 cup rice, brown or white", "brown-rice", 202},
           Line{"1 cup cheese, cheddar or swiss", "cheddar", 132},
           // States and words set aside are no kinds: the plain word's food, as before.
           Line{"1 cup spinach, fresh or frozen", "spinach", 30},
           Line{"1 cup chicken, beef or vegetable stock", "chicken-stock", 240},
           // A whole number, a hyphen and a vulgar fraction are a mixed number, as `1-1/2` is: no range from 1 to ½.
           Line{"1-½ teaspoons salt", "salt", 9},
           Line{"2-½ tbsp olive oil", "olive-oil", 33.75},
           Line{"1–½ cups kale", "kale", 24},
           Line{"1¾-2½ cups milk", "milk", 518.5},
           // A range that goes down within a note is the note's.
           Line{"1 large onion, sliced into rings, 1/3- to 1/8-inch thick", "onion", 150},
  });
  check_refused(catalog, at, {
           Refused{"3-2 cups kale", "'3-2' is a range that goes down (expected the smaller number first)"},
           Refused{"kale 3-2 cups", "'3-2' is a range that goes down"},
           Refused{"3 to 2 cups kale", "'3 to 2' is a range that goes down"},
           Refused{"½ to 1/3 cup heavy cream", "'½ to 1/3' is a range that goes down"},
           Refused{"4 x 3-2 oz salmon", "'3-2' is a range that goes down"},
  });
}

TEST_CASE("another food with its amount in parentheses in a note is refused, as before its name") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"1 cup spinach, cooked with sea salt", "spinach-cooked", 180},
           Line{"1 cup kale, steamed with lemon (optional)", "kale-cooked", 130},
           Line{"1 cup rice, with butter (optional)", "white-rice", 158},
           Line{"2 cups flour, plus more (about 2 tbsp) for dusting", "flour", 250},
  });
  check_refused(catalog, at, {
           // Had read as raw spinach, the garlic and the cooking both left out.
           Refused{"1 cup spinach, cooked with garlic (2 cloves)",
                   "'2' is an amount of what the food was cooked with, which may be another food"},
           Refused{"1 cup spinach, with garlic (2 cloves)",
                   "'garlic (2 cloves)' is an amount of another food (garlic, Garlic, raw), which this item would "
                   "leave out (expected one food per item; write it as an item of its own after ';')"},
           Refused{"100g salmon, with kale (2 cups)", "'kale (2 cups)' is an amount of another food (kale"},
           Refused{"1 egg, with milk (2 tbsp)", "'milk (2 tbsp)' is an amount of another food"},
  });
}

TEST_CASE("a frozen food is USDA's frozen food, unprepared or boiled, where one food alone holds the words") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Had read as the fresh food boiled (spinach: 493.6 µg of K1 per 100 g, against 540.7 frozen).
           Line{"½ cup frozen spinach, cooked", "usda-11464", 95},
           Line{"1 cup spinach, frozen, boiled", "usda-11464", 190},
           Line{"1 cup frozen green beans, cooked", "usda-11061", 135},
           Line{"1 cup frozen okra, cooked", "usda-11281", 184},
           // Unprepared where no way of cooking is written, where one food alone holds the words (had read as
           // the fresh food).
           Line{"1 cup frozen spinach, thawed", "usda-11463", 156},
           Line{"1 cup frozen cauliflower", "usda-11137", 132},
           Line{"1 cup frozen edamame", "usda-11211", 118},
           Line{"1 1/2 cups frozen shelled edamame, thawed", "usda-11211", 177},
           Line{"frozen okra 100g", "usda-11280", 100},
           // Never a food whose name begins with other words, nor one that holds a word written only in its note.
           Line{"100 g frozen tomatoes", "tomato", 100},
           Line{"100 g frozen hot peppers", "hot-pepper", 100},
           Line{"100g frozen chicken, cooked", "roast-chicken", 100},
           Line{"1 cup frozen mixed vegetables, cooked", "usda-11584", 182},
           // A frozen food that USDA has only cooked, by its name.
           Line{"1 cup frozen turnip greens, cooked", "usda-11575", 164},
           // Where several frozen foods hold the words, the fresh food cooked, as before: kernels or cobs; but of
           // the green and the edible-podded peas, the frozen food that the name alone reads, boiled.
           Line{"1 cup frozen corn, cooked", "corn-cooked", 149},
           Line{"1 cup frozen peas boiled", "usda-11313", 160},
  });
}

TEST_CASE("a word of how beside the way of cooking changes nothing of it") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"1 cup kale, well cooked", "kale-cooked", 130},
           Line{"1 cup kale, well-cooked", "kale-cooked", 130},
           Line{"well cooked kale 1 cup", "kale-cooked", 130},
           Line{"kale, well cooked 1 cup", "kale-cooked", 130},
           // Had read as raw kale, 16 g.
           Line{"1 cup kale, cooked well", "kale-cooked", 130},
           Line{"1 cup kale, cooked through", "kale-cooked", 130},
           // A recipe's step is still a note: the food before it.
           Line{"2 cups broccoli, boiled until tender", "broccoli", 182},
  });
  check_refused(catalog, at, {
           Refused{"1 cup spinach, pan fried", "unknown food 'spinach, pan fried'"},
  });
}

TEST_CASE("cooked vegetables name USDA's boiled record without salt, whose vitamin K the one with salt repeats") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Each had been ambiguous between USDA's records with and without salt, or unknown.
           Line{"1 cup cooked beet greens", "usda-11087", 144},
           Line{"1 cup bok choy, boiled", "usda-11117", 170},
           Line{"1 cup steamed pak choi", "usda-11117", 170},
           Line{"okra cooked 100g", "usda-11279", 100},
           Line{"1 cup cooked cauliflower", "usda-11136", 124},
           Line{"1 cup cooked courgettes", "usda-11478", 180},
           Line{"1 cup boiled red cabbage", "usda-11113", 150},
           Line{"1 cup cooked snow peas", "usda-11301", 160},
  });
  check_refused(catalog, at, {
           // USDA's two records of boiled dandelion greens differ (551.4 and 358.9 µg of K1 per 100 g).
           Refused{"1 cup cooked dandelion greens", "ambiguous"},
  });
}

TEST_CASE("a volume in parentheses before a container is what the container holds") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Had been an error: 12 fl oz against 1 fl oz (31.5 g).
           Line{"1 (12 fluid ounce) can evaporated milk", "evaporated-milk", 378.01},
           Line{"1 (12 fl oz) can evaporated milk", "evaporated-milk", 378.01},
           Line{"2 (750 ml) bottles dry red wine", "red-wine", 1491.17},
           Line{"½ (75cl) bottle red wine", "red-wine", 372.79},
           // A volume before a cup is the cup's measure, and one before pieces no container.
           Line{"½ (125 ml) cup chopped green onions", "spring-onion", 50},
           Line{"4 (125ml/4fl oz) medium free-range egg whites", "egg-white", 132},
  });
}

TEST_CASE("a tin of a legume that the name alone means dry holds the cooked legume") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Had read as raw lentils (5 µg of K1 per 100 g against the cooked ones' 1.7).
           Line{"1 x 410g tin green lentils, drained", "lentils", 410},
           Line{"400g tin puy lentils", "lentils", 400},
           Line{"cooked green lentils 100g", "lentils", 100},
           // Without a tin, green lentils are the dry seeds a recipe weighs.
           Line{"200g green lentils", "dry-lentils", 200},
  });
}

TEST_CASE("of two foods with amounts joined by or, an unknown first one is the error, not the second amount") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"1 tbsp fresh basil or 1 tsp dried basil", "basil", 2.65},
  });
  check_refused(catalog, at, {
           // Had said "stray number '1'".
           Refused{"1 tbsp fresh oregano or 1 tsp dried oregano", "unknown food 'fresh oregano'"},
           Refused{"4 fresh kaffir lime leaves or 1 tsp lemon zest",
                   "no vitamin K value for 'fresh kaffir lime leaves'"},
           Refused{"gouda 2 100 g", "stray number '2'"},
  });
}

TEST_CASE("a legume soaked before it is cooked is the dried one") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Had read as the cooked legume (164 g a cup, 6.6 µg of K1, against the dried chickpeas' 200 g).
           Line{"1 cup chickpeas, soaked overnight", "usda-16056", 200},
           Line{"250g chickpeas, soaked overnight", "usda-16056", 250},
           Line{"1 cup kidney beans, soaked overnight and drained", "usda-16032", 184},
           Line{"1 cup lentils, soaked", "dry-lentils", 192},
           Line{"100g dried pinto beans", "usda-16042", 100},
           // Written cooked, it stays cooked; without soaking, the name's own food.
           Line{"2 cups cooked chickpeas (soaked overnight)", "chickpeas", 328},
           Line{"1 cup chickpeas", "chickpeas", 164},
  });
}

TEST_CASE("a number in parentheses after what a food was cooked in is an amount only before a unit, and not of water") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"1 lb chicken, baked in oven (350°F)", "roast-chicken", 453.59},
           Line{"1 lb chicken, baked in oven (gas mark 4)", "roast-chicken", 453.59},
           Line{"1 cup rice, cooked in broth (note 2)", "white-rice", 158},
           Line{"1 cup pasta, cooked in water (4 quarts)", "pasta", 124},
           Line{"1 cup quinoa, cooked with water (2 cups)", "quinoa", 185},
           Line{"1 cup cabbage, thoroughly cooked", "cabbage-cooked", 150},
           Line{"1 lb salmon, baked in foil (20 min at 180 C)", "salmon", 453.59},
           // Had read as raw kale: no amount of another food, so the way of cooking is the food's.
           Line{"1 cup kale, steamed with a little water (about 2 tbsp)", "kale-cooked", 130},
           Line{"1 pound fingerling potatoes, washed and thoroughly dried", "raw-potato", 453.59},
           // A bar only for a food without a serving (USDA's Butterfinger bar is a miniature).
           Line{"1 usda-19069", "usda-19069", 60},
           // A volume before a can or a bottle, not before a bag or a packet.
           Line{"1 (2 1/4 tsp) packet active dry yeast", "dry-yeast", 7.2},
  });
  check_refused(catalog, at, {
           Refused{"1 cup spinach, cooked with garlic (2 cloves)", "'2' is an amount of what the food was cooked with"},
           Refused{"2 (3-2 oz) cans tuna", "'3-2' is a range that goes down"},
           Refused{"1 (16-15 oz) can beans", "'16-15' is a range that goes down"},
           Refused{"1 (2 cup) bag shredded cheddar", "'cheddar' has no portion of one piece"},
  });
}

TEST_CASE("more of the food after plus is added to the item's amount, and another food after plus is an error") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  // Each had read as the first amount alone, leaving out what the recipe uses besides.
  const auto reads = [&](std::string_view text, std::string_view id, double quantity, std::string_view unit,
                         double grams) {
    CAPTURE(text);
    try {
      const Item item = parse_item(text, at, catalog);
      CHECK(item.food.id() == id);
      CHECK(item.quantity == doctest::Approx(quantity).epsilon(0.002));
      CHECK(item.unit == unit);
      CHECK(item.grams == doctest::Approx(grams).epsilon(0.002));
    } catch (const Error& e) {
      FAIL_CHECK(format_diagnostic(e));
    }
  };
  // In the item's unit where both have it.
  reads("3 tbsp olive oil, plus 2 tbsp for drizzling", "olive-oil", 5, "tbsp", 67.5);
  reads("3 cloves garlic plus 1 whole clove", "garlic", 4, "clove", 12);
  reads("3 cloves garlic, minced, plus 1 clove, sliced", "garlic", 4, "clove", 12);
  reads("75g/2½oz butter, plus 75g/2½oz butter, melted, for topping", "butter", 150, "g", 150);
  reads("135g dark chocolate, chopped, plus 40g/1½oz, grated", "dark-chocolate", 175, "g", 175);
  reads("2 large eggs, plus 1 large egg, beaten, to glaze", "egg", 3, "large", 150);
  reads("2 free-range eggs, plus one extra, beaten, for brushing", "egg", 3, "serving", 150);
  reads("1 lemon, zest and juice only, plus 1 lemon, sliced into thin rounds", "lemon", 2, "fruit", 116);
  // Else in grams: a size counts its portion, a range its middle, `a` before a number is set aside.
  reads("200g self-raising flour, plus 2 tbsp for dusting", "self-raising-flour", 215.6, "g", 215.6);
  reads("1 large free-range egg, plus 1 small beaten egg for brushing", "egg", 88, "g", 88);
  reads("1 egg plus 1 small egg", "egg", 88, "g", 88);
  reads("250g honey, plus 1-2 tbsp to glaze", "honey", 281.5, "g", 281.5);
  reads("200ml semi-skimmed milk, plus a ½ tbsp extra to glaze", "milk-2-percent", 213.9, "g", 213.9);
  reads("1 cup flour (plus 2 tbsp for dusting)", "flour", 140.6, "g", 140.6);
  // A number alone is more of the item's spoons or cups; a weight of both in parentheses agrees with both.
  reads("10 tablespoons butter, at room temperature, plus 1 for greasing", "butter", 11, "tbsp", 156.2);
  reads("3¼ c flour, plus 2 tablespoons (425 grams)", "flour", 421.9, "g", 421.9);
  reads("6 oz raspberries, plus 12", "raspberries", 192.9, "g", 192.9);  // USDA's 10 raspberries weigh 19 g
  // A count of what the food counts, not of the item's cups; a can of the size written first; `a` spoon.
  reads("1 cup raspberries, plus 12", "raspberries", 145.8, "g", 145.8);
  reads("2 sticks butter, plus 1", "butter", 3, "stick", 339);
  reads("3 tbsp sugar plus 1 extra", "sugar", 4, "tbsp", 50);
  reads("4 potatoes, plus 1 large potato", "potato", 991, "g", 991);
  reads("1 cup spinach, plus 10 spinach leaves", "spinach", 130, "g", 130);
  reads("1 (15 oz) can kidney beans, plus 1 can", "usda-16029", 2, "container", 850.5);
  reads("1 can (400g) kidney beans, plus 1 can", "usda-16029", 2, "container", 800);
  reads("2 tbsp olive oil, plus a tablespoon for frying", "olive-oil", 3, "tbsp", 40.5);
  reads("2 tbsp olive oil, plus another 2 tbsp", "olive-oil", 4, "tbsp", 54);
  reads("2 tbsp olive oil, plus 2 more tbsp", "olive-oil", 4, "tbsp", 54);
  reads("1 tbsp olive oil, plus 2 to 3 tsp", "olive-oil", 24.75, "g", 24.75);
  reads("1 cup flour + 2 tbsp", "flour", 140.6, "g", 140.6);
  reads("200g spinach + 50g", "spinach", 250, "g", 250);
  // Without a number, within an amount in parentheses, and after another choice, as before.
  reads("138 g water (½ cup plus 1 tablespoon)", "water", 138, "g", 138);
  reads("12 tablespoons unsalted butter, cut in bits (6 ounces or 1 + ½ sticks)", "butter-unsalted", 12, "tbsp",
        170.4);
  reads("1 cup grated parmesan, or 1 cup feta plus 2 tbsp grated parmesan", "parmesan-grated", 1, "cup", 100);
  reads("2 cups spinach, or 1 cup kale plus 1 cup chard", "spinach", 2, "cup", 60);
  reads("1 or 2 extra large eggs", "egg", 1.5, "extra-large", 84);
  reads("2 tbsp olive oil plus extra for frying", "olive-oil", 2, "tbsp", 27);
  reads("2 tbsp olive oil, plus a little extra for greasing", "olive-oil", 2, "tbsp", 27);
  reads("2 tbsp olive oil, plus a little for frying", "olive-oil", 2, "tbsp", 27);
  reads("2 tbsp olive oil, plus a drizzle of oil", "olive-oil", 2, "tbsp", 27);
  reads("3 tbsp butter, plus a knob for frying", "butter", 3, "tbsp", 42.6);
  // A word of a kind or a part of the food is more of it, and a food without vitamin K is left as a note.
  reads("1 lemon, plus a squeeze of juice", "lemon", 1, "fruit", 58);
  reads("1 cup grated parmesan, plus a little cheese to serve", "parmesan-grated", 1, "cup", 100);
  reads("1 pomegranate, plus a handful of seeds", "pomegranate", 1, "pomegranate", 282);
  reads("2 tbsp cornstarch, plus a little water", "cornstarch", 2, "tbsp", 16);
  reads("1 cup rice, plus a little salt", "white-rice", 1, "cup", 158);
  // A food that shares a word with the item's name, without an amount, is more of it, unsaid how much.
  reads("2 tbsp olive oil, plus oil for drizzling", "olive-oil", 2, "tbsp", 27);
  reads("2 tbsp unsalted butter, plus butter for the pan", "butter-unsalted", 2, "tbsp", 28.4);
  reads("½ cup plus 2 tbsp heavy cream", "heavy-cream", 0.625, "cup", 148.75);
  reads("heavy cream ½ cup plus 2 tbsp", "heavy-cream", 0.625, "cup", 148.75);
  check_refused(catalog, at, {
           // Had read as the first food alone, with or without a comma.
           Refused{"1 cup kale plus 2 cups spinach", "'2 cups spinach' is an amount of another food (spinach"},
           Refused{"2 large eggs plus 1 yolk", "'1 yolk' is an amount of another food (egg-yolk"},
           Refused{"2 eggs plus 2 tbsp milk", "'2 tbsp milk' is an amount of another food (milk"},
           // Another food without an amount, after plus or + (had read as the eggs alone).
           Refused{"2 eggs plus toast", "'toast' is another food (toast,"},
           Refused{"2 eggs + toast", "'toast' is another food (toast,"},
           Refused{"1 cup oatmeal plus blueberries", "'blueberries' is another food (blueberries,"},
           // After words of how much: had read as the oil or the eggs alone.
           Refused{"2 tbsp olive oil, plus a knob of butter", "'a knob of butter' is another food (butter,"},
           Refused{"2 tbsp olive oil plus a little butter", "'a little butter' is another food (butter,"},
           Refused{"2 tbsp olive oil, plus some butter", "'some butter' is another food (butter,"},
           Refused{"2 eggs, plus a splash of milk", "'a splash of milk' is another food (milk,"},
           Refused{"2 beets, plus a handful of greens", "'a handful of greens' is another food"},
           Refused{"2 eggs plus water", "'water' is another food (water,"},
           Refused{"2 tbsp butter, plus a little oil", "'a little oil' is another food (soybean-oil,"},
           // A part of a food is not its whole: had read as the yolks or the juice alone.
           Refused{"4 egg yolks, plus 1 whole egg", "'1 whole egg' is an amount of another food (egg,"},
           Refused{"2 egg yolks plus 2 whole eggs", "'2 whole eggs' is an amount of another food (egg,"},
           Refused{"juice of 1 lemon, plus 1 lemon, sliced", "'1 lemon' is an amount of another food (lemon,"},
           // Another food that words of the name name, and the food in another state: had been added.
           Refused{"1 cup cream cheese, plus 2 tbsp cream", "'2 tbsp cream' is an amount of another food"},
           Refused{"1 cup peanut butter, plus 2 tbsp butter", "'2 tbsp butter' is an amount of another food (butter,"},
           Refused{"1 cup cooked spinach, plus 1 cup raw spinach", "is an amount of another food (spinach,"},
           Refused{"2 cups raw spinach plus 1 cup cooked spinach", "is an amount of another food (spinach-cooked,"},
           Refused{"1 chicken breast, plus 1 thigh", "'plus 1 thigh' is an amount that vitk cannot add"},
           // More of the food that vitk cannot weigh, or cannot read as the food.
           Refused{"50g pecans, plus 8 whole pecans, to serve",
                   "has no portion of one piece, so 'plus 8 whole pecans' is no weight"},
           Refused{"1 egg, plus 1 jumbo-ish egg", "vitk cannot add"},
           Refused{"100g butter, plus 2 tbsp zzz", "'plus 2 tbsp zzz' is an amount that vitk cannot add to"},
           Refused{"100g butter, plus 40g/3oz", "'3oz' is 85 g, but the amount before it is 40 g"},
           Refused{"2 cups flour, plus 2 tbsp (330 g)", "'330 g' is 330 g, but the amount before it is 15.6 g"},
           // An equivalent at the end without plus is still the first amount's.
           Refused{"2 cups kale, 60 g/2 oz", "'2 oz' is 56.7 g, but the amount before it is 32 g"},
           Refused{"100g butter, plus 1-2 tbsp zzz", "vitk cannot add"},
           Refused{"100g butter, plus 3-2 tbsp", "'3-2' is a range that goes down"},
  });
}

TEST_CASE("a slice of a pie is its piece, a pack is a package, an ounce of a drink is a fluid ounce") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Had been errors: the pie, the cake or the pizza has only the other one.
           Line{"1 slice apple pie", "apple-pie", 125},
           Line{"pumpkin pie 1 piece", "pumpkin-pie", 133},
           Line{"pizza 2 pieces", "pizza", 210},
           // A pack or a packet of a food that USDA weighs by the package.
           Line{"instant ramen 1 pack", "ramen", 81},
           Line{"2 packets instant ramen", "ramen", 162},
           Line{"2 packets unflavored gelatin", "usda-19177", 14},  // its envelope, not its 28 g package
           // A food without a serving, named alone or counted, counts its piece (a Weetabix is a biscuit).
           Line{"croissant", "usda-18239", 57},
           Line{"2 weetabix", "usda-42237", 35},
           Line{"Weetabix 2", "usda-42237", 35},
           // Steamed rice is USDA's cooked rice.
           Line{"steamed rice 1 cup", "white-rice", 158},
           // Had read as ounces of weight (340.2 g, 226.8 g): a drink is measured.
           Line{"coke 12 oz", "cola", 368.4},
           Line{"12 oz coke", "cola", 368.4},
           Line{"milk 8 oz", "milk", 244},
           Line{"8 oz orange juice", "orange-juice", 248},
           Line{"soy milk 8 oz", "soy-milk", 244.8},
           Line{"8 oz (240 ml) milk", "milk", 244},
           // In an equivalent and after plus too.
           Line{"1 glass milk (8 oz)", "milk", 244},
           Line{"1 bottle beer (12 oz)", "beer", 356.4},
           Line{"12 oz beer, plus 12 oz", "beer", 712.8},
           Line{"25ml/1oz brandy", "spirits", 23.5},
           Line{"60g/2½oz buttermilk", "buttermilk", 60},  // after a weight, ounces are its weight again
           Line{"12 oz powerade zero mixed berry", "usda-14167", 360},  // `Mixed` is no mix
           // Not a food that only holds a drink's word, a powder, a syrup, a tin's condensed milk, nor a solid.
           Line{"8 oz mashed potatoes", "mashed-potatoes", 226.8},
           Line{"14 oz sweetened condensed milk", "condensed-milk", 396.9},
           Line{"1 oz usda-14203", "usda-14203", 28.35},
           Line{"2 oz usda-14181", "usda-14181", 56.7},
           Line{"4 oz milk chocolate", "milk-chocolate", 113.4},
           Line{"8 oz yogurt", "yogurt", 226.8},
           Line{"1 oz cocoa powder", "cocoa-powder", 28.35},
           Line{"2 oz cheddar", "cheddar", 56.7},
  });
  check_refused(catalog, at, {
           // Tempeh has no package in the sources: a pack is no weight.
           Refused{"tempeh 1 pack", "has no portion 'pack'"},
           Refused{"2 pieces of garlic bread", "has no portion 'pieces'"},
           // A container is no piece of a food named alone (USDA's can of broth is 960 g), nor is a whole
           // melon or a head: only bakery foods, cereals and sweets count a piece so.
           Refused{"beef broth, canned", "has no serving size"},
           Refused{"single cream", "has no serving size"},
           Refused{"casaba melon", "has no serving size"},
           Refused{"jicama", "has no serving size"},
  });
  // The fast lane gives what parse_item gives.
  for (const std::string_view text : {"milk 8 oz", "coke 12oz", "cheddar 2 oz", "8 oz milk"}) {
    CAPTURE(text);
    const Item slow = parse_item(text, at, catalog);
    Item fast;
    if (parse_simple_item(text, catalog, fast)) CHECK(fast.grams == doctest::Approx(slow.grams));
  }
}

TEST_CASE("two foods joined by with, and or & are two items, and the error says so") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_refused(catalog, at, {
           // Had been unknown foods ('coffee with milk'), a misread suggestion ('with toast' → white toast) or a
           // stray number.
           Refused{"coffee with milk", "'coffee with milk' names two foods, 'coffee' (coffee, Coffee, brewed) and "
                                       "'milk' (milk, Milk, whole, 3.25% fat) (expected one food per item; write each "
                                       "as an item of its own with its amount, separated by ';')"},
           Refused{"toast with butter", "'toast with butter' names two foods, 'toast' (toast,"},
           Refused{"tea & milk", "'tea & milk' names two foods, 'tea' (black-tea,"},
           Refused{"2 eggs with toast", "'eggs with toast' names two foods, 'eggs' (egg, Egg, whole, raw) and "
                                        "'toast' (toast, Toast, white bread) (expected one food per item"},
           Refused{"2 eggs and 1 slice toast", "'and 1 slice toast' is another item (expected one food per item; "
                                               "separate items with ';', such as '2 eggs; 1 slice toast')"},
           Refused{"oatmeal 1 cup with 1 tbsp honey", "such as 'oatmeal 1 cup; 1 tbsp honey')"},
           Refused{"tea 1 cup with milk", "'with milk' joins another food (milk, Milk, whole, 3.25% fat) to the item"},
           Refused{"oatmeal 1 cup and blueberries", "'and blueberries' joins another food (blueberries,"},
           // After the amount that ends an unknown name (had been a stray number '2').
           Refused{"kale 2 cups and 1 egg", "'and 1 egg' is another item (expected one food per item; separate items "
                                            "with ';', such as 'kale 2 cups; 1 egg')"},
           // A measure of the first food (had been unknown foods).
           Refused{"cup of coffee with milk", "'coffee with milk' names two foods, 'coffee' (coffee, Coffee, "
                                              "brewed) and 'milk' (milk,"},
           Refused{"bowl of oatmeal with blueberries", "names two foods, 'oatmeal' (porridge, Oats, cooked with "
                                                       "water) and 'blueberries' (blueberries,"},
           // A food read as the portion of another (had been unknown food 'eggs bacon').
           Refused{"2 eggs and bacon", "'eggs and bacon' names two foods, 'eggs' (egg, Egg, whole, raw) and 'bacon' "
                                       "(bacon,"},
           // Not after a colour, which names a kind of the food (`green` is also a name of collards), nor an
           // amount's plus, nor a number after words of no food: a stray number, as before.
           Refused{"1 green and 1 red bell pepper", "stray number '1'"},
           Refused{"1/4 pound plus 4 tablespoons unsalted butter", "stray number '4'"},
           Refused{"kale 2 3 cups", "stray number '2'"},
           // A dish whose name holds both is ambiguous among those dishes, and a name with a food on one side only
           // is unknown.
           Refused{"pork and beans 1 cup", "'pork and beans' is ambiguous"},
           Refused{"spinach zzz with eggs", "unknown food 'spinach zzz with eggs'"},
           // A food's name before another food is no portion of it (had been 'has no portion 'turkey'').
           Refused{"1 turkey burger patty", "unknown food 'turkey burger patty': 'turkey' is a food of its own, not a "
                                            "portion of 'burger patty' (ground-beef,"},
           Refused{"1 turkey burger", "unknown food 'turkey burger': 'turkey' is a food of its own"},
           // A colour is no food there: `orange` is a kind of pepper.
           Refused{"1 large orange or red pepper", "has no portion 'orange'"},
  });
}

TEST_CASE("boiled potatoes, a chicken wing of meat, raw beef liver, pop tarts: foods people name, as the sources have them") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Had been ambiguous among boiled sweet potatoes and others, or unknown in that state.
           Line{"200g boiled potatoes", "boiled-potato", 200},
           Line{"2 boiled potatoes", "boiled-potato", 334},
           Line{"1 large boiled potato", "boiled-potato", 300},
           Line{"cooked potatoes 1 cup", "boiled-potato", 156},
           Line{"500g potatoes, peeled and boiled", "boiled-potato", 500},
           Line{"200g cooked new potatoes", "boiled-new-potatoes", 200},
           Line{"450g/1lb new potatoes, cooked", "boiled-new-potatoes", 450},
           Line{"200g baby potatoes, boiled", "boiled-new-potatoes", 200},
           Line{"boiled new potatoes", "boiled-new-potatoes", 78},
           // A wing of meat only is the roasted wing's meat (USDA's rotisserie `1 wing`, 53 g, had counted).
           Line{"chicken wings 6", "chicken-wing", 126},
           Line{"1 chicken wing", "chicken-wing", 21},
           // Names of the foods in a state that the sources have.
           Line{"beef liver 2 oz raw", "usda-13325", 56.7},
           Line{"silverbeet 1 cup cooked", "swiss-chard-cooked", 175},
           Line{"75g cornichons, finely chopped", "pickles", 75},
           // Had been 'pop' (cola) with a portion 'tart', and unknown.
           Line{"1 pop tart", "usda-18938", 53},
           Line{"fried pork rinds 1 oz", "usda-19041", 28.35},
           Line{"2 burger patties", "ground-beef", 154},  // not a beef patty, which may be a Jamaican pastry
           Line{"200g lamb cutlets", "usda-17030", 200},
           // Had read as the fast-food burrito, 241 g.
           Line{"1 frozen burrito", "usda-22917", 139},
           // Raw and baked, as before.
           Line{"200 g new potatoes", "raw-potato", 200},
           Line{"1 baked potato", "potato", 173},
  });
  // USDA's piece of a potato boiled in its skin is larger than a new potato: a count of them is no weight.
  check_refused(catalog, at, {
           Refused{"8-12 cooked new potatoes", "has no portion of a new one"},
           // A pork rind may be a recipe's raw skin, which no source has: suggested, not taken.
           Refused{"½ pound fresh pork rind", "did you mean 'usda-19041'"},
  });
}

TEST_CASE("a cup of Greek yogurt or cashews, lamb's lettuce, tinned and ground foods: diarists' words") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Borrowed cups (had been 'no volume portion').
           Line{"greek yogurt 1 cup", "greek-yogurt", 245},
           Line{"1/2 cup greek yogurt", "greek-yogurt", 122.5},
           Line{"a container of greek yogurt", "greek-yogurt", 170},
           Line{"cashews 1/4 cup", "cashews", 34.25},
           Line{"2 tbsp cashews", "cashews", 17.2},
           // New names: NEVO's lamb's lettuce, and aliases of USDA foods.
           Line{"lamb's lettuce 50 g", "lambs-lettuce", 50},
           Line{"goose liver pâté 30 g", "goose-liver-pate", 30},
           Line{"2 tbsp goose liver pate", "goose-liver-pate", 26},
           Line{"pâté de foie gras", "goose-liver-pate", 55},
           // NEVO's broad and runner beans, artichoke hearts, dried fruit, semolina and potato starch.
           Line{"200g/7oz broad beans, podded", "broad-beans", 200},
           Line{"broad beans", "broad-beans", 85},
           Line{"runner beans 150 g", "runner-beans", 150},
           Line{"400g artichoke hearts, drained", "artichoke-hearts", 400},
           Line{"100g mixed dried fruit", "mixed-dried-fruit", 100},
           Line{"1 cup semolina", "semolina", 176},
           Line{"semolina", "semolina", 30},
           Line{"1 tbsp potato starch", "potato-starch", 8},
           Line{"300g arborio rice", "risotto-rice", 300},
           Line{"1 cup risotto rice", "risotto-rice", 185},
           Line{"1 lb lean ground beef", "usda-23563", 453.59},
           Line{"500g extra lean beef mince", "usda-23558", 500},
           Line{"150ml prosecco", "white-wine", 149.12},
           Line{"3 tbsp Marsala", "usda-14536", 44.25},
           Line{"sweet marsala 50 ml", "usda-14057", 49.87},
           Line{"marmite 1 tsp", "usda-43406", 6},
           Line{"1 slice wholemeal toast", "usda-18076", 25},
           Line{"1 tsp onion powder", "usda-02026", 2.4},
           Line{"1 tsp caraway seeds", "usda-02005", 2.1},
           Line{"2 tbsp prepared horseradish", "usda-02055", 30},
           Line{"1 tbsp parsley flakes", "parsley-dried", 1.6},
           Line{"1 tsp ground sage", "sage", 0.7},
           Line{"a medium avocado", "avocado", 136},
           Line{"2 grapefruit halves", "grapefruit", 246},
           Line{"parmesan 1 tbsp", "parmesan-grated", 5},
           Line{"1/4 cup parmesan", "parmesan-grated", 25},
           Line{"1/2 cup canned chickpeas", "canned-chickpeas", 76},
           // A can's volume is what it holds, and no measure of its drained food.
           Line{"1 x 400g/14fl oz can kidney beans, drained", "usda-16029", 400},
           Line{"14fl oz/400g can kidney beans", "usda-16029", 400},
           Line{"a chilli", "hot-pepper", 45},
           Line{"half a chilli", "hot-pepper", 22.5},
           Line{"4 peach halves", "peach", 300},
           Line{"rose wine 150ml", "rose-wine", 153.68},
           Line{"1 pot greek yogurt", "greek-yogurt", 170},
           Line{"pot roast 200g", "pot-roast", 200},
           Line{"1 piece of toast", "toast", 22},
           Line{"2 pieces of rye bread", "rye-bread", 64},
           Line{"mache", "lambs-lettuce", 20},
           Line{"rucola 30g", "arugula", 30},
           Line{"linseed oil 1 tbsp", "usda-42231", 13.6},
           Line{"soy yogurt 150g", "usda-43476", 150},
           // Tinned is canned, where no food is named tinned (had been unknown foods).
           Line{"tinned green beans 100g", "usda-11056", 100},
           Line{"tinned pumpkin 100 g", "usda-11424", 100},
           // A can after the food holds the canned food, as a can before it does (had been 'no portion 'can'').
           Line{"chickpeas 1 can", "canned-chickpeas", 253},
           Line{"sardines 1 tin", "sardines", 92},
           // `ground` after the amount is the food's, as before it (had been a stray number).
           Line{"flaxseed 1 tbsp ground", "flaxseed", 7},
           Line{"flaxseed 1 tbsp, ground", "flaxseed", 7},
           Line{"beef 1 lb ground", "ground-beef", 453.59},
           Line{"flaxseed 1 tbsp", "flaxseed", 10.3},
           // A can in a note is no amount: the broth.
           Line{"1 cup chicken broth, homemade or tinned", "usda-06194", 249},
           Line{"corn on the cob", "corn-cooked", 103},
           // A can or a tin in a note is no amount: the food named (the review had seen canned chickpeas with no cup
           // and canned tomatoes after `or`).
           Line{"1 cup chickpeas from a can", "canned-chickpeas", 152},
           Line{"chickpeas 1 can", "canned-chickpeas", 253},
  });
  // A food with no household measure says which units it has.
  check_refused(catalog, at, {Refused{"1 cup broad beans", "'broad beans' has no volume portion"},
                              Refused{"1 tbsp fresh horseradish", "'fresh horseradish' is ambiguous"},
                              Refused{"2 endives, leaves only", "a count of 'endives' may be of Belgian endive"},
                              Refused{"4 endives, thinly sliced", "a count of 'endives' may be of Belgian endive"},
                              Refused{"juice of 1 ripe large lemon", "vitk has no weight for the juice of a large 'lemon'"},
                              // The part of another egg has no weight (had read as the whole eggs, 140 g).
                              Refused{"2 duck eggs, yolks only", "the note keeps the yolk of 'duck eggs' alone, and "
                                                                 "vitk weighs the yolk of a hen's raw egg only"},
                              Refused{"Eight ½-inch slices ciabatta or crusty French bread", "has no portion of one piece"},
                              Refused{"a little olive or sunflower oil", "so a count of it is no weight"},
                              Refused{"a shot of vodka", "has no portion 'shot', which is no amount that vitk has a "
                                                         "weight for"},
                              Refused{"2 slices of baguette", "vitk weighs the slice of a loaf of French bread (59 g), "
                                                              "not a slice of 'baguette'"},
                              Refused{"2 medium eggs, yolks only",
                                      "the note keeps the egg's yolk alone, and vitk weighs the yolk of a large egg "
                                      "only"}});
  check_refused(catalog, at, {
           // Kombu is kelp sold dried, which no source has: no longer read as raw kelp.
           Refused{"kombu 5g", "unknown food 'kombu'"},
           // The canned foods of the name, when they are several.
           Refused{"tinned peaches", "'canned peaches' is ambiguous"},
           Refused{"tinned zzz", "unknown food 'tinned zzz'"},
           // `corn salad` is a salad of sweet corn in the US: not lamb's lettuce.
           Refused{"corn salad 150g", "unknown food 'corn salad'"},
           // Tinned after `or` is an alternative, not the food (had read as canned tomatoes in a first version).
           Refused{"tomatoes 400g, fresh or tinned", "'fresh or tinned' after the amount '400g' is no state"},
           // A vague word after the food with a number, or one that names a kind or a dish, is part of the name.
           Refused{"spinach handful 30g", "unknown food 'spinach handful'"},
           Refused{"rice bowl", "unknown food 'rice bowl' (did you mean 'usda-22958'"},
           Refused{"lettuce, little gem, a few leaves", "'a few' is no amount"},
           // A dish after a measure is not split (had been pasta and cheddar in a first version).
           Refused{"cup of pork and beans", "'pork and beans' is ambiguous: it could mean 'usda-06004'"},
           // One and a half is no other item.
           Refused{"oats 1 cup and 1/2", "stray number '1'"},
           // A vague amount after the food, as before it (had been unknown foods 'baby spinach handful').
           Refused{"baby spinach handful", "'handful' is no amount that vitk has a weight for; give a weight or a "
                                           "volume, such as 'baby spinach 30 g' (units of spinach:"},
           Refused{"lettuce a few leaves", "'a few' is no amount that vitk has a weight for"},
           Refused{"salad, a handful", "such as 'salad 30 g'"},
           // Not where the item has an amount: fresh thyme, which vitk does not know.
           Refused{"5 g thyme sprigs", "unknown food 'thyme sprigs'"},
           Refused{"thyme sprigs", "unknown food 'thyme sprigs'"},
           // A food on another is two foods (had been unknown foods).
           Refused{"butter on toast", "'butter on toast' names two foods, 'butter' (butter,"},
           Refused{"poached egg on toast", "names two foods, 'poached egg' (poached-egg,"},
           // A count of a spice asks for a spoonful of it.
           Refused{"paprika 1", "give an amount such as 'paprika 1 tsp'"},
  });
}

TEST_CASE("an ambiguous name lists its foods in full where their shortened names would read the same") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_refused(catalog, at, {
           // Both had read 'Dandelion greens, cooked, boiled, drained, with s...'.
           Refused{"1 cup cooked dandelion greens", "'usda-11782' (Dandelion greens, cooked, boiled, drained, with "
                                                    "salt), 'usda-11208' (Dandelion greens, cooked, boiled, drained, "
                                                    "without salt)"},
           // Names that differ within their first 50 columns stay short.
           Refused{"eggs and bacon", "'usda-21021' (Fast foods, english muffin, with egg, cheese, a...), 'usda-21003' "
                                     "(Fast foods, biscuit, with egg and bacon), 'usda-21007' (Fast foods, biscuit, "
                                     "with egg, cheese, and bacon), ..."},
  });
}

TEST_CASE("a slice of pineapple, a blueberry muffin, multigrain toast, tinned mackerel: diarists' foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A slice of pineapple is USDA's 3½-inch one, not its 4⅔-inch one (166 g), which a large slice is.
           Line{"a slice of pineapple", "pineapple", 84},
           Line{"pineapple 2 slices", "pineapple", 168},
           Line{"2 large slices of pineapple", "pineapple", 332},
           // A blueberry muffin is USDA's medium one (had been 'blueberry' with no portion 'muffin').
           Line{"a blueberry muffin", "blueberry-muffin", 113},
           Line{"2 blueberry muffins", "blueberry-muffin", 226},
           Line{"a large blueberry muffin", "blueberry-muffin", 139},
           // Toast of multigrain bread is USDA's toasted multigrain bread; tinned mackerel its canned mackerel.
           Line{"2 slices multigrain toast", "usda-18036", 48},
           Line{"tinned mackerel 125g", "usda-15048", 125},
           // A toasted English muffin is USDA's plain one toasted (had been ambiguous with its other grains).
           Line{"an english muffin, toasted", "usda-18259", 52},
           Line{"2 toasted english muffins", "usda-18259", 104},
           Line{"whole wheat english muffin, toasted", "usda-18267", 61},
           // Full cream milk is the Australian name of whole milk.
           Line{"300ml full cream milk", "milk", 309.4},
  });
}

TEST_CASE("an article before a count or a fraction is set aside; an omelet of eggs, a hash brown patty") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // USDA's omelet '1 large' is one of one large egg: the unit egg (had been stray numbers).
           Line{"a 3 egg omelette", "omelet", 183},
           Line{"a 3-egg omelette", "omelet", 183},
           Line{"2-egg omelet", "omelet", 122},
           Line{"omelette 2 eggs", "omelet", 122},
           Line{"a two egg omelette", "omelet", 122},
           Line{"omelette", "omelet", 110},
           // A fraction after an article is that fraction (had been a stray number).
           Line{"a 1/2 cup rice", "white-rice", 79},
           Line{"a ½ cup of oats", "oats", 40.5},
           // Before a weight or a volume, the article still counts the piece or the container.
           Line{"a 250ml glass of milk", "milk", 257.83},
           Line{"a 400g can of kidney beans", "usda-16029", 400},
           Line{"a ½ US pint glass of milk", "milk", 244},
           Line{"a 2 percent milk", "milk-2-percent", 244},
           // One that agrees stands, and a count after a weight or a volume is a cook's rough guide.
           Line{"1 pizza (8 slices)", "pizza", 841},
           Line{"1 cup coarsely chopped onion (1 medium)", "onion", 160},
           // A hash brown counted is USDA's fast-food patty (had been an error); the bare plural, a cup.
           Line{"a hash brown", "hash-browns", 53},
           Line{"2 hash browns", "hash-browns", 106},
           Line{"hash browns", "hash-browns", 156},
  });
  check_refused(catalog, at, {
           Refused{"a 4-lb chicken", "weighs a whole bird with its bones"},
           Refused{"A 3–3½-pound chicken, split in half", "weighs a whole bird with its bones"},
           // A count of a vague amount asks for a weight, as one alone does.
           // A count of another portion in parentheses after a counted food must agree with it (had been a note
           // set aside: 110 g and the whole pizza).
           Refused{"1 omelette (3 eggs)", "'3 eggs' in parentheses is 183 g of omelet, but the amount before it is "
                                          "110 g: they differ by more than 5%"},
           Refused{"1 pizza (2 slices)", "'2 slices' in parentheses is 210 g of pizza"},
           // An article before other counts is not set aside.
           Refused{"a 4 cheese pizza", "stray number '4'"},
           Refused{"spinach 2 handfuls", "has no portion 'handfuls', which is no amount that vitk has a weight for; "
                                         "give a weight or a volume, such as 'spinach 30 g'"},
           Refused{"ice cream 2 scoops", "which is no amount that vitk has a weight for"},
  });
}

TEST_CASE("a glass or a mug a volume fills, an article before a part of a measure, and a third diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // After a volume, the glass or mug it fills is no part of the food (had been unknown 'glass of milk');
           // its ounces are fluid ounces.
           Line{"250ml glass of milk", "milk", 257.83},
           Line{"250 ml glass of milk", "milk", 257.83},
           Line{"8 oz glass of milk", "milk", 244},
           Line{"8 fl oz glass of milk", "milk", 244},
           Line{"300 ml mug of tea", "black-tea", 300.52},
           Line{"2 x 250ml glasses of milk", "milk", 515.66},
           // A fluid ounce in two words, or glued, sizes a glass or a can (had been stray numbers).
           Line{"an 8 fl oz glass of milk", "milk", 244},
           Line{"a 8fl oz glass of milk", "milk", 244},
           Line{"2 8 fl oz glasses of milk", "milk", 488.01},
           Line{"a 12 fl oz can of cola", "cola", 368.4},
           // A soup is drunk from a mug, as a drink is (had been no drink).
           Line{"a mug of tomato soup", "usda-06559", 248},
           Line{"300ml mug of tomato soup", "usda-06559", 314.47},
           // An article before a part of a weight or a volume is set aside; `one` before a count of eggs.
           Line{"a 1.5 cup rice", "white-rice", 237},
           Line{"a 0.5 cup rice", "white-rice", 79},
           Line{"one 3-egg omelette", "omelet", 183},
           Line{"one 3 egg omelette", "omelet", 183},
           // Foods and names from a third newcomer's diary (had been errors).
           Line{"a glass of rosé wine", "rose-wine", 151.5},
           Line{"a glass of rosé", "rose-wine", 151.5},
           Line{"175ml rosé", "rose-wine", 179.39},
           Line{"rose wine", "rose-wine", 151.5},
           Line{"2 duck eggs", "usda-01138", 140},
           Line{"2 soft poached eggs", "poached-egg", 100},
           Line{"a slice of rye toast", "usda-18061", 24},
           Line{"2 shredded wheat", "usda-08147", 47},
           Line{"pepperoni 10 slices", "pepperoni", 20},
           Line{"a soft boiled egg", "boiled-egg", 50},
           Line{"an americano", "coffee", 237},
           Line{"an iced latte 16 oz", "latte", 488},
           Line{"a can of pepsi max", "diet-cola", 355},
           Line{"beef lasagna", "lasagna", 225},
           Line{"sardines in olive oil 1 tin", "sardines", 92},
           // In water or steam, a food USDA calls cooked in no named way is cooked so (had been unknown forms).
           Line{"steamed basmati rice", "white-rice", 158},
           Line{"4 cups boiled white rice", "white-rice", 632},
           Line{"200g/7oz basmati rice, boiled for five minutes, then drained", "raw-rice", 200},
           Line{"2 beef patties", "ground-beef", 154},
           // Natto is counted by the pack, about 40 g (Kojima 2020); a serving is one pack (had been FDA's 90 g,
           // and a pack an error).
           Line{"natto", "natto", 40},
           Line{"a pack of natto", "natto", 40},
           Line{"natto 1 pack", "natto", 40},
           Line{"2 packs natto", "natto", 80},
           Line{"natto 1 package", "natto", 40},
           Line{"a tub of natto", "natto", 40},
           Line{"natto 1 container", "natto", 40},
           // A weight or a volume given with a pack or a container is the label's, and counts.
           Line{"natto (1 pack, 45g)", "natto", 45},
           Line{"natto 1 pack (45g)", "natto", 45},
           Line{"greek yogurt (1 container, 200 g)", "greek-yogurt", 200},
           Line{"cola (1 can, 330 ml)", "cola", 342.56},
           // After a weight, a pack in parentheses is the label's, which the weight gives (had been an error).
           Line{"natto 45g (1 pack)", "natto", 45},
           Line{"natto 100g (2 packs)", "natto", 100},
           // Raw or hen's eggs are eggs whose part the note keeps.
           Line{"2 raw eggs, yolks only", "egg-yolk", 34},
           Line{"2 hen eggs, whites only", "egg-white", 66},
           Line{"a mug of chicken stock", "chicken-stock", 240},
           Line{"1 can (about 15 ounces) diced tomatoes, with their juice", "canned-tomatoes", 425.24},
  });
  check_refused(catalog, at, {
           // A glass holds a drink, whether the article counts it or not.
           Refused{"250ml glass of kale", "'kale' is no drink, and a glass holds one"},
           // A vague amount before a name that offers another food is no amount (had read as a serving of kale).
           Refused{"several radish slices or kale", "'several' is no amount that vitk has a weight for"},
           // `one` before a fraction may be a mixed number said aloud: still a stray number.
           Refused{"one 1/2 cup rice", "stray number '1/2'"},
           // A word after a counted food's name may end the name of a food vitk does not know.
           Refused{"a bacon sandwich", "'bacon sandwich' is ambiguous: it could mean 'usda-"},
           Refused{"1 tuna sandwich", "'tuna' has no portion 'sandwich', and vitk knows no food 'tuna sandwich' "
                                      "(units: "},
           Refused{"1 tuna sandwich", "; see: vitk foods search tuna sandwich)"},
           // Not where the words name a food vitk knows in another state.
           Refused{"a salmon fillet, grilled", "(salmon, Salmon, Atlantic, farmed, cooked) has no portion 'fillet'"},
           // The example keeps the state in parentheses that chose the food (had suggested the raw fillet).
           Refused{"salmon fillet (baked)", "give an amount such as 'salmon fillet (baked) 100 g'"},
           // A fraction word before an unknown name may be part of it.
           Refused{"a quarter pounder", "unknown food 'pounder', read after the amount 'a quarter' (see: vitk foods "
                                        "search pounder, or vitk foods search quarter pounder)"},
           Refused{"half avocdo", "did you mean 'avocado'?"},
           // A food's name read as the unit of a count is part of the unknown name (had been 'caesar wrap').
           Refused{"a chicken caesar wrap", "unknown food 'chicken caesar wrap' (see: vitk foods search chicken caesar "
                                            "wrap)"},
           // A bag is no piece of a baby vegetable: its error names the bag (had been 'no portion of a baby one').
           Refused{"a bag of baby spinach", "'baby spinach' (spinach, Spinach, raw) has no portion 'bag'"},
           // Not one of several containers, nor the net weight of a can whose food the food's name drains.
           Refused{"cola (2 cans, 330 ml)", "'330 ml' is 342.6 g, but the amount before it is 740 g"},
           Refused{"canned chickpeas (1 can, 400g)", "a can's weight is its net weight"},
           // A whole bird's weight with a decimal is still counted by the article, and so an error.
           Refused{"a 4.5 lb chicken", "weighs a whole bird with its bones"},
           Refused{"1 cup glass noodles", "unknown food 'glass noodles'"},
  });
}

TEST_CASE("a water vitk does not know after a choice, and a fourth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A drink before a water vitk knows is the first name.
           Line{"1 cup coffee or hot water", "coffee", 237},
           Line{"1 glass lemonade or sparkling water", "lemonade", 264},
           // A grain before a name that ends in a grain is no beginning of it (cauliflower rice is a vegetable).
           Line{"1 cup quinoa or cauliflower rice", "quinoa", 185},
           // Names a fourth diarist wrote for foods vitk has (had been unknown or ambiguous).
           Line{"chicken livers, pan fried, 100g", "usda-05661", 100},
           Line{"fried chicken livers 100g", "usda-05661", 100},
           Line{"v8 6 fl oz", "usda-11578", 182},
           Line{"1 cup cauliflower rice", "cauliflower", 107},
           Line{"1 cup mashed sweet potato", "usda-11510", 328},
           Line{"a cinnamon roll", "usda-18356", 60},
           Line{"2 slices deli turkey", "usda-07081", 30},
           Line{"2 tbsp caesar dressing", "usda-43015", 29.4},
           Line{"2 weet-bix", "usda-42237", 35},
           Line{"a cuppa", "black-tea", 237},
           Line{"a cup of rooibos tea", "herbal-tea", 237},
           Line{"a hot dog sausage", "frankfurter", 48},
           // A roasted breast is the common one, meat only (had been USDA's 343 g double rotisserie breast with
           // skin), and so is a roast one, counted by an article (had been "no portion 'roast'").
           Line{"a roasted chicken breast", "chicken-breast", 196},
           Line{"a roast chicken breast", "chicken-breast", 196},
           Line{"a roast chicken thigh", "chicken-thigh", 89},
           Line{"roasted chicken breast with skin", "chicken-breast-with-skin", 85},
           // A lettuce's leaf is its inner or its outer one, as the item says (a bare leaf had been the inner one).
           Line{"2 outer romaine leaves", "romaine", 56},
           Line{"2 inner leaves of romaine", "romaine", 12},
           Line{"romaine 2 outer leaves", "romaine", 56},
           Line{"1 green leaf lettuce", "green-leaf-lettuce", 360},
           // A nut that USDA weighs by the kernel is counted by it (had been "no portion of one piece").
           Line{"1 brazil nut", "brazil-nuts", 5},
           Line{"10 pistachios", "pistachios", 7},
           Line{"3 chestnuts", "chestnuts", 25.2},
           // A pot of a food is a container that a weight before it sizes (had been the unknown 'pot of natural
           // yoghurt'); a pot before a name may begin it.
           Line{"a 150g pot of natural yoghurt", "yogurt", 150},
           Line{"1 (3 lb) pot roast", "pot-roast", 1360.78},
           Line{"a small pot of yogurt", "yogurt", 170},
           Line{"1 (10 oz) pot pie", "chicken-pot-pie", 283.5},
           // A part of a fish cooked in dry heat is of the fish so cooked (had been "no 'grilled' form of it").
           Line{"grilled salmon fillet 150g", "salmon", 150},
           Line{"baked cod fillet 150g", "cod", 150},
           // Names a fifth diarist wrote (each had been unknown, ambiguous or without a serving).
           Line{"2 eggs, over easy", "fried-egg", 92},
           Line{"an everything bagel", "bagel", 99},
           Line{"16 oz cold brew", "coffee", 473.6},
           Line{"1 slice pepper jack", "monterey-jack", 28},
           Line{"a clif bar", "usda-25051", 68},
           Line{"an egg mcmuffin", "usda-21021", 126},
           Line{"a veggie burger", "usda-16147", 70},
           Line{"1 cup mashed swede", "usda-11436", 240},
           Line{"tuna in springwater 95g", "tuna", 95},
           Line{"gai lan 100g", "usda-11994", 100},
           Line{"shungiku 50g", "usda-11157", 50},
           Line{"hikiwari natto 1 pack", "natto", 40},
           Line{"10 goldfish crackers", "usda-28363", 5.2},
           Line{"blue cheese dressing 2 tbsp", "usda-04539", 30},
           Line{"a fuji apple", "usda-09504", 192},
           // A recipe's turkey breast, sliced, stays the roast turkey; deli turkey is named so.
           Line{"500g/1lb 2oz turkey breast, sliced", "turkey", 500},
  });
  check_refused(catalog, at, {
           // Before a water vitk does not know, the first word may begin its name, never a food (had been rosé wine).
           Refused{"1½ teaspoons rose or orange-flower water", "unknown food 'rose or orange-flower water'"},
           // A leaf of a lettuce that weighs only its inner and outer ones says which; never a head (had been 6 g).
           Refused{"3 leaves romaine", "'romaine' has no portion 'leaves' (units: "},
           Refused{"a romaine leaf", "'romaine' (romaine, Lettuce, romaine, raw) weighs a leaf by where it grows; write "
                                     "which, such as 'an outer romaine leaf'"},
           Refused{"4 leaves green lettuce", "has no portion of one piece, so a count of 4 is no weight"},
           Refused{"2 leaf lettuce", "has no portion of one piece, so a count of 2 is no weight"},
           // A pot before a name is no container: pot cheese is no cheddar.
           Refused{"100g pot cheese", "unknown food 'pot cheese'"},
           // Stamppots of other vegetables have a thirtieth of the kale one's K1 or less.
           Refused{"stamppot 300g", "'stamppot' is ambiguous"},
           // A fillet is still no weight, and the fish has no form cooked in water.
           Refused{"a grilled salmon fillet", "'grilled salmon fillet' (salmon, Salmon, Atlantic, farmed, cooked) has no "
                                              "portion 'fillet', so a count of it is no weight"},
           Refused{"poached salmon fillet 100g", "but no 'poached' form of it"},
           // A roast potato is a piece of one, not a whole potato; a breast with skin has no weight of one.
           Refused{"2 roast potatoes", "roast potatoes and parsnips are pieces, cut and roasted"},
           Refused{"1 chicken breast with skin", "'chicken breast with skin' has no portion of one piece"},
  });
}

TEST_CASE("a size in a note, a head or a piece of another kind, fish and chicken cooked, and a sixth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A size alone in a note is the size of what is counted (had been the medium one, set aside).
           Line{"2 bananas, small", "banana", 202},
           Line{"a banana, small", "banana", 101},
           Line{"a potato (large)", "potato", 299},
           Line{"1 onion, medium, chopped", "onion", 110},
           Line{"2 eggs, large", "egg", 100},
           // A size among other words of a note is no size of the food.
           Line{"2 potatoes, cut into large chunks", "potato", 346},
           // The food of a kind or another name, cooked, is the food cooked (had been "no 'steamed' form of it").
           Line{"curly kale, steamed, 80g", "kale-cooked", 80},
           Line{"cavolo nero, boiled, 100g", "kale-cooked", 100},
           // Chicken cooked in water is USDA's stewed chicken (had been "no 'poached' form of it").
           Line{"a poached chicken breast", "usda-05065", 190},
           Line{"a boiled chicken thigh", "usda-05099", 55},
           Line{"boiled chicken 100g", "usda-05014", 100},
           Line{"200 g chicken breast, poached", "usda-05065", 200},
           // A fish cooked in dry heat, by its steak too (had been "no 'grilled' form of it").
           Line{"grilled swordfish steak", "usda-15111", 106},
           Line{"grilled swordfish 150g", "usda-15111", 150},
           Line{"grilled tuna steak 150g", "usda-15221", 150},
           Line{"baked trout fillet", "usda-15241", 71},
           Line{"boiled octopus 100g", "usda-15230", 100},
           Line{"beef liver 100g, fried", "usda-13327", 100},
           // A drink without a serving fills a glass with its cup (had been "no portion 'glass'").
           Line{"a glass of prune juice", "usda-09294", 256},
           Line{"a glass of carrot juice", "usda-11655", 236},
           // A carton of a food sold by the pack is its pack.
           Line{"a carton of natto", "natto", 40},
           // Names a sixth diarist wrote.
           Line{"rice pudding 150g", "usda-19193", 150},
           Line{"100g pudding rice", "risotto-rice", 100},
           Line{"a tin of pilchards", "usda-15089", 370},
           Line{"a rump steak 225g", "sirloin-steak", 225},
           // A can of tomatoes, which has no weight of its own, is weighed by the one its label gives.
           Line{"1 can (about 15 ounces) diced tomatoes, drained", "canned-tomatoes", 425.24},
           Line{"1 cup raisin bran", "usda-08060", 59},
           Line{"pickled ginger 1 tbsp", "usda-31033", 12.5},
           Line{"70g/2½oz pork scratchings", "usda-19041", 70},
           // Leaves of lettuce are the lettuce's leaves, never leaf lettuce's (had been "no portion of one piece").
           Line{"a lettuce leaf", "iceberg", 8},
           Line{"4 lettuce leaves", "iceberg", 32},
           Line{"8 butter lettuce leaves", "butterhead-lettuce", 40},
           Line{"2 cabbage leaves", "cabbage", 30},
           Line{"2 outer green leaf lettuce leaves", "green-leaf-lettuce", 48},
           Line{"zoodles 1 cup", "zucchini", 124},
           Line{"courgetti 100g", "zucchini", 100},
           // From a review: cooked parts of a bird stay vitk's roasted ones, in the plural too; a kind of a food
           // cooked is that food cooked only where the item says one way; canned tomatoes simmered stay canned.
           Line{"2 cooked chicken thighs", "chicken-thigh", 178},
           Line{"2 cooked chicken drumsticks", "chicken-drumstick", 106},
           Line{"400g tinned chopped tomatoes, simmered", "canned-tomatoes", 400},
           Line{"1 cup peas, simmered", "peas-cooked", 160},
           Line{"100g pilchards in oil", "sardines", 100},
           Line{"2 eggs plus 1 egg (small)", "egg", 150},
           // A count of natto counts its packs (had been "no portion of one piece").
           Line{"natto x2", "natto", 80},
           Line{"2 natto", "natto", 80},
  });
  check_refused(catalog, at, {
           // A size in a note that the food has no portion of is an error, as before the food (had been set aside).
           Refused{"an avocado, large", "'avocado' has no portion 'large'"},
           Refused{"a fried egg, small", "has no portion 'small'"},
           // A head of a kind read as romaine is no head of romaine (had been 626 g).
           Refused{"little gem 1 head", "a head of romaine is no head of 'little gem'"},
           Refused{"a head of mixed greens", "a head of romaine is no head of 'mixed greens'"},
           // A piece cut from a food is never a whole one (had been two pineapples, 1,810 g).
           Refused{"2 pineapple chunks", "has no portion 'chunk', so a count of it is no weight"},
           Refused{"a pineapple chunk", "has no portion 'chunk', so a count of it is no weight"},
           // A ball named alone is one ball (had been a 28 g serving).
           Refused{"mozzarella ball", "has no portion 'ball', so a count of it is no weight"},
           // A recipe's pork rind may be raw skin.
           Refused{"½ pound fresh pork rind", "did you mean 'usda-19041'"},
           // A tuna steak cooked is weighed, and octopus grilled has no food.
           Refused{"2 grilled tuna steaks", "has no portion 'steak', so a count of it is no weight"},
           Refused{"grilled octopus", "but no 'grilled' form of it"},
           // From a review: two ways of cooking are no one food; boiled tomatoes are no canned stewed ones; heads of a
           // gem lettuce are no heads of romaine; a glass of a sweet named with milk is no drink.
           Refused{"2 baked potatoes, cooked", "is ambiguous"},
           Refused{"100g boiled tomatoes", "but no 'boiled' form of it"},
           Refused{"2 heads little gem", "a head of romaine is no head of 'little gem'"},
           Refused{"a glass of usda-19120", "has no portion 'glass'"},
           // A chunk or a matchbox of a food is no measure (had been the unknown food 'chunk of cheddar').
           Refused{"a chunk of cheddar", "'chunk' is no amount that vitk has a weight for"},
           // Leaves of a lettuce weighed inner or outer say which (had been ambiguous with romaine).
           Refused{"2 green leaf lettuce leaves", "weighs a leaf by where it grows; write which, such as '2 outer green "
                                                  "leaf lettuce leaves'"},
           Refused{"a matchbox of cheese", "'matchbox' is no amount that vitk has a weight for"},
           // USDA's can of tomatoes, 190 g, is no can sold today; a can is weighed by its label (had been 190 g).
           Refused{"a tin of chopped tomatoes", "'canned tomatoes' has no portion 'tin'"},
           Refused{"tomatoes 1 tin", "'canned tomatoes' has no portion 'tin'"},
  });
}

TEST_CASE("where a leaf grows, a count glued to its sign before a note, the food's own name as its unit, and a "
          "seventh diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A count glued to its sign before a note (had been an unknown food), and a count before a note
           // (had taken the comma for its unit).
           Line{"brussels sprouts x6, boiled", "brussels-sprouts-cooked", 126},
           Line{"eggs x2, scrambled", "scrambled-egg", 122},
           Line{"shiitake mushrooms 4, dried", "dried-shiitake", 14.4},
           Line{"banana x1", "banana", 118},
           // A unit that is the word the food's name ends with counts its pieces, as the name counts them (had been
           // "no portion 'eggs'").
           Line{"scrambled eggs, 2 eggs", "scrambled-egg", 122},
           Line{"banana, 1 banana", "banana", 118},
           Line{"cherry tomatoes, 10 tomatoes", "tomato", 170},
           // From a review: a count glued to its sign after a comma, after a name of several words; a stick of a
           // food that is no vegetable or fruit is the food counted whole.
           Line{"chicken nuggets, x6", "chicken-nuggets", 96},
           Line{"brussels sprouts, x6", "brussels-sprouts", 114},
           Line{"2 mozzarella sticks", "mozzarella-sticks", 62},
           Line{"potato sticks 30g", "usda-19415", 30},
           // From a second review: leaves counted after the food and a note are leaves, where they grow too (had
           // been 2 heads, 1,816 g); one stick or leaf named alone is one, no serving (had been 110 g).
           Line{"cabbage, leaves 2", "cabbage", 30},
           Line{"lettuce, leaves 3", "iceberg", 24},
           Line{"celery, inner stalks 2", "celery", 80},
           Line{"celery stick", "celery", 40},
           Line{"carrot stick", "carrot", 4},
           Line{"cabbage leaf", "cabbage", 15},
           Line{"lettuce leaf", "iceberg", 8},
           // An article after a comma, before a unit, is one of it (had been an unknown food).
           Line{"brie, a wedge", "brie", 38},
           Line{"cheddar, a slice", "cheddar", 28},
           Line{"milk, a glass", "milk", 244},
           // After a rough word too.
           Line{"broccoli about a cup", "broccoli", 91},
           Line{"broccoli florets, steamed - about a cup", "broccoli-cooked", 156},
           Line{"cheese, roughly an ounce", "cheddar", 28.35},
           Line{"crushed tomatoes about a cup", "usda-11693", 242},
           Line{"crushed red pepper about a teaspoon", "cayenne", 1.8},
           Line{"kale ~ a cup", "kale", 16},
           // A size after the food is its piece's size, as before it (had been "no portion 'medium'").
           Line{"potato 1 medium", "potato", 173},
           Line{"potato 1 large", "potato", 299},
           Line{"potato, a medium one", "potato", 173},
           Line{"onion, a large one", "onion", 150},
           Line{"leek 1 medium", "leek", 89},
           // A stick, a baton or a segment of a vegetable or a fruit, and its leaves, are of that food.
           Line{"5 carrot sticks", "carrot", 20},
           Line{"carrot batons 80g", "carrot", 80},
           Line{"100g celery sticks", "celery", 100},
           Line{"kale leaves 50g", "kale", 50},
           Line{"orange segments 80g", "orange", 80},
           Line{"mozzarella sticks 100g", "mozzarella-sticks", 100},
           Line{"fish sticks 100g", "fish-sticks", 100},
           Line{"lettuce leaves 30g", "iceberg", 30},
           Line{"cavolo nero leaves 200g", "kale", 200},
           // A size of a stick is the size of the portion it names.
           Line{"2 large carrot sticks", "carrot", 14},
           Line{"3 large celery sticks, chopped", "celery", 192},
           Line{"1 small celery stick, finely chopped", "celery", 17},
           Line{"2 large carrots, trimmed, cut into long, thin batons", "carrot", 144},
           // Where a leaf grows, or leaves, in a note are what is done with the food counted.
           Line{"1 cauliflower, outer leaves removed", "cauliflower", 588},
           Line{"1 lettuce, leaves finely chopped", "iceberg", 539},
           Line{"12 outer ribs celery", "celery", 480},
           Line{"8 lettuce leaves, to serve", "iceberg", 64},
           Line{"romaine hearts 2 cups", "romaine", 94},
           // A weight joined to its number by a hyphen written apart, and a vulgar fraction's hyphen.
           Line{"1 (14 1/2 -ounce) can diced tomatoes", "canned-tomatoes", 411.07},
           Line{"1 (15 -ounce) can black beans", "usda-16018", 425.24},
           Line{"1 (14 ½-ounce) can diced tomatoes", "canned-tomatoes", 411.07},
           Line{"1 (½-ounce) package yeast", "dry-yeast", 14.17},
           // Sauteed is pan-fried, where USDA has the food so.
           Line{"chicken livers 100g sauteed", "usda-05661", 100},
           Line{"sautéed chicken liver 100g", "usda-05661", 100},
           Line{"sauteed onions 50g", "usda-11286", 50},
           // New Zealand's pottle is a pot.
           Line{"a pottle of yoghurt", "yogurt", 170},
           // A seventh diarist's names.
           Line{"kumara 150g", "sweet-potato", 150},
           Line{"raw kumara 100g", "usda-11507", 100},
           Line{"peameal bacon 100g", "canadian-bacon", 100},
           Line{"2 pupusas de queso", "pupusa", 234},
           Line{"an empanada de carne", "empanada", 89},
           Line{"pesto genovese 2 tbsp", "pesto", 31.5},
           Line{"palak 100 gms", "spinach", 100},
           Line{"bread sticks 30g", "usda-18080", 30},
           Line{"200g purple sprouting broccoli, steamed", "broccoli-cooked", 200},
           Line{"4 spears purple sprouting broccoli", "broccoli", 124},
  });
  check_refused(catalog, at, {
           // Where a leaf grows is never set aside (had been iceberg's leaf, 8 g).
           Refused{"6 outer lettuce leaves", "'lettuce' (iceberg, Lettuce, iceberg, raw) has no portion 'outer leaf'"},
           Refused{"an outer leaf of iceberg", "'iceberg' has no portion 'outer leaf'"},
           Refused{"2 inner cabbage leaves", "has no portion 'inner leaf'"},
           // Two amounts of the same food, and a food not named by the food's words, stay errors.
           Refused{"2 eggs, 1 egg", "'1 egg' after the comma is an amount of another food"},
           Refused{"omelette, 2 eggs", "'2 eggs' after the comma is an amount of another food"},
           // From a review: a word of the name that is no word it ends with, or a cut piece, is no count of the food
           // (5 slices had been 5 apples, 910 g; 10 blueberries 10 muffins; 2 pizza two whole ones).
           Refused{"apple slices, 5 slices", "has no portion 'slice', so a count of it is no weight"},
           Refused{"apple slices, half an apple", "'apple slices' (apple, Apple, with skin, raw) has no portion 'apple'"},
           Refused{"blueberry muffin, 10 blueberries", "'blueberry muffin' has no portion 'blueberries'"},
           Refused{"apple pie, 1 apple", "'apple pie' has no portion 'apple'"},
           Refused{"pizza slice, 2 pizza", "'2 pizza' after the comma is an amount of another food"},
           Refused{"cabbage, outer leaves 2", "has no portion 'outer leaf'"},
           Refused{"iceberg, outer leaves 3", "has no portion 'outer leaf'"},
           Refused{"romaine, inner leaves 3", "has no portion of one piece"},
           Refused{"kale leaf", "has no portion of one piece, so a count of 1 is no weight"},
           Refused{"orange segment", "has no portion 'segment'"},
           // A size of a piece cut from a food is no size of a whole one (had been 4 large oranges, 736 g).
           Refused{"4 large orange segments", "has no portion 'large'"},
           Refused{"2 large pineapple chunks", "has no portion 'large'"},
           Refused{"avocado 1 large", "'avocado' has no portion 'large'"},
           // A piece of a length, or of a thumb's size, is no weight (had been an unknown food).
           Refused{"2.5cm/1in piece fresh root ginger", "'2.5cm/1in piece' is no amount that vitk has a weight for"},
           Refused{"1 thumb-sized piece of ginger", "'thumb-sized piece' is no amount that vitk has a weight for"},
           Refused{"1-inch piece of ginger, peeled", "'1-inch piece' is no amount that vitk has a weight for"},
           // Another food after the food's amount and its unit (had been "stray number '1'").
           Refused{"natto 1 pack with rice", "'with rice' joins another food (white-rice"},
           // A stick of a cheese or a spice is no piece of it; a leaf of a drink is no drink.
           Refused{"a cinnamon stick", "has no portion of one piece, and its serving is a tsp"},
           Refused{"tea leaves 2g", "unknown food 'tea leaves'"},
           Refused{"3 orange segments", "has no portion 'segment', so a count of it is no weight"},
           // Leaves of a root, a seed or a stalk are other foods.
           Refused{"beetroot leaves", "unknown food 'beetroot leaves'"},
           Refused{"3 tbsp celery leaves", "unknown food 'celery leaves'"},
           Refused{"radish leaves 20g", "unknown food 'radish leaves'"},
           // A stalk, a bunch or a head of heading broccoli is none of sprouting broccoli, grown as many small heads.
           Refused{"1 stalk purple sprouting broccoli, trimmed", "a stalk of broccoli is no stalk of 'purple sprouting"},
           Refused{"1 bunch purple sprouting broccoli", "a bunch of broccoli is no bunch of 'purple sprouting"},
           // A romaine heart is no head (had been 626 g).
           Refused{"3 romaine hearts", "has no portion of one piece, so a count of 3 is no weight"},
           Refused{"1 heart of romaine", "has no portion of one piece, so a count of 1 is no weight"},
           // Leaves before a note say which, as at the end.
           Refused{"6 leaf lettuce leaves, cut in half", "weighs a leaf by where it grows"},
           // Two slips in a short word spell other words: no suggestion (had been 'cola', 'rose' or 'soda').
           Refused{"a dosa", "unknown food 'dosa' (see: vitk foods search dosa)"},
           Refused{"raita 2 tbsp", "unknown food 'raita' (see: vitk foods search raita)"},
           Refused{"brocolli 80g", "did you mean 'broccoli'?"},
  });
}

TEST_CASE("a spoonful or a cup without a number, roast potatoes counted, words after a food's amount, suggestions "
          "word by word, and an eighth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // One spoonful, cup, glass, mug or slice, written without a number (had been unknown foods).
           Line{"tbsp coconut oil", "coconut-oil", 13.6},
           Line{"cup kale", "kale", 16},
           Line{"glass milk", "milk", 244},
           Line{"teaspoon sugar", "sugar", 4.2},
           Line{"slice toast", "toast", 22},
           Line{"tbsp crème fraîche", "creme-fraiche", 12},
           Line{"glass rosé", "rose-wine", 151.5},
           Line{"glass V8", "usda-11578", 253},
           Line{"large slice bread", "white-bread", 30},
           // A weight of roast potatoes is baked potato, as before.
           Line{"roast potatoes 200g", "potato", 200},
           Line{"4 baked potatoes", "potato", 692},
           Line{"1 roasted sweet potato", "sweet-potato", 114},
           Line{"2 whole roasted potatoes", "potato", 346},
           Line{"2 medium roasted potatoes", "potato", 346},
           Line{"2 potatoes roasted", "potato", 346},
           Line{"150g potato, mashed", "mashed-potatoes", 150},
           // A stick of string cheese is its serving's slice of an ounce (had been an error).
           Line{"string cheese x2", "mozzarella-part-skim", 56},
           Line{"a string cheese", "mozzarella-part-skim", 28},
           Line{"gelato 100g", "ice-cream", 100},
           Line{"guacamole 1/4 cup", "guacamole", 61.5},
           Line{"2 tbsp guac", "guacamole", 30},
           Line{"guacamole", "guacamole", 30},
           // Names that hold an unmeasured herb's are other foods.
           Line{"dill pickle", "pickles", 35},
           Line{"tarragon vinegar 1 tbsp", "vinegar", 14.9},
           Line{"1 tbsp coriander", "cilantro", 1},
           Line{"buckwheat kasha 1 cup", "buckwheat", 168},
  });
  check_refused(catalog, at, {
           // A food sold in a cup is no cup of a food.
           Refused{"cup noodles", "unknown food 'cup noodles'"},
           Refused{"cups kale", "unknown food 'cups kale'"},
           // Roast potatoes are pieces: a count of them is no weight (had been 4 whole baked potatoes, 692 g).
           Refused{"roast potatoes x4", "'roast potatoes': roast potatoes and parsnips are pieces, cut and roasted"},
           Refused{"4 roasted potatoes", "'roasted potatoes': roast potatoes and parsnips are pieces"},
           Refused{"4 roast potatoes", "'roast potatoes': roast potatoes and parsnips are pieces"},
           Refused{"a roast potato", "'roast potato': roast potatoes and parsnips are pieces"},
           // Words after a food's amount that are no state say so, and where a note goes (had been "stray number").
           Refused{"kumara 150g mashed", "'mashed' after the amount '150g' is no state of the food that vitk reads "
                                         "(expected a state such as 'raw' or 'boiled' there; a note goes after a "
                                         "comma in an item that begins with its amount, such as '150g kumara, "
                                         "mashed')"},
           Refused{"spinach 2 cups, INR check thurs", "'INR check thurs' after the amount '2 cups' is no state"},
           Refused{"gouda 2 100 g", "stray number '2'"},
           // A cup of a size is a cup to drink or eat from (had been a cup of 236.6 ml: 245 g of yogurt).
           Refused{"a small cup of yogurt", "'yogurt' has no small cup: the cup that measures is 236.6 ml, and a "
                                            "small one is a cup to drink or eat from, or a cup filled more or less, "
                                            "of no set size"},
           Refused{"a large cup of tea", "has no large cup"},
           Refused{"1 lg cup flour", "'flour' has no lg cup: the cup that measures is 236.6 ml, and a large one"},
           Refused{"a small cup of cottage cheese", "has no small cup"},
           // A unit written alone is one only before the food's words alone: a count or an amount after them may
           // say another.
           Refused{"slice toast (2)", "stray number '2'"},
           Refused{"cup rice, 200g", "unknown food 'cup rice'"},
           // After a food's amount, a count or a word that multiplies it is no note.
           Refused{"natto 50g twice", "stray number '50g'"},
           Refused{"natto 50g x2", "stray number '50g'"},
           Refused{"kale 100g — organic", "stray number '100g'"},
           Refused{"roast potatoes ½", "'roast potatoes': roast potatoes and parsnips are pieces"},
           Refused{"1 mozzarella", "has no portion of one piece"},
           // A suggestion holds each word to its own slips: one word written otherwise is no slip (had suggested
           // 'irish stout', 'pita bread' and 'brie cheese').
           Refused{"brown cheese", "unknown food 'brown cheese' (see: vitk foods search brown cheese)"},
           Refused{"irish stew", "unknown food 'irish stew' (see: vitk foods search irish stew)"},
           Refused{"soda bread 1 slice", "unknown food 'soda bread' (see: vitk foods search soda bread)"},
           Refused{"chiken brest 100g", "did you mean 'chicken-breast'?"},
           Refused{"parmesan chese 20g", "did you mean 'parmesan cheese'?"},
           Refused{"icecream 100g", "did you mean 'ice-cream'?"},
           Refused{"avacado", "did you mean 'avocado'?"},
           Refused{"brusel sprouts", "did you mean 'brussels-sprouts'?"},
           Refused{"chikn thigh", "did you mean 'chicken-thigh'?"},
           Refused{"ice creme", "did you mean 'ice-cream'?"},
           Refused{"carots", "did you mean 'carrot'?"},
           // A herb or a spice that no source measured says so (dill had been ambiguous between two dill pickles;
           // tarragon had suggested vinegar).
           Refused{"fresh dill", "no vitamin K value for 'fresh dill': no source of vitk's tables (USDA SR28, NEVO, "
                                 "Ciqual) gives one for dill, so vitk does not count it; leave it out, or give it a "
                                 "value in a food table of your own (see vitk-foods(5))"},
           Refused{"dill 1 tbsp chopped", "no vitamin K value for 'dill'"},
           Refused{"1 tbsp chopped tarragon", "no vitamin K value for 'chopped tarragon'"},
           Refused{"4 cardamom pods", "gives one for cardamom"},
           Refused{"2 bay leaves", "gives one for bay leaf"},
           Refused{"mint leaves 5g", "gives one for mint"},
           Refused{"chia seeds 1 tbsp", "gives one for chia seeds"},
           Refused{"1 tbsp coriander seeds", "gives one for coriander seeds"},
           Refused{"fresh thyme", "'thyme' is known (Thyme, dried), but no 'fresh' form of it"},
           Refused{"mint chocolate", "unknown food 'mint chocolate'"},
  });
}

TEST_CASE("spices and blends that no source measured, a cook's pinch or sprig of them, and a ninth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Coriander alone is the leaves, which USDA measured; seeds that USDA measured still read.
           Line{"coriander 10g", "cilantro", 10},
           Line{"1 tsp fennel seeds", "fennel-seed", 2.1},
           Line{"1 tsp yellow mustard seeds", "mustard-seed", 2},
           Line{"a pinch of nutmeg", "nutmeg", 0.1458},
           // Macaroni and cheese is USDA's, prepared from a boxed mix, unless the item says frozen or canned; a beef
           // taco is USDA's in a hard shell (each had been ambiguous or unknown).
           Line{"mac and cheese 1 cup", "usda-22960", 198},
           Line{"macaroni cheese 200g", "usda-22960", 200},
           Line{"cup of macaroni and cheese", "usda-22960", 198},
           Line{"frozen mac and cheese 200g", "usda-22970", 200},
           Line{"macaroni and cheese, frozen 200g", "usda-22970", 200},
           Line{"2 beef tacos", "usda-21082", 138},
           Line{"a crunchy taco", "usda-21082", 69},
           Line{"1 cup-whole snow peas", "snow-peas", 63},
           Line{"mozzarella sticks", "mozzarella-sticks", 31},
           Line{"apple pie slice", "apple-pie", 125},
           Line{"cheesecake slice", "cheesecake", 80},
           // Names of a ninth diarist's foods (had been unknown foods).
           Line{"mug of builders tea", "black-tea", 237},
           Line{"ready salted crisps 25g", "potato-chips", 25},
           Line{"2 marie biscuits", "usda-28351", 11.2},
           Line{"gammon 150g", "ham", 150},
           Line{"2 cups homo milk", "milk", 488},
           Line{"ampalaya 1 cup", "usda-11025", 124},
           Line{"pechay 1 cup", "bok-choy", 70},
           Line{"gim 2 sheets", "nori", 5.2},
           Line{"couve 1 cup", "collards", 36},
           Line{"boerenkool 200g", "kale", 200},
           Line{"molokhia 1 cup", "usda-11232", 87},
           Line{"skyr 150g", "skyr", 150},
           Line{"skyr", "skyr", 225},
           Line{"twaróg 100g", "quark", 100},
           Line{"a slice of margherita pizza", "pizza", 105},
           Line{"3 slices of turkey bacon", "usda-07973", 24.3},
           // A cup of snow peas is of whole pods (had been USDA's chopped cup, 98 g).
           Line{"1 cup snow peas", "snow-peas", 63},
           Line{"mangetout 100g", "snow-peas", 100},
           Line{"snap peas 100g", "snow-peas", 100},
           Line{"1 cup chopped snow peas", "snow-peas", 98},
           Line{"snow peas", "snow-peas", 63},
           // Pieces that USDA weighs as the people who count them mean them still read.
           Line{"2 kipper fillets", "kippers", 80},
           Line{"kippers 150g", "kippers", 150},
           Line{"2 rashers of streaky bacon", "raw-bacon", 56},
           Line{"3 slices bacon", "bacon", 24.3},
           Line{"4 rashers bacon (100g)", "raw-bacon", 100},
           // A rasher of bacon is raw bacon's slice, as it is sold and weighed raw (had been cooked bacon's US strip,
           // 8.1 g, in some phrasings, and raw bacon's slice in others).
           Line{"bacon 4 rashers", "raw-bacon", 112},
           Line{"4 rashers bacon, chopped", "raw-bacon", 112},
           Line{"4 rashers of bacon", "raw-bacon", 112},
           Line{"bacon, 3 rashers", "raw-bacon", 84},
           Line{"2 slices canadian bacon", "canadian-bacon", 27.6},
           Line{"back bacon 50g", "canadian-bacon", 50},
           Line{"1 large head bok choy", "bok-choy", 840},
           Line{"apple slices 100g", "apple", 100},
           Line{"pineapple chunks", "pineapple", 165},
           Line{"cucumber slices", "cucumber", 104},
  });
  check_refused(catalog, at, {
           // A spice blend or a spice that no source measured says so (had been unknown foods).
           Refused{"2 tsp garam masala", "no vitamin K value for 'garam masala': no source of vitk's tables (USDA "
                                         "SR28, NEVO, Ciqual) gives one for garam masala"},
           Refused{"1 tsp ground coriander", "no vitamin K value for 'ground coriander'"},
           Refused{"1 tsp ground coriander", "gives one for coriander seeds"},
           Refused{"coriander powder 1 tsp", "gives one for coriander seeds"},
           Refused{"1 tsp chinese five-spice powder", "gives one for five-spice"},
           Refused{"1 tsp mixed spice", "gives one for mixed spice"},
           Refused{"1 tbsp sumac", "gives one for sumac"},
           Refused{"1 tsp nigella seeds", "gives one for nigella seeds"},
           Refused{"kalonji 1 tsp", "gives one for nigella seeds"},
           Refused{"1 tsp sichuan peppercorns, crushed", "gives one for Sichuan pepper"},
           Refused{"10g fresh galangal", "gives one for galangal"},
           Refused{"1 tsp ras el hanout", "gives one for ras el hanout"},
           Refused{"2 tsp za'atar", "gives one for za'atar"},
           Refused{"hing 1 pinch", "gives one for asafoetida"},
           Refused{"1 tsp ground mace", "gives one for mace"},
           // A cook's pinch, sprig, bunch or handful of one, written without a number, says so too (a pinch of
           // dill had been an unknown food 'pinch of dill').
           Refused{"pinch of dill", "no vitamin K value for 'pinch of dill'"},
           Refused{"sprig of rosemary", "gives one for rosemary"},
           Refused{"a handful of mint", "gives one for mint"},
           Refused{"small bunch fresh mint", "gives one for mint"},
           Refused{"rosemary sprigs 2", "gives one for rosemary"},
           Refused{"mint sauce 1 tbsp", "unknown food 'mint sauce'"},
           Refused{"2 tacos al pastor", "unknown food 'al pastor'"},
           Refused{"fish tacos 2", "unknown food 'fish tacos'"},
           Refused{"2 tacos", "'tacos' is ambiguous"},
           // A rich tea biscuit weighs more than USDA's Marie biscuit, so a count of it would be too little.
           Refused{"2 rich tea biscuits", "unknown food 'rich tea biscuits'"},
           Refused{"2 chicken tacos", "'chicken tacos' is ambiguous"},
           Refused{"3 rashers bacon, cooked", "a rasher or a slice of 'bacon' is cut larger"},
           Refused{"2 rashers of grilled bacon", "is cut larger than the slice that vitk weighs"},
           // A weight after a note is the amount's equivalent, which disagrees with the cup of snow peas.
           Refused{"1 cup sugar snap peas, halved (120 g)", "'120 g' is 120 g, but the amount before it is 63 g"},
           Refused{"3 rashers back bacon, 90 g", "a rasher or a slice of 'back bacon' is cut larger"},
           Refused{"1 head bok choy, sliced, 200 g", "a head of 'bok choy' may be a full head"},
           Refused{"1 head baby bok choy", "has no portion of a baby one"},
           // Pieces that USDA weighs as another cut or size than people mean (had read as a wrong weight).
           Refused{"kippers x2", "a kipper is a whole herring, split and smoked, and vitk weighs only its fillet "
                                 "(USDA's, 40 g); give a weight, such as 'kippers 150 g', or count its fillets, such "
                                 "as '2 kipper fillets'"},
           Refused{"a kipper", "a kipper is a whole herring"},
           Refused{"1 rasher cooked bacon, chopped", "a rasher or a slice of 'cooked bacon' is cut larger than the "
                                                     "slice that vitk weighs (Bacon, cooked, baked, USDA's 8.1 g); "
                                                     "give a weight, such as 'cooked bacon 50 g'"},
           Refused{"2 rashers back bacon", "a rasher or a slice of 'back bacon' is cut larger"},
           Refused{"2 back bacon rashers", "a rasher or a slice of 'back bacon rashers' is cut larger"},
           Refused{"peameal bacon 3 slices", "a rasher or a slice of 'peameal bacon' is cut larger"},
           Refused{"2 heads of bok choy", "a head of 'bok choy' may be a full head (USDA's, 840 g) or a small Shanghai "
                                      "one of about a tenth of it; give a weight, such as 'bok choy 150 g', or write "
                                      "'large head' for USDA's"},
           // Pieces cut from a food whose serving is a whole one are no serving (apple slices had been a whole
           // apple, 182 g).
           Refused{"apple slices", "'apple slices' are pieces cut from apple (Apple, with skin, raw), whose serving is "
                                   "a whole one (182 g); give an amount, such as 'apple slices 50 g'"},
           Refused{"carrot sticks", "'carrot sticks' are pieces cut from carrot"},
           Refused{"orange segments", "'orange segments' are pieces cut from orange"},
           Refused{"lime wedge", "'lime wedge' is a piece cut from lime"},
           Refused{"1 cup oven-roasted broccoli", "no 'roasted' form of it"},
           // Of several containers or a part of one, the weight may be each one's or all of them.
           Refused{"2 tins chopped tomatoes 400g", "stray number '400g'"},
           Refused{"1/2 can black beans 400g", "stray number '400g'"},
           // A parenthesis within the name, before a food's word: the words before it alone are no food (had read
           // the cooked collards that `green` names).
           Refused{"2 lbs (1 kg) green (unripened) mangoes", "'green' is ambiguous"},
           // Not a mixed number's fraction alone, after a note (had read 0.5 oz).
           Refused{"1 package enoki mushrooms, about 3 1/2 ounces", "has no portion 'package'"},
           Refused{"orange wedges", "'orange wedges' are pieces cut from orange"},
           // A wedge or a spear of a food that has none, and whose serving is no whole one, is no food.
           Refused{"iceberg wedge", "unknown food 'iceberg wedge'"},
           Refused{"potato wedges", "unknown food 'potato wedges'"},
           // Sugar snap peas are plumper than the snow peas that USDA measured (a cup of them had been 98 g, USDA's
           // chopped cup; a recipe gives 2 cups as about 8 ounces).
           Refused{"sugar snap peas 1 cup", "vitk has the cup and the pod of flat snow peas (USDA's edible-podded "
                                            "peas: 63 g a cup, 3.4 g a pod), and sugar snap peas are plumper; give a "
                                            "weight, such as 'sugar snap peas 100 g'"},
           Refused{"10 sugar snap peas", "and sugar snap peas are plumper"},
           Refused{"sugar snap peas", "and sugar snap peas are plumper"},
           // The skin of a meat alone, written without a comma, is as after one (had been an unknown food).
           Refused{"chicken thighs x2 skin on", "'chicken thighs' (chicken-thigh, Chicken thigh, meat only, roasted "
                                                "(rotisserie)) is the meat alone, and 'skin on' says its skin is eaten "
                                                "too; write a food with its skin"},
           Refused{"2 chicken wings skin on", "and 'skin on' says its skin is eaten too"},
           Refused{"chicken breast skin on 150g", "and 'skin on' says its skin is eaten too"},
           // Two letters written otherwise in a short word spell another word, not a slip (congee had suggested
           // coffee, farofa farina); a letter moved or swapped is still one.
           Refused{"a bowl of congee", "unknown food 'congee' (see: vitk foods search congee)"},
           Refused{"farofa 2 tbsp", "unknown food 'farofa' (see: vitk foods search farofa)"},
           Refused{"humuss 2 tbsp", "did you mean 'hummus'?"},
           Refused{"salnon 100g", "did you mean 'salmon'?"},
           Refused{"bamana 1", "did you mean 'banana'?"},
           // The words of a vague amount are no part of an unknown food's name, and a punnet is one of them.
           Refused{"a ladle of moong dal", "unknown food 'moong dal'"},
           Refused{"small handful of almonds", "'small handful' is no amount that vitk has a weight for"},
           Refused{"a punnet of strawberries",
                   "has no portion 'punnet', which is no amount that vitk has a weight for"},
  });
}

TEST_CASE("a rasher of bacon in a food table of one's own that weighs a rasher is that rasher") {
  // The built-in rule that a rasher of bacon is raw bacon's slice stands down for a table's own bacon.
  const std::unique_ptr<FoodTable> table = parse_food_table(R"(
[[food]]
id = "bacon"
name = "Back bacon, as I buy it"
source = "kitchen scale"
k1 = 0.1
portions = { rasher = 25, slice = 8 }
)",
                                                            "mine.toml");
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  catalog.add(table->data());
  for (std::string_view text : {"2 rashers bacon", "bacon, 2 rashers"}) {
    CAPTURE(text);
    const Item item = parse_item(text, SourceLocation{"m.txt", 1, 1}, catalog);
    CHECK(item.food.name() == "Back bacon, as I buy it");
    CHECK(item.grams == doctest::Approx(50));
  }
}

TEST_CASE("a container after a food's amount, ounces of a drink's can, fun-size candy, chips and loose leaves, and a "
          "tenth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A weight or a volume after the food, then the container it fills (each had been an error: 'bag' is no
           // state, or a stray number).
           Line{"baby spinach, 5 oz bag", "spinach", 141.75},
           Line{"baked beans, 220g tin", "baked-beans", 220},
           Line{"diet pepsi, 12 oz can", "diet-cola", 355.2},
           Line{"gatorade 20oz bottle", "usda-14460", 610},
           // The ounces of a drink's can or bottle are fluid ounces, as after the drink (had been 340.19 g).
           Line{"a 12 oz can of diet coke", "diet-cola", 355.2},
           Line{"1 (12 oz) can diet coke", "diet-cola", 355.2},
           Line{"a 16 oz bottle of water", "water", 473.6},
           Line{"1 (15 oz) can black beans", "usda-16018", 425.24},
           // A can after the food, with its size in a word of its own, is of the canned food, as before it.
           Line{"pumpkin, 15 oz can", "usda-11424", 425.24},
           Line{"tomatoes, 14.5 oz can", "canned-tomatoes", 411.07},
           Line{"kidney beans, 400g tin", "usda-16029", 400},
           // A volume, then the glass it fills; ounces in a glass are fluid ounces. A bag or a packet of a powder
           // is weighed in ounces of weight.
           Line{"red wine, 175ml glass", "red-wine", 173.97},
           Line{"milk, 8 oz glass", "milk", 244},
           Line{"a 12 oz bag of coffee", "coffee", 340.19},
           Line{"1 (12 oz) coke", "cola", 368.4},
           Line{"bacon crumbles 10g", "bacon", 10},
           // A candy's fun size is its fun-size bar, package or serving; its bar is the regular one (a Milky Way's
           // bar had been its fun-size one, 17 g, and a Butterfinger's its bite-size one, 7 g).
           Line{"2 fun size snickers", "usda-19155", 30},
           Line{"a fun-size snickers", "usda-19155", 15},
           Line{"usda-19135 1 serving", "usda-19135", 58},
           Line{"usda-19135 1 bar", "usda-19135", 58},
           // A dish that USDA weighs only as one item or sandwich, named alone, is one of it (had been no serving).
           Line{"egg mcmuffin", "usda-21021", 126},
           Line{"sausage egg mcmuffin", "usda-21022", 165},
           // A slice of American cheese is USDA's 3/4 oz single (had been its 1 oz deli slice).
           Line{"2 slices american cheese", "american-cheese", 42},
           Line{"mixed greens 50g", "romaine", 50},
           Line{"2 cups romaine", "romaine", 94},
           Line{"crisps", "potato-chips", 28},
           Line{"potato chips 1 oz", "potato-chips", 28.35},
           // Names of a tenth newcomer's diary (each had been unknown or ambiguous).
           Line{"2 eggo waffles", "usda-18403", 66},
           Line{"a toasted everything bagel", "usda-18002", 99},
           Line{"a bagel, toasted", "usda-18002", 99},
           Line{"3 buttermilk pancakes", "pancakes", 123},
           Line{"1 packet instant oatmeal, maple and brown sugar", "usda-08680", 43},
           Line{"cinnamon toast crunch 1 cup", "usda-08272", 41.33},
           Line{"1 large russet potato, baked", "usda-11356", 299},
           Line{"stuffing 1/2 cup", "usda-18082", 100},
           Line{"cornbread, 1 piece", "usda-18023", 60},
           Line{"mozz sticks x6", "mozzarella-sticks", 186},
           Line{"doritos 1 oz", "usda-19057", 28.35},
           Line{"hellmann's mayo 1 tbsp", "mayonnaise", 13.8},
           Line{"2% chocolate milk 1 cup", "usda-01103", 250},
           Line{"a jam doughnut", "usda-18256", 85},
           Line{"dairy milk bar 45g", "milk-chocolate", 45},
           Line{"2 slices of granary bread", "multigrain-bread", 52},
           Line{"battered cod 200g", "usda-36033", 200},
           Line{"old amsterdam 30g", "gouda-aged", 30},
           Line{"smetana 2 tbsp", "sour-cream", 24},
           Line{"dhania 10g", "cilantro", 10},
           Line{"thai basil 5g", "basil", 5},
           Line{"sencha 2 cups", "green-tea", 490},
           Line{"gomen 1 cup", "collards-cooked", 190},
           Line{"feta crumbles 30g", "feta", 30},
           Line{"wheat germ 1 tbsp", "usda-08084", 7.06},
           Line{"pink salt 1 tsp", "salt", 6},
           Line{"pinch of pink salt", "salt", 0.38},
           Line{"neeps 2 tbsp", "usda-11436", 21.25},
           // Starbucks' cups: a grande is 16 fl oz and a venti 20, with a number or without.
           Line{"grande latte", "latte", 488.01},
           Line{"a grande cappuccino", "cappuccino", 488.01},
           Line{"venti latte", "latte", 610.01},
           Line{"grande coffee", "coffee", 474.01},
  });
  check_refused(catalog, at, {
           // Chips are crisps in the US and fried potatoes in the UK and Ireland (had been crisps, 28 g a portion).
           Refused{"a portion of chips", "'chips' may be crisps (potato-chips, 28 g a serving) or, in the UK and "
                                         "Ireland, fried potatoes (french-fries, 71 g a small serving); write which, "
                                         "such as 'potato chips', 'crisps' or 'fries'"},
           Refused{"chips 100g", "'chips' may be crisps"},
           Refused{"frozen chips 100g", "'chips' may be crisps"},
           // A crisp food is no crisps (had been two potato chips).
           Refused{"2 crisp, firm apples", "'crisp' names no food: crisps (potato-chips) are written in the plural"},
           // A cup of loose leaves weighs less than romaine's shredded cup (had been 47 g a cup).
           Refused{"spring mix 2 cups", "'spring mix' is loose leaves, which vitk reads as romaine; USDA weighs "
                                        "romaine's cup shredded (47 g), closer packed than a cup of whole leaves, and "
                                        "no source weighs a cup of a mix; give its weight, such as 'spring mix 60 g'"},
           Refused{"2 cups mixed greens", "'mixed greens' is loose leaves, which vitk reads as romaine"},
           Refused{"salad 1 cup", "'salad' is loose leaves"},
           // Chopped liver is also a deli spread (had been braised beef liver).
           Refused{"chopped liver 60g", "'chopped liver' may be the spread of liver, hard-boiled egg and fat, which "
                                        "vitk has no food for, or liver that is chopped; write the liver's kind and "
                                        "state, such as 'chicken liver, pan-fried 60 g'"},
           Refused{"100g chopped liver", "'chopped liver' may be the spread"},
           // The words of an amount after a comma, and a vessel or a container and its `of` before the name, are no
           // part of an unknown food's name.
           Refused{"glass of ribena", "unknown food 'ribena' (see: vitk foods search ribena)"},
           Refused{"pho bo, large bowl", "unknown food 'pho bo' (see: vitk foods search pho bo)"},
           Refused{"ketchup chips, small bag", "unknown food 'ketchup chips' (see: vitk foods search ketchup chips)"},
           Refused{"2 fun size m&ms", "has no portion 'fun size'"},
           Refused{"kale, 8 oz glass", "'kale' is no drink, and a glass holds one"},
           // A known food before a comma keeps its error of the amount; a plural dish alone is no count.
           Refused{"coriander, handful", "'handful' is no amount that vitk has a weight for"},
           Refused{"spinach, handful", "'handful' is no amount that vitk has a weight for"},
           Refused{"milk, large glass", "'large glass' after 'milk' (milk, Milk, whole, 3.25% fat) is no amount that "
                                        "vitk reads; give a weight or a volume, such as 'milk 100 g'"},
           Refused{"coke, can", "'can' after 'coke' (cola, Cola) is no amount that vitk reads"},
           Refused{"egg mcmuffins", "has no serving size"},
           Refused{"crisp 100g", "'crisp' names no food"},
           Refused{"chicken crumbles 100g", "unknown food 'chicken crumbles' (did you mean 'usda-05333'"},
           Refused{"goat cheese crumbles 2 tbsp", "'goat cheese crumbles' (goat-cheese, Cheese, goat, soft) has no "
                                                  "volume portion"},
           // Butterfinger's servings hold two bars of other sizes: none is its bar.
           Refused{"usda-19069 1 bar", "'usda-19069' has no portion 'bar'"},
           // A food that holds the last word of the name only in what it is made with or without, or before
           // another word, names no such thing, and the name is unknown rather than ambiguous among them (celery
           // salt had been ambiguous between celery boiled with and without salt).
           Refused{"1 tsp celery salt", "unknown food 'celery salt' (see: vitk foods search celery salt)"},
           Refused{"1 tsp vanilla sugar", "unknown food 'vanilla sugar' (see: vitk foods search vanilla sugar)"},
           Refused{"big mac", "unknown food 'big mac' (see: vitk foods search big mac)"},
           Refused{"shiitake mushrooms 50g", "'shiitake mushrooms' is ambiguous: it could mean 'dried-shiitake'"},
           Refused{"stock 1 cup", "'stock' is ambiguous: it could mean 'beef-stock'"},
           Refused{"beef chuck 500g", "'beef chuck' is ambiguous: it could mean 'pot-roast'"},
           // Spring greens, loose-leaved young cabbage, which no source measures (had been ambiguous between romaine
           // and spring onions).
           Refused{"spring greens 80g, boiled", "no vitamin K value for 'spring greens': no source of vitk's tables"},
           Refused{"a cup of spring cabbage", "no vitamin K value for 'spring cabbage'"},
           Refused{"venti iced latte", "a venti cup of a cold drink holds its ice too, which no source weighs; give "
                                       "the drink's volume, such as 'iced latte 12 fl oz'"},
  });
}

TEST_CASE("heaped spoons, an ampersand in a name, and an eleventh diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // `&` is the word `and` in a name (had been ambiguous among instant oatmeals).
           Line{"1 packet instant oatmeal, maple & brown sugar", "usda-08680", 43},
           Line{"half & half 2 tbsp", "half-and-half", 30},
           // A heaped spoon in parentheses is an equivalent; the weight before it counts.
           Line{"25g/1oz plain flour (about 1 heaped tbsp)", "flour", 25},
           Line{"scant 1/2 cup milk", "milk", 122},
           Line{"level 2 tbsp sugar", "sugar", 25},
           Line{"colby jack 1 oz", "colby", 28.35},
           Line{"2 slices colby-jack", "colby", 56},
           Line{"co-jack 30g", "colby", 30},
           Line{"buffalo wings 10", "chicken-wing", 210},
           Line{"6 hot wings", "chicken-wing", 126},
           // USDA's cooked food, whose name adds what changes no vitamin K of its own (boiled, drained, enriched,
           // without salt); its twin with salt and the same values is no other food (each had been ambiguous, or
           // 'no cooked form').
           Line{"1 cup cooked drumstick leaves", "usda-11223", 42},
           Line{"boiled drumstick leaves 100g", "usda-11223", 100},
           Line{"1 cup cooked kohlrabi", "usda-11242", 165},
           Line{"egg noodles 1 cup cooked", "usda-20110", 160},
           Line{"1 cup cooked egg noodles", "usda-20110", 160},
           // The portion a weight is (had been 'no state of the food', or no amount).
           Line{"kale, 80g portion", "kale", 80},
           Line{"2 x 80g portions broccoli", "broccoli", 160},
           // What an item leaves out adds nothing (each had been unknown).
           Line{"coffee, no sugar", "coffee", 237},
           Line{"tea without milk", "black-tea", 237},
           Line{"black coffee w/o sugar 1 cup", "coffee", 237},
           Line{"cereal no milk", "oat-cereal", 28},
           Line{"toast, no butter, 2 slices", "toast", 44},
           Line{"grilled chicken no sauce 100g", "roast-chicken", 100},
           Line{"peanuts without salt 1 oz", "peanuts", 28.35},
           // A smoked cheese is the cheese (rule R1); no source measures one smoked.
           Line{"smoked gouda 1 oz", "gouda", 28.35},
           Line{"smoked cheddar 30g", "cheddar", 30},
           // Names of an eleventh diary.
           Line{"Grünkohl 250 g", "kale", 250},
           Line{"haricots verts, 150 g, steamed", "green-beans-cooked", 150},
           Line{"cime di rapa 200g", "broccoli-raab", 200},
           Line{"kotsubu natto 45g", "natto", 45},
           Line{"moong sprouts 1 cup", "bean-sprouts", 104},
           Line{"Crisco 1 tbsp", "shortening", 12.8},
           Line{"small curd cottage cheese, 4 oz", "cottage-cheese", 113.4},
           Line{"part skim ricotta ½ cup", "usda-01037", 124},
           Line{"part-skim ricotta 1/2 cup", "usda-01037", 124},
           Line{"4 oz rotisserie chicken", "roast-chicken", 113.4},
           Line{"beef patty 80g", "ground-beef", 80},
           // A bun or a veggie burger is weighed as sold.
           Line{"hamburger bun 2 oz", "hamburger-bun", 56.7},
           Line{"veggie burger 2.5 oz", "usda-16147", 70.87},
           Line{"a 200g burger", "hamburger", 200},
  });
  check_refused(catalog, at, {
           // A heaped or rounded spoon or cup holds more than a level one, by no set amount (had been read level).
           Refused{"1 heaped tbsp peanut butter", "'heaped tbsp' is more than a level measure, by no set amount, so "
                                                  "it is no weight (expected a weight, such as '10 g', or the level "
                                                  "measures it fills, such as '2 tbsp')"},
           Refused{"a heaped teaspoon of sugar", "'heaped teaspoon' is more than a level measure"},
           Refused{"sugar 1 heaped tsp", "'heaped tsp' is more than a level measure"},
           Refused{"a rounded teaspoon of honey", "'rounded teaspoon' is more than a level measure"},
           Refused{"1 heaping cup spinach", "such as '2 cups'"},
           Refused{"Heaped 2 tbsp honey", "'Heaped tbsp' is more than a level measure"},
           Refused{"heaped 2tbsp sugar", "'heaped tbsp' is more than a level measure"},
           Refused{"1 tbsp heaped sugar", "'heaped tbsp' is more than a level measure"},
           Refused{"2 cups heaped kale", "'heaped cups' is more than a level measure"},
           Refused{"2 tbsp sugar, heaped", "'heaped tbsp' is more than a level measure"},
           Refused{"a heaped spoon of sugar", "'heaped spoon' is more than a level measure, by no set amount, so it "
                                              "is no weight (expected a weight, such as '10 g', or the level measures "
                                              "it fills, such as '2 tsp')"},
           Refused{"milo 3 heaped teaspoons", "'heaped teaspoons' is more than a level measure"},
           Refused{"150g golden caster sugar, plus 1 heaped tbsp for sprinkling", "'heaped tbsp' is more than a level"},
           // Not what a dish, a sweetened drink or a food made with it holds.
           Refused{"burger no bun", "unknown food 'burger no bun'"},
           Refused{"pizza no cheese 1 slice", "unknown food 'pizza no cheese'"},
           Refused{"lemonade no sugar", "unknown food 'lemonade no sugar'"},
           Refused{"hot chocolate without milk", "unknown food 'hot chocolate without milk'"},
           Refused{"mashed potatoes no butter", "unknown food 'mashed potatoes no butter'"},
           Refused{"potato salad no mayo 1 cup", "unknown food 'potato salad no mayo'"},
           // Not a smoked meat, which is cured too; not a word that says a kind (`no fat`).
           Refused{"smoked ham 50g", "unknown food 'smoked ham' (did you mean 'usda-07977'"},
           Refused{"yogurt no fat 100g", "unknown food 'yogurt no fat'"},
           // A brand before a food's name may be of another food: the name is unknown.
           Refused{"Chobani greek yogurt, 5.3 oz", "unknown food 'Chobani greek yogurt' (see: vitk foods search "
                                                   "Chobani greek yogurt)"},
           Refused{"Beyond burger patty", "unknown food 'Beyond burger patty' (see: vitk foods search Beyond burger "
                                          "patty)"},
           Refused{"thyme sprigs, 2 g", "unknown food 'thyme sprigs'"},
           // A patty or a burger weighed in pounds or ounces is named by its raw meat (`a quarter pound beef patty`
           // had read 113.4 g of broiled patty).
           Refused{"1/4 lb beef patty", "'1/4 lb' names a patty by the weight of its raw meat, which cooking takes "
                                        "about a third off (USDA's broiled patty from 1/4 lb of raw meat weighs 77 g); "
                                        "give its cooked weight, such as 'beef patty 80 g', or count it, such as '1 "
                                        "beef patty'"},
           Refused{"a quarter pound beef patty", "'a quarter pound' names a patty by the weight of its raw meat"},
           Refused{"1/4 lb burger", "'1/4 lb' names a patty by the weight of its raw meat"},
           Refused{"a 6 oz burger", "'6 oz' names a patty by the weight of its raw meat"},
           Refused{"2 (4 oz) beef patties", "'4 oz' names a patty by the weight of its raw meat"},
           // `w/` is `with`, which joins two foods.
           Refused{"coffee w/ milk", "'coffee w/ milk' names two foods, 'coffee' (coffee, Coffee, brewed) and 'milk'"},
           // A note in parentheses after the amount that follows the food that may add a food or change the amount
           // is not read there (`tuna 100g (in oil)` is read as `tuna (in oil) 100g` since stop 47).
           Refused{"coffee 1 cup (with milk)", "stray number '1'"},
           Refused{"kale 100g (curly) (raw)", "stray number '100g'"},
           // After an article or ounces, a portion is no container of a weight.
           Refused{"a 16 oz serving of orange juice", "unknown food 'serving of orange juice'"},
           // A twin with salt is left out of the candidates, and one food left is named as a question.
           Refused{"1 cup cooked chayote", "unknown food 'cooked chayote' (did you mean 'usda-11150'"},
           // Twins whose values differ stay ambiguous (551.4 and 358.9 µg of K1 per 100 g).
           Refused{"1 cup cooked dandelion greens", "'cooked dandelion greens' is ambiguous: it could mean "
                                                    "'usda-11782' (Dandelion greens, cooked, boiled, drained, with "
                                                    "salt), 'usda-11208'"},
           Refused{"chayote 1 cup cooked", "'chayote' is ambiguous: it could mean 'usda-11149' (Chayote, fruit, raw), "
                                        "'usda-11150' (Chayote, fruit, cooked, boiled, drained, withou...) (write"},
  });
}

TEST_CASE("a pint said to be the US or the UK one, a food that a note adds without its amount, and what a food is "
          "packed in") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Which pint: the US one (473.176 ml), or the imperial one (568.261 ml).
           Line{"1 US pint milk", "milk", 488},
           Line{"1 UK pint milk", "milk", 586.06},
           Line{"milk 1 imperial pint", "milk", 586.06},
           Line{"a pint (UK) of milk", "milk", 586.06},
           Line{"1 imp. pint milk", "milk", 586.06},
           Line{"2 pints (US) water", "water", 946.6},
           Line{"a ½ UK pint glass of milk", "milk", 293.03},
           // A metric, cup or fluid-ounce equivalent says which pint, and counts.
           Line{"1 pint (570ml) milk", "milk", 587.86},
           Line{"1 pint (2 cups) heavy cream", "heavy-cream", 476},
           Line{"1 pint (20 fl oz) milk", "milk", 610},
           // A pint that USDA weighs the food by, as sold in the US, and a pint of produce or ice cream.
           Line{"1 pint strawberries", "strawberries", 357},
           Line{"1 pint cherry tomatoes", "tomato", 298},
           Line{"1 pint vanilla ice cream", "ice-cream", 264},
           // A part of the food that a recipe keeps with it, seasoning, or a food without vitamin K after words of
           // how much, is a note.
           Line{"8 radishes, with leaves", "radish", 36},
           Line{"140g salmon fillet, with skin", "raw-salmon", 140},
           Line{"1 can (14 oz/398 ml) diced tomatoes, with their juice", "canned-tomatoes", 396.89},
           Line{"10 black olives (with stones)", "olives", 44},
           Line{"55g plain flour, seasoned, with salt and freshly ground black pepper", "flour", 55},
           Line{"200ml cold water, with a handful of ice", "water", 200.18},
           Line{"1 can tuna, with its oil", "tuna", 165},
           Line{"2 eggs, with yolks", "egg", 100},
           Line{"1 cup kale, with ribs", "kale", 16},
           Line{"1 cup edamame, with sea salt", "edamame", 155},
           Line{"100g steak, with black pepper", "sirloin-steak", 100},
           Line{"1 cup oats, with water", "oats", 81},
           // What a recipe may add, or not; and another food with its amount, which is refused below.
           Line{"1 cup rice, with butter (optional)", "white-rice", 158},
           // What a canned food is packed in chooses the food packed so, or is the food's own.
           Line{"1 x 425g tin pineapple in natural juice, drained", "usda-09354", 425},
           Line{"100g tuna in oil", "usda-15119", 100},
           Line{"100g tuna in sunflower oil", "usda-15119", 100},
           Line{"100g tuna in brine", "tuna", 100},
           Line{"400g tin kidney beans in water", "usda-16029", 400},
           Line{"100g baked beans in tomato sauce", "baked-beans", 100},
           Line{"250g cooked beetroot in natural juices", "beetroot-cooked", 250},
           Line{"1 tin of sweetcorn in water", "usda-11172", 298},
           Line{"75g pitted black olives in oil, drained", "olives", 75},
           // Brine is how a cheese, a pickle or a cooked legume is kept.
           Line{"100 g feta in brine", "feta", 100},
           Line{"100g chickpeas in brine", "chickpeas", 100},
           // A pint with its litres.
           Line{"2 pints (1.2 litres) chicken stock", "chicken-stock", 1217.31},
           // A step of a recipe.
           Line{"400g dried white beans, soaked overnight in cold water", "dried-white-beans", 400},
  });
  check_refused(catalog, at, {
           // A pint alone is either: `a pint of milk` had read 488 g, a fifth less than a UK pint.
           Refused{"a pint of milk", "'a pint' may be a US pint (473 ml) or a UK one (568 ml) (expected 'US pint' or "
                                     "'UK pint', or the volume in ml)"},
           Refused{"milk 1 pint", "'1 pint' may be a US pint"},
           Refused{"half a pint of milk", "'half a pint' may be a US pint"},
           Refused{"a ½ pint glass of milk", "'a ½ pint' may be a US pint"},
           Refused{"pint of beer", "'pint' may be a US pint"},
           Refused{"½ pint double cream", "'½ pint' may be a US pint"},
           Refused{"a 4 pint bottle of milk", "'a 4 pint' may be a US pint"},
           Refused{"1 pint soy milk", "'1 pint' may be a US pint"},
           Refused{"1 pint carrot juice", "'1 pint' may be a US pint"},
           // A note that adds a food without its amount had been set aside after an amount, the food left out.
           Refused{"2 slices toast, with butter", "'butter' is another food (butter, Butter, salted), which this item "
                                                  "would leave out (expected one food per item; write it as an item "
                                                  "of its own after ';')"},
           Refused{"coffee (with milk) 1 cup", "'milk' is another food (milk"},
           Refused{"1 cup oatmeal (with honey)", "'honey' is another food (honey"},
           Refused{"salad (with dressing)", "'dressing' is another food"},
           Refused{"1 cup coffee, with a splash of milk", "'a splash of milk' is another food (milk"},
           Refused{"100g rice (with spinach)", "'spinach' is another food (spinach"},
           Refused{"2 slices of toast, with butter and jam", "'butter and jam' is another food (butter"},
           Refused{"1 cup broccoli, with cheese", "'cheese' is another food (cheddar"},
           Refused{"3 green chillis in brine, rinsed, chopped", "'in brine' is not what 'green chillis'"},
           Refused{"1 cup spinach, with garlic (2 cloves)", "'garlic (2 cloves)' is an amount of another food"},
           // After the amount that follows the food, with a comma too.
           Refused{"tea 1 cup, with milk", "'with milk' joins another food (milk, Milk, whole, 3.25% fat) to the item"},
           Refused{"porridge 1 bowl, with honey", "'with honey' joins another food (honey"},
           // Packed in what the food read is not: it had read the fresh, dried or other canned food.
           Refused{"100g sardines in tomato sauce", "'in tomato sauce' is not what 'sardines' (sardines, Sardines, "
                                                    "Atlantic, canned in oil, drained) is, and vitk has no 'sardines' "
                                                    "packed so (expected the food as vitk has it, with what it is "
                                                    "packed in as an item of its own, or the id of a food from 'vitk "
                                                    "foods search sardines')"},
           Refused{"a tin of mackerel in tomato sauce", "'in tomato sauce' is not what 'canned mackerel'"},
           Refused{"100g sardines in water", "'in water' is not what 'sardines'"},
           Refused{"1 x 215g tin pitted prunes in juice", "'in juice' is not what 'prunes'"},
           Refused{"100g peaches in syrup", "'in syrup' is not what 'peaches'"},
           Refused{"4 sun-dried tomatoes in oil, drained", "'in oil' is not what 'sun-dried tomatoes'"},
           Refused{"198g can tuna steak in sunflower oil, drained", "'in sunflower oil' is not what 'tuna steak'"},
           Refused{"1 jalapeño pepper in adobo sauce", "'in adobo sauce' is not what 'jalapeño pepper'"},
           // Never the medium itself: `chicken in gravy` had read `Gravy, chicken, canned`.
           Refused{"200g chicken in gravy", "'in gravy' is not what 'chicken' (roast-chicken"},
  });
}

TEST_CASE("a note in parentheses after the amount that follows the food, spoons in two words, and a twelfth "
          "diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A note after the amount that follows the food, as after the food of an item that starts with its
           // amount (each had been "stray number").
           Line{"natto 2 tbsp (for K2)", "natto", 21.88},
           Line{"green peas 2/3 cup (warfarin log)", "peas", 96.67},
           Line{"lettuce, 1 cup (INR diet)", "iceberg", 72},
           Line{"kale 1 cup (lunch)", "kale", 16},
           Line{"spinach 1 cup (for my INR)", "spinach", 30},
           Line{"oats 50g (for breakfast)", "oats", 50},
           // Spoons in two words; the British pitta.
           Line{"a dessert spoon of marmalade", "jam", 13.53},
           Line{"1 table spoon olive oil", "olive-oil", 13.5},
           Line{"2 tea spoons sugar", "sugar", 8.4},
           Line{"1 wholemeal pitta", "usda-18042", 64},
           Line{"wholemeal pitta 1", "usda-18042", 64},
           // Names of a twelfth diary.
           Line{"2 tbsp kraut", "sauerkraut", 17.75},
           Line{"Wirsing 150 g", "savoy-cabbage", 150},
           Line{"Rosenkohl 200g", "brussels-sprouts", 200},
           Line{"spruitjes 150g", "brussels-sprouts", 150},
           Line{"English spinach 100g", "spinach", 100},
           Line{"spinazie 200g", "spinach", 200},
           Line{"épinards 150g", "spinach", 150},
           Line{"andijvie 150g", "endive", 150},
           Line{"cicoria 150g", "usda-11152", 150},
           Line{"bathua 100g", "usda-35196", 100},
           Line{"thousand island dressing, 2 T", "usda-04017", 32},
           Line{"chicken gizzards 3 oz", "usda-05024", 85.05},
           Line{"sauteed mushrooms 1 cup", "usda-11263", 108},
           Line{"1 slice sourdough toast", "usda-18030", 59},
           Line{"genoa salami 3 slices", "usda-07072", 29.4},
  });
  check_refused(catalog, at, {
           // Not a note to set aside where it may change the food or its amount: a state, a way of packing, another
           // food, a kind (which had read the generic word's food: `dressing 2 tbsp (ranch)` read Italian dressing),
           // a word of fat, or a second parenthesis. (Since stop 47 such a note is read as before the amount; see
           // "a parenthesis after the amount read as before it".)
           Refused{"coffee 1 cup (with milk)", "stray number '1'"},
           Refused{"kale 100g (curly) (raw)", "stray number '100g'"},
           Refused{"kale, 80g portion (one of my 5 a day)", "stray number '80g'"},
           // Nor how the food was cooked.
           Refused{"rice 100g (before cooking)", "stray number '100g'"},
           // A heaped spoon in two words.
           Refused{"1 heaped dessert spoon peanut butter", "'heaped dessert spoon' is more than a level measure"},
           Refused{"1 rounded table spoon flour", "'rounded table spoon' is more than a level measure"},
           // A pint's cups or fluid ounces say which pint only where they are one.
           Refused{"1 pint (4 cups) milk", "'1 pint' may be a US pint"},
           Refused{"½ pint (2 cups) cream", "'½ pint' may be a US pint"},
  });
}

TEST_CASE("a parenthesis after the amount read as before it, what a food is said to be kept in, foods cooked in "
          "other languages, and a thirteenth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A kind of the food in a parenthesis after the amount that follows it, which names one food with the
           // food's words, is read so (each had been "stray number").
           Line{"dressing 2 tbsp (ranch)", "ranch-dressing", 30},
           Line{"dressing 2 tbsp (thousand island)", "usda-04017", 32},
           Line{"lettuce 1 cup (romaine)", "romaine", 47},
           Line{"lettuce, 1 cup (romaine)", "romaine", 47},
           Line{"rice 1 cup (brown)", "brown-rice", 202},
           Line{"tuna 1 can (albacore)", "usda-15126", 172},
           Line{"kale 100g (curly)", "kale", 100},
           Line{"yogurt 150g (greek)", "greek-yogurt", 150},
           Line{"coke 1 can (diet)", "diet-cola", 355},
           Line{"milk 1 cup (skim)", "skim-milk", 245},
           Line{"bread 2 slices (wholemeal)", "whole-wheat-bread", 64},
           Line{"tea 1 cup (green)", "green-tea", 245},
           // What a canned food is packed in, in a parenthesis of its own; USDA's canned fruits, solids and
           // liquids.
           Line{"1 can tuna (in oil)", "usda-15119", 171},
           Line{"100g tuna (in olive oil)", "usda-15119", 100},
           Line{"100g tuna (in brine)", "tuna", 100},
           Line{"1 can tuna (oil packed)", "usda-15119", 171},
           Line{"1 can tuna (packed in oil)", "usda-15119", 171},
           Line{"100g tuna (water packed)", "tuna", 100},
           Line{"1/2 cup pears in juice", "usda-09254", 124},
           Line{"1 cup peaches in light syrup", "usda-09240", 251},
           Line{"1 cup apricots in juice", "usda-09024", 244},
           // A food from a can is the canned food.
           Line{"1 cup peas, from a tin", "usda-11308", 175},
           Line{"1 cup corn (from a can)", "usda-11172", 164},
           Line{"1 can chickpeas, liquid from the can reserved", "canned-chickpeas", 253},
           Line{"1 cup cooked chickpeas from a can", "canned-chickpeas", 152},
           // What is sold in a can or a jar anyway comes from one.
           Line{"1 can beer", "beer", 356},
           // Half and half is a food, not half of one.
           Line{"half and half", "half-and-half", 15},
           Line{"half and half, 1 oz", "half-and-half", 28.35},
           Line{"half a cup half and half", "half-and-half", 121},
           // A part of one, `of a`.
           Line{"quarter of a cabbage", "cabbage", 227},
           Line{"1/4 of an avocado", "avocado", 34},
           Line{"1/2 of a cucumber", "cucumber", 150.5},
           Line{"½ of a lemon", "lemon", 29},
           // Cooked in another language.
           Line{"100g spruitjes, gekookt", "brussels-sprouts-cooked", 100},
           Line{"100 g grünkohl, gekocht", "kale-cooked", 100},
           Line{"100g épinards cuits", "spinach-cooked", 100},
           Line{"spinaci lessati 150 g", "spinach-cooked", 150},
           Line{"broccoli gedämpft 200g", "broccoli-cooked", 200},
           // A pint container of produce is the US pint, as a pint of it is; one in UK pints says so.
           Line{"a 1-pint container of blueberries", "blueberries", 296},
           Line{"a 2 UK pint carton of milk", "milk", 1172.13},
           // Names of a thirteenth diary.
           Line{"broccoli crowns 6 oz", "broccoli", 170.1},
           Line{"Cheez-Its 27 crackers", "cheese-crackers", 27},
           Line{"IPA 16 oz", "beer", 475.2},
           Line{"Alpen 45g", "usda-43218", 45},
           Line{"2 slices batch loaf", "white-bread", 58},
           Line{"gold kiwi x2", "usda-09520", 162},
           Line{"egg fried rice 1 cup", "fried-rice", 137},
           Line{"dahi 1 cup", "yogurt", 245},
           Line{"genmaicha, 1 mug", "green-tea", 245},
           Line{"Blattspinat 200g", "spinach", 200},
           Line{"acelgas 200g", "swiss-chard", 200},
           Line{"grønkål 100g", "kale", 100},
           Line{"friarielli 150g", "broccoli-raab", 150},
           Line{"black-eyed peas 1/2 cup", "usda-16063", 85.5},
           Line{"canned turnip greens, 1/2 cup", "usda-43387", 72},
           Line{"light mayo 1 tbsp", "usda-04641", 15},
           Line{"liquid egg whites 1/2 cup", "egg-white", 121.5},
           Line{"sweet Italian sausage 1 link", "italian-sausage", 83},
           Line{"chèvre frais 30g", "goat-cheese", 30},
           Line{"1 slice Kraft single", "american-cheese", 21},
           Line{"1 can albacore", "usda-15126", 172},
           Line{"1 cup cooked polenta", "usda-08164", 233},
           Line{"100g hispi cabbage", "cabbage", 100},
           Line{"1 sweetheart cabbage (about 500g)", "cabbage", 500},
           Line{"1 cup frozen black-eyed peas", "usda-11196", 170},
           Line{"2 eggs, gekookt", "boiled-egg", 100},
           Line{"white bread (not wholemeal) 2 slices", "white-bread", 58},
           Line{"2 cups cooked pasta (4 oz dry weight)", "pasta", 248},
           Line{"2 x 275g/10oz sirloin steaks, removed from the fridge 15 minutes before cooking", "sirloin-steak",
                550},
           Line{"1 cup black beans from a can", "usda-16018", 240},
           Line{"1 slice pumpernickel (whole grain)", "usda-18044", 32},
           Line{"1 Kraft Single", "american-cheese", 21},
           Line{"1 whole wheat tortilla", "usda-28295", 41},
           Line{"cup of Barry's tea", "black-tea", 237},
           Line{"PG tips 1 mug", "black-tea", 237},
           Line{"1 cup shaved brussels sprouts", "brussels-sprouts", 88},
           // `whole` of a kind of grain is a word of the name, with a note after it too (had been white flour).
           Line{"1 cup whole wheat flour, sifted", "whole-wheat-flour", 120},
           Line{"1 2/3 cups whole wheat flour, plus more to dust", "whole-wheat-flour", 200},
           Line{"1 cup whole almonds, chopped", "almonds", 143},
           // A later alternative is another food; a jar is where a nut butter comes from anyway.
           Line{"200g/7oz plain or wholemeal flour", "flour", 200},
           Line{"1 ripe peach (or 2 peach halves from a tin), stone removed", "peach", 150},
           Line{"3 tbsp almond butter, from a jar", "almond-butter", 48},
  });
  check_refused(catalog, at, {
           // A container's size in pints says which pint, as a pint does (each had read the US pint).
           Refused{"a 2-pint carton of milk", "'2-pint' may be a US pint"},
           Refused{"1 carton (2 pints) milk", "'2 pints' may be a US pint"},
           Refused{"1 (1-pint) carton heavy cream", "'1-pint' may be a US pint"},
           // Another food after `with`, half and half among them (had been coffee alone).
           Refused{"1 cup coffee, with half and half", "'half and half' is another food"},
           Refused{"coffee, with half and half", "names two foods"},
           // A food from a can that vitk has no canned food of (had been the fresh one).
           Refused{"1 cup pineapple, from a can", "'from a can' says the food is canned"},
           Refused{"2 tbsp chopped jalapeños, from a jar", "'from a jar' says the food is canned"},
           Refused{"4 whole wheat or flour tortillas", "'whole wheat' is said of 'flour tortillas'"},
           // A kind of grain in a note set aside (had been white bread, white rice, pasta).
           Refused{"rice (whole grain) 1 cup", "'whole grain' is said of 'rice'"},
           Refused{"rice (wholegrain) 1 cup", "'wholegrain' is said of 'rice'"},
           Refused{"bread (whole grain) 1 slice", "'whole grain' is said of 'bread'"},
           Refused{"pasta (whole wheat) 1 cup", "'whole wheat' is said of 'pasta'"},
           Refused{"2 slices bread, whole grain", "'whole grain' is said of 'bread'"},
           // An amount weighed before cooking is of the raw food (had been cooked rice).
           Refused{"rice (before cooking) 100g", "'before cooking' says the amount is of the raw or dry food"},
           Refused{"75g pasta, dry weight", "'dry weight' says the amount is of the raw or dry food"},
           // An amount after a parenthesis that follows the food (had been dropped: one serving).
           Refused{"kale (raw) 100g, curly", "stray number '100g'"},
           // A head of a pointed cabbage is no round one's (had been 454 g for half).
           Refused{"half a sweetheart cabbage", "a pointed cabbage's head is smaller"},
           Refused{"1 pointed cabbage", "a pointed cabbage's head is smaller"},
           Refused{"1 head hispi cabbage", "a pointed cabbage's head is smaller"},
           Refused{"1 hispi cabbage, steamed", "a pointed cabbage's head is smaller"},
           Refused{"1 cabbage (hispi)", "a pointed cabbage's head is smaller"},
           // A note after the amount that names another food is no kind of it.
           Refused{"tea 1 cup (parsley)", "stray number '1'"},
           Refused{"pasta 1 cup (pesto)", "stray number '1'"},
           Refused{"coffee 1 cup (milk)", "stray number '1'"},
           Refused{"eggs 3 (whites)", "stray number '3'"},
           Refused{"chicken 100g (liver)", "stray number '100g'"},
           Refused{"tuna 100g (in oil)", "stray number '100g'"},
           // Weighed before cooking, of a food cooked in any way.
           Refused{"chicken breast (before cooking) 200g",
                   "'before cooking' says the amount is of the raw or dry food"},
           Refused{"rice (weighed dry) 100g", "'weighed dry' says the amount is of the raw or dry food"},
  });
  // An amount after a parenthesis that follows the food counts, or is an error (had been one serving).
  check_reads(catalog, at, {Line{"spinach (cooked) 200g (lunch)", "spinach-cooked", 200}});
  check_refused(catalog, at, {Refused{"kale (raw) 100g (curly)", "stray number '100g'"}});
}

TEST_CASE("canned beans by their names, a kind in parentheses after a name of several words, and a fourteenth "
          "diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // USDA's canned beans (each had been ambiguous among its cans, or an unknown canned form).
           Line{"canned kidney beans 1 cup", "usda-16029", 256},
           Line{"kidney beans (canned) 1 cup", "usda-16029", 256},
           Line{"1 x 400g tin kidney beans", "usda-16029", 400},
           Line{"1 (15 oz) can black beans", "usda-16018", 425.24},
           Line{"canned pinto beans 1 cup", "usda-16044", 240},
           Line{"canned cannellini beans 1 cup", "usda-16051", 262},
           Line{"1 cup tinned haricot beans", "usda-16039", 262},
           // A kind set aside that names a food of its own with a name of several words (had been dried peas).
           Line{"black-eyed peas (frozen) 1 cup", "usda-11196", 170},
           Line{"1 cup black-eyed peas (frozen)", "usda-11196", 170},
           // A pot without `of` (had been an unknown food), and a pot that begins a food's name.
           Line{"150g pot natural yoghurt", "yogurt", 150},
           Line{"125g pot yogurt", "yogurt", 125},
           Line{"150g pot greek yogurt", "greek-yogurt", 150},
           Line{"2 lb pot roast", "pot-roast", 907.18},
           // The spoons of recipes in other languages (`2 c.` had been two cups, and the rest unknown foods).
           Line{"crème fraîche 2 c. à soupe", "creme-fraiche", 24},
           Line{"2 cuillères à soupe crème fraîche", "creme-fraiche", 24},
           Line{"1 c. à café sel", "salt", 6},
           Line{"1 c. à thé sugar", "sugar", 4.2},
           Line{"2 EL Olivenöl", "olive-oil", 27},
           Line{"1 TL Zucker", "sugar", 4.2},
           Line{"2 cucharadas aceite de oliva", "olive-oil", 27},
           Line{"1 cucchiaino zucchero", "sugar", 4.2},
           Line{"1 msk smör", "butter", 14.2},
           Line{"2 c. milk", "milk", 488},
           Line{"250 ml lait", "milk", 257.83},
           Line{"200 g farine", "flour", 200},
           Line{"jonge kaas 2 plakjes", "gouda-young", 56},
           Line{"2 Scheiben white bread", "white-bread", 58},
           Line{"frijoles refritos 1/2 taza", "refried-beans", 119},
           Line{"1 Brezel", "usda-43109", 115},
           Line{"medium McDonald's fries", "usda-21238", 117},
           // Names of a fourteenth diary.
           Line{"Rotkohl 150g", "red-cabbage", 150},
           Line{"jonge kaas 30g", "gouda-young", 30},
           Line{"karnemelk 1 cup", "buttermilk", 245},
           Line{"magerquark 250g", "quark-low-fat", 250},
           Line{"frijoles refritos 1/2 cup", "refried-beans", 119},
           Line{"2 tortillas de maíz", "corn-tortilla", 48},
           Line{"sukuma wiki 1 cup", "collards-cooked", 190},
           Line{"dal 1 cup", "lentils", 198},
           Line{"1 croissant au beurre", "usda-18239", 57},
           Line{"6 gyoza", "usda-32013", 174},
           Line{"2 crispbread", "usda-18216", 20},
           Line{"1 cup dry polenta", "cornmeal", 157},
           Line{"polenta 1 cup dry", "cornmeal", 157},
           Line{"1 medium baked potato with skin", "potato", 173},
           Line{"minestrone 1 bowl", "usda-06039", 240},
           Line{"horchata 1 glass", "usda-14638", 228},
           Line{"boerenkool stamppot 300g", "kale-stamppot", 300},
           Line{"1 cup stamppot boerenkool", "kale-stamppot", 210},
           Line{"boerenkool met worst", "kale-stamppot-sausage", 210},
           // What a food is eaten on that names no food is a note.
           Line{"1 cup rice, on the side", "white-rice", 158},
           Line{"1 lb shrimp, shells on", "shrimp", 453.59},
           Line{"1 glass wine, on a date", "red-wine", 147},
           // A form of the food that its name holds, or juice made up from concentrate.
           Line{"1 can condensed tomato soup, undiluted", "usda-06159", 294},
           Line{"1 cup orange juice (from concentrate)", "orange-juice", 248},
           Line{"1 cup powdered sugar", "powdered-sugar", 120},
           // A spice's powder is the ground spice, and a food ground to a powder is the food.
           Line{"1 tbsp cumin powder", "cumin", 6},
           Line{"¼ tsp powdered ginger", "ground-ginger", 0.45},
           Line{"100g pistachios, ground to a powder", "pistachios", 100},
           Line{"75g plain flour, sifted with ½ tsp baking powder", "flour", 75},
           Line{"200 g farine, sifted", "flour", 200},
           Line{"250 ml lait, warm", "milk", 257.83},
           Line{"100g lentils, dry", "dry-lentils", 100},
  });
  check_refused(catalog, at, {
           // What a food is eaten on, another food, would be left out (`, on a bun` had been the frankfurter alone).
           Refused{"1 hot dog, on a bun", "'a bun' is another food (hamburger-bun"},
           Refused{"2 eggs, on toast", "'toast' is another food (toast"},
           Refused{"hot dog on a bun", "names two foods, 'hot dog' (frankfurter, Frankfurter, beef, heated) and 'bun'"},
           // A pot that begins a name vitk does not know is no container.
           Refused{"100g pot cheese", "unknown food 'pot cheese'"},
           // Stamppots of other vegetables have a thirtieth of the kale one's K1 or less.
           Refused{"stamppot 300g", "'stamppot' is ambiguous"},
           // A misspelt food with a state or a note is suggested by the words of its name.
           Refused{"1 cup steamed brocolli", "unknown food 'steamed brocolli' (did you mean 'broccoli'?"},
           Refused{"2 cups baby spinich, raw", "(did you mean 'baby spinach'?"},
           // At two slips, a name that begins with another letter is no suggestion (`kroket` had suggested rocket).
           Refused{"1 kroket", "unknown food 'kroket' (see: vitk foods search kroket)"},
           Refused{"1 cup bocoli", "did you mean 'broccoli'?"},
           // Dry alone, of a grain or a legume that vitk has cooked (had been the cooked food).
           Refused{"100g dal, dry", "'dry' says the amount is of the raw or dry food, and 'dal' (lentils"},
           Refused{"1 cup dhal (dry)", "'dry' says the amount is of the raw or dry food"},
           Refused{"100g couscous, dry", "such as 'uncooked couscous')"},
           Refused{"100g noodles, dry", "'dry' says the amount is of the raw or dry food"},
           // A form that holds several times the nutrients (each had been the food in another form).
           Refused{"1 cup milk, powdered", "'powdered' says which form of the food is meant, and 'milk' is not"},
           Refused{"1 cup tomato soup (condensed)", "'condensed' says which form of the food is meant"},
           Refused{"1 cup minestrone, condensed", "'condensed' says which form of the food is meant"},
           Refused{"1 cup minestrone (undiluted)", "'undiluted' says which form of the food is meant"},
           Refused{"1 cup skim milk (evaporated)", "'evaporated' says which form of the food is meant"},
           // A note in another language after a staple named in it (had been whole milk, white flour, butter).
           Refused{"1 cup leche, evaporada", "'evaporada' after 'leche' (milk, Milk, whole, 3.25% fat), a name in "
                                             "another language, may say which kind of it is meant"},
           Refused{"1 cup harina (integral)", "'integral' after 'harina'"},
           Refused{"1 tbsp beurre, de cacahuète", "'de cacahuète' after 'beurre'"},
           // A state in parentheses with a word set aside is the food's (had been raw peas).
           Refused{"1 cup green peas (canned, drained)", "but no 'canned' form of it"},
           // A hint that puts the amount first keeps one comma.
           Refused{"plain yoghurt, 150g pot", "such as '150g plain yoghurt, pot'"},
  });
}

TEST_CASE("a state that ends an item after another note, a part before a state, cooked of a cooked food, and a "
          "fifteenth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A note of states alone that ends the item, after another note (had been raw kale, 16 g, and cooked
           // salmon).
           Line{"1 cup kale, stems removed, boiled", "kale-cooked", 130},
           Line{"1 cup kale, stems and ribs removed, cooked", "kale-cooked", 130},
           Line{"100g kale, stems removed, boiled", "kale-cooked", 100},
           Line{"150g salmon, skin on, raw", "raw-salmon", 150},
           Line{"150g salmon fillets, skin on, baked", "salmon", 150},
           Line{"2 eggs, beaten, scrambled", "scrambled-egg", 122},
           Line{"3 carrots, peeled and sliced, steamed", "carrot-cooked", 138},
           Line{"2 potatoes, peeled, boiled", "boiled-potato", 334},
           Line{"1 lb chicken breasts, boneless, skinless, grilled", "chicken-breast", 453.59},
           Line{"1 cup kale, stems removed, boiled or steamed", "kale-cooked", 130},
           Line{"1/2 cup basil, stems removed, dried", "basil", 12},
           Line{"2 cups kale, stems removed, chopped", "kale", 32},
           Line{"2 cups broccoli, cut into florets, boiled until tender", "broccoli", 182},
           // Not a choice of states, of which the first counts.
           Line{"½ cup corn kernels, fresh, frozen, or canned", "sweet-corn", 72.5},
           // Dried after washing, in a note, is dried with a towel (basil had been the dried herb, 4 times the K1).
           Line{"50g basil, washed and dried", "basil", 50},
           Line{"50g/1¾oz basil, leaves picked, washed and dried", "basil", 50},
           Line{"1kg/2lb 4oz fresh strawberries, washed, hulled and dried", "strawberries", 1000},
           Line{"1 cup spinach, rinsed and patted dry", "spinach", 30},
           Line{"1 cup dried apricots, rinsed", "dried-apricots", 130},
           // Not of a legume or a grain, rinsed dry, nor in a parenthesis.
           Line{"1 cup lentils, rinsed and dried", "dry-lentils", 192},
           Line{"1/2 cup apricots (washed) dried", "dried-apricots", 65},
           // What was removed, trimmed or deveined before the state.
           Line{"4 oz salmon, pin bones removed, baked", "salmon", 113.4},
           Line{"4 oz pork chop, fat trimmed, grilled", "pork-chop", 113.4},
           Line{"1 cup kale, de-stemmed, boiled", "kale-cooked", 130},
           Line{"1 lb shrimp, peeled and deveined, boiled", "shrimp", 453.59},
           // A part before the states that end the name (had been errors).
           Line{"5 oz salmon fillet, baked", "salmon", 141.75},
           Line{"salmon fillet baked 150g", "salmon", 150},
           Line{"150g salmon fillet, roasted", "salmon", 150},
           Line{"150g cod fillet, baked", "cod", 150},
           Line{"150g chicken breast fillet, grilled", "chicken-breast", 150},
           Line{"150g salmon fillet, raw", "raw-salmon", 150},
           // Cooked, of a name that alone is a cooked food (had been ambiguous).
           Line{"100g cooked lamb", "lamb", 100},
           Line{"100g lamb, cooked", "lamb", 100},
           Line{"4 oz ground beef, cooked", "ground-beef", 113.4},
           Line{"ground beef 4 oz cooked", "ground-beef", 113.4},
           Line{"100g cooked turkey", "turkey", 100},
           Line{"1 cup cooked spinach", "spinach-cooked", 180},
           // Glasses, slices and cups of other languages, and steamed in French.
           Line{"karnemelk 1 glas", "buttermilk", 245},
           Line{"2 glazen karnemelk", "buttermilk", 490},
           Line{"1 Glas Milch", "milk", 244},
           Line{"rugbrød 1 skive", "rye-bread", 32},
           Line{"couve 1 xícara", "collards", 36},
           Line{"brocolis vapeur 200g", "broccoli-cooked", 200},
           // Names of a fifteenth diary.
           Line{"kapusta kiszona 100g", "sauerkraut", 100},
           Line{"2 ogórki kiszone", "usda-11941", 130},
           Line{"foie de veau 150g", "usda-17204", 150},
           Line{"Goudse kaas 30 gram", "gouda", 30},
           Line{"Leberwurst 30g", "liverwurst", 30},
           Line{"leverpostej 2 tbsp", "liver-pate", 26},
           Line{"inlagd sill 50g", "pickled-herring", 50},
           Line{"2 Scheiben Vollkornbrot", "whole-wheat-bread", 64},
           Line{"rajma 1 cup", "kidney-beans", 177},
           Line{"ful medames 1 cup", "usda-16053", 170},
           Line{"1 pão francês", "bread-roll", 57},
           Line{"1 cup Honey Nut Cheerios", "usda-08045", 37.33},
           Line{"shungiku 100g boiled", "usda-11158", 100},
           Line{"espinacas 200g", "spinach", 200},
           Line{"1 Mars bar", "usda-19135", 58},
           Line{"1 cup New England clam chowder", "usda-06230", 252},
  });
  check_refused(catalog, at, {
           // The skin, in USDA's words (had been the meat alone).
           Refused{"4 oz chicken wing, meat and skin, roasted", "is the meat alone, and 'meat and skin' says its "
                                                            "skin is eaten too"},
           Refused{"100g chicken wing, meat and skin", "'meat and skin' says its skin is eaten too"},
           // A count of fillets is still weighed by the fillet, which vitk has not.
           Refused{"1 salmon fillet, baked", "has no portion 'fillet', so a count of it is no weight"},
           // A slice of roast beef may be carved from a joint (had been USDA's deli slice, 9.3 g).
           Refused{"3 slices roast beef", "'roast beef' is ambiguous"},
           // A long black is no 8 fl oz cup of coffee.
           Refused{"long black", "unknown food 'long black'"},
           // A state that ends the item after another note, which vitk has no such food in.
           Refused{"1 cup kale, stems removed, sauteed", "unknown food 'kale sauteed': 'kale' is known (Kale, raw), "
                                                      "but no 'sauteed' form of it"},
           Refused{"150g/5oz savoy cabbage, shredded, boiled", "unknown food 'savoy cabbage boiled'"},
           // Washing before the dried food's name is no note.
           Refused{"1 cup rinsed dried beans", "'rinsed dried beans' is ambiguous"},
           // A state that ends the item is read after a cut too (the note had been set aside with it).
           Refused{"150 g chicken breast, cut into strips, stir-fried", "but no 'stir-fried' form of it"},
           // A note between that may name a kind is no note to set aside with the state after it (each had been
           // read without the state: raw salmon, raw onion).
           Refused{"150g salmon fillet, wild, baked", "'baked' says how the food was prepared, but the note before "
                                                    "it, 'wild', may say which kind of 'salmon fillet' is meant"},
           Refused{"1 cup onions, spring, sauteed", "the note before it, 'spring', may say which kind"},
           // A name in another language is read with no note in that language (had been the fried liver and raw
           // spinach).
           Refused{"100g kalfslever, rauw",
                   "'kalfslever' is known (Veal, variety meats and by-products, liver, cooked, pan-fried), but no "
                   "'raw' form"},
           // Cooked, of a name followed by a note or a parenthesis that may name a kind.
           Refused{"100g cooked lamb, ground", "'cooked lamb' is ambiguous"},
           Refused{"100g cooked mince (lamb)", "'cooked mince' is ambiguous"},
           Refused{"100g cooked lox", "but no 'cooked' form of it"},
           Refused{"100g cooked liver (chicken)", "'cooked liver' is ambiguous"},
           Refused{"4 oz cooked ground beef, 95% lean", "'cooked ground beef' is ambiguous"},
           Refused{"50g goudse, oud", "'oud' after 'goudse' (gouda"},
           // A part of no food that vitk knows by it (`chicken fillet` may be the breast).
           Refused{"150g chicken fillet, grilled", "unknown food 'chicken fillet, grilled'"},
           // Another state than cooked is still no form of a cooked food.
           Refused{"4 oz 80/20 ground beef, cooked", "is ambiguous"},
  });
}

TEST_CASE("a part of a plant in a note, frozen broccoli boiled, and a sixteenth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // The leaves of a herb or of a leafy food, and the root of a root, are the food.
           Line{"1 cup basil, leaves", "basil", 24},
           Line{"1 cup spinach, leaves", "spinach", 30},
           Line{"3 scallions, green parts only", "spring-onion", 45},
           Line{"1 tbsp ginger, root", "ginger", 6},
           Line{"1 cup beet, root, boiled", "beetroot-cooked", 170},
           Line{"1 cup beets, greens", "beet-greens", 38},
           Line{"1 cup celery, root", "celeriac", 156},
           // Seeds are no part that a note names here: the food with them.
           Line{"1 tbsp fennel, seeds", "fennel-seed", 6},
           // USDA's frozen broccoli boiled, chopped and spears alike in vitamin K, is the chopped one (had been the
           // fresh broccoli boiled, with 60% more K1).
           Line{"1 cup frozen broccoli, boiled", "usda-11093", 184},
           Line{"1 cup broccoli, frozen, boiled", "usda-11093", 184},
           Line{"2 tbsp salad dressing, ranch", "ranch-dressing", 30},
           // The tops of broccoli are the food.
           Line{"2 cups broccoli, tops", "broccoli", 182},
           // Names of a sixteenth newcomer's diary in other languages, and brands.
           Line{"oude kaas 30g", "gouda-aged", 30},
           Line{"2 œufs durs", "boiled-egg", 100},
           Line{"1 huevo frito", "fried-egg", 46},
           Line{"zuurkool 150g", "sauerkraut", 150},
           Line{"Rapsöl 1 EL", "canola-oil", 14},
           Line{"persil 2 c. à soupe", "parsley", 7.6},
           Line{"Mangold 200g gedünstet", "swiss-chard-cooked", 200},
           Line{"bietole lessate 200g", "swiss-chard-cooked", 200},
           Line{"couve-flor cozida 100g", "usda-11136", 100},
           Line{"fegatini di pollo 100g", "chicken-liver", 100},
           Line{"pâté de foie 50g", "liver-pate", 50},
           Line{"pâté de foie gras 50g", "goose-liver-pate", 50},
           Line{"kiełbasa 100g", "kielbasa", 100},
           Line{"2 pandesal", "dinner-roll", 56},
           Line{"2 tbsp Miracle Whip", "usda-04018", 29.4},
           Line{"Land O Lakes butter 1 tbsp", "butter", 14.2},
           Line{"bacalhau 200g", "usda-15018", 200},
           Line{"75g petits pois", "usda-11312", 75},
           Line{"1 cup spaghetti squash, cooked", "usda-11493", 155},
           // Green alone is a colour; and notes that had read otherwise in a draft of this stop.
           Line{"2 peppers, red, green, orange or yellow, deseeded", "green-pepper", 238},
           Line{"½ cup chopped natural (green) pistachios", "pistachios", 61.5},
           Line{"3 cups chicken, beef, or vegetable stock, or water", "chicken-stock", 720},
           Line{"200g/7oz peas, podded", "peas", 200},
           Line{"2 cups cooked potatoes, mashed", "boiled-potato", 312},
           Line{"1/3 cup jam, any flavor", "jam", 106.66},
           // Not a note of what was removed, nor of a form that a later check reads.
           Line{"100g turkey, meat only, roasted", "turkey", 100},
           Line{"1 tsp salt, celery", "salt", 6},
  });
  check_refused(catalog, at, {
           // The greens or the root of a plant whose other part vitk read (each had been that part: radish roots,
           // raw carrots, celery stalks, parsley leaves; `(greens)` had been boiled collards, 190 g).
           Refused{"1 cup radishes, greens", "'greens' names a part of the plant that may be another food than "
                                            "'radishes' (radish, Radishes, raw)"},
           Refused{"1 cup radishes (greens)", "'greens' names a part of the plant"},
           Refused{"1 cup radishes, greens only", "'greens only' names a part of the plant"},
           Refused{"2 carrots, tops", "'tops' names a part of the plant"},
           Refused{"1 cup celery, leaves", "'leaves' names a part of the plant"},
           Refused{"1 cup parsley, root", "'root' names a part of the plant that may be another food than 'parsley'"},
           Refused{"1 cup celery, root, boiled", "'vitk foods search celery root' lists"},
           Refused{"1 cup fennel, fronds", "'fronds' names a part of the plant"},
           Refused{"1 stick celery, leaves only", "'leaves only' names a part of the plant"},
           Refused{"1 cup broccoli rabe, cooked", "(usda-11097, Broccoli raab, cooked) has no volume portion"},
           Refused{"100g barley, dry", "'dry' says the amount is of the raw or dry food"},
  });
}

TEST_CASE("a note of states joined by and, a can's net weight of a drained food, of in other languages, and a "
          "seventeenth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A note of states joined by `and` is the food's state (`2 eggs, beaten and scrambled` had been raw eggs).
           Line{"2 eggs, beaten and scrambled", "scrambled-egg", 122},
           Line{"3 eggs, whisked and fried", "fried-egg", 138},
           Line{"1 cup broccoli, chopped and steamed", "broccoli-cooked", 156},
           // Dried after washing is dried with a towel.
           Line{"1 cup spinach, washed and dried", "spinach", 30},
           // Hard and soft boiled in a note are boiled (had been raw eggs).
           Line{"3 eggs, hard-boiled", "boiled-egg", 150},
           Line{"2 eggs, soft boiled", "boiled-egg", 100},
           Line{"2 free-range eggs, hardboiled, peeled, sliced", "boiled-egg", 100},
           Line{"2 eggs, boiled then peeled", "boiled-egg", 100},
           // A way of cooking of a food that vitk has cooked, after its unit, keeps it.
           Line{"4 sausage links, fried", "pork-sausage", 84},
           Line{"4 eggs, hard-boiled, peeled, roughly chopped", "boiled-egg", 200},
           // A note of less fat after a food of that kind, a choice, and light that is no less fat.
           Line{"2 tbsp mayonnaise, light", "usda-04641", 30},
           Line{"1 cup milk, low fat", "milk-1-percent", 244},
           Line{"1 cup milk (skim)", "skim-milk", 245},
           Line{"1 oz cheddar, reduced fat", "usda-01260", 28.35},
           Line{"1 cup milk (skim, low-fat, or whole)", "milk", 244},
           Line{"1 cup brown sugar (light)", "brown-sugar", 220},
           Line{"1 tbsp olive oil (light)", "olive-oil", 13.5},
           // An elided `of` before a capital is part of a name.
           Line{"2 ripe Bartlett or d’Anjou pears", "usda-09412", 354},
           // A food of solids and liquids is weighed by its can's net weight; a weight said to be drained counts.
           Line{"1 (15 oz) can black beans, drained", "usda-16018", 425.24},
           Line{"1 x 240g tin chickpeas (drained weight)", "canned-chickpeas", 240},
           Line{"1 can green beans, drained", "usda-11056", 262},
           // `de`, `d'`, `di` join an amount to its food as `of` does.
           Line{"1 c. à soupe d'huile d'olive", "olive-oil", 13.5},
           Line{"100 g d'épinards", "spinach", 100},
           Line{"1 cucchiaio di olio di girasole", "sunflower-oil", 13.6},
           Line{"1 cucharada de aceite de oliva", "olive-oil", 13.5},
           Line{"2 tranches de jambon", "ham", 56},
           Line{"30 g de gruyère râpé", "gruyere", 30},
           // Names and units of a seventeenth newcomer's diary.
           Line{"2 plakjes belegen kaas", "gouda-aged", 56},
           Line{"sperziebonen 200 gram", "green-beans", 200},
           Line{"1 eetlepel roomboter", "butter", 14.2},
           Line{"1 EL Leinöl", "usda-42231", 13.6},
           Line{"ruisleipä 2 viipaletta", "rye-bread", 64},
           Line{"cavolo verza 200g", "savoy-cabbage", 200},
           Line{"2 huevos revueltos", "scrambled-egg", 122},
           Line{"queso de cabra 40g", "goat-cheese", 40},
           Line{"espárragos trigueros 150g", "asparagus", 150},
           Line{"sałata masłowa 1 główka", "butterhead-lettuce", 163},
           Line{"\u7d0d\u8c46 1\u30d1\u30c3\u30af", "natto", 40},
           Line{"30g Cathedral City", "cheddar", 30},
           Line{"1 tbsp Lurpak", "butter", 14.2},
           Line{"2 tbsp Kraft grated parmesan", "parmesan-grated", 10},
           Line{"1/2 cup Egg Beaters", "usda-01226", 120},
           Line{"8 oz lowfat kefir", "usda-01289", 226.8},
           Line{"1 oz 85% dark chocolate", "dark-chocolate", 28.35},
           Line{"1 cup pickled beets", "usda-11609", 227},
           Line{"1 c. à soupe d'huile de noix", "usda-04528", 13.6},
  });
  check_refused(catalog, at, {
           // A state in a note after a food's unit is never dropped (had been raw asparagus, raw celery).
           Refused{"2-3 asparagus spears, grilled", "'asparagus spears' is known (Asparagus, raw), but no 'grilled' "
                                                  "form of it"},
           Refused{"2 celery stalks, fried", "unknown food 'celery stalks, fried'"},
           Refused{"2 cabbage leaves, steamed", "'cabbage boiled' (cabbage-cooked, Cabbage, green, cooked, boiled, "
                                                "drained) has no portion 'leaves'"},
           // Nor one joined by `and` (had been raw kale, 16 g).
           Refused{"1 cup kale, chopped and sauteed", "unknown food 'kale, chopped and sauteed': 'kale' is known "
                                                      "(Kale, raw), but no 'sauteed' form of it"},
           Refused{"1 cup kale, torn and dehydrated", "but no 'dehydrated' form of it"},
           // A food named as another food's unit, then a state (had been `expected a food after`).
           Refused{"2 carrots, roasted", "unknown food 'carrots, roasted': 'carrots' is known (Carrots, raw), but no "
                                         "'roasted' form of it"},
           // A food named as another food's unit, then another food.
           Refused{"2 eggs scrambled w/ cheese", "'eggs scrambled w/ cheese' names two foods, 'eggs scrambled' "
                                                 "(scrambled-egg, Egg, whole, scrambled) and 'cheese'"},
           // A state names the food no more than its other words do.
           Refused{"4 tomatoes, grilled", "unknown food 'tomatoes, grilled'"},
           // A can's net weight is no weight of a food weighed drained (had been 425 g of drained green beans).
           Refused{"1 (15 oz) can cut green beans, drained",
                   "a can's weight is its net weight, its liquid too, and 'canned green beans' (usda-11056, Beans, "
                   "snap, green, canned, regular pack, drained solids) is weighed drained, which weighs less; give the "
                   "drained weight, such as 'canned green beans 250 g', or '1 can canned green beans' for the can that "
                   "its source weighs drained (262 g)"},
           Refused{"1 (13.5 oz) can spinach, drained", "'canned spinach' (usda-11461, Spinach, canned, regular pack, "
                                                       "drained solids) is weighed drained"},
           Refused{"400g can chickpeas, drained and rinsed", "a can's weight is its net weight"},
           Refused{"1 x 400g/14oz tin chickpeas, drained", "a can's weight is its net weight"},
           Refused{"chickpeas, 400g tin", "a can's weight is its net weight"},
           Refused{"tuna 2 cans (330g)", "a can's weight is its net weight"},
           // Wherever the can's weight is written (`1 can green beans (14.5 oz), drained` had been USDA's can, 262 g,
           // whatever the can's size), and where a drained weight is given apart from it.
           Refused{"1 can green beans (14.5 oz), drained", "a can's weight is its net weight"},
           Refused{"1 tin chickpeas (400g)", "a can's weight is its net weight"},
           Refused{"400 g (1 tin) chickpeas", "a can's weight is its net weight"},
           Refused{"1 x 400g tin green beans (240g drained weight)", "a can's weight is its net weight"},
           Refused{"400g tin chickpeas (drained weight 240g)", "a can's weight is its net weight"},
           // A can holds no raw food (each had been the raw food, by the can's weight).
           Refused{"1 (15 oz) can peaches", "'peaches' (peach, Peach, yellow, raw) is raw, and a can holds a canned "
                                            "food, which vitk does not find by that name (expected the canned food's "
                                            "name, such as one that 'vitk foods search canned peaches' lists)"},
           Refused{"1 (15 oz) can spinach leaves", "'spinach leaves' (spinach, Spinach, raw) is raw"},
           Refused{"1 (14 oz) can beets", "is raw, and a can holds a canned food"},
           // A word of another language after its `of` that names another food in English.
           Refused{"100 g de prunes", "'prunes' after 'de' is a word of another language, where it may name another "
                                      "food than the English word"},
           Refused{"200 ml di latte, caldo", "'latte' after 'di' is a word of another language"},
           // A note of less fat after a food whose name says no such kind (each had read the regular food).
           Refused{"2 tbsp Miracle Whip, light",
                   "'light' after 'Miracle Whip' (usda-04018, Salad dressing, mayonnaise type, regular, with salt) may "
                   "name a kind of it with less fat, whose vitamin K may differ, which vitk does not read with it "
                   "(expected that kind's own name, such as one that 'vitk foods search Miracle Whip' lists, or the "
                   "food's name without the note)"},
           Refused{"2 tbsp cream cheese (light)", "'light' after 'cream cheese' may name a kind of it with less fat"},
           Refused{"1 tbsp mayonnaise, reduced fat", "'reduced fat' after 'mayonnaise' may name a kind"},
           Refused{"1 slice cheese, reduced fat", "'reduced fat' after 'cheese' (cheddar, Cheese, cheddar) may name"},
           // A handful in other languages, and a few of a food's pieces.
           Refused{"une poignée de roquette", "'poignée' is no amount that vitk has a weight for"},
           Refused{"een handje spinazie", "'handje' is no amount that vitk has a weight for"},
           Refused{"a few sprigs of parsley", "'few sprigs' is no amount that vitk has a weight for"},
           Refused{"several radish slices or kale", "'several' is no amount that vitk has a weight for"},
  });
}

TEST_CASE("a note that names another food, a can in a parenthesis, a cut of a bird, cooking in other languages, and "
          "an eighteenth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // What a way of cooking was done in is no food where it adds no vitamin K, nor the fat of a fried or
           // scrambled food's record, nor a state after a comma that is a food's name in another language.
           Line{"2 eggs, poached in water", "poached-egg", 100},
           Line{"2 eggs, poached with vinegar", "poached-egg", 100},
           Line{"2 eggs, scrambled in butter", "scrambled-egg", 122},
           Line{"2 eggs, fried in a little butter", "fried-egg", 92},
           Line{"2 eggs, fried in bacon grease", "fried-egg", 92},
           Line{"150 g chicken, rôti", "roast-chicken", 150},
           Line{"1 cup spinach, steamed with a little water", "spinach-cooked", 180},
           // A list of choices counts its first food.
           Line{"2 tsp parsley, chives, or dill", "parsley", 2.5},
           // A can counted in a parenthesis is the canned food's can.
           Line{"chickpeas (1 tin)", "canned-chickpeas", 253},
           Line{"tomatoes (400g tin)", "canned-tomatoes", 400},
           // The white (light) meat of a roasted turkey is USDA's.
           Line{"3 oz turkey, white meat", "usda-05186", 85.05},
           // Dried after rinsing, of a food dried already (an error at the last stop).
           Line{"1 lb dried pinto beans, rinsed and dried", "usda-16042", 453.59},
           // Ways of cooking in other languages (`gestoofd` had been dropped: raw red cabbage).
           Line{"150 g red cabbage, gestoofd", "usda-11113", 150},
           Line{"100g chicken breast, gegrild", "chicken-breast", 100},
           Line{"brokuły gotowane 200 g", "broccoli-cooked", 200},
           // Names of the eighteenth diarist.
           Line{"1 cup prei", "leek", 89},
           Line{"finocchio 100g", "fennel", 100},
           Line{"frijoles negros 1 taza", "black-beans", 172},
           Line{"200 g fasolka szparagowa", "green-beans", 200},
           Line{"5 rzodkiewki", "radish", 22.5},
           Line{"豆腐 100g", "tofu", 100},
           Line{"배추 100g", "napa-cabbage", 100},
           Line{"cải thìa 100g", "bok-choy", 100},
           Line{"grelos cocidos 150 g", "turnip-greens-cooked", 150},
           Line{"kålrot kokt 100 g", "usda-11436", 100},
           Line{"grana padano 10 g", "parmesan", 10},
           Line{"kipfilet 100 g", "chicken-breast", 100},
           Line{"2 tbsp philadelphia cream cheese", "cream-cheese", 29},
           Line{"1 hebrew national hot dog", "frankfurter", 48},
           Line{"1 cup stewed pigeon peas", "usda-11345", 153},
           Line{"2 huevos", "egg", 100},
           Line{"2 tomaten", "tomato", 246},
           // Pieces in other languages: a count before the food, pcs after it.
           Line{"2 stuks ei", "egg", 100},
           Line{"3 Stück Eier", "egg", 150},
           Line{"2 pcs egg", "egg", 100},
           Line{"jajka 2 szt.", "egg", 100},
           Line{"rzodkiewki 5 sztuk", "radish", 22.5},
           Line{"abobrinha 1 unidade", "zucchini", 196},
           Line{"鸡蛋 2 个", "egg", 100},
           // A count of cans with its drained weight is that weight (had been an error).
           Line{"1 tin chickpeas (240g drained)", "canned-chickpeas", 240},
           Line{"1 tin chickpeas, drained (240g drained)", "canned-chickpeas", 240},
           Line{"1 can green beans (8 oz drained)", "usda-11056", 226.8},
           // Braised is boiled, of a vegetable (had been an error), never of a meat.
           Line{"1 cup braised red cabbage", "usda-11113", 150},
           Line{"1 cup kale, braised", "kale-cooked", 130},
           Line{"2 celery stalks, braised", "usda-11144", 75},
           // A list of the parts a bird is cut into.
           Line{"4 to 5 pounds chicken pieces, a combination of breasts, thighs, and legs", "roast-chicken", 2041.17},
           Line{"1 tbsp grated Grana Padano or Parmigiano-Reggiano cheese", "parmesan-grated", 5},
           // Raw in other languages (had been errors).
           Line{"Weißkohl roh 100 g", "cabbage", 100},
           Line{"chou rouge cru 100 g", "red-cabbage", 100},
           Line{"100 g spinazie rauw", "spinach", 100},
           Line{"100g surowe brokuły", "broccoli", 100},
           Line{"1 can whole kernel corn, drained", "usda-11172", 298},
           // A number word that ends a food's name is no amount of it (had been a quarter of a leg, 49.75 g).
           Line{"chicken leg quarter, roasted", "chicken-leg", 85},
           Line{"1 chicken leg quarter", "chicken-leg", 199},
       });
  check_refused(catalog, at, {
           // A note that is another food, alone or after the food's states (each had dropped it: raw eggs, raw kale).
           Refused{"2 eggs, scrambled and toast",
                   "'toast' is another food (toast, Toast, white bread), which this item would leave out (expected one "
                   "food per item; write it as an item of its own after ';')"},
           Refused{"2 eggs, toast", "'toast' is another food (toast, Toast, white bread)"},
           Refused{"2 eggs, scrambled, toast", "'toast' is another food"},
           Refused{"1 cup kale, steamed and garlic", "'garlic' is another food (garlic, Garlic, raw)"},
           Refused{"1 tsp peppercorns, coriander seeds, fennel seeds", "'fennel seeds' is another food"},
           // What a way of cooking was done with (`2 eggs, scrambled in butter` had been raw eggs).
           Refused{"2 eggs, scrambled with cheese", "'cheese' is another food (cheddar, Cheese, cheddar)"},
           Refused{"2 eggs, fried with bacon", "'bacon' is another food"},
           // The kind of a food of the same kind, after a comma (had been fish read as salmon, kale as collards).
           Refused{"4 oz fish, cod", "'cod' after 'fish' may name the kind of it that is meant, which vitk does not "
                                     "read after a comma (expected the kind's own name, such as one that 'vitk foods "
                                     "search fish cod' lists)"},
           Refused{"1 cup greens, kale", "'kale' after 'greens' may name the kind of it that is meant"},
           // A way of cooking in another language in a note that vitk reads no further (had been raw red cabbage).
           Refused{"150g rode kool, gestoofd met appel",
                   "'gestoofd' says how the food was cooked, and 'rode kool' (red-cabbage, Cabbage, red, raw) is raw "
                   "(expected the way of cooking alone after a comma, such as ', gestoofd', and each other food as "
                   "an item of its own)"},
           Refused{"100 g brokuły, gotowane z masłem", "'gotowane' says how the food was cooked"},
           // A food of another kind in parentheses is another food, no kind of the food named (had been a cup of
           // butter, of natto, of honey).
           Refused{"1 cup broccoli (butter)", "'butter' is another food (butter, Butter, salted), which this item "
                                              "would leave out"},
           Refused{"1 cup rice (natto)", "'natto' is another food"},
           Refused{"1 cup oatmeal (honey)", "'honey' is another food"},
           // The first of two foods joined by `and` in a note, and a note that opens with `and` (both had been the
           // eggs alone); a note after a food without vitamin K (had been a cup of rice).
           Refused{"2 eggs, bacon and toast", "'bacon' is another food (bacon, Bacon, cooked, baked)"},
           Refused{"2 eggs, fried, and toast", "'toast' is another food"},
           Refused{"1 cup rice, natto", "'natto' is another food (natto, Natto, fermented soybeans)"},
           // The fat is the fried food's only where the food read is the fried one (a draft of this stop had read
           // raw eggs and raw spinach).
           Refused{"2 eggs, lightly scrambled in butter", "'butter' is another food"},
           Refused{"1 cup spinach, quickly sautéed in olive oil", "'olive oil' is another food"},
           Refused{"1 cup spinach, steamed with garlic", "'garlic' is another food"},
           // Both had been steamed broccoli and cooked spinach, the butter left out.
           Refused{"1 cup broccoli, steamed with butter", "'butter' is another food"},
           Refused{"1 cup spinach, cooked with a little butter", "'butter' is another food"},
           // A list of foods without a choice (had been the margarine).
           Refused{"1 cup (2 sticks) margarine, butter, vegetable shortening", "'butter' is another food"},
           Refused{"1 x 400g can artichoke hearts, drained", "a can's weight is its net weight"},
           // A can's weight in a parenthesis (had been 400 g of boiled chickpeas, 200 g of raw corn).
           Refused{"chickpeas (400g tin), drained", "a can's weight is its net weight, its liquid too, and 'canned "
                                                    "chickpeas' (canned-chickpeas, Chickpeas, canned, drained)"},
           Refused{"sweetcorn (1 x 200g tin)", "a can's weight is its net weight"},
           // Artichoke hearts are weighed drained (had been 397 g).
           Refused{"1 (14 oz) can quartered artichoke hearts, drained", "a can's weight is its net weight"},
           // A cut of a bird in a note (had been turkey breast).
           Refused{"3 oz roast turkey, dark",
                   "'dark' says which part of the bird or animal is meant, and 'roast turkey' (turkey, Turkey "
                   "breast, meat only, roasted) is not that part (expected the name of that part, such as one that "
                   "'vitk foods search roast turkey dark' lists)"},
           Refused{"4 oz chicken, dark", "'dark' says which part of the bird or animal is meant"},
           // A way of cooking in another language that vitk has no food for.
           Refused{"braised chicken thighs 200g", "'braised chicken thighs' is ambiguous"},
           // The excerpt quotes the words as written, where the lexer read one as another.
           Refused{"100 g pastinaak rauw", "unknown food 'pastinaak rauw'"},
           Refused{"1 (15.25 oz) can whole kernel corn, drained", "a can's weight is its net weight"},
  });
}

TEST_CASE("a recipe's cut before a state, an egg fried over easy, a dash or a parenthesis of states, a cooked food in "
          "a can, pieces and bowls glued to a count, numbers in other languages, and a nineteenth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // The shape a food is cut into before its state (had been the raw broccoli).
           Line{"1 cup broccoli, cut into florets and steamed", "broccoli-cooked", 156},
           Line{"1 lb potatoes, cut into chunks and boiled", "boiled-potato", 453.6},
           // A recipe's step after the cut is still a note: the raw potatoes are weighed.
           Line{"150g/5½oz Jerseys Royal potatoes, cooked and cut into quarters", "raw-potato", 150},
           Line{"bacon, cut into thin strips and fried until crisp", "bacon", 8.1},
           // How an egg was fried (had been raw eggs).
           Line{"1 egg, fried over easy", "fried-egg", 46},
           Line{"2 eggs, sunny side up", "fried-egg", 92},
           Line{"2 eggs, over medium", "fried-egg", 92},
           Line{"2 eggs, fried sunny-side up", "fried-egg", 92},
           Line{"eggs over easy 2", "fried-egg", 92},
           Line{"2 eggs, over easy, cooked over medium heat", "fried-egg", 92},
           Line{"2 eggs, over-medium", "fried-egg", 92},
           // A dash before states alone is a comma (had been raw eggs).
           Line{"2 eggs - scrambled", "scrambled-egg", 122},
           Line{"2 eggs \u2013 fried", "fried-egg", 92},
           Line{"2 eggs \u2014 hard boiled", "boiled-egg", 100},
           Line{"chicken breast - grilled", "chicken-breast", 196},
           Line{"2 eggs - scrambled in butter", "scrambled-egg", 122},
           // A parenthesis of a way of cooking that ends the item is a note after a comma (had been raw eggs).
           Line{"2 eggs (scrambled in butter)", "scrambled-egg", 122},
           Line{"2 eggs (fried in butter)", "fried-egg", 92},
           Line{"2 eggs (boiled)", "boiled-egg", 100},
           Line{"2 eggs (hard boiled)", "boiled-egg", 100},
           Line{"100g/3½oz cooked basmati rice (cooked with a pinch of ground turmeric)", "white-rice", 100},
           Line{"50g/2oz flaked almonds (toasted lightly dry frying pan)", "usda-12063", 50},
           // Canned chicken is USDA's (a can of it had been roast chicken).
           Line{"3 oz canned chicken breast, drained", "usda-05311", 85.05},
           Line{"1 (10 oz) can chicken breast", "usda-05311", 283.5},
           // The volume of one can or bottle in a parenthesis counts (had been USDA's 12 fl oz can).
           Line{"1 can of beer (500ml)", "beer", 502.13},
           Line{"1 can of cola (500 ml)", "cola", 519.04},
           Line{"1 can chickpeas (400ml)", "canned-chickpeas", 253},
           // Pieces after a food counted by its own name (had asked for a portion 'pcs').
           Line{"frankfurter 2 pcs", "frankfurter", 96},
           Line{"frankfurters 2 pieces", "frankfurter", 96},
           Line{"hot dogs 2 pcs", "frankfurter", 96},
           // A count glued to a word of pieces or bowls, pieces in Vietnamese, and the Chinese gram.
           Line{"ゆで卵 1個", "boiled-egg", 50},
           Line{"米饭 1碗", "white-rice", 158},
           Line{"trứng luộc 2 quả", "boiled-egg", 100},
           Line{"豆腐 200克", "tofu", 200},
           Line{"200克 豆腐", "tofu", 200},
           // Numbers, spoons and glasses in other languages.
           Line{"twee gebakken eieren", "fried-egg", 92},
           Line{"zwei Eier", "egg", 100},
           Line{"deux œufs", "egg", 100},
           Line{"een ei", "egg", 50},
           Line{"natka pietruszki 1 łyżka", "parsley", 3.8},
           Line{"pół szklanki kefiru", "kefir", 122.5},
           // Fried or scrambled, of a food named in another language (had been errors).
           Line{"2 fried huevos", "fried-egg", 92},
           Line{"2 poached huevos", "poached-egg", 100},
           Line{"2 scrambled eieren", "scrambled-egg", 122},
           Line{"2 ägg, stekta", "fried-egg", 92},
           Line{"150g Hühnerleber, gebraten", "usda-05661", 150},
           Line{"raapstelen 250 gram, gekookt", "turnip-greens-cooked", 250},
           // The pork fillet is the tenderloin, which vitk has roasted.
           Line{"150g pork fillet, roasted", "pork-tenderloin", 150},
           // A punnet is a container, and a serve a serving.
           Line{"1 punnet blueberries (125g)", "blueberries", 125},
           Line{"1 serve steamed broccoli", "broccoli-cooked", 156},
           // A boiled or a poached egg of a size weighs as the raw one (had been errors).
           Line{"1 medium egg, boiled", "boiled-egg", 44},
           Line{"2 small eggs, boiled", "boiled-egg", 76},
           Line{"1 extra-large egg, poached", "poached-egg", 56},
           // A kind that vitk has a food for by that name is that food.
           Line{"1 cup beans, black", "black-beans", 172},
           Line{"30g cheese, blue", "blue-cheese", 30},
           // A dark part of a bird is dark meat.
           Line{"4 oz chicken thigh, dark", "chicken-thigh", 113.4},
           // The nineteenth diarist's names.
           Line{"2 oz pastrami", "usda-13355", 56.7},
           Line{"1/2 cup frozen peas and carrots", "usda-11323", 80},
           Line{"75g frozen mixed veg", "usda-11584", 75},
           Line{"1 slice corned beef (tinned)", "usda-13348", 21},
           Line{"2 slices Ezekiel bread", "usda-28316", 76},
           Line{"saucisson sec 30 g", "usda-07072", 30},
           Line{"fuet 40 g", "usda-07072", 40},
           Line{"1/3 lb Black Forest ham, sliced", "ham", 151.2},
           Line{"3 plakjes beenham", "ham", 84},
           Line{"3 slices of devon", "bologna", 90},
           Line{"100g baby cos", "romaine", 100},
           Line{"6 Chicken McNuggets", "chicken-nuggets", 96},
           Line{"2 tbsp Kewpie mayo", "mayonnaise", 27.6},
           Line{"30g tasty cheese", "cheddar", 30},
           Line{"30g Cashel Blue", "blue-cheese", 30},
           Line{"80g sugar snaps", "snow-peas", 80},
           Line{"1/2 cup pomegranate arils", "pomegranate", 87},
           Line{"100g smoked salmon trimmings", "smoked-salmon", 100},
           Line{"1 tbsp Crisco shortening", "shortening", 12.8},
           Line{"250ml blue top milk", "milk", 257.83},
           Line{"2 Vital Farms eggs", "egg", 100},
           Line{"Chinakohl 100 g roh", "napa-cabbage", 100},
           Line{"Hähnchenkeule 1 Stück", "chicken-leg", 199},
           Line{"1 œuf à la coque", "boiled-egg", 50},
           Line{"jajka na twardo 2 szt.", "boiled-egg", 100},
           Line{"1 eetlepel pindakaas", "peanut-butter", 16},
           Line{"quiabo cozido 100 g", "usda-11279", 100},
           Line{"frango assado 100 g", "roast-chicken", 100},
           Line{"linguiça calabresa 100 g", "smoked-sausage", 100},
           Line{"ブロッコリー 100g", "broccoli", 100},
           Line{"닭가슴살 100g", "chicken-breast", 100},
  });
  check_refused(catalog, at, {
           // A cooked food is no canned one (had been 418 g of roast chicken, 170 g of cooked crab).
           Refused{"1 (6 oz) can crab meat", "'crab meat' (crab, Crab, blue, cooked) is cooked, and a can holds a "
                                             "canned food"},
           // A can in a parenthesis holds no raw food (had been 410 g of raw peaches).
           Refused{"peaches (410g can), drained", "'peaches' (peach, Peach, yellow, raw) is raw, and a can holds a "
                                                  "canned food"},
           Refused{"peach halves (410g can)", "is raw, and a can holds a canned food"},
           // So is a can before the food, with its weight (had been 410 g of raw peaches).
           Refused{"410g can peaches", "is raw, and a can holds a canned food"},
           Refused{"1 x 432g can pineapple chunks", "is raw, and a can holds a canned food"},
           // The volume in a parenthesis after several cans may be each or all, and is checked (had been 712 g).
           Refused{"2 cans of beer (500 ml)", "'500 ml' is 502.1 g, but the amount before it is 712 g"},
           // Dark or white alone, of a bird (had been the breast).
           Refused{"3 oz turkey, dark", "'dark' says which part of the bird or animal is meant"},
           Refused{"4 oz roast chicken, white", "'white' says which part of the bird or animal is meant"},
           // A parenthesis read as a note keeps the note's rules.
           Refused{"2 eggs (scrambled with cheese)", "'cheese' is another food"},
           Refused{"1 cup spinach (sauteed)", "unknown food 'spinach (sauteed)'"},
           Refused{"1 cup spinach (sauteed in butter)", "unknown food 'spinach (sauteed in butter)'"},
           // A word of a kind that vitk has no food for by that name, after a word of several kinds (had been salmon).
           Refused{"3 oz fish, white", "'white' after 'fish' may name the kind of it that is meant, which vitk has no "
                                       "food for by that name"},
           Refused{"4 oz fish, oily", "'oily' after 'fish' may name the kind of it that is meant"},
           // A turkey crown is weighed on the bone, and a recipe's mixed vegetables are the cook's choice.
           Refused{"2.2kg turkey crown", "unknown food 'turkey crown'"},
           // A fried egg weighs less than the raw one, by a weight no source gives for its sizes.
           Refused{"1 medium fried egg", "'fried egg' has no portion 'medium'"},
           Refused{"1 cup mixed vegetables", "'mixed vegetables' is ambiguous"},
  });
}

TEST_CASE("a dash before a note, words and an amount in a parenthesis, a food after a parenthesis, each of several "
          "bottles, a frozen food said anywhere, and a twentieth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Any dash after a word and before words is a comma (the note had been set aside: turkey breast).
           Line{"3 oz turkey - dark meat", "usda-05188", 85.05},
           Line{"3 oz chicken \u2014 white meat", "usda-05041", 85.05},
           Line{"2 cloves garlic - crushed", "garlic", 6},
           Line{"3 Bramley apples - peeled, cored and diced", "apple", 546},
           // The dark and the light meat of a roasted bird.
           Line{"3 oz dark meat turkey", "usda-05188", 85.05},
           Line{"4 oz chicken, dark meat", "usda-05045", 113.4},
           Line{"3 oz turkey (white meat)", "usda-05186", 85.05},
           // Words and then an amount in a parenthesis after the food (had been a serving of the food).
           Line{"kale (cooked, 100g)", "kale-cooked", 100},
           Line{"milk (skim, 250 ml)", "skim-milk", 258.9},
           Line{"yogurt (greek, 150g)", "greek-yogurt", 150},
           Line{"cola (zero sugar, 330 ml)", "diet-cola", 330.3},
           Line{"chicken breast (grilled, 150g)", "chicken-breast", 150},
           Line{"spinach (cooked, 2 cups)", "spinach-cooked", 360},
           Line{"kale (cooked, about 100g)", "kale-cooked", 100},
           Line{"apple (gala, 1 medium)", "usda-09503", 172},
           // The words are read as a parenthesis after the food (had been milk chocolate and chocolate milk).
           Line{"milk (chocolate, 1 cup)", "chocolate-milk", 250},
           Line{"chocolate (milk, 30 g)", "milk-chocolate", 30},
           Line{"milk (2%, 1 cup)", "milk-2-percent", 244},
           Line{"greek yogurt (0%, 150g)", "nonfat-greek-yogurt", 150},
           Line{"hummus (classic, 2 tbsp)", "hummus", 30},
           Line{"tea (green, 1 cup)", "green-tea", 245},
           Line{"kale (frozen, 200 g)", "usda-11236", 200},
           // A kind in parentheses before what is joined to the food (had been salmon, black tea, plain yogurt).
           Line{"fish (cod) with lemon", "cod", 85},
           Line{"tea (green) with honey", "green-tea", 245},
           Line{"yogurt (greek) with honey", "greek-yogurt", 225},
           // Two names around a comma are in USDA's order (had been the other way round).
           Line{"1 oz chocolate, milk", "milk-chocolate", 28.35},
           Line{"1 cup milk, chocolate", "chocolate-milk", 250},
           Line{"1 oz chocolate - milk", "milk-chocolate", 28.35},
           Line{"100 g salmon, smoked", "smoked-salmon", 100},
           // An amount that opens the parenthesis is read as before.
           Line{"natto (1 pack, 45g)", "natto", 45},
           Line{"Whole-milk yogurt (approx, 2\u00bc cups)", "yogurt", 551.25},
           // What each of several containers holds, of a food that has no portion of them.
           Line{"2 bottles of beer (500 ml each)", "beer", 1004.3},
           Line{"2 bottles of beer (1 l total)", "beer", 1004.3},
           Line{"2 packages tempeh (8 ounces each)", "tempeh", 453.6},
           Line{"2 packs natto (90 g)", "natto", 90},
           // What each weighs of a count of the food's portions (had been the portions' weight).
           Line{"2 pots of yogurt (125 g each)", "yogurt", 250},
           Line{"2 cans of beer (440 ml each)", "beer", 883.75},
           Line{"2 slices of bread (35 g each)", "white-bread", 70},
           Line{"2 packs natto (45 g each)", "natto", 90},
           Line{"2 bars of chocolate (100 g each)", "milk-chocolate", 200},
           // A frozen food said anywhere is USDA's frozen food (had been the raw one).
           Line{"spinach 200 g, frozen", "usda-11463", 200},
           Line{"1 cup frozen broccoli florets", "usda-11092", 156},
           Line{"1 cup broccoli florets, frozen", "usda-11092", 156},
           Line{"peas 100 g, frozen", "usda-11312", 100},
           Line{"250g/9oz small frozen broccoli florets", "usda-11092", 250},
           Line{"Spinat 200 g, tiefgek\u00fchlt", "usda-11463", 200},
           Line{"200 g diepvries spinazie", "usda-11463", 200},
           // Frozen greens that USDA has only boiled, as in English (`diepvries` had been an error, then raw kale).
           Line{"200 g boerenkool, diepvries", "usda-11236", 200},
           Line{"Gr\u00fcnkohl tiefgek\u00fchlt 200 g", "usda-11236", 200},
           // Not with a choice, a condition or a negation, nor in parentheses, where the food written counts.
           Line{"1 cup broccoli, never frozen", "broccoli", 91},
           Line{"1 cup peas, not frozen", "peas", 145},
           Line{"100g/3\u00bdoz peas, thawed if frozen", "peas", 100},
           Line{"1 cup peas (frozen/defrosted)", "peas", 145},
           Line{"100g/4oz peas (frozen is fine)", "peas", 100},
           Line{"1 cup spinach, fresh or frozen", "spinach", 30},
           // Ways of cooking in other languages.
           Line{"300 gram gestoomde broccoli", "broccoli-cooked", 300},
           Line{"100 g de foies de volaille po\u00eal\u00e9s", "usda-05661", 100},
           Line{"peito de frango grelhado 150 g", "chicken-breast", 150},
           // Units and counts in other languages and scripts.
           Line{"\u0442\u0432\u043e\u0440\u043e\u0433 150 \u0433", "quark", 150},
           Line{"\u03c6\u03ad\u03c4\u03b1 50\u03b3\u03c1", "feta", 50},
           Line{"eidam 3 pl\u00e1tky", "edam", 84},
           Line{"Kopfsalat 1/2 Kopf", "butterhead-lettuce", 81.5},
           Line{"\u0643\u0628\u062f\u0629 \u062f\u062c\u0627\u062c 150 \u063a", "chicken-liver", 150},
           Line{"\u062c\u0631\u062c\u064a\u0631 1 \u0643\u0648\u0628", "arugula", 20},
           Line{"\uacc4\ub780\ud6c4\ub77c\uc774 2\uac1c", "fried-egg", 92},
           Line{"\u0e44\u0e02\u0e48\u0e15\u0e49\u0e21 2 \u0e1f\u0e2d\u0e07", "boiled-egg", 100},
           Line{"\u76ee\u7389\u713c\u304d 2\u500b", "fried-egg", 92},
           // Names of the twentieth diarist.
           Line{"1 1/2 oz wild arugula", "arugula", 42.52},
           Line{"1 cup sweet peas", "peas", 145},
           Line{"1/2 cup canned sweet peas, drained", "usda-11308", 87.5},
           Line{"3 oz deli ham", "ham", 85.05},
           Line{"2 slices of honey roast ham", "ham", 56},
           Line{"50g pancetta cubes", "raw-bacon", 50},
           Line{"a wedge of Shropshire Blue (30g)", "blue-cheese", 30},
           Line{"chou kale 100 g", "kale", 100},
           Line{"Brokkoli 250 g ged\u00e4mpft", "broccoli-cooked", 250},
           Line{"palta 1/2", "avocado", 68},
           Line{"ijsbergsla 100 gram", "iceberg", 100},
           Line{"1 glas halfvolle melk", "milk-2-percent", 244},
           Line{"wątróbka drobiowa 100 g", "chicken-liver", 100},
           Line{"150 g H\u00e4hnchenbrust", "chicken-breast", 150},
           Line{"beyaz peynir 50 g", "feta", 50},
           Line{"2 ovos mexidos", "scrambled-egg", 122},
           Line{"2 oz sopressata", "usda-07072", 56.7},
           Line{"salame Milano 5 fette", "usda-07072", 49},
           Line{"1 oz queso blanco", "usda-01229", 28.35},
           Line{"1 oz summer sausage", "usda-07078", 28.35},
           Line{"1 1/4 cups Special K", "usda-08067", 38.75},
           Line{"kamote tops 1 cup", "usda-11505", 35},
           Line{"1 cup flat-leaf parsley leaves, loosely packed", "parsley", 60},
           Line{"2 slices sourdough bread, toasted", "usda-18030", 118},
           Line{"2 oz elbow macaroni, dry", "usda-20120", 56.7},
           Line{"3 bread and butter pickle chips", "usda-11940", 22.5},
  });
  check_refused(catalog, at, {
           // Several bottles with a volume that may be each or all (had been 500 ml).
           Refused{"2 bottles of beer (500 ml)", "'500 ml' after '2 bottles' may be what each bottle holds or all of "
                                                 "them (expected 'each' or 'total' in the parenthesis, such as '(500 ml "
                                                 "each)')"},
           Refused{"2 packets of crisps (50g)", "may be what each packet holds or all of them"},
           // Each, of a measure, is checked as the amount of all of them.
           Refused{"2 cups of yogurt (6 oz each)", "'6 oz each' is 340.2 g, but the amount before it is 490 g"},
           // A packet holds no cooked food (the porridge's packets are dry oats).
           Refused{"3 packets oatmeal (43g each)", "has no portion 'packets'"},
           // Light of a food that is not fatty, where vitk knows its light kind (had been regular beer).
           Refused{"beer (light, 330 ml)", "'light' after 'beer' names another kind of it, 'light beer' (usda-14006, "
                                           "Alcoholic beverage, beer, light), which vitk does not read so (expected "
                                           "that kind's own name)"},
           Refused{"beer (light)", "names another kind of it, 'light beer'"},
           // Another food after a parenthesis (had been left out).
           Refused{"2 eggs (scrambled) with toast", "'toast' is another food (toast, Toast, white bread), which this "
                                                    "item would leave out"},
           Refused{"2 eggs (large) with toast", "'toast' is another food"},
           Refused{"2 eggs (scrambled in butter) with toast", "'toast' is another food"},
           Refused{"2 eggs (scrambled) and bacon", "'bacon' is another food"},
           Refused{"steak (sirloin) and eggs", "'eggs' is another food (egg, Egg, whole, raw)"},
           Refused{"bread (rye) with butter", "'butter' is another food"},
           // Dark or white alone still says the part.
           Refused{"3 oz turkey - dark", "'dark' says which part of the bird or animal is meant"},
           // A fried chicken breast is ambiguous in German as in English.
           Refused{"gebratene H\u00e4hnchenbrust, 150 g", "no 'gebratene' form of it"},
  });
}

TEST_CASE("a percentage after a comma, a vegetable bought by the bunch or fresh, meat sliced thin, raw chicken "
          "liver, a weight with bones, other languages' words of states and pieces, and a twenty-first diarist's "
          "foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A percentage of fat after a comma is the one in parentheses.
           Line{"1 cup milk, 2%", "milk-2-percent", 244},
           Line{"1 cup milk, 2% fat", "milk-2-percent", 244},
           Line{"1 lb ground beef, 80% lean", "ground-beef-raw", 453.59},
           // Its fat, of a meat named by its lean.
           Line{"4 oz ground beef, 15% fat", "ground-beef", 113.4},
           Line{"4 oz ground beef (15% fat)", "ground-beef", 113.4},
           // A bunch is bought raw, and its weight or volume in parentheses weighs the raw food (had been cooked).
           Line{"1 bunch collard greens (about 1 lb), stems removed and chopped", "collards", 453.59},
           Line{"1 bunch mustard greens (about 12 oz), tough stems discarded", "mustard-greens-raw", 340.19},
           Line{"1 bunch collard greens (about 6 cups), chopped", "collards", 216},
           // Fresh greens are raw, in a diary too (had been cooked); a state written, a dish or a denial wins, and
           // other vegetables eaten cooked stay so.
           Line{"1 cup fresh collard greens", "collards", 36},
           Line{"fresh mustard greens 100g", "mustard-greens-raw", 100},
           Line{"1 cup fresh collard greens, boiled", "collards-cooked", 190},
           Line{"1 cup fresh collard greens, with ham hock", "collards-cooked", 190},
           Line{"1 cup collard greens, not fresh", "collards-cooked", 190},
           Line{"fresh parsnips 100 g", "parsnip", 100},
           // Meat sliced thin for a recipe is raw; sliced alone may be leftovers, and a word after it may say it
           // was cooked.
           Line{"1 lb beef liver, sliced thin", "usda-13325", 453.59},
           Line{"1 lb beef liver, sliced", "beef-liver", 453.59},
           Line{"4 oz steak, thinly sliced and seared", "sirloin-steak", 113.4},
           // A percentage after a comma in USDA's names is of the name; a whole-milk yogurt's is 3 to 5%.
           Line{"100 g Milk, fluid, 1% fat, without added vitamin A and vitamin D", "usda-01175", 100},
           Line{"4 oz Ground turkey, 93% lean, 7% fat, raw", "usda-05665", 113.4},
           Line{"170 g Greek yogurt, 5%", "greek-yogurt", 170},
           Line{"1 oz dark chocolate, 90%", "dark-chocolate", 28.35},
           // Raw chicken liver (had been the simmered one, whatever was written).
           Line{"Chicken liver, raw - 4 oz", "usda-05027", 113.4},
           Line{"150g chicken livers, trimmed (for the p\u00e2t\u00e9)", "usda-05027", 150},
           Line{"H\u00fchnerleber roh 100 g", "usda-05027", 100},
           Line{"150g H\u00fchnerleber, gebraten", "usda-05661", 150},
           // Raw, in another language, of a food whose own name is cooked.
           Line{"H\u00e4hnchenbrust 200 g, roh", "usda-05062", 200},
           Line{"200 g rauwe kipfilet", "usda-05062", 200},
           Line{"pechuga de pollo cruda 200 g", "usda-05062", 200},
           Line{"surowa bia\u0142a kapusta 200 g", "cabbage", 200},
           // Boiled, hard-boiled, frozen, fresh, chopped and pieces in other languages.
           Line{"2 eieren, hardgekookt", "boiled-egg", 100},
           Line{"zwei Eier, hart gekocht", "boiled-egg", 100},
           Line{"2 \u00e4gg, kokta", "boiled-egg", 100},
           Line{"toj\u00e1s 2 db, f\u0151tt", "boiled-egg", 100},
           Line{"\u044f\u0439\u0446\u043e \u0432\u0430\u0440\u0451\u043d\u043e\u0435 2 \u0448\u0442", "boiled-egg", 100},
           Line{"2 \u03b1\u03c5\u03b3\u03ac \u03b2\u03c1\u03b1\u03c3\u03c4\u03ac", "boiled-egg", 100},
           Line{"ha\u015flanm\u0131\u015f \u0131spanak 200 g", "spinach-cooked", 200},
           Line{"telur rebus 2 butir", "boiled-egg", 100},
           Line{"kananmunat 2 kpl, keitetty", "boiled-egg", 100},
           Line{"nilagang itlog 2 piraso", "boiled-egg", 100},
           Line{"300 g di spinaci surgelati", "usda-11463", 300},
           Line{"espinacas congeladas 250 g", "usda-11463", 250},
           Line{"frischer Spinat, 100 g", "spinach", 100},
           Line{"kaas jong belegen 3 plakken", "gouda", 84},
           // A frozen food steamed, or cooked and named by a cut, is USDA's frozen food boiled (had been the fresh
           // one boiled).
           Line{"80g frozen peas, boiled", "usda-11313", 80},
           Line{"1 cup frozen peas, steamed", "usda-11313", 160},
           Line{"1 lb frozen broccoli florets, steamed", "usda-11093", 453.59},
           Line{"1 cup frozen broccoli florets", "usda-11092", 156},
           // Another name of a dry food, cooked, is the cooked one by vitk's own name.
           Line{"3/4 cup bulgur wheat, cooked", "bulgur", 136.5},
           // Names of the twenty-first diarist.
           Line{"8 oz 2% reduced fat milk", "milk-2-percent", 244},
           Line{"2 slices 100% whole wheat bread", "whole-wheat-bread", 64},
           Line{"\u0448\u043f\u0438\u043d\u0430\u0442 100 \u0433", "spinach", 100},
           Line{"\u0431\u0440\u043e\u043a\u043a\u043e\u043b\u0438 200 \u0433", "broccoli", 200},
           Line{"\u0633\u0628\u0627\u0646\u062e 200 \u063a\u0631\u0627\u0645", "spinach", 200},
           Line{"\u307b\u3046\u308c\u3093\u8349 100g", "spinach", 100},
           Line{"\u6c34\u716e\u86cb 2\u4e2a", "boiled-egg", 100},
           Line{"\uc0b6\uc740 \uacc4\ub780 2\uac1c", "boiled-egg", 100},
           Line{"2 qu\u1ea3 tr\u1ee9ng chi\u00ean", "fried-egg", 92},
           Line{"\u0e44\u0e02\u0e48\u0e14\u0e32\u0e27 1 \u0e1f\u0e2d\u0e07", "fried-egg", 46},
           Line{"huevos estrellados, 2", "fried-egg", 92},
           Line{"jajko sadzone", "fried-egg", 46},
           Line{"aguacate 1/2", "avocado", 68},
           Line{"can\u00f3nigos 50 g", "lambs-lettuce", 50},
           Line{"mussarela 3 fatias", "mozzarella", 85},
           Line{"ku\u0159ec\u00ed prsa 150 g", "chicken-breast", 150},
           Line{"murgh kaleji 100g", "chicken-liver", 100},
           Line{"1 cuisse de poulet r\u00f4tie", "chicken-leg", 199},
           Line{"frijoles de la olla 1 taza", "pinto-beans", 171},
           Line{"1/2 cup napa cabbage kimchi, chopped", "kimchi", 75},
           Line{"\ubc30\ucd94\uae40\uce58 100g", "kimchi", 100},
           Line{"3 slices center-cut bacon, crispy", "bacon", 24.3},
           Line{"2 beef franks", "frankfurter", 96},
           // Bone-in before the name is set aside, as after it, where the pieces are counted.
           Line{"4 bone-in chicken thighs, roasted", "chicken-thigh", 356},
           // A stick of string cheese is what a count of it counts (had been an error).
           Line{"1 stick string cheese", "mozzarella-part-skim", 28},
           Line{"2 sticks of string cheese", "mozzarella-part-skim", 56},
  });
  check_refused(catalog, at, {
           // A percentage after a comma that is not the food's (had been set aside).
           Refused{"3/4 cup Greek yogurt, 2%", "'2%' after a comma is not the percentage of 'Greek yogurt' (Yogurt, "
                                               "Greek, plain, whole milk) (expected a food of that percentage, such "
                                               "as one that 'vitk foods search Greek yogurt' lists)"},
           Refused{"4 oz ground beef, 90%", "'90%' after a comma is not the percentage of 'ground beef'"},
           Refused{"4 oz ground beef (10% fat)", "'10%' in parentheses is not the percentage of 'ground beef'"},
           // A weight with the bones of a food weighed without them (had been read as meat).
           Refused{"2 lbs chicken breasts, bone-in", "'bone-in' says the weight holds the bones, which 'chicken "
                                                     "breasts' (chicken-breast, Chicken breast, meat only, grilled) "
                                                     "is weighed without, and vitk does not know their share "
                                                     "(expected the meat's weight, or a count of the pieces without a "
                                                     "weight)"},
           Refused{"1 bone-in ribeye steak (12 oz)", "'bone-in' says the weight holds the bones"},
           Refused{"Four 10-ounce bone-in pork chops", "'bone-in' says the weight holds the bones"},
           Refused{"One 8- to 10-pound bone-in fresh ham", "'bone-in' says the weight holds the bones"},
           Refused{"1 kg chicken thighs (on the bone)", "'on the bone' says the weight holds the bones"},
           Refused{"500g bone-in pork chops", "'bone-in' says the weight holds the bones"},
           Refused{"2 bone-in chicken breasts (about 2 lbs total)", "'bone-in' says the weight holds the bones"},
           // Raw of a ham names a cured one, which vitk has not.
           Refused{"100 g rauwe ham", "unknown food 'rauwe ham'"},
           Refused{"roher Schinken 50 g", "unknown food 'roher Schinken'"},
           // A mixed number after the food is its amount (had been a stray number).
           Refused{"broccoli crowns, 1 1/2 lbs, cut into florets", "'cut into florets' after the amount '1 1/2 lbs' is "
                                                                   "no state of the food that vitk reads"},
  });
}

TEST_CASE("a percent sign apart, a chocolate's cacao, a kind in a parenthesis after a count, fresh or frozen, two "
          "words of frying, coffee-shop cups, counters and halves of other languages, and a twenty-second diarist's "
          "foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A percent sign apart from its number is the number's (`milk, 2 %` had been whole milk).
           Line{"1 cup milk, 2 %", "milk-2-percent", 244},
           Line{"1 cup 2 % milk", "milk-2-percent", 244},
           Line{"1 cup chocolate milk, 1 %", "chocolate-milk", 250},
           // A chocolate's percentage of cacao chooses USDA's dark chocolate of that much (`chocolate, 70% cacao` and
           // `chocolate (70% cocoa)` had been milk chocolate).
           Line{"20 g chocolate, 70% cacao", "dark-chocolate", 20},
           Line{"20 g chocolate (70% cocoa)", "dark-chocolate", 20},
           Line{"20 g dark chocolate 73% cocoa", "dark-chocolate", 20},
           Line{"20 g 70% cacao dark chocolate", "dark-chocolate", 20},
           Line{"20 g chocolate (65% cocoa solids)", "usda-19903", 20},
           Line{"20 g 60% dark chocolate", "usda-19903", 20},
           Line{"20 g 55% dark chocolate", "usda-19902", 20},
           Line{"20 g chocolate 50%", "usda-19902", 20},
           Line{"20 g chocolate (65%)", "usda-19903", 20},
           Line{"30 g chocolate (65%), melted", "usda-19903", 30},
           // Not of a percentage of something else, nor of a bar's note, nor of hot chocolate.
           Line{"30 g chocolate (sugar 50%)", "milk-chocolate", 30},
           Line{"1 dark chocolate bar, 72% cacao", "dark-chocolate", 101},
           Line{"1 mug hot chocolate (70% cocoa)", "hot-cocoa", 250},
           Line{"240g/9oz 66% cocoa quality dark chocolate", "usda-19903", 240},
           Line{"4 ounces 82% extra dark chocolate, melted", "dark-chocolate", 113.4},
           // Not of a chocolate whose name says its cacao, nor less than 45%, nor after other words: a note.
           Line{"4\u00bd ounces bittersweet chocolate (preferably 70% cacao), finely chopped", "usda-19903", 127.57},
           Line{"20g/\u00beoz unsweetened chocolate, 100% cocoa solids", "baking-chocolate", 20},
           Line{"50g/1\u00beoz dark chocolate (36% cocoa solids), melted", "dark-chocolate", 50},
           Line{"150g/5\u00bdoz plain chocolate, (around 35% cocoa solids), chopped", "dark-chocolate", 150},
           // More is the nearest, the 70-85% one.
           Line{"20 g chocolate 90%", "dark-chocolate", 20},
           Line{"20 g 99% cacao chocolate", "dark-chocolate", 20},
           // A colour or a bird in a parenthesis after a count, or a kind of a name that alone names no one food,
           // is a word of the name (`2 bell peppers (red)` had been green ones, `2 eggs (duck)` hen's eggs).
           Line{"2 bell peppers (red)", "red-pepper", 238},
           Line{"2 bell peppers (red), sliced", "red-pepper", 238},
           Line{"1 bell pepper (yellow)", "yellow-pepper", 119},
           Line{"100 g bell peppers (red)", "red-pepper", 100},
           Line{"2 eggs (duck)", "usda-01138", 140},
           Line{"2 tortillas (corn)", "corn-tortilla", 48},
           Line{"2 apples (green)", "granny-smith", 334},
           // Not a kind of a name that alone is a food.
           Line{"2 potatoes (russet)", "potato", 346},
           // Varieties that name a food of their own with the name.
           Line{"2 peppers (jalape\u00f1o)", "jalapeno", 28},
           Line{"2 potatoes (sweet)", "sweet-potato", 228},
           Line{"2 onions (spring)", "spring-onion", 30},
           Line{"2 cakes (rice)", "usda-19816", 18},
           Line{"2 tomatoes (green)", "usda-11527", 246},
           // Of fresh or frozen, the one written first counts (`fresh or frozen spinach` had been frozen).
           Line{"1 cup fresh or frozen spinach", "spinach", 30},
           Line{"1 cup fresh/frozen spinach", "spinach", 30},
           Line{"1 cup spinach, fresh or frozen", "spinach", 30},
           Line{"1 cup fresh or frozen cauliflower", "cauliflower", 107},
           Line{"1 cup frozen or fresh peas", "usda-11312", 134},
           Line{"\u00bd cup fresh or frozen white corn", "usda-11900", 77},
           Line{"2 cups fresh or frozen okra, sliced thin", "okra", 200},
           // Not where the food is thawed, which is the frozen one.
           Line{"1 cup chopped fresh or frozen broccoli, thawed", "usda-11092", 156},
           Line{"1 cup fresh or frozen corn kernels, thawed if frozen", "sweet-corn", 145},
           Line{"1 cup fresh or frozen spinach, defrosted", "usda-11463", 156},
           // Frozen yogurt is a food of its own.
           Line{"2 cups frozen yoghurt", "frozen-yogurt", 348},
           Line{"1 cup fresh or frozen peas (do not thaw)", "usda-11312", 134},
           Line{"FRESH OR FROZEN spinach 1 cup", "spinach", 30},
           // Nor where the words after them name no one food, or one that vitk has canned, frozen or dried.
           Line{"1 cup fresh or frozen mixed vegetables", "usda-11584", 182},
           Line{"1 cup fresh or frozen artichoke hearts", "usda-11010", 168},
           // Two words of frying are one (`pan fried` after an amount had been an error).
           Line{"beef liver 4 oz pan fried", "usda-13327", 113.4},
           Line{"beef liver 4 oz, pan fried", "usda-13327", 113.4},
           Line{"2 eggs, pan fried", "fried-egg", 92},
           Line{"2 eggs, pan-fried", "fried-egg", 92},
           Line{"100 g deep fried tofu", "fried-tofu", 100},
           Line{"100 g deep-fried tofu", "fried-tofu", 100},
           // Stir fried stays two words, as USDA writes it; in a parenthesis, pan fried too.
           Line{"1 cup mushrooms, stir fried", "usda-11263", 108},
           Line{"100 g stir fried tofu", "fried-tofu", 100},
           Line{"2 eggs (pan fried)", "fried-egg", 92},
           // A tall and a short before a coffee-shop drink are its cups, 12 and 8 fl oz.
           Line{"tall cappuccino", "cappuccino", 366.01},
           Line{"a short latte", "latte", 244},
           Line{"2 tall lattes", "latte", 732.01},
           Line{"tall hot chocolate", "hot-cocoa", 375.01},
           // Counters, a glass and halves of other languages.
           Line{"\u8c46\u6d46 1\u676f", "soy-milk", 243},
           Line{"\ubc25 \ud55c \uacf5\uae30", "white-rice", 158},
           Line{"\ubc25 1\uacf5\uae30", "white-rice", 158},
           Line{"\uacc4\ub780 \ub450 \uac1c", "egg", 100},
           Line{"\u043a\u0435\u0444\u0438\u0440 1 \u0441\u0442\u0430\u043a\u0430\u043d", "kefir", 245},
           Line{"\u043a\u0435\u0444\u0438\u0440 2 \u0441\u0442\u0430\u043a\u0430\u043d\u0430", "kefir", 490},
           Line{"\u092a\u093e\u0932\u0915 100 \u0917\u094d\u0930\u093e\u092e", "spinach", 100},
           Line{"medio aguacate", "avocado", 68},
           // A glass or a cup of another language alone, before the food.
           Line{"szklanka kefiru", "kefir", 245},
           Line{"\u0441\u0442\u0430\u043a\u0430\u043d \u043a\u0435\u0444\u0438\u0440\u0430", "kefir", 245},
           Line{"glas melk", "milk", 244},
           Line{"x\u00edcara de leite", "milk", 244},
           Line{"taza de espinacas", "spinach", 30},
           // The Russian millilitre and kilogram.
           Line{"\u043c\u043e\u043b\u043e\u043a\u043e 200 \u043c\u043b", "milk", 206.27},
           Line{"\u043c\u043e\u043b\u043e\u043a\u043e 1 \u043b", "milk", 1031.33},
           Line{"\u0433\u0440\u0435\u0447\u043a\u0430 0,2 \u043a\u0433", "buckwheat", 200},
           Line{"kaffee 250 ml", "coffee", 250.44},
           Line{"gai lan cooked 100 g", "usda-11969", 100},
           Line{"\u00bd cup fresh white corn", "usda-11900", 77},
           Line{"1 1/2 cups nonfat yogurt", "usda-01118", 367.5},
           Line{"6 maraschino cherries", "usda-09328", 30},
           Line{"2 oz salted peanuts", "roasted-peanuts", 56.7},
           Line{"3 cups salted or dry roasted peanuts", "roasted-peanuts", 438},
           Line{"1 cup vanilla frozen yogurt", "frozen-yogurt", 174},
           Line{"1/2 cup toasted pecans, finely chopped", "pecans", 54.5},
           Line{"1/2 cup toasted walnuts, chopped", "walnuts", 50},
           // Had been errors: no toasted hazelnuts, a nonfat yogurt of several.
           Line{"100g/4oz hazelnuts, shells removed, toasted", "hazelnuts", 100},
           Line{"1 cup yogurt, nonfat", "usda-01118", 245},
           Line{"media taza de espinacas", "spinach", 15},
           // Names of the twenty-second diarist.
           Line{"\u3072\u304d\u308f\u308a\u7d0d\u8c46 1\u30d1\u30c3\u30af", "natto", 40},
           Line{"\u3054\u98ef 150g", "white-rice", 150},
           Line{"\u6625\u83ca 100g", "usda-11157", 100},
           Line{"\u307b\u3046\u308c\u3093\u8349\u306e\u304a\u3072\u305f\u3057 70g", "spinach-cooked", 70},
           Line{"\uae40\uce58 100g", "kimchi", 100},
           Line{"\uacc4\ub780 2\uac1c", "egg", 100},
           Line{"\ub450\ubd80 200g", "tofu", 200},
           Line{"\u82a5\u5170 100\u514b", "usda-11994", 100},
           Line{"moong dal cooked 1 cup", "usda-16081", 202},
           Line{"\u0433\u0440\u0435\u0447\u043a\u0430 200 \u0433", "buckwheat", 200},
           Line{"ispanak 200 g", "spinach", 200},
           Line{"2 cucchiai di parmigiano grattugiato", "parmesan-grated", 10},
           Line{"1 1/2 cups low-sodium chicken stock", "usda-06970", 360},
           Line{"1 cup reduced sodium chicken stock", "usda-06183", 240},
           Line{"2 oz low-moisture part-skim mozzarella", "mozzarella-part-skim", 56.7},
           Line{"50 g low-moisture mozzarella", "usda-01027", 50},
           // A weight in parentheses after a count, and the same weight in other units after a comma or a
           // semicolon (had been set aside: the plantain's 179 g).
           Line{"1 ripe plantain (225 g, about 8 ounces), peeled", "usda-09277", 225},
           Line{"1 ripe plantain (225 g; about 8 ounces), peeled", "usda-09277", 225},
           Line{"2 cans (400 ml, 14 fl oz) coconut milk", "coconut-milk", 405.77},
           // The size a food is cut to, after a weight or a volume, is set aside (had been a stray number).
           Line{"2 pounds 1-inch thick pork chops", "pork-chop", 907.18},
           Line{"1 cup 1-inch pieces asparagus", "asparagus", 134},
           Line{"500 g 2-cm cubes pumpkin", "pumpkin", 500},
           Line{"1 lb 2-inch-thick salmon fillet", "raw-salmon", 453.59},
           // Ounces after whole pounds there are more of the weight, unless they agree with them.
           Line{"1 fresh pineapple (about 3 pounds, 4 ounces), peeled and cored", "pineapple", 1474.17},
           Line{"1 bunch spinach (1/2 lb, 8 oz), washed", "spinach", 226.8},
           Line{"1 can pumpkin (1 lb, 15 oz)", "usda-11424", 878.84},
           Line{"1 chicken breast (0.75 lb, 12 oz)", "chicken-breast", 340.19},
           Line{"2 chicken breasts (8 oz each, 225 g each)", "chicken-breast", 453.59},
  });
  check_refused(catalog, at, {
           // Cacao alone is unsweetened chocolate, a food of its own.
           Refused{"20 g 100% cacao chocolate", "'100% cacao' is chocolate of cacao alone, which is 'unsweetened "
                                                "chocolate' (expected that name, or a dark chocolate of 45-59%, "
                                                "60-69% or 70-85% cacao; see: vitk foods search chocolate)"},
           // A coffee-shop cup of a cold drink holds its ice.
           Refused{"tall iced latte", "a tall cup of a cold drink holds its ice too"},
           // A tall or a short is a cup only before a drink.
           Refused{"short espresso", "unknown food 'short espresso'"},
           Refused{"tall hot sauce", "unknown food 'tall hot sauce'"},
           // Each size after a weight is set aside, so that another food after a comma is still one.
           Refused{"1 lb 2-inch pieces kale, 2 cups 1-inch pieces collard greens",
                   "'2 cups 1-inch pieces collard greens' after the comma is an amount of another food"},
           // Frozen yogurt is never a yogurt that is frozen.
           Refused{"1 cup nonfat frozen yogurt", "unknown food 'nonfat frozen yogurt'"},
           Refused{"1 cup frozen yogurt, nonfat", "'nonfat' after 'frozen yogurt' may name a kind of it with less fat"},
           // Not after a count, whose pieces it may be.
           Refused{"2 1-inch pieces ginger", "stray number '1-inch'"},
           // The second weight in the parenthesis disagrees with the first.
           Refused{"1 plantain (225 g, about 12 ounces)", "'12 ounces' is 340.2 g, but the amount before it is 225 g: "
                                                          "they differ by more than 5%"},
  });
}

TEST_CASE("a kind in a parenthesis after a count, a list of foods in a parenthesis, a chocolate's cacao before its "
          "amount, less salt, a double espresso, numbers of more languages, and a twenty-third diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A word in a parenthesis after a count that names a food with the name, which weighs a piece as the
           // name's food does, is read with it (had been set aside: two hen's eggs).
           Line{"2 eggs (goose)", "usda-01139", 288},
           Line{"2 eggs (duck)", "usda-01138", 140},
           Line{"2 tomatoes (cherry)", "tomato", 34},
           // Not a whole cake for a piece, nor a food without pieces.
           Line{"1 cake (chocolate)", "cake", 67},
           Line{"1 potato (mashed)", "potato", 173},
           // Italian milk.
           Line{"un bicchiere di latte", "milk", 244},
           Line{"200 ml di latte", "milk", 206.27},
           Line{"1 cup steamed brocoli", "broccoli-cooked", 156},
           Line{"2 eggs (large)", "egg", 100},
           Line{"1 punnet blueberries (125g)", "blueberries", 125},
           Line{"1 lemon (juice)", "lemon-juice", 48},
           // A list of the food's kinds, a choice, or what the food is free of, is a note; so are the ingredients of
           // a dish.
           Line{"1 cup salsa (tomato, onion, cilantro)", "salsa", 260},
           Line{"1 cup guacamole (2 avocados, mashed)", "guacamole", 246},
           Line{"1 cup tomatoes (cherry, halved)", "tomato", 149},
           Line{"400g/14oz grated cheese (cheddar, Monterey jack, mozzarrella)", "cheddar", 400},
           Line{"8 ounces pork shoulder (chicken, beef, and shrimp work as well)", "usda-10070", 226.8},
           Line{"\u00bd cup mayonnaise (soy, egg, and gluten-free)", "mayonnaise", 110},
           Line{"0.25 lb thinly sliced onions (spring, green, red, yellow\u2014doesn\u2019t matter)", "onion", 113.4},
           Line{"chicken breast (boneless, skinless) 200g", "chicken-breast", 200},
           // A chocolate's cacao in a parenthesis before its amount (had been milk chocolate).
           Line{"chocolate (65%) 30g", "usda-19903", 30},
           Line{"chocolate (65%) 1 bar", "usda-19903", 112},
           Line{"dark chocolate (70%) 20g", "dark-chocolate", 20},
           // Less salt changes no vitamin K.
           Line{"4 cups low sodium vegetable broth", "vegetable-stock", 884},
           Line{"4 cups low-sodium vegetable broth", "vegetable-stock", 884},
           Line{"1 tbsp low sodium soy sauce", "usda-16424", 14.2},
           Line{"1 cup unsalted butter", "butter-unsalted", 227},
           Line{"2 (14.5 oz) cans fire-roasted diced tomatoes", "canned-tomatoes", 822.14},
           // A double espresso is two shots, a shot USDA's fluid ounce.
           Line{"double espresso", "espresso", 59.2},
           Line{"a double espresso", "espresso", 59.2},
           Line{"2 shots espresso", "espresso", 59.2},
           // Numbers, glasses and spoons of more languages.
           Line{"un verre de vin rouge", "red-wine", 147},
           Line{"un vaso de leche", "milk", 244},
           Line{"vino tinto 1 copa", "red-wine", 147},
           Line{"dwa jajka", "egg", 100},
           Line{"tres huevos", "egg", 150},
           Line{"tv\u00e5 \u00e4gg", "egg", 100},
           Line{"ett glas mj\u00f6lk", "milk", 244},
           Line{"\u0142y\u017cka mas\u0142a", "butter", 14.2},
           Line{"\u0441\u043c\u0435\u0442\u0430\u043d\u0430 2 \u0441\u0442. \u043b.", "sour-cream", 24},
           Line{"\u0441\u043c\u0435\u0442\u0430\u043d\u0430 1 \u0441\u0442.\u043b.", "sour-cream", 12},
           Line{"1 Becher Joghurt", "yogurt", 170},
           Line{"2 sneetjes volkorenbrood", "whole-wheat-bread", 64},
           Line{"\uae40 5\uc7a5", "nori", 13},
           Line{"\u6d77\u82d4 1\u679a", "nori", 2.6},
           Line{"white bread 2\u679a", "white-bread", 58},
           Line{"\u725b\u5976 250\u6beb\u5347", "milk", 257.83},
           Line{"un caff\u00e8", "espresso", 29.6},
           // Names of the twenty-third diarist.
           Line{"una manzana", "apple", 182},
           Line{"2 Kartoffeln", "potato", 346},
           Line{"kaas 2 plakjes", "gouda", 56},
           Line{"100 g wortel rauw", "carrot", 100},
           Line{"\u308f\u304b\u3081 10g", "usda-11669", 10},
           Line{"\u767d\u83dc 200\u514b", "napa-cabbage", 200},
           Line{"\u725b\u4e73 200ml", "milk", 206.27},
           Line{"snijbonen 150 gram", "runner-beans", 150},
           Line{"feij\u00e3o 150 g", "pinto-beans", 150},
           Line{"1 taza de arroz cocido", "white-rice", 158},
           Line{"2 c. \u00e0 caf\u00e9 de moutarde", "mustard", 10},
           Line{"due fette di pane", "white-bread", 58},
           Line{"chleb \u017cytni 2 kromki", "rye-bread", 64},
           Line{"k\u00f6ttbullar 150 g", "meatballs", 150},
           Line{"\u043e\u0432\u0441\u044f\u043d\u043a\u0430 250 \u0433", "porridge", 250},
  });
  check_refused(catalog, at, {
           // A list of other foods of its kind after a word that may mean several foods (had been romaine).
           Refused{"salad (kale, spinach, arugula)", "'kale' is another food (kale, Kale, raw)"},
           // A suggestion is the food's id where it is a near spelling too, not a name of another language.
           Refused{"carots", "did you mean 'carrot'?"},
           // What a food is served with names no food (had suggested a grilled chicken sandwich with tomato).
           Refused{"grilled tomato, half", "'tomato' is known (Tomatoes, red, ripe, raw), but no 'grilled' form of it"},
           // An amount with pods or shells is no amount of the shelled food.
           Refused{"1 cup edamame in pods", "'in pods' says the amount holds the pods or shells, which 'edamame'"},
           Refused{"1 pound English peas in the pod, shelled", "'in the pod' says the amount holds the pods or shells"},
           // What a German or a Dutch item says a fish is packed in chooses it too (had been tuna in water).
           Refused{"100 g Thunfisch in \u00d6l", "'in \u00d6l' is not what 'Thunfisch' (tuna, Tuna, light, canned in "
                                                   "water, drained) is"},
           // A number word of another language before a name with an amount in digits is a word of the name.
           Refused{"tres leches cake 1 slice", "unknown food 'tres leches cake'"},
           Refused{"Uno pizza 1 slice", "unknown food 'Uno pizza'"},
           // Pommes are chips in German and apples in French.
           Refused{"150 g Pommes", "unknown food 'Pommes'"},
           // The with of other languages joins two foods.
           Refused{"Kaffee mit Milch", "'Kaffee mit Milch' names two foods"},
           // A suggestion at one slip: a transposition first, then the longer beginning, then the same length.
           Refused{"wien", "did you mean 'wine' or"},
           Refused{"mikl", "did you mean 'milk' or"},
           Refused{"teh", "did you mean 'tea'?"},
           // An unknown name is quoted with its words of less salt, as written.
           Refused{"1 tbsp low sodium xyzzy sauce", "unknown food 'low sodium xyzzy sauce'"},
           // The size a food is cut to is no stray number, so that an unknown name is said to be one.
           Refused{"1 lb baby corn in 1-inch pieces", "unknown food 'baby corn in 1-inch pieces'"},
           // Two seasonings to taste are two foods (had been said to be ambiguous between cooked peppers).
           Refused{"salt and pepper to taste", "'salt and pepper to taste' names two foods, 'salt' (salt, Salt, table) "
                                               "and 'pepper' (black-pepper, Pepper, black)"},
  });
  check_reads(catalog, at, {
           Line{"1/4 cup low-sodium canned chicken broth", "usda-06970", 60},
           Line{"3 cups low-sodium, store-bought beef broth", "usda-06188", 657},
           Line{"1 15-ounce can no-salt-added whole tomatoes", "canned-tomatoes", 425.24},
           Line{"2 cups diced celery, plus the chopped leaves", "celery", 202},
           // A chocolate's cacao before a bar in words (had been milk chocolate or a malformed quantity).
           Line{"chocolate (70%) half a bar", "dark-chocolate", 50.5},
           Line{"70% chocolate half a bar", "dark-chocolate", 50.5},
           Line{"chocolate (70%) one bar", "dark-chocolate", 101},
           Line{"chocolate (85%) a quarter bar", "dark-chocolate", 25.25},
           Line{"chocolate (70%) a bar", "dark-chocolate", 101},
           Line{"chocolate (70%) a half bar", "dark-chocolate", 50.5},
           // A recipe's count of meat with its weight is weighed raw, as its weight is; so are thigh fillets.
           Line{"4 boneless, skinless chicken breasts (about 2 lbs)", "usda-05062", 907.18},
           Line{"600g chicken thigh fillets, cut into 3cm pieces", "usda-05096", 600},
           // More words of other languages.
           Line{"1 EL Schnittlauch", "chives", 3},
           Line{"salade verte 100 g", "romaine", 100},
           Line{"\u00e9pinards frais 100g", "spinach", 100},
           Line{"spinaci lessi 200 g", "spinach-cooked", 200},
           Line{"een kop koffie", "coffee", 237},
           Line{"een beker melk", "milk", 244},
           Line{"1 glass vin ros\u00e9", "rose-wine", 151.5},
           Line{"un bol de riz", "white-rice", 158},
           // Pods and shells said of the food as bought, or before a word that it was shelled, are notes.
           Line{"2 cups shelled fresh peas (from about 2 pounds English peas in the pod)", "peas", 290},
           Line{"250g/9oz free-range eggs, weighed in their shells (about 4 medium eggs)", "egg", 250},
           // Another choice's weight weighs no count.
           Line{"3 medium parsnips, peeled and cut into wedges, or 200 g baby parsnips scrubbed", "parsnip", 480},
           // Of two names that share their end (had been roast chicken).
           Line{"8 cups low-sodium chicken or duck stock", "chicken-stock", 1920},
           Line{"1 cup low-sodium chicken or vegetable broth", "usda-06194", 249},
  });
}

TEST_CASE("frozen in a parenthesis after the amount, a name glued to its amount, an amount or so, pieces of a "
          "weight, a little bit, a boiled food of a name read baked, and a twenty-fifth and sixth diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Frozen in a parenthesis after the amount chooses the frozen food, as before it does (had been the
           // fresh food's cup, a fifth of the frozen one's).
           Line{"spinach 1 cup (frozen)", "usda-11463", 156},
           Line{"peas 1 cup (frozen)", "usda-11312", 134},
           Line{"peas 1 cup (from frozen)", "usda-11312", 134},
           // A count of pieces weighs as much frozen, where the frozen food has no such piece.
           Line{"broccoli 1 spear (frozen)", "broccoli", 31},
           Line{"pizza 2 (frozen)", "pizza", 1682},
           // A count of packages of a weight weighs the frozen food (had been the raw one).
           Line{"2 (10 ounce) packages frozen whole kernel corn, thawed", "usda-11178", 566.99},
           Line{"2 (10 ounce) packages frozen broccoli florets, thawed", "usda-11092", 566.99},
           Line{"1 cup spinach (frozen)", "usda-11463", 156},
           // Not a choice, nor a condition.
           Line{"spinach 1 cup (fresh or frozen)", "spinach", 30},
           Line{"1 cup peas (thawed if frozen)", "peas", 145},
           // A name glued to its amount.
           Line{"kale200g", "kale", 200},
           Line{"milk250ml", "milk", 257.83},
           Line{"v8 1 cup", "usda-11578", 253},
           // `or so` after an amount is rough, as `about` is.
           Line{"a cup or so of kale", "kale", 16},
           Line{"2 cups (or so) kale", "kale", 32},
           Line{"2 (or so) eggs", "egg", 100},
           Line{"kale 2 cups or so", "kale", 32},
           Line{"2 tbsp or so runny honey", "honey", 42},
           // Pieces of a weight, counted.
           Line{"2 x 30g slices gouda", "gouda", 60},
           Line{"2 x 30 g slices of gouda", "gouda", 60},
           Line{"1 x 30g/1oz slice of ham", "ham", 30},
           // A way of cooking that a name read as cooked otherwise is not (vitk's potato is baked).
           Line{"2 gekookte aardappelen", "boiled-potato", 334},
           Line{"aardappelen gekookt 200 g", "boiled-potato", 200},
           Line{"cooked drumsticks 2", "chicken-drumstick", 106},
           Line{"roasted potatoes 100 g", "potato", 100},
           // Swedish one and cup, the Japanese counter of long things.
           Line{"en banan", "banana", 118},
           Line{"en kopp kaffe", "coffee", 237},
           Line{"1 kopp kaffe", "coffee", 237},
           Line{"en skiva ost", "cheddar", 28},
           Line{"\u30d0\u30ca\u30ca 1\u672c", "banana", 118},
           Line{"\u305f\u307e\u3054 1\u500b", "egg", 50},
           // Names of more languages.
           Line{"1 glas sinaasappelsap", "orange-juice", 248},
           Line{"ein Glas Apfelsaft", "apple-juice", 248},
           Line{"un verre de jus d'orange", "orange-juice", 248},
           Line{"szklanka mleka", "milk", 244},
           Line{"100 g szpinaku", "spinach", 100},
           Line{"\u9d8f\u3080\u306d\u8089 100g", "chicken-breast", 100},
           // English names.
           Line{"cottage cheese 4% 1 cup", "cottage-cheese", 210},
           Line{"2 pork tamales", "tamale", 284},
           Line{"sweet tea 16 oz", "iced-tea", 472.99},
           Line{"1 1/2 cups low-fat buttermilk", "buttermilk", 367.5},
           Line{"2 whole wheat rotis", "usda-28285", 86},
  });
  check_refused(catalog, at, {
           // The frozen food has no serving: never the fresh one's.
           Refused{"spinach 1 serving (frozen)", "'frozen spinach' (usda-11463"},
           Refused{"a little bit of mayo", "'little bit' is no amount that vitk has a weight for"},
           // A word of Japanese is suggested no food by slips of its bytes.
           Refused{"\u30c8\u30a6\u30d5 100g", "unknown food '\u30c8\u30a6\u30d5' (see: vitk foods search"},
           // The Japanese counter of long things counts a drink's bottles, of no set size.
           Refused{"\u30d3\u30fc\u30eb 1\u672c", "counts bottles of"},
           Refused{"1\u672c wine", "counts bottles of 'wine'"},
           // An English way of cooking of a name that reads as a cooked food still asks which food.
           Refused{"boiled drumsticks", "'boiled drumsticks' is ambiguous"},
           Refused{"fried liver 100 g", "'fried liver' is ambiguous"},
           Refused{"150 g Pommes", "unknown food 'Pommes'"},
           Refused{"farmer cheese 100g", "unknown food 'farmer cheese'"},
           // A glued number is split only as an item's one amount, of a weight or a volume.
           Refused{"cup4cup flour 100g", "unknown food 'cup4cup flour'"},
           Refused{"omega3s 2 capsules", "unknown food 'omega3s'"},
  });
}

TEST_CASE("a diary app's slice and sizes, Portuguese one and two, Italian cup, Portuguese glass, a Japanese glass said "
          "twice, and a twenty-seventh diarist's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A diary app's abbreviations of a slice and of sizes, after the number too.
           Line{"2 sl wholemeal bread", "whole-wheat-bread", 64},
           Line{"toast 2 sl", "toast", 44},
           Line{"courgette 1 med", "zucchini", 196},
           Line{"banana 1 lg", "banana", 136},
           Line{"onion 1 sm", "onion", 70},
           Line{"1 med banana", "banana", 118},
           // Portuguese one, Italian cup, Portuguese glass.
           Line{"um ovo cozido", "boiled-egg", 50},
           Line{"um copo de leite", "milk", 244},
           Line{"una tazza di t\u00e8", "black-tea", 237},
           Line{"ein gekochtes Ei", "boiled-egg", 50},
           Line{"\u725b\u4e73 \u30b3\u30c3\u30d71\u676f", "milk", 244},
           // Names of diaries.
           Line{"dark choc 20g", "dark-chocolate", 20},
           Line{"hommus 2 tbsp", "hummus", 30},
           Line{"chapathi 2", "usda-28285", 86},
           Line{"ginger nuts x2", "usda-18172", 14},
           Line{"hot chips 150g", "french-fries", 150},
           Line{"naan 1 pc", "usda-28287", 106},
           Line{"fruit cake 1 slice", "usda-18110", 43},
           Line{"cucumber 3 slices", "cucumber", 21},
           Line{"2 sneetjes bruin brood", "whole-wheat-bread", 64},
           Line{"tv\u00e5 skivor br\u00f6d", "white-bread", 58},
           Line{"ser \u017c\u00f3\u0142ty 2 plasterki", "gouda", 56},
           Line{"2 fatias de p\u00e3o", "white-bread", 58},
           Line{"szklanka soku pomara\u0144czowego", "orange-juice", 248},
           Line{"\u307f\u304b\u3093 2\u500b", "tangerine", 176},
           Line{"\u7dd1\u8336 1\u676f", "green-tea", 245},
           Line{"\uc0ac\uacfc 1\uac1c", "apple", 182},
  });
  check_refused(catalog, at, {
           // USDA counts shortbread by the cookie, and has no bottle of Ensure.
           Refused{"shortbread 2 fingers", "'shortbread' (usda-18192"},
           Refused{"ensure 1 bottle", "'ensure' (usda-14062"},
  });
}

TEST_CASE("items copied from a tracker, and the names of a twenty-eighth and twenty-ninth newcomer's diary") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // USDA's words for the size of a piece, as trackers copy them, say no other amount.
           Line{"Apple, raw, with skin, 1 medium (3\" dia)", "apple", 182},
           Line{"Tomatoes, red, ripe, raw, 1 medium whole (2-3/5\" dia)", "tomato", 123},
           Line{"Banana, raw, 1 large (8\" to 8-7/8\" long)", "banana", 136},
           Line{"Tortillas, flour, 1 medium (approx 8\" dia)", "flour-tortilla", 48},
           Line{"1 medium apple (3 inch dia)", "apple", 182},
           // USDA's own name of a food that vitk names otherwise.
           Line{"Salmon, Atlantic, farmed, cooked, dry heat, 3 oz", "salmon", 85.05},
           Line{"Cottage cheese, lowfat, 2% milkfat, 1/2 cup", "low-fat-cottage-cheese", 113},
           Line{"Tuna, light, canned in water, drained solids, 1 can", "tuna", 165},
           Line{"Vinegar, cider, 1 tbsp", "usda-02048", 14.9},
           // A fruit is one whole piece of a fruit or a vegetable.
           Line{"Avocados - raw, 1/2 fruit", "avocado", 68},
           Line{"banana 1 fruit", "banana", 118},
           // The weight given with a piece counts over USDA's piece.
           Line{"Whole wheat bread, 1 slice (28g)", "whole-wheat-bread", 28},
           Line{"cheddar (1 slice, 21g)", "cheddar", 21},
           Line{"1 medium (150 g) apple", "apple", 150},
           Line{"10 slices (6 ounces) bacon", "bacon", 170.1},
           Line{"2 slices (56g) bread", "white-bread", 56},
           Line{"4 thin slices (about 2 ounces) Swiss cheese", "swiss-cheese", 56.7},
           // USDA's salted twin of vitk's food made from the unsalted one gives way to it; butter stays butter.
           Line{"2 tablespoons butter, plus additional butter for the pan", "butter", 28.4},
           // A crispbread is counted as one.
           Line{"kn\u00e4ckebr\u00f6d 2 st", "usda-18216", 20},
           // Names.
           Line{"double cheeseburger", "usda-21094", 155},
           Line{"egg drop soup 1 cup", "usda-27000", 241},
           Line{"1 snee bruinbrood", "whole-wheat-bread", 32},
           Line{"lechuga 1 taza", "romaine", 47},
           Line{"fromage blanc 100g", "quark", 100},
           Line{"frijoles de olla 1 cup", "pinto-beans", 171},
           Line{"\u713c\u304d\u9bad 100g", "salmon", 100},
           Line{"banana prata 2", "banana", 236},
           // A container or a vessel after the food, with no number, is one of it.
           Line{"diet coke can", "diet-cola", 355},
           Line{"coffee mug", "coffee", 237},
           Line{"natto pack", "natto", 40},
           // Polish, Korean.
           Line{"kromka chleba", "white-bread", 29},
           Line{"banan 1 sztuka", "banana", 118},
           Line{"200 g broku\u0142\u00f3w", "broccoli", 200},
           Line{"szklanka kefiru naturalnego", "kefir", 245},
           Line{"2 jajka na mi\u0119kko", "boiled-egg", 100},
           Line{"\ub370\uce5c \uc2dc\uae08\uce58 100g", "spinach-cooked", 100},
           Line{"8 oz whole wheat spaghetti, uncooked", "usda-20124", 226.8},
           Line{"whole wheat spaghetti 1 cup", "usda-20125", 151},
           Line{"1 cup soybeans, dry roasted", "usda-16111", 93},
           Line{"soy nuts 1 oz", "usda-16111", 28.35},
           // A sliced vegetable without a cup of slices is measured shredded; a cheese is not.
           Line{"2 cups thinly sliced red cabbage", "red-cabbage", 140},
           Line{"1 cup sliced cheddar", "cheddar", 132},
           // Chinese numerals glued to a counter.
           Line{"\u4e24\u4e2a\u9e21\u86cb", "egg", 100},
           Line{"\u4e00\u676f\u725b\u5976", "milk", 244},
           Line{"\u7c73\u996d\u4e00\u7897", "white-rice", 158},
           Line{"\u534a\u7897\u7c73\u996d", "white-rice", 79},
           // USDA's name of a food that vitk names otherwise, without its salted twin.
           Line{"Brussels sprouts, cooked, boiled, 1/2 cup", "brussels-sprouts-cooked", 78},
  });
  check_refused(catalog, at, {
           // A size in inches in a parenthesis after a count and a unit, before the food, is no size vitk reads,
           // nor one after a size that follows the piece.
           Refused{"1 piece (4\" sq) cornbread", "malformed quantity"},
           Refused{"Cabbage, raw, 1 head, large (about 7\" dia)", "malformed quantity"},
           // A fruit is no head of a vegetable.
           Refused{"1 fruit cabbage", "has no portion 'fruit'"},
           // A weight far from the piece's, or given with several pieces, is checked.
           Refused{"1 slice (280g) bread", "'280g' is 280 g, but the amount before it is 29 g"},
           Refused{"2 slices (28g) bread", "'28g' is 28 g, but the amount before it is 58 g"},
           // A way of cooking that the food has no form of is named, with the cooked form there is.
           Refused{"sauteed spinach 1 cup", "vitk has 'spinach cooked' (spinach-cooked, Spinach, cooked, boiled"},
           Refused{"fresh thyme 1 tsp", "no 'fresh' form of it, and a state that changes vitamin K is not set aside ("},
           Refused{"oj small glass", "has no small glass"},
           Refused{"kale cup", "expected a quantity before 'cup'"},
  });
}

TEST_CASE("nuts and dried fruit counted by their pieces, as USDA counts them in its measures") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A piece that a USDA measure counts in parentheses is that measure divided by its count.
           Line{"nine walnut halves", "walnuts", 18},
           Line{"2 walnut halves", "walnuts", 4},
           Line{"5 walnuts", "walnuts", 20},
           Line{"1 walnut", "walnuts", 4},
           Line{"10 pecan halves", "pecans", 14.92},
           Line{"6 macadamia nuts", "macadamia", 15.462},
           // Pieces borrowed from a food of the same kind, and USDA's own counts.
           Line{"10 cashews", "cashews", 15.75},
           Line{"15 peanuts", "peanuts", 15},
           Line{"10 roasted peanuts", "roasted-peanuts", 10},
           Line{"20 raisins", "raisins", 10.4},
           Line{"10 pine nuts", "pine-nuts", 1.7},
           Line{"50g hazelnuts, plus 8 whole hazelnuts, to serve", "hazelnuts", 61.2},
           Line{"10 hazelnuts", "hazelnuts", 14},
           Line{"10 almonds", "almonds", 12},
           Line{"20 pistachios", "pistachios", 14},
  });
  check_refused(catalog, at, {
           // A pecan may be a half or a whole nut of two.
           Refused{"10 pecans", "'pecans' has no portion of one piece, so a count of 10 is no weight"},
  });
}

TEST_CASE("a cook's note after a comma that opens with or is set aside, and shares no name with the food") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"3 tbsp vegetable oil, or enough to coat the bottom of your pan", "soybean-oil", 40.8},
           Line{"2 cups canola oil, or enough to reach halfway up the cake when frying", "canola-oil", 436},
           Line{"1 tbsp butter, or to taste", "butter", 14.2},
           Line{"1 large onion, or a couple of large spring onions", "onion", 150},
           Line{"2 tbsp olive oil, or your favorite oil for frying", "olive-oil", 27},
           Line{"2 tablespoons butter, or more olive oil", "butter", 28.4},
           // A list of kinds before `or` still shares the name that ends it, after `other` too where vitk has it.
           Line{"1 cup chicken, or vegetable stock", "chicken-stock", 240},
           Line{"1 cup chicken, beef, or vegetable stock", "chicken-stock", 240},
           Line{"2 tablespoons canola, corn or other neutral-flavored oil", "canola-oil", 28},
           Line{"10 leaves of bibb, Boston, or other tender lettuce", "butterhead-lettuce", 50},
           Line{"1 pound kale, collards, or other greens", "kale", 453.59},
           Line{"3/4 cup heavy cream, or another cup milk", "heavy-cream", 178.5},
           // A mixed number in the second part of an amount.
           Line{"1 cup plus 1 1/2 tablespoons dry breadcrumbs", "breadcrumbs", 118.125},
           Line{"1 tablespoon plus 1 \u00bd teaspoons peanut oil", "peanut-oil", 20.25},
           Line{"1 lb 1 1/2 oz beef", "beef", 496.12},
           // A note of states after two foods joined by `or` is of the first one read.
           Line{"1 cup spinach or kale, cooked", "spinach-cooked", 180},
           Line{"2 cups broccoli or cauliflower, steamed", "broccoli-cooked", 312},
           Line{"2 cups spaghetti or linguine, uncooked", "usda-20120", 182},
           Line{"1 cup chicken broth, homemade or canned", "usda-06194", 249},
           // Not cooked is uncooked.
           Line{"0.5 lb spaghetti (not cooked)", "usda-20120", 226.8},
           Line{"1 cup rice, not cooked", "raw-rice", 185},
           Line{"1 lb dried tagliatelle or fettuccine", "usda-20120", 453.59},
           Line{"8 oz rotini (uncooked)", "usda-20120", 226.8},
           // A state of a first name that vitk does not know is said of the second, never dropped.
           Line{"8 ounces dried pappardelle pasta or fettuccine", "usda-20120", 226.8},
           Line{"2 cups cooked brown or white rice", "white-rice", 316},
           Line{"1/2 cup uncooked small shell pasta or elbow macaroni", "usda-20120", 32},
           Line{"1 cup cubed cooked turkey or chicken", "roast-chicken", 140},
  });
  check_reads(catalog, at, {
           // Not a note that is itself a choice, nor the states of a frozen food, which its own reading takes.
           Line{"1 cup chicken broth or stock, homemade or canned", "usda-06194", 249},
           Line{"1/2 cup frozen spinach or kale, uncooked", "usda-11463", 78},
           // A cut that the item denies, and a meal eaten, are no measure of the food.
           Line{"2 tbsp almonds, not ground", "almonds", 17.875},
           Line{"1/4 cup flaxseed, not ground", "flaxseed", 42},
           Line{"1 cup almonds, with a meal", "almonds", 143},
  });
  check_refused(catalog, at, {
           Refused{"1 cup finely shredded smoked Gouda or Cheddar cheese", "unknown food"},
           // The note's states are of the first food, which vitk does not have so: never the second.
           Refused{"1 cup arugula or spinach, cooked", "unknown food 'arugula or spinach, cooked'"},
           Refused{"1 cup shrimp or chicken, grilled", "unknown food"},
  });
  check_refused(catalog, at, {
           // The unknown food is named without the note.
           Refused{"1 tablespoon aged red-wine vinegar, or more to taste", "unknown food 'aged red-wine vinegar'"},
           // After `or other`, the name is shared or the item is an error, never the first word alone.
           Refused{"1/4 cup chopped parsley, or other herb or mixture of herbs", "unknown food"},
           Refused{"1 lb spinach, or other fresh pasta", "unknown food 'spinach, or other fresh pasta'"},
           Refused{"1 tbsp hazelnut, or other nut oil", "unknown food"},
  });
}

TEST_CASE("a meal of nuts or seeds is measured as the ground ones, and names that recipes use for USDA's foods") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // A meal or milled seeds are measured by the food's ground measure.
           Line{"almond meal 1 cup", "almonds", 95},
           Line{"flaxseed meal 2 tbsp", "flaxseed", 14},
           Line{"2 tbsp milled flaxseed", "flaxseed", 14},
           Line{"1 cup almonds", "almonds", 143},
           // Another volume of the food cut so, by the density of the measure that USDA gives of it.
           Line{"1/2 cup flaxseed meal", "flaxseed", 56},
           Line{"4 tbsp almond meal", "almonds", 23.75},
           Line{"\u00be cup (175 mL) almond meal (flour)", "almonds", 71.25},
           Line{"2 tbsp sliced almonds", "almonds", 11.5},
           // Names.
           Line{"500 g tagliatelle", "pasta", 500},
           Line{"8 oz fettuccine", "pasta", 226.8},
           Line{"1 lb rigatoni", "pasta", 453.59},
           Line{"salmon caviar 1 tbsp", "caviar", 16},
           Line{"ikura 20g", "caviar", 20},
           Line{"cracked pepper 1 tsp", "black-pepper", 2.3},
           Line{"2 tbsp grain mustard", "wholegrain-mustard", 31.13},
           Line{"1 tbsp grenadine", "usda-42040", 20},
           Line{"1/4 cup cocktail sauce", "usda-27051", 60},
           Line{"10 ritz crackers", "usda-18621", 33},
           Line{"1 tbsp dried onion flakes", "usda-11284", 5},
           Line{"1 oz creme de menthe", "usda-14034", 33.6},
           Line{"1 package instant vanilla pudding mix", "usda-19202", 99},
           Line{"1 cup croutons", "usda-18243", 40},
           Line{"2 tablespoons Worcestershire sauce, or to taste", "usda-06971", 34},
           // A package of a food that USDA weighs by the packet is its packet; one with a package is that.
           Line{"1 package active dry yeast", "dry-yeast", 7.2},
           Line{"2 pkg yeast", "dry-yeast", 14.4},
           Line{"1 package cream cheese", "cream-cheese", 85},
           // A fermented pickle of cabbage alone is FDA's reference amount of a pickle, not USDA's cup.
           Line{"kimchi", "kimchi", 30},
           Line{"sauerkraut", "sauerkraut", 30},
           Line{"sauerkraut 1 cup", "sauerkraut", 142},
  });
}

TEST_CASE("a container of the food with its weight or volume after the food holds that amount") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"punnet of blueberries 125g", "blueberries", 125},
           Line{"bag of spinach 200g", "spinach", 200},
           Line{"tub of greek yogurt 500g", "greek-yogurt", 500},
           Line{"a glass of milk 250 ml", "milk", 257.83},
           Line{"pack of natto 45g", "natto", 45},
           Line{"jar of pesto 190g", "pesto", 190},
           Line{"a bowl of oatmeal 250g", "porridge", 250},
  });
  check_refused(catalog, at, {
           // A can's or a tin's weight is its net weight, which a drained food is not weighed by.
           Refused{"can of tuna 120g", "a can's weight is its net weight"},
           Refused{"bag of spinach", "has no portion 'bag'"},
           // A `w` alone between two words is `with`.
           Refused{"bowl of muesli w milk", "names two foods, 'muesli'"},
  });
}

TEST_CASE("a number glued after a Chinese, Japanese or Korean word, and a Japanese bowl of rice") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"\u3054\u98ef150g", "white-rice", 150},
           Line{"\u5375" "2\u500b", "egg", 100},
           Line{"\u7c73\u996d" "1\u7897", "white-rice", 158},
           Line{"\uacc4\ub780" "2\uac1c", "egg", 100},
           Line{"\u7d0d\u8c46" "1\u30d1\u30c3\u30af", "natto", 40},
           Line{"\u307b\u3046\u308c\u3093\u8349" "100g", "spinach", 100},
           // The Japanese counter of cups counts bowls of rice, and glasses of a drink.
           Line{"\u3054\u98ef 1\u676f", "white-rice", 158},
           Line{"\u3054\u98ef" "1\u676f", "white-rice", 158},
           Line{"\u725b\u4e73" "1\u676f", "milk", 244},
           Line{"\u725b\u4e73 \u30b3\u30c3\u30d7" "1\u676f", "milk", 244},
  });
}

TEST_CASE("a size in inches names the piece of that size that USDA measures") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // After the count: USDA's tortilla (approx 10" dia), 72 g; a range (7-8" dia) names each end.
           Line{"1 10-inch flour tortilla", "flour-tortilla", 72},
           Line{"2 6-inch flour tortillas", "flour-tortilla", 60},
           Line{"1 12 inch flour tortilla", "flour-tortilla", 117},
           Line{"2 8\" flour tortillas", "flour-tortilla", 98},
           Line{"a 7-inch flour tortilla", "flour-tortilla", 49},
           // The one piece of that size, of whatever name (USDA's large tomato is 3" across).
           Line{"1 3-inch tomato", "tomato", 182},
           // In parentheses after the count and the food, or after a tracker's count of USDA's measure.
           Line{"2 flour tortillas (approx 10\" dia)", "flour-tortilla", 144},
           Line{"1 flour tortilla (10 inches)", "flour-tortilla", 72},
           Line{"Kiwifruit, green, raw, 1 fruit (2\" dia)", "kiwi", 69},
           Line{"Beans, snap, green, raw, 10 beans (4\" long)", "usda-11052", 55},
           Line{"Asparagus, cooked, boiled, drained, 4 spears (1/2\" base)", "asparagus-cooked", 60},
  });
  check_refused(catalog, at, {
           // A size that USDA measures no piece of is no weight, nor set aside.
           Refused{"1 9-inch flour tortilla", "'flour tortilla' has no '9-inch' piece"},
           Refused{"1 fruit (3\" dia) kiwi", "malformed quantity"},
           Refused{"Kiwifruit, green, raw, 1 fruit (3\" dia)", "has no portion 'fruit-3-inch'"},
           Refused{"1 3-inch bell pepper", "has no '3-inch' piece"},
           Refused{"3 3-inch carrots", "has no '3-inch' piece"},
           Refused{"1 3-inch roma tomato", "has no '3-inch' piece"},
           Refused{"1 12-inch pizza", "has no '12-inch' piece"},
           Refused{"1 3-inch potato", "has no '3-inch' piece"},
           Refused{"2 flour tortillas 10-inch", "stray number '10-inch'"},
           // Nor with another size, or a weight, that it would contradict.
           Refused{"1 large 10-inch flour tortilla", "stray number '10-inch'"},
           Refused{"1 10-inch flour tortilla (72 g)", "'10-inch' is a size of pieces"},
           // A piece cut from a food to a size is no piece that USDA measures.
           Refused{"1 3-inch piece ginger", "stray number '3-inch'"},
           Refused{"2 3-inch cinnamon sticks", "has no '3-inch' piece"},
  });
  check_reads(catalog, at, {
           // A size in a parenthesis after the food that no piece of it has is a note, as it had been.
           Line{"12 corn tortillas (6 inch)", "corn-tortilla", 288},
           Line{"1 flour tortilla (9\" dia)", "flour-tortilla", 48},
           Line{"1 apple (4\" dia)", "apple", 182},
           Line{"1 roma tomato (3 inch)", "tomato", 62},
           Line{"2 rings green pepper (3\" dia)", "green-pepper", 20},
           Line{"1 head iceberg lettuce (6\" dia)", "iceberg", 539},
           // In a parenthesis after the count.
           Line{"1 (12-inch) flour tortilla", "flour-tortilla", 117},
           Line{"8 (6-inch) flour or corn tortillas", "flour-tortilla", 240},
           Line{"4 (6 inch) corn tortillas", "corn-tortilla", 96},
           Line{"1 (2-inch) piece (15 grams) fresh ginger, peeled and thinly sliced", "ginger", 15},
           Line{"4 portobello mushrooms (about 5 inches in diameter)", "portobello", 336},
           // A size of the pieces a food is cut to, or after a measure, is a note.
           Line{"2 cups cut fresh asparagus (1 inch pieces)", "asparagus", 268},
           Line{"1 1/2 cups (1/2-inch) pieces asparagus", "asparagus", 201},
           Line{"\u00bd pound swordfish (1 inch thick)", "usda-15110", 226.8},
           Line{"\u00bd cup diced celery (\u00bd-inch dice)", "celery", 50.5},
           // Two kinds that share a name: a flour tortilla, never flour.
           Line{"16 6-inch flour or corn tortillas", "flour-tortilla", 480},
           Line{"2 flour or corn tortillas", "flour-tortilla", 96},
           Line{"1 cup butter or olive oil", "butter", 227},
           Line{"4 tablespoons butter or chicken fat", "butter", 56.8},
           Line{"Preserves or sour cream", "jam", 20},
  });
}

TEST_CASE("a tracker's count with each, of a piece that the food's name does not end with, and a state after a count") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           Line{"Eggs, large, 2 each", "egg", 100},
           Line{"eggs 2 each", "egg", 100},
           Line{"Egg, whole, raw, fresh, 2 each large", "usda-01123", 100},
           Line{"Chicken, liver, all classes, cooked, simmered, 1 liver", "usda-05028", 44},
           Line{"old cheddar 30 g", "cheddar", 30},
           Line{"1 1/2 cups shredded sharp white cheddar", "cheddar", 169.5},
           Line{"2 red chilies", "hot-pepper", 90},
           Line{"2 zachtgekookte eitjes", "boiled-egg", 100},
           // A tracker's maker on either side of a dash is set aside, not a name that the two sides make.
           Line{"Natto - Generic, 1 package (45g)", "natto", 45},
           Line{"Almonds - Blue Diamond, 28 g", "almonds", 28},
           Line{"Fage - Greek Yogurt, 1 container", "greek-yogurt", 170},
           Line{"Turkey - Dark Meat, 100 g", "usda-05188", 100},
           Line{"Avocados - raw, 1/2 fruit", "avocado", 68},
           // A count with its sign before a unit after the food.
           Line{"bacon x2 slices", "bacon", 16.2},
           Line{"bacon x 2 slices", "bacon", 16.2},
           Line{"eggs x2 large", "egg", 100},
           // A state after a count that follows the food is the food's, never its unit.
           Line{"eggs 2 fried", "fried-egg", 92},
           Line{"brussels sprouts 5 boiled", "brussels-sprouts-cooked", 105},
           // Steamed, in Spanish, Portuguese, Italian and French words.
           Line{"br\u00f3coli al vapor 150 g", "broccoli-cooked", 150},
           Line{"br\u00f3colis no vapor 100 g", "broccoli-cooked", 100},
           Line{"spinaci al vapore 200 g", "spinach-cooked", 200},
           Line{"broccoli \u00e0 la vapeur 100 g", "broccoli-cooked", 100},
           Line{"1 cup espinacas, al vapor", "spinach-cooked", 180},
           // From a deli counter is no other food.
           Line{"deli coleslaw 1/2 cup", "coleslaw", 95.5},
           // A tracker's weight of a patty that USDA's name says is cooked is the cooked patty's.
           Line{"Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled, 3 oz", "usda-23568", 85.05},
  });
  check_refused(catalog, at, {
           // A second amount of a food that is no piece of the first is still a second item.
           Refused{"2 eggs, 1 egg", "'1 egg' after the comma is an amount of another food"},
           Refused{"eggs 2 each day", "stray number '2'"},
           Refused{"brussels sprouts 5 roasted", "but no 'roasted' form of it"},
           Refused{"1/4 lb burger", "names a patty by the weight of its raw meat"},
           Refused{"Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled, 1/4 lb", "weight of its raw meat"},
  });
}

TEST_CASE("a mashed food by its mashed cup, a tracker's milk by its USDA name, crushed tomatoes, a size in inches "
          "after a size word, a tracker's weight after a cut, and a piece with its skin") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  const SourceLocation at{"r", 1, 1};
  check_reads(catalog, at, {
           // Mashing changes no vitamin K; a food that USDA measures mashed or puréed is weighed by that cup.
           Line{"1 cup avocado, mashed", "avocado", 230},
           Line{"1 cup mashed avocado", "avocado", 230},
           Line{"1 cup pur\u00e9ed avocado", "avocado", 230},
           Line{"1 cup mashed banana", "banana", 225},
           Line{"mashed banana 1 cup", "banana", 225},
           Line{"1/2 cup pureed pumpkin", "usda-11424", 122.5},
           Line{"1 cup mashed pumpkin", "usda-11423", 245},
           Line{"1 cup pumpkin, mashed", "usda-11423", 245},
           Line{"1 cup mashed potatoes", "mashed-potatoes", 210},
           // USDA's names of the fortified milks, as trackers shorten them.
           Line{"Milk, whole, 3.25% milkfat, 1 cup", "milk", 244},
           Line{"Milk, reduced fat, fluid, 2% milkfat, 1 cup", "milk-2-percent", 244},
           Line{"Milk, lowfat, fluid, 1% milkfat, 1 cup", "milk-1-percent", 244},
           Line{"Milk, nonfat, fluid, 1 cup", "skim-milk", 245},
           // Crushed tomatoes are canned, and a can of them is theirs.
           Line{"crushed tomatoes 1 cup", "usda-11693", 242},
           Line{"1 (28 oz) can crushed tomatoes", "usda-11693", 793.786},
           Line{"400g tin crushed tomatoes", "usda-11693", 400},
           Line{"3 tomatoes, crushed", "tomato", 369},
           // Inches after a size word say the size where the food has a piece of them.
           Line{"1 medium (8-inch) flour tortilla", "flour-tortilla", 49},
           Line{"2 large (10-inch) flour tortillas", "flour-tortilla", 144},
           Line{"1 medium (6 inch) flour tortilla", "flour-tortilla", 30},
           Line{"1 medium (about 3 inch) apple", "apple", 182},
           Line{"1 medium (1 inch pieces) carrot", "carrot", 61},
           // But the size word's piece where USDA measures it at no other inches.
           Line{"1 medium (3-inch) red potato", "usda-11355", 213},
           Line{"1 small (3-inch) red potato", "usda-11355", 170},
           Line{"1 cup cherries, pits removed", "cherries", 154},
           Line{"1 cup cherries, with pits", "cherries", 138},
           Line{"Avocados, raw, all commercial varieties, 1 cup, cubes", "usda-09037", 150},
           Line{"beet greens, cooked, 1 cup (1 inch pieces)", "usda-11087", 144},
           // A weight that ends an item counting a container is what the container holds.
           Line{"1 tin baked beans 415g", "baked-beans", 415},
           Line{"1 can of black beans 400g", "usda-16018", 400},
           Line{"1 Becher Quark 250 g", "quark", 250},
           Line{"tin of baked beans 415g", "baked-beans", 415},
           Line{"a bowl of rice 200g", "white-rice", 200},
           Line{"a glass of milk 250ml", "milk", 257.83},
           // Baked or roasted in an oven is baked or roasted.
           Line{"salmon fillet 120g, oven baked", "salmon", 120},
           Line{"oven-roasted potatoes 200g", "potato", 200},
           // A count of a bread that has no serving counts its slices.
           Line{"wholemeal toast x2", "usda-18076", 50},
           Line{"2 whole wheat toast", "usda-18076", 50},
           Line{"rye toast x2", "usda-18061", 48},
           // Inches marked with a double quote: the pieces' size, no amount to compare.
           Line{"Beet greens, cooked, boiled, drained, without salt, 1 cup (1\" pieces)", "usda-11087", 144},
           Line{"kale 1 cup (1\u201d pieces)", "kale", 16},
           Line{"kale, 1 cup (1\u00bd\" pieces)", "kale", 16},
           Line{"1 cup frozen spinach, boiled, no salt", "usda-11464", 190},
           Line{"1 chicken thigh, bones removed, with skin on", "usda-05094", 137},
           Line{"1 cup kale, chopped (16 g)", "kale", 16},
           Line{"1 tbsp butter w/o salt", "usda-01145", 14.2},
           Line{"crushed tomatoes, no salt added, 1 cup", "usda-11693", 242},
           Line{"Rice, cooked - Brown, 1 cup", "brown-rice", 202},
           Line{"Chicken, roasted - Dark Meat, 100 g", "usda-05045", 100},
           Line{"Lettuce, raw - Butterhead, 1 cup", "butterhead-lettuce", 55},
           // After a comma, the cut of USDA's measure, and the pieces' size in inches after a dash.
           Line{"Broccoli, cooked, boiled, drained, without salt - 1 cup, chopped (156g)", "usda-11091", 156},
           Line{"Strawberries, raw - 1 cup, halves (152g)", "strawberries", 152},
           Line{"Avocados, raw - 1 cup, cubes (150g)", "avocado", 150},
           Line{"Asparagus, cooked, boiled, drained - 6 spears (1/2\" base)", "asparagus-cooked", 90},
           // A tracker's weight after the words of the amount's cut or state, and after a dash.
           Line{"Oats, 1/2 cup dry (40g)", "oats", 40.5},
           Line{"Old Fashioned Oats - Quaker, 1/2 cup dry (40g)", "oats", 40.5},
           Line{"Egg Yolk, Raw - 2 large (34g)", "egg-yolk", 34},
           Line{"Broccoli, raw - 1 cup chopped (91 g)", "broccoli", 88},
           Line{"Kale, 1 cup chopped (16g)", "kale", 16},
           // A maker after a dash, where the food's side has words set aside or a state after a comma.
           Line{"Large Egg - Eggland's Best, 1 egg (50g)", "egg", 50},
           Line{"Swiss Chard, cooked - Generic, 1 cup (175g)", "swiss-chard-cooked", 175},
           // A piece with its skin is USDA's broiler's, in the state written; its measure without skin is no
           // measure of it with skin.
           Line{"1 chicken thigh with skin, roasted", "usda-05094", 137},
           Line{"1 chicken thigh, skin on", "usda-05094", 137},
           Line{"2 chicken thighs skin on", "usda-05094", 274},
           Line{"4 oz chicken thigh, meat and skin, roasted", "usda-05094", 113.398},
           Line{"2 chicken drumsticks, skin on", "usda-05069", 192},
           // Named alone, one part, with the skin said after it.
           Line{"chicken thigh, roasted, skin on", "usda-05094", 137},
           Line{"roasted chicken thigh with skin", "usda-05094", 137},
           Line{"chicken drumstick, skin on", "usda-05069", 96},
           Line{"raw chicken thighs, skin on, 500 g", "usda-05091", 500},
           Line{"1 cup cherries, without pits", "cherries", 154},
           Line{"1 cup pitted cherries", "cherries", 154},
           Line{"1 cup cherries", "cherries", 138},
           Line{"blue stilton 25g", "stilton", 25},
           // The words of no salt are one word of less salt, set aside where the name without them names a food.
           Line{"collards, cooked w/ no salt, 1/2 c", "collards-cooked", 95},
           Line{"collards, cooked without salt, 1/2 c", "collards-cooked", 95},
           Line{"collards, cooked w/o salt, 1/2 cup", "collards-cooked", 95},
           Line{"spinach, boiled, no salt added, 1 cup", "spinach-cooked", 180},
           Line{"butter, without salt, 1 tbsp", "usda-01145", 14.2},
           // Boiled and steamed in Japanese.
           Line{"ブロッコリー 茹で 80g", "broccoli-cooked", 80},
           Line{"ほうれん草 ゆで 100g", "spinach-cooked", 100},
           Line{"ほうれん草 おひたし 70g", "spinach-cooked", 70},
           Line{"flat white", "latte", 244},
           Line{"chili con carne 1 cup", "usda-22904", 242},
           // Wilting in a note after the food of an item that begins with its amount is a recipe's step.
           Line{"2 cups spinach, wilted", "spinach", 60},
           Line{"200g bag spinach, wilted", "spinach", 200},
           Line{"1 cup wilted spinach", "spinach-cooked", 180},
           Line{"spinach, wilted, 1 cup", "spinach-cooked", 180},
           // Trackers' and other languages' names.
           Line{"Salmon, Atlantic, Cooked, 4 Ounces", "salmon", 113.398},
           Line{"Oatmeal, Cooked with Water, 1 Cup", "porridge", 234},
           Line{"un uovo alla coque", "boiled-egg", 50},
           Line{"deux oeufs à la coque", "boiled-egg", 100},
           Line{"couve-galega cozida 100 g", "collards-cooked", 100},
           Line{"maelk 200 ml", "milk", 206.27},
           Line{"1/2 cup roasted cashews", "usda-12085", 68.5},
           Line{"roasted almonds 1/4 cup", "usda-12063", 34.5},
           Line{"2 tablespoons wheat bran", "usda-20077", 7.25},
           Line{"2 red grapefruits", "grapefruit", 492},
           Line{"aged white cheddar 25g", "cheddar", 25},
           Line{"3/4 cup whole-milk Greek yogurt", "greek-yogurt", 183.75},
           Line{"1 mozzarella string cheese", "mozzarella-part-skim", 28},
           Line{"1 cup dried green lentils, rinsed", "dry-lentils", 192},
           Line{"1/2 cup uncooked oatmeal", "oats", 40.5},
           Line{"oatmeal 1/2 cup dry", "oats", 40.5},
           Line{"oatmeal, 40g dry", "oats", 40},
  });
  check_refused(catalog, at, {
           // Nor a food that USDA measures no mashed cup of.
           Refused{"1 cup mashed cauliflower", "unknown food 'mashed cauliflower'"},
           // A tracker's weight that disagrees with the amount is still an error.
           Refused{"Kale - Trader Joe's, 1 cup chopped (21g)", "'21g' is 21 g, but the amount before it is 16 g"},
           // Two foods joined by `with` or `and` in Spanish or Italian.
           Refused{"dos huevos revueltos con mantequilla", "'huevos revueltos con mantequilla' names two foods"},
           Refused{"pane e burro", "'pane e burro' names two foods"},
           // Roast, as British English writes roasted, is a state that is not set aside.
           Refused{"roast pumpkin 200g", "'pumpkin' is known (Pumpkin, raw), but no 'roast' form of it"},
           // Nor the raw wing with its skin for the roasted one.
           Refused{"chicken wing skin on 100g", "is the meat alone, and 'skin on' says its skin is eaten too"},
           // Nor a whole bird with its skin, nor a piece whose skin was not eaten, nor one cooked another way.
           Refused{"duck, skin on, 100 g", "is the meat alone, and 'skin on' says its skin is eaten too"},
           Refused{"100g chicken, meat and skin", "is the meat alone, and 'meat and skin' says its skin is eaten too"},
           Refused{"1 chicken thigh, skin on but not eaten", "is the meat alone, and 'skin on' says its skin is eaten"},
           Refused{"1 chicken thigh, skin on, rotisserie", "is the meat alone, and 'skin on' says its skin is eaten"},
           Refused{"1 chicken leg, skin on, stewed", "is the meat alone, and 'skin on' says its skin is eaten too"},
           Refused{"skin-on chicken breast 150 g", "unknown food 'skin-on chicken breast'"},
           // After a food with a comma, a kind is no maker.
           Refused{"Squash, cooked - Acorn, 1 cup", "unknown food 'Squash, cooked - Acorn'"},
           Refused{"Oats, dry - Steel Cut, 1/4 cup", "unknown food 'Oats, dry - Steel Cut'"},
           // A weight after a note of an item that begins with its amount is its equivalent, never left unread.
           Refused{"1 cup kale, chopped (500 g)", "'500 g' is 500 g, but the amount before it is 16 g"},
           Refused{"1 cup avocado, mashed (150 g)", "'150 g' is 150 g, but the amount before it is 230 g"},
           Refused{"1 chicken thigh, skin on, didn't eat the skin", "is the meat alone, and 'skin on' says"},
  });
}
