// The wording and figures every report format shares: private to the report renderers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/report/report.hpp"

namespace vitk::report_parts {

std::string one_decimal(double value);
std::string known_or_mark(const std::optional<double>& value);
std::string amount_text(const ItemView& item);
/// The grams of an item to one decimal, or `-` for a row of an export that does not say its weight.
std::string item_grams(const ItemView& item);
/// What the Cronometer exports of the report came to, a paragraph; empty without an export.
std::string import_text(const ImportStats& stats);
std::string item_count(std::uint32_t count);
std::string plural(std::uint32_t count, std::string_view word);

/// `2026-11-24`, or `Undated items`.
std::string day_title(const Day& day);
/// `Summary`, `Week 2026-W48, 2026-11-23 to 2026-11-29`, `Month 2026-11`, `Day 2026-11-24`, `Undated items`.
std::string period_title(const PeriodSummary& summary, Period period);
std::string date_text(std::int32_t day);

/// `K1 known for 3 of 4 items, K2 for 2 of 4 (1 analysed, 1 imputed).`: the bases when they were counted.
std::string coverage_line(std::uint32_t items, std::uint32_t k1_known, std::uint32_t k2_known,
                          const std::optional<BasisCounts>& bases);
/// `1 analysed, 1 imputed`: the bases of known K2 that some item had; empty when none was counted.
std::string basis_text(const std::optional<BasisCounts>& bases);
/// `MK-4 1.2, MK-7 469.5, form not given 19.1`: K2 by form, each divided by `divisor`.
std::string forms_line(const Totals& totals, double divisor = 1);

/// Wraps `word` in the ANSI colour `code` when the style asks for colour.
std::string paint(std::string_view word, std::string_view code, const TextStyle& style);
inline constexpr std::string_view kRed = "31";
inline constexpr std::string_view kGreen = "32";
inline constexpr std::string_view kYellow = "33";

/// `K2: 11.6 µg, below the 32.7 µg/day minimum (K2 unknown for 1 item, ...).`
std::string k2_verdict(const DayTotals& totals, const ReportOptions& options);
/// `Vitamin K (K1 + K2): 237.8 µg, 264% of the IOM reference (90 µg/day).`, or K1 alone for EFSA; with `mean`,
/// `Mean vitamin K (K1 + K2) per day: ...`.
std::string reference_line(const ReferenceIntake& reference, double k1_ug, double k2_ug, bool mean = false);
/// A day's sum, or `?` when no item knew it.
std::string sum_or_mark(double ug, std::uint32_t known);
/// `+12%`, `-4%`.
std::string signed_percent(double fraction);

/// Hands `out` to the sink once it holds enough to be worth a write.
inline void flush_if_big(std::string& out, const ReportSink& sink) {
  if (sink && out.size() >= (1u << 16)) sink(out);
}

/// The whole of a report in one string, for those who want it so (tests, small reports).
template <typename Renderer>
std::string render_whole(const Renderer& renderer) {
  std::string out;
  renderer(out, ReportSink());
  return out;
}

/// The steady figures of the day at `index`, or null outside the steady mode or when the day has no items.
std::optional<SteadyDay> steady_day(const Report& report, std::size_t index);

}  // namespace vitk::report_parts
