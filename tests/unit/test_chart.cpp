#include "vitk/chart.hpp"

#include <doctest/doctest.h>

#include "vitk/text.hpp"

using namespace vitk;

TEST_CASE("ASCII bars: whole columns, the threshold marked where a bar stops short") {
  const std::vector<std::optional<double>> values = {0, 5, 10, 20, std::nullopt};
  const std::vector<std::string> bars = bar_chart(values, 10, 10, true);
  REQUIRE(bars.size() == 5);
  CHECK(bars[0] == "     |    ");
  CHECK(bars[1] == "###  |    ");
  CHECK(bars[2] == "#####|    ");  // at the threshold: the mark just after the bar
  CHECK(bars[3] == "##########");
  CHECK(bars[4] == "     |    ");
}

TEST_CASE("Unicode bars draw eighths and are all as wide") {
  const std::vector<std::optional<double>> values = {1, 8, 3};
  const std::vector<std::string> bars = bar_chart(values, 4, 4, false);
  REQUIRE(bars.size() == 3);
  CHECK(bars[0] == "\u258C \u2502 ");          // 1/8 of 4 columns = half a column
  CHECK(bars[1] == "\u2588\u2588\u2588\u2588");
  CHECK(bars[2] == "\u2588\u258C\u2502 ");
  for (const std::string& bar : bars) CHECK(display_width(bar) == 4);
}

TEST_CASE("a threshold above every value sets the scale") {
  const std::vector<std::optional<double>> values = {10};
  CHECK(bar_chart(values, 40, 8, true)[0] == "##     |");
  const std::vector<std::optional<double>> zeros = {0};
  CHECK(bar_chart(zeros, 0, 4, true)[0] == "    ");
}
