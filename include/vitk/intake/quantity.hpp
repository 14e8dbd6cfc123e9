#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vitk {

/// A quantity at the start of a token: `2`, `1.5`, `1/2`, optionally followed by a unit (`50g`, `1/2cup`).
struct QuantityToken {
  double value = 0;
  std::size_t length = 0;     ///< bytes of the number
  std::string_view unit;      ///< what follows the number in the same token, may be empty
};

enum class QuantityStatus {
  ok,
  not_a_number,   ///< the token does not start with a digit
  malformed,      ///< starts like a number but is not one (`1.2.3`, `1/`, `1e5`)
  zero_divisor,   ///< `1/0`
  not_positive,   ///< `0`, `-5`
  too_many_digits,  ///< more than kMaxQuantityDigits digits: more precision than any kitchen measures
};

/// Reads the quantity at the start of `token`. Only plain decimals with `.` and simple fractions are accepted:
/// no signs, exponents, `nan` or `inf`.
QuantityStatus parse_quantity_token(std::string_view token, QuantityToken& out);

/// Whether the token is a fraction such as `1/2` and nothing else (the second half of a mixed number).
bool is_plain_fraction(std::string_view token);

/// What a failed parse expected, for messages.
std::string describe_quantity_error(QuantityStatus status, std::string_view token);

/// The most digits a quantity may have (whole part and decimals together, or each side of a fraction). How
/// large an amount may be is a matter of its grams (kMaxItemGrams), whatever the unit.
inline constexpr std::size_t kMaxQuantityDigits = 12;

}  // namespace vitk
