// Where the settings of a run come from: the command line, the environment, the configuration file, defaults.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <dirent.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_internal.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"
#include "vitk/base/text.hpp"
#include "vitk/cli/config.hpp"
#include "vitk/foods/builtin_foods.hpp"
#include "vitk/intake/date.hpp"
#include "vitk/intake/recipes.hpp"

namespace vitk::cli {

namespace {

constexpr long kMaxLastDays = 36600;

/// An environment variable, or empty when unset.
std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

/// An XDG base directory: `$variable` when it is an absolute path, else `$HOME/fallback`, else empty.
std::string xdg_home(const char* variable, std::string_view fallback) {
  const std::string value = environment(variable);
  if (value.starts_with('/')) return value;
  const std::string home = environment("HOME");
  return home.empty() ? std::string() : fmt::format("{}/{}", home, fallback);
}

/// A path written in the configuration file: `~/` is the home folder, a relative path is relative to the file.
std::string config_relative(const std::string& path, const std::string& config_path) {
  if (path.starts_with("~/")) return environment("HOME") + path.substr(1);
  if (path.starts_with('/')) return path;
  const std::size_t slash = config_path.rfind('/');
  return slash == std::string::npos ? path : config_path.substr(0, slash + 1) + path;
}

/// The `*.toml` files of the user's food folder, in name order.
std::vector<std::string> user_food_tables() {
  const std::string data = xdg_home("XDG_DATA_HOME", ".local/share");
  std::vector<std::string> tables;
  if (data.empty()) return tables;
  const std::string folder = data + "/vitk/foods";
  DIR* dir = ::opendir(folder.c_str());
  if (dir == nullptr) return tables;
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name.size() > 5 && name.ends_with(".toml") && !name.starts_with('.')) tables.push_back(folder + "/" + name);
  }
  ::closedir(dir);
  std::sort(tables.begin(), tables.end());
  return tables;
}

/// The configuration file to read, if any, and whether it must exist.
std::optional<std::string> config_path(const Options& options) {
  if (options.no_config) return std::nullopt;
  if (!options.config.empty()) return options.config;
  if (std::string path = environment("VITK_CONFIG"); !path.empty()) return path;
  const std::string config = xdg_home("XDG_CONFIG_HOME", ".config");
  if (config.empty()) return std::nullopt;
  std::string path = config + "/vitk/config.toml";
  // The default file is optional; one named by --config or VITK_CONFIG must be there.
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 && errno == ENOENT) return std::nullopt;
  return path;
}

double parse_number(const std::string& text, std::string_view option, double min, double max, std::string_view unit) {
  double value = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value) ||
      value < min || value > max) {
    throw Error(ErrorKind::usage, fmt::format("{} must be a number{} from {} to {} (not '{}')", option, unit, min, max,
                                              quote_excerpt(text)));
  }
  return value;
}

std::int32_t parse_date_option(const std::string& text, std::string_view option) {
  Date date;
  if (parse_iso_date(text, date) != DateParse::ok) {
    throw Error(ErrorKind::usage, fmt::format("{} '{}' is not a date (expected YYYY-MM-DD, such as 2026-11-24)",
                                              option, quote_excerpt(text)));
  }
  return static_cast<std::int32_t>(days_from_civil(date));
}

std::int32_t clock_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  return static_cast<std::int32_t>(days_from_civil(Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}));
}

void resolve_dates(const Options& options, Settings& settings) {
  DateRange& range = settings.report.range;
  if (!options.today.empty()) settings.today = parse_date_option(options.today, "--today");
  if (!options.from.empty()) range.from = parse_date_option(options.from, "--from");
  if (!options.to.empty()) range.to = parse_date_option(options.to, "--to");
  if (!options.today.empty() && options.last.empty() && options.command != Command::add) {
    throw Error(ErrorKind::usage, "--today needs --last (or vitk add)");
  }
  if (!options.last.empty()) {
    if (range.from || range.to) throw Error(ErrorKind::usage, "--last cannot be combined with --from or --to");
    const auto days = static_cast<std::int32_t>(parse_number(options.last, "--last", 1, kMaxLastDays, " of days"));
    if (std::to_string(days) != options.last) {
      throw Error(ErrorKind::usage, fmt::format("--last must be a whole number of days from 1 to {} (not '{}')",
                                                kMaxLastDays, quote_excerpt(options.last)));
    }
    const std::int32_t today = settings.today ? *settings.today : clock_today();
    range.to = today;
    range.from = today - days + 1;
  }
  if (options.command == Command::add && !settings.today) settings.today = clock_today();
  if (range.from && range.to && *range.from > *range.to) {
    throw Error(ErrorKind::usage, fmt::format("--from {} is after --to {}", options.from, options.to));
  }
}

