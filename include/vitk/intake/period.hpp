#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/intake/intake.hpp"

namespace vitk {

/// How days are grouped in summaries: each day, ISO weeks (Monday to Sunday), calendar months, or everything.
enum class Period { day, week, month, all };

std::optional<Period> parse_period(std::string_view text);
std::string_view period_name(Period period);

/// Days to report, inclusive, as days since 1970-01-01. With a bound set, undated days are left out.
struct DateRange {
  std::optional<std::int32_t> from;
  std::optional<std::int32_t> to;
};

/// Sorts the days by date (undated first) and keeps those in `range`, with their items; the grand total is
/// summed again from what is kept. Returns how many items were left out.
std::uint32_t select_days(Intake& intake, const DateRange& range);

/// The ISO 8601 week of a day: `2026-W48`.
std::string iso_week(std::int32_t day);

/// A group of days and what they add up to.
struct PeriodSummary {
  std::string label;                  ///< `2026-11-24`, `2026-W48`, `2026-11`, `all` or `undated`
  std::optional<std::int32_t> first;  ///< first and last day listed, when dated
  std::optional<std::int32_t> last;
  std::uint32_t days = 0;             ///< days listed, with or without items
  std::uint32_t days_with_items = 0;
  std::uint32_t days_k2_low = 0;
  Totals totals;                      ///< K2 by form only when the items were kept
  bool forms_known = false;

  /// Means over the days with items of what was known; unknown when no item knew the value.
  std::optional<double> mean_k1_ug() const;
  std::optional<double> mean_k2_ug() const;
  std::optional<double> mean_form_ug(std::size_t form) const;
};

/// Summaries of the (sorted) days of an intake, grouped by a period, in date order; undated days form their own
/// group first. Each summary is made as the walk reaches it, so that a report by day of 500,000 days never holds
/// them all; every walk makes them again.
class PeriodSummaries {
 public:
  PeriodSummaries(const Intake& intake, Period period, double k2_min_ug_per_day)
      : intake_(&intake), period_(period), k2_min_ug_per_day_(k2_min_ug_per_day) {}

  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = PeriodSummary;
    using difference_type = std::ptrdiff_t;
    using pointer = const PeriodSummary*;
    using reference = const PeriodSummary&;

    iterator() = default;  ///< the end
    reference operator*() const { return current_; }
    pointer operator->() const { return &current_; }
    iterator& operator++() {
      advance();
      return *this;
    }
    /// Only the end is worth comparing with: two walks are equal when both are done.
    bool operator==(const iterator& other) const { return done_ == other.done_ && (done_ || next_ == other.next_); }

   private:
    friend class PeriodSummaries;
    explicit iterator(const PeriodSummaries& owner) : owner_(&owner), done_(false) { advance(); }
    void advance();

    const PeriodSummaries* owner_ = nullptr;
    std::size_t next_ = 0;  ///< the first day after the current summary's
    PeriodSummary current_;
    bool done_ = true;
  };

  iterator begin() const { return iterator(*this); }
  iterator end() const { return iterator(); }
  bool empty() const { return intake_->days.empty(); }

 private:
  std::string label_of(const Day& day) const;

  const Intake* intake_;
  Period period_;
  double k2_min_ug_per_day_;
};

}  // namespace vitk
