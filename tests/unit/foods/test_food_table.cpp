#include "vitk/foods/food_table.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"

using namespace vitk;

namespace {

/// The messages a table gives, one per line, as vitk prints them.
std::string errors_of(std::string_view text) {
  try {
    parse_food_table(text, "t.toml");
  } catch (const ErrorList& list) {
    std::string out;
    for (const Error& error : list.errors()) out += format_diagnostic(error) + "\n";
    return out;
  }
  return "no error\n";
}

constexpr std::string_view kNatto = R"([[food]]
id = "natto"
name = "Natto, fermented soybeans"
aliases = ["fermented soybeans", "納豆"]
group = "legumes"
k1 = 23.1
k2 = { mk7 = 939.0, mk8 = 84 }
portions = { tbsp = 15, serving = 50 }
source = "test"
k2_source = "test K2"
)";

}  // namespace

TEST_CASE("a complete food is read with every field") {
  const auto table = parse_food_table(kNatto, "t.toml");
  const TableData& data = table->data();
  REQUIRE(data.foods.size() == 1);
  const Food natto(data, 0);
  CHECK(data.name == "t.toml");
  CHECK(natto.id() == "natto");
  CHECK(natto.name() == "Natto, fermented soybeans");
  REQUIRE(natto.alias_count() == 2);
  CHECK(natto.alias(1) == "納豆");
  CHECK(natto.group() == "legumes");
  CHECK(natto.k1_ug_per_100g().value() == doctest::Approx(23.1));
  CHECK_FALSE(natto.dk_ug_per_100g().has_value());
  CHECK(natto.k2_ug_per_100g().value() == doctest::Approx(1023.0));
  CHECK(natto.k2_form_ug_per_100g(3).value() == doctest::Approx(939.0));  // mk7
  CHECK(natto.k2_form_ug_per_100g(4).value() == doctest::Approx(84.0));   // mk8
  CHECK_FALSE(natto.k2_form_ug_per_100g(0).has_value());                  // mk4 unknown, not zero
  REQUIRE(natto.portion_count() == 2);
  CHECK(natto.find_portion("tbsp")->grams == 15);
  CHECK(natto.default_portion()->grams == 50);
  CHECK(natto.source() == "test");
  CHECK(natto.k2_source() == "test K2");
  CHECK(data.units.size() == 2);
}

TEST_CASE("absent values stay unknown") {
  const auto table = parse_food_table("[[food]]\nid = \"x\"\nname = \"X\"\nsource = \"s\"\n", "t.toml");
  const Food food(table->data(), 0);
  CHECK_FALSE(food.k1_ug_per_100g().has_value());
  CHECK_FALSE(food.k2_ug_per_100g().has_value());
  CHECK(food.portion_count() == 0);
  CHECK_FALSE(food.default_portion().has_value());
}

TEST_CASE("an empty k2 table leaves K2 unknown") {
  const auto table =
      parse_food_table("[[food]]\nid = \"x\"\nname = \"X\"\nsource = \"s\"\nk1 = 0.0\nk2 = {  }\n", "t.toml");
  const Food food(table->data(), 0);
  CHECK(food.k1_ug_per_100g().value() == 0.0);
  CHECK_FALSE(food.k2_ug_per_100g().has_value());
}

TEST_CASE("a K2 total without forms is the K2 of the food") {
  const auto table =
      parse_food_table("[[food]]\nid = \"gouda\"\nname = \"G\"\nsource = \"s\"\nk2 = { total = 63.7 }\n", "t.toml");
  const Food food(table->data(), 0);
  CHECK(food.k2_ug_per_100g().value() == doctest::Approx(63.7));
  for (std::size_t form = 0; form < kFormCount; ++form) CHECK_FALSE(food.k2_form_ug_per_100g(form).has_value());
}

TEST_CASE("a K2 total may exceed its listed forms but not fall short of them") {
  const auto table = parse_food_table(
      "[[food]]\nid = \"c\"\nname = \"C\"\nsource = \"s\"\nk2 = { mk4 = 5, total = 20 }\n", "t.toml");
  CHECK(Food(table->data(), 0).k2_ug_per_100g().value() == doctest::Approx(20));
  CHECK(errors_of("[[food]]\nid = \"c\"\nname = \"C\"\nsource = \"s\"\nk2 = { mk4 = 5, mk7 = 6, total = 10 }\n") ==
        "t.toml:5:6: error: k2.total is 10 but its forms add up to 11 (expected a total at least the sum of the "
        "forms)\n");
}

TEST_CASE("the index holds ids aliases and names with their singular forms") {
  const auto table = parse_food_table(
      "[[food]]\nid = \"egg-yolk\"\nname = \"Egg yolks\"\naliases = [\"Yolk\"]\nsource = \"s\"\n", "t.toml");
  std::vector<std::string> keys;
  for (const KeyRecord& entry : table->data().index) {
    keys.push_back(std::string(table->data().str(entry.key)) + (entry.derived ? "*" : ""));
  }
  CHECK(keys == std::vector<std::string>{"egg yolk", "egg yolk*", "egg yolks", "yolk"});
}

