// What the parts of the command line share: the options as given, and the settings they resolve to.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "vitk/cli/terminal.hpp"
#include "vitk/base/io.hpp"
#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food_table.hpp"
#include "vitk/report/report.hpp"

namespace vitk::cli {

enum class Command { report, add, foods_search, foods_show, foods_list, foods_check, foods_match, completions };

/// The command line as given: strings where vitk checks the value itself (CLI11 2.1 is lax with numbers), empty
/// or unset where the option was not given, so that the configuration file can fill it.
struct Options {
  Command command = Command::report;
  std::vector<std::string> items;
  std::vector<std::string> meal_files;
  std::string input_format;  ///< "" (told by each file's first line), "meals" or "cronometer"
  std::vector<std::string> food_files;
  bool no_builtin = false;
  std::string format;
  std::string k2_min;
  std::string check;  ///< "" (not given), "true" (--check), "any" or "mean"
  bool skip_invalid = false;
  std::string period;
  std::string from, to, last, today;
  std::string sex, age, weight, standard;
  bool steady = false;
  std::string steady_tolerance;
  std::string color = "auto";
  bool ascii = false;
  std::string output;
  bool quiet = false;
  std::string config;
  bool no_config = false;
  // vitk add ...
  std::string date;
  std::string meal;
  // vitk foods ...
  std::vector<std::string> words;  ///< items to add, search terms, foods to show, tables to check, the shell
  std::string group;
  std::string sort = "id";
  std::string limit;
  bool ids_only = false;
};

/// The options after the configuration file and the environment have had their say (vitk(1), CONFIGURATION).
struct Settings {
  std::string format = "text";
  std::vector<std::string> food_tables;  ///< in load order, after the built-in table
  ReportOptions report;
  bool check = false;
  bool check_mean = false;
  std::optional<std::int32_t> today;
  std::string log;  ///< the meal log: `log` of the configuration file, else $XDG_DATA_HOME/vitk/meals.txt
  bool default_log = true;  ///< the log is at its default place (whose folder vitk add may create)
};

/// Applies the precedence command line > environment > configuration file > defaults. Throws usage Errors for
/// bad option values and data Errors (file:line:column) for a bad configuration file.
Settings resolve_settings(const Options& options);

/// The food tables of `settings` with the built-in one first (unless left out), and `last`, if given, after
/// them; their recipes resolved. The tables outlive the catalog.
struct LoadedTables {
  std::vector<std::unique_ptr<FoodTable>> tables;
  FoodCatalog catalog;
};
void load_tables(const Options& options, const Settings& settings, LoadedTables& loaded,
                 std::unique_ptr<FoodTable> last = nullptr);

void print_error(const std::string& line);

/// Where a command's output goes: standard output (also `-o -`), a path (-o: a file replaced only once the
/// output is whole, or a FIFO or device written as it is), or nowhere (-q without -o).
class Output {
 public:
  /// Opens -o's path first thing: a folder that cannot take the output fails the run before any work.
  explicit Output(const Options& options);
  bool wanted() const { return file_ || !quiet_; }
  void write(std::string_view text);
  /// Puts a file in place; until then an old one is untouched, and without it the new one is dropped.
  void commit();

 private:
  std::string path_;
  bool quiet_;
  std::unique_ptr<OutputFile> file_;
};

/// A usage error when -o names a file that is also an input of the run (a meal list or a food table): it would
/// be replaced by a report of itself.
void check_output_is_not_input(const Options& options, const Settings& settings);

int run_report(const Options& options, const Settings& settings);
int run_foods_search(const Options& options, const Settings& settings);
int run_foods_show(const Options& options, const Settings& settings);
int run_foods_list(const Options& options, const Settings& settings);
int run_foods_check(const Options& options, const Settings& settings);
int run_foods_match(const Options& options, const Settings& settings);
/// Whether the input `reader` reads (its first line still to come) is a Cronometer servings export, as
/// --input-format or its first line says. Throws a data Error at line 1 for another Cronometer export.
bool is_cronometer_input(const Options& options, LineReader& reader, const std::string& name);

/// vitk add: checks the items, adds them to the meal log and prints the day's total.
int run_add(const Options& options, const Settings& settings);

}  // namespace vitk::cli
