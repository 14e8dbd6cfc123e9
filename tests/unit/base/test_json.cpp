#include "vitk/base/json.hpp"

#include <cstdint>
#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace vitk;

TEST_CASE("append_json_string escapes what JSON requires") {
  std::string out;
  append_json_string(out, "a \"b\" \\ c\n\t\x01 µg");
  CHECK(out == "\"a \\\"b\\\" \\\\ c\\n\\t\\u0001 µg\"");
}

TEST_CASE("append_json_number rounds to two decimals and writes null for unknown") {
  std::string out;
  append_json_number(out, 12.5);
  out += ' ';
  append_json_number(out, 3.0);
  out += ' ';
  append_json_number(out, 0.004);
  out += ' ';
  append_json_number(out, std::nullopt);
  out += ' ';
  append_json_number(out, 1234.567);
  CHECK(out == "12.5 3 0 null 1234.57");
}

TEST_CASE("format_trimmed drops trailing zeros") {
  CHECK(format_trimmed(1.5, 2) == "1.5");
  CHECK(format_trimmed(2.0, 2) == "2");
  CHECK(format_trimmed(-0.001, 2) == "0");
  CHECK(format_trimmed(100, 0) == "100");
}

TEST_CASE("format_trimmed rounds as fmt does") {
  std::uint64_t state = 7;
  for (int i = 0; i < 200000; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const double value = static_cast<double>(state >> 11) / static_cast<double>(1ULL << 53) * 20000.0;
    const int decimals = static_cast<int>(state % 4);
    std::string expected = fmt::format("{:.{}f}", value, decimals);
    if (expected.find('.') != std::string::npos) {
      while (expected.back() == '0') expected.pop_back();
      if (expected.back() == '.') expected.pop_back();
    }
    CAPTURE(value);
    CHECK(format_trimmed(value, decimals) == expected);
  }
  CHECK(format_trimmed(0.125, 2) == "0.12");  // the exact binary value rounds half to even
  CHECK(format_trimmed(0.15, 1) == "0.1");    // 0.1499999... in binary
}
