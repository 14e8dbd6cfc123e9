#include "vitk/cli/config.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <toml++/toml.h>

#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"
#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/base/toml_guard.hpp"

namespace vitk {

namespace {

constexpr std::size_t kMaxConfigBytes = 1024 * 1024;
constexpr std::string_view kFormats[] = {"text", "json", "csv", "tsv", "ndjson", "markdown", "html"};

class ConfigReader {
 public:
  ConfigReader(std::string_view text, std::string_view name) : text_(text), name_(name) {}

  Config read() {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
    const toml::table root = parse_guarded_toml(text_, name_);
    for (auto&& [key, node] : root) read_key(key, node);
    // The table holds its keys in name order: report the problems in file order.
    std::stable_sort(errors_.begin(), errors_.end(), [](const Error& a, const Error& b) {
      return std::pair(a.where().line, a.where().column) < std::pair(b.where().line, b.where().column);
    });
    if (!errors_.empty()) throw ErrorList(std::move(errors_));
    return config_;
  }

 private:
  SourceLocation where(const toml::source_region& region) const {
    return SourceLocation{std::string(name_), region.begin.line, region.begin.column};
  }

  void fail(const toml::source_region& region, std::string message) {
    errors_.emplace_back(ErrorKind::data, where(region), message);
  }

  std::optional<std::string> text(const toml::node& node, std::string_view key) {
    const auto* value = node.as_string();
    if (value == nullptr) {
      fail(node.source(), fmt::format("'{}' is not a string", key));
      return std::nullopt;
    }
    return value->get();
  }

  std::optional<double> number(const toml::node& node, std::string_view key, double min, double max) {
    double value = 0;
    if (const auto* integer = node.as_integer()) {
      value = static_cast<double>(integer->get());
    } else if (const auto* floating = node.as_floating_point()) {
      value = floating->get();
    } else {
      fail(node.source(), fmt::format("'{}' is not a number", key));
      return std::nullopt;
    }
    if (!std::isfinite(value) || value < min || value > max) {
      fail(node.source(), fmt::format("'{}' must be a number from {} to {}", key, min, max));
      return std::nullopt;
    }
    return value;
  }

  void read_key(const toml::key& key, const toml::node& node) {
    const std::string_view name = key.str();
    if (name == "sex") {
      if (auto value = text(node, name)) {
        config_.sex = parse_sex(*value);
        if (!config_.sex) fail(node.source(), fmt::format("sex '{}' is not known (expected female or male)", quote_excerpt(*value)));
      }
    } else if (name == "age") {
      config_.age_years = number(node, name, 0, kMaxAgeYears);
    } else if (name == "weight") {
      config_.weight_kg = number(node, name, 0.5, kMaxWeightKg);
    } else if (name == "standard") {
      if (auto value = text(node, name)) {
        config_.standard = parse_standard(*value);
        if (!config_.standard) {
          fail(node.source(), fmt::format("standard '{}' is not known (expected iom or efsa)", quote_excerpt(*value)));
        }
      }
    } else if (name == "k2_min") {
      config_.k2_min_ug_per_day = number(node, name, 0, kMaxK2MinUgPerDay);
      if (config_.k2_min_ug_per_day && !is_k2_min_precision(*config_.k2_min_ug_per_day)) {
        fail(node.source(), fmt::format("'k2_min' is {}, with more decimals than reports show K2 (expected µg to one "
                                        "decimal, such as 32.7)",
                                        *config_.k2_min_ug_per_day));
        config_.k2_min_ug_per_day.reset();
      }
    } else if (name == "steady_tolerance") {
      config_.steady_tolerance_percent = number(node, name, 0, kMaxTolerancePercent);
    } else if (name == "format") {
      if (auto value = text(node, name)) {
        if (is_report_format(*value)) {
          config_.format = *value;
        } else {
          fail(node.source(), fmt::format("format '{}' is not known (expected {})", quote_excerpt(*value),
                                          report_format_list()));
        }
      }
    } else if (name == "foods") {
      const toml::array* list = node.as_array();
      if (list == nullptr) {
        fail(node.source(), "'foods' is not an array of file names");
        return;
      }
      for (const toml::node& path : *list) {
        if (auto value = text(path, "foods")) config_.foods.push_back(*value);
      }
    } else if (name == "log") {
      if (auto value = text(node, name)) {
        if (value->empty()) {
          fail(node.source(), "'log' is empty (expected the path of a meal log, such as \"~/meals.txt\")");
        } else {
          config_.log = *value;
        }
      }
    } else {
      fail(key.source(), fmt::format("unknown key '{}' (expected sex, age, weight, standard, k2_min, "
                                     "steady_tolerance, foods, format or log)",
                                     quote_excerpt(name)));
    }
  }

  std::string_view text_;
  std::string_view name_;
  Config config_;
  std::vector<Error> errors_;
};

}  // namespace

Config parse_config(std::string_view text, std::string_view name) { return ConfigReader(text, name).read(); }

Config load_config(const std::string& path) { return parse_config(read_file(path, kMaxConfigBytes), path); }

bool is_k2_min_precision(double ug) { return round_as_printed(ug, kVerdictDecimals) == ug; }

bool is_report_format(std::string_view format) {
  for (std::string_view known : kFormats) {
    if (known == format) return true;
  }
  return false;
}

std::string_view report_format_list() { return "text, json, csv, tsv, ndjson, markdown or html"; }

}  // namespace vitk
