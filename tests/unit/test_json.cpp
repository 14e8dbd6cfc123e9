#include "vitk/json.hpp"

#include <doctest/doctest.h>

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
