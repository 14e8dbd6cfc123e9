// The items and days read from meal lists, and how they are gathered in bounded memory.
#include "vitk/intake/intake.hpp"

#include <algorithm>

namespace vitk {

std::optional<Date> Day::calendar_date() const {
  if (date == kUndated) return std::nullopt;
  return civil_from_days(date);
}

std::uint32_t Intake::days_with_items() const {
  return static_cast<std::uint32_t>(
      std::count_if(days.begin(), days.end(), [](const Day& day) { return day.totals.items > 0; }));
}

std::uint32_t TextStore::add(std::string_view text) {
  const std::size_t size = std::min<std::size_t>(text.size(), UINT16_MAX);
  if (used_ + 2 + size > kBlockBytes) {
    // Not zeroed: only what is written is read, and the pages of a block never written are never touched.
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockBytes));
    used_ = 0;
  }
  char* at = blocks_.back().get() + used_;
  at[0] = static_cast<char>(size & 0xFF);
  at[1] = static_cast<char>(size >> 8);
  std::copy_n(text.data(), size, at + 2);
  const std::size_t where = (blocks_.size() - 1) * kBlockBytes + used_;
  used_ += 2 + size;
  return static_cast<std::uint32_t>(where);
}

std::string_view TextStore::get(std::uint32_t where) const {
  const char* at = blocks_[where / kBlockBytes].get() + where % kBlockBytes;
  const std::size_t size = static_cast<unsigned char>(at[0]) | static_cast<std::size_t>(static_cast<unsigned char>(at[1])) << 8;
  return std::string_view(at + 2, size);
}

ItemRange Intake::items_of(const Day& day) const {
  if (!items_kept) return ItemRange(items.end(), items.end());
  const auto first = items.begin() + day.first_item;
  return ItemRange(first, first + day.totals.items);
}

ItemView Intake::view(const ItemRecord& record) const {
  ItemView item;
  item.food = foods[record.food];
  item.quantity = record.quantity;
  item.unit = units[record.unit];
  item.grams = record.grams;
  if (record.input != kNoText) item.input = text.get(record.input);
  if (record.meal != kNoText) item.meal = text.get(record.meal);
  item.amounts = amounts_for(item.food, record.grams, record.quantity);
  return item;
}

Totals Intake::totals_of(const Day& day) const {
  Totals totals;
  for (const ItemRecord& record : items_of(day)) totals.add(food_record(record), record.grams, record.quantity);
  return totals;
}

void IntakeBuilder::leave_order() {
  in_order_ = false;
  for (std::uint32_t i = 0; i < intake_.days.size(); ++i) {
    if (intake_.days[i].date != kUndated) index_slot(intake_.days[i].date) = i;
  }
}

std::uint32_t& IntakeBuilder::index_slot(std::int32_t date) {
  // The index covers every date from the earliest seen to the latest, growing at either end.
  if (date_index_.empty()) {
    index_first_ = date;
    date_index_.push_back(kNoDay);
  } else if (date < index_first_) {
    date_index_.insert(date_index_.begin(), static_cast<std::size_t>(std::int64_t{index_first_} - date), kNoDay);
    index_first_ = date;
  } else if (static_cast<std::size_t>(std::int64_t{date} - index_first_) >= date_index_.size()) {
    date_index_.resize(static_cast<std::size_t>(std::int64_t{date} - index_first_) + 1, kNoDay);
  }
  return date_index_[static_cast<std::size_t>(std::int64_t{date} - index_first_)];
}

std::uint32_t IntakeBuilder::day_index(std::int32_t date) {
  if (in_order_) {
    std::deque<Day>& days = intake_.days;
    if (days.empty() || days.back().date < date) {
      days.push_back(Day{date, 0, {}});
      return static_cast<std::uint32_t>(days.size() - 1);
    }
    // Sorted by date (an undated day, kUndated, can only be first): search.
    const auto found = std::lower_bound(days.begin(), days.end(), date,
                                        [](const Day& day, std::int32_t wanted) { return day.date < wanted; });
    if (found != days.end() && found->date == date) return static_cast<std::uint32_t>(found - days.begin());
    leave_order();  // a date out of order: from now on an index, which finds any date in constant time
  }
  std::uint32_t& slot = index_slot(date);
  if (slot == kNoDay) {
    slot = static_cast<std::uint32_t>(intake_.days.size());
    intake_.days.push_back(Day{date, 0, {}});
  }
  return slot;
}

void IntakeBuilder::start_day(const Date& date) { start_day_number(static_cast<std::int32_t>(days_from_civil(date))); }

void IntakeBuilder::start_day_number(std::int32_t days) {
  if (given_up_) return;
  current_ = day_index(days);
}

void IntakeBuilder::enter_undated_day() {
  if (undated_ == kNoDay) {
    if (in_order_ && !intake_.days.empty()) leave_order();  // an undated day after dated ones: not sorted
    undated_ = static_cast<std::uint32_t>(intake_.days.size());
    intake_.days.push_back(Day{});
  }
  current_ = undated_;
}

void IntakeBuilder::add_totals(const DayTotals& totals) {
  if (given_up_) return;
  if (current_ == kNoDay) enter_undated_day();
  intake_.days[current_].totals.add(totals);
  intake_.total.add(totals);
}

std::uint32_t IntakeBuilder::food_index(const Food& food) {
  const auto [it, inserted] = food_map_.try_emplace(food, static_cast<std::uint32_t>(intake_.foods.size()));
  if (inserted) intake_.foods.push_back(food);
  return it->second;
}

