#include "vitk/intake/meal_log.hpp"

#include <algorithm>
#include <atomic>
#include <deque>
#include <cstring>
#include <fmt/format.h>
#include <thread>
#include <unistd.h>

#include "vitk/base/io.hpp"
#include "vitk/base/text.hpp"
#include "vitk/foods/catalog.hpp"
#include "vitk/intake/intake.hpp"
#include "vitk/intake/meal.hpp"

namespace vitk {

namespace {

std::string date_problem_message(const MealLine& line) {
  if (line.date_problem == DateProblem::impossible) {
    return fmt::format("impossible date '{}' (expected a real day as YYYY-MM-DD)", line.date_text.text);
  }
  return fmt::format("'{}' is not a date vitk reads (expected YYYY-MM-DD, such as 2026-11-24, at the start of a "
                     "line)",
                     quote_excerpt(line.date_text.text));
}

}  // namespace

ReadResult read_meal_list(LineReader& reader, const std::string& name, const FoodCatalog& catalog,
                          IntakeBuilder& builder, const ProblemHandler& on_problem) {
  ReadResult result;
  const auto report = [&](const Error& problem, bool skippable) {
    ++result.problems;
    if (!skippable) ++result.fatal_problems;
    builder.add_skipped();
    on_problem(problem, skippable);
  };
  SourceLocation at{name};
  MealLine line;
  Line text;
  Item item;
  std::string meal;  // the label in force: set by a label, cleared by a date
  // A log too long for the memory a report may take is refused at the line that passes the limit; the rest is
  // still read for its other problems, keeping nothing.
  const auto within_memory = [&] {
    if (!builder.over_memory_limit()) return;
    const bool items = builder.keeps_items();
    builder.give_up();
    at.column = 1;
    report(Error(ErrorKind::data, at,
                 fmt::format("the days and items read up to this line{} take more than {} MiB, the most one report "
                             "may keep (expected a shorter log: split it{})",
                             builder.shared_memory() > 0 ? " and the food tables" : "", builder.report_limit() >> 20,
                             items ? ", or use --format tsv, which keeps only the days" : "")),
           false);
  };
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
      within_memory();
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
      report(Error(ErrorKind::data, at, date_problem_message(line)), false);
      continue;
    }
    if (line.kind == LineKind::date) {
      builder.start_day(line.date);
      meal.clear();
      within_memory();
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
    within_memory();
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
/// Lines go in groups: first every line's food name is hashed and its cache slot requested from memory, then
/// its cache entry, then the items are summed in order; the lookups of a group thus wait for memory together.
/// Gives up too past `max_days` days, to stay within the memory a report may take.
void read_part(int fd, std::uint64_t begin, std::uint64_t end, const std::string& name, const FoodCatalog& catalog,
               std::size_t max_days, const std::atomic<bool>& stop, PartSums& part) {
  constexpr std::size_t kGroup = 16;
  struct Pending {
    std::string_view text;
    SimpleItem simple;
    bool is_simple = false;
    std::uint32_t hint = 0;
  };
  try {
    LineReader reader(fd, name, begin, end);
    SourceLocation at{name};
    MealLine line;
    Item item;
    Pending group[kGroup];
    part.dates.push_back(kContinues);
    part.sums.emplace_back();
    const auto general = [&](std::string_view text) {
      Date date;
      if ((text.size() == 10 || (text.size() == 11 && text.back() == ':')) &&
          parse_iso_date(text.substr(0, 10), date) == DateParse::ok) {
        part.dates.push_back(static_cast<std::int32_t>(days_from_civil(date)));
        part.sums.emplace_back();
        return part.dates.size() <= max_days;
      }
      split_line(text, at, line);
      if (line.kind == LineKind::bad_date) return false;
      if (line.kind == LineKind::date) {
        part.dates.push_back(static_cast<std::int32_t>(days_from_civil(line.date)));
        part.sums.emplace_back();
        if (part.dates.size() > max_days) return false;
      }
      for (const ItemText& item_text : line.items) {
        item = parse_item(item_text.text, at, catalog);
        part.sums.back().add(item);
      }
      return true;
    };
    std::string_view block;
    for (;;) {
      const LineReader::Block got = reader.next_block(block);
      if (got == LineReader::Block::end) break;
      if (got == LineReader::Block::too_long || stop.load(std::memory_order_relaxed)) {
        part.failed = true;
        return;
      }
      while (!block.empty()) {
        std::size_t count = 0;
        for (; count < kGroup && !block.empty(); ++count) {
          const std::size_t newline = block.find('\n');
          std::string_view text = block.substr(0, newline);
          block.remove_prefix(newline == std::string_view::npos ? block.size() : newline + 1);
          if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
          Pending& pending = group[count];
          pending.text = text;
          pending.is_simple = parse_simple_syntax(text, pending.simple);
          if (pending.is_simple) pending.hint = catalog.prefetch(pending.simple.name);
        }
        for (std::size_t i = 0; i < count; ++i) {
          if (group[i].is_simple) catalog.prepare(group[i].hint);
        }
        for (std::size_t i = 0; i < count; ++i) {
          const Pending& pending = group[i];
          const FoodCatalog::FoundFood* found =
              pending.is_simple ? catalog.find_food(pending.simple.name, pending.hint) : nullptr;
          if (found != nullptr) {
            set_food(item, *found);
            item.grams = pending.simple.grams;
            part.sums.back().add(item);
          } else if (!general(pending.text)) {
            part.failed = true;
            return;
          }
        }
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
  // The parts' days, and then the days they make in the builder, stay within the memory a report may take;
  // past it the file is read again in order, which names the line that passes the limit.
  constexpr std::size_t kPartDayBytes = 62;  // a date (4 bytes) and its sums (56), in their deques
  const std::size_t max_days = builder.memory_limit() / threads / kPartDayBytes;
  {
    // Each thread looks foods up in its own copy of the catalog: the copies share the tables, not the cache.
    std::vector<FoodCatalog> catalogs(threads, catalog);
    std::vector<std::thread> workers;
    const auto work = [&](unsigned i) {
      read_part(fd, bounds[i], bounds[i + 1], name, catalogs[i], max_days, stop, parts[i]);
      if (parts[i].failed) stop = true;
    };
    for (unsigned i = 1; i < threads; ++i) workers.emplace_back(work, i);
    work(0);
    for (std::thread& worker : workers) worker.join();
  }
  if (std::any_of(parts.begin(), parts.end(), [](const PartSums& part) { return part.failed; })) return false;
  std::size_t days = 0;
  for (const PartSums& part : parts) days += part.dates.size();
  if (!builder.has_room_for_days(days)) return false;

  // In file order, letting each part go as it is added, so that the days are never in memory twice.
  for (PartSums& part : parts) {
    while (!part.dates.empty()) {
      if (part.dates.front() != kContinues) builder.start_day_number(part.dates.front());
      if (part.sums.front().items > 0) builder.add_totals(part.sums.front());
      part.dates.pop_front();
      part.sums.pop_front();
    }
  }
  return true;
}

}  // namespace vitk
