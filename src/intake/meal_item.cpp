// The item grammar of vitk-meals(5): one small function per rule, over the words of an item.
//
//   item         = juice-of | amount-first | food-first
//   juice-of     = {prep-word} ("juice" | "zest") ("of" | "from") quantity ["medium"] fruit ["," note]
//   amount-first = amount ["of"] food [("," | note-word) note]
//   food-first   = food [","] [amount]
//   amount       = quantity [size] [unit] [equivalent] | quantity "(" amount ")" [container]
//                | quantity size-number container | quantity container "(" amount ["each"] ")"
//   quantity     = number [("-" | "to" | "or") number] | number-words
//   unit         = mass | volume | portion of the food
//   equivalent   = "(" amount ")" | "/" amount
//
// The words of a food keep the state words that change its vitamin K (raw, boiled, dried, canned ...); the
// words that do not (chopped, fresh, large ...) are set aside only when the food is not found with them.
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <deque>
#include <fmt/format.h>
#include <utility>

#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food_search.hpp"
#include "vitk/foods/units.hpp"
#include "vitk/foods/unmeasured.hpp"
#include "vitk/intake/meal.hpp"
#include "vitk/intake/quantity.hpp"

namespace vitk {

namespace {

constexpr std::size_t kMaxWords = 48;
/// An equivalent amount (`400 g (14 oz)`) may differ from the first by this much (rounding in recipes).
constexpr double kEquivalentTolerance = 0.05;
// The least that a food's cup weighs for a bowl of it to be one cup: soups, stews, cooked grains and porridge.
constexpr double kBowlCupGrams = 150;

struct Word {
  std::string_view text;
  std::size_t offset = 0;   ///< bytes from the start of the item
  std::size_t written = 0;  ///< bytes as written, where the lexer read the word as another (`rauw` as `raw`)
};

/// Where a word ends in the item as written.
std::size_t end_of(const Word& word) { return word.offset + (word.written != 0 ? word.written : word.text.size()); }

/// Reads word `k` and the next as one word, `other` (`pan fried` as `pan-fried`), written as the two are.
void join_next(std::vector<Word>& words, std::size_t k, std::string_view other) {
  const std::size_t written = end_of(words[k + 1]) - words[k].offset;
  words[k].text = other;
  words[k].written = written;
  words.erase(words.begin() + static_cast<std::ptrdiff_t>(k + 1));
}

/// Reads a word as another (`T` as `tbsp`), keeping the length of what was written for the item's excerpts.
void read_as(Word& word, std::string_view other) {
  if (word.written == 0) word.written = word.text.size();
  word.text = other;
}

/// `text` between two blanks, to find whole words in it (built by appending: GCC 12 at -O3 warns on `" " + s`).
std::string spaced(std::string_view text) {
  std::string out(" ");
  out += text;
  out += ' ';
  return out;
}

bool one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  const std::string lower = to_lower(word);
  return std::find(list.begin(), list.end(), lower) != list.end();
}

/// The kind of food a group names, alike for the built-in groups (`cheese`) and USDA's (`Dairy and Egg Products`):
/// the first of these words that the group holds, else the group.
std::string food_kind(std::string_view group) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 32> kinds{{
      {"chees", "dairy"},      {"dairy", "dairy"},        {"egg", "dairy"},          {"drink", "drink"},
      {"beverage", "drink"},   {"fat", "fat"},            {"fish", "fish"},          {"fruit", "fruit"},
      {"grain", "grain"},      {"baked", "grain"},        {"cereal", "grain"},       {"spice", "spice"},
      {"legume", "legume"},    {"ferment", "vegetable"},  {"meat", "meat"},          {"poultry", "meat"},
      {"beef", "meat"},        {"pork", "meat"},          {"sausage", "meat"},       {"lamb", "meat"},
      {"veal", "meat"},        {"game", "meat"},          {"nut", "nut"},            {"sweet", "sweet"},
      {"snack", "sweet"},      {"vegetable", "vegetable"}, {"sauce", "sauce"},       {"soup", "sauce"},
      {"mixed", "dish"},       {"entree", "dish"},        {"fast food", "dish"},     {"restaurant", "dish"}}};
  const std::string lower = to_lower(group);
  for (const auto& [key, kind] : kinds) {
    if (lower.find(key) != std::string::npos) return std::string(kind);
  }
  return lower;
}

/// Whether a word says that the amount after it is rough: `(about 2 cups)`, `(approx 1/3 lemon)`.
bool is_rough(std::string_view word) {
  return one_of(word, {"about", "approximately", "approx", "approx.", "around", "roughly", "~"});
}

// Words that do not change a food's vitamin K per gram: how it was cut, its size, how fresh or how measured.
// They are set aside when the food is not found with them.
bool is_set_aside(std::string_view word) {
  return one_of(word, {"chopped", "minced", "grated", "sliced", "diced", "shredded", "cubed", "crushed", "julienned",
                       "fresh", "freshly", "frozen", "thawed", "peeled", "unpeeled", "seeded", "deseeded", "pitted",
                       "trimmed", "rinsed", "washed", "shelled", "hulled", "shaved", "free-range", "skinless",
                       "boneless", "bone-in", "seedless", "deli", "deli-style", "halved", "quartered", "torn",
                       "packed", "loosely", "firmly",
                       "lightly", "finely", "coarsely", "roughly", "thinly", "thickly", "very", "thin", "thick", "large", "medium", "small",
                       "inner", "outer", "lg", "md", "med", "sm", "big", "jumbo", "ripe", "organic", "softened",
                       "melted", "cold",
                       "chilled", "warm", "room-temperature", "heaping", "heaped", "level", "scant", "generous",
                       "about", "approximately", "approx", "around", "roughly", "some", "whole", "extra", "good",
                       "quality", "homemade", "store-bought", "cut", "into", "pieces", "bite-size", "bite-sized",
                       "and", "then", "or", "plus", "more", "for", "garnish", "serving", "to", "taste", "optional",
                       "divided",
                       "hot", "crumbled", "drained", "flaked", "ready-made", "ready-rolled", "shop-bought", "unwaxed",
                       "patted-dry", "patted", "spun", "blotted",
                       "good-quality", "best-quality", "plump", "firm", "extra large", "plain", "natural", "young",
                       "sifted", "unsifted", "snipped", "picked", "scrubbed", "cleaned", "additional", "day-old",
                       "stale", "crusty", "imported", "neutral", "flavourless", "flavorless", "runny", "clear", "pure",
                       "tightly", "lukewarm", "tepid", "high-quality", "mild", "briefly", "quickly", "gently",
                       "slowly",
                       // grated in French
                       "râpé", "râpée", "râpés", "râpées",
                       // fresh in French, Spanish, Italian, German, Dutch, Polish and Swedish
                       "frais", "fresco", "fresca", "frescos", "frescas", "freschi", "fresche", "frisch", "frische",
                       "frischer", "frischen", "vers", "verse", "świeży", "świeże", "świeża", "färsk", "färska"});
}

/// Whether a word is the cut of a USDA measure as trackers copy it after a comma (`1 cup, cubes`, `1 cup, halves`).
bool is_measure_cut(std::string_view word) {
  return one_of(to_lower(word), {"cubes", "chunks", "pieces", "slices", "strips", "halves"});
}

/// Whether a word says that a food has less salt, which changes no vitamin K: a name that says so is the food's
/// where no food of the table has that name (`low-sodium vegetable broth`, `no-salt-added black beans`).
bool is_less_salt(std::string_view word) {
  return one_of(to_lower(word), {"low-sodium", "lower-sodium", "reduced-sodium", "no-salt-added", "salt-free"});
}

// States of a food's name that an item saying `fresh` does not mean.
constexpr std::string_view kNotFresh[] = {" dried ", " dehydrated ", " ground ", " powder ", " powdered ", " dry ",
                                          " canned "};

// The words of a name that say the food is cooked.
constexpr std::string_view kCooked[] = {" cooked ", " boiled ", " steamed ", " fried ", " roasted ", " baked ",
                                        " grilled ", " broiled ", " braised ", " stewed ", " poached ", " microwaved ",
                                        " rotisserie "};

// The words of a name that `uncooked` means.
constexpr std::string_view kUncooked[] = {" uncooked ", " raw ", " dry ", " unprepared "};

/// The percentage that a word is (`2%`, `3.25%`), or nullopt.
std::optional<double> percent_of(std::string_view word) {
  if (word.size() < 2 || word.back() != '%' || !std::isdigit(static_cast<unsigned char>(word.front()))) {
    return std::nullopt;
  }
  double value = 0;
  const std::string_view digits = word.substr(0, word.size() - 1);
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

/// Words that say how much fat a milk, a yogurt or a meat has (`skim`, `lean`): in a parenthesis after the food
/// they are of its name (`milk (skim)`), as is a percentage alone or of fat (`milk (2%)`, `(90% lean)`).
bool is_fat_word(std::string_view word) {
  return one_of(word, {"skim", "skimmed", "semi-skimmed", "nonfat", "non-fat", "fat-free", "low-fat", "lowfat",
                       "reduced-fat", "full-fat", "whole", "lean"});
}

/// Whether the word at `k` of `words` is a percentage alone or of fat (`(2%)`, `(10% fat)`, `(90% lean)`), not of
/// cocoa (`(70% cocoa solids)`).
bool is_fat_percent(const std::vector<Word>& words, std::size_t k) {
  if (!percent_of(words[k].text)) return false;
  if (k + 1 >= words.size()) return true;
  const std::string after = to_lower(words[k + 1].text);
  return after == ")" || is_fat_word(after) || one_of(after, {"fat", "milkfat", "butterfat"});
}

/// The percentages of a food's name, as ranges (`70-85% cacao`), and those that `whole milk` says.
std::vector<std::pair<double, double>> percents_named(std::string_view name) {
  std::vector<std::pair<double, double>> named;
  for (std::size_t k = 0; k < name.size(); ++k) {
    const auto digit = [&](std::size_t at) { return at < name.size() && std::isdigit(static_cast<unsigned char>(name[at])); };
    if (!digit(k) || (k > 0 && (digit(k - 1) || name[k - 1] == '.'))) continue;
    std::size_t end = k;
    while (digit(end) || (end < name.size() && name[end] == '.')) ++end;
    const std::optional<double> low = percent_of(std::string(name.substr(k, end - k)) + "%");
    if (!low) continue;
    if (end < name.size() && name[end] == '%') named.emplace_back(*low, *low);
    // `70-85%`: a range, whose end is then passed.
    std::size_t high_end = end + 1;
    while (end < name.size() && name[end] == '-' && (digit(high_end) || (high_end < name.size() && name[high_end] == '.'))) {
      ++high_end;
    }
    if (end < name.size() && name[end] == '-' && high_end < name.size() && name[high_end] == '%') {
      if (const std::optional<double> high = percent_of(name.substr(end + 1, high_end - end))) {
        named.emplace_back(*low, *high);
        k = high_end;
      }
    }
  }
  const std::string spaced_name = spaced(normalize_key(name));
  // A whole-milk yogurt's fat is of 3 to 5% (USDA's Greek one has 5 g in 100 g).
  if (spaced_name.find(" whole milk ") != std::string::npos) named.emplace_back(3.0, 5.0);
  if (spaced_name.find(" milk whole ") != std::string::npos) named.emplace_back(3.25, 3.25);
  return named;
}

/// What is made of a food, as the last word of a name: `raspberry preserves`, `mustard oil`, `chicken stock`.
bool is_made_of_food(std::string_view word) {
  return one_of(singular(to_lower(word)),
                {"preserve", "jam", "jelly", "juice", "oil", "vinegar", "sauce", "extract", "syrup", "flour", "milk",
                 "butter", "cheese", "yogurt", "yoghurt", "seed", "leaf", "powder", "paste", "stock", "broth", "wine",
                 "zest", "peel", "liqueur", "cube", "chutney", "relish", "puree", "purée", "marmalade", "curd",
                 "cordial", "sausage", "mince", "burger", "patty", "meatball", "noodle", "pesto", "honey", "spread",
                 "concentrate", "ghee", "lard", "margarine", "shortening", "bouillon", "granule", "base"});
}

/// A part of a food that a recipe keeps on it or with it (`, with leaves`, `(with skin)`, `, with their juices`), in
/// the singular: no other food.
bool is_part_kept_on(std::string_view word) {
  return one_of(word, {"leaf", "leave", "skin", "stem", "stalk", "top", "frond", "green", "bone", "shell", "husk",
                       "head", "tail", "pit", "stone", "crust", "fat", "giblet", "trimming", "brine", "solid", "tip",
                       "end", "shred", "fillet", "wing", "pocket", "fibre", "fiber", "piece", "spot", "bottom",
                       "core", "root", "neck", "heart", "roe", "egg", "yolk", "white", "rib"});
}

/// The words of the name of a food kept in a can, a jar or a pack.
constexpr std::string_view kKeptSo[] = {" canned ", " jarred ", " pickled ", " pack ", " packed ", " bottled "};

/// A food's name as written, without the comma of a note after it (`peas,`).
std::string_view without_trailing_comma(std::string_view name) {
  while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.remove_suffix(1);
  return name;
}

/// The error of a pint that is not said to be the US or the imperial one.
std::string pint_unsaid(std::string_view written) {
  return fmt::format("'{}' may be a US pint (473 ml) or a UK one (568 ml) (expected 'US pint' or 'UK pint', or the "
                     "volume in ml)",
                     quote_excerpt(written));
}

/// `gekookt` (Dutch), `gekocht` (German), `cuit`, `bouilli` (French), `cocido`, `hervido` (Spanish), `cotto`,
/// `lessato`, `bollito` (Italian), `kokt` (Swedish, Norwegian), `kogt` (Danish), `cozido` (Portuguese), and
/// `gestoomd`, `gedämpft`, `gedünstet`, `vapeur`, `vapore`, `ångkokt` (Dutch, German, French, Italian and Swedish:
/// steamed; `al vapor`, `à la vapeur` and `al vapore` are read as one word),
/// `hardgekookt`, `hartgekocht` (hard-boiled), `főtt` (Hungarian), `vařené` (Czech), `варёное` (Russian),
/// `βραστά` (Greek), `haşlanmış` (Turkish), `rebus` (Indonesian), `مسلوق` (Arabic), `삶은` (Korean), `茹で`, `ゆで`,
/// `蒸し` (Japanese: boiled, steamed): cooked in water or steam, as a
/// diary kept in another language writes it (`spruitjes, gekookt`); never set aside as a note that says nothing of
/// the food.
bool is_cooked_abroad(std::string_view word) {
  return one_of(to_lower(word),
                {"gekookt", "gekocht", "cuit", "cuits", "cuite", "cuites", "bouilli", "bouillis", "bouillie",
                 "bouillies", "cocido", "cocidos", "cocida", "cocidas", "hervido", "hervidos", "hervida", "hervidas",
                 "cotto", "cotti", "cotta", "cotte", "lessato", "lessati", "lessata", "lessate", "lesso", "lessi",
                 "lessa", "lesse", "bollito", "bolliti",
                 "bollita", "bollite", "kokt", "kogt", "cozido", "cozidos", "cozida", "cozidas", "gestoomd",
                 "gedämpft", "gedünstet", "vapeur", "vapore", "ångkokt", "gotowany", "gotowane", "gotowana",
                 "keitetty", "gestoomde", "gekookte", "gekochte", "gedämpfte", "gedünstete", "hardgekookt",
                 "hardgekookte", "zachtgekookt", "zachtgekookte", "hartgekocht", "hartgekochte", "hartgekochtes",
                 "gekochtes", "gekochter", "gekochten", "weichgekocht", "weichgekochte", "kokta", "kokte", "kogte",
                 "keitetyt", "keitettyä", "főtt",
                 "vařené", "vařený", "vařená", "varené", "варёное", "вареное", "варёные", "вареные", "варёный",
                 "вареный", "варёная", "вареная", "βραστά", "βραστό", "βραστός", "βραστή", "βραστές", "haşlanmış",
                 "rebus", "مسلوق", "مسلوقة", "\uc0b6\uc740", "\ub370\uce5c", "\ucc10", "\u8339\u3067",
                 "\u8339\u3067\u305f", "\u3086\u3067", "\u3086\u3067\u305f", "\u84b8\u3057",
                 "\u84b8\u3057\u305f"});
}

/// Whether a word says in another language that a food was fried, roasted, grilled or braised, which vitk reads in
/// English alone: a state that is never set aside (`rode kool, gestoofd`, `Hühnerleber gebraten`).
bool is_cooked_otherwise_abroad(std::string_view word) {
  // The words' lengths and first letters first: this runs for every word that a state may be.
  if (word.size() < 5 || word.size() > 10 || std::string_view("gGrRbBsSpPdD").find(word[0]) == std::string_view::npos) {
    return false;
  }
  return one_of(word, {"gebraten", "gebakken", "gestoofd", "geschmort", "gegrild", "gegrillt", "geroosterd",
                                 "geröstet", "rôti", "rôtie", "rôtis", "rôties", "grillé", "grillée", "grillés",
                                 "grillées", "braisé", "braisée", "braisés", "braisées", "smażony", "smażone",
                                 "smażona", "pieczony", "pieczone", "pieczona", "duszony", "duszone", "duszona",
                                 "stekt", "stekte", "stekta", "gebratene", "gebratener", "gebratenes",
                                 "gegrillte", "poêlé", "poêlée", "poêlés", "poêlées", "grelhado", "grelhada",
                                 "grelhados", "grelhadas"});
}

/// Whether a word is a shape that a food is cut into (`florets`, `1-inch`, `chunks`), after `into`.
bool is_shape(std::string_view word) {
  const std::string w = to_lower(word);
  if (w.ends_with("-inch") || w.ends_with("cm") ||
      (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
    return true;
  }
  return one_of(singular(w), {"floret", "piece", "chunk", "cube", "strip", "wedge", "ring", "slice", "round", "half",
                              "quarter", "spear", "stick", "baton", "matchstick", "ribbon", "length", "segment",
                              "shred", "bite-size", "bite-sized", "bite", "size", "sized", "inch", "small", "large",
                              "even", "equal", "thin", "thick"});
}

// Words that change a food's vitamin K per gram: they choose the food and are never set aside.
bool is_state_word(std::string_view word) {
  return one_of(word, {"raw", "uncooked", "cooked", "boiled", "steamed", "fried", "roasted", "baked", "grilled", "broiled",
                       "sauteed", "sautéed", "braised", "stewed", "poached", "dried", "dehydrated", "canned",
                       "pickled", "smoked", "microwaved", "toasted", "scrambled", "wilted", "stir-fried", "pan-fried",
                       "deep-fried", "well-cooked", "hard-boiled", "soft-boiled", "hardboiled", "softboiled"}) ||
         is_cooked_abroad(word) || is_cooked_otherwise_abroad(word);
}

/// Whether a word joins an amount to its food as `of` does, in English or in the languages whose names vitk knows:
/// `1 c. à soupe d'huile d'olive`, `2 tranches de jambon`, `1 cucchiaio di olio`, `1 cucharada de aceite`.
bool is_of(std::string_view word) {
  if (word.empty() || (word[0] != 'o' && word[0] != 'O' && word[0] != 'd' && word[0] != 'D')) return false;
  return one_of(to_lower(word),
                {"of", "de", "d'", "d\u2019", "du", "des", "di", "del", "della", "dell'", "dell\u2019"});
}

/// Whether a food's group is one of drinks: vitk's own, or USDA's.
bool is_drink_group(std::string_view group) {
  return group == "drinks" || group == "Beverages" || group == "Alcoholic Beverages";
}

/// Whether a food is drunk: a drink, a milk, a kefir or a juice, or a soup, a broth or a stock of the soups, which a
/// glass or a mug may hold (not `Crackers, saltines (includes ... soup)`).
bool is_drink(const Food& food) {
  const std::string name = to_lower(food.name());
  if (is_drink_group(food.group())) return true;
  for (const std::string_view drunk : {"milk", "kefir", "juice"}) {
    if (name.find(drunk) != std::string::npos) return true;
  }
  const bool soups = food.group() == "Soups, Sauces, and Gravies" || food.group() == "sauces";
  for (const std::string_view drunk : {"soup", "broth", "stock", "bouillon"}) {
    if (soups && name.find(drunk) != std::string::npos) return true;
  }
  return false;
}

// A food eaten from a bowl: a cooked grain or legume, a yogurt, a soup, a stew or a dish, by its group and its name.
bool eaten_from_bowl(const Food& food) {
  if (!one_of(food_kind(food.group()), {"grain", "legume", "dairy", "sauce", "dish"})) return false;
  const std::string name = spaced(normalize_key(food.name()));
  for (const std::string_view said : {" cooked ", " boiled ", " soup ", " stew ", " chili ", " entree ", " yogurt "}) {
    if (name.find(said) != std::string::npos) return true;
  }
  return false;
}

/// A colour, which names a kind of a food rather than a food (`green`, `orange` peppers).
bool is_colour(std::string_view word) {
  return one_of(word, {"green", "red", "yellow", "orange", "black", "white", "purple", "brown", "golden", "pink"});
}

bool is_size_word(std::string_view word) {
  return one_of(word, {"large", "medium", "small", "lg", "md", "med", "sm", "big", "jumbo", "extra-large", "xl",
                       "extra large", "inner", "outer",
                       "thin", "thick", "heaping", "heaped", "level", "scant", "generous", "rounded"});
}

/// `kale, 80g portion`, `2 x 80g portions broccoli`: after a weight or a volume, the word for the portion it is.
bool is_portion_word(std::string_view word) {
  return one_of(word, {"portion", "portions", "serving", "servings", "helping", "helpings"});
}

// Containers whose weight a recipe gives in parentheses: `1 (15 ounce) can black beans`.
bool is_container(std::string_view word) {
  const std::string unit = singular(canonical_unit(word));
  return one_of(unit, {"can", "jar", "package", "pkg", "packet", "bag", "box", "bottle", "carton", "tin",
                       "container", "tub", "block", "pack", "envelope", "sachet", "punnet"});
}

// A pack or a container that a food is sold in, whose weight varies by brand: `pack`, `can`, `tub`.
bool is_package(std::string_view unit) {
  return one_of(singular(unit), {"pack", "package", "packet", "container", "can", "jar", "tub", "pot", "bag", "box",
                                 "carton", "bottle", "punnet"});
}

// Number words, with their value: `a cup`, `two eggs`, `a dozen eggs`, `half a cup`, `three quarters cup`.
struct NumberWord {
  std::string_view word;
  double value;
};
constexpr std::array kNumberWords = {
    NumberWord{"a", 1},       NumberWord{"an", 1},      NumberWord{"one", 1},     NumberWord{"two", 2},
    NumberWord{"three", 3},   NumberWord{"four", 4},    NumberWord{"five", 5},    NumberWord{"six", 6},
    NumberWord{"seven", 7},   NumberWord{"eight", 8},   NumberWord{"nine", 9},    NumberWord{"ten", 10},
    NumberWord{"eleven", 11}, NumberWord{"twelve", 12}, NumberWord{"dozen", 12},  NumberWord{"half", 0.5},
    NumberWord{"quarter", 0.25}, NumberWord{"third", 1.0 / 3}, NumberWord{"couple", 2},
    // In the languages whose names vitk knows: Dutch, German, French, Spanish, Italian and Polish.
    NumberWord{"een", 1},     NumberWord{"ein", 1},     NumberWord{"eine", 1},    NumberWord{"twee", 2},
    NumberWord{"zwei", 2},    NumberWord{"deux", 2},    NumberWord{"dos", 2},     NumberWord{"due", 2},
    NumberWord{"drie", 3},    NumberWord{"drei", 3},    NumberWord{"trois", 3},   NumberWord{"vier", 4},
    NumberWord{"p\u00f3\u0142", 0.5},
    // Their one, three and four (French, Spanish, Italian), the Polish numbers up to four, and the Swedish ones.
    NumberWord{"un", 1},      NumberWord{"une", 1},     NumberWord{"uno", 1},     NumberWord{"una", 1},
    NumberWord{"tres", 3},    NumberWord{"tre", 3},     NumberWord{"quatre", 4},  NumberWord{"cuatro", 4},
    NumberWord{"quattro", 4}, NumberWord{"jeden", 1},   NumberWord{"jedna", 1},   NumberWord{"jedno", 1},
    NumberWord{"dwa", 2},     NumberWord{"dwie", 2},    NumberWord{"trzy", 3},    NumberWord{"cztery", 4},
    NumberWord{"ett", 1},     NumberWord{"tv\u00e5", 2}, NumberWord{"fyra", 4},
    // Portuguese one and two.
    NumberWord{"um", 1},      NumberWord{"uma", 1},     NumberWord{"dois", 2},    NumberWord{"duas", 2},
    // Halves of Spanish, Italian and French (`medio aguacate`, `mezza mela`, `un demi avocat`), and Korean native
    // numbers before a counter (`밥 한 공기` is a bowl of rice).
    NumberWord{"medio", 0.5}, NumberWord{"media", 0.5}, NumberWord{"mezzo", 0.5}, NumberWord{"mezza", 0.5},
    NumberWord{"demi", 0.5},  NumberWord{"\ud55c", 1},  NumberWord{"\ub450", 2},  NumberWord{"\uc138", 3},
};

std::optional<double> number_word(std::string_view word) {
  const std::string lower = to_lower(word);
  for (const NumberWord& number : kNumberWords) {
    if (number.word == lower) return number.value;
  }
  return std::nullopt;
}

/// A number read from words: its value, the words it took, a unit glued to its last word (`50g`), and the
/// place of any problem.
struct Number {
  double value = 0;
  std::size_t words = 0;
  std::string_view glued_unit;
  std::size_t glued_offset = 0;
  std::string_view descending;  ///< a range that goes down, as written (`3-2`)
};

/// An amount: a quantity and, when it has one, its unit (canonical), and the grams of a container the recipe
/// weighed (`1 (15 oz) can`).
struct Amount {
  double quantity = 0;
  std::string unit;             ///< canonical; empty: servings
  std::string_view unit_text;   ///< as written, for messages
  std::size_t unit_offset = 0;
  std::size_t offset = 0;       ///< where the amount starts
  std::size_t end_offset = 0;   ///< where it ends
  std::optional<double> container_grams;  ///< grams of each counted container, when the recipe weighed it
  std::optional<double> container_ml;     ///< or millilitres, when it measured it (`One 750ml bottle`)
  bool container_ounces = false;          ///< the container's weight was written in ounces (`a 12 oz can`)
  std::string_view container = "container";  ///< what is counted so: a container, or a piece (`4 6-ounce fillets`)
  std::vector<Amount> equivalents;        ///< `(14 oz)`, `/ 3½oz`
  bool counts_pieces = false;             ///< written before the food without a unit: `2 lemons`, `a cabbage`
  double times = 1;                       ///< `4 x 400g`: the quantity is 4 times the amount its equivalents give
  std::string_view descending;            ///< a range that goes down, as written (`3-2`): no amount
  std::string_view vessel;                ///< the glass or mug a volume fills (`250ml glass of milk`)
  std::string_view pint_container;        ///< a container's size in pints, as written (`2-pint`): which pint?
  std::size_t pint_container_offset = 0;
};

/// Whether a food is sold in cans: canned, or ready to serve (`can chicken broth`: USDA's ready-to-serve broth).
bool sold_canned(const Food& food) {
  const std::string name = normalize_key(food.name());
  return name.find("canned") != std::string::npos || name.find("ready to serve") != std::string::npos;
}

/// The portion that another name of it says (`stick`, `rib`: a stalk of celery; `rasher`, a `strip` of meat: a
/// slice), where the food has it.
std::optional<Portion> portion_said_as(const Food& food, std::string_view said) {
  // `5 carrot sticks`: a stick or a baton of a vegetable that has no stalk is its strip. `1 package active dry
  // yeast`: a package of a food that USDA weighs by the packet, as American recipes name the packet.
  for (const auto& [name, portion_name] : {std::pair<std::string_view, std::string_view>{"stick", "stalk"},
                                           {"rib", "stalk"}, {"rasher", "slice"}, {"strip", "slice"},
                                           {"stick", "strip"}, {"baton", "strip"}, {"package", "packet"}}) {
    if (said != name || (name == "strip" && food_kind(food.group()) != "meat") ||
        (portion_name == "strip" && food_kind(food.group()) != "vegetable")) {
      continue;
    }
    if (std::optional<Portion> portion = food.find_portion(portion_name)) return portion;
  }
  return std::nullopt;
}

/// Whether an equivalent amount agrees with the first: within 5% of it, where either may be rounded as cookbooks'
/// conversion tables round (`100g/4oz` butter, `2 tbsp (25 mL)` flour; see kitchen_rounding).
bool agree(double grams, std::string_view unit, double other, std::string_view other_unit) {
  const KitchenRounding first = kitchen_rounding(unit);
  const KitchenRounding second = kitchen_rounding(other_unit);
  const double slack = 1 + kEquivalentTolerance;
  return grams * first.high * slack >= other * second.low && other * second.high * slack >= grams * first.low;
}

/// The words of a text, lower-case, as written.
std::vector<std::string> key_words(std::string_view text) {
  std::vector<std::string> out;
  const std::string key = normalize_key(text);
  for (std::size_t start = 0; start < key.size();) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    if (end > start) out.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

/// The words of a text, lower-case and singular.
std::vector<std::string> singular_words(std::string_view text) {
  std::vector<std::string> out = key_words(text);
  for (std::string& word : out) word = singular(word);
  return out;
}

/// Whether a food's names hold `head` (a singular word) as the thing they name: as the last word of its id or of
/// an alias, or as the first or the last word of a part of its name between commas (`Beef, chuck pot roast` holds
/// chuck). Not in a part that says what it is made with or without (`Celery, cooked, ..., with salt` holds no
/// salt), nor amid other words (`Snack, Mixed Berry Bar` holds no berries), nor in a list of what it is made from
/// (`Sauce, peanut, made from coconut, water, sugar` holds no sugar).
bool names_as_head(const Food& food, const std::string& head) {
  const auto ends_with_head = [&](std::string_view text) {
    const std::vector<std::string> words = singular_words(text);
    return !words.empty() && words.back() == head;
  };
  if (ends_with_head(food.id())) return true;
  for (std::size_t i = 0; i < food.alias_count(); ++i) {
    if (ends_with_head(food.alias(i))) return true;
  }
  const std::string_view name = food.name();
  for (std::size_t start = 0; start < name.size();) {
    const std::size_t end = std::min(name.find_first_of(",()", start), name.size());
    std::vector<std::string> words = singular_words(name.substr(start, end - start));
    start = end + 1;
    if (words.empty()) continue;
    // `made from coconut, water, sugar`, `(includes onion, poppy, sesame)`: what follows lists ingredients.
    const auto lists = std::find_if(words.begin(), words.end(), [](const std::string& w) {
      return one_of(w, {"made", "include", "includes", "contain", "contains"});
    });
    if (lists != words.end()) {
      if (lists == words.begin()) break;
      words.erase(lists, words.end());
    }
    if (one_of(words.front(), {"no", "reduced", "low", "less", "light"}) || one_of(words.back(), {"added", "free"})) {
      continue;
    }
    const auto with = std::find_if(words.begin(), words.end(), [](const std::string& w) {
      return one_of(w, {"with", "without", "w"});
    });
    const bool served_with = with != words.end();
    words.erase(with, words.end());
    // `Beef, chuck pot roast` holds the chuck of `beef chuck` as the first word of a part.
    if (!words.empty() && (words.back() == head || words.front() == head)) return true;
    // `grilled chicken filet sandwich, with lettuce, tomato and spread`: the parts after `with` list what the food
    // is served with.
    if (served_with) break;
  }
  return false;
}

/// The portions of one whole piece of a food, in the order a count looks for them.
constexpr std::string_view kWholePieces[] = {"medium", "fruit", "whole", "each", "piece", "head", "bulb",
                                             "melon-medium", "melon", "container", "berry", "link", "patty", "cookie",
                                             "crispbread", "cracker", "biscuit", "kernel", "nut", "pattie", "sandwich",
                                             "large"};

/// Japanese foods eaten from a bowl, which the counter 杯 counts in bowls: rice (ご飯, ごはん, 御飯, 白米, 玄米),
/// miso soup (味噌汁, みそ汁) and noodles (ラーメン, うどん, そば, 蕎麦).
constexpr std::string_view kJapaneseBowlFoods[] = {
    "\u3054\u98ef", "\u3054\u306f\u3093", "\u5fa1\u98ef", "\u767d\u7c73", "\u7384\u7c73", "\u5473\u564c\u6c41",
    "\u307f\u305d\u6c41", "\u30e9\u30fc\u30e1\u30f3", "\u3046\u3069\u3093", "\u305d\u3070", "\u854e\u9ea6"};

/// Words of the names of foods that are leaves, as vitk's names and ids write them.
constexpr std::string_view kLeafyWords[] = {" lettuce ", " cabbage ", " kale ", " chard ", " spinach ", " arugula ",
                                            " radicchio ", " endive ", " escarole ", " chicory ", " cress ",
                                            " watercress ", " greens ", " bok choy ", " pak choi ", " collards ",
                                            " mache ", " lamb s lettuce ", " sorrel ", " romaine ", " iceberg ",
                                            " broccoli chinese ", " shungiku ", " chrysanthemum ", " amaranth leaves "};

/// Where a leaf grows on its head (`inner`, `outer`): unlike a size, never set aside, as the outer leaves of a
/// lettuce weigh several times its inner ones.
bool where_grown(std::string_view word) { return one_of(to_lower(word), {"inner", "outer"}); }

/// A size word of a piece (`large`, `lg`, `small` ...) as its portion's name, or empty.
std::string piece_size(std::string_view word) {
  std::string size = to_lower(word);
  if (size == "lg" || size == "big") size = "large";
  if (size == "md" || size == "med") size = "medium";
  if (size == "sm") size = "small";
  if (size == "xl" || size == "extra large") size = "extra-large";
  return one_of(size, {"large", "medium", "small", "extra-large", "jumbo", "baby", "inner", "outer"}) ? size
                                                                                                   : std::string();
}

/// Whether a portion is the whole food (`medium`, or `potato` of `Potato, baked`) rather than a part of it that
/// an item names (`clove` of garlic): a size is set aside only for a part, as USDA's clove is any clove.
bool is_whole_piece(const Food& food, std::string_view unit) {
  if (std::find(std::begin(kWholePieces), std::end(kWholePieces), unit) != std::end(kWholePieces)) return true;
  for (const std::string_view text : {food.name(), food.id()}) {
    const std::vector<std::string> words = singular_words(text);
    if (std::find(words.begin(), words.end(), unit) != words.end()) return true;
  }
  return false;
}

/// A part as USDA names it: its floret is a floweret, and a British rasher of bacon is a slice.
std::string usda_part(std::string word) {
  if (word == "floret") return "floweret";
  if (word == "rasher") return "slice";
  return word;
}

/// The part of a food that the last word of an item's name counts (`fillet` of `salmon fillets`), or the whole
/// loaf it names (`baguette`), or nullopt.
std::optional<std::string> named_part(std::string_view name) {
  const std::vector<std::string> words = singular_words(name);
  // `1 baguette`, `a loaf`: a whole loaf, of a bread whose serving is no loaf.
  if (!words.empty() && one_of(words.back(), {"baguette", "loaf", "ciabatta"})) return words.back();
  if (words.size() < 2 || !one_of(words.back(), {"fillet", "steak", "breast", "wing", "leg", "thigh", "drumstick",
                                                 "chop", "cutlet", "slice", "floret", "sprig", "clove", "stalk",
                                                 "rasher", "rib", "shank", "tail", "loin", "cube", "chunk", "half",
                                                 "halve", "ball", "shaving", "stick", "baton", "segment", "spear",
                                                 "wedge"})) {
    return std::nullopt;
  }
  return usda_part(words.back());
}

/// The part of `food` that the last word of an item's name counts: a stick, a baton or a segment only of a
/// vegetable or a fruit (`mozzarella sticks` and `fish sticks` are foods of their own, counted whole).
std::optional<std::string> named_part_of(const Food& food, std::string_view name) {
  std::optional<std::string> part = named_part(name);
  if (part && one_of(*part, {"stick", "baton", "segment"}) &&
      !one_of(food_kind(food.group()), {"vegetable", "fruit"})) {
    part.reset();
  }
  return part;
}

/// Whether an item's name counts leaves (`romaine leaves`, `leaves green lettuce`, `leaf lettuce` after a count), a
/// part of a lettuce that is never its head: a name that begins or ends with a leaf, or says leaves anywhere (`green
/// leaf lettuce` names the kind).
bool names_leaves(std::string_view name) {
  const std::vector<std::string> words = key_words(name);
  if (words.size() > 1 && (singular(words.back()) == "leaf" || words.front() == "leaf")) return true;
  return std::find(words.begin(), words.end(), "leaves") != words.end();
}

/// Whether a word is letters alone (Latin ones with accents too: `rosé`, `jalapeño`), perhaps with a hyphen or an
/// apostrophe (`pan-fried`, `o'clock`), beginning with a letter: no number, count, sign or bracket (`½`, `—`).
bool letters_only(std::string_view word) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (std::isalpha(byte) || (i > 0 && (byte == '-' || byte == '\''))) continue;
    // U+00C0 to U+017F: the letters of Latin-1 and Latin Extended-A, written as two bytes (and a few signs of
    // U+00D7 and U+00F7 among them, which no food's word holds).
    const bool continued = i + 1 < word.size() && (static_cast<unsigned char>(word[i + 1]) & 0xC0) == 0x80;
    if (byte >= 0xC3 && byte <= 0xC5 && continued) {
      ++i;
      continue;
    }
    return false;
  }
  return !word.empty();
}

/// Whether an item's name counts roast potatoes or parsnips (`roast potatoes x4`, `2 roasted parsnips`): pieces cut
/// from them and roasted, never whole baked ones.
/// Not sweet potatoes, nor whole, new or baby ones, nor ones of a size, which are roasted whole.
bool names_roast_pieces(std::string_view name) {
  const std::vector<std::string> words = singular_words(name);
  for (const std::string& w : words) {
    if (one_of(w, {"sweet", "whole", "new", "baby", "jacket"}) || !piece_size(w).empty()) return false;
  }
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (one_of(words[k], {"roastie"})) return true;
    if (k + 1 < words.size() && one_of(words[k], {"roast", "roasted"}) &&
        one_of(words[k + 1], {"potato", "potatoe", "parsnip", "spud"})) {
      return true;
    }
  }
  return false;
}

/// The words of an item's name before its first comma: after it, a note the name may have been found with.
std::string_view before_comma(std::string_view name) { return name.substr(0, name.find(',')); }

/// Whether a part (named_part_of) is a piece cut from the food (`chunk`, `slice`, `segment` ...), never a whole one.
bool is_cut_piece(std::string_view part) {
  return one_of(part, {"chunk", "cube", "slice", "ball", "shaving", "stick", "baton", "segment", "wedge", "spear"});
}

/// Whether an item's name ends with another name of a portion of the food (`sticks` of `carrot sticks`: strips).
bool names_said_part(const Food& food, std::string_view name) {
  // Not a word of a note the name was found with (`2 large carrots, cut into batons` are carrots).
  const std::optional<std::string> part = named_part_of(food, before_comma(name));
  return part && !food.find_portion(*part) && portion_said_as(food, *part);
}

/// Whether an item's name ends with a piece cut from the food that it has no portion of (`orange segments`,
/// `pineapple chunks`), whose size is never the size of a whole one.
bool names_cut_part(const Food& food, std::string_view name) {
  const std::optional<std::string> part = named_part_of(food, before_comma(name));
  return part && !food.find_portion(*part) && !portion_said_as(food, *part) && is_cut_piece(*part);
}

/// Whether a word of an item's name is a part of the food it has a portion for (`cloves` of `garlic cloves`).
bool names_a_piece(const Food& food, std::string_view name) {
  for (const std::string& word : singular_words(name)) {
    if (word != "serving" && food.find_portion(word) && !is_whole_piece(food, word)) return true;
  }
  return false;
}

/// The portion that a count written before the food counts (`1 lemon`, `10 green beans`, `a cabbage`), when it
/// is not the serving: the serving stands where it is one piece already (`2 eggs`: its serving is the large
/// egg); else the food's portion of one piece: the one named as the food's last word (`bean`, `bagel`), then
/// medium, fruit, whole, each, piece, head, bulb, a medium melon ... cookie, crispbread, cracker and large
/// (kWholePieces). A food with none of them counts servings.
/// Whether a head of the food is a head of what the name names: not of a gem lettuce, whose head is a small kind's
/// (`little gem 1 head` is no head of romaine), nor of a mix of leaves that vitk reads as one of them (`a head of
/// mixed greens`). With `counted`, only where the name names the plant (`1 cos lettuce`), not a dish or a kind that
/// vitk reads as it (`1 salad`, `1 frisée`); a head written as the unit may be of a kind (`1 head frisée`).
bool head_is_of(const Food& food, std::string_view name, bool counted) {
  const std::vector<std::string> written = singular_words(name);
  if (std::find(written.begin(), written.end(), "sprouting") != written.end()) return false;
  // `3 romaine hearts`: a heart is the inner leaves of a head, sold three to a pack.
  for (const std::string_view part : {"gem", "heart"}) {
    if (std::find(written.begin(), written.end(), part) != written.end()) return false;
  }
  if (std::all_of(written.begin(), written.end(), [](const std::string& w) {
        return one_of(w, {"mixed", "mix", "salad", "green", "baby", "spring", "leaf", "leave", "mesclun"});
      })) {
    return false;
  }
  if (!counted) return true;
  for (const std::string_view text : {food.name(), food.id()}) {
    for (const std::string& word : singular_words(text)) {
      if (std::find(written.begin(), written.end(), word) != written.end()) return true;
    }
  }
  return false;
}

/// Whether a whole plant part of the food (its head, stalk or bunch) is one of what the name names: not where the
/// name is of a kind grown as many small heads (`sprouting broccoli`: USDA's stalk and bunch are of heading
/// broccoli), and for a head, as head_is_of says.
bool whole_is_of(const Food& food, std::string_view name, std::string_view unit, bool counted) {
  if (unit == "head") return head_is_of(food, name, counted);
  if (!one_of(unit, {"stalk", "bunch"})) return true;
  const std::vector<std::string> written = singular_words(name);
  return std::find(written.begin(), written.end(), "sprouting") == written.end();
}

std::optional<std::string> piece_unit(const Food& food, std::string_view name) {
  // The words of the name, last first: `10 green beans` counts beans; `10 cherry tomatoes`, cherries (of
  // `Tomatoes, red, ripe, raw`, whose portions hold `cherry` and `plum`).
  std::vector<std::string> pieces;
  for (std::size_t end = name.size(); end > 0;) {
    while (end > 0 && !std::isalpha(static_cast<unsigned char>(name[end - 1]))) --end;
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(name[start - 1]))) --start;
    if (start < end) {
      const std::string piece = singular(to_lower(name.substr(start, end - start)));
      pieces.push_back(usda_part(piece));
      // `1 wholemeal pitta` counts the pita: a word of the name in another spelling of a unit.
      if (const std::string spelled = canonical_unit(piece);
          spelled != piece && !grams_per_mass_unit(spelled) && !ml_per_volume_unit(spelled)) {
        pieces.push_back(spelled);
      }
    }
    end = start;
  }
  // Then the words of the food's id: `1 aubergine` counts the eggplant's `eggplant`.
  for (const std::string& word : singular_words(food.id())) pieces.push_back(word);
  const std::optional<Portion> serving = food.default_portion();
  // `4 gouda slices`: a part the name ends with is what is counted, even where it is the serving.
  const std::optional<std::string> part = named_part_of(food, name);
  // `a goose leg`: a part the food has no portion of is no whole bird, whose portion the name's other word names;
  // another part may be (`chicken thigh fillets` are thighs).
  if (part && !food.find_portion(*part)) {
    // `3 large celery sticks`: a part that is another name of a portion is that portion.
    if (const std::optional<Portion> said = portion_said_as(food, *part);
        said && named_part(before_comma(name))) {
      return std::string(said->unit);
    }
    std::erase_if(pieces, [](const std::string& unit) { return !named_part("x " + unit); });
  }
  for (const std::string& unit : pieces) {
    if (unit == "serving") continue;
    if (const std::optional<Portion> portion = food.find_portion(unit)) {
      if (serving && portion->grams == serving->grams && part != unit) return std::nullopt;
      return unit;
    }
  }
  // `a romaine leaf`, where romaine weighs only its inner and its outer leaves: a leaf is never a whole head; nor is
  // a piece cut from the food one whole (`2 pineapple chunks` are no pineapples).
  if (names_leaves(name) && !food.find_portion("leaf")) return std::nullopt;
  if (part && !food.find_portion(*part) && is_cut_piece(*part)) return std::nullopt;
  for (const std::string_view unit : kWholePieces) pieces.emplace_back(unit);
  // `1 snickers`, `1 whopper`: a bar that the food's name says it is (not a bar of dark chocolate), and USDA's item
  // of a fast food.
  // Only without a serving, which a count of it counts otherwise (some of USDA's bars are its miniatures).
  const std::vector<std::string> named = singular_words(food.name());
  if (!serving && std::find(named.begin(), named.end(), "bar") != named.end()) pieces.emplace_back("bar");
  // `2 wholemeal toast`, `rye toast x2`: a count of a bread without a serving counts its slices.
  if (!serving && std::find(named.begin(), named.end(), "bread") != named.end()) pieces.emplace_back("slice");
  pieces.emplace_back("item");
  if (serving) {
    std::vector<std::string> whole_ones = pieces;
    for (const char* unit : {"large", "small", "extra-large", "jumbo", "item", "order"}) whole_ones.emplace_back(unit);
    for (const std::string& unit : whole_ones) {
      if (const std::optional<Portion> portion = food.find_portion(unit); portion && portion->grams == serving->grams) {
        return std::nullopt;
      }
    }
  }
  for (const std::string& unit : pieces) {
    if (unit == "serving" || !food.find_portion(unit)) continue;
    if (!whole_is_of(food, name, unit, true)) continue;
    return unit;
  }
  return std::nullopt;
}

/// Whether a count of the food counts a piece small enough to be what `pcs` counts (`tomatoes 2 pcs`, `eggs 3
/// pieces`): a whole piece of at most 250 g that is no bar, or a serving that is one (the egg's large one). A head
/// of cabbage, a melon, a pizza or a bird is no piece of it, and a serving of milk or rice no piece at all.
bool small_piece(const Food& food, std::string_view name) {
  const auto small = [](const std::optional<Portion>& portion) { return portion && portion->grams <= 250; };
  if (const std::optional<std::string> unit = piece_unit(food, name)) {
    return *unit != "bar" && is_whole_piece(food, *unit) && small(food.find_portion(*unit));
  }
  const std::optional<Portion> serving = food.default_portion();
  if (!small(serving)) return false;
  for (const char* unit : {"large", "medium", "small", "each", "piece", "fruit"}) {
    if (const std::optional<Portion> portion = food.find_portion(unit); portion && portion->grams == serving->grams) {
      return true;
    }
  }
  // `frankfurter 2 pcs`: a serving that is one piece named by the food's name (`frankfurter`).
  for (std::size_t p = 0; p < food.portion_count(); ++p) {
    const Portion portion = food.portion(p);
    if (portion.grams == serving->grams && portion.unit != "serving" && is_whole_piece(food, portion.unit)) return true;
  }
  return false;
}

bool is_measure(std::string_view canonical);

/// Whether the food's serving is a whole piece of it (an apple's medium apple, a carrot's medium carrot), not a
/// measure (pineapple's cup of chunks) nor a cut piece (cantaloupe's wedge).
bool serving_is_whole(const Food& food) {
  const std::optional<Portion> serving = food.default_portion();
  if (!serving) return false;
  for (std::size_t p = 0; p < food.portion_count(); ++p) {
    const Portion portion = food.portion(p);
    // A piece of a pie or a cake is its slice.
    if (portion.unit != "serving" && portion.grams == serving->grams && !is_measure(portion.unit) &&
        !is_cut_piece(singular(portion.unit)) && portion.unit != "piece" && is_whole_piece(food, portion.unit)) {
      return true;
    }
  }
  return false;
}

[[noreturn]] void fail_at(const SourceLocation& at, std::size_t offset, const std::string& message) {
  SourceLocation where = at;
  where.column = static_cast<std::uint32_t>(at.column + offset);
  throw Error(ErrorKind::data, where, message);
}

/// A unit as a meal item writes it: recipe cards write a tablespoon as a capital `T` and a teaspoon as a small
/// `t`, which only the case tells apart (and which no table's portion or import's unit is).
std::string item_unit(std::string_view word) {
  if (word == "T" || word == "T.") return "tbsp";
  if (word == "t" || word == "t.") return "tsp";
  return canonical_unit(word);
}

/// Sets a flag of the reader for one nested lookup, and restores it however the lookup ends.
template <typename T>
class ScopedValue {
 public:
  ScopedValue(T& value, T during) : value_(value), before_(value) { value_ = std::move(during); }
  ScopedValue(const ScopedValue&) = delete;
  ScopedValue& operator=(const ScopedValue&) = delete;
  ~ScopedValue() { value_ = std::move(before_); }

 private:
  T& value_;
  T before_;
};

/// The piece that USDA weighs without a size, which a count of the food's medium ones counts (`1 medium avocado`,
/// `2 medium leeks`): the piece a count counts, or the portion the name's words or the id's name where that is
/// the serving. None where the food has only sizes or no piece.
std::optional<std::string> medium_piece(const Food& food, std::string_view name) {
  // Not a dish, a sweet or a drink, whose sizes are a maker's (USDA's pizza is a 14-inch one, its `oj` the juice of
  // an orange), nor a pie or a cake, whole or by the piece, nor a small piece (a chip, a slice of pepperoni).
  if (one_of(food_kind(food.group()), {"dish", "sweet", "drink", "sauce"})) return std::nullopt;
  const std::string own = spaced(normalize_key(food.name()));
  for (const std::string_view kind : {" pie ", " cake ", " cheesecake ", " tart ", " quiche ", " pizza "}) {
    if (own.find(kind) != std::string::npos) return std::nullopt;
  }
  const bool produce = one_of(food_kind(food.group()), {"fruit", "vegetable"});
  const auto big = [&](const std::string& unit) {
    const std::optional<Portion> portion = food.find_portion(unit);
    return portion && (produce || portion->grams >= 20);
  };
  if (std::optional<std::string> piece = piece_unit(food, name)) {
    if (piece_size(*piece).empty() && is_whole_piece(food, *piece) && big(*piece)) return piece;
    return std::nullopt;
  }
  std::vector<std::string> words = singular_words(name);
  for (std::string& word : singular_words(food.id())) words.push_back(std::move(word));
  for (const std::string& word : words) {
    if (piece_size(word).empty() && !is_measure(word) && food.find_portion(word)) {
      return big(word) ? std::optional<std::string>(word) : std::nullopt;
    }
  }
  // `1 medium beetroot`: the serving is the food's piece of another name (the beet's `beet`).
  if (const std::optional<Portion> serving = food.default_portion()) {
    for (std::size_t p = 0; p < food.portion_count(); ++p) {
      const Portion portion = food.portion(p);
      if (portion.unit != "serving" && portion.grams == serving->grams && (produce || portion.grams >= 20) &&
          piece_size(portion.unit).empty() && !is_measure(portion.unit) && is_whole_piece(food, portion.unit)) {
        return std::string(portion.unit);
      }
    }
  }
  return std::nullopt;
}

struct CookingKind;

class ItemReader {
 public:
  ItemReader(std::string_view text, const SourceLocation& at, const FoodCatalog& catalog)
      : text_(text), at_(at), catalog_(catalog) {
    lex();
  }

  Item read();

 private:
  Item read_item();
  void fail_if_second_food();
  std::optional<Amount> amount_if_any(std::size_t& i);
  // ---- the words of the item
  void lex();
  void read_percentages();
  void read_kind_after_count();
  void read_inch_sizes();
  template <class IsNumber>
  void read_brand_after_dash(const IsNumber& is_number_word);
  std::string inch_size_at(std::size_t k, std::size_t& taken) const;
  std::optional<std::string> inch_piece(const Food& food, std::string_view counted_name,
                                        std::string_view read_as) const;
  Item read_any_item();
  void add_word(std::size_t begin, std::size_t end);
  bool ends_vulgar(std::size_t at) const;
  bool mixed_fraction(std::size_t begin, std::size_t hyphen, std::size_t end) const;
  bool starts_vulgar(std::size_t at) const;
  std::string_view span(std::size_t first, std::size_t last) const;
  /// Whether the word at `i` is the `whole` of a kind of grain (`whole wheat`, `whole grain`), a word of the name.
  bool whole_grain_at(std::size_t i) const {
    return to_lower(word(i)) == "whole" && i + 1 < words_.size() &&
           one_of(to_lower(word(i + 1)), {"wheat", "grain", "grains", "meal", "wheatmeal"});
  }
  /// Whether the word at `i` is set aside (is_set_aside), where it is no part of a kind of grain.
  bool set_aside_at(std::size_t i) const { return is_set_aside(word(i)) && !whole_grain_at(i); }
  std::string_view word(std::size_t i) const {
    if (i == respelled_.first) return respelled_.second;
    return i < words_.size() ? words_[i].text : std::string_view();
  }

  // ---- the rules
  std::optional<Item> amount_first();
  std::optional<Amount> unit_alone(std::size_t& i);
  bool closing_note(std::size_t i) const;
  Item food_first();
  void set_aside_container_before_weight();
  std::optional<Item> juice_of();
  std::optional<Number> quantity(std::size_t& i);
  std::optional<Number> number(std::size_t& i);
  std::optional<Number> number_words(std::size_t& i);
  std::optional<double> range_end(std::size_t& i);
  std::optional<std::string> unit(std::size_t& i, std::string_view& written) const;
  bool is_unit_word(std::size_t i) const;
  bool container_at(std::size_t k) const;
  bool starts_note(std::size_t i) const;
  /// Whether the `of` of another language at `of` is followed by a word of that language that names another food
  /// in English (`100 g de prunes` are plums, `200 ml di latte` milk).
  bool false_friend_after(std::size_t of) const;
  std::size_t state_note_end(std::size_t comma, std::size_t to = std::string_view::npos) const;
  bool note_has_amount(std::size_t from) const;
  std::vector<std::size_t> states_after(std::size_t comma, std::size_t to) const;
  std::optional<Amount> amount(std::size_t& i);
  void take_unit(std::size_t& i, Amount& amount);
  void equivalents(std::size_t& i, Amount& amount);
  void more_of(std::size_t& i, Amount& amount);
  void set_aside_alternatives();
  std::optional<Amount> amount_at(std::size_t i);
  void skip_container(std::size_t& i, const Amount& amount) const;
  void skip_vessel(std::size_t& i, Amount& amount) const;
  bool measure_at(std::size_t i) const;
  bool container_size(std::size_t& i, Amount& out);
  bool names_plural(std::size_t from) const;
  std::optional<Amount> trailing_amount(std::size_t& food_end);

  // ---- the food and the grams
  struct Found {
    Food food;
    std::string name;  ///< the words that named it
  };
  std::optional<Found> find_food(std::size_t first, std::size_t last) const;
  std::optional<Found> find_named_food(std::size_t first, std::size_t last) const;
  std::optional<Found> find_of_fat(std::size_t first, std::size_t last) const;
  std::optional<Found> kind_in_parenthesis(std::size_t first, std::size_t last, const Food& named) const;
  std::optional<Found> cooked_alike(std::size_t first, std::size_t last) const;
  std::optional<Found> cooked_already(std::size_t first, std::size_t last) const;
  std::optional<Found> cooked_kind(std::size_t first, std::size_t last) const;
  bool cooked_so(const Found& found, const CookingKind& kind, std::string_view other, std::size_t k,
                 std::size_t first, std::size_t last) const;
  std::vector<std::size_t> name_and_states(std::size_t first, std::size_t last) const;
  bool names_one_part(const Found& found) const;
  std::optional<std::pair<Found, std::size_t>> food_after(std::size_t first, bool exact) const;
  [[noreturn]] void fail_unknown(std::size_t first, std::size_t last) const;
  [[noreturn]] void fail_skin_eaten(const Found& found, std::size_t k, std::size_t end) const;
  [[noreturn]] void fail_no_form(std::size_t offset, std::string_view written, std::string_view plain,
                                 const Food& food, std::string_view state) const;
  std::vector<Food> holding_every_word(const std::vector<std::string>& words, std::size_t limit = 4) const;
  std::vector<Food> canned_foods(std::string_view name) const;
  bool can_after(std::size_t at) const;
  [[noreturn]] void fail_ambiguous(std::size_t offset, std::string_view name, std::vector<Food> found) const;
  /// Fails when the words without those `is_state` picks name a food: `steamed kale`, `fresh thyme`.
  void fail_known_in_another_state(std::size_t first, std::size_t last, bool (*is_state)(std::string_view)) const;
  [[noreturn]] void fail_unknown(std::size_t first) const;
  void fail_if_joins_foods(std::size_t first, std::size_t last) const;
  /// `2 eggs with toast`: the join word at `join`, and the other food after it up to `last`.
  [[noreturn]] void fail_joined_food(std::size_t join, std::size_t last, const Food& other) const;
  [[noreturn]] void fail_unit_is_food(const Food& food, const Amount& amount, const Food& first,
                                      std::size_t food_offset, std::string_view read_as, std::string_view name) const;
  /// The food that `name` names, by its name or alias, else by the words of a food's name.
  std::optional<Food> food_named(std::string_view name) const;
  void fail_if_vague(std::size_t first, std::size_t last) const;
  std::size_t after_vague(std::size_t first, std::size_t last) const;
  void fail_if_vague_after(std::size_t first, std::size_t last) const;
  [[noreturn]] void fail_vague(std::size_t from, std::size_t to, const Found& food) const;
  std::optional<Found> first_of_two(std::size_t first, std::size_t last) const;
  std::optional<std::string> listed_name(std::size_t first, std::size_t comma, std::size_t& end) const;
  std::optional<Found> first_kind_after(std::size_t first, std::size_t comma) const;
  bool how_cooked(std::size_t k) const;
  Item make(const Found& found, const Amount& amount, std::size_t food_first);
  std::optional<Item> skin_eaten(const Found& found, const Amount& amount, std::size_t food_first);
  std::optional<Found> raw_if_prepared(const Found& found, bool by_mass, std::size_t food_first) const;
  std::optional<Item> juiced(const Found& found, const Amount& amount, std::size_t food_first);
  std::optional<Item> egg_part(const Found& found, const Amount& amount, std::size_t food_first);
  void fail_if_whole_animal(const Found& found, const Amount& amount, std::string_view read_as) const;
  void fail_if_note_adds_food(const Found& found, std::size_t food_first) const;
  void fail_if_note_is_food(const Found& found, std::size_t food_first) const;
  void fail_if_parenthesis_lists_foods(const Found& found, std::size_t food_first,
                                       const std::vector<std::string>& named) const;
  bool names_more_of(const Found& found, std::size_t first, std::size_t last) const;
  [[noreturn]] void fail_other_food(std::size_t first, std::size_t last, const Food& other, bool amount = true) const;
  bool starts_other_choice(std::size_t k) const;
  void fail_if_descending(const Amount& amount) const;
  bool measure_fluid(const Food& food, Amount& amount) const;
  void add_more_of_food(Item& item);
  struct Made;
  std::string more_pieces(const Item& item, const Made& made, std::size_t first, std::size_t last,
                          std::string_view read_as, std::string_view written) const;
  [[noreturn]] void fail_disagreeing(const Amount& again, double grams, double first_grams) const;
  void fail_if_counted_again(const Item& item) const;
  std::optional<Found> state_in_parenthesis(const Found& given, std::size_t food_first) const;
  std::optional<Found> frozen_kept(const Found& given) const;
  std::optional<Found> packed_in(const Found& given, std::size_t food_first) const;
  std::optional<Found> oil_packed(const Found& given, std::size_t food_first) const;
  void fail_if_fresh_herb(const Found& found, std::string_view read_as) const;
  void fail_if_two_meanings(const Found& found, const Amount& amount) const;
  void fail_if_bottles_counted(const Found& found, const Amount& amount) const;
  void fail_if_cut_otherwise(const Found& found, const Amount& amount) const;
  void fail_if_loose_leaves(const Found& found, const Amount& amount) const;
  /// `1 (15 oz) can green beans, drained`: a can's weight is its net weight, liquid too, and no weight of a food
  /// weighed drained.
  void fail_if_net_weight_drained(const Found& found, const Amount& amount) const;
  /// `1 (15 oz) can peaches`: a can holds no raw food.
  void fail_if_raw_in_can(const Found& found, std::size_t food_first) const;
  void fail_if_raw_weight_patty(const Found& found, const Amount& amount) const;
  void fail_if_weighed_with_bone(const Found& found, const Amount& amount) const;
  void fail_if_weighed_in_shell(const Found& found, const Amount& amount) const;
  bool mass_at(std::size_t k) const;
  bool portion_of(std::size_t i, const Amount& amount) const;
  void fail_if_heaped() const;
  bool weighed() const;
  bool says_rasher() const;
  void fail_if_sausages_counted(const Found& found, const Amount& amount, std::string_view read_as) const;
  void fail_if_pointed_cabbage_counted(const Found& found, const Amount& amount, std::string_view read_as) const;
  void fail_if_whole_grain_dropped(const Found& found, std::string_view read_as) const;
  std::optional<Found> from_can(const Found& given) const;
  void part_of_one(std::size_t& i) const;
  void fail_if_weighed_raw(const Found& found, std::string_view read_as) const;
  void fail_if_foreign_note(const Found& found, std::string_view read_as) const;
  /// `2 tbsp Miracle Whip, light`, `1 cup yogurt, nonfat`: a note that says less fat, after a food whose name does not.
  void fail_if_fat_note(const Found& found, std::size_t food_first, std::string_view read_as) const;
  void fail_if_part_named(const Found& found, std::size_t food_first, std::string_view read_as) const;
  void fail_if_cut_noted(const Found& found, std::size_t food_first, std::string_view read_as) const;
  void fail_if_cooked_abroad_dropped(const Found& found, std::string_view read_as) const;
  void fail_if_form_dropped(const Found& found, std::string_view read_as) const;
  std::optional<std::string> size_before(const Food& food, std::size_t food_first = 0) const;
  std::optional<std::size_t> size_word(bool baby_food = false, std::size_t food_first = 0) const;
  bool weight_after(std::size_t from, Amount& out);
  std::optional<Amount> amount_after_food(std::size_t from, bool& each, double count = 0);
  std::optional<Amount> amount_after_food_at(std::size_t k, bool& each, double count);
  double grams_of(const Food& food, const Amount& amount, std::string_view& unit, std::size_t food_offset,
                  std::string_view read_as, std::string_view name) const;
  std::optional<double> grams_if_known(const Food& food, const Amount& amount, std::string_view& unit) const;
  std::string unit_names(const Food& food) const;

  [[noreturn]] void fail(std::size_t offset, const std::string& message) const { fail_at(at_, offset, message); }
  [[noreturn]] void fail_zest(std::size_t offset, std::string_view written, std::string_view fruit) const;
  void fail_quantity(std::size_t i, QuantityStatus status) const {
    fail(words_[i].offset, describe_quantity_error(status, words_[i].text));
  }

  std::string_view text_;
  SourceLocation at_;
  const FoodCatalog& catalog_;
  std::vector<Word> words_;
  /// Words [first, second] that name no food, within the name (`heavy (whipping) cream`); none when first > second.
  mutable std::pair<std::size_t, std::size_t> skip_{1, 0};
  /// A word read as another while a food is looked for (`steamed` as `boiled`); none when first is npos.
  mutable std::pair<std::size_t, std::string_view> respelled_{std::string_view::npos, {}};
  /// The words of a food in a can while they are looked up by its name alone (find_named_food).
  mutable std::pair<std::size_t, std::size_t> in_can_{1, 0};
  /// Foods looked up for the item so far (find_food), at most kMaxLookups.
  static constexpr std::size_t kMaxLookups = 2000;
  mutable std::size_t lookups_ = 0;
  /// The size written after a food without an amount (`fries large`), which is then its size.
  std::optional<std::size_t> size_after_;
  /// Whether the fat in a parenthesis after the food is of its name (`milk (2%)`), as while it is first looked for.
  mutable bool fat_kind_ = true;
  /// Canned foods of the name of a food in a can that no food of vitk's reads alike (`canned pears`), with that
  /// name: the item is then ambiguous, whatever other reading of its words is found (make).
  mutable std::vector<Food> refused_cans_;
  mutable std::string refused_can_name_;
  mutable std::vector<std::size_t> trailing_states_;  ///< state words after a food-first amount: `kale 1 cup cooked`
  std::size_t tail_equivalent_ = 0;  ///< where an amount at the end of an amount-first item starts, or 0
  /// The food that make read last, where its words start and where its amount ends: more of it may follow.
  struct Made {
    Found found;
    std::size_t food_first = 0;
    Amount amount;
  };
  std::optional<Made> made_;
  /// A size in inches after a count (`1 10-inch tortilla`), named as USDA's measures name it (`10-inch`), where it
  /// was written, and whether the piece of that size was read; empty when none.
  std::string inch_size_;
  std::size_t inch_offset_ = 0;
  std::size_t inch_written_ = 0;
  mutable bool inch_read_ = false;
  bool inch_in_note_ = false;  ///< the size is a parenthesis after the food, a note where no piece has it
  bool inch_after_size_ = false;  ///< the size in inches follows a size word (`1 medium (8-inch) tortilla`)
  /// Units read with the size in inches after them (`fruit (2" dia)` as `fruit-2-inch`), which words_ view.
  std::deque<std::string> sized_units_;
};

// ---------------------------------------------------------------- the words

void ItemReader::add_word(std::size_t begin, std::size_t end) {
  if (begin >= end) return;
  if (words_.size() == kMaxWords) fail(begin, fmt::format("item has more than {} words", kMaxWords));
  words_.push_back(Word{text_.substr(begin, end - begin), begin});
}

/// Whether the hyphen at `hyphen` joins a whole number [begin, hyphen) and a proper fraction ending at `end` or at a
/// unit glued to it (`1-1/2`, `2-3/4cups`).
bool ItemReader::mixed_fraction(std::size_t begin, std::size_t hyphen, std::size_t end) const {
  for (std::size_t k = begin; k < hyphen; ++k) {
    if (!is_digit(text_[k])) return false;
  }
  std::size_t k = hyphen + 1;
  std::size_t numerator = 0, denominator = 0;
  for (; k < end && is_digit(text_[k]); ++k) numerator = numerator * 10 + static_cast<std::size_t>(text_[k] - '0');
  if (k == hyphen + 1 || k >= end || text_[k] != '/' || k - hyphen > 3) return false;
  const std::size_t slash = ++k;
  for (; k < end && is_digit(text_[k]); ++k) denominator = denominator * 10 + static_cast<std::size_t>(text_[k] - '0');
  return k > slash && k - slash <= 2 && numerator > 0 && numerator < denominator &&
         (k == end || !is_digit(text_[k]));
}

/// Whether a vulgar fraction (`½`, `⅓` ...) ends just before byte `at`, or starts at it.
bool ItemReader::ends_vulgar(std::size_t at) const {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text_[k]); };
  if (at >= 2 && byte(at - 2) == 0xC2 && byte(at - 1) >= 0xBC && byte(at - 1) <= 0xBE) return true;
  return at >= 3 && byte(at - 3) == 0xE2 && byte(at - 2) == 0x85 && byte(at - 1) >= 0x90 && byte(at - 1) <= 0x9E;
}

bool ItemReader::starts_vulgar(std::size_t at) const {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text_[k]); };
  if (at + 1 < text_.size() && byte(at) == 0xC2 && byte(at + 1) >= 0xBC && byte(at + 1) <= 0xBE) return true;
  return at + 2 < text_.size() && byte(at) == 0xE2 && byte(at + 1) == 0x85 && byte(at + 2) >= 0x90 &&
         byte(at + 2) <= 0x9E;
}

/// The words of percentages: `2 %` is `2%`, and a chocolate's percentage of cocoa chooses the chocolate.
void ItemReader::read_percentages() {
  // Their sign first: this runs for every item.
  if (std::none_of(words_.begin(), words_.end(), [](const Word& w) { return w.text.ends_with('%'); })) return;
  // `1 cup milk, 2 %`: a percent sign apart from its whole number is the number's.
  static const std::array<std::string, 101> kPercents = [] {
    std::array<std::string, 101> percents;
    for (std::size_t n = 0; n < percents.size(); ++n) percents[n] = fmt::format("{}%", n);
    return percents;
  }();
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    const std::string_view digits = words_[k].text;
    if (words_[k + 1].text != "%" || digits.empty() || digits.size() > 3 ||
        !std::all_of(digits.begin(), digits.end(), is_digit)) {
      continue;
    }
    const std::size_t n = std::stoul(std::string(digits));
    if (n >= kPercents.size()) continue;
    join_next(words_, k, kPercents[n]);
  }
  // `chocolate (70% cocoa solids)`, `chocolate, 72% cacao`, `85% cacao dark chocolate`: the percentage of cocoa of
  // a chocolate is of its name (`70% chocolate`), and chooses USDA's dark chocolate of that much cacao: 45-59%,
  // 60-69% or 70-85%, the nearest to more (`90%`, as the report shows). Cacao alone (100%) is unsweetened chocolate,
  // a food of its own. Not of a milk or white chocolate, nor of a food made with chocolate (`chocolate milk, 1%`).
  // Nor of a chocolate that its name says the cacao of (`bittersweet chocolate (preferably 70% cacao)`,
  // `unsweetened chocolate, 100% cocoa solids`, `plain chocolate (36% cocoa solids)`), where it is a note.
  bool chocolate = false;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string lower = to_lower(words_[k].text);
    if (lower == "chocolate") chocolate = true;
    // A bar counted is the chocolate's unit (`chocolate (70%) 1 bar`), not a chocolate bar.
    QuantityToken count;
    if (one_of(lower, {"bar", "bars"}) && k > 0 &&
        (number_word(words_[k - 1].text) ||
         parse_quantity_token(words_[k - 1].text, count) != QuantityStatus::not_a_number)) {
      continue;
    }
    if (one_of(lower, {"milk", "white", "syrup", "sauce", "chip", "chips", "cake", "pudding", "spread", "drink",
                       "milkshake", "ice", "cookie", "cookies", "frosting", "icing", "bittersweet", "semisweet",
                       "semi-sweet", "unsweetened", "baking", "plain", "cooking", "couverture", "hot", "chunk",
                       "chunks", "bar", "bars", "sugar", "butter", "sweetened", "fat"})) {
      return;
    }
  }
  if (!chocolate) return;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::optional<double> percent = percent_of(words_[k].text);
    // Only a percentage of a chocolate's name: after a parenthesis or a comma opens, or next to `chocolate` or
    // `dark` (`chocolate 70%`, `70% dark chocolate`), and not of less than dark chocolate has (`(around 35%)`).
    if (!percent || *percent < 44.5) continue;
    std::size_t end = k + 1;
    if (end < words_.size() && one_of(words_[end].text, {"cacao", "cocoa"})) ++end;
    if (end > k + 1 && end < words_.size() && one_of(words_[end].text, {"solids", "content"})) ++end;
    // After a comma, only a comma right after `chocolate` (`chocolate, 70% cacao`).
    const bool named = k == 0 || one_of(words_[k - 1].text, {"(", "chocolate", "dark"}) ||
                       (words_[k - 1].text == "," && k >= 2 && to_lower(words_[k - 2].text) == "chocolate") ||
                       is_digit(words_[k - 1].text.front()) || is_measure(canonical_unit(words_[k - 1].text));
    if (!named) continue;
    if (end > k + 1) {
      words_[k].written = end_of(words_[end - 1]) - words_[k].offset;
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k + 1),
                   words_.begin() + static_cast<std::ptrdiff_t>(end));
    }
    if (*percent > 99.5 && *percent <= 100) {
      fail(words_[k].offset,
           fmt::format("'{}' is chocolate of cacao alone, which is 'unsweetened chocolate' (expected that name, or "
                       "a dark chocolate of 45-59%, 60-69% or 70-85% cacao; see: vitk foods search chocolate)",
                       quote_excerpt(text_.substr(words_[k].offset, end_of(words_[k]) - words_[k].offset))));
    }
    // `chocolate (65%)`: the percentage alone in its parenthesis that ends the item, or comes before its note or
    // its amount, is a word of the name (`chocolate 60-69%`, `chocolate (65%) 30g`, which had been milk chocolate).
    // Before other words it is left as written, for the rules of a percentage in parentheses (`chocolate (70%) a
    // bar`).
    QuantityToken amount;
    const bool in_parenthesis =
        k > 0 && k + 1 < words_.size() && words_[k - 1].text == "(" && words_[k + 1].text == ")";
    const bool of_name =
        in_parenthesis &&
        (k + 2 == words_.size() || words_[k + 2].text == "," ||
         (number_word(words_[k + 2].text) && !one_of(to_lower(words_[k + 2].text), {"a", "an"})) ||
         parse_quantity_token(words_[k + 2].text, amount) != QuantityStatus::not_a_number);
    // Before an amount that an article begins, the parenthesis is a comma (`chocolate (70%) a bar` is `chocolate
    // 70-85%, a bar`).
    const bool article = in_parenthesis && k + 2 < words_.size() && one_of(to_lower(words_[k + 2].text), {"a", "an"});
    if (in_parenthesis && !of_name && !article) continue;
    read_as(words_[k], *percent < 59.5 ? "45-59%" : *percent < 69.5 ? "60-69%" : "70-85%");
    if (article) {
      words_[k + 1].text = ",";
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k - 1));
      --k;
    } else if (of_name) {
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k + 1));
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k - 1));
      --k;
    }
  }
}

void ItemReader::lex() {
  // A bullet copied from a list, and the closing point of a sentence, are no part of the item.
  std::size_t start = 0, stop = text_.size();
  for (std::string_view bullet : {"- ", "* ", "\u2022 ", "\u00B7 "}) {
    if (text_.starts_with(bullet)) start = bullet.size();
  }
  while (stop > start && (text_[stop - 1] == '.' || text_[stop - 1] == '!' || text_[stop - 1] == ',' ||
                          is_blank(text_[stop - 1]))) {
    // `lb.` keeps its point only as an abbreviation's, which the unit reader takes off anyway.
    --stop;
  }
  std::size_t i = start;
  while (i < stop) {
    while (i < stop && is_blank(text_[i])) ++i;
    const std::size_t begin = i;
    while (i < stop && !is_blank(text_[i])) ++i;
    // Within a word: parentheses and commas stand alone, a slash after a unit starts an equivalent
    // (`100g/3oz`), and a hyphen between digits makes a range (`3-4`).
    std::size_t piece = begin;
    for (std::size_t k = begin; k < i; ++k) {
      const char c = text_[k];
      const bool before_letter = k > begin && !is_digit(text_[k - 1]) && text_[k - 1] != ' ';
      const bool digits_around = k > begin && k + 1 < i && is_digit(text_[k - 1]) && is_digit(text_[k + 1]);
      // `1¾-2½ cups`: a vulgar fraction on either side of a hyphen is a number too.
      const bool numbers_around = digits_around || (c == '-' && k > begin && k + 1 < i &&
                                                    (is_digit(text_[k - 1]) || ends_vulgar(k)) &&
                                                    (is_digit(text_[k + 1]) || starts_vulgar(k + 1)));
      // A comma between digits is a decimal comma or a thousands separator (`0,5`, `1,000`): the number's.
      // `1-1/2 cups`: a whole number, a hyphen and a proper fraction are a mixed number, as US cookbooks write it.
      // So is a whole number, a hyphen and a vulgar fraction (`1-½ cups`): no range goes down from 1 to ½.
      const bool mixed_vulgar = c == '-' && k > piece && k + 1 < i && starts_vulgar(k + 1) &&
                                std::all_of(text_.begin() + static_cast<std::ptrdiff_t>(piece),
                                            text_.begin() + static_cast<std::ptrdiff_t>(k), is_digit);
      if ((c == '-' && digits_around && mixed_fraction(piece, k, i)) || mixed_vulgar) {
        add_word(piece, k);
        piece = k + 1;
        continue;
      }
      // A semicolon, which only a parenthesis of two amounts holds within an item (`(225 g; about 8 ounces)`), is a
      // comma.
      if (c == '(' || c == ')' || (c == ',' && !digits_around) || c == ';' || (c == '/' && before_letter) ||
          (c == '-' && numbers_around)) {
        add_word(piece, k);
        add_word(k, k + 1);
        if (c == ';' && !words_.empty() && words_.back().text == ";") read_as(words_.back(), ",");
        piece = k + 1;
      } else if (c == '[' || c == ']') {
        // `1 can (28 oz [796 ml])`: a bracket within a parenthesis is one more.
        add_word(piece, k);
        if (words_.size() == kMaxWords) fail(k, fmt::format("item has more than {} words", kMaxWords));
        words_.push_back(Word{c == '[' ? std::string_view("(") : std::string_view(")"), k});
        piece = k + 1;
      }
    }
    // `d'huile`, `dell'olio`: an elided `of` is a word of its own (the name's text is unchanged); not before a
    // capital, which starts a name (`d'Anjou pears`).
    for (std::string_view elided : {"d'", "d\u2019", "dell'", "dell\u2019"}) {
      if (piece >= i || (text_[piece] != 'd' && text_[piece] != 'D')) break;  // for every word of every item
      const std::string_view rest = text_.substr(piece, i - piece);
      if (rest.size() > elided.size() + 1 && to_lower(rest.substr(0, elided.size())) == elided &&
          (std::islower(static_cast<unsigned char>(rest[elided.size()])) != 0 ||
           static_cast<unsigned char>(rest[elided.size()]) >= 0x80)) {
        add_word(piece, piece + elided.size());
        piece += elided.size();
        break;
      }
    }
    add_word(piece, i);
  }
  // `250g '00' flour`, `"natto" 50g`: quotation marks around a word are no part of it.
  // Not a first word that would read as a number (`'00' flour 250g` is no amount).
  for (Word& w : words_) {
    if (&w == &words_.front() && w.text.size() > 1 && is_digit(w.text[1])) continue;
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"'", "'"}, {"\"", "\""},
                                      {"\u2018", "\u2019"}, {"\u201c", "\u201d"}}) {
      if (w.text.size() > open.size() + close.size() && w.text.starts_with(open) && w.text.ends_with(close)) {
        w.text = w.text.substr(open.size(), w.text.size() - open.size() - close.size());
        w.offset += open.size();
        break;
      }
    }
  }
  // `50g basil, washed and dried`, `spinach, rinsed and patted dry`: dried after washing, in a note, is dried with a
  // towel, never the dried food (not `1 cup rinsed dried beans`, before any note).
  // Not of a legume or a grain, which is rinsed dry (`1 cup lentils, rinsed and dried`), unless its name says it is
  // dried already (`1 lb dried pinto beans, rinsed and dried`).
  bool noted = false;
  bool washed = false;
  bool dried_before = false;
  bool dry_goods = false;
  for (const Word& w : words_) {
    if (w.text == ",") break;
    dried_before = dried_before || one_of(to_lower(w.text), {"dried", "dry"});
    dry_goods = dry_goods || one_of(singular(to_lower(w.text)), {"lentil", "pea", "bean", "chickpea", "rice", "quinoa",
                                                                 "barley", "bulgur", "millet", "oat", "grain", "farro",
                                                                 "dal", "dhal"});
  }
  dry_goods = dry_goods && !dried_before;
  for (std::size_t k = 0; k < words_.size() && !dry_goods; ++k) {
    const std::string w = to_lower(words_[k].text);
    noted = noted || w == ",";
    washed = washed || (noted && one_of(w, {"washed", "rinsed", "cleaned", "scrubbed", "drained", "wiped"}));
    const bool patted = k > 0 && one_of(to_lower(words_[k - 1].text), {"patted", "pat", "spun", "towel", "blotted"});
    if ((washed && w == "dried") || (noted && patted && w == "dry")) read_as(words_[k], "patted-dry");
  }
  // `2 T butter`, `1/4 t. salt`, `butter 2 T`: after a number, a recipe card's capital T is a tablespoon and its
  // small t a teaspoon.
  for (std::size_t k = 1; k < words_.size(); ++k) {
    QuantityToken number;
    if (one_of(words_[k].text, {"T", "T.", "t", "t."}) &&
        parse_quantity_token(words_[k - 1].text, number) == QuantityStatus::ok && number.unit.empty()) {
      read_as(words_[k], words_[k].text.front() == 'T' ? std::string_view("tbsp") : std::string_view("tsp"));
    }
  }
  // `en banan`, `en kopp kaffe`: the Swedish one, where it starts an item (elsewhere it is the French `en` of `lait
  // en poudre`).
  if (words_.size() >= 2 && to_lower(words_[0].text) == "en") read_as(words_[0], "ett");
  // `kale200g`, `milk250ml`: a food's name glued to its amount is two words, where the name is of letters alone
  // (three or more: not `v8`) and the rest a number with its unit.
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    const std::size_t digit = std::min(w.find_first_of("0123456789"), w.size());
    QuantityToken glued;
    if (digit < 3 || digit == w.size() ||
        !std::all_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(digit),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) ||
        parse_quantity_token(w.substr(digit), glued) != QuantityStatus::ok || glued.unit.empty()) {
      continue;
    }
    // Only an item's one amount (not `cup4cup flour 100g`), of a weight or a volume (not `omega3s`).
    if (!is_measure(canonical_unit(glued.unit)) ||
        std::any_of(words_.begin(), words_.end(), [&](const Word& other) {
          QuantityToken number;
          return &other != &words_[k] && parse_quantity_token(other.text, number) == QuantityStatus::ok;
        })) {
      continue;
    }
    const Word whole = words_[k];
    words_[k] = Word{whole.text.substr(0, digit), whole.offset};
    words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(k + 1),
                  Word{whole.text.substr(digit), whole.offset + digit});
  }
  // `a cup or so of kale`, `kale 2 cups or so`: `or so` after an amount says that it is rough, as `about` does.
  for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
    if (to_lower(words_[k].text) != "or" || to_lower(words_[k + 1].text) != "so") continue;
    bool counted = false;
    for (std::size_t j = 0; j < k; ++j) {
      QuantityToken number;
      counted = counted || parse_quantity_token(words_[j].text, number) == QuantityStatus::ok ||
                number_word(words_[j].text).has_value();
    }
    if (!counted) continue;
    // `2 cups (or so) kale`: with its parenthesis.
    const bool enclosed = k + 2 < words_.size() && ((words_[k - 1].text == "(" && words_[k + 2].text == ")") ||
                                                    (words_[k - 1].text == "[" && words_[k + 2].text == "]"));
    const auto at = words_.begin() + static_cast<std::ptrdiff_t>(enclosed ? k - 1 : k);
    words_.erase(at, at + (enclosed ? 4 : 2));
    if (enclosed) --k;
  }
  // `Apple, raw, 1 medium (3" dia)`, `Butter, 1 pat (1" sq, 1/3" high)`, `1 large (8" to 8-7/8" long)`: USDA's
  // words for the size of the piece a portion names, as trackers copy them, say no other amount; set aside.
  for (std::size_t k = 2; k + 2 < words_.size(); ++k) {
    // Only right after a count and the size that the inches describe (`1 medium`, `1 medium whole`): not after a
    // count alone (`1 apple (4" dia)`, `1 piece (4" sq) cornbread` say a size that the count does not), nor after a
    // size that follows a piece (`1 head, large (about 7" dia)`), which reads as its own words say.
    const std::string before = to_lower(words_[k - 1].text);
    const std::size_t size_at = before == "whole" ? k - 2 : k - 1;
    QuantityToken count;
    if (words_[k].text != "(" || piece_size(words_[size_at].text).empty() ||
        one_of(before, {"baby", "inner", "outer"}) || size_at == 0 ||
        parse_quantity_token(words_[size_at - 1].text, count) != QuantityStatus::ok || !count.unit.empty()) {
      continue;
    }
    std::size_t close = k + 1;
    while (close < words_.size() && words_[close].text != ")") ++close;
    if (close == words_.size()) break;
    bool inches = false;
    bool sized = true;
    for (std::size_t j = k + 1; j < close && sized; ++j) {
      std::string_view w = words_[j].text;
      const bool marked = w.ends_with("\"") || w.ends_with("\u201d") || w.ends_with("''");
      if (marked) w.remove_suffix(w.ends_with("\u201d") ? 3 : w.ends_with("''") ? 2 : 1);
      const bool number = !w.empty() && is_digit(w.front()) &&
                          w.find_first_not_of("0123456789./-") == std::string_view::npos;
      const std::string lower = to_lower(w);
      const bool inch_word = one_of(lower, {"in", "in.", "inch", "inches"}) && j > k + 1;
      inches = inches || (number && marked) || inch_word;
      sized = number || inch_word || one_of(lower, {"dia", "dia.", "diameter", "long", "high", "sq",
                                                   "square", "across", "approx", "approx.", "about", "to", "x",
                                                   ",", "-", "raw"});
    }
    if (!inches || !sized) continue;
    // `1 medium whole (2-3/5" dia)`: the whole piece of its size.
    const bool whole = before == "whole";
    words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(whole ? k - 1 : k),
                 words_.begin() + static_cast<std::ptrdiff_t>(close + 1));
    k -= whole ? 2 : 1;
  }
  // `卵2個`, `ご飯150g`, `米饭1碗`, `계란2개`: Chinese, Japanese and Korean are written without blanks, and a number
  // glued after a word of them starts a word of its own (`2個`, which the pass below splits at its counter).
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w.size() < 4) continue;
    for (std::size_t at = 3; at < w.size(); ++at) {
      // A digit right after a kana, an ideograph or a Hangul syllable, whose UTF-8 lead byte is E3 to ED.
      const auto lead = static_cast<unsigned char>(w[at - 3]);
      if (!is_digit(w[at]) || lead < 0xe3 || lead > 0xed) continue;
      // `コップ1杯`: a glass or a cup before its count, which the pass below reads as one.
      if (w.substr(0, at).ends_with("\u30b3\u30c3\u30d7") || w.substr(0, at).ends_with("\u30ab\u30c3\u30d7")) break;
      const Word whole = words_[k];
      words_[k] = Word{w.substr(0, at), whole.offset};
      words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(k + 1), Word{w.substr(at), whole.offset + at});
      break;
    }
  }
  // `两个鸡蛋`, `一杯牛奶`, `米饭一碗`: a Chinese numeral glued to a counter, before the food or after it, with no
  // blank between them, is a count of the counter (two pieces of egg, one glass of milk, one bowl of rice).
  for (std::size_t k = 0; k < words_.size(); ++k) {
    static constexpr std::pair<std::string_view, std::string_view> kNumerals[] = {
        {"\u4e00", "1"}, {"\u4e24", "2"}, {"\u4e8c", "2"}, {"\u4e09", "3"}, {"\u56db", "4"}, {"\u4e94", "5"},
        {"\u516d", "6"}, {"\u4e03", "7"}, {"\u516b", "8"}, {"\u4e5d", "9"}, {"\u5341", "10"}, {"\u534a", "0.5"}};
    const std::string_view w = words_[k].text;
    if (w.size() < 9 || static_cast<unsigned char>(w.front()) < 0xe4) continue;  // three characters at least
    bool split = false;
    for (const auto& [numeral, digits] : kNumerals) {
      for (const std::string_view counter : {"\u4e2a", "\u500b", "\u7897", "\u676f", "\u679a", "\u672c"}) {
        const std::size_t glued = numeral.size() + counter.size();
        std::size_t at = std::string_view::npos;
        if (w.starts_with(numeral) && w.substr(numeral.size()).starts_with(counter)) at = 0;
        if (w.ends_with(counter) && w.substr(0, w.size() - counter.size()).ends_with(numeral)) at = w.size() - glued;
        if (at == std::string_view::npos) continue;
        const Word whole = words_[k];
        const std::string_view rest = at == 0 ? w.substr(glued) : w.substr(0, at);
        Word number{w.substr(at, numeral.size()), whole.offset + at};
        read_as(number, digits);
        const Word unit{w.substr(at + numeral.size(), counter.size()), whole.offset + at + numeral.size()};
        const Word food{rest, whole.offset + (at == 0 ? glued : 0)};
        const auto here = words_.begin() + static_cast<std::ptrdiff_t>(k);
        if (at == 0) {
          *here = number;
          words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(k + 1), {unit, food});
        } else {
          *here = food;
          words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(k + 1), {number, unit});
        }
        k += 2;
        split = true;
        break;
      }
      if (split) break;
    }
  }
  // `ゆで卵 1個`, `米饭 1碗`, `계란후라이 2개`, `豆浆 1杯`, `バナナ 1本` (the Japanese counter of long things): a
  // count glued to a Chinese, Japanese or Korean word of pieces, bowls or cups is two words, and a bowl is a bowl.
  for (std::size_t k = 0; k < words_.size(); ++k) {
    // `牛乳 コップ1杯`: a glass (or a cup) before a count of glasses says it twice.
    for (const std::string_view vessel : {"\u30b3\u30c3\u30d7", "\u30ab\u30c3\u30d7"}) {
      const std::string_view w = words_[k].text;
      if (w.size() > vessel.size() && w.starts_with(vessel) && is_digit(w[vessel.size()])) {
        words_[k] = Word{w.substr(vessel.size()), words_[k].offset + vessel.size()};
      }
    }
    const std::string_view w = words_[k].text;
    for (const std::string_view glued :
         {"\u500b", "\u4e2a", "\u7897", "\uac1c", "\u676f", "\uacf5\uae30", "\uc794", "\uadf8\ub987", "\uc7a5",
          "\u679a", "\u672c"}) {
      if (w.size() <= glued.size() || !w.ends_with(glued) || !is_digit(w[w.size() - glued.size() - 1])) continue;
      const Word whole = words_[k];
      const std::size_t at = w.size() - glued.size();
      words_[k] = Word{whole.text.substr(0, at), whole.offset};
      words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(k + 1),
                    Word{whole.text.substr(at), whole.offset + at});
      break;
    }
    // A Chinese bowl (碗), a Korean bowl of rice (공기) or of soup (그릇); a Chinese or Japanese cup (杯) and a
    // Korean glass (잔) are glasses, but a Japanese 杯 of rice, miso soup or noodles is a bowl (`ご飯 1杯`).
    if (one_of(words_[k].text, {"\u7897", "\uacf5\uae30", "\uadf8\ub987"})) read_as(words_[k], "bowl");
    if (one_of(words_[k].text, {"\u676f", "\uc794"})) {
      const bool bowl = words_[k].text == "\u676f" &&
                        std::any_of(std::begin(kJapaneseBowlFoods), std::end(kJapaneseBowlFoods),
                                    [&](std::string_view food) { return text_.find(food) != std::string_view::npos; });
      read_as(words_[k], bowl ? "bowl" : "glass");
    }
    // A Korean sheet (장: `김 5장`, five sheets of laver).
    if (words_[k].text == "\uc7a5") read_as(words_[k], "sheet");
  }
  // `2 stuks ei`, `3 Stück Eier`, `alcachofas 2 unidades`, `ไข่ต้ม 2 ฟอง` (Thai, of eggs), `tojás 2 db`
  // (Hungarian), `яйцо 2 шт` (Russian), `yumurta 2 adet` (Turkish), `telur 2 butir` (Indonesian), `kananmunat 2 kpl`
  // (Finnish): a word of another language for pieces after a count is the count alone before a food, and `pcs`
  // after it.
  for (std::size_t k = 1; k < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w.size() > 9 ||
        std::string_view("sSuUpPqdDaAbBkKtT\xe4\xe5\xe6\xea\xe0\xd1").find(w[0]) == std::string_view::npos ||
        !one_of(w, {"stuks", "stuk", "stück", "stk", "stk.", "st", "sztuk", "sztuki", "sztuka", "szt", "szt.",
                    "unidade", "unidades", "unidad", "pezzi", "pièces", "个", "個", "本", "pcs", "pc", "pcs.", "quả", "\uac1c",
                    "\u0e1f\u0e2d\u0e07", "kpl", "kpl.", "db", "db.", "adet", "tane", "butir", "biji", "piraso",
                    "\u0448\u0442", "\u0448\u0442."})) {
      continue;
    }
    // Or a number word (`계란 두 개`).
    QuantityToken number;
    if ((parse_quantity_token(words_[k - 1].text, number) != QuantityStatus::ok || !number.unit.empty()) &&
        !number_word(words_[k - 1].text)) {
      continue;
    }
    if (k + 1 < words_.size() && !one_of(words_[k + 1].text, {",", "(", ";"})) {
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
    } else {
      read_as(words_[k], "pcs");
    }
  }
  // `spaghetti (not cooked)`, `1 cup rice, not cooked`: not cooked is uncooked, never cooked.
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    if (words_[k].text.size() != 3 || to_lower(words_[k].text) != "not" || to_lower(words_[k + 1].text) != "cooked") {
      continue;
    }
    join_next(words_, k, "uncooked");
  }
  // `Weißkohl roh`, `chou rouge cru`, `couve crua`, `rauwe kipfilet`: a word of another language for raw is `raw`.
  // Not `crudo`, which names cured hams (`prosciutto crudo`).
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w.size() > 7 || std::string_view("rRcCsS").find(w[0]) == std::string_view::npos ||
        !one_of(w, {"roh", "rohe", "roher", "rohes", "rauw", "rauwe", "cru", "crue", "crus", "crues", "crua", "cruas",
                    "cruda", "crudas", "surowy", "surowa", "surowe", "rå", "raaka"})) {
      continue;
    }
    // First only in the languages that say it before the name (`surowa kapusta`, `rauwe kipfilet`, `rå spenat`),
    // and never of a ham, which raw names cured (`rauwe ham`, `roher Schinken`, `jambon cru`).
    if (k == 0 && w[0] != 'r' && w[0] != 'R' && w[0] != 's' && w[0] != 'S') continue;
    const auto ham = [&](std::size_t at) {
      return at < words_.size() && one_of(words_[at].text, {"ham", "hammen", "schinken", "skinka", "jambon", "jamón",
                                                             "szynka", "presunto", "prosciutto", "jamon"});
    };
    if (ham(k + 1) || (k > 0 && ham(k - 1))) continue;
    read_as(words_[k], "raw");
  }
  // `Spinat 200 g, tiefgekühlt`, `diepvries spinazie`, `épinards surgelés`, `espinacas congeladas`: frozen in
  // German, Dutch, French, Italian, Spanish, Portuguese, Polish, Swedish, Danish, Norwegian, Russian and Turkish is
  // `frozen`.
  for (Word& w : words_) {
    if (w.text.size() >= 5 &&
        one_of(to_lower(w.text), {"tiefgekühlt", "tiefgekühlter", "tiefgekühlte", "diepvries", "diepgevroren",
                                  "surgelé", "surgelés", "surgelée", "surgelées", "surgelato", "surgelati", "surgelata",
                                  "surgelate", "congelado", "congelados", "congelada", "congeladas", "mrożony",
                                  "mrożone", "mrożona", "fryst", "frysta", "frossen", "frosne", "frosset",
                                  "замороженный", "замороженная", "замороженные", "замороженное", "dondurulmuş"})) {
      read_as(w, "frozen");
    }
  }
  // `frischer Spinat`, `verse spinazie`, `färsk spenat`: fresh in German, Dutch, Swedish, Danish, Norwegian, Polish,
  // Finnish and Russian is `fresh` (not French `frais` nor Spanish `fresco`, of `fromage frais` and `queso fresco`).
  for (Word& w : words_) {
    if (w.text.size() >= 4 &&
        one_of(to_lower(w.text), {"frisch", "frische", "frischer", "frischen", "frisches", "vers", "verse", "färsk",
                                  "färska", "frisk", "friske", "świeży", "świeża", "świeże", "tuore", "tuoreet",
                                  "tuoretta", "свежий", "свежая", "свежие", "свежее"})) {
      read_as(w, "fresh");
    }
  }
  // `natka pietruszki, posiekana`: chopped in Polish is `chopped` (not the words of other languages that name minced
  // meat too: `steak haché`, `carne picada`, `hakket oksekød`).
  for (Word& w : words_) {
    if (w.text.size() >= 9 && one_of(to_lower(w.text), {"posiekany", "posiekana", "posiekane"})) read_as(w, "chopped");
  }
  // `zwei Eier, hart gekocht`, `2 eieren, zacht gekookt`: how long an egg was boiled is no word of its own.
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    if (!one_of(words_[k].text, {"hart", "weich", "hard", "zacht"}) || !is_cooked_abroad(words_[k + 1].text)) continue;
    words_[k + 1].written = end_of(words_[k + 1]) - words_[k].offset;
    words_[k + 1].offset = words_[k].offset;
    words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k));
  }
  // `3–4`, `½–1`, `1 – 2`: an en dash between numbers is a hyphen.
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w == "\u2013") {
      read_as(words_[k], "-");
      continue;
    }
    const std::size_t dash = w.find("\u2013");
    QuantityToken low;
    QuantityToken high;
    if (dash != std::string_view::npos && dash > 0 && dash + 3 < w.size() &&
        parse_quantity_token(w.substr(0, dash), low) == QuantityStatus::ok && low.unit.empty() &&
        parse_quantity_token(w.substr(dash + 3), high) == QuantityStatus::ok) {
      const Word whole = words_[k];
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k));
      // `1–½ cups`: a whole number, the dash and a vulgar fraction are a mixed number, as with a hyphen.
      const std::string_view before = whole.text.substr(0, dash);
      if (std::all_of(before.begin(), before.end(), is_digit) && starts_vulgar(whole.offset + dash + 3) &&
          high.value < 1) {
        words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(k),
                      {Word{before, whole.offset}, Word{whole.text.substr(dash + 3), whole.offset + dash + 3}});
        continue;
      }
      words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(k),
                    {Word{whole.text.substr(0, dash), whole.offset}, Word{"-", whole.offset + dash},
                     Word{whole.text.substr(dash + 3), whole.offset + dash + 3}});
    }
  }
  // `ground beef 80/20`, `93/7 ground turkey`: lean meat and fat, as US packages write them, are the `80% lean` of
  // USDA's names, and no fraction.
  static constexpr std::pair<std::string_view, std::string_view> kLeanToFat[] = {
      {"97/3", "97%"},   {"96/4", "96%"},   {"95/5", "95%"},   {"93/7", "93%"}, {"92/8", "92%"},
      {"90/10", "90%"},  {"88/12", "88%"},  {"85/15", "85%"},  {"80/20", "80%"}, {"75/25", "75%"},
      {"73/27", "73%"},  {"70/30", "70%"}};
  for (std::size_t k = 0; k < words_.size(); ++k) {
    if (words_[k].text.find('/') == std::string_view::npos) continue;
    for (const auto& [ratio, lean] : kLeanToFat) {
      if (words_[k].text != ratio) continue;
      const std::size_t offset = words_[k].offset;
      words_[k].text = lean;
      if (k + 1 < words_.size() && one_of(words_[k + 1].text, {"lean"})) break;
      if (words_.size() == kMaxWords) fail(offset, fmt::format("item has more than {} words", kMaxWords));
      // It ends where the ratio does, so that a quote of the words quotes the ratio as written.
      words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(k + 1), Word{"lean", offset + ratio.size() - 4});
      break;
    }
  }
  // `4- to 5-pound`, `14- to 16-ounce`: the hyphen of the first number of a range is the second one's.
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    std::string_view& w = words_[k].text;
    QuantityToken low;
    if (w.size() > 1 && w.back() == '-' && one_of(words_[k + 1].text, {"to"}) &&
        parse_quantity_token(w.substr(0, w.size() - 1), low) == QuantityStatus::ok && low.unit.empty()) {
      w.remove_suffix(1);
    }
  }
  // `2 cups spinach, wilted`, `200g bag spinach, wilted`: in an item that begins with its amount, wilting in a note
  // after the food is a recipe's step, done to the leaves measured raw, as a cook measures them; `1 cup wilted
  // spinach` is a cup of wilted ones.
  for (std::size_t k = 2; k < words_.size(); ++k) {
    if (words_[k].text.size() != 6 || (words_[k].text[0] != 'w' && words_[k].text[0] != 'W') ||
        to_lower(words_[k].text) != "wilted") {
      continue;
    }
    QuantityToken first_amount;
    const bool amount_first = parse_quantity_token(words_[0].text, first_amount) == QuantityStatus::ok ||
                              number_word(to_lower(words_[0].text));
    const bool in_note = std::any_of(words_.begin() + 1, words_.begin() + static_cast<std::ptrdiff_t>(k),
                                     [](const Word& w) { return w.text == ","; });
    if (amount_first && in_note) words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k));
    break;
  }
  // `3 medium-size onions`, `2 large-sized eggs`, `1 small sized leek`: a size said with `size` is the size.
  for (std::size_t k = 0; k < words_.size(); ++k) {
    std::string_view& w = words_[k].text;
    // `1 med. onion`, `2 lg. eggs`: an abbreviated size with its point.
    if (w.size() > 2 && w.back() == '.' && !piece_size(w.substr(0, w.size() - 1)).empty()) w.remove_suffix(1);
    // `1 extra large egg`: two words of one size.
    if (one_of(w, {"extra"}) && k + 1 < words_.size() && one_of(words_[k + 1].text, {"large"})) {
      w = text_.substr(words_[k].offset, end_of(words_[k + 1]) - words_[k].offset);
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k + 1));
    }
    for (const std::string_view suffix : {"-sized", "-size"}) {
      if (w.size() > suffix.size() && to_lower(w.substr(w.size() - suffix.size())) == suffix &&
          !piece_size(w.substr(0, w.size() - suffix.size())).empty()) {
        w.remove_suffix(suffix.size());
        break;
      }
    }
    if (!piece_size(w).empty() && k + 1 < words_.size() && one_of(words_[k + 1].text, {"size", "sized"})) {
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k + 1));
    }
  }
  // `chicken breast - 150g`, `oats – 40 g`: a dash between the food and its amount separates them.
  const auto is_number_word = [&](std::size_t k) {
    QuantityToken token;
    return k < words_.size() && parse_quantity_token(words_[k].text, token) != QuantityStatus::not_a_number;
  };
  // A parenthesis of a weight at `k` (`(21g)`, `(about 1 oz)`): the word after it, else `k`.
  const auto after_weight = [&](std::size_t k) {
    if (k >= words_.size() || words_[k].text != "(") return k;
    std::size_t close = k + 1;
    while (close < words_.size() && (is_number_word(close) || is_unit_word(close) || is_rough(words_[close].text))) {
      ++close;
    }
    return close > k + 1 && close < words_.size() && words_[close].text == ")" ? close + 1 : k;
  };
  // `Kale, 1 cup chopped (21g)`, `Oats - 1/2 cup dry (40g)`: a tracker's weight in a parenthesis that ends the
  // item, after the words of the amount's cut or state, is the amount's equivalent, read as if right after it.
  if (words_.size() >= 6 && words_.back().text == ")") {
    std::size_t open = words_.size() - 1;
    while (open > 0 && words_[open].text != "(") --open;
    const bool weight_at_end = after_weight(open) == words_.size();
    std::size_t cut = open;
    while (weight_at_end && cut > 2 && letters_only(words_[cut - 1].text) &&
           !(is_unit_word(cut - 1) && is_number_word(cut - 2)) &&
           (is_set_aside(words_[cut - 1].text) || is_state_word(words_[cut - 1].text) ||
            one_of(to_lower(words_[cut - 1].text), {"dry", "uncooked"}) || is_measure_cut(words_[cut - 1].text))) {
      --cut;
    }
    // `Broccoli, cooked - 1 cup, chopped (156g)`, `Strawberries, raw - 1 cup, halves (152g)`: after a comma too.
    if (cut < open && cut > 3 && words_[cut - 1].text == "," && is_unit_word(cut - 2) && is_number_word(cut - 3)) {
      --cut;
    }
    if (cut < open && is_unit_word(cut - 1) && is_number_word(cut - 2)) {
      std::rotate(words_.begin() + static_cast<std::ptrdiff_t>(cut), words_.begin() + static_cast<std::ptrdiff_t>(open),
                  words_.end());
    } else if (weight_at_end && is_number_word(0) && ml_per_volume_unit(canonical_unit(word(1))) &&
               words_[2].text != "(" && grams_per_mass_unit(canonical_unit(words_[words_.size() - 2].text)) &&
               !is_rough(to_lower(words_[open + 1].text))) {
      // `1 cup avocado, mashed (150 g)`, `1 cup kale, chopped (500 g)`: after a note of words alone in an item that
      // begins with a volume, a weight is the amount's equivalent too, never a note left unread; a rough one is a
      // cook's guide, as after the amount (`(about 2 ounces)`).
      std::size_t comma = open;
      while (comma > 2 && letters_only(words_[comma - 1].text)) --comma;
      if (comma > 2 && comma < open && words_[comma - 1].text == ",") {
        std::rotate(words_.begin() + 2, words_.begin() + static_cast<std::ptrdiff_t>(open), words_.end());
      }
    }
  }
  for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
    // The amount is the end of the item: a number and its unit, of one or two words (`- 5 fl oz`), and then only
    // words that do not change the food or states of it (`Broccoli, raw - 1 cup chopped`, as diaries export
    // them); `7 eggs - 1 whole, 6 yolks` is a note.
    std::size_t end = k + 2;
    for (int units = 0; units < 2 && end < words_.size() && is_unit_word(end); ++units) ++end;
    // And its weight in a parenthesis (`- 2 large (34g)`), or the pieces' size in inches (`- 6 spears (1/2" base)`).
    if (end > k + 2) end = after_weight(end);
    if (end > k + 2 && end + 2 < words_.size() && words_[end].text == "(" &&
        (words_[end + 1].text.ends_with("\"") || words_[end + 1].text.ends_with("\u201d"))) {
      std::size_t close = end + 1;
      while (close < words_.size() && words_[close].text != ")" && words_[close].text != "(") ++close;
      if (close < words_.size() && words_[close].text == ")") end = close + 1;
    }
    // The cut of USDA's measure too (`- 1 cup, halves`).
    while (end < words_.size() && end > k + 2 &&
           (words_[end].text == "," || is_set_aside(words_[end].text) || is_state_word(words_[end].text) ||
            is_measure_cut(words_[end].text))) {
      ++end;
    }
    const bool at_end = end == words_.size();
    if (one_of(words_[k].text, {"-", "\u2013", "\u2014"}) && is_number_word(k + 1) && !is_number_word(k - 1) &&
        at_end) {
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k));
    }
  }
  // `eggs, over easy`, `2 eggs sunny side up`, `egg, fried over medium`: how an egg was fried is `fried` (not `over
  // medium heat`).
  for (std::size_t k = 0; k < words_.size(); ++k) {
    // Their first letters first: this runs for every word of every item.
    if (words_[k].text.empty() || std::string_view("oOsS").find(words_[k].text[0]) == std::string_view::npos) continue;
    const auto lower = [&](std::size_t at) { return at < words_.size() ? to_lower(words_[at].text) : std::string(); };
    std::size_t said = 0;
    // Not after another way of cooking (`spinach, wilted over medium`), which says the heat.
    const bool after_other = k > 0 && is_state_word(lower(k - 1)) && !one_of(lower(k - 1), {"fried", "pan-fried"});
    if (lower(k) == "over" && one_of(lower(k + 1), {"easy", "medium", "hard", "well"}) &&
        !one_of(lower(k + 2), {"heat", "flame", "fire", "the", "low", "high"}) && !after_other) {
      said = 2;
    } else if (one_of(lower(k), {"over-easy", "over-medium", "over-hard"})) {
      said = 1;
    } else if (lower(k) == "sunny" && lower(k + 1) == "side" && lower(k + 2) == "up") {
      said = 3;
    } else if (lower(k) == "sunny-side" && lower(k + 1) == "up") {
      said = 2;
    } else if (lower(k) == "sunny-side-up") {
      said = 1;
    }
    if (said == 0) continue;
    const std::size_t written = end_of(words_[k + said - 1]) - words_[k].offset;
    words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k + 1),
                 words_.begin() + static_cast<std::ptrdiff_t>(k + said));
    if (k > 0 && one_of(to_lower(words_[k - 1].text), {"fried", "pan-fried"})) {
      words_[k - 1].written = end_of(words_[k]) - words_[k - 1].offset;
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
      continue;
    }
    words_[k].text = "fried";
    words_[k].written = written;
  }
  // `beef liver 4 oz pan fried`, `deep fried tofu`: two words of a way of frying are the one word (`pan-fried`),
  // outside parentheses; not stir fried, which USDA's names write apart (`Mushrooms, white, stir-fried`).
  for (std::size_t k = 0, depth = 0; k + 1 < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w == "(") ++depth;
    if (w == ")" && depth > 0) --depth;
    if (depth > 0 || w.empty() || std::string_view("pPdD").find(w[0]) == std::string_view::npos) continue;
    const std::string lower = to_lower(w);
    if ((lower != "pan" && lower != "deep") || to_lower(words_[k + 1].text) != "fried") continue;
    join_next(words_, k, lower == "pan" ? "pan-fried" : "deep-fried");
  }
  // `salmon fillet 120g, oven baked`, `oven-roasted potatoes`: baked or roasted in an oven is baked or roasted.
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w.size() < 4 || (w[0] != 'o' && w[0] != 'O')) continue;
    const std::string lower = to_lower(w);
    for (const std::string_view way : {"baked", "roasted"}) {
      if (lower.starts_with("oven-") && std::string_view(lower).substr(5) == way) {
        words_[k].written = w.size();
        words_[k].text = way;
      } else if (lower == "oven" && k + 1 < words_.size() && to_lower(words_[k + 1].text) == way) {
        join_next(words_, k, way);
      }
    }
  }
  // `Egg, whole, raw, fresh, 2 each large`: `each` between a count and a size says no more than the count.
  // (The words' first letters first, in these loops: they run for every word of every item.)
  for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
    QuantityToken count;
    if (words_[k].text.empty() || (words_[k].text[0] | 0x20) != 'e') continue;
    if (one_of(to_lower(words_[k].text), {"each", "ea", "ea."}) && !piece_size(words_[k + 1].text).empty() &&
        parse_quantity_token(words_[k - 1].text, count) == QuantityStatus::ok && count.unit.empty() &&
        (k + 2 == words_.size() || words_[k + 2].text == ",")) {
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k));
    }
  }
  // `cheddar 1 cubic inch`, `Lettuce, cos or romaine, raw, 1 leaf outer`: USDA's measures of two words, as trackers
  // copy them, are the portions vitk names with a hyphen (`cubic-inch`, `leaf-outer`).
  for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
    if (words_[k].text.empty() || ((words_[k].text[0] | 0x20) != 'c' && (words_[k].text[0] | 0x20) != 'l')) {
      continue;
    }
    const std::string lower = to_lower(words_[k].text);
    const std::string next = to_lower(words_[k + 1].text);
    if (lower == "cubic" && one_of(next, {"inch", "inches", "in", "in."})) {
      join_next(words_, k, "cubic-inch");
    } else if (one_of(lower, {"leaf", "leaves"}) && one_of(next, {"outer", "inner"}) &&
               (k + 2 == words_.size() || words_[k + 2].text == ",")) {
      QuantityToken count;
      if (parse_quantity_token(words_[k - 1].text, count) == QuantityStatus::ok && count.unit.empty()) {
        join_next(words_, k, next == "outer" ? "leaf-outer" : "leaf-inner");
      }
    }
  }
  // `brócoli al vapor`, `spinaci al vapore`, `brocolis à la vapeur`: steamed, in Spanish, Italian and French, is
  // one word (`vapore`, `vapeur`), which is_cooked_abroad reads.
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    if (words_[k].text.size() > 2 || words_[k].text.empty() ||
        std::string_view("aAnN\xc3").find(words_[k].text.front()) == std::string_view::npos) {
      continue;
    }
    const std::string lower = to_lower(words_[k].text);
    if (!one_of(lower, {"al", "a", "\u00e0", "no", "ao"})) continue;
    const bool la = k + 2 < words_.size() && to_lower(words_[k + 1].text) == "la";
    const std::string steam = to_lower(words_[k + (la ? 2 : 1)].text);
    if (!one_of(steam, {"vapor", "vapore", "vapeur"}) || (la && steam != "vapeur")) continue;
    if (la) join_next(words_, k, "la");
    join_next(words_, k, steam == "vapeur" ? "vapeur" : "vapore");
  }
  // `low sodium vegetable broth`, `reduced sodium chicken stock`: the two words of less salt are one
  // (`low-sodium`), which a name holds or the reader sets aside (salt changes no vitamin K).
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w.size() < 3 || w.size() > 7 || std::string_view("lLrR").find(w[0]) == std::string_view::npos) continue;
    const std::string lower = to_lower(w);
    if (!one_of(lower, {"low", "lower", "reduced"}) || to_lower(words_[k + 1].text) != "sodium") continue;
    join_next(words_, k, lower == "low" ? "low-sodium" : lower == "lower" ? "lower-sodium" : "reduced-sodium");
  }
  // `double espresso`, `a doppio espresso`: two shots.
  if (words_.size() >= 2) {
    std::size_t k = one_of(to_lower(words_[0].text), {"a", "an", "one", "1"}) ? 1 : 0;
    if (k + 1 < words_.size() && one_of(to_lower(words_[k].text), {"double", "doppio"}) &&
        one_of(singular(to_lower(words_[k + 1].text)), {"espresso", "shot", "ristretto"})) {
      if (k == 1) words_.erase(words_.begin());
      read_as(words_[0], "2");
    }
  }
  // `tall cappuccino`, `a short latte`: a tall and a short before a coffee-shop drink are its cups, as grande and
  // venti are (12 and 8 fl oz); elsewhere they are no unit (`2 tall glasses of water`).
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w.size() != 4 && w.size() != 5) continue;
    const std::string lower = to_lower(w);
    const std::string next = singular(to_lower(words_[k + 1].text));
    const bool hot_drink = next == "hot" && k + 2 < words_.size() &&
                           one_of(words_[k + 2].text, {"chocolate", "cocoa", "tea", "coffee"});
    if ((lower != "tall" && lower != "short") ||
        (!hot_drink && !one_of(next, {"latte", "cappuccino", "americano", "coffee", "mocha", "macchiato", "chai",
                                      "tea", "flat", "iced", "frappuccino"}))) {
      continue;
    }
    read_as(words_[k], lower == "tall" ? "tall-cup" : "short-cup");
  }
  // `1 cup nonfat frozen yogurt`: frozen yogurt is a food of its own, never a yogurt that is frozen.
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w.size() != 6 || (w[0] != 'f' && w[0] != 'F') || to_lower(w) != "frozen" ||
        !one_of(words_[k + 1].text, {"yogurt", "yoghurt", "yogurts", "yoghurts"})) {
      continue;
    }
    join_next(words_, k, "frozen-yogurt");
  }
  read_percentages();
  // `milk, 2%`, `ground beef, 90% lean`: a percentage of fat alone after a comma is the one in parentheses, which
  // the rules of a parenthesis after the food read (`milk (2%)`).
  // Only at the end of the item, after its only comma (not in USDA's names, `Milk, fluid, 1% fat, without added
  // vitamin A`), and not of chocolate, whose percentage is of cocoa (`dark chocolate, 90%`).
  for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
    if (words_[k].text != "," || is_number_word(k - 1) || !percent_of(words_[k + 1].text)) continue;
    std::size_t end = k + 2;
    if (end < words_.size() && one_of(words_[end].text, {"fat", "lean", "milkfat", "butterfat"})) ++end;
    if (end < words_.size() || one_of(words_[k - 1].text, {"chocolate", "cacao", "cocoa"}) ||
        std::any_of(words_.begin(), words_.begin() + static_cast<std::ptrdiff_t>(k),
                    [](const Word& w) { return w.text == ","; })) {
      continue;
    }
    if (words_.size() == kMaxWords) fail(words_[k].offset, fmt::format("item has more than {} words", kMaxWords));
    read_as(words_[k], "(");
    // It ends where the percentage does, so that a quote of the words quotes it as written.
    words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(end), Word{")", end_of(words_[end - 1]) - 1});
  }
  // `kale (cooked, 100g)`, `cola (zero sugar, 330 ml)`: a parenthesis that ends an item of the food first, and holds
  // words and then, after a comma, an amount, is the words in parentheses and then the amount (`milk (chocolate) 1
  // cup`), which the rules of a parenthesis after the food and of an amount at the end read; its amount is never
  // set aside.
  if (words_.size() > 5 && words_.back().text == ")" && !is_number_word(0)) {
    std::size_t open = words_.size() - 2;
    std::size_t comma = 0;
    while (open > 0 && !one_of(words_[open].text, {"(", ")"})) {
      if (words_[open].text == ",") comma = open;
      --open;
    }
    bool numbers = false;  // but a percentage of fat (`milk (2%, 1 cup)`)
    for (std::size_t k = 0; k < comma; ++k) numbers = numbers || (is_number_word(k) && !words_[k].text.ends_with('%'));
    const std::size_t number = comma + (is_rough(words_[comma + 1].text) ? 2 : 1);
    if (open > 0 && words_[open].text == "(" && comma > open + 1 && !numbers && is_number_word(number)) {
      read_as(words_[comma], ")");
      words_.pop_back();
    }
  }
  // `2 eggs (scrambled in butter)`: a parenthesis that ends the item, opens with a way of cooking, says what with or
  // in and holds no number, is a note after a comma, whose rules say what it was cooked with or in.
  if (words_.size() > 3 && words_.back().text == ")") {
    std::size_t open = words_.size() - 2;
    bool with = false;
    while (open > 0 && words_[open].text != "(" && words_[open].text != ")" && !is_number_word(open)) {
      with = with || one_of(to_lower(words_[open].text), {"with", "in"});
      --open;
    }
    // Not where a state is said before it (`cooked basmati rice (cooked with a pinch of turmeric)`).
    bool stated = false;
    for (std::size_t k = 0; k < open; ++k) stated = stated || is_state_word(words_[k].text);
    if (open > 0 && with && !stated && words_[open].text == "(" && open + 2 < words_.size() &&
        is_state_word(words_[open + 1].text) &&
        !one_of(words_[open + 1].text,
                {"raw", "uncooked", "dried", "dehydrated", "canned", "pickled", "smoked", "toasted"}) &&
        words_[open - 1].text != ",") {
      read_as(words_[open], ",");
      read_as(words_.back(), ",");
    }
  }
  read_brand_after_dash(is_number_word);
  // `2 eggs - scrambled`, `chicken breast — grilled`: a dash before states alone, which end the item, is a comma.
  // So is any dash after a word outside parentheses, before words: `turkey - dark meat`, `3 apples - peeled`.
  std::size_t depth = 0;
  for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
    if (words_[k - 1].text == "(") ++depth;
    if (words_[k - 1].text == ")" && depth > 0) --depth;
    if (!one_of(words_[k].text, {"-", "\u2014"}) || is_number_word(k - 1) || words_[k - 1].text == ",") continue;
    if (depth == 0 && !is_number_word(k + 1) && !one_of(words_[k - 1].text, {"(", ")"}) &&
        !one_of(words_[k + 1].text, {"(", ")", ",", "-", "\u2014"})) {
      read_as(words_[k], ",");
      continue;
    }
    bool states = false;
    std::size_t end = k + 1;
    for (; end < words_.size() && (is_set_aside(words_[end].text) || is_state_word(words_[end].text) ||
                                   (end + 1 < words_.size() && how_cooked(end)));
         ++end) {
      states = states || is_state_word(words_[end].text);
    }
    // `2 eggs - scrambled in butter`: a way of cooking and what with or in, as after a comma.
    const bool with = states && end + 1 < words_.size() && one_of(to_lower(words_[end].text), {"with", "in"});
    if (states && (end == words_.size() || with)) read_as(words_[k], ",");
  }
  // `2x chicken breast`, `2 x eggs`, `chicken breast x 2`, `banana x1`: a count with a multiplication sign (not
  // `4 x 400g tins`, whose sign multiplies an amount).
  const auto times_sign = [](std::string_view w) { return one_of(w, {"x", "\u00d7"}); };
  // `1x400g can`, `2x250ml cartons`: a count and its sign glued to the amount are words of their own.
  if (words_.size() > 1) {
    const std::string_view w = words_[0].text;
    std::size_t x = w.find_first_of("xX");
    std::size_t sign_size = 1;
    if (const std::size_t times = w.find("\u00d7"); times != std::string_view::npos && times < x) {
      x = times;
      sign_size = 2;
    }
    QuantityToken count;
    QuantityToken each;
    if (x != std::string_view::npos && x > 0 && x + sign_size < w.size() &&
        parse_quantity_token(w.substr(0, x), count) == QuantityStatus::ok && count.unit.empty() &&
        parse_quantity_token(w.substr(x + sign_size), each) == QuantityStatus::ok && !each.unit.empty()) {
      const std::size_t at = words_[0].offset;
      const Word sign{w.substr(x, sign_size), at + x};
      const Word amount{w.substr(x + sign_size), at + x + sign_size};
      words_[0].text = w.substr(0, x);
      words_.insert(words_.begin() + 1, {sign, amount});
    }
  }
  if (words_.size() > 1) {
    std::string_view& w = words_[0].text;
    const std::size_t sign = w.ends_with("\u00d7") ? w.size() - 2 : w.size() - 1;
    QuantityToken count;
    if (sign > 0 && times_sign(w.substr(sign)) && parse_quantity_token(w.substr(0, sign), count) == QuantityStatus::ok &&
        count.unit.empty()) {
      // `2x 400g tins`: the sign is a word of its own before an amount, as `2 x 400g tins` has it.
      const Word sign_word{w.substr(sign), words_[0].offset + sign};
      w = w.substr(0, sign);
      if (is_number_word(1)) words_.insert(words_.begin() + 1, sign_word);
    }
  }
  if (words_.size() > 2 && is_number_word(0) && times_sign(words_[1].text) && !is_number_word(2)) {
    words_.erase(words_.begin() + 1);
  }
  if (words_.size() > 2 && times_sign(words_[words_.size() - 2].text) && is_number_word(words_.size() - 1) &&
      !is_number_word(words_.size() - 3)) {
    words_.erase(words_.end() - 2);
  }
  // `banana x1`, `brussels sprouts x6, boiled`, `bacon x2 slices`: a count glued to its sign, last, before a note
  // or before its unit; `bacon x 2 slices`, the sign apart.
  for (std::size_t k = 1; k + 2 < words_.size(); ++k) {
    if (times_sign(words_[k].text) && !is_number_word(k - 1) && letters_only(words_[k - 1].text) &&
        is_number_word(k + 1) && letters_only(words_[k + 2].text)) {
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k));
      break;
    }
  }
  for (std::size_t k = 1; k < words_.size(); ++k) {
    if ((k + 1 < words_.size() && words_[k + 1].text != "," && !letters_only(words_[k + 1].text)) ||
        is_number_word(k - 1)) {
      continue;
    }
    std::string_view& w = words_[k].text;
    QuantityToken count;
    const std::size_t digits = w.starts_with("\u00d7") ? 2 : 1;
    if (w.size() > digits && times_sign(w.substr(0, digits)) &&
        parse_quantity_token(w.substr(digits), count) == QuantityStatus::ok && count.unit.empty()) {
      words_[k].offset += digits;
      w = w.substr(digits);
      break;
    }
  }
  // `romaine w/ caesar dressing`, `tea w/o sugar`: the shorthand of `with` and `without`, as a word of its own.
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    if (to_lower(words_[k].text) != "w" || words_[k + 1].text != "/" || words_[k + 1].offset != words_[k].offset + 1) {
      continue;
    }
    const bool without = k + 2 < words_.size() && to_lower(words_[k + 2].text) == "o" &&
                         words_[k + 2].offset == words_[k].offset + 2;
    const std::size_t end = words_[k].offset + (without ? 3 : 2);
    if (end < text_.size() && !is_blank(text_[end])) continue;
    if (k + (without ? 3 : 2) >= words_.size()) continue;  // a word to join, after it
    words_[k].text = without ? std::string_view("without") : std::string_view("with");
    words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k + 1),
                 words_.begin() + static_cast<std::ptrdiff_t>(k + (without ? 3 : 2)));
  }
  // `muesli w milk`, `coffee w cream`: a `w` alone between two words is `with` too.
  for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
    if (to_lower(words_[k].text) == "w" && letters_only(words_[k - 1].text) && letters_only(words_[k + 1].text)) {
      read_as(words_[k], "with");
    }
  }
  // `about 100 g`, `~2 cups`: an amount said to be rough is the amount.
  while (words_.size() > 1 && (one_of(words_[0].text, {"about", "approximately", "approx", "approx.", "appr",
                                                       "appr.", "abt", "abt.", "around", "roughly", "circa", "ca.",
                                                       "~"}))) {
    words_.erase(words_.begin());
  }
  // `up to 300ml stock`, `at least 4 tbsp oil`: a bound before a number is the amount the recipe gives, and it counts.
  if (words_.size() > 3 && ((to_lower(words_[0].text) == "up" && words_[1].text == "to") ||
                            (to_lower(words_[0].text) == "at" && words_[1].text == "least"))) {
    QuantityToken bound;
    if (parse_quantity_token(words_[2].text, bound) == QuantityStatus::ok) words_.erase(words_.begin(), words_.begin() + 2);
  }
  // `2 packed cups brown sugar`, `1 firmly packed cup basil`: how firmly a measure is packed is set aside between
  // the number and its unit, as it is after the unit (`1 cup packed spinach`).
  for (std::size_t k = 0; k + 2 < words_.size(); ++k) {
    if (!is_number_word(k)) continue;
    const bool adverb = k + 3 < words_.size() &&
                        one_of(words_[k + 1].text, {"firmly", "lightly", "loosely", "tightly", "well"}) &&
                        one_of(words_[k + 2].text, {"packed"});
    const std::size_t unit_at = adverb ? k + 3 : k + 2;
    if ((adverb || one_of(words_[k + 1].text, {"packed"})) && is_measure(canonical_unit(words_[unit_at].text))) {
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k + 1),
                   words_.begin() + static_cast<std::ptrdiff_t>(unit_at));
    }
  }
  fail_if_heaped();
  // `scant 1/2 tsp`, `level 2 tbsp`: a size before a number is the amount's, and the amount counts.
  while (words_.size() > 2 && one_of(to_lower(words_[0].text), {"scant", "generous", "level"}) &&
         !words_[1].text.empty() && (is_digit(words_[1].text[0]) || words_[1].text[0] == '.' ||
                                     static_cast<unsigned char>(words_[1].text[0]) >= 0x80)) {
    words_.erase(words_.begin());
  }
  if (!words_.empty() && words_[0].text.size() > 1 && words_[0].text.front() == '~') {
    words_[0].text.remove_prefix(1);
    ++words_[0].offset;
  }
  if (words_.empty()) fail(0, "expected an item such as 'kale 100 g'");
  // `a 3 egg omelette`, `one 3-egg omelette`: an article or `one` before a count of eggs is set aside, as the count
  // says how much; so is an article before a part of a weight or a volume of the food (`a 1/2 cup rice`, `a 1.5 cup
  // rice`). Not before a whole weight or volume, nor a part of one that a glass or a container holds (`a 250ml glass
  // of milk`, `a ½ pint glass of milk`, `a 4 lb chicken`), which the article counts, nor before other words (`a 2
  // percent milk`).
  if (words_.size() >= 3 && one_of(to_lower(words_[0].text), {"a", "an", "one"})) {
    // `3-egg`: the count and its unit joined by a hyphen.
    std::string_view number = words_[1].text;
    std::string_view joined;
    if (const std::size_t hyphen = number.find('-'); hyphen != std::string_view::npos && hyphen + 1 < number.size() &&
                                                     std::isalpha(static_cast<unsigned char>(number[hyphen + 1]))) {
      joined = number.substr(hyphen + 1);
      number = number.substr(0, hyphen);
    }
    QuantityToken count;
    if (parse_quantity_token(number, count) == QuantityStatus::ok && count.unit.empty()) {
      const std::string after = singular(to_lower(joined.empty() ? words_[2].text : joined));
      const std::string unit = canonical_unit(after);
      const bool measure = grams_per_mass_unit(unit) || ml_per_volume_unit(unit);
      const std::size_t held = joined.empty() ? 3 : 2;
      const bool holder = held < words_.size() && (is_container(words_[held].text) ||
                                                   one_of(singular(to_lower(words_[held].text)), {"glass", "mug"}));
      // A part of one of any measure (`a 1/2 lb burger`); past one, of a volume only, as a weight may be a whole
      // bird's (`a 4.5 lb chicken`), which the article counts.
      const bool part = to_lower(words_[0].text) != "one" &&
                        (count.value < 1 || (count.value != std::floor(count.value) && ml_per_volume_unit(unit)));
      if (after == "egg" || (part && measure && !holder)) words_.erase(words_.begin());
    }
  }
  // `a tuna steak 200 g`, `an apple 150g`: one piece, and what it weighs at the end, is that weight of the food.
  if (words_.size() >= 3 && one_of(words_[0].text, {"a", "an", "one"}) && !is_number_word(1) &&
      !is_measure(canonical_unit(words_[1].text))) {
    const std::size_t n = words_.size();
    QuantityToken last;
    QuantityToken before;
    const bool glued = parse_quantity_token(words_[n - 1].text, last) == QuantityStatus::ok && !last.unit.empty() &&
                       (grams_per_mass_unit(canonical_unit(last.unit)) || ml_per_volume_unit(canonical_unit(last.unit)));
    const bool spaced = n >= 4 && parse_quantity_token(words_[n - 2].text, before) == QuantityStatus::ok &&
                        before.unit.empty() &&
                        (grams_per_mass_unit(canonical_unit(words_[n - 1].text)) ||
                         ml_per_volume_unit(canonical_unit(words_[n - 1].text)));
    bool plain = true;
    for (std::size_t k = 1; k + (spaced ? 2 : 1) < n; ++k) {
      plain = plain && words_[k].text != "," && words_[k].text != "(" && !is_number_word(k);
    }
    if ((glued || spaced) && plain) words_.erase(words_.begin());
  }
  // `1 cup fresh or frozen spinach`, `peas, frozen or fresh`: of the two states, the one written first counts (as of
  // two foods); the other is set aside. Not where the item says the food is thawed (`1 cup chopped fresh or frozen
  // broccoli, thawed`), which is of the frozen one.
  // Nor where the words after them name no one food (`fresh or frozen mixed vegetables`), where the frozen food
  // is read as before.
  // Not `thawed if frozen`, which says it of one of the two.
  bool thawed = false;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string_view w = words_[k].text;
    if (w.size() < 4 || std::string_view("tTdDuU").find(w[0]) == std::string_view::npos) continue;
    thawed = thawed || (one_of(w, {"thawed", "defrosted", "unthawed", "thaw", "defrost"}) &&
                        (k + 1 == words_.size() || to_lower(words_[k + 1].text) != "if"));
  }
  for (std::size_t k = 0; k + 2 < words_.size() && !thawed; ++k) {
    const std::string first = to_lower(words_[k].text);
    if ((first != "fresh" && first != "frozen") || !one_of(words_[k + 1].text, {"or", "and/or", "/"}) ||
        !one_of(words_[k + 2].text, {first == "fresh" ? "frozen" : "fresh"})) {
      continue;
    }
    std::string named;
    for (std::size_t at = k + 3; at < words_.size() && !one_of(words_[at].text, {",", "(", ")"}); ++at) {
      QuantityToken number;
      if (parse_quantity_token(words_[at].text, number) != QuantityStatus::not_a_number) break;
      named += (named.empty() ? "" : " ") + std::string(words_[at].text);
    }
    if (!named.empty()) {
      // Nor of a food that vitk has only canned, frozen or dried (`fresh or frozen artichoke hearts`).
      const FoodMatch match = catalog_.find(named);
      if (!match.food) continue;
      const std::string kept = spaced(normalize_key(match.food->name()));
      if (kept.find(" canned ") != std::string::npos || kept.find(" frozen ") != std::string::npos ||
          kept.find(" dried ") != std::string::npos || kept.find(" jarred ") != std::string::npos) {
        continue;
      }
    }
    words_[k].written = end_of(words_[k + 2]) - words_[k].offset;
    words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k + 1),
                 words_.begin() + static_cast<std::ptrdiff_t>(k + 3));
  }
  read_kind_after_count();
  read_inch_sizes();
  // `2 pounds 1-inch thick pork chops`, `1 cup 1-inch pieces asparagus`: after a weight or a volume, the size that
  // the food is cut to or comes in is set aside, as it is in a note (it had been a stray number); never after a
  // count, whose pieces it may be (`2 1-inch pieces ginger`).
  for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
    const std::string size = to_lower(words_[k].text);
    if (size.size() < 4 || !is_digit(size.front()) ||
        !(size.ends_with("-inch") || size.ends_with("-cm") || size.ends_with("-inch-thick"))) {
      continue;
    }
    QuantityToken before;
    const bool measured = is_measure(canonical_unit(words_[k - 1].text)) ||
                          (parse_quantity_token(words_[k - 1].text, before) == QuantityStatus::ok &&
                           !before.unit.empty() && is_measure(canonical_unit(before.unit)));
    if (!measured) continue;
    std::size_t end = k + 1;
    if (!size.ends_with("-thick") &&
        one_of(singular(to_lower(words_[end].text)), {"thick", "thin", "long", "wide", "piece", "chunk", "cube",
                                                       "slice", "strip", "round", "length"})) {
      ++end;
    }
    if (end == words_.size() || words_[end].text == "," || words_[end].text == "(") continue;
    // Each such size, so that another food after a comma is still an amount of another food (`1 lb 2-inch pieces
    // kale, 2 cups 1-inch pieces collard greens` is an error).
    words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k), words_.begin() + static_cast<std::ptrdiff_t>(end));
  }
  set_aside_alternatives();
}

/// `2 bell peppers (red)`, `2 eggs (duck)`, `2 tortillas (corn)`: after a count, a colour or a bird alone in a
/// parenthesis that ends the name, and the item or before its note, or any word there after a name that alone names
/// no one food, is a word of the name before it (`2 red bell peppers`), where the two name a food together. The
/// words keep their places in the item, for its excerpts.
void ItemReader::read_kind_after_count() {
  if (words_.size() < 5 || words_[1].text == "(") return;
  QuantityToken count;
  if (!one_of(words_[0].text, {"a", "an", "one", "two", "three", "four"}) &&
      (parse_quantity_token(words_[0].text, count) != QuantityStatus::ok || !count.unit.empty())) {
    return;
  }
  std::size_t open = 1;
  while (open < words_.size() && words_[open].text != "(") {
    if (!letters_only(words_[open].text)) return;
    ++open;
  }
  if (open + 2 >= words_.size() || words_[open + 2].text != ")" ||
      (open + 3 < words_.size() && words_[open + 3].text != ",")) {
    return;
  }
  // Any kind of a name that alone names no one food (`2 tortillas (corn)`).
  const std::string_view kind = words_[open + 1].text;
  if (!letters_only(kind)) return;
  std::string name;
  for (std::size_t k = 1; k < open; ++k) name += (k == 1 ? "" : " ") + std::string(words_[k].text);
  const std::string together = std::string(kind) + " " + name;
  // Or any word there that names a food with the name, as one of its names (`1 apple (gala)`, a gala apple), where
  // that food weighs a piece as the name's food does: not a whole cake for a piece of one (`1 cake (chocolate)`),
  // nor a food without pieces (`1 potato (mashed)`).
  bool named_so = false;
  if (const FoodMatch both = catalog_.find(together), alone = catalog_.find(name); both.food && alone.food) {
    const auto piece_grams = [](const Food& food, std::string_view named) {
      const std::optional<std::string> piece = piece_unit(food, named);
      const std::optional<Portion> portion = piece ? food.find_portion(*piece) : std::nullopt;
      return portion ? portion->grams : 0.0;
    };
    const double a = piece_grams(*both.food, together);
    const double b = piece_grams(*alone.food, name);
    named_so = a > 0 && b > 0 && a <= 2 * b && b <= 2 * a;
  }
  if (!named_so &&
      !one_of(kind, {"red", "green", "yellow", "orange", "white", "black", "purple", "brown", "golden", "duck",
                     "quail", "goose", "turkey", "sweet", "cherry", "grape", "spring", "roma", "plum", "romaine",
                     "iceberg", "jalape\u00f1o", "jalapeno", "serrano", "poblano", "rice"}) &&
      catalog_.find(name).food) {
    return;
  }
  if (!named_so && !catalog_.find_words(together).food) return;
  std::vector<std::string_view> texts{kind};
  for (std::size_t k = 1; k < open; ++k) texts.push_back(words_[k].text);
  for (std::size_t k = 1; k <= open; ++k) {
    words_[k].written = (k < open ? end_of(words_[k]) : end_of(words_[open + 2])) - words_[k].offset;
    words_[k].text = texts[k - 1];
  }
  words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(open + 1),
               words_.begin() + static_cast<std::ptrdiff_t>(open + 3));
}

/// `2 large or 3 small aubergines`: the first of two counts is the one counted; the second is set aside.
/// `2 tsp ground turmeric 10 mL`: a weight or a volume at the end of an item that starts with one is the same
/// amount again, a note as in parentheses.
/// A size in inches at word `k` (`10-inch`, `10"`, `10 inch`, `1/2"`), named as USDA's measures are
/// (tools/foods/generate.py: `10-inch`, `half-inch`), or empty; `taken` is how many words it is.
std::string ItemReader::inch_size_at(std::size_t k, std::size_t& taken) const {
  const std::string w = to_lower(word(k));
  taken = 1;
  std::string_view number;
  if (w.ends_with("\"") || w.ends_with("\u201d")) {
    number = std::string_view(w).substr(0, w.size() - (w.ends_with("\"") ? 1 : 3));
  } else if (w.ends_with("-inch")) {
    number = std::string_view(w).substr(0, w.size() - 5);
  } else if (k + 1 < words_.size() && one_of(to_lower(word(k + 1)), {"inch", "inches"})) {
    number = w;
    taken = 2;
  }
  if (number == "1/2" || number == "\u00bd") return "half-inch";
  int inches = 0;
  const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), inches);
  if (number.empty() || error != std::errc{} || end != number.data() + number.size() || inches < 1 || inches > 36) {
    return {};
  }
  return fmt::format("{}-inch", inches);
}

/// `Kiwifruit, raw, 1 fruit (2" dia)`, `10 beans (4" long)`: a size in inches in parentheses after a count of a
/// piece, as USDA's measures write it, is the piece of that size (`fruit-2-inch`). `1 10-inch tortilla`, `2 6"
/// flour tortillas`: a size in inches after the count that opens the item is the size of the pieces counted, read
/// with the food (inch_piece).
void ItemReader::read_inch_sizes() {
  // The size in a parenthesis at `k` (`(2" dia)`, `(approx 10" dia)`, `(4 inches long)`), and where it closes.
  const auto inch_parenthesis = [&](std::size_t k, std::size_t& close) {
    std::size_t at = k + 1;
    if (at < words_.size() && one_of(to_lower(word(at)), {"approx", "approx.", "about", "approximately"})) ++at;
    std::size_t taken = 0;
    const std::string size = at < words_.size() ? inch_size_at(at, taken) : std::string();
    if (size.empty()) return size;
    // Words of a piece's size, not of the pieces it is cut to (`(1 inch pieces)`, `(1/2-inch dice)`, `(1 inch
    // thick)`), which are a note.
    const auto dimension = [&](std::string_view w) {
      return one_of(to_lower(w), {"dia", "dia.", "diameter", "across", "long", "in", "size", "base", "round", "sq",
                                  "sq.", "square"});
    };
    close = at + taken;
    while (close < words_.size() && words_[close].text != ")" && dimension(word(close))) ++close;
    return close < words_.size() && words_[close].text == ")" ? size : std::string();
  };
  // `2 flour tortillas (approx 10" dia)`, `1 apple (4" dia)`: after the count that opens the item and a name, at its
  // end, the size of the pieces counted, or a note where no piece has it (inch_piece).
  QuantityToken first;
  if (words_.size() >= 5 && words_.back().text == ")" &&
      parse_quantity_token(word(0), first) == QuantityStatus::ok && first.unit.empty()) {
    std::size_t open = 1;
    // Not after a size word, whose size USDA's measure says in the parenthesis (`1 medium apple (3" dia)`).
    // Nor after a measure (`2 cups asparagus (1 inch pieces)`), whose pieces no count counts.
    const auto counted_word = [&](std::string_view w) {
      return letters_only(w) && piece_size(w).empty() && !is_measure(canonical_unit(w)) && !is_container(w);
    };
    while (open < words_.size() && counted_word(word(open))) ++open;
    std::size_t close = 0;
    if (open >= 2 && open < words_.size() && words_[open].text == "(") {
      if (std::string size = inch_parenthesis(open, close); !size.empty() && close + 1 == words_.size()) {
        inch_size_ = std::move(size);
        inch_in_note_ = true;
        inch_offset_ = words_[open].offset;
        inch_written_ = end_of(words_[close]) - inch_offset_;
        words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(open), words_.end());
        return;
      }
    }
  }
  // After a food, as trackers copy USDA's measures: not in an item that starts with its amount (`1 pat (1" sq)
  // butter`), whose parenthesis is a note.
  for (std::size_t k = 3; k + 2 < words_.size(); ++k) {
    QuantityToken count;
    if (words_[k].text != "(" || !letters_only(word(k - 1)) || !piece_size(word(k - 1)).empty() ||
        is_measure(canonical_unit(word(k - 1))) || is_container(word(k - 1)) ||
        parse_quantity_token(word(k - 2), count) != QuantityStatus::ok || !count.unit.empty()) {
      continue;
    }
    std::size_t close = 0;
    const std::string size = inch_parenthesis(k, close);
    if (size.empty()) continue;
    sized_units_.push_back(fmt::format("{}-{}", singular(to_lower(word(k - 1))), size));
    words_[k - 1].written = end_of(words_[close]) - words_[k - 1].offset;
    words_[k - 1].text = sized_units_.back();
    words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k),
                 words_.begin() + static_cast<std::ptrdiff_t>(close + 1));
  }
  // (Only where the second word may be a size: this runs for every item.)
  const bool after_size = words_.size() >= 6 && words_[2].text == "(" && !piece_size(word(1)).empty();
  if (words_.size() < 3 || (!is_digit(words_[1].text.front()) && words_[1].text != "(" && !after_size)) return;
  QuantityToken count;
  const bool counted = one_of(to_lower(word(0)), {"a", "an", "one", "two", "three", "four", "five", "six"}) ||
                       (parse_quantity_token(word(0), count) == QuantityStatus::ok && count.unit.empty());
  // Not the size of a piece cut from the food (`1 3-inch piece ginger`, `2 1-inch strips orange zest`).
  const auto cut = [&](std::size_t k) {
    return !letters_only(word(k)) ||
           one_of(singular(to_lower(word(k))),
                  {"piece", "chunk", "strip", "slice", "length", "knob", "cube", "stick", "wedge", "round", "square",
                   "long", "thick", "thin", "wide", "deep", "high", "tall", "diameter", "across", "section", "sprig"});
  };
  // `1 (12-inch) flour tortilla`, `4 (6 inch) corn tortillas`: the size in a parenthesis after the count, or a note
  // where no piece has it, as it had been; so too after a size word (`1 medium (8-inch) flour tortilla`), whose
  // size the inches say more exactly where the food has a piece of them (inch_after_size_).
  if (const std::size_t open = after_size ? 2 : 1; counted && words_[open].text == "(") {
    std::size_t close = 0;
    if (std::string size = inch_parenthesis(open, close);
        !size.empty() && close + 1 < words_.size() && !cut(close + 1)) {
      inch_size_ = std::move(size);
      inch_in_note_ = true;
      inch_after_size_ = after_size;
      inch_offset_ = words_[open].offset;
      inch_written_ = end_of(words_[close]) - inch_offset_;
      words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(open),
                   words_.begin() + static_cast<std::ptrdiff_t>(close + 1));
      return;
    }
  }
  std::size_t taken = 0;
  const std::string size = counted ? inch_size_at(1, taken) : std::string();
  if (size.empty() || 1 + taken >= words_.size() || cut(1 + taken)) return;
  inch_size_ = size;
  inch_offset_ = words_[1].offset;
  inch_written_ = end_of(words_[taken]) - inch_offset_;
  words_.erase(words_.begin() + 1, words_.begin() + static_cast<std::ptrdiff_t>(1 + taken));
}

/// `Natto - Generic, 1 package (45g)`, `Almonds - Blue Diamond, 28 g`, `Fage - Greek Yogurt, 1 container`: as
/// trackers write a food and its maker on either side of a dash before the amount's comma, the side of capitalised
/// words that names no food, nor holds a number, a state or a size, is the maker, set aside where the other side
/// names a food; where both or neither do, or the two name one together, the dash is a comma as below (`Turkey -
/// Dark Meat`).
template <class IsNumber>
void ItemReader::read_brand_after_dash(const IsNumber& is_number_word) {
  std::size_t dash = 0;
  while (dash < words_.size() && !one_of(words_[dash].text, {"-", "\u2014", "\u2013"})) ++dash;
  std::size_t comma = dash + 1;
  while (comma < words_.size() && words_[comma].text != ",") ++comma;
  if (dash == 0 || dash + 1 >= comma || comma + 1 >= words_.size() || !is_number_word(comma + 1)) return;
  const auto maker = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      const std::string_view w = words_[k].text;
      if (!std::isupper(static_cast<unsigned char>(w.front())) || is_number_word(k) || is_state_word(w) ||
          is_size_word(to_lower(w)) || one_of(w, {"(", ")", ",", "-"})) {
        return false;
      }
    }
    return !catalog_.find(span(from, to)).food && !catalog_.find_words(span(from, to)).food;
  };
  // A food, as written or without its commas and the words that vitk sets aside (`Organic Baby Spinach`, `Large
  // Egg`, `Swiss Chard, cooked`).
  const auto food = [&](std::size_t from, std::size_t to) {
    std::string kept;
    for (std::size_t k = from; k < to; ++k) {
      if (is_number_word(k) || one_of(words_[k].text, {"(", ")"})) return false;
      if (words_[k].text == "," || (is_set_aside(to_lower(words_[k].text)) && !is_state_word(words_[k].text))) {
        continue;
      }
      kept += kept.empty() ? std::string(words_[k].text) : fmt::format(" {}", words_[k].text);
    }
    return catalog_.find(span(from, to)).food.has_value() || catalog_.find_words(span(from, to)).food.has_value() ||
           (!kept.empty() && (catalog_.find(kept).food.has_value() || catalog_.find_words(kept).food.has_value()));
  };
  // Nor where the two sides name a food together (`Turkey - Dark Meat`), or the words of both, without commas and the
  // words set aside, are all in a food's name (`Rice, cooked - Brown`, `Chicken, roasted - Dark Meat`: a kind).
  const std::string both = fmt::format("{} {}", span(0, dash), span(dash + 1, comma));
  if (catalog_.find(both).food || catalog_.find_words(both).food) return;
  std::vector<std::string> kind_words;
  for (std::size_t k = 0; k < comma; ++k) {
    const bool set_aside = is_set_aside(to_lower(words_[k].text)) && !is_state_word(words_[k].text);
    if (k != dash && words_[k].text != "," && !set_aside) kind_words.emplace_back(words_[k].text);
  }
  if (!holding_every_word(kind_words, 1).empty()) return;
  // After a food with a comma (`Swiss Chard, cooked - Generic`), a maker only by the marks of one (`Generic`, an
  // apostrophe, ® or ™), as a kind follows such a food too (`Squash, cooked - Acorn`, `Oil, vegetable - Canola`).
  const bool comma_before = std::any_of(words_.begin(), words_.begin() + static_cast<std::ptrdiff_t>(dash),
                                        [](const Word& w) { return w.text == ","; });
  const std::string_view maker_side = span(dash + 1, comma);
  bool marked = to_lower(maker_side) == "generic";
  for (const std::string_view mark : {"'", "\u2019", "\u00ae", "\u2122"}) {
    marked = marked || maker_side.find(mark) != std::string_view::npos;
  }
  if (maker(dash + 1, comma) && food(0, dash) && (!comma_before || marked)) {
    words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(dash),
                 words_.begin() + static_cast<std::ptrdiff_t>(comma));
  } else if (maker(0, dash) && food(dash + 1, comma)) {
    words_.erase(words_.begin(), words_.begin() + static_cast<std::ptrdiff_t>(dash + 1));
  }
}

/// The portion of the size in inches after the count (`1 10-inch tortilla`: tortilla-10-inch): the one of the piece
/// that the name counts, else, where that piece is no other than a whole one of a size (not a roma tomato), the one
/// whole piece of that size (`1 3-inch tomato`: large-3-inch), never a piece cut from the food (a pepper's ring, a
/// carrot's strip). Where there is none, the item is an error; but a size in a parenthesis after the food is a note,
/// as it had been (`1 bagel (4 inch)`, `12 corn tortillas (6 inch)`): none.
std::optional<std::string> ItemReader::inch_piece(const Food& food, std::string_view counted_name,
                                                  std::string_view read_as) const {
  inch_read_ = true;
  const std::optional<std::string> piece = piece_unit(food, counted_name);
  if (piece) {
    if (std::string of_size = fmt::format("{}-{}", *piece, inch_size_); food.find_portion(of_size)) return of_size;
  }
  // The piece counted: the one the name counts, else the name's last word (`flour tortilla`: tortilla).
  const std::vector<std::string> named = singular_words(counted_name);
  const std::string counted = piece ? *piece : named.empty() ? std::string() : named.back();
  std::optional<Portion> only;
  bool several = false;
  for (std::size_t p = 0; (!piece || !piece_size(*piece).empty()) && p < food.portion_count(); ++p) {
    const Portion portion = food.portion(p);
    const std::string suffix = fmt::format("-{}", inch_size_);
    if (!portion.unit.ends_with(suffix)) continue;
    const std::string_view whole = portion.unit.substr(0, portion.unit.size() - suffix.size());
    if (piece_size(whole).empty() && whole != counted) continue;
    several = several || (only && only->grams != portion.grams);
    only = portion;
  }
  if (only && !several) return std::string(only->unit);
  if (inch_in_note_) return std::nullopt;
  fail(inch_offset_, fmt::format("{} has {} '{}' piece (expected a size that its units name, or a weight such as "
                                 "'{} 100 g'; units: {})",
                                 read_as, several ? "more than one" : "no",
                                 quote_excerpt(text_.substr(inch_offset_, inch_written_)),
                                 quote_excerpt(counted_name), unit_names(food)));
}

void ItemReader::set_aside_alternatives() {
  const auto is_number = [&](std::size_t k) {
    QuantityToken token;
    return k < words_.size() && parse_quantity_token(word(k), token) == QuantityStatus::ok;
  };
  const auto measure_at = [&](std::size_t k) {
    QuantityToken token;
    if (k >= words_.size() || parse_quantity_token(word(k), token) != QuantityStatus::ok) return std::size_t{0};
    if (!token.unit.empty()) return is_measure(canonical_unit(token.unit)) ? std::size_t{1} : std::size_t{0};
    return k + 1 < words_.size() && is_measure(canonical_unit(word(k + 1))) ? std::size_t{2} : std::size_t{0};
  };
  if (words_.size() >= 6 && is_number(0) && is_size_word(word(1)) && one_of(word(2), {"or"}) && is_number(3) &&
      is_size_word(word(4))) {
    words_.erase(words_.begin() + 2, words_.begin() + 5);
  }
  // `¼ cup (or less) water`, `3 cups (or a 28-ounce can) canned tomatoes`: an alternative in a parenthesis after
  // the amount, before the food, is set aside.
  for (std::size_t k = 1; k + 2 < words_.size(); ++k) {
    QuantityToken amount;
    if (word(k) != "(" || !one_of(word(k + 1), {"or"}) ||
        (!is_measure(canonical_unit(word(k - 1))) && !is_container(word(k - 1)) &&
         parse_quantity_token(word(k - 1), amount) == QuantityStatus::not_a_number)) {
      continue;
    }
    std::size_t close = k + 2;
    while (close < words_.size() && word(close) != ")" && word(close) != "(") ++close;
    if (close + 1 >= words_.size() || word(close) != ")" || word(close + 1) == "," || word(close + 1) == "(") continue;
    words_.erase(words_.begin() + static_cast<std::ptrdiff_t>(k), words_.begin() + static_cast<std::ptrdiff_t>(close + 1));
  }
  const std::size_t n = words_.size();
  // `1 tin baked beans 415g`, `1 Becher Quark 250 g`: a weight at the end of an item that counts a container is
  // what each holds, as in a parenthesis (`1 tin baked beans (415g)`).
  // So does one after a bowl or a glass that holds the food (`a bowl of rice 200g`).
  const auto container_at = [&](std::size_t k) {
    return k < n && (is_container(word(k)) || is_package(canonical_unit(to_lower(word(k)))) ||
                     one_of(singular(to_lower(word(k))), {"bowl", "glass", "mug"}));
  };
  // `tin of baked beans 415g`, `a bowl of rice 200g`: one container, not counted, or after an article.
  const bool one_container =
      (container_at(0) && is_of(word(1))) || (one_of(to_lower(word(0)), {"a", "an"}) && container_at(1));
  // One container only: of a part or of several, the weight may be each one's or all of them (`2 tins baked beans
  // 415g`, `½ tin baked beans 415g` stay errors).
  const auto one = [&] {
    QuantityToken token;
    return parse_quantity_token(word(0), token) == QuantityStatus::ok && token.unit.empty() && token.value == 1 &&
           !(1 < n && parse_quantity_token(word(1), token) == QuantityStatus::ok);
  };
  if (n >= 4 && ((one() && container_at(1) && measure_at(1) == 0) || one_container)) {
    for (const std::size_t tail : {std::size_t{1}, std::size_t{2}}) {
      // Right after the food's words: not after a comma, a rough word or a whole number (`, about 3 1/2 ounces`).
      if (measure_at(n - tail) != tail || n - tail <= 2 || !letters_only(word(n - tail - 1)) ||
          is_rough(to_lower(word(n - tail - 1)))) {
        continue;
      }
      const Word close{")", words_[n - 1].offset, end_of(words_[n - 1]) - words_[n - 1].offset};
      words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(n - tail), Word{"(", words_[n - tail].offset});
      words_.push_back(close);
      return;
    }
  }
  if (n >= 4 && measure_at(0) > 0) {
    for (const std::size_t tail : {std::size_t{1}, std::size_t{2}}) {
      // Not more of the food after plus (`100g butter, plus 40g/1½oz`, `plus 1 to 2 tbsp`).
      bool more = false;
      for (std::size_t k = n - tail; k > 0 && word(k - 1) != "," && !more; --k) {
        more = one_of(to_lower(word(k - 1)), {"plus", "+"});
      }
      if (measure_at(n - tail) == tail && n - tail > measure_at(0) && !more) {
        // The parenthesis is a word of its own that ends the food's words (see find_food).
        words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(n - tail), Word{"(", words_[n - tail].offset});
        tail_equivalent_ = n - tail + 1;
        break;
      }
    }
  }
}

std::string_view ItemReader::span(std::size_t first, std::size_t last) const {
  std::string_view out = text_.substr(words_[first].offset, end_of(words_[last - 1]) - words_[first].offset);
  // `spinach (sauteed in butter)`, read as a note after a comma: an excerpt keeps its parenthesis closed where the
  // item does.
  const std::size_t open = out.rfind('(');
  const std::size_t after = words_[first].offset + out.size();
  if (open != std::string_view::npos && out.find(')', open) == std::string_view::npos) {
    const std::size_t close = text_.find(')', after);
    if (close != std::string_view::npos && text_.substr(after, close - after).find('(') == std::string_view::npos) {
      out = text_.substr(words_[first].offset, close + 1 - words_[first].offset);
    }
  }
  return out;
}

// ---------------------------------------------------------------- numbers

/// number = decimal | fraction | whole fraction | vulgar | whole vulgar
std::optional<Number> ItemReader::number(std::size_t& i) {
  if (i >= words_.size()) return std::nullopt;
  // `70-85% chocolate half a bar`: a chocolate's cacao, as read_percentages reads it, is no number.
  if (words_[i].text.ends_with('%') && words_[i].written != 0) return std::nullopt;
  QuantityToken token;
  const QuantityStatus status = parse_quantity_token(words_[i].text, token);
  if (status == QuantityStatus::not_a_number) return std::nullopt;
  if (status != QuantityStatus::ok) fail_quantity(i, status);
  Number out{token.value, 1, token.unit, words_[i].offset + token.length, {}};
  ++i;
  // `1 1/2`, `1 ½`: a whole number followed by a fraction.
  QuantityToken fraction;
  if (!token.fraction && token.unit.empty() && i < words_.size() && is_digit(words_[i - 1].text.front()) &&
      words_[i - 1].text.find_first_of(".,") == std::string_view::npos &&
      parse_quantity_token(words_[i].text, fraction) == QuantityStatus::ok && fraction.fraction) {
    out.value += fraction.value;
    out.glued_unit = fraction.unit;
    out.glued_offset = words_[i].offset + fraction.length;
    ++out.words;
    ++i;
  }
  return out;
}

/// The second number of a range (`3-4`, `1 to 2`, `1 or 2`), after the first.
std::optional<double> ItemReader::range_end(std::size_t& i) {
  if (i + 1 >= words_.size() || !(word(i) == "-" || one_of(word(i), {"to", "or"}))) return std::nullopt;
  std::size_t next = i + 1;
  QuantityToken probe;
  if (parse_quantity_token(word(next), probe) != QuantityStatus::ok) return std::nullopt;
  const std::optional<Number> high = number(next);
  i = next;
  return high->value;
}

/// number-words = "a" | "an" | "one" ... "twelve" [ "and a half" ] | ["a"] "half" ["a"] | ["a"] "quarter"
///              | "three quarters" | ["a" | "half a"] "dozen" | "a couple" ["of"]
std::optional<Number> ItemReader::number_words(std::size_t& i) {
  const std::size_t first = i;
  // `half and half` is a food (cream and milk), either half of it.
  const auto lower = [&](std::size_t k) { return k < words_.size() ? to_lower(word(k)) : std::string(); };
  if (lower(i) == "half" && ((lower(i + 1) == "and" && lower(i + 2) == "half") ||
                             (i >= 2 && lower(i - 1) == "and" && lower(i - 2) == "half"))) {
    return std::nullopt;
  }
  std::optional<double> value = number_word(word(i));
  if (!value) return std::nullopt;
  // `Tres Leches cake 1 slice`, `Uno pizza 1 slice`: a number word of French, Spanish, Italian, Polish or Swedish
  // that English names begin with is a word of the name where the item writes its amount in digits.
  if (one_of(to_lower(word(i)), {"un", "une", "uno", "una", "tres", "tre", "quatre", "cuatro", "quattro", "jeden",
                                 "jedna", "jedno", "dwa", "dwie", "trzy", "cztery", "ett", "tv\u00e5", "fyra"}) &&
      std::any_of(words_.begin() + static_cast<std::ptrdiff_t>(i + 1), words_.end(),
                  [](const Word& w) { return !w.text.empty() && is_digit(w.text.front()); })) {
    return std::nullopt;
  }
  ++i;
  const auto next_is = [&](std::string_view w) { return to_lower(word(i)) == w; };
  if (*value == 1 && !one_of(word(first), {"one"})) {
    // `a half`, `a quarter`, `a dozen`, `a third`, `a couple`: the article counts the word after it.
    if (const std::optional<double> after = number_word(word(i)); after && *after != 1) {
      value = after;
      ++i;
    }
  } else if (*value == 0.5 && (next_is("a") || next_is("an"))) {
    ++i;  // `half a cup`
    if (next_is("dozen")) {
      value = 6.0;
      ++i;
    }
  } else if (*value == 3 && (next_is("quarters") || next_is("quarter"))) {
    value = 0.75;
    ++i;
  } else if (*value == 2 && (next_is("thirds") || next_is("third"))) {
    value = 2.0 / 3;
    ++i;
  }
  if (*value >= 1 && next_is("dozen")) {
    value = *value * 12;  // `two dozen`
    ++i;
  }
  if (next_is("and") && (to_lower(word(i + 1)) == "a" || to_lower(word(i + 1)) == "one") &&
      (to_lower(word(i + 2)) == "half" || to_lower(word(i + 2)) == "quarter")) {
    *value += to_lower(word(i + 2)) == "half" ? 0.5 : 0.25;  // `one and a half`
    i += 3;
  }
  if (one_of(word(first), {"couple"}) || one_of(word(first + 1), {"couple"})) {
    if (next_is("of")) ++i;
  }
  return Number{*value, i - first, {}, 0, {}};
}

/// quantity = number [range-end] | number-words
std::optional<Number> ItemReader::quantity(std::size_t& i) {
  const std::size_t first = i;
  if (std::optional<Number> found = number(i)) {
    // `1 and 1/2 cups`, `2 and a half cups`: a whole number and its fraction, as said aloud.
    if (found->glued_unit.empty() && found->value == std::floor(found->value) && i + 1 < words_.size() &&
        to_lower(word(i)) == "and") {
      QuantityToken part;
      if (parse_quantity_token(word(i + 1), part) == QuantityStatus::ok && part.fraction && part.value < 1 &&
          part.unit.empty()) {
        found->value += part.value;
        i += 2;
      } else if (i + 2 < words_.size() && one_of(to_lower(word(i + 1)), {"a"}) &&
                 one_of(to_lower(word(i + 2)), {"half", "quarter"})) {
        found->value += to_lower(word(i + 2)) == "half" ? 0.5 : 0.25;
        i += 3;
      }
    }
    if (found->glued_unit.empty()) {
      if (const std::optional<double> high = range_end(i)) {
        // A range counts its middle: `3-4 leeks` is 3.5 leeks. Its unit may be glued to the second number.
        QuantityToken last;
        parse_quantity_token(word(i - 1), last);
        // `3-2 cups` is a slip of the pen: the middle of a range that goes down is no amount anyone wrote. It is
        // an error where it is the item's amount (make), not in a note (`, 1/3- to 1/8-inch thick`).
        if (*high < found->value) found->descending = span(first, i);
        found->value = (found->value + *high) / 2;
        found->glued_unit = last.unit;
        found->glued_offset = words_[i - 1].offset + last.length;
      }
      // `1/2 an avocado`, `½ a cup`: a part of one, as `half an avocado` is; so is `1/4 of an avocado`.
      if (found->value < 1) part_of_one(i);
      if (found->value < 1 && i < words_.size() && one_of(to_lower(word(i)), {"a", "an"})) ++i;
    }
    found->words = i - first;
    return found;
  }
  std::optional<Number> words = number_words(i);
  // `a quarter of a cabbage`, `half of an avocado`.
  if (words && words->value < 1) {
    part_of_one(i);
    words->words = i - first;
  }
  return words;
}

/// `of a`, `of an`: the words after a part of one (`1/4 of an avocado`, `a quarter of a cabbage`) are passed.
void ItemReader::part_of_one(std::size_t& i) const {
  if (i + 2 < words_.size() && to_lower(word(i)) == "of" && one_of(to_lower(word(i + 1)), {"a", "an"})) i += 2;
}

// ---------------------------------------------------------------- units and amounts

/// A unit word at `i`, canonical: two words for `fl oz`, `fl. oz.`, `fluid ounces`. Any word may be a portion,
/// so this reads the shape only; the food decides.
std::optional<std::string> ItemReader::unit(std::size_t& i, std::string_view& written) const {
  if (i >= words_.size()) return std::nullopt;
  const std::string first = canonical_unit(word(i));
  // `2 fun size snickers`, `a fun-size bar`.
  if (first == "fun" && i + 1 < words_.size() && canonical_unit(word(i + 1)) == "size") {
    written = span(i, i + 2);
    i += 2;
    return std::string("fun-size");
  }
  // `a dessert spoon`, `1 table spoon`, `2 tea spoons`: a spoon in two words.
  if (one_of(first, {"dessert", "table", "tea"}) && i + 1 < words_.size() &&
      one_of(to_lower(word(i + 1)), {"spoon", "spoons", "spoonful", "spoonfuls"})) {
    written = span(i, i + 2);
    i += 2;
    return std::string(first == "dessert" ? "dessertspoon" : first == "table" ? "tbsp" : "tsp");
  }
  // `2 c. à soupe`, `1 cuillère à café`, `1 c. à thé`: the French spoons (a `c.` alone is a cup).
  if (one_of(to_lower(word(i)), {"c.", "c", "cuil.", "cuill.", "cuillère", "cuillères", "cuillere", "cuilleres"}) &&
      i + 2 < words_.size() && one_of(to_lower(word(i + 1)), {"à", "a"})) {
    const std::string spoon = to_lower(word(i + 2));
    const bool table = one_of(spoon, {"soupe", "s.", "s"});
    if (table || one_of(spoon, {"café", "cafe", "c.", "c", "thé", "the"})) {
      written = span(i, i + 3);
      i += 3;
      return std::string(table ? "tbsp" : "tsp");
    }
  }
  // `2 ст. л.`, `1 ч. л.`: the Russian spoons (столовая, чайная ложка).
  if (one_of(to_lower(word(i)), {"\u0441\u0442.", "\u0441\u0442", "\u0447.", "\u0447"}) && i + 1 < words_.size() &&
      one_of(to_lower(word(i + 1)), {"\u043b.", "\u043b"})) {
    const bool table = to_lower(word(i)).starts_with("\u0441\u0442");
    written = span(i, i + 2);
    i += 2;
    return std::string(table ? "tbsp" : "tsp");
  }
  // `1 US pint`, `a UK pint`, `an imperial pint`, `1 pint (UK)`: which pint it is.
  const auto which_pint = [](std::string_view said) -> std::string_view {
    const std::string lower = to_lower(said);
    if (one_of(lower, {"us", "u.s.", "american"})) return "us-pint";
    if (one_of(lower, {"uk", "u.k.", "imperial", "imp", "imp.", "british"})) return "uk-pint";
    return {};
  };
  if (i + 1 < words_.size() && !which_pint(word(i)).empty() && canonical_unit(word(i + 1)) == "pint") {
    written = span(i, i + 2);
    const std::string_view pint = which_pint(word(i));
    i += 2;
    return std::string(pint);
  }
  if (first == "pint" && i + 3 < words_.size() && word(i + 1) == "(" && word(i + 3) == ")" &&
      !which_pint(word(i + 2)).empty()) {
    written = span(i, i + 4);
    const std::string_view pint = which_pint(word(i + 2));
    i += 4;
    return std::string(pint);
  }
  if ((first == "fl" || first == "fluid") && i + 1 < words_.size()) {
    const std::string second = canonical_unit(word(i + 1));
    if (second == "oz") {
      written = span(i, i + 2);
      i += 2;
      return std::string("fl-oz");
    }
  }
  written = word(i);
  ++i;
  return first;
}

bool is_measure(std::string_view canonical) {
  return grams_per_mass_unit(canonical).has_value() || ml_per_volume_unit(canonical).has_value();
}

/// Whether the words at `i` are a weight's or a volume's unit (`g`, `fl oz`, `UK pint`).
bool ItemReader::measure_at(std::size_t i) const {
  std::string_view written;
  const std::optional<std::string> found = unit(i, written);
  return found && is_measure(*found);
}

/// The quantity of an amount, with a unit glued to it (`50g`, `1½cups`) and what follows at once in parentheses
/// (`1 (15 ounce) can`). A unit in a word of its own is for the item's rules to find.
std::optional<Amount> ItemReader::amount(std::size_t& i) {
  const std::size_t first = i;
  const std::optional<Number> found = quantity(i);
  if (!found) return std::nullopt;
  if (found->glued_unit.empty() && one_of(word(i), {"x", "\u00d7"})) {
    // `4 x 400g/14oz veal chops`, `2 x 400g cans tomatoes`: a count of pieces of a weight or a volume.
    std::size_t next = i + 1;
    if (std::optional<Amount> each = amount(next)) {
      if (each->unit.empty() && is_measure(canonical_unit(word(next)))) take_unit(next, *each);
      if (is_measure(each->unit) && each->times == 1) {
        each->times = found->value;
        each->quantity *= found->value;
        each->offset = words_[first].offset;
        if (is_container(word(next)) || one_of(word(next), {"punnet", "punnets"})) ++next;
        // `2 x 30g slices gouda`, `3 x 20 g pieces of chocolate`: the pieces that weigh so, and their `of`.
        const std::string piece = singular(to_lower(word(next)));
        if (next + 1 < words_.size() && one_of(piece, {"slice", "piece", "portion", "rasher"})) {
          ++next;
          if (next + 1 < words_.size() && is_of(word(next))) ++next;
        }
        i = next;
        return each;
      }
    }
  }
  Amount out;
  out.quantity = found->value;
  out.offset = words_[first].offset;
  out.descending = found->descending;
  if (!found->glued_unit.empty()) {
    out.unit = item_unit(found->glued_unit);
    out.unit_text = found->glued_unit;
    out.unit_offset = found->glued_offset;
    if (out.unit == "fl" && canonical_unit(word(i)) == "oz") {  // `8fl oz`
      out.unit = "fl-oz";
      ++i;
    }
  }
  out.end_offset = end_of(words_[i - 1]);
  if (!out.unit.empty()) more_of(i, out);
  if (out.unit.empty() && container_size(i, out)) return out;
  equivalents(i, out);
  skip_container(i, out);
  skip_vessel(i, out);
  return out;
}

/// Whether word `k` is a container after a weight or a volume: one of is_container, or a pot of the food (`a 150g
/// pot of natural yoghurt`); a pot before a name may begin it (`pot roast`, `pot cheese`, `pot barley`), so without
/// `of` only before words that begin no food's name with it nor name a food alone, or before a food sold in pots
/// (`150g pot natural yoghurt`, `125g pot yogurt`).
bool ItemReader::container_at(std::size_t k) const {
  if (k >= words_.size()) return false;
  if (is_container(word(k))) return true;
  if (!one_of(singular(to_lower(word(k))), {"pot"}) || k + 1 >= words_.size()) return false;
  if (is_of(word(k + 1))) return true;
  const std::string next = to_lower(word(k + 1));
  if (one_of(singular(next), {"yogurt", "yoghurt", "yogourt", "hummus", "houmous", "quark"})) return true;
  const FoodMatch begun = catalog_.find(std::string(word(k)) + " " + std::string(word(k + 1)));
  const FoodMatch alone = catalog_.find(next);
  return !begun.food && begun.candidates.empty() && !alone.food && alone.candidates.empty();
}

/// The weight of each container a count counts, written before it or after it: `2 15-ounce cans`, `One 14- to
/// 16-ounce can` (a range counts its middle), `1 can (14 ounces)`, `1 can (28 oz [796 ml])`.
bool ItemReader::container_size(std::size_t& i, Amount& out) {
  // The size of one container, in grams or in millilitres.
  // `a 2-pint carton of milk`, `1 carton (2 pints) milk`: which pint, once the food is known (`at` is the size's
  // first word).
  const auto hold = [&](double quantity, std::string_view unit, std::size_t at) {
    const std::string canonical = canonical_unit(unit);
    if (canonical == "pint") {
      QuantityToken said;
      const bool glued_unit = parse_quantity_token(word(at), said) == QuantityStatus::ok && !said.unit.empty();
      out.pint_container = glued_unit ? word(at) : span(at, at + 2);
      out.pint_container_offset = words_[at].offset;
    }
    if (const std::optional<double> grams = grams_per_mass_unit(canonical)) {
      out.container_grams = quantity * *grams;
      out.container_ounces = canonical == "oz";
    } else if (const std::optional<double> ml = ml_per_volume_unit(canonical)) {
      out.container_ml = quantity * *ml;
    }
    return out.container_grams || out.container_ml;
  };
  // `15-ounce`: a weight written as a word of the thing it weighs, before a container or before the food.
  const auto glued = [](std::string_view w) { return w.find('-') != std::string_view::npos; };
  QuantityToken size;
  if (parse_quantity_token(word(i), size) == QuantityStatus::ok && !size.unit.empty()) {
    const bool container = container_at(i + 1);
    if ((container || (glued(word(i)) && i + 1 < words_.size())) && hold(size.value, size.unit, i)) {
      if (!container) out.container = "piece";
      i += container ? 2 : 1;
      return true;
    }
  }
  QuantityToken low, high;
  if (one_of(word(i + 1), {"to"}) && parse_quantity_token(word(i), low) == QuantityStatus::ok && low.unit.empty() &&
      parse_quantity_token(word(i + 2), high) == QuantityStatus::ok && !high.unit.empty()) {
    const bool container = container_at(i + 3);
    if ((container || (glued(word(i + 2)) && i + 3 < words_.size())) &&
        hold((low.value + high.value) / 2, high.unit, i + 2)) {
      if (!container) out.container = "piece";
      i += container ? 4 : 3;
      return true;
    }
  }
  // `Two 14.5 oz (411g) cans`, `One 14 ounce can`: a weight in words of its own, then the container.
  if (parse_quantity_token(word(i), size) == QuantityStatus::ok) {
    std::size_t next = i;
    const std::optional<Number> each = quantity(next);
    Amount weight;
    if (each && !each->glued_unit.empty()) {  // `One 14oz (400g) can`
      weight.quantity = each->value;
      weight.unit = item_unit(each->glued_unit);
      if (weight.unit == "fl" && canonical_unit(word(next)) == "oz") {  // `an 8fl oz glass of milk`
        weight.unit = "fl-oz";
        ++next;
      }
      if (is_measure(weight.unit)) {
        more_of(next, weight);
        equivalents(next, weight);
        skip_container(next, weight);
      }
    } else if (each && next + 1 < words_.size() && measure_at(next)) {
      weight.quantity = each->value;
      take_unit(next, weight);
    }
    // `a 4 pint bottle of milk`: which pint, as in a glass.
    if (weight.unit == "pint" && next > i && (container_at(next - 1) || (next < words_.size() &&
                                                                         one_of(singular(to_lower(word(next))),
                                                                                {"glass", "mug"})))) {
      fail(weight.offset, pint_unsaid(text_.substr(weight.offset, weight.end_offset - weight.offset)));
    }
    if (is_measure(weight.unit) && next > i && container_at(next - 1) && hold(weight.quantity, weight.unit, i)) {
      i = next;
      return true;
    }
    // `a 250ml glass of milk`, `2 300 ml mugs of tea`: a glass or a mug of that volume.
    // Its ounces are fluid ounces: `a 16oz glass of milk`.
    // The unit may have passed the glass already (`2 8 fl oz glasses of milk`: see skip_vessel).
    const bool passed = !weight.vessel.empty();
    const bool vessel =
        passed || (next > i && next + 1 < words_.size() && one_of(singular(to_lower(word(next))), {"glass", "mug"}));
    if (vessel && weight.unit == "oz") weight.unit = "fl-oz";
    if (vessel && weight.unit == "pint") {
      fail(weight.offset, pint_unsaid(text_.substr(weight.offset, weight.end_offset - weight.offset)));
    }
    if (vessel && ml_per_volume_unit(weight.unit) && hold(weight.quantity, weight.unit, i)) {
      out.container = passed ? weight.vessel
                             : (one_of(singular(to_lower(word(next))), {"glass"}) ? std::string_view("glass") : "mug");
      i = passed ? next : next + 1;
      return true;
    }
    // `a 6 oz steak`, `2 8 oz steaks`, `a 125g ball of mozzarella`: the weight of each piece a whole count counts,
    // as `a 6-ounce steak` (a mass only: `1 2 cups milk` is a number too many).
    QuantityToken after;
    if (grams_per_mass_unit(weight.unit) && next > i && next < words_.size() && out.quantity >= 1 && out.quantity <= 20 &&
        out.quantity == std::floor(out.quantity) && parse_quantity_token(word(next), after) != QuantityStatus::ok &&
        !is_measure(canonical_unit(word(next))) && word(next) != "(" && word(next) != ",") {
      if (next + 2 < words_.size() && one_of(singular(to_lower(word(next))), {"ball", "piece", "chunk", "slab"}) &&
          is_of(word(next + 1))) {
        next += 2;
      }
      // Several pieces are named in the plural: `2 100 g gouda` is no two pieces, but a number too many.
      if ((out.quantity == 1 || names_plural(next)) && hold(weight.quantity, weight.unit, i)) {
        out.container = "piece";
        i = next;
        return true;
      }
    }
  }
  // `1 (3 1/2) pound pork shoulder`, `1 (15) ounce can black beans`: the weight of each piece or container, a
  // number in digits alone in parentheses before its unit, after a whole count of up to 20 (not `200 (2) g flour`).
  if (word(i) == "(" && out.quantity >= 1 && out.quantity <= 20 && out.quantity == std::floor(out.quantity) &&
      !word(i + 1).empty() && std::isdigit(static_cast<unsigned char>(word(i + 1).front()))) {
    std::size_t next = i + 1;
    const std::optional<Number> each = quantity(next);
    std::size_t after = next + 2;
    const bool container = is_container(word(after));
    if (container) ++after;
    // Several pieces are named in the plural: `2 (8) ounce steak` is a number too many.
    const bool plural = out.quantity == 1 || container || names_plural(after);
    if (each && each->glued_unit.empty() && word(next) == ")" && after < words_.size() && plural &&
        grams_per_mass_unit(canonical_unit(word(next + 1))) && hold(each->value, word(next + 1), i + 1)) {
      if (!container) out.container = "piece";
      i = after;
      return true;
    }
  }
  if (is_container(word(i)) && word(i + 1) == "(") {
    std::size_t next = i + 2;
    std::optional<Amount> each = amount(next);
    if (each && each->unit.empty() && next < words_.size() && word(next) != ")") take_unit(next, *each);
    const bool per_container = one_of(word(next), {"each"});  // `2 cans (15 oz each)`
    const bool total = one_of(word(next), {"total", "altogether"});  // `2 packs (90g total)`
    if (per_container || total) ++next;
    if (each && word(next) == ")" && each->times == 1 && hold(each->quantity, each->unit, i + 2)) {
      // `2 packs (90g) natto` may weigh each pack or both: an error, unless the food comes first, as in a diary
      // (`natto 2 packs (90g)`), where the weight is of all of them, as after pieces (`2 steaks (1 lb)`).
      const bool whole = out.quantity == std::floor(out.quantity);
      const bool after_food = out.offset > words_.front().offset;
      if (whole && out.quantity > 1 && !per_container && !total && !after_food) {
        fail(words_[i + 2].offset,
             fmt::format("'{}' after '{}' may weigh each {} or all of them (expected 'each' or 'total' in the "
                         "parenthesis, such as '({} each)')",
                         quote_excerpt(span(i + 2, next)), quote_excerpt(span(0, i + 1)), singular(to_lower(word(i))),
                         quote_excerpt(span(i + 2, next))));
      }
      // `1/3 package (85g)`, `1½ packages (24 ounces)`: after a part of a container, the weight is of the part
      // taken, as on a label, where `½ (15-ounce) can` weighs the whole can.
      if (!per_container && out.quantity > 0 && (total || after_food || !whole)) {
        if (out.container_grams) *out.container_grams /= out.quantity;
        if (out.container_ml) *out.container_ml /= out.quantity;
      }
      i = next + 1;
      return true;
    }
  }
  return false;
}

/// Whether a word from `from` to a comma or a parenthesis is in the plural: the words name several pieces.
bool ItemReader::names_plural(std::size_t from) const {
  for (std::size_t k = from; k < words_.size() && word(k) != "," && word(k) != "("; ++k) {
    if (singular(to_lower(word(k))) != to_lower(word(k))) return true;
  }
  return false;
}

/// The amount with its unit at word `i`, or nullopt.
std::optional<Amount> ItemReader::amount_at(std::size_t i) {
  std::optional<Amount> found = amount(i);
  if (found && found->unit.empty() && i < words_.size()) take_unit(i, *found);
  return found;
}

/// A unit in the word at `i` (two words for `fl oz`) for `amount`, which is then followed by its equivalents.
void ItemReader::take_unit(std::size_t& i, Amount& amount) {
  std::string_view written;
  const std::size_t at = i;
  amount.unit = *unit(i, written);
  amount.unit_text = written;
  amount.unit_offset = words_[at].offset;
  amount.end_offset = end_of(words_[i - 1]);
  more_of(i, amount);
  equivalents(i, amount);
  skip_container(i, amount);
  skip_vessel(i, amount);
}

/// `200g/7oz tin sweetcorn`, `125g ball mozzarella`: after a weight or a volume, the container it fills is no
/// part of the food, nor the portion it is (`2 x 80g portions broccoli`); nor, after a weight, is the piece it
/// weighs (`50g/2oz piece fresh root ginger`).
/// `2 x 80g portions broccoli`, `4 x 175g/6oz portions sea bass`: the word for the portion after a metric weight
/// or volume; not after an article, which would count it as a container (`a 100g serving of chicken`), nor after
/// ounces, which a drink's serving means as fluid ones (`a 16 oz serving of orange juice`).
bool ItemReader::portion_of(std::size_t i, const Amount& amount) const {
  return is_portion_word(word(i)) && one_of(amount.unit, {"g", "kg", "ml", "l"}) && !words_.empty() &&
         !one_of(to_lower(words_[0].text), {"a", "an", "one"});
}

void ItemReader::skip_container(std::size_t& i, const Amount& amount) const {
  if (i + 1 < words_.size() && is_measure(amount.unit) &&
      (container_at(i) || one_of(word(i), {"ball", "balls", "punnet", "punnets"}) || portion_of(i, amount) ||
       (grams_per_mass_unit(amount.unit) &&
        one_of(singular(to_lower(word(i))), {"piece", "chunk", "hunk", "knob", "wedge"})))) {
    ++i;
  }
}

/// `250ml glass of milk`, `8 oz glass of wine`, `300 ml mug of tea`: after a volume, the glass or mug of the food it
/// fills is no part of the food (`glass noodles` are a food). Ounces in a glass or a mug are fluid ounces, as in
/// `a 16oz glass of milk`.
void ItemReader::skip_vessel(std::size_t& i, Amount& amount) const {
  if (i + 1 < words_.size() && (ml_per_volume_unit(amount.unit) || amount.unit == "oz") &&
      one_of(singular(to_lower(word(i))), {"glass", "mug"}) && !one_of(singular(to_lower(word(i + 1))), {"noodle"})) {
    if (amount.unit == "oz") amount.unit = "fl-oz";
    amount.vessel = one_of(singular(to_lower(word(i))), {"glass"}) ? "glass" : "mug";
    ++i;
  }
}

/// more = [ "plus" ] number unit, after an amount in a unit of the same kind: `1 lb 5 oz`, `1lb 5oz`, `1 kg 200
/// g`, `1 cup plus 2 tbsp`. The second part is added to the first, in the first's unit.
void ItemReader::more_of(std::size_t& i, Amount& amount) {
  const auto size_of = [](std::string_view unit) {
    const std::optional<double> grams = grams_per_mass_unit(unit);
    return grams ? grams : ml_per_volume_unit(unit);
  };
  const std::optional<double> first_size = size_of(amount.unit);
  if (!first_size) return;
  const bool mass = grams_per_mass_unit(amount.unit).has_value();
  std::size_t next = i;
  // `1 cup less 2 tablespoons`: the second part is taken off.
  const bool less = one_of(word(next), {"less", "minus"});
  const bool plus = less || one_of(word(next), {"plus", "+", "and"});
  if (plus) ++next;
  QuantityToken token;
  if (parse_quantity_token(word(next), token) != QuantityStatus::ok) return;
  std::size_t after = next + 1;
  // `1 cup plus 1 1/2 tablespoons`, `1 lb 1 1/2 oz`: a mixed number.
  if (QuantityToken fraction; token.unit.empty() && token.value == std::floor(token.value) && after < words_.size() &&
                              parse_quantity_token(word(after), fraction) == QuantityStatus::ok &&
                              fraction.value > 0 && fraction.value < 1) {
    token.value += fraction.value;
    token.unit = fraction.unit;
    ++after;
  }
  std::string unit = canonical_unit(token.unit);
  if (unit == "fl" && canonical_unit(word(after)) == "oz") {  // `1 pint 1½fl oz`
    unit = "fl-oz";
    ++after;
  }
  if (token.unit.empty()) {
    std::string_view written;
    const std::size_t at = after;
    if (at >= words_.size()) return;
    unit = *this->unit(after, written);
  }
  const std::optional<double> second_size = size_of(unit);
  // Only a smaller unit of the same kind, or any one after `plus`: `2 lb 5` is no compound.
  if (!second_size || grams_per_mass_unit(unit).has_value() != mass || (!plus && *second_size >= *first_size)) return;
  const double part = token.value * *second_size / *first_size;
  if (less && part >= amount.quantity) return;
  amount.quantity += less ? -part : part;
  amount.end_offset = end_of(words_[after - 1]);
  i = after;
}

/// equivalent = "(" amount ")" | "/" amount: the same amount again, in other units, as recipes write it.
void ItemReader::equivalents(std::size_t& i, Amount& out) {
  for (;;) {
    if (word(i) == "(") {
      std::size_t next = i + 1;
      // `kale, 1 cup (1" pieces)`: after the food, a size in inches opens a note of the pieces' size, no amount.
      if (std::string_view w = word(next);
          out.offset > words_.front().offset && (w.ends_with("\"") || w.ends_with("\u201d"))) {
        w.remove_suffix(w.ends_with("\"") ? 1 : 3);
        if (QuantityToken size; parse_quantity_token(w, size) == QuantityStatus::ok && size.unit.empty()) return;
      }
      // `(about 1/2 ounce)`, `(generous 3/4 stick)`: a rough equivalent is checked as the amount it says.
      if (is_rough(word(next)) || one_of(word(next), {"generous",
                              "scant", "heaped", "heaping", "rounded"})) {
        ++next;
      }
      std::optional<Amount> again = amount(next);
      if (again && again->unit.empty() && next < words_.size() && word(next) != ")") take_unit(next, *again);
      // `(4 tablespoons, ½ stick)`: several equivalents in one parenthesis, each checked.
      std::vector<Amount> also;
      while (again && word(next) == ",") {
        std::size_t after = next + 1;
        std::optional<Amount> another = amount(after);
        if (another && another->unit.empty() && after < words_.size() && word(after) != ")" && word(after) != ",") {
          take_unit(after, *another);
        }
        if (!another) break;
        also.push_back(std::move(*another));
        next = after;
      }
      const bool total = one_of(word(next), {"total"});
      if (total) ++next;  // `(about 9 ounces total)`
      if (!again || word(next) != ")") return;
      i = next + 1;
      if (is_measure(out.unit)) out.equivalents.insert(out.equivalents.end(), also.begin(), also.end());
      // `325g/11½oz (about 2) pears`: a count beside a weight is a note.
      if (again->unit.empty() && is_measure(out.unit)) continue;
      if (out.unit.empty() && !again->unit.empty() && is_measure(again->unit)) {
        // `1 (15 ounce) can`: the weight of each of the containers counted; after the food (`natto 2 (90g)`,
        // `chicken wings 6 (200g total)`), or with `total`, of all of them.
        // `1 (12 fluid ounce) can`: a volume before a container is what it holds (not in `½ (125 ml) cup`, the
        // cup's measure).
        const std::optional<double> grams = grams_per_mass_unit(again->unit);
        const double ml = one_of(singular(to_lower(word(i))), {"can", "tin", "bottle", "carton", "jar"})
                              ? ml_per_volume_unit(again->unit).value_or(0)
                              : 0;
        double each = grams.value_or(ml) * again->quantity;
        const bool after_food = out.offset > words_.front().offset && !is_container(word(i));
        if ((total || after_food) && out.quantity > 0) each /= out.quantity;
        if (each > 0) (grams ? out.container_grams : out.container_ml) = each;
        if (ml > 0 && again->unit == "pint") {  // `1 (1-pint) carton cream`: which pint, once the food is known
          out.pint_container = text_.substr(again->offset, again->end_offset - again->offset);
          out.pint_container_offset = again->offset;
        }
        out.container_ounces = grams && again->unit == "oz";
        if (after_food) out.container = "piece";
        out.equivalents.push_back(*again);
        if (is_container(word(i))) ++i;
        continue;
      }
      out.equivalents.push_back(*again);
    } else if (word(i) == "/") {
      std::size_t next = i + 1;
      std::optional<Amount> again = amount(next);
      if (!again) return;
      if (again->unit.empty() && next < words_.size() && word(next) != "/") take_unit(next, *again);
      i = next;
      out.equivalents.push_back(*again);
    } else {
      return;
    }
  }
}

/// An amount at the end of the item (food-first): `... 50 g`, `... 50g`, `... 1 1/2 cups`, `... 2`,
/// `... 2-3 cups`, `... 8 fl oz`, `... 2 large`. Sets `food_end` to where the food's words end.
std::optional<Amount> ItemReader::trailing_amount(std::size_t& food_end) {
  const std::size_t n = words_.size();
  // `flaxseed 1 tbsp ground`, `beef 1 lb ground`: `ground` belongs to the food as a state does.
  const auto trailing_state = [&](std::size_t k) {
    return is_state_word(word(k)) || one_of(word(k), {"dry", "ground"});
  };
  // `spinach 100g (raw)`, `oats 50 g (dry)`: in a parenthesis too.
  // `peas 1 cup (from frozen)`: where it came from, as `frozen` says (frozen_kept).
  const auto from_frozen = [&](std::size_t k) {
    return k + 1 < n && to_lower(word(k)) == "from" && to_lower(word(k + 1)) == "frozen";
  };
  // `Beet greens, cooked, 1 cup (1" pieces)`: the size of the pieces that the measure holds is a note.
  const auto pieces_note_end = [&](std::size_t k) {
    if (word(k) != "(") return k;
    std::size_t close = k + 1;
    bool pieces = false;
    for (; close < n && word(close) != ")"; ++close) {
      const std::string w = to_lower(word(close));
      const bool inches = w.ends_with("\"") || w.ends_with("\u201d") || one_of(w, {"inch", "inches", "in", "cm"});
      if (!is_shape(w) && !inches && !is_rough(w)) return k;
      pieces = pieces || one_of(singular(w), {"piece", "chunk", "cube", "dice", "slice", "strip", "length"});
    }
    return pieces && close < n ? close + 1 : k;
  };
  // `Avocados, raw, 1 cup, cubes`: the cut of USDA's measure, as trackers copy it after a comma.
  const auto measure_cut = [&](std::size_t k) {
    return word(k - 1) == "," && is_measure_cut(word(k));
  };
  // The amount takes up to nine words (a range or a mixed number, a unit of two words, and its equivalent in a
  // parenthesis: `, 1 cup (about 1 oz) chopped`); the first start that reads to the end wins.
  for (std::size_t start = n > 9 ? n - 9 : 1; start < n; ++start) {
    QuantityToken probe;
    const QuantityStatus status = parse_quantity_token(word(start), probe);
    // A number, or a number word that is not an article (`kale two cups`, not the `a` of `bag a salad`), unless
    // a comma or a rough word stands before it and a unit after it (`brie, a wedge`, `broccoli about a cup`).
    if (status == QuantityStatus::not_a_number &&
        (!number_word(word(start)) ||
         (one_of(to_lower(word(start)), {"a", "an"}) &&
          ((word(start - 1) != "," && !is_rough(word(start - 1))) || start + 1 >= n)))) {
      continue;
    }
    if (word(start - 1) == "-" || one_of(word(start - 1), {"to", "or"})) continue;  // the end of a range
    // `milk (1%)`: a kind of the food; `chocolate 60-69%`, a chocolate's cacao (read_percentages).
    if (percent_of(word(start)) || word(start).ends_with('%')) continue;
    // `eggs (2)`, `egg (1 large)`: an amount in parentheses, which the rules of a parenthesis read.
    std::ptrdiff_t open = 0;
    for (std::size_t k = 0; k < start; ++k) open += word(k) == "(" ? 1 : word(k) == ")" ? -1 : 0;
    if (open > 0) continue;
    if (status != QuantityStatus::ok && status != QuantityStatus::not_a_number) {
      // A malformed number in the last words is an error at it; one earlier may be part of the food's name.
      if (start + 2 >= n) fail_quantity(start, status);
      continue;
    }
    std::size_t i = start;
    std::optional<Amount> found = amount(i);
    if (!found) continue;
    QuantityToken next_number;
    // Not a comma or a parenthesis (`shiitake mushrooms 4, dried`: a count, then a note).
    // Nor a state, which belongs to the food (`brussels sprouts 5 roasted`, `eggs 2 boiled`), unless the food named
    // before has a portion of that name (USDA's turkey bacon's `raw` slice).
    const auto state_after = [&] {
      if (!is_state_word(word(i))) return false;
      const std::size_t name_end = start > 1 && word(start - 1) == "," ? start - 1 : start;
      const FoodMatch named = catalog_.find(span(0, name_end));
      return !named.food || !named.food->find_portion(to_lower(word(i)));
    };
    if (found->unit.empty() && !found->container_grams && !found->container_ml && i < n &&
        !one_of(word(i), {",", "(", ")"}) &&
        parse_quantity_token(word(i), next_number) == QuantityStatus::not_a_number && !state_after()) {
      // `onion, a large one`: a size and the word for one piece is that size.
      const bool one_piece = is_size_word(word(i)) && i + 2 == n && one_of(to_lower(word(i + 1)), {"one"});
      if (is_size_word(word(i)) && i + 1 < n && !one_piece) {
        // `onion 1 large`: a size that is the portion, or that stands before one.
        std::size_t after = i + 1;
        std::string_view written;
        if (unit(after, written) && after == n) ++i;
      }
      take_unit(i, *found);
      if (one_piece) ++i;
    }
    // `baby spinach, 5 oz bag`, `diet cola 12 oz can`, `red wine, 175ml glass`: a weight or a volume, then the
    // container or the glass it fills.
    const bool vessel = i < n && (ml_per_volume_unit(found->unit) || found->unit == "oz") &&
                        one_of(singular(to_lower(word(i))), {"glass", "mug"});
    if (i < n && is_measure(found->unit) && !found->container_grams && !found->container_ml &&
        (is_container(word(i)) || vessel || is_portion_word(word(i))) && (i + 1 == n || word(i + 1) == ",")) {
      // A glass holds a drink alone (`kale, 8 oz glass` is no kale).
      if (vessel) found->vessel = one_of(singular(to_lower(word(i))), {"glass"}) ? "glass" : "mug";
      ++i;
    }
    // Words after the amount that do not change the food (`almonds 1 cup, sliced`: they may name its portion),
    // and states, which belong to the food (`kale 1 cup cooked`).
    // `spaghetti 100g dry`: after the amount, `dry` is the state of dry pasta, rice or beans.
    std::vector<std::size_t> states;
    for (; i < n && (word(i) == "," || word(i) == "(" || word(i) == ")" || set_aside_at(i) || trailing_state(i) ||
                     from_frozen(i) || measure_cut(i));
         ++i) {
      if (const std::size_t note_end = pieces_note_end(i); note_end > i) {
        i = note_end - 1;
        continue;
      }
      if (trailing_state(i)) states.push_back(i);
      // `olive oil 1 tbsp, for cooking`, `spinach 1 cup, in a smoothie`: a note after the amount, which adds none;
      // not one with an amount or a state (`, in 2 cups of kale`, `, in, cooked`).
      if (word(i) == "," && i + 2 < n && one_of(word(i + 1), {"for", "in"}) && !note_has_amount(i + 2)) {
        i = n;
        break;
      }
    }
    if (i != n) continue;
    trailing_states_ = std::move(states);
    food_end = start;
    // `crushed tomatoes about a cup`: a rough word before the amount is the amount's, no word of the food.
    while (food_end > 1 && is_rough(to_lower(word(food_end - 1)))) --food_end;
    if (word(food_end - 1) == ",") --food_end;  // `gouda, 30 g`
    return found;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- foods

/// The food the words [first, last) name: as written, or in another order (`ground cinnamon`: `Cinnamon,
/// ground`; `shallot`: `Shallots, raw`), then without the words that do not change a food (`fresh`, `chopped`).
/// A parenthesis ends the food's words: what it holds is a note (`(optional)`, `(about 2 cups)`).
/// `steamed broccoli`, `grilled salmon`, `roasted potatoes`: a way of cooking that vitk has no food for reads as
/// one of the same kind that it has, as USDA's measures do: in water or steam (boiled, steamed, poached; USDA's
/// `moist heat`), or in dry heat (grilled, broiled, baked, roasted; USDA's `dry heat`); and raw is uncooked. The food
/// chosen says how it was cooked, and the report shows it. Never one way for the other: `roasted broccoli` is not
/// boiled broccoli.
/// The ways of cooking that USDA's names say, spaced as in a spaced name.
constexpr std::string_view kMethodsInNames[] = {
    " boiled ",  " steamed ", " poached ",   " moist heat ", " baked ",    " roasted ",   " broiled ",
    " grilled ", " dry heat ", " fried ",    " pan fried ",  " braised ",  " stewed ",    " simmered ",
    " microwaved ", " scrambled ", " deep fried ", " stir fried ", " smoked ", " toasted ", " sauteed "};

/// A kind of cooking: the words an item writes for it, and the words of USDA's names of foods so cooked.
struct CookingKind {
  std::initializer_list<std::string_view> words;
  std::initializer_list<std::string_view> in_names;
};

const CookingKind kCookingKinds[] = {
    {{"boiled", "steamed", "poached", "wilted", "stewed", "simmered", "braised", "cooked", "hardboiled", "softboiled"},
     {" boiled ", " steamed ", " poached ", " moist heat ", " stewed ", " simmered ", " braised "}},
    {{"baked", "roasted", "roast", "broiled", "grilled", "cooked"},
     {" baked ", " roasted ", " broiled ", " grilled ", " dry heat "}},
    // `well-cooked` is cooked, in any way.
    {{"well-cooked", "cooked"}, {" cooked ", " boiled ", " steamed ", " baked ", " roasted ", " heat "}},
    // `chicken livers, sauteed` are USDA's pan-fried ones: cooked in a pan with a little fat.
    {{"sauteed", "sautéed", "pan-fried"}, {" pan fried ", " sauteed "}},
    // `gebakken eieren`, `2 fried huevos`: fried or scrambled, of a food named in another language; pan-fried and
    // deep-fried are fried (`2 eggs, pan fried`, `deep fried tofu`).
    {{"fried", "pan-fried", "deep-fried"}, {" fried "}},
    {{"scrambled"}, {" scrambled "}},
    // `raw pasta` is uncooked pasta, `Pasta, dry`.
    {{"raw", "uncooked", "dry"}, {" raw ", " uncooked ", " dry ", " unprepared "}},
};

/// Whether a written way of cooking may be read as `other`, another of its kind: stewed, simmered or braised is read
/// as boiled, never the other way (`boiled tomatoes` are no canned stewed ones).
bool may_respell_as(std::string_view other) { return !one_of(other, {"stewed", "simmered", "braised"}); }

/// A word of cooking as an item writes it, lower-case; one of another language is its English word: `boiled` for
/// is_cooked_abroad, and for is_cooked_otherwise_abroad the way it says (`gebraten` is `fried`, `gegrild` `grilled`).
std::string cooking_word(std::string_view written) {
  if (is_cooked_abroad(written)) return "boiled";
  const std::string lower = to_lower(written);
  if (!is_cooked_otherwise_abroad(lower)) return lower;
  if (lower.starts_with("gegril") || lower.starts_with("grill") || lower.starts_with("grelh")) return "grilled";
  if (one_of(lower, {"geroosterd", "geröstet"}) || lower.starts_with("rôti") || lower.starts_with("pieczon")) {
    return "roasted";
  }
  if (one_of(lower, {"gestoofd"}) || lower.starts_with("duszon")) return "stewed";
  if (one_of(lower, {"geschmort"}) || lower.starts_with("brais")) return "braised";
  return "fried";  // gebraten, gebakken, smażony, stekt
}

bool ItemReader::cooked_so(const Found& found, const CookingKind& kind, std::string_view other, std::size_t k,
                           std::size_t first, std::size_t last) const {
  // `dry` is uncooked only for grains and legumes (`rice 75 g dry`); `dry ginger` and dry mushrooms are dried.
  if (to_lower(word(k)) == "dry" && food_kind(found.food.group()) != "grain" &&
      food_kind(found.food.group()) != "legume") {
    return false;
  }
  // `baked chicken breast` is not the roasted breast with its skin, unless the item says so.
  const bool skin = std::any_of(words_.begin(), words_.end(), [](const Word& w) {
    return one_of(w.text, {"skin", "skin-on"});
  });
  // The food's name, and the name of the USDA record it is (`Salmon, cooked` is USDA's `cooked, dry heat`).
  const std::string_view source = found.food.source();
  std::string name = spaced(normalize_key(found.food.name()));
  std::string record(source.substr(0, std::min(source.find("Portions"), source.size())));
  std::replace(record.begin(), record.end(), '\'', ' ');
  name += spaced(normalize_key(record));
  // `steamed rice`, `boiled pasta`: a food that USDA calls cooked, in no named way, is cooked in water or
  // steam (`Rice, white, long-grain, cooked`), never one cooked in another way; not so in dry heat, where
  // `roast beef` may be a joint or a deli meat.
  // Only where the way is part of the name, not in a note after a comma, which may be the recipe's step
  // (`200g basmati rice, boiled for five minutes` is weighed raw).
  const bool in_name = k < last && std::none_of(words_.begin() + static_cast<std::ptrdiff_t>(first),
                                                words_.begin() + static_cast<std::ptrdiff_t>(k),
                                                [](const Word& w) { return w.text == ","; });
  const bool cooked_any =
      in_name && &kind == &kCookingKinds[0] && other == "cooked" && name.find(" cooked ") != std::string::npos &&
      std::none_of(std::begin(kMethodsInNames), std::end(kMethodsInNames),
                   [&](std::string_view in) { return name.find(in) != std::string::npos; });
  return (cooked_any || std::any_of(kind.in_names.begin(), kind.in_names.end(),
                                    [&](std::string_view in) { return name.find(in) != std::string::npos; })) &&
         (skin || spaced(normalize_key(found.food.name())).find(" meat and skin ") == std::string::npos);
}

/// The words of the name, and the states after a food-first amount (`broccoli 1 cup steamed`).
std::vector<std::size_t> ItemReader::name_and_states(std::size_t first, std::size_t last) const {
  std::vector<std::size_t> at;
  for (std::size_t k = first; k < last; ++k) at.push_back(k);
  at.insert(at.end(), trailing_states_.begin(), trailing_states_.end());
  return at;
}

std::optional<ItemReader::Found> ItemReader::cooked_alike(std::size_t first, std::size_t last) const {
  if (respelled_.first != std::string_view::npos) return std::nullopt;
  for (const std::size_t k : name_and_states(first, last)) {
    const std::string written = cooking_word(word(k));
    // `roast potatoes`, but not `pork loin roast`, a joint of raw meat.
    if (written == "roast" && k != first) continue;
    for (const CookingKind& kind : kCookingKinds) {
      if (written == "cooked" || std::find(kind.words.begin(), kind.words.end(), written) == kind.words.end()) continue;
      // `gekookt` is read as `boiled` itself too, `gegrild` as `grilled`.
      const bool abroad = is_cooked_abroad(word(k)) || is_cooked_otherwise_abroad(word(k));
      for (const std::string_view other : kind.words) {
        if ((other == written && !abroad) || !may_respell_as(other)) continue;
        respelled_ = {k, other};
        std::optional<Found> found = find_named_food(first, last);
        respelled_ = {std::string_view::npos, {}};
        // Braised is boiled only of a vegetable: USDA names its braised meats apart.
        const bool braised_meat = found && written == "braised" &&
                                  one_of(food_kind(found->food.group()), {"meat", "fish"});
        if (found && !braised_meat && cooked_so(*found, kind, other, k, first, last)) return found;
      }
    }
  }
  return cooked_kind(first, last);
}

/// `cooked lamb`, `ground beef, cooked`, `turkey 100g cooked`: `cooked` said of a name that alone is a cooked food
/// (vitk's lamb is roasted, its ground beef broiled) is that food, where the name and the word name none together.
std::optional<ItemReader::Found> ItemReader::cooked_already(std::size_t first, std::size_t last) const {
  std::string rest;
  std::size_t said = 0;
  const std::vector<std::size_t> at = name_and_states(first, last);
  for (std::size_t i = 0; i < at.size(); ++i) {
    const std::size_t k = at[i];
    // Words alone, and a comma only before `cooked`: a kind in a parenthesis or a note, or a fat, names more than
    // the name (`cooked liver (chicken)`, `cooked lamb, ground`, `cooked 90% lean ground beef`).
    if (word(k) == "," && i + 1 < at.size() && to_lower(word(at[i + 1])) == "cooked") continue;
    if (!letters_only(word(k))) return std::nullopt;
    if (is_state_word(word(k))) {
      if (to_lower(word(k)) != "cooked") return std::nullopt;
      ++said;
      continue;
    }
    rest += (rest.empty() ? "" : " ") + std::string(word(k));
  }
  if (said != 1 || rest.empty()) return std::nullopt;
  // Nor where a note or a parenthesis after the name may name a kind (`cooked lamb, ground`, `cooked mince (lamb)`).
  for (std::size_t k = last; k + 1 < words_.size(); ++k) {
    const std::size_t next = k + 1;
    // Nor a fat (`cooked ground beef, 95% lean`).
    if ((word(k) == "," || word(k) == "(") && word(next).find('%') != std::string_view::npos) return std::nullopt;
    // Any word but one that vitk sets aside or one that opens a note (`, puréed`, `(from a pack)`): a kind may be
    // any word (`(shoulder)`, `(calf)`, `, flank`).
    if (word(k) != "," && word(k) != "(") continue;
    const std::string next_word = to_lower(word(next));
    const bool kind = one_of(singular(next_word), {"ground", "mince", "minced", "lean", "fat"});
    if (!kind && (!letters_only(next_word) || is_set_aside(next_word) || is_state_word(next_word) ||
                  number_word(next_word) || is_measure(canonical_unit(next_word)) ||
                  one_of(next_word, {"from", "see", "sold", "leftover", "leftovers", "such", "like", "eg", "if", "any",
                                     "preferably", "ideally", "note", "pureed", "puréed", "mashed", "warm",
                                     "reheated"}))) {
      continue;
    }
    return std::nullopt;
  }
  const FoodMatch match = catalog_.find(rest);
  if (!match.food) return std::nullopt;
  const std::string name = spaced(normalize_key(match.food->name()));
  // Smoked or toasted is no cooking here (`cooked lox` is no lox).
  const bool cooked = name.find(" cooked ") != std::string::npos ||
                      std::any_of(std::begin(kMethodsInNames), std::end(kMethodsInNames), [&](std::string_view in) {
                        return in != " smoked " && in != " toasted " && name.find(in) != std::string::npos;
                      });
  if (!cooked) return std::nullopt;
  return Found{*match.food, rest};
}

/// `curly kale, steamed`, `cavolo nero, boiled`: a kind or another name of a food, cooked, is that food cooked
/// (`boiled kale`), where vitk has it so by its own name.
/// Only with one way of cooking in the item (`2 baked potatoes, cooked` is no boiled potato), and of a raw food
/// (`cooked drumsticks` are vitk's roasted ones).
std::optional<ItemReader::Found> ItemReader::cooked_kind(std::size_t first, std::size_t last) const {
  // The name without its state, as written, else without the words that do not change the food too (`fine beans,
  // chopped and cooked`).
  std::string rest;
  std::string kept;
  std::size_t states = 0;
  bool raw = false;
  for (std::size_t k = first; k < last; ++k) {
    if (is_state_word(word(k))) {
      ++states;
      raw = raw || one_of(to_lower(word(k)), {"raw", "uncooked", "dry"});
    }
    if (word(k) == "," || is_state_word(word(k))) continue;
    rest += (rest.empty() ? "" : " ") + std::string(word(k));
    if (!set_aside_at(k)) kept += (kept.empty() ? "" : " ") + std::string(word(k));
  }
  if (states + trailing_states_.size() != 1) return std::nullopt;
  for (const std::size_t k : trailing_states_) raw = raw || one_of(to_lower(word(k)), {"raw", "uncooked"});
  FoodMatch plain = catalog_.find(rest);
  if (!plain.food) {
    plain = catalog_.find(kept);
    rest = kept;
  }
  if (!plain.food) return std::nullopt;
  const std::string plain_name = spaced(normalize_key(plain.food->name()));
  // A name that reads as a cooked food is read in another way only where the item says, in another language, a way
  // it is not cooked in (`gekookte aardappelen`: vitk's potato is baked, and boiled ones are its boiled potato);
  // `cooked drumsticks` stay vitk's roasted ones, and English `boiled drumsticks` (chicken, or moringa pods) and
  // `fried liver` (of which animal) stay ambiguous.
  const bool plain_cooked = !raw && std::any_of(std::begin(kCooked), std::end(kCooked), [&](std::string_view in) {
    return plain_name.find(in) != std::string::npos;
  });
  std::string own(plain.food->id());
  std::replace(own.begin(), own.end(), '-', ' ');
  // `turnip-greens-raw`: boiled turnip greens; `bulgur-dry`: cooked bulgur.
  if (own.ends_with(" raw") || own.ends_with(" dry")) own.resize(own.size() - 4);
  if (own.starts_with("usda ") || singular_words(own) == singular_words(rest)) return std::nullopt;
  // `Hähnchenbrust 200 g, roh`, `kipfilet rauw`: raw, of a food that vitk's own name reads cooked, is its raw one.
  if (const FoodMatch match = raw ? catalog_.find("raw " + own) : FoodMatch{};
      match.food && match.food->id() != plain.food->id() &&
      spaced(normalize_key(match.food->name())).find(" raw ") != std::string::npos) {
    return Found{*match.food, std::string(span(first, last))};
  }
  for (const std::size_t k : name_and_states(first, last)) {
    const std::string written = cooking_word(word(k));
    for (const CookingKind& kind : kCookingKinds) {
      if (std::find(kind.words.begin(), kind.words.end(), written) == kind.words.end()) continue;
      if (plain_cooked && (one_of(written, {"cooked", "well-cooked"}) ||
                           !(is_cooked_abroad(word(k)) || is_cooked_otherwise_abroad(word(k))) ||
                           cooked_so(Found{*plain.food, rest}, kind, written, k, first, last))) {
        return std::nullopt;
      }
      // The way written first (`2 poached huevos` are poached eggs, no boiled ones), then the others of its kind.
      std::vector<std::string_view> ways{written};
      for (const std::string_view other : kind.words) {
        if (other != written) ways.push_back(other);
      }
      for (const std::string_view other : ways) {
        if (!may_respell_as(other) && other != written) continue;
        const FoodMatch match = catalog_.find(fmt::format("{} {}", other, own));
        if (match.food && match.food->id() != plain.food->id() &&
            !(written == "braised" && one_of(food_kind(match.food->group()), {"meat", "fish"})) &&
            cooked_so(Found{*match.food, std::string(span(first, last))}, kind, other, k, first, last)) {
          return Found{*match.food, std::string(span(first, last))};
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<ItemReader::Found> ItemReader::find_food(std::size_t first, std::size_t last) const {
  // Two foods joined by `or` look each other up: a bound on the lookups of one item keeps a long chain of them
  // from taking time that grows with their product.
  if (++lookups_ > kMaxLookups) return std::nullopt;
  // `duck (or chicken) livers`, `demerara (or light brown) sugar`: an alternative in a parenthesis within the name
  // is set aside, and the words around it name the food, else the alternative with the words after it; never the
  // words before it alone (`strawberry (or raspberry) extract` is no strawberries).
  if (skip_.first > skip_.second) {
    std::size_t open = first + 1;
    while (open + 1 < last && word(open) != "(") ++open;
    std::size_t close = open;
    while (close < last && word(close) != ")") ++close;
    QuantityToken after;
    if (open + 1 < last && word(open) == "(" && one_of(word(open + 1), {"or"}) && close + 1 < last &&
        word(close + 1) != "," && word(close + 1) != "(" && !starts_note(close + 1) &&
        parse_quantity_token(word(close + 1), after) == QuantityStatus::not_a_number) {
      skip_ = {open, close};
      std::optional<Found> found = find_named_food(first, last);
      skip_ = {1, 0};
      if (found) return found;
      // The alternative with the words after it, those set aside or not: `light brown sugar`, `chicken livers`.
      std::string alternative;
      std::string kept;
      for (std::size_t k = open + 2; k < last; ++k) {
        if (k == close) continue;
        alternative += (alternative.empty() ? "" : " ") + std::string(word(k));
        if (!set_aside_at(k)) kept += (kept.empty() ? "" : " ") + std::string(word(k));
      }
      for (const std::string& name : {alternative, kept}) {
        if (const FoodMatch match = catalog_.find(name); match.food) return Found{*match.food, name};
        if (const FoodMatch match = catalog_.find_words(name); match.food) return Found{*match.food, name};
      }
      return std::nullopt;
    }
  }
  // `green (unripened) mangoes`: a parenthesis within the name, followed by a word that names a food of its own, is
  // a note, and the words around it name the food, never the words before it alone (`green` names the greens).
  if (skip_.first > skip_.second) {
    std::size_t open = first + 1;
    while (open + 1 < last && word(open) != "(") ++open;
    std::size_t close = open;
    while (close < last && word(close) != ")") ++close;
    if (open + 1 < last && word(open) == "(" && close + 1 < last && letters_only(word(close + 1)) &&
        !starts_note(close + 1) && !set_aside_at(close + 1) && !is_state_word(word(close + 1)) &&
        catalog_.find(word(close + 1)).food) {
      skip_ = {open, close};
      std::optional<Found> found = find_food(first, last);
      skip_ = {1, 0};
      return found;
    }
  }
  if (auto found = find_of_fat(first, last)) {
    // Only where the name alone may mean foods that differ widely: one with alternatives, or one whose vitamin K1
    // is more than twice or less than half the kind's.
    if (std::optional<Found> kind = kind_in_parenthesis(first, last, found->food)) {
      const std::optional<double> a = kind->food.k1_ug_per_100g();
      const std::optional<double> b = found->food.k1_ug_per_100g();
      const bool differ = !a || !b || *a > 1.5 * *b || *b > 1.5 * *a;
      // The kind with the name is the food they name together (`milk (oat)` is oat milk, `bell peppers (red)` red
      // bell peppers).
      std::size_t open = first;
      while (open + 1 < last && word(open + 1) != "(") ++open;
      const bool together = to_lower(kind->name).ends_with(" " + to_lower(word(open)));
      if (together || found->food.alternative_count() > 0 || differ) return kind;
    }
    return found;
  }
  if (auto found = cooked_alike(first, last)) return found;
  if (auto found = cooked_already(first, last)) return found;
  // `heavy (whipping) cream`, `warm (110°F) water`: a parenthesis within the name is a note, where the words
  // before it name no food.
  std::size_t open = first;
  while (open < last && word(open) != "(") ++open;
  std::size_t close = open;
  while (close < last && word(close) != ")") ++close;
  if (open > first && close + 1 < last && skip_.first > skip_.second) {
    const std::string_view next = word(close + 1);
    QuantityToken token;
    if (next != "," && next != "(" && parse_quantity_token(next, token) == QuantityStatus::not_a_number) {
      skip_ = {open, close};
      std::optional<Found> found = find_food(first, last);
      skip_ = {1, 0};
      if (found) return found;
    }
  }
  // `175g trout fillets`, `2 tuna steaks`: the food of a part it has no name for. The name keeps the part, so a
  // count of the parts is still weighed by the food's portion of that part, or is an error without one.
  std::size_t end = last;
  for (std::size_t k = first; k < last; ++k) {
    if (word(k) == "(") end = k;
  }
  if (end < first + 2) return std::nullopt;
  // `salmon fillet, baked`, `cod fillet baked`: a part before the states that end the name is set aside as before
  // them (`baked salmon fillet`), where the name with it names no food; the name keeps the part, as below.
  if (skip_.first > skip_.second && is_state_word(word(end - 1))) {
    std::size_t part_at = end - 1;
    while (part_at > first && (is_state_word(word(part_at)) || word(part_at) == ",")) --part_at;
    if (part_at > first && one_of(singular(to_lower(word(part_at))), {"fillet", "filet", "steak", "loin"})) {
      skip_ = {part_at, part_at};
      std::optional<Found> found = find_named_food(first, end);
      if (!found) found = cooked_alike(first, end);
      skip_ = {1, 0};
      // The same food cooked as the name with its part, where vitk knows that (`salmon fillet`: raw salmon), by
      // the words of their names other than ways of cooking (`pork fillet`, the tenderloin, is no roast pork loin).
      const FoodMatch whole = catalog_.find(span(first, part_at + 1));
      // `chicken fillet`, `fish steak`: a part of no food that vitk knows by it, but of a part of a bird that the
      // name says (`chicken breast fillet, grilled`).
      if (!whole.food && found) {
        const std::vector<std::string> written = singular_words(span(first, part_at));
        const std::vector<std::string> named = singular_words(found->food.name());
        const bool bird_part = std::any_of(named.begin(), named.end(), [&](const std::string& w) {
          return one_of(w, {"breast", "thigh", "leg", "wing", "drumstick"}) &&
                 std::find(written.begin(), written.end(), w) != written.end();
        });
        if (!bird_part) found.reset();
      }
      if (found && whole.food) {
        const auto plain = [](std::string_view name) {
          std::vector<std::string> kept;
          for (std::string& w : singular_words(name)) {
            if (!is_state_word(w) && !one_of(w, {"fish", "dry", "heat", "moist", "meat", "only", "lean"})) {
              kept.push_back(std::move(w));
            }
          }
          return kept;
        };
        const std::vector<std::string> cooked = plain(found->food.name());
        const std::vector<std::string> named = plain(whole.food->name());
        if (!std::all_of(cooked.begin(), cooked.end(), [&](const std::string& w) {
              return std::find(named.begin(), named.end(), w) != named.end();
            })) {
          found.reset();
        }
      }
      // Named as `baked salmon fillet`, so that a count counts fillets.
      std::string named;
      for (std::size_t k = part_at + 1; k < end; ++k) {
        if (word(k) != ",") named += std::string(word(k)) + " ";
      }
      if (found) return Found{found->food, named + std::string(span(first, part_at + 1))};
    }
  }
  // `bread cubes`: so is a word that a measure of the food names (`cup-cube`).
  const std::string tail = singular(to_lower(word(end - 1)));
  // Never a size (`2 flour tortillas 10-inch`: tortilla-10-inch is a piece of a size, which a word after the name
  // does not choose).
  const bool sized = tail.find_first_of("0123456789") != std::string::npos;
  const auto measures = [&](const Food& food) {
    for (std::size_t p = 0; !sized && p < food.portion_count(); ++p) {
      const std::string_view unit = food.portion(p).unit;
      if (unit.size() > tail.size() && unit.ends_with(tail) && unit[unit.size() - tail.size() - 1] == '-') return true;
    }
    return false;
  };
  // Not a cube (`stock cube` is no stock) nor a sprig (`thyme sprigs` are not the dried herb).
  std::string probe("x ");
  probe += tail;
  // A stick, a baton, a segment or a leaf is cut or picked from a vegetable or a fruit (`carrot sticks`, `orange
  // segments`, `kale leaves`), never from a cheese, a fish or a spice (`mozzarella sticks`, `fish sticks`, `cinnamon
  // sticks`, `curry leaves` are other foods), nor is a leaf from a fruit or a drink (`tea leaves`).
  const bool produce_part = one_of(tail, {"stick", "baton", "segment", "leaf"});
  // Leaves only of a food that is leaves (`kale leaves`, `cavolo nero leaves`), never of a root, a seed or a stalk
  // (`beetroot leaves`, `radish leaves`, `pea leaves` and `celery leaves` are other foods).
  const auto of_produce = [&](const Food& food) {
    const std::string kind = food_kind(food.group());
    if (tail == "leaf") {
      const std::string name = spaced(normalize_key(std::string(food.name()) + " " + std::string(food.id())));
      return kind == "vegetable" &&
             std::any_of(std::begin(kLeafyWords), std::end(kLeafyWords),
                         [&](std::string_view leafy) { return name.find(leafy) != std::string::npos; });
    }
    return kind == "vegetable" || kind == "fruit";
  };
  const bool part = (named_part(probe) || tail == "leaf") && tail != "cube" && tail != "sprig";
  // A part is of a fish or a piece of meat as bought, never of a canned food (`tuna loin` is no canned tuna).
  const auto canned = [](const Food& food) {
    return spaced(normalize_key(food.name())).find(" canned ") != std::string::npos;
  };
  // `roast chicken leg`, `cooked chicken thigh`: the part of the bird, cooked, where vitk has it by the name without
  // the way of cooking (vitk's parts of birds are cooked).
  const auto bird_part = [](std::string_view w) { return one_of(w, {"breast", "leg", "thigh", "wing", "drumstick"}); };
  if (part && bird_part(tail)) {
    std::string plain;
    for (std::size_t k = first; k < end; ++k) {
      if (one_of(to_lower(word(k)), {"roast", "roasted", "cooked", "baked", "rotisserie"})) continue;
      plain += (plain.empty() ? "" : " ") + std::string(word(k));
    }
    if (plain != span(first, end)) {
      if (const FoodMatch match = catalog_.find(plain); match.food) {
        return Found{*match.food, std::string(span(first, end))};
      }
    }
  }
  // `grilled salmon fillet`: the food of the words before the part may be found cooked alike (`grilled salmon` is
  // USDA's salmon cooked in dry heat).
  std::optional<Found> found = find_named_food(first, end - 1);
  if (!found && part) found = cooked_alike(first, end - 1);
  // A wedge or a spear only of a food that has one, or whose serving is a whole one, which a count of pieces is not
  // (`lemon wedge`, `pickle spear`; `lime wedge` is an error; `potato wedges` and `iceberg wedge` no serving).
  const auto cut_of = [&](const Food& food) {
    return !one_of(tail, {"wedge", "spear"}) || food.find_portion(tail) || portion_said_as(food, tail) ||
           serving_is_whole(food);
  };
  if (found && (part || measures(found->food)) && !(part && canned(found->food)) &&
      (!produce_part || of_produce(found->food)) && cut_of(found->food)) {
    // Never another part of the bird than those written (`turkey leg` is no turkey breast; `chicken breasts or
    // thighs` is chicken breasts).
    const std::vector<std::string> named = singular_words(found->food.name());
    const std::vector<std::string> written = singular_words(span(first, end));
    if (part && bird_part(tail) && std::any_of(named.begin(), named.end(), [&](const std::string& w) {
          return bird_part(w) && std::find(written.begin(), written.end(), w) == written.end();
        })) {
      return std::nullopt;
    }
    return Found{found->food, std::string(span(first, end))};
  }
  return std::nullopt;
}

std::optional<ItemReader::Found> ItemReader::kind_in_parenthesis(std::size_t first, std::size_t last,
                                                                 const Food& named) const {
  std::size_t open = first;
  while (open < last && word(open) != "(") ++open;
  std::size_t close = open;
  while (close < last && word(close) != ")") ++close;
  // The parenthesis ends the name: `Roma (plum) tomatoes` and `groundnut (peanut) oil` name one food. After a name
  // of several words, only a kind set aside names a food of its own with it (`black-eyed peas (frozen)`).
  if (open == first || open >= last || close >= last || close == open + 1) return std::nullopt;
  const bool one_word_name = open == first + 1;
  // Nor does what is joined to the food after it (`fish (cod) with lemon`, `tea (green) and honey`).
  if (close + 1 < last && word(close + 1) != "," && word(close + 1) != "(" && !starts_note(close + 1) &&
      !one_of(to_lower(word(close + 1)), {"with", "and", "&", "plus"})) {
    return std::nullopt;
  }
  std::string name;
  std::string kind;
  for (std::size_t k = first; k < open; ++k) {
    if (word(k) == "," || starts_note(k)) return std::nullopt;
    name += (name.empty() ? "" : " ") + std::string(word(k));
  }
  // Words set aside may be of the kind's name (`bread (whole wheat)`, `olive oil (extra virgin)`), not all of it.
  bool all_set_aside = true;
  for (std::size_t k = open + 1; k < close; ++k) {
    QuantityToken token;
    if (parse_quantity_token(word(k), token) != QuantityStatus::not_a_number || word(k) == "," ||
        is_state_word(word(k)) || one_of(to_lower(word(k)), {"below", "above", "follows", "opposite", "optional"})) {
      return std::nullopt;
    }
    all_set_aside = all_set_aside && set_aside_at(k);
    kind += (kind.empty() ? "" : " ") + std::string(word(k));
  }
  const FoodMatch with_name = catalog_.find(kind + " " + name);
  // `black-eyed peas (frozen)`: frozen black-eyed peas, a food of its own.
  if (all_set_aside && with_name.food) return Found{*with_name.food, kind + " " + name};
  if (all_set_aside) return std::nullopt;
  // `bell peppers (red)`: a kind that names a food with a name of several words is that food (`red bell peppers`).
  if (with_name.food) return Found{*with_name.food, kind + " " + name};
  if (!one_word_name) return std::nullopt;
  // What was set aside names no kind: `cheese (freshly grated)` is a note; but a kind of several foods is no note
  // (`rice (whole grain)` is no white rice).
  for (std::size_t k = open + 1; !with_name.candidates.empty() && k < close; ++k) {
    if (set_aside_at(k)) {
      fail(words_[open + 1].offset,
           fmt::format("'{}' in parentheses names a kind of '{}' that may be several foods (expected the name of "
                       "one, such as one that 'vitk foods search {} {}' lists)",
                       quote_excerpt(kind), quote_excerpt(name), quote_excerpt(kind), quote_excerpt(name)));
    }
  }
  for (std::size_t k = open + 1; k < close; ++k) {
    if (set_aside_at(k)) return std::nullopt;
  }
  // `radishes (greens)`, `carrots (tops)`: a part of the plant is no kind (fail_if_part_named).
  // Nor is what is drawn from it (`1 lemon (juice)`, juiced).
  if (close == open + 2 && one_of(singular(to_lower(kind)), {"leaf", "leave", "green", "top", "frond", "root", "stem",
                                                             "stalk", "juice", "zest", "peel", "rind"})) {
    return std::nullopt;
  }
  // The kind alone: `greens (kale)`, `chips (fries)`; but before what is made of a food, the kind is what it is
  // made of, and counts only where it is that made food (`flour (besan)` is chickpea flour; `oil (mustard)` is no
  // mustard).
  const std::string made = singular(to_lower(name));
  // What is pressed, milled or drawn from one food that the kind names (not what a kind names as itself: `yogurt
  // (curd)`, `stock (chicken)`).
  const bool of_made = one_of(made, {"oil", "flour", "juice", "milk", "vinegar", "sauce", "paste", "powder", "extract",
                                     "syrup", "butter"});
  if (const FoodMatch match = catalog_.find(kind);
      match.food && (!of_made || spaced(normalize_key(match.food->name())).find(" " + made + " ") != std::string::npos)) {
    // A food of another kind is no kind of it, but another food (`1 cup broccoli (butter)` had been a cup of butter),
    // unless the name may mean foods of several kinds (`pepper (capsicum)`), or chips in Britain (`chips (fries)`).
    if (!of_made && named.alternative_count() == 0 && !one_of(made, {"chip", "crisp"}) &&
        food_kind(match.food->group()) != food_kind(named.group())) {
      fail_other_food(open + 1, close, *match.food, false);
    }
    return Found{*match.food, kind};
  }
  // A kind of one word that vitk has no food for, of a name that may mean several foods or of what is made of a
  // food, is no note: `greens (methi)`, `cheese (paneer)`, `milk (oat)`.
  const bool one_word = close == open + 2 && kind.size() > 2 &&
                        std::all_of(kind.begin(), kind.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); });
  if (one_word && (named.alternative_count() > 0 || of_made)) {
    fail(words_[open + 1].offset,
         fmt::format("'{}' in parentheses may be a kind of '{}' that vitk has no food for (expected the name of a "
                     "food, such as one that 'vitk foods search {}' lists)",
                     quote_excerpt(kind), quote_excerpt(name), quote_excerpt(kind)));
  }
  return std::nullopt;
}

/// `milk (2%)`, `ground beef (90% lean)`: the food named with the fat in the parenthesis after it; else the food
/// named without it (`heavy cream (36%)`), unless its name gives another percentage (`Milk, whole, 3.25% fat`),
/// which is an error at the parenthesis's.
std::optional<ItemReader::Found> ItemReader::find_of_fat(std::size_t first, std::size_t last) const {
  if (std::optional<Found> found = find_named_food(first, last)) return found;
  std::size_t paren = first;
  while (paren < last && word(paren) != "(") ++paren;
  // A percentage alone, or of fat (`(36%)`, `(10% fat)`, `(90% lean)`), not of cocoa (`(70% cocoa solids)`).
  std::optional<std::size_t> written;
  bool fat = false;
  for (std::size_t k = paren + 1; k < last && word(k) != ")"; ++k) {
    fat = fat || is_fat_word(to_lower(word(k))) || is_fat_percent(words_, k);
    if (!written && is_fat_percent(words_, k)) written = k;
  }
  if (!fat) return std::nullopt;
  std::optional<Found> found;
  {
    const ScopedValue<bool> no_fat_kind(fat_kind_, false);
    found = find_named_food(first, last);
  }
  if (!found || !written) return found;
  const std::vector<std::pair<double, double>> named = percents_named(found->food.name());
  // `(15 to 17% fat)`: a range written.
  double low = *percent_of(word(*written));
  const double high = low;
  if (*written >= 2 && (one_of(word(*written - 1), {"to", "-"}))) {
    QuantityToken from;
    if (parse_quantity_token(word(*written - 2), from) == QuantityStatus::ok) low = std::min(low, from.value);
  }
  const auto within = [&](double from, double to) {
    return std::any_of(named.begin(), named.end(), [&](const std::pair<double, double>& range) {
      return to >= range.first - 0.5 && from <= range.second + 0.5;
    });
  };
  // `(15% fat)` of a food named by its lean meat (`85% lean`).
  const bool fat_of_lean = *written + 1 < words_.size() && to_lower(word(*written + 1)) == "fat" &&
                           found->food.name().find("% lean") != std::string_view::npos;
  if (named.empty() || within(low, high) || (fat_of_lean && within(100 - high, 100 - low))) return found;
  fail(words_[*written].offset,
       fmt::format("'{}' {} is not the percentage of '{}' ({}) (expected a food of that percentage, such as one "
                   "that 'vitk foods search {}' lists)",
                   quote_excerpt(span(*written, *written + (one_of(word(*written + 1), {"lean"}) ? 2 : 1))),
                   // `milk, 2%` is read as `milk (2%)`.
                   text_[words_[paren].offset] == '(' ? "in parentheses" : "after a comma",
                   quote_excerpt(found->name), found->food.name(),
                   quote_excerpt(found->name)));
}

std::optional<ItemReader::Found> ItemReader::find_named_food(std::size_t first, std::size_t last) const {
  const auto skipped = [&](std::size_t k) { return k >= skip_.first && k <= skip_.second; };
  const std::size_t name_end = last;
  std::size_t paren = words_.size();
  for (std::size_t k = first; k < last; ++k) {
    if (word(k) == "(" && !skipped(k)) {
      paren = k;
      last = k;
    }
  }
  if (first >= last) return std::nullopt;
  // The food's words, and the states written after a food-first amount.
  std::vector<std::size_t> at;
  for (std::size_t k = first; k < last; ++k) {
    if (!skipped(k) && !how_cooked(k)) at.push_back(k);
  }
  // `potatoes, peeled and cut into chips`: what a food is cut into is its shape, no word of its name; a state after
  // it is the food's (`broccoli, cut into florets and steamed`).
  for (std::size_t j = 1; j < at.size(); ++j) {
    if (!one_of(word(at[j]), {"into"})) continue;
    std::size_t end = j;
    // Only where states alone end the note.
    const auto states_end_note = [&](std::size_t from) {
      for (std::size_t k = from; k < at.size() && word(at[k]) != ","; ++k) {
        if (!is_state_word(word(at[k])) && !set_aside_at(at[k])) return false;
      }
      return true;
    };
    while (end < at.size() && word(at[end]) != "," &&
           !((is_state_word(word(at[end])) || (one_of(word(at[end]), {"and", "then"}) && end + 1 < at.size() &&
                                                is_state_word(word(at[end + 1])))) &&
             states_end_note(end))) {
      ++end;
    }
    at.erase(at.begin() + static_cast<std::ptrdiff_t>(j), at.begin() + static_cast<std::ptrdiff_t>(end));
    break;
  }
  if (!trailing_states_.empty() && trailing_states_.front() >= last) {
    at.insert(at.end(), trailing_states_.begin(), trailing_states_.end());
  } else if (!trailing_states_.empty() && trailing_states_.back() < first) {
    // `cooked turkey or chicken`: the states of the first of two names, said of the second too (first_of_two).
    at.insert(at.begin(), trailing_states_.begin(), trailing_states_.end());
  }
  // `spinach (fresh) cooked`, `spinach (fresh), cooked`: states right after the parenthesis, or in a note of
  // states after it, are the food's.
  if (paren < words_.size()) {
    std::size_t close = paren;
    while (close < name_end && word(close) != ")") ++close;
    std::vector<std::size_t> states;
    std::size_t k = close + 1;
    for (; k < name_end && word(k) != "," && word(k) != "(" && (is_state_word(word(k)) || set_aside_at(k)); ++k) {
      if (is_state_word(word(k))) states.push_back(k);
    }
    if (k == name_end || word(k) == "," || word(k) == "(") at.insert(at.end(), states.begin(), states.end());
    if (k == close + 1) {
      for (const std::size_t state : states_after(close + 1, name_end)) at.push_back(state);
    }
  }
  // `spinach (cooked)`: a state in the parenthesis after the food is the food's, unless the parenthesis says
  // otherwise or offers a choice (`(not smoked)`, `(fresh or canned)`).
  // So is the fat of a milk, a yogurt or a meat (`milk (2%)`, `ground beef (90% lean)`), while fat_kind_ holds.
  if (paren < words_.size()) {
    std::vector<std::size_t> states;
    bool plain = true;
    for (std::size_t k = paren + 1; k < words_.size() && word(k) != ")"; ++k) {
      if (one_of(word(k), {"not", "no", "or", "without", "if", "un"})) plain = false;
      // `lentils (dry)`: dry alone, as after an amount (`spaghetti 100g dry`), is the state of dry pasta, rice or
      // beans (not in `(dry cherry schnapps)`).
      const bool dry_alone = one_of(word(k), {"dry"}) && word(k - 1) == "(" && word(k + 1) == ")";
      if (is_state_word(word(k)) || dry_alone ||
          (fat_kind_ && (is_fat_word(to_lower(word(k))) || is_fat_percent(words_, k)))) {
        states.push_back(k);
      }
    }
    if (plain) at.insert(at.end(), states.begin(), states.end());
  }
  // Words that `keep` leaves out, but never the `whole` of a kind of grain (`whole wheat flour, sifted`).
  const auto name_of = [&](auto keep) {
    std::string name;
    for (const std::size_t k : at) {
      if (!keep(word(k)) && !whole_grain_at(k)) continue;
      if (!name.empty() && word(k) != ",") name += ' ';
      name += word(k);
    }
    return name;
  };
  // `fresh thyme` is never the dried or ground herb, whose vitamin K per gram is several times the leaf's.
  const bool fresh = std::any_of(at.begin(), at.end(), [&](std::size_t k) { return one_of(word(k), {"fresh"}); });
  const auto kept_fresh = [&](const Food& food) {
    if (!fresh) return true;
    const std::string food_name = spaced(normalize_key(food.name()));
    return std::none_of(std::begin(kNotFresh), std::end(kNotFresh), [&](std::string_view state) {
      return food_name.find(state) != std::string::npos;
    });
  };
  const bool two_foods = std::any_of(at.begin(), at.end(), [&](std::size_t k) { return one_of(word(k), {"or"}); });
  const auto try_name = [&](const std::string& name) -> std::optional<Found> {
    if (name.empty()) return std::nullopt;
    // The lookup by words only when the name is not one (it builds an index of words the first time).
    if (const FoodMatch match = catalog_.find(name); match.food && kept_fresh(*match.food)) {
      return Found{*match.food, name};
    }
    // Not for two foods joined by `or`, which first_of_two reads (`butter or oil` is no `Butter oil`).
    if (const FoodMatch match = two_foods ? FoodMatch{} : catalog_.find_words(name);
        match.food && kept_fresh(*match.food)) {
      return Found{*match.food, name};
    }
    return std::nullopt;
  };
  const std::string written =
      at.size() == last - first ? std::string(span(first, last)) : name_of([](std::string_view) { return true; });
  const std::string kept = name_of([](std::string_view w) { return w != "," && (!is_set_aside(w) || is_state_word(w)); });
  // Without the words of less salt too, where the name with them names no food.
  const std::string unsalted = name_of([](std::string_view w) {
    return w != "," && (!is_set_aside(w) || is_state_word(w)) && !is_less_salt(w);
  });
  // `1 (15 ounce) can chickpeas`, `400g tin tomatoes`, `chickpeas 1 can`: a can holds the canned food, where vitk
  // has one.
  const auto canned = [](std::string_view w) { return one_of(w, {"can", "cans", "tin", "tins", "tinned", "canned"}); };
  if (in_can_ != std::pair{first, last} &&
      (std::any_of(words_.begin(), words_.begin() + static_cast<std::ptrdiff_t>(first),
                   [&](const Word& w) { return canned(w.text); }) ||
       can_after(last)) &&
      std::none_of(at.begin(), at.end(), [&](std::size_t k) { return canned(word(k)); })) {
    // A canned food named as written, before its words set aside are (`1 can crushed tomatoes`: USDA's crushed
    // canned tomatoes, not its canned whole ones).
    if (const FoodMatch match = catalog_.find(written);
        match.food && spaced(normalize_key(match.food->name())).find(" canned ") != std::string::npos) {
      return Found{*match.food, written};
    }
    if (auto found = try_name("canned " + kept)) return found;
    if (unsalted != kept && !unsalted.empty()) {
      if (auto found = try_name("canned " + unsalted)) return found;
    }
    // USDA's canned foods of the name: the food named without the can counts only where its vitamin K1 per gram
    // is within twice one of theirs (canned kidney beans as boiled ones), never fresh pears for canned ones: then
    // the item is ambiguous between the canned ones.
    const std::vector<Food> cans = two_foods ? std::vector<Food>{} : canned_foods(kept);
    // One whose name before its first comma is the name written is that food (`can tomato puree`: USDA's
    // `Tomato puree, canned`), not one that a note's words make (`diced tomatoes, with juice` is no tomato juice).
    if (cans.size() == 1) {
      std::vector<std::string> head = singular_words(cans.front().name().substr(0, cans.front().name().find(',')));
      std::vector<std::string> written_words = singular_words(kept);
      std::sort(head.begin(), head.end());
      std::sort(written_words.begin(), written_words.end());
      if (head == written_words) return Found{cans.front(), "canned " + kept};
    }
    std::optional<Found> found;
    {
      const ScopedValue<std::pair<std::size_t, std::size_t>> in_can(in_can_, {first, last});
      found = find_named_food(first, last);
    }
    // `410g tin green lentils`: a tin holds cooked legumes, never the dry seeds that the name alone means.
    if (found && food_kind(found->food.group()) == "legume") {
      const std::string name = spaced(normalize_key(found->food.name()));
      if (name.find(" raw ") != std::string::npos || name.find(" dry ") != std::string::npos) {
        if (auto cooked = try_name("cooked " + kept); cooked && cooked->food.id() != found->food.id()) return cooked;
      }
    }
    const auto alike = [&](const Food& can) {
      const std::optional<double> a = can.k1_ug_per_100g();
      const std::optional<double> b = found->food.k1_ug_per_100g();
      return a && b && *b <= 2 * *a && *a <= 2 * *b;
    };
    // A food sold ready to serve is sold in cans (`can chicken broth`: USDA's ready-to-serve chicken broth).
    if (found && !cans.empty() && !sold_canned(found->food) && std::none_of(cans.begin(), cans.end(), alike)) {
      refused_cans_ = cans;
      refused_can_name_ = "canned " + kept;
      return std::nullopt;
    }
    return found;
  }
  // `1 oz chocolate, milk`, `1 cup milk, chocolate`: a name around one comma is in USDA's order, the kind after the
  // food (`Chocolate, milk` is milk chocolate), where the two orders name two foods.
  const bool one_comma = std::count_if(at.begin(), at.end(), [&](std::size_t k) { return word(k) == ","; }) == 1;
  const std::string commas = one_comma ? name_of([](std::string_view) { return true; }) : std::string();
  if (const std::size_t comma = commas.find(", "); one_comma && comma != std::string::npos) {
    const std::string inverted = commas.substr(comma + 2) + " " + commas.substr(0, comma);
    const FoodMatch straight = catalog_.find(commas);
    const FoodMatch usda = catalog_.find(inverted);
    if (straight.food && usda.food && straight.food->id() != usda.food->id() && kept_fresh(*usda.food)) {
      return Found{*usda.food, inverted};
    }
  }
  if (auto found = try_name(written)) return found;
  // `1 cup mashed avocado`, `puréed pumpkin`: mashing changes no vitamin K per gram, and a food that USDA measures
  // mashed or puréed is that food, whose volume is then the mashed one (grams_if_known).
  const auto mashed = [](std::string_view w) { return one_of(w, {"mashed", "pureed", "puréed"}); };
  if (std::any_of(at.begin(), at.end(), [&](std::size_t k) { return mashed(to_lower(word(k))); })) {
    const std::string unmashed = name_of([&](std::string_view w) {
      return w != "," && !mashed(to_lower(w)) && (!is_set_aside(w) || is_state_word(w));
    });
    const auto measured_mashed = [](const Food& food) {
      return food.find_portion("cup-pureed") || food.find_portion("cup-mashed");
    };
    const FoodMatch match = unmashed.empty() ? FoodMatch{} : catalog_.find(unmashed);
    if (match.food && kept_fresh(*match.food) && measured_mashed(*match.food)) return Found{*match.food, unmashed};
    // `1 cup mashed pumpkin`: a food that USDA measures mashed only cooked is mashed cooked, as no one mashes it raw.
    if (match.food && kept_fresh(*match.food) && !measured_mashed(*match.food)) {
      const FoodMatch cooked = catalog_.find("cooked " + unmashed);
      if (cooked.food && cooked.food->id() != match.food->id() && measured_mashed(*cooked.food)) {
        return Found{*cooked.food, "cooked " + unmashed};
      }
    }
  }
  // `butter or oil`: two foods, before the words set aside run them together (`butter oil`).
  if (two_foods) {
    if (auto found = first_of_two(first, last)) return found;
  }
  // `freshly grated parmesan`, `very fresh tuna`: a word set aside that names a food of its own with the rest
  // (`grated parmesan`, whose cup USDA weighs; `fresh tuna`, not canned; `frozen peas, thawed`, weighed frozen) is
  // kept, as that name alone.
  for (const std::initializer_list<std::string_view> own : {std::initializer_list<std::string_view>{"grated", "shredded"},
                                                             std::initializer_list<std::string_view>{"fresh"},
                                                             std::initializer_list<std::string_view>{"frozen"}}) {
    const std::string cut = name_of([&](std::string_view w) {
      return w != "," && (!is_set_aside(w) || is_state_word(w) || one_of(w, own));
    });
    if (cut == kept) continue;
    if (const FoodMatch match = catalog_.find(cut); match.food && kept_fresh(*match.food)) {
      return Found{*match.food, cut};
    }
    // `frozen spinach, cooked`: USDA's frozen food cooked, where it has one (Spinach, frozen, ..., cooked, boiled,
    // drained, without salt), not the fresh one cooked; the one without salt, as salt changes no vitamin K.
    if (one_of(*own.begin(), {"frozen"})) {
      // Cooked is also boiled, as USDA names its frozen foods boiled; of all the foods that hold every word written
      // (`frozen hot peppers` are no sweet peppers), only one may be left (`frozen corn, cooked` may be kernels or
      // cobs), and its name must begin with the food written and nothing else (`Sweet potato` is no potato, a
      // `Turnover, ..., tomato-based sauce` no tomatoes, `Peas and carrots` no peas).
      // Words set aside in a note are no words of the name (`frozen lima beans, thawed and drained`).
      std::vector<std::string> cut_words;
      bool cooked = false;
      bool other_state = false;
      bool in_note = false;
      for (const std::size_t k : at) {
        in_note = in_note || word(k) == ",";
        if (word(k) == "," || (in_note && set_aside_at(k) && !is_state_word(word(k)) && !one_of(word(k), own))) {
          continue;
        }
        // Steamed, as USDA's frozen vegetables are cooked: boiled (`frozen peas, steamed`).
        if (one_of(to_lower(word(k)), {"cooked", "boiled", "steamed"})) {
          cooked = true;
        } else if (is_state_word(word(k))) {
          other_state = true;
        } else if (!one_of(singular(to_lower(word(k))), {"floret"})) {
          cut_words.emplace_back(word(k));  // not florets, which USDA's frozen broccoli is chopped into
        }
      }
      if (other_state || cut_words.size() < 2) continue;
      std::vector<std::string> written_words;
      std::string noun;  // the last word of the food's name written
      for (const std::string& w : cut_words) {
        written_words.push_back(singular(normalize_key(w)));
        if (!one_of(w, own) && !is_set_aside(w)) noun = written_words.back();
      }
      std::vector<Food> held = holding_every_word(cut_words, 32);
      // `frozen shelled edamame`: the words of shelling that no food holds with the others are left out (not a cut,
      // which may say another food: `frozen diced onions` are no whole ones; nor `hot`: `frozen hot peppers`).
      if (held.empty()) {
        std::erase_if(cut_words, [&](const std::string& w) {
          return one_of(to_lower(w), {"shelled", "hulled", "organic"});
        });
        if (cut_words.size() >= 2) held = holding_every_word(cut_words, 32);
      }
      std::erase_if(held, [&](const Food& food) {
        const std::string name = spaced(normalize_key(food.name()));
        const bool state_ok = cooked ? name.find(" boiled ") != std::string::npos &&
                                           name.find(" with salt ") == std::string::npos
                                     : name.find(" unprepared ") != std::string::npos;
        if (!state_ok) return true;
        const std::vector<std::string> head = singular_words(food.name().substr(0, food.name().find(',')));
        const bool begins = std::all_of(head.begin(), head.end(), [&](const std::string& w) {
          return std::find(written_words.begin(), written_words.end(), w) != written_words.end();
        });
        return !begins || std::find(head.begin(), head.end(), noun) == head.end();
      });
      // `frozen peas, boiled`: of several, the one of the frozen food that the name alone reads (`Peas, green,
      // frozen, unprepared`: `Peas, green, frozen, cooked, boiled`, not the edible-podded peas).
      std::string frozen_name;
      for (const std::string& w : cut_words) frozen_name += (frozen_name.empty() ? "" : " ") + w;
      if (const FoodMatch match = held.size() > 1 ? catalog_.find(frozen_name) : FoodMatch{}; match.food) {
        const std::string_view name = match.food->name();
        const std::size_t at_frozen = name.find(", frozen");
        if (at_frozen != std::string_view::npos) {
          std::erase_if(held, [&](const Food& food) { return !food.name().starts_with(name.substr(0, at_frozen + 8)); });
        }
      }
      if (held.size() == 1) return Found{held.front(), cut};
      // `frozen broccoli, boiled`: USDA's chopped and its spears, alike in vitamin K per gram, are the chopped one
      // (a cup of spears is no measure), never the fresh food cooked (boiled fresh broccoli holds 60% more K1).
      if (held.size() > 1) {
        const auto k1 = [](const Food& food) { return food.k1_ug_per_100g().value_or(-1.0); };
        const bool alike = std::all_of(held.begin(), held.end(), [&](const Food& food) {
          return std::abs(k1(food) - k1(held.front())) <= 0.01 * k1(held.front());
        });
        std::vector<Food> chopped;
        std::copy_if(held.begin(), held.end(), std::back_inserter(chopped), [](const Food& food) {
          return spaced(normalize_key(food.name())).find(" chopped ") != std::string::npos;
        });
        if (alike && chopped.size() == 1) return Found{chopped.front(), cut};
      }
      if (!cooked) continue;
      // `frozen turnip greens, cooked`: a frozen food named so that USDA has only boiled.
      if (const FoodMatch match = catalog_.find(frozen_name); match.food) {
        const std::string name = spaced(normalize_key(match.food->name()));
        if (name.find(" frozen ") != std::string::npos && name.find(" boiled ") != std::string::npos) {
          return Found{*match.food, cut};
        }
      }
    }
  }
  // `small baby potatoes`: the words set aside at the start, one by one, before all of them (`baby potatoes` is
  // a name, where `potatoes` is another food).
  for (std::size_t j = 1; j < at.size() && set_aside_at(at[j - 1]) && !is_state_word(word(at[j - 1])); ++j) {
    std::string rest;
    for (std::size_t k = j; k < at.size(); ++k) {
      if (word(at[k]) == ",") continue;
      if (!rest.empty()) rest += ' ';
      rest += word(at[k]);
    }
    if (rest == kept) break;
    if (const FoodMatch match = catalog_.find(rest); match.food && kept_fresh(*match.food)) {
      return Found{*match.food, rest};
    }
  }
  if (auto found = try_name(kept)) return found;
  if (unsalted != kept && !unsalted.empty() && !two_foods) {
    if (auto found = try_name(unsalted)) return found;
  }
  // `tinned tomatoes`: the British word for canned.
  if (std::any_of(at.begin(), at.end(), [&](std::size_t k) { return one_of(word(k), {"tinned"}); })) {
    std::string as_canned;
    for (const std::size_t k : at) {
      if (word(k) == "," || (set_aside_at(k) && !is_state_word(word(k)))) continue;
      if (!as_canned.empty()) as_canned += ' ';
      as_canned += one_of(word(k), {"tinned"}) ? std::string_view("canned") : word(k);
    }
    if (auto found = try_name(as_canned)) return found;
  }
  // A state that the food's own name holds: `cooked penne` is penne (an alias of `Pasta, cooked`), but
  // `boiled kale` is not `Kale, raw`.
  const std::string plain = name_of([](std::string_view w) { return w != "," && !is_set_aside(w) && !is_state_word(w); });
  std::vector<std::string> states;
  for (const std::size_t k : at) {
    if (is_state_word(word(k))) states.push_back(normalize_key(word(k)));
  }
  if (states.empty() || plain.empty()) return first_of_two(first, last);
  const std::optional<Found> found = try_name(plain);
  if (!found) return first_of_two(first, last);
  const std::string food_name = spaced(normalize_key(found->food.name()));
  // `raw almonds` is `Almonds`: a food whose name has no state at all is the raw one.
  std::size_t from = 0;
  bool stated = false;
  for (std::size_t end; from < food_name.size(); from = end + 1) {
    end = std::min(food_name.find(' ', from), food_name.size());
    if (end > from && is_state_word(std::string_view(food_name).substr(from, end - from))) stated = true;
  }
  // Nor is one cooked in a way no item's word says (`Chicken liver, simmered`).
  stated = stated || food_name.find(" simmered ") != std::string::npos;
  for (const std::string& state : states) {
    if ((state == "raw" || state == "uncooked") && !stated) continue;
    // `uncooked` is any state before cooking: `Pasta, dry`, `Rice, raw`.
    if (state == "uncooked" && std::any_of(std::begin(kUncooked), std::end(kUncooked), [&](std::string_view word) {
          return food_name.find(word) != std::string::npos;
        })) {
      continue;
    }
    // `dried breadcrumbs`, `dried yeast`: a dry food is a dried one (`Bread crumbs, dry`, `Yeast, active dry`).
    if (state == "dried" && food_name.find(" dry ") != std::string::npos) continue;
    if (food_name.find(spaced(state)) == std::string::npos) return std::nullopt;
  }
  return Found{found->food, kept};
}

/// `milk or half and half`, `brandy or olive oil`: of two foods, the first that vitk knows, which the report shows.
/// `safflower or canola oil`: the first word and the name the second ends with (`safflower oil`).
std::optional<ItemReader::Found> ItemReader::first_of_two(std::size_t first, std::size_t last) const {
  // `1 cup spinach or kale, cooked`: a note of states alone that ends the item is of either food, and the first
  // is read with it, never raw.
  // Not a note that is itself a choice (`broth, homemade or canned`), nor after a frozen food, whose states the
  // frozen food's own reading takes (`frozen spinach or kale, uncooked` is USDA's frozen spinach).
  std::vector<std::size_t> states;
  bool either = false;  // an `or` before the note's comma
  for (std::size_t c = first + 1; trailing_states_.empty() && c < last; ++c) {
    either = either || (one_of(word(c), {"or"}) && word(c - 1) != ",");
    if (one_of(to_lower(word(c - 1)), {"frozen"})) break;
    if (either && word(c) == "," && state_note_end(c, last) == last) {
      bool choice = false;
      for (std::size_t w = c + 1; w < last; ++w) choice = choice || one_of(word(w), {"or"});
      if (!choice) states = states_after(c, last);
      break;
    }
  }
  const bool noted = !states.empty();
  const ScopedValue<std::vector<std::size_t>> stated(trailing_states_,
                                                     states.empty() ? trailing_states_ : std::move(states));
  for (std::size_t k = first + 1; k + 1 < last; ++k) {
    // Not the `or` that opens an alternative set aside: `duck (or chicken) livers`.
    if (!one_of(word(k), {"or"}) || word(k - 1) == "," || (skip_.first < skip_.second && k == skip_.first + 1)) {
      continue;
    }
    // The second name, to a comma, a parenthesis, another `or` (`chicken or vegetable stock cube or similar`) or
    // a note after two words of it (`corn or canola oil for frying`, but `canned or fresh chopped tomatoes`), and
    // whether it names what is made of a food: `raspberry or strawberry preserves, melted`.
    std::size_t second_end = k + 1;
    while (second_end < last && word(second_end) != "," && word(second_end) != "(" &&
           !one_of(word(second_end), {"or"}) && (second_end < k + 3 || !starts_note(second_end))) {
      ++second_end;
    }
    if (second_end == k + 1) return find_food(first, k);
    const bool made = is_made_of_food(word(second_end - 1));
    // The first name, after words that do not change the food (`good-quality beef or chicken stock`), and the
    // single words that a list adds to it (`chicken, beef or vegetable stock`).
    std::size_t one = first;
    while (one + 1 < k && ((set_aside_at(one) && !is_state_word(word(one))) || is_less_salt(word(one)))) ++one;
    std::size_t name_end = one;
    while (name_end < k && word(name_end) != ",") ++name_end;
    bool list = name_end < k;
    for (std::size_t w = name_end; list && w < k; w += 2) {
      list = word(w) == "," && w + 1 < k && word(w + 1) != "," && (w + 2 == k || word(w + 2) == ",");
    }
    if (name_end < k && !list) return std::nullopt;
    // `canola or other mild vegetable oil`, `arborio or other short-grain rice`: the first is one of the kind the
    // second names, and the name of that kind is its end (`canola oil`); else the first alone. The kind alone
    // never counts: `mint or other herbs` is no parsley.
    // Not where the kind has a state (`penne or other dried pasta`), which the name of the kind keeps.
    bool kind_state = false;
    for (std::size_t w = k + 2; w < second_end; ++w) kind_state = kind_state || is_state_word(word(w));
    if (one_of(word(k + 1), {"other", "any"}) && !list && !kind_state && k + 2 < second_end) {
      // With the words set aside before it and without them: `whole wheat or other flour` is whole-wheat flour.
      for (const std::size_t from : {first, one}) {
        std::string named;
        for (std::size_t w = from; w < k; ++w) {
          named += word(w);
          named += ' ';
        }
        named += word(second_end - 1);
        if (const FoodMatch match = catalog_.find(named); match.food) return Found{*match.food, named};
        if (const FoodMatch match = catalog_.find_words(named); match.food) return Found{*match.food, named};
      }
      // `walnut or other nut oil`, `apple or other vinegar`: before what is made of a food, the first name is its
      // beginning, never the food it is made of.
      if (made || one_of(singular(to_lower(word(second_end - 1))), {"sugar", "cream"})) return std::nullopt;
      return find_food(first, k);
    }
    // One word, a list, or a name before what is made of a food, then several words: the first name may share
    // the second's end (`olive or vegetable oil` is olive oil, not olives; `white wine or cider vinegar`).
    // Not where the first name is itself what is made of a food: `butter or olive oil` is butter, not butter oil;
    // of several words, only for the wine of a vinegar (`white wine or cider vinegar`, not `crème fraîche or plain
    // yogurt`, `sesame oil or vegetable oil` nor `apple juice or cider vinegar`).
    const bool begins = name_end == one + 1 ? !is_made_of_food(word(one))
                                            : one_of(word(name_end - 1), {"wine"}) &&
                                                  one_of(singular(to_lower(word(second_end - 1))), {"vinegar"});
    // Of a longer second name, its end of two words or more is tried too: `coffee or vanilla bean ice cream` is
    // coffee ice cream.
    // Such a first name still begins a name of what is no such thing (`flour or corn tortillas` are flour
    // tortillas), where one is a food.
    const bool shares = begins || (name_end == one + 1 && !is_made_of_food(word(second_end - 1)));
    for (std::size_t from = k + 2; shares && from < second_end && (from == k + 2 || from + 2 <= second_end); ++from) {
      std::string shared;
      for (std::size_t w = one; w < name_end; ++w) {
        if (!shared.empty()) shared += ' ';
        shared += word(w);
      }
      for (std::size_t w = from; w < second_end; ++w) {
        shared += ' ';
        shared += word(w);
      }
      if (const FoodMatch match = catalog_.find(shared); match.food) return Found{*match.food, shared};
      // In any order, its words may be the second name's own food (`rice or riced cauliflower`: cauliflower
      // rice), which names no food of the first.
      if (const FoodMatch match = catalog_.find_words(shared); match.food) {
        const std::optional<Found> second = find_food(k + 1, second_end);
        if (!second || second->food != *match.food) return Found{*match.food, shared};
      }
    }
    // Before a name of what is made of a food, the first name is its beginning, not a food of its own
    // (`raspberry or strawberry preserves`, `white wine or cider vinegar`): the second counts.
    if (made && begins && k + 2 < second_end) return find_food(k + 1, second_end);
    // `Lettuce, cos or romaine`, `Beans, snap, green or yellow`: where a word of a list of single words is no
    // food of its own, nor a state or a word set aside (`chicken broth, homemade or canned`), the list is USDA's
    // way of naming one food, not a choice of foods.
    if (list && second_end == k + 2) {
      for (std::size_t w = name_end + 1; w <= k + 1; w += 2) {
        if (!set_aside_at(w) && !is_state_word(word(w)) && !catalog_.find(word(w)).food) return std::nullopt;
      }
      // `lettuce, romaine or iceberg`: a choice of kinds is the first kind with the name, as `romaine or iceberg
      // lettuce` is, before the name alone.
      if (std::optional<Found> kind = first_kind_after(one, name_end)) return kind;
    }
    if (list) return find_food(one, name_end);
    // `capers in brine or vinegar`: an `or` within a note joins no foods.
    for (std::size_t w = first + 1; w < k; ++w) {
      if (starts_note(w)) return std::nullopt;
    }
    // One word before a name of several may be its beginning that vitk has no food for (`coffee or vanilla bean
    // ice cream` is no coffee): the word alone counts, unless the second name is a food of another kind (food_kind;
    // `spinach or swiss chard` is spinach, `pear or cherry tomatoes` no pear).
    // A second name that holds the first word names it again (`peas or frozen baby peas`), and so does one that
    // holds a verb made of it (`rice or riced cauliflower` is rice, never cauliflower).
    if (auto found = find_food(first, k)) {
      if (begins && name_end == one + 1 && k + 2 < second_end) {
        // A colour is the beginning of a name (`green or red gooseberries` are no collard greens).
        if (one_of(word(one), {"green", "red", "yellow", "orange", "white", "black", "purple", "brown", "golden",
                               "pink", "dark", "light"})) {
          return std::nullopt;
        }
        bool again = false;
        const std::string named = singular(to_lower(word(one)));
        for (std::size_t w = k + 1; w < second_end; ++w) {
          const std::string other = singular(to_lower(word(w)));
          again = again || other == named || other == named + "d" || other == named + "ed";
        }
        std::optional<Found> second = again ? std::nullopt : find_food(k + 1, second_end);
        // `rose or orange-flower water`: before a water that vitk does not know, the first word may begin the name of
        // another (rose water), and is never a food of its own (rosé wine); `coffee or hot water` is coffee.
        if (!again && !second && one_of(singular(to_lower(word(second_end - 1))), {"water"})) return std::nullopt;
        // Else its end of two words or more (`vanilla bean ice cream`: ice cream).
        for (std::size_t from = k + 2; !again && !second && from + 2 <= second_end; ++from) {
          second = find_food(from, second_end);
        }
        // Not where the second name's last word alone is a food of the first's kind, which the first word is too,
        // not the beginning of its name (`quinoa or cauliflower rice` is quinoa, as rice and quinoa are grains).
        const std::optional<Found> end_food = find_food(second_end - 1, second_end);
        if (second && food_kind(second->food.group()) != food_kind(found->food.group()) &&
            !(end_food && food_kind(end_food->food.group()) == food_kind(found->food.group()))) {
          return std::nullopt;
        }
      }
      return found;
    }
    // Never the second food for a first name that starts with a unit (`g pasta or baked potato`, tried with the
    // unit as a word of the name), whose amount would count the second food's pieces.
    if (is_measure(canonical_unit(word(first)))) return std::nullopt;
    // Nor where the note's states are of the first, which vitk does not have so (`1 cup arugula or spinach, cooked`
    // is no cooked spinach).
    if (noted) return std::nullopt;
    // A state that the first name says and the second does not is said of the second too, never dropped (`cooked
    // brown or white rice` is cooked white rice, `dried pears or apples` dried apples).
    std::vector<std::size_t> first_states;
    bool second_state = false;
    for (std::size_t w = first; w < k; ++w) {
      if (is_state_word(word(w))) first_states.push_back(w);
    }
    for (std::size_t w = k + 1; w < last; ++w) second_state = second_state || is_state_word(word(w));
    if (first_states.empty() || second_state || !trailing_states_.empty()) return find_food(k + 1, last);
    const ScopedValue<std::vector<std::size_t>> carried(trailing_states_, std::move(first_states));
    return find_food(k + 1, last);
  }
  return std::nullopt;
}

[[noreturn]] void ItemReader::fail_unknown(std::size_t first) const {
  std::size_t last = first + 1;
  while (last < words_.size() && word(last) != "," && word(last) != "(") ++last;
  // `100 g gouda, smoked`: a note of states alone is part of what was not found.
  if (const std::size_t end = state_note_end(last); end > 0) last = end;
  // `1 cup kale, stems removed, sauteed`: a note of states alone that ends the item, after another note, is a
  // state that vitk has no such food in.
  std::size_t last_comma = words_.size();
  for (std::size_t k = last; k < words_.size(); ++k) {
    if (word(k) == ",") last_comma = k;
  }
  const bool choice = std::any_of(words_.begin() + static_cast<std::ptrdiff_t>(last), words_.end(),
                                  [](const Word& w) { return one_of(to_lower(w.text), {"or"}); });
  if (last < words_.size() && word(last) == "," && last_comma > last && last_comma < words_.size() && !choice &&
      state_note_end(last_comma) == words_.size()) {
    const std::vector<std::size_t> states = states_after(last_comma, words_.size());
    if (const FoodMatch plain = catalog_.find(span(first, last)); plain.food && !states.empty()) {
      const std::string_view state = word(states.front());
      fail_no_form(words_[states.front()].offset,
                   fmt::format("{} {}", quote_excerpt(span(first, last)), quote_excerpt(state)), span(first, last),
                   *plain.food, state);
    }
  }
  fail_unknown(first, last);
}

/// Whether the words from `from` to the end of the item hold a number or a state: what a note may not drop.
bool ItemReader::note_has_amount(std::size_t from) const {
  for (std::size_t k = from; k < words_.size(); ++k) {
    QuantityToken token;
    if (parse_quantity_token(word(k), token) != QuantityStatus::not_a_number || is_state_word(word(k)) ||
        (number_word(word(k)) && !one_of(to_lower(word(k)), {"a", "an"}))) {
      return true;
    }
  }
  return false;
}

/// The states of a note of states alone (state_note_end) that opens at `comma`, within [comma, to).
std::vector<std::size_t> ItemReader::states_after(std::size_t comma, std::size_t to) const {
  std::vector<std::size_t> states;
  if (comma >= to) return states;
  const std::size_t end = state_note_end(comma, to);
  for (std::size_t k = comma + 1; k < end; ++k) {
    if (is_state_word(word(k))) states.push_back(k);
  }
  return states;
}

/// Where a note after the comma at `comma` ends when it holds states alone (`, cooked`, `, uncooked and
/// drained`), which are the food's; else 0. A way of cooking that a note opens with and then says with what
/// (`, steamed with garlic`, `, sautéed in olive oil`) is the food's too, and ends there; a recipe's steps that
/// follow it (`, toasted in a dry pan`, `, boiled until tender`) are still a note.
std::size_t ItemReader::state_note_end(std::size_t comma, std::size_t to) const {
  if (word(comma) != ",") return 0;
  to = std::min(to, words_.size());
  bool any_state = false;
  std::size_t end = comma + 1;
  for (; end < to && word(end) != "," && word(end) != "("; ++end) {
    // What it is cooked with holds no other amount or state; one with an amount is an error, as it may be another
    // food, and the food is not the raw one (`, cooked with 2 cups kale`).
    if (any_state && one_of(to_lower(word(end)), {"with", "in"}) && end == comma + 2 &&
        one_of(word(comma + 1), {"steamed", "sauteed", "sautéed", "boiled", "roasted", "wilted", "grilled", "fried",
                                 "baked", "cooked", "braised", "stewed", "poached", "microwaved", "scrambled",
                                 "stir-fried", "pan-fried", "deep-fried", "broiled"}) &&
        (!one_of(to_lower(word(end + 1)), {"a", "the", "their", "its", "advance"}) ||
         (to_lower(word(end + 1)) == "a" && one_of(to_lower(word(end + 2)), {"little", "bit", "splash", "drizzle", "knob",
                                                                              "pinch", "dash", "dab", "touch"})))) {
      if (!note_has_amount(end + 1)) return end;
      // Also in parentheses after what it was cooked with (`, cooked with garlic (2 cloves)`), where a unit follows
      // the number and what it was cooked in is no water (not `(350°F)`, `(note 2)`, `in water (4 quarts)`).
      bool in_parenthesis = false;
      for (std::size_t k = end + 1; k < words_.size() && word(k) != ","; ++k) {
        if (word(k) == "(") {
          if (one_of(singular(to_lower(word(k - 1))), {"water"})) break;
          in_parenthesis = true;
        }
        QuantityToken token;
        if (parse_quantity_token(word(k), token) == QuantityStatus::not_a_number &&
            (!number_word(word(k)) || one_of(to_lower(word(k)), {"a", "an"}))) {
          continue;
        }
        if (in_parenthesis && (k + 1 >= words_.size() || !is_unit_word(k + 1) || !token.unit.empty() ||
                               one_of(to_lower(word(k + 1)), {"c", "f", "degrees"}))) {
          continue;  // `(20 min at 180 C)`: a temperature
        }
        // `steamed in 2 batches`, `cooked in 1 pan`: a number of no food.
        if (one_of(singular(to_lower(word(k + 1))), {"batch", "pan", "pot", "skillet", "wok", "minute", "min", "hour",
                                                      "side", "part", "stage", "go", "lot", "time"})) {
          break;
        }
        fail(words_[k].offset,
             fmt::format("'{}' is an amount of what the food was {} {}, which may be another food (expected the "
                         "way of cooking alone, such as ', {}', and each other food as an item of its own)",
                         quote_excerpt(word(k)), word(comma + 1), word(end), word(comma + 1)));
      }
      // No amount of another food: the way of cooking is the food's (`, steamed with a little water (about 2
      // tbsp)`, `, steamed in 2 batches`).
      return end;
    }
    // `, chopped and sauteed`, `, boiled then peeled`: words joined by `and` or `then`.
    if (one_of(to_lower(word(end)), {"and", "then"}) && end > comma + 1 && end + 1 < to && word(end + 1) != "," &&
        word(end + 1) != "(") {
      continue;
    }
    // `, cut into florets and steamed`, `, torn into bite-size pieces`: the shape a food is cut into.
    if (end > comma + 1 && !any_state && is_shape(word(end)) &&
        std::any_of(words_.begin() + static_cast<std::ptrdiff_t>(comma + 1),
                    words_.begin() + static_cast<std::ptrdiff_t>(end),
                    [](const Word& w) { return to_lower(w.text) == "into"; })) {
      continue;
    }
    // `, pan fried`, `, well cooked`, `, cooked through`: a word of how with the way of cooking.
    if (!is_state_word(word(end)) && !set_aside_at(end) && !(end + 1 < to && how_cooked(end)) &&
        !one_of(to_lower(word(end)), {"beaten", "whisked"})) {
      return 0;
    }
    any_state = any_state || is_state_word(word(end));
  }
  return any_state ? end : 0;
}

void ItemReader::fail_known_in_another_state(std::size_t first, std::size_t last,
                                             bool (*is_state)(std::string_view)) const {
  // `kale, chopped and sauteed`: in a note after the comma, the words that change no food are no part of it.
  std::vector<std::string_view> states, rest;
  bool note = false;
  for (std::size_t k = first; k < last; ++k) {
    note = note || word(k) == ",";
    if (word(k) == "," || (note && !is_state(word(k)) && (set_aside_at(k) || one_of(word(k), {"beaten", "whisked"})))) {
      continue;
    }
    (is_state(word(k)) ? states : rest).push_back(word(k));
  }
  if (states.empty() || rest.empty()) return;
  std::string without;
  for (std::string_view part : rest) {
    if (!without.empty()) without += ' ';
    without += part;
  }
  if (const FoodMatch plain = catalog_.find(without); plain.food) {
    fail_no_form(words_[first].offset, quote_excerpt(span(first, last)), without, *plain.food, states.front());
  }
}

/// `a handful of almonds`, `a splash of milk`, `some spinach`: an amount that no measure weighs, before a food vitk
/// knows, is an error that asks for a weight.
namespace {

bool is_vague_amount(std::string_view word) {
  return one_of(singular(to_lower(word)),
                {"handful", "bunch", "sprig", "knob", "splash", "drizzle", "dollop", "spoonful", "few", "several",
                 "smear", "dab", "sprinkle", "sprinkling", "glug", "thumb", "fistful", "some", "squeeze", "squirt",
                 "bit", "little", "lot", "plenty", "lump", "scraping", "helping", "plate", "bowl", "bowlful",
                 "plateful", "serve", "side", "spoon", "katori", "ladle", "ladleful", "portion", "scoop", "shot",
                 "chunk", "hunk", "wodge", "matchbox", "thumb-sized", "thumb-size", "thumb-length", "punnet",
                 // A handful in Dutch, French, German, Spanish, Italian, Portuguese.
                 "handje", "handvol", "poignée", "handvoll", "puñado", "manciata", "punhado"});
}

}  // namespace

/// `ladle of moong dal`, `small handful of almonds`: the first word of the food after a vague amount and its `of`
/// (`first` where there is none), so that an unknown food's error names the food's words alone.
std::size_t ItemReader::after_vague(std::size_t first, std::size_t last) const {
  std::size_t at = first;
  if (at + 1 < last && is_size_word(to_lower(word(at)))) ++at;
  if (!is_vague_amount(word(at))) return first;
  ++at;
  if (at + 1 < last && one_of(singular(to_lower(word(at))), {"piece"})) ++at;
  return at + 1 < last && is_of(word(at)) ? at + 1 : first;
}

void ItemReader::fail_if_vague(std::size_t first, std::size_t last) const {
  // `2.5cm/1in piece fresh root ginger`: a piece of a length is no weight either.
  bool length = false;
  for (std::size_t k = 0; k < first; ++k) {
    QuantityToken number;
    const std::string_view unit =
        parse_quantity_token(word(k), number) == QuantityStatus::ok ? number.unit : std::string_view(word(k));
    length = length || one_of(to_lower(unit), {"cm", "mm", "in", "inch", "inches", "-inch"});
  }
  // `small handful of almonds`: the size of a vague amount is no weight either.
  const std::size_t said = first;
  // `une poignée de roquette`, `een handje spinazie`: an article of another language before it.
  if (first + 2 < last && is_vague_amount(word(first + 1)) &&
      one_of(to_lower(word(first)), {"un", "une", "een", "ein", "eine", "una", "uno", "um", "uma"})) {
    ++first;
  }
  if (first + 2 < last && is_size_word(to_lower(word(first))) && is_vague_amount(word(first + 1))) ++first;
  const bool piece = one_of(singular(to_lower(word(first))), {"piece", "chunk"});
  if ((!is_vague_amount(word(first)) && !(length && piece)) || first + 1 >= last) {
    fail_if_vague_after(first, last);
    return;
  }
  // `a thumb-sized piece of ginger`: the piece of a vague size.
  std::size_t food_at = first + 1;
  if (!piece && one_of(singular(to_lower(word(food_at))), {"piece"}) && food_at + 1 < last) ++food_at;
  // `a few sprigs of parsley`, `several slices of bread`: pieces of the food, of no number.
  if (one_of(to_lower(word(first)), {"few", "several"}) && food_at + 1 < last &&
      one_of(singular(to_lower(word(food_at))), {"sprig", "slice", "leaf", "leave", "stalk", "clove", "strip", "sheet",
                                                 "cube", "wedge", "stick", "spear", "floret", "rasher"})) {
    ++food_at;
  }
  // `a little bit of mayo`: a bit of no size.
  if (food_at + 1 < last && to_lower(word(first)) == "little" && to_lower(word(food_at)) == "bit") {
    ++food_at;
  }
  const std::size_t vague_end = food_at;
  if (is_of(word(food_at))) ++food_at;
  if (food_at >= last) return;
  if (const auto food = find_food(food_at, last)) fail_vague(length ? 0 : said, vague_end, *food);
}

/// `baby spinach handful`, `lettuce a few leaves`: words of a vague amount after the food, where the item has no
/// other amount (in `5 g thyme sprigs` they name a kind: fresh thyme).
void ItemReader::fail_if_vague_after(std::size_t first, std::size_t last) const {
  if (first > 0) return;
  for (const Word& w : words_) {
    QuantityToken number;
    if (parse_quantity_token(w.text, number) != QuantityStatus::not_a_number) return;  // `spinach handful 30g`
  }
  // Only words that never name a kind or a dish of the food (not `rice bowl`, `bacon bits`, `salmon side`).
  const auto vague_after = [](std::string_view w) {
    return one_of(singular(to_lower(w)), {"handful", "few", "bunch", "splash", "drizzle", "dollop", "knob", "fistful",
                                          "sprinkle", "sprinkling", "glug", "squeeze", "squirt", "smear", "dab"});
  };
  for (std::size_t k = first + 1; k < last; ++k) {
    const std::size_t vague = one_of(to_lower(word(k)), {"a", "an"}) && k + 1 < last ? k + 1 : k;
    if (!vague_after(word(vague))) continue;
    const std::size_t end = word(k - 1) == "," ? k - 1 : k;  // `salad, a side`
    if (end == first) return;
    if (const auto food = find_food(first, end)) fail_vague(k, vague + 1, *food);
    return;
  }
}

void ItemReader::fail_vague(std::size_t from, std::size_t to, const Found& food) const {
  fail(words_[from].offset,
       fmt::format("'{}' is no amount that vitk has a weight for; give a weight or a volume, such as '{} 30 g' "
                   "(units of {}: {})",
                   quote_excerpt(span(from, to)), quote_excerpt(food.name), food.food.id(), unit_names(food.food)));
}

/// Whether the words from `at` on are the amount of a can or a tin (`, 1 can`, `2 tins`): not a can that a note's
/// words name (`the fishmonger can do this`, `from a can`, which says where a cup of the food came from).
bool ItemReader::can_after(std::size_t at) const {
  if (at < words_.size() && word(at) == ",") ++at;
  // `chickpeas (400g tin)`, `sweetcorn (1 x 200g tin)`: the can in a parenthesis.
  if (at < words_.size() && word(at) == "(") ++at;
  if (at + 3 < words_.size() && word(at) == "1" && one_of(to_lower(word(at + 1)), {"x", "\u00d7"})) at += 2;
  if (at + 1 >= words_.size()) return false;
  QuantityToken count;
  if (parse_quantity_token(word(at), count) != QuantityStatus::ok) return false;
  // `15 oz can`, `400 ml tin`: the size of the can, in a word of its own.
  std::size_t can = at + 1;
  if (count.unit.empty() && can + 1 < words_.size() && is_measure(canonical_unit(word(can)))) ++can;
  return one_of(to_lower(word(can)), {"can", "cans", "tin", "tins"});
}

/// The canned foods of `name`: whose names hold `canned` and every word of it, and start with words of it (`pears`:
/// USDA's canned pears in syrup, in juice ...), in table order: a scan of the names, outside the bounded searches
/// for suggestions.
std::vector<Food> ItemReader::canned_foods(std::string_view name) const {
  const std::vector<std::string> words = singular_words(name);
  std::vector<Food> out;
  for (const TableData* table : catalog_.tables()) {
    for (std::uint32_t i = 0; i < table->foods.size(); ++i) {
      const Food food(*table, i);
      const std::string key = normalize_key(food.name());
      if (key.find("canned") == std::string::npos) continue;
      const std::vector<std::string> held = singular_words(key);
      // The food itself, not a dish of it: the words before USDA's first comma are words of the name (`Beans,
      // kidney, ..., canned` for `kidney beans`; not `Fruit cocktail, (... pear ...), canned` or `Pear nectar`).
      std::string_view head = food.name().substr(0, food.name().find(','));
      if (to_lower(head).starts_with("usda commodity")) head.remove_prefix(std::string_view("usda commodity").size());
      const std::vector<std::string> head_words = singular_words(head);
      const auto in = [](const std::vector<std::string>& list, const std::string& w) {
        return std::find(list.begin(), list.end(), w) != list.end();
      };
      if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return in(held, w); }) &&
          !head_words.empty() &&
          std::all_of(head_words.begin(), head_words.end(), [&](const std::string& w) { return in(words, w); })) {
        out.push_back(food);
      }
    }
  }
  return out;
}

/// Up to four foods, by the search's ranking, whose names, ids or aliases hold each of `words` whole: `pepsi`
/// could never mean a Gatorade of PEPSICO's.
std::vector<Food> ItemReader::holding_every_word(const std::vector<std::string>& words, std::size_t limit) const {
  std::vector<Food> found = catalog_.may_search() ? search_foods(catalog_, words, limit) : std::vector<Food>{};
  std::erase_if(found, [&](const Food& food) {
    std::vector<std::string> held = singular_words(food.name());
    for (const std::string& w : singular_words(food.id())) held.push_back(w);
    for (std::size_t i = 0; i < food.alias_count(); ++i) {
      for (const std::string& w : singular_words(food.alias(i))) held.push_back(w);
    }
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return std::none_of(held.begin(), held.end(), [&](const std::string& h) {
        return h == singular(normalize_key(w));
      });
    });
  });
  return found;
}

[[noreturn]] void ItemReader::fail_ambiguous(std::size_t offset, std::string_view name,
                                             std::vector<Food> found) const {
  drop_salted_twins(found);
  // Names cut short, unless two would read the same (`Drumstick leaves, cooked, boiled, drained, with...`).
  std::vector<std::string> shown;
  for (std::size_t k = 0; k < found.size() && k < 3; ++k) shown.push_back(truncate_to_width(found[k].name(), 50));
  for (std::size_t k = 0; k < shown.size(); ++k) {
    if (std::count(shown.begin(), shown.end(), shown[k]) > 1) {
      for (std::size_t j = 0; j < shown.size(); ++j) shown[j] = std::string(found[j].name());
      break;
    }
  }
  std::vector<std::string> listed;
  for (std::size_t k = 0; k < shown.size(); ++k) listed.push_back(fmt::format("'{}' ({})", found[k].id(), shown[k]));
  fail(offset, fmt::format("'{}' is ambiguous: it could mean {}{} (write the id or a fuller name; see: vitk foods "
                           "search {})",
                           quote_excerpt(name), join(listed, ", "), found.size() > 3 ? ", ..." : "",
                           quote_excerpt(name)));
}

/// `1 chicken thigh, skin on`: the words from `k` to `end` say that the skin of a food of meat alone is eaten too.
/// `unknown food 'kale sauteed': 'kale' is known (Kale, raw), but no 'sauteed' form of it`: `written` is quoted
/// already.
/// Where the state is a way of cooking and the food has a cooked form (USDA's most often boiled), the message names
/// it, as what to write if that is what was eaten: never read in its place.
[[noreturn]] void ItemReader::fail_no_form(std::size_t offset, std::string_view written, std::string_view plain,
                                           const Food& food, std::string_view state) const {
  std::string cooked_form;
  if (!one_of(to_lower(state), {"raw", "uncooked", "fresh", "dried", "dry", "canned", "frozen"})) {
    const std::string asked = fmt::format("{} cooked", plain);
    const FoodMatch cooked = catalog_.find(asked);
    if (cooked.food && cooked.food->id() != food.id() &&
        spaced(normalize_key(cooked.food->name())).find(" cooked ") != std::string::npos) {
      cooked_form = fmt::format("; vitk has '{}' ({}, {}), to write if that is what was eaten", quote_excerpt(asked),
                                cooked.food->id(), cooked.food->name());
    }
  }
  fail(offset, fmt::format("unknown food '{}': '{}' is known ({}), but no '{}' form of it, and a state that changes "
                           "vitamin K is not set aside{} (see: vitk foods search {})",
                           written, quote_excerpt(plain), food.name(), quote_excerpt(state), cooked_form,
                           quote_excerpt(plain)));
}

[[noreturn]] void ItemReader::fail_skin_eaten(const Found& found, std::size_t k, std::size_t end) const {
  fail(words_[k].offset, fmt::format("'{}' ({}, {}) is the meat alone, and '{}' says its skin is eaten too; write a "
                                     "food with its skin (see: vitk foods search {} skin)",
                                     quote_excerpt(found.name), found.food.id(), found.food.name(),
                                     span(k, std::min(words_.size(), end)), quote_excerpt(found.name)));
}

[[noreturn]] void ItemReader::fail_unknown(std::size_t first, std::size_t last) const {
  // `pho bo, large bowl`, `glass of ribena`: the words of an amount after a comma, and a vessel or a container
  // and its `of` before the name, are no part of the unknown food's name.
  const auto amount_word = [&](std::size_t k) {
    const std::string lower = singular(to_lower(word(k)));
    QuantityToken number;
    return is_size_word(lower) || is_vague_amount(lower) || is_container(lower) ||
           parse_quantity_token(word(k), number) == QuantityStatus::ok || number_word(word(k)) ||
           one_of(lower, {"glass", "mug", "cup", "serving", "slice", "piece"});
  };
  for (std::size_t k = first + 1; k + 1 < last && k < words_.size(); ++k) {
    if (word(k) != ",") continue;
    bool amount_only = true;
    bool vague = false;
    for (std::size_t j = k + 1; j < last && j < words_.size(); ++j) {
      amount_only = amount_only && amount_word(j);
      vague = vague || is_vague_amount(word(j));
    }
    // After a food that vitk knows, the error is of the amount: a vague one's (`coriander, handful`), or one that
    // vitk does not read (`milk, large glass`, `coke, can`).
    if (const std::optional<Found> known = find_food(first, k)) {
      if (!amount_only || vague) break;
      fail(words_[k + 1].offset,
           fmt::format("'{}' after '{}' ({}, {}) is no amount that vitk reads; give a weight or a volume, such as "
                       "'{} 100 g' (units: {})",
                       quote_excerpt(span(k + 1, last)), quote_excerpt(span(first, k)), known->food.id(),
                       known->food.name(), quote_excerpt(span(first, k)), unit_names(known->food)));
    }
    if (amount_only) {
      last = k;
      break;
    }
  }
  const std::string vessel = singular(to_lower(word(first)));
  if (first + 2 < last && (is_container(vessel) || one_of(vessel, {"glass", "mug", "cup"})) &&
      is_of(word(first + 1))) {
    first += 2;
  }
  // `a chicken caesar wrap`: a food's name read as the unit of a count (`a chicken`) is part of the unknown name,
  // unless the name joins foods (`2 eggs with toast`).
  bool joins = false;
  for (std::size_t k = first; k < last && k < words_.size(); ++k) {
    joins = joins || one_of(to_lower(word(k)), {"and", "with", "&", "or", "plus", "+"});
  }
  if (first >= 2 && first < words_.size() && !joins) {
    QuantityToken count;
    const std::string before = to_lower(word(first - 1));
    if (parse_quantity_token(word(first - 2), count) == QuantityStatus::ok || number_word(word(first - 2))) {
      if (parse_quantity_token(before, count) == QuantityStatus::not_a_number && !is_measure(canonical_unit(before)) &&
          !is_container(before) && !is_size_word(before) && !is_vague_amount(before) &&
          !one_of(before, {"of", "x", "piece", "pieces", "slice", "slices"}) && catalog_.find(before).food) {
        --first;
      }
    }
  }
  // `2 chicken thighs skin on`, `chicken thighs x2 skin on`: the skin of a food of meat alone, written without a
  // comma, as after one.
  for (std::size_t k = first + 1; k + 1 < last; ++k) {
    if (to_lower(word(k)) != "skin" || !one_of(to_lower(word(k + 1)), {"on", "left"})) continue;
    std::size_t end = k;
    QuantityToken count;
    if (end > first + 1 && (parse_quantity_token(word(end - 1), count) == QuantityStatus::ok ||
                            (word(end - 1).size() > 1 && one_of(word(end - 1).substr(0, 1), {"x", "X"}) &&
                             parse_quantity_token(word(end - 1).substr(1), count) == QuantityStatus::ok))) {
      --end;
    }
    const std::optional<Found> meat = find_food(first, end);
    if (meat && spaced(normalize_key(meat->food.name())).find(" meat only ") != std::string::npos) {
      fail_skin_eaten(*meat, k, k + 2);
    }
    break;
  }
  // `1 tbsp fresh oregano or 1 tsp dried oregano`: the second food of `or` with an amount of its own is set aside,
  // so the first is what is not known.
  for (std::size_t k = first + 1; k + 1 < last; ++k) {
    QuantityToken token;
    if (one_of(word(k), {"or"}) && parse_quantity_token(word(k + 1), token) == QuantityStatus::ok) {
      last = k;
      break;
    }
  }
  // `2 eggs and 1 slice toast`, `oatmeal 1 cup with 1 tbsp honey`: another item, joined by a word after a food's
  // name (not `1 green and 1 red pepper`, nor an amount's `1/4 pound plus 4 tablespoons`).
  // The other item may start where the unknown name ends (`kale 2 cups and 1 egg`, read as `kale 2 cups and` of
  // `1 egg`).
  for (std::size_t k = first + 1; k <= last && k < words_.size(); ++k) {
    QuantityToken joined;
    // Not a number alone (`oats 1 cup and 1/2`: one and a half).
    if (!one_of(to_lower(word(k - 1)), {"and", "with", "&"}) ||
        parse_quantity_token(word(k), joined) != QuantityStatus::ok || k + 1 >= words_.size()) {
      continue;
    }
    std::string before;
    for (std::size_t j = 0; j + 1 < k; ++j) {
      if (parse_quantity_token(word(j), joined) == QuantityStatus::not_a_number && !is_measure(item_unit(word(j)))) {
        if (!before.empty()) before += ' ';
        before += word(j);
      }
    }
    // Not a colour, which names a kind of the food after it (`1 green and 1 red pepper`).
    if (!before.empty() && !is_colour(before) && catalog_.find(before).food) {
      std::size_t end = last;
      if (k == last) {
        while (end < words_.size() && word(end) != ",") ++end;
      }
      fail(words_[k - 1].offset, fmt::format("'{}' is another item (expected one food per item; separate items with "
                                             "';', such as '{}; {}')",
                                             quote_excerpt(span(k - 1, end)), quote_excerpt(span(0, k - 1)),
                                             quote_excerpt(span(k, end))));
    }
  }
  // `tea 1 cup with milk`: another food after the food's amount.
  for (std::size_t k = first + 1; k + 1 < last; ++k) {
    QuantityToken number;
    // `natto 1 pack with rice`: after a unit of the food's, too; `tea 1 cup, with milk`: and a comma.
    const std::size_t end = word(k - 1) == "," && k >= first + 2 ? k - 2 : k - 1;
    const bool after_amount = parse_quantity_token(word(end), number) != QuantityStatus::not_a_number ||
                              is_measure(item_unit(word(end))) ||
                              (end >= first + 1 && is_unit_word(end) &&
                               parse_quantity_token(word(end - 1), number) == QuantityStatus::ok);
    if (!after_amount || !one_of(to_lower(word(k)), {"and", "with", "&"})) {
      continue;
    }
    if (const std::optional<Food> other = food_named(span(k + 1, last))) {
      fail_joined_food(k, last, *other);
    }
  }
  // A number among the food's words is a second amount (`gouda 2 100 g`, `2 100 g gouda`).
  for (std::size_t k = first; k < last; ++k) {
    QuantityToken stray;
    // Not the size a food is cut to (`baby corn in 1-inch pieces`), which no food's name holds: the name is unknown.
    const std::string lower = to_lower(word(k));
    if ((lower.ends_with("-inch") || lower.ends_with("-cm") || lower.ends_with("-inch-thick")) && k > first &&
        one_of(to_lower(word(k - 1)), {"in", "into"})) {
      continue;
    }
    if (parse_quantity_token(word(k), stray) == QuantityStatus::ok) {
      // `potato 150g mashed`, `spinach 2 cups, for my INR`: words after the amount of a food named before it,
      // which are neither states nor a note that vitk sets aside.
      // Only a weight or a volume after a food's name, then words alone: no other number, count or sign.
      // The fraction of a mixed number is of the amount (`broccoli, 1 1/2 lbs, cut into florets`).
      std::size_t unit_at = k + 1;
      QuantityToken fraction;
      if (stray.unit.empty() && unit_at + 1 < last && parse_quantity_token(word(unit_at), fraction) == QuantityStatus::ok &&
          fraction.unit.empty() && word(unit_at).find('/') != std::string_view::npos) {
        ++unit_at;
      }
      const std::string unit_said = stray.unit.empty() && unit_at < last ? canonical_unit(word(unit_at))
                                                                         : canonical_unit(stray.unit);
      const std::size_t after = stray.unit.empty() ? unit_at + 1 : k + 1;
      const auto plain_word = [&](std::size_t j) {
        const std::string_view w = word(j);
        return w == "," || (letters_only(w) && !number_word(w) &&
                            !one_of(to_lower(w), {"x", "twice", "thrice", "each", "times", "per", "every", "apiece",
                                                  "of"}));
      };
      bool plain = k > first && after < last && is_measure(unit_said);
      for (std::size_t j = first; plain && j < words_.size(); ++j) plain = (j >= k && j < after) || plain_word(j);
      plain = plain && catalog_.find(span(first, k)).food;
      if (plain) {
        const std::size_t note = word(after) == "," && after + 1 < last ? after + 1 : after;
        std::size_t name_end = k;  // `plain yoghurt, 150g pot`: the name without its comma
        while (name_end > first + 1 && word(name_end - 1) == ",") --name_end;
        fail(words_[note].offset,
             fmt::format("'{}' after the amount '{}' is no state of the food that vitk reads (expected a state "
                         "such as 'raw' or 'boiled' there; a note goes after a comma in an item that begins with "
                         "its amount, such as '{} {}, {}')",
                         quote_excerpt(span(note, last)), quote_excerpt(span(k, after)),
                         quote_excerpt(span(k, after)), quote_excerpt(span(first, name_end)),
                         quote_excerpt(span(note, last))));
      }
      fail(words_[k].offset, fmt::format("stray number '{}' (expected one amount per item, such as 'kale 2 cups', or "
                                         "a mixed number such as 'kale 1 1/2 cups')",
                                         quote_excerpt(word(k))));
    }
  }
  fail_if_vague(first, last);
  first = after_vague(first, last);
  const std::string_view name = span(first, last);
  const std::size_t offset = words_[first].offset;
  // `fresh dill`, `4 cardamom pods`: a food that no source of the tables measured.
  if (const std::optional<Unmeasured> unmeasured = unmeasured_food(name)) {
    fail(offset, fmt::format("no vitamin K value for '{}': no source of vitk's tables (USDA SR28, NEVO, Ciqual) gives "
                             "one for {}, so vitk does not count it; leave it out, or give it a value in a food "
                             "table of your own (see vitk-foods(5))",
                             quote_excerpt(name), unmeasured->name));
  }
  // `2 (15 ounce) cans sliced pears`: the canned foods of that name, not the fresh ones.
  if (!refused_cans_.empty()) fail_ambiguous(offset, refused_can_name_, refused_cans_);
  const FoodMatch match = catalog_.find(name);
  if (!match.candidates.empty()) {
    std::vector<std::string> listed;
    for (std::size_t k = 0; k < match.candidates.size() && k < 5; ++k) {
      listed.push_back(fmt::format("'{}' ({})", match.candidates[k].id(), match.candidates[k].name()));
    }
    const std::string more =
        match.candidates.size() > 5 ? fmt::format(" and {} more", match.candidates.size() - 5) : std::string();
    fail(offset, fmt::format("'{}' matches {} foods: {}{} (write the id)", quote_excerpt(name),
                             match.candidates.size(), join(listed, ", "), more));
  }
  const std::string search = fmt::format("vitk foods search {}", quote_excerpt(name));
  // `fresh thyme`, where vitk knows only the dried herb.
  fail_known_in_another_state(first, last, [](std::string_view w) { return one_of(w, {"fresh"}); });
  // Foods whose names hold every word: the name is ambiguous rather than unknown.
  std::vector<std::string> words;
  for (std::size_t k = first; k < last; ++k) {
    if (!set_aside_at(k) && word(k) != ",") words.emplace_back(word(k));
  }
  std::vector<Food> found = holding_every_word(words);
  drop_salted_twins(found);
  // `celery salt`, `vanilla sugar`, `mixed berries`: a food that holds the last word only in what it is made with
  // or without, or before another word, names no such thing. Not in a name of one word, which may be the first of
  // a food's (`olive`: olive oil), one that joins foods, which is a dish (`eggs and bacon`), or one with a number
  // (`ground beef 80/20`, read as `80% lean`).
  // The head is the last word that is no state, where one is (`tomatoes, grilled` names no grilled chicken
  // sandwich).
  bool joined = false;
  bool plain_words = true;
  std::string_view head_word;
  std::string_view head_state;
  for (std::size_t k = first; k < last; ++k) {
    joined = joined || one_of(to_lower(word(k)), {"and", "with", "&", "or", "n"});
    plain_words = plain_words && (letters_only(word(k)) || word(k) == ",");
    if (is_set_aside(to_lower(word(k))) || word(k) == ",") continue;
    (is_state_word(word(k)) ? head_state : head_word) = word(k);
  }
  if (head_word.empty()) head_word = head_state;
  if (last > first + 1 && !joined && plain_words && letters_only(head_word)) {
    const std::string head = singular(normalize_key(head_word));
    std::erase_if(found, [&](const Food& food) { return !names_as_head(food, head); });
  }
  // `salt and pepper to taste`: two foods, whatever foods hold both words (USDA's peppers cooked with salt), where
  // words set aside end the name, as no dish's name ends (`pork and beans` may be one).
  if (joined && last > first + 2 && set_aside_at(last - 1) && !is_state_word(word(last - 1))) {
    fail_if_joins_foods(first, last);
  }
  if (found.size() == 1) {
    // One food holds the words: not ambiguous, but not named either (`naan` is whole wheat naan).
    fail(offset, fmt::format("unknown food '{}' (did you mean '{}' ({})? write the id or a fuller name; see: {})",
                             quote_excerpt(name), found.front().id(), truncate_to_width(found.front().name(), 50),
                             search));
  }
  if (!found.empty()) fail_ambiguous(offset, name, found);
  fail_if_joins_foods(first, last);
  // `steamed kale`: the food is known, but not in that state, which vitk does not set aside; nor roast, as British
  // English writes roasted (`roast pumpkin`).
  fail_known_in_another_state(first, last,
                              [](std::string_view w) { return is_state_word(w) || one_of(to_lower(w), {"roast"}); });
  std::vector<std::string> suggestions = catalog_.suggest(name, 3);
  // `steamed brocoli`, `baby spinich, raw`: the words of the name without those of its state, its cut or its note;
  // not of a list of foods (`veal, pork or turkey sausages`), nor without a size (`big mac` is no mac and cheese).
  bool listed = false;
  for (std::size_t k = first; k < last; ++k) listed = listed || one_of(to_lower(word(k)), {"or", "and", "&", "n"});
  if (suggestions.empty() && !listed) {
    std::string plain;
    bool note = false;  // after a comma or a parenthesis, only such words
    bool dropped_else = false;
    for (std::size_t k = first; k < last; ++k) {
      const std::string lower = to_lower(word(k));
      note = note || word(k) == "," || word(k) == "(";
      const bool drop = !is_size_word(lower) && (is_state_word(word(k)) || is_set_aside(lower));
      if (note) {
        dropped_else = dropped_else || !(drop || one_of(lower, {",", "(", ")"}));
      } else if (!drop) {
        plain += (plain.empty() ? "" : " ") + std::string(word(k));
      }
    }
    if (!plain.empty() && plain != name && !dropped_else) suggestions = catalog_.suggest(plain, 3);
  }
  // `a quarter pounder`: a word of the name may have been read as an amount; say so, and search the whole.
  if (first > 0 && first <= 3 && one_of(to_lower(word(first - 1)), {"quarter", "half", "third", "couple"}) &&
      name.find(' ') == std::string_view::npos) {
    fail(offset, fmt::format("unknown food '{}', read after the amount '{}' ({}see: {}, or vitk foods search {})",
                             quote_excerpt(name), quote_excerpt(span(0, first)),
                             suggestions.empty() ? std::string() : fmt::format("did you mean {}? ",
                                                                               join_quoted_or(suggestions)),
                             search, quote_excerpt(span(first - 1, last))));
  }
  if (suggestions.empty() && catalog_.searched_out()) {
    // The searches of a run are bounded: past them, an unknown name is said to be one without candidates.
    fail(offset, fmt::format("unknown food '{}' (this run has made its {} searches for suggestions; see: {})",
                             quote_excerpt(name), FoodCatalog::kMaxSuggestionSearches, search));
  }
  if (suggestions.empty()) fail(offset, fmt::format("unknown food '{}' (see: {})", quote_excerpt(name), search));
  fail(offset, fmt::format("unknown food '{}' (did you mean {}? see: {})", quote_excerpt(name),
                           join_quoted_or(suggestions), search));
}

void ItemReader::fail_joined_food(std::size_t join, std::size_t last, const Food& other) const {
  fail(words_[join].offset, fmt::format("'{}' joins another food ({}, {}) to the item (expected one food per item; "
                                        "write it as an item of its own after ';')",
                                        quote_excerpt(span(join, last)), other.id(), other.name()));
}

std::optional<Food> ItemReader::food_named(std::string_view name) const {
  if (FoodMatch match = catalog_.find(name); match.food) return match.food;
  return catalog_.find_words(name).food;
}

/// `coffee with milk`, `eggs and bacon`, `2 eggs with toast`: a name that vitk does not know, made of two foods that it
/// does, is two items.
void ItemReader::fail_if_joins_foods(std::size_t first, std::size_t last) const {
  for (std::size_t k = first; k + 1 < last; ++k) {
    // And the `with` and `and` of Dutch, German, French, Spanish, Italian and Portuguese (`boterham met
    // pindakaas`, `Kaffee mit Milch`, `huevos revueltos con mantequilla`, `pane e burro`).
    if (!one_of(to_lower(word(k)), {"with", "and", "&", "plus", "+", "on", "met", "mit", "avec", "con", "com", "en",
                                    "und", "et", "y", "e"})) {
      continue;
    }
    // `hot dog on a bun`: an article before the other food is no word of its name.
    const std::size_t after = k + 2 < last && one_of(to_lower(word(k + 1)), {"a", "an", "the"}) ? k + 2 : k + 1;
    // `salt and pepper to taste`: without the words set aside at its end.
    std::size_t end = last;
    while (end > after + 1 && ((set_aside_at(end - 1) && !is_state_word(word(end - 1))) || word(end - 1) == ",")) {
      --end;
    }
    const std::optional<Food> other = food_named(span(after, end));
    if (!other) continue;
    if (k == first) {
      fail_joined_food(k, last, *other);
    }
    std::optional<Food> food = food_named(span(first, k));
    std::size_t from = first;
    // `cup of coffee with milk`, `bowl of oatmeal with blueberries`: a measure of the first food, unless foods'
    // names hold the words after it (`cup of macaroni and cheese`, `bowl of chili with beans`: a dish).
    for (std::size_t of = first + 1; !food && of + 1 < k && of <= first + 2; ++of) {
      if (to_lower(word(of)) != "of") continue;
      std::vector<std::string> rest;
      for (std::size_t j = of + 1; j < last; ++j) {
        if (!set_aside_at(j)) rest.emplace_back(word(j));
      }
      if (!holding_every_word(rest).empty()) return;
      food = food_named(span(of + 1, k));
      from = of + 1;
    }
    if (!food) continue;
    fail(words_[first].offset,
         fmt::format("'{}' names two foods, '{}' ({}, {}) and '{}' ({}, {}) (expected one food per item; write each "
                     "as an item of its own with its amount, separated by ';')",
                     quote_excerpt(span(first, last)), quote_excerpt(span(from, k)), food->id(), food->name(),
                     quote_excerpt(span(after, end)), other->id(), other->name()));
  }
}

std::string ItemReader::unit_names(const Food& food) const {
  std::string out(mass_unit_list());
  const std::optional<Density> density = density_of(food);
  if (density) {
    out += fmt::format(", volumes such as ml, l, cup, tbsp, tsp, fl oz (by its {} of {} g)", density->portion,
                       format_trimmed(density->portion_grams, 3));
  }
  for (std::size_t i = 0; i < food.portion_count(); ++i) {
    const std::string_view unit = food.portion(i).unit;
    if (density && ml_per_volume_unit(unit)) continue;  // said with the volumes
    out += ", ";
    out += unit;
  }
  return out;
}

/// The grams of `amount` of `food`, or nullopt when its unit is not one the food has; `unit` is set to the unit
/// the item is shown in.
std::optional<double> ItemReader::grams_if_known(const Food& food, const Amount& amount, std::string_view& unit) const {
  // `a portion of fries`, `a large portion of fries`: a portion is a serving, where USDA measures no portion of
  // the food.
  if (one_of(amount.unit, {"portion", "portions"}) && !food.find_portion("portion")) {
    Amount serving = amount;
    serving.unit = "serving";
    return grams_if_known(food, serving, unit);
  }
  // `a pot of yoghurt`, `2 tubs of hummus`: the food's container.
  if (one_of(amount.unit, {"pot", "pots", "tub", "tubs"}) && food.find_portion("container")) {
    Amount container = amount;
    container.unit = "container";
    return grams_if_known(food, container, unit);
  }
  // `natto 1 package`, `a tub of natto`: the pack a food is sold and counted by (natto's), where it has no portion of
  // the name written.
  if (one_of(singular(amount.unit), {"pk", "pkg", "packet", "package", "tub", "pot", "container", "carton"}) &&
      !food.find_portion(singular(amount.unit)) && food.find_portion("pack")) {
    Amount pack = amount;
    pack.unit = "pack";
    return grams_if_known(food, pack, unit);
  }
  // `instant ramen 1 pack`, `2 packets gelatin`: the food's packet or envelope, else its package, where it has no
  // portion of the name written.
  if (one_of(amount.unit, {"pack", "packs", "pk", "pkg", "pkgs", "packet", "packets"}) &&
      !food.find_portion(singular(amount.unit))) {
    for (const char* kind : {"packet", "envelope", "package"}) {
      if (!food.find_portion(kind)) continue;
      Amount package = amount;
      package.unit = kind;
      return grams_if_known(food, package, unit);
    }
  }
  // `Avocados - raw, 1/2 fruit`, as trackers copy USDA's measures: a fruit is one whole piece of a fruit
  // or a vegetable, where its portion of one is named otherwise (the avocado's `avocado`, the banana's `medium`).
  if (one_of(amount.unit, {"fruit", "fruits"}) && !food.find_portion("fruit") &&
      one_of(food_kind(food.group()), {"fruit", "vegetable"})) {
    std::vector<std::string> wholes = singular_words(food.name());
    for (const std::string_view whole : kWholePieces) wholes.emplace_back(whole);
    for (const std::string& whole : wholes) {
      // A fruit is no head, leaf, seed or other part of a plant (`1 fruit cabbage` is no head of it), nor a cookie.
      const bool whole_fruit = one_of(whole, {"medium", "whole", "each", "piece", "large"}) ||
                               (std::find(std::begin(kWholePieces), std::end(kWholePieces), whole) ==
                                    std::end(kWholePieces) &&
                                !one_of(whole, {"leaf", "leave", "head", "bulb", "seed", "kernel", "stalk", "spear",
                                                "pod", "sprout", "floret", "root", "stem", "shoot", "bean", "pea"}));
      if (whole == "fruit" || !whole_fruit || !food.find_portion(whole) || !is_whole_piece(food, whole)) continue;
      Amount piece = amount;
      piece.unit = whole;
      return grams_if_known(food, piece, unit);
    }
  }
  // `海苔 1枚`, `食パン 1枚`: the Japanese counter of flat things is a sheet where the food has one, else a slice.
  if (amount.unit == "\u679a") {
    for (const char* flat : {"sheet", "slice"}) {
      if (!food.find_portion(flat)) continue;
      Amount piece = amount;
      piece.unit = flat;
      return grams_if_known(food, piece, unit);
    }
  }
  // `1 slice apple pie`, `pumpkin pie 1 piece`: a slice of a pie or a cake is its piece, and the other way round,
  // where it has only the one.
  if (one_of(amount.unit, {"slice", "slices", "piece", "pieces"}) && !food.find_portion(singular(amount.unit))) {
    const std::string name = spaced(normalize_key(food.name()));
    const std::string other = singular(amount.unit) == "slice" ? "piece" : "slice";
    bool baked = false;
    for (const std::string_view kind : {" pie ", " cake ", " cheesecake ", " tart ", " quiche ", " pizza "}) {
      baked = baked || name.find(kind) != std::string::npos;
    }
    // `1 piece of toast`, `2 pieces of bread`: a piece of a bread is its slice.
    const bool bread = other == "slice" && (name.starts_with(" bread ") || name.find(" toast ") != std::string::npos);
    if ((baked || bread) && food.find_portion(other)) {
      Amount same = amount;
      same.unit = other;
      return grams_if_known(food, same, unit);
    }
  }
  // `250ml glass of kale` holds no kale, as `a 250ml glass of kale` does not.
  if (!amount.vessel.empty() && !is_drink(food)) return std::nullopt;
  if (amount.container_grams) {
    unit = amount.container;
    // `a 12 oz can of cola`: the ounces of a drink's can or bottle are fluid ounces, as in `cola 12 oz`.
    // Not in a bag, a packet or a jar, which hold a powder or beans (`a 12 oz bag of coffee`).
    const bool holds_drink = std::none_of(words_.begin(), words_.end(), [](const Word& w) {
      return one_of(singular(to_lower(w.text)),
                    {"bag", "packet", "pack", "package", "pkg", "jar", "sachet", "envelope", "tub", "block", "pouch",
                     "punnet"});
    });
    if (amount.container_ounces && amount.container == "container" && holds_drink && ounce_is_fluid(food)) {
      if (const std::optional<Density> density = density_of(food)) {
        const double ounces = *amount.container_grams / *grams_per_mass_unit("oz");
        return amount.quantity * ounces * *ml_per_volume_unit("fl-oz") * density->grams_per_ml;
      }
    }
    return amount.quantity * *amount.container_grams;
  }
  if (amount.container_ml) {
    // `a 250ml glass of kale` holds no kale.
    if (one_of(amount.container, {"glass", "mug"}) && !is_drink(food)) return std::nullopt;
    const std::optional<Density> density = density_of(food);
    if (!density) return std::nullopt;
    unit = amount.container;
    return amount.quantity * *amount.container_ml * density->grams_per_ml;
  }
  if (amount.unit.empty()) {
    const std::optional<Portion> serving = food.default_portion();
    if (!serving) return std::nullopt;
    unit = serving->unit;
    return amount.quantity * serving->grams;
  }
  if (const std::optional<double> per_unit = grams_per_mass_unit(amount.unit)) {
    unit = static_mass_unit(amount.unit);
    return amount.quantity * *per_unit;
  }
  // The food's own portion, in the singular or the plural (`cup`, `cloves`), and first the one that a
  // preparation word of the item names with it, as USDA's measures do (`1 cup chopped` -> `cup-chopped`).
  const std::string plain_names[] = {amount.unit, singular(amount.unit),
                                     amount.unit.size() > 2 && amount.unit.back() == 's'
                                         ? amount.unit.substr(0, amount.unit.size() - 1)
                                         : amount.unit};
  bool in_note = false;
  // `4 tbsp almond meal`, `1/2 cup flaxseed meal`, `100 ml ground almonds`: a volume of the food cut so, where the
  // food measures it so in another unit of volume, by that measure's density (USDA's tbsp of ground flaxseed, 7 g,
  // is 112 g a cup; its cup of whole seeds weighs 168 g).
  std::optional<Portion> cut_volume;
  const std::optional<double> volume_ml = ml_per_volume_unit(amount.unit);
  for (const Word& w : words_) {
    // A size in a note is no size of the food: `2 potatoes, cut into large dice` are no large potatoes, but `1 small
    // head cabbage` is its `head-small`.
    in_note = in_note || w.text == "," || w.text == "(";
    if (w.offset == amount.unit_offset || w.text.empty() || !std::isalpha(static_cast<unsigned char>(w.text[0])) ||
        (in_note && !piece_size(w.text).empty())) {
      continue;
    }
    // `bread cubes`, `cubed bread`: the measure's word, in the singular or as the word of its cut; grated cheese
    // is measured as USDA's shredded cheese, and a sliced vegetable as its shredded one (thinly sliced cabbage),
    // where the food has no cup of slices; a meal or milled seeds as the ground ones (`almond meal`, `milled
    // flaxseed`).
    // Not a cut that the item denies (`almonds, not ground`), nor a meal eaten (`almonds, with a meal`).
    const std::string said = to_lower(w.text) == "puréed" ? std::string("pureed") : to_lower(w.text);
    const std::size_t at = static_cast<std::size_t>(&w - words_.data());
    const std::string before = at > 0 ? to_lower(words_[at - 1].text) : std::string();
    if (one_of(before, {"not", "no", "un"})) continue;
    const bool eaten = one_of(before, {"a", "the", "each", "per", "every", "one", "any"});
    // `1 cup cherries, without pits`, `1 cup pitted cherries`, `, pits removed`: USDA's measure without them.
    const std::string after = at + 1 < words_.size() ? to_lower(words_[at + 1].text) : std::string();
    const bool removed = one_of(after, {"removed", "out"});
    const std::string cut = before == "without" || removed                      ? "without-" + singular(said)
                            : said == "pitted"                                 ? std::string("without-pit")
                            : said == "grated" || (said == "sliced" && food_kind(food.group()) == "vegetable")
                                ? std::string("shredded")
                            : (said == "meal" && !eaten) || said == "milled" ? std::string("ground")
                            : said == "mashed"                               ? std::string("pureed")
                            : said == "pureed"                               ? std::string("mashed")
                                                                              : said;
    const std::string forms[] = {said, singular(said),
                                 said.size() > 3 && said.ends_with("ed") ? said.substr(0, said.size() - 1) : said, cut};
    for (const std::string& name : plain_names) {
      for (const std::string& form : forms) {
        if (const std::optional<Portion> portion = food.find_portion(name + "-" + form)) {
          unit = portion->unit;
          return amount.quantity * portion->grams;
        }
      }
    }
    for (const std::string_view volume : {"cup", "tbsp", "tsp", "fl-oz"}) {
      for (std::size_t f = 0; volume_ml && !cut_volume && f < std::size(forms); ++f) {
        cut_volume = food.find_portion(std::string(volume) + "-" + forms[f]);
      }
    }
  }
  if (cut_volume) {
    unit = static_volume_unit(amount.unit);
    const std::string_view measured = cut_volume->unit.substr(0, cut_volume->unit.find('-'));
    return amount.quantity * *volume_ml * cut_volume->grams / *ml_per_volume_unit(measured);
  }
  for (const std::string& name : plain_names) {
    if (const std::optional<Portion> portion = food.find_portion(name)) {
      unit = portion->unit;
      return amount.quantity * portion->grams;
    }
  }
  // `2 slices sourdough`: a unit of no size, where the food has the unit only in sizes, is the medium one.
  if (const std::optional<Portion> portion = food.find_portion(plain_names[1] + "-medium")) {
    unit = portion->unit;
    return amount.quantity * portion->grams;
  }
  // `2 fun size snickers`: a candy's fun-size bar, package or serving, as USDA names them.
  if (plain_names[1] == "fun-size") {
    for (const std::string_view fun : {"bar-fun", "package-fun", "serving-fun"}) {
      if (const std::optional<Portion> portion = food.find_portion(fun)) {
        unit = portion->unit;
        return amount.quantity * portion->grams;
      }
    }
  }
  // `2 sticks celery`, `3 ribs celery`: British and American names of a stalk; `4 rashers bacon`: slices.
  if (const std::optional<Portion> portion = portion_said_as(food, plain_names[1])) {
    unit = portion->unit;
    return amount.quantity * portion->grams;
  }
  // `a glass of wine`, `a mug of tea`, `2 glasses of milk`: a drink's glass or mug is its serving (wine's 5 fl oz,
  // milk's cup), where that serving is no spoonful.
  // A drink without a serving (`a glass of prune juice`) fills one with its cup, FDA's reference amount of a
  // beverage (240 ml, 21 CFR 101.12).
  if (one_of(plain_names[1], {"glass", "mug"})) {
    std::optional<Portion> serving = food.default_portion();
    if (!serving && (is_drink_group(food.group()) || to_lower(food.name()).find("juice") != std::string::npos)) {
      serving = food.find_portion("cup");
    }
    if (is_drink(food) && serving && serving->grams >= 100) {
      unit = plain_names[1] == "glass" ? "glass" : "mug";
      return amount.quantity * serving->grams;
    }
  }
  // `a bowl of porridge`, `2 bowls of rice`: a bowl is a cup of a food eaten from one (a cooked grain or legume, a
  // yogurt, a soup, a stew or a dish), whose cup weighs at least 150 g (FDA's and FSIS's reference amount of a soup,
  // a mixed dish measured by the cup or a hot cereal is a cup). A bowl of leaves, flakes or pasta holds several
  // cups; a bowl of a vegetable or a fruit (`a bowl of chili`, the pepper's cup) may be another food, and one of a
  // raw grain, a paste or a condiment (`a bowl of natto`, `a bowl of miso`, `a bowl of jasmine rice`) is no cup.
  if (plain_names[1] == "bowl" && eaten_from_bowl(food)) {
    const std::optional<Portion> cup = food.find_portion("cup");
    if (cup && cup->grams >= kBowlCupGrams) {
      unit = "bowl";
      return amount.quantity * cup->grams;
    }
  }
  // A volume by the food's density.
  if (const std::optional<double> ml = ml_per_volume_unit(amount.unit)) {
    if (const std::optional<Density> density = density_of(food)) {
      unit = static_volume_unit(amount.unit);
      return amount.quantity * *ml * density->grams_per_ml;
    }
  }
  return std::nullopt;
}

double ItemReader::grams_of(const Food& food, const Amount& amount, std::string_view& unit, std::size_t food_offset,
                            std::string_view read_as, std::string_view name) const {
  if (const std::string whole = singular(amount.unit); !whole_is_of(food, name, whole, false)) {
    fail(amount.unit_offset, fmt::format("{}: a {} of {} is no {} of '{}'; give a weight, such as '{} 100 g' "
                                         "(units: {})",
                                         read_as, whole, food.id(), whole, quote_excerpt(name), quote_excerpt(name),
                                         unit_names(food)));
  }
  if (const std::optional<double> grams = grams_if_known(food, amount, unit)) return *grams;
  if (((amount.container_ml && one_of(amount.container, {"glass", "mug"})) || !amount.vessel.empty()) &&
      !is_drink(food)) {
    fail(amount.offset, fmt::format("{} is no drink, and a {} holds one; give its weight or volume, such as '{} "
                                    "100 g'",
                                    read_as, amount.vessel.empty() ? amount.container : amount.vessel,
                                    quote_excerpt(name)));
  }
  if (amount.container_ml) {
    fail(amount.offset, fmt::format("{} has no volume portion (cup, tbsp, tsp or fl oz) to measure a container of {} "
                                    "ml by (units: {})",
                                    read_as, format_trimmed(*amount.container_ml, 1), unit_names(food)));
  }
  if (amount.unit.empty()) {
    fail(food_offset, fmt::format("{} has no serving size; give an amount such as '{} 100 g' (units: {})", read_as,
                                  quote_excerpt(name), unit_names(food)));
  }
  if (ml_per_volume_unit(amount.unit)) {
    fail(amount.unit_offset, fmt::format("{} has no volume portion (cup, tbsp, tsp or fl oz) to measure '{}' by "
                                         "(units: {})",
                                         read_as, quote_excerpt(amount.unit_text), unit_names(food)));
  }
  // `1 turkey burger`, `1 chicken burger patty`: a word that names a food of its own is no unit but part of a name
  // that vitk does not know.
  // After the name it may be the food's piece, of a name the food lacks (`2 ciabatta rolls`): no portion, as below.
  if (!amount.unit_text.empty() && amount.unit_offset < food_offset && !is_measure(canonical_unit(amount.unit_text)) &&
      !is_colour(to_lower(amount.unit_text))) {
    if (const std::optional<Food> first = catalog_.find(amount.unit_text).food) fail_unit_is_food(food, amount, *first,
                                                                                                food_offset, read_as, name);
  }
  // `spinach 2 handfuls`, `a bowl of cereal`: a vague amount asks for a weight, as one alone does.
  if (is_vague_amount(amount.unit_text)) {
    fail(amount.unit_offset,
         fmt::format("{} has no portion '{}', which is no amount that vitk has a weight for; give a weight or a "
                     "volume, such as '{} 30 g' (units: {})",
                     read_as, quote_excerpt(amount.unit_text), quote_excerpt(name), unit_names(food)));
  }
  // `a bacon sandwich`, `2 ciabatta rolls`: a word right after the name of a counted food may be a portion it lacks,
  // or the end of the name of a food that vitk does not know.
  const std::string whole = fmt::format("{} {}", name, amount.unit_text);
  if (amount.offset < food_offset && amount.unit_offset > food_offset && !amount.unit_text.empty() &&
      text_.substr(food_offset, amount.unit_offset - food_offset) == fmt::format("{} ", name) &&
      !catalog_.find(whole).food) {
    if (const std::vector<Food> found = holding_every_word(singular_words(whole), 4); found.size() > 1) {
      fail_ambiguous(food_offset, whole, found);
    }
    fail(amount.unit_offset, fmt::format("{} has no portion '{}', and vitk knows no food '{}' (units: {}; see: vitk "
                                         "foods search {})",
                                         read_as, quote_excerpt(amount.unit_text), quote_excerpt(whole),
                                         unit_names(food), quote_excerpt(whole)));
  }
  fail(amount.unit_offset, fmt::format("{} has no portion '{}' (units: {})", read_as, quote_excerpt(amount.unit_text),
                                       unit_names(food)));
}

/// `1 turkey burger`: a food's name before another food is part of a name that vitk does not know; `2 eggs and
/// bacon`: joined to it, another food.
void ItemReader::fail_unit_is_food(const Food& food, const Amount& amount, const Food& first, std::size_t food_offset,
                                   std::string_view read_as, std::string_view name) const {
  for (const Word& between : words_) {
    if (between.offset > amount.unit_offset && between.offset <= food_offset &&
        one_of(to_lower(between.text), {"and", "with", "&", "plus", "+"})) {
      fail(amount.unit_offset,
           fmt::format("'{} {} {}' names two foods, '{}' ({}, {}) and '{}' ({}, {}) (expected one food per item; "
                       "write each as an item of its own with its amount, separated by ';')",
                       quote_excerpt(amount.unit_text), between.text, quote_excerpt(name),
                       quote_excerpt(amount.unit_text), first.id(), first.name(), quote_excerpt(name), food.id(),
                       food.name()));
    }
  }
  {
    const std::string whole = fmt::format("{} {}", amount.unit_text, name);
    fail(amount.unit_offset,
         fmt::format("unknown food '{}': '{}' is a food of its own, not a portion of {} (see: vitk foods search {})",
                     quote_excerpt(whole), quote_excerpt(amount.unit_text), read_as, quote_excerpt(whole)));
  }
}

/// `2 boneless, skinless chicken breasts, cut into chunks`, `1 parsnip, peeled and cut into wedges`: what is done
/// to a food before it is cooked says it is weighed raw (boned or skinned only with a weight: as bought). Where
/// vitk reads a cooked food (the common chicken
/// breast is grilled) and knows the raw one of that name (`raw chicken breast`), the raw one counts. A state that
/// the item writes (`diced cooked chicken`) wins.
std::optional<ItemReader::Found> ItemReader::raw_if_prepared(const Found& found, bool by_mass,
                                                             std::size_t food_first) const {
  const auto sliced_thin_last = [&](std::size_t k) {
    const bool thin = one_of(word(k - 1), {"thin", "thinly"}) || (k + 1 < words_.size() && one_of(word(k + 1), {"thin"}));
    for (std::size_t after = k + 1; thin && after < words_.size(); ++after) {
      if (!one_of(word(after), {"thin", "into", "strips", "against", "across", "along", "the", "grain", ","})) return false;
    }
    return thin;
  };
  // A vegetable that a name reads as cooked by default (`collard greens`, `sprouts`, `turnip`) is raw where the line
  // cuts, trims or washes it, as a cook does before cooking (`6 cups coarsely chopped mustard greens`), and where
  // it is fresh, in a diary too (`1 cup fresh collard greens`, `fresh turnip greens 100g`).
  const bool vegetable = food_kind(found.food.group()) == "vegetable";
  // Fresh only of the greens eaten cooked (collard, turnip and mustard greens), and not of a dish of them (`1 cup
  // fresh collard greens, with ham hock`, `southern style`) nor where it is denied (`not fresh`).
  const std::string greens = spaced(normalize_key(found.food.name()));
  bool prepared = vegetable &&
                  (greens.find(" greens ") != std::string::npos || greens.find(" collards ") != std::string::npos) &&
                  std::any_of(words_.begin(), words_.end(), [](const Word& w) { return one_of(w.text, {"fresh"}); }) &&
                  std::none_of(words_.begin(), words_.end(), [](const Word& w) {
                    return one_of(w.text, {"with", "w/", "style", "not", "no", "southern", "stewed", "braised"});
                  });
  // A recipe's line: an amount first. `diced chicken breast 150g` and `boneless chicken thigh 120g` are a diary's.
  if (food_first == 0 && !prepared) return std::nullopt;
  bool in_note = false;
  bool named = false;
  // A bunch of it is bought raw (`1 bunch collard greens (about 1 lb)`).
  for (std::size_t k = 0; k < food_first; ++k) prepared = prepared || (vegetable && one_of(word(k), {"bunch", "bunches"}));
  for (std::size_t k = food_first; k < words_.size(); ++k) {
    const std::string_view w = word(k);
    // `cut into strips, stir-fried`: a way of cooking, as a state is.
    if (is_state_word(w) || w.ends_with("-fried") || w.ends_with("-roasted") || w.ends_with("-grilled")) {
      return std::nullopt;
    }
    // The note starts at a comma or a parenthesis after a word of the name (`boneless, skinless chicken
    // breasts, cut into chunks`).
    in_note = in_note || (named && (w == "," || w == "("));
    named = named || (w != "," && !is_set_aside(w));
    // In the note, what is done before cooking (`, peeled and diced`, `, cut into chunks`); before the food, only
    // what is done to a food as bought (`2 cups peeled and diced potatoes`, `1 lb peeled shrimp`), and its bones
    // and skin with a weight (`1½ lb boneless, skinless chicken breasts`; `150g diced chicken breast` may be
    // leftovers).
    prepared = prepared ||
               (in_note && one_of(w, {"deveined", "peeled", "shelled", "diced", "cubed", "cut", "trimmed", "julienned",
                                   "butterflied", "deboned", "filleted"})) ||
               // `, sliced thin`, `, thinly sliced`: as for a stir-fry, where nothing follows that may say it was
               // cooked (`, thinly sliced and seared`).
               (in_note && one_of(w, {"sliced"}) && sliced_thin_last(k)) ||
               (!in_note && one_of(w, {"peeled", "shelled", "deveined", "shell-on"})) ||
               (by_mass && one_of(w, {"boneless", "skinless", "skin-on", "bone-in"})) ||
               (vegetable && one_of(w, {"chopped", "shredded", "sliced", "stemmed", "torn", "washed", "rinsed", "trimmed",
                                        "diced", "cubed", "julienned", "halved", "quartered", "grated"}));
  }
  if (!prepared) return std::nullopt;
  const std::string food_name = spaced(normalize_key(found.food.name()));
  // A frozen food is no raw one (`2 cups frozen chopped kale` is USDA's boiled frozen kale).
  if (food_name.find(" frozen ") != std::string::npos) return std::nullopt;
  // `Chicken liver, simmered` too.
  const bool cooked = food_name.find(" simmered ") != std::string::npos ||
                      std::any_of(std::begin(kCooked), std::end(kCooked), [&](std::string_view state) {
                        return food_name.find(state) != std::string::npos;
                      });
  if (!cooked) return std::nullopt;
  std::string raw = "raw";
  for (std::size_t from = 0, end; from < found.name.size(); from = end + 1) {
    end = std::min(found.name.find(' ', from), found.name.size());
    // The name to a note: `chicken breasts, cut into chunks` is `raw chicken breasts`.
    std::string_view w = std::string_view(found.name).substr(from, end - from);
    if (w == "(") break;
    const bool note = w.ends_with(',');
    while (!w.empty() && w.back() == ',') w.remove_suffix(1);
    if (!w.empty() && !is_set_aside(w)) {
      raw += ' ';
      raw += w;
    }
    if (note) break;
  }
  FoodMatch match = catalog_.find(raw);
  if (!match.food) match = catalog_.find_words(raw);
  // `chicken thigh fillets`: a bird's part without its bone is that part (`raw chicken thigh`).
  if (!match.food && (raw.ends_with(" fillets") || raw.ends_with(" fillet"))) {
    raw.erase(raw.rfind(' '));
    match = catalog_.find(raw);
    if (!match.food) match = catalog_.find_words(raw);
  }
  if (!match.food || match.food->id() == found.food.id() ||
      spaced(normalize_key(match.food->name())).find(" raw ") == std::string::npos) {
    return std::nullopt;
  }
  return Found{*match.food, raw};
}

/// `1 lemon, zested`, `zest of 1 lemon`: vitk weighs no fruit's zest; the error asks for its amount, where vitk has
/// the zest as a food of its own.
void ItemReader::fail_zest(std::size_t offset, std::string_view written, std::string_view fruit) const {
  const std::string zest = std::string(fruit) + " zest";
  fail(offset, catalog_.find(zest).food
                   ? fmt::format("vitk has no weight for the zest of one '{}'; give the zest's amount as an item of "
                                 "its own, such as 'grated {} 1 tsp'",
                                 quote_excerpt(written), zest)
                   : fmt::format("vitk has no weight for the zest of one '{}', and no food for {} (see: vitk foods "
                                 "search zest)",
                                 quote_excerpt(written), zest));
}

/// `1 egg, yolk only`, `3 large eggs (whites only)`: eggs whose note keeps one part alone are that many of the part
/// (`egg yolk`, `egg white`); a note of both parts (`, separated`, `, yolk and white separated`) is the whole egg.
std::optional<Item> ItemReader::egg_part(const Found& found, const Amount& amount, std::size_t food_first) {
  if (!amount.counts_pieces || amount.container_grams || amount.container_ml ||
      (!amount.unit.empty() && piece_size(amount.unit).empty())) {
    return std::nullopt;
  }
  // The note that keeps one part alone: `, yolks only`, `(whites only)`.
  std::size_t head = 0;
  std::string part;
  for (std::size_t k = food_first; k + 2 < words_.size() && part.empty(); ++k) {
    if (word(k) != "," && word(k) != "(") continue;
    head = k + 1;
    while (head < words_.size() && set_aside_at(head) && !one_of(word(head), {"only"})) ++head;
    if (head + 1 >= words_.size()) continue;
    const std::string said = singular(to_lower(word(head)));
    if (one_of(said, {"yolk", "white"}) && one_of(word(head + 1), {"only"})) part = said;
  }
  // Once read as the part (`egg white`), the part it is.
  if (part.empty() || to_lower(found.name).find(part) != std::string::npos) return std::nullopt;
  // The raw egg, named as an egg (not `2 fried eggs` or `2 duck eggs`, which are no hen's raw egg).
  bool hens = found.food.id() == "egg";
  for (std::size_t start = 0; start < found.name.size() && hens;) {
    // The words of the name as written (`free-range eggs`), each an egg or a word set aside.
    const std::size_t end = std::min(found.name.find(' ', start), found.name.size());
    std::string w = to_lower(found.name.substr(start, end - start));
    start = end + 1;
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
    hens = w.empty() || singular(w) == "egg" || is_set_aside(w) ||
           one_of(w, {"raw", "uncooked", "hen", "hen's", "hens", "chicken"});
  }
  if (!hens) {
    // `2 duck eggs, yolks only`: the part of another egg has no weight here; the whole egg is not what was eaten.
    if (to_lower(found.food.name()).find("egg") == std::string::npos) return std::nullopt;
    fail(words_[head].offset, fmt::format("the note keeps the {} of '{}' alone, and vitk weighs the {} of a hen's raw "
                                          "egg only; weigh it, or write such as '1 large egg {}'",
                                          part, quote_excerpt(found.name), part, part));
  }
  const FoodMatch match = catalog_.find("egg " + part);
  if (!match.food) return std::nullopt;
  // USDA weighs the part of a large egg alone (`2 medium eggs, yolks only` is no weight).
  if (!amount.unit.empty() && !match.food->find_portion(amount.unit)) {
    fail(words_[head].offset, fmt::format("the note keeps the egg's {} alone, and vitk weighs the {} of a large egg "
                                          "only; weigh it, or write such as '1 large egg {}'",
                                          part, part, part));
  }
  return make(Found{*match.food, "egg " + part}, amount, food_first);
}

/// `2 lemons, juiced`, `½ lime, juice only`: a fruit whose note says it is juiced is its juice, that many fruits'
/// worth, where vitk weighs the juice of one (`lemon juice` has USDA's `1 lemon yields`). The zest alone, a part
/// of the fruits (`juice of 1`) and the juice of a fruit vitk has no yield for are errors.
std::optional<Item> ItemReader::juiced(const Found& found, const Amount& amount, std::size_t food_first) {
  const std::string_view group = found.food.group();
  if (!amount.counts_pieces || (!amount.unit.empty() && piece_size(amount.unit).empty()) ||
      amount.container_grams || amount.container_ml || (group != "fruits" && group != "Fruits and Fruit Juices") ||
      to_lower(found.food.name()).find("juice") != std::string::npos) {
    return std::nullopt;
  }
  // A note that starts with the juice or the zest (`, juice only`, `(zest and juice)`, `, finely grated zest`),
  // not one that names them later (`, rolled in sugar and lemon juice`).
  const auto is_juice = [](std::string_view w) { return one_of(w, {"juice", "juiced", "squeezed"}); };
  const auto is_zest = [](std::string_view w) { return one_of(w, {"zest", "zested", "rind", "peel"}); };
  std::optional<std::size_t> juice;
  std::optional<std::size_t> zest;
  std::optional<std::size_t> part;
  for (std::size_t k = food_first; k < words_.size(); ++k) {
    if (word(k) != "," && word(k) != "(") continue;
    std::size_t head = k + 1;
    while (head < words_.size() && (set_aside_at(head) || one_of(word(head), {"freshly", "then"}))) {
      ++head;
    }
    // `(1 juiced, 1 cut into wedges)`: a part of the fruits, juiced.
    QuantityToken count;
    if (head + 1 < words_.size() && (is_juice(word(head + 1)) || is_zest(word(head + 1))) &&
        (parse_quantity_token(word(head), count) == QuantityStatus::ok || one_of(word(head), {"half"}))) {
      part = head;
      ++head;
    }
    if (head >= words_.size() || (!is_juice(word(head)) && !is_zest(word(head)))) continue;
    // `, peel and pith removed`, `, zest reserved`: what is taken off is no part of what counts.
    bool kept = true;
    for (std::size_t w = head; kept && w < words_.size() && word(w) != "," && word(w) != "(" && word(w) != ")"; ++w) {
      kept = !one_of(word(w), {"removed", "discarded", "reserved", "off"});
    }
    if (!kept) continue;
    // The note to its end: `juice of 1 and 1 segmented` juices a part of what was counted.
    for (std::size_t w = head; w < words_.size() && word(w) != "," && word(w) != "(" && word(w) != ")"; ++w) {
      if (!juice && is_juice(word(w))) juice = w;
      if (!zest && is_zest(word(w))) zest = w;
      QuantityToken token;
      if (!part && (parse_quantity_token(word(w), token) == QuantityStatus::ok || one_of(word(w), {"half"}))) part = w;
    }
  }
  if (!juice && !zest) return std::nullopt;
  // The fruit as the name ends: `2 unwaxed lemons` is lemon.
  std::string_view last = found.name;
  last = last.substr(0, std::min(last.find(','), last.size()));
  while (!last.empty() && last.back() == ' ') last.remove_suffix(1);
  const std::string fruit = singular(to_lower(last.substr(last.rfind(' ') + 1)));
  const std::string named(last);
  if (part) {
    fail(words_[*part].offset, fmt::format("the note says how much of '{}' is juiced or zested; write the juice, the "
                                           "zest and the fruit as items of their own, such as 'juice of 1 {}'",
                                           quote_excerpt(named), fruit));
  }
  // `1 lemon, zest and juice`: what is used of it is most of the fruit, which counts.
  if (juice && zest) return std::nullopt;
  if (zest) {
    fail_zest(words_[*zest].offset, named, fruit);
  }
  const std::string name = fruit + " juice";
  const FoodMatch match = catalog_.find(name);
  // `1 large lemon, juiced`: USDA's yield is of one lemon of a common size.
  const std::optional<std::size_t> size_at = size_word();
  if (!amount.unit.empty() || size_at || !match.food || !match.food->find_portion(fruit)) {
    fail(words_[*juice].offset,
         fmt::format("vitk has no weight for the juice of {} '{}'; give the juice's volume as an item of its own, "
                     "such as '{} 2 tbsp'",
                     size_at ? fmt::format("a {}", to_lower(word(*size_at))) : "one", quote_excerpt(named), name));
  }
  Amount of_juice = amount;
  of_juice.unit = fruit;
  of_juice.counts_pieces = false;
  return make(Found{*match.food, name}, of_juice, food_first);
}

/// `a 4 lb chicken`, `1 8- to 10-pound goose`, `2 1 1/4-pound lobsters`, `1 whole sea bass (2 pounds)`: the weight
/// of a whole bird, fish or shellfish holds its bones or shell, which vitk's foods, of the meat, do not; an error
/// rather than a count of bones as meat. Not a part (`4 6-ounce chicken breasts`, `salmon fillets`) or a weight
/// of the food alone (`500 g chicken`).
/// `3 tbsp thyme, chopped`, `1 tbsp chopped sage`: a chopped herb, or its leaves or sprigs, is a fresh one, never
/// the dried or ground herb that the name alone reads as, whose vitamin K per gram is many times a fresh one's.
void ItemReader::fail_if_fresh_herb(const Found& found, std::string_view read_as) const {
  const std::string group = std::string(found.food.group());
  if (group != "herbs and spices" && group != "Spices and Herbs") return;
  const std::string name = normalize_key(found.food.name());
  if (name.find("dried") == std::string::npos && name.find("ground") == std::string::npos) return;
  for (const Word& w : words_) {
    if (one_of(to_lower(w.text), {"dried", "dry", "ground"})) return;
  }
  for (const Word& w : words_) {
    const std::string said = to_lower(w.text);
    // `¼ tsp cayenne (or 1 tsp chopped fresh chilli)`: an alternative is another food.
    if (one_of(said, {"(", "or"})) return;
    if (!one_of(said, {"chopped", "minced", "torn", "snipped", "shredded", "leaves", "leaf", "sprig", "sprigs"})) continue;
    fail(w.offset, fmt::format("{} is the dried herb, and '{}' is said of a fresh one, which vitk has no food for; "
                               "write 'dried' where the herb is dried",
                               read_as, quote_excerpt(w.text)));
  }
}

/// `6 good quality sausages`, `2 pork sausages`: a count of sausages may be of breakfast links (21 g), bangers or
/// bratwursts (85 g), so it is no weight unless the item names the link or patty it counts.
void ItemReader::fail_if_sausages_counted(const Found& found, const Amount& amount, std::string_view read_as) const {
  if (found.food.id() != "pork-sausage" || !amount.counts_pieces || !amount.unit.empty() || amount.container_grams ||
      amount.container_ml) {
    return;
  }
  for (const std::string& word : singular_words(found.name)) {
    if (one_of(word, {"link", "patty", "breakfast"})) return;
  }
  fail(amount.offset, fmt::format("{} may be breakfast links (21 g), bangers or bratwursts (85 g), so a count of "
                                  "sausages is no weight; give a weight, such as 'sausages 150 g', or write "
                                  "'breakfast sausage links'",
                                  read_as));
}

/// `rice 100g (before cooking)`, `pasta 75g (dry weight)`: an amount weighed before cooking is of the raw or dry
/// food, never of the cooked one, which weighs two or three times as much; an error where the food read is cooked.
void ItemReader::fail_if_weighed_raw(const Found& found, std::string_view read_as) const {
  const std::string name = spaced(normalize_key(found.food.name()));
  const bool cooked = name.find(" cooked ") != std::string::npos ||
                      std::any_of(std::begin(kMethodsInNames), std::end(kMethodsInNames),
                                  [&](std::string_view method) { return name.find(method) != std::string::npos; });
  if (!cooked) return;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string said = to_lower(word(k));
    std::size_t next = k + 1;
    if (said == "prior" && next + 1 < words_.size() && to_lower(word(next)) == "to") ++next;
    const std::string after = next < words_.size() ? to_lower(word(next)) : std::string();
    const bool before = (one_of(said, {"before", "prior", "pre"}) && one_of(after, {"cooking", "cooked", "boiling"})) ||
                        one_of(said, {"pre-cooking"});
    const bool weight = (one_of(said, {"raw", "uncooked", "dry", "dried"}) &&
                         one_of(after, {"weight", "weighed", "wt"})) ||
                        (one_of(said, {"weighed", "measured"}) && one_of(after, {"dry", "raw", "uncooked"}));
    // `100g couscous, dry`, `1 cup dal (dry)`: dry alone, as a note of a grain or a legume, is the dry food.
    const bool dry = said == "dry" && k > 0 && one_of(word(k - 1), {",", "("}) &&
                     (next >= words_.size() || one_of(word(next), {",", ")"})) &&
                     one_of(food_kind(found.food.group()), {"grain", "legume"});
    if (!before && !weight && !dry) continue;
    // A note of the weight: in a parenthesis, after a comma, or after `weighed` (not `steaks, removed from the
    // fridge 15 minutes before cooking`).
    if (before && k > 0 && !one_of(to_lower(word(k - 1)), {"(", ",", "weighed", "weight", "measured"})) continue;
    // `2 cups cooked pasta (4 oz dry weight)`: an equivalent of the raw food, with its own amount, is a note.
    std::size_t open = k;
    while (open > 0 && word(open) != "(" && word(open) != ")") --open;
    bool equivalent = false;
    for (std::size_t j = open + 1; word(open) == "(" && j < k; ++j) {
      QuantityToken token;
      equivalent = equivalent || parse_quantity_token(word(j), token) == QuantityStatus::ok;
    }
    if (equivalent) continue;
    std::string_view plain = without_trailing_comma(found.name);
    plain = trim(plain.substr(0, plain.find(',')));  // `couscous, dry`: the name before its note
    const std::size_t said_end = one_of(said, {"pre-cooking"}) || dry ? k + 1 : next + 1;
    fail(words_[k].offset, fmt::format("'{}' says the amount is of the raw or dry food, and {} is cooked (expected "
                                       "the name of the raw one, such as 'uncooked {}')",
                                       quote_excerpt(span(k, said_end)), read_as, quote_excerpt(plain)));
  }
}

/// `1 cup peas (from a can)`, `corn, from a tin`: a food from a can is canned: the canned food of the name where
/// vitk has it, and else an error, never the fresh or cooked food read without the note.
std::optional<ItemReader::Found> ItemReader::from_can(const Found& given) const {
  const auto canned = [](const Food& food) {
    const std::string name = spaced(normalize_key(food.name()));
    return std::any_of(std::begin(kKeptSo), std::end(kKeptSo),
                       [&](std::string_view kept) { return name.find(kept) != std::string::npos; });
  };
  // Only a food that its name says is raw, fresh or cooked: what is sold in a can or a jar anyway comes from one
  // (`coconut milk from a tin`, `peanut butter from a jar`).
  const std::string name = spaced(normalize_key(given.food.name()));
  const bool as_bought = name.find(" raw ") != std::string::npos || name.find(" fresh ") != std::string::npos ||
                         name.find(" cooked ") != std::string::npos ||
                         std::any_of(std::begin(kMethodsInNames), std::end(kMethodsInNames),
                                     [&](std::string_view method) { return name.find(method) != std::string::npos; });
  if (canned(given.food) || sold_canned(given.food) || !as_bought) return std::nullopt;
  // Produce, fish or meat from a jar is kept so.
  const bool kept_in_jar = one_of(food_kind(given.food.group()), {"vegetable", "fruit", "legume", "fish", "meat"});
  for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
    // `1 ripe peach (or 2 peach halves from a tin)`: an alternative is another food.
    if (to_lower(word(k)) == "or") return std::nullopt;
    if (to_lower(word(k)) != "from") continue;
    std::size_t at = k + 1;
    if (one_of(to_lower(word(at)), {"a", "an", "the", "one"})) ++at;
    if (at >= words_.size() || !one_of(singular(to_lower(word(at))), {"can", "tin", "jar"}) ||
        (singular(to_lower(word(at))) == "jar" && !kept_in_jar)) {
      continue;
    }
    // `1 cup cooked chickpeas from a can`: canned chickpeas.
    std::string as_canned = "canned";
    for (const std::string& w : singular_words(without_trailing_comma(given.name))) {
      if (!is_state_word(w)) as_canned += " " + w;
    }
    if (const FoodMatch match = catalog_.find(as_canned); match.food && canned(*match.food)) {
      return Found{*match.food, as_canned};
    }
    // `1 cup black beans from a can`: canned beans are cooked beans, as a can of them is read (`1 can kidney beans`).
    if (food_kind(given.food.group()) == "legume" && name.find(" raw ") == std::string::npos) return std::nullopt;
    const std::string read_as = fmt::format("'{}' ({}, {})", quote_excerpt(given.name), given.food.id(),
                                            given.food.name());
    fail(words_[k].offset, fmt::format("'{}' says the food is canned, and {} is not (expected the name of a canned "
                                       "one, such as one that 'vitk foods search {}' lists)",
                                       quote_excerpt(span(k, at + 1)), read_as, quote_excerpt(as_canned)));
  }
  return std::nullopt;
}

/// `2 slices bread, whole grain`, `rice (wholegrain) 1 cup`, `pasta (whole wheat)`: a bread, a pasta, a rice or a
/// flour said to be of whole grain, in a note that the reading set aside, is no white one, whose vitamin K and fibre
/// differ; an error where the food read is not of whole grain.
void ItemReader::fail_if_whole_grain_dropped(const Found& found, std::string_view read_as) const {
  if (food_kind(found.food.group()) != "grain") return;
  const std::string name = spaced(normalize_key(std::string(found.food.name()) + " " + std::string(found.food.id())));
  for (const std::string_view whole : {" whole ", " wholemeal ", " multi grain ", " multigrain ", " wholegrain ",
                                       " brown ", " rye ", " pumpernickel ", " spelt ", " bran ", " oat ", " oats ",
                                       " oatmeal ",
                                       " porridge ", " quinoa ", " barley ", " buckwheat ", " millet ", " bulgur ",
                                       " popcorn ", " wild ", " farro ", " amaranth ", " teff ", " sorghum ", " corn ",
                                       " cornmeal ", " granola ", " muesli "}) {
    if (name.find(whole) != std::string::npos) return;
  }
  for (std::size_t k = 0; k < words_.size(); ++k) {
    // `plain or wholemeal flour`, `(white or wholemeal)`: a later alternative is another food.
    if (to_lower(word(k)) == "or") return;
    const std::string said = normalize_key(word(k));
    const std::string next = k + 1 < words_.size() ? normalize_key(word(k + 1)) : std::string();
    const bool whole = one_of(said, {"wholegrain", "whole grain", "wholemeal", "whole wheat", "wholewheat",
                                     "multigrain", "multi grain"}) ||
                       (said == "whole" && one_of(next, {"grain", "wheat", "meal", "grains"}));
    // `white bread (not wholemeal)`.
    if (!whole || (k > 0 && one_of(to_lower(word(k - 1)), {"not", "no", "non"}))) continue;
    const std::string_view written = said == "whole" ? span(k, k + 2) : word(k);
    const std::string_view last = std::string_view(found.name).substr(found.name.rfind(' ') + 1);
    fail(words_[k].offset, fmt::format("'{}' is said of {}, which is no whole-grain food (expected the name of a "
                                       "whole-grain one, such as one that 'vitk foods search {} {}' lists)",
                                       quote_excerpt(written), read_as, quote_excerpt(written), quote_excerpt(last)));
  }
}

/// `1 cup milk, powdered`, `tomato soup (condensed)`, `minestrone, undiluted`: a form of a food that holds several
/// times its nutrients per gram is never set aside; an error where the food read is not in that form. Not a later
/// alternative, nor juice `from concentrate`, which is made up to drink.
void ItemReader::fail_if_form_dropped(const Found& found, std::string_view read_as) const {
  const std::string name = spaced(normalize_key(found.food.name()));
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string said = to_lower(word(k));
    if (said == "or") return;
    if (!one_of(said, {"condensed", "undiluted", "concentrate", "concentrated", "powder", "powdered", "evaporated"})) {
      continue;
    }
    if (k > 0 && to_lower(word(k - 1)) == "from") continue;
    // A powder only of a milk, an egg or a drink: a spice's powder is the ground spice (`cumin powder`, `powdered
    // ginger`), and a nut or a grain ground `to a powder` is the food.
    const bool powder = said.starts_with("powder");
    if (powder && !one_of(food_kind(found.food.group()), {"dairy", "drink"}) && !is_drink(found.food)) continue;
    const std::string stem = said.starts_with("concentrat") ? "concentrat" : powder ? "powder" : said;
    // Undiluted is of a condensed soup or a concentrate.
    const bool in_form = said == "undiluted" ? name.find(" condensed ") != std::string::npos ||
                                                   name.find(" concentrat") != std::string::npos ||
                                                   name.find(" undiluted ") != std::string::npos
                                             : name.find(" " + stem) != std::string::npos;
    if (in_form) continue;
    fail(words_[k].offset, fmt::format("'{}' says which form of the food is meant, and {} is not in that form "
                                       "(expected the name of the {} food, such as one that 'vitk foods search {} {}' "
                                       "lists)",
                                       quote_excerpt(word(k)), read_as, quote_excerpt(word(k)), quote_excerpt(word(k)),
                                       quote_excerpt(without_trailing_comma(found.name))));
  }
}

/// The pantry words of other languages that name a staple (olive oil, sugar, salt, butter, milk and flour), and the
/// names of other languages that diaries write for foods vitk has.
constexpr std::string_view kForeignStaples[] = {
    "huile d olive", "olivenöl", "aceite de oliva", "olio d oliva", "olio di oliva", "olijfolie", "olivolja", "azeite",
    "zucker", "suiker", "zucchero", "azúcar", "sucre", "socker", "sukker", "sel", "salz", "zout", "sal", "beurre",
    "smör", "smør", "mantequilla", "boter", "burro", "lait", "milch", "melk", "leche", "mjölk", "mælk", "mehl",
    "weizenmehl", "farine", "harina", "mjöl",
    "foie de veau", "kalfslever", "kalbsleber", "espinacas", "espinaca", "spinat", "spinaci", "spinazie", "épinards",
    "blattspinat", "brocolis", "goudse kaas", "goudse", "jonge kaas", "leberwurst", "leverworst", "leverpostej", "inlagd sill",
    "roggenbrot", "roggebrood", "rugbrød", "rågbröd", "vollkornbrot", "volkorenbrood", "pain complet",
    "kapusta kiszona", "kiszona kapusta", "ogórki kiszone", "ogórek kiszony", "pão francês", "rotkohl", "karnemelk",
    "magerquark", "grünkohl", "boerenkool", "spruitjes", "rosenkohl", "choux de bruxelles", "frijoles refritos"};

/// `1 cup leche, evaporada`, `farine (complète)`: after a staple named in another language, a word of that language
/// in a note may say which kind of it is meant (evaporated milk, wholemeal flour), which vitk cannot read; an error,
/// unless the note is words that vitk sets aside.
void ItemReader::fail_if_foreign_note(const Found& found, std::string_view read_as) const {
  // The names as compared, folded once: this check runs for every item of the full reader.
  static const std::vector<std::string> folded = [] {
    std::vector<std::string> out;
    for (const std::string_view staple : kForeignStaples) out.push_back(to_lower(normalize_key(staple)));
    return out;
  }();
  const std::string written = to_lower(normalize_key(without_trailing_comma(found.name)));
  if (std::find(folded.begin(), folded.end(), written) == folded.end()) return;
  const std::vector<std::string> named = singular_words(found.name);
  bool note = false;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    note = note || one_of(word(k), {",", "("});
    if (!note || !letters_only(word(k)) || number_word(word(k)) || set_aside_at(k) || is_state_word(word(k))) {
      continue;
    }
    const std::string lower = singular(normalize_key(word(k)));
    if (std::find(named.begin(), named.end(), lower) != named.end() || is_measure(canonical_unit(word(k)))) continue;
    std::size_t end = k;
    while (end < words_.size() && !one_of(word(end), {",", ")"})) ++end;
    fail(words_[k].offset,
         fmt::format("'{}' after {}, a name in another language, may say which kind of it is meant, which vitk does "
                     "not read (expected the English name of that kind, or the food's name without the note)",
                     quote_excerpt(span(k, end)), read_as));
  }
}

/// `2 tbsp Miracle Whip, light`, `1 cup yogurt, nonfat`, `cream cheese (light)`: a note that says the food has less
/// fat names a kind of it whose vitamin K may differ (K1 is carried in fat: vitk's mayonnaise has 163 µg per 100 g,
/// USDA's light mayonnaise dressing 53.7; USDA's cream cheese 2.1, its low-fat one 1.1); an error where the food
/// read says no such kind, as the reader sets other notes aside (`1 cup milk, low fat` reads USDA's low-fat milk).
void ItemReader::fail_if_fat_note(const Found& found, std::size_t food_first, std::string_view read_as) const {
  static constexpr std::string_view kLessFat[] = {"light", "lite", "low fat", "low-fat", "lowfat", "reduced fat",
                                                  "reduced-fat", "fat free", "fat-free", "nonfat", "non-fat", "skim",
                                                  "skimmed", "part skim", "part-skim", "semi-skimmed", "half fat",
                                                  "half-fat", "less fat", "0% fat", "0%"};
  for (std::size_t open = food_first + 1; open < words_.size(); ++open) {
    if (!one_of(word(open), {",", "("})) continue;
    std::size_t end = open + 1;
    while (end < words_.size() && !one_of(word(end), {",", "(", ")"})) ++end;
    std::string said;
    for (std::size_t k = open + 1; k < end; ++k) {
      if (set_aside_at(k) && !one_of(to_lower(word(k)), {"light", "lite"})) continue;
      if (!said.empty()) said += ' ';
      said += to_lower(word(k));
    }
    if (std::find(std::begin(kLessFat), std::end(kLessFat), said) == std::end(kLessFat)) continue;
    // Not a choice (`milk (skim, low-fat, or whole)`).
    bool choice = false;
    for (std::size_t k = open + 1; k < words_.size() && word(k) != ")"; ++k) choice = choice || one_of(word(k), {"or"});
    if (choice) continue;
    // Light alone is less fat only in a dairy food, a cheese, a spread or a dressing: light brown sugar is a colour,
    // light soy sauce thin, a light olive oil refined, a lite beer or syrup less sugar.
    const std::string_view group = found.food.group();
    const bool fatty = one_of(group, {"dairy", "cheese", "fats and oils", "sauces", "Dairy and Egg Products",
                                      "Fats and Oils", "Soups, Sauces, and Gravies"}) &&
                       spaced(normalize_key(found.food.name())).find(" oil ") == std::string::npos;
    // But where vitk knows the light kind of the food by that name (`beer (light)`: light beer), it is an error.
    if (one_of(said, {"light", "lite"}) && !fatty) {
      const std::string light_name = fmt::format("light {}", span(food_first, open));
      const std::optional<Food> light = food_named(light_name);
      if (!light || light->id() == found.food.id()) continue;
      fail(words_[open + 1].offset,
           fmt::format("'{}' after {} names another kind of it, '{}' ({}, {}), which vitk does not read so (expected "
                       "that kind's own name)",
                       quote_excerpt(span(open + 1, end)), read_as, quote_excerpt(light_name), light->id(),
                       light->name()));
    }
    // The food read is such a kind, by its name or by the words that named it (`1 cup milk, skim` is skim milk).
    const std::string name = spaced(normalize_key(found.food.name()) + " " + normalize_key(found.name));
    bool kind = false;
    for (const std::string_view less : {" light ", " lite ", " low fat ", " lowfat ", " reduced fat ", " fat free ",
                                        " nonfat ", " non fat ", " skim ", " skimmed ", " part skim ", " 1% ",
                                        " 1 ", " 2% ", " 2 ", " reduced calorie ", " low calorie ", " diet "}) {
      kind = kind || name.find(less) != std::string::npos;
    }
    if (kind) continue;
    fail(words_[open + 1].offset,
         fmt::format("'{}' after {} may name a kind of it with less fat, whose vitamin K may differ, which vitk does "
                     "not read with it (expected that kind's own name, such as one that 'vitk foods search {}' lists, "
                     "or the food's name without the note)",
                     quote_excerpt(span(open + 1, end)), read_as, quote_excerpt(span(food_first, open))));
  }
}

/// `150g rode kool, gestoofd met appel`: a word of another language for a way of cooking, in a note that vitk reads no
/// further, never leaves the raw food read.
void ItemReader::fail_if_cooked_abroad_dropped(const Found& found, std::string_view read_as) const {
  bool note = false;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    note = note || one_of(word(k), {",", "("});
    if (!note || (!is_cooked_abroad(word(k)) && !is_cooked_otherwise_abroad(word(k)))) continue;
    if (spaced(normalize_key(found.food.name())).find(" raw ") == std::string::npos) return;
    fail(words_[k].offset,
         fmt::format("'{}' says how the food was cooked, and {} is raw (expected the way of cooking alone after a "
                     "comma, such as ', {}', and each other food as an item of its own)",
                     quote_excerpt(word(k)), read_as, quote_excerpt(word(k))));
  }
}

// The words of the names of a bird's dark parts, and of birds whose meat is all dark.
constexpr std::string_view kDarkParts[] = {" thigh ", " leg ", " drumstick ", " wing ", " duck ", " goose ", " quail ",
                                           " pheasant ", " pigeon ", " squab "};

/// `3 oz roast turkey, dark meat`, `4 oz chicken (thigh)`: a note of one cut of a bird or its dark or white meat,
/// alone, says which part is meant: an error where the food read is not that part (USDA's roasted turkey breast has
/// a fifth of the K2 of its dark meat).
void ItemReader::fail_if_cut_noted(const Found& found, std::size_t food_first, std::string_view read_as) const {
  if (food_kind(found.food.group()) != "meat") return;
  // Not a list of the parts a whole bird is cut into (`chicken, cut in 8 pieces including the breast, legs, and
  // wings`), nor a choice.
  for (const Word& w : words_) {
    if (one_of(to_lower(w.text), {"and", "or", "&", "including", "combination", "whole", "pieces", "cut"})) return;
  }
  for (std::size_t open = food_first + 1; open < words_.size(); ++open) {
    if (!one_of(word(open), {",", "("})) continue;
    std::size_t end = open + 1;
    while (end < words_.size() && !one_of(word(end), {",", "(", ")"})) ++end;
    std::vector<std::string> kept;
    for (std::size_t k = open + 1; k < end; ++k) {
      const std::string w = singular(to_lower(word(k)));
      if (!one_of(w, {"only", "the", "just", "part", "meat", "portion", "piece"})) kept.push_back(w);
    }
    const bool meat = std::any_of(words_.begin() + static_cast<std::ptrdiff_t>(open + 1),
                                  words_.begin() + static_cast<std::ptrdiff_t>(end),
                                  [](const Word& w) { return to_lower(w.text) == "meat"; });
    if (kept.size() != 1) continue;
    const std::string& part = kept.front();
    // `3 oz turkey, dark`: dark or white alone, but `light` only of the meat (`ham, light` may be its fat).
    const bool colour = (one_of(part, {"dark", "white"}) || (part == "light" && meat));
    if (!colour && !one_of(part, {"breast", "thigh", "leg", "wing", "drumstick"})) continue;
    const std::string names =
        " " + join(singular_words(fmt::format("{} {}", found.food.name(), found.name)), " ") + " ";
    const std::string_view as = part == "white" ? "light" : std::string_view(part);
    // `chicken thigh, dark`, `duck, dark`: a dark part, or a bird of dark meat alone, is dark meat.
    const auto named_so = [&](std::string_view w) { return names.find(w) != std::string::npos; };
    const bool dark = part == "dark" && std::any_of(std::begin(kDarkParts), std::end(kDarkParts), named_so);
    if (dark || names.find(fmt::format(" {} ", as)) != std::string::npos ||
        (part == "white" && names.find(" white ") != std::string::npos) ||
        (one_of(part, {"white", "light"}) && names.find(" breast ") != std::string::npos)) {
      continue;
    }
    fail(words_[open + 1].offset,
         fmt::format("'{}' says which part of the bird or animal is meant, and {} is not that part (expected the name "
                     "of that part, such as one that 'vitk foods search {} {}' lists)",
                     quote_excerpt(span(open + 1, end)), read_as, quote_excerpt(before_comma(found.name)),
                     quote_excerpt(span(open + 1, end))));
  }
}

/// `1 cup radishes, greens`, `1 cup parsley, root`, `carrots (tops)`: a note of one part of a plant, alone, names
/// its greens or its root, another food than the one read, unless the food read is that part: a leaf of a herb or
/// of a leafy food (`basil, leaves`, `spinach, leaves`), the root of a root (`ginger, root`, `beets, root`).
void ItemReader::fail_if_part_named(const Found& found, std::size_t food_first, std::string_view read_as) const {
  for (std::size_t open = food_first + 1; open < words_.size(); ++open) {
    if (!one_of(word(open), {",", "("})) continue;
    std::size_t end = open + 1;
    while (end < words_.size() && !one_of(word(end), {",", "(", ")"})) ++end;
    // The note's words but `only`, `the` and `part`: `, greens only`, `(the tops)`, `, green parts`.
    std::vector<std::size_t> kept;
    for (std::size_t k = open + 1; k < end; ++k) {
      if (!one_of(singular(to_lower(word(k))), {"only", "the", "just", "part"})) kept.push_back(k);
    }
    if (kept.size() != 1) continue;
    const std::string part = singular(to_lower(word(kept.front())));
    // `green` alone is a colour (`peppers, red, green, or yellow`, `(green) pistachios`); `greens` and `green part`
    // are the leaves.
    const bool colour = to_lower(word(kept.front())) == "green" &&
                        std::none_of(words_.begin() + static_cast<std::ptrdiff_t>(open + 1),
                                     words_.begin() + static_cast<std::ptrdiff_t>(end),
                                     [](const Word& w) { return singular(to_lower(w.text)) == "part"; });
    if (colour) continue;
    const bool leaves = one_of(part, {"leaf", "leave", "green", "top", "frond"});
    if (!leaves && part != "root") continue;
    // The food's names, only for an item with such a note: this check runs for every item of the full reader.
    const std::string names = " " + join(singular_words(fmt::format("{} {} {}", found.food.name(), found.food.id(),
                                                                       found.name)),
                                                   " ") +
                              " ";
    const auto has = [&](std::initializer_list<std::string_view> words) {
      return std::any_of(words.begin(), words.end(),
                         [&](std::string_view w) { return names.find(fmt::format(" {} ", w)) != std::string::npos; });
    };
    const bool herb = found.food.group().find("herb") != std::string_view::npos;
    const bool leafy =
        herb || has({"leaf", "leave", "green", "top", "lettuce", "spinach", "kale", "chard", "cabbage", "collard",
                     "watercress", "cress", "arugula", "rocket", "endive", "escarole", "radicchio", "chicory", "choy",
                     "choi", "pak", "purslane", "sorrel", "nettle", "dandelion", "amaranth", "moringa", "mizuna",
                     "tatsoi", "romaine", "iceberg", "mesclun", "salad", "shungiku", "callaloo", "jute", "molokhia",
                     "lamb's", "mache", "frisee", "kangkong", "scallion", "spring"});
    const bool root_food =
        has({"root"}) || !(leafy || has({"celery", "parsley", "cilantro", "coriander", "fennel", "leek", "onion",
                                         "scallion"}));
    // The tops of broccoli and asparagus are the food.
    if (part == "top" && has({"broccoli", "asparagus", "cauliflower", "broccolini"})) continue;
    if (leaves ? leafy : root_food) continue;
    // The food's name as written, without its states (`celery, root, boiled`): `celery root`.
    std::string plant;
    for (const std::string& w : key_words(without_trailing_comma(found.name))) {
      if (!is_state_word(w)) plant += (plant.empty() ? "" : " ") + w;
    }
    fail(words_[kept.front()].offset,
         fmt::format("'{}' names a part of the plant that may be another food than {}, which vitk does not read "
                     "with it (expected the name of that part's food, such as one that 'vitk foods search {} {}' "
                     "lists, or the food's name without the note)",
                     quote_excerpt(span(open + 1, end)), read_as, quote_excerpt(plant),
                     quote_excerpt(word(kept.front()))));
  }
}

/// `half a sweetheart cabbage`, `1 head hispi cabbage`: a pointed cabbage is read as USDA's green cabbage, whose head
/// is a round one of 908 g; a pointed head weighs about half that, so a count of heads is no weight.
void ItemReader::fail_if_pointed_cabbage_counted(const Found& found, const Amount& amount,
                                                 std::string_view read_as) const {
  if (!found.food.id().starts_with("cabbage") || amount.container_grams || amount.container_ml) return;
  // `1 sweetheart cabbage (about 500g)`: a weight given counts.
  for (std::size_t k = 0; k < words_.size(); ++k) {
    QuantityToken token;
    if (parse_quantity_token(word(k), token) != QuantityStatus::ok) continue;
    const std::string unit = canonical_unit(token.unit.empty() && k + 1 < words_.size() ? word(k + 1) : token.unit);
    if (grams_per_mass_unit(unit)) return;
  }
  const bool pointed = std::any_of(words_.begin(), words_.end(), [](const Word& w) {
    return one_of(singular(to_lower(w.text)), {"pointed", "hispi", "sweetheart"});
  });
  if (!pointed || !((amount.counts_pieces && amount.unit.empty()) || amount.unit.starts_with("head"))) return;
  fail(amount.offset, fmt::format("{} is USDA's round green cabbage, whose head weighs 908 g, and a pointed cabbage's "
                                  "head is smaller; give a weight, such as 'pointed cabbage 300 g'",
                                  read_as));
}

/// `sardines in tomato sauce`, `pineapple in juice`, `peaches in syrup`: what a canned or jarred food is packed in,
/// right after its name, chooses the food packed so where vitk has it, and is else an error where the food read is
/// not packed at all (fresh, dried or cooked) or is packed in another medium, whose vitamin K per gram differs. What
/// a canned food's name leaves unsaid is its own (`canned tomatoes in juice`), and water chooses
/// nothing but against another medium that the name says (`chickpeas in water`; `sardines in water` is no sardines
/// canned in oil). Not a step of a recipe (`beans, soaked in water`, `asparagus, blanched in boiling water`).
std::optional<ItemReader::Found> ItemReader::packed_in(const Found& given, std::size_t food_first) const {
  // The medium in English: German and Dutch write `in` too (`Thunfisch in Öl`, `tonijn in olie`, `in Salzlake`).
  const auto english = [](std::string_view w) {
    const std::string key = singular(normalize_key(w));
    if (one_of(key, {"ol", "olie"})) return std::string("oil");
    if (one_of(key, {"wasser"})) return std::string("water");
    if (one_of(key, {"salzlake", "lake", "pekel"})) return std::string("brine");
    return key;
  };
  const auto medium = [&](std::string_view w) {
    return one_of(english(w), {"oil", "water", "brine", "juice", "syrup", "sauce", "gravy"});
  };
  std::size_t in = food_first + 1;
  while (in < words_.size() && letters_only(word(in)) && to_lower(word(in)) != "in") ++in;
  // `1 can tuna (in oil)`, `(packed in oil)`: in a parenthesis of its own.
  if (in + 2 < words_.size() && word(in) == "(" && to_lower(word(in + 1)) == "packed") ++in;
  if (in + 1 < words_.size() && one_of(word(in), {"(", "packed"}) && to_lower(word(in + 1)) == "in") ++in;
  if (in + 1 >= words_.size() || to_lower(word(in)) != "in" ||
      (to_lower(word(in - 1)).ends_with("ed") && to_lower(word(in - 1)) != "packed")) {
    return oil_packed(given, food_first);
  }
  std::size_t end = in + 1;
  while (end < words_.size() && end <= in + 3 && letters_only(word(end)) && !medium(word(end))) ++end;
  if (end >= words_.size() || !medium(word(end)) ||
      (end + 1 < words_.size() && !one_of(word(end + 1), {",", "(", ")"}) && to_lower(word(end + 1)) != "drained")) {
    return std::nullopt;
  }
  const std::string head = english(word(end));
  const std::string name = spaced(normalize_key(given.food.name()));
  // A food whose name says it is the medium itself (`200g chicken in gravy` is no `Gravy, chicken, canned`).
  const auto is_medium = [&](const Food& food) {
    const std::string_view full_name = food.name();
    const std::vector<std::string> kind =
        singular_words(full_name.substr(0, std::min(full_name.find(','), full_name.size())));
    return !kind.empty() && kind.back() == head && singular(normalize_key(word(in - 1))) != head;
  };
  const auto says = [&](std::string_view part) { return name.find(part) != std::string::npos; };
  // The words of the medium that say which (`tomato sauce`, `chilli sauce`), each of the name's, for a sauce.
  std::vector<std::string> which;
  for (std::size_t k = in + 1; k < end; ++k) {
    const std::string w = singular(normalize_key(word(k)));
    if (!one_of(w, {"a", "the", "its", "their", "own", "natural", "light", "heavy", "extra", "virgin", "olive",
                    "sunflower", "vegetable", "rapeseed", "spring", "fruit", "salted", "some"})) {
      which.push_back(w);
    }
  }
  // Brine is salted water: `tuna in brine` is tuna canned in water.
  const bool named = (says(" " + head + " ") || (head == "brine" && says(" water "))) &&
                     std::all_of(which.begin(), which.end(), [&](const std::string& w) { return says(" " + w + " "); });
  if (named) return std::nullopt;
  const bool packed = says(" canned ") || says(" jarred ") || says(" packed ") || says(" pickled ") ||
                      says(" bottled ") || says(" pack ");
  const bool other_medium = says(" in oil ") || says(" in water ") || says(" in brine ") || says(" water pack ") ||
                            says(" juice pack ") || says(" syrup ") || says(" in tomato sauce ") || says(" oil pack ");
  // A sauce or a gravy is more than a canned food's own liquid, where the food is drained (`mackerel in tomato
  // sauce` is no mackerel canned, drained; `baked beans in tomato sauce` are canned baked beans); a cooked
  // vegetable's own juice is its cooking's (`cooked beetroot in natural juices`).
  const bool sauce = (head == "sauce" || head == "gravy") && says(" drained ");
  if ((packed && !other_medium && !sauce) || (head == "juice" && says(" cooked "))) return std::nullopt;
  // `sweetcorn in water` is canned where vitk has it so, and else the food read; so is a food in brine, as cheeses,
  // pickles and tofu are kept (`feta in brine`).
  const bool water = (head == "water" || head == "brine") && !other_medium;
  if (water && !says(" raw ")) return std::nullopt;
  // The food packed so: `pineapple in juice` is USDA's pineapple canned in its juice.
  std::string plain;
  for (const std::string& w : singular_words(given.name)) {
    if (!is_state_word(w)) plain += (plain.empty() ? "" : " ") + w;
  }
  const std::string medium_words(span(in + 1, end + 1));
  // USDA's canned fruits are packed `solids and liquids`, apricots `with skin` (`Peaches, canned, juice pack,
  // solids and liquids`).
  const std::string whole = fmt::format("{} canned {} pack solids and liquids", plain, medium_words);
  const std::string whole_head = fmt::format("{} canned {} pack solids and liquids", plain, head);
  for (const std::string& guess :
       {fmt::format("{} canned {}", plain, medium_words), fmt::format("{} canned {} pack", plain, head),
        fmt::format("{} {}", plain, medium_words), fmt::format("{} in {}", plain, medium_words), whole, whole_head,
        whole + " with skin", whole_head + " with skin"}) {
    const FoodMatch match = catalog_.find_words(guess);
    if (!match.food || match.food->id() == given.food.id() || is_medium(*match.food)) continue;
    // The food packed so, never the medium itself (`prunes in juice` are no prune juice).
    const std::string found_name = spaced(normalize_key(match.food->name()));
    const bool canned = found_name.find(" canned ") != std::string::npos ||
                        found_name.find(" pack ") != std::string::npos ||
                        found_name.find(" packed ") != std::string::npos;
    if (canned && (water || found_name.find(" " + head + " ") != std::string::npos) &&
        found_name.find(" " + head + " canned ") == std::string::npos) {
      return Found{*match.food, std::string(span(food_first, end + 1))};
    }
  }
  if (head == "water" && water) return std::nullopt;
  fail(words_[in].offset,
       fmt::format("'{}' is not what '{}' ({}, {}) is, and vitk has no '{}' packed so (expected the food as vitk has "
                   "it, with what it is packed in as an item of its own, or the id of a food from 'vitk foods search "
                   "{}')",
                   quote_excerpt(span(in, end + 1)), quote_excerpt(given.name), given.food.id(), given.food.name(),
                   quote_excerpt(given.name), quote_excerpt(given.name)));
}

/// `1 can tuna (oil packed)`, `oil-packed tuna`: the food packed in oil or water, where the canned food read is packed
/// otherwise; else an error, as for what a food is packed in (packed_in).
std::optional<ItemReader::Found> ItemReader::oil_packed(const Found& given, std::size_t food_first) const {
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string said = to_lower(word(k));
    const bool glued = one_of(said, {"oil-packed", "water-packed"});
    if (!glued && !(one_of(said, {"oil", "water"}) && k + 1 < words_.size() && to_lower(word(k + 1)) == "packed")) {
      continue;
    }
    const std::string medium = said.substr(0, said.find('-'));
    const std::string name = spaced(normalize_key(given.food.name()));
    if (name.find(" " + medium + " ") != std::string::npos) return std::nullopt;
    std::string plain;
    for (const std::string& w : singular_words(given.name)) {
      if (!is_state_word(w) && w != medium && w != "packed" && w != said) plain += (plain.empty() ? "" : " ") + w;
    }
    const FoodMatch match = catalog_.find(fmt::format("{} in {}", plain, medium));
    if (match.food && spaced(normalize_key(match.food->name())).find(" canned ") != std::string::npos) {
      return Found{*match.food, std::string(span(food_first, std::min(k + (glued ? 1 : 2), words_.size())))};
    }
    fail(words_[k].offset,
         fmt::format("'{}' is not what '{}' ({}, {}) is, and vitk has no '{}' packed so (expected the food as vitk has "
                     "it, or the id of a food from 'vitk foods search {}')",
                     quote_excerpt(span(k, k + (glued ? 1 : 2))), quote_excerpt(given.name), given.food.id(),
                     given.food.name(), quote_excerpt(plain), quote_excerpt(plain)));
  }
  return std::nullopt;
}

/// The food in the state that a parenthesis right after its name holds, where the reading did not take it
/// (`2 eggs (fried)` is fried eggs); an error where vitk has no such food (`1 cup broccoli (roasted)`).
/// `spinach 200 g, frozen`, `1 cup frozen broccoli florets`: a food read without the word `frozen` that the item
/// says is the food that `frozen` and its name name, where vitk has that (frozen spinach has a fifth less vitamin K1
/// than raw), and no other state, choice, condition or negation is said (`frozen spinach, cooked` has its own rules).
std::optional<ItemReader::Found> ItemReader::frozen_kept(const Found& given) const {
  // Not in parentheses, nor said with a choice or a condition (`1 cup spinach, fresh or frozen`, `peas, thawed if
  // frozen`), where the food written first counts.
  // This runs for every item: a word's length and first letter first.
  if (std::none_of(words_.begin(), words_.end(), [](const Word& w) {
        return w.text.size() == 6 && (w.text[0] == 'f' || w.text[0] == 'F') && to_lower(w.text) == "frozen";
      })) {
    return std::nullopt;
  }
  bool frozen = false;
  std::size_t depth = 0;
  // `spinach 1 cup (frozen)`, `peas 1 cup (from frozen, thawed)`: a parenthesis that says only that the food was
  // frozen, with words that change no food.
  const auto says_frozen = [&](std::size_t k) {
    std::size_t open = k;
    while (open > 0 && word(open) != "(") --open;
    std::size_t close = k;
    while (close < words_.size() && word(close) != ")") ++close;
    for (std::size_t j = open + 1; j < close; ++j) {
      if (!(j == k || word(j) == "," || one_of(to_lower(word(j)), {"from", "thawed", "defrosted"}) ||
            set_aside_at(j))) {
        return false;
      }
    }
    return true;
  };
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const std::string lower = to_lower(word(k));
    if (lower == "(") ++depth;
    if (lower == ")" && depth > 0) --depth;
    if (lower == "frozen" && (depth == 0 || says_frozen(k))) {
      frozen = true;
    } else if ((is_state_word(lower) && !one_of(lower, {"raw", "uncooked"})) ||
               one_of(lower, {"or", "and/or", "fresh", "if", "fine", "not", "never", "no", "non", "unfrozen"})) {
      return std::nullopt;
    }
  }
  const std::string name = spaced(normalize_key(given.food.name()));
  if (!frozen || name.find(" frozen ") != std::string::npos || name.find(" canned ") != std::string::npos ||
      name.find(" dried ") != std::string::npos) {
    return std::nullopt;
  }
  for (const std::string& written : {"frozen " + given.name, "frozen " + std::string(given.food.id())}) {
    FoodMatch match = catalog_.find(written);
    if (!match.food) match = catalog_.find_words(written);
    // `frozen edamame`: of the foods of those words (USDA's frozen edamame, and vitk's made from USDA's frozen
    // edamame, prepared), the one frozen by its name.
    if (!match.food) {
      std::erase_if(match.candidates, [&](const Food& food) {
        return food.id() == given.food.id() || spaced(normalize_key(food.name())).find(" frozen ") == std::string::npos;
      });
      if (match.candidates.size() == 1) match.food = match.candidates.front();
    }
    if (!match.food || match.food->id() == given.food.id()) continue;
    // Unprepared, or boiled where USDA has only that (`diepvries boerenkool` is USDA's frozen kale, boiled, as
    // `frozen kale` is).
    if (spaced(normalize_key(match.food->name())).find(" frozen ") != std::string::npos) {
      return Found{*match.food, written};
    }
  }
  return std::nullopt;
}

std::optional<ItemReader::Found> ItemReader::state_in_parenthesis(const Found& given, std::size_t food_first) const {
  std::size_t open = food_first;
  while (open < words_.size() && word(open) != "(" && word(open) != ",") ++open;
  if (open >= words_.size() || word(open) != "(") return std::nullopt;
  std::vector<std::string> states;
  std::size_t close = open + 1;
  for (; close < words_.size() && word(close) != ")"; ++close) {
    if (word(close) == ",") continue;  // `(canned, drained)`
    if (is_state_word(word(close))) {
      states.push_back(normalize_key(word(close)));
    } else if ((!set_aside_at(close) && !(close + 1 < words_.size() && how_cooked(close))) ||
               one_of(to_lower(word(close)), {"or", "not", "no", "without", "if", "un"})) {
      return std::nullopt;  // `(fresh or pickled)`, `(not smoked)`; not `(hard boiled)`
    }
  }
  if (states.empty() || close >= words_.size()) return std::nullopt;
  // Not within the name: `warm (boiled) water`, `diced (canned) pineapple`.
  QuantityToken token;
  if (close + 1 < words_.size() && word(close + 1) != "," && word(close + 1) != "(" && !starts_note(close + 1) &&
      parse_quantity_token(word(close + 1), token) == QuantityStatus::not_a_number) {
    return std::nullopt;
  }
  // Not where the reading took a state (`lentils (uncooked)` is read as `lentils raw`), nor a way of cooking of a
  // food that vitk has cooked (`2 chicken drumsticks (baked)`, `1 pork chop (grilled)`), as after a comma.
  for (const std::string& part : singular_words(given.name)) {
    if (is_state_word(part)) return std::nullopt;
  }
  const auto cooking = [](std::string_view w) {
    return is_state_word(w) && !one_of(w, {"raw", "uncooked", "dried", "dehydrated", "canned", "pickled", "smoked"});
  };
  const std::vector<std::string> food_words = singular_words(given.food.name());
  if (std::all_of(states.begin(), states.end(), [&](const std::string& w) { return cooking(w); }) &&
      std::any_of(food_words.begin(), food_words.end(), [&](const std::string& w) { return cooking(w); })) {
    return std::nullopt;
  }
  std::string stated;
  for (const std::string& state : states) stated += state + " ";
  stated += given.name;
  FoodMatch match = catalog_.find(stated);
  if (!match.food) match = catalog_.find_words(stated);
  if (match.food) return Found{*match.food, stated};
  if (!match.candidates.empty()) fail_ambiguous(words_[open + 1].offset, stated, match.candidates);
  fail_no_form(words_[open + 1].offset, quote_excerpt(span(food_first, close + 1)), given.name, given.food,
               states.front());
}

/// Whether the words from `first` to `last` name more of the item's food, in words of its name, a portion of it,
/// a state or a word set aside: `3 cloves garlic, minced, plus 1 whole clove`, `whipping cream, plus 2 tbsp
/// cream`, `butter, plus 1 tbsp melted butter`. Not the whole that the food is a part of, whose name has fewer
/// words: `4 egg yolks, plus 1 whole egg`, `juice of 1 lemon, plus 1 lemon`; nor another food that words of the
/// name name (`1 cup cream cheese, plus 2 tbsp cream`), nor the food in another state (`1 cup cooked spinach, plus
/// 1 cup raw spinach`).
bool ItemReader::names_more_of(const Found& found, std::size_t first, std::size_t last) const {
  std::string named = " ";
  for (const std::string& part : singular_words(found.name)) named += part + " ";
  const std::string food_name = spaced(normalize_key(found.food.name()));
  for (const std::string_view part : {"yolk", "white", "juice", "zest", "peel", "rind"}) {
    std::string spaced_part(" ");
    spaced_part.append(part).push_back(' ');
    if ((named.find(spaced_part) == std::string::npos && food_name.find(spaced_part) == std::string::npos) ||
        (part == "white" && named.find(" egg ") == std::string::npos)) {
      continue;
    }
    bool written = false;
    for (std::size_t j = first; j < last; ++j) written = written || singular(normalize_key(word(j))) == part;
    if (!written && first < last) return false;
  }
  std::string name;  // the words that may name a food
  for (std::size_t j = first; j < last; ++j) {
    const std::string part = singular(normalize_key(word(j)));
    const bool in_name = named.find(" " + part + " ") != std::string::npos;
    const bool state = is_state_word(word(j));
    if (state && !in_name && food_name.find(" " + part + " ") == std::string::npos) return false;
    if (set_aside_at(j) || one_of(part, {"whole", "extra", "more", "additional"})) continue;
    if (!state && !in_name && !found.food.find_portion(part)) return false;
    if (!found.food.find_portion(part)) name += (name.empty() ? "" : " ") + part;
  }
  if (name.empty()) return true;
  const std::optional<Food> named_food = food_named(name);
  return !named_food || named_food->id() == found.food.id();
}

/// `150g salmon, with 2 cups kale`, `100g tofu, served with 1 cup cooked spinach`: a note that joins an amount of
/// another food that vitk knows is no note, as that food would be left out of the total.
void ItemReader::fail_if_note_adds_food(const Found& found, std::size_t food_first) const {
  // The note opens with the join, or says how the other food is served; a recipe's step that says what the food
  // is prepared with is a note (`1 egg, beaten with 2 tbsp milk`).
  // So does `plus` without a comma (`2 large eggs plus 1 yolk`), which more of an amount's unit never follows.
  for (std::size_t k = food_first + 1; k + 1 < words_.size(); ++k) {
    if (starts_other_choice(k)) return;  // `2 cups spinach, or 1 cup kale plus 1 cup chard`
    // `coffee (with milk) 1 cup`: a parenthesis that opens with `with` is such a note too, and so is `on` what the
    // food is eaten on (`1 hot dog, on a bun`).
    // Not an occasion (`1 glass wine, on a date`).
    const bool occasion = to_lower(word(k)) == "on" && k + 2 < words_.size() &&
                          one_of(to_lower(word(k + 1)), {"a", "the", "my", "our"}) &&
                          one_of(singular(to_lower(word(k + 2))), {"date"});
    const bool with_note = one_of(to_lower(word(k)), {"with", "on"}) && k > food_first + 1 &&
                           one_of(word(k - 1), {",", "("}) && !occasion;
    const bool opens = (k > food_first + 1 && word(k - 1) == ",") || with_note ||
                       (k > food_first + 2 && word(k - 2) == "," &&
                        one_of(to_lower(word(k - 1)), {"served", "topped", "garnished", "eaten"})) ||
                       one_of(to_lower(word(k)), {"plus", "+"});
    if (!opens || !one_of(to_lower(word(k)), {"with", "and", "plus", "then", "&", "+", "over", "on"})) continue;
    const std::size_t at = k + 1;
    QuantityToken token;
    // `, with half and half` is a food (cream), not half of one.
    const bool half_and_half = to_lower(word(at)) == "half" && to_lower(word(at + 1)) == "and" &&
                               to_lower(word(at + 2)) == "half";
    const bool number = !half_and_half && (parse_quantity_token(word(at), token) != QuantityStatus::not_a_number ||
                                           (number_word(word(at)) && !one_of(to_lower(word(at)), {"a", "an"})));
    if (!number) {
      // `2 eggs plus toast`, `2 eggs + toast`, `2 slices toast, with butter`: another food that vitk knows, without
      // an amount, would be left out too. Not one that shares a word with the food's name, which a recipe means as
      // more of it without saying how much (`olive oil, plus oil for drizzling`, `parmesan, grated, plus parmesan
      // shavings`), nor words of no food (`plus extra for dusting`), nor a part of the food that a recipe keeps on it
      // (`1 can tomatoes, with their juice`, `2 radishes, with leaves`, `salmon fillet, with skin`).
      if (one_of(to_lower(word(k)), {"plus", "+"}) || with_note) {
        std::size_t end = at;
        while (end < words_.size() && word(end) != "," && word(end) != "(" && word(end) != ")" &&
               (end == at || !starts_note(end))) {
          ++end;
        }
        // `plus a knob of butter`, `plus a little butter`: the other food after words of how much.
        std::size_t from = at;
        for (std::size_t j = at; j < end && j < at + 4; ++j) {
          if (to_lower(word(j)) == "of") from = j + 1;
        }
        while (from < end && one_of(to_lower(word(from)), {"a", "an", "some", "little", "bit", "few", "touch", "splash",
                                                           "knob", "dollop", "drizzle", "dash", "pinch", "handful",
                                                           "sprinkle", "sprinkling", "squeeze", "squirt", "drop",
                                                           "lump", "glug", "spoonful"})) {
          ++from;
        }
        const std::size_t how_much = from;
        bool its_own = false;  // `, with its oil`, `, with their juices`: the food's own
        while (with_note && from < end && one_of(to_lower(word(from)), {"the", "its", "their", "any", "each"})) {
          its_own = its_own || one_of(to_lower(word(from)), {"its", "their"});
          ++from;
        }
        const std::vector<std::string> named = singular_words(found.name);
        bool shared = false;
        for (std::size_t j = from; j < end && !shared; ++j) {
          shared = std::find(named.begin(), named.end(), singular(normalize_key(word(j)))) != named.end();
        }
        // A word of a kind or a part of a food is more of the item's own, as recipes mean it (`1 lemon, plus a
        // squeeze of juice`, `parmesan, plus a little cheese to serve`, `pomegranate, plus a handful of seeds`);
        // not greens, leaves, herbs, oil, cream, a sauce or a dressing, which are most often another food (`2 beets,
        // plus a handful of greens`).
        const std::string head = from < end ? singular(normalize_key(word(from))) : std::string();
        const std::string tail = from < end ? singular(normalize_key(word(end - 1))) : std::string();
        const bool kind = (!with_note && one_of(head, {"berry", "nut", "cheese", "syrup"})) ||
                          one_of(head, {"juice", "seed", "liquid", "zest", "peel", "rind", "flesh", "pulp", "extra",
                                        "more"}) ||
                          (with_note && (its_own || is_part_kept_on(head) ||
                                         one_of(head, {"or", "no", "salt", "seasoning"}) ||
                                         one_of(tail, {"salt", "seasoning", "water", "ice"}) ||
                                         (tail == "pepper" &&
                                          one_of(head, {"pepper", "black", "white", "ground", "cracked", "freshly"}))));
        // `, with kale (2 cups)` is the other food with its amount, below; `1 cup rice, with butter (optional)` what
        // a recipe may add, or not.
        QuantityToken then;
        const bool amount_after = end + 1 < words_.size() && word(end) == "(" &&
                                  parse_quantity_token(word(end + 1), then) != QuantityStatus::not_a_number;
        const bool optional =
            std::any_of(words_.begin() + static_cast<std::ptrdiff_t>(end), words_.end(),
                        [](const Word& w) { return one_of(to_lower(w.text), {"optional", "desired"}); });
        const bool later = with_note && (amount_after || optional);
        if (end > from && !shared && !kind && !later && !names_more_of(found, from, end)) {
          std::optional<Food> other = food_named(span(from, end));
          // `, with butter and jam`: the first of two foods.
          for (std::size_t j = from + 1; with_note && !other && j + 1 < end; ++j) {
            if (one_of(to_lower(word(j)), {"and", "&"})) other = food_named(span(from, j));
          }
          // Nor, after words of how much, is a food without vitamin K, which no total would miss (`plus a little
          // water`, `plus a little salt`, `, with a handful of ice`).
          const bool adds_nothing = how_much > at && other && other->k1_ug_per_100g() == 0.0 &&
                                    other->k2_ug_per_100g() == 0.0;
          if (other && other->id() != found.food.id() && !adds_nothing) {
            fail_other_food(at, end, *other, false);
          }
        }
      }
      // `, with kale (2 cups)`: the other food, then its amount in parentheses.
      std::size_t open = at;
      while (open < words_.size() && word(open) != "," && word(open) != "(") ++open;
      if (open == at || open + 1 >= words_.size() || word(open) != "(" ||
          parse_quantity_token(word(open + 1), token) == QuantityStatus::not_a_number) {
        continue;
      }
      std::size_t close = open;
      while (close < words_.size() && word(close) != ")") ++close;
      const std::optional<Food> other = food_named(span(at, open));
      if (!other || other->id() == found.food.id()) continue;
      fail_other_food(at, std::min(close + 1, words_.size()), *other);
    }
    std::size_t first = at + 1;
    while (first < words_.size() && parse_quantity_token(word(first), token) != QuantityStatus::not_a_number) ++first;
    if (first < words_.size() && is_measure(item_unit(word(first)))) ++first;
    if (first < words_.size() && to_lower(word(first)) == "of") ++first;
    std::size_t last = first;
    while (last < words_.size() && word(last) != "," && word(last) != "(" && (last == first || !starts_note(last))) {
      ++last;
    }
    if (first >= last) continue;
    // More of the food, which add_more_of_food adds to the item's amount.
    if (names_more_of(found, first, last)) continue;
    const std::string rest(span(first, last));
    const std::string after_portion = first + 1 < last ? std::string(span(first + 1, last)) : std::string();
    std::optional<Food> other;
    for (const std::string& name : {rest, after_portion}) {
      if (name.empty() || other) continue;
      other = food_named(name);
    }
    if (!other || other->id() == found.food.id()) continue;
    fail_other_food(at, last, *other);
  }
}

/// The words of the names of fats that a food is fried in (`2 eggs, fried in butter`).
constexpr std::string_view kFryingFats[] = {" butter ", " oil ", " lard ", " ghee ", " margarine ", " shortening ",
                                            " fat ", " grease ", " drippings ", " spread "};

/// `2 eggs, toast`, `2 eggs, scrambled and toast`, `1 cup kale, steamed and garlic`: a note after a comma that is
/// another food that vitk knows, alone or joined by `and` to the food's states, is no note, as that food would be
/// left out of the total. Not one that shares a word with the food's name (`1 cup spinach, baby spinach`), a part of
/// it that a recipe keeps (`1 lemon, juice`), nor a food without vitamin K (`, salt and pepper`).
void ItemReader::fail_if_note_is_food(const Found& found, std::size_t food_first) const {
  // Only an item with a comma after its food's first word: this check runs for every item of the full reader.
  if (std::none_of(words_.begin() + static_cast<std::ptrdiff_t>(food_first), words_.end(),
                   [](const Word& w) { return w.text == "," || w.text == ")"; })) {
    return;
  }
  // Nor a choice or a list of kinds that a recipe offers (`2 tsp parsley, chives, or dill`, `fish fillets, such as
  // salmon`), whose first food counts.
  for (const Word& w : words_) {
    if (one_of(to_lower(w.text), {"or", "and/or", "such", "e.g.", "eg", "eg:", "etc", "etc.", "mixture", "mix",
                                  "mixed", "combination", "including", "any", "other", "others", "like", "assorted",
                                  "variety"})) {
      return;
    }
  }
  // The words of the name written and of the food's own (`1 Pop-Tart, strawberry`: USDA's toaster pastries
  // `include apples, blueberry, cherry, strawberry`).
  std::vector<std::string> named = singular_words(found.name);
  for (std::string w : key_words(found.food.name())) {
    std::erase_if(w, [](char c) { return c == '(' || c == ')'; });
    named.push_back(singular(w));
  }
  fail_if_parenthesis_lists_foods(found, food_first, named);
  std::size_t depth = 0;
  for (std::size_t comma = food_first + 1; comma + 1 < words_.size(); ++comma) {
    if (word(comma) == "(") ++depth;
    if (word(comma) == ")" && depth > 0) --depth;
    // `2 eggs (scrambled) with toast`: what is joined to the food after a parenthesis is a note after a comma.
    const bool after_paren = word(comma) == ")" && depth == 0 && comma + 2 < words_.size() &&
                        one_of(to_lower(word(comma + 1)), {"with", "and", "&", "plus"});
    if ((word(comma) != "," && !after_paren) || depth > 0) continue;
    std::size_t end = comma + 1;
    while (end < words_.size() && !one_of(word(end), {",", "(", ")", ";"})) ++end;
    std::size_t from = comma + (after_paren ? 2 : 1);
    bool fried_in = false;
    for (std::size_t j = comma + 2; j + 1 < end; ++j) {
      // `, scrambled with cheese`, `, sautéed in olive oil`: what a way of cooking was done with, too.
      const bool cooked_with = one_of(to_lower(word(j)), {"with", "in"}) && is_state_word(word(j - 1));
      fried_in = cooked_with && (one_of(to_lower(word(j - 1)), {"scrambled", "sauteed", "sautéed"}) ||
                                 to_lower(word(j - 1)).find("fried") != std::string::npos);
      if (!one_of(to_lower(word(j)), {"and", "&"}) && !cooked_with) continue;
      bool states = true;
      for (std::size_t s = comma + 1; s < j && states; ++s) {
        states = is_state_word(word(s)) || set_aside_at(s) || one_of(word(s), {"beaten", "whisked", "and", "&"});
      }
      if (states) from = j + 1;
      // After words of how much (`, fried in a little butter`, `, steamed with a splash of soy sauce`).
      while (states && from < end &&
             one_of(to_lower(word(from)), {"a", "an", "some", "little", "bit", "of", "touch", "splash", "knob",
                                           "dollop", "drizzle", "dash", "pinch", "sprinkle", "squeeze", "drop", "lump",
                                           "glug", "spoonful", "plenty", "lots", "extra", "fresh"})) {
        ++from;
      }
      break;
    }
    // `2 eggs, fried, and toast`.
    if (from == comma + 1 && from + 1 < end && one_of(to_lower(word(from)), {"and", "&"})) ++from;
    // `150 g chicken, rôti`: a state is no food, whatever another food of its letters.
    if (from >= end || (end == from + 1 && is_state_word(word(from)))) continue;
    bool shared = false;
    for (std::size_t j = from; j < end && !shared; ++j) {
      shared = std::find(named.begin(), named.end(), singular(normalize_key(word(j)))) != named.end();
    }
    const std::string head = singular(normalize_key(word(from)));
    // `3 oz fish, white`: one word of a kind after a word of several kinds, where vitk has no food of that kind by
    // that name, is no note to set aside (as in parentheses: `fish (white)`).
    if (!shared && from == comma + 1 && end == from + 1 && letters_only(word(from)) && !set_aside_at(from) &&
        !is_state_word(word(from)) && found.food.alternative_count() > 0 && !food_named(span(from, end)) &&
        one_of(singular(to_lower(found.name)), {"fish", "meat", "cheese", "bean", "green", "lettuce", "sausage",
                                                "seafood", "shellfish", "mushroom", "squash", "melon", "berry",
                                                "nut"}) &&
        !food_named(fmt::format("{} {}", word(from), found.name))) {
      fail(words_[from].offset,
           fmt::format("'{}' after '{}' may name the kind of it that is meant, which vitk has no food for by that "
                       "name (expected the kind's own name, such as one that 'vitk foods search {} {}' lists)",
                       quote_excerpt(word(from)), quote_excerpt(found.name), quote_excerpt(word(from)),
                       quote_excerpt(found.name)));
    }
    // Eggs are a part kept on a fish (its roe), not on another food (`steak (sirloin) and eggs`).
    const bool part = is_part_kept_on(head) && (head != "egg" || food_kind(found.food.group()) == "fish");
    if (shared || part || one_of(head, {"juice", "zest", "seed", "liquid", "peel", "rind", "flesh", "mash"})) {
      continue;
    }
    std::optional<Food> other = food_named(span(from, end));
    // `2 eggs, bacon and toast`: the first of two foods joined by `and`, where the second is a food too.
    for (std::size_t j = from + 1; !other && j + 1 < end; ++j) {
      if (!one_of(to_lower(word(j)), {"and", "&"}) || !food_named(span(j + 1, end))) continue;
      if ((other = food_named(span(from, j)))) end = j;
    }
    if (!other || other->id() == found.food.id()) continue;
    if (other->k1_ug_per_100g() == 0.0 && other->k2_ug_per_100g() == 0.0) continue;
    // `2 eggs, fried in butter`, `1 cup vinegar`: the fat that a fried or scrambled food's record holds, and the
    // vinegar of the water.
    const std::string other_name = spaced(normalize_key(other->name()));
    const bool fat = food_kind(other->group()) == "fat" ||
                     std::any_of(std::begin(kFryingFats), std::end(kFryingFats),
                                 [&](std::string_view w) { return other_name.find(w) != std::string::npos; });
    // Only where the food read is the fried or scrambled one (`2 eggs, lightly scrambled in butter` is no such
    // note, and its raw eggs leave the butter out).
    const std::string food_name = spaced(normalize_key(found.food.name()));
    const bool holds_fat = food_name.find("fried") != std::string::npos ||
                           food_name.find(" scrambled ") != std::string::npos ||
                           food_name.find(" sauteed ") != std::string::npos;
    if ((fried_in && fat && holds_fat) || other_name.find(" vinegar ") != std::string::npos) {
      continue;
    }
    // `4 oz fish, cod`, `1 cup greens, kale`: the kind of a food of the same kind, as USDA writes its names, which
    // vitk does not read after a comma.
    if (from == comma + 1 && food_kind(other->group()) == food_kind(found.food.group()) &&
        one_of(singular(to_lower(found.name)),
               {"fish", "beef", "pork", "lamb", "veal", "green", "berry", "cheese", "nut", "meat", "poultry", "chicken",
                "turkey", "oil", "bean", "lettuce", "squash", "melon", "seafood", "shellfish", "sausage", "juice",
                "wine", "tea", "milk", "yogurt", "cream", "onion", "pepper", "cabbage", "mushroom", "potato", "liver",
                "steak", "ham", "salad", "apple", "coconut"})) {
      // `pork, liver` is `pork liver`, where vitk knows that name.
      const std::string joined = fmt::format("{} {}", found.name, span(from, end));
      fail(words_[from].offset,
           food_named(joined)
               ? fmt::format("'{}' after '{}' may name the kind of it that is meant, which vitk does not read after "
                             "a comma (expected the kind's own name, such as '{}')",
                             quote_excerpt(span(from, end)), quote_excerpt(found.name), quote_excerpt(joined))
               : fmt::format("'{}' after '{}' may name the kind of it that is meant, which vitk does not read after "
                             "a comma (expected the kind's own name, such as one that 'vitk foods search {}' lists)",
                             quote_excerpt(span(from, end)), quote_excerpt(found.name), quote_excerpt(joined)));
    }
    // `1 tsp salt, celery`: one word of the kind of salt or sugar, written after it as USDA writes its names (celery
    // salt).
    const bool kind = from == comma + 1 && end == from + 1 && found.food.k1_ug_per_100g() == 0.0 &&
                      found.food.k2_ug_per_100g() == 0.0 && one_of(singular(to_lower(found.name)), {"salt", "sugar"});
    if (kind) continue;
    // `1 cup rice, natto` is no plain rice where vitk knows natto rice: the kind, as USDA writes its names.
    if (from == comma + 1) {
      const std::string inverted = fmt::format("{} {}", span(from, end), before_comma(found.name));
      if (const std::optional<Food> named_so = food_named(inverted)) {
        if (named_so->id() == found.food.id()) continue;
        fail(words_[from].offset,
             fmt::format("'{}' after '{}' may name the kind of it that is meant ({}, {}), which vitk does not read "
                         "after a comma (expected the kind's own name, such as '{}')",
                         quote_excerpt(span(from, end)), quote_excerpt(found.name), named_so->id(), named_so->name(),
                         quote_excerpt(inverted)));
      }
    }
    fail_other_food(from, end, *other, false);
  }
}

/// `salad (kale, spinach, arugula)`, `1 cup spinach (raw, 2 eggs)`: a list in the parenthesis after the food that
/// names other foods, or an amount of one, is no note; those foods would be left out. Not the parts of a mixture
/// (`1 cup mixed vegetables (carrots, peas, corn)`), nor words of the food's own name (`greens (kale, collard
/// greens)`), nor foods without vitamin K.
void ItemReader::fail_if_parenthesis_lists_foods(const Found& found, std::size_t food_first,
                                                 const std::vector<std::string>& named) const {
  // Only after a word that vitk reads as one food of several it may mean (`salad` is romaine), which the list then
  // says is other foods of its kind; a dish's list is what it is made of (`salsa (tomato, onion, cilantro)`).
  if (found.food.alternative_count() == 0) return;
  std::size_t open = food_first;
  while (open < words_.size() && word(open) != "(" && word(open) != ",") ++open;
  if (open >= words_.size() || word(open) != "(") return;
  std::size_t close = open + 1;
  bool listed = false;
  for (; close < words_.size() && word(close) != ")"; ++close) {
    // Nor a choice, a substitute, or what the food is free of (`(chicken, beef, and shrimp work as well)`, `(soy,
    // egg, and gluten-free)`, `(spring, green, red, yellow—doesn't matter)`).
    const std::string lower = to_lower(word(close));
    if (word(close) == "(" || lower.ends_with("-free") || lower.find("matter") != std::string::npos ||
        one_of(lower, {"optional", "work", "works", "could", "can", "may", "might", "free", "instead", "substitute",
                       "also", "preferably", "ideally", "your", "choice", "favorite", "favourite"})) {
      return;
    }
    listed = listed || word(close) == ",";
  }
  if (!listed || close >= words_.size()) return;
  // Nor a list of the food's kinds, which names the food read among them (`cheese (cheddar, Monterey jack)`).
  for (std::size_t from = open + 1; from < close;) {
    std::size_t end = from;
    while (end < close && word(end) != ",") ++end;
    std::size_t at = from;
    if (at < end && one_of(to_lower(word(at)), {"and", "&"})) ++at;
    if (at < end) {
      if (const std::optional<Food> kind = food_named(span(at, end)); kind && kind->id() == found.food.id()) return;
    }
    from = end + 1;
  }
  if (std::any_of(named.begin(), named.end(), [](const std::string& w) { return one_of(w, {"mixed", "mix", "mixture",
                                                                                            "blend", "medley"}); })) {
    return;
  }
  for (std::size_t from = open + 1; from < close;) {
    std::size_t end = from;
    while (end < close && word(end) != ",") ++end;
    std::size_t at = from;
    if (at < end && one_of(to_lower(word(at)), {"and", "&", "plus", "with"})) ++at;
    // `(raw, 2 eggs)`: an amount of another food, its unit and `of` set aside.
    QuantityToken token;
    bool amount = false;
    while (at < end && (parse_quantity_token(word(at), token) != QuantityStatus::not_a_number)) {
      amount = true;
      ++at;
    }
    if (amount && at < end && is_measure(item_unit(word(at)))) ++at;
    if (amount && at < end && is_of(word(at))) ++at;
    bool shared = false;
    for (std::size_t j = at; j < end && !shared; ++j) {
      shared = std::find(named.begin(), named.end(), singular(normalize_key(word(j)))) != named.end();
    }
    bool aside = true;
    for (std::size_t j = at; j < end && aside; ++j) {
      aside = set_aside_at(j) || is_state_word(word(j)) || is_colour(to_lower(word(j)));
    }
    if (at < end && !shared && !aside) {
      if (const std::optional<Food> other = food_named(span(at, end));
          other && other->id() != found.food.id() && food_kind(other->group()) == food_kind(found.food.group()) &&
          (other->k1_ug_per_100g() != 0.0 || other->k2_ug_per_100g() != 0.0)) {
        fail_other_food(amount ? from : at, end, *other, amount);
      }
    }
    from = end + 1;
  }
}

void ItemReader::fail_other_food(std::size_t first, std::size_t last, const Food& other, bool amount) const {
  fail(words_[first].offset,
       fmt::format("'{}' is {} ({}, {}), which this item would leave out (expected one food per item; write it as "
                   "an item of its own after ';')",
                   quote_excerpt(span(first, last)), amount ? "an amount of another food" : "another food", other.id(),
                   other.name()));
}

void ItemReader::fail_if_whole_animal(const Found& found, const Amount& amount, std::string_view read_as) const {
  const std::string kind = food_kind(found.food.group());
  if (kind != "meat" && kind != "fish") return;
  // `200 g whole sardines`: a canned fish is weighed with its bones.
  const std::string food_name = normalize_key(found.food.name());
  if (food_name.find("canned") != std::string::npos || food_name.find("bone") != std::string::npos) return;
  const std::vector<std::string> named = singular_words(found.name);
  const auto names = [&](std::initializer_list<std::string_view> list) {
    return std::any_of(named.begin(), named.end(), [&](const std::string& w) { return one_of(w, list); });
  };
  if (names({"breast", "thigh", "leg", "wing", "drumstick", "fillet", "filet", "tenderloin", "cutlet", "mince",
             "ground", "meat", "liver", "giblet", "strip", "nugget", "tender", "stock", "broth", "fat", "skin", "neck",
             "back", "sausage", "burger", "patty", "steak", "tail", "claw", "loin", "chop", "roast", "piece",
             "portion", "cube", "chunk", "slice", "can", "canned", "smoked", "salted", "dried", "juice", "sauce",
             "soup", "chowder", "oil", "paste", "cake", "stick", "salad", "spread", "pate", "squid", "calamari",
             "octopus", "cuttlefish", "side"})) {
    return;
  }
  // The words of the item before a note (`200 g chicken, whole grain mustard` weighs no bird).
  std::size_t before_note = 0;
  while (before_note < words_.size() && word(before_note) != ",") ++before_note;
  const auto says = [&](std::initializer_list<std::string_view> list) {
    for (std::size_t k = 0; k < before_note; ++k) {
      if (one_of(word(k), list)) return true;
    }
    return false;
  };
  // `1 (6 oz) boneless skinless chicken` is meat.
  if (says({"boneless", "skinless", "boned", "deboned", "skinned"})) return;
  bool whole = says({"whole", "gutted", "scaled", "oven-ready"});
  // A fish cleaned, gutted or scaled, in a note too (`1 sea bass (2 pounds), cleaned`), is whole.
  for (std::size_t k = 0; k < words_.size() && kind == "fish"; ++k) {
    whole = whole || one_of(word(k), {"cleaned", "gutted", "scaled"});
  }
  // A weight each (`1 3-pound chicken`) or in a parenthesis (`1 (3 1/2 lb) duck`), not a container's
  // (`1 (15 ounce) can chicken`).
  bool in_container = false;
  for (std::size_t k = 0; k < words_.size(); ++k) in_container = in_container || is_container(word(k));
  const bool per_piece = amount.container_grams.has_value() &&
                         (amount.container == "piece" || (amount.container == "container" && !in_container));
  const bool by_mass = per_piece || grams_per_mass_unit(amount.unit).has_value();
  const bool bird = names({"chicken", "goose", "duck", "turkey", "hen", "capon", "poussin", "pheasant", "quail",
                           "guinea", "fowl", "bird", "partridge", "grouse", "pigeon", "squab"});
  const bool game = names({"rabbit", "hare"});
  // Shrimp, prawns and mussels are weighed whole only where the item says so (`1 lb whole shrimp`, `unpeeled`): a
  // count of them about a pound (`24 medium shrimp, about 1 pound, peeled`) may be of either.
  const bool shellfish = names({"lobster", "crab", "shrimp", "prawn", "crayfish", "langoustine", "mussel", "clam",
                                "oyster"});
  // Cleaned shrimp are peeled.
  if (shellfish && !names({"lobster", "crab"}) && !says({"whole", "unpeeled", "unshelled", "shell-on"})) whole = false;
  const bool shelled_whole = names({"lobster", "crab"}) || whole;
  whole = whole || says({"unpeeled", "unshelled", "shell-on"});
  if (!(((bird || game) && (per_piece || (whole && by_mass))) || (kind == "fish" && by_mass && (whole || (per_piece && shellfish && shelled_whole))))) {
    return;
  }
  fail(amount.offset, fmt::format("{} is the meat alone, and this weighs a whole {} with its {}; give the weight of "
                                  "what is eaten, such as '{} 300 g'",
                                  read_as, shellfish ? "shellfish" : bird ? "bird" : game ? "animal" : "fish",
                                  shellfish ? "shell" : "bones", found.food.id()));
}

/// `coke 12 oz`: an ounce of a drink is a fluid ounce, where the food has a volume to measure it by (see
/// ounce_is_fluid). Whether `amount` was changed.
bool ItemReader::measure_fluid(const Food& food, Amount& amount) const {
  if (amount.unit != "oz" || !ounce_is_fluid(food)) return false;
  Amount measured = amount;
  measured.unit = "fl-oz";
  std::string_view unit;
  if (!grams_if_known(food, measured, unit)) return false;
  amount.unit = "fl-oz";
  return true;
}

/// A range that goes down is no amount (`3-2 cups kale`), nor within an equivalent or a container's size (`2 (3-2
/// oz) cans`).
void ItemReader::fail_if_descending(const Amount& amount) const {
  for (const Amount& equivalent : amount.equivalents) fail_if_descending(equivalent);
  if (!amount.descending.empty()) {
    fail(amount.offset,
         fmt::format("'{}' is a range that goes down (expected the smaller number first)", amount.descending));
  }
}

/// `1 heaped tbsp sugar`, `a heaping cup of spinach`, `heaped 2 tsp cocoa`: a heaped or rounded spoon or cup holds
/// more than its level measure, by no set amount, so it is no weight. Not in parentheses, where it is an equivalent
/// that the amount before it outweighs (`25g flour (about 1 heaped tbsp)`).
void ItemReader::fail_if_heaped() const {
  std::ptrdiff_t depth = 0;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    depth += word(k) == "(" ? 1 : word(k) == ")" ? -1 : 0;
    const std::string size = to_lower(word(k));
    if (depth > 0 || !one_of(size, {"heaped", "heaping", "rounded"})) continue;
    // The measure next, or after a number (`heaped 2 tbsp`, `heaped 2tbsp`), or before it (`1 tbsp heaped sugar`).
    std::string_view measure = word(k + 1);
    QuantityToken number;
    if (parse_quantity_token(measure, number) == QuantityStatus::ok) {
      measure = number.unit.empty() ? word(k + 2) : std::string_view(number.unit);
    }
    if (k > 0 && one_of(item_unit(word(k - 1)), {"tbsp", "tsp", "cup", "dessertspoon"})) measure = word(k - 1);
    if (k > 0 && parse_quantity_token(word(k - 1), number) == QuantityStatus::ok &&
        one_of(item_unit(number.unit), {"tbsp", "tsp", "cup", "dessertspoon"})) {
      measure = number.unit;
    }
    // `2 tbsp sugar, heaped`: in a note, of the item's measure.
    if (k > 0 && word(k - 1) == ",") {
      for (std::size_t j = 0; j < k; ++j) {
        const bool glued = parse_quantity_token(word(j), number) == QuantityStatus::ok && !number.unit.empty();
        const std::string_view unit = glued ? std::string_view(number.unit) : word(j);
        if (one_of(item_unit(unit), {"tbsp", "tsp", "cup", "dessertspoon"})) measure = unit;
      }
    }
    // `1 heaped dessert spoon`, `1 rounded table spoon`: a spoon in two words.
    std::string unit = item_unit(measure);
    for (std::size_t j = k + 1; j + 1 < words_.size() && j <= k + 2; ++j) {
      const std::string kind = to_lower(word(j));
      if (word(j).data() == measure.data() && one_of(kind, {"dessert", "table", "tea"}) &&
          one_of(to_lower(word(j + 1)), {"spoon", "spoons", "spoonful", "spoonfuls"})) {
        measure = span(j, j + 2);
        unit = kind == "dessert" ? "dessertspoon" : kind == "table" ? "tbsp" : "tsp";
      }
    }
    if (!one_of(unit, {"tbsp", "tsp", "cup", "dessertspoon"}) &&
        !one_of(to_lower(measure), {"spoon", "spoons", "spoonful", "spoonfuls"})) {
      continue;
    }
    const std::string_view level = unit == "cup" ? "cups" : unit == "dessertspoon" ? "dessertspoons"
                                 : unit == "tbsp"                              ? "tbsp"
                                                                               : "tsp";
    fail(words_[k].offset, fmt::format("'{} {}' is more than a level measure, by no set amount, so it is no weight "
                                       "(expected a weight, such as '10 g', or the level measures it fills, such as "
                                       "'2 {}')",
                                       word(k), measure, level));
  }
}

/// `spring mix 2 cups`, `a cup of mixed greens`: a mix of loose leaves, which vitk reads as romaine, by volume. USDA
/// weighs romaine's cup shredded (47 g), packed closer than a cup of whole loose leaves, so a volume of a mix is no
/// weight that any source gives.
void ItemReader::fail_if_loose_leaves(const Found& found, const Amount& amount) const {
  if (found.food.id() != "romaine" || amount.unit.empty() || !ml_per_volume_unit(amount.unit) ||
      !amount.equivalents.empty() || amount.container_grams) {
    return;
  }
  const std::vector<std::string> said = singular_words(found.name);
  const bool mix = std::any_of(said.begin(), said.end(), [](const std::string& w) {
    return one_of(w, {"salad", "green", "mix", "mesclun", "leaf", "mixed"});
  });
  if (!mix) return;
  fail(amount.offset,
       fmt::format("'{}' is loose leaves, which vitk reads as romaine; USDA weighs romaine's cup shredded (47 g), "
                   "closer packed than a cup of whole leaves, and no source weighs a cup of a mix; give its weight, "
                   "such as '{} 60 g'",
                   quote_excerpt(found.name), quote_excerpt(before_comma(found.name))));
}

/// A can or a tin weighed as sold holds the food and its liquid: its net weight is no weight of a food whose values
/// are of the drained solids (`Beans, snap, green, canned, regular pack, drained solids`), which weigh less (USDA's
/// 12 oz can of corn yields 211 g). Not where the item says the weight is drained (`240g tin kidney beans (drained
/// weight)`), nor of a food of solids and liquids, which the net weight is.
void ItemReader::fail_if_net_weight_drained(const Found& found, const Amount& amount) const {
  const auto is_can = [](std::string_view unit) { return one_of(singular(to_lower(unit)), {"can", "tin"}); };
  // `400 g (1 tin) chickpeas`: a weight that a can is the equivalent of.
  bool can = grams_per_mass_unit(amount.unit) &&
             std::any_of(amount.equivalents.begin(), amount.equivalents.end(),
                         [&](const Amount& other) { return is_can(other.unit); });
  const bool counted_can = is_can(amount.unit);
  for (std::size_t k = 0; k < words_.size(); ++k) {
    // `1 can chickpeas (15 oz)`: a weight after the food, of a counted can.
    if (counted_can && words_[k].offset >= amount.end_offset && mass_at(k)) can = true;
    if (word(k).size() < 3 || word(k).size() > 7) continue;  // `can` to `drained`: this runs for every item
    const std::string w = singular(to_lower(word(k)));
    // `1 x 240g tin chickpeas (drained weight)`; not `(240g drained weight)`, another weight than the can's.
    if (w == "drained" && k + 1 < words_.size() && one_of(singular(to_lower(word(k + 1))), {"weight"}) &&
        !(k > 0 && mass_at(k - 1)) && !(k > 1 && mass_at(k - 2)) && !(k + 2 < words_.size() && mass_at(k + 2))) {
      return;
    }
    if (!is_can(w)) continue;
    // `400g can chickpeas`, `1 x 400g/14oz tin chickpeas`: a weight right before the can is the can's.
    bool after_weight = false;
    if (k > 0 && words_[k - 1].offset >= amount.offset) {
      QuantityToken token;
      const bool number = parse_quantity_token(word(k - 1), token) == QuantityStatus::ok;
      after_weight = grams_per_mass_unit(canonical_unit(number ? token.unit : word(k - 1))).has_value();
    }
    can = can || amount.container_grams || after_weight;
  }
  // The name last: this check runs for every item of the full reader.
  if (!can || spaced(normalize_key(found.food.name())).find(" drained ") == std::string::npos) return;
  const std::optional<Portion> usda_can = found.food.find_portion("can");
  fail(amount.offset,
       fmt::format("a can's weight is its net weight, its liquid too, and '{}' ({}, {}) is weighed drained, which "
                   "weighs less; give the drained weight, such as '{} 250 g'{}",
                   quote_excerpt(found.name), found.food.id(), found.food.name(), quote_excerpt(found.name),
                   usda_can ? fmt::format(", or '1 can {}' for the can that its source weighs drained ({} g)",
                                          quote_excerpt(found.name), format_trimmed(usda_can->grams, 1))
                            : std::string()));
}

/// Whether a weight starts at word `k`: a number with a unit of mass, glued or after it (`400g`, `14 oz`).
bool ItemReader::mass_at(std::size_t k) const {
  QuantityToken token;
  if (parse_quantity_token(word(k), token) != QuantityStatus::ok) return false;
  if (!token.unit.empty()) return grams_per_mass_unit(canonical_unit(token.unit)).has_value();
  return k + 1 < words_.size() && grams_per_mass_unit(canonical_unit(word(k + 1))).has_value();
}

/// `2 lbs chicken breasts, bone-in`, `1 kg chicken thighs (on the bone)`: a weight of pieces with their bones is
/// more than the meat that a food without bones weighs, by the bone's share, which vitk does not know.
void ItemReader::fail_if_weighed_with_bone(const Found& found, const Amount& amount) const {
  // A weight, or a count whose pieces are weighed (`2 bone-in chicken breasts (about 2 lbs total)`, `One 8- to
  // 10-pound bone-in ham`, `Four 10-ounce bone-in pork chops`).
  bool weighed = grams_per_mass_unit(amount.unit).has_value() || amount.container_grams.has_value();
  for (std::size_t k = 0; k < words_.size() && !weighed; ++k) weighed = mass_at(k);
  if (!weighed) return;
  std::optional<std::size_t> said;
  for (std::size_t k = 0; k < words_.size() && !said; ++k) {
    const std::string w = to_lower(word(k));
    const std::string next = k + 1 < words_.size() ? to_lower(word(k + 1)) : std::string();
    const std::string after = k + 2 < words_.size() ? to_lower(word(k + 2)) : std::string();
    if (w == "bone-in" || (w == "bone" && next == "in") || (w == "on" && next == "the" && after == "bone")) said = k;
  }
  // Not of a food weighed with its bones (USDA's `bone-in` ones).
  if (!said || spaced(normalize_key(found.food.name())).find(" bone in ") != std::string::npos) return;
  fail(words_[*said].offset,
       fmt::format("'{}' says the weight holds the bones, which '{}' ({}, {}) is weighed without, and vitk does not "
                   "know their share (expected the meat's weight, or a count of the pieces without a weight)",
                   quote_excerpt(word(*said) == "on" ? span(*said, *said + 3)
                                 : word(*said) == "bone" ? span(*said, *said + 2) : span(*said, *said + 1)),
                   quote_excerpt(found.name), found.food.id(), found.food.name()));
}

/// A name without the commas at its end (`edamame,` of `100 g edamame, in pods`).
std::string_view trim_commas(std::string_view name) {
  while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.remove_suffix(1);
  return name;
}

/// `1 cup edamame in pods`, `pistachios in shell 30 g`, `2 cups unshelled edamame`: an amount of a food with its
/// pods or shells, which vitk's food is weighed without, is an error (it had been the shelled food's cup). Not of a
/// food that USDA weighs so (`in shell`), nor of shellfish, whose whole ones the reader weighs by their own rules.
void ItemReader::fail_if_weighed_in_shell(const Found& found, const Amount& amount) const {
  // A count is of the pieces, whatever their shells (`2 eggs in shell`).
  if (!is_measure(amount.unit) && !amount.container_grams && !amount.container_ml) return;
  // Not an egg, whose shell is a tenth of it.
  if (spaced(normalize_key(found.food.name())).starts_with(" egg ")) return;
  std::optional<std::size_t> said;
  std::size_t end = 0;
  std::size_t depth = 0;
  for (std::size_t k = 0; k < words_.size() && !said; ++k) {
    const std::string w = to_lower(word(k));
    // Not after words that say the amount is of the shelled food (`1 1/2 cups fresh shelled beans, about 1 pound in
    // the shell`), nor what a parenthesis says of the food as bought (`2 cups peas (from 2 pounds in the pod)`);
    // a step after them is no such word (`1 pound English peas in the pod, shelled` weighs the pods too).
    if (one_of(w, {"shelled", "podded", "shucked", "hulled"})) return;
    if (w == "(" || w == "[") ++depth;
    if ((w == ")" || w == "]") && depth > 0) --depth;
    if (depth > 0) continue;
    if (w == "unshelled" || w == "in-shell") {
      said = k;
      end = k + 1;
      continue;
    }
    if (w != "in" || k + 1 >= words_.size()) continue;
    std::size_t at = k + 1;
    if (one_of(to_lower(word(at)), {"the", "their", "its"}) && at + 1 < words_.size()) ++at;
    if (one_of(singular(to_lower(word(at))), {"pod", "shell", "husk"})) {
      said = k;
      end = at + 1;
    }
  }
  if (!said) return;
  const std::string name = spaced(normalize_key(found.food.name()));
  if (name.find(" in shell ") != std::string::npos || name.find(" pod") != std::string::npos ||
      one_of(food_kind(found.food.group()), {"fish"})) {
    return;
  }
  fail(words_[*said].offset,
       fmt::format("'{}' says the amount holds the pods or shells, which '{}' ({}, {}) is weighed without (expected "
                   "the amount of the shelled food)",
                   quote_excerpt(span(*said, end)), quote_excerpt(trim_commas(found.name)), found.food.id(),
                   found.food.name()));
}

/// A can or a tin counted before the food holds the canned food, never a raw one: where the words read a raw food
/// (`1 (15 oz) can peaches` had been 425 g of raw peaches, `1 (15 oz) can spinach leaves` of raw spinach), vitk has
/// no canned food of that name, and the can is an error.
void ItemReader::fail_if_raw_in_can(const Found& found, std::size_t food_first) const {
  // `peaches (410g can), drained`: a can in a parenthesis after the food too.
  bool can_after_food = false;
  for (std::size_t k = food_first; k < words_.size() && !can_after_food; ++k) {
    can_after_food = word(k) == "(" && can_after(k);
  }
  // `410g can peaches`, `1 x 410g can peaches, drained`: a can before the food, whatever the amount's unit.
  bool can = can_after_food;
  for (std::size_t k = 0; k < food_first && k < words_.size() && !can; ++k) {
    const std::string_view w = word(k);
    can = w.size() >= 3 && w.size() <= 4 && std::string_view("cCtT").find(w[0]) != std::string_view::npos &&
          one_of(singular(to_lower(w)), {"can", "tin"});
  }
  if (!can || found.food.find_portion("can")) return;
  // Not a food that its source weighs by the can (USDA's raw fish roe). A cooked one is no canned food either
  // (`1 (14.75 oz) can chicken, drained` is no roast chicken), but for legumes, whose canned seeds are cooked ones,
  // as `1 can kidney beans` is read.
  const std::string name = spaced(normalize_key(found.food.name()));
  const bool raw = name.find(" raw ") != std::string::npos;
  const bool cooked = !raw && food_kind(found.food.group()) != "legume" && !sold_canned(found.food) &&
                      (name.find(" cooked ") != std::string::npos ||
                       std::any_of(std::begin(kMethodsInNames), std::end(kMethodsInNames), [&](std::string_view in) {
                         return in != " smoked " && in != " toasted " && name.find(in) != std::string::npos;
                       }));
  if (!raw && !cooked) return;
  fail(words_[food_first].offset,
       fmt::format("'{}' ({}, {}) is {}, and a can holds a canned food, which vitk does not find by that name "
                   "(expected the canned food's name, such as one that 'vitk foods search canned {}' lists)",
                   quote_excerpt(found.name), found.food.id(), found.food.name(), raw ? "raw" : "cooked",
                   quote_excerpt(found.name)));
}

/// `1/4 lb beef patty`, `a quarter pound burger`, `2 4oz patties`: a patty or a burger weighed in pounds or ounces
/// is named by the weight of its raw meat, as US packages and menus name them; cooking takes about a third of it
/// off (USDA's broiled patty from 1/4 lb of raw meat weighs 77 g), and a burger adds its bun. No weight, then.
void ItemReader::fail_if_raw_weight_patty(const Found& found, const Amount& amount) const {
  // `a 6 oz burger`: a weight of each one.
  std::size_t weight_begin = amount.offset;
  std::size_t weight_end = amount.end_offset;
  bool each = false;
  for (std::size_t k = 0; k < words_.size() && amount.container_grams; ++k) {
    const Word& w = words_[k];
    QuantityToken token;
    const bool glued = parse_quantity_token(w.text, token) == QuantityStatus::ok && !token.unit.empty();
    if (w.offset >= amount.offset && one_of(canonical_unit(glued ? token.unit : w.text), {"lb", "oz"})) {
      each = true;
      weight_begin = glued || k == 0 ? w.offset : words_[k - 1].offset;
      weight_end = end_of(w);
      break;
    }
  }
  if (!one_of(amount.unit, {"lb", "oz"}) && !each) return;
  // Of meat: not a bun, nor a veggie burger, weighed as sold.
  if (!one_of(to_lower(found.food.group()), {"meat", "mixed dishes", "fast foods", "beef products"})) return;
  const std::vector<std::string> said = singular_words(found.name);
  const bool patty = std::any_of(said.begin(), said.end(), [](const std::string& w) {
    return one_of(w, {"patty", "pattie", "burger", "hamburger", "cheeseburger", "beefburger"});
  });
  // `Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled, 3 oz`: after a name of USDA's that says the
  // patty is cooked, a tracker's weight in ounces is of the cooked patty (`1/4 lb` is still the raw meat's).
  const bool usda_cooked = found.name.find(',') != std::string_view::npos &&
                           std::find(said.begin(), said.end(), "cooked") != said.end() &&
                           amount.offset > words_[0].offset && amount.unit == "oz";
  if (!patty || usda_cooked) return;
  fail(amount.offset,
       fmt::format("'{}' names a patty by the weight of its raw meat, which cooking takes about a third off (USDA's "
                   "broiled patty from 1/4 lb of raw meat weighs 77 g); give its cooked weight, such as '{} 80 g', or "
                   "count it, such as '1 {}'",
                   quote_excerpt(text_.substr(weight_begin, weight_end - weight_begin)),
                   quote_excerpt(found.name), quote_excerpt(found.name)));
}

/// Whether a word of the item is a rasher (`4 rashers bacon`, `bacon, 1 rasher`).
bool ItemReader::says_rasher() const {
  return std::any_of(words_.begin(), words_.end(), [](const Word& w) { return singular(to_lower(w.text)) == "rasher"; });
}

/// Whether the item writes a weight anywhere (`2 endives (about 300 g)`, `4 rashers bacon (100g)`).
bool ItemReader::weighed() const {
  return std::any_of(words_.begin(), words_.end(), [](const Word& w) {
    QuantityToken token;
    return (parse_quantity_token(w.text, token) == QuantityStatus::ok && grams_per_mass_unit(token.unit)) ||
           grams_per_mass_unit(canonical_unit(w.text)).has_value();
  });
}

/// `chili 1 cup`, `pepper 100 g`, `pepper`: a word that is a spice or a hot pepper by the spoonful, the pinch, the
/// piece or a few grams, and another food by the bowl, the cup or the plate (chili con carne; a sweet pepper, which
/// British English calls a pepper). Where the amount does not say which, the item is an error that names both.
void ItemReader::fail_if_two_meanings(const Found& found, const Amount& amount) const {
  const std::string name = to_lower(found.name);
  const bool chili = found.food.id() == "hot-pepper" && one_of(name, {"chili", "chilli", "chile"});
  const bool pepper = found.food.id() == "black-pepper" && name == "pepper";
  // `2 endives`: a count of endives is often of Belgian endive (witloof), whose heads are small and whose vitamin K
  // no source here gives, not of USDA's head of curly endive (513 g, K1 231 µg per 100 g).
  const bool endive = found.food.id() == "endive" && singular(normalize_key(found.name)) == "endive" &&
                      amount.unit.empty() && amount.counts_pieces && !amount.container_grams &&
                      !amount.container_ml && amount.equivalents.empty();
  // `2 slices baguette`: vitk's slices of French bread are USDA's of a loaf (59 g the medium one), not a
  // baguette's small rounds.
  if (found.food.id() == "sourdough" && name.find("baguette") != std::string::npos &&
      amount.unit.starts_with("slice") && !amount.container_grams) {
    fail(words_.front().offset,
         fmt::format("vitk weighs the slice of a loaf of French bread (59 g), not a slice of '{}'; weigh it, such as "
                     "'baguette 25 g'",
                     quote_excerpt(found.name)));
  }
  // `chopped liver 60g`: the deli spread of liver, egg and fat, which no source weighs, as well as chopped liver.
  const auto chopped_liver = [&] {
    bool chopped = false;
    bool kind = false;
    for (std::size_t k = 0; k < words_.size(); ++k) {
      const std::string w = singular(to_lower(word(k)));
      kind = kind || one_of(w, {"chicken", "beef", "calf", "veal", "lamb", "pork", "duck", "goose", "turkey", "cod"});
      chopped = chopped || (w == "liver" && k > 0 && one_of(to_lower(word(k - 1)), {"chopped"}));
    }
    return chopped && !kind;
  };
  if (food_kind(found.food.group()) == "meat" && normalize_key(found.food.name()).find("liver") != std::string::npos &&
      chopped_liver()) {
    fail(words_.front().offset,
         std::string("'chopped liver' may be the spread of liver, hard-boiled egg and fat, which vitk has no food "
                     "for, or liver that is chopped; write the liver's kind and state, such as 'chicken liver, "
                     "pan-fried 60 g'"));
  }
  // `chips`, `a portion of chips`, `frozen chips`: crisps in the US, and fried potatoes in the UK and Ireland, whose
  // vitamin K per gram is half theirs and whose portion is larger; `2 crisp, firm apples`: a crisp apple.
  if (found.food.id() == "potato-chips") {
    std::vector<std::string> said = singular_words(found.name);
    std::erase_if(said, [](const std::string& w) { return is_set_aside(w); });
    const std::string written = to_lower(before_comma(found.name));
    if (said == std::vector<std::string>{"chip"}) {
      fail(words_.front().offset,
           fmt::format("'{}' may be crisps (potato-chips, 28 g a serving) or, in the UK and Ireland, fried potatoes "
                       "(french-fries, 71 g a small serving); write which, such as 'potato chips', 'crisps' or "
                       "'fries'",
                       quote_excerpt(found.name)));
    }
    if (said == std::vector<std::string>{"crisp"} && written.find("crisps") == std::string::npos) {
      fail(words_.front().offset,
           fmt::format("'{}' names no food: crisps (potato-chips) are written in the plural, and a crisp food is "
                       "named by its own name (expected a food, such as '2 firm apples')",
                       quote_excerpt(found.name)));
    }
  }
  // `2 endives (about 300 g)`: a weight of them is a weight.
  if (endive && !weighed()) {
    std::string_view written = found.name;
    while (!written.empty() && (written.back() == ',' || written.back() == ' ')) written.remove_suffix(1);
    fail(words_.front().offset,
         fmt::format("a count of '{}' may be of Belgian endive (witloof chicory), which vitk has no value for, or of "
                     "heads of curly endive (endive, 513 g a head); write which, such as 'endive 1 head', or weigh "
                     "it",
                     quote_excerpt(written)));
  }
  if (!chili && !pepper) return;
  // `a chilli`, `one chili`, `half a chilli`: a number word counts too.
  bool numbered = false;
  for (const Word& w : words_) {
    QuantityToken number;
    numbered = numbered || parse_quantity_token(w.text, number) != QuantityStatus::not_a_number ||
               number_word(w.text).has_value();
  }
  const std::optional<double> grams_per = grams_per_mass_unit(amount.unit);
  const bool spoon = one_of(amount.unit, {"tsp", "tbsp", "pinch", "dash"});
  if (chili && ((numbered && amount.unit.empty()) || spoon || (grams_per && amount.quantity * *grams_per < 100))) {
    return;
  }
  if (chili) {
    // `chopped fresh chilli`, `chilli, sliced`, `chilli, to taste`: a word of how it is cut or used is the pepper's.
    for (const Word& w : words_) {
      const std::string lower = to_lower(w.text);
      if (one_of(lower, {"chopped", "minced", "sliced", "diced", "crushed", "seeded", "deseeded", "halved", "fresh",
                         "finely", "thinly", "roughly", "raw", "whole", "stalk", "stalks", "taste"})) {
        return;
      }
    }
  }
  if (pepper) {
    // `pepper, to taste`, `salt and pepper for seasoning`: the spice.
    for (const Word& w : words_) {
      if (one_of(to_lower(w.text), {"taste", "season", "seasoning", "seasoned", "ground", "cracked"})) return;
    }
    if (spoon || (grams_per && amount.quantity * *grams_per <= 10)) return;
  }
  const Word& at = words_.front();
  if (chili) {
    fail(at.offset, fmt::format("'{}' may be the hot pepper (hot-pepper, Chili pepper, red, raw) or chili con carne "
                                "(usda-22904); write which, such as 'red chili 1' or 'chili con carne 1 cup'",
                                quote_excerpt(found.name)));
  }
  fail(at.offset, fmt::format("'{}' may be black pepper (black-pepper), a spice, or a sweet pepper (red-pepper, "
                              "green-pepper); write which, such as 'black pepper 1 tsp' or 'red pepper 1'",
                              quote_excerpt(found.name)));
}

/// `オレンジジュース 1本`: the Japanese counter of long things counts a drink's bottles, which come in many sizes. An
/// error that asks for the volume.
void ItemReader::fail_if_bottles_counted(const Found& found, const Amount& amount) const {
  if ((amount.unit.empty() ? amount.counts_pieces : one_of(amount.unit, {"pcs", "pc", "piece"})) &&
      is_drink(found.food) && text_.find("\u672c") != std::string_view::npos) {
    fail(words_.front().offset,
         fmt::format("'\u672c' counts bottles of '{}', which come in many sizes; give the volume, such as '{} 500 ml'",
                     quote_excerpt(before_comma(found.name)), quote_excerpt(before_comma(found.name))));
  }
}

/// `2 kippers`, `4 rashers of bacon`, `3 slices peameal bacon`, `2 heads of bok choy`: pieces that USDA weighs as
/// another cut or size than the one people most often mean by the word, where the item gives no weight. Each is an
/// error that says what USDA weighs and asks for the weight.
void ItemReader::fail_if_cut_otherwise(const Found& found, const Amount& amount) const {
  const std::string_view id = found.food.id();
  if (!one_of(id, {"kippers", "bacon", "canadian-bacon", "snow-peas", "bok-choy"})) return;
  // A weight counts where it is the item's amount: not one after a note, which the reading may leave aside.
  const bool noted = std::any_of(words_.begin(), words_.end(), [](const Word& w) { return w.text == ","; });
  if (!amount.equivalents.empty() || amount.container_grams || (weighed() && !noted)) return;
  const std::vector<std::string> named = singular_words(before_comma(found.name));
  const auto names = [&named](std::string_view w) { return std::find(named.begin(), named.end(), w) != named.end(); };
  const bool rasher = says_rasher();
  const std::string unit = singular(amount.unit);
  const std::size_t at = words_.front().offset;
  // A kipper is a whole herring, split and smoked: USDA weighs its fillet only.
  if (id == "kippers" && !names("fillet") && (amount.unit.empty() || unit == "kipper")) {
    fail(at, fmt::format("a kipper is a whole herring, split and smoked, and vitk weighs only its fillet (USDA's, 40 "
                         "g); give a weight, such as '{} 150 g', or count its fillets, such as '2 kipper fillets'",
                         quote_excerpt(before_comma(found.name))));
  }
  // A rasher, outside North America, is most often of back bacon, which is cut larger than USDA's US strip (a rasher
  // of cooked bacon); back bacon and peameal bacon are cut thicker than USDA's slice of Canadian bacon.
  // Only where the slice weighed is a thin one (cooked bacon's strip, 8.1 g; not raw bacon's slice, 28 g, nor a
  // table of one's own that weighs a rasher).
  const std::optional<Portion> slice = found.food.find_portion("slice");
  const bool back = id == "canadian-bacon" && (names("back") || names("peameal"));
  if (slice && slice->grams < 20 && !found.food.find_portion("rasher") &&
      ((rasher && one_of(id, {"bacon", "canadian-bacon"}) && !names("streaky")) ||
       (back && one_of(unit, {"slice", "rasher"})))) {
    fail(at, fmt::format("a rasher or a slice of '{}' is cut larger than the slice that vitk weighs ({}, USDA's {} "
                         "g); give a weight, such as '{} 50 g'",
                         quote_excerpt(before_comma(found.name)), found.food.name(), format_trimmed(slice->grams, 1),
                         quote_excerpt(before_comma(found.name))));
  }
  // Sugar snap peas are plumper than the flat snow peas that USDA measured by the cup (63 g whole) and counted (10
  // pods, 34 g): recipes give about twice the weight for a cup of them.
  if (id == "snow-peas" && names("snap") && !grams_per_mass_unit(amount.unit)) {
    fail(at, fmt::format("vitk has the cup and the pod of flat snow peas (USDA's edible-podded peas: 63 g a cup, 3.4 g "
                         "a pod), and sugar snap peas are plumper; give a weight, such as '{} 100 g'",
                         quote_excerpt(before_comma(found.name))));
  }
  // A head of bok choy that says no size is as often a small Shanghai head as USDA's full one; the food's id names
  // USDA's head as it stands.
  const std::optional<Portion> head = found.food.find_portion("head");
  if (id == "bok-choy" && unit == "head" && head && head->grams >= 400 && !names("large") && !names("baby") &&
      to_lower(before_comma(found.name)) != id) {
    bool sized = false;
    for (const Word& w : words_) sized = sized || to_lower(w.text) == "large";
    if (!sized) {
      fail(at, fmt::format("a head of '{}' may be a full head (USDA's, {} g) or a small Shanghai one of about a "
                           "tenth of it; give a weight, such as '{} 150 g', or write 'large head' for USDA's",
                           quote_excerpt(before_comma(found.name)), format_trimmed(head->grams, 1),
                           quote_excerpt(before_comma(found.name))));
    }
  }
}

/// `1 chicken thigh, skin on`: the skin, which the food read leaves out, is no note to set aside. The same piece
/// with its skin, where vitk has it in the state the item says; else an error; nullopt where no skin is said.
std::optional<Item> ItemReader::skin_eaten(const Found& found, const Amount& amount, std::size_t food_first) {
  const Food& food = found.food;
  if (spaced(normalize_key(food.name())).find(" meat only ") != std::string::npos) {
    for (std::size_t k = 0; k < words_.size(); ++k) {
      const std::string w = to_lower(word(k));
      const std::string next = k + 1 < words_.size() ? to_lower(word(k + 1)) : std::string();
      const std::string after = k + 2 < words_.size() ? to_lower(word(k + 2)) : std::string();
      // `, meat and skin`: the words of USDA's names.
      const bool meat_and_skin = w == "meat" && next == "and" && after == "skin";
      const bool skin = w == "skin-on" || (w == "skin" && one_of(next, {"on", "left"})) || meat_and_skin ||
                        (w == "with" && (next == "skin" || (one_of(next, {"the", "its"}) && after == "skin")));
      if (!skin) continue;
      // The same piece with its skin, where vitk has it (`2 chicken drumsticks, skin on`: USDA's roasted drumstick,
      // meat and skin).
      // Not where the item says the skin was not eaten (`skin on but not eaten`, `skin removed`).
      // (Within three words of the skin, in its note: `bones removed, with skin on` keeps it.)
      bool left = false;
      for (std::size_t j = 0; j < words_.size() && !left; ++j) {
        if (!one_of(to_lower(word(j)), {"not", "no", "removed", "discarded", "peeled", "off", "without", "skinless",
                                        "uneaten", "didn't", "didnt", "plate", "remove", "discard"})) {
          continue;
        }
        for (std::size_t i = j > 3 ? j - 3 : 0; i < std::min(words_.size(), j + 4) && !left; ++i) {
          const std::size_t from = std::min(i, j);
          const std::size_t to = std::max(i, j);
          left = one_of(to_lower(word(i)), {"skin", "skin-on", "skinless"}) &&
                 std::none_of(words_.begin() + static_cast<std::ptrdiff_t>(from),
                              words_.begin() + static_cast<std::ptrdiff_t>(to),
                              [](const Word& between) { return between.text == ","; });
        }
      }
      // The piece's name without its states (`chicken thigh roasted`: chicken thigh), with its skin.
      std::string piece_name;
      for (const std::string& part : singular_words(found.name)) {
        if (is_state_word(part)) continue;
        piece_name += piece_name.empty() ? part : " " + part;
      }
      const std::string with_skin = fmt::format("{} with skin", piece_name);
      const FoodMatch match = left ? FoodMatch{} : catalog_.find(with_skin);
      // Spaced words of a name, its parentheses as spaces (`roasted (rotisserie)`).
      const auto name_words = [](std::string_view name) {
        std::string out = spaced(normalize_key(name));
        std::replace_if(out.begin(), out.end(), [](char c) { return c == '(' || c == ')'; }, ' ');
        return out;
      };
      const std::string skin_name = match.food ? name_words(match.food->name()) : std::string();
      // In the same state (not the raw wing with its skin for the roasted one), and cooked as the item says (not the
      // roasted leg for a stewed one, nor for a rotisserie one, which the meat alone names).
      const std::string meat_name = name_words(food.name());
      const bool raw_meat = meat_name.find(" raw ") != std::string::npos;
      const bool same_state = std::all_of(words_.begin(), words_.end(), [&](const Word& said) {
        const std::string lower = to_lower(said.text);
        const std::string in_name = fmt::format(" {} ", lower);
        if (is_state_word(lower) && skin_name.find(in_name) == std::string::npos) return false;
        return lower.size() < 4 || meat_name.find(in_name) == std::string::npos ||
               skin_name.find(in_name) != std::string::npos || one_of(lower, {"meat", "only"});
      });
      if ((skin_name.find(" meat and skin ") != std::string::npos ||
           skin_name.find(" with skin ") != std::string::npos) &&
          (skin_name.find(" raw ") != std::string::npos) == raw_meat && same_state) {
        return make(Found{*match.food, with_skin}, amount, food_first);
      }
      fail_skin_eaten(found, k,
                      w == "with" ? k + (next == "skin" ? 2 : 3) : k + (w == "skin" ? 2 : meat_and_skin ? 3 : 1));
    }
  }
  return std::nullopt;
}

Item ItemReader::make(const Found& given, const Amount& amount, std::size_t food_first) {
  // `Eggs, large, 2 each`, `eggs 2 each`: `each`, as trackers write it, where the food has no portion of that name,
  // says that the count counts the food's pieces, as the count alone does.
  if (amount.unit == "each" && !given.food.find_portion("each") && !amount.container_grams && !amount.container_ml) {
    Amount counted = amount;
    counted.unit.clear();
    counted.counts_pieces = true;
    return make(given, counted, food_first);
  }
  // `4 rashers bacon`, `bacon, 3 rashers`: a rasher is sold, weighed and counted raw, so a rasher of bacon is raw
  // bacon's slice (28 g), as `4 bacon rashers` is; not one that the item says is cooked, anywhere in it.
  // Not of a table of one's own that weighs a rasher.
  if (given.food.id() == "bacon" && !given.food.find_portion("rasher") && says_rasher()) {
    const bool cooked = std::any_of(words_.begin(), words_.end(), [](const Word& w) {
      return one_of(to_lower(w.text), {"cooked", "grilled", "fried", "pan-fried", "baked", "broiled", "roasted",
                                       "crispy", "crisp", "microwaved"});
    });
    if (!cooked) {
      const std::optional<Food> raw = food_named("raw-bacon");
      if (raw && raw->id() == "raw-bacon" && raw->find_portion("slice")) {
        return make(Found{*raw, given.name}, amount, food_first);
      }
    }
  }
  fail_if_descending(amount);
  fail_if_two_meanings(given, amount);
  fail_if_bottles_counted(given, amount);
  fail_if_cut_otherwise(given, amount);
  fail_if_loose_leaves(given, amount);
  fail_if_raw_weight_patty(given, amount);
  fail_if_weighed_with_bone(given, amount);
  fail_if_weighed_in_shell(given, amount);
  // `1 tin chickpeas (240g drained)`, `1 can chickpeas, drained (240g drained weight)`: the drained weight of a
  // counted can, where the food is weighed drained, is the amount.
  if (one_of(singular(to_lower(amount.unit)), {"can", "tin"}) &&
      spaced(normalize_key(given.food.name())).find(" drained ") != std::string::npos) {
    for (std::size_t k = 0; k + 1 < words_.size(); ++k) {
      if (words_[k].offset < amount.end_offset) continue;
      QuantityToken token;
      if (parse_quantity_token(word(k), token) != QuantityStatus::ok) continue;
      std::size_t next = k + 1;
      std::string unit_written(token.unit);
      if (unit_written.empty()) unit_written = std::string(word(next++));
      const std::string canonical = canonical_unit(unit_written);
      // `(240g drained)`, `(drained weight 240g)`.
      const bool after = next < words_.size() && to_lower(word(next)) == "drained";
      const bool before = (k > 0 && to_lower(word(k - 1)) == "drained") ||
                          (k > 1 && to_lower(word(k - 2)) == "drained" && singular(to_lower(word(k - 1))) == "weight");
      if (!grams_per_mass_unit(canonical) || (!after && !before)) continue;
      Amount drained = amount;
      drained.container_grams.reset();
      drained.container_ml.reset();
      drained.quantity = token.value;
      drained.unit = canonical;
      drained.unit_text = word(k);
      drained.equivalents.clear();
      drained.times = 1;
      return make(given, drained, food_first);
    }
  }
  fail_if_net_weight_drained(given, amount);
  // `a venti iced coffee`: a coffee-shop cup of a cold drink holds its ice too.
  if (one_of(amount.unit, {"grande", "venti", "tall-cup", "short-cup"})) {
    for (const Word& w : words_) {
      if (one_of(to_lower(w.text), {"iced", "ice", "cold", "frappuccino", "frappe", "frappé"})) {
        fail(amount.offset, fmt::format("a {} cup of a cold drink holds its ice too, which no source weighs; give "
                                        "the drink's volume, such as '{} 12 fl oz'",
                                        amount.unit.substr(0, amount.unit.find('-')), quote_excerpt(given.name)));
      }
    }
  }
  // `egg mcmuffin`, `a big sandwich`: a dish that USDA weighs only as one item or sandwich, and gives no serving
  // of, named alone, is one of it, as `1 egg mcmuffin` is.
  if (amount.unit.empty() && !amount.counts_pieces && !amount.container_grams && !amount.container_ml &&
      amount.quantity == 1 && !given.food.default_portion()) {
    // Not several of it (`egg mcmuffins`, `whoppers`), whose count is not said.
    const std::vector<std::string> written = key_words(before_comma(given.name));
    const bool alone = !written.empty() && singular(written.back()) == written.back();
    if (const std::optional<std::string> piece = piece_unit(given.food, given.name);
        alone && piece && one_of(*piece, {"item", "sandwich"})) {
      Amount one = amount;
      one.counts_pieces = true;
      return make(given, one, food_first);
    }
  }
  // `potato 1 medium`, `onion, a large one`: a size after the food is the size of its piece, as before it.
  if (const std::string size = piece_size(amount.unit);
      !size.empty() && amount.equivalents.empty() && !given.food.find_portion(amount.unit)) {
    std::optional<std::string> sized;
    if (const std::optional<std::string> piece = piece_unit(given.food, given.name);
        piece && given.food.find_portion(*piece + "-" + size)) {
      sized = *piece + "-" + size;
    } else if (size == "medium") {
      sized = medium_piece(given.food, given.name);
    }
    if (sized) {
      Amount pieces = amount;
      pieces.unit = *sized;
      return make(given, pieces, food_first);
    }
  }
  // `scrambled eggs, 2 eggs`, `apple slices, half an apple`: a unit that is a word of the food's name, and no
  // portion of it, counts the food's pieces by that word.
  if (!amount.unit.empty() && amount.equivalents.empty() && !amount.container_grams && !amount.container_ml &&
      !is_measure(amount.unit) && !is_container(amount.unit) && !is_package(amount.unit) &&
      !given.food.find_portion(amount.unit) && !given.food.find_portion(singular(amount.unit)) &&
      !portion_said_as(given.food, singular(amount.unit))) {
    // Only the word the name ends with, which names what the food is (not `blueberry muffin, 10 blueberries`,
    // `apple pie, 1 apple`), counted as the name counts it (`cherry tomatoes, 10 tomatoes` are cherry tomatoes).
    const std::vector<std::string> named = singular_words(before_comma(given.name));
    if (!named.empty() && named.back() == singular(amount.unit)) {
      Amount pieces = amount;
      pieces.unit.clear();
      pieces.unit_text = {};
      pieces.counts_pieces = true;
      return make(given, pieces, food_first);
    }
  }
  // `1 banana, half`, `1 banana, 2`: a number alone after the last comma, where the amount is before it, is a
  // second amount, never a note.
  for (std::size_t comma = words_.size(); comma-- > 0;) {
    if (word(comma) != ",") continue;
    std::size_t k = comma + 1;
    if (k + 1 < words_.size() && one_of(word(k), {"a", "an"})) ++k;
    const auto is_number_at = [&](std::size_t at) {
      QuantityToken token;
      return at < words_.size() &&
             ((parse_quantity_token(word(at), token) == QuantityStatus::ok && token.unit.empty()) ||
              (number_word(word(at)) && !one_of(word(at), {"a", "an"})));
    };
    // `1 cup milk, 1 1/2`: a mixed number too.
    const std::size_t end = is_number_at(k) && is_number_at(k + 1) ? k + 2 : k + 1;
    if (is_number_at(k) && end == words_.size() && amount.offset < words_[comma].offset) {
      fail(words_[k].offset, fmt::format("stray number '{}' (expected one amount per item, such as 'kale 2 cups', or "
                                         "a mixed number such as 'kale 1 1/2 cups')",
                                         quote_excerpt(word(k))));
    }
    break;
  }
  // `coke 12 oz`, `8 oz milk`: an ounce of a drink is a fluid ounce, as a drink is measured, not weighed, where
  // the food has a volume to measure it by.
  // So is one in an equivalent (`1 glass milk (8 oz)`).
  if (ounce_is_fluid(given.food)) {
    Amount fluid = amount;
    bool changed = measure_fluid(given.food, fluid);
    // Not after a weight, whose ounces are its weight again (`60g/2½oz buttermilk`).
    for (Amount& again : fluid.equivalents) {
      if (!grams_per_mass_unit(fluid.unit)) changed = measure_fluid(given.food, again) || changed;
    }
    if (changed) return make(given, fluid, food_first);
  }
  // `1 cup chickpeas, soaked overnight`: a legume soaked before it is cooked is the dried one, where vitk has it.
  if (food_kind(given.food.group()) == "legume" &&
      std::any_of(words_.begin() + static_cast<std::ptrdiff_t>(food_first), words_.end(),
                  [](const Word& w) { return one_of(to_lower(w.text), {"soaked", "soak"}); })) {
    const std::string name = spaced(normalize_key(given.food.name()));
    if (name.find(" cooked ") != std::string::npos || name.find(" boiled ") != std::string::npos) {
      for (const std::string_view dried : {"dried ", "dry "}) {
        const std::string written = std::string(dried) + given.name;
        const FoodMatch match = catalog_.find(written);
        if (match.food && food_kind(match.food->group()) == "legume" && match.food->id() != given.food.id()) {
          return make(Found{*match.food, written}, amount, food_first);
        }
      }
    }
  }
  // `parmesan 1 tbsp`, `1/4 cup pecorino`: a cheese measured by the spoon or the cup, which has no volume of its
  // own, is the grated or shredded cheese, where vitk has that and it has the volume.
  if (food_kind(given.food.group()) == "dairy" && ml_per_volume_unit(amount.unit)) {
    std::string_view unit;
    if (!grams_if_known(given.food, amount, unit)) {
      for (const std::string_view cut : {"grated ", "shredded "}) {
        const std::string written = std::string(cut) + given.name;
        const FoodMatch match = catalog_.find(written);
        if (match.food && match.food->id() != given.food.id() && grams_if_known(*match.food, amount, unit)) {
          return make(Found{*match.food, written}, amount, food_first);
        }
      }
    }
  }
  // `nuggets 10 pc`: a pc is a piece. `tomatoes 2 pcs`, `eggs 3 pieces`: a count of the food's pieces, written
  // after it, where it has no portion called a piece (`2 pieces of tomato` may be chunks of one).
  if (one_of(amount.unit, {"pc", "pcs"}) && given.food.find_portion("piece")) {
    Amount piece = amount;
    piece.unit = "piece";
    return make(given, piece, food_first);
  }
  // `1 stick string cheese`, `2 sticks of string cheese`: a stick of string cheese is what a count of it counts.
  if (one_of(amount.unit, {"stick", "sticks"}) && !given.food.find_portion("stick") &&
      normalize_key(given.name).find("string cheese") != std::string::npos) {
    Amount count = amount;
    count.unit.clear();
    count.counts_pieces = true;
    return make(given, count, food_first);
  }
  if (one_of(amount.unit, {"pc", "pcs", "piece", "pieces"}) && !given.food.find_portion("piece") &&
      words_[food_first].offset < amount.offset && amount.quantity == std::floor(amount.quantity) &&
      small_piece(given.food, given.name)) {
    Amount count = amount;
    count.unit.clear();
    count.counts_pieces = true;
    return make(given, count, food_first);
  }
  // The raw food counts where it can weigh the amount: a count by its piece, a unit by its portions.
  // A count whose weight the item writes is weighed too (`4 boneless, skinless chicken breasts (about 2 lbs)`).
  // Not another choice's weight (`3 medium parsnips, cut into wedges, or 200 g baby parsnips`): one before `or`.
  bool count_weighed = false;
  for (std::size_t k = 0; amount.unit.empty() && amount.counts_pieces && k < words_.size() && !count_weighed; ++k) {
    if (one_of(to_lower(word(k)), {"or"})) break;
    count_weighed = mass_at(k);
  }
  std::optional<Found> raw = raw_if_prepared(
      given, grams_per_mass_unit(amount.unit).has_value() || amount.container_grams.has_value() || count_weighed,
      food_first);
  const auto weighs = [&](const Found& other) {
    std::string_view unit;
    return amount.unit.empty() ? amount.counts_pieces && piece_unit(other.food, other.name).has_value()
                               : grams_if_known(other.food, amount, unit).has_value();
  };
  // A weight of a vegetable's container or bunch weighs the raw one too (`1 (16 oz) bag collard greens, chopped`,
  // `1 bunch collard greens (about 1 lb), chopped`).
  const auto weighed_after = [&] {
    bool each = false;
    try {
      const std::optional<Amount> after = amount_after_food(food_first, each);
      std::string_view unit;
      return after && grams_if_known(raw->food, *after, unit).has_value();
    } catch (const Error&) {
      return false;  // a note, as the amount's reading will say
    }
  };
  const bool vegetable_weighed = raw && food_kind(given.food.group()) == "vegetable" &&
                                 (amount.container_grams || (!weighs(*raw) && weighed_after()));
  if (raw && ((!amount.container_grams && !amount.container_ml) || vegetable_weighed)) {
    if (!vegetable_weighed && !weighs(*raw) && !count_weighed) raw.reset();
  } else {
    raw.reset();
  }
  // `3 apples, peeled and sliced`, `1 cucumber, peeled`: the peeled food, where vitk has one and it weighs the
  // amount (USDA's apples without skin have a quarter of the vitamin K1 of those with it).
  // Not where the item says otherwise (`not peeled`, `half peeled`, `skin left on`).
  bool peeled_written = false;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    peeled_written = peeled_written ||
                     (one_of(word(k), {"peeled", "pared"}) && (k == 0 || to_lower(word(k - 1)) != "half"));
  }
  if (!raw && peeled_written && std::none_of(words_.begin(), words_.end(), [](const Word& w) {
        return one_of(to_lower(w.text), {"not", "no", "partly", "partially", "skin", "skin-on", "unpeeled"});
      })) {
    const std::string given_name = spaced(normalize_key(given.food.name()));
    if (given_name.find(" with skin ") != std::string::npos || given_name.find(" with peel ") != std::string::npos) {
      const std::string peeled = "peeled " + given.name;
      FoodMatch match = catalog_.find(peeled);
      if (!match.food) match = catalog_.find_words(peeled);
      if (match.food && match.food->id() != given.food.id() && weighs(Found{*match.food, peeled})) {
        raw = Found{*match.food, peeled};
      }
    }
  }
  if (!raw) {
    // Also where the frozen food has not the item's measure (`spinach 1 serving (frozen)`): its error says so, as `1
    // serving frozen spinach` does, where the fresh food's cup or serving would weigh another's. Not a count of
    // pieces, which weigh as much frozen (`1 ear of corn, frozen`, `2 pizzas (frozen)`); a count of packages of a
    // weight weighs the frozen food (`2 (10 ounce) packages frozen corn, thawed`).
    const bool counted = (amount.unit.empty() && !amount.container_grams && !amount.container_ml) ||
                         one_of(singular(amount.unit), {"piece", "ear", "spear", "stalk", "medium", "large", "small",
                                                        "whole", "head", "floweret", "pizza"});
    if (std::optional<Found> frozen = frozen_kept(given); frozen && (weighs(*frozen) || !counted)) raw = frozen;
  }
  // `2 eggs (fried)`, `1 cup spinach (sauteed)`: a state in parentheses right after the food that its reading has
  // not taken is the food's where vitk has that food, and else an error, never set aside.
  if (!raw) {
    if (std::optional<Found> stated = state_in_parenthesis(given, food_first)) raw = stated;
  }
  if (std::optional<Found> packed = packed_in(raw ? *raw : given, food_first)) raw = packed;
  if (std::optional<Found> canned = from_can(raw ? *raw : given)) raw = canned;
  const Found& found = raw ? *raw : given;
  fail_if_raw_in_can(found, food_first);
  made_ = Made{found, food_first, amount};
  // `2 (15 ounce) cans sliced pears`: no other reading of the words is the canned food.
  if (!refused_cans_.empty() && !sold_canned(found.food)) {
    fail_ambiguous(words_[food_first].offset, refused_can_name_, refused_cans_);
  }
  if (std::optional<Item> juice = juiced(found, amount, food_first)) return *juice;
  if (std::optional<Item> part = egg_part(found, amount, food_first)) return *part;
  const Food& food = found.food;
  const std::string read_as = normalize_key(found.name) == normalize_key(food.id())
                                  ? fmt::format("'{}'", quote_excerpt(found.name))
                                  : fmt::format("'{}' ({}, {})", quote_excerpt(found.name), food.id(), food.name());
  fail_if_whole_animal(found, amount, read_as);
  fail_if_note_adds_food(found, food_first);
  fail_if_note_is_food(found, food_first);
  if (std::optional<Item> skinned = skin_eaten(found, amount, food_first)) return *skinned;
  fail_if_fresh_herb(found, read_as);
  fail_if_sausages_counted(found, amount, read_as);
  fail_if_pointed_cabbage_counted(found, amount, read_as);
  fail_if_whole_grain_dropped(found, read_as);
  fail_if_weighed_raw(found, read_as);
  fail_if_foreign_note(found, read_as);
  fail_if_fat_note(found, food_first, read_as);
  fail_if_part_named(found, food_first, read_as);
  fail_if_cut_noted(found, food_first, read_as);
  fail_if_cooked_abroad_dropped(found, read_as);
  fail_if_form_dropped(found, read_as);
  std::string_view unit;
  Amount pieces;
  const bool counted =
      amount.counts_pieces && amount.unit.empty() && !amount.container_grams && !amount.container_ml;
  // `1 large onion (about 300g)`, `2 medium-size zucchini, about 1 pound total`: a size is no weight where the
  // pieces' weight is written after them.
  const bool sized = amount.counts_pieces && !piece_size(amount.unit).empty() && !amount.container_grams &&
                     !amount.container_ml;
  if (counted || sized) {
    Amount weighed = amount;
    weighed.unit.clear();
    if (weight_after(food_first, weighed)) return make(found, weighed, food_first);
  }
  // `12 baby spinach leaves`, `1 head baby gem lettuce`, `3 young carrots`: a piece of a baby vegetable is no piece
  // of the grown food, whose portions vitk has.
  if (!amount.unit.empty() || counted) {
    const std::string unit_name = amount.unit;
    // Not a container the food has no weight for (`a bag of baby spinach`: its error names the bag); one it has
    // (spinach's package) is the grown food's.
    std::string_view container_unit;
    const bool unweighed_container = is_container(unit_name) && !grams_if_known(food, amount, container_unit);
    const bool by_piece = !is_measure(unit_name) && !ml_per_volume_unit(unit_name.substr(0, unit_name.find('-'))) &&
                          !amount.container_grams && !amount.container_ml && !unweighed_container;
    for (std::size_t k = 0; by_piece && k < words_.size() && word(k) != "," && word(k) != "("; ++k) {
      // `4 pearl onions`, `6 new potatoes`: small kinds of the food, likewise.
      // `10 grape tomatoes`, `4 beefsteak tomatoes`, `10 king prawns`: kinds whose pieces are no size the food
      // has.
      const std::string next = k + 1 < words_.size() ? singular(to_lower(word(k + 1))) : std::string();
      // `a gherkin`: a small pickle, no large one.
      const bool small_kind = one_of(word(k), {"pearl", "king", "tiger", "gherkin", "gherkins", "cornichon",
                                               "cornichons"}) ||
                              (one_of(word(k), {"new"}) && next == "potato") ||
                              (one_of(word(k), {"grape", "beef", "beefsteak"}) && next == "tomato");
      if ((!one_of(word(k), {"baby", "young"}) && !small_kind) || food.find_portion(to_lower(word(k)))) continue;
      const std::string own = to_lower(food.name());
      if (own.find(to_lower(word(k))) != std::string::npos) break;
      const bool larger = one_of(word(k), {"king", "tiger", "beef", "beefsteak"});
      if (one_of(word(k), {"gherkin", "gherkins", "cornichon", "cornichons"})) {
        // The kind is the food's name: `4 gherkins`.
        fail(words_[k].offset, fmt::format("{} has no portion of one {}, which weighs less than the food's pieces; "
                                           "give a weight or a volume, such as '{} 100 g' (units: {})",
                                           read_as, singular(to_lower(word(k))), quote_excerpt(found.name),
                                           unit_names(food)));
      }
      fail(words_[k].offset, fmt::format("{} has no portion of a {} one, whose pieces weigh {} than the {} food's; "
                                         "give a weight or a volume, such as '{} 100 g' (units: {})",
                                         read_as, to_lower(word(k)), larger ? "more" : "less",
                                         larger ? "common" : "grown", quote_excerpt(found.name), unit_names(food)));
    }
  }
  // `2 grapefruit halves`, `1 avocado half`: halves of a food that has no portion of a half are half as many of
  // the pieces that a count of the food counts. Not a meat's (`2 chicken breast halves` are two breasts, as USDA's
  // piece of breast is one side of it).
  if (counted && !food.find_portion("half") && one_of(food_kind(food.group()), {"fruit", "vegetable"})) {
    const std::string key = normalize_key(found.name);
    const std::size_t last_space = key.rfind(' ');
    // Not of a food whose piece is a cut one already (USDA's piece of sun-dried tomato is a half).
    if (last_space != std::string::npos && one_of(singular(key.substr(last_space + 1)), {"half", "halve"}) &&
        !food.find_portion("piece")) {
      // Only where a count of the whole counts a whole piece (not `green leaf lettuce halves`, a leaf; not
      // `garlic halves`, a clove).
      const std::string whole_name = key.substr(0, last_space);
      // A count that counts servings counts the piece the serving is.
      std::optional<std::string> whole = piece_unit(food, whole_name);
      const std::optional<Portion> serving = food.default_portion();
      for (std::size_t p = 0; !whole && serving && p < food.portion_count(); ++p) {
        const Portion portion = food.portion(p);
        if (portion.unit != "serving" && portion.grams == serving->grams && !is_measure(portion.unit)) {
          whole = std::string(portion.unit);
        }
      }
      if (whole && is_whole_piece(food, *whole) &&
          !one_of(*whole, {"leaf", "clove", "slice", "stalk", "sprig", "floweret", "spear", "segment", "wedge",
                           "section", "piece"})) {
        Amount halves = amount;
        halves.quantity *= 0.5;
        return make(Found{food, whole_name}, halves, food_first);
      }
    }
  }
  if (counted) {
    // `1 lettuce, leaves finely chopped`: after a count before the food, words after a comma that the name was found
    // with are a note, and count nothing (`cabbage, leaves 2`, counted after the food, counts leaves).
    const std::string_view counted_name =
        amount.offset < words_[food_first].offset ? before_comma(found.name) : std::string_view(found.name);
    // The name as written, not as respelled (`roast potatoes` are found as baked ones): its words before a count,
    // a parenthesis or a note.
    std::string written;
    for (std::size_t k = food_first; k < words_.size(); ++k) {
      const std::string_view w = word(k);
      if (!letters_only(w) || one_of(to_lower(w), {"x"})) break;
      written += written.empty() ? w : fmt::format(" {}", w);
    }
    if (names_roast_pieces(written)) {
      fail(words_[food_first].offset,
           fmt::format("'{}': roast potatoes and parsnips are pieces, cut and roasted, so a count of them is no "
                       "weight; give an amount such as '{} 100 g' (units: {})",
                       quote_excerpt(written), quote_excerpt(written), unit_names(food)));
    }
    // `10 baby carrots`: a baby food's baby is its name, not its size.
    const bool baby_food = to_lower(food.name()).find("baby") != std::string::npos;
    const std::optional<std::size_t> size_at = size_word(baby_food, food_first);
    std::optional<std::string> piece;
    std::optional<std::string> size;
    std::optional<Portion> said;
    // `2 large carrot sticks`: the size of a part that another name of a portion names is that portion's.
    if (size_at && !names_a_piece(food, counted_name) && !names_said_part(food, counted_name) &&
        !names_cut_part(food, counted_name)) {
      size = size_before(food, food_first);
    }
    // `a large cabbage`, `a small croissant`: the size of the piece counted (`head-large`, `croissant-small`), or of
    // the part the name ends with, which the food weighs only by its sizes (`2 outer romaine leaves`: leaf-outer).
    std::optional<std::string> sized_piece;
    if (size_at && !size && !names_a_piece(food, counted_name)) {
      sized_piece = piece_unit(food, counted_name);
      if (!sized_piece && names_leaves(counted_name)) sized_piece = "leaf";
    }
    if (sized_piece) {
      if (std::string of_size = *sized_piece + "-" + piece_size(word(*size_at)); food.find_portion(of_size)) {
        size = std::move(of_size);
      }
    }
    // `1 10-inch flour tortilla`: the piece of that size, which a size word cannot also name.
    if (!inch_size_.empty() && !inch_read_) {
      if (size_at && !inch_after_size_) {
        fail(words_[*size_at].offset, fmt::format("'{}' and '{}' are two sizes of one piece (expected one of them)",
                                                  quote_excerpt(word(*size_at)),
                                                  quote_excerpt(text_.substr(inch_offset_, inch_written_))));
      }
      std::optional<std::string> inch = inch_piece(food, counted_name, read_as);
      // `1 medium (3-inch) potato`: after a size word, its piece, unless USDA measures that piece at other inches
      // (`1 medium (8-inch) flour tortilla`: USDA's medium tortilla is its 6-inch one).
      if (inch && inch_after_size_ && size && *inch != *size) {
        const std::optional<Portion> of_size = food.find_portion(*size);
        bool other_inches = false;
        for (std::size_t p = 0; of_size && p < food.portion_count(); ++p) {
          const Portion portion = food.portion(p);
          other_inches = other_inches || (portion.unit.ends_with("-inch") && portion.grams == of_size->grams &&
                                          !portion.unit.ends_with(fmt::format("-{}", inch_size_)));
        }
        if (!other_inches) inch.reset();
      }
      if (inch) size = std::move(inch);
    }
    if (size) {
      // `1 lg red onion`: the size is the portion counted, where the food has it (not `4 large cherry
      // tomatoes`, which are cherry tomatoes).
      pieces = amount;
      pieces.unit = std::move(*size);
    } else if (size_at && piece_size(word(*size_at)) == "medium" && (piece = medium_piece(food, counted_name))) {
      // `1 medium avocado`, `2 medium leeks`: where USDA weighs the piece without a size, that piece is the medium
      // one, as a piece of no size is the medium one where USDA gives only sizes.
      pieces = amount;
      pieces.unit = std::move(*piece);
    } else if ((piece = piece_unit(food, counted_name)) && (!size_at || !is_whole_piece(food, *piece))) {
      // `1 orange juice`: a serving of it, or the juice of one orange (the juice's `orange` is what one yields)?
      if (to_lower(food.name()).starts_with(*piece + " juice") && singular_words(found.name).front() == *piece) {
        fail(amount.offset, fmt::format("'{}' may be a serving of it or the juice of one {}; write which, such as "
                                        "'{} 1 cup' or 'juice of 1 {}'",
                                        quote_excerpt(span(0, words_.size())), *piece, quote_excerpt(found.name),
                                        *piece));
      }
      // `2 large garlic cloves`: the size of a piece its name names is set aside, as USDA's clove is any clove.
      pieces = amount;
      pieces.unit = std::move(*piece);
    } else if (size_at && (piece || !names_a_piece(food, counted_name))) {
      // `2 large potatoes`, where the potato has no large one: a whole piece of another size is no weight.
      fail(words_[*size_at].offset, fmt::format("{} has no portion '{}' (units: {})", read_as,
                                                quote_excerpt(word(*size_at)), unit_names(food)));
    } else if (const std::optional<std::string> part = named_part_of(food, found.name);
               part && !food.find_portion(*part) && (said = portion_said_as(food, *part))) {
      // `1 celery rib`, `3 bacon rashers`: another name of a portion the food has.
      pieces = amount;
      pieces.unit = said->unit;
    } else if (part && !food.find_portion(*part)) {
      // `4 salmon fillets`, where the salmon has no fillet: a serving is not the piece the item counts.
      // The part as written: `florets` are USDA's flowerets, but the item said floret. The example keeps a state
      // in parentheses, which chose the food (`salmon fillet (baked)`: 'salmon fillet (baked) 100 g').
      std::string example(found.name);
      for (std::size_t k = food_first; k + 2 < words_.size(); ++k) {
        if (word(k) == "(" && is_state_word(to_lower(word(k + 1))) && word(k + 2) == ")") {
          example += fmt::format(" ({})", word(k + 1));
          break;
        }
      }
      fail(words_[food_first].offset,
           fmt::format("{} has no portion '{}', so a count of it is no weight; give an amount such as '{} 100 g' "
                       "(units: {})",
                       read_as, singular_words(found.name).back(), quote_excerpt(example), unit_names(food)));
    } else if (const std::optional<Portion> serving = food.default_portion()) {
      // `12 white peppercorns`, `20 peanuts`: a serving of a spoonful, or of a cup of a food that is no drink, is
      // no piece, and a count of them no weight.
      const std::string_view group = food.group();
      const bool drink = is_drink_group(group);
      // A serving that is one piece already (`24 eggs`: the egg's serving is its large egg) counts pieces.
      // Not a container or an order of a size (`10 onion rings` are no 10 packages, `10 fries` no 10 small
      // orders), nor a cheese's wedge, slice or cube (`a camembert`, `1 cheese`; `2 cheese slices` are counted
      // above, and `a string cheese` is its stick).
      bool one_piece = false;
      // `string cheese x2`: a stick of string cheese is the ounce that its serving's slice weighs.
      const std::vector<std::string> named = singular_words(before_comma(found.name));
      const bool string_cheese = group == "cheese" && std::find(named.begin(), named.end(), "string") != named.end();
      for (std::size_t p = 0; p < food.portion_count(); ++p) {
        const Portion portion = food.portion(p);
        const std::string kind(portion.unit.substr(0, portion.unit.find('-')));
        // `2 natto`, `natto x2`: a food whose serving is the pack it is sold in counts its packs.
        if (portion.unit == "pack" && portion.grams == serving->grams) one_piece = true;
        if (portion.unit != "serving" && portion.grams == serving->grams && !is_measure(portion.unit) &&
            !ml_per_volume_unit(kind) && !is_container(kind) && !one_of(kind, {"serving", "drink", "order"}) &&
            !(group == "cheese" && one_of(kind, {"wedge", "slice", "cubic", "cube"}) && !string_cheese)) {
          one_piece = true;
        }
      }
      // `milk 250`, `natto 50`: so many servings are a weight or a volume without its unit.
      if (!one_piece && amount.quantity > 20) {
        fail(amount.offset, fmt::format("{} servings of {} would be {} g: a number without a unit counts servings "
                                        "(expected a unit, such as '{} {} g' or '{} {} ml')",
                                        format_trimmed(amount.quantity, 3), read_as,
                                        format_trimmed(amount.quantity * serving->grams, 1), quote_excerpt(found.name),
                                        format_trimmed(amount.quantity, 3), quote_excerpt(found.name),
                                        format_trimmed(amount.quantity, 3)));
      }
      // `1 whole chicken`: a serving that is no piece is not the whole one the item counts.
      const bool whole = std::any_of(words_.begin(), words_.end(), [](const Word& w) { return one_of(w.text, {"whole"}); });
      if (!one_piece && !drink && whole && food.portion_count() > 1) {
        fail(words_[food_first].offset,
             fmt::format("{} has no portion of a whole one, so a count of it is no weight; give an amount such as "
                         "'{} 100 g' (units: {})",
                         read_as, quote_excerpt(found.name), unit_names(food)));
      }
      for (const char* measure : {"tsp", "tbsp", "dash", "pinch"}) {
        if (one_piece) break;
        const std::optional<Portion> portion = food.find_portion(measure);
        if (!portion || portion->grams != serving->grams) continue;
        fail(words_[food_first].offset,
             fmt::format("{} has no portion of one piece, and its serving is a {}, so a count of it is no weight; "
                         "give an amount such as '{} 1 {}' (units: {})",
                         read_as, measure, quote_excerpt(found.name), measure, unit_names(food)));
      }
      // `5 scallops`, `3 broccoli florets`: several servings of a food that has no portion of one piece are
      // rarely what a count means (drinks aside: `3 beers`). Nor is even one of a vegetable, a fruit, a nut, a
      // cheese, meat, poultry or fish (`1 celeriac`, `a camembert`, `1 turkey`): it is a whole one, which the food
      // has no weight for, where its serving is a cup or an ounce; the food's name alone counts one serving.
      // A food whose only portion is its serving counts servings (a table of one's own: `Egg from our hens`), but
      // not one of those kinds (`10 cashews`, `6 scallops`: an ounce or 85 g of them is no piece).
      const bool whole_thing =
          one_of(group, {"vegetables", "fruits", "nuts and seeds", "legumes", "cheese", "meat", "poultry", "fish",
                         "Vegetables and Vegetable Products", "Nut and Seed Products", "Legumes and Legume Products",
                         "Beef Products", "Pork Products", "Lamb, Veal, and Game Products", "Poultry Products",
                         "Finfish and Shellfish Products"});
      if (!one_piece && !drink && (amount.quantity >= 3 || whole_thing) &&
          (food.portion_count() > 1 || whole_thing)) {
        fail(words_[food_first].offset,
             fmt::format("{} has no portion of one piece, so a count of {} is no weight; give an amount such as "
                         "'{} 100 g' (units: {})",
                         read_as, format_trimmed(amount.quantity, 3), quote_excerpt(found.name), unit_names(food)));
      }
    }
  }
  // `a small tin of tuna`, `1 large bag of chips`: a size of a container, which the food has in one size, is no
  // weight; nor is a size of a serving or a portion that the food has in one size (`a small serving of spinach`).
  const bool serving_unit = one_of(amount.unit, {"serving", "servings", "portion", "portions"});
  // `a small cup of yogurt`, `a large cup of tea`: a cup of a size is a cup to drink or eat from, no measure.
  const bool cup_unit = !amount.unit.empty() && canonical_unit(amount.unit) == "cup";
  if (!amount.unit.empty() && (is_container(amount.unit) || serving_unit || cup_unit) && !amount.container_grams &&
      !amount.container_ml) {
    for (std::size_t k = 0; k < words_.size() && words_[k].offset < amount.unit_offset; ++k) {
      // A size of a serving is the word right before it, never the food's own (`baby carrots 1 serving`).
      if ((serving_unit || cup_unit) && (k + 1 >= words_.size() || words_[k + 1].offset != amount.unit_offset)) {
        continue;
      }
      const std::string size = piece_size(word(k));
      if (cup_unit && !size.empty() && amount.equivalents.empty()) {
        // Whatever cups of a size the food has: USDA's `cup-small` of cottage cheese is of small curds.
        fail(words_[k].offset, fmt::format("{} has no {} cup: the cup that measures is 236.6 ml, and {} {} one is a "
                                           "cup to drink or eat from, or a cup filled more or less, of no set size; "
                                           "give the volume or the weight, such as '{} 150 ml' (units: {})",
                                           read_as, quote_excerpt(word(k)), size.front() == 'e' ? "an" : "a",
                                           size, quote_excerpt(found.name), unit_names(food)));
      }
      if (size.empty() || cup_unit || food.find_portion(singular(amount.unit) + "-" + size) ||
          (serving_unit && (food.find_portion("serving-" + size) || food.find_portion("portion-" + size)))) {
        continue;
      }
      fail(words_[k].offset, fmt::format("{} has no {} {}, {}; give the weight, such as '{} 100 g' (units: {})",
                                         read_as, quote_excerpt(word(k)), singular(amount.unit),
                                         serving_unit ? "only the sizes its units name" : "only USDA's one size",
                                         quote_excerpt(found.name), unit_names(food)));
    }
  }
  const Amount* weighed = pieces.unit.empty() ? &amount : &pieces;
  // An equivalent amount must agree with the first, which is the one counted; so must one at the end of the
  // item (`2 tsp ground turmeric 10 mL`).
  std::vector<Amount> equivalents = amount.equivalents;
  if (tail_equivalent_ > 0) {
    std::size_t at = std::exchange(tail_equivalent_, 0);
    if (std::optional<Amount> again = amount_at(at)) equivalents.push_back(std::move(*again));
  }
  // `little gem 1 head`: a head of a kind read as another food is no head of that food.
  const bool head_of_other = !whole_is_of(food, found.name, singular(weighed->unit), false);
  std::optional<double> known = head_of_other ? std::nullopt : grams_if_known(food, *weighed, unit);
  std::optional<Amount> after;
  if (known && amount.times == 1 && one_of(unit, {"glass", "mug", "bowl"})) {
    // `1 large glass red wine (about 175ml/6fl oz)`: a glass or a mug is the drink's serving only where no amount
    // in other units is written, and only without a size. So is one after a comma: `a bowl of rice, 400g`.
    bool each = false;
    if ((after = amount_after_food(food_first, each, amount.quantity)) && !each) {
      measure_fluid(food, *after);  // `1 glass milk (8 oz)`
      equivalents.push_back(*after);
    }
    const Amount* glass = weighed;
    for (const Amount& again : equivalents) {
      if (const std::optional<double> grams = grams_if_known(food, again, unit)) {
        known = grams;
        weighed = &again;
        break;
      }
    }
    if (weighed == glass && size_word()) {
      fail(words_[*size_word()].offset,
           fmt::format("{} has no {} {}: {}; give its volume, such as '{} 250 ml'", read_as,
                       quote_excerpt(word(*size_word())), unit,
                       unit == "bowl" ? "a bowl is a cup of the food" : "a glass or a mug is the drink's serving",
                       quote_excerpt(found.name)));
    }
  }
  if (!known && amount.times == 1) {
    // `1 bunch (about 6 cups) kale`, `1 bunch kale (about 6 cups)`: where the food has no portion for the first
    // amount, the first equivalent it can weigh counts, and the report shows it.
    bool each = false;
    after = amount_after_food(food_first, each);
    // `2 bottles of beer (500 ml each)`: what each of several containers that the food has no portion for holds;
    // not of a cooked food, which its packets do not hold (`3 packets oatmeal (43g each)` are dry oats).
    const std::string cooked_name = spaced(normalize_key(food.name()));
    const bool cooked = cooked_name.find(" prepared ") != std::string::npos ||
                        std::any_of(std::begin(kCooked), std::end(kCooked),
                                    [&](std::string_view w) { return cooked_name.find(w) != std::string::npos; });
    const bool containers = after && is_package(amount.unit) && amount.quantity > 1 && !cooked;
    bool total = false;
    for (const Word& w : words_) {
      if (!containers) break;
      total = total || (w.offset > after->offset && one_of(w.text, {"total", "altogether", "totalling", "totaling"}));
    }
    if (containers && each) {
      after->quantity *= amount.quantity;
      each = false;
    } else if (containers && !total) {
      // `2 bottles of beer (500 ml)` may be each bottle or both (as `2 bottles (500 ml) beer`).
      fail(after->offset, fmt::format("'{}' after '{}' may be what each {} holds or all of them (expected 'each' or "
                                      "'total' in the parenthesis, such as '({} each)')",
                                      quote_excerpt(text_.substr(after->offset, after->end_offset - after->offset)),
                                      quote_excerpt(text_.substr(amount.offset, amount.end_offset - amount.offset)),
                                      singular(amount.unit),
                                      quote_excerpt(text_.substr(after->offset, after->end_offset - after->offset))));
    }
    if (after && !each) {
      measure_fluid(food, *after);
      equivalents.push_back(*after);
    }
    for (const Amount& again : equivalents) {
      if ((known = grams_if_known(food, again, unit))) {
        weighed = &again;
        break;
      }
    }
  }
  if (known && !after && amount.times == 1 && !amount.container_grams && !amount.container_ml &&
      amount.offset < words_[food_first].offset) {
    // `2 cups kale (100g)`, `3 slices gouda (50 g)`: a weight or a volume in parentheses that ends the item right
    // after the food's name is never set aside unread. After a measure it is the amount again, checked as an
    // equivalent is; after a portion, a weight is what the portions weigh (as after a count: `2 eggs (100g)`).
    // Not after a note or another food (`1 pound mushrooms, quartered (about 5 cups)`, `or 1 can (14 ounces)`),
    // whose volume is of the food cut or of the other food.
    std::size_t open = food_first;
    while (open < words_.size() && word(open) != "(" && word(open) != "," &&
           !one_of(word(open), {"or", "plus", "and", "with"})) {
      ++open;
    }
    bool each = false;
    const auto paren_amount = [&]() -> std::optional<Amount> {
      try {
        return amount_after_food(food_first, each);
      } catch (const Error&) {
        return std::nullopt;  // `(about 25x40cm each)`, `(6%-12% ABV)`: a note, as before
      }
    };
    // A weight there may be followed by a note (`1 cup spinach (100 g), cooked`); a volume so followed may be of
    // the food as the note cuts it (`½ pound sugar snap peas (about 2 cups), trimmed`), and is set aside.
    std::size_t close = open;
    while (close < words_.size() && word(close) != ")") ++close;
    const bool ends = close + 1 == words_.size();
    // Not the net weight of a can whose food the note drains (`1 can green beans (14.5 oz), drained`).
    const bool drained = std::any_of(words_.begin() + static_cast<std::ptrdiff_t>(std::min(close, words_.size())),
                                     words_.end(), [](const Word& w) { return one_of(to_lower(w.text), {"drained"}); });
    // `2 pots of yogurt (125 g each)`, `2 slices of bread (35 g each)`: what each weighs or holds, of a count of
    // the food's portions, is the amount of all of them.
    const auto all = [&](Amount& weight) {
      if (!each) return amount.quantity > 0;
      weight.quantity *= amount.quantity;
      for (const Word& w : words_) {  // the excerpt says each: `'6 oz each' is 340.2 g`
        if (w.offset >= weight.end_offset && one_of(w.text, {"each", "apiece"})) {
          weight.end_offset = end_of(w);
          break;
        }
      }
      return amount.quantity > 0;
    };
    if (word(open) == "(" && close < words_.size() && (ends || word(close + 1) == ",") &&
        std::count_if(words_.begin() + static_cast<std::ptrdiff_t>(open), words_.end(),
                      [](const Word& w) { return w.text == "("; }) == 1 &&
        (after = paren_amount()) && all(*after) && (ends || (grams_per_mass_unit(after->unit) && !drained))) {
      // `1 can of cola (500 ml)`: the volume of one can or bottle is its label's, as in `cola (1 can, 500 ml)`;
      // of several, it is checked (`2 cans of beer (500 ml)` may be each or all), unless it says each.
      const bool label = ml_per_volume_unit(after->unit) && is_package(amount.unit) &&
                         spaced(normalize_key(food.name())).find(" drained ") == std::string::npos;
      if (is_measure(amount.unit) || (label && amount.quantity != 1 && !each)) {
        equivalents.push_back(*after);
      } else if (grams_per_mass_unit(after->unit) || label) {
        known = grams_if_known(food, *after, unit);
        weighed = &*after;
      }
    }
  }
  // The first equivalent in a unit that `counts` accepts, where the food has a weight for it, counts instead.
  const auto count_equivalent = [&](auto counts) {
    for (const Amount& again : equivalents) {
      std::string_view again_unit;
      if (!counts(again.unit)) continue;
      if (const std::optional<double> grams = grams_if_known(food, again, again_unit)) {
        known = grams;
        unit = again_unit;
        weighed = &again;
        return;
      }
    }
  };
  if (known && amount.times == 1 && one_of(weighed->unit, {"pint", "quart", "gallon"})) {
    // `1 pint (570ml) milk`: a pint is the US or the imperial one; a metric equivalent says which, and counts.
    count_equivalent([](std::string_view u) { return one_of(u, {"ml", "cl", "dl", "l", "liter", "g", "kg"}); });
    // `1 pint (2 cups) cream`, `1 pint/16 fl oz cream`: so do cups and fluid ounces that are within 5% of a US or
    // an imperial pint (not `1 pint (4 cups)`).
    const double pints = weighed->unit == "pint" ? weighed->quantity : 0.0;
    for (const Amount& again : equivalents) {
      const double said = again.quantity * ml_per_volume_unit(again.unit).value_or(0.0);
      const auto near = [&](double pint_ml) { return std::abs(said - pints * pint_ml) <= 0.05 * pints * pint_ml; };
      std::string_view again_unit;
      if (!one_of(again.unit, {"cup", "fl-oz"}) || (!near(473.176) && !near(568.261))) continue;
      if (const std::optional<double> grams = grams_if_known(food, again, again_unit)) {
        known = grams;
        unit = again_unit;
        weighed = &again;
        break;
      }
    }
  }
  // `a pint of milk`: a pint alone is a US pint (473 ml) or an imperial one (568 ml), a fifth more, and vitk does
  // not guess which; not a pint that USDA weighs the food by (`1 pint strawberries`), nor one of a fruit, a
  // vegetable, a nut or ice cream, which only US shops sell by the pint (`1 pint cherry tomatoes`).
  const std::string kind = food_kind(food.group());
  const bool sold_by_pint = (one_of(kind, {"fruit", "vegetable", "legume", "nut"}) && !is_drink(food) &&
                             spaced(normalize_key(food.name())).find(" milk ") == std::string::npos) ||
                            spaced(normalize_key(food.name())).find(" ice cream") != std::string::npos;
  if (weighed->unit == "pint" && !food.find_portion("pint") && !sold_by_pint) {
    fail(weighed->offset, pint_unsaid(text_.substr(weighed->offset, weighed->end_offset - weighed->offset)));
  }
  if (!amount.pint_container.empty() && !sold_by_pint) {
    fail(amount.pint_container_offset, pint_unsaid(amount.pint_container));
  }
  // `1 x 400g/14fl oz can chickpeas`, `14fl oz/400g tin tomatoes`: a can's volume is what it holds, liquid too, and
  // no measure of its food; its weight counts, and the two are not checked against each other.
  bool can = false;
  for (std::size_t k = 0; k < food_first && k < words_.size(); ++k) {
    can = can || one_of(singular(to_lower(word(k))), {"can", "tin", "jar"});
  }
  if (can && ml_per_volume_unit(weighed->unit)) {
    count_equivalent([](std::string_view u) { return grams_per_mass_unit(u).has_value(); });
  }
  // `natto (1 pack, 45g)`, `cola (1 can, 330 ml)`: one pack or container of a food varies by brand and country, and
  // a weight or a volume given with it is the label's, which counts; not the net weight of a can whose food the
  // note or the food's name drains (`1 can (about 15 ounces) diced tomatoes, drained`; `Chickpeas, canned,
  // drained`), nor one of several (`cola (2 cans, 330 ml)` is checked).
  const bool drains = std::any_of(words_.begin(), words_.end(), [](const Word& w) {
    return one_of(to_lower(w.text), {"drained", "drain", "rinsed"});
  }) || spaced(normalize_key(food.name())).find(" drained ") != std::string::npos;
  if (amount.times == 1 && weighed->quantity == 1 && !amount.container_grams && !amount.container_ml && !drains &&
      is_package(weighed->unit)) {
    count_equivalent([](std::string_view u) { return is_measure(u); });
  }
  // `Whole wheat bread, 1 slice (28g)`, `10 slices (6 ounces) bacon`: the weight of pieces given with them is the
  // label's or the cook's, which counts over USDA's pieces of the food, where it is within 0.55 (0.3 for thin
  // pieces) and 2.5 times their weight; one further off is more likely of something else, of one piece of several
  // (`2 slices (28g) bread`), or a slip, and is checked as an equivalent is.
  if (amount.times == 1 && known && !amount.container_grams && !amount.container_ml &&
      !drains && !weighed->unit.empty() && !is_measure(weighed->unit) && !is_package(weighed->unit) &&
      !is_container(singular(weighed->unit))) {
    const double piece = *known;
    const Amount* const piece_read = weighed;
    const std::string_view counted_unit = unit;
    count_equivalent([](std::string_view u) { return grams_per_mass_unit(u).has_value(); });
    // `4 thin slices (about 2 ounces) Swiss cheese`: thin pieces may weigh a third of USDA's.
    const bool thin = std::any_of(words_.begin(), words_.end(), [](const Word& w) {
      return one_of(w.text, {"thin", "thinly"});
    });
    if (*known < piece * (thin ? 0.3 : 0.55) || *known > piece * 2.5) {
      known = piece;
      unit = counted_unit;
      weighed = piece_read;
    }
  }
  const double grams =
      known ? *known : grams_of(food, *weighed, unit, words_[food_first].offset, read_as, found.name);
  for (const Amount& again : equivalents) {
    std::string_view other_unit;
    if (amount.container_grams || amount.container_ml) break;
    if (&again == weighed) continue;
    if (can && ((grams_per_mass_unit(weighed->unit) && ml_per_volume_unit(again.unit)) ||
                (ml_per_volume_unit(weighed->unit) && grams_per_mass_unit(again.unit)))) {
      continue;
    }
    // `natto 45g (1 pack)`: a pack after a weight or a volume is the label's, which the weight gives.
    if (is_package(again.unit) && is_measure(weighed->unit)) continue;
    const std::optional<double> other = grams_if_known(food, again, other_unit);
    const double each = grams / amount.times;
    if (other && !agree(each, weighed->unit, *other, again.unit)) {
      fail_disagreeing(again, *other, each);
    }
  }
  // `6 outer lettuce leaves`, `an outer leaf of iceberg`: where a leaf grows is never set aside, as its size is,
  // where the food weighs no leaf by it.
  // Not of another portion (`12 outer ribs celery`, `1 cauliflower, outer leaves removed`); in a note, only right
  // before leaves (`iceberg, outer leaves 3`).
  bool in_note = false;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const Word& w = words_[k];
    in_note = in_note || w.text == ",";
    const bool of_leaves = k + 1 < words_.size() && singular(to_lower(word(k + 1))) == "leaf";
    if (where_grown(w.text) && (!in_note || of_leaves) && unit.starts_with("leaf") &&
        unit.find(to_lower(w.text)) == std::string_view::npos) {
      fail(w.offset, fmt::format("{} has no portion '{} {}' (units: {})", read_as, to_lower(w.text),
                                 quote_excerpt(unit), unit_names(food)));
    }
  }
  if (grams > kMaxItemGrams) {
    fail(amount.offset, fmt::format("amount of {:.0f} g is more than {:.0f} kg", grams, kMaxItemGrams / 1000));
  }
  return make_item(food, weighed->quantity, unit, grams);
}

void ItemReader::fail_disagreeing(const Amount& again, double grams, double first_grams) const {
  fail(again.offset, fmt::format("'{}' is {} g, but the amount before it is {} g: they differ by more than {}%, even "
                                 "as cookbooks round their conversions (expected the same amount in other units)",
                                 quote_excerpt(text_.substr(again.offset, again.end_offset - again.offset)),
                                 format_trimmed(grams, 1), format_trimmed(first_grams, 1), kEquivalentTolerance * 100));
}

/// `1 omelette (3 eggs)`, `1 pizza (2 slices)`: a count of another portion of the food in parentheses after it is
/// the same amount in other units, and an error where it differs by more than 5% from the amount before the food,
/// never a note that is set aside.
void ItemReader::fail_if_counted_again(const Item& item) const {
  // Only after a count of pieces or servings: a weight, a volume or a container is weighed already, and a count in
  // parentheses after it is a cook's rough guide (`1 cup chopped onion (1 medium)`, `270g packet filo (6 sheets)`).
  if (is_measure(std::string(item.unit)) || is_container(item.unit) || item.unit == "container") return;
  for (std::size_t k = 1; k + 3 < words_.size(); ++k) {
    if (word(k) != "(" || word(k + 3) != ")") continue;
    QuantityToken count;
    if (parse_quantity_token(word(k + 1), count) != QuantityStatus::ok || !count.unit.empty()) continue;
    const std::string unit = singular(to_lower(word(k + 2)));
    if (is_measure(canonical_unit(unit)) || unit == item.unit) continue;
    const std::optional<Portion> portion = item.food.find_portion(unit);
    if (!portion) continue;
    const double grams = count.value * portion->grams;
    if (std::abs(grams - item.grams) <= kEquivalentTolerance * std::max(grams, item.grams)) continue;
    const std::size_t begin = words_[k + 1].offset;
    const std::size_t end = words_[k + 2].offset + word(k + 2).size();
    fail(begin, fmt::format("'{}' in parentheses is {} g of {}, but the amount before it is {} g: they differ by more "
                            "than {}% (expected one amount, or the same amount in other units)",
                            quote_excerpt(text_.substr(begin, end - begin)), format_trimmed(grams, 1),
                            item.food.id(), format_trimmed(item.grams, 1), kEquivalentTolerance * 100));
  }
}

/// more-of-food = "plus" amount [words of the food] [note], after the food and its amount: `3 tbsp olive oil, plus
/// 2 tbsp for drizzling`, `3 cloves garlic, minced, plus 1 whole clove`, `2 eggs, plus 1 egg, beaten, to glaze`.
/// The recipe uses that too, so it is added to the item's amount: in the item's unit where both have it, else in
/// grams. Without a number it is a note (`plus extra for dusting`, `plus a little more`); of another food it is an
/// error (fail_if_note_adds_food), and so is one that vitk cannot read as more of the food.
void ItemReader::add_more_of_food(Item& item) {
  if (!made_) return;
  const Made made = *made_;
  std::size_t open = 0;  // where the parenthesis that word k is in opens, or 0
  for (std::size_t k = made.food_first + 1; k + 1 < words_.size(); ++k) {
    if (word(k) == "(") open = k;
    if (word(k) == ")") open = 0;
    if (starts_other_choice(k)) return;  // `, or 1 cup feta plus 2 tbsp parmesan`
    // Not within an amount in parentheses (`(½ cup plus 1 tablespoon)`, `(1 + ½ sticks)`), only one that opens
    // with it (`(plus 1 tablespoon if needed)`).
    if (!one_of(to_lower(word(k)), {"plus", "+"}) || words_[k].offset < made.amount.end_offset ||
        (open && open + 1 != k)) {
      continue;
    }
    std::size_t i = k + 1;
    QuantityToken token;
    const auto spoon_or_weight = [&](std::size_t at) {
      const std::string unit = canonical_unit(word(at));
      return is_measure(unit) || ml_per_volume_unit(unit).has_value();
    };
    // `plus a ½ tbsp extra`, `plus another 2 tbsp`; `plus a tablespoon for frying` is one.
    if (one_of(to_lower(word(i)), {"a", "an", "another"}) &&
        parse_quantity_token(word(i + 1), token) != QuantityStatus::not_a_number) {
      ++i;
    }
    const bool one = one_of(to_lower(word(i)), {"a", "an", "another"}) && spoon_or_weight(i + 1);
    if (!one && parse_quantity_token(word(i), token) == QuantityStatus::not_a_number &&
        (!number_word(word(i)) || one_of(to_lower(word(i)), {"a", "an"}))) {
      continue;  // `plus extra for dusting`, `plus a little more`
    }
    const std::size_t start = i;
    std::optional<Amount> more;
    if (one) {
      more = Amount{};
      more->quantity = 1;
      more->offset = words_[i].offset;
      ++i;
    } else {
      more = amount(i);
    }
    if (!more) continue;
    // `plus 1 heaped tbsp`, `plus 2 optional tablespoons`, `plus 2 more tbsp`
    while (more->unit.empty() && one_of(to_lower(word(i)), {"heaped", "heaping", "level", "rounded", "generous",
                                                            "scant", "good", "optional", "additional", "more",
                                                            "extra"}) &&
           is_unit_word(i + 1)) {
      ++i;
    }
    // A unit of the food's (not `plus 1 lemon`, a word of its name, nor `plus 1 thigh`, another food's part).
    const Food& food = item.food;
    if (more->unit.empty() && !more->container_grams && !more->container_ml && is_unit_word(i)) {
      const std::string unit = singular(canonical_unit(word(i)));
      const std::vector<std::string> named = singular_words(made.found.name);
      if (std::find(named.begin(), named.end(), singular(normalize_key(word(i)))) == named.end() &&
          (spoon_or_weight(i) || is_container(unit) || food.find_portion(unit) ||
           food.find_portion(canonical_unit(word(i))) || unit == singular(made.amount.unit))) {
        take_unit(i, *more);
      }
    }
    fail_if_descending(*more);
    if (is_of(word(i))) ++i;
    std::size_t last = i;
    while (last < words_.size() && word(last) != "," && word(last) != "(" && word(last) != ")" && !starts_note(last)) {
      ++last;
    }
    std::string_view name = made.found.name;
    while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.remove_suffix(1);
    const std::string read_as = fmt::format("'{}' ({}, {})", quote_excerpt(name), food.id(), food.name());
    const std::string_view written = span(k, std::max(last, start + 1));
    if (food.id() != made.found.food.id() || item.values_per_item || !names_more_of(made.found, i, last)) {
      fail(words_[k].offset, fmt::format("'{}' is an amount that vitk cannot add to {} (expected more of the same "
                                         "food, such as 'plus 1 tbsp'; or write it as an item of its own after ';')",
                                         quote_excerpt(written), read_as));
    }
    Amount weighed = *more;
    measure_fluid(food, weighed);  // `12 oz beer, plus 12 oz`, as make reads the first
    if (more->unit.empty() && !more->container_grams && !more->container_ml) {
      weighed.unit = more_pieces(item, made, i, last, read_as, written);
    } else if (!more->container_grams && !more->container_ml && is_container(singular(more->unit)) &&
               (made.amount.unit.empty() || singular(more->unit) == singular(made.amount.unit)) &&
               (made.amount.container_grams || made.amount.container_ml)) {
      // `1 (15 oz) can chickpeas, plus 1 can`: a can of the size written first.
      weighed.container_grams = made.amount.container_grams;
      weighed.container_ml = made.amount.container_ml;
      weighed.container = made.amount.container;
    }
    std::string_view unit;
    const double grams = grams_of(food, weighed, unit, words_[k].offset, read_as, made.found.name);
    for (const Amount& again : more->equivalents) {
      std::string_view other_unit;
      const std::optional<double> other = grams_if_known(food, again, other_unit);
      // `3¼ c flour, plus 2 tablespoons (425 grams)`: the weight of both.
      if (other && !agree(grams, weighed.unit, *other, again.unit) &&
          !agree(item.grams + grams, item.unit, *other, again.unit)) {
        fail_disagreeing(again, *other, grams);
      }
    }
    if (unit == item.unit) {
      item.quantity += weighed.quantity;
    } else {
      item.quantity = item.grams + grams;
      item.unit = "g";
    }
    item.grams += grams;
    if (item.grams > kMaxItemGrams) {
      fail(more->offset, fmt::format("amount of {:.0f} g is more than {:.0f} kg", item.grams, kMaxItemGrams / 1000));
    }
    k = last > k ? last - 1 : k;
  }
}

/// The portion that a number without a unit after plus counts, in the words from `first` to `last`: more of the
/// item's stick or clove, or its spoons or cups where the food has no piece (`10 tablespoons butter, plus 1`);
/// else a piece of the size written (`plus 1 small egg`, `plus 1 large potato`), the piece those words name
/// (`plus 10 spinach leaves`), or the piece that a count of the food counts (`6 oz raspberries, plus 12`).
std::string ItemReader::more_pieces(const Item& item, const Made& made, std::size_t first, std::size_t last,
                                    std::string_view read_as, std::string_view written) const {
  const Food& food = item.food;
  bool only_extra = true;
  for (std::size_t j = first; j < last; ++j) only_extra = only_extra && one_of(to_lower(word(j)), {"extra", "more"});
  const std::string kind(item.unit.substr(0, item.unit.find('-')));
  const bool volume = ml_per_volume_unit(kind).has_value();
  if (only_extra && !volume && !is_measure(item.unit) && item.unit != "serving") return std::string(item.unit);
  const std::string words = first < last ? std::string(span(first, last)) : std::string();
  std::optional<std::string> piece;
  for (std::size_t j = first; j < last && !piece; ++j) {
    const std::string size = piece_size(word(j));
    if (size.empty()) continue;
    for (const std::optional<std::string>& whole :
         {std::optional<std::string>(), piece_unit(food, words), piece_unit(food, made.found.name),
          std::optional<std::string>(food.id()), std::optional<std::string>("serving")}) {
      const std::string portion = whole ? *whole + "-" + size : size;
      if (!piece && food.find_portion(portion)) piece = portion;
    }
    if (!piece) {
      fail(words_[j].offset,
           fmt::format("{} has no portion '{}' (units: {})", read_as, quote_excerpt(word(j)), unit_names(food)));
    }
  }
  if (!piece && !words.empty()) piece = piece_unit(food, words);
  if (!piece) piece = piece_unit(food, made.found.name);
  if (!piece) {
    // The serving, where it is one piece already (`2 eggs, plus 1 egg`: the large egg).
    const std::optional<Portion> serving = food.default_portion();
    for (std::size_t p = 0; serving && !piece && p < food.portion_count(); ++p) {
      const Portion portion = food.portion(p);
      if (portion.unit != "serving" && portion.grams == serving->grams && !is_measure(portion.unit) &&
          !ml_per_volume_unit(portion.unit.substr(0, portion.unit.find('-'))) && !is_container(portion.unit)) {
        piece = "serving";
      }
    }
  }
  if (!piece && only_extra && volume) return std::string(item.unit);
  if (!piece) {
    fail(words_[first - 1].offset, fmt::format("{} has no portion of one piece, so '{}' is no weight; give an amount "
                                               "such as 'plus 100 g' (units: {})",
                                               read_as, quote_excerpt(written), unit_names(food)));
  }
  // `3 cloves garlic, plus 1 whole clove`: the pieces that the item counts, where they weigh the same.
  const std::optional<Portion> counted = food.find_portion(item.unit);
  const std::optional<Portion> each = food.find_portion(*piece);
  if (counted && each && counted->grams == each->grams && !is_measure(item.unit) && !volume) {
    return std::string(item.unit);
  }
  return *piece;
}

/// A weight or a volume in parentheses after the food (`1 chicken (3 pounds)`, `2 steaks (8 oz each)`), with
/// whether it is of each piece, or nullopt.
std::optional<Amount> ItemReader::amount_after_food(std::size_t from, bool& each, double count) {
  std::size_t k = from;
  const auto starts = [&](std::size_t at) { return word(at) == "(" || word(at) == "," || one_of(word(at), {"at"}); };
  while (k < words_.size() && !starts(k)) ++k;
  if (k >= words_.size()) return std::nullopt;
  // `4 boneless, skinless chicken breasts (about 1½ pounds total)`, `2 steaks, trimmed, about 6 oz each`: a comma
  // that no weight follows is passed.
  if (word(k) != "(" && count > 0) {
    if (std::optional<Amount> weight = amount_after_food_at(k, each, count)) return weight;
    return amount_after_food(k + 1, each, count);
  }
  // `Finely diced firm, ripe tomatoes (about 1 cup)`: without a count, only a parenthesis holds the amount, and
  // not one after a note of each piece (`2 racks of lamb, each 2½ lbs (1.25 kg)`).
  if (word(k) != "(") {
    for (std::size_t j = k + 1; j < words_.size() && word(j) != "("; ++j) {
      if (one_of(word(j), {"each", "apiece"})) return std::nullopt;
    }
    return amount_after_food(k + 1, each, count);
  }
  return amount_after_food_at(k, each, count);
}

std::optional<Amount> ItemReader::amount_after_food_at(std::size_t k, bool& each, double count) {
  // After a comma, or `at` (`2 steaks at 6oz each`), only for a count (`count` > 0).
  const bool comma = word(k) != "(";
  if (comma && count <= 0) return std::nullopt;
  std::size_t next = k + 1;
  // `(each about 175g)`, `, each weighing 8 oz`, `, totalling 340g`.
  const bool each_first = one_of(word(next), {"each"});
  if (each_first) ++next;
  const bool total_first = one_of(word(next), {"totalling", "totaling"});
  if (total_first || one_of(word(next), {"weighing", "weighs", "at"})) ++next;
  if (is_rough(word(next))) ++next;
  if (next >= words_.size()) return std::nullopt;
  QuantityToken token;
  if (parse_quantity_token(word(next), token) == QuantityStatus::not_a_number || percent_of(word(next))) {
    return std::nullopt;
  }
  std::optional<Amount> weight = amount(next);
  if (!weight) return std::nullopt;
  if (weight->unit.empty() && next < words_.size() && word(next) != ")") take_unit(next, *weight);
  if (!is_measure(weight->unit) || weight->times != 1 || weight->container_grams || weight->container_ml) {
    return std::nullopt;
  }
  const bool ends = next >= words_.size() || word(next) == ",";
  const bool each_after = !ends && one_of(word(next), {"each", "apiece"});
  bool total = total_first || (!ends && one_of(word(next), {"total", "altogether"}));
  if (each_after || (!total_first && total)) ++next;
  // `12 oz in total`.
  if (!ends && !each_after && one_of(word(next), {"in"}) && one_of(word(next + 1), {"total"})) {
    total = true;
    next += 2;
  }
  each = (each_first || each_after) && !total;
  // `2 tuna steaks, about 6 ounces each`, `4 chicken breasts, about 1½ pounds`: after a comma, as in
  // parentheses, the weight is of all the pieces unless it says `each`.
  if (comma) return next >= words_.size() || word(next) == "," ? weight : std::nullopt;
  // `1 ripe plantain (225 g, about 8 ounces)`, `(225 g; about 8 ounces)`: the same weight in other units after it,
  // which must agree with it as an equivalent does.
  if (!each_first && !total_first && next + 2 < words_.size() && word(next) == ",") {
    std::size_t second = next + 1;
    if (is_rough(word(second))) ++second;
    QuantityToken probe;
    std::optional<Amount> again;
    if (second < words_.size() && parse_quantity_token(word(second), probe) != QuantityStatus::not_a_number &&
        !percent_of(word(second))) {
      again = amount(second);
    }
    if (again && again->unit.empty() && second < words_.size() && word(second) != ")") take_unit(second, *again);
    // `(8 oz each, 225 g each)`: each again where the first said it.
    if (each && again && second + 1 < words_.size() && one_of(word(second), {"each", "apiece"})) ++second;
    if (again && is_measure(again->unit) && again->times == 1 && !again->container_grams && !again->container_ml &&
        second < words_.size() && word(second) == ")") {
      const std::optional<double> first_grams = grams_per_mass_unit(weight->unit);
      const std::optional<double> again_grams = grams_per_mass_unit(again->unit);
      const std::optional<double> first_ml = ml_per_volume_unit(weight->unit);
      const std::optional<double> again_ml = ml_per_volume_unit(again->unit);
      // `(about 3 pounds, 4 ounces)`, `(1 lb, 15 oz)`: ounces under a pound after whole pounds are more of the
      // weight, as a can's label writes it; after a part of a pound they are the same weight (`(1/2 lb, 8 oz)`).
      const bool more = weight->unit == "lb" && again->unit == "oz" && again->quantity < 16 &&
                        weight->quantity >= 1 && weight->quantity == std::floor(weight->quantity);
      if (more) weight->quantity += again->quantity / 16;
      // A weight and a volume need a density, which the food's reading checks no further here.
      if (!more && first_grams && again_grams &&
          !agree(weight->quantity * *first_grams, weight->unit, again->quantity * *again_grams, again->unit)) {
        fail_disagreeing(*again, again->quantity * *again_grams, weight->quantity * *first_grams);
      }
      if (first_ml && again_ml &&
          !agree(weight->quantity * *first_ml, weight->unit, again->quantity * *again_ml, again->unit)) {
        fail(again->offset, fmt::format("'{}' is {} ml, but the amount before it is {} ml: they differ by more than "
                                        "{}%, even as cookbooks round their conversions (expected the same amount "
                                        "in other units)",
                                        quote_excerpt(text_.substr(again->offset, again->end_offset - again->offset)),
                                        format_trimmed(again->quantity * *again_ml, 1),
                                        format_trimmed(weight->quantity * *first_ml, 1), kEquivalentTolerance * 100));
      }
      next = second;
    }
  }
  if (word(next) != ")") return std::nullopt;
  return weight;
}

/// `1 chicken (3 pounds)`, `4 chicken breasts (about 1½ pounds total)`, `2 steaks (8 oz each)`: a weight or a
/// volume in parentheses after a counted food is what the pieces weigh, all of them, or each with `each`.
bool ItemReader::weight_after(std::size_t from, Amount& out) {
  bool each = false;
  if (out.quantity <= 0) return false;
  const std::optional<Amount> weight = amount_after_food(from, each, out.quantity);
  if (!weight) return false;
  const double share = each ? 1.0 : 1.0 / out.quantity;
  if (const std::optional<double> grams = grams_per_mass_unit(weight->unit)) {
    out.container_grams = weight->quantity * *grams * share;
  } else {
    out.container_ml = weight->quantity * *ml_per_volume_unit(weight->unit) * share;
  }
  out.container = "piece";
  return true;
}

/// Where the size written with a count is, before a comma (`2 large potatoes`), or alone in a note after the food
/// (`2 bananas, small`, `1 potato (large)`, `1 onion, medium, chopped`), or nullopt.
std::optional<std::size_t> ItemReader::size_word(bool baby_food, std::size_t food_first) const {
  if (size_after_) return size_after_;
  // Not a size of more of the food (`1 egg plus 1 small egg`).
  std::size_t k = 0;
  for (; k < words_.size() && word(k) != "," && word(k) != "(" && !one_of(word(k), {"plus", "+"}); ++k) {
    if (baby_food && one_of(word(k), {"baby"})) continue;
    if (!piece_size(word(k)).empty()) return k;
  }
  // A size alone between commas or in parentheses is the size of what is counted, as before the food; never a
  // baby (`carrots, baby` is a kind), nor a size among other words (`1 onion, cut into large chunks`).
  const std::size_t n = words_.size();
  if (k < n && one_of(word(k), {"plus", "+"})) return std::nullopt;
  for (k = std::max(k, food_first + 1); k + 1 < n; ++k) {
    if (one_of(word(k), {"plus", "+"})) return std::nullopt;
    const bool alone = (word(k) == "," && (k + 2 == n || word(k + 2) == ",")) ||
                       (word(k) == "(" && k + 2 < n && word(k + 2) == ")");
    if (alone && !one_of(word(k + 1), {"baby"}) && !piece_size(word(k + 1)).empty()) return k + 1;
  }
  return std::nullopt;
}

/// The size written with a count, before a comma (`1 lg red onion`, `2 small shallots`), as the food's portion of
/// that name, of its id and that name, or of its serving or drink of that size, or nullopt.
std::optional<std::string> ItemReader::size_before(const Food& food, std::size_t food_first) const {
  const std::optional<std::size_t> at = size_word(false, food_first);
  for (std::size_t k = at.value_or(0);
       k < words_.size() && (at || (word(k) != "," && word(k) != "(" && !one_of(word(k), {"plus", "+"}))); ++k) {
    const std::string size = piece_size(word(k));
    if (size.empty()) continue;
    // `2 small potatoes` (the potato's `potato-small`), `large fries` (`serving-large`), `a large coke`.
    for (const std::string& portion : {size, std::string(food.id()) + "-" + size, "serving-" + size, "drink-" + size}) {
      if (food.find_portion(portion)) return portion;
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- items

/// The food of an amount-first item, from word `first`: after an optional `of`, the words to the end or to a
/// comma that ends the food (`2 cloves garlic, minced`). `exact`: the words must name it as they are.
std::optional<std::pair<ItemReader::Found, std::size_t>> ItemReader::food_after(std::size_t first, bool exact) const {
  const std::size_t n = words_.size();
  if (first < n && is_of(word(first))) {
    // `un bicchiere di latte`: after the Italian `di`, latte is milk, which the English latte is not.
    if (to_lower(word(first)) == "di" && first + 2 == n && normalize_key(word(first + 1)) == "latte") {
      if (const FoodMatch milk = catalog_.find("milk"); milk.food) {
        return std::pair{Found{*milk.food, "milk"}, first + 1};
      }
    }
    if (false_friend_after(first)) {
      fail(words_[first + 1].offset,
           fmt::format("'{}' after '{}' is a word of another language, where it may name another food than the "
                       "English word (expected the food's English name, such as 'plums' for 'prunes', 'grapes' for "
                       "'raisins', 'milk' for 'latte')",
                       quote_excerpt(word(first + 1)), quote_excerpt(word(first))));
    }
    ++first;
  }
  if (first >= n) return std::nullopt;
  const auto find = [&](std::size_t last) -> std::optional<Found> {
    if (!exact) return find_food(first, last);
    const FoodMatch match = catalog_.find(span(first, last));
    if (match.food) return Found{*match.food, std::string(span(first, last))};
    return std::nullopt;
  };
  if (auto whole = find(n)) return std::pair{*whole, first};
  for (std::size_t end = n; end-- > first + 1;) {
    if (word(end) != "," && !closing_note(end) && !starts_note(end)) continue;
    // `kale, chopped and sauteed`: a note that opens right after a comma is that comma's, and one of states is the
    // food's.
    if (word(end) != "," && word(end - 1) == "," && state_note_end(end - 1) > 0) continue;
    // `2 oz spaghetti, uncooked`, `1 cup spinach, cooked`: a note of states alone is the food's state, and
    // `1 cup spinach, steamed with garlic` is steamed spinach.
    if (const std::size_t states_end = state_note_end(end); states_end > 0) {
      if (states_end < n && one_of(to_lower(word(states_end)), {"with", "in"})) {
        if (auto stated = find(states_end)) return std::pair{*stated, first};
      } else if (states_end == n && !exact && trailing_states_.empty() && word(end) == ",") {
        // `2 eggs, beaten and scrambled`: the states of a note that ends the item, with the words before it, where
        // the note says what was beaten, which no name holds.
        std::vector<std::size_t> states = states_after(end, n);
        bool beaten = false;
        for (std::size_t k = end + 1; k < n; ++k) beaten = beaten || one_of(to_lower(word(k)), {"beaten", "whisked"});
        if (!states.empty() && beaten) {
          const ScopedValue<std::vector<std::size_t>> stated(trailing_states_, std::move(states));
          if (auto before = find(end)) return std::pair{*before, first};
        }
      }
      continue;
    }
    // `boneless, skinless chicken breasts`: a comma between words set aside joins them; it ends no food.
    bool aside = true;
    for (std::size_t k = first; k < end && aside; ++k) aside = word(k) == "," || set_aside_at(k);
    if (aside) continue;
    // `chicken, beef, or vegetable stock`: a list of words before `or` shares the end of the last name
    // (`chicken stock`); it is never the first word alone.
    std::size_t list_end = 0;
    if (const std::optional<std::string> shared = listed_name(first, end, list_end)) {
      if (exact) continue;
      if (const FoodMatch match = catalog_.find(*shared); match.food) return std::pair{Found{*match.food, *shared}, first};
      if (const FoodMatch match = catalog_.find_words(*shared); match.food) {
        return std::pair{Found{*match.food, *shared}, first};
      }
      fail_unknown(first, list_end);
    }
    // `beans, kidney or pinto`, `lettuce, romaine or iceberg`: a choice of kinds after the comma is the first
    // kind, as `kidney or pinto beans` is, and never the plain word's own food.
    if (!exact && word(end) == ",") {
      if (std::optional<Found> kind = first_kind_after(first, end)) return std::pair{*kind, first};
    }
    // `1 cup spinach (fresh), cooked`: a cut at a parenthesis before a note of states keeps them.
    std::size_t close = end;
    while (word(end) == "(" && close < n && word(close) != ")") ++close;
    if (std::vector<std::size_t> states = word(end) == "(" ? states_after(close + 1, n) : std::vector<std::size_t>{};
        !states.empty()) {
      const ScopedValue<std::vector<std::size_t>> stated(trailing_states_, std::move(states));
      if (auto before = find(end)) return std::pair{*before, first};
      continue;
    }
    // `1 cup kale, stems removed, boiled`: a note of states alone that ends the item, after another note, is the
    // food's state too, never dropped with the note before it.
    // Only after notes of what was removed or kept (`, stems removed`, `, skin on`), which name no kind of the food
    // (`onions, spring, sauteed`, `yogurt, soy`); not a choice (`, fresh, frozen, or canned`), nor dried, which may
    // be with a towel (`basil, stems removed, dried`).
    // Also at a note's first word right after its comma (`2 eggs, beaten, scrambled`).
    const std::size_t comma = word(end) == "," ? end : end - 1;
    if (trailing_states_.empty() && word(comma) == ",") {
      std::size_t last_comma = n;
      bool removal = true;
      std::size_t others = 0;  // words of the notes between that say no removal
      for (std::size_t k = comma + 1; k < n; ++k) {
        if (word(k) == ",") last_comma = k;
      }
      for (std::size_t k = comma + 1; k < last_comma; ++k) {
        // What was removed, kept or beaten, what it was cut into (`, cut into 2-inch strips`), or USDA's `meat and
        // skin`, which a later check reads.
        const auto removed = [](std::string_view w) {
          return one_of(singular(to_lower(w)),
                        {"stem", "stalk", "rib", "skin", "seed", "bone", "stone", "pit", "core", "end", "shell",
                         "husk", "hull", "peel", "rind", "membrane", "vein", "tough", "removed", "discarded", "on",
                         "off", "left", "intact", "only", "separated", "tip", "thawed", "defrosted", "beaten",
                         "whisked", "meat", "strip", "chunk", "piece", "wedge", "floret", "ring", "round", "half",
                         "lengthwise", "crosswise", "inch", "cm", "in", "deveined", "stemmed", "destemmed", "cored",
                         "skinned", "debearded", "bearded", "pin", "fat", "tail", "head", "scaled", "gutted",
                         "shelled", "pitted", "seeded", "deseeded", "boned", "trimmed", "de"}) ||
                 is_set_aside(to_lower(w));
        };
        // `stem-ends trimmed`, `skin-on`: each part of a word joined by hyphens.
        bool parts = word(k).find('-') != std::string_view::npos;
        for (std::string_view rest = word(k); parts && !rest.empty();) {
          const std::size_t hyphen = rest.find('-');
          parts = removed(rest.substr(0, hyphen));
          rest = hyphen == std::string_view::npos ? std::string_view() : rest.substr(hyphen + 1);
        }
        const bool removes = word(k) == "," || parts ||
                             (!letters_only(word(k)) && word(k).find('-') == std::string_view::npos) || is_unit_word(k) ||
                             (set_aside_at(k) && !one_of(to_lower(word(k)), {"or"})) || removed(word(k));
        removal = removal && removes;
        others += removes ? 0 : 1;
      }
      std::vector<std::size_t> states = last_comma < n && state_note_end(last_comma, n) == n
                                            ? states_after(last_comma, n)
                                            : std::vector<std::size_t>{};
      const bool dried = std::any_of(states.begin(), states.end(), [&](std::size_t k) {
        return one_of(to_lower(word(k)), {"dried", "dehydrated", "dry"});
      });
      const bool choice = last_comma + 1 < n && one_of(to_lower(word(last_comma + 1)), {"or"});
      // The words as they are hold no state that ends the item (`2 potatoes, cubed, boiled`).
      if (exact && !states.empty() && !dried && !choice) continue;
      if (removal && !dried && !choice) {
        if (!states.empty()) {
          const ScopedValue<std::vector<std::size_t>> stated(trailing_states_, std::move(states));
          if (auto before = find(comma)) return std::pair{*before, first};
          continue;
        }
      } else if (!states.empty() && !dried && !choice && !exact && others <= 2 && find(comma)) {
        // One or two such words: more are a cook's step (`, skins pierced with a sharp knife, roasted`).
        // `salmon fillet, wild, baked`, `onions, spring, sauteed`: a note between may name a kind of the food, and
        // the state is never dropped with it.
        fail(words_[states.front()].offset,
             fmt::format("'{}' says how the food was prepared, but the note before it, '{}', may say which kind of "
                         "'{}' is meant, which vitk does not read with it (expected the kind and the state in the "
                         "name, such as '{} {}')",
                         quote_excerpt(span(last_comma + 1, n)), quote_excerpt(span(comma + 1, last_comma)),
                         quote_excerpt(span(first, comma)), quote_excerpt(word(states.front())),
                         quote_excerpt(span(first, comma))));
      }
    }
    if (auto before = find(end)) return std::pair{*before, first};
  }
  return std::nullopt;
}

bool ItemReader::false_friend_after(std::size_t of) const {
  if (one_of(to_lower(word(of)), {"of"})) return false;
  std::size_t end = of + 1;
  while (end < words_.size() && word(end) != "," && word(end) != "(") ++end;
  if (end != of + 2) return false;  // one word: `de pois chiches` is no poi
  // French plums, grapes, bacon, dough or pasta, peas, Belgian endive, crisps and cakes; Italian milk and peppers;
  // the Spanish prickly pear.
  return one_of(normalize_key(word(of + 1)),
                {"prune", "prunes", "raisin", "raisins", "lard", "pate", "pates", "pois", "endive", "endives", "chips",
                 "biscuit", "biscuits", "latte", "peperoni", "tuna", "tunas"});
}

/// Whether a parenthesis opens at `i` that ends the item, or is followed by a comma or a note: `6 egg yolks
/// (optional)`, not `1 cake (½ ounce) yeast`.
bool ItemReader::closing_note(std::size_t i) const {
  if (word(i) != "(") return false;
  std::size_t close = i + 1;
  while (close < words_.size() && word(close) != ")") ++close;
  return close + 1 >= words_.size() || word(close + 1) == "," || starts_note(close + 1);
}

/// `chicken, beef, or vegetable stock`: where the comma at `comma` starts a list of single words that ends with
/// `or` and a name, the words [first, comma) with that name's last word (`chicken stock`), or nullopt. `end`
/// becomes the end of that name.
std::optional<std::string> ItemReader::listed_name(std::size_t first, std::size_t comma, std::size_t& end) const {
  for (std::size_t w = first; w < comma; ++w) {
    if (word(w) == "," || one_of(word(w), {"or"})) return std::nullopt;
  }
  std::size_t k = comma + 1;
  // Single words, each followed by a comma, then `or` (`beef, or`), or a single word and `or` (`beef or`).
  while (k + 1 < words_.size() && !one_of(word(k), {"or"})) {
    if (word(k) == "," || word(k) == "(" || word(k) == ")") return std::nullopt;
    if (word(k + 1) != "," && !one_of(word(k + 1), {"or"})) return std::nullopt;
    k += word(k + 1) == "," ? 2 : 1;
  }
  if (k + 1 >= words_.size() || !one_of(word(k), {"or"})) return std::nullopt;
  // `, or to taste`, `, or more as needed`, `, or enough to coat the pan`, `, or a pinch of dried`: a cook's note
  // shares no name.
  if (one_of(to_lower(word(k + 1)), {"to", "more", "less", "as", "enough", "use", "your", "a", "an", "the", "some",
                                     "desired", "amount", "so", "whatever", "another", "similar"})) {
    return std::nullopt;
  }
  end = k + 1;
  while (end < words_.size() && word(end) != "," && word(end) != "(") ++end;
  if (end < k + 3) return std::nullopt;
  QuantityToken token;
  if (parse_quantity_token(word(k + 1), token) != QuantityStatus::not_a_number) return std::nullopt;
  const std::string_view last = word(end - 1);
  if (normalize_key(word(comma - 1)) == normalize_key(last)) return std::nullopt;
  std::string shared = std::string(span(first, comma)) + " " + std::string(last);
  // `kale, collards, or other greens`: where no food has the shared name, a first name of the kind that the last
  // word names is the food; `spinach, or other fresh pasta`, `blue, or other berries` and what is made of a food
  // (`hazelnut, or other nut oil`) stay errors.
  if (one_of(to_lower(word(k + 1)), {"other", "any"}) && !is_made_of_food(last) && !catalog_.find(shared).food &&
      !catalog_.find_words(shared).food) {
    const FoodMatch kind = catalog_.find(last);
    const FoodMatch named = catalog_.find(span(first, comma));
    if (kind.food && named.food && food_kind(kind.food->group()) == food_kind(named.food->group())) return std::nullopt;
  }
  return shared;
}

/// Whether word `k` says how a food was cooked, beside the way of cooking, and changes nothing of it: `pan fried`,
/// `stir fried`, `deep fried`, `well cooked`, `cooked well`, `cooked through`, `cooked thoroughly`.
bool ItemReader::how_cooked(std::size_t k) const {
  // A way of cooking: not a state of how a food is kept (`washed and thoroughly dried`).
  const auto cooking = [](std::string_view state) {
    return is_state_word(state) &&
           !one_of(to_lower(state), {"raw", "uncooked", "dried", "dehydrated", "canned", "pickled", "smoked"});
  };
  const std::string w = to_lower(word(k));
  if (k + 1 < words_.size() && cooking(word(k + 1)) && one_of(w, {"pan", "stir", "deep", "well", "thoroughly"})) {
    return true;
  }
  // `2 eggs, hard boiled`, `soft boiled`: how long an egg was boiled.
  if (k + 1 < words_.size() && one_of(to_lower(word(k + 1)), {"boiled"}) && one_of(w, {"hard", "soft"})) return true;
  return k > 0 && cooking(word(k - 1)) && one_of(w, {"well", "through", "thoroughly"});
}

/// `beans, kidney or pinto`: where the note after the comma at `comma` opens with one or two words of a kind and
/// then `or`, the food that the words before the comma name with that first kind (`beans, kidney`), or nullopt.
/// Words of a state or set aside are no kind (`spinach, fresh or frozen`).
std::optional<ItemReader::Found> ItemReader::first_kind_after(std::size_t first, std::size_t comma) const {
  std::size_t alternative = comma + 1;
  while (alternative < words_.size() && alternative < comma + 3 && !one_of(word(alternative), {"or"})) {
    const std::string_view w = word(alternative);
    QuantityToken token;
    if (w == "," || w == "(" || w == ")" || is_state_word(w) || is_set_aside(w) ||
        parse_quantity_token(w, token) != QuantityStatus::not_a_number) {
      return std::nullopt;
    }
    ++alternative;
  }
  if (alternative == comma + 1 || alternative + 1 >= words_.size() || !one_of(word(alternative), {"or"})) {
    return std::nullopt;
  }
  const std::string name = std::string(span(first, comma)) + ", " + std::string(span(comma + 1, alternative));
  if (const FoodMatch match = catalog_.find(name); match.food) return Found{*match.food, name};
  if (const FoodMatch match = catalog_.find_words(name); match.food) return Found{*match.food, name};
  return std::nullopt;
}

/// A note after the food without a comma starts with a word that no food's name holds there: `1 lime cut into 6
/// wedges`, `2 tbsp olive oil plus extra for frying`, `1 tbsp fresh basil or 1 tsp dried basil` (the second
/// food of `or` with an amount of its own is set aside: the first counts).
bool ItemReader::starts_note(std::size_t i) const {
  if (one_of(word(i), {"cut", "for", "to", "plus", "soaked", "at", "such", "preferably", "if", "as", "from",
                       "halved", "sliced", "chopped", "diced", "peeled", "drained", "rinsed", "trimmed", "thinly",
                       "finely", "roughly", "coarsely", "mixed", "dissolved", "made", "separated", "studded",
                       "blended", "beaten", "whisked", "rolled", "per", "in", "+", "-", "\u2013", "\u2014"})) {
    return true;
  }
  if (!one_of(word(i), {"or"})) return false;
  QuantityToken token;
  return parse_quantity_token(word(i + 1), token) == QuantityStatus::ok ||
         (number_word(word(i + 1)).has_value() && !one_of(word(i + 1), {"a", "an"}));
}

/// Whether word `k` opens another choice after the food, which is set aside: `, or 1 cup feta`, `or 2 tbsp`.
bool ItemReader::starts_other_choice(std::size_t k) const {
  return one_of(word(k), {"or"}) && k > 0 && (word(k - 1) == "," || starts_note(k));
}

bool ItemReader::is_unit_word(std::size_t i) const {
  if (i >= words_.size()) return false;
  std::string_view written;
  std::size_t next = i;
  const std::string canonical = *unit(next, written);
  // `a pot of yoghurt`, `yoghurt 1 pot`, but not `a pot roast`; `a pack of natto` is a unit that the food may lack.
  // `1 pack natto`, `1 tub hummus`: so is a container that a food's name follows, never a pot (`pot roast`).
  // `1 pot greek yogurt`: a pot before a food too, where the words from the pot on name none (`pot roast` does).
  const bool pot = (one_of(singular(canonical), {"pot", "tub"}) || is_container(canonical)) &&
                   (next >= words_.size() || is_of(word(next)) ||
                    ((!one_of(singular(canonical), {"pot"}) || !food_after(i, true)) && food_after(next, true)));
  return is_measure(canonical) || catalog_.is_portion_unit(canonical) || catalog_.is_portion_unit(singular(canonical)) ||
         one_of(singular(canonical), {"stick", "rib", "rasher", "glass", "mug", "bowl", "fun-size"}) || pot;
}

/// amount-first = amount ["of"] food ["," note], where the amount's unit is the word after its number (or after
/// a size word: `2 large cloves garlic`), or none: servings.
std::optional<Item> ItemReader::amount_first() {
  std::size_t i = 0;
  std::optional<Amount> found = amount(i);
  if (!found) found = unit_alone(i);
  if (!found) return std::nullopt;
  const std::size_t n = words_.size();
  const auto no_food = [&] { fail(0, fmt::format("expected a food after '{}'", quote_excerpt(span(0, n)))); };
  if (i == n) no_food();
  if (!found->unit.empty() || found->container_grams || found->container_ml) {
    if (const auto food = food_after(i, false)) return make(food->first, *found, food->second);
    const std::size_t first = is_of(word(i)) ? i + 1 : i;
    if (first == n || word(first) == ",") no_food();  // `2 cups of`
    fail_unknown(first);
  }
  found->counts_pieces = true;
  // `2 lettuce leaves`: leaves of the food the words before them name, where it weighs a leaf, though the words in
  // another order name another food (`leaf lettuce`).
  // So before a note (`6 leaf lettuce leaves, cut in half`).
  std::size_t leaves_end = i;
  while (leaves_end < n && word(leaves_end) != "," && word(leaves_end) != "(") ++leaves_end;
  if (const std::size_t first = is_of(word(i)) ? i + 1 : i;
      leaves_end >= first + 2 && singular(to_lower(word(leaves_end - 1))) == "leaf") {
    std::size_t next = leaves_end - 1;
    Amount with_unit = *found;
    with_unit.counts_pieces = false;
    take_unit(next, with_unit);
    // `2 cabbage leaves, steamed`: a note of states alone that ends the item is the food's state.
    std::optional<Found> food;
    if (next == leaves_end) {
      const bool stated = leaves_end < n && state_note_end(leaves_end) == n;
      const ScopedValue<std::vector<std::size_t>> states(trailing_states_,
                                                          stated ? states_after(leaves_end, n) : trailing_states_);
      food = find_food(first, leaves_end - 1);
    }
    if (food && food->food.find_portion("leaf")) return make(*food, with_unit, first);
    // `2 green leaf lettuce leaves`, where the lettuce weighs its inner and its outer leaves, which the item does
    // not say.
    bool placed = false;
    for (std::size_t k = i; k < leaves_end; ++k) placed = placed || one_of(to_lower(word(k)), {"inner", "outer"});
    if (food && !placed && food->food.find_portion("leaf-outer")) {
      const std::string count(span(0, first));
      fail(words_[leaves_end - 1].offset, fmt::format("'{}' ({}, {}) weighs a leaf by where it grows; write which, such as '{} "
                                             "outer {} {}' (units: {})",
                                             quote_excerpt(food->name), food->food.id(), food->food.name(),
                                             one_of(to_lower(count), {"a", "an"}) ? "an" : quote_excerpt(count),
                                             quote_excerpt(food->name), quote_excerpt(word(leaves_end - 1)),
                                             unit_names(food->food)));
    }
  }
  // The words may name a food as they are (`2 eggs`, `2 cup cakes`)...
  if (const auto food = food_after(i, true)) return make(food->first, *found, food->second);
  // ... or start with its unit, perhaps after a size (`2 slices bread`, `2 large eggs`, `2 large cloves garlic`),
  // or name it once the words that do not change it are set aside (`2 fresh eggs`).
  for (const std::size_t at : {i, i + 1}) {
    if (at == i + 1 && !is_size_word(word(i))) continue;
    if (!is_unit_word(at)) continue;
    std::size_t next = at;
    Amount with_unit = *found;
    take_unit(next, with_unit);
    if (next == n) continue;
    if (const auto food = food_after(next, false)) {
      // `2 large garlic cloves`, `4 large cherry tomatoes`: a size the food has no portion of, or written before a
      // part of it that the name names, is the size of that part.
      std::string_view ignored;
      if (is_size_word(word(at)) && (!grams_if_known(food->first.food, with_unit, ignored) ||
                                     names_a_piece(food->first.food, food->first.name) ||
                                     names_said_part(food->first.food, food->first.name) ||
                                     names_cut_part(food->first.food, food->first.name))) {
        continue;
      }
      // `4 extra large egg yolks`: a portion of other foods (`egg`) that this one has not may begin its name; and
      // `a roast chicken breast`: a roast, the joint of other foods, is the way a piece of meat is cooked (the name
      // is found respelled: `roasted chicken breast`). Not a vegetable's, which is no whole one, but roast
      // potatoes are said to be pieces (`4 roast potatoes`).
      if (!is_measure(with_unit.unit) && with_unit.equivalents.empty() && !with_unit.container_grams &&
          !with_unit.container_ml && !grams_if_known(food->first.food, with_unit, ignored)) {
        const auto named = food_after(at, false);
        if (named && (normalize_key(named->first.name).starts_with(normalize_key(word(at))) ||
                      (one_of(to_lower(word(at)), {"roast"}) && named->first.food == food->first.food &&
                       (food_kind(food->first.food.group()) != "vegetable" || names_roast_pieces(span(at, n)))))) {
          return make(named->first, *found, named->second);
        }
      }
      return make(food->first, with_unit, food->second);
    }
  }
  if (const auto food = food_after(i, false)) return make(food->first, *found, food->second);
  // `4 garlic cloves`, `2 celery stalks, chopped`: the food's name, then its unit.
  std::size_t end = i;
  while (end < n && word(end) != ",") ++end;
  // `3 asparagus spears, grilled`: a note of states alone that ends the item is the food's state, never dropped.
  const std::vector<std::size_t> note_states =
      end < n && state_note_end(end) == n ? states_after(end, n) : std::vector<std::size_t>{};
  for (std::size_t at = end; at-- > i + 1;) {
    // A weight or a volume after the name is no unit of it: `2 peanut butter cups` are sweets, `4 lettuce cups`
    // leaves.
    if (!is_unit_word(at) || is_measure(canonical_unit(word(at)))) continue;
    std::size_t next = at;
    Amount with_unit = *found;
    with_unit.counts_pieces = false;
    take_unit(next, with_unit);
    if (next != end) continue;
    std::optional<Found> food;
    {
      const ScopedValue<std::vector<std::size_t>> stated(trailing_states_,
                                                         note_states.empty() ? trailing_states_ : note_states);
      food = find_food(is_of(word(i)) ? i + 1 : i, at);
    }
    // `4 sausage links, fried`: a way of cooking of a food that vitk has cooked keeps it.
    if (!food && !note_states.empty()) {
      const bool cooking = std::all_of(note_states.begin(), note_states.end(), [&](std::size_t k) {
        return !one_of(to_lower(word(k)), {"raw", "uncooked", "dried", "dehydrated", "canned", "pickled", "smoked"});
      });
      std::optional<Found> plain = cooking ? find_food(is_of(word(i)) ? i + 1 : i, at) : std::nullopt;
      if (plain && spaced(normalize_key(plain->food.name())).find(" cooked ") != std::string::npos) food = plain;
    }
    if (food) return make(*food, with_unit, i);
  }
  // Nothing names a food: the error is about the words after the amount, its unit and its equivalents.
  std::size_t first = is_of(word(i)) ? i + 1 : i;
  if (first >= n || word(first) == ",") no_food();
  if (is_unit_word(first)) {
    std::size_t next = first;
    Amount ignored;
    take_unit(next, ignored);
    // `2 cups`: a unit with nothing to measure; `4 tortillas`, a food that is some other food's unit.
    if (next == n && is_measure(ignored.unit)) no_food();
    if (next == n) fail_unknown(first);
    // `2 carrots, roasted`, `2 eggs scrambled with cheese`: a food that is some other food's unit starts the
    // unknown name.
    if (const FoodMatch named = catalog_.find(span(first, next));
        !is_measure(ignored.unit) && (named.food || !named.candidates.empty())) {
      fail_unknown(first);
    }
    first = is_of(word(next)) ? next + 1 : next;
    if (first == n || word(first) == ",") no_food();  // `2 cups of`, `2 cups, chopped`
  }
  fail_unknown(first);
}

/// unit-alone = [size] unit "of" food: `cup of kale`, `pinch of salt`, `generous pinch of saffron`, `slice of
/// bread` are one of the unit.
std::optional<Amount> ItemReader::unit_alone(std::size_t& i) {
  std::size_t at = i;
  if (at + 1 < words_.size() && is_size_word(word(at))) ++at;
  if (at + 1 >= words_.size() || !is_unit_word(at)) return std::nullopt;
  // `slice of bread`, `head of lettuce`: a portion too, before `of`; `pinch salt`, `dash Tabasco` need none, nor
  // one spoonful, cup, glass, mug or slice written in the singular (`tbsp coconut oil`, `cup kale`, `glass milk`;
  // `kromka chleba`, Polish, which says `of` by its genitive).
  const std::string unit = canonical_unit(word(at));
  if (!is_of(word(at + 1)) && !one_of(unit, {"pinch", "dash"})) {
    if (!one_of(to_lower(word(at)),
                {"cup", "tbsp", "tbs", "tablespoon", "tsp", "teaspoon", "glass", "mug", "slice", "grande", "venti",
                 "tall-cup", "short-cup", "szklanka", "glas", "taza", "x\u00edcara", "verre", "vaso", "bicchiere",
                 "\u0142y\u017cka", "\u0142y\u017ceczka", "kromka", "plasterek",
                 "\u0441\u0442\u0430\u043a\u0430\u043d"}) ||
        // `cup noodles`, `cup-a-soup`: a food sold in a cup, no cup of one.
        one_of(singular(to_lower(word(at + 1))), {"noodle", "ramen", "soup", "a", "-"})) {
      return std::nullopt;
    }
    // Only the unit and the food's words: after them, a count, an amount or a note may say another amount
    // (`slice toast (2)`, `cup rice, 200g`), which one of the unit would drop.
    for (std::size_t k = at + 1; k < words_.size(); ++k) {
      QuantityToken number;
      // A letter, of any script (`стакан кефира`).
      const auto first = static_cast<unsigned char>(word(k).empty() ? '\0' : word(k).front());
      if (word(k).empty() || (!std::isalpha(first) && first < 0x80) ||
          parse_quantity_token(word(k), number) != QuantityStatus::not_a_number || number_word(word(k))) {
        return std::nullopt;
      }
    }
  }
  // `cream of tartar`, `cream of mushroom soup`: a food's name that starts with a portion's.
  if (food_after(i, false)) return std::nullopt;
  // What follows must name a food, else the words are read as a food's name, whose error is theirs.
  const std::size_t food_at = is_of(word(at + 1)) ? at + 2 : at + 1;
  if (food_at < words_.size() && !food_after(food_at, false)) return std::nullopt;
  Amount out;
  out.quantity = 1;
  out.offset = words_[at].offset;
  i = at;
  take_unit(i, out);
  return out;
}

/// food-first = food [","] [amount]
/// Whether a food named without an amount counts one of the part its name ends with, as `1 salmon fillet` does,
/// and not a serving of the food. A part the food has a portion of (`celery stalk`, `garlic clove`, `pork chop`,
/// `cod fillet`); else a fillet, a steak, a chop or a cutlet of a meat or a fish, which is no serving whatever it
/// weighs (an error: `salmon fillet`); else a bird's breast, leg, thigh, wing or drumstick where the food is that
/// part and vitk weighs a piece of it (`grilled chicken breast`). Never a whole head, melon or fruit (`cabbage
/// steak`, `watermelon slice` stay a serving), a piece of more than 250 g of a bird (USDA's rotisserie breast is the
/// double one), nor a plural (`chicken wings`), whose count is not said. States after the part are passed
/// (`chicken breast, grilled`).
bool ItemReader::names_one_part(const Found& found) const {
  // The words as written, lower-case, without the states and set-aside words after the part.
  std::vector<std::string> written = key_words(found.name);
  if (written.empty()) return false;
  // And the skin it is eaten with (`chicken thigh, skin on`, `roasted chicken thigh with skin`).
  const auto skin_said = [&] {
    const std::size_t n = written.size();
    return n > 2 && ((written[n - 1] == "on" && written[n - 2] == "skin") ||
                     (written[n - 1] == "skin" && written[n - 2] == "with"));
  };
  while (written.size() > 1) {
    if (skin_said()) {
      written.resize(written.size() - 2);
    } else if (is_state_word(written.back()) || is_set_aside(written.back()) || written.back() == "skin-on") {
      written.pop_back();
    } else {
      break;
    }
  }
  std::string trimmed;
  for (const std::string& w : written) trimmed += (trimmed.empty() ? "" : " ") + w;
  // `cabbage leaf`, `carrot stick`, `orange segment`: one leaf, or one piece cut from a vegetable or a fruit, is
  // no serving of it (a count of it is its portion, or an error).
  if (written.size() > 1 && written.back() == "leaf" && food_kind(found.food.group()) == "vegetable") return true;
  const std::optional<std::string> part = named_part_of(found.food, trimmed);
  if (!part || singular(written.back()) != written.back()) return false;
  if (one_of(*part, {"stick", "baton", "segment"})) return true;
  const Food& food = found.food;
  const std::string kind = food_kind(food.group());
  std::optional<Portion> own = food.find_portion(*part);
  if (!own) own = portion_said_as(food, *part);
  if (own) {
    return one_of(*part, {"fillet", "steak", "chop", "cutlet", "slice", "stalk", "clove", "spear", "wedge"}) ||
           (kind == "meat" && own->grams <= 250);
  }
  // `mozzarella ball`: one ball, which the food has no portion of, is no serving of it.
  if (*part == "ball") return true;
  if (kind != "meat" && kind != "fish") return false;
  if (one_of(*part, {"fillet", "steak", "chop", "cutlet"})) return true;
  const std::vector<std::string> named = singular_words(food.name());
  const std::optional<Portion> piece = food.find_portion("piece");
  return one_of(*part, {"breast", "leg", "thigh", "wing", "drumstick"}) && piece && piece->grams <= 250 &&
         std::find(named.begin(), named.end(), *part) != named.end();
}

Item ItemReader::food_first() {
  // `diet coke can`, `oj small glass`, `yogurt pot`: a container or a vessel after a food with no number is one of
  // it, as `toast slice` and `banana medium` are one piece.
  if (words_.size() >= 2 && std::none_of(words_.begin(), words_.end(), [](const Word& w) {
        QuantityToken number;
        return parse_quantity_token(w.text, number) != QuantityStatus::not_a_number || number_word(w.text);
      })) {
    std::size_t vessel = words_.size() - 1;
    const bool sized = vessel >= 2 && !piece_size(word(vessel - 1)).empty();
    if (sized) --vessel;
    // Not after a comma (`coke, can` may be a note), nor a bowl (`rice bowl` is a dish), nor a bottle (`coke
    // bottle` is its serving, of the name).
    if (one_of(singular(to_lower(word(words_.size() - 1))),
               {"can", "tin", "glass", "mug", "carton", "pot", "tub", "packet", "pack", "jar"}) &&
        word(vessel - 1) != "," && !catalog_.find(span(0, words_.size())).food &&
        catalog_.find(span(0, vessel)).food) {
      words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(vessel), Word{"1", words_[vessel].offset});
    }
  }
  const std::size_t n = words_.size();
  std::size_t food_end = n;
  Amount serving;
  serving.quantity = 1;
  std::optional<Amount> found = trailing_amount(food_end);
  if (found && food_end == 0) fail(0, fmt::format("expected a food before '{}'", quote_excerpt(span(0, n))));
  // `chicken leg quarter`: a number word that ends a food's name is no amount of it.
  if (found && found->unit.empty() && food_end < n && number_word(word(food_end)) &&
      (food_end + 1 == n || word(food_end + 1) == ",") && catalog_.find(span(0, food_end + 1)).food) {
    found.reset();
    food_end = n;
  }
  if (!found) {
    // `kale (3 cups)`, `spinach (200g)`: the amount in the parenthesis after the food.
    bool each = false;
    if (std::optional<Amount> after = amount_after_food(0, each); after && !each) found = std::move(after);
  }
  if (!found) {
    // `gouda (2 slices)`, `natto (1 pack, 45g)`, `natto (2 x 45g)`: an amount in parentheses that is no weight or
    // volume counts where it reads (a count or a portion, with its equivalents), and is an error where it does not;
    // it never leaves the food at its serving.
    for (std::size_t k = 1; k + 1 < n && !found; ++k) {
      if (word(k) != "(") continue;
      // `Neutral oil (such as soybean) for deep-frying (about ½ cup)`: a later parenthesis may hold it.
      bool each = false;
      if (std::optional<Amount> later = amount_after_food_at(k, each, 0); later && !each) {
        found = std::move(later);
        break;
      }
      std::size_t at = k + 1;
      if (is_rough(word(at))) ++at;
      QuantityToken token;
      if (at >= n || parse_quantity_token(word(at), token) != QuantityStatus::ok) continue;
      // `gouda (2 slices)`, `cheddar (1 slice, 21g)`: a count or a portion of the food, with its equivalents.
      std::size_t next = at;
      std::optional<Amount> inner = amount_if_any(next);
      while (inner && next < n && word(next) == ",") {
        std::size_t after = next + 1;
        std::optional<Amount> again = amount_if_any(after);
        if (!again) break;
        inner->equivalents.push_back(std::move(*again));
        next = after;
      }
      if (inner && inner->times == 1 && next < n && word(next) == ")") {
        found = std::move(inner);
        break;
      }
      std::size_t close = at;
      while (close < n && word(close) != ")") ++close;
      fail(words_[at].offset,
           fmt::format("'{}' in parentheses is no weight or volume that vitk counts for the food (expected the "
                       "amount before or after the food, such as '{} 45 g')",
                       quote_excerpt(span(at, close)), quote_excerpt(span(0, k))));
    }
    // `kale nan g`: a unit at the end with no number before it.
    std::string_view written;
    std::size_t last = n - 1;
    if (n >= 2 && is_measure(unit(last, written).value_or(""))) {
      if (!find_food(0, n)) {
        fail(words_[n - 1].offset, fmt::format("expected a quantity before '{}'", quote_excerpt(word(n - 1))));
      }
    }
  }
  // `spinach (cooked) 200g (lunch)`, `kale (raw) 100g, curly`: a number right after a parenthesis that follows the
  // food, which no rule above read as the amount, is a stray one, never a word of a note.
  for (std::size_t k = 1, depth = 0; !found && k < n; ++k) {
    if (word(k) == "(") ++depth;
    if (word(k) == ")" && depth > 0) --depth;
    QuantityToken token;
    if (depth == 0 && word(k - 1) == ")" && parse_quantity_token(word(k), token) == QuantityStatus::ok) {
      fail(words_[k].offset, fmt::format("stray number '{}' (expected one amount per item, such as 'kale 2 cups', or "
                                         "a mixed number such as 'kale 1 1/2 cups')",
                                         quote_excerpt(word(k))));
    }
  }
  // A number after the food counts its pieces, as one before it does (`eggs 2`, `chicken wings 6`).
  if (found && found->unit.empty() && !found->container_grams && !found->container_ml) found->counts_pieces = true;
  // `large fries`, `large coke` without a number: one of that size, which the food must have (`large pizza` is
  // no slice). Not `baby spinach`, nor a name that holds the size, nor an item with a note (`Small scallions,
  // trimmed`, `small cilantro sprigs to garnish` name no amount).
  bool no_note = true;
  for (std::size_t k = 1; k < n; ++k) no_note = no_note && word(k) != "," && word(k) != "(" && !starts_note(k);
  if (!found && no_note && n >= 2 && !piece_size(word(0)).empty() && !one_of(word(0), {"baby"}) &&
      !catalog_.find(span(0, food_end)).food) {
    serving.counts_pieces = true;
    serving.offset = words_[0].offset;
    serving.end_offset = words_[0].offset + word(0).size();
  }
  // `fries large`, `coke (medium)`, `fries, large`: the size after the food, likewise.
  std::size_t size_at = n - 1;
  if (n >= 4 && word(n - 1) == ")" && word(n - 3) == "(") size_at = n - 2;
  const std::size_t name_end = size_at > 0 && (word(size_at - 1) == "(" || word(size_at - 1) == ",") ? size_at - 1
                                                                                                       : size_at;
  if (!found && n >= 2 && name_end > 0 && !serving.counts_pieces && !piece_size(word(size_at)).empty() &&
      !one_of(word(size_at), {"baby"}) && !catalog_.find(span(0, n)).food) {
    bool plain = true;
    for (std::size_t k = 1; k < name_end; ++k) plain = plain && word(k) != "," && word(k) != "(" && !starts_note(k);
    if (plain) {
      serving.counts_pieces = true;
      serving.offset = words_[size_at].offset;
      serving.end_offset = words_[size_at].offset + word(size_at).size();
      food_end = name_end;
      size_after_ = size_at;
    }
  }
  const Amount& amount = found ? *found : serving;
  if (const auto food = find_food(0, food_end)) {
    // `croissant`: a food without a serving counts one of its pieces, where a count of it has one (not a
    // container: `beef broth` is no 960 g can, `single cream` no coffee creamer).
    // Only of a bakery food, a cereal or a sweet: a melon, a head of cauliflower or a brisket is no helping.
    const std::optional<std::string> piece =
        found || serving.counts_pieces || food->food.default_portion() ||
                !one_of(food_kind(food->food.group()), {"grain", "sweet"})
            ? std::nullopt
            : piece_unit(food->food, food->name);
    if ((piece && !is_container(*piece)) || (!found && !serving.counts_pieces && names_one_part(*food))) {
      Amount one = serving;
      one.counts_pieces = true;
      one.offset = words_[0].offset;
      return make(*food, one, 0);
    }
    // `apple slices`, `carrot sticks`: pieces cut from a food whose serving is a whole one are no serving of it.
    if (!found && !serving.counts_pieces && serving_is_whole(food->food)) {
      // The name's words, not a note's (`lime, cut into wedges` is a lime).
      const std::vector<std::string> written = singular_words(before_comma(span(0, food_end)));
      // Not where the word is the food's own (`mozzarella sticks`).
      const std::vector<std::string> own = singular_words(food->food.id());
      if (!written.empty() && is_cut_piece(written.back()) && !food->food.find_portion(written.back()) &&
          std::find(own.begin(), own.end(), written.back()) == own.end()) {
        // `lime wedge`: one piece, whose size vitk does not know either.
        const std::string_view last = word(food_end - 1);
        const bool one = singular(to_lower(last)) == to_lower(last);
        fail(words_[0].offset,
             fmt::format("'{}' {} cut from {} ({}), whose serving is a whole one ({} g); give an amount, "
                         "such as '{} 50 g' (units: {})",
                         quote_excerpt(span(0, food_end)), one ? "is a piece" : "are pieces", food->food.id(),
                         food->food.name(),
                         format_trimmed(food->food.default_portion()->grams, 1), quote_excerpt(span(0, food_end)),
                         unit_names(food->food)));
      }
    }
    return make(*food, amount, 0);
  }
  if (!trailing_states_.empty()) {
    // `kale 1 cup steamed`: the state after the amount is the one vitk could not find.
    const std::vector<std::size_t> states = std::exchange(trailing_states_, {});
    if (const auto plain = find_food(0, food_end)) {
      const std::string_view state = word(states.front());
      fail_no_form(words_[states.front()].offset,
                   fmt::format("{} {}", quote_excerpt(plain->name), quote_excerpt(state)), plain->name, plain->food,
                   state);
    }
  }
  fail_unknown(0, food_end);
}

/// juice-of = {prep-word} ("juice" | "zest") ("of" | "from") quantity ["medium"] fruit ["," note]: `juice of 1
/// lemon`, `Juice of ½ lemon, strained`, `freshly squeezed juice from 2 limes`. The juice the fruit yields, where
/// vitk has the fruit's juice with that measure (USDA's `1 lemon yields`); the zest of a fruit is an error that
/// asks for its amount, as `1 lemon, zested` is.
std::optional<Item> ItemReader::juice_of() {
  std::size_t part = 0;
  while (part < words_.size() && (set_aside_at(part) || one_of(word(part), {"squeezed", "strained",
                                                                                   "fresh-squeezed",
                                                                                   "freshly-squeezed"}))) {
    ++part;
  }
  if (part + 3 >= words_.size() || !one_of(word(part), {"juice", "zest"})) return std::nullopt;
  // `zest and juice of 1 lime`: both are most of the fruit.
  const bool both = part + 5 < words_.size() && one_of(word(part + 1), {"and", "&"}) &&
                    one_of(word(part + 2), {"juice", "zest"}) && word(part + 2) != word(part);
  const std::size_t of = both ? part + 3 : part + 1;
  if (!one_of(word(of), {"of", "from"})) return std::nullopt;
  std::size_t i = of + 1;
  const std::optional<Number> count = quantity(i);
  if (!count || !count->glued_unit.empty() || i >= words_.size()) return std::nullopt;
  // `juice of 1 medium lemon`: medium is the fruit USDA weighs without a size; another size is no yield of USDA's,
  // among other words set aside too (`juice of 1 ripe large lemon`).
  std::optional<std::size_t> size_at;
  while (i + 1 < words_.size() && (set_aside_at(i) || !piece_size(word(i)).empty()) && word(i) != ",") {
    if (!piece_size(word(i)).empty() && !one_of(word(i), {"medium", "med", "md"}) && !size_at) size_at = i;
    ++i;
  }
  const std::size_t fruit = i;
  std::size_t end = fruit;
  while (end < words_.size() && word(end) != "," && word(end) != "(" && !starts_note(end)) ++end;
  if (end == fruit || end - fruit > 3) return std::nullopt;
  // The fruit as written (`1 blood orange`), and as its last word names it (`lemon`, of `2 unwaxed lemons`).
  const std::string written(span(fruit, end));
  const std::string unit = singular(to_lower(word(end - 1)));
  FoodMatch fruit_food = catalog_.find(written);
  if (!fruit_food.food) fruit_food = catalog_.find_words(written);
  if (!fruit_food.food) return std::nullopt;
  const std::string_view fruit_group = fruit_food.food->group();
  // `juice of 1 chicken breast`, `juice of 1 lemon juice`: no fruit.
  if ((fruit_group != "fruits" && fruit_group != "Fruits and Fruit Juices") ||
      to_lower(fruit_food.food->name()).find("juice") != std::string::npos) {
    return std::nullopt;
  }
  // The zest and the juice together are most of the fruit, which counts, as in `1 lemon, zest and juice`.
  if (both) {
    // What a parenthesis after it measures is the juice (`(about 2/3 cup)`), no amount of the fruit.
    if (end < words_.size() && word(end) == "(") return std::nullopt;
    Amount pieces;
    pieces.quantity = count->value;
    pieces.counts_pieces = true;
    pieces.offset = words_[of + 1].offset;
    pieces.end_offset = words_[fruit - 1].offset + word(fruit - 1).size();
    return make(Found{*fruit_food.food, written}, pieces, fruit);
  }
  if (one_of(word(part), {"zest"})) fail_zest(words_[part].offset, written, unit);
  const std::string name = unit + " juice";
  const FoodMatch match = catalog_.find(name);
  if (!match.food) {
    fail(words_[part].offset, fmt::format("vitk has no food for {} (see: vitk foods search juice)", name));
  }
  if (end - fruit > 1 || size_at || !match.food->find_portion(unit)) {
    fail(words_[part].offset,
         fmt::format("vitk has no weight for the juice of {} '{}'; give the juice's volume as an item of its own, "
                     "such as '{} 2 tbsp'",
                     size_at ? fmt::format("a {}", to_lower(word(*size_at))) : "one", quote_excerpt(written),
                     name));
  }
  Amount amount;
  amount.quantity = count->value;
  amount.unit = unit;
  amount.unit_text = word(fruit);
  amount.unit_offset = words_[fruit].offset;
  amount.offset = words_[part + 2].offset;
  amount.end_offset = words_[fruit].offset + word(fruit).size();
  // `juice of 2 limes (about 1/4 cup)`: a weight or a volume in a parenthesis after the fruit measures the juice
  // that this cook's fruit gave, which counts before USDA's average yield of one (a lime's, 44 g, is 3 tbsp).
  if (end < words_.size() && word(end) == "(") {
    std::size_t next = end + 1;
    if (next < words_.size() && is_rough(word(next))) ++next;
    if (std::optional<Amount> juice = amount_if_any(next);
        juice && next < words_.size() && word(next) == ")" && is_measure(juice->unit)) {
      return make(Found{*match.food, name}, *juice, fruit);
    }
  }
  return make(Found{*match.food, name}, amount, fruit);
}

Item ItemReader::read() {
  Item item = read_item();
  add_more_of_food(item);
  fail_if_second_food();
  return item;
}

/// The amount at word `i` with its unit, up to a parenthesis or a comma, or nullopt where none reads there; `i`
/// is moved past it.
std::optional<Amount> ItemReader::amount_if_any(std::size_t& i) {
  try {
    std::optional<Amount> read = amount(i);
    if (read && read->unit.empty() && i < words_.size() && word(i) != ")" && word(i) != ",") take_unit(i, *read);
    return read;
  } catch (const Error&) {
    return std::nullopt;
  }
}

/// `2 eggs, 1 cup spinach`, `toast, 2 slices cheddar`: an amount of another food after a comma is a second item,
/// which a note would drop from the total; it is an error at its amount.
void ItemReader::fail_if_second_food() {
  for (std::size_t k = 1; k + 2 < words_.size(); ++k) {
    if (word(k) != ",") continue;
    std::size_t next = k + 1;
    QuantityToken token;
    if (parse_quantity_token(word(next), token) != QuantityStatus::ok) continue;
    const std::size_t number = next;
    std::size_t end = number + 1;
    while (end < words_.size() && word(end) != "," && word(end) != "(") ++end;
    // The food's words start after the number (`1 toast`) or after its unit (`1 cup spinach`).
    const std::size_t after_unit = amount_if_any(next) ? next : number + 1;
    const auto names_food = [&](std::size_t from) {
      // `6 peppers, 2 red, 2 green`: colours of the item's food.
      if (from >= end || (from + 1 == end && one_of(to_lower(word(from)), {"red", "green", "yellow", "white", "black",
                                                                           "purple", "brown", "golden"}))) {
        return false;
      }
      const std::string name(span(from, end));
      return catalog_.find(name).food.has_value() || catalog_.find_words(name).food.has_value();
    };
    if (!names_food(number + 1) && (after_unit == number + 1 || !names_food(after_unit))) continue;
    // `scrambled eggs, 2 eggs`, `banana, 1 banana`: the item's amount, whose word after the number is the word the
    // item's name ends with (not `2 eggs, 1 egg`, two amounts, nor `pizza slice, 2 pizza`).
    if (made_ && made_->amount.offset == words_[number].offset) {
      const std::string_view name = made_->found.name;
      const std::vector<std::string> named = singular_words(before_comma(name));
      const std::vector<std::string> after = singular_words(span(number + 1, end));
      if (!named.empty() && after.size() == 1 && after.front() == named.back()) continue;
      // `Chicken, liver, all classes, cooked, simmered, 1 liver`: a tracker's count of a piece the food has, after
      // a name of USDA's, whose words commas part (not `omelette, 2 eggs`, which may be eggs besides).
      const bool usda_name = std::any_of(words_.begin(), words_.begin() + static_cast<std::ptrdiff_t>(k),
                                         [](const Word& w) { return w.text == ","; });
      if (usda_name && after.size() == 1 && made_->found.food.find_portion(after.front())) continue;
    }
    fail(words_[number].offset,
         fmt::format("'{}' after the comma is an amount of another food (expected one food per item; separate "
                     "items with ';')",
                     quote_excerpt(span(number, end))));
  }
}

/// `bag of spinach 200g`, `a punnet of blueberries 125g`, `glass of milk 250ml`: a weight or a volume at the end of
/// an item that opens with a container `of` the food is what the container held, and the container is set aside,
/// as in `200g bag of spinach`. Not a can or a tin, which says that the food is canned and whose net weight holds
/// the liquid that a drained food is weighed without (`400g can of chickpeas` reads both), nor a bowl, no amount.
void ItemReader::set_aside_container_before_weight() {
  std::size_t k = one_of(to_lower(word(0)), {"a", "an", "one"}) ? 1 : 0;
  if (k + 3 >= words_.size() || to_lower(word(k + 1)) != "of") return;
  const std::string held = singular(canonical_unit(word(k)));
  if ((!is_container(word(k)) && !one_of(held, {"pot", "glass", "mug"})) || one_of(held, {"can", "tin"})) return;
  // The amount: `200g`, or `200 g`; no other number in the item.
  const std::size_t n = words_.size();
  QuantityToken token;
  std::size_t number = n - 1;
  if (parse_quantity_token(word(number), token) != QuantityStatus::ok || token.unit.empty()) {
    number = n - 2;
    if (parse_quantity_token(word(number), token) != QuantityStatus::ok || !token.unit.empty() || !measure_at(n - 1)) {
      return;
    }
  } else if (!is_measure(canonical_unit(token.unit))) {
    return;
  }
  for (std::size_t w = k + 2; w < number; ++w) {
    QuantityToken other;
    if (parse_quantity_token(word(w), other) != QuantityStatus::not_a_number || word(w) == "," || word(w) == "(") {
      return;
    }
  }
  words_.erase(words_.begin(), words_.begin() + static_cast<std::ptrdiff_t>(k + 2));
}

Item ItemReader::read_item() {
  Item item = read_any_item();
  // `1 10-inch tortilla (72 g)`, `1 6-inch flour tortilla 40 g`: a size in inches is read only as the size of the
  // pieces counted, never set aside.
  if (!inch_size_.empty() && !inch_read_ && !inch_in_note_) {
    fail(inch_offset_, fmt::format("'{}' is a size of pieces, which vitk reads only after a count alone (expected "
                                   "a count of pieces of that size, such as '1 10-inch tortilla' or '1 apple (3\" "
                                   "dia)', or an amount without the size)",
                                   quote_excerpt(text_.substr(inch_offset_, inch_written_))));
  }
  return item;
}

Item ItemReader::read_any_item() {
  if (std::optional<Item> juice = juice_of()) return *juice;
  // `some spinach`, `several radish slices or kale`: `some` is set aside before a food, and would read as its
  // serving; so would `several` before a name that offers another food.
  if (one_of(to_lower(word(0)), {"some", "several", "few"})) {
    std::size_t last = 1;
    while (last < words_.size() && word(last) != "," && word(last) != "(") ++last;
    fail_if_vague(0, last);
  }
  set_aside_container_before_weight();
  // An item that starts with a number word may be a food whose name does (`half and half 2 tbsp`): when it does
  // not read as an amount and a food, it is read food first, and the first error stands if that fails too.
  const bool number_word_first = number_word(word(0)).has_value();
  // `2% milk 1 cup`, `93% lean ground turkey`: a percentage first is of the food's name, never its amount.
  if (percent_of(word(0))) return food_first();
  try {
    if (std::optional<Item> item = amount_first()) {
      fail_if_counted_again(*item);
      return *item;
    }
  } catch (const Error&) {
    if (!number_word_first) throw;
    try {
      // Only where the number word opens the food's name (`half and half 2 tbsp`): never a count that the amount
      // could not read, left out (`Eight ½-inch slices ciabatta or French bread` is no one serving of bread).
      Item item = food_first();
      for (std::size_t k = 1; k <= words_.size(); ++k) {
        const FoodMatch match = catalog_.find(span(0, k));
        if (match.food && match.food->id() == item.food.id()) return item;
      }
    } catch (const Error&) {
    }
    throw;
  }
  return food_first();
}

/// `text` with the word `tinned` (British for canned, the word of USDA's names) as `canned`, which is as long: the
/// places of words stay. Not after `or`, an alternative that the first food's reading wins (`tomatoes 400g, fresh or
/// tinned`).
std::string canned_for_tinned(std::string_view text) {
  std::string out(text);
  const std::string lower = to_lower(text);
  for (std::size_t at = lower.find("tinned"); at != std::string::npos; at = lower.find("tinned", at + 1)) {
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
    const bool ends = at + 6 == lower.size() || !std::isalnum(static_cast<unsigned char>(lower[at + 6]));
    const std::string_view before = trim(std::string_view(lower).substr(0, at));
    const bool alternative = before.ends_with(" or") || before == "or";
    if (starts && ends && !alternative) out.replace(at, 6, text[at] == 'T' ? "Canned" : "canned");
  }
  return out;
}

}  // namespace

/// Where a parenthesis that ends `text` opens and closes (`(` at `first`, `)` before `second`), after a space.
std::optional<std::pair<std::size_t, std::size_t>> end_parenthesis(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == 0 || text[end - 1] != ')') return std::nullopt;
  const std::size_t open = text.rfind('(', end - 1);
  if (open == std::string_view::npos || open == 0 || text[open - 1] != ' ') return std::nullopt;
  return std::pair{open, end};
}

/// `natto 2 tbsp (for K2)`, `green peas 2/3 cup (warfarin log)`: `text` with a note in a parenthesis that ends it as
/// spaces (which keeps the places of words), and the note's words; `text` itself where the parenthesis holds a
/// number, a state, a word that joins or leaves out a food, or another parenthesis, which may change the food or
/// its amount (`(in oil)`, `(with milk)`, `(raw)`, `(about 2 cups)`).
std::string without_end_note(std::string_view text, std::vector<std::string>& note) {
  const auto parenthesis = end_parenthesis(text);
  if (!parenthesis) return std::string(text);
  const auto [open, end] = *parenthesis;
  const std::string_view inside = text.substr(open + 1, end - 1 - open - 1);
  if (inside.find_first_of("()[],;/") != std::string_view::npos) return std::string(text);
  std::vector<std::string> words;
  for (std::size_t at = 0; at < inside.size();) {
    const std::size_t space = std::min(inside.find(' ', at), inside.size());
    if (space > at) words.emplace_back(to_lower(inside.substr(at, space - at)));
    at = space + 1;
  }
  if (words.empty() || words.size() > 4) return std::string(text);
  // What the food was for or when it was eaten (`(for K2)`, `(at lunch)`, `(warfarin log)`, `(breakfast)`), never a
  // word that may be of a kind of the food (`dressing 2 tbsp (ranch)`, `lettuce 1 cup (romaine)`).
  const bool what_for = one_of(words.front(), {"for", "at", "my", "during", "before", "after", "pre", "post"});
  // Never how it was cooked or kept, before or after (`rice 100g (before cooking)` is of dry rice, `peas 1 cup (from
  // can)` of canned peas): no word of a process, nor where it came from.
  if (std::any_of(words.begin(), words.end(), [](const std::string& w) {
        return (w.ends_with("ing") && !one_of(w, {"morning", "evening", "tracking"})) ||
               one_of(w, {"cook", "cooked", "rinse", "soak", "wilt", "can", "tin", "jar", "frozen", "packet", "raw"});
      })) {
    return std::string(text);
  }
  if (!what_for && !std::all_of(words.begin(), words.end(), [](const std::string& w) {
        return one_of(w, {"breakfast", "lunch", "dinner", "supper", "brunch", "snack", "elevenses", "morning",
                          "afternoon", "evening", "night", "today", "yesterday", "workout", "log", "diary", "diet",
                          "inr", "warfarin", "coumadin", "tracking", "tracker", "k1", "k2"});
      })) {
    return std::string(text);
  }
  for (const std::string& w : words) {
    // Letters, and a letter then digits (`K2`), only.
    const bool plain = std::isalpha(static_cast<unsigned char>(w[0])) &&
                       std::all_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    // Nor a word of fat, sugar, salt or size, which may choose the food or weigh a count (`beef 100g (lean)`,
    // `eggs 2 (large)`).
    if (!plain || is_state_word(w) || number_word(w) || is_fat_word(w) ||
        one_of(w, {"in", "with", "without", "w", "no", "not", "and", "or", "plus", "made", "about", "approx",
                   "each", "per", "total", "drained", "dry", "uncooked", "skin", "skinless", "bone", "boneless", "fat",
                   "low", "reduced", "light", "lite", "sweetened", "unsweetened", "salted", "unsalted", "sugar",
                   "decaf", "large", "small", "medium", "jumbo", "big", "mini", "extra", "whole", "half"})) {
      return std::string(text);
    }
  }
  note = std::move(words);
  std::string out(text);
  out.replace(open, end - open, end - open, ' ');
  return out;
}

/// `dressing 2 tbsp (ranch)`, `lettuce 1 cup (romaine)`: `text` with a parenthesis that ends it, after the amount
/// that follows the food, read as a kind of the food before its name (`ranch dressing 2 tbsp`), where the words of
/// the parenthesis and of the food name one food together; `text` itself otherwise (`tea 1 cup (parsley)`, `coffee 1
/// cup (milk)`: a note that names another food is no kind of it).
std::string with_end_note_as_kind(std::string_view text, const FoodCatalog& catalog) {
  const auto parenthesis = end_parenthesis(text);
  if (!parenthesis) return std::string(text);
  const auto [open, end] = *parenthesis;
  const std::string_view kind = text.substr(open + 1, end - 1 - open - 1);
  if (kind.empty() || std::count(kind.begin(), kind.end(), ' ') > 2 ||
      !std::all_of(kind.begin(), kind.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '-' || (c & 0x80);
      })) {
    return std::string(text);
  }
  // The amount: the first word that is a quantity, after the food's words.
  std::size_t amount = std::string_view::npos;
  for (std::size_t at = 0; at < open;) {
    const std::size_t space = std::min(text.find(' ', at), open);
    QuantityToken token;
    if (space > at && parse_quantity_token(text.substr(at, space - at), token) == QuantityStatus::ok) {
      amount = at;
      break;
    }
    at = space + 1;
  }
  if (amount == std::string_view::npos || amount == 0) return std::string(text);
  std::string_view food = text.substr(0, amount);
  while (!food.empty() && (food.back() == ' ' || food.back() == ',')) food.remove_suffix(1);
  if (food.find_first_of("(),") != std::string_view::npos) return std::string(text);
  const std::string named = fmt::format("{} {}", kind, food);
  if (!catalog.find(named).food) return std::string(text);
  std::string_view rest = text.substr(amount, open - amount);
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  return fmt::format("{} {}", named, rest);
}

/// `coffee, no sugar`, `tea without milk`, `black coffee w/o sugar 1 cup`: `text` with a note of what the item
/// leaves out (a word of what people take in a drink or on a dish) as spaces, which keeps the places of words, and
/// the words left out; `text` itself where it has none.
std::string without_left_out(std::string_view text, std::vector<std::string>& left_out) {
  std::string out(text);
  const std::string lower = to_lower(text);
  for (const std::string_view no : {" no ", " without ", " w/o "}) {
    for (std::size_t at = lower.find(no); at != std::string::npos; at = lower.find(no, at + 1)) {
      std::size_t k = at + no.size();
      if (lower.compare(k, 6, "added ") == 0) k += 6;
      std::size_t end = std::min(lower.find_first_of(" ,;", k), lower.size());
      const std::string what = singular(lower.substr(k, end - k));
      if (lower.compare(end, 6, " added") == 0) end += 6;  // `no salt added`
      if (!one_of(what, {"sugar", "milk", "cream", "ice", "butter", "salt", "honey", "sweetener", "syrup",
                         "dressing", "sauce", "mayo", "mayonnaise", "creamer", "gravy", "lemon", "ketchup"})) {
        continue;
      }
      // The note ends the item, or comes before a comma or an amount.
      if (end < lower.size() && lower[end] != ',' &&
          !(end + 1 < lower.size() && std::isdigit(static_cast<unsigned char>(lower[end + 1])) != 0)) {
        continue;
      }
      std::size_t from = at;
      // `w/ no salt`, `with no sugar`: the with of it too.
      for (const std::string_view with : {" with", " w/"}) {
        if (no == " no " && from >= with.size() && lower.compare(from - with.size(), with.size(), with) == 0) {
          from -= with.size();
        }
      }
      if (from > 0 && out[from - 1] == ',') --from;
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(from), out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
      left_out.push_back(what);
    }
  }
  return out;
}

/// The drinks that sugar is stirred into, as a word of their names.
constexpr std::string_view kHotDrinks[] = {"coffee", "tea", "latte", "cappuccino", "espresso", "mocha"};

/// Whether a food may be read without `what`, which the item says it leaves out: a drink without what is stirred
/// into it, a cereal, porridge, bread or pancake without what goes on it, any food but a dish without a sauce,
/// dressing or salt on the side. Never a food whose name or USDA name holds it (`Hot cocoa`: `Milk, chocolate
/// beverage`; `Mashed potatoes (whole milk and margarine)`), nor a dish, which is made with what it names.
bool may_leave_out(const Food& food, std::string_view what) {
  const std::string group = to_lower(food.group());
  const std::string_view source = food.source();
  const std::string described = to_lower(std::string(food.name()) + " " +
                                         std::string(source.substr(0, std::min(source.find(". Portions"),
                                                                               source.size()))));
  // Not where the name says it is without it (`Collards, cooked, boiled, drained, without salt`).
  if ((described.find(what) != std::string::npos &&
       described.find(fmt::format("without {}", what)) == std::string::npos) ||
      (what == "mayo" && described.find("mayonnaise") != std::string::npos)) {
    return false;
  }
  // A sweetened drink without sugar is another drink (`lemonade no sugar`, `cranberry juice no sugar`).
  const bool hot_drink = std::any_of(std::begin(kHotDrinks), std::end(kHotDrinks), [&](std::string_view drink) {
    return described.find(drink) != std::string::npos;
  });
  if (group == "drinks") {
    return one_of(what, {"milk", "cream", "creamer", "ice", "lemon"}) ||
           (hot_drink && one_of(what, {"sugar", "honey", "sweetener", "syrup"}));
  }
  if (group == "grains") return one_of(what, {"sugar", "milk", "cream", "honey", "sweetener", "syrup", "butter"});
  if (one_of(group, {"mixed dishes", "sweets", "fast foods", "meals, entrees, and side dishes", "restaurant foods",
                     "soups, sauces, and gravies", "snacks"})) {
    return false;
  }
  return one_of(what, {"dressing", "gravy", "ketchup", "sauce", "mayo", "mayonnaise", "salt", "lemon"});
}

/// `smoked gouda`: `text` with the word `smoked` as spaces, or empty where it has none.
std::string without_smoked(std::string_view text) {
  std::string out(text);
  const std::string lower = to_lower(text);
  bool any = false;
  for (std::size_t at = lower.find("smoked"); at != std::string::npos; at = lower.find("smoked", at + 1)) {
    if ((at > 0 && !is_blank(lower[at - 1])) || (at + 6 < lower.size() && !is_blank(lower[at + 6]))) continue;
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(at), out.begin() + static_cast<std::ptrdiff_t>(at + 6), ' ');
    any = true;
  }
  return any ? out : std::string();
}

Item parse_item(std::string_view text, const SourceLocation& at, const FoodCatalog& catalog) {
  try {
    return ItemReader(text, at, catalog).read();
  } catch (const Error& first) {
    const std::string_view message = first.what();
    // The item read again from `kept`, where `fits` accepts what it is read as; else the first error.
    const auto reread = [&](const std::string& kept, auto fits) -> Item {
      std::optional<Item> item;
      try {
        item = ItemReader(kept, at, catalog).read();
      } catch (const Error&) {
        throw first;
      }
      if (!fits(*item)) throw first;
      return *item;
    };
    // `tea without milk`, `coffee, no sugar`: what the item leaves out adds nothing.
    if (message.find("unknown food") != std::string_view::npos) {
      std::vector<std::string> left_out;
      if (const std::string kept = without_left_out(text, left_out); kept != text) {
        return reread(kept, [&](const Item& item) {
          return std::all_of(left_out.begin(), left_out.end(),
                             [&](const std::string& what) { return may_leave_out(item.food, what); });
        });
      }
    }
    // `natto 2 tbsp (for K2)`: a note in a parenthesis after the amount that follows the food, as after the food
    // of an item that starts with its amount (`1 cup kale (for K1)`); not where a word of it and the food's name
    // name another food.
    if (message.find("stray number") != std::string_view::npos) {
      std::vector<std::string> note;
      if (const std::string kept = without_end_note(text, note); kept != text) try {
        return reread(kept, [&](const Item& item) {
          return std::none_of(note.begin(), note.end(), [&](const std::string& w) {
            for (const std::string& name : {fmt::format("{} {}", w, item.food.id()),
                                            fmt::format("{} {}", w, item.food.name())}) {
              const FoodMatch other = catalog.find(name);
              if (other.food && other.food->id() != item.food.id()) return true;
            }
            return false;
          });
        });
      } catch (const Error&) {
        // `coke 1 can (diet)`: the note names the food with its name, as below.
      }
      // `dressing 2 tbsp (ranch)`: a kind of the food in a parenthesis after that amount, which names one food
      // with the food's words (`ranch dressing`), is read so.
      if (const std::string kind = with_end_note_as_kind(text, catalog); kind != text) {
        return reread(kind, [](const Item&) { return true; });
      }
    }
    // `smoked gouda`: a smoked cheese, which no source measures, is the cheese, by rule R1 of the food tables (the
    // same food in another form, its values carried unadjusted); a smoked meat or fish stays an error, as it is
    // cured too.
    if (message.find("but no 'smoked' form of it") != std::string_view::npos) {
      if (const std::string plain = without_smoked(text); !plain.empty()) {
        return reread(plain, [](const Item& cheese) { return cheese.food.group() == "cheese"; });
      }
    }
    // `tinned peaches`: read as `canned peaches` where vitk knows no tinned food of the name. The item holds no
    // view of its text (its unit is of the food's table).
    const std::string canned = canned_for_tinned(text);
    if (canned == text) throw;
    try {
      return ItemReader(canned, at, catalog).read();
    } catch (const Error& second) {
      // The error of the canned name, where it says more than that the name is unknown (`tinned peaches` is
      // ambiguous among canned peaches); its quotes are of the words as read.
      if (std::string_view(second.what()).find("unknown food") == std::string_view::npos) throw;
    }
    throw;
  }
}

bool ounce_is_fluid(const Food& food) {
  // Without a copy of the name: the fast lane asks this of every item in ounces.
  const std::string_view name = food.name();
  const auto holds = [](std::string_view text, std::string_view part) {
    return std::search(text.begin(), text.end(), part.begin(), part.end(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) == b;
           }) != text.end();
  };
  // A whole word of the name (`mix`, not `Mixed Berry`).
  const auto has_word = [&](std::string_view part) {
    for (std::size_t at = 0; at < name.size();) {
      while (at < name.size() && !std::isalpha(static_cast<unsigned char>(name[at]))) ++at;
      std::size_t end = at;
      while (end < name.size() && std::isalpha(static_cast<unsigned char>(name[end]))) ++end;
      if (end - at == part.size() && holds(name.substr(at, end - at), part)) return true;
      at = end;
    }
    return false;
  };
  // The food's kind is the name before its first comma or parenthesis: `Soy milk, unfortified`, `Milk,
  // chocolate`, `Lemon juice` (not `Chocolate, milk`, `Yogurt, plain, whole milk`, `Mashed potatoes (whole milk`).
  const std::string_view head = name.substr(0, name.find_first_of(",("));
  if (!is_drink_group(food.group()) && !holds(head, "milk") && !holds(head, "juice") && !holds(head, "kefir")) {
    return false;
  }
  // Not a powder, a syrup or a tin's condensed milk, which are weighed, unless made up into a drink.
  if (has_word("prepared")) return true;
  for (const std::string_view solid : {"powder", "powdered", "dry", "dried", "concentrate", "mix", "instant", "syrup",
                                       "condensed", "granules", "crystals"}) {
    if (has_word(solid)) return false;
  }
  return true;
}

}  // namespace vitk
