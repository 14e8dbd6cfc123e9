// The command line: the only place that knows argv, CLI11, terminals, standard streams and exit codes.

#include "vitk/cli.hpp"

#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>
#include <csignal>
#include <fmt/format.h>
#include <malloc.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "vitk/builtin_foods.hpp"
#include "vitk/catalog.hpp"
#include "vitk/error.hpp"
#include "vitk/food_report.hpp"
#include "vitk/food_search.hpp"
#include "vitk/food_table.hpp"
#include "vitk/io.hpp"
#include "vitk/meal_log.hpp"
#include "vitk/report.hpp"
#include "vitk/text.hpp"
#include "vitk/totals.hpp"

namespace vitk {

namespace {

enum class Command { report, foods_search, foods_show, foods_list, foods_check };

struct Options {
  Command command = Command::report;
  std::vector<std::string> items;
  std::vector<std::string> meal_files;
  std::vector<std::string> food_files;
  bool no_builtin = false;
  std::string format = "text";
  double k2_min_ug_per_day = kDefaultK2MinUgPerDay;
  bool check = false;
  bool skip_invalid = false;
  // vitk foods ...
  std::vector<std::string> words;  ///< search terms, foods to show, tables to check
  std::string group;
  std::string sort = "id";
  std::string limit;  ///< read by hand: CLI11 2.1 clamps out-of-range integers silently
};

constexpr double kMaxK2MinUgPerDay = 100000.0;
constexpr std::size_t kDefaultSearchLimit = 10;
constexpr off_t kParallelBytes = 4 * 1024 * 1024;

void print_error(const std::string& line) { write_all(STDERR_FILENO, line + "\n"); }

int exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage: return kExitUsage;
    case ErrorKind::data: return kExitBadData;
    case ErrorKind::io: return kExitIo;
  }
  return kExitBadData;
}

std::string help_footer() {
  return "Meal items are lines such as \"natto 50g\", \"2 cups kale\", \"gouda 30 g\" or \"egg\" (one serving);\n"
         "a line may hold several items separated by ';'. Files hold one item per line, with '#' comments,\n"
         "date lines (2026-11-24) and meal labels (breakfast:). See vitk(1) and vitk-meals(5).\n\n"
         "Exit status: 0 ok, 1 --check found a day below the K2 minimum, 2 usage error,\n"
         "3 bad input data (meal list or food table), 4 input/output error.";
}

/// Fills `options` from argv. Returns an exit code when the command is already answered (help, version, error).
std::optional<int> parse_arguments(int argc, const char* const* argv, Options& options) {
  CLI::App app{"vitk: totals vitamin K1 (phylloquinone) and K2 (menaquinones, by form) in a meal list.", "vitk"};
  app.footer(help_footer());
  app.set_version_flag("--version", "vitk " VITK_VERSION);
  app.add_option("items", options.items, "Meal items, e.g. \"natto 50g\" \"2 cups kale\"")->type_name("ITEM");
  app.add_option("-f,--meals", options.meal_files, "Read meal items from FILE ('-' is standard input); repeatable")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_option("--foods", options.food_files, "Load a food table (vitk-foods(5)); repeatable, later ones win")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_flag("--no-builtin", options.no_builtin, "Leave out the built-in food table");
  app.add_option("--format", options.format, "Output format: text, json, csv or tsv (default text)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json", "csv", "tsv"}));
  app.add_option("--k2-min", options.k2_min_ug_per_day, "Daily K2 minimum in µg (default 32.7)")->type_name("UG");
  app.add_flag("--check", options.check, "Exit 1 when any day is below the K2 minimum");
  app.add_flag("--skip-invalid", options.skip_invalid, "Report without invalid items, warning about each");

  CLI::App* foods = app.add_subcommand("foods", "Find foods and check food tables (see vitk foods --help)");
  foods->fallthrough();
  CLI::App* search = foods->add_subcommand("search", "Foods whose id, aliases or name contain every TERM");
  search->add_option("terms", options.words, "Words to look for, e.g. kale raw")->type_name("TERM")->required();
  search->add_option("--limit", options.limit, "Show at most N foods (default 10)")->type_name("N");
  CLI::App* show = foods->add_subcommand("show", "Every value, portion and source of the named foods");
  show->add_option("foods", options.words, "Food ids or names")->type_name("FOOD")->required();
  CLI::App* list = foods->add_subcommand("list", "List foods, e.g. the richest in K2: list --sort k2 --limit 20");
  list->add_option("--group", options.group, "Only foods of this group")->type_name("GROUP");
  list->add_option("--sort", options.sort, "Order by id, name, k1, k2, dk or a form (mk4 ... mk13); values most first")
      ->type_name("KEY");
  list->add_option("--limit", options.limit, "Show at most N foods")->type_name("N");
  CLI::App* check = foods->add_subcommand("check", "Check food tables with the rules --foods applies");
  check->add_option("tables", options.words, "Food table files")->type_name("FILE")->required();
  for (CLI::App* command : {search, show, list, check}) command->fallthrough();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    write_all(STDOUT_FILENO, app.help());
    return kExitOk;
  } catch (const CLI::CallForVersion& version) {
    write_all(STDOUT_FILENO, std::string(version.what()) + "\n");
    return kExitOk;
  } catch (const CLI::ParseError& error) {
    print_error(fmt::format("vitk: error: {}", error.what()));
    print_error("Try 'vitk --help' for more information.");
    return kExitUsage;
  }
  if (foods->parsed() && foods->get_subcommands().empty()) {
    print_error("vitk: error: 'vitk foods' needs a command: search, show, list or check (see vitk foods --help)");
    return kExitUsage;
  }
  if (search->parsed()) options.command = Command::foods_search;
  if (show->parsed()) options.command = Command::foods_show;
  if (list->parsed()) options.command = Command::foods_list;
  if (check->parsed()) options.command = Command::foods_check;
  if (options.command != Command::report && (options.format == "csv" || options.format == "tsv")) {
    print_error(fmt::format("vitk: error: --format {} is for meal reports; vitk foods writes text or json",
                            options.format));
    return kExitUsage;
  }
  // CLI11 2.1 reads nan, inf and 1e400 as doubles: range-check here.
  if (!std::isfinite(options.k2_min_ug_per_day) || options.k2_min_ug_per_day < 0 ||
      options.k2_min_ug_per_day > kMaxK2MinUgPerDay) {
    print_error(fmt::format("vitk: error: --k2-min must be a number of µg from 0 to {}", kMaxK2MinUgPerDay));
    return kExitUsage;
  }
  return std::nullopt;
}

