#include "vitk/steady.hpp"

#include <algorithm>
#include <cmath>

namespace vitk {

SteadyAnalysis analyze_steady(const Intake& intake, double tolerance_percent) {
  SteadyAnalysis analysis;
  analysis.tolerance_percent = tolerance_percent;
  double sum = 0;
  for (const Day& day : intake.days) {
    // A day without items has no known intake, not zero: it stays out of the figures.
    const bool known = day.totals.items > 0;
    const double total = day.totals.k1_ug + day.totals.k2_ug;
    analysis.per_day.push_back(SteadyDay{day.date, known, known ? total : 0, 0, false});
    if (!known) continue;
    analysis.min_ug = analysis.days == 0 ? total : std::min(analysis.min_ug, total);
    analysis.max_ug = analysis.days == 0 ? total : std::max(analysis.max_ug, total);
    ++analysis.days;
    sum += total;
  }
  if (analysis.days == 0) return analysis;
  analysis.mean_ug = sum / analysis.days;
  double squares = 0;
  for (const SteadyDay& day : analysis.per_day) {
    if (day.known) squares += (day.total_ug - analysis.mean_ug) * (day.total_ug - analysis.mean_ug);
  }
  analysis.sd_ug = std::sqrt(squares / analysis.days);
  analysis.cv = analysis.mean_ug > 0 ? analysis.sd_ug / analysis.mean_ug : 0;
  for (SteadyDay& day : analysis.per_day) {
    if (!day.known) continue;
    day.deviation = analysis.mean_ug > 0 ? (day.total_ug - analysis.mean_ug) / analysis.mean_ug : 0;
    day.flagged = std::abs(day.deviation) * 100 > tolerance_percent;
    analysis.flagged += day.flagged ? 1 : 0;
  }
  return analysis;
}

}  // namespace vitk
