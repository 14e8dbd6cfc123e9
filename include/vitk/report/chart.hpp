#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace vitk {

/// Horizontal bars of values against a threshold, for a terminal, drawn one at a time (a chart of a million
/// days is never in memory): each bar `width` columns wide at most, the threshold marked with `|` where a bar
/// does not reach it. Unicode blocks draw eighths of a column; `ascii` draws whole columns with `#`.
class BarChart {
 public:
  /// `largest` is the largest value the chart will draw, if any is known: it and the threshold set the scale.
  BarChart(std::optional<double> largest, double threshold, std::size_t width, bool ascii);

  /// Appends the bar of `value` to `out`, exactly `width` columns wide; a missing value draws an empty bar.
  void draw(std::string& out, std::optional<double> value) const;

 private:
  double scale_;
  std::size_t width_;
  std::size_t mark_;
  bool ascii_;
};

}  // namespace vitk
