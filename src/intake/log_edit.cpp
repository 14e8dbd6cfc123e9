// Adding items to a meal log where a person would write them (vitk add).
#include "vitk/intake/log_edit.hpp"

#include <optional>

#include <fmt/format.h>

#include "vitk/base/error.hpp"
#include "vitk/base/text.hpp"
#include "vitk/intake/meal.hpp"

namespace vitk {

namespace {

/// One line of the log, as far as placing new lines goes.
struct LogLine {
  std::string_view text;   ///< with its line end, if any
  bool blank = true;       ///< empty or spaces (comments count as written lines)
  std::optional<Date> date;
  bool label = false;      ///< sets a label
  std::string label_key;   ///< the label in force on this line, folded
};

std::vector<LogLine> classify(std::string_view log, std::string_view name) {
  std::vector<LogLine> lines;
  SourceLocation at{std::string(name)};
  MealLine meal;
  std::string label;
  for (std::size_t start = 0; start < log.size();) {
    const std::size_t end = std::min(log.find('\n', start), log.size());
    LogLine line;
    line.text = log.substr(start, end == log.size() ? end - start : end + 1 - start);
    std::string_view content = log.substr(start, end - start);
    if (content.ends_with('\r')) content.remove_suffix(1);
    if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
    at.line = static_cast<std::uint32_t>(lines.size() + 1);
    at.column = 1;
    split_line(content, at, meal);
    line.blank = trim(content).empty();
    if (meal.kind == LineKind::date) {
      line.date = meal.date;
      label.clear();
    }
    if (!meal.label.empty()) {
      line.label = true;
      label = normalize_key(meal.label);
    }
    line.label_key = label;
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

/// The index after the last written line of [first, last), or `first` when all are blank.
std::size_t after_written(const std::vector<LogLine>& lines, std::size_t first, std::size_t last) {
  for (std::size_t i = last; i > first; --i) {
    if (!lines[i - 1].blank) return i;
  }
  return first;
}

}  // namespace

std::string add_to_log(std::string_view log, std::string_view name, const Date& date, std::string_view label,
                       const std::vector<std::string>& new_lines) {
  const std::vector<LogLine> lines = classify(log, name);
  const std::string key = normalize_key(label);
  std::string items;
  for (const std::string& line : new_lines) items += line + "\n";
  const std::string label_line = label.empty() ? std::string() : std::string(label) + ":\n";

  // The day's last stretch: from its date line to the next date line.
  std::optional<std::size_t> day_start;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].date == date) day_start = i;
  }
  std::size_t at = lines.size();
  std::string insert;
  if (day_start) {
    std::size_t day_end = *day_start + 1;
    while (day_end < lines.size() && !lines[day_end].date) ++day_end;
    if (key.empty() && lines[*day_start].label) {
      // `2026-11-30 lunch: soup`: no line of the day is without a label. The items start a new stretch of the day
      // at its end (a date seen again continues its day).
      at = after_written(lines, *day_start, day_end);
      insert = fmt::format("\n{}\n{}", to_string(date), items);
    } else if (key.empty()) {
      // After the day's items without a label: before its first label line.
      std::size_t first_label = *day_start + 1;
      while (first_label < day_end && !lines[first_label].label) ++first_label;
      at = after_written(lines, *day_start, first_label);
      insert = items;
    } else {
      // After the last items of the label, or at the end of the day under a new label line.
      std::optional<std::size_t> group_end;
      for (std::size_t i = *day_start; i < day_end; ++i) {
        if (lines[i].label_key == key) group_end = i + 1;
      }
      at = after_written(lines, *day_start, group_end.value_or(day_end));
      insert = group_end ? items : label_line + items;
    }
  } else {
    // A new day: before the first later one, else at the end.
    std::size_t later = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].date && *lines[i].date > date) {
        later = i;
        break;
      }
    }
    const std::string block = to_string(date) + "\n" + label_line + items;
    if (later < lines.size()) {
      at = later;
      insert = block + "\n";
    } else {
      at = lines.size();
      insert = (after_written(lines, 0, lines.size()) > 0 ? "\n" : "") + block;
    }
  }

  std::string out;
  out.reserve(log.size() + insert.size() + 2);
  for (std::size_t i = 0; i < at; ++i) out += lines[i].text;
  // A log whose last line has no line end gets one before what follows it.
  if (!out.empty() && out.back() != '\n') out += '\n';
  if (at == lines.size() && !insert.empty() && insert.front() == '\n' && !out.empty() &&
      after_written(lines, 0, lines.size()) < lines.size()) {
    insert.erase(0, 1);  // the log already ends with a blank line
  }
  out += insert;
  for (std::size_t i = at; i < lines.size(); ++i) out += lines[i].text;
  return out;
}

}  // namespace vitk
