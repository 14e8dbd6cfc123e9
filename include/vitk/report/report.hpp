#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "vitk/foods/catalog.hpp"
#include "vitk/intake/intake.hpp"
#include "vitk/intake/period.hpp"
#include "vitk/intake/reference.hpp"
#include "vitk/intake/steady.hpp"

namespace vitk {

/// The K2 minimum vitk uses unless told otherwise: the lower bound of the top menaquinone tertile of the
/// Rotterdam Study (Geleijnse et al. 2004), an observational figure, not an official recommendation.
inline constexpr double kDefaultK2MinUgPerDay = 32.7;
inline constexpr double kDefaultSteadyTolerancePercent = 25.0;

/// How text reports look on the way out: the caller decides from the terminal, NO_COLOR and the options.
struct TextStyle {
  bool color = false;  ///< ANSI colour on the verdicts
  bool ascii = false;  ///< the bar chart in plain ASCII rather than Unicode blocks
};

struct ReportOptions {
  double k2_min_ug_per_day = kDefaultK2MinUgPerDay;
  /// How many of the richest K2 foods to name when a day is low.
  std::size_t suggestions = 5;
  Period period = Period::all;
  /// The reference intake shown beside the totals, when a profile was given; `reference_gap` says why there is
  /// none when the profile cannot name one (an adult of unknown sex under the IOM standard).
  std::optional<ReferenceIntake> reference;
  std::string reference_gap;
  /// Set for the steady-intake mode.
  std::optional<double> steady_tolerance_percent;
  /// The dates asked for, and how many items fell outside them.
  DateRange range;
  std::uint32_t items_left_out = 0;
  TextStyle style;
};

/// A meal report: what was eaten and what it adds up to, ready for any format.
struct Report {
  Report(const Intake& intake, const FoodCatalog& catalog, ReportOptions options);

  const Intake& intake;
  const FoodCatalog& catalog;
  ReportOptions options;
  PeriodSummaries periods;              ///< by options.period, made as they are walked
  std::optional<SteadyAnalysis> steady;  ///< in the steady-intake mode

  /// What --check looks at: any day below the K2 minimum (or flagged in the steady mode), or with `mean_only`
  /// the mean of each period.
  bool check_fails(bool mean_only) const;
};

/// Where a long report goes while it is made: handed the text so far, it writes it and clears it. The renderers
/// hand it their text every 64 KB or so, so that a report of a million items is never in memory whole.
using ReportSink = std::function<void(std::string& text)>;

/// The human-readable report: a table per day, day totals, the K2 verdict, a chart of the days, a summary per
/// period, and the health notes.
void render_text(const Report& report, std::string& out, const ReportSink& sink);
std::string render_text(const Report& report);

/// The same for mail and wikis: Markdown with pipe tables.
void render_markdown(const Report& report, std::string& out, const ReportSink& sink);
std::string render_markdown(const Report& report);

/// One self-contained HTML page (inline CSS and SVG charts, nothing fetched): the Markdown report's content with
/// charts of the days (the last 365 of a longer report), the periods and the steady mode.
void render_html(const Report& report, std::string& out, const ReportSink& sink);
std::string render_html(const Report& report);

/// One JSON document; see vitk(1) for the fields. Unknown values are null.
void render_json(const Report& report, std::string& out, const ReportSink& sink);
std::string render_json(const Report& report);

/// One JSON object per line: a `day` record for each day, then a `period` record for each period.
void render_ndjson(const Report& report, std::string& out, const ReportSink& sink);
std::string render_ndjson(const Report& report);

/// One row per item with a header row, RFC 4180 quoting and CRLF line ends. Unknown values are empty.
void render_csv(const Intake& intake, std::string& out, const ReportSink& sink);
std::string render_csv(const Intake& intake);

/// One line per day with its sums, tab-separated, after a header line: for awk and spreadsheets. Needs no
/// items, so it works on any size of log. A sum no item knew is empty; an undated day has an empty date.
/// Renders the days [first_day, first_day + day_count), the header with the first: long reports go out in parts.
std::string render_tsv(const Intake& intake, std::size_t first_day = 0, std::size_t day_count = SIZE_MAX);

/// The health notes every report ends with, as paragraphs of plain text.
std::vector<std::string> health_notes(const ReportOptions& options);

}  // namespace vitk
