// libFuzzer target: a Cronometer servings export read against a small food table, with its header given when
// the input does not start with one, so that the fuzzer spends its time on rows. Every row is counted one way or
// the other (an item, a row of amount 0, or a problem reported at its place), and the sums stay finite.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "fuzz_catalog.hpp"
#include "vitk/base/io.hpp"
#include "vitk/intake/cronometer.hpp"
#include "vitk/intake/intake.hpp"
#include "vitk/report/match_report.hpp"
#include "vitk/report/report.hpp"

namespace {

using vitk::fuzz::catalog;

constexpr std::string_view kHeader = "Day,Time,Group,Food Name,Amount,Energy (kcal),Vitamin K (\u00B5g),Category\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!text.starts_with("Day,")) text.insert(0, kHeader);
  vitk::IntakeBuilder builder;
  vitk::LineReader reader(text);
  vitk::CronometerMatcher matcher(catalog(), nullptr);
  vitk::ExportFoods export_foods;
  std::map<std::string, vitk::NameUse> uses;
  std::uint32_t reported = 0;
  builder.start_input();
  const vitk::ReadResult result = vitk::read_cronometer(reader, "fuzz", matcher, export_foods, builder,
                                                        [&](const vitk::Error& error, bool) {
                                                          if (error.where().line == 0) std::abort();
                                                          ++reported;
                                                        },
                                                        &uses);
  if (result.problems != reported) std::abort();
  const vitk::ImportStats stats = builder.import_stats();
  vitk::Intake intake = builder.finish();
  if (stats.rows != stats.matched + stats.figure + stats.figure_k2 + stats.unknown + stats.zero_rows) std::abort();
  if (intake.total.items != stats.matched + stats.figure + stats.figure_k2 + stats.unknown) std::abort();
  for (const vitk::Day& day : intake.days) {
    if (!std::isfinite(day.totals.k1_ug) || !std::isfinite(day.totals.k2_ug) || day.totals.k1_ug < 0 ||
        day.totals.k2_ug < 0) {
      std::abort();
    }
  }
  (void)vitk::render_match_report(uses, stats);
  (void)vitk::render_match_json(uses, stats);
  if (size % 4 != 0) return 0;
  vitk::ReportOptions options;
  const vitk::Report report(intake, catalog(), options);
  (void)vitk::render_text(report);
  (void)vitk::render_json(report);
  (void)vitk::render_csv(intake);
  return 0;
}
