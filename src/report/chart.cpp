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

}  // namespace vitk
