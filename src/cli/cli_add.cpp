// vitk add: items checked against the food tables, then added to the meal log in place, and the day's total.
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <sys/stat.h>

#include "cli_internal.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"
#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/cli/cli.hpp"
#include "vitk/foods/units.hpp"
#include "vitk/intake/intake.hpp"
#include "vitk/intake/log_edit.hpp"
#include "vitk/intake/meal.hpp"
#include "vitk/intake/meal_log.hpp"

namespace vitk::cli {

namespace {

/// The most a meal log may hold for vitk add to rewrite it (years of meals take a few MiB).
constexpr std::size_t kMaxLogBytes = 256u * 1024 * 1024;

/// What each item was read as, for the confirmation.
struct Added {
  std::string text;
  std::vector<Item> items;
};

/// Checks every argument: one line of items, no date and no label of its own. Throws every problem at once.
std::vector<Added> read_items(const Options& options, const FoodCatalog& catalog) {
  std::vector<Added> added;
  std::vector<Error> problems;
  MealLine line;
  for (std::size_t i = 0; i < options.words.size(); ++i) {
    const std::string& text = options.words[i];
    SourceLocation at{fmt::format("arg {}", i + 1), 1, 1};
    if (const std::size_t end = text.find_first_of("\r\n"); end != std::string::npos) {
      at.column = static_cast<std::uint32_t>(end + 1);
      problems.emplace_back(ErrorKind::data, at, "a line break in an item (expected one line of items an argument)");
      continue;
    }
    try {
      split_line(text, at, line);
    } catch (const Error& problem) {
      problems.push_back(problem);
      continue;
    }
    if (line.kind == LineKind::date || line.kind == LineKind::bad_date) {
      problems.emplace_back(ErrorKind::data, at,
                            fmt::format("'{}' starts with a date (expected items only: give the day with --date)",
                                        quote_excerpt(text)));
      continue;
    }
    if (!line.label.empty()) {
      problems.emplace_back(ErrorKind::data, at,
                            fmt::format("'{}' has a meal label (expected items only: give the meal with --meal {})",
                                        quote_excerpt(text), quote_excerpt(line.label)));
      continue;
    }
    if (line.items.empty()) {
      problems.emplace_back(ErrorKind::data, at,
                            fmt::format("no meal item in '{}' (expected items such as 'natto 50g')",
                                        quote_excerpt(text)));
      continue;
    }
    Added entry{std::string(trim(text)), {}};
    bool good = true;
    for (const ItemText& item : line.items) {
      at.column = item.column;
      try {
        entry.items.push_back(parse_item(item.text, at, catalog));
      } catch (const Error& problem) {
        problems.push_back(problem);
        good = false;
      }
    }
    if (good) added.push_back(std::move(entry));
  }
  if (!problems.empty()) throw ErrorList(std::move(problems));
  return added;
}

/// A meal label as `--meal` gives it: what a log line `LABEL:` would read as.
std::string check_label(const std::string& label) {
  if (label.empty()) return label;
  MealLine line;
  SourceLocation at{"--meal"};
  const std::string text = label + ":";  // the line's views point into it
  try {
    split_line(text, at, line);
  } catch (const Error&) {
    line.label = {};
  }
  if (line.kind != LineKind::items || line.label != trim(label) || !line.items.empty()) {
    throw Error(ErrorKind::usage, fmt::format("--meal '{}' is not a meal label (expected a word or a few, such as "
                                              "breakfast, without ':', ';' or '#', at most 40 bytes)",
                                              quote_excerpt(label)));
  }
  return std::string(trim(label));
}

/// The folders of the default log, made when missing (the user's data folder is private: 0700).
void make_default_folders(const std::string& log) {
  for (std::size_t slash = log.find('/', 1); slash != std::string::npos; slash = log.find('/', slash + 1)) {
    const std::string folder = log.substr(0, slash);
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
      throw Error(ErrorKind::io, fmt::format("cannot make the folder '{}' for the meal log: {}", folder,
                                             std::strerror(errno)));
    }
  }
}

/// `2026-11-30: K1 312.4 µg, K2 41.2 µg (minimum 32.7)`, with what is unknown and a day below the minimum said.
std::string day_line(const Date& date, const DayTotals& totals, double k2_min) {
  const auto known = [&](std::uint32_t count, double ug) {
    if (count == 0) return std::string("unknown");
    std::string text = fmt::format("{:.1f} µg", round_as_printed(ug, kVerdictDecimals));
    if (count < totals.items) text += fmt::format(" (known for {} of {} items)", count, totals.items);
    return text;
  };
  const bool low = k2_below(totals, k2_min);
  return fmt::format("{}: K1 {}, K2 {} ({}minimum {})\n", to_string(date), known(totals.k1_known, totals.k1_ug),
                     known(totals.k2_known, totals.k2_ug), low ? "below the " : "",
                     format_trimmed(k2_min, kVerdictDecimals));
}

}  // namespace

