// The command line: the only place that knows argv, CLI11, terminals, standard streams and exit codes.

#include "vitk/cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <csignal>
#include <fmt/format.h>
#include <malloc.h>
#include <unistd.h>

#include "cli_internal.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"
#include "vitk/base/text.hpp"
#include "vitk/cli/completions.hpp"

namespace vitk {

namespace cli {

void print_error(const std::string& line) { write_all(STDERR_FILENO, line + "\n"); }

namespace {

const std::vector<std::string> kReportFormats = {"text", "json", "csv", "tsv", "ndjson", "markdown", "html"};
const std::vector<std::string> kFoodsFormats = {"text", "json"};
const std::vector<std::string> kInputFormats = {"meals", "cronometer"};
const std::vector<std::string> kPeriods = {"day", "week", "month", "all"};
const std::vector<std::string> kSexes = {"female", "male"};
const std::vector<std::string> kStandards = {"iom", "efsa"};
const std::vector<std::string> kColorModes = {"auto", "always", "never"};
const std::vector<std::string> kShells = {"bash", "zsh", "fish"};
/// The keys of `vitk foods list --sort`: a text or a value, then every K2 form.
const std::vector<std::string> kSortKeys = [] {
  std::vector<std::string> keys = {"id", "name", "k1", "k2", "dk"};
  keys.insert(keys.end(), kFormKeys.begin(), kFormKeys.end());
  return keys;
}();

/// A value from a fixed list. (CLI::IsMember says "xml not in {...}", with nothing to see for an empty value.)
CLI::Validator one_of(const std::vector<std::string>& choices) {
  return CLI::Validator(
      [choices](std::string& value) -> std::string {
        if (value.empty()) return "needs a value, not an empty argument";
        if (std::find(choices.begin(), choices.end(), value) != choices.end()) return {};
        return fmt::format("'{}' is not one of {}", value, fmt::join(choices, ", "));
      },
      fmt::format("{{{}}}", fmt::join(choices, ",")));
}

/// Any value but an empty one: CLI11 would take "" as the option's default, or as 0.
const CLI::Validator kNotEmpty(
    [](std::string& value) { return value.empty() ? std::string("needs a value, not an empty argument") : std::string(); },
    "");

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
         "Keep a log with vitk add \"natto 50g\": then vitk without items, on a terminal, reports it\n"
         "(vitk --last 7 is the week); items, -f FILE or a pipe on standard input report those instead.\n\n"
         "Settings come from the command line, then VITK_CONFIG and VITK_FOODS, then ~/.config/vitk/config.toml.\n\n"
         "Exit status: 0 ok, 1 --check failed (a day below the K2 minimum, a period mean below it with\n"
         "--check=mean, or a day outside the tolerance with --steady), 2 usage error, 3 bad input data\n"
         "(meal list, food table or configuration file), 4 input/output error.";
}

std::string add_footer() {
  return "vitk add checks every item first (nothing is written if one is bad, exit 3), then adds them to the\n"
         "meal log under the date line of the day (and the --meal label), creating what is missing, and prints\n"
         "the day's total. The log is 'log' of the configuration file, else $XDG_DATA_HOME/vitk/meals.txt\n"
         "(~/.local/share/vitk/meals.txt). vitk without items, on a terminal, reports the log: vitk --last 7.\n"
         "It also takes --foods, --no-builtin, --k2-min, --today, --config, --no-config and -q.\n\n"
         "Exit status: 0 ok, 2 usage error, 3 a bad item, 4 the log cannot be read or written.";
}

std::string foods_footer() {
  return "Foods are named by id, alias or name, in any case and with or without accents. Every command takes\n"
         "--format json, --foods FILE, --no-builtin, -o FILE and -q; see vitk(1), FOODS, and vitk-foods(5).\n\n"
         "Exit status: 0 ok, 2 usage error, 3 an unknown food (show) or an invalid table (check),\n"
         "4 input/output error.";
}

/// What a command needs when it is given nothing, as an example of its use.
struct Needs {
  const CLI::App* command;
  std::string_view what;
};

/// The argument parser, and what the shells are told about it.
class Parser {
 public:
  explicit Parser(Options& options) : options_(options) { define(); }

  /// Fills the options from argv. Returns an exit code when the command is already answered.
  std::optional<int> parse(int argc, const char* const* argv);