std::uint32_t IntakeBuilder::unit_index(std::string_view unit) {
  const auto [it, inserted] = unit_map_.try_emplace(unit, static_cast<std::uint32_t>(intake_.units.size()));
  if (inserted) intake_.units.push_back(unit);
  return it->second;
}

void IntakeBuilder::add(const Item& item, std::string_view input, std::string_view meal) {
  if (given_up_) return;
  if (current_ == kNoDay) enter_undated_day();
  intake_.days[current_].totals.add(item);
  if (!intake_.items_kept) {
    // Only the reports that list items show K2 by form: the others need the three sums alone.
    intake_.total.add_sums(item);
    return;
  }
  intake_.total.add(item.food.record(), item.grams, item.quantity);
  // Consecutive items mostly share their meal label: it is stored once for them.
  if (meal.empty()) {
    last_meal_text_ = kNoText;
    last_meal_.clear();
  } else if (last_meal_text_ == kNoText || meal != last_meal_) {
    last_meal_.assign(meal);
    last_meal_text_ = intake_.text.add(meal);
  }
  ItemRecord record;
  record.food = food_index(item.food);
  record.unit = unit_index(item.unit);
  record.quantity = item.quantity;
  record.grams = item.grams;
  record.meal = last_meal_text_;
  record.input = keep_inputs_ ? intake_.text.add(input) : kNoText;
  if (grouped_ && current_ < last_item_day_) stop_being_grouped();
  last_item_day_ = current_;
  intake_.items.push_back(record);
  if (!grouped_) item_days_.push_back(current_);
}

void IntakeBuilder::stop_being_grouped() {
  // The items so far are grouped: each day up to the last one with items has its count of them (the current
  // day's count already has the item being added, which is not yet stored).
  grouped_ = false;
  for (std::uint32_t day = 0; day <= last_item_day_; ++day) {
    const std::uint32_t count = intake_.days[day].totals.items - (day == current_ ? 1 : 0);
    item_days_.insert(item_days_.end(), count, day);
  }
}

namespace {

// What the allocator hands out for the kept records, measured with glibc on x86-64: a deque's block of 512
// bytes holds 8 days (512 bytes, a 528-byte chunk), 16 items (512 bytes, a 528-byte chunk) or 128 dates of
// the index (a 528-byte chunk), and its map holds a pointer per block.
constexpr std::size_t kDayBytes = 67;
constexpr std::size_t kItemBytes = 34;
constexpr std::size_t kDistinctBytes = 80;
constexpr std::size_t kIndexBytesPer128 = 4 * 128 + 16 + 8;
// The index of dates covers at most the years 0 to 9999.
constexpr std::size_t kMaxIndexBytes = (10'000 * 366 / 128 + 1) * kIndexBytesPer128;

}  // namespace

std::size_t IntakeBuilder::memory_bytes() const {
  std::size_t bytes = intake_.days.size() * kDayBytes + intake_.items.size() * kItemBytes + intake_.text.bytes();
  // The distinct foods and units of the items, each in a vector and a hash map.
  bytes += (intake_.foods.size() + intake_.units.size()) * kDistinctBytes;
  bytes += (date_index_.size() + 127) / 128 * kIndexBytesPer128;
  // Items out of day order: the day of each, and the count of each day finish() needs to group them.
  if (!grouped_) bytes += (item_days_.size() + intake_.days.size()) * sizeof(std::uint32_t);
  return bytes;
}

bool IntakeBuilder::has_room_for_days(std::size_t count) const {
  // New days out of order may need the index of dates at its largest.
  const std::size_t room = memory_limit() - std::min(memory_limit(), memory_bytes() + kMaxIndexBytes);
  return count <= room / kDayBytes;
}

void IntakeBuilder::give_up() {
  const std::size_t limit = report_limit_, shared = shared_;
  const std::uint32_t skipped = intake_.skipped_items;
  *this = IntakeBuilder(false, false);
  given_up_ = true;
  set_memory_limit(limit, shared);
  intake_.skipped_items = skipped;
}

void IntakeBuilder::stop_keeping_items() {
  if (!intake_.items_kept) return;
  intake_.items_kept = false;
  intake_.items = {};
  intake_.text.clear();
  intake_.foods = {};
  food_map_ = {};
  item_days_ = {};
  grouped_ = true;
  last_item_day_ = 0;
  // The grand total keeps what was added: its K2 by form is simply no longer shown.
}

Intake IntakeBuilder::finish() {
  if (intake_.items_kept) {
    std::uint32_t next = 0;
    for (Day& day : intake_.days) {
      day.first_item = next;
      next += day.totals.items;
    }
    if (!grouped_) {
      // Group the items by day, keeping reading order within a day. Each item's place is known from the counts
      // of the days (it takes the place of its day in item_days_); the items then move there in place, cycle by
      // cycle, without a second copy of them all.
      std::deque<std::uint32_t>& place = item_days_;
      std::vector<std::uint32_t> fill(intake_.days.size(), 0);
      for (std::uint32_t& day_then_place : place) {
        const std::uint32_t day = day_then_place;
        day_then_place = intake_.days[day].first_item + fill[day]++;
      }
      fill = {};
      for (std::size_t i = 0; i < place.size(); ++i) {
        while (place[i] != i) {
          const std::uint32_t target = place[i];
          std::swap(intake_.items[i], intake_.items[target]);
          std::swap(place[i], place[target]);
        }
      }
      item_days_ = {};
    }
  }
  return std::move(intake_);
}

}  // namespace vitk
