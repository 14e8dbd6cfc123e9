#include "vitk/intake/date.hpp"

#include <doctest/doctest.h>

using namespace vitk;

TEST_CASE("parse_iso_date reads real days") {
  Date date;
  REQUIRE(parse_iso_date("2026-11-24", date) == DateParse::ok);
  CHECK(date == Date{2026, 11, 24});
  CHECK(parse_iso_date("2024-02-29", date) == DateParse::ok);
  CHECK(parse_iso_date("2000-02-29", date) == DateParse::ok);
}

TEST_CASE("parse_iso_date tells impossible days from other text") {
  Date date;
  CHECK(parse_iso_date("2026-02-30", date) == DateParse::impossible);
  CHECK(parse_iso_date("2026-02-29", date) == DateParse::impossible);
  CHECK(parse_iso_date("1900-02-29", date) == DateParse::impossible);
  CHECK(parse_iso_date("2026-13-01", date) == DateParse::impossible);
  CHECK(parse_iso_date("2026-00-10", date) == DateParse::impossible);
  CHECK(parse_iso_date("0000-01-01", date) == DateParse::impossible);
  CHECK(parse_iso_date("2026-1-01", date) == DateParse::not_a_date);
  CHECK(parse_iso_date("2026/11/24", date) == DateParse::not_a_date);
  CHECK(parse_iso_date("kale", date) == DateParse::not_a_date);
  CHECK(parse_iso_date("", date) == DateParse::not_a_date);
}

TEST_CASE("to_string writes ISO dates") {
  CHECK(to_string(Date{2026, 1, 5}) == "2026-01-05");
  CHECK(to_string(Date{987, 12, 31}) == "0987-12-31");
}

TEST_CASE("days_from_civil and civil_from_days are inverse") {
  CHECK(days_from_civil(Date{1970, 1, 1}) == 0);
  CHECK(days_from_civil(Date{2026, 11, 24}) == 20781);
  CHECK(civil_from_days(20781) == Date{2026, 11, 24});
  for (long day = -800000; day < 3000000; day += 997) CHECK(days_from_civil(civil_from_days(day)) == day);
}