  std::vector<CompletionCommand> completion_commands() const;

 private:
  void define();

  Options& options_;
  CLI::App app_{"vitk: totals vitamin K1 (phylloquinone) and K2 (menaquinones, by form) in a meal list.", "vitk"};
  CLI::App* add_ = nullptr;
  CLI::App* foods_ = nullptr;
  CLI::App* search_ = nullptr;
  CLI::App* show_ = nullptr;
  CLI::App* list_ = nullptr;
  CLI::App* check_ = nullptr;
  CLI::App* match_ = nullptr;
  CLI::App* completions_ = nullptr;
};

void Parser::define() {
  Options& o = options_;
  CLI::App& app = app_;
  app.footer(help_footer());
  app.set_version_flag("--version", "vitk " VITK_VERSION);
  app.add_option("items", o.items, "Meal items, e.g. \"natto 50g\" \"2 cups kale\"")->type_name("ITEM");
  app.add_option("-f,--meals", o.meal_files, "Read meal items from FILE ('-' is standard input); repeatable")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_option("--input-format", o.input_format,
                 "Read -f files as meals or cronometer (default: told by each file's first line)")
      ->type_name("FORMAT");
  app.add_option("--foods", o.food_files, "Load a food table (vitk-foods(5)); repeatable, later ones win")
      ->type_name("FILE")
      ->allow_extra_args(false);
  app.add_flag("--no-builtin", o.no_builtin, "Leave out the built-in food table");
  app.add_option("--format", o.format, "Output format: text, json, csv, tsv, ndjson, markdown or html (default text)")
      ->type_name("FORMAT");
  app.add_option("-o,--output", o.output, "Write the report to FILE, replacing it only once the report is whole")
      ->type_name("FILE");
  app.add_flag("-q,--quiet", o.quiet, "Print nothing but errors (for --check in cron)");
  app.add_option("--k2-min", o.k2_min, "Daily K2 minimum in µg (default 32.7)")->type_name("UG");
  app.add_flag("--check", o.check,
               "Exit 1 when a day is below the K2 minimum; --check=mean: when a period's mean is")
      ->type_name("[=mean]");
  app.add_flag("--skip-invalid", o.skip_invalid, "Report without invalid items, warning about each");
  app.add_option("--period", o.period, "Summarize by day, week (ISO), month or all (default all)")
      ->type_name("PERIOD");
  app.add_option("--from", o.from, "Report the days from DATE (YYYY-MM-DD) on")->type_name("DATE");
  app.add_option("--to", o.to, "Report the days up to DATE, inclusive")->type_name("DATE");
  app.add_option("--last", o.last, "Report the N days ending today")->type_name("N");
  app.add_option("--today", o.today, "Take DATE as today (for --last and vitk add; reruns and tests)")->type_name("DATE");
  app.add_option("--sex", o.sex, "female or male: for the reference intake")->type_name("SEX");
  app.add_option("--age", o.age, "Age in years: for the reference intake")->type_name("YEARS");
  app.add_option("--weight", o.weight, "Body weight in kg: for the EFSA reference intake")->type_name("KG");
  app.add_option("--standard", o.standard, "Reference intakes of iom (IOM 2001) or efsa (EFSA 2017); default iom")
      ->type_name("STD");
  app.add_flag("--steady", o.steady, "Steady-intake mode for people on warfarin-type drugs: each day against the mean");
  app.add_option("--steady-tolerance", o.steady_tolerance, "Flag days further than PCT % from the mean (default 25)")
      ->type_name("PCT");
  app.add_option("--color", o.color, "Colour the verdicts: auto, always or never (default auto)")
      ->type_name("WHEN");
  app.add_flag("--ascii", o.ascii, "Draw the bar chart with plain ASCII characters");
  app.add_option("--config", o.config, "Read settings from FILE instead of ~/.config/vitk/config.toml")->type_name("FILE");
  app.add_flag("--no-config", o.no_config, "Read no configuration file");

  add_ = app.add_subcommand("add", "Add meal items to your meal log, under today's date (see vitk add --help)");
  add_->add_option("items", o.words, "Meal items, e.g. \"natto 50g\" \"2 cups kale\"")->type_name("ITEM");
  add_->add_option("--date", o.date, "Add them to DATE (YYYY-MM-DD) instead of today")->type_name("DATE");
  add_->add_option("--meal", o.meal, "Under this meal label, e.g. breakfast")->type_name("LABEL");
  add_->fallthrough();
  add_->footer(add_footer());
  foods_ = app.add_subcommand("foods", "Find foods and check food tables (see vitk foods --help)");
  foods_->fallthrough();
  search_ = foods_->add_subcommand("search", "Foods whose id, aliases or name contain every TERM");
  search_->add_option("terms", o.words, "Words to look for, e.g. kale raw")->type_name("TERM");
  search_->add_option("--limit", o.limit, "Show at most N foods (default 10)")->type_name("N");
  show_ = foods_->add_subcommand("show", "Every value, portion and source of the named foods");
  show_->add_option("foods", o.words, "Food ids or names")->type_name("FOOD");
  list_ = foods_->add_subcommand("list", "List foods, e.g. the richest in K2: list --sort k2 --limit 20");
  list_->add_option("--group", o.group, "Only foods of this group")->type_name("GROUP");
  list_->add_option("--sort", o.sort, "Order by id, name, k1, k2, dk or a form (mk4 ... mk13); values most first")
      ->type_name("KEY");
  list_->add_option("--limit", o.limit, "Show at most N foods")->type_name("N");
  list_->add_flag("--ids", o.ids_only, "Print only the ids, one per line");
  check_ = foods_->add_subcommand("check", "Check food tables with the rules --foods applies");
  check_->add_option("tables", o.words, "Food table files")->type_name("FILE");
  match_ = foods_->add_subcommand("match", "What each food name of a Cronometer export became, unmatched ones first");
  match_->add_option("exports", o.words, "Cronometer servings exports ('-' is standard input)")->type_name("FILE");
  for (CLI::App* command : {search_, show_, list_, check_, match_}) command->fallthrough();
  completions_ = app.add_subcommand("completions", "Print a completion script for bash, zsh or fish");
  completions_->add_option("shell", o.words, "bash, zsh or fish")->type_name("SHELL")->expected(1)
      ->check(one_of(kShells));
  foods_->footer(foods_footer());
  for (CLI::App* command : {search_, show_, list_, check_, match_}) command->footer(foods_footer());
  completions_->footer("Install the script where your shell reads completions, or: source <(vitk completions bash)");

  // Every option that takes a value refuses an empty one; then some take only values from a list.
  for (CLI::App* command : {&app, add_, foods_, search_, show_, list_, check_, match_, completions_}) {
    for (CLI::Option* option : command->get_options()) {
      if (!option->get_positional() && option->get_expected_min() > 0) option->check(kNotEmpty);
    }
  }
  app.get_option("--format")->check(one_of(kReportFormats));
  app.get_option("--period")->check(one_of(kPeriods));
  app.get_option("--input-format")->check(one_of(kInputFormats));
  app.get_option("--sex")->check(one_of(kSexes));
  app.get_option("--standard")->check(one_of(kStandards));
  app.get_option("--color")->check(one_of(kColorModes));
}

std::optional<int> Parser::parse(int argc, const char* const* argv) {
  try {
    app_.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    write_all(STDOUT_FILENO, app_.help());
    return kExitOk;
  } catch (const CLI::CallForVersion& version) {
    write_all(STDOUT_FILENO, std::string(version.what()) + "\n");
    return kExitOk;
  } catch (const CLI::ParseError& error) {
    print_error(fmt::format("vitk: error: {}", error.what()));
    print_error("Try 'vitk --help' for more information.");
    return kExitUsage;
  }
  if (foods_->parsed() && foods_->get_subcommands().empty()) {
    // A word after `vitk foods` that is no command of it lands among the meal items.
    print_error(options_.items.empty()
                    ? "vitk: error: 'vitk foods' needs a command: search, show, list, check or match (see vitk "
                      "foods --help)"
                    : fmt::format("vitk: error: '{}' is not a command of vitk foods (expected search, show, list, "
                                  "check or match; see vitk foods --help)",
                                  quote_excerpt(options_.items.front())));
    return kExitUsage;
  }
  const Needs needs[] = {
      {add_, "the meal items to add, such as: vitk add \"natto 50g\" \"kale 1 cup\""},
      {search_, "words to look for, such as: vitk foods search kale raw"},
      {show_, "the foods to show, such as: vitk foods show natto"},
      {check_, "the food tables to check, such as: vitk foods check my-foods.toml"},
      {match_, "a Cronometer export, such as: vitk foods match servings.csv"},
      {completions_, "a shell: bash, zsh or fish, such as: vitk completions bash"},
  };
  for (const Needs& need : needs) {
    if (need.command->parsed() && options_.words.empty()) {
      const std::string name = need.command == completions_ || need.command == add_
                                   ? need.command->get_name()
                                   : "foods " + need.command->get_name();
      print_error(fmt::format("vitk: error: vitk {} needs {}", name, need.what));
      return kExitUsage;
    }
  }
  if (!foods_->parsed() && !completions_->parsed() && !add_->parsed() && options_.check == "true") {
    // `--check mean`: the flag takes its value only after '=', so 'mean' would be read as a meal item.
    for (const std::string& item : options_.items) {
      if (item == "mean" || item == "any") {
        print_error(fmt::format("vitk: error: '{}' after --check is read as a meal item; write --check={}", item,
                                item));
        return kExitUsage;
      }
    }
  }
  if (add_->parsed()) options_.command = Command::add;
  if (search_->parsed()) options_.command = Command::foods_search;
  if (show_->parsed()) options_.command = Command::foods_show;
  if (list_->parsed()) options_.command = Command::foods_list;
  if (check_->parsed()) options_.command = Command::foods_check;
  if (match_->parsed()) options_.command = Command::foods_match;
  if (completions_->parsed()) options_.command = Command::completions;
  if (options_.ids_only && options_.format == "json") {
    print_error("vitk: error: --ids prints one id per line, not JSON: leave out --ids or --format json");
    return kExitUsage;
  }
  if (options_.command == Command::add) {
    // What vitk add prints is one line a day; the report options have nothing to act on.
    for (const auto& [given, name] : std::initializer_list<std::pair<bool, std::string_view>>{
             {!options_.format.empty(), "--format"}, {!options_.meal_files.empty(), "-f"},
             {!options_.items.empty(), "items before 'add'"}, {!options_.check.empty(), "--check"},
             {!options_.period.empty(), "--period"}, {!options_.last.empty(), "--last"},
             {!options_.from.empty() || !options_.to.empty(), "--from and --to"}, {options_.steady, "--steady"}}) {
      if (given) {
        print_error(fmt::format("vitk: error: vitk add takes no {} (it adds items to the log; report with vitk "
                                "--last 7)",
                                name));
        return kExitUsage;
      }
    }
  }
  if (options_.command != Command::report && !options_.format.empty() &&
      std::find(kFoodsFormats.begin(), kFoodsFormats.end(), options_.format) == kFoodsFormats.end()) {
    print_error(fmt::format("vitk: error: --format {} is for meal reports; vitk foods writes text or json",
                            options_.format));
    return kExitUsage;
  }
  return std::nullopt;
}

std::vector<CompletionCommand> Parser::completion_commands() const {
  // Values worth offering, by option; options of type FILE complete file names.
  const std::map<std::string, std::vector<std::string>> choices = {
      {"--format", kReportFormats}, {"--period", kPeriods}, {"--sex", kSexes},       {"--standard", kStandards},
      {"--input-format", kInputFormats},
      {"--color", kColorModes},     {"--sort", kSortKeys},  {"--check", {"mean"}},
  };
  std::vector<CompletionCommand> commands;
  // The options of the main command that the foods commands take too (they fall through to it).
  const std::vector<std::string> kFoodsOptions = {"--format", "--foods", "--no-builtin", "--output", "--quiet",
                                                  "--config", "--no-config"};
  // And those that vitk add takes.
  const std::vector<std::string> kAddOptions = {"--foods", "--no-builtin", "--quiet", "--k2-min", "--today",
                                                "--config", "--no-config"};
  const auto describe = [&](const CLI::App& app, std::vector<std::string> path) {
    CompletionCommand command;
    command.path = std::move(path);
    command.help = app.get_description();
    std::vector<const CLI::Option*> options = app.get_options();
    const bool foods_command = !command.path.empty() && command.path.front() == "foods";
    if (foods_command) {
      for (const std::string& name : kFoodsOptions) options.push_back(app_.get_option(name));
    }
    if (!command.path.empty() && command.path.front() == "add") {
      for (const std::string& name : kAddOptions) options.push_back(app_.get_option(name));
    }
    for (const CLI::Option* option : options) {
      if (option->get_positional()) continue;
      CompletionOption entry;
      for (const std::string& name : option->get_snames()) entry.names.push_back("-" + name);
      for (const std::string& name : option->get_lnames()) entry.names.push_back("--" + name);
      entry.help = option->get_description();
      entry.takes_value = option->get_expected_min() > 0;
      entry.file = option->get_type_name() == "FILE";
      if (const auto found = choices.find(entry.names.back()); found != choices.end() && entry.takes_value) {
        entry.choices = foods_command && found->first == "--format" ? kFoodsFormats : found->second;
      }
      command.options.push_back(std::move(entry));
    }
    for (const CLI::App* sub : app.get_subcommands({})) command.subcommands.push_back(sub->get_name());
    return command;
  };
  commands.push_back(describe(app_, {}));
  commands.back().arguments = CompletionCommand::Arguments::foods;
  commands.push_back(describe(*add_, {"add"}));
  commands.back().arguments = CompletionCommand::Arguments::foods;
  commands.push_back(describe(*foods_, {"foods"}));
  commands.push_back(describe(*search_, {"foods", "search"}));
  commands.push_back(describe(*show_, {"foods", "show"}));
  commands.back().arguments = CompletionCommand::Arguments::foods;
  commands.push_back(describe(*list_, {"foods", "list"}));
  commands.push_back(describe(*check_, {"foods", "check"}));
  commands.back().arguments = CompletionCommand::Arguments::files;
  commands.push_back(describe(*match_, {"foods", "match"}));
  commands.back().arguments = CompletionCommand::Arguments::files;
  commands.push_back(describe(*completions_, {"completions"}));
  commands.back().arguments = CompletionCommand::Arguments::choices;
  commands.back().argument_choices = kShells;
  return commands;
}

int dispatch(const Options& options, const Parser& parser) {
  if (options.command == Command::completions) {
    Output output(options);
    output.write(completion_script(options.words.front(), parser.completion_commands()));
    output.commit();
    return kExitOk;
  }
  const Settings settings = resolve_settings(options);
  check_output_is_not_input(options, settings);
  switch (options.command) {
    case Command::add: return run_add(options, settings);
    case Command::foods_search: return run_foods_search(options, settings);
    case Command::foods_show: return run_foods_show(options, settings);
    case Command::foods_list: return run_foods_list(options, settings);
    case Command::foods_check: return run_foods_check(options, settings);
    case Command::foods_match: return run_foods_match(options, settings);
    case Command::report:
    case Command::completions: break;
  }
  return run_report(options, settings);
}

}  // namespace

}  // namespace cli

