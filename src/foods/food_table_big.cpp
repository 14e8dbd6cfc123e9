// Tables too big for the full reader: why one is refused, in the full reader's words where it can.
#include <algorithm>
#include <fmt/format.h>

#include "table_reader.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/text.hpp"
#include "vitk/base/toml_guard.hpp"
#include "vitk/foods/food_table.hpp"

namespace vitk::table_reader {

namespace {

std::uint32_t count_lines(std::string_view text) {
  return static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
}

std::string_view line_at(std::string_view text, std::size_t start) {
  const std::string_view rest = text.substr(std::min(start, text.size()));
  return rest.substr(0, rest.find('\n'));
}

/// The errors of the food where the fast reader stopped in a table too big for the full reader: toml++ reads
/// that food alone, from its `[[food]]` line to the next line that starts one (at most `limit` bytes). What
/// lies before it was read: plain and valid. Errors at the end of a part that was cut short are the cut's, not
/// the table's, and are left out. When toml++ finds nothing wrong, the food is valid TOML but not in the plain
/// layout, the only one read in a table of this size, and that is the error.
/// Cut parts are rare: a `[[food]]` line inside a multi-line string or array, or a food longer than `limit`.
std::vector<Error> explain_stop(std::string_view text, std::string_view name, const PlainStop& stop,
                                std::size_t limit, const std::vector<std::size_t>& used_before) {
  const std::size_t begin = std::min(stop.food_start, text.size());
  std::size_t end = text.size();
  bool cut = false;  // the part may end inside something that goes on after it
  if (stop.food_start < stop.line_start && trim(line_at(text, stop.line_start)).starts_with("[[food]]")) {
    end = stop.line_start;  // the food before this header, read in full, lacks something
  } else {
    // The next line that starts a food, even one indented: the part holds one food.
    for (std::size_t at = text.find('\n', stop.line_start); at != std::string_view::npos;
         at = text.find('\n', at + 1)) {
      if (trim(line_at(text, at + 1)).starts_with("[[food]]")) {
        end = at + 1;
        cut = true;
        break;
      }
    }
  }
  if (end - begin > limit) {
    const std::size_t newline = text.substr(begin, limit).rfind('\n');
    end = begin + (newline == std::string_view::npos ? limit : newline + 1);
    cut = true;
  }
  const std::string_view part = text.substr(begin, end - begin);
  const std::uint32_t offset = count_lines(text.substr(0, begin));
  const std::uint32_t last_line = offset + count_lines(part);
  std::vector<Error> errors;
  try {
    read_table_part(part, name, offset, cut, used_before);
  } catch (const ErrorList& list) {
    for (const Error& error : list.errors()) {
      // Cutting the text can leave a string or an array open: toml++ then reports the end of the text.
      if (cut && (error.where().line > last_line ||
                  std::string_view(error.what()).find("end-of-file") != std::string_view::npos)) {
        continue;
      }
      errors.push_back(error);
    }
  }
  if (errors.empty()) {
    const std::string_view line = line_at(text, stop.line_start);
    errors.emplace_back(
        ErrorKind::data, SourceLocation{std::string(name), stop.line, column_at(line, stop.column - 1)},
        fmt::format("'{}' is not in the plain layout, the only one read in a food table of more than {} KiB "
                    "(expected [[food]] headers, one key = value a line, strings on one line and inline tables "
                    "of numbers)",
                    quote_excerpt(line), limit / 1024));
  }
  return errors;
}

/// The column (from 0) of string number `index` in the array that starts at `at` in `line`, as the fast reader
/// reads it: strings on one line, separated by commas and blanks.
std::size_t string_in_array(std::string_view line, std::size_t at, std::size_t index) {
  for (++at; at < line.size();) {
    const char quote = line[at];
    if (quote != '"' && quote != '\'') {
      ++at;  // blanks and commas
      continue;
    }
    if (index-- == 0) return at;
    for (++at; at < line.size() && line[at] != quote; ++at) {
      if (line[at] == '\\' && quote == '"') ++at;
    }
    ++at;
  }
  return at;
}

/// Where the id, or alias number `alias`, of the food `food` is written in a table that the fast reader has
/// read: the line and the column of its string.
SourceLocation find_key(std::string_view text, std::string_view name, std::uint32_t food, KeyKind kind,
                        std::size_t alias) {
  const std::string_view wanted = kind == KeyKind::id ? "id" : "aliases";
  std::uint32_t number = 0;
  std::uint32_t header = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::string_view line = line_at(text, start);
    start += line.size() + 1;
    ++number;
    const std::string_view content = trim(line);
    if (content.starts_with("[[food]]")) {
      ++header;
    } else if (header == food + 1 && content.starts_with(wanted) &&
               content.find_first_not_of(" \t", wanted.size()) == content.find('=')) {
      std::size_t value = line.find_first_not_of(" \t", line.find('=') + 1);
      if (kind == KeyKind::alias) value = string_in_array(line, value, alias);
      return SourceLocation{std::string(name), number, column_at(line, value)};
    }
  }
  return SourceLocation{std::string(name), 1, 1};
}

/// The aliases of `food` that normalize to `key`, in order.
std::vector<std::size_t> aliases_for(const TableData& data, std::uint32_t index, std::string_view key) {
  const Food food(data, index);
  std::vector<std::size_t> found;
  for (std::size_t a = 0; a < food.alias_count(); ++a) {
    if (normalize_key(food.alias(a)) == key) found.push_back(a);
  }
  return found;
}

/// The error of the full reader for a duplicate id or alias, found by build_lookup in a table the fast reader
/// has read.
Error duplicate_error(std::string_view text, std::string_view name, const TableData& data, const DuplicateKey& key) {
  // The first use comes first in the file: when it is an alias of the same food, the repeat is the next one.
  std::size_t first_alias = 0;
  std::size_t again_alias = 0;
  if (key.first_kind == KeyKind::alias) {
    const std::vector<std::size_t> aliases = aliases_for(data, key.first_food, key.key);
    if (!aliases.empty()) first_alias = aliases.front();
  }
  if (key.kind == KeyKind::alias) {
    const std::vector<std::size_t> aliases = aliases_for(data, key.food, key.key);
    const bool same = key.first_food == key.food && key.first_kind == KeyKind::alias;
    if (aliases.size() > (same ? 1 : 0)) again_alias = aliases[same ? 1 : 0];
  }
  const Food food(data, key.food);
  const std::string_view written = key.kind == KeyKind::id ? food.id() : food.alias(again_alias);
  const SourceLocation first = find_key(text, name, key.first_food, key.first_kind, first_alias);
  return Error(ErrorKind::data, find_key(text, name, key.food, key.kind, again_alias),
               duplicate_message(key.kind == KeyKind::id ? "id" : "alias", written, first.line));
}

}  // namespace

