#include "report_parts.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/foods/units.hpp"

namespace vitk::report_parts {

std::string one_decimal(double value) { return fmt::format("{:.1f}", value); }

std::string known_or_mark(const std::optional<double>& value) { return value ? one_decimal(*value) : "?"; }

std::string amount_text(const ItemView& item) {
  return fmt::format("{} {}", format_trimmed(item.quantity, 2), unit_for_quantity(item.unit, item.quantity));
}

std::string item_grams(const ItemView& item) {
  return item.food.record().values_per_item ? std::string("-") : one_decimal(item.grams);
}

std::string import_text(const ImportStats& stats) {
  if (stats.rows == 0 && stats.zero_rows == 0) return {};
  std::string out = fmt::format("From Cronometer: {} read. {} counted with vitk's foods (K1 and K2 from its tables",
                                plural(stats.rows, "row"), stats.matched);
  if (stats.disagree > 0) {
    out += fmt::format("; for {} of them vitk's K1 differs more than twofold from Cronometer's, which is counted "
                       "instead",
                       stats.disagree);
  }
  out += fmt::format("); {} with Cronometer's own vitamin K ({} µg, counted as K1; their K2 is unknown)",
                     stats.figure, one_decimal(stats.figure_ug));
  if (stats.figure_k2 > 0) {
    out += fmt::format("; {} of menaquinone supplements, whose vitamin K is counted as K2 ({} µg)",
                       plural(stats.figure_k2, "row"), one_decimal(stats.figure_k2_ug));
  }
  out += fmt::format("; {} with neither a food vitk knows nor a figure (K1 and K2 unknown).", stats.unknown);
  if (stats.zero_rows > 0) out += fmt::format(" Skipped {} of amount 0.", plural(stats.zero_rows, "row"));
  out += " vitk foods match FILE lists each food name and what it became.";
  return out;
}

std::string plural(std::uint32_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

std::string item_count(std::uint32_t count) { return plural(count, "item"); }

std::string date_text(std::int32_t day) { return to_string(civil_from_days(day)); }

std::string day_title(const Day& day) {
  const std::optional<Date> date = day.calendar_date();
  return date ? to_string(*date) : "Undated items";
}

std::string period_title(const PeriodSummary& summary, Period period) {
  if (!summary.first) return "Undated items";
  const std::string span = summary.first == summary.last
                               ? date_text(*summary.first)
                               : fmt::format("{} to {}", date_text(*summary.first), date_text(*summary.last));
  switch (period) {
    case Period::day: return fmt::format("Day {}", summary.label);
    case Period::week: return fmt::format("Week {}, {}", summary.label, span);
    case Period::month: return fmt::format("Month {}, {}", summary.label, span);
    case Period::all: return "Summary";
  }
  return "Summary";
}

std::string basis_text(const std::optional<BasisCounts>& bases) {
  if (!bases) return {};
  std::vector<std::string> parts;
  // The surer bases first; items of a user's table that state none last.
  for (std::size_t basis = 1; basis <= kBasisCount; ++basis) {
    const std::size_t i = basis % kBasisCount;
    if ((*bases)[i] == 0) continue;
    parts.push_back(i == 0 ? fmt::format("{} of no stated basis", (*bases)[i])
                           : fmt::format("{} {}", (*bases)[i], kBasisNames[i]));
  }
  return join(parts, ", ");
}

std::string coverage_line(std::uint32_t items, std::uint32_t k1_known, std::uint32_t k2_known,
                          const std::optional<BasisCounts>& bases) {
  const std::string how = k2_known > 0 ? basis_text(bases) : std::string();
  return fmt::format("K1 known for {} of {}, K2 for {} of {}{}.", k1_known, item_count(items), k2_known, items,
                     how.empty() ? std::string() : " (" + how + ")");
}

std::string forms_line(const Totals& totals, double divisor) {
  std::vector<std::string> parts;
  double by_form = 0;
  for (std::size_t form = 0; form < kFormCount; ++form) {
    if (totals.k2_by_form[form].known > 0) {
      parts.push_back(fmt::format("{} {}", kFormLabels[form], one_decimal(totals.k2_by_form[form].ug / divisor)));
      by_form += totals.k2_by_form[form].ug;
    }
  }
  // Foods whose tables give only a K2 total (NEVO, for example) add K2 of no known form.
  const double rest = (totals.k2.ug - by_form) / divisor;
  if (rest >= 0.05) parts.push_back(fmt::format("form not given {}", one_decimal(rest)));
  return join(parts, ", ");
}

std::string paint(std::string_view word, std::string_view code, const TextStyle& style) {
  if (!style.color) return std::string(word);
  return fmt::format("\x1b[{}m{}\x1b[0m", code, word);
}

std::string k2_verdict(const DayTotals& totals, const ReportOptions& options) {
  const double min = options.k2_min_ug_per_day;
  const bool low = k2_below(totals, min);
  if (totals.items > 0 && totals.k2_known == 0) {
    const std::string which = totals.items == 1 ? std::string("the one item") : fmt::format("all {} items", totals.items);
    // Nothing known is not zero: say so, and still count the day as low, for that is all vitk can vouch for;
    // but no intake is below a minimum of 0.
    if (!low) return fmt::format("K2: unknown for {}; any intake meets a minimum of 0 µg/day.", which);
    return fmt::format("K2: unknown for {}, so {} the {} µg/day minimum as far as is known.", which,
                       paint("below", kRed, options.style), format_trimmed(min, 2));
  }
  std::string line = fmt::format("K2: {} µg, {} the {} µg/day minimum", one_decimal(totals.k2_ug),
                                 low ? paint("below", kRed, options.style) : paint("at or above", kGreen, options.style),
                                 format_trimmed(min, 2));
  const std::uint32_t unknown = totals.items - totals.k2_known;
  if (unknown > 0 && low) {
    line += fmt::format(" (K2 unknown for {}, so the true figure may be higher)", item_count(unknown));
  } else if (unknown > 0) {
    line += fmt::format(" (K2 unknown for {})", item_count(unknown));
  }
  return line + ".";
}

std::string sum_or_mark(double ug, std::uint32_t known) { return known > 0 ? one_decimal(ug) : "?"; }

std::string reference_line(const ReferenceIntake& reference, double k1_ug, double k2_ug, bool mean) {
  const double value = reference.includes_k2 ? k1_ug + k2_ug : k1_ug;
  const std::string percent =
      reference.ug_per_day > 0 ? fmt::format("{:.0f}%", value / reference.ug_per_day * 100) : std::string("-");
  const std::string_view what = reference.includes_k2 ? (mean ? "vitamin K (K1 + K2)" : "Vitamin K (K1 + K2)") : "K1";
  return fmt::format("{}{}{}: {} µg, {} of the {} reference ({} µg/day).", mean ? "Mean " : "", what,
                     mean ? " per day" : "", one_decimal(value), percent,
                     reference.standard.substr(0, reference.standard.find(' ')), format_trimmed(reference.ug_per_day, 1));
}

std::string signed_percent(double fraction) {
  const double percent = std::round(fraction * 100);
  return fmt::format("{}{:.0f}%", percent > 0 ? "+" : percent < 0 ? "-" : "±", std::abs(percent));
}

std::optional<SteadyDay> steady_day(const Report& report, std::size_t index) {
  if (!report.steady) return std::nullopt;
  const SteadyDay day = report.steady->of(report.intake.days[index]);
  return day.known ? std::optional<SteadyDay>(day) : std::nullopt;
}

}  // namespace vitk::report_parts
