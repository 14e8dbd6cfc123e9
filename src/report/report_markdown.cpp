// The report for mail and wikis: Markdown with pipe tables.
#include <algorithm>
#include <fmt/format.h>

#include "report_parts.hpp"
#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/report/report.hpp"

namespace vitk {

using namespace report_parts;

namespace {

std::string title(const PeriodSummary& summary, Period period) {
  return period == Period::all ? std::string("All days") : period_title(summary, period);
}

/// Text from outside (food names, meal labels) as Markdown shows it literally: every character that could start
/// markup (emphasis, code, links, HTML tags and entities, strike-through, table cells) escaped with a backslash.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>|~&!#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

void render_day(std::string& out, const Report& report, std::size_t index) {
  const Intake& intake = report.intake;
  const Day& day = intake.days[index];
  const bool one_off = intake.days.size() == 1 && day.date == kUndated;
  out += fmt::format("\n## {}\n\n", one_off ? std::string("Meals") : day_title(day));
  if (day.totals.items == 0) {
    out += "No items: intake unknown.\n";
    return;
  }
  out += "| meal | food | amount | grams | K1 µg | K2 µg |\n|---|---|---:|---:|---:|---:|\n";
  for (const ItemRecord& record : intake.items_of(day)) {
    const ItemView item = intake.view(record);
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", cell(item.meal), cell(item.food.name()),
                       cell(amount_text(item)), item_grams(item), known_or_mark(item.amounts.k1_ug),
                       known_or_mark(item.amounts.k2_ug));
  }
  const DayTotals& sums = day.totals;
  out += fmt::format("| | **total** | | {} | {} | {} |\n\n", one_decimal(sums.grams),
                     sum_or_mark(sums.k1_ug, sums.k1_known), sum_or_mark(sums.k2_ug, sums.k2_known));
  out += fmt::format("- {}\n", coverage_line(sums.items, sums.k1_known, sums.k2_known, sums.k2_by_basis()));
  if (const std::string forms = forms_line(intake.totals_of(day)); !forms.empty()) {
    out += "- K2 by form (µg): " + forms + "\n";
  }
  if (sums.dk_known > 0) {
    out += fmt::format("- Dihydrophylloquinone, counted in neither K1 nor K2: {} µg.\n", one_decimal(sums.dk_ug));
  }
  ReportOptions plain = report.options;
  plain.style.color = false;  // Markdown is text for mail and wikis: never ANSI colour
  std::string verdict = k2_verdict(sums, plain);
  if (k2_below(sums, report.options.k2_min_ug_per_day)) verdict = "**" + verdict + "**";
  out += "- " + verdict + "\n";
  if (report.options.reference) out += fmt::format("- {}\n", reference_line(*report.options.reference, sums.k1_ug, sums.k2_ug));
  if (const std::optional<SteadyDay> steady = steady_day(report, index)) {
    out += fmt::format("- Steady intake: {} µg of K1 and K2, {} against the mean{}.\n", one_decimal(steady->total_ug),
                       signed_percent(steady->deviation), steady->flagged ? ", **outside the tolerance**" : "");
  }
}

void render_periods(std::string& out, const Report& report, const ReportSink& sink) {
  const ReportOptions& options = report.options;
  out += "\n## Summary\n\n";
  out += "| period | days with items | items | mean K1 µg | mean K2 µg | days K2 low | K1 known | K2 known |\n"
         "|---|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const PeriodSummary& summary : report.periods) {
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} of {} | {} of {} |\n",
                       cell(title(summary, options.period)), summary.days_with_items, summary.totals.items,
                       summary.mean_k1_ug() ? one_decimal(*summary.mean_k1_ug()) : "?",
                       summary.mean_k2_ug() ? one_decimal(*summary.mean_k2_ug()) : "?", summary.days_k2_low,
                       summary.totals.k1.known, summary.totals.items, summary.totals.k2.known, summary.totals.items);
    flush_if_big(out, sink);
  }
  out += fmt::format("\nThe K2 minimum is {} µg/day.\n", format_trimmed(options.k2_min_ug_per_day, 2));
  for (const PeriodSummary& summary : report.periods) {
    if (!summary.forms_known || summary.days_with_items == 0) continue;
    if (const std::string forms = forms_line(summary.totals, summary.days_with_items); !forms.empty()) {
      out += fmt::format("\n{}, mean K2 by form per day (µg): {}.\n", title(summary, options.period), forms);
      flush_if_big(out, sink);
    }
  }
}

void render_steady(std::string& out, const Report& report) {
  const SteadyAnalysis& steady = *report.steady;
  out += fmt::format("\n## Steady intake\n\nVitamin K (K1 + K2) per day against your own mean, tolerance {}%.\n\n",
                     format_trimmed(steady.tolerance_percent, 1));
  if (steady.days == 0) {
    out += "No day with items.\n";
    return;
  }
  out += "| mean µg | standard deviation µg | coefficient of variation | min µg | max µg | days outside |\n"
         "|---:|---:|---:|---:|---:|---:|\n";
  out += fmt::format("| {} | {} | {:.0f}% | {} | {} | {} of {} |\n", one_decimal(steady.mean_ug),
                     one_decimal(steady.sd_ug), steady.cv * 100, one_decimal(steady.min_ug),
                     one_decimal(steady.max_ug), steady.flagged, steady.days);
}

}  // namespace

std::string render_markdown(const Report& report) {
  return render_whole([&](std::string& out, const ReportSink& sink) { render_markdown(report, out, sink); });
}

void render_markdown(const Report& report, std::string& out, const ReportSink& sink) {
  const Intake& intake = report.intake;
  const ReportOptions& options = report.options;
  out += "# Vitamin K report\n";
  for (std::size_t i = 0; i < intake.days.size(); ++i) {
    render_day(out, report, i);
    flush_if_big(out, sink);
  }
  if (intake.days.empty()) out += "\nNo days in the dates asked for.\n";
  if (!report.periods.empty() && (intake.days.size() > 1 || options.period != Period::all)) render_periods(out, report, sink);
  if (report.steady) render_steady(out, report);
  if (options.items_left_out > 0 || intake.skipped_items > 0) out += "\n";
  if (options.items_left_out > 0) {
    out += fmt::format("Left out {} outside the dates asked for.\n", item_count(options.items_left_out));
  }
  if (intake.skipped_items > 0) {
    out += fmt::format("Skipped {} (see the warnings); they are not in these totals.\n",
                       plural(intake.skipped_items, "invalid item"));
  }
  if (const std::string imported = import_text(intake.import); !imported.empty()) {
    out += fmt::format("\n{}\n", imported);
  }
  out += "\n## Notes\n";
  for (const std::string& note : health_notes(options)) out += fmt::format("\n{}\n", note);
}

}  // namespace vitk
