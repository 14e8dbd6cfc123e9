#include "food_rules.hpp"

#include <algorithm>
#include <cmath>

#include "vitk/base/text.hpp"
#include "vitk/foods/food.hpp"
#include "vitk/foods/units.hpp"

namespace vitk::rules {

TextProblem check_text(std::string_view value, std::size_t max_bytes, bool multiline) {
  if (trim(value).empty()) return TextProblem::empty;
  if (value.size() > max_bytes) return TextProblem::too_long;
  const auto forbidden = [multiline](char c) {
    return (static_cast<unsigned char>(c) < 0x20 && !(multiline && (c == '\n' || c == '\t'))) || c == 0x7F;
  };
  if (std::any_of(value.begin(), value.end(), forbidden)) return TextProblem::control;
  return TextProblem::none;
}

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdBytes || id.front() == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-'; });
}

bool names_something(std::string_view alias) { return !normalize_key(alias).empty(); }

bool valid_ndb(std::string_view ndb) { return ndb.size() == 5 && std::all_of(ndb.begin(), ndb.end(), is_digit); }

NumberProblem check_number(double value, double max, bool zero_ok) {
  if (!std::isfinite(value)) return NumberProblem::not_finite;
  if (value < 0 || (!zero_ok && value == 0)) return NumberProblem::too_small;
  if (value > max) return NumberProblem::too_large;
  return NumberProblem::none;
}

PortionProblem check_portion_name(std::string_view unit, std::string& preferred) {
  if (unit.empty() || unit.size() > kMaxUnitBytes || !(unit.front() >= 'a' && unit.front() <= 'z')) {
    return PortionProblem::invalid_name;
  }
  if (!std::all_of(unit.begin(), unit.end(), [](char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-'; })) {
    return PortionProblem::invalid_name;
  }
  const std::string canonical = canonical_unit(unit);
  if (grams_per_mass_unit(canonical)) return PortionProblem::mass_unit;
  if (canonical != unit) {
    preferred = canonical;
    return PortionProblem::spelling;
  }
  if (singular(unit) != unit) {
    preferred = singular(unit);
    return PortionProblem::spelling;
  }
  return PortionProblem::none;
}

std::optional<std::size_t> form_index(std::string_view key) {
  const auto found = std::find(kFormKeys.begin(), kFormKeys.end(), key);
  if (found == kFormKeys.end()) return std::nullopt;
  return static_cast<std::size_t>(found - kFormKeys.begin());
}

std::optional<K2Basis> parse_basis(std::string_view name) {
  for (std::size_t i = 1; i < kBasisCount; ++i) {
    if (kBasisNames[i] == name) return static_cast<K2Basis>(i);
  }
  return std::nullopt;
}

std::optional<std::uint8_t> value_form(std::string_view key) {
  if (key == "total") return kValueTotalK2;
  if (key == "vitamin_k") return kValueVitaminK;
  if (const std::optional<std::size_t> index = form_index(key)) return static_cast<std::uint8_t>(*index);
  return std::nullopt;
}

bool used_value_matches(const FoodRecord& food, std::uint8_t form, double ug_per_100g) {
  if (form == kValueVitaminK) return false;  // an upper bound of K2 is never its value
  const double stored = form == kValueTotalK2 ? food.k2_ug_per_100g : food.k2_form_ug_per_100g[form];
  return stored == stored && std::abs(stored - ug_per_100g) <= 1e-9 * std::max(1.0, std::abs(stored));
}

}  // namespace vitk::rules