TEST_CASE("syntax errors name the place") {
  CHECK(errors_of("[[food]]\nid = \n") ==
        "t.toml:2:6: error: TOML syntax error in key-value pair: expected value, saw '\\n'\n");
  CHECK(errors_of("[[food]]\nid = \"a\"\nid = \"b\"\n") ==
        "t.toml:3:6: error: TOML syntax error in key-value pair: cannot redefine existing string 'id'\n");
}

TEST_CASE("every problem of a table is reported") {
  const std::string text = R"([[food]]
id = "Kale!"
name = ""
k1 = -1
dk = nan
k2 = { mk3 = 1, mk7 = "a lot" }
portions = { g = 5, cups = 30, tablespoon = 15, Cup = 1, bowl = 0, plate = 20000 }
colour = "green"
source = 5

[[food]]
name = "No id"
source = "s"
k2_source = "orphan"

[[food]]
id = "kale"
name = "Kale"
aliases = ["borecole", "Borecole", 7]
source = "s"
k1 = inf
k2 = {}

[[food]]
id = "kale"
name = "Kale again"
source = "s"
k1 = 10001
k2 = 5
portions = [30]
aliases = "kale"
)";
  CHECK(errors_of(text) ==
        "t.toml:2:6: error: id 'Kale!' is not valid (expected lower-case letters, digits and '-')\n"
        "t.toml:3:8: error: 'name' is empty\n"
        "t.toml:4:6: error: k1 is -1 (expected a number of at least 0)\n"
        "t.toml:5:6: error: dk is nan (expected a finite number)\n"
        "t.toml:6:8: error: unknown K2 form 'mk3' (expected mk4, mk5, mk6, mk7, mk8, mk9, mk9_4h, mk10, mk11, mk12, mk13 or "
        "total)\n"
        "t.toml:6:23: error: k2.mk7 is a string (expected a number)\n"
        "t.toml:7:14: error: portion 'g' is a mass unit (masses are built in: mg, g, kg, oz, lb)\n"
        "t.toml:7:21: error: portion 'cups' is spelled 'cup' in food tables (singular, abbreviated as vitk-foods(5) "
        "lists)\n"
        "t.toml:7:32: error: portion 'tablespoon' is spelled 'tbsp' in food tables (singular, abbreviated as "
        "vitk-foods(5) lists)\n"
        "t.toml:7:49: error: portion name 'Cup' is not valid (expected lower-case letters, digits and '-', starting "
        "with a letter, at most 32 bytes)\n"
        "t.toml:7:65: error: portions.bowl is 0 (expected a number above 0)\n"
        "t.toml:7:76: error: portions.plate is 20000 (expected at most 10000)\n"
        "t.toml:8:1: error: unknown key 'colour' (expected id, name, aliases, group, k1, dk, k2, portions, source, "
        "k2_source, k2_basis, k2_measured, k2_value, alternatives or usda)\n"
        "t.toml:9:10: error: 'source' is an integer (expected a string)\n"
        "t.toml:11:1: error: food has no 'id' (required)\n"
        "t.toml:14:13: error: 'k2_source' without 'k2'\n"
        "t.toml:19:24: error: duplicate alias 'Borecole' (already used on line 19)\n"
        "t.toml:19:36: error: 'alias' is an integer (expected a string)\n"
        "t.toml:21:6: error: k1 is inf (expected a finite number)\n"
        "t.toml:25:6: error: duplicate id 'kale' (already used on line 17)\n"
        "t.toml:28:6: error: k1 is 10001 (expected at most 10000)\n"
        "t.toml:29:6: error: 'k2' is an integer (expected a table of forms such as { mk7 = 939.0 })\n"
        "t.toml:30:12: error: 'portions' is an array (expected a table such as { cup = 30, serving = 85 })\n"
        "t.toml:31:11: error: 'aliases' is a string (expected an array of strings)\n");
}

TEST_CASE("the document must be a list of foods") {
  CHECK(errors_of("") == "t.toml:1:1: error: no foods (expected [[food]] or [[recipe]] tables)\n");
  CHECK(errors_of("# only a comment\n") == "t.toml:1:1: error: no foods (expected [[food]] or [[recipe]] tables)\n");
  CHECK(errors_of("title = \"x\"\n[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\n") ==
        "t.toml:1:1: error: unknown key 'title' (expected [[food]] or [[recipe]] tables)\n");
  CHECK(errors_of("food = 3\n") == "t.toml:1:8: error: 'food' is an integer (expected [[food]] tables)\n");
  CHECK(errors_of("food = [1]\n") == "t.toml:1:9: error: a food is an integer (expected a table)\n");
}

TEST_CASE("the traps of toml++ 3.3 are stopped before parsing") {
  std::string deep = "[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\nx";
  for (int i = 0; i < 40000; ++i) deep += ".a";
  deep += " = 1\n";
  CHECK(errors_of(deep) == "t.toml:5:1: error: line is longer than 4096 bytes\n");
  CHECK(errors_of("é = 1\n") ==
        "t.toml:1:1: error: unexpected non-ASCII character (expected a key or a value; quote text in \"...\")\n");
  CHECK(errors_of("a = é\n") ==
        "t.toml:1:5: error: unexpected non-ASCII character (expected a key or a value; quote text in \"...\")\n");
  CHECK(errors_of("a = [1, é]\n") ==
        "t.toml:1:9: error: unexpected non-ASCII character (expected a key or a value; quote text in \"...\")\n");
  // Inside strings and comments non-ASCII text is fine.
  CHECK(errors_of("# café\n[[food]]\nid = \"a\"\nname = \"Café\"\nsource = '''é\n=é'''\n") == "no error\n");
}

