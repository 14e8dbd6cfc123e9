#include "vitk/foods/unmeasured.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "vitk/base/text.hpp"

namespace vitk {

namespace {

/// Words that say how a herb or a spice is cut, picked or kept: the food is the same whichever they say.
constexpr std::array<std::string_view, 17> kSetAside{"fresh", "freshly", "chopped", "finely", "roughly", "coarsely",
                                                     "minced", "torn", "picked", "dried", "ground", "whole",
                                                     "crushed", "bruised", "sliced", "lightly", "few"};

/// The names (singular, as compared) and the food each names. Each was looked for in every source file: see
/// foods/README.md, "Known gaps".
constexpr std::array<std::pair<std::string_view, std::string_view>, 37> kNames{{
    {"dill", "dill"},
    {"dill weed", "dill"},
    {"dill leaf", "dill"},
    {"dill frond", "dill"},
    {"dill sprig", "dill"},
    {"rosemary", "rosemary"},
    {"rosemary leaf", "rosemary"},
    {"rosemary sprig", "rosemary"},
    {"mint", "mint"},
    {"mint leaf", "mint"},
    {"mint sprig", "mint"},
    {"spearmint", "mint"},
    {"tarragon", "tarragon"},
    {"tarragon leaf", "tarragon"},
    {"tarragon sprig", "tarragon"},
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
}};

}  // namespace

std::optional<Unmeasured> unmeasured_food(std::string_view name) {
  // The name before a note (`dill, chopped`), its words singular, without the words set aside.
  const std::string key = normalize_key(name.substr(0, std::min(name.find(','), name.size())));
  std::string kept;
  for (std::size_t start = 0; start < key.size();) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    const std::string word = singular(key.substr(start, end - start));
    if (!word.empty() && std::find(kSetAside.begin(), kSetAside.end(), word) == kSetAside.end()) {
      kept += kept.empty() ? word : " " + word;
    }
    start = end + 1;
  }
  for (const auto& [said, food] : kNames) {
    if (kept == said) return Unmeasured{food};
  }
  return std::nullopt;
}

}  // namespace vitk
