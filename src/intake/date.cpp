#include "vitk/intake/date.hpp"


#include "vitk/base/text.hpp"

namespace vitk {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

int digits(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

DateParse parse_iso_date(std::string_view text, Date& date) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return DateParse::not_a_date;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_digit(text[i])) return DateParse::not_a_date;
  }
  const Date parsed{digits(text.substr(0, 4)), digits(text.substr(5, 2)), digits(text.substr(8, 2))};
  if (parsed.year < 1 || parsed.month < 1 || parsed.month > 12 || parsed.day < 1 ||
      parsed.day > days_in_month(parsed.year, parsed.month)) {
    return DateParse::impossible;
  }
  date = parsed;
  return DateParse::ok;
}

std::string to_string(const Date& date) {
  // By hand: reports of 100,000 days write as many dates.
  std::string text = "0000-00-00";
  const auto put = [&](std::size_t end, int value) {
    for (std::size_t i = end; value > 0 && i-- > end - (end == 4 ? 4 : 2);) {
      text[i] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(4, date.year);
  put(7, date.month);
  put(10, date.day);
  return text;
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
long days_from_civil(const Date& date) {
  const long y = date.month <= 2 ? date.year - 1 : date.year;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (date.month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

}  // namespace vitk
