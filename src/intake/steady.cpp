#include "vitk/intake/steady.hpp"

#include <algorithm>
#include <cmath>

namespace vitk {

namespace {

// A day without items has no known intake, not zero: it stays out of the figures.
bool known(const Day& day) { return day.totals.items > 0; }
double total_of(const Day& day) { return day.totals.k1_ug + day.totals.k2_ug; }

}  // namespace

SteadyDay SteadyAnalysis::of(const Day& day) const {
  SteadyDay result{day.date, known(day), known(day) ? total_of(day) : 0, 0, false};
  if (result.known && days > 0) {
    result.deviation = mean_ug > 0 ? (result.total_ug - mean_ug) / mean_ug : 0;
    // As the report shows it, in whole percent: a day shown at +25% is within a tolerance of 25%.
    result.flagged = std::abs(std::round(result.deviation * 100)) > tolerance_percent;
  }
  return result;
}

SteadyAnalysis analyze_steady(const Intake& intake, double tolerance_percent) {
  SteadyAnalysis analysis;
  analysis.tolerance_percent = tolerance_percent;
  double sum = 0;
  for (const Day& day : intake.days) {
    if (!known(day)) continue;
    const double total = total_of(day);
    analysis.min_ug = analysis.days == 0 ? total : std::min(analysis.min_ug, total);
    analysis.max_ug = analysis.days == 0 ? total : std::max(analysis.max_ug, total);
    ++analysis.days;
    sum += total;
  }
  if (analysis.days == 0) return analysis;
  analysis.mean_ug = sum / analysis.days;
  double squares = 0;
  for (const Day& day : intake.days) {
    if (known(day)) squares += (total_of(day) - analysis.mean_ug) * (total_of(day) - analysis.mean_ug);
  }
  analysis.sd_ug = std::sqrt(squares / analysis.days);
  analysis.cv = analysis.mean_ug > 0 ? analysis.sd_ug / analysis.mean_ug : 0;
  for (const Day& day : intake.days) analysis.flagged += analysis.of(day).flagged ? 1 : 0;
  return analysis;
}

}  // namespace vitk
