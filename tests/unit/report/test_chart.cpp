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

TEST_CASE("an SVG value axis runs to a round top in round steps") {
  const ValueAxis axis(187.3, 200);
  CHECK(axis.step() == doctest::Approx(50));
  CHECK(axis.top() == doctest::Approx(200));
  CHECK(axis.ticks() == 5);
  CHECK(axis.height_of(100) == doctest::Approx(100));
  CHECK(axis.height_of(-5) == doctest::Approx(0));
  CHECK(axis.height_of(500) == doctest::Approx(200));  // clamped to the plot
  const ValueAxis small(32.7, 100);
  CHECK(small.step() == doctest::Approx(10));
  CHECK(small.top() == doctest::Approx(40));
  const ValueAxis exact(50, 100);
  CHECK(exact.top() == doctest::Approx(50));
  CHECK(exact.step() == doctest::Approx(10));
  const ValueAxis tiny(0.03, 100);
  CHECK(tiny.top() == doctest::Approx(0.03));
  CHECK(tiny.step() == doctest::Approx(0.01));
}

TEST_CASE("an SVG value axis of nothing to draw runs from 0 to 1") {
  const ValueAxis axis(0, 300);
  CHECK(axis.top() == doctest::Approx(1));
  CHECK(axis.ticks() == 2);
  CHECK(axis.height_of(0.5) == doctest::Approx(150));
}

TEST_CASE("SVG bar slots share the width and keep labels apart") {
  const BarSlots week(7, 700);
  CHECK(week.slot == doctest::Approx(100));
  CHECK(week.width == doctest::Approx(88));  // a gap of 12 pixels at most
  CHECK(week.left(3) == doctest::Approx(300));
  CHECK(week.label_every(80) == 1);
  const BarSlots year(365, 900);
  CHECK(year.width == doctest::Approx(year.slot));  // too narrow for a gap
  CHECK(year.label_every(80) == 33);
  const BarSlots one(1, 900);
  CHECK(one.slot == doctest::Approx(900));
  CHECK(one.width == doctest::Approx(96));  // one bar is not a wall
}
