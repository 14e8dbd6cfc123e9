#include "vitk/chart.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace vitk {

namespace {

// U+2588 full block, then U+258F (one eighth) to U+2589 (seven eighths).
constexpr const char* kEighths[] = {"", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"};
constexpr const char* kFull = "\u2588";
constexpr const char* kMark = "\u2502";

}  // namespace

std::vector<std::string> bar_chart(std::span<const std::optional<double>> values, double threshold, std::size_t width,
                                   bool ascii) {
  double scale = std::max(threshold, 0.0);
  for (const std::optional<double>& value : values) {
    if (value) scale = std::max(scale, *value);
  }
  if (scale <= 0) scale = 1;
  const std::size_t mark = std::min(width - 1, static_cast<std::size_t>(std::lround(threshold / scale * width)));
  std::vector<std::string> bars;
  bars.reserve(values.size());
  for (const std::optional<double>& value : values) {
    const double fraction = value ? std::clamp(*value / scale, 0.0, 1.0) : 0.0;
    const std::size_t eighths = ascii ? static_cast<std::size_t>(std::lround(fraction * width)) * 8
                                      : static_cast<std::size_t>(std::lround(fraction * width * 8));
    const std::size_t full = eighths / 8;
    std::string bar;
    std::size_t column = 0;
    for (; column < full; ++column) bar += ascii ? "#" : kFull;
    if (eighths % 8 != 0) {
      bar += kEighths[eighths % 8];
      ++column;
    }
    for (; column < width; ++column) bar += column == mark && mark > 0 ? (ascii ? "|" : kMark) : " ";
    bars.push_back(std::move(bar));
  }
  return bars;
}

}  // namespace vitk