TEST_CASE("bytes that are not text are answered as in the meal list") {
  CHECK(errors_of("[[food]]\nid = \"a\"\nname = \"Caf\xE9\"\nsource = \"s\"\n") ==
        "t.toml:3:12: error: invalid UTF-8 (expected text in UTF-8)\n");
  CHECK(errors_of("# caf\xC3\n[[food]]\n") == "t.toml:1:6: error: invalid UTF-8 (expected text in UTF-8)\n");
  CHECK(errors_of(std::string("[[food]]\nid = \"a\" # \0\n", 22)) == "t.toml:2:12: error: NUL byte (expected text)\n");
}

TEST_CASE("tiny inputs that abort debug builds of toml++ give parse errors") {
  for (std::string_view text : {"[=", "[", "a=[}", "a=2024-01-02T:0:00", "a=1979-05-27 0"}) {
    CAPTURE(text);
    CHECK(errors_of(text).find("t.toml:1:") == 0);
  }
}

TEST_CASE("huge integers and NUL characters are refused") {
  CHECK(errors_of("[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\nk1 = 9223372036854775807\n") ==
        "t.toml:5:6: error: k1 is 9223372036854775807 (expected at most 10000)\n");
  CHECK(errors_of("[[food]]\nid = \"a\"\nname = \"A\\u0000\"\nsource = \"s\"\n") ==
        "t.toml:3:8: error: 'name' contains a control character\n");
  CHECK(errors_of("[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\nk1 = 5e22\n") ==
        "t.toml:5:6: error: k1 is 5e+22 (expected at most 10000)\n");
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted") {
  const auto table =
      parse_food_table("\xEF\xBB\xBF[[food]]\r\nid = \"a\"\r\nname = \"A\"\r\nsource = \"s\"\r\nk1 = 1\r\n", "t.toml");
  CHECK(table->data().foods.size() == 1);
}

// ---- the fast reader against the full one ----

namespace {

/// Every value of every food, as text: two tables read alike give equal strings.
std::string describe(const FoodTable& table) {
  std::string out;
  const TableData& data = table.data();
  for (std::uint32_t i = 0; i < data.foods.size(); ++i) {
    const Food food(data, i);
    out += std::string(food.id()) + "|" + std::string(food.name()) + "|" + std::string(food.group()) + "|";
    for (std::size_t a = 0; a < food.alias_count(); ++a) out += std::string(food.alias(a)) + ",";
    const auto value = [&](const std::optional<double>& v) {
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%.17g;", v.value_or(-1.0));
      out += v ? buffer : "?;";
    };
    value(food.k1_ug_per_100g());
    value(food.dk_ug_per_100g());
    value(food.k2_ug_per_100g());
    for (std::size_t form = 0; form < kFormCount; ++form) value(food.k2_form_ug_per_100g(form));
    for (std::size_t p = 0; p < food.portion_count(); ++p) {
      out += std::string(food.portion(p).unit) + "=";
      value(food.portion(p).grams);
    }
    out += std::string("|") + std::string(food.source()) + "|" + std::string(food.k2_source()) + "|" + std::string(food.usda());
    out += fmt::format("|{}|{}", kBasisNames[static_cast<std::size_t>(food.k2_basis())], food.k2_measured());
    for (std::size_t a = 0; a < food.alternative_count(); ++a) out += "|alternative " + std::string(food.alternative(a));
    for (std::size_t v = 0; v < food.k2_value_count(); ++v) {
      const K2Value k2 = food.k2_value(v);
      out += fmt::format("|{},{},", k2.source, value_form_key(k2.form));
      value(k2.ug_per_100g);
      out += std::string(kBasisNames[static_cast<std::size_t>(k2.basis)]) + (k2.used ? ",used" : "");
    }
    out += "\n";
  }
  return out;
}

/// The fast reader either declines or reads exactly what the full reader reads.
void check_readers_agree(std::string_view text) {
  CAPTURE(text);
  const std::unique_ptr<FoodTable> plain = parse_plain_food_table(text, "t.toml");
  if (!plain) return;
  std::unique_ptr<FoodTable> full;
  try {
    full = parse_full_food_table(text, "t.toml");
  } catch (const ErrorList& list) {
    FAIL("the fast reader accepted what the full reader refuses: " << format_diagnostic(list.errors().front()));
  }
  CHECK(describe(*plain) == describe(*full));
}

}  // namespace

TEST_CASE("the fast reader reads plain tables as the full reader does") {
  const std::string plain = std::string(kNatto) +
                            "\n# a comment: café\n[[food]]   # a second food\n"
                            "id = 'gouda'\nname = \"Gouda \\\"48+\\\" cheese\"\ngroup = \"dairy\"\n"
                            "k1 = +2\ndk = 0\nk2 = {total=63.7}\nportions = { slice = 2.5e1, cubic-inch = 17 }\n"
                            "source = \"line one\\nline two\"\nusda = \"01022\"\naliases = [ \"old gouda\", ]\r\n";
  REQUIRE(parse_plain_food_table(plain, "t.toml") != nullptr);
  check_readers_agree(plain);
  REQUIRE(parse_plain_food_table(kNatto, "t.toml") != nullptr);
  check_readers_agree(kNatto);
}

