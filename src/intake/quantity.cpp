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

QuantityStatus parse_quantity_token(std::string_view token, QuantityToken& out) {
  if (token.size() >= 2 && (token[0] == '-' || token[0] == '+') && (is_digit(token[1]) || token[1] == '.')) {
    return token[0] == '-' ? QuantityStatus::not_positive : QuantityStatus::malformed;
  }
  if (token.empty() || !is_digit(token[0])) {
    if (token.size() >= 2 && token[0] == '.' && is_digit(token[1])) return QuantityStatus::malformed;
    return QuantityStatus::not_a_number;
  }
  const std::size_t whole = count_digits(token, 0);
  std::size_t end = whole;
  double value = 0;
  if (end < token.size() && token[end] == '.') {
    const std::size_t fraction = count_digits(token, end + 1);
    if (fraction == 0) return QuantityStatus::malformed;
    end += 1 + fraction;
    if (whole + fraction > kMaxDigits) return QuantityStatus::too_many_digits;
    if (!to_double(token.substr(0, end), value)) return QuantityStatus::malformed;
  } else if (end < token.size() && token[end] == '/') {
    const std::size_t denominator = count_digits(token, end + 1);
    if (denominator == 0) return QuantityStatus::malformed;
    if (whole > kMaxDigits || denominator > kMaxDigits) return QuantityStatus::too_many_digits;
    double numerator_value = 0, denominator_value = 0;
    if (!to_double(token.substr(0, whole), numerator_value) ||
        !to_double(token.substr(end + 1, denominator), denominator_value)) {
      return QuantityStatus::malformed;
    }
    if (denominator_value == 0) return QuantityStatus::zero_divisor;
    value = numerator_value / denominator_value;
    end += 1 + denominator;
  } else {
    if (whole > kMaxDigits) return QuantityStatus::too_many_digits;
    if (!to_double(token.substr(0, whole), value)) return QuantityStatus::malformed;
  }
  const std::string_view rest = token.substr(end);
  // `1.2.3`, `1/2/3`, `1e5`, `2,5`: a number glued to something that cannot be a unit.
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
  out = QuantityToken{value, end, rest};
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
  return fmt::format("malformed quantity '{}' (expected a number such as 2, 1.5, 1/2 or 1 1/2)", quoted);
}

}  // namespace vitk
