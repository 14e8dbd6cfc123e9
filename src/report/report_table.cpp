// The reports for spreadsheets: CSV, one row per item, and TSV, one line per day.
#include <charconv>
#include <fmt/format.h>

#include "vitk/base/json.hpp"
#include "vitk/report/report.hpp"

namespace vitk {

namespace {

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

std::string render_tsv(const Intake& intake, std::size_t first_day, std::size_t day_count) {
  std::string out;
  if (first_day == 0) {
    // Columns are only ever added at the end: scripts read them by position.
    out = "date\titems\tgrams\tk1_ug\tk1_known_items\tk2_ug\tk2_known_items\tdk_ug\tdk_known_items"
          "\tk2_analysed_items\tk2_compiled_items\tk2_calculated_items\tk2_imputed_items\tk2_unstated_items\n";
  }
  const auto count = [&](std::uint32_t value) {
    char buffer[16];
    out.append(buffer, static_cast<std::size_t>(std::to_chars(buffer, buffer + sizeof buffer, value).ptr - buffer));
  };
  const auto sum = [&](double ug, std::uint32_t known) {
    out += '\t';
    if (known > 0) append_trimmed(out, ug, kVerdictDecimals);  // to 0.1 µg, as every verdict compares it
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
    const std::optional<BasisCounts> bases = t.k2_by_basis();
    for (std::size_t basis = 1; basis <= kBasisCount; ++basis) {
      out += '\t';
      if (bases) count((*bases)[basis % kBasisCount]);  // empty when the day had too many items to count them
    }
    out += '\n';
  }
  return out;
}

std::string render_csv(const Intake& intake) {
  std::string out;
  render_csv(intake, out, ReportSink());
  return out;
}

void render_csv(const Intake& intake, std::string& out, const ReportSink& sink) {
  out += "date,meal,input,food_id,food_name,quantity,unit,grams,k1_ug,k2_ug";
  for (std::string_view form : kFormKeys) out += fmt::format(",{}_ug", form);
  out += ",dk_ug,k2_basis\r\n";
  for (const Day& day : intake.days) {
    const std::optional<Date> date = day.calendar_date();
    for (const ItemRecord& stored : intake.items_of(day)) {
      const ItemView record = intake.view(stored);
      if (date) out += to_string(*date);
      out += ',';
      csv_field(out, record.meal);
      out += ',';
      csv_field(out, record.input);
      out += ',';
      csv_field(out, record.food.id());
      out += ',';
      csv_field(out, record.food.name());
      out += ',';
      csv_number(out, record.quantity);
      out += ',';
      csv_field(out, record.unit);
      out += ',';
      // A row of an export that does not say its weight has none.
      csv_number(out, record.food.record().values_per_item ? std::nullopt : std::optional<double>(record.grams));
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
      out += ',';
      if (record.amounts.k2_ug) out += kBasisNames[static_cast<std::size_t>(record.amounts.k2_basis)];
      out += "\r\n";
      if (sink && out.size() >= (1u << 16)) sink(out);
    }
  }
}

}  // namespace vitk