namespace {

/// Texts that the fast reader leaves to the full reader: valid TOML in another layout, or invalid.
std::vector<std::string> not_plain_texts() {
  const std::string head = "[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\n";
  return {
      head + "portions = { cup = 30, }\n",              // trailing comma in an inline table
      head + "name2 = \"\"\"x\"\"\"\n",                 // multi-line string
      head + "group = \"\\u00e9\"\n",                   // \u escape
      head + "k2.mk7 = 5\n",                            // dotted key
      head + "[food.k2]\nmk7 = 5\n",                    // sub-table
      head + "\"k1\" = 5\n",                            // quoted key
      head + "aliases = [\n\"b\"]\n",                   // array over two lines
      head + "k1 = 1_000\n",                            // underscore
      head + "k1 = 0x10\n",                             // hexadecimal
      head + "k1 = 05\n",                               // leading zero: invalid TOML
      head + "k1 = 1.\n",                               // invalid float
      head + "k1 = inf\n",                              // valid TOML, invalid value
      head + "k1 = 1e400\n",                            // out of range
      head + "k1 = 99999999999999999999\n",             // beyond a 64-bit integer
      head + "k1 = 1979-05-27\n",                       // a date
      head + "k1 = true\n",                             // a boolean
      head + "k1 = 1\nk1 = 2\n",                        // a key twice
      head + "colour = \"green\"\n",                    // unknown key
      head + "# bad \x01 comment\n",                    // control character in a comment
      head + "group = \"caf\xC3\"\n",                   // invalid UTF-8
      head + "portions = { Cup = 30 }\n",               // invalid portion name
      head + "k2_source = \"x\"\n",                     // k2_source without k2
      head + "[[food]]\nid = \"a\"\nname = \"B\"\nsource = \"s\"\n",  // duplicate id
      "title = \"x\"\n" + head,                          // a top-level key
      std::string("[food]\nid = \"a\"\n"),                // a table, not an array of tables
      std::string("# nothing\n"),                        // no foods
      head + "k1 = 5 x\n",                              // junk after a value
      head + "id2 = \"a\"\r\rk1 = 1\n",                 // a lone CR
  };
}

}  // namespace

TEST_CASE("the fast reader leaves everything else to the full reader") {
  for (const std::string& text : not_plain_texts()) {
    CAPTURE(text);
    CHECK(parse_plain_food_table(text, "t.toml") == nullptr);
  }
}

TEST_CASE("the readers agree on many small variations") {
  // Each line of a valid food replaced in turn by a variant, valid or not.
  const std::vector<std::string> variants = {
      "id = \"b-2\"", "id = 'x'", "id = \"\"", "id = \"-x\"", "name = 'N'", "name = \"\"", "name = \" \"",
      "k1 = 0", "k1 = -0.0", "k1 = -1", "k1 = 10000", "k1 = 10000.000001", "k1 = 1E2", "k1 = 1e-2", "k1 = .5",
      "k2 = {}", "k2 = { mk4 = 1, total = 0.5 }", "k2 = { mk4 = 1, total = 1 }", "k2 = { mk9_4h = 2 }",
      "k2 = { mk3 = 1 }", "portions = {}", "portions = { serving = 0 }", "portions = { g = 1 }",
      "portions = { cups = 1 }", "portions = { tbsp = 15, tsp = 5 }", "aliases = []", "aliases = [\"a\"]",
      "aliases = [\"x\", \"X\"]", "aliases = [\"-\"]", "aliases = [\"-\", \"_\"]", "aliases = [\" , \", \"b\"]",
      "usda = \"12345\"", "usda = \"1234\"", "dk = 1", "group = \"\"",
      "k2_basis = \"analysed\"", "k2_basis = \"imputed\"", "k2_basis = \"guessed\"", "k2_basis = 1",
      "k2_measured = [\"mk4\", \"mk7\"]", "k2_measured = []", "k2_measured = [\"mk4\", \"mk4\"]",
      "k2_measured = [\"total\"]", "k2_measured = \"mk4\"",
      "alternatives = [\"b\", \"c-2\"]", "alternatives = []", "alternatives = [\"B\"]", "alternatives = \"b\"",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"mk7\"\nug = 1\nbasis = \"analysed\"\nused = true",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"mk7\"\nug = 2\nbasis = \"analysed\"\nused = true",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"total\"\nug = 1\nbasis = \"compiled\"\nused = true",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"vitamin_k\"\nug = 9\nbasis = \"compiled\"",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"vitamin_k\"\nug = 1\nbasis = \"compiled\"\nused = true",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"mk4\"\nug = 3\nbasis = \"imputed\"\nused = false",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"mk4\"\nug = 3\nbasis = \"imputed\"\nused = 1",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"mk4\"\nug = 3",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"mk3\"\nug = 3\nbasis = \"imputed\"",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"mk4\"\nug = 3\nbasis = \"imputed\"\nnote = \"x\"",
      "[[food.k2_value]]\nsource = \"a\"\nform = \"mk4\"\nug = 3\nbasis = \"imputed\"\n"
      "[[food.k2_value]]\nsource = \"b\"\nform = \"mk7\"\nug = 1\nbasis = \"analysed\"\nused = true",
      "[[food.k2_value]]\nsource = \"s\"\nform = \"mk4\"\nug = 3\nbasis = \"imputed\"\n[[food]]\nid = \"b\"\nname = \"B\"\n"
      "source = \"s\"",
  };
  for (const std::string& variant : variants) {
    check_readers_agree("[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\nk2_source = \"t\"\nk2 = { mk7 = 1 }\n" +
                        variant + "\n");
  }
}

