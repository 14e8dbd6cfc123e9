#include "vitk/intake/meal_log.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "vitk/base/io.hpp"
#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food_table.hpp"
#include "vitk/intake/date.hpp"
#include "vitk/intake/intake.hpp"

#include <cstdio>
#include <unistd.h>

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
  std::unique_ptr<FoodTable> table;  // the items of the intake point into it
  Intake intake;
  ReadResult result;
  std::vector<std::string> problems;
};

Read read(std::string_view text, std::size_t memory_limit = SIZE_MAX, bool keep_items = true, std::size_t shared = 0) {
  Read out;
  out.table = parse_food_table(kFoods, "foods.toml");
  FoodCatalog catalog;
  catalog.add(out.table->data());
  IntakeBuilder builder(keep_items);
  builder.set_memory_limit(memory_limit, shared);
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
  const ItemRange items = r.intake.items_of(first);
  REQUIRE(items.size() == 3);
  CHECK(r.intake.view(items[0]).meal == "breakfast");
  CHECK(r.intake.view(items[0]).input == "natto 10 g");
  CHECK(r.intake.view(items[1]).meal == "lunch");
  CHECK(r.intake.view(items[1]).input == "2 cups kale");
  CHECK(r.intake.view(items[2]).meal == "lunch");
  CHECK(r.intake.view(items[2]).unit == "g");
  CHECK(first.totals.k2_ug == doctest::Approx(135));
  CHECK(first.totals.k1_ug == doctest::Approx(224));
  CHECK(r.intake.days[1].totals.k1_ug == doctest::Approx(700));
  CHECK(r.intake.view(r.intake.items_of(r.intake.days[1])[0]).meal.empty());  // a date starts without a meal label
}

TEST_CASE("every bad line is reported and counted, and reading goes on") {
  const Read r = read(
      "kael 10 g\n"
      "natto 5 g\n"
      "2026-02-30\n"
      "natto 2 cups; \xFF\n"
      "spinach\n");
  CHECK(r.problems == std::vector<std::string>{
                          "log.txt:1:1: error: unknown food 'kael' (did you mean 'kale'? see: vitk foods search kael)",
                          "log.txt:3:1: error: impossible date '2026-02-30' (expected a real day as YYYY-MM-DD) [fatal]",
                          "log.txt:4:15: error: invalid UTF-8 (expected text in UTF-8)",
                          "log.txt:5:1: error: unknown food 'spinach' (see: vitk foods search spinach)",
                      });
  CHECK(r.result.problems == 4);
  CHECK(r.result.fatal_problems == 1);
  CHECK(r.intake.skipped_items == 4);
  CHECK(r.intake.total.items == 1);
}

TEST_CASE("several items of a line each get their own column") {
  const Read r = read("kale 1 cup; kael 1 cup;natto 2 slices");
  CHECK(r.problems == std::vector<std::string>{
                          "log.txt:1:13: error: unknown food 'kael' (did you mean 'kale'? see: vitk foods search kael)",
                          "log.txt:1:32: error: 'natto' has no portion 'slices' (units: mg, g, kg, oz, lb)",
                      });
}

TEST_CASE("an over-long line is one problem") {
  const Read r = read(std::string("kale 1 cup\n") + std::string(LineReader::kMaxLineBytes + 1, 'k') + "\nnatto 1 g\n");
  CHECK(r.problems == std::vector<std::string>{"log.txt:2:1: error: line is longer than 16384 bytes"});
  CHECK(r.intake.total.items == 2);
}

