#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/intake/reference.hpp"
#include "vitk/intake/totals.hpp"

namespace vitk {

/// The settings of a configuration file (vitk(1), CONFIGURATION); what is absent is left to the defaults.
struct Config {
  std::optional<Sex> sex;
  std::optional<double> age_years;
  std::optional<double> weight_kg;
  std::optional<Standard> standard;
  std::optional<double> k2_min_ug_per_day;
  std::optional<double> steady_tolerance_percent;
  std::vector<std::string> foods;  ///< food tables, as written (`~/` and relative paths resolved by the caller)
  std::optional<std::string> format;
  std::optional<std::string> log;  ///< the meal log of vitk add, as written
};

/// Parses a configuration file: TOML, flat keys only. Unknown keys, wrong types and values out of range are
/// errors at `name:line:column`, all of them reported at once (ErrorList).
Config parse_config(std::string_view text, std::string_view name);
Config load_config(const std::string& path);

/// Ranges shared by the command line and the configuration file.
inline constexpr double kMaxK2MinUgPerDay = 100000.0;
inline constexpr double kMaxAgeYears = 130.0;
inline constexpr double kMaxWeightKg = 500.0;
inline constexpr double kMaxTolerancePercent = 1000.0;

/// Whether a K2 minimum has no more decimals than reports show K2 with (kVerdictDecimals): a verdict on a
/// figure shown as 0.0 against a minimum of 0.004 could not be checked by the reader.
bool is_k2_min_precision(double ug);

/// The output formats of a meal report.
bool is_report_format(std::string_view format);
std::string_view report_format_list();

}  // namespace vitk
