// libFuzzer target: configuration file text -> settings, or errors with places.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "vitk/base/error.hpp"
#include "vitk/cli/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const vitk::Config config = vitk::parse_config(text, "config.toml");
    // What is accepted is in range.
    if (config.k2_min_ug_per_day && !(*config.k2_min_ug_per_day >= 0 && *config.k2_min_ug_per_day <= vitk::kMaxK2MinUgPerDay)) std::abort();
    if (config.age_years && !(*config.age_years >= 0 && *config.age_years <= vitk::kMaxAgeYears)) std::abort();
    if (config.weight_kg && !std::isfinite(*config.weight_kg)) std::abort();
    if (config.format && !vitk::is_report_format(*config.format)) std::abort();
  } catch (const vitk::ErrorList& errors) {
    if (errors.errors().empty()) std::abort();
    for (const vitk::Error& error : errors.errors()) {
      if (error.where().file != "config.toml" || error.where().line == 0) std::abort();
    }
  }
  return 0;
}
