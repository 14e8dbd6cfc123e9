#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vitk/foods/food.hpp"
#include "vitk/intake/date.hpp"
#include "vitk/intake/meal.hpp"
#include "vitk/intake/totals.hpp"

namespace vitk {

/// A kept item, in 32 bytes, so that a log of a million items fits in 32 MB: its food is one of the Intake's
/// foods, its text (the input as written, the meal label) lives in the Intake's text store and its unit in the
/// Intake's unit list; Intake::view() gives the whole item back.
struct ItemRecord {
  double quantity = 0;
  double grams = 0;
  std::uint32_t food = 0;   ///< into Intake::foods
  std::uint32_t unit = 0;   ///< into Intake::units
  std::uint32_t meal = 0;   ///< into Intake's text store, or kNoText
  std::uint32_t input = 0;  ///< into Intake's text store, or kNoText when inputs are not kept
};
static_assert(sizeof(ItemRecord) == 32, "a kept item is 32 bytes: memory_bytes() counts on it");

inline constexpr std::uint32_t kNoText = UINT32_MAX;

/// An item as the reports see it, made on the fly from its record.
struct ItemView {
  Food food;
  double quantity = 0;
  std::string_view unit;
  double grams = 0;
  std::string_view input;  ///< empty when inputs are not kept
  std::string_view meal;   ///< empty without a label
  Amounts amounts;
};

/// Short strings in blocks that never move: what a string_view into it sees stays valid, and growing it never
/// needs twice the memory, as a growing std::string would.
class TextStore {
 public:
  /// Stores `text` (at most 65,535 bytes) and returns where.
  std::uint32_t add(std::string_view text);
  std::string_view get(std::uint32_t where) const;
  void clear() { blocks_.clear(); used_ = kBlockBytes; }
  /// The bytes written so far (the pages of a block never written to are never touched).
  std::size_t bytes() const { return blocks_.empty() ? 0 : (blocks_.size() - 1) * kBlockBytes + used_; }

 private:
  static constexpr std::size_t kBlockBytes = 1 << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = kBlockBytes;  ///< bytes used of the last block
};

/// Days are numbered as days since 1970-01-01; items before the first date of an input are undated.
inline constexpr std::int32_t kUndated = INT32_MIN;

/// 64 bytes: a 100,000-day log keeps 6.4 MB of days.
struct Day {
  std::int32_t date = kUndated;
  std::uint32_t first_item = 0;  ///< into Intake::items, when items are kept; there are totals.items of them
  DayTotals totals;

  std::optional<Date> calendar_date() const;
};
static_assert(sizeof(Day) == 64, "a day is kept in 64 bytes: memory_bytes() counts on it");

/// The items of a day: a view of part of Intake::items. (Not std::ranges::subrange, which clang 14 cannot
/// compile with libstdc++ 12.)
class ItemRange {
 public:
  using iterator = std::deque<ItemRecord>::const_iterator;
  ItemRange(iterator first, iterator last) : first_(first), last_(last) {}
  iterator begin() const { return first_; }
  iterator end() const { return last_; }
  std::size_t size() const { return static_cast<std::size_t>(last_ - first_); }
  bool empty() const { return first_ == last_; }
  const ItemRecord& operator[](std::size_t i) const { return first_[static_cast<std::ptrdiff_t>(i)]; }

 private:
  iterator first_;
  iterator last_;
};

/// Everything read: days in the order they first appear, their items when kept, and the grand total.
/// What the Cronometer exports of a report came to (vitk(1), CRONOMETER): all their rows, whatever the dates
/// the report shows.
struct ImportStats {
  std::uint32_t rows = 0;      ///< rows read, those of amount 0 too
  std::uint32_t matched = 0;   ///< counted with a vitk food
  std::uint32_t figure = 0;    ///< counted with the export's own vitamin K, as K1
  double figure_ug = 0;
  std::uint32_t figure_k2 = 0; ///< menaquinone supplements: the export's own vitamin K, as K2
  double figure_k2_ug = 0;
  std::uint32_t unknown = 0;   ///< neither a food vitk knows nor a figure: unknown
  std::uint32_t zero_rows = 0; ///< of amount 0: skipped
  std::uint32_t disagree = 0;  ///< counted with a vitk food whose K1 differs from the export's twofold
};

struct Intake {
  std::deque<Day> days;  ///< a deque grows without copying: no peak of twice the days while it grows
  std::deque<ItemRecord> items;  ///< grouped by day, in the order of `days`; empty unless kept
  TextStore text;                ///< inputs and meal labels of the items
  std::vector<std::string_view> units;
  std::vector<Food> foods;       ///< the foods of the kept items, each once
  Totals total;                  ///< K2 by form only when items are kept
  std::uint32_t skipped_items = 0;
  bool items_kept = false;
  ImportStats import;            ///< rows == 0 without a Cronometer export

