#include "vitk/report/chart.hpp"

#include <algorithm>
#include <cmath>

namespace vitk {

namespace {

// U+2588 full block, then U+258F (one eighth) to U+2589 (seven eighths).
constexpr const char* kEighths[] = {"", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"};
constexpr const char* kFull = "\u2588";
constexpr const char* kMark = "\u2502";

}  // namespace

BarChart::BarChart(std::optional<double> largest, double threshold, std::size_t width, bool ascii)
    : scale_(std::max({threshold, 0.0, largest.value_or(0.0)})), width_(width), ascii_(ascii) {
  if (scale_ <= 0) scale_ = 1;
  mark_ = std::min(width - 1, static_cast<std::size_t>(std::lround(threshold / scale_ * static_cast<double>(width))));
}

void BarChart::draw(std::string& out, std::optional<double> value) const {
  const double fraction = value ? std::clamp(*value / scale_, 0.0, 1.0) : 0.0;
  const double columns = fraction * static_cast<double>(width_);
  const std::size_t eighths = ascii_ ? static_cast<std::size_t>(std::lround(columns)) * 8
                                     : static_cast<std::size_t>(std::lround(columns * 8));
  const std::size_t full = eighths / 8;
  std::size_t column = 0;
  for (; column < full; ++column) out += ascii_ ? "#" : kFull;
  if (eighths % 8 != 0) {
    out += kEighths[eighths % 8];
    ++column;
  }
  for (; column < width_; ++column) out += column == mark_ && mark_ > 0 ? (ascii_ ? "|" : kMark) : " ";
}

ValueAxis::ValueAxis(double largest, double pixels, std::size_t max_ticks) : pixels_(pixels) {
  if (!(largest > 0) || !std::isfinite(largest)) return;
  // The smallest round step that covers the largest value in at most max_ticks steps.
  const double rough = largest / static_cast<double>(std::max<std::size_t>(max_ticks, 1));
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    step_ = factor * power;
    if (step_ * static_cast<double>(max_ticks) >= largest * (1 - 1e-12)) break;
  }
  top_ = std::ceil(largest / step_ * (1 - 1e-12)) * step_;
  if (top_ <= 0) top_ = step_;
}

std::size_t ValueAxis::ticks() const { return static_cast<std::size_t>(std::lround(top_ / step_)) + 1; }

double ValueAxis::height_of(double value) const { return std::clamp(value / top_, 0.0, 1.0) * pixels_; }

BarSlots::BarSlots(std::size_t count, double pixels, double max_width) {
  slot = count > 0 ? pixels / static_cast<double>(count) : pixels;
  // A gap of a fifth of the slot, at most 12 pixels, while a bar keeps at least 2 pixels; none below that.
  const double gap = std::min(slot * 0.2, 12.0);
  width = std::min(slot - gap >= 2 ? slot - gap : slot, max_width);
}

std::size_t BarSlots::label_every(double label_pixels) const {
  if (slot <= 0) return 1;
  return std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(label_pixels / slot)));
}

}  // namespace vitk