int run_add(const Options& options, const Settings& settings) {
  const std::string label = check_label(options.meal);
  // Today is the clock's, or --today's.
  Date date = civil_from_days(settings.today.value_or(0));
  if (!options.date.empty() && parse_iso_date(options.date, date) != DateParse::ok) {
    throw Error(ErrorKind::usage, fmt::format("--date '{}' is not a date (expected YYYY-MM-DD, such as 2026-11-24)",
                                              quote_excerpt(options.date)));
  }
  if (settings.log.empty()) {
    throw Error(ErrorKind::usage, "no meal log: set log = \"PATH\" in the configuration file, or HOME or "
                                  "XDG_DATA_HOME for the default one");
  }

  LoadedTables loaded;
  load_tables(options, settings, loaded);
  // Every item is checked before the log is touched.
  const std::vector<Added> added = read_items(options, loaded.catalog);

  if (settings.default_log) make_default_folders(settings.log);
  const std::string path = regular_file_path(settings.log);
  std::string log;
  {
    // One writer at a time: two vitk add at once each add to what the other wrote.
    const FileLock lock(path);
    const std::string before =
        read_file(path, kMaxLogBytes, fmt::format("the meal log is larger than {} MiB", kMaxLogBytes >> 20));
    std::vector<std::string> lines;
    for (const Added& entry : added) lines.push_back(entry.text);
    log = add_to_log(before, path, date, label, lines);
    AtomicFile file(path);
    write_all(file.fd(), log, path);
    file.commit();
  }

  // The day's total, from the log as it now is.
  IntakeBuilder builder(false, false);
  builder.start_input();
  LineReader reader{std::string_view(log)};
  std::uint32_t unreadable = 0;
  read_meal_list(reader, path, loaded.catalog, builder, [&](const Error& problem, bool) {
    ++unreadable;
    if (!options.quiet) print_error(format_diagnostic(problem, "warning"));
  });
  const Intake intake = builder.finish();
  DayTotals totals;
  const auto wanted = static_cast<std::int32_t>(days_from_civil(date));
  for (const Day& day : intake.days) {
    if (day.date == wanted) totals.add(day.totals);
  }
  if (options.quiet) return kExitOk;
  std::string out;
  for (const Added& entry : added) {
    for (const Item& item : entry.items) {
      // Which food and weight each item was read as.
      out += item.unit == "g" ? fmt::format("added {}, {} g\n", item.food.name(), format_trimmed(item.grams, 1))
                              : fmt::format("added {}, {} {} ({} g)\n", item.food.name(),
                                            format_trimmed(item.quantity, 2), unit_for_quantity(item.unit, item.quantity),
                                            format_trimmed(item.grams, 1));
    }
  }
  out += day_line(date, totals, settings.report.k2_min_ug_per_day);
  if (unreadable > 0) {
    out += fmt::format("({} item{} of the log could not be read: see the warnings; not in this total)\n",
                       unreadable, unreadable == 1 ? "" : "s");
  }
  write_all(STDOUT_FILENO, out);
  return kExitOk;
}

}  // namespace vitk::cli
