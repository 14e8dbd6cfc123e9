#include "vitk/intake/quantity.hpp"

#include <charconv>
#include <cstdint>
#include <string>

#include <doctest/doctest.h>

using namespace vitk;

namespace {

QuantityToken parsed(std::string_view token) {
  QuantityToken out;
  REQUIRE(parse_quantity_token(token, out) == QuantityStatus::ok);
  return out;
}

QuantityStatus status_of(std::string_view token) {
  QuantityToken out;
  return parse_quantity_token(token, out);
}

}  // namespace

TEST_CASE("integers decimals and fractions") {
  CHECK(parsed("2").value == 2);
  CHECK(parsed("1.5").value == doctest::Approx(1.5));
  CHECK(parsed("1/2").value == doctest::Approx(0.5));
  CHECK(parsed("3/4").value == doctest::Approx(0.75));
  CHECK(parsed("007").value == 7);  // decimal, never octal
}

TEST_CASE("a unit glued to the number is handed back") {
  const QuantityToken token = parsed("50g");
  CHECK(token.value == 50);
  CHECK(token.length == 2);
  CHECK(token.unit == "g");
  CHECK(parsed("1.5kg").unit == "kg");
  CHECK(parsed("1/2cup").unit == "cup");
  CHECK(parsed("2").unit.empty());
}

TEST_CASE("bad quantities are told apart") {
  CHECK(status_of("kale") == QuantityStatus::not_a_number);
  CHECK(status_of("") == QuantityStatus::not_a_number);
  CHECK(status_of("nan") == QuantityStatus::not_a_number);
  CHECK(status_of("0") == QuantityStatus::not_positive);
  CHECK(status_of("0.0") == QuantityStatus::not_positive);
  CHECK(status_of("-5") == QuantityStatus::not_positive);
  CHECK(status_of("+5") == QuantityStatus::malformed);
  CHECK(status_of("1/0") == QuantityStatus::zero_divisor);
  CHECK(status_of("1e400") == QuantityStatus::malformed);
  CHECK(status_of("1E5g") == QuantityStatus::malformed);
  CHECK(status_of("1.2.3") == QuantityStatus::malformed);
  CHECK(status_of("1.") == QuantityStatus::malformed);
  CHECK(status_of(",5") == QuantityStatus::not_a_number);
  CHECK(status_of("1/") == QuantityStatus::malformed);
  CHECK(status_of("1/2/3") == QuantityStatus::malformed);
  CHECK(status_of("2,5555") == QuantityStatus::malformed);
  CHECK(status_of("1,00,000") == QuantityStatus::malformed);
  CHECK(status_of("5%") == QuantityStatus::malformed);
  CHECK(status_of("0x10") == QuantityStatus::malformed);
  CHECK(status_of("2x3") == QuantityStatus::malformed);
  CHECK(status_of("1234567890123") == QuantityStatus::too_many_digits);
  CHECK(status_of("99999999999999999999999999999999999") == QuantityStatus::too_many_digits);
  CHECK(status_of("0." + std::string(400, '0') + "1") == QuantityStatus::too_many_digits);
}

TEST_CASE("a quantity has no limit of its own: the grams it makes are limited") {
  CHECK(parsed("100001").value == 100001);
  CHECK(parsed("200000mg").unit == "mg");
  CHECK(parsed("999999999999").value == 999999999999.0);
}

TEST_CASE("decimals with a point or a comma, thousands, and Unicode fractions") {
  CHECK(parsed(".5").value == 0.5);
  CHECK(parsed("0,5").value == 0.5);
  CHECK(parsed("2,25kg").value == 2.25);
  CHECK(parsed("2,25kg").unit == "kg");
  CHECK(parsed("1,000").value == 1000);
  CHECK(parsed("1,000,000g").value == 1000000);
  CHECK(parsed("½").value == 0.5);
  CHECK(parsed("½").fraction);
  CHECK(parsed("¾cup").value == 0.75);
  CHECK(parsed("¾cup").unit == "cup");
  CHECK(parsed("1½").value == 1.5);
  CHECK_FALSE(parsed("1½").fraction);
  CHECK(parsed("2⅓cups").value == doctest::Approx(2 + 1.0 / 3));
  CHECK(parsed("1\u20442").value == 0.5);  // the fraction slash
  CHECK(parsed("1/2").fraction);
  CHECK(status_of("½2") == QuantityStatus::malformed);
}

TEST_CASE("is_plain_fraction accepts only digits slash digits") {
  CHECK(is_plain_fraction("1/2"));
  CHECK(is_plain_fraction("10/16"));
  CHECK_FALSE(is_plain_fraction("1/2cup"));
  CHECK_FALSE(is_plain_fraction("/2"));
  CHECK_FALSE(is_plain_fraction("1/"));
  CHECK_FALSE(is_plain_fraction("2"));
}

TEST_CASE("describe_quantity_error says what was expected") {
  CHECK(describe_quantity_error(QuantityStatus::not_positive, "-5") == "quantity '-5' must be greater than 0");
  CHECK(describe_quantity_error(QuantityStatus::zero_divisor, "1/0") == "quantity '1/0' divides by zero");
  CHECK(describe_quantity_error(QuantityStatus::too_many_digits, "0.0000000000001") ==
        "quantity '0.0000000000001' has more than 12 digits (expected a number such as 2, 1.5, 1/2 or 1 1/2)");
  CHECK(describe_quantity_error(QuantityStatus::malformed, "1e400") ==
        "malformed quantity '1e400' (expected a number such as 2, 1.5, 1/2, 1 1/2 or ½)");
}

TEST_CASE("quantities read exactly as std::from_chars reads them") {
  // Every decimal of up to 12 digits converts with one correctly rounded division.
  std::uint64_t state = 42;
  for (int i = 0; i < 200000; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const std::uint64_t digits = (state >> 20) % 1000000000000ULL;
    const int decimals = static_cast<int>((state >> 8) % 12);
    std::string text = std::to_string(digits);
    if (decimals > 0 && static_cast<std::size_t>(decimals) < text.size()) {
      const std::size_t point = text.size() - static_cast<std::size_t>(decimals);
      text = text.substr(0, point) + "." + text.substr(point);
    }
    if (digits == 0) continue;
    double expected = 0;
    std::from_chars(text.data(), text.data() + text.size(), expected);
    QuantityToken token;
    const QuantityStatus status = parse_quantity_token(text, token);
    CAPTURE(text);
    REQUIRE(status == QuantityStatus::ok);
    CHECK(token.value == expected);  // bit for bit
  }
}