  /// Days that have at least one item: the ones means and flags are about.
  std::uint32_t days_with_items() const;
  ItemRange items_of(const Day& day) const;
  ItemView view(const ItemRecord& record) const;
  const FoodRecord& food_record(const ItemRecord& record) const { return foods[record.food].record(); }
  /// The day's totals with K2 by form, from its items (which must have been kept).
  Totals totals_of(const Day& day) const;
};

/// The most memory a report's food tables, days and items may take: with the rest of vitk (7 to 9 MB: the
/// program, its libraries and the built-in tables) it stays within 64 MB. A log that needs more is refused at
/// the line that passes the limit.
inline constexpr std::size_t kMaxReportBytes = std::size_t{54} << 20;

/// Gathers items into days. A date seen again continues its earlier day; each input starts undated.
/// Without `keep_items` only the sums are kept: memory grows with days, not with items. Without `keep_inputs`
/// the items are kept without the text they were written as (the text and Markdown reports do not show it).
class IntakeBuilder {
 public:
  explicit IntakeBuilder(bool keep_items = true, bool keep_inputs = true) : keep_inputs_(keep_inputs) {
    intake_.items_kept = keep_items;
  }

  void start_input() { current_ = kNoDay; }
  ImportStats& import_stats() { return intake_.import; }
  void start_day(const Date& date);
  /// start_day for a date given as days since 1970-01-01.
  void start_day_number(std::int32_t days);
  void add(const Item& item, std::string_view input, std::string_view meal);
  /// Adds the sums of items read elsewhere (by another thread) to the current day. Only without kept items.
  void add_totals(const DayTotals& totals);
  void add_skipped() { ++intake_.skipped_items; }
  /// What is kept so far, with the allocator's share and the room finish() will need: an estimate that errs on
  /// the high side.
  std::size_t memory_bytes() const;
  /// The memory a report may take (no limit unless set), `shared` of it taken already by what else it keeps
  /// (the food tables).
  void set_memory_limit(std::size_t bytes, std::size_t shared = 0) {
    report_limit_ = bytes;
    shared_ = std::min(bytes, shared);
  }
  /// What the days and items may take.
  std::size_t memory_limit() const { return report_limit_ - shared_; }
  std::size_t report_limit() const { return report_limit_; }
  std::size_t shared_memory() const { return shared_; }
  bool over_memory_limit() const { return memory_bytes() > memory_limit(); }
  bool keeps_items() const { return intake_.items_kept; }
  /// Whether `count` more days, in any order, would stay within the memory limit.
  bool has_room_for_days(std::size_t count) const;
  /// Drops everything kept and keeps nothing more: the log is too long for a report, which will not be printed.
  void give_up();
  /// Drops the items kept so far and keeps no more, only the sums: for a report that will not be printed.
  void stop_keeping_items();
  Intake finish();

 private:
  static constexpr std::uint32_t kNoDay = UINT32_MAX;
  std::uint32_t day_index(std::int32_t date);
  void leave_order();
  std::uint32_t& index_slot(std::int32_t date);
  void enter_undated_day();

  Intake intake_;
  std::uint32_t unit_index(std::string_view unit);
  std::uint32_t food_index(const Food& food);

  bool keep_inputs_ = true;
  // Items mostly come day after day, already in the order finish() groups them in: then nothing more is kept.
  // From the first item that goes back to an earlier day on, each item's day is kept, for finish() to group them.
  void stop_being_grouped();
  bool grouped_ = true;
  std::uint32_t last_item_day_ = 0;
  std::deque<std::uint32_t> item_days_;  ///< the day of each kept item, in reading order, once not grouped (a
                                         ///< deque grows without a second copy of itself)
  std::unordered_map<std::string_view, std::uint32_t> unit_map_;
  struct FoodHash {
    std::size_t operator()(const Food& food) const {
      return std::hash<const void*>()(&food.table()) ^ (std::size_t{food.index()} * 0x9E3779B97F4A7C15ULL);
    }
  };
  std::unordered_map<Food, std::uint32_t, FoodHash> food_map_;
  std::string last_meal_;
  std::uint32_t last_meal_text_ = kNoText;
  std::uint32_t current_ = kNoDay;
  std::uint32_t undated_ = kNoDay;
  // Dates usually come in order, and then `days` itself is sorted and a binary search finds any of them; the
  // first date out of order (or undated items after a date) switches to an index of every date from the
  // earliest to the latest, 4 bytes a date: 2 MB for 500,000 days, at most 15 MB for the years 0 to 9999 (a
  // hash map would take 50 bytes a day).
  std::deque<std::uint32_t> date_index_;
  std::int32_t index_first_ = 0;  ///< the date of date_index_[0]
  bool in_order_ = true;
  std::size_t report_limit_ = SIZE_MAX;
  std::size_t shared_ = 0;
  bool given_up_ = false;
};

}  // namespace vitk