void resolve_profile(const Options& options, const Config& config, Settings& settings) {
  Profile profile;
  profile.sex = options.sex.empty() ? config.sex : parse_sex(options.sex);
  profile.age_years = options.age.empty() ? config.age_years
                                          : std::optional(parse_number(options.age, "--age", 0, kMaxAgeYears, " of years"));
  profile.weight_kg = options.weight.empty()
                          ? config.weight_kg
                          : std::optional(parse_number(options.weight, "--weight", 0.5, kMaxWeightKg, " of kg"));
  const std::optional<Standard> standard = options.standard.empty() ? config.standard : parse_standard(options.standard);
  if (standard) profile.standard = *standard;
  // Without any of them the report shows no reference intake: vitk does not guess who is eating.
  if (!profile.sex && !profile.age_years && !profile.weight_kg && !standard) return;
  std::string missing;
  settings.report.reference = reference_intake(profile, missing);
  settings.report.reference_gap = missing;
}

}  // namespace

Settings resolve_settings(const Options& options) {
  Settings settings;
  Config config;
  std::string config_file;
  if (const std::optional<std::string> path = config_path(options)) {
    config_file = *path;
    try {
      config = load_config(config_file);
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::io) throw;
      const std::string_view named_by = !options.config.empty() ? "--config"
                                        : !environment("VITK_CONFIG").empty() ? "VITK_CONFIG"
                                                                               : "the default location";
      throw Error(ErrorKind::io, fmt::format("configuration file ({}): {}", named_by, error.what()));
    }
  }

  settings.format = !options.format.empty() ? options.format : config.format.value_or("text");
  settings.report.k2_min_ug_per_day =
      !options.k2_min.empty() ? parse_number(options.k2_min, "--k2-min", 0, kMaxK2MinUgPerDay, " of µg")
                              : config.k2_min_ug_per_day.value_or(kDefaultK2MinUgPerDay);
  if (!is_k2_min_precision(settings.report.k2_min_ug_per_day)) {
    throw Error(ErrorKind::usage, fmt::format("--k2-min '{}' has more decimals than reports show K2 (expected µg to "
                                              "one decimal, such as 32.7)",
                                              quote_excerpt(options.k2_min)));
  }
  if (!options.period.empty()) settings.report.period = *parse_period(options.period);
  if (!options.steady_tolerance.empty() && !options.steady) {
    throw Error(ErrorKind::usage, "--steady-tolerance needs --steady");
  }
  if (options.steady) {
    settings.report.steady_tolerance_percent =
        !options.steady_tolerance.empty()
            ? parse_number(options.steady_tolerance, "--steady-tolerance", 0, kMaxTolerancePercent, " of percent")
            : config.steady_tolerance_percent.value_or(kDefaultSteadyTolerancePercent);
  }
  if (!options.check.empty()) {
    // A bare --check reaches here as "true" (CLI11's value for a flag without one).
    if (options.check != "true" && options.check != "any" && options.check != "mean") {
      throw Error(ErrorKind::usage, fmt::format("--check='{}' is not known (expected --check or --check=mean)",
                                                quote_excerpt(options.check)));
    }
    settings.check = true;
    settings.check_mean = options.check == "mean";
  }
  resolve_dates(options, settings);
  resolve_profile(options, config, settings);

  const std::optional<ColorMode> color = parse_color_mode(options.color);
  const bool terminal = options.output.empty() && ::isatty(STDOUT_FILENO) == 1;
  // Only the text report is for a terminal; Markdown and the formats for programs are never coloured.
  settings.report.style.color =
      settings.format == "text" && use_color(*color, terminal, std::getenv("NO_COLOR"), std::getenv("TERM"));
  settings.report.style.ascii = options.ascii;

  // Food tables: later ones win, so the order is the precedence read backwards.
  settings.food_tables = user_food_tables();
  for (const std::string& path : config.foods) settings.food_tables.push_back(config_relative(path, config_file));
  const std::string listed = environment("VITK_FOODS");
  for (std::size_t start = 0; start < listed.size();) {
    const std::size_t end = std::min(listed.find(':', start), listed.size());
    if (end > start) settings.food_tables.push_back(listed.substr(start, end - start));
    start = end + 1;
  }
  settings.food_tables.insert(settings.food_tables.end(), options.food_files.begin(), options.food_files.end());

  // The meal log that vitk add writes and a bare vitk reads.
  if (config.log) {
    settings.log = config_relative(*config.log, config_file);
    settings.default_log = false;
  } else if (const std::string data = xdg_home("XDG_DATA_HOME", ".local/share"); !data.empty()) {
    settings.log = data + "/vitk/meals.txt";
  }
  return settings;
}

void load_tables(const Options& options, const Settings& settings, LoadedTables& loaded,
                 std::unique_ptr<FoodTable> last) {
  if (!options.no_builtin) loaded.catalog.add(builtin_foods());
  // The tables share one size limit: each is read with what the ones before it left.
  std::size_t left = kMaxFoodTableBytes;
  for (const std::string& path : settings.food_tables) {
    std::size_t bytes = 0;
    loaded.tables.push_back(load_food_table(path, left, &bytes));
    left -= std::min(left, bytes);
    loaded.catalog.add(loaded.tables.back()->data());
  }
  if (last) {
    loaded.tables.push_back(std::move(last));
    loaded.catalog.add(loaded.tables.back()->data());
  }
  if (loaded.catalog.tables().empty()) {
    throw Error(ErrorKind::usage, "no food table: --no-builtin needs at least one --foods FILE");
  }
  // Recipes take their values from the foods of every table, once all are read.
  resolve_recipes(loaded.tables, loaded.catalog);
}

}  // namespace vitk::cli
