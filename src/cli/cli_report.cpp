// The meal report: read the meal lists, total them, render, write (to standard output or atomically to a file).
#include <fmt/format.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "cli_internal.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"
#include "vitk/cli/cli.hpp"
#include "vitk/foods/builtin_foods.hpp"
#include "vitk/intake/cronometer.hpp"
#include "vitk/intake/intake.hpp"
#include "vitk/intake/meal_log.hpp"

namespace vitk::cli {

namespace {

constexpr off_t kParallelBytes = 4 * 1024 * 1024;

}  // namespace

std::string export_kind_problem(ExportKind kind) {
  switch (kind) {
    case ExportKind::daily_summary: return "Cronometer's daily summary, which has no foods";
    case ExportKind::biometrics: return "Cronometer's biometrics export, which has no foods";
    case ExportKind::exercises: return "Cronometer's exercises export, which has no foods";
    case ExportKind::notes: return "Cronometer's notes export, which has no foods";
    case ExportKind::servings:
    case ExportKind::none: break;
  }
  return "not a Cronometer servings export";
}

/// What kind of input a file is, from its first line (which the reader gives again): a Cronometer servings
/// export or a meal list, unless --input-format says. Throws a data Error at line 1 for another Cronometer
/// export, or a file said to be an export that is not one.
bool is_cronometer_input(const Options& options, LineReader& reader, const std::string& name) {
  if (options.input_format == "meals") return false;
  Line first;
  if (!reader.next(first)) return options.input_format == "cronometer";
  reader.put_back();
  const ExportKind kind = first.too_long ? ExportKind::none : cronometer_kind(first.text);
  if (kind == ExportKind::servings) return true;
  if (kind != ExportKind::none || options.input_format == "cronometer") {
    throw Error(ErrorKind::data, SourceLocation{name, 1, 1},
                fmt::format("{} (expected the servings export: in Cronometer, Settings, Export Data, Food & Recipe "
                            "Entries)",
                            export_kind_problem(kind)));
  }
  return false;
}

namespace {

/// Reads every meal list of the command line into `builder`. Returns false when a problem stops the report.
bool read_meals(const Options& options, const Settings& settings, const FoodCatalog& catalog,
                const std::vector<std::string>& meal_files, IntakeBuilder& builder, ExportFoods& export_foods) {
  std::uint32_t problems = 0, fatal = 0;
  const ProblemHandler on_problem = [&](const Error& problem, bool skippable) {
    const bool warning = options.skip_invalid && skippable;
    if (!warning || !options.quiet) print_error(format_diagnostic(problem, warning ? "warning" : "error"));
    // No report will be printed: the items need not be kept (a million of them before a bad last line).
    if (!warning) builder.stop_keeping_items();
  };
  const auto tally = [&](const ReadResult& result) {
    problems += result.problems;
    fatal += result.fatal_problems;
  };
  // The arguments are one meal list, an argument a line: a date argument dates the items after it.
  builder.start_input();
  for (std::size_t i = 0; i < options.items.size(); ++i) {
    LineReader reader(options.items[i]);
    tally(read_meal_list(reader, fmt::format("arg {}", i + 1), catalog, builder, on_problem));
  }
  std::optional<CronometerMatcher> matcher;
  for (const std::string& path : meal_files) {
    const InputFile file(path);
    const std::string name = path == "-" ? "<stdin>" : path;
    builder.start_input();
    if (options.input_format != "meals") {
      LineReader reader(file.fd(), name);
      bool cronometer = false;
      try {
        cronometer = is_cronometer_input(options, reader, name);
      } catch (const Error& problem) {
        on_problem(problem, false);
        ++fatal;
        continue;
      }
      if (cronometer) {
        if (!matcher) matcher.emplace(catalog, options.no_builtin ? nullptr : &builtin_foods());
        tally(read_cronometer(reader, name, *matcher, export_foods, builder, on_problem));
        continue;
      }
      if (path == "-" || settings.format != "tsv") {
        // A meal list, read on from its first line.
        tally(read_meal_list(reader, name, catalog, builder, on_problem));
        continue;
      }
      ::lseek(file.fd(), 0, SEEK_SET);
    }
    // A big file for a report of sums is read by both cores at once; any problem, and it is read again in
    // order, which reports every one.
    struct stat info {};
    const unsigned cores = std::thread::hardware_concurrency();
    if (settings.format == "tsv" && path != "-" && cores > 1 && ::fstat(file.fd(), &info) == 0 &&
        S_ISREG(info.st_mode) && info.st_size >= kParallelBytes &&
        read_meal_file_in_parts(file.fd(), static_cast<std::uint64_t>(info.st_size), name, catalog, builder,
                                std::min(cores, 4u))) {
      continue;
    }
    LineReader reader(file.fd(), name);
    tally(read_meal_list(reader, name, catalog, builder, on_problem));
  }
  return fatal == 0 && (problems == 0 || options.skip_invalid);
}

void write_tsv(const Intake& intake, Output& output) {
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
    output.write(part);
    output.write(second);
  }
}

/// Renders the report into the output as it goes: a report of a million items is never in memory whole.
void render(const std::string& format, const Report& report, Output& output) {
  std::string out;
  const ReportSink sink = [&](std::string& text) {
    output.write(text);
    text.clear();
  };
  if (format == "json") {
    render_json(report, out, sink);
  } else if (format == "ndjson") {
    render_ndjson(report, out, sink);
  } else if (format == "markdown") {
    render_markdown(report, out, sink);
  } else if (format == "html") {
    render_html(report, out, sink);
  } else if (format == "csv") {
    render_csv(report.intake, out, sink);
  } else {
    render_text(report, out, sink);
  }
  output.write(out);
}

/// The exit status of a report: --check fails on a low day (or mean, or a day outside the steady tolerance), and
/// on no day with items at all, which a cron job must hear about: then one line says why.
int check_status(const Settings& settings, const Report& report) {
  if (!settings.check) return kExitOk;
  if (report.intake.days_with_items() == 0) {
    print_error("vitk: check failed: no day with items in the dates asked for, so no intake to check");
    return kExitCheckFailed;
  }
  return report.check_fails(settings.check_mean) ? kExitCheckFailed : kExitOk;
}

}  // namespace

