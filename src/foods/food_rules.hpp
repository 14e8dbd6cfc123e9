#pragma once

// What makes a food table valid (see vitk-foods(5)), shared by the two readers of food_table.cpp: the checks
// say only what is wrong; the reader that reports errors turns that into messages.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "vitk/foods/food.hpp"

namespace vitk::rules {

inline constexpr std::size_t kMaxIdBytes = 64;
inline constexpr std::size_t kMaxTextBytes = 300;
inline constexpr std::size_t kMaxSourceBytes = 2000;
inline constexpr std::size_t kMaxUnitBytes = 32;
inline constexpr std::size_t kMaxNdbBytes = 16;
/// The most [[food.k2_value]] tables one food may hold, and the most alternatives.
inline constexpr std::size_t kMaxK2Values = 64;
inline constexpr std::size_t kMaxAlternatives = 16;
/// The most servings a recipe may make.
inline constexpr double kMaxServings = 1000;

enum class TextProblem { none, empty, too_long, control };

/// `multiline` allows line breaks and tabs (in sources), never other control characters.
TextProblem check_text(std::string_view value, std::size_t max_bytes, bool multiline);

/// Lower-case letters, digits and '-', not starting with '-', at most kMaxIdBytes.
bool valid_id(std::string_view id);

/// Whether `alias` leaves a key to look a food up by once blanks, '-', '_' and ',' are read as spaces
/// (normalize_key): an alias of nothing but those could never be typed to find the food.
bool names_something(std::string_view alias);

/// A USDA NDB number: exactly five digits.
bool valid_ndb(std::string_view ndb);

enum class NumberProblem { none, not_finite, too_small, too_large };

/// A value from 0 (or above 0 unless `zero_ok`) to `max`, finite.
NumberProblem check_number(double value, double max, bool zero_ok);

enum class PortionProblem { none, invalid_name, mass_unit, spelling };

/// A portion name: lower-case letters, digits and '-', starting with a letter, at most kMaxUnitBytes; not a
/// mass unit; spelled as vitk spells units (singular, `tbsp`). On `spelling`, `preferred` is the right one.
PortionProblem check_portion_name(std::string_view unit, std::string& preferred);

/// The index in kFormKeys of a K2 form key (`mk7`), or nullopt (`total` is not a form).
std::optional<std::size_t> form_index(std::string_view key);

/// A basis named in a table (`analysed`, `compiled`, `calculated`, `imputed`); `unstated` cannot be written.
std::optional<K2Basis> parse_basis(std::string_view name);
inline constexpr std::string_view kBasisList = "analysed, compiled, calculated or imputed";

/// What a K2 value is of: a form key, `total` or `vitamin_k` (kValueTotalK2, kValueVitaminK).
std::optional<std::uint8_t> value_form(std::string_view key);

/// Whether a value marked `used` is the food's: equal to its K2 of that form or, for a total, its K2.
bool used_value_matches(const FoodRecord& food, std::uint8_t form, double ug_per_100g);

}  // namespace vitk::rules