std::string render(const Options& options, const Intake& intake, const FoodCatalog& catalog) {
  ReportOptions report;
  report.k2_min_ug_per_day = options.k2_min_ug_per_day;
  if (options.format == "json") return render_json(intake, catalog, report);
  if (options.format == "csv") return render_csv(intake);
  return render_text(intake, catalog, report);
}

/// The food tables the options ask for; they must outlive the catalog built on them.
struct LoadedTables {
  std::vector<std::unique_ptr<FoodTable>> tables;
  FoodCatalog catalog;
};

void load_tables(const Options& options, LoadedTables& loaded) {
  if (!options.no_builtin) loaded.catalog.add(builtin_foods());
  for (const std::string& path : options.food_files) {
    loaded.tables.push_back(load_food_table(path));
    loaded.catalog.add(loaded.tables.back()->data());
  }
  if (loaded.catalog.tables().empty()) {
    throw Error(ErrorKind::usage, "no food table: --no-builtin needs at least one --foods FILE");
  }
}

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

int run_foods_search(const Options& options) {
  LoadedTables loaded;
  load_tables(options, loaded);
  const std::vector<Food> found =
      search_foods(loaded.catalog, options.words, parse_limit(options.limit, kDefaultSearchLimit));
  if (found.empty() && options.format != "json") {
    print_error(fmt::format("vitk: no food matches '{}'", join(options.words, " ")));
    return kExitOk;
  }
  write_all(STDOUT_FILENO, render_foods(options, found));
  return kExitOk;
}

int run_foods_show(const Options& options) {
  LoadedTables loaded;
  load_tables(options, loaded);
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
    write_all(STDOUT_FILENO, render_foods_json(foods));
    return kExitOk;
  }
  std::string out;
  for (std::size_t i = 0; i < foods.size(); ++i) out += (i > 0 ? "\n" : "") + render_food_details(foods[i]);
  write_all(STDOUT_FILENO, out);
  return kExitOk;
}

int run_foods_list(const Options& options) {
  LoadedTables loaded;
  load_tables(options, loaded);
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
  write_all(STDOUT_FILENO, render_foods(options, foods));
  return kExitOk;
}

int run_foods_check(const Options& options) {
  int status = kExitOk;
  std::string out;
  for (const std::string& path : options.words) {
    try {
      const std::unique_ptr<FoodTable> table = load_food_table(path);
      out += fmt::format("{}: {} food{}, no errors\n", path == "-" ? "<stdin>" : path, table->size(),
                         table->size() == 1 ? "" : "s");
    } catch (const ErrorList& list) {
      for (const Error& error : list.errors()) print_error(format_diagnostic(error));
      status = std::max(status, static_cast<int>(kExitBadData));
    } catch (const Error& error) {
      print_error(format_diagnostic(error));
      status = std::max(status, exit_code_for(error.kind()));
    }
  }
  write_all(STDOUT_FILENO, out);
  return status;
}

