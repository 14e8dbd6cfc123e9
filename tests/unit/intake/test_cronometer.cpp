// Cronometer exports: telling the kinds apart, finding the columns, the list of names, matching.
#include "vitk/intake/cronometer.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <set>

#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"
#include "vitk/base/text.hpp"
#include "vitk/foods/builtin_foods.hpp"
#include "vitk/intake/intake.hpp"

using namespace vitk;

TEST_CASE("Cronometer exports are told apart by their header") {
  CHECK(cronometer_kind("Day,Time,Group,Food Name,Amount,Energy (kcal),Vitamin K (\u00B5g),Category") ==
        ExportKind::servings);
  CHECK(cronometer_kind("Day,Food Name,Amount,Energy (kcal),Water (g)") == ExportKind::servings);
  CHECK(cronometer_kind("Date,Energy (kcal),Vitamin K (\u00B5g),Completed") == ExportKind::daily_summary);
  CHECK(cronometer_kind("Date,Group,Energy (kcal),Completed") == ExportKind::daily_summary);
  CHECK(cronometer_kind("Day,Time,Group,Metric,Unit,Amount") == ExportKind::biometrics);
  CHECK(cronometer_kind("Day,Group,Exercise,Minutes,Calories Burned") == ExportKind::exercises);
  CHECK(cronometer_kind("Day,Group,Note") == ExportKind::notes);
  CHECK(cronometer_kind("2026-11-24") == ExportKind::none);
  CHECK(cronometer_kind("kale 1 cup, chopped") == ExportKind::none);
}

TEST_CASE("the columns of a servings export are found by name, wherever they are") {
  const auto columns =
      servings_columns("Day,Group,Food Name,Amount,Energy (kcal),Vitamin K (\u00B5g),Calcium (mg),Category");
  REQUIRE(columns);
  CHECK(columns->count == 8);
  CHECK(columns->day == 0);
  CHECK(columns->group == 1);
  CHECK(columns->name == 2);
  CHECK(columns->amount == 3);
  CHECK(columns->vitamin_k == 5);
  CHECK(columns->category == 7);
  const auto old = servings_columns("Day,Food Name,Amount,Energy (kcal)");
  REQUIRE(old);
  CHECK_FALSE(old->group);
  CHECK_FALSE(old->vitamin_k);
  CHECK_FALSE(servings_columns("Date,Energy (kcal),Completed"));
}

TEST_CASE("every food of the list of Cronometer names is a built-in food, each name once") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  std::set<std::string> seen;
  CHECK(cronometer_names().size() > 100);
  for (const CronometerName& entry : cronometer_names()) {
    CHECK_MESSAGE(catalog.find(entry.food).food.has_value(), entry.food);
    CHECK_MESSAGE(seen.insert(normalize_key(entry.name)).second, entry.name);
  }
}

TEST_CASE("names are matched, surest first") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  CronometerMatcher matcher(catalog, &builtin_foods());
  const NameMatch& eggs = matcher.match("Eggs, Cooked");
  REQUIRE(eggs.food);
  CHECK(eggs.kind == MatchKind::mapped);
  const NameMatch& kale = matcher.match("Kale, Raw");
  REQUIRE(kale.food);
  CHECK(kale.food->id() == "kale");
  CHECK(kale.kind == MatchKind::exact);
  // A raw food is not matched to a cooked one.
  const NameMatch& raspberries = matcher.match("Raspberries, Fresh, Red");
  REQUIRE(raspberries.food);
  CHECK(to_lower(raspberries.food->name()).find("raw") != std::string::npos);
  CHECK_FALSE(matcher.match("Zzyzx, Imaginary Brand Protein Bar").food);
}

