#include "vitk/base/csv.hpp"

#include <doctest/doctest.h>

using namespace vitk;

namespace {

std::vector<std::string> split(std::string_view record) {
  std::vector<std::string_view> fields;
  std::string storage;
  REQUIRE(split_csv(record, fields, storage));
  return std::vector<std::string>(fields.begin(), fields.end());
}

}  // namespace

TEST_CASE("CSV fields: plain, quoted with commas and doubled quotes, empty") {
  CHECK(split("a,b,c") == std::vector<std::string>{"a", "b", "c"});
  CHECK(split("2026-11-23,\"Eggs, Cooked\",\"2.00 large\"") ==
        std::vector<std::string>{"2026-11-23", "Eggs, Cooked", "2.00 large"});
  CHECK(split("\"1.00 whole - 3 1/2\"\" diameter\",x") == std::vector<std::string>{"1.00 whole - 3 1/2\" diameter", "x"});
  CHECK(split("a,,\"\",") == std::vector<std::string>{"a", "", "", ""});
  CHECK(split("") == std::vector<std::string>{""});
  // Text after a closing quote is kept with the field, as a spreadsheet would show it.
  CHECK(split("\"a\"b,c") == std::vector<std::string>{"ab", "c"});
  CHECK(split("\"x\"\"y\"z,\"q\"") == std::vector<std::string>{"x\"yz", "q"});
}

TEST_CASE("CSV: a quoted field still open goes on on the next line") {
  std::vector<std::string_view> fields;
  std::string storage;
  CHECK_FALSE(split_csv("a,\"b", fields, storage));
  CHECK(split_csv("a,\"b\nc\",d", fields, storage));
  CHECK(std::vector<std::string>(fields.begin(), fields.end()) == std::vector<std::string>{"a", "b\nc", "d"});
}