int run_report(const Options& options) {
  LoadedTables loaded;
  load_tables(options, loaded);
  const FoodCatalog& catalog = loaded.catalog;

  std::vector<std::string> meal_files = options.meal_files;
  if (options.items.empty() && meal_files.empty()) {
    if (::isatty(STDIN_FILENO) == 1) {
      throw Error(ErrorKind::usage,
                  "no meal items: give items such as vitk \"natto 50g\" \"2 cups kale\", a file with -f FILE, or "
                  "pipe a meal list to vitk (see vitk --help)");
    }
    meal_files.emplace_back("-");
  }

  // Only the reports that list items keep them: a TSV report of any log needs memory for its days alone.
  IntakeBuilder builder(options.format != "tsv");
  std::uint32_t problems = 0, fatal = 0;
  const ProblemHandler on_problem = [&](const Error& problem, bool skippable) {
    const bool warning = options.skip_invalid && skippable;
    print_error(format_diagnostic(problem, warning ? "warning" : "error"));
  };
  const auto tally = [&](const ReadResult& result) {
    problems += result.problems;
    fatal += result.fatal_problems;
  };
  for (std::size_t i = 0; i < options.items.size(); ++i) {
    LineReader reader(options.items[i]);
    tally(read_meal_list(reader, fmt::format("arg {}", i + 1), catalog, builder, on_problem));
  }
  for (const std::string& path : meal_files) {
    const InputFile file(path);
    const std::string name = path == "-" ? "<stdin>" : path;
    builder.start_input();
    // A big file for a report of sums is read by both cores at once; any problem, and it is read again in
    // order, which reports every one.
    struct stat info {};
    const unsigned cores = std::thread::hardware_concurrency();
    if (options.format == "tsv" && path != "-" && cores > 1 && ::fstat(file.fd(), &info) == 0 &&
        S_ISREG(info.st_mode) && info.st_size >= kParallelBytes &&
        read_meal_file_in_parts(file.fd(), static_cast<std::uint64_t>(info.st_size), name, catalog, builder,
                                std::min(cores, 4u))) {
      continue;
    }
    LineReader reader(file.fd(), name);
    tally(read_meal_list(reader, name, catalog, builder, on_problem));
  }
  if (fatal > 0 || (problems > 0 && !options.skip_invalid)) return kExitBadData;

  Intake intake = builder.finish();
  if (intake.total.items == 0 && intake.skipped_items == 0) {
    const std::size_t inputs = options.items.size() + meal_files.size();
    const std::string place = inputs == 1 && !meal_files.empty() ? (meal_files[0] == "-" ? "<stdin>" : meal_files[0])
                                                                 : std::string();
    throw Error(ErrorKind::data, SourceLocation{place},
                "no meal items (expected lines such as 'kale 100 g'; see vitk-meals(5))");
  }
  if (options.format == "tsv") {
    // In parts, two at a time, one on each core: the text of a 100,000-day report is never in memory at once.
    constexpr std::size_t kDaysPerPart = 2048;
    for (std::size_t first = 0; first == 0 || first < intake.days.size(); first += 2 * kDaysPerPart) {
      std::string second;
      std::thread other;
      if (first + kDaysPerPart < intake.days.size()) {
        other = std::thread([&] { second = render_tsv(intake, first + kDaysPerPart, kDaysPerPart); });
      }
      const std::string part = render_tsv(intake, first, kDaysPerPart);
      if (other.joinable()) other.join();
      write_all(STDOUT_FILENO, part);
      write_all(STDOUT_FILENO, second);
    }
  } else {
    write_all(STDOUT_FILENO, render(options, intake, catalog));
  }
  if (options.check) {
    for (const Day& day : intake.days) {
      if (k2_below(day.totals, options.k2_min_ug_per_day)) return kExitCheckFailed;
    }
  }
  return kExitOk;
}

}  // namespace

int run(int argc, const char* const* argv) {
  // A closed pipe (`vitk ... | head -1`) should end vitk quietly, whatever the parent set.
  std::signal(SIGPIPE, SIG_DFL);
  // One heap for all threads: what a reading thread frees is then reused by the main one, and the peak memory
  // of a long log stays that of its days.
  mallopt(M_ARENA_MAX, 1);
  try {
    Options options;
    if (const auto answered = parse_arguments(argc, argv, options)) return *answered;
    switch (options.command) {
      case Command::foods_search: return run_foods_search(options);
      case Command::foods_show: return run_foods_show(options);
      case Command::foods_list: return run_foods_list(options);
      case Command::foods_check: return run_foods_check(options);
      case Command::report: break;
    }
    return run_report(options);
  } catch (const ErrorList& list) {
    for (const Error& error : list.errors()) print_error(format_diagnostic(error));
    return list.errors().empty() ? kExitBadData : exit_code_for(list.errors().front().kind());
  } catch (const Error& error) {
    try {
      print_error(format_diagnostic(error));
    } catch (const Error&) {
      // stderr is gone too: nothing left to tell.
    }
    return exit_code_for(error.kind());
  } catch (const std::bad_alloc&) {
    print_error("vitk: error: out of memory");
    return kExitIo;
  }
}

}  // namespace vitk
