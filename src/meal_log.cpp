#include "vitk/meal_log.hpp"

#include <fmt/format.h>

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
