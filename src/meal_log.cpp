#include "vitk/meal_log.hpp"

#include <algorithm>
#include <atomic>
#include <deque>
#include <cstring>
#include <fmt/format.h>
#include <thread>
#include <unistd.h>

#include "vitk/catalog.hpp"
#include "vitk/io.hpp"
#include "vitk/meal.hpp"
#include "vitk/totals.hpp"

namespace vitk {

ReadResult read_meal_list(LineReader& reader, const std::string& name, const FoodCatalog& catalog,
                          IntakeBuilder& builder, const ProblemHandler& on_problem) {
  ReadResult result;
  const auto report = [&](const Error& problem, bool skippable) {
    ++result.problems;
    if (!skippable) ++result.fatal_problems;
    builder.add_skipped();
    on_problem(problem, skippable);
  };
  builder.start_input();
  SourceLocation at{name};
  MealLine line;
  Line text;
  Item item;
  std::string meal;  // the label in force: set by a label, cleared by a date
  while (reader.next(text)) {
    at.line = text.number;
    at.column = 1;
    if (text.too_long) {
      report(Error(ErrorKind::data, at, fmt::format("line is longer than {} bytes", LineReader::kMaxLineBytes)),
             true);
      continue;
    }
    // Most lines of long logs are one simple item: read them straight away.
    if (parse_simple_item(text.text, catalog, item)) {
      builder.add(item, text.text, meal);
      continue;
    }
    try {
      split_line(text.text, at, line);
    } catch (const Error& problem) {
      report(problem, true);
      continue;
    }
    if (line.kind == LineKind::bad_date) {
      at.column = line.date_text.column;
      report(Error(ErrorKind::data, at,
                   fmt::format("impossible date '{}' (expected a real day as YYYY-MM-DD)", line.date_text.text)),
             false);
      continue;
    }
    if (line.kind == LineKind::date) {
      builder.start_day(line.date);
      meal.clear();
      continue;
    }
    if (!line.label.empty()) meal = line.label;
    for (const ItemText& item_text : line.items) {
      at.column = item_text.column;
      try {
        item = parse_item(item_text.text, at, catalog);
        builder.add(item, item_text.text, meal);
      } catch (const Error& problem) {
        report(problem, true);
      }
    }
  }
  return result;
}

}  // namespace vitk

namespace vitk {

namespace {

/// Items before the first date line of a part belong to the day in force where the part begins.
constexpr std::int32_t kContinues = INT32_MAX;

/// The sums of one part of a file: its days in reading order, the first one kContinues. Dates and sums are
/// kept apart, which saves the padding a pair of them would need: 4 bytes a day, 400 kB on 100,000 days.
struct PartSums {
  std::deque<std::int32_t> dates;
  std::deque<DayTotals> sums;
  bool failed = false;
};

/// Reads the bytes [begin, end) of a file; any problem marks the part failed and ends it.
void read_part(int fd, std::uint64_t begin, std::uint64_t end, const std::string& name, const FoodCatalog& catalog,
               const std::atomic<bool>& stop, PartSums& part) {
  try {
    LineReader reader(fd, name, begin, end);
    SourceLocation at{name};
    MealLine line;
    Line text;
    Item item;
    part.dates.push_back(kContinues);
    part.sums.emplace_back();
    while (reader.next(text)) {
      if (text.too_long || stop.load(std::memory_order_relaxed)) {
        part.failed = true;
        return;
      }
      if (parse_simple_item(text.text, catalog, item)) {
        part.sums.back().add(item.food.record(), item.grams);
        continue;
      }
      split_line(text.text, at, line);
      if (line.kind == LineKind::bad_date) {
        part.failed = true;
        return;
      }
      if (line.kind == LineKind::date) {
        part.dates.push_back(static_cast<std::int32_t>(days_from_civil(line.date)));
        part.sums.emplace_back();
        continue;
      }
      for (const ItemText& item_text : line.items) {
        item = parse_item(item_text.text, at, catalog);
        part.sums.back().add(item.food.record(), item.grams);
      }
    }
  } catch (...) {
    part.failed = true;
  }
}

/// The offset of the first line that starts at or after `offset`.
std::uint64_t next_line_start(int fd, std::uint64_t offset, std::uint64_t size) {
  if (offset == 0) return 0;
  char buffer[4096];
  std::uint64_t at = offset - 1;  // a line starts after a '\n'
  while (at < size) {
    const ssize_t got = ::pread(fd, buffer, sizeof buffer, static_cast<off_t>(at));
    if (got <= 0) return size;
    const auto* newline = static_cast<const char*>(std::memchr(buffer, '\n', static_cast<std::size_t>(got)));
    if (newline != nullptr) return at + static_cast<std::uint64_t>(newline - buffer) + 1;
    at += static_cast<std::uint64_t>(got);
  }
  return size;
}

}  // namespace

bool read_meal_file_in_parts(int fd, std::uint64_t size, const std::string& name, const FoodCatalog& catalog,
                             IntakeBuilder& builder, unsigned threads) {
  threads = std::max(1u, threads);
  std::vector<std::uint64_t> bounds{0};
  for (unsigned i = 1; i < threads; ++i) bounds.push_back(std::max(bounds.back(), next_line_start(fd, size * i / threads, size)));
  bounds.push_back(size);

  std::vector<PartSums> parts(threads);
  std::atomic<bool> stop{false};
  {
    // Each thread looks foods up in its own copy of the catalog: the copies share the tables, not the cache.
    std::vector<FoodCatalog> catalogs(threads, catalog);
    std::vector<std::thread> workers;
    const auto work = [&](unsigned i) {
      read_part(fd, bounds[i], bounds[i + 1], name, catalogs[i], stop, parts[i]);
      if (parts[i].failed) stop = true;
    };
    for (unsigned i = 1; i < threads; ++i) workers.emplace_back(work, i);
    work(0);
    for (std::thread& worker : workers) worker.join();
  }
  if (std::any_of(parts.begin(), parts.end(), [](const PartSums& part) { return part.failed; })) return false;

  // In file order, letting each part go as it is added, so that the days are never in memory twice.
  for (PartSums& part : parts) {
    while (!part.dates.empty()) {
      if (part.dates.front() != kContinues) builder.start_day(civil_from_days(part.dates.front()));
      if (part.sums.front().items > 0) builder.add_totals(part.sums.front());
      part.dates.pop_front();
      part.sums.pop_front();
    }
  }
  return true;
}

}  // namespace vitk