TEST_CASE("a food's K2 evidence is read: basis, measured forms and every value") {
  const std::string text = std::string(kNatto) + "k2_basis = \"analysed\"\nk2_measured = [\"mk4\", \"mk7\"]\n\n"
                           "[[food.k2_value]]\nsource = \"Kamao 2007\"\nform = \"mk7\"\nug = 939.0\n"
                           "basis = \"analysed\"\nused = true\n\n"
                           "[[food.k2_value]]\nsource = \"Japan 2020\"\nform = \"vitamin_k\"\nug = 600\n"
                           "basis = \"compiled\"\n";
  for (const bool plain : {true, false}) {
    CAPTURE(plain);
    const std::unique_ptr<FoodTable> table =
        plain ? parse_plain_food_table(text, "t.toml") : parse_full_food_table(text, "t.toml");
    REQUIRE(table != nullptr);
    const Food natto(table->data(), 0);
    CHECK(natto.k2_basis() == K2Basis::analysed);
    CHECK(natto.k2_measured() == ((1u << 0) | (1u << 3)));
    REQUIRE(natto.k2_value_count() == 2);
    CHECK(natto.k2_value(0).source == "Kamao 2007");
    CHECK(natto.k2_value(0).form == 3);
    CHECK(natto.k2_value(0).used);
    CHECK(natto.k2_value(1).form == kValueVitaminK);
    CHECK(natto.k2_value(1).ug_per_100g == 600);
    CHECK(natto.k2_value(1).basis == K2Basis::compiled);
    CHECK_FALSE(natto.k2_value(1).used);
  }
}

TEST_CASE("a food's K2 evidence is checked") {
  const std::string head = "[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\n";
  CHECK(errors_of(head + "k2_basis = \"guessed\"\nk2_measured = [\"mk4\", \"mk4\", \"MK7\"]\n") ==
        "t.toml:5:12: error: k2_basis 'guessed' is not known (expected analysed, compiled, calculated or imputed)\n"
        "t.toml:5:12: error: 'k2_basis' without 'k2'\n"
        "t.toml:6:15: error: 'k2_measured' without 'k2'\n"
        "t.toml:6:23: error: k2_measured names 'mk4' twice\n"
        "t.toml:6:30: error: unknown K2 form 'MK7' in k2_measured (expected mk4, mk5, mk6, mk7, mk8, mk9, mk9_4h, "
        "mk10, mk11, mk12, mk13 or total)\n");
  CHECK(errors_of(head + "k2 = { mk7 = 5 }\n[[food.k2_value]]\nsource = \"x\"\nform = \"mk7\"\nug = 6\n"
                         "basis = \"analysed\"\nused = true\n[[food.k2_value]]\nform = \"vitamin_k\"\nug = 1\n"
                         "basis = \"compiled\"\nused = true\ncolour = 1\n") ==
        "t.toml:11:8: error: k2_value mk7 6 is marked used, but the food's k2 mk7 differs\n"
        "t.toml:12:1: error: k2_value has no 'source' (required)\n"
        "t.toml:17:1: error: unknown key 'colour' in a k2_value (expected source, form, ug, basis or used)\n");
  CHECK(errors_of(head + "[[food.k2_value]]\nsource = \"x\"\nform = \"vitamin_k\"\nug = 6\nbasis = \"compiled\"\n"
                         "used = true\n") ==
        "t.toml:10:8: error: a total vitamin K value is an upper bound of K2, never its value (expected no 'used')\n");
  CHECK(errors_of(head + "[[food.k2_value]]\nsource = \"x\"\nform = \"total\"\nug = 6\nbasis = \"compiled\"\n"
                         "used = true\n") ==
        "t.toml:10:8: error: k2_value is marked used, but the food has no 'k2'\n");
}

TEST_CASE("an alias must name something to look the food up by") {
  // Found by the food_table fuzzer: two aliases that are only separators were one lookup key to the full reader
  // (a duplicate) and none to the fast one.
  const std::string head = "[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\n";
  CHECK(errors_of(head + "aliases = [\"-\", \"b\", \" _,\"]\n") ==
        "t.toml:5:12: error: alias '-' is only blanks, '-', '_' and ',' (expected a name to look the food up by)\n"
        "t.toml:5:22: error: alias ' _,' is only blanks, '-', '_' and ',' (expected a name to look the food up by)\n");
  CHECK(errors_of(head + "aliases = [\"-\"]\n[[food]]\nid = \"b\"\nname = \"B\"\nsource = \"s\"\naliases = [\"_\"]\n") ==
        "t.toml:5:12: error: alias '-' is only blanks, '-', '_' and ',' (expected a name to look the food up by)\n"
        "t.toml:10:12: error: alias '_' is only blanks, '-', '_' and ',' (expected a name to look the food up by)\n");
  check_readers_agree(head + "aliases = [\"-\", \"_\"]\n");
  check_readers_agree(head + "aliases = [\"-\"]\n[[food]]\nid = \"b\"\nname = \"B\"\nsource = \"s\"\naliases = [\",\"]\n");
}

