#include "vitk/foods/unmeasured.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "vitk/base/text.hpp"

namespace vitk {

namespace {

/// Words that say how a herb or a spice is cut, picked or kept, or how much of it a cook takes without a number
/// (`pinch of dill`, `sprig of rosemary`): the food is the same whichever they say.
constexpr std::array<std::string_view, 27> kSetAside{
    "fresh",  "freshly", "chopped", "finely", "roughly", "coarsely", "minced", "torn",  "picked",
    "dried",  "ground",  "whole",   "crushed", "bruised", "sliced",  "lightly", "few",  "powder",
    "pinch",  "of",      "a",       "handful", "bunch",   "sprig",   "small",   "large", "some"};

/// The names (singular, as compared) and the food each names. Each was looked for in every source file: see
/// foods/README.md, "Known gaps".
constexpr std::array<std::pair<std::string_view, std::string_view>, 59> kNames{{
    {"dill", "dill"},
    {"dill weed", "dill"},
    {"dill leaf", "dill"},
    {"dill frond", "dill"},
    {"rosemary", "rosemary"},
    {"rosemary leaf", "rosemary"},
    {"mint", "mint"},
    {"mint leaf", "mint"},
    {"spearmint", "mint"},
    {"tarragon", "tarragon"},
    {"tarragon leaf", "tarragon"},
    {"chervil", "chervil"},
    {"lemongrass", "lemongrass"},
    {"lemon grass", "lemongrass"},
    {"lemongrass stalk", "lemongrass"},
    {"cardamom", "cardamom"},
    {"cardamom pod", "cardamom"},
    {"cardamom seed", "cardamom"},
    {"green cardamom pod", "cardamom"},
    {"bay leaf", "bay leaf"},
    {"saffron", "saffron"},
    {"saffron thread", "saffron"},
    {"saffron strand", "saffron"},
    {"chia", "chia seeds"},
    {"chia seed", "chia seeds"},
    {"fenugreek", "fenugreek"},
    {"fenugreek seed", "fenugreek"},
    {"coriander seed", "coriander seeds"},
    {"curry leaf", "curry leaves"},
    {"kaffir lime leaf", "kaffir lime leaves"},
    {"star anise", "star anise"},
    {"juniper berry", "juniper berries"},
    {"allspice", "allspice"},
    {"garam masala", "garam masala"},
    {"mixed spice", "mixed spice"},
    {"five spice", "five-spice"},
    {"chinese five spice", "five-spice"},
    {"sumac", "sumac"},
    {"sumak", "sumac"},
    {"nigella", "nigella seeds"},
    {"nigella seed", "nigella seeds"},
    {"kalonji", "nigella seeds"},
    {"black onion seed", "nigella seeds"},
    {"sichuan pepper", "Sichuan pepper"},
    {"sichuan peppercorn", "Sichuan pepper"},
    {"szechuan pepper", "Sichuan pepper"},
    {"szechuan peppercorn", "Sichuan pepper"},
    {"galangal", "galangal"},
    {"ras el hanout", "ras el hanout"},
    {"za'atar", "za'atar"},
    {"zaatar", "za'atar"},
    {"zatar", "za'atar"},
    {"asafoetida", "asafoetida"},
    {"hing", "asafoetida"},
    {"mace", "mace"},
    {"blade mace", "mace"},
    {"mace blade", "mace"},
    {"spring green", "spring greens"},
    {"spring cabbage", "spring greens"},
}};

}  // namespace

std::optional<Unmeasured> unmeasured_food(std::string_view name) {
  // The name before a note (`dill, chopped`), its words singular, without the words set aside.
  const std::string key = normalize_key(name.substr(0, std::min(name.find(','), name.size())));
  std::string kept;
  bool ground = false;  // `ground coriander` and `coriander powder` are the seeds; `coriander` alone is the leaves
  for (std::size_t start = 0; start < key.size();) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    const std::string word = singular(key.substr(start, end - start));
    if (word == "ground" || word == "powder") ground = true;
    if (!word.empty() && std::find(kSetAside.begin(), kSetAside.end(), word) == kSetAside.end()) {
      kept += kept.empty() ? word : " " + word;
    }
    start = end + 1;
  }
  if (ground && kept == "coriander") return Unmeasured{"coriander seeds"};
  for (const auto& [said, food] : kNames) {
    if (kept == said) return Unmeasured{food};
  }
  return std::nullopt;
}

}  // namespace vitk
