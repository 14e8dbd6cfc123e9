// The report for people: text for a terminal, a pipe or a mail.
#include <algorithm>
#include <fmt/format.h>

#include "report_parts.hpp"
#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/report/chart.hpp"
#include "vitk/report/report.hpp"

namespace vitk {

using namespace report_parts;

namespace {

constexpr std::size_t kNameWidth = 36;
constexpr std::size_t kChartWidth = 40;
constexpr std::size_t kNoteWidth = 110;

std::string pad_right(std::string_view text, std::size_t width) {
  const std::size_t shown = display_width(text);
  return std::string(text) + std::string(shown < width ? width - shown : 0, ' ');
}

void render_day(std::string& out, const Report& report, std::size_t index, bool titled) {
  const Intake& intake = report.intake;
  const Day& day = intake.days[index];
  if (titled) out += day_title(day) + "\n";
  if (day.totals.items == 0) {
    out += "  (no items: intake unknown)\n";
    return;
  }
  const ItemRange items = intake.items_of(day);
  std::size_t name_width = 4, amount_width = 6;
  for (const ItemRecord& record : items) {
    const ItemView item = intake.view(record);
    name_width = std::max(name_width, std::min(kNameWidth, display_width(item.food.name())));
    amount_width = std::max(amount_width, display_width(amount_text(item)));
  }
  const auto row = [&](std::string_view name, std::string_view amount, std::string_view grams, std::string_view k1,
                       std::string_view k2) {
    out += fmt::format("  {}  {}  {:>8}  {:>8}  {:>8}\n", pad_right(name, name_width), pad_right(amount, amount_width),
                       grams, k1, k2);
  };
  row("food", "amount", "grams", "K1 µg", "K2 µg");
  std::string_view meal;
  for (const ItemRecord& record : items) {
    const ItemView item = intake.view(record);
    if (item.meal != meal && !item.meal.empty()) out += fmt::format("  {}:\n", item.meal);
    meal = item.meal;
    row(truncate_to_width(item.food.name(), kNameWidth), amount_text(item), item_grams(item),
        known_or_mark(item.amounts.k1_ug), known_or_mark(item.amounts.k2_ug));
  }
  const DayTotals& sums = day.totals;
  const Totals totals = intake.totals_of(day);
  row("total", "", one_decimal(sums.grams), sum_or_mark(sums.k1_ug, sums.k1_known), sum_or_mark(sums.k2_ug, sums.k2_known));
  out += fmt::format("  {}\n", coverage_line(sums.items, sums.k1_known, sums.k2_known, sums.k2_by_basis()));
  if (const std::string forms = forms_line(totals); !forms.empty()) out += "  K2 by form (µg): " + forms + "\n";
  if (sums.dk_known > 0) {
    out += fmt::format("  Dihydrophylloquinone, counted in neither K1 nor K2: {} µg (known for {} of {}).\n",
                       one_decimal(sums.dk_ug), sums.dk_known, item_count(sums.items));
  }
  out += "  " + k2_verdict(sums, report.options) + "\n";
  if (report.options.reference) out += fmt::format("  {}\n", reference_line(*report.options.reference, sums.k1_ug, sums.k2_ug));
}

std::string chart_label(const Day& day) {
  const std::optional<Date> date = day.calendar_date();
  return date ? to_string(*date) : "undated";
}

/// Ends a line with ": " and the names of the days in [first, last) that `chosen` picks, as they are found (a list
/// of 500,000 of them is never in memory), or with nothing when it picks none.
void list_days(std::string& out, const ReportSink& sink, const Intake& intake, std::size_t first, std::size_t last,
               const std::function<bool(const Day&)>& chosen, std::string (*name)(const Day&)) {
  const char* separator = ": ";
  for (std::size_t i = first; i < last; ++i) {
    const Day& day = intake.days[i];
    if (!chosen(day)) continue;
    out += separator;
    out += name(day);
    separator = ", ";
    flush_if_big(out, sink);
  }
  out += '\n';
}

void render_chart(std::string& out, const Report& report, const ReportSink& sink) {
  const ReportOptions& options = report.options;
  const auto k2_of = [](const Day& day) {
    return day.totals.k2_known > 0 ? std::optional<double>(day.totals.k2_ug) : std::nullopt;
  };
  std::optional<double> largest;
  for (const Day& day : report.intake.days) {
    if (const std::optional<double> k2 = k2_of(day); k2 && (!largest || *k2 > *largest)) largest = k2;
  }
  const BarChart chart(largest, options.k2_min_ug_per_day, kChartWidth, options.style.ascii);
  out += fmt::format("K2 per day (µg) against the {} µg minimum ({}):\n", format_trimmed(options.k2_min_ug_per_day, 2),
                     options.style.ascii ? "|" : "\u2502");
  for (const Day& day : report.intake.days) {
    const std::optional<double> k2 = k2_of(day);
    out += fmt::format("  {:<10}  ", chart_label(day));
    chart.draw(out, k2);
    const std::string value = k2 ? one_decimal(*k2) : day.totals.items > 0 ? "?" : "no items";
    const std::string verdict =
        k2_below(day.totals, options.k2_min_ug_per_day) ? fmt::format("  {}", paint("below", kRed, options.style)) : "";
    out += fmt::format("  {:>8}{}\n", value, verdict);
    flush_if_big(out, sink);
  }
}

void render_period(std::string& out, const Report& report, const PeriodSummary& summary, std::size_t first_day,
                   const ReportSink& sink) {
  const ReportOptions& options = report.options;
  const std::uint32_t days = summary.days_with_items;
  out += fmt::format("{}: {} with items, {}\n", period_title(summary, options.period), plural(days, "day"),
                     item_count(summary.totals.items));
  if (days == 0) return;
  const auto mean = [](const std::optional<double>& value) {
    return value ? one_decimal(*value) + " µg" : std::string("unknown");
  };
  out += fmt::format("  mean per day: K1 {}, K2 {}\n", mean(summary.mean_k1_ug()), mean(summary.mean_k2_ug()));
  if (summary.forms_known) {
    if (const std::string forms = forms_line(summary.totals, days); !forms.empty()) {
      out += "  mean K2 by form per day (µg): " + forms + "\n";
    }
  }
  out += fmt::format("  {}\n", coverage_line(summary.totals.items, summary.totals.k1.known, summary.totals.k2.known,
                                                 basis_counts(summary.totals.k2_by_basis, summary.totals.k2_basis_counted)));
  out += fmt::format("  K2 below {} µg on {} of {}", format_trimmed(options.k2_min_ug_per_day, 2),
                     summary.days_k2_low, plural(days, "day"));
  list_days(
      out, sink, report.intake, first_day, first_day + summary.days,
      [&](const Day& day) { return k2_below(day.totals, options.k2_min_ug_per_day); }, day_title);
  if (options.reference) {
    out += fmt::format("  {}\n", reference_line(*options.reference, summary.mean_k1_ug().value_or(0),
                                                 summary.mean_k2_ug().value_or(0), true));
  }
}

void render_steady(std::string& out, const Report& report, const ReportSink& sink) {
  const SteadyAnalysis& steady = *report.steady;
  const TextStyle& style = report.options.style;
  const std::string tolerance = format_trimmed(steady.tolerance_percent, 1);
  out += fmt::format("Steady intake: vitamin K (K1 + K2) per day against your own mean, tolerance {}%:\n", tolerance);
  if (steady.days == 0) {
    out += "  no day with items\n";
    return;
  }
  out += fmt::format("  mean {} µg, standard deviation {} µg, coefficient of variation {:.0f}%, min {} µg, max {} µg\n",
                     one_decimal(steady.mean_ug), one_decimal(steady.sd_ug), steady.cv * 100,
                     one_decimal(steady.min_ug), one_decimal(steady.max_ug));
  for (const Day& intake_day : report.intake.days) {
    const SteadyDay day = steady.of(intake_day);
    const std::string label = chart_label(intake_day);
    if (!day.known) {
      out += fmt::format("  {:<10}  {:>8}\n", label, "no items");
      continue;
    }
    out += fmt::format("  {:<10}  {:>8} µg  {:>5}{}\n", label, one_decimal(day.total_ug), signed_percent(day.deviation),
                       day.flagged ? fmt::format("  {}", paint("outside the tolerance", kYellow, style)) : "");
    flush_if_big(out, sink);
  }
  out += fmt::format("  {} of {} differ from the mean by more than {}%", steady.flagged, plural(steady.days, "day"),
                     tolerance);
  list_days(
      out, sink, report.intake, 0, report.intake.days.size(), [&](const Day& day) { return steady.of(day).flagged; },
      chart_label);
}

void render_rich_foods(std::string& out, const Report& report) {
  const std::vector<Food> foods = report.catalog.richest_in_k2(report.options.suggestions);
  if (foods.empty()) {
    out += "No food in the loaded tables has a known K2 value to suggest.\n";
    return;
  }
  out += "Foods richest in K2 in the loaded tables (µg per 100 g):\n";
  std::size_t id_width = 0;
  for (const Food& food : foods) id_width = std::max(id_width, food.id().size());
  for (const Food& food : foods) {
    out += fmt::format("  {:<{}}  {:>7}  {}\n", food.id(), id_width, one_decimal(*food.k2_ug_per_100g()),
                       truncate_to_width(food.name(), 50));
  }
}

std::string range_text(const DateRange& range) {
  if (range.from && range.to) return fmt::format("from {} to {}", date_text(*range.from), date_text(*range.to));
  if (range.from) return fmt::format("from {}", date_text(*range.from));
  return fmt::format("up to {}", date_text(*range.to));
}

}  // namespace

std::string render_text(const Report& report) {
  return render_whole([&](std::string& out, const ReportSink& sink) { render_text(report, out, sink); });
}

void render_text(const Report& report, std::string& out, const ReportSink& sink) {
  const Intake& intake = report.intake;
  const ReportOptions& options = report.options;
  const bool titled = intake.days.size() > 1 || (intake.days.size() == 1 && intake.days.front().date != kUndated);
  for (std::size_t i = 0; i < intake.days.size(); ++i) {
    if (i > 0) out += "\n";
    render_day(out, report, i, titled);
    flush_if_big(out, sink);
  }
  if (intake.days.empty()) out += "No days in the dates asked for.\n";
  if (intake.days.size() > 1) {
    out += "\n";
    render_chart(out, report, sink);
  }
  if (intake.days.size() > 1 || (options.period != Period::all && !intake.days.empty())) {
    std::size_t first_day = 0;
    for (const PeriodSummary& summary : report.periods) {
      out += "\n";
      render_period(out, report, summary, first_day, sink);
      first_day += summary.days;
      flush_if_big(out, sink);
    }
  }
  if (report.steady) {
    out += "\n";
    render_steady(out, report, sink);
  }
  if (options.items_left_out > 0) {
    out += fmt::format("\nLeft out {} outside the dates asked for ({}).\n", item_count(options.items_left_out),
                       range_text(options.range));
  }
  if (intake.skipped_items > 0) {
    out += fmt::format("\nSkipped {} invalid item{} (see the warnings); they are not in these totals.\n",
                       intake.skipped_items, intake.skipped_items == 1 ? "" : "s");
  }
  if (const std::string imported = import_text(intake.import); !imported.empty()) {
    out += '\n';
    out += wrap(imported, kNoteWidth);
    out += '\n';
  }
  // Never point someone on a vitamin K antagonist at natto.
  if (!report.steady && report.check_fails(false)) {
    out += "\n";
    render_rich_foods(out, report);
  }
  out += '\n';
  const std::vector<std::string> notes = health_notes(options);
  for (std::size_t i = 0; i < notes.size(); ++i) {
    if (i > 0) out += '\n';
    out += wrap(notes[i], kNoteWidth);
  }
}

}  // namespace vitk
