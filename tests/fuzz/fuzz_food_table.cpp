// libFuzzer target: food table text -> table. Any input either loads or gives errors with places; and whatever
// the fast reader accepts, the full toml++ reader reads to the same foods. With a small limit on what toml++ may
// read, as for a big table, the errors are the full reader's, or the one that the table leaves the plain layout.
#include <cmath>
#include <cstdint>
#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/base/error.hpp"
#include "vitk/foods/food_table.hpp"

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

bool leaves_layout(const vitk::Error& error) {
  return std::string_view(error.what()).find("is not in the plain layout, the only one read in a food table") !=
         std::string_view::npos;
}

bool is_syntax_error(const vitk::Error& error) {
  return std::string_view(error.what()).starts_with("TOML syntax error");
}

/// The text as a table too big for toml++ (anything over 64 bytes): loaded only when the full reader loads it
/// to the same foods; refused with the full reader's errors, or with the one that says where it leaves the plain
/// layout. toml++ stops at the first syntax error, so where the full reader met one, the part read may also
/// show problems of the values before it.
void check_big_table(std::string_view text, const vitk::FoodTable* full, const std::vector<std::string>& full_errors,
                     const vitk::Error* syntax_error) {
  std::unique_ptr<vitk::FoodTable> big;
  try {
    big = vitk::parse_food_table(text, "fuzz.toml", 64);
  } catch (const vitk::ErrorList& errors) {
    if (errors.errors().empty()) std::abort();
    for (const vitk::Error& error : errors.errors()) {
      if (error.where().file != "fuzz.toml" || error.where().line == 0) std::abort();
    }
    if (errors.errors().size() == 1 && leaves_layout(errors.errors()[0])) return;
    for (const vitk::Error& error : errors.errors()) {
      const std::string said = vitk::format_diagnostic(error);
      if (std::find(full_errors.begin(), full_errors.end(), said) != full_errors.end()) continue;
      const auto place = [](const vitk::Error& e) { return std::make_pair(e.where().line, e.where().column); };
      if (syntax_error != nullptr && !is_syntax_error(error) && place(error) < place(*syntax_error)) continue;
      std::abort();
    }
    return;
  }
  if (full == nullptr) std::abort();
  check_same_foods(*big, *full);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::unique_ptr<vitk::FoodTable> full;
  std::vector<std::string> full_errors;
  std::optional<vitk::Error> syntax_error;
  try {
    full = vitk::parse_full_food_table(text, "fuzz.toml");
  } catch (const vitk::ErrorList& errors) {
    if (errors.errors().empty()) std::abort();  // a refusal always says why
    for (const vitk::Error& error : errors.errors()) {
      if (error.where().file != "fuzz.toml" || error.where().line == 0) std::abort();
      full_errors.push_back(vitk::format_diagnostic(error));
      if (is_syntax_error(error)) syntax_error = error;
    }
  }
  check_big_table(text, full.get(), full_errors, syntax_error ? &*syntax_error : nullptr);
  if (const std::unique_ptr<vitk::FoodTable> fast = vitk::parse_plain_food_table(text, "fuzz.toml")) {
    if (!full) std::abort();  // the fast reader accepted what the full one refuses
    check_same_foods(*fast, *full);
  }
  return 0;
}
