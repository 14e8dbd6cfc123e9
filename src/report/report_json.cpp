// The reports for programs: one JSON document, or one JSON object per line.
#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "report_parts.hpp"
#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/intake/cronometer.hpp"
#include "vitk/report/food_report.hpp"
#include "vitk/report/report.hpp"

namespace vitk {

using namespace report_parts;

namespace {

constexpr std::string_view kAdvice =
    "vitk informs; it does not prescribe. Ask a doctor, pharmacist or dietitian before taking a vitamin K "
    "supplement, above all if you take a blood thinner such as warfarin: then a steady vitamin K intake matters "
    "more than a high one.";

// The sums of days, periods and the whole report are given to 0.1 µg, as every report shows them and as every
// verdict compares them; items keep 0.01 µg.
constexpr int kSumDecimals = kVerdictDecimals;

std::optional<double> known_sum(const Sum& sum) { return sum.known > 0 ? std::optional<double>(sum.ug) : std::nullopt; }

/// A date, or null for kUndated. (It takes no optional: GCC reads an empty optional's payload before testing
/// it, which valgrind rightly flags as a jump on an uninitialised value.)
void json_date(std::string& out, std::int32_t day) {
  if (day != kUndated) {
    append_json_string(out, date_text(day));
  } else {
    out += "null";
  }
}

std::int32_t day_or_undated(const std::optional<std::int32_t>& day) { return day.has_value() ? *day : kUndated; }

void json_forms(std::string& out, const Totals& totals, double divisor) {
  out += "{";
  for (std::size_t form = 0; form < kFormCount; ++form) {
    out += fmt::format("{}\"{}\":", form == 0 ? "" : ",", kFormKeys[form]);
    const Sum& sum = totals.k2_by_form[form];
    append_json_number(out, sum.known > 0 ? std::optional<double>(sum.ug / divisor) : std::nullopt, kSumDecimals);
  }
  out += "}";
}

/// `{"analysed":1,"compiled":0,"calculated":0,"imputed":2,"unstated":0}`, or null when not counted.
void json_bases(std::string& out, const std::optional<BasisCounts>& bases) {
  if (!bases) {
    out += "null";
    return;
  }
  const char* separator = "{";
  for (std::size_t basis = 1; basis <= kBasisCount; ++basis) {
    const std::size_t i = basis % kBasisCount;
    out += fmt::format("{}\"{}\":{}", separator, kBasisNames[i], (*bases)[i]);
    separator = ",";
  }
  out += "}";
}

void json_totals(std::string& out, const Totals& totals, bool forms_known) {
  out += fmt::format("\"item_count\":{},\"grams\":", totals.items);
  append_json_number(out, totals.grams);
  out += ",\"k1_ug\":";
  append_json_number(out, known_sum(totals.k1), kSumDecimals);
  out += fmt::format(",\"k1_known_items\":{},\"k2_ug\":", totals.k1.known);
  append_json_number(out, known_sum(totals.k2), kSumDecimals);
  out += fmt::format(",\"k2_known_items\":{},\"k2_known_by_basis\":", totals.k2.known);
  json_bases(out, basis_counts(totals.k2_by_basis, totals.k2_basis_counted));
  out += ",\"k2_by_form_ug\":";
  if (forms_known) {
    json_forms(out, totals, 1);
  } else {
    out += "null";
  }
  out += ",\"dk_ug\":";
  append_json_number(out, known_sum(totals.dk), kSumDecimals);
  out += fmt::format(",\"dk_known_items\":{}", totals.dk.known);
}

void json_item(std::string& out, const ItemView& record) {
  const ItemView& item = record;
  out += "{\"input\":";
  append_json_string(out, record.input);
  out += ",\"meal\":";
  if (record.meal.empty()) {
    out += "null";
  } else {
    append_json_string(out, record.meal);
  }
  out += ",\"food_id\":";
  append_json_string(out, item.food.id());
  out += ",\"food_name\":";
  append_json_string(out, item.food.name());
  out += ",\"quantity\":";
  append_json_number(out, item.quantity);
  out += ",\"unit\":";
  append_json_string(out, item.unit);
  out += ",\"grams\":";
  append_json_number(out, item.food.record().values_per_item ? std::nullopt : std::optional<double>(item.grams));
  out += ",\"k1_ug\":";
  append_json_number(out, record.amounts.k1_ug);
  out += ",\"k2_ug\":";
  append_json_number(out, record.amounts.k2_ug);
  out += ",\"k2_basis\":";
  if (record.amounts.k2_ug) {
    append_json_string(out, kBasisNames[static_cast<std::size_t>(record.amounts.k2_basis)]);
  } else {
    out += "null";
  }
  out += ",\"k2_by_form_ug\":{";
  for (std::size_t form = 0; form < kFormCount; ++form) {
    out += fmt::format("{}\"{}\":", form == 0 ? "" : ",", kFormKeys[form]);
    append_json_number(out, record.amounts.k2_form_ug[form]);
  }
  out += "},\"dk_ug\":";
  append_json_number(out, record.amounts.dk_ug);
  out += fmt::format(",\"from_export\":{}", is_export_food(item.food) ? "true" : "false");
  // A recipe is one item; its ingredients say what the item was made of.
  out += ",\"ingredients\":";
  if (item.food.is_recipe() && item.food.recipe_grams() > 0) {
    append_json_ingredients(out, item.food, item.grams / item.food.recipe_grams());
  } else {
    out += "null";
  }
  out += "}";
}

/// `"import"`: what the Cronometer exports came to, or null.
void json_import(std::string& out, const ImportStats& stats) {
  out += ",\"import\":";
  if (stats.rows == 0 && stats.zero_rows == 0) {
    out += "null";
    return;
  }
  out += fmt::format("{{\"format\":\"cronometer\",\"rows\":{},\"matched\":{},\"disagree\":{},\"export_figure\":{},"
                     "\"export_figure_ug\":",
                     stats.rows, stats.matched, stats.disagree, stats.figure);
  append_json_number(out, stats.figure_ug, kSumDecimals);
  out += fmt::format(",\"export_figure_k2\":{},\"export_figure_k2_ug\":", stats.figure_k2);
  append_json_number(out, stats.figure_k2_ug, kSumDecimals);
  out += fmt::format(",\"unknown\":{},\"zero_amount_skipped\":{}}}", stats.unknown, stats.zero_rows);
}

std::size_t days_k2_low(const Report& report) {
  return static_cast<std::size_t>(std::count_if(report.intake.days.begin(), report.intake.days.end(), [&](const Day& day) {
    return k2_below(day.totals, report.options.k2_min_ug_per_day);
  }));
}

/// The fields of a day after its date and items: totals, the steady figures and the flags.
void json_day_fields(std::string& out, const Report& report, std::size_t index) {
  const Day& day = report.intake.days[index];
  json_totals(out, report.intake.totals_of(day), report.intake.items_kept);
  out += ",\"k1_plus_k2_ug\":";
  append_json_number(out, day.totals.k1_known + day.totals.k2_known > 0
                              ? std::optional<double>(day.totals.k1_ug + day.totals.k2_ug)
                              : std::nullopt,
                     kSumDecimals);
  out += ",\"steady_deviation_percent\":";
  const std::optional<SteadyDay> steady = steady_day(report, index);
  append_json_number(out, steady ? std::optional<double>(std::round(steady->deviation * 100)) : std::nullopt, 0);
  std::vector<std::string> flags;
  if (k2_below(day.totals, report.options.k2_min_ug_per_day)) flags.emplace_back("\"k2_low\"");
  if (day.totals.k2_known < day.totals.items) flags.emplace_back("\"k2_incomplete\"");
  if (day.totals.items == 0) flags.emplace_back("\"no_items\"");
  if (steady && steady->flagged) flags.emplace_back("\"steady_outside_tolerance\"");
  out += fmt::format(",\"flags\":[{}]", join(flags, ","));
}

void json_period(std::string& out, const PeriodSummary& summary) {
  out += "\"period\":";
  append_json_string(out, summary.label);
  out += ",\"first_date\":";
  json_date(out, day_or_undated(summary.first));
  out += ",\"last_date\":";
  json_date(out, day_or_undated(summary.last));
  out += fmt::format(",\"days\":{},\"days_with_items\":{},\"days_k2_low\":{},", summary.days, summary.days_with_items,
                     summary.days_k2_low);
  json_totals(out, summary.totals, summary.forms_known);
  out += ",\"mean_k1_ug_per_day\":";
  append_json_number(out, summary.mean_k1_ug(), kSumDecimals);
  out += ",\"mean_k2_ug_per_day\":";
  append_json_number(out, summary.mean_k2_ug(), kSumDecimals);
  out += ",\"mean_k2_by_form_ug_per_day\":";
  if (summary.forms_known && summary.days_with_items > 0) {
    json_forms(out, summary.totals, summary.days_with_items);
  } else {
    out += "null";
  }
}

void json_reference(std::string& out, const ReportOptions& options) {
  if (!options.reference) {
    out += "null";
    return;
  }
  const ReferenceIntake& reference = *options.reference;
  out += "{\"standard\":";
  append_json_string(out, reference.standard);
  out += ",\"group\":";
  append_json_string(out, reference.group);
  out += ",\"ug_per_day\":";
  append_json_number(out, reference.ug_per_day);
  out += ",\"covers\":";
  append_json_string(out, reference.includes_k2 ? "k1_k2" : "k1");
  out += ",\"citation\":";
  append_json_string(out, reference.citation);
  out += "}";
}

void json_steady(std::string& out, const Report& report) {
  if (!report.steady) {
    out += "null";
    return;
  }
  const SteadyAnalysis& steady = *report.steady;
  out += "{\"tolerance_percent\":";
  append_json_number(out, steady.tolerance_percent);
  out += fmt::format(",\"days\":{},\"mean_ug\":", steady.days);
  const auto figure = [&](double value, int decimals) {
    append_json_number(out, steady.days > 0 ? std::optional<double>(value) : std::nullopt, decimals);
  };
  figure(steady.mean_ug, kSumDecimals);
  out += ",\"sd_ug\":";
  figure(steady.sd_ug, kSumDecimals);
  out += ",\"cv_percent\":";
  figure(steady.cv * 100, 0);
  out += ",\"min_ug\":";
  figure(steady.min_ug, kSumDecimals);
  out += ",\"max_ug\":";
  figure(steady.max_ug, kSumDecimals);
  out += fmt::format(",\"days_outside_tolerance\":{}}}", steady.flagged);
}

/// The range asked for, the totals of every day reported, and what was left out or skipped.
void json_total_fields(std::string& out, const Report& report) {
  const Intake& intake = report.intake;
  const ReportOptions& options = report.options;
  const std::uint32_t days = intake.days_with_items();
  out += fmt::format("\"days\":{},\"days_with_items\":{},", intake.days.size(), days);
  json_totals(out, intake.total, intake.items_kept);
  out += ",\"mean_k1_ug_per_day\":";
  append_json_number(out, days > 0 && intake.total.k1.known > 0 ? std::optional<double>(intake.total.k1.ug / days)
                                                                 : std::nullopt,
                     kSumDecimals);
  out += ",\"mean_k2_ug_per_day\":";
  append_json_number(out, days > 0 && intake.total.k2.known > 0 ? std::optional<double>(intake.total.k2.ug / days)
                                                                 : std::nullopt,
                     kSumDecimals);
  out += fmt::format(",\"days_k2_low\":{},\"skipped_items\":{},\"items_left_out\":{}", days_k2_low(report),
                     intake.skipped_items, options.items_left_out);
  json_import(out, intake.import);
}

void json_notes(std::string& out, const ReportOptions& options) {
  const std::vector<std::string> notes = health_notes(options);
  out += "[";
  for (std::size_t i = 0; i < notes.size(); ++i) {
    if (i > 0) out += ",";
    append_json_string(out, notes[i]);
  }
  out += "]";
}

}  // namespace

std::string render_json(const Report& report) {
  return render_whole([&](std::string& out, const ReportSink& sink) { render_json(report, out, sink); });
}

void render_json(const Report& report, std::string& out, const ReportSink& sink) {
  const Intake& intake = report.intake;
  const ReportOptions& options = report.options;
  out += "{\"k2_min_ug_per_day\":";
  append_json_number(out, options.k2_min_ug_per_day);
  out += ",\"from\":";
  json_date(out, day_or_undated(options.range.from));
  out += ",\"to\":";
  json_date(out, day_or_undated(options.range.to));
  out += ",\"days\":[";
  for (std::size_t d = 0; d < intake.days.size(); ++d) {
    const Day& day = intake.days[d];
    out += d == 0 ? "\n" : ",\n";
    out += "{\"date\":";
    json_date(out, day.date);
    out += ",\"items\":[";
    bool first_item = true;
    for (const ItemRecord& record : intake.items_of(day)) {
      out += first_item ? "\n" : ",\n";
      first_item = false;
      json_item(out, intake.view(record));
      flush_if_big(out, sink);
    }
    out += "],";
    json_day_fields(out, report, d);
    out += "}";
  }
  out += "],\n\"total\":{";
  json_total_fields(out, report);
  out += "}";
  out += ",\n\"period\":";
  append_json_string(out, period_name(options.period));
  out += ",\"periods\":[";
  const char* separator = "\n{";
  for (const PeriodSummary& summary : report.periods) {
    out += separator;
    separator = ",\n{";
    json_period(out, summary);
    out += "}";
    flush_if_big(out, sink);
  }
  out += "],\n\"reference\":";
  json_reference(out, options);
  out += ",\n\"steady\":";
  json_steady(out, report);
  out += ",\n\"richest_k2_foods\":[";
  if (!report.steady && days_k2_low(report) > 0) {
    const std::vector<Food> foods = report.catalog.richest_in_k2(options.suggestions);
    for (std::size_t i = 0; i < foods.size(); ++i) {
      out += i == 0 ? "{\"food_id\":" : ",{\"food_id\":";
      append_json_string(out, foods[i].id());
      out += ",\"k2_ug_per_100g\":";
      append_json_number(out, foods[i].k2_ug_per_100g());
      out += "}";
    }
  }
  out += "],\n\"notes\":";
  json_notes(out, options);
  out += ",\n\"advice\":";
  append_json_string(out, kAdvice);
  out += "}\n";
}

std::string render_ndjson(const Report& report) {
  return render_whole([&](std::string& out, const ReportSink& sink) { render_ndjson(report, out, sink); });
}

void render_ndjson(const Report& report, std::string& out, const ReportSink& sink) {
  const Intake& intake = report.intake;
  for (std::size_t d = 0; d < intake.days.size(); ++d) {
    out += "{\"record\":\"day\",\"date\":";
    json_date(out, intake.days[d].date);
    out += ",";
    json_day_fields(out, report, d);
    out += "}\n";
    flush_if_big(out, sink);
  }
  for (const PeriodSummary& summary : report.periods) {
    out += "{\"record\":\"period\",";
    json_period(out, summary);
    out += "}\n";
    flush_if_big(out, sink);
  }
  out += "{\"record\":\"total\",\"from\":";
  json_date(out, day_or_undated(report.options.range.from));
  out += ",\"to\":";
  json_date(out, day_or_undated(report.options.range.to));
  out += ",";
  json_total_fields(out, report);
  out += "}\n";
  if (report.steady) {
    out += "{\"record\":\"steady\",\"steady\":";
    json_steady(out, report);
    out += "}\n";
  }
  out += "{\"record\":\"notes\",\"k2_min_ug_per_day\":";
  append_json_number(out, report.options.k2_min_ug_per_day);
  out += ",\"reference\":";
  json_reference(out, report.options);
  out += ",\"notes\":";
  json_notes(out, report.options);
  out += ",\"advice\":";
  append_json_string(out, kAdvice);
  out += "}\n";
}

}  // namespace vitk