TEST_CASE("the readers measure a line with the CR of its CRLF end alike") {
  // The limit counts the CR, as the meal list's does: 4096 bytes with it, 4095 without.
  const std::string head = "[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\n";
  const std::string comment = "#" + std::string(4094, 'x');
  const std::string too_long = "t.toml:5:1: error: line is longer than 4096 bytes\n";
  for (const std::string& text : {head + comment + "\r\n", head + comment + "x\n", head + comment + "x",
                                  head + comment + "x\r\n", head + comment + "xx\n", head + comment + "xx"}) {
    check_readers_agree(text);
  }
  CHECK(parse_plain_food_table(head + comment + "\r\n", "t.toml") != nullptr);
  CHECK(parse_plain_food_table(head + comment + "x\n", "t.toml") != nullptr);
  CHECK(errors_of(head + comment + "x\r\n") == too_long);
  CHECK(errors_of(head + comment + "xx\n") == too_long);
  CHECK(errors_of(head + comment + "xx") == too_long);
  check_readers_agree(head + "k1 = 1\r");  // a carriage return without its line feed, at the end
}

TEST_CASE("a float of more than 128 characters is left to the full reader, which refuses it") {
  // Found by the food_table fuzzer: toml++ 3.3 reads at most 128 characters of a float after its sign.
  const std::string head = "[[food]]\nid = \"a\"\nname = \"A\"\nsource = \"s\"\n";
  const std::string longest = "1." + std::string(126, '1');  // 128 characters
  const std::string exponent = "1e" + std::string(126, '0');
  for (const std::string& value : {longest, "+" + longest, exponent, longest + "1", "+" + longest + "1", exponent + "0"}) {
    check_readers_agree(head + "k1 = " + value + "\n");
    check_readers_agree(head + "portions = { cup = " + value + ", leaf = 2 }\n");
  }
  CHECK(parse_plain_food_table(head + "k1 = +" + longest + "\n", "t.toml") != nullptr);
  CHECK(errors_of(head + "k1 = " + longest + "1\n") ==
        "t.toml:5:134: error: TOML syntax error in floating-point: exceeds length limit of 128 digits (consider using "
        "exponent notation)\n");
}

TEST_CASE("the fast reader reads the built-in tables as the full reader does") {
  for (const char* file : {"/foods/common.toml", "/foods/usda-sr28.toml"}) {
    CAPTURE(file);
    const std::string text = read_file(std::string(VITK_SOURCE_DIR) + file, kMaxFoodTableBytes);
    const std::unique_ptr<FoodTable> plain = parse_plain_food_table(text, file);
    REQUIRE(plain != nullptr);
    CHECK(describe(*plain) == describe(*parse_full_food_table(text, file)));
  }
}

namespace {

/// The errors of a table read by the full reader, or by parse_food_table with `limit` as the largest table
/// toml++ may read; empty when the table is accepted.
std::vector<std::string> errors_with(std::string_view text, std::size_t limit, bool full) {
  std::vector<std::string> out;
  try {
    if (full) {
      parse_full_food_table(text, "t.toml");
    } else {
      parse_food_table(text, "t.toml", limit);
    }
  } catch (const ErrorList& list) {
    for (const Error& error : list.errors()) out.push_back(format_diagnostic(error));
  }
  return out;
}

}  // namespace

namespace {

/// `count` plain foods with ids `<prefix>0`, `<prefix>1`, ...
std::string plain_foods(int count, const std::string& prefix = "p") {
  std::string foods;
  for (int i = 0; i < count; ++i) {
    foods += "[[food]]\nid = \"" + prefix + std::to_string(i) + "\"\nname = \"Food " + prefix + std::to_string(i) +
             "\"\nsource = \"s\"\nk1 = 1.5\n";
  }
  return foods;
}

/// A table too big for the full reader is refused as the full reader would refuse it: the errors it gives are
/// among the full reader's, or, when the full reader accepts it, the one error that it leaves the plain layout.
void check_refused_like_full_reader(const std::string& text, std::size_t limit) {
  CAPTURE(text);
  const std::vector<std::string> full = errors_with(text, 0, true);
  const std::vector<std::string> part = errors_with(text, limit, false);
  const auto leaves_layout = [](const std::string& error) {
    return error.find("is not in the plain layout, the only one read in a food table of more than") !=
           std::string::npos;
  };
  if (full.empty()) {
    if (part.empty()) return;
    REQUIRE(part.size() == 1);
    CHECK(leaves_layout(part[0]));
    return;
  }
  REQUIRE_FALSE(part.empty());
  // A problem past the part that toml++ reads is not seen: the table is then refused for its layout.
  if (part.size() == 1 && leaves_layout(part[0])) return;
  for (const std::string& error : part) {
    CAPTURE(error);
    CHECK(std::find(full.begin(), full.end(), error) != full.end());
  }
}

}  // namespace

