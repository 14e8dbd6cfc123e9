#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "vitk/date.hpp"
#include "vitk/food.hpp"
#include "vitk/meal.hpp"

namespace vitk {

/// Micrograms in one eaten item; a value the food does not have stays unknown.
struct Amounts {
  std::optional<double> k1_ug;
  std::optional<double> dk_ug;
  std::optional<double> k2_ug;
  FormValues k2_form_ug{};
};

Amounts amounts_for(const Food& food, double grams);

/// A sum over items of the values that were known, and how many items had one.
struct Sum {
  double ug = 0;
  std::uint32_t known = 0;
};

struct Totals {
  std::uint32_t items = 0;
  double grams = 0;
  Sum k1;
  Sum dk;
  Sum k2;
  std::array<Sum, kFormCount> k2_by_form{};

  void add(const Amounts& amounts, double item_grams);
  void add(const Totals& other);
};

/// Whether a day's known K2 is below `min_ug`. A day without items has no known intake and is never low.
bool k2_below(const Totals& totals, double min_ug);

struct ItemRecord {
  std::string input;  ///< the item as written
  std::string meal;   ///< the meal label in force, or empty
  Item item;
  Amounts amounts;
};

struct Day {
  std::optional<Date> date;  ///< nullopt: items before the first date of an input
  std::vector<ItemRecord> items;
  Totals totals;
};

/// Everything read: days in the order they first appear, and the grand total.
struct Intake {
  std::vector<Day> days;
  Totals total;
  std::uint32_t skipped_items = 0;

  /// Days that have at least one item: the ones means and flags are about.
  std::uint32_t days_with_items() const;
};

/// Gathers items into days. A date seen again continues its earlier day; each input starts undated.
class IntakeBuilder {
 public:
  void start_input() { current_ = kNoDay; }
  void start_day(const Date& date);
  void add(ItemRecord record);
  void add_skipped() { ++intake_.skipped_items; }
  Intake finish() { return std::move(intake_); }

 private:
  static constexpr std::size_t kNoDay = static_cast<std::size_t>(-1);
  Day& current_day();

  Intake intake_;
  std::size_t current_ = kNoDay;
  std::size_t undated_ = kNoDay;
  std::map<Date, std::size_t> dated_;
};

}  // namespace vitk
