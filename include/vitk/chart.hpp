#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace vitk {

/// Horizontal bars of values against a threshold, for a terminal: each bar `width` columns wide at most, the
/// threshold marked with `|` where a bar does not reach it. Unicode blocks draw eighths of a column; `ascii`
/// draws whole columns with `#`. A missing value draws an empty bar. Returns one string per value, each exactly
/// `width` columns wide.
std::vector<std::string> bar_chart(std::span<const std::optional<double>> values, double threshold, std::size_t width,
                                   bool ascii);

}  // namespace vitk
