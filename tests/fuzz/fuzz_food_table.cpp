// libFuzzer target: food table text -> table. Any input either loads or gives errors with places; and whatever
// the fast reader accepts, the full toml++ reader reads to the same foods.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "vitk/error.hpp"
#include "vitk/food_table.hpp"

namespace {

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

void check_same_foods(const vitk::FoodTable& fast, const vitk::FoodTable& full) {
  if (fast.size() != full.size()) std::abort();
  for (std::uint32_t i = 0; i < fast.size(); ++i) {
    const vitk::Food a(fast.data(), i), b(full.data(), i);
    const vitk::FoodRecord &ra = a.record(), &rb = b.record();
    if (a.id() != b.id() || a.name() != b.name() || a.group() != b.group() || a.source() != b.source() ||
        a.alias_count() != b.alias_count() || a.portion_count() != b.portion_count() ||
        !same(ra.k1_ug_per_100g, rb.k1_ug_per_100g) || !same(ra.k2_ug_per_100g, rb.k2_ug_per_100g) ||
        !same(ra.dk_ug_per_100g, rb.dk_ug_per_100g)) {
      std::abort();
    }
    for (std::size_t f = 0; f < vitk::kFormCount; ++f) {
      if (!same(ra.k2_form_ug_per_100g[f], rb.k2_form_ug_per_100g[f])) std::abort();
    }
    for (std::size_t p = 0; p < a.portion_count(); ++p) {
      if (a.portion(p).unit != b.portion(p).unit || a.portion(p).grams != b.portion(p).grams) std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::unique_ptr<vitk::FoodTable> full;
  try {
    full = vitk::parse_full_food_table(text, "fuzz.toml");
  } catch (const vitk::ErrorList& errors) {
    if (errors.errors().empty()) std::abort();  // a refusal always says why
    for (const vitk::Error& error : errors.errors()) {
      if (error.where().file != "fuzz.toml" || error.where().line == 0) std::abort();
    }
  }
  if (const std::unique_ptr<vitk::FoodTable> fast = vitk::parse_plain_food_table(text, "fuzz.toml")) {
    if (!full) std::abort();  // the fast reader accepted what the full one refuses
    check_same_foods(*fast, *full);
  }
  return 0;
}
