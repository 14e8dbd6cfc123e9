#include "vitk/cli/config.hpp"

#include <doctest/doctest.h>

#include "vitk/base/error.hpp"

using namespace vitk;

namespace {

std::vector<std::string> problems(std::string_view text) {
  std::vector<std::string> out;
  try {
    parse_config(text, "config.toml");
  } catch (const ErrorList& list) {
    for (const Error& error : list.errors()) out.push_back(format_diagnostic(error));
  }
  return out;
}

}  // namespace

TEST_CASE("a configuration file sets the profile, minimum, tolerance, tables and format") {
  const Config config = parse_config(
      "sex = \"female\"\nage = 52\nweight = 61.5\nstandard = \"efsa\"\nk2_min = 45\nsteady_tolerance = 15\n"
      "foods = [\"~/foods/mine.toml\", \"extra.toml\"]\nformat = \"markdown\"\n",
      "config.toml");
  CHECK(config.sex == Sex::female);
  CHECK(config.age_years == 52);
  CHECK(config.weight_kg == 61.5);
  CHECK(config.standard == Standard::efsa);
  CHECK(config.k2_min_ug_per_day == 45);
  CHECK(config.steady_tolerance_percent == 15);
  CHECK(config.foods == std::vector<std::string>{"~/foods/mine.toml", "extra.toml"});
  CHECK(config.format == "markdown");
}

TEST_CASE("a configuration file names the meal log of vitk add") {
  CHECK(parse_config("log = \"~/meals/log.txt\"\n", "config.toml").log == "~/meals/log.txt");
  CHECK_FALSE(parse_config("k2_min = 40\n", "config.toml").log);
  CHECK(problems("log = \"\"\n") ==
        std::vector<std::string>{"config.toml:1:7: error: 'log' is empty (expected the path of a meal log, such as "
                                 "\"~/meals.txt\")"});
  CHECK(problems("log = 3\n") == std::vector<std::string>{"config.toml:1:7: error: 'log' is not a string"});
}

TEST_CASE("an empty configuration file changes nothing") {
  const Config config = parse_config("# nothing yet\n", "config.toml");
  CHECK_FALSE(config.sex);
  CHECK_FALSE(config.format);
  CHECK(config.foods.empty());
}

TEST_CASE("a configuration file with a byte-order mark and CRLF line ends is read") {
  const Config config = parse_config("\xEF\xBB\xBF# written on Windows\r\nsex = \"male\"\r\nage = 70\r\n", "config.toml");
  CHECK(config.sex == Sex::male);
  CHECK(config.age_years == 70);
}

TEST_CASE("every problem of a configuration file is reported, in file order, with its place") {
  CHECK(problems("sex = \"f\"\nage = \"old\"\nwight = 60\nk2_min = -1\nformat = \"yaml\"\nfoods = \"a.toml\"\n") ==
        std::vector<std::string>{
            "config.toml:1:7: error: sex 'f' is not known (expected female or male)",
            "config.toml:2:7: error: 'age' is not a number",
            "config.toml:3:1: error: unknown key 'wight' (expected sex, age, weight, standard, k2_min, "
            "steady_tolerance, foods, format or log)",
            "config.toml:4:10: error: 'k2_min' must be a number from 0 to 100000",
            "config.toml:5:10: error: format 'yaml' is not known (expected text, json, csv, tsv, ndjson, markdown or html)",
            "config.toml:6:9: error: 'foods' is not an array of file names",
        });
}

TEST_CASE("a K2 minimum has at most one decimal, as reports show K2") {
  CHECK(problems("k2_min = 0.004\n") ==
        std::vector<std::string>{"config.toml:1:10: error: 'k2_min' is 0.004, with more decimals than reports show "
                                 "K2 (expected µg to one decimal, such as 32.7)"});
  CHECK(problems("k2_min = 32.75\n").size() == 1);
  CHECK(parse_config("k2_min = 0\n", "c").k2_min_ug_per_day == 0);
  CHECK(parse_config("k2_min = 45.5\n", "c").k2_min_ug_per_day == 45.5);
}

TEST_CASE("a configuration file that is not TOML is a syntax error at its place") {
  const std::vector<std::string> found = problems("sex = female\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].starts_with("config.toml:1:8: error: TOML syntax error"));
}

TEST_CASE("a configuration file that is not text is an error at its place") {
  CHECK(problems("sex = \"f\xE9\"\n") ==
        std::vector<std::string>{"config.toml:1:9: error: invalid UTF-8 (expected text in UTF-8)"});
  CHECK(problems(std::string("age = 40\n\0", 10)) ==
        std::vector<std::string>{"config.toml:2:1: error: NUL byte (expected text)"});
}

TEST_CASE("tables are not allowed: the file is flat") {
  const std::vector<std::string> found = problems("[profile]\nsex = \"male\"\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("unknown key 'profile'") != std::string::npos);
}