/// Why a table too big for the full reader is refused, in the words of the full reader where it can.
std::vector<Error> explain_big_table(std::string_view text, std::string_view name, std::size_t limit) {
  PlainStop stop;
  std::vector<std::size_t> used_before;  // by the foods read before the stop
  {
    TableStorage storage;
    if (read_plain_food_table(text, storage, &stop)) {
      DuplicateKey duplicate;
      if (build_lookup(storage, &duplicate)) return {};
      return {duplicate_error(text, name, storage.view(), duplicate)};
    }
    const TableData data = storage.view();
    for (std::uint32_t i = 0; i < storage.foods.size(); ++i) {
      const Food food(data, i);
      used_before.push_back(std::hash<std::string>{}(normalize_key(food.id())));
      for (std::size_t a = 0; a < food.alias_count(); ++a) {
        used_before.push_back(std::hash<std::string>{}(normalize_key(food.alias(a))));
      }
    }
  }
  std::sort(used_before.begin(), used_before.end());
  if (stop.line == 0) {
    return {Error(ErrorKind::data, SourceLocation{std::string(name), 1, 1}, std::string(kNoFoods))};
  }
  // The full reader answers a trap anywhere in the text before anything else, and only that.
  if (std::optional<Error> trap = find_toml_trap(text, name)) return {*trap};
  return explain_stop(text, name, stop, limit, used_before);
}

}  // namespace vitk::table_reader