int run_report(const Options& options, const Settings& settings) {
  LoadedTables loaded;
  load_tables(options, settings, loaded);

  std::vector<std::string> meal_files = options.meal_files;
  if (options.items.empty() && meal_files.empty()) {
    // Nothing named: a pipe on standard input, else (on a terminal) the log that vitk add keeps.
    struct stat info {};
    if (::isatty(STDIN_FILENO) != 1) {
      meal_files.emplace_back("-");
    } else if (!settings.log.empty() && ::stat(settings.log.c_str(), &info) == 0) {
      meal_files.push_back(settings.log);
      if (!options.output.empty() && options.output != "-" && same_file(settings.log, options.output)) {
        throw Error(ErrorKind::usage, fmt::format("-o '{}' is the meal log vitk reads: vitk would replace it "
                                                  "(expected another file for the report)",
                                                  options.output));
      }
    } else {
      throw Error(ErrorKind::usage,
                  "no meal items: give items such as vitk \"natto 50g\" \"2 cups kale\", a file with -f FILE, or "
                  "pipe a meal list to vitk; or keep a log with vitk add \"natto 50g\" (see vitk --help)");
    }
  }
  // Opened first: a folder that cannot take the report fails the run before any work.
  Output output(options);

  // Only the reports that list items keep them: a TSV report of any log needs memory for its days alone. Only
  // JSON and CSV show each item as it was written.
  IntakeBuilder builder(settings.format != "tsv", settings.format == "json" || settings.format == "csv");
  // The food tables read from files, the days and the items share the memory a report may take.
  std::size_t table_bytes = 0;
  for (const std::unique_ptr<FoodTable>& table : loaded.tables) table_bytes += table->memory_bytes();
  builder.set_memory_limit(kMaxReportBytes, table_bytes);
  ExportFoods export_foods;
  if (!read_meals(options, settings, loaded.catalog, meal_files, builder, export_foods)) return kExitBadData;

  Intake intake = builder.finish();
  if (intake.total.items == 0 && intake.skipped_items == 0) {
    const std::size_t inputs = options.items.size() + meal_files.size();
    const std::string place = inputs == 1 && !meal_files.empty() ? (meal_files[0] == "-" ? "<stdin>" : meal_files[0])
                                                                 : std::string();
    throw Error(ErrorKind::data, SourceLocation{place},
                "no meal items (expected lines such as 'kale 100 g'; see vitk-meals(5))");
  }
  ReportOptions report_options = settings.report;
  report_options.items_left_out = select_days(intake, report_options.range);
  if (settings.format == "tsv") {
    if (output.wanted()) write_tsv(intake, output);
    output.commit();
    // The sums of days are all --check needs.
    return check_status(settings, Report(intake, loaded.catalog, report_options));
  }
  const Report report(intake, loaded.catalog, report_options);
  if (output.wanted()) render(settings.format, report, output);
  output.commit();
  return check_status(settings, report);
}

}  // namespace vitk::cli
