#include "vitk/report/chart.hpp"

#include <doctest/doctest.h>
#include <optional>
#include <string>
#include <vector>

#include "vitk/base/text.hpp"

using namespace vitk;

namespace {

/// The bars of `values` in a chart scaled for them, as the report draws them.
std::vector<std::string> bars_of(const std::vector<std::optional<double>>& values, double threshold, std::size_t width,
                                 bool ascii) {
  std::optional<double> largest;
  for (const std::optional<double>& value : values) {
    if (value && (!largest || *value > *largest)) largest = value;
  }
  const BarChart chart(largest, threshold, width, ascii);
  std::vector<std::string> bars;
  for (const std::optional<double>& value : values) {
    std::string bar = "x";  // drawing appends
    chart.draw(bar, value);
    CHECK(bar.front() == 'x');
    bars.push_back(bar.substr(1));
  }
  return bars;
}

}  // namespace

TEST_CASE("ASCII bars: whole columns, the threshold marked where a bar stops short") {
  const std::vector<std::string> bars = bars_of({0, 5, 10, 20, std::nullopt}, 10, 10, true);
  REQUIRE(bars.size() == 5);
  CHECK(bars[0] == "     |    ");
  CHECK(bars[1] == "###  |    ");
  CHECK(bars[2] == "#####|    ");  // at the threshold: the mark just after the bar
  CHECK(bars[3] == "##########");
  CHECK(bars[4] == "     |    ");
}

TEST_CASE("Unicode bars draw eighths and are all as wide") {
  const std::vector<std::string> bars = bars_of({1, 8, 3}, 4, 4, false);
  REQUIRE(bars.size() == 3);
  CHECK(bars[0] == "\u258C \u2502 ");          // 1/8 of 4 columns = half a column
  CHECK(bars[1] == "\u2588\u2588\u2588\u2588");
  CHECK(bars[2] == "\u2588\u258C\u2502 ");
  for (const std::string& bar : bars) CHECK(display_width(bar) == 4);
}

TEST_CASE("a threshold above every value sets the scale") {
  CHECK(bars_of({10}, 40, 8, true)[0] == "##     |");
  CHECK(bars_of({0}, 0, 4, true)[0] == "    ");
  CHECK(bars_of({std::nullopt}, 0, 4, false)[0] == "    ");  // nothing known, no threshold: empty bars
}
