#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "vitk/base/io.hpp"
#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food_table.hpp"
#include "vitk/intake/intake.hpp"
#include "vitk/intake/meal_log.hpp"

namespace vitk {

// Cronometer's "Servings" export (Food & Recipe Entries): a CSV with a row per food logged. vitk(1), CRONOMETER.

/// The kinds of CSV files Cronometer exports, told apart by their header.
enum class ExportKind { none, servings, daily_summary, biometrics, exercises, notes };

/// What kind of Cronometer export a header line is (`none`: not one).
ExportKind cronometer_kind(std::string_view header);

/// Where the columns vitk reads are in a servings export (found by name: they move between exports).
struct ServingsColumns {
  std::size_t count = 0;
  std::size_t day = 0;
  std::size_t name = 0;
  std::size_t amount = 0;
  std::optional<std::size_t> group;
  std::optional<std::size_t> vitamin_k;
  std::optional<std::size_t> category;
};
std::optional<ServingsColumns> servings_columns(std::string_view header);

/// How sure vitk is that a Cronometer name is one of its foods, surest first.
enum class MatchKind : std::uint8_t {
  yours,      ///< an id, alias or name of a food of the user's own tables
  mapped,     ///< vitk's list of Cronometer names (foods/cronometer-names.csv)
  exact,      ///< an id, alias or name of a built-in food
  words,      ///< the same words in another order
  close,      ///< most of the words, and the first: the best of a search
  none,
};
std::string_view match_kind_name(MatchKind kind);

/// The vitk food a Cronometer name stands for, if any.
struct NameMatch {
  std::optional<Food> food;
  MatchKind kind = MatchKind::none;
};

/// The built-in list of Cronometer names and the vitk food ids they stand for.
struct CronometerName {
  std::string name;
  std::string food;
};
const std::vector<CronometerName>& cronometer_names();

/// Matches Cronometer names to the foods of a catalog, remembering its answers.
class CronometerMatcher {
 public:
  /// `builtin` is the built-in table of the catalog, if it is in it: a match in another table is the user's.
  CronometerMatcher(const FoodCatalog& catalog, const TableData* builtin);
  const NameMatch& match(std::string_view name);
  const FoodCatalog& catalog() const { return catalog_; }
  bool memory_set_aside = false;  ///< the report's memory for matching is set aside (read_cronometer)

 private:
  NameMatch find(std::string_view name);
  std::optional<Food> closest(std::string_view name);

  const FoodCatalog& catalog_;
  const TableData* builtin_;
  std::unordered_map<std::string, std::string> mapped_;  ///< normalized Cronometer name -> food id
  std::unordered_map<std::string, NameMatch> cache_;
  struct Indexed {
    Food food;
    std::vector<std::string> words;
    bool curated = false;
  };
  std::vector<Indexed> index_;  ///< made on the first search
};

/// What the rows of one Cronometer name came to, for `vitk foods match`.
struct NameUse {
  std::string name;
  NameMatch match;
  std::uint32_t rows = 0;
  std::uint32_t rows_counted = 0;     ///< rows counted with the vitk food
  std::uint32_t rows_figure = 0;      ///< rows counted with the export's own figure
  std::uint32_t rows_unknown = 0;     ///< rows with neither
  std::uint32_t rows_unconverted = 0; ///< matched rows whose amount vitk could not weigh
  std::uint32_t rows_disagree = 0;    ///< rows where vitk's K1 and the export's differ more than twofold
  double export_ug = 0;               ///< the export's own vitamin K, all rows
  double vitk_k1_ug = 0;              ///< vitk's K1, rows counted with the vitk food
  double export_ug_counted = 0;       ///< the export's vitamin K of those rows (where given)
  std::string example_amount;         ///< one amount as the export writes it
  bool custom = false;                ///< a row without a Category: a food of the person's own, or a supplement
  bool k2_supplement = false;         ///< its name says menaquinone: the export's figure is K2
};


/// What the export's vitamin K of a row is: K1, or for a menaquinone supplement K2 (of one form, or total).
struct FigureKind {
  bool k2 = false;
  std::optional<std::size_t> form;  ///< into kFormKeys
  bool operator<(const FigureKind& other) const { return std::tie(k2, form) < std::tie(other.k2, other.form); }
};

/// The foods made for rows counted with the export's own figure: one per name, unit and figure per unit, each
/// in a small table of its own that never moves. Its foods are named `NAME (Cronometer's figure)`.
class ExportFoods {
 public:
  using Kind = FigureKind;
  /// Tells it from the food's name: `Vitamin K2 MK7 (as menaquinone-7)` is MK-7.
  static Kind kind_of(std::string_view name);

  /// A food of `name` whose unit holds `value` µg (unknown: NaN) of what `kind` says. For a mass unit
  /// (`per_item` false) the value is per 100 g.
  Food food(std::string_view name, double value, bool per_item, Kind kind = Kind());
  /// `food` with the export's K1 in place of its own (per 100 g), and its K2: for a row where the two tables
  /// disagree more than twofold. Named `NAME (K1: Cronometer's)`.
  Food with_k1(const Food& food, double k1_per_100g);
  /// A unit as the export writes it (`capsule`), kept for as long as the items that show it.
  std::string_view unit(std::string_view text);
  std::size_t memory_bytes() const { return bytes_; }

 private:
  std::set<std::string, std::less<>> units_;
  std::deque<std::unique_ptr<FoodTable>> tables_;
  std::map<std::tuple<std::string, double, bool, Kind>, Food> made_;
  std::map<std::pair<const FoodRecord*, double>, Food> with_k1_;
  std::size_t bytes_ = 0;
};

/// Whether a food stands for a row counted with the export's own figure (an ExportFoods food).
bool is_export_food(const Food& food);

/// Reads a Cronometer servings export (its header first) into `builder`: a day per `Day`, the meal label from
/// `Group`, an item per row. Problems (a row of the wrong shape, a date or amount vitk cannot read) are reported
/// at their place, as for meal lists. `uses` collects what each name came to; the builder's import_stats() the
/// counts.
ReadResult read_cronometer(LineReader& reader, const std::string& name, CronometerMatcher& matcher,
                           ExportFoods& export_foods, IntakeBuilder& builder, const ProblemHandler& on_problem,
                           std::map<std::string, NameUse>* uses = nullptr);

}  // namespace vitk
