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

/// The value axis of an SVG chart: from 0 to a round top (1, 2, 2.5 or 5 times a power of ten) at or above the
/// largest value, in round steps, mapped onto a height in pixels.
class ValueAxis {
 public:
  /// `largest` may be 0 or negative (nothing to draw): the axis then runs from 0 to 1.
  ValueAxis(double largest, double pixels, std::size_t max_ticks = 5);

  double top() const { return top_; }
  double step() const { return step_; }
  /// The ticks from 0 to the top, both included.
  std::size_t ticks() const;
  /// How far above the base line `value` is drawn, in pixels: 0 to `pixels`, clamped.
  double height_of(double value) const;

 private:
  double top_ = 1;
  double step_ = 1;
  double pixels_ = 0;
};

/// Where the bars of `count` slots lie across `pixels`: the slot of each bar, and a bar's width within it
/// (a gap between bars while they are wide enough to keep one, and no bar wider than `max_width`).
struct BarSlots {
  BarSlots(std::size_t count, double pixels, double max_width = 96);
  double slot = 0;   ///< pixels per bar
  double width = 0;  ///< of the bar itself
  /// The left edge of bar `index`'s slot.
  double left(std::size_t index) const { return slot * static_cast<double>(index); }
  /// Every how many bars a label of the axis fits, for labels `label_pixels` wide.
  std::size_t label_every(double label_pixels) const;
};

}  // namespace vitk
