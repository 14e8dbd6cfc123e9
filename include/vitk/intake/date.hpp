#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace vitk {

/// A day of the proleptic Gregorian calendar.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const Date&) const = default;
};

enum class DateParse { ok, not_a_date, impossible };

/// Parses `YYYY-MM-DD` exactly (four-digit year 0001-9999). `impossible` means the shape is right but the day
/// does not exist, such as 2026-02-30.
DateParse parse_iso_date(std::string_view text, Date& date);

std::string to_string(const Date& date);

/// Days since 1970-01-01 (negative before).
long days_from_civil(const Date& date);
Date civil_from_days(long days);

}  // namespace vitk
