#include "vitk/totals.hpp"

#include <algorithm>

namespace vitk {

namespace {

std::optional<double> scale(const std::optional<double>& per_100g, double grams) {
  if (!per_100g) return std::nullopt;
  return *per_100g * grams / 100.0;
}

void add_known(Sum& sum, const std::optional<double>& value) {
  if (!value) return;
  sum.ug += *value;
  ++sum.known;
}

void add_sum(Sum& sum, const Sum& other) {
  sum.ug += other.ug;
  sum.known += other.known;
}

}  // namespace

Amounts amounts_for(const Food& food, double grams) {
  Amounts amounts;
  const FoodRecord& record = food.record();
  amounts.k1_ug = scale(record.k1_ug_per_100g, grams);
  amounts.dk_ug = scale(record.dk_ug_per_100g, grams);
  amounts.k2_ug = scale(record.k2_ug_per_100g, grams);
  for (std::size_t form = 0; form < kFormCount; ++form) {
    amounts.k2_form_ug[form] = scale(record.k2_form_ug_per_100g[form], grams);
  }
  return amounts;
}

void Totals::add(const Amounts& amounts, double item_grams) {
  ++items;
  grams += item_grams;
  add_known(k1, amounts.k1_ug);
  add_known(dk, amounts.dk_ug);
  add_known(k2, amounts.k2_ug);
  for (std::size_t form = 0; form < kFormCount; ++form) add_known(k2_by_form[form], amounts.k2_form_ug[form]);
}

void Totals::add(const Totals& other) {
  items += other.items;
  grams += other.grams;
  add_sum(k1, other.k1);
  add_sum(dk, other.dk);
  add_sum(k2, other.k2);
  for (std::size_t form = 0; form < kFormCount; ++form) add_sum(k2_by_form[form], other.k2_by_form[form]);
}

bool k2_below(const Totals& totals, double min_ug) { return totals.items > 0 && totals.k2.ug < min_ug; }

std::uint32_t Intake::days_with_items() const {
  return static_cast<std::uint32_t>(
      std::count_if(days.begin(), days.end(), [](const Day& day) { return day.totals.items > 0; }));
}

void IntakeBuilder::start_day(const Date& date) {
  const auto [it, inserted] = dated_.try_emplace(date, intake_.days.size());
  if (inserted) intake_.days.push_back(Day{date, {}, {}});
  current_ = it->second;
}

Day& IntakeBuilder::current_day() {
  if (current_ == kNoDay) {
    if (undated_ == kNoDay) {
      undated_ = intake_.days.size();
      intake_.days.push_back(Day{});
    }
    current_ = undated_;
  }
  return intake_.days[current_];
}

void IntakeBuilder::add(ItemRecord record) {
  Day& day = current_day();
  day.totals.add(record.amounts, record.item.grams);
  intake_.total.add(record.amounts, record.item.grams);
  day.items.push_back(std::move(record));
}

}  // namespace vitk
