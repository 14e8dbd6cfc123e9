// vitk add's placing of new lines in a meal log: where a person would have written them, the rest untouched.
#include <doctest/doctest.h>

#include "vitk/base/error.hpp"
#include "vitk/intake/log_edit.hpp"

using namespace vitk;

namespace {

const Date kDay{2026, 11, 30};

std::string add(std::string_view log, std::string_view label = {}, Date date = kDay) {
  return add_to_log(log, "meals.txt", date, label, {"natto 50g", "kale 1 cup"});
}

}  // namespace

TEST_CASE("a new log gets the date line and the items") {
  CHECK(add("") == "2026-11-30\nnatto 50g\nkale 1 cup\n");
  CHECK(add("", "breakfast") == "2026-11-30\nbreakfast:\nnatto 50g\nkale 1 cup\n");
}

TEST_CASE("a new day goes before the first later day, else at the end, a blank line apart") {
  CHECK(add("2026-11-29\negg\n") == "2026-11-29\negg\n\n2026-11-30\nnatto 50g\nkale 1 cup\n");
  CHECK(add("2026-11-29\negg\n\n") == "2026-11-29\negg\n\n2026-11-30\nnatto 50g\nkale 1 cup\n");
  CHECK(add("2026-11-29\negg") == "2026-11-29\negg\n\n2026-11-30\nnatto 50g\nkale 1 cup\n");
  CHECK(add("2026-11-29\negg\n\n2026-12-01\ngouda 30 g\n") ==
        "2026-11-29\negg\n\n2026-11-30\nnatto 50g\nkale 1 cup\n\n2026-12-01\ngouda 30 g\n");
  CHECK(add("# my log\n2026-12-01\ngouda 30 g\n") ==
        "# my log\n2026-11-30\nnatto 50g\nkale 1 cup\n\n2026-12-01\ngouda 30 g\n");
  // Items before the first date stay undated.
  CHECK(add("egg\n") == "egg\n\n2026-11-30\nnatto 50g\nkale 1 cup\n");
}

TEST_CASE("on a day the log has, unlabeled items follow its items before the first label") {
  CHECK(add("2026-11-30\negg\n\n2026-12-01\ngouda 30 g\n") ==
        "2026-11-30\negg\nnatto 50g\nkale 1 cup\n\n2026-12-01\ngouda 30 g\n");
  CHECK(add("2026-11-30\negg\nlunch:\nsoup\n") == "2026-11-30\negg\nnatto 50g\nkale 1 cup\nlunch:\nsoup\n");
  CHECK(add("2026-11-30\nlunch: soup\n") == "2026-11-30\nnatto 50g\nkale 1 cup\nlunch: soup\n");
  CHECK(add("2026-11-30; egg\n") == "2026-11-30; egg\nnatto 50g\nkale 1 cup\n");
  // A date line with a label: the items start a new stretch of the day.
  CHECK(add("2026-11-30 lunch: soup\n") == "2026-11-30 lunch: soup\n\n2026-11-30\nnatto 50g\nkale 1 cup\n");
}

TEST_CASE("with a label, after that label's last items, or under a new label line at the end of the day") {
  const std::string log = "2026-11-30\nbreakfast:\negg\nlunch:\nsoup\n\n2026-12-01\ngouda 30 g\n";
  CHECK(add(log, "breakfast") ==
        "2026-11-30\nbreakfast:\negg\nnatto 50g\nkale 1 cup\nlunch:\nsoup\n\n2026-12-01\ngouda 30 g\n");
  CHECK(add(log, "Lunch") ==
        "2026-11-30\nbreakfast:\negg\nlunch:\nsoup\nnatto 50g\nkale 1 cup\n\n2026-12-01\ngouda 30 g\n");
  CHECK(add(log, "dinner") ==
        "2026-11-30\nbreakfast:\negg\nlunch:\nsoup\ndinner:\nnatto 50g\nkale 1 cup\n\n2026-12-01\ngouda 30 g\n");
  CHECK(add("2026-11-30\nlunch: soup; bread\n", "lunch") == "2026-11-30\nlunch: soup; bread\nnatto 50g\nkale 1 cup\n");
  // The same label on another day is another meal.
  CHECK(add("2026-11-29\nlunch:\nsoup\n\n2026-11-30\negg\n", "lunch") ==
        "2026-11-29\nlunch:\nsoup\n\n2026-11-30\negg\nlunch:\nnatto 50g\nkale 1 cup\n");
}

TEST_CASE("a day that comes back: its last stretch takes the items") {
  CHECK(add("2026-11-30\negg\n\n2026-11-29\nsoup\n\n2026-11-30\nbread\n") ==
        "2026-11-30\negg\n\n2026-11-29\nsoup\n\n2026-11-30\nbread\nnatto 50g\nkale 1 cup\n");
}

TEST_CASE("the rest of the log is kept byte for byte") {
  CHECK(add("\xEF\xBB\xBF# log\r\n2026-11-30\r\negg\r\n") == "\xEF\xBB\xBF# log\r\n2026-11-30\r\negg\r\nnatto 50g\nkale 1 cup\n");
  CHECK(add("2026-11-30\negg  # boiled\n\n\n# done\n") == "2026-11-30\negg  # boiled\n\n\n# done\nnatto 50g\nkale 1 cup\n");
}

TEST_CASE("a log that is not text is an error at its line") {
  try {
    add(std::string("2026-11-30\negg\0x\n", 17));
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(format_diagnostic(e).starts_with("meals.txt:2:4: error:"));
  }
}
