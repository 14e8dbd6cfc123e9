// What every report format shares: the analysis behind it, --check, and the health notes.
#include "vitk/report/report.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "vitk/base/json.hpp"

namespace vitk {

Report::Report(const Intake& intake_, const FoodCatalog& catalog_, ReportOptions options_)
    : intake(intake_),
      catalog(catalog_),
      options(std::move(options_)),
      periods(intake, options.period, options.k2_min_ug_per_day) {
  if (options.steady_tolerance_percent) steady = analyze_steady(intake, *options.steady_tolerance_percent);
}

bool Report::check_fails(bool mean_only) const {
  if (steady) return steady->flagged > 0;
  if (mean_only) {
    return std::any_of(periods.begin(), periods.end(), [&](const PeriodSummary& period) {
      // As for a day: the K2 known, which is all vitk can vouch for, below the minimum.
      return period.days_with_items > 0 &&
             k2_below(period.days_with_items, period.totals.k2.ug / period.days_with_items, options.k2_min_ug_per_day);
    });
  }
  return std::any_of(intake.days.begin(), intake.days.end(),
                     [&](const Day& day) { return k2_below(day.totals, options.k2_min_ug_per_day); });
}

std::vector<std::string> health_notes(const ReportOptions& options) {
  std::vector<std::string> notes;
  if (options.k2_min_ug_per_day == kDefaultK2MinUgPerDay) {
    notes.emplace_back(
        "About the K2 minimum: 32.7 µg/day is the lower bound of the highest third of menaquinone intake in the "
        "Rotterdam Study (Geleijnse et al., J Nutr 2004;134:3100-5), which was linked with less coronary heart "
        "disease and aortic calcification. It is an observational figure, not an official recommendation; no "
        "official body sets an intake value for K2.");
  } else {
    notes.push_back(fmt::format(
        "About the K2 minimum: {} µg/day was set by you (--k2-min or the configuration file). The default, "
        "32.7 µg/day, comes from the Rotterdam Study (Geleijnse et al., J Nutr 2004;134:3100-5), an observational "
        "figure, not an official recommendation.",
        format_trimmed(options.k2_min_ug_per_day, 2)));
  }
  if (options.reference) {
    const ReferenceIntake& reference = *options.reference;
    notes.push_back(fmt::format(
        "Reference intake: {} µg/day of {}, the {} for {} ({}). {}", format_trimmed(reference.ug_per_day, 1),
        reference.includes_k2 ? "vitamin K (K1 and K2 together)" : "phylloquinone (K1) only", reference.standard,
        reference.group, reference.citation,
        reference.includes_k2 ? "No official body sets an intake value for K2 on its own."
                              : "EFSA judged the evidence on menaquinones (K2) insufficient to set a value; no "
                                "official body sets one."));
  } else if (!options.reference_gap.empty()) {
    notes.push_back(fmt::format("No reference intake shown: {}.", options.reference_gap));
  }
  if (options.steady_tolerance_percent) {
    notes.emplace_back(
        "Steady intake: people on a vitamin K antagonist such as warfarin are advised to keep their vitamin K "
        "intake about the same from day to day, not to avoid it: the dose is set to their usual intake, a sudden "
        "rise weakens the drug and a sudden fall strengthens it (Holmes, Hunt and Shearer, Blood Rev 2012). MK-7 "
        "of 50 µg/day or more, such as a natto serving or a K2 supplement, may interfere with the treatment "
        "(Schurgers et al., Blood 2007;109:3279). Follow the guidance of the doctor or clinic who prescribed it.");
  }
  notes.emplace_back(
      "vitk informs; it does not prescribe. Ask a doctor, pharmacist or dietitian before taking a vitamin K "
      "supplement, above all if you take a blood thinner such as warfarin: then a steady vitamin K intake matters "
      "more than a high one.");
  return notes;
}

}  // namespace vitk
