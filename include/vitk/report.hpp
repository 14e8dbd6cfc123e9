#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "vitk/catalog.hpp"
#include "vitk/totals.hpp"

namespace vitk {

/// The K2 minimum vitk uses unless told otherwise: the lower bound of the top menaquinone tertile of the
/// Rotterdam Study (Geleijnse et al. 2004), an observational figure, not an official recommendation.
inline constexpr double kDefaultK2MinUgPerDay = 32.7;

struct ReportOptions {
  double k2_min_ug_per_day = kDefaultK2MinUgPerDay;
  /// How many of the richest K2 foods to name when a day is low.
  std::size_t suggestions = 5;
};

/// The human-readable report: a table per day, day totals, the K2 verdict, a summary, and the health notes.
std::string render_text(const Intake& intake, const FoodCatalog& catalog, const ReportOptions& options);

/// One JSON document; see vitk(1) for the fields. Unknown values are null.
std::string render_json(const Intake& intake, const FoodCatalog& catalog, const ReportOptions& options);

/// One row per item with a header row, RFC 4180 quoting and CRLF line ends. Unknown values are empty.
std::string render_csv(const Intake& intake);

/// One line per day with its sums, tab-separated, after a header line: for awk and spreadsheets. Needs no
/// items, so it works on any size of log. A sum no item knew is empty; an undated day has an empty date.
/// Renders the days [first_day, first_day + day_count), the header with the first: long reports go out in parts.
std::string render_tsv(const Intake& intake, std::size_t first_day = 0, std::size_t day_count = SIZE_MAX);

/// The health notes every text report ends with.
std::string health_notes(const ReportOptions& options);

}  // namespace vitk