TEST_CASE("a table too big for toml++ is refused in the words of the full reader") {
  // The foods before and after put the problem mid-table: toml++ reads only the food where the fast reader
  // stopped, and its lines must count from the top of the table.
  for (const std::string& text : not_plain_texts()) {
    check_refused_like_full_reader(plain_foods(8) + text + plain_foods(2, "q"), 200);
    check_refused_like_full_reader(text + plain_foods(8, "q"), 200);
  }
  // What the fast reader finds only at the next food or at the end: a food without its source.
  const std::string no_source = "[[food]]\nid = \"x\"\nname = \"X\"\nk1 = 1\n";
  check_refused_like_full_reader(plain_foods(8) + no_source + plain_foods(2, "q"), 200);
  check_refused_like_full_reader(plain_foods(8) + no_source, 200);
  check_refused_like_full_reader(plain_foods(8) + no_source + "  " + plain_foods(2, "q"), 200);  // indented header
  // The food toml++ reads repeats an id or alias of a food before it, which it does not see.
  const std::string food = "[[food]]\nid = \"y\"\n";
  check_refused_like_full_reader(plain_foods(8) + "[[food]]\nid = \"p3\"\nname = \"X\"\n" + plain_foods(2, "q"), 200);
  check_refused_like_full_reader(plain_foods(8) + food + "aliases = [\"P3\", \"y\"]\nname = \"X\"\n", 200);
  check_refused_like_full_reader(plain_foods(8) + food + "aliases = [\"z\", \"Z\"]\n\"name\" = \"X\"\n", 200);
  // toml++ stops at a syntax error: reading only the food, the problems of its values come out instead.
  const std::string bad_values = plain_foods(8) + food + "name = \"Y\"\nsource = \"s\"\nusda = \"1\"\n";
  CHECK(errors_with(bad_values + plain_foods(2, "q") + "[[vood\n", 200, true) ==
        std::vector<std::string>{"t.toml:56:7: error: TOML syntax error in table header: expected ']', saw '\\n'"});
  CHECK(errors_with(bad_values + plain_foods(2, "q") + "[[vood\n", 200, false) ==
        std::vector<std::string>{"t.toml:45:8: error: usda '1' is not an NDB number (expected 5 digits such as "
                                 "\"11457\")"});
  CHECK(errors_with(plain_foods(8) + no_source, 200, false) ==
        std::vector<std::string>{"t.toml:41:1: error: food 'x' has no 'source' (required)"});
  CHECK(errors_with(plain_foods(8) + "dk = 1e999\n", 200, false) ==
        std::vector<std::string>{"t.toml:41:11: error: TOML syntax error in floating-point: '1e999' could not be "
                                 "interpreted as a value"});
  CHECK(errors_with("[food]\nid = \"a\"\n" + plain_foods(8), 200, false) ==
        std::vector<std::string>{"t.toml:1:1: error: '[food]' is not in the plain layout, the only one read in a food "
                                 "table of more than 0 KiB (expected [[food]] headers, one key = value a line, strings "
                                 "on one line and inline tables of numbers)"});
}

TEST_CASE("a big table in another layout is refused at the line that leaves the plain layout") {
  CHECK(errors_with(plain_foods(8) + "[[food]]\nid = \"x\"\n\"name\" = \"X\"\nsource = \"s\"\n", 200, false) ==
        std::vector<std::string>{"t.toml:43:1: error: '\"name\" = \"X\"' is not in the plain layout, the only one "
                                 "read in a food table of more than 0 KiB (expected [[food]] headers, one key = "
                                 "value a line, strings on one line and inline tables of numbers)"});
  CHECK(errors_with(plain_foods(8) + "[[food]]\nid = \"x\"\nname = \"X\"\nsource = \"s\"\n", 200, false).empty());
  // Text that only looks like a food where it is cut: a [[food]] line inside a multi-line string, and a food
  // longer than toml++ may read, whose end is not seen.
  const std::string head = "[[food]]\nid = \"x\"\nname = \"X\"\n";
  check_refused_like_full_reader(plain_foods(8) + head + "source = \"\"\"s\n[[food]]\n\"\"\"\n" + plain_foods(2, "q"),
                                 200);
  std::string long_food = head + "group = \"\\u0041\"\n";
  for (int i = 0; i < 20; ++i) long_food += "# a comment to make the food long\n";
  check_refused_like_full_reader(plain_foods(8) + long_food + "source = \"s\"\n", 200);
  check_refused_like_full_reader(plain_foods(8) + long_food + "k1 = 1\n", 200);
  check_refused_like_full_reader(plain_foods(8) + long_food + "k1 = -1\nsource = \"s\"\n", 200);
  // A k2_value table that the cut splits: its keys after the cut are not missing.
  std::string long_value = head + "[[food.k2_value]]\n";
  for (int i = 0; i < 20; ++i) long_value += "# a comment to make the value long\n";
  check_refused_like_full_reader(plain_foods(8) + long_value + "source = \"s\"\nk1 = 0\n", 200);
  check_refused_like_full_reader(plain_foods(8) + long_value + "source = \"s\"\nused = true\n", 200);
}

