// libFuzzer target: a meal list read against a small food table and rendered in every format. Items are read
// or reported, never lost: every line that is not blank, a comment, a date or a label is counted one way or the
// other. When the parallel reader accepts the list, its sums equal those of the sequential reader.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz_catalog.hpp"
#include "vitk/base/io.hpp"
#include "vitk/intake/intake.hpp"
#include "vitk/intake/meal_log.hpp"
#include "vitk/intake/period.hpp"
#include "vitk/report/report.hpp"

namespace {

using vitk::fuzz::catalog;

bool close_enough(double a, double b) { return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)}); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  vitk::IntakeBuilder builder;
  vitk::LineReader reader(text);
  std::uint32_t reported = 0;
  builder.start_input();
  const vitk::ReadResult result = vitk::read_meal_list(reader, "fuzz", catalog(), builder,
                                                       [&](const vitk::Error& error, bool) {
                                                         if (error.where().line == 0) std::abort();
                                                         ++reported;
                                                       });
  if (result.problems != reported) std::abort();
  vitk::Intake intake = builder.finish();
  for (const vitk::Day& day : intake.days) {
    if (!std::isfinite(day.totals.k1_ug) || !std::isfinite(day.totals.k2_ug) || day.totals.k1_ug < 0 ||
        day.totals.k2_ug < 0) {
      std::abort();
    }
  }

  // The parallel reader, on the same bytes as a file: the same sums, or it declines.
  if (result.problems == 0) {
    const int fd = ::memfd_create("fuzz", 0);
    if (fd < 0) std::abort();
    vitk::write_all(fd, text);
    {
      vitk::IntakeBuilder parts(false);
      if (vitk::read_meal_file_in_parts(fd, size, "fuzz", catalog(), parts, 2)) {
        const vitk::Intake summed = parts.finish();
        if (summed.total.items != intake.total.items || !close_enough(summed.total.k1.ug, intake.total.k1.ug) ||
            !close_enough(summed.total.k2.ug, intake.total.k2.ug) || summed.days.size() != intake.days.size()) {
          std::abort();
        }
      }
      ::close(fd);
    }
  }

  // Rendering costs more than reading: every format, for one input in four (the length decides, and mutations
  // change it), with the period and the steady mode chosen by it too.
  if (size % 4 != 0) return 0;
  vitk::ReportOptions options;
  options.period = static_cast<vitk::Period>((size / 4) % 4);
  options.steady_tolerance_percent = (size / 16) % 2 == 0 ? std::optional<double>(25) : std::nullopt;
  vitk::select_days(intake, options.range);
  const vitk::Report report(intake, catalog(), options);
  (void)vitk::render_text(report);
  (void)vitk::render_markdown(report);
  (void)vitk::render_html(report);
  (void)vitk::render_json(report);
  (void)vitk::render_ndjson(report);
  (void)vitk::render_csv(intake);
  (void)vitk::render_tsv(intake);
  return 0;
}
