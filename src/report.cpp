#include "vitk/report.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "vitk/json.hpp"
#include "vitk/text.hpp"
#include "vitk/units.hpp"

namespace vitk {

namespace {

constexpr std::size_t kNameWidth = 36;

std::string one_decimal(double value) { return fmt::format("{:.1f}", value); }

std::string known_or_mark(const std::optional<double>& value) { return value ? one_decimal(*value) : "?"; }

std::string amount_text(const Item& item) {
  return fmt::format("{} {}", format_trimmed(item.quantity, 2), unit_for_quantity(item.unit, item.quantity));
}

std::string day_title(const Day& day) {
  const std::optional<Date> date = day.calendar_date();
  return date ? to_string(*date) : "Undated items";
}

std::string pad_right(std::string_view text, std::size_t width) {
  const std::size_t shown = display_width(text);
  return std::string(text) + std::string(shown < width ? width - shown : 0, ' ');
}

std::string item_count(std::uint32_t count) { return fmt::format("{} item{}", count, count == 1 ? "" : "s"); }

std::string coverage_line(std::uint32_t items, std::uint32_t k1_known, std::uint32_t k2_known) {
  return fmt::format("K1 known for {} of {}, K2 for {} of {}.", k1_known, item_count(items), k2_known, items);
}

std::string forms_line(const Totals& totals) {
  std::vector<std::string> parts;
  double by_form = 0;
  for (std::size_t form = 0; form < kFormCount; ++form) {
    if (totals.k2_by_form[form].known > 0) {
      parts.push_back(fmt::format("{} {}", kFormLabels[form], one_decimal(totals.k2_by_form[form].ug)));
      by_form += totals.k2_by_form[form].ug;
    }
  }
  // Foods whose tables give only a K2 total (NEVO, for example) add K2 of no known form.
  if (totals.k2.ug - by_form >= 0.05) parts.push_back(fmt::format("form not given {}", one_decimal(totals.k2.ug - by_form)));
  return join(parts, ", ");
}

std::string k2_verdict(const DayTotals& totals, const ReportOptions& options) {
  const double min = options.k2_min_ug_per_day;
  std::string line = fmt::format("K2: {} µg, {} the {} µg/day minimum", one_decimal(totals.k2_ug),
                                 k2_below(totals, min) ? "below" : "at or above", format_trimmed(min, 2));
  const std::uint32_t unknown = totals.items - totals.k2_known;
  if (unknown > 0 && k2_below(totals, min)) {
    line += fmt::format(" (K2 unknown for {}, so the true figure may be higher)", item_count(unknown));
  } else if (unknown > 0) {
    line += fmt::format(" (K2 unknown for {})", item_count(unknown));
  }
  return line + ".";
}

void render_day(std::string& out, const Intake& intake, const Day& day, bool titled, const ReportOptions& options) {
  if (titled) out += day_title(day) + "\n";
  if (day.totals.items == 0) {
    out += "  (no items: intake unknown)\n";
    return;
  }
  const std::span<const ItemRecord> items = intake.items_of(day);
  std::size_t name_width = 4, amount_width = 6;
  for (const ItemRecord& record : items) {
    name_width = std::max(name_width, std::min(kNameWidth, display_width(record.item.food.name())));
    amount_width = std::max(amount_width, display_width(amount_text(record.item)));
  }
  const auto row = [&](std::string_view name, std::string_view amount, std::string_view grams, std::string_view k1,
                       std::string_view k2) {
    out += fmt::format("  {}  {}  {:>8}  {:>8}  {:>8}\n", pad_right(name, name_width), pad_right(amount, amount_width),
                       grams, k1, k2);
  };
  row("food", "amount", "grams", "K1 µg", "K2 µg");
  std::string_view meal;
  for (const ItemRecord& record : items) {
    if (record.meal != meal && !record.meal.empty()) out += fmt::format("  {}:\n", record.meal);
    meal = record.meal;
    row(truncate_to_width(record.item.food.name(), kNameWidth), amount_text(record.item), one_decimal(record.item.grams),
        known_or_mark(record.amounts.k1_ug), known_or_mark(record.amounts.k2_ug));
  }
  const DayTotals& sums = day.totals;
  const Totals totals = intake.totals_of(day);
  row("total", "", one_decimal(sums.grams), one_decimal(sums.k1_ug), one_decimal(sums.k2_ug));
  out += std::string("  ") + coverage_line(sums.items, sums.k1_known, sums.k2_known) + "\n";
  if (const std::string forms = forms_line(totals); !forms.empty()) out += std::string("  K2 by form (µg): ") + forms + "\n";
  if (sums.dk_known > 0) {
    out += fmt::format("  Dihydrophylloquinone, counted in neither K1 nor K2: {} µg (known for {} of {}).\n",
                       one_decimal(sums.dk_ug), sums.dk_known, item_count(sums.items));
  }
  out += std::string("  ") + k2_verdict(sums, options) + "\n";
}

void render_summary(std::string& out, const Intake& intake, const ReportOptions& options) {
  const std::uint32_t days = intake.days_with_items();
  out += fmt::format("Summary: {} day{} with items, {}\n", days, days == 1 ? "" : "s", item_count(intake.total.items));
  if (days == 0) return;
  out += fmt::format("  mean per day: K1 {} µg, K2 {} µg\n", one_decimal(intake.total.k1.ug / days),
                     one_decimal(intake.total.k2.ug / days));
  out += std::string("  ") + coverage_line(intake.total.items, intake.total.k1.known, intake.total.k2.known) + "\n";
  std::vector<std::string> low;
  for (const Day& day : intake.days) {
    if (k2_below(day.totals, options.k2_min_ug_per_day)) low.push_back(day_title(day));
  }
  out += fmt::format("  K2 below {} µg on {} of {} day{}{}{}\n", format_trimmed(options.k2_min_ug_per_day, 2),
                     low.size(), days, days == 1 ? "" : "s", low.empty() ? "" : ": ", join(low, ", "));
}

void render_rich_foods(std::string& out, const FoodCatalog& catalog, const ReportOptions& options) {
  const std::vector<Food> foods = catalog.richest_in_k2(options.suggestions);
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

bool any_low(const Intake& intake, const ReportOptions& options) {
  return std::any_of(intake.days.begin(), intake.days.end(),
                     [&](const Day& day) { return k2_below(day.totals, options.k2_min_ug_per_day); });
}

void json_totals(std::string& out, const Totals& totals) {
  out += fmt::format("\"items\":{},\"grams\":", totals.items);
  append_json_number(out, totals.grams);
  out += ",\"k1_ug\":";
  append_json_number(out, totals.k1.ug);
  out += fmt::format(",\"k1_known_items\":{},\"k2_ug\":", totals.k1.known);
  append_json_number(out, totals.k2.ug);
  out += fmt::format(",\"k2_known_items\":{},\"k2_by_form_ug\":{{", totals.k2.known);
  for (std::size_t form = 0; form < kFormCount; ++form) {
    out += fmt::format("{}\"{}\":", form == 0 ? "" : ",", kFormKeys[form]);
    const Sum& sum = totals.k2_by_form[form];
    append_json_number(out, sum.known > 0 ? std::optional<double>(sum.ug) : std::nullopt);
  }
  out += "},\"dk_ug\":";
  append_json_number(out, totals.dk.known > 0 ? std::optional<double>(totals.dk.ug) : std::nullopt);
  out += fmt::format(",\"dk_known_items\":{}", totals.dk.known);
}

void json_item(std::string& out, const ItemRecord& record) {
  const Item& item = record.item;
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
  append_json_number(out, item.grams);
  out += ",\"k1_ug\":";
  append_json_number(out, record.amounts.k1_ug);
  out += ",\"k2_ug\":";
  append_json_number(out, record.amounts.k2_ug);
  out += ",\"k2_by_form_ug\":{";
  for (std::size_t form = 0; form < kFormCount; ++form) {
    out += fmt::format("{}\"{}\":", form == 0 ? "" : ",", kFormKeys[form]);
    append_json_number(out, record.amounts.k2_form_ug[form]);
  }
  out += "},\"dk_ug\":";
  append_json_number(out, record.amounts.dk_ug);
  out += "}";
}

void csv_field(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out.push_back('"');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void csv_number(std::string& out, const std::optional<double>& value) {
  if (value) out += format_trimmed(*value, 2);
}

}  // namespace

std::string health_notes(const ReportOptions& options) {
  std::string out;
  if (options.k2_min_ug_per_day == kDefaultK2MinUgPerDay) {
    out +=
        "About the K2 minimum: 32.7 µg/day is the lower bound of the highest third of menaquinone intake in the\n"
        "Rotterdam Study (Geleijnse et al., J Nutr 2004;134:3100-5), which was linked with less coronary heart\n"
        "disease and aortic calcification. It is an observational figure, not an official recommendation; no\n"
        "official body sets an intake value for K2.\n";
  } else {
    out += fmt::format(
        "About the K2 minimum: {} µg/day was set with --k2-min. The default, 32.7 µg/day, comes from the Rotterdam\n"
        "Study (Geleijnse et al., J Nutr 2004;134:3100-5), an observational figure, not an official recommendation.\n",
        format_trimmed(options.k2_min_ug_per_day, 2));
  }
  out +=
      "vitk informs; it does not prescribe. Ask a doctor, pharmacist or dietitian before taking a vitamin K\n"
      "supplement, above all if you take a blood thinner such as warfarin: then a steady vitamin K intake matters\n"
      "more than a high one.\n";
  return out;
}

std::string render_text(const Intake& intake, const FoodCatalog& catalog, const ReportOptions& options) {
  std::string out;
  const bool titled = intake.days.size() > 1 || (intake.days.size() == 1 && intake.days.front().date != kUndated);
  for (std::size_t i = 0; i < intake.days.size(); ++i) {
    if (i > 0) out += "\n";
    render_day(out, intake, intake.days[i], titled, options);
  }
  if (intake.days.size() > 1) {
    out += "\n";
    render_summary(out, intake, options);
  }
  if (intake.skipped_items > 0) {
    out += fmt::format("\nSkipped {} invalid item{} (see the warnings); they are not in these totals.\n",
                       intake.skipped_items, intake.skipped_items == 1 ? "" : "s");
  }
  if (any_low(intake, options)) {
    out += "\n";
    render_rich_foods(out, catalog, options);
  }
  out += '\n';
  out += health_notes(options);
  return out;
}

std::string render_json(const Intake& intake, const FoodCatalog& catalog, const ReportOptions& options) {
  std::string out = "{\"k2_min_ug_per_day\":";
  append_json_number(out, options.k2_min_ug_per_day);
  out += ",\"days\":[";
  for (std::size_t d = 0; d < intake.days.size(); ++d) {
    const Day& day = intake.days[d];
    out += d == 0 ? "\n" : ",\n";
    out += "{\"date\":";
    if (const std::optional<Date> date = day.calendar_date()) {
      append_json_string(out, to_string(*date));
    } else {
      out += "null";
    }
    out += ",\"items\":[";
    const std::span<const ItemRecord> items = intake.items_of(day);
    for (std::size_t i = 0; i < items.size(); ++i) {
      out += i == 0 ? "\n" : ",\n";
      json_item(out, items[i]);
    }
    out += "],";
    json_totals(out, intake.totals_of(day));
    out += ",\"flags\":[";
    std::vector<std::string> flags;
    if (k2_below(day.totals, options.k2_min_ug_per_day)) flags.emplace_back("\"k2_low\"");
    if (day.totals.k2_known < day.totals.items) flags.emplace_back("\"k2_incomplete\"");
    if (day.totals.items == 0) flags.emplace_back("\"no_items\"");
    out += join(flags, ",") + "]}";
  }
  const std::uint32_t days = intake.days_with_items();
  out += "],\n\"total\":{";
  out += fmt::format("\"days\":{},\"days_with_items\":{},", intake.days.size(), days);
  json_totals(out, intake.total);
  out += ",\"mean_k1_ug_per_day\":";
  append_json_number(out, days > 0 ? std::optional<double>(intake.total.k1.ug / days) : std::nullopt);
  out += ",\"mean_k2_ug_per_day\":";
  append_json_number(out, days > 0 ? std::optional<double>(intake.total.k2.ug / days) : std::nullopt);
  const auto low = std::count_if(intake.days.begin(), intake.days.end(),
                                 [&](const Day& day) { return k2_below(day.totals, options.k2_min_ug_per_day); });
  out += fmt::format(",\"days_k2_low\":{},\"skipped_items\":{}}}", low, intake.skipped_items);
  out += ",\n\"richest_k2_foods\":[";
  if (low > 0) {
    const std::vector<Food> foods = catalog.richest_in_k2(options.suggestions);
    for (std::size_t i = 0; i < foods.size(); ++i) {
      out += i == 0 ? "{\"food_id\":" : ",{\"food_id\":";
      append_json_string(out, foods[i].id());
      out += ",\"k2_ug_per_100g\":";
      append_json_number(out, foods[i].k2_ug_per_100g());
      out += "}";
    }
  }
  out += "],\n\"advice\":";
  append_json_string(out,
                     "vitk informs; it does not prescribe. Ask a doctor, pharmacist or dietitian before taking a "
                     "vitamin K supplement, above all if you take a blood thinner such as warfarin: then a steady "
                     "vitamin K intake matters more than a high one.");
  out += "}\n";
  return out;
}

std::string render_tsv(const Intake& intake, std::size_t first_day, std::size_t day_count) {
  std::string out;
  if (first_day == 0) {
    out = "date\titems\tgrams\tk1_ug\tk1_known_items\tk2_ug\tk2_known_items\tdk_ug\tdk_known_items\n";
  }
  const auto count = [&](std::uint32_t value) {
    char buffer[16];
    out.append(buffer, static_cast<std::size_t>(std::to_chars(buffer, buffer + sizeof buffer, value).ptr - buffer));
  };
  const auto sum = [&](double ug, std::uint32_t known) {
    out += '\t';
    if (known > 0) append_trimmed(out, ug, 2);
    out += '\t';
    count(known);
  };
  const std::size_t end = std::min(intake.days.size(), first_day + day_count);
  for (std::size_t i = first_day; i < end; ++i) {
    const Day& day = intake.days[i];
    if (const std::optional<Date> date = day.calendar_date()) out += to_string(*date);
    const DayTotals& t = day.totals;
    out += '\t';
    count(t.items);
    out += '\t';
    append_trimmed(out, t.grams, 2);
    sum(t.k1_ug, t.k1_known);
    sum(t.k2_ug, t.k2_known);
    sum(t.dk_ug, t.dk_known);
    out += '\n';
  }
  return out;
}

std::string render_csv(const Intake& intake) {
  std::string out = "date,meal,input,food_id,food_name,quantity,unit,grams,k1_ug,k2_ug";
  for (std::string_view form : kFormKeys) out += fmt::format(",{}_ug", form);
  out += ",dk_ug\r\n";
  for (const Day& day : intake.days) {
    const std::optional<Date> date = day.calendar_date();
    for (const ItemRecord& record : intake.items_of(day)) {
      if (date) out += to_string(*date);
      out += ',';
      csv_field(out, record.meal);
      out += ',';
      csv_field(out, record.input);
      out += ',';
      csv_field(out, record.item.food.id());
      out += ',';
      csv_field(out, record.item.food.name());
      out += ',';
      csv_number(out, record.item.quantity);
      out += ',';
      csv_field(out, record.item.unit);
      out += ',';
      csv_number(out, record.item.grams);
      out += ',';
      csv_number(out, record.amounts.k1_ug);
      out += ',';
      csv_number(out, record.amounts.k2_ug);
      for (const std::optional<double>& value : record.amounts.k2_form_ug) {
        out += ',';
        csv_number(out, value);
      }
      out += ',';
      csv_number(out, record.amounts.dk_ug);
      out += "\r\n";
    }
  }
  return out;
}

}  // namespace vitk