namespace {

/// A temporary file holding `text`, removed at the end of the test.
struct TempFile {
  std::string path;
  int fd = -1;
  explicit TempFile(const std::string& text) {
    char name[] = "/tmp/vitk-test-XXXXXX";
    fd = ::mkstemp(name);
    REQUIRE(fd >= 0);
    path = name;
    REQUIRE(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::lseek(fd, 0, SEEK_SET);
  }
  ~TempFile() {
    ::close(fd);
    ::unlink(path.c_str());
  }
};

std::string day_sums(const Intake& intake) {
  std::string out;
  for (const Day& day : intake.days) {
    char line[200];
    std::snprintf(line, sizeof line, "%d %u %.6f %u %.6f %u %.6f\n", day.date, day.totals.items, day.totals.k1_ug,
                  day.totals.k1_known, day.totals.k2_ug, day.totals.k2_known, day.totals.grams);
    out += line;
  }
  return out;
}

}  // namespace

TEST_CASE("reading a file in parts gives the sums of reading it in order") {
  const auto table = parse_food_table(kFoods, "foods.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  // Undated items first, days out of order and repeated, CRLF, comments, labels, general items.
  std::string text = "\xEF\xBB\xBFkale 10 g\r\nnatto 5g\n";
  for (int day = 0; day < 3000; ++day) {
    const int number = (day * 7919) % 500;  // dates out of order, each several times
    char date[16];
    std::snprintf(date, sizeof date, "2025-%02d-%02d", 1 + number / 28 % 12, 1 + number % 28);
    text += std::string(date) + (day % 3 == 0 ? ":\n" : "\n");
    text += "# a comment\nlunch: kale 1 cup; natto 2 g\n50 g natto\nkale 0.5 kg\n10g kale\n";
  }
  const TempFile file(text);
  IntakeBuilder in_order(false);
  LineReader reader(file.fd, file.path);
  const ReadResult result = read_meal_list(reader, file.path, catalog, in_order, [](const Error&, bool) {});
  REQUIRE(result.problems == 0);
  const std::string expected = day_sums(in_order.finish());
  for (unsigned threads : {1u, 2u, 3u, 7u}) {
    CAPTURE(threads);
    IntakeBuilder parts(false);
    REQUIRE(read_meal_file_in_parts(file.fd, text.size(), file.path, catalog, parts, threads));
    CHECK(day_sums(parts.finish()) == expected);
  }
}

TEST_CASE("reading in parts gives up on any problem and adds nothing") {
  const auto table = parse_food_table(kFoods, "foods.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "2026-11-24\nkale 10 g\n";
  for (const std::string& bad : {std::string("kael 10 g\n"), std::string("2026-02-30\n"), std::string(LineReader::kMaxLineBytes + 5, 'x') + "\n",
                                 std::string("kale\0 1 g\n", 10)}) {
    const TempFile file(text + bad + text);
    IntakeBuilder builder(false);
    CHECK_FALSE(read_meal_file_in_parts(file.fd, (text + bad + text).size(), file.path, catalog, builder, 2));
    CHECK(builder.finish().days.empty());
  }
}

TEST_CASE("a log past the memory limit is one fatal error at the line that passes it; the rest is still read") {
  std::string text = "2026-11-24\n";
  for (int i = 0; i < 40; ++i) text += "kale 1 cup\n";
  text += "kael 1 cup\n";
  // A day (67 bytes), one food and one unit (80 bytes each), then items of 34 bytes and their text (10 bytes and
  // a 2-byte length): the 2,000 bytes the food tables leave of 1 MiB are passed by the 39th item, on line 40.
  constexpr std::size_t kMiB = 1 << 20;
  const Read r = read(text, kMiB, true, kMiB - 2000);
  REQUIRE(r.problems.size() == 2);
  CHECK(r.problems[0] ==
        "log.txt:40:1: error: the days and items read up to this line and the food tables take more than 1 MiB, the "
        "most one report may keep (expected a shorter log: split it, or use --format tsv, which keeps only the days) "
        "[fatal]");
  CHECK(r.problems[1].starts_with("log.txt:42:1: error: unknown food 'kael'"));
  CHECK(r.result.fatal_problems == 1);
  CHECK(r.intake.days.empty());
  CHECK(r.intake.items.empty());

  // Without items (tsv) only the days count, 58 bytes each: 1 MiB holds 18,078 of them.
  std::string days;
  for (int day = 0; day < 20'000; ++day) days += to_string(civil_from_days(day)) + "\nkale 1 cup\n";
  const Read sums = read(days, kMiB, false);
  REQUIRE(sums.problems.size() == 1);
  CHECK(sums.problems[0] ==
        "log.txt:31301:1: error: the days and items read up to this line take more than 1 MiB, the most one report "
        "may keep (expected a shorter log: split it) [fatal]");
  CHECK(sums.intake.days.empty());
}

TEST_CASE("reading in parts gives up when the days may not fit, for the reading in order to name the line") {
  const auto table = parse_food_table(kFoods, "foods.toml");
  FoodCatalog catalog;
  catalog.add(table->data());
  std::string text;
  for (int day = 0; day < 3000; ++day) text += to_string(civil_from_days(day)) + "\nkale 10 g\n";
  const TempFile file(text);
  // Too many days for a part; then parts that fit, but days that might not (58 bytes each, with room for an
  // index of dates at its largest, 15.3 MB).
  for (const std::size_t limit : {std::size_t{100'000}, std::size_t{15'400'000}}) {
    CAPTURE(limit);
    IntakeBuilder builder(false);
    builder.set_memory_limit(limit);
    CHECK_FALSE(read_meal_file_in_parts(file.fd, text.size(), file.path, catalog, builder, 2));
    CHECK(builder.finish().days.empty());
  }
  IntakeBuilder roomy(false);
  roomy.set_memory_limit(16 << 20);
  CHECK(read_meal_file_in_parts(file.fd, text.size(), file.path, catalog, roomy, 2));
  CHECK(roomy.finish().days.size() == 3000);
}
