#include "vitk/meal_log.hpp"

#include <doctest/doctest.h>

#include "vitk/catalog.hpp"
#include "vitk/food_table.hpp"
#include "vitk/io.hpp"
#include "vitk/totals.hpp"

using namespace vitk;

namespace {

constexpr std::string_view kFoods = R"(
[[food]]
id = "kale"
name = "Kale"
source = "s"
k1 = 700
portions = { cup = 16 }

[[food]]
id = "natto"
name = "Natto"
source = "s"
k2 = { mk7 = 900 }
)";

struct Read {
  Intake intake;
  ReadResult result;
  std::vector<std::string> problems;
};

Read read(std::string_view text) {
  const std::unique_ptr<FoodTable> table = parse_food_table(kFoods, "foods.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  IntakeBuilder builder;
  Read out;
  LineReader reader(text);
  out.result = read_meal_list(reader, "log.txt", catalog, builder, [&](const Error& problem, bool skippable) {
    out.problems.push_back(format_diagnostic(problem) + (skippable ? "" : " [fatal]"));
  });
  out.intake = builder.finish();
  return out;
}

}  // namespace

TEST_CASE("a meal list becomes days of items") {
  const Read r = read(
      "# week\n"
      "2026-11-24\n"
      "breakfast:\n"
      "natto 10 g\n"
      "lunch: 2 cups kale; natto 5g\n"
      "\n"
      "2026-11-25:\n"
      "kale 100 g\n");
  CHECK(r.problems.empty());
  REQUIRE(r.intake.days.size() == 2);
  const Day& first = r.intake.days[0];
  const std::span<const ItemRecord> items = r.intake.items_of(first);
  REQUIRE(items.size() == 3);
  CHECK(items[0].meal == "breakfast");
  CHECK(items[0].input == "natto 10 g");
  CHECK(items[1].meal == "lunch");
  CHECK(items[1].input == "2 cups kale");
  CHECK(first.totals.k2_ug == doctest::Approx(135));
  CHECK(first.totals.k1_ug == doctest::Approx(224));
  CHECK(r.intake.days[1].totals.k1_ug == doctest::Approx(700));
  CHECK(r.intake.items_of(r.intake.days[1])[0].meal.empty());  // a date starts without a meal label
}

TEST_CASE("every bad line is reported and counted, and reading goes on") {
  const Read r = read(
      "kael 10 g\n"
      "natto 5 g\n"
      "2026-02-30\n"
      "natto 2 cups; \xFF\n"
      "spinach\n");
  CHECK(r.problems == std::vector<std::string>{
                          "log.txt:1:1: error: unknown food 'kael' (did you mean 'kale'?)",
                          "log.txt:3:1: error: impossible date '2026-02-30' (expected a real day as YYYY-MM-DD) [fatal]",
                          "log.txt:4:15: error: invalid UTF-8 (expected text in UTF-8)",
                          "log.txt:5:1: error: unknown food 'spinach'",
                      });
  CHECK(r.result.problems == 4);
  CHECK(r.result.fatal_problems == 1);
  CHECK(r.intake.skipped_items == 4);
  CHECK(r.intake.total.items == 1);
}

TEST_CASE("several items of a line each get their own column") {
  const Read r = read("kale 1 cup; kael 1 cup;natto 2 slices");
  CHECK(r.problems == std::vector<std::string>{
                          "log.txt:1:13: error: unknown food 'kael' (did you mean 'kale'?)",
                          "log.txt:1:32: error: 'natto' has no portion 'slices' (units: mg, g, kg, oz, lb)",
                      });
}

TEST_CASE("an over-long line is one problem") {
  const Read r = read(std::string("kale 1 cup\n") + std::string(LineReader::kMaxLineBytes + 1, 'k') + "\nnatto 1 g\n");
  CHECK(r.problems == std::vector<std::string>{"log.txt:2:1: error: line is longer than 16384 bytes"});
  CHECK(r.intake.total.items == 2);
}
