#pragma once

#include <cstdint>

#include "vitk/intake/intake.hpp"

namespace vitk {

/// For people on vitamin K antagonists (warfarin and the like), who are advised to keep their vitamin K intake
/// steady rather than low: how much each day's total vitamin K (K1 and K2 known) strays from their own mean.
struct SteadyDay {
  std::int32_t date = kUndated;
  bool known = false;    ///< the day has items; a day without any has no known intake
  double total_ug = 0;
  double deviation = 0;  ///< (total - mean) / mean
  bool flagged = false;  ///< further from the mean than the tolerance
};

struct SteadyAnalysis {
  double tolerance_percent = 25;
  std::uint32_t days = 0;  ///< days with items
  double mean_ug = 0;
  double sd_ug = 0;        ///< population standard deviation
  double cv = 0;           ///< sd / mean; 0 when the mean is 0
  double min_ug = 0;
  double max_ug = 0;
  std::uint32_t flagged = 0;

  /// How one day of the intake stands against the mean: worked out when asked, so that an analysis of 500,000
  /// days holds no list of them.
  SteadyDay of(const Day& day) const;
};

SteadyAnalysis analyze_steady(const Intake& intake, double tolerance_percent);

}  // namespace vitk
