// vitk foods match: what each food name of a Cronometer export became.
#include "vitk/report/match_report.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"

namespace vitk {

namespace {

constexpr std::size_t kNameWidth = 48;

std::string one_decimal(double value) { return fmt::format("{:.1f}", value); }

std::string pad(std::string_view text, std::size_t width) {
  const std::string shown = truncate_to_width(text, width);
  const std::size_t used = display_width(shown);
  return shown + std::string(used < width ? width - used : 0, ' ');
}

/// The names, the most vitamin K of the export first (then the most rows, then by name).
std::vector<const NameUse*> by_share(const std::map<std::string, NameUse>& uses) {
  std::vector<const NameUse*> out;
  for (const auto& [name, use] : uses) out.push_back(&use);
  std::stable_sort(out.begin(), out.end(), [](const NameUse* a, const NameUse* b) {
    return std::tuple(-a->export_ug, -static_cast<double>(a->rows)) <
           std::tuple(-b->export_ug, -static_cast<double>(b->rows));
  });
  return out;
}

bool counted(const NameUse& use) { return use.rows_counted > 0; }
bool not_counted(const NameUse& use) { return use.rows_counted < use.rows; }

std::string share(double ug, double total) { return total > 0 ? fmt::format("{:.1f}%", 100.0 * ug / total) : "-"; }

}  // namespace

std::string render_match_report(const std::map<std::string, NameUse>& uses, const ImportStats& stats) {
  const std::vector<const NameUse*> names = by_share(uses);
  double total = 0, total_counted = 0;
  std::size_t names_counted = 0;
  for (const NameUse* use : names) {
    total += use->export_ug;
    total_counted += use->export_ug_counted;
    names_counted += counted(*use) ? 1 : 0;
  }
  std::string out = fmt::format(
      "{} rows, {} food names; Cronometer's vitamin K {} \u00B5g.\n"
      "  counted with vitk's foods: {} names, {} rows ({} of Cronometer's vitamin K)\n"
      "  counted with Cronometer's own figure: {} rows ({} \u00B5g); with neither: {} rows (unknown)\n",
      stats.rows, uses.size(), one_decimal(total), names_counted, stats.matched, share(total_counted, total),
      stats.figure + stats.figure_k2, one_decimal(stats.figure_ug + stats.figure_k2_ug), stats.unknown);
  if (stats.zero_rows > 0) out += fmt::format("  skipped: {} of amount 0\n", stats.zero_rows == 1 ? "1 row" : fmt::format("{} rows", stats.zero_rows));

  out += "\nNot counted with a vitk food, most of Cronometer's vitamin K first (give such a name to a food of\n"
         "your table as an alias to match it; see vitk-foods(5)):\n";
  out += fmt::format("  {:>6}  {:>9}  {:>5}  {}  {}\n", "share", "\u00B5g", "rows", pad("name", kNameWidth), "why");
  std::vector<const NameUse*> left = names;
  std::stable_sort(left.begin(), left.end(), [](const NameUse* a, const NameUse* b) {
    return a->export_ug - a->export_ug_counted > b->export_ug - b->export_ug_counted;
  });
  std::size_t listed = 0;
  for (const NameUse* use : left) {
    if (!not_counted(*use)) continue;
    ++listed;
    std::string why;
    const std::string_view counts = use->rows_unknown == use->rows - use->rows_counted
                                        ? "no figure either: unknown"
                                        : "Cronometer's figure counts";
    if (use->k2_supplement && !use->match.food) {
      why = "a menaquinone supplement: Cronometer's figure counts as K2";
    } else if (use->custom && !use->match.food) {
      why = fmt::format("a food of your own or a supplement (no Category); {}", counts);
    } else if (!use->match.food) {
      why = fmt::format("no vitk food of that name; {}", counts);
    } else if (use->rows_unconverted > 0) {
      why = fmt::format("{} ({}): cannot weigh '{}'", use->match.food->id(), match_kind_name(use->match.kind),
                        quote_excerpt(use->example_amount, 30));
    } else if (use->match.kind == MatchKind::close) {
      why = fmt::format("{}? (a close match that Cronometer's figure does not bear out)", use->match.food->id());
    } else {
      why = fmt::format("{}: a portion whose K1 differs twofold from Cronometer's", use->match.food->id());
    }
    const double not_counted_ug = use->export_ug - use->export_ug_counted;
    out += fmt::format("  {:>6}  {:>9}  {:>5}  {}  {}\n", share(not_counted_ug, total), one_decimal(not_counted_ug),
                       use->rows - use->rows_counted, pad(use->name, kNameWidth), why);
  }
  if (listed == 0) out += "  (none)\n";

  out += "\nCounted with a vitk food whose K1 differs more than twofold from Cronometer's (a wrong match, or\n"
         "tables that disagree):\n";
  listed = 0;
  for (const NameUse* use : names) {
    if (!counted(*use) || use->rows_disagree == 0) continue;
    ++listed;
    out += fmt::format("  {}  -> {} ({}): Cronometer {} \u00B5g, vitk {} \u00B5g over {} rows\n",
                       pad(use->name, kNameWidth), use->match.food->id(), use->match.food->name(),
                       one_decimal(use->export_ug_counted), one_decimal(use->vitk_k1_ug), use->rows_counted);
  }
  if (listed == 0) out += "  (none)\n";

  out += "\nCounted with a vitk food (how sure: your table, mapped, exact, same words, close):\n";
  out += fmt::format("  {:>5}  {}  {:<10}  {}\n", "rows", pad("name", kNameWidth), "sure", "vitk food");
  for (const NameUse* use : names) {
    if (!counted(*use)) continue;
    out += fmt::format("  {:>5}  {}  {:<10}  {} ({})\n", use->rows_counted, pad(use->name, kNameWidth),
                       match_kind_name(use->match.kind), use->match.food->id(),
                       truncate_to_width(use->match.food->name(), 50));
  }
  return out;
}

std::string render_match_json(const std::map<std::string, NameUse>& uses, const ImportStats& stats) {
  std::string out = fmt::format("{{\"rows\":{},\"matched\":{},\"export_figure\":{},\"export_figure_ug\":", stats.rows,
                                stats.matched, stats.figure);
  append_json_number(out, stats.figure_ug);
  out += fmt::format(",\"export_figure_k2\":{},\"export_figure_k2_ug\":", stats.figure_k2);
  append_json_number(out, stats.figure_k2_ug);
  out += fmt::format(",\"unknown\":{},\"zero_amount_skipped\":{},\"names\":[", stats.unknown, stats.zero_rows);
  bool first = true;
  for (const NameUse* use : by_share(uses)) {
    out += first ? "\n{\"name\":" : ",\n{\"name\":";
    first = false;
    append_json_string(out, use->name);
    out += fmt::format(",\"rows\":{},\"export_vitamin_k_ug\":", use->rows);
    append_json_number(out, use->export_ug);
    out += ",\"match\":";
    if (use->match.food) {
      append_json_string(out, match_kind_name(use->match.kind));
      out += ",\"food_id\":";
      append_json_string(out, use->match.food->id());
      out += ",\"food_name\":";
      append_json_string(out, use->match.food->name());
    } else {
      out += "null,\"food_id\":null,\"food_name\":null";
    }
    out += fmt::format(",\"rows_counted\":{},\"rows_export_figure\":{},\"rows_unknown\":{},\"rows_unweighed\":{},"
                       "\"rows_disagree\":{},\"vitk_k1_ug\":",
                       use->rows_counted, use->rows_figure, use->rows_unknown, use->rows_unconverted,
                       use->rows_disagree);
    append_json_number(out, use->vitk_k1_ug);
    out += ",\"export_vitamin_k_ug_counted\":";
    append_json_number(out, use->export_ug_counted);
    out += ",\"example_amount\":";
    append_json_string(out, use->example_amount);
    out += '}';
  }
  out += "]}\n";
  return out;
}

}  // namespace vitk
