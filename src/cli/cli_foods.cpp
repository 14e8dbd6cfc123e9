// vitk foods search|show|list|check: finding foods and checking food tables.
#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <unistd.h>

#include "cli_internal.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"
#include "vitk/base/text.hpp"
#include "vitk/cli/cli.hpp"
#include "vitk/foods/food_search.hpp"
#include "vitk/foods/builtin_foods.hpp"
#include "vitk/intake/cronometer.hpp"
#include "vitk/report/food_report.hpp"
#include "vitk/report/match_report.hpp"

namespace vitk::cli {

namespace {

constexpr std::size_t kDefaultSearchLimit = 10;

std::size_t parse_limit(const std::string& text, std::size_t default_limit) {
  if (text.empty()) return default_limit;
  std::size_t value = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (result.ec != std::errc() || result.ptr != text.data() + text.size() || value == 0 || value > 1000000) {
    throw Error(ErrorKind::usage, fmt::format("--limit '{}' is not a number from 1 to 1000000", text));
  }
  return value;
}

std::string render_foods(const Options& options, const std::vector<Food>& foods) {
  return options.format == "json" ? render_foods_json(foods) : render_food_table(foods);
}

/// Writes a command's whole output where -o and -q say.
void print(const Options& options, std::string_view text) {
  Output output(options);
  output.write(text);
  output.commit();
}

}  // namespace

int run_foods_search(const Options& options, const Settings& settings) {
  LoadedTables loaded;
  load_tables(options, settings, loaded);
  const std::vector<Food> found =
      search_foods(loaded.catalog, options.words, parse_limit(options.limit, kDefaultSearchLimit));
  if (found.empty() && options.format != "json") {
    if (options.quiet) return kExitOk;
    // `miso soup`: no food has every word; say which words alone find foods, so the search leads somewhere.
    std::vector<std::string> alone;
    std::vector<std::string> words;  // the words worth a search alone, each once
    std::size_t typed = 0;           // the words as typed
    for (const std::string& phrase : options.words) {
      const std::string key = normalize_key(phrase);
      for (std::size_t start = 0; start < key.size();) {
        const std::size_t end = std::min(key.find(' ', start), key.size());
        std::string word = key.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        ++typed;
        if (word.size() < 3 || word == "and" || word == "the" || word == "with") continue;
        if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(std::move(word));
      }
    }
    constexpr std::size_t kMany = 100;
    for (std::size_t i = 0; typed > 1 && i < words.size(); ++i) {
      const std::size_t count = search_foods(loaded.catalog, {words[i]}, kMany).size();
      if (count == 0) continue;
      alone.push_back(fmt::format("'{}' alone matches {}{} food{} (vitk foods search {})", quote_excerpt(words[i]),
                                  count, count >= kMany ? " or more" : "", count == 1 ? "" : "s", words[i]));
    }
    print_error(fmt::format("vitk: no food matches '{}'{}", join(options.words, " "),
                            alone.empty() ? std::string() : "; " + join(alone, "; ")));
    return kExitOk;
  }
  print(options, render_foods(options, found));
  return kExitOk;
}

int run_foods_show(const Options& options, const Settings& settings) {
  LoadedTables loaded;
  load_tables(options, settings, loaded);
  std::vector<Food> foods;
  std::vector<Error> problems;
  for (std::size_t i = 0; i < options.words.size(); ++i) {
    const FoodMatch match = loaded.catalog.find(options.words[i]);
    if (match.food) {
      foods.push_back(*match.food);
      continue;
    }
    std::vector<std::string> names;
    for (const Food& candidate : match.candidates) names.emplace_back(candidate.id());
    const std::vector<std::string> suggestions = loaded.catalog.suggest(options.words[i], 3);
    const std::string hint = !names.empty() ? fmt::format(" matches {} foods: {} (write the id)", names.size(),
                                                          join_quoted_or(names))
                             : suggestions.empty() ? std::string(" is not a known food")
                                                   : fmt::format(" is not a known food (did you mean {}?)",
                                                                 join_quoted_or(suggestions));
    problems.emplace_back(ErrorKind::data, SourceLocation{fmt::format("arg {}", i + 1), 1, 1},
                          fmt::format("'{}'{}", quote_excerpt(options.words[i]), hint));
  }
  if (!problems.empty()) throw ErrorList(std::move(problems));
  if (options.format == "json") {
    print(options, render_foods_json(foods));
    return kExitOk;
  }
  std::string out;
  for (std::size_t i = 0; i < foods.size(); ++i) {
    if (i > 0) out += '\n';
    out += render_food_details(foods[i], loaded.catalog);
  }
  print(options, out);
  return kExitOk;
}

int run_foods_list(const Options& options, const Settings& settings) {
  LoadedTables loaded;
  load_tables(options, settings, loaded);
  const std::optional<SortKey> key = parse_sort_key(options.sort);
  if (!key) {
    throw Error(ErrorKind::usage, fmt::format("--sort '{}' is not known (expected {})", options.sort, sort_key_names()));
  }
  const std::size_t limit = parse_limit(options.limit, static_cast<std::size_t>(-1));
  const std::vector<Food> foods = list_foods(loaded.catalog, options.group, *key, limit);
  if (foods.empty() && !options.group.empty()) {
    throw Error(ErrorKind::usage, fmt::format("no food of group '{}' (groups: {})", options.group,
                                              join(food_groups(loaded.catalog), ", ")));
  }
  if (options.ids_only) {
    std::string out;
    for (const Food& food : foods) {
      out += food.id();
      out += '\n';
    }
    print(options, out);
    return kExitOk;
  }
  print(options, render_foods(options, foods));
  return kExitOk;
}

/// "12 foods", "12 foods (2 recipes)".
std::string count_foods(const FoodTable& table) {
  std::size_t recipes = 0;
  for (const FoodRecord& food : table.data().foods) recipes += food.recipe != kNoRecipe ? 1 : 0;
  std::string out = fmt::format("{} food{}", table.size(), table.size() == 1 ? "" : "s");
  if (recipes > 0) out += fmt::format(" ({} recipe{})", recipes, recipes == 1 ? "" : "s");
  return out;
}

int run_foods_check(const Options& options, const Settings& settings) {
  int status = kExitOk;
  std::string out;
  for (const std::string& path : options.words) {
    try {
      std::unique_ptr<FoodTable> table = load_food_table(path);
      if (table->has_recipes()) {
        // Its recipes are worked out as a run would: with the run's tables before it.
        LoadedTables loaded;
        load_tables(options, settings, loaded, std::move(table));
        out += fmt::format("{}: {}, no errors\n", path == "-" ? "<stdin>" : path, count_foods(*loaded.tables.back()));
        continue;
      }
      out += fmt::format("{}: {}, no errors\n", path == "-" ? "<stdin>" : path, count_foods(*table));
    } catch (const ErrorList& list) {
      for (const Error& error : list.errors()) print_error(format_diagnostic(error));
      status = std::max(status, static_cast<int>(kExitBadData));
    } catch (const Error& error) {
      print_error(format_diagnostic(error));
      status = std::max(status, error.kind() == ErrorKind::io ? static_cast<int>(kExitIo)
                                                              : static_cast<int>(kExitBadData));
    }
  }
  print(options, out);
  return status;
}

int run_foods_match(const Options& options, const Settings& settings) {
  LoadedTables loaded;
  load_tables(options, settings, loaded);
  CronometerMatcher matcher(loaded.catalog, options.no_builtin ? nullptr : &builtin_foods());
  ExportFoods export_foods;
  IntakeBuilder builder(false, false);
  std::map<std::string, NameUse> uses;
  std::uint32_t problems = 0;
  const ProblemHandler on_problem = [&](const Error& problem, bool) {
    ++problems;
    print_error(format_diagnostic(problem));
  };
  for (const std::string& path : options.words) {
    const InputFile file(path);
    const std::string name = path == "-" ? "<stdin>" : path;
    LineReader reader(file.fd(), name);
    Options as_export = options;
    as_export.input_format = "cronometer";
    try {
      is_cronometer_input(as_export, reader, name);
    } catch (const Error& problem) {
      on_problem(problem, false);
      continue;
    }
    builder.start_input();
    read_cronometer(reader, name, matcher, export_foods, builder, on_problem, &uses);
  }
  if (problems > 0) return kExitBadData;
  const ImportStats& stats = builder.import_stats();
  print(options, options.format == "json" ? render_match_json(uses, stats) : render_match_report(uses, stats));
  return kExitOk;
}

}  // namespace vitk::cli