TEST_CASE("a big table without foods, or with an id or alias twice, is refused as the full reader refuses it") {
  std::string comments;
  for (int i = 0; i < 20; ++i) comments += "# only a comment\n";
  CHECK(errors_with(comments, 200, false) ==
        std::vector<std::string>{"t.toml:1:1: error: no foods (expected [[food]] or [[recipe]] tables)"});
  const std::string foods = plain_foods(8);
  const std::string food = "[[food]]\nid = \"x\"\nname = \"X\"\nsource = \"s\"\n";
  for (const std::string& text : {
           foods + food + "aliases = [\"P3\"]\n",                         // an alias repeating an id
           foods + food + "aliases = [\"a \\\"b\\\"\", 'P3']\n",       // after a string with quotes in it
           foods + food + "aliases = [\"y\", \"Y\"]\n",                   // twice in one food
           foods + food + "aliases = [\"x\"]\n",                          // the food's own id
           foods + food + "aliases = [\"y\"]\n" + food,                   // an id twice, after the alias
           foods + food + "aliases = [\"p1\"]\n[[food]]\nid = \"p1-b\"\nname = \"B\"\nsource = \"s\"\n" +
               "aliases = [\"P1\"]\n",  // an alias twice, each time after the id
       }) {
    check_refused_like_full_reader(text, 200);
    CHECK(errors_with(text, 200, false).size() == 1);
  }
  CHECK(errors_with(foods + food + "aliases = [\"z\", \"P3\"]\n", 200, false) ==
        std::vector<std::string>{"t.toml:45:17: error: duplicate alias 'P3' (already used on line 17)"});
  // The first repeat in the table, named against the first use: an alias used as an id twice after it, and an
  // alias twice repeating its own food's id.
  const std::string other = "[[food]]\nid = \"p3-b\"\nname = \"B\"\nsource = \"s\"\naliases = [\"k\"]\n";
  const std::string with_id_k = "[[food]]\nid = \"k\"\nname = \"K\"\nsource = \"s\"\n";
  CHECK(errors_with(foods + other + with_id_k + with_id_k, 200, false) ==
        std::vector<std::string>{"t.toml:47:6: error: duplicate id 'k' (already used on line 45)"});
  CHECK(errors_with(foods + with_id_k + "aliases = [\" k\", \" k\"]\n", 200, false) ==
        std::vector<std::string>{"t.toml:45:12: error: duplicate alias ' k' (already used on line 42)"});
  check_refused_like_full_reader(foods + other + with_id_k + with_id_k, 200);
  check_refused_like_full_reader(foods + with_id_k + "aliases = [\" k\", \" k\"]\n", 200);
  // Columns count characters, as toml++ counts them, not bytes.
  check_refused_like_full_reader(foods + food + "aliases = [\"caf\u00e9 \u00e9\", 'P3']\n", 200);
  CHECK(errors_with(foods + food + "aliases = [\"\u00e9\u00e9\", \"P3\"]\n", 200, false) ==
        std::vector<std::string>{"t.toml:45:18: error: duplicate alias 'P3' (already used on line 17)"});
  CHECK(errors_with(foods + food + "group = \"\u00e9\\u0041\"\n", 200, false) ==
        std::vector<std::string>{"t.toml:45:13: error: 'group = \"\u00e9\\u0041\"' is not in the plain layout, the "
                                 "only one read in a food table of more than 0 KiB (expected [[food]] headers, one key "
                                 "= value a line, strings on one line and inline tables of numbers)"});
}

TEST_CASE("a table of more than 256 KiB is read in two halves, and its errors still name their lines") {
  const std::string foods = plain_foods(3000) + "[[food]]\nid = \"x\"\nname = \"X\"\nk2 = { mk7 = -5 }\n" +
                            "source = \"s\"\n" + plain_foods(3000, "q");
  REQUIRE(foods.size() > kMaxFullReadBytes);
  CHECK(errors_with(foods, kMaxFullReadBytes, false) ==
        std::vector<std::string>{"t.toml:15004:14: error: k2.mk7 is -5 (expected a number of at least 0)"});
  CHECK(errors_with(foods, kMaxFullReadBytes, true) == errors_with(foods, kMaxFullReadBytes, false));
  const std::string valid = plain_foods(3000) + plain_foods(3000, "q");
  CHECK(parse_food_table(valid, "t.toml")->size() == 6000);
}

TEST_CASE("the food tables of a run share one size limit") {
  char name[] = "/tmp/vitk-table-XXXXXX";
  const int fd = ::mkstemp(name);
  REQUIRE(fd >= 0);
  const std::string text = plain_foods(40);
  REQUIRE(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  ::close(fd);
  std::size_t bytes = 0;
  CHECK(load_food_table(name, kMaxFoodTableBytes, &bytes)->size() == 40);
  CHECK(bytes == text.size());
  CHECK_THROWS_WITH_AS(load_food_table(name, text.size() - 1),
                       "the food tables read in one run may hold 2 MiB in all, and this one passes that (expected "
                       "fewer or smaller tables)",
                       Error);
  CHECK(load_food_table(name, text.size())->size() == 40);
  ::unlink(name);
}
