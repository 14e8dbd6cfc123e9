#include "vitk/foods/units.hpp"

#include <algorithm>

#include <array>

#include "vitk/base/text.hpp"
#include "vitk/foods/food.hpp"

namespace vitk {

namespace {

struct Synonym {
  std::string_view word;
  std::string_view canonical;
};

// Spellings people type for the same unit. Portion names of the tables use the canonical form.
constexpr std::array kSynonyms = {
    Synonym{"milligram", "mg"},   Synonym{"milligrams", "mg"},  Synonym{"mgs", "mg"},
    Synonym{"gram", "g"},         Synonym{"grams", "g"},        Synonym{"gr", "g"},
    Synonym{"gm", "g"},           Synonym{"gms", "g"},          Synonym{"grm", "g"},
    Synonym{"gramme", "g"},       Synonym{"grammes", "g"},      Synonym{"gramm", "g"},      Synonym{"kilogram", "kg"},
    Synonym{"kilograms", "kg"},   Synonym{"kgs", "kg"},         Synonym{"kilo", "kg"},
    Synonym{"kilos", "kg"},       Synonym{"ounce", "oz"},       Synonym{"ounces", "oz"},
    Synonym{"ozs", "oz"},         Synonym{"pound", "lb"},       Synonym{"pounds", "lb"},
    Synonym{"lbs", "lb"},         Synonym{"tablespoon", "tbsp"}, Synonym{"tablespoons", "tbsp"},
    Synonym{"tbs", "tbsp"},       Synonym{"tbsps", "tbsp"},     Synonym{"tbl", "tbsp"},
    Synonym{"tbls", "tbsp"},      Synonym{"tblsp", "tbsp"},     Synonym{"tb", "tbsp"},     Synonym{"teaspoon", "tsp"},
    Synonym{"teaspoons", "tsp"},  Synonym{"tsps", "tsp"},       Synonym{"c", "cup"},
    Synonym{"cups", "cup"},       Synonym{"milliliter", "ml"},  Synonym{"milliliters", "ml"},
    Synonym{"millilitre", "ml"},  Synonym{"millilitres", "ml"}, Synonym{"mls", "ml"},
    Synonym{"centiliter", "cl"},  Synonym{"centiliters", "cl"}, Synonym{"centilitre", "cl"},
    Synonym{"centilitres", "cl"}, Synonym{"deciliter", "dl"},   Synonym{"deciliters", "dl"},
    Synonym{"decilitre", "dl"},   Synonym{"decilitres", "dl"},  Synonym{"liters", "liter"},
    Synonym{"litre", "liter"},    Synonym{"litres", "liter"},   Synonym{"ltr", "liter"},
    Synonym{"floz", "fl-oz"},     Synonym{"pints", "pint"},
    Synonym{"pt", "pint"},        Synonym{"quarts", "quart"},   Synonym{"qt", "quart"},
    Synonym{"gallons", "gallon"}, Synonym{"gal", "gallon"},     Synonym{"pinches", "pinch"},
    Synonym{"dashes", "dash"},    Synonym{"tin", "can"},        Synonym{"tins", "can"},
    Synonym{"floret", "floweret"}, Synonym{"florets", "floweret"}, Synonym{"dessertspoons", "dessertspoon"},
    Synonym{"dsp", "dessertspoon"}, Synonym{"dstspn", "dessertspoon"},
    Synonym{"pottle", "pot"},     Synonym{"pottles", "pot"},  // New Zealand's pot of yoghurt
    Synonym{"pitta", "pita"},     Synonym{"pittas", "pita"},  // the British spelling
    Synonym{"sl", "slice"},       Synonym{"slc", "slice"},    // a diary app's slice
    Synonym{"med", "medium"},     Synonym{"md", "medium"},    Synonym{"lg", "large"},     Synonym{"sm", "small"},
    // Spoons of other languages' recipes: German (EL, TL), Dutch (el, tl, eetlepel, theelepel), Swedish (msk, tsk),
    // Danish (spsk), Spanish (cucharada, cucharadita), Italian (cucchiaio, cucchiaino) and French (càs, càc).
    Synonym{"el", "tbsp"},        Synonym{"esslöffel", "tbsp"}, Synonym{"eetlepel", "tbsp"},
    Synonym{"eetlepels", "tbsp"}, Synonym{"msk", "tbsp"},       Synonym{"spsk", "tbsp"},
    Synonym{"cucharada", "tbsp"}, Synonym{"cucharadas", "tbsp"}, Synonym{"cucchiaio", "tbsp"},
    Synonym{"cucchiai", "tbsp"},  Synonym{"càs", "tbsp"},       Synonym{"c.à.s", "tbsp"},
    Synonym{"tl", "tsp"},         Synonym{"teelöffel", "tsp"},  Synonym{"theelepel", "tsp"},
    Synonym{"theelepels", "tsp"}, Synonym{"tsk", "tsp"},        Synonym{"cucharadita", "tsp"},
    Synonym{"cucharaditas", "tsp"}, Synonym{"cucchiaino", "tsp"}, Synonym{"cucchiaini", "tsp"},
    Synonym{"càc", "tsp"},        Synonym{"c.à.c", "tsp"},
    // Their slices (German, Dutch, French, Spanish, Swedish, Danish, Norwegian, Italian, Portuguese, Polish and
    // Finnish) and cups (Spanish, Portuguese, Italian).
    Synonym{"scheibe", "slice"},  Synonym{"scheiben", "slice"}, Synonym{"plak", "slice"},
    Synonym{"plakken", "slice"},  Synonym{"plakje", "slice"},
    Synonym{"plakjes", "slice"},  Synonym{"tranche", "slice"},  Synonym{"tranches", "slice"},
    Synonym{"rebanada", "slice"}, Synonym{"rebanadas", "slice"}, Synonym{"skiva", "slice"},
    Synonym{"skivor", "slice"},   Synonym{"skive", "slice"},    Synonym{"skiver", "slice"},
    Synonym{"fetta", "slice"},    Synonym{"fette", "slice"},    Synonym{"fatia", "slice"},
    Synonym{"fatias", "slice"},   Synonym{"plasterek", "slice"}, Synonym{"plasterki", "slice"},
    Synonym{"plastry", "slice"},  Synonym{"plastrów", "slice"},
    Synonym{"kromka", "slice"},   Synonym{"kromki", "slice"},   Synonym{"viipale", "slice"},
    Synonym{"viipaletta", "slice"}, Synonym{"viipaleet", "slice"},
    Synonym{"sneetje", "slice"},  Synonym{"sneetjes", "slice"}, Synonym{"snee", "slice"},
    Synonym{"loncha", "slice"},   Synonym{"lonchas", "slice"},
    Synonym{"taza", "cup"},       Synonym{"tazas", "cup"},      Synonym{"xícara", "cup"},
    Synonym{"xícaras", "cup"},    Synonym{"xicara", "cup"},     Synonym{"tazza", "cup"},
    Synonym{"tazze", "cup"},
    // Their glass (Dutch, German, Swedish, Danish, Norwegian; French, Spanish, Italian, Portuguese), and a German
    // tub (a Becher of yoghurt or cream).
    Synonym{"glas", "glass"},     Synonym{"glazen", "glass"},   Synonym{"gläser", "glass"},
    Synonym{"verre", "glass"},    Synonym{"verres", "glass"},   Synonym{"vaso", "glass"},
    Synonym{"vasos", "glass"},    Synonym{"bicchiere", "glass"}, Synonym{"bicchieri", "glass"},
    Synonym{"copa", "glass"},     Synonym{"copas", "glass"},    Synonym{"copo", "glass"},
    Synonym{"copos", "glass"},
    Synonym{"becher", "container"},
    // The bowls of French, Spanish, German, Dutch, Italian, Polish and Swedish diaries (un bol de soupe).
    Synonym{"bol", "bowl"},       Synonym{"bols", "bowl"},      Synonym{"schüssel", "bowl"},
    Synonym{"kom", "bowl"},       Synonym{"kommetje", "bowl"},  Synonym{"ciotola", "bowl"},
    Synonym{"miska", "bowl"},     Synonym{"miseczka", "bowl"},  Synonym{"skål", "bowl"},
    // A Dutch cup and mug (een kop koffie, een beker melk), and a German cup (eine Tasse Tee).
    Synonym{"kop", "cup"},        Synonym{"koppen", "cup"},     Synonym{"kopje", "cup"},
    Synonym{"kopjes", "cup"},     Synonym{"beker", "mug"},      Synonym{"bekers", "mug"},
    Synonym{"tasse", "cup"},      Synonym{"tassen", "cup"},
    // A Swedish cup (en kopp kaffe).
    Synonym{"kopp", "cup"},       Synonym{"koppar", "cup"},
    // The Russian spoons written as one word.
    Synonym{"\u0441\u0442.\u043b.", "tbsp"}, Synonym{"\u0447.\u043b.", "tsp"}, Synonym{"\u0441\u0442.\u043b", "tbsp"},
    Synonym{"\u0447.\u043b", "tsp"},
    // Polish spoons and glass (a szklanka is a glass).
    Synonym{"\u0142y\u017cka", "tbsp"}, Synonym{"\u0142y\u017cki", "tbsp"}, Synonym{"\u0142y\u017cek", "tbsp"},
    Synonym{"\u0142y\u017ceczka", "tsp"}, Synonym{"\u0142y\u017ceczki", "tsp"}, Synonym{"\u0142y\u017ceczek", "tsp"},
    Synonym{"szklanka", "glass"}, Synonym{"szklanki", "glass"}, Synonym{"szklanek", "glass"},
    // The gram of Chinese labels and recipes, and of Russian, Greek and Arabic ones; an Arabic cup.
    Synonym{"\u514b", "g"},       Synonym{"\u516c\u514b", "g"},       Synonym{"\u6beb\u5347", "ml"},
    Synonym{"\u5347", "liter"},
    Synonym{"\u0433", "g"},       Synonym{"\u0433\u0440", "g"},   Synonym{"\u03b3\u03c1", "g"},
    Synonym{"\u03b3\u03c1.", "g"}, Synonym{"\u063a", "g"},       Synonym{"\u063a\u0631\u0627\u0645", "g"},
    Synonym{"\u0643\u0648\u0628", "cup"},
    // The millilitre, the litre and the kilogram of Russian labels and recipes.
    Synonym{"\u043c\u043b", "ml"}, Synonym{"\u043a\u0433", "kg"}, Synonym{"\u043b", "liter"},
    // The gram of Hindi labels and recipes, and the Russian glass (стакан).
    Synonym{"\u0917\u094d\u0930\u093e\u092e", "g"}, Synonym{"\u0441\u0442\u0430\u043a\u0430\u043d", "glass"},
    Synonym{"\u0441\u0442\u0430\u043a\u0430\u043d\u0430", "glass"},
    Synonym{"\u0441\u0442\u0430\u043a\u0430\u043d\u043e\u0432", "glass"},
    // Czech slices and a German head (of lettuce or cabbage).
    Synonym{"pl\u00e1tek", "slice"}, Synonym{"pl\u00e1tky", "slice"}, Synonym{"pl\u00e1tk\u016f", "slice"},
    Synonym{"kopf", "head"},      Synonym{"k\u00f6pfe", "head"},
    // The serve of Australian and New Zealand labels is a serving.
    Synonym{"serve", "serving"},  Synonym{"serves", "serving"},
    // A pack (Japanese, as natto is sold) and a head (Polish, of lettuce or cabbage).
    Synonym{"\u30d1\u30c3\u30af", "pack"}, Synonym{"g\u0142\u00f3wka", "head"}, Synonym{"g\u0142\u00f3wki", "head"},
};

struct VolumeUnit {
  std::string_view unit;
  double ml;
};

// US customary volumes (cup 236.588 ml, tablespoon 14.787 ml, teaspoon 4.929 ml, fluid ounce 29.574 ml, and
// their pints, quarts and gallons) and the metric ones; a dash and a pinch as US measuring-spoon sets mark them
// (1/8 and 1/16 teaspoon), which no standard defines; the dessertspoon is the 10 ml of British and Australian
// metric recipes. A grande and a venti are the coffee-shop cups of Starbucks, 16 and 20 US fl oz (a cold venti cup is
// 24, with its ice: see vitk-meals(5)); its tall and short, 12 and 8, are units only before a drink (the meal reader
// reads them so).
constexpr std::array kVolumeUnits = {
    VolumeUnit{"ml", 1.0},         VolumeUnit{"cl", 10.0},        VolumeUnit{"dl", 100.0},
    VolumeUnit{"l", 1000.0},       VolumeUnit{"liter", 1000.0},   VolumeUnit{"cup", 236.588},    VolumeUnit{"tbsp", 14.787},
    VolumeUnit{"tsp", 4.929},      VolumeUnit{"fl-oz", 29.574},   VolumeUnit{"pint", 473.176},
    VolumeUnit{"quart", 946.353},  VolumeUnit{"gallon", 3785.41},  VolumeUnit{"dash", 4.929 / 8},
    VolumeUnit{"pinch", 4.929 / 16}, VolumeUnit{"dessertspoon", 10.0}, VolumeUnit{"grande", 16 * 29.574},
    VolumeUnit{"venti", 20 * 29.574}, VolumeUnit{"tall-cup", 12 * 29.574}, VolumeUnit{"short-cup", 8 * 29.574},
    // A pint said to be the US or the imperial one (568.261 ml, Weights and Measures Act 1985); a pint alone is
    // either, and an item weighs it only by its metric or US equivalent (see vitk-meals(5)).
    VolumeUnit{"us-pint", 473.176}, VolumeUnit{"uk-pint", 568.261},
};

// The portions of a food that give its density, best first: the household measures of a volume.
constexpr std::array<std::string_view, 7> kDensityPortions = {"cup", "fl-oz", "tbsp", "tsp", "pint", "quart",
                                                              "gallon"};

struct MassUnit {
  std::string_view unit;
  double grams;
};

constexpr std::array kMassUnits = {
    MassUnit{"mg", 0.001}, MassUnit{"g", 1.0}, MassUnit{"kg", 1000.0},
    MassUnit{"oz", 28.349523125},  // international avoirdupois ounce
    MassUnit{"lb", 453.59237},
};

// Abbreviations, and sizes such as `2 large` (eggs), read the same in the singular and the plural.
constexpr std::array<std::string_view, 15> kInvariant = {"mg",  "g",     "kg",    "oz", "lb", "tbsp", "tsp", "small",
                                                         "medium", "large", "each", "ml", "cl", "dl",   "l"};

}  // namespace

std::string canonical_unit(std::string_view word) {
  // `lb.`, `oz.`, `tbsp.`: an abbreviation's point.
  if (word.size() > 1 && word.back() == '.') word.remove_suffix(1);
  std::string lower = to_lower(word);
  for (const Synonym& synonym : kSynonyms) {
    if (synonym.word == lower) return std::string(synonym.canonical);
  }
  // `1 (14 1/2 -ounce) can`: a weight or a volume with the hyphen that joins it to its number, written apart.
  if (lower.size() > 2 && lower[0] == '-' && lower[1] >= 'a' && lower[1] <= 'z') {
    std::string unit = canonical_unit(std::string_view(lower).substr(1));
    if (grams_per_mass_unit(unit) || ml_per_volume_unit(unit)) return unit;
  }
  return lower;
}

std::optional<double> grams_per_mass_unit(std::string_view canonical) {
  const std::string_view unit = static_mass_unit(canonical);
  if (unit.empty()) return std::nullopt;
  for (const MassUnit& mass : kMassUnits) {
    if (mass.unit.data() == unit.data()) return mass.grams;
  }
  return std::nullopt;
}

std::string_view static_mass_unit(std::string_view unit) {
  // By hand, not by the table: this runs once for every line of a long log.
  if (unit.size() == 1) return unit[0] == 'g' ? kMassUnits[1].unit : std::string_view();
  if (unit.size() != 2) return {};
  switch (unit[0]) {
    case 'm': return unit[1] == 'g' ? kMassUnits[0].unit : std::string_view();
    case 'k': return unit[1] == 'g' ? kMassUnits[2].unit : std::string_view();
    case 'o': return unit[1] == 'z' ? kMassUnits[3].unit : std::string_view();
    case 'l': return unit[1] == 'b' ? kMassUnits[4].unit : std::string_view();
    default: return {};
  }
}

std::string_view mass_unit_list() { return "mg, g, kg, oz, lb"; }

std::optional<double> ml_per_volume_unit(std::string_view canonical) {
  for (const VolumeUnit& volume : kVolumeUnits) {
    if (volume.unit == canonical) return volume.ml;
  }
  return std::nullopt;
}

KitchenRounding kitchen_rounding(std::string_view canonical) {
  struct Rounding {
    std::string_view unit;
    double low;   ///< the smallest size tables give it, in grams or millilitres
    double high;  ///< the largest
    double exact;
  };
  // British tables write 1 oz as 25 g (4 oz as 100 g) and others as 30 g; 1 lb as 450 g, and Australian ones as
  // 500 g (8 oz as 250 g); a fluid ounce as 25 to 30 ml; a pint as 473 ml (US), 568 ml (imperial) or 600 ml;
  // rounded metric tables write a cup as 250 ml and a quarter cup as 50 ml, a tablespoon as 15 ml (2 as 25 ml) or,
  // in Australia, 20 ml, a teaspoon as 5 ml (1/2 as 2 ml).
  static constexpr std::array kRoundings = {
      Rounding{"oz", 25.0, 30.0, 28.349523125},  Rounding{"lb", 450.0, 500.0, 453.59237},
      Rounding{"fl-oz", 25.0, 30.0, 29.574},     Rounding{"pint", 473.176, 600.0, 473.176},
      Rounding{"uk-pint", 568.261, 600.0, 568.261},
      Rounding{"quart", 946.353, 1136.52, 946.353}, Rounding{"gallon", 3785.41, 4546.09, 3785.41},
      Rounding{"cup", 200.0, 250.0, 236.588},    Rounding{"tbsp", 12.5, 20.0, 14.787},
      Rounding{"tsp", 4.0, 5.0, 4.929},
  };
  for (const Rounding& rounding : kRoundings) {
    if (rounding.unit == canonical) return {rounding.low / rounding.exact, rounding.high / rounding.exact};
  }
  return {};
}

std::string_view static_volume_unit(std::string_view unit) {
  // `liter` is the spelling of some USDA portions: the unit shows as `l` either way.
  if (unit == "liter") unit = "l";
  for (const VolumeUnit& volume : kVolumeUnits) {
    if (volume.unit == unit) return volume.unit;
  }
  return {};
}

std::string_view volume_unit_list() { return "ml, cl, dl, l, cup, tbsp, tsp, fl oz, US pint, UK pint, quart, gallon"; }

std::optional<Density> density_of(const Food& food) {
  for (std::string_view unit : kDensityPortions) {
    if (const std::optional<Portion> portion = food.find_portion(unit)) {
      return Density{portion->grams / *ml_per_volume_unit(unit), portion->unit, portion->grams};
    }
  }
  return std::nullopt;
}

std::string unit_for_quantity(std::string_view unit, double quantity) {
  std::string out(unit);
  // Compound names, and units written otherwise than as one lower-case word (`fl oz`, an export's `cup, cubed`).
  if (quantity == 1.0 || unit.empty() ||
      std::any_of(unit.begin(), unit.end(), [](char c) { return c < 'a' || c > 'z'; })) {
    return out;
  }
  for (std::string_view invariant : kInvariant) {
    if (unit == invariant) return out;
  }
  const char last = unit.back();
  const bool consonant_y = last == 'y' && unit.size() > 1 && std::string_view("aeiou").find(unit[unit.size() - 2]) ==
                                                                  std::string_view::npos;
  if (consonant_y) {
    out.back() = 'i';
    out += "es";
  } else if (unit.ends_with("leaf") || unit.ends_with("loaf") || unit == "half") {
    out.back() = 'v';
    out += "es";
  } else if (last == 's' || last == 'x' || last == 'z' || unit.ends_with("ch") || unit.ends_with("sh") ||
             unit.ends_with("potato") || unit.ends_with("tomato")) {
    out += "es";
  } else if (last != '-') {
    out += 's';
  }
  return out;
}

}  // namespace vitk
