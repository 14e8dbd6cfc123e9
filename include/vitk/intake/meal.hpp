#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/base/error.hpp"
#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food.hpp"
#include "vitk/intake/date.hpp"

namespace vitk {


/// One item of a line, still as text; `column` counts bytes from 1 in the line.
struct ItemText {
  std::string_view text;
  std::uint32_t column = 1;
};

/// `bad_date` is a line that starts with a date vitk cannot use: one shaped like YYYY-MM-DD that names no real
/// day (2026-02-30), or a date in another form (2026/11/24, 24.11.2026).
enum class LineKind { blank, date, bad_date, items };
enum class DateProblem { impossible, other_form };

/// What one line of a meal list says: a date, a meal label (`breakfast:`) and items, each optional. A date
/// starts its line; items may follow it.
struct MealLine {
  LineKind kind = LineKind::blank;
  Date date;
  std::string_view label;
  std::vector<ItemText> items;
  ItemText date_text;  ///< for bad_date
  DateProblem date_problem = DateProblem::impossible;
};

/// Classifies a line: blank or comment; a date (`2026-11-24`, with an optional time `08:00` and an optional `:`
/// or `;`), which may be followed by the rest of a line; an optional meal label; and items separated by `;`.
/// Reuses `out`'s storage. Throws a data Error at `at` (line set, column filled in) for bytes that are not text.
void split_line(std::string_view line, SourceLocation& at, MealLine& out);

/// Rejects bytes that cannot be part of a line of text (control characters but tab, NUL, invalid UTF-8), so that
/// no message or report ever echoes them: a data Error at `at` (line set, column filled in).
void check_bytes(std::string_view line, SourceLocation& at);

/// One resolved item: a food and how much of it.
struct Item {
  Food food;
  /// The food's K1, K2 and dihydrophylloquinone per 100 g (kUnknown when unknown), copied for the hot path.
  double k1_ug_per_100g = kUnknown;
  double k2_ug_per_100g = kUnknown;
  double dk_ug_per_100g = kUnknown;
  K2Basis k2_basis = K2Basis::unstated;
  double quantity = 0;
  std::string_view unit;  ///< `g`, `oz` ... or a portion name such as `cup` (text of the food's table); `serving`
  double grams = 0;
  bool values_per_item = false;  ///< the food's values are per 1 of the quantity (FoodRecord::values_per_item)
};

/// An item of `food`, with the food's values copied in.
Item make_item(const Food& food, double quantity, std::string_view unit, double grams);
/// The food of an item found in a catalog's cache, with its values.
void set_food(Item& item, const FoodCatalog::FoundFood& found);

inline constexpr double kMaxItemGrams = 100000.0;

/// Reads one item in any of the shapes of vitk-meals(5): `QTY UNIT FOOD`, `QTY FOOD`, `FOOD QTY UNIT`,
/// `FOOD QTYUNIT`, `FOOD QTY`, `FOOD`. `at` is where the item starts. Throws a data Error at the offending word.
Item parse_item(std::string_view text, const SourceLocation& at, const FoodCatalog& catalog);

/// Whether an ounce of the food is a fluid ounce: a drink, a milk or a juice is measured, not weighed (`milk 8
/// oz`), but not a powder, a concentrate or a cheese.
bool ounce_is_fluid(const Food& food);

/// The shape of most lines of long logs, read without the general machinery: a one-word food and a decimal
/// quantity of a mass unit (`kale 50g`, `kale 50 g`, `50g kale`, `50 g kale`), single spaces, printable ASCII,
/// nothing else. Gives the same item as parse_item would from the same line, or false when the text is
/// anything else (a date, a comment, a label, several items) or names no single food.
bool parse_simple_item(std::string_view text, const FoodCatalog& catalog, Item& item);

/// The words of a simple item before its food is looked up: `grams` is quantity times the mass unit.
struct SimpleItem {
  std::string_view name;
  double quantity = 0;
  std::string_view unit;
  double grams = 0;
};

/// The syntax half of parse_simple_item: false when the text is not of the simple shape.
bool parse_simple_syntax(std::string_view text, SimpleItem& out);

}  // namespace vitk
