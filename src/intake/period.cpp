#include "vitk/intake/period.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace vitk {

std::optional<Period> parse_period(std::string_view text) {
  if (text == "day") return Period::day;
  if (text == "week") return Period::week;
  if (text == "month") return Period::month;
  if (text == "all") return Period::all;
  return std::nullopt;
}

std::string_view period_name(Period period) {
  switch (period) {
    case Period::day: return "day";
    case Period::week: return "week";
    case Period::month: return "month";
    case Period::all: return "all";
  }
  return "all";
}

std::uint32_t select_days(Intake& intake, const DateRange& range) {
  const bool bounded = range.from || range.to;
  std::uint32_t dropped = 0;
  if (bounded) {
    const auto unwanted = [&](const Day& day) {
      const bool keep = day.date != kUndated && (!range.from || day.date >= *range.from) &&
                        (!range.to || day.date <= *range.to);
      if (!keep) dropped += day.totals.items;
      return !keep;
    };
    intake.days.erase(std::remove_if(intake.days.begin(), intake.days.end(), unwanted), intake.days.end());
  }
  // Days keep their items through the sort: each knows where its own begin. No two days share a date (the
  // builder continues a day whose date comes again), so a sort in place, with no copy of the days, is enough.
  const auto by_date = [](const Day& a, const Day& b) { return a.date < b.date; };
  if (!std::is_sorted(intake.days.begin(), intake.days.end(), by_date)) {
    std::sort(intake.days.begin(), intake.days.end(), by_date);
  }
  if (dropped == 0) return 0;

  // The grand total of what is kept: from the items when there are any (K2 by form), else from the day sums.
  Totals total;
  for (const Day& day : intake.days) {
    if (intake.items_kept) {
      for (const ItemRecord& record : intake.items_of(day)) total.add(intake.food_record(record), record.grams, record.quantity);
    } else {
      total.add(day.totals);
    }
  }
  intake.total = total;
  return dropped;
}

namespace {

int weekday(std::int32_t day) { return static_cast<int>(((day % 7) + 7 + 3) % 7) + 1; }  // 1970-01-01: Thursday

}  // namespace

std::string iso_week(std::int32_t day) {
  // The ISO year of a week is the year of its Thursday; its weeks count from the one holding 4 January.
  const std::int32_t thursday = day + (4 - weekday(day));
  const Date date = civil_from_days(thursday);
  const std::int32_t first_of_year = static_cast<std::int32_t>(days_from_civil(Date{date.year, 1, 1}));
  return fmt::format("{:04}-W{:02}", date.year, (thursday - first_of_year) / 7 + 1);
}

std::optional<double> PeriodSummary::mean_k1_ug() const {
  if (days_with_items == 0 || totals.k1.known == 0) return std::nullopt;
  return totals.k1.ug / days_with_items;
}

std::optional<double> PeriodSummary::mean_k2_ug() const {
  if (days_with_items == 0 || totals.k2.known == 0) return std::nullopt;
  return totals.k2.ug / days_with_items;
}

std::optional<double> PeriodSummary::mean_form_ug(std::size_t form) const {
  if (days_with_items == 0 || !forms_known || totals.k2_by_form[form].known == 0) return std::nullopt;
  return totals.k2_by_form[form].ug / days_with_items;
}

std::string PeriodSummaries::label_of(const Day& day) const {
  // Undated items are a period of their own, whatever the period: they belong to no week, month or range.
  if (day.date == kUndated) return "undated";
  if (period_ == Period::all) return "all";
  switch (period_) {
    case Period::day: return to_string(civil_from_days(day.date));
    case Period::week: return iso_week(day.date);
    case Period::month: return to_string(civil_from_days(day.date)).substr(0, 7);
    case Period::all: return "all";
  }
  return "all";
}

void PeriodSummaries::iterator::advance() {
  const Intake& intake = *owner_->intake_;
  if (next_ >= intake.days.size()) {
    done_ = true;
    return;
  }
  PeriodSummary& summary = current_;
  summary = PeriodSummary{};
  summary.label = owner_->label_of(intake.days[next_]);
  summary.forms_known = intake.items_kept;
  for (; next_ < intake.days.size(); ++next_) {
    const Day& day = intake.days[next_];
    if (summary.days > 0 && owner_->label_of(day) != summary.label) break;
    if (day.date != kUndated) {
      if (!summary.first) summary.first = day.date;
      summary.last = day.date;
    }
    ++summary.days;
    if (day.totals.items > 0) ++summary.days_with_items;
    if (k2_below(day.totals, owner_->k2_min_ug_per_day_)) ++summary.days_k2_low;
    if (intake.items_kept) {
      for (const ItemRecord& record : intake.items_of(day)) summary.totals.add(intake.food_record(record), record.grams, record.quantity);
    } else {
      summary.totals.add(day.totals);
    }
  }
}

}  // namespace vitk
