#pragma once

#include <optional>
#include <string_view>

namespace vitk {

/// A food that people name and whose vitamin K none of the sources of the built-in tables gives (USDA SR28, NEVO
/// 2021 and 2023, Ciqual 2020: they leave it blank or do not list it), so that an item naming it is an error that
/// says so rather than an unknown or ambiguous name. foods/README.md ("Known gaps") lists them with what each
/// source holds.
struct Unmeasured {
  std::string_view name;  ///< as the error shows it: `fresh dill`, `cardamom`
};

/// The unmeasured food a name names (`fresh dill`, `dill, chopped`, `4 cardamom pods`' `cardamom pods`), compared as
/// vitk compares names, with the words of freshness, cutting and drying set aside; or nullopt.
std::optional<Unmeasured> unmeasured_food(std::string_view name);

}  // namespace vitk