namespace {

/// SIGTERM (a cron timeout), SIGINT and SIGHUP while -o writes a file: the temporary file goes, and vitk ends by
/// the same signal (status 128 + its number in a shell), as if it had not caught it.
extern "C" void end_by_signal(int signal_number) {
  remove_pending_temporary();
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

void handle_ending_signals() {
  struct sigaction action {};
  action.sa_handler = end_by_signal;
  sigemptyset(&action.sa_mask);
  for (const int signal_number : {SIGTERM, SIGINT, SIGHUP}) {
    struct sigaction before {};
    // A signal the parent ignores (nohup, a background job of a shell) stays ignored.
    if (::sigaction(signal_number, nullptr, &before) == 0 && before.sa_handler == SIG_IGN) continue;
    ::sigaction(signal_number, &action, nullptr);
  }
}

}  // namespace

int run(int argc, const char* const* argv) {
  using namespace cli;
  // A closed pipe (`vitk ... | head -1`) should end vitk quietly, whatever the parent set.
  std::signal(SIGPIPE, SIG_DFL);
  handle_ending_signals();
  // A file grown past the size limit (ulimit -f) is a write error to report, not a death that would leave
  // -o's temporary file behind.
  std::signal(SIGXFSZ, SIG_IGN);
  // One heap for all threads: what a reading thread frees is then reused by the main one, and the peak memory
  // of a long log stays that of its days.
  mallopt(M_ARENA_MAX, 1);
  try {
    Options options;
    Parser parser(options);
    if (const auto answered = parser.parse(argc, argv)) return *answered;
    return dispatch(options, parser);
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
