#include "vitk/intake/quantity.hpp"

#include <cstdint>
#include <fmt/format.h>

#include "vitk/base/text.hpp"

namespace vitk {

namespace {

constexpr std::size_t kMaxDigits = kMaxQuantityDigits;

std::size_t count_digits(std::string_view text, std::size_t from) {
  std::size_t end = from;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end - from;
}

/// Digits with at most one '.', at most kMaxDigits digits in all. With so few digits the integer they spell is
/// exact in a double, and so is the power of ten it is divided by: the one division rounds correctly, giving
/// exactly what std::from_chars gives, several times faster.
bool to_double(std::string_view digits, double& value) {
  static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13};
  std::uint64_t mantissa = 0;
  std::size_t count = 0, decimals = 0;
  bool after_point = false;
  for (char c : digits) {
    if (c == '.' && !after_point) {
      after_point = true;
      continue;
    }
    if (!is_digit(c) || ++count > kMaxDigits) return false;
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
    decimals += after_point ? 1 : 0;
  }
  if (count == 0) return false;
  value = static_cast<double>(mantissa) / kPowers[decimals];
  return true;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

namespace {

struct VulgarFraction {
  std::string_view utf8;
  double value;
};

// The Unicode vulgar fractions (U+00BC-U+00BE, U+2150-U+215E), as people paste them from recipes.
constexpr VulgarFraction kVulgarFractions[] = {
    {"\u00BD", 1.0 / 2}, {"\u2153", 1.0 / 3}, {"\u2154", 2.0 / 3}, {"\u00BC", 1.0 / 4}, {"\u00BE", 3.0 / 4},
    {"\u2155", 1.0 / 5}, {"\u2156", 2.0 / 5}, {"\u2157", 3.0 / 5}, {"\u2158", 4.0 / 5}, {"\u2159", 1.0 / 6},
    {"\u215A", 5.0 / 6}, {"\u2150", 1.0 / 7}, {"\u215B", 1.0 / 8}, {"\u215C", 3.0 / 8}, {"\u215D", 5.0 / 8},
    {"\u215E", 7.0 / 8}, {"\u2151", 1.0 / 9}, {"\u2152", 1.0 / 10},
};

/// The vulgar fraction at the start of `text`, or nullptr.
const VulgarFraction* vulgar_fraction(std::string_view text) {
  for (const VulgarFraction& fraction : kVulgarFractions) {
    if (text.starts_with(fraction.utf8)) return &fraction;
  }
  return nullptr;
}

/// Digits, then `,` and exactly three digits, again and again: `1,000` (a thousands separator).
std::size_t thousands_length(std::string_view token, std::size_t whole) {
  std::size_t end = whole;
  while (end + 4 <= token.size() && token[end] == ',' && count_digits(token, end + 1) == 3 &&
         (end + 4 == token.size() || !is_digit(token[end + 4]))) {
    end += 4;
  }
  return end;
}

}  // namespace

QuantityStatus parse_quantity_token(std::string_view token, QuantityToken& out) {
  if (token.size() >= 2 && (token[0] == '-' || token[0] == '+') && (is_digit(token[1]) || token[1] == '.')) {
    return token[0] == '-' ? QuantityStatus::not_positive : QuantityStatus::malformed;
  }
  if (const VulgarFraction* alone = vulgar_fraction(token)) {
    // `½`, `¾cup`: a fraction without a whole part; `½-ounce`, with a hyphen before its unit.
    std::string_view unit = token.substr(alone->utf8.size());
    if (unit.size() >= 2 && unit[0] == '-' && is_letter(unit[1])) unit.remove_prefix(1);
    out = QuantityToken{alone->value, alone->utf8.size(), unit, true};
    return token.size() > alone->utf8.size() && is_digit(token[alone->utf8.size()]) ? QuantityStatus::malformed
                                                                                      : QuantityStatus::ok;
  }
  const bool leading_point = token.size() >= 2 && token[0] == '.' && is_digit(token[1]);  // `.5`
  if (token.empty() || (!is_digit(token[0]) && !leading_point)) return QuantityStatus::not_a_number;
  const std::size_t whole = count_digits(token, 0);
  std::size_t end = whole;
  double value = 0;
  bool fraction_only = false;
  const std::size_t grouped = thousands_length(token, whole);
  if (grouped > whole) {
    // `1,000`: the commas go, the digits stay.
    std::string digits;
    for (char c : token.substr(0, grouped)) {
      if (c != ',') digits += c;
    }
    if (digits.size() > kMaxDigits) return QuantityStatus::too_many_digits;
    if (!to_double(digits, value)) return QuantityStatus::malformed;
    end = grouped;
  } else if (end < token.size() && (token[end] == '.' || token[end] == ',')) {
    // `1.5`, `.5`, and the decimal comma of `0,5` (one or two decimals; three are thousands, above).
    const std::size_t fraction = count_digits(token, end + 1);
    if (fraction == 0 || (token[end] == ',' && (whole == 0 || fraction > 2))) return QuantityStatus::malformed;
    if (whole + fraction > kMaxDigits) return QuantityStatus::too_many_digits;
    std::string digits(token.substr(0, end + 1 + fraction));
    digits[end] = '.';
    if (!to_double(digits, value)) return QuantityStatus::malformed;
    end += 1 + fraction;
  } else if (const std::string_view slash = token.substr(end, 3); slash.starts_with('/') || slash == "\u2044") {
    // `1/2`, and `1⁄2` with the fraction slash.
    const std::size_t after = end + (slash.starts_with('/') ? 1 : 3);
    const std::size_t denominator = count_digits(token, after);
    if (denominator == 0) return QuantityStatus::malformed;
    if (whole > kMaxDigits || denominator > kMaxDigits) return QuantityStatus::too_many_digits;
    double numerator_value = 0, denominator_value = 0;
    if (!to_double(token.substr(0, whole), numerator_value) ||
        !to_double(token.substr(after, denominator), denominator_value)) {
      return QuantityStatus::malformed;
    }
    if (denominator_value == 0) return QuantityStatus::zero_divisor;
    value = numerator_value / denominator_value;
    end = after + denominator;
    fraction_only = true;
  } else {
    if (whole > kMaxDigits) return QuantityStatus::too_many_digits;
    if (!to_double(token.substr(0, whole), value)) return QuantityStatus::malformed;
    if (const VulgarFraction* glued = vulgar_fraction(token.substr(end))) {
      // `1½`: a whole number and a fraction in one word.
      value += glued->value;
      end += glued->utf8.size();
    }
  }
  std::string_view rest = token.substr(end);
  // `15-oz`, `15-ounce` (as in `1 (15-ounce) can`): a hyphen between a number and its unit.
  if (rest.size() >= 2 && rest[0] == '-' && is_letter(rest[1])) rest.remove_prefix(1);
  // `1.2.3`, `1/2/3`, `1e5`, `2,5,1`: a number glued to something that cannot be a unit.
  if (!rest.empty() && (rest[0] == '.' || rest[0] == '/' || rest[0] == ',' || is_digit(rest[0]))) {
    return QuantityStatus::malformed;
  }
  if (rest.size() >= 2 && (rest[0] == 'e' || rest[0] == 'E') &&
      (is_digit(rest[1]) || rest[1] == '+' || rest[1] == '-')) {
    return QuantityStatus::malformed;
  }
  if (!rest.empty() && !is_letter(rest[0]) && static_cast<unsigned char>(rest[0]) < 0x80) {
    return QuantityStatus::malformed;
  }
  // `0x10`, `1x2`: hexadecimal or a product, neither of which is an amount.
  if (rest.size() >= 2 && (rest[0] == 'x' || rest[0] == 'X') && is_digit(rest[1])) return QuantityStatus::malformed;
  if (value <= 0) return QuantityStatus::not_positive;
  out = QuantityToken{value, end, rest, fraction_only};
  return QuantityStatus::ok;
}

bool is_plain_fraction(std::string_view token) {
  const std::size_t slash = token.find('/');
  return slash != std::string_view::npos && slash > 0 && count_digits(token, 0) == slash &&
         count_digits(token, slash + 1) == token.size() - slash - 1 && slash + 1 < token.size();
}

std::string describe_quantity_error(QuantityStatus status, std::string_view token) {
  const std::string quoted = quote_excerpt(token);
  switch (status) {
    case QuantityStatus::not_positive:
      return fmt::format("quantity '{}' must be greater than 0", quoted);
    case QuantityStatus::zero_divisor:
      return fmt::format("quantity '{}' divides by zero", quoted);
    case QuantityStatus::too_many_digits:
      return fmt::format("quantity '{}' has more than {} digits (expected a number such as 2, 1.5, 1/2 or 1 1/2)",
                         quoted, kMaxDigits);
    case QuantityStatus::malformed:
    case QuantityStatus::not_a_number:
    case QuantityStatus::ok:
      break;
  }
  return fmt::format("malformed quantity '{}' (expected a number such as 2, 1.5, 1/2, 1 1/2 or ½)", quoted);
}

}  // namespace vitk
