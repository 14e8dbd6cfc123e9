#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vitk {

/// A quantity at the start of a token: `2`, `1.5`, `.5`, `0,5`, `1,000`, `1/2`, `½`, `1½`, optionally followed
/// by a unit (`50g`, `1/2cup`, `½cup`).
struct QuantityToken {
  double value = 0;
  std::size_t length = 0;     ///< bytes of the number
  std::string_view unit;      ///< what follows the number in the same token, may be empty
  bool fraction = false;      ///< a fraction without a whole part (`1/2`, `½`): a mixed number may end with it
};

enum class QuantityStatus {
  ok,
  not_a_number,   ///< the token does not start with a digit
  malformed,      ///< starts like a number but is not one (`1.2.3`, `1/`, `1e5`)
  zero_divisor,   ///< `1/0`
  not_positive,   ///< `0`, `-5`
  too_many_digits,  ///< more than kMaxQuantityDigits digits: more precision than any kitchen measures
};

/// Reads the quantity at the start of `token`: decimals with a point (`1.5`, `.5`) or a decimal comma with one
/// or two decimals (`0,5`; a comma and three digits is a thousands separator, `1,000`), fractions (`1/2`, the
/// Unicode vulgar fractions `½` ... `⅞`, alone or after a whole number, `1½`); no signs, exponents, `nan` or
/// `inf`.
QuantityStatus parse_quantity_token(std::string_view token, QuantityToken& out);

/// Whether the token is a fraction such as `1/2` and nothing else (the second half of a mixed number).
bool is_plain_fraction(std::string_view token);

/// What a failed parse expected, for messages.
std::string describe_quantity_error(QuantityStatus status, std::string_view token);

/// The most digits a quantity may have (whole part and decimals together, or each side of a fraction). How
/// large an amount may be is a matter of its grams (kMaxItemGrams), whatever the unit.
inline constexpr std::size_t kMaxQuantityDigits = 12;

}  // namespace vitk