TEST_CASE("a menaquinone supplement's figure is K2, of the form its name says") {
  CHECK(ExportFoods::kind_of("Vitamin K2 MK7 (as menaquinone-7)").k2);
  CHECK(ExportFoods::kind_of("Vitamin K2 MK7 (as menaquinone-7)").form == std::optional<std::size_t>(3));
  CHECK(ExportFoods::kind_of("Vitamin K2 M4 (as menaquinone-4)").form == std::optional<std::size_t>(0));
  CHECK(ExportFoods::kind_of("Vitamin K2, Complex").k2);
  CHECK_FALSE(ExportFoods::kind_of("Vitamin K2, Complex").form);
  CHECK_FALSE(ExportFoods::kind_of("Vitamin K1 (as Phytonadione)").k2);
  CHECK_FALSE(ExportFoods::kind_of("Kale, Raw").k2);
}

TEST_CASE("a food of the export's figure per item counts per item, its grams unknown") {
  ExportFoods foods;
  const Food capsule = foods.food("Multivitamin", 25.0, true);
  CHECK(is_export_food(capsule));
  CHECK(capsule.name() == "Multivitamin (Cronometer's figure)");
  const Amounts two = amounts_for(capsule, 0, 2);
  REQUIRE(two.k1_ug);
  CHECK(*two.k1_ug == doctest::Approx(50.0));
  CHECK_FALSE(two.k2_ug);
  // The same name and figure is one food.
  CHECK(foods.food("Multivitamin", 25.0, true) == capsule);
  const Food weighed = foods.food("Kale, Raw", 389.6, false);
  const Amounts forty = amounts_for(weighed, 40, 40);
  CHECK(*forty.k1_ug == doctest::Approx(155.84));
}

TEST_CASE("an export past the memory limit is one fatal error at the row that passes it; the rest is still read") {
  FoodCatalog catalog;
  catalog.add(builtin_foods());
  CronometerMatcher matcher(catalog, &builtin_foods());
  ExportFoods export_foods;
  // 30 days of 1,000 rows of kale, and a row whose amount is not a number.
  std::string text = "Day,Time,Group,Food Name,Amount,Energy (kcal),Vitamin K (\u00B5g),Category\n";
  for (int day = 1; day <= 30; ++day) {
    for (int row = 0; row < 1000; ++row) {
      text += fmt::format("2026-04-{:02},8:00 AM,Breakfast,\"Kale, Raw\",40.00 g,14.00,155.84,Vegetables\n", day);
    }
  }
  text += "2026-05-01,8:00 AM,Breakfast,\"Kale, Raw\",forty g,14.00,155.84,Vegetables\n";
  std::vector<std::string> problems;
  const auto read = [&](bool keep_items) {
    problems.clear();
    IntakeBuilder builder(keep_items);
    // Matching names sets 10 MiB aside: 1 MiB is left for the days and items.
    builder.set_memory_limit(std::size_t{11} << 20);
    builder.start_input();
    LineReader reader(text);
    const ReadResult result =
        read_cronometer(reader, "servings.csv", matcher, export_foods, builder,
                        [&](const Error& error, bool) { problems.push_back(format_diagnostic(error)); });
    CHECK(result.problems == problems.size());
    return std::pair(result.fatal_problems, builder.finish().days.size());
  };
  // Every item kept: 30,000 of them pass what is left, which is said once at the row that passes it, and nothing is kept.
  // The bad amount of the last row (line 30,002) is still reported.
  const auto kept = read(true);
  REQUIRE(problems.size() == 2);
  const std::size_t at = problems[0].find(":1: error: the days and items read up to this line and the food tables "
                                          "take more than 11 MiB, the most one report may keep (expected a shorter export: split it, or use "
                                          "--format tsv, which keeps only the days)");
  INFO(problems[0]);
  REQUIRE(at != std::string::npos);
  REQUIRE(problems[0].starts_with("servings.csv:"));
  const int line = std::stoi(problems[0].substr(13, at - 13));
  CHECK(line > 2);
  CHECK(line < 30002);
  CHECK(problems[1].starts_with("servings.csv:30002:"));
  CHECK(kept.first == 1);
  CHECK(kept.second == 0);
  // The sums of 31 days fit where the items did not.
  const auto sums = read(false);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].starts_with("servings.csv:30002:"));
  CHECK(sums.first == 0);
  CHECK(sums.second == 30);
}
