// Cronometer's servings export read as a meal list: each row matched to a vitk food, or kept with the export's
// own vitamin K, never dropped.
#include "vitk/intake/cronometer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <set>

#include "vitk/base/csv.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"
#include "vitk/foods/units.hpp"
#include "vitk/intake/date.hpp"
#include "vitk/intake/intake.hpp"
#include "vitk/intake/meal.hpp"

namespace vitk {

extern const std::string_view kCronometerNamesCsv;  // foods/cronometer-names.csv, compiled in

namespace {

constexpr std::string_view kExportTableName = "Cronometer export";
/// The memory matching names to foods may take (vitk(1), LIMITS).
constexpr std::size_t kMatchingBytes = std::size_t{10} << 20;
/// A record of an export may not be longer than this (a Cronometer row takes about 400 bytes).
constexpr std::size_t kMaxRecordBytes = 64 * 1024;

std::vector<std::string> header_names(std::string_view header) {
  std::vector<std::string_view> fields;
  std::string storage;
  split_csv(header, fields, storage);
  std::vector<std::string> names;
  for (std::string_view field : fields) names.emplace_back(trim(field));
  return names;
}

std::optional<std::size_t> column(const std::vector<std::string>& names, std::string_view wanted) {
  const auto found = std::find(names.begin(), names.end(), wanted);
  if (found == names.end()) return std::nullopt;
  return static_cast<std::size_t>(found - names.begin());
}

/// `2026-11-24`, and the unpadded `2011-4-18` of the exports of 2011 to 2016.
bool parse_export_date(std::string_view text, Date& date) {
  text = trim(text);
  int parts[3] = {0, 0, 0};
  std::size_t part = 0, digits = 0;
  for (const char c : text) {
    if (c == '-') {
      if (digits == 0 || ++part > 2) return false;
      digits = 0;
    } else if (is_digit(c) && digits < (part == 0 ? 4u : 2u)) {
      parts[part] = parts[part] * 10 + (c - '0');
      ++digits;
    } else {
      return false;
    }
  }
  if (part != 2 || digits == 0) return false;
  const std::string padded = fmt::format("{:04}-{:02}-{:02}", parts[0], parts[1], parts[2]);
  return parse_iso_date(padded, date) == DateParse::ok;
}

/// A number as the export writes it: digits and a point (`158.00`, `0.00`), at most 12 digits.
std::optional<double> export_number(std::string_view text) {
  text = trim(text);
  std::size_t digits = 0;
  for (const char c : text) {
    if (is_digit(c)) {
      ++digits;
    } else if (c != '.') {
      return std::nullopt;
    }
  }
  if (digits == 0 || digits > 12) return std::nullopt;
  double value = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

/// Words of a name for matching: folded, singular, without the words that name no food.
std::vector<std::string> match_words(std::string_view text) {
  static const std::set<std::string, std::less<>> kStop = {
      "a",    "an",      "and",     "or",     "of",       "the",   "with",  "without", "from",   "in",
      "no",   "not",     "include", "eaten",  "visible",  "before", "after", "removed", "type",   "style",
      "all",  "variety", "includes", "prepared", "made",  "to",    "for",     "as",     "by",
      "added", "only",  "whole"};
  std::vector<std::string> words;
  std::string key = normalize_key(text);
  // Cronometer's ways of saying USDA's `meat only`.
  for (std::string_view skinless : {"skin removed before cooking", "skin removed", "skinless", "no skin",
                                    "without skin", "skin not eaten"}) {
    if (const std::size_t at = key.find(skinless); at != std::string::npos) key.replace(at, skinless.size(), "meat");
  }
  std::size_t start = 0;
  while (start < key.size()) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    std::string word = singular(key.substr(start, end - start));
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back()))) word.pop_back();
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.front()))) word.erase(0, 1);
    // Cronometer's `Fresh` is USDA's `raw` (`Raspberries, Fresh, Red`: `Raspberries, raw`).
    if (word == "fresh") word = "raw";
    if (!word.empty() && !kStop.contains(word)) words.push_back(std::move(word));
    start = end + 1;
  }
  return words;
}

bool has_word(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool cooked(const std::vector<std::string>& words) {
  for (std::string_view state : {"cooked", "boiled", "steamed", "roasted", "fried", "baked", "grilled", "broiled",
                                 "braised", "stewed", "poached", "sauteed", "microwaved", "toasted"}) {
    if (has_word(words, state)) return true;
  }
  return false;
}

bool dried(const std::vector<std::string>& words) {
  for (std::string_view state : {"dried", "dehydrated", "powder", "powdered", "dry", "freeze"}) {
    if (has_word(words, state)) return true;
  }
  return false;
}

}  // namespace

ExportKind cronometer_kind(std::string_view header) {
  const std::vector<std::string> names = header_names(header);
  const auto has = [&](std::string_view name) { return column(names, name).has_value(); };
  if (has("Day") && has("Food Name") && has("Amount")) return ExportKind::servings;
  if (has("Date") && has("Completed")) return ExportKind::daily_summary;
  if (has("Metric") && has("Unit") && has("Amount")) return ExportKind::biometrics;
  if (has("Exercise") && has("Minutes")) return ExportKind::exercises;
  if (has("Day") && has("Note")) return ExportKind::notes;
  return ExportKind::none;
}

std::optional<ServingsColumns> servings_columns(std::string_view header) {
  const std::vector<std::string> names = header_names(header);
  const auto day = column(names, "Day");
  const auto name = column(names, "Food Name");
  const auto amount = column(names, "Amount");
  if (!day || !name || !amount) return std::nullopt;
  ServingsColumns columns;
  columns.count = names.size();
  columns.day = *day;
  columns.name = *name;
  columns.amount = *amount;
  columns.group = column(names, "Group");
  columns.category = column(names, "Category");
  columns.vitamin_k = column(names, "Vitamin K (\u00B5g)");
  if (!columns.vitamin_k) columns.vitamin_k = column(names, "Vitamin K (ug)");
  if (!columns.vitamin_k) columns.vitamin_k = column(names, "Vitamin K (mcg)");
  return columns;
}

std::string_view match_kind_name(MatchKind kind) {
  switch (kind) {
    case MatchKind::yours: return "your table";
    case MatchKind::mapped: return "mapped";
    case MatchKind::exact: return "exact";
    case MatchKind::words: return "same words";
    case MatchKind::close: return "close";
    case MatchKind::none: break;
  }
  return "none";
}

const std::vector<CronometerName>& cronometer_names() {
  static const std::vector<CronometerName> names = [] {
    std::vector<CronometerName> out;
    std::vector<std::string_view> fields;
    std::string storage;
    std::string_view rest = kCronometerNamesCsv;
    bool header = true;
    while (!rest.empty()) {
      const std::size_t end = std::min(rest.find('\n'), rest.size());
      const std::string_view line = rest.substr(0, end);
      rest.remove_prefix(std::min(end + 1, rest.size()));
      if (header) {
        header = false;
        continue;
      }
      if (trim(line).empty() || !split_csv(line, fields, storage) || fields.size() < 2) continue;
      out.push_back(CronometerName{std::string(trim(fields[0])), std::string(trim(fields[1]))});
    }
    return out;
  }();
  return names;
}

CronometerMatcher::CronometerMatcher(const FoodCatalog& catalog, const TableData* builtin)
    : catalog_(catalog), builtin_(builtin) {
  for (const CronometerName& entry : cronometer_names()) mapped_.emplace(normalize_key(entry.name), entry.food);
}

const NameMatch& CronometerMatcher::match(std::string_view name) {
  const std::string key(trim(name));
  if (const auto found = cache_.find(key); found != cache_.end()) return found->second;
  return cache_.emplace(key, find(key)).first->second;
}

NameMatch CronometerMatcher::find(std::string_view name) {
  // The user's own tables first: a name (or alias) there is what the person wants.
  const FoodMatch exact = catalog_.find(name);
  if (exact.food && &exact.food->table() != builtin_) return {exact.food, MatchKind::yours};
  if (const auto mapped = mapped_.find(normalize_key(name)); mapped != mapped_.end()) {
    if (const FoodMatch food = catalog_.find(mapped->second); food.food) return {food.food, MatchKind::mapped};
  }
  if (exact.food) return {exact.food, MatchKind::exact};
  if (const FoodMatch words = catalog_.find_words(name); words.food) return {words.food, MatchKind::words};
  if (std::optional<Food> food = closest(name)) return {food, MatchKind::close};
  return {};
}

std::optional<Food> CronometerMatcher::closest(std::string_view name) {
  const std::vector<std::string> wanted = match_words(name);
  if (wanted.empty()) return std::nullopt;
  if (index_.empty()) {
    // One entry for the name and one for each alias, each with the id's words: a food with many aliases is not
    // further from a name than one with few.
    for (const Food& food : catalog_.distinct_foods()) {
      const auto add = [&](std::string_view text) {
        Indexed entry{food, match_words(text), !food.id().starts_with("usda-")};
        for (std::string& word : match_words(food.id())) entry.words.push_back(std::move(word));
        std::sort(entry.words.begin(), entry.words.end());
        entry.words.erase(std::unique(entry.words.begin(), entry.words.end()), entry.words.end());
        index_.push_back(std::move(entry));
      };
      add(food.name());
      for (std::size_t i = 0; i < food.alias_count(); ++i) add(food.alias(i));
    }
  }
  const bool wanted_raw = has_word(wanted, "raw");
  const bool wanted_cooked = cooked(wanted);
  const bool wanted_dried = dried(wanted);
  const Indexed* best = nullptr;
  double best_score = 0;
  for (const Indexed& entry : index_) {
    // The first word names the food (`Broccoli, Cooked from Frozen`): it must be there.
    if (!std::binary_search(entry.words.begin(), entry.words.end(), wanted.front())) continue;
    // A raw food is not a cooked one, nor the other way round: their vitamin K per gram differs.
    const bool raw = has_word(entry.words, "raw");
    const bool is_cooked = cooked(entry.words);
    if ((wanted_raw && is_cooked) || (wanted_cooked && raw && !is_cooked)) continue;
    // Nor is a dried food a fresh one: a gram of it holds several grams' worth.
    if (dried(entry.words) && !wanted_dried) continue;
    std::size_t found = 0;
    for (const std::string& word : wanted) found += std::binary_search(entry.words.begin(), entry.words.end(), word);
    const double share = static_cast<double>(found) / static_cast<double>(wanted.size());
    if (share < 0.66) continue;
    const double extra = static_cast<double>(entry.words.size()) - static_cast<double>(found);
    const double score = share - 0.01 * extra + (entry.curated ? 0.05 : 0.0);
    if (best == nullptr || score > best_score) {
      best = &entry;
      best_score = score;
    }
  }
  if (best == nullptr) return std::nullopt;
  return best->food;
}

ExportFoods::Kind ExportFoods::kind_of(std::string_view name) {
  const std::string key = normalize_key(name);
  const bool k2 = key.find("menaquinone") != std::string::npos || key.find("vitamin k2") != std::string::npos ||
                  key.find("mk7") != std::string::npos || key.find("mk 7") != std::string::npos ||
                  key.find("mk4") != std::string::npos || key.find("mk 4") != std::string::npos;
  if (!k2) return {};
  const bool seven = key.find("menaquinone 7") != std::string::npos || key.find("mk7") != std::string::npos ||
                     key.find("mk 7") != std::string::npos;
  const bool four = key.find("menaquinone 4") != std::string::npos || key.find("mk4") != std::string::npos ||
                    key.find("mk 4") != std::string::npos;
  if (seven == four) return {true, std::nullopt};
  return {true, seven ? std::optional<std::size_t>(3) : std::optional<std::size_t>(0)};
}

Food ExportFoods::with_k1(const Food& food, double k1_per_100g) {
  const auto key = std::pair(&food.record(), k1_per_100g);
  if (const auto found = with_k1_.find(key); found != with_k1_.end()) return found->second;
  TableStorage storage;
  storage.name = std::string(kExportTableName);
  FoodRecord record = food.record();
  record.id = storage.add_text(food.id());
  record.name = storage.add_text(fmt::format("{} (K1: Cronometer's)", food.name()));
  record.group = storage.add_text(food.group());
  record.source = storage.add_text(
      fmt::format("K1: the Cronometer export's own figure for this row, as vitk's ({}) differs more than twofold; "
                  "K2 and the rest: {}",
                  food.id(), food.source()));
  record.k2_source = storage.add_text(food.k2_source());
  record.usda = storage.add_text(food.usda());
  record.alias_count = record.portion_count = record.k2_value_count = record.alternative_count = 0;
  record.first_alias = record.first_portion = record.first_k2_value = record.first_alternative = 0;
  record.recipe = kNoRecipe;
  record.k1_ug_per_100g = k1_per_100g;
  storage.foods.push_back(record);
  auto table = std::make_unique<FoodTable>(std::move(storage));
  const Food made(table->data(), 0);
  bytes_ += table->memory_bytes() + sizeof(FoodTable) + 64;
  tables_.push_back(std::move(table));
  with_k1_.emplace(key, made);
  return made;
}

Food ExportFoods::food(std::string_view name, double value, bool per_item, Kind kind) {
  const auto key = std::tuple(std::string(name), value, per_item, kind);
  if (const auto found = made_.find(key); found != made_.end()) return found->second;
  TableStorage storage;
  storage.name = std::string(kExportTableName);
  FoodRecord record;
  record.id = storage.add_text("cronometer");
  record.name = storage.add_text(fmt::format("{} (Cronometer's figure)", name));
  record.group = storage.add_text("Cronometer export");
  if (kind.k2) {
    // A menaquinone supplement: Cronometer's vitamin K is its K2, and it has no K1.
    record.source = storage.add_text(fmt::format(
        "the Cronometer export's own Vitamin K (\u00B5g) for this row, counted as {} (the name says menaquinone); "
        "K1 none",
        kind.form ? kFormLabels[*kind.form] : std::string_view("K2")));
    record.k1_ug_per_100g = std::isnan(value) ? kUnknown : 0.0;
    record.k2_ug_per_100g = value;
    if (kind.form) record.k2_form_ug_per_100g[*kind.form] = value;
  } else {
    record.source = storage.add_text(
        "the Cronometer export's own Vitamin K (\u00B5g) for this row, counted as K1 (phylloquinone); its K2 is "
        "not known");
    record.k1_ug_per_100g = value;
  }
  record.values_per_item = per_item;
  storage.foods.push_back(record);
  auto table = std::make_unique<FoodTable>(std::move(storage));
  const Food food(table->data(), 0);
  bytes_ += table->memory_bytes() + sizeof(FoodTable) + name.size() + 64;
  tables_.push_back(std::move(table));
  made_.emplace(key, food);
  return food;
}

std::string_view ExportFoods::unit(std::string_view text) {
  if (const auto found = units_.find(text); found != units_.end()) return *found;
  bytes_ += text.size() + 64;
  return *units_.emplace(text).first;
}

bool is_export_food(const Food& food) { return food.table().name == kExportTableName; }

namespace {

/// A unit of a row, read: how many grams one of it is for a food, and the unit an item shows.
struct Weighed {
  double grams_per_unit = 0;
  std::string_view unit;  ///< a static text or one of the food's table: it stays valid
  bool by_mass = false;   ///< a unit of mass: the weight is the export's, not a portion of vitk's
};

class RowReader {
 public:
  RowReader(CronometerMatcher& matcher, ExportFoods& export_foods, IntakeBuilder& builder, ImportStats& stats,
            std::map<std::string, NameUse>* uses)
      : matcher_(matcher), export_foods_(export_foods), builder_(builder), stats_(stats), uses_(uses) {}

  /// Reads one record (its fields); throws a data Error at the place of a problem.
  void read(std::string_view line, const std::vector<std::string_view>& fields, const ServingsColumns& columns,
            SourceLocation& at);

 private:
  std::optional<Weighed> weigh(const Food& food, std::string_view unit);
  std::optional<Weighed> weigh_by_grammar(const Food& food, std::string_view unit) const;

  CronometerMatcher& matcher_;
  ExportFoods& export_foods_;
  IntakeBuilder& builder_;
  ImportStats& stats_;
  std::map<std::string, NameUse>* uses_;
  std::map<std::pair<const FoodRecord*, std::string>, std::optional<Weighed>> weighed_;
  std::optional<std::int32_t> day_;
  std::string input_;
};

std::uint32_t column_of(std::string_view line, std::string_view field) {
  if (field.data() >= line.data() && field.data() <= line.data() + line.size()) {
    return static_cast<std::uint32_t>(field.data() - line.data() + 1);
  }
  return 1;
}

/// Words of a unit that mean one serving of the food as vitk has it.
bool serving_word(std::string_view unit) {
  for (std::string_view word : {"", "1", "serving", "servings", "each", "fda serving size", "portion", "item", "unit",
                                "full recipe", "recipe"}) {
    if (unit == word) return true;
  }
  return false;
}

std::optional<Weighed> RowReader::weigh_by_grammar(const Food& food, std::string_view unit) const {
  // The meal language weighs the unit as it would `1 cup kale`: the food's portions, volumes by its density.
  const std::string id(food.id());
  for (std::string_view candidate : {unit, unit.substr(0, unit.find_first_of(",(")), unit.substr(0, unit.find(" - ")),
                                     unit.substr(0, unit.find(' '))}) {
    candidate = trim(candidate);
    if (candidate.empty()) continue;
    try {
      const Item item = parse_item(fmt::format("1 {} {}", candidate, id), SourceLocation{}, matcher_.catalog());
      if (item.food == food && item.quantity == 1 && item.grams > 0) return Weighed{item.grams, item.unit};
    } catch (const Error&) {
    }
  }
  return std::nullopt;
}

std::optional<Weighed> RowReader::weigh(const Food& food, std::string_view unit) {
  const std::string lower = to_lower(trim(unit));
  const auto key = std::pair(&food.record(), lower);
  if (const auto found = weighed_.find(key); found != weighed_.end()) return found->second;
  std::optional<Weighed> weighed;
  const std::string canonical = canonical_unit(lower);
  if (const std::optional<double> grams = grams_per_mass_unit(canonical)) {
    weighed = Weighed{*grams, static_mass_unit(canonical), true};
  } else if (serving_word(lower)) {
    if (const std::optional<Portion> serving = food.default_portion()) weighed = Weighed{serving->grams, "serving"};
  } else {
    weighed = weigh_by_grammar(food, lower);
    if (!weighed && (lower == "piece" || lower == "pieces")) {
      if (const std::optional<Portion> serving = food.default_portion()) weighed = Weighed{serving->grams, "serving"};
    }
  }
  weighed_.emplace(key, weighed);
  return weighed;
}

/// Whether vitk's K1 and the export's vitamin K for a row differ more than twofold (and by more than 2 µg,
/// below which rounding of small amounts decides).
bool disagree(double vitk_ug, double export_ug) {
  if (std::abs(vitk_ug - export_ug) <= 2.0) return false;
  const double low = std::min(vitk_ug, export_ug), high = std::max(vitk_ug, export_ug);
  return low <= 0 || high / low > 2.0;
}

/// Whether the export's figure bears out vitk's K1 for a close match: within a factor of two of each other (both
/// under 0.1 µg counts as agreeing).
bool bears_out(double vitk_ug, double export_ug) {
  if (vitk_ug < 0.1 && export_ug < 0.1) return true;
  const double low = std::min(vitk_ug, export_ug), high = std::max(vitk_ug, export_ug);
  return low > 0 && high / low <= 2.0;
}

void RowReader::read(std::string_view line, const std::vector<std::string_view>& fields,
                     const ServingsColumns& columns, SourceLocation& at) {
  const auto fail = [&](std::string_view field, std::string message) {
    at.column = column_of(line, field);
    throw Error(ErrorKind::data, at, std::move(message));
  };
  if (fields.size() != columns.count) {
    at.column = 1;
    throw Error(ErrorKind::data, at,
                fmt::format("a row of {} fields (expected {}, as many as the header of the export has)", fields.size(),
                            columns.count));
  }
  const std::string_view day_text = fields[columns.day];
  Date date;
  if (!parse_export_date(day_text, date)) {
    fail(day_text, fmt::format("'{}' is not a day (expected YYYY-MM-DD in the Day column, such as 2026-11-24)",
                               quote_excerpt(day_text)));
  }
  const std::string_view food_name = trim(fields[columns.name]);
  if (food_name.empty()) fail(fields[columns.name], "no food name (expected one in the Food Name column)");
  const std::string_view amount_text = fields[columns.amount];
  // `158.00 g`, `1.00 cup`, `4.00 x 4.0 oz`, a bare `2.00`.
  const std::string_view amount = trim(amount_text);
  const std::size_t space = amount.find(' ');
  const std::optional<double> number = export_number(amount.substr(0, space));
  if (!number || *number < 0 || !std::isfinite(*number)) {
    fail(amount_text, fmt::format("amount '{}' does not start with a number (expected a number and a unit, such as "
                                  "'158.00 g')",
                                  quote_excerpt(amount)));
  }
  double quantity = *number;
  std::string_view unit = space == std::string_view::npos ? std::string_view() : trim(amount.substr(space + 1));
  // `x 4.0 oz`: so many of a labelled serving.
  if (unit.starts_with("x ")) {
    const std::string_view rest = trim(unit.substr(2));
    const std::size_t end = rest.find(' ');
    if (const std::optional<double> times = export_number(rest.substr(0, end)); times && *times > 0) {
      quantity *= *times;
      unit = end == std::string_view::npos ? std::string_view() : trim(rest.substr(end + 1));
    }
  }
  std::optional<double> figure;
  if (columns.vitamin_k) {
    const std::string_view cell = fields[*columns.vitamin_k];
    if (!trim(cell).empty()) {
      figure = export_number(cell);
      if (!figure || *figure < 0) {
        fail(cell, fmt::format("vitamin K '{}' is not a number of \u00B5g (expected a number such as 12.50, or an "
                               "empty cell for unknown)",
                               quote_excerpt(cell)));
      }
    }
  }
  ++stats_.rows;
  if (quantity == 0) {
    ++stats_.zero_rows;
    return;
  }
  const std::int32_t day = static_cast<std::int32_t>(days_from_civil(date));
  if (!day_ || *day_ != day) {
    builder_.start_day(date);
    day_ = day;
  }
  NameUse* use = nullptr;
  if (uses_ != nullptr) {
    use = &(*uses_)[std::string(food_name)];
    if (use->rows == 0) {
      use->name = std::string(food_name);
      use->example_amount = std::string(amount);
    }
    ++use->rows;
    use->export_ug += figure.value_or(0);
  }

  // A row without a Category is a food the person made (a recipe, a custom food) or a supplement: its name is
  // theirs, and only their own tables may name it; the export's figure describes it.
  const bool custom = columns.category && trim(fields[*columns.category]).empty();
  NameMatch match = matcher_.match(food_name);
  if (custom && match.kind != MatchKind::yours) match = NameMatch{};
  if (use != nullptr) {
    use->custom = custom;
    use->k2_supplement = ExportFoods::kind_of(food_name).k2;
  }
  if (use != nullptr) use->match = match;
  std::optional<Item> item;
  if (match.food) {
    if (const std::optional<Weighed> weighed = weigh(*match.food, unit)) {
      const double grams = quantity * weighed->grams_per_unit;
      Item candidate = make_item(*match.food, quantity, weighed->unit, grams);
      const std::optional<double> k1 = known(candidate.k1_ug_per_100g);
      const bool differs = figure && k1 && disagree(*k1 * grams / 100.0, *figure);
      // A close match is a guess: it counts only where the export's own figure bears it out. A portion of vitk's
      // (a cup, a serving) that gives a K1 twofold off the export's is not the portion Cronometer weighed: the
      // row keeps the export's figure.
      const bool unconfirmed = match.kind == MatchKind::close && (!figure || !k1 || !bears_out(*k1 * grams / 100.0, *figure));
      if (!unconfirmed && !(differs && !weighed->by_mass)) {
        // Weighed alike, the tables disagree on K1 more than twofold: the food logged may not be the one vitk
        // has. Cronometer's K1 counts, with the K2 of vitk's food; the match report lists the row.
        item = differs ? make_item(export_foods_.with_k1(*match.food, *figure / grams * 100.0), quantity,
                                   weighed->unit, grams)
                       : candidate;
        ++stats_.matched;
        stats_.disagree += differs ? 1 : 0;
        if (use != nullptr) {
          ++use->rows_counted;
          use->rows_disagree += differs ? 1 : 0;
          use->vitk_k1_ug += k1.value_or(0) * grams / 100.0;
          use->export_ug_counted += figure.value_or(0);
        }
      } else if (use != nullptr) {
        ++use->rows_disagree;
      }
    } else if (use != nullptr) {
      ++use->rows_unconverted;
    }
  }
  if (!item) {
    // The export's own figure, as K1: per 100 g when the row weighs its food, else per unit of its amount.
    const std::string canonical = canonical_unit(to_lower(unit));
    const std::optional<double> per_gram = grams_per_mass_unit(canonical);
    const double value = figure ? *figure : kUnknown;
    const ExportFoods::Kind kind = ExportFoods::kind_of(food_name);
    if (per_gram) {
      const double grams = quantity * *per_gram;
      const Food food = export_foods_.food(food_name, figure ? value / grams * 100.0 : kUnknown, false, kind);
      item = make_item(food, quantity, static_mass_unit(canonical), grams);
    } else {
      const Food food = export_foods_.food(food_name, figure ? value / quantity : kUnknown, true, kind);
      // The unit as the export writes it: the builder keeps its own copy.
      item = make_item(food, quantity, unit.empty() ? std::string_view("serving") : export_foods_.unit(unit), 0);
    }
    if (figure && kind.k2) {
      ++stats_.figure_k2;
      stats_.figure_k2_ug += *figure;
      if (use != nullptr) ++use->rows_figure;
    } else if (figure) {
      ++stats_.figure;
      stats_.figure_ug += *figure;
      if (use != nullptr) ++use->rows_figure;
    } else {
      ++stats_.unknown;
      if (use != nullptr) ++use->rows_unknown;
    }
  }
  input_ = fmt::format("{}, {}", food_name, amount);
  const std::string_view group = columns.group ? trim(fields[*columns.group]) : std::string_view();
  builder_.add(*item, input_, group);
}

}  // namespace

ReadResult read_cronometer(LineReader& reader, const std::string& name, CronometerMatcher& matcher,
                           ExportFoods& export_foods, IntakeBuilder& builder, const ProblemHandler& on_problem,
                           std::map<std::string, NameUse>* uses) {
  ReadResult result;
  const auto report = [&](const Error& problem) {
    ++result.problems;
    builder.add_skipped();
    on_problem(problem, true);
  };
  SourceLocation at{name};
  Line line;
  if (!reader.next(line)) return result;
  at.line = line.number;
  const std::optional<ServingsColumns> columns = servings_columns(line.text);
  if (!columns) {
    at.column = 1;
    ++result.problems;
    ++result.fatal_problems;
    on_problem(Error(ErrorKind::data, at,
                     "not a Cronometer servings export (expected a header with Day, Food Name and Amount)"),
               false);
    return result;
  }
  if (!columns->vitamin_k) {
    at.column = 1;
    ++result.problems;
    ++result.fatal_problems;
    on_problem(Error(ErrorKind::data, at,
                     "the export has no 'Vitamin K (\u00B5g)' column (expected Cronometer's servings export with its "
                     "vitamin K: turn the nutrient on in Cronometer's export settings)"),
               false);
    return result;
  }
  // Matching names reads every food of the catalog (the built-in table's pages come into memory) and keeps an
  // index of their words: that share of the report's memory is set aside for it.
  if (!matcher.memory_set_aside) {
    builder.set_memory_limit(builder.report_limit(), builder.shared_memory() + kMatchingBytes);
    matcher.memory_set_aside = true;
  }
  RowReader rows(matcher, export_foods, builder, builder.import_stats(), uses);
  std::vector<std::string_view> fields;
  std::string storage, record;
  while (reader.next(line)) {
    at.line = line.number;
    at.column = 1;
    if (line.too_long) {
      report(Error(ErrorKind::data, at, fmt::format("line is longer than {} bytes", LineReader::kMaxLineBytes)));
      continue;
    }
    if (trim(line.text).empty()) continue;
    try {
      check_bytes(line.text, at);
    } catch (const Error& problem) {
      report(problem);
      continue;
    }
    std::string_view text = line.text;
    if (!split_csv(text, fields, storage)) {
      // A quoted field with a line break: the record goes on.
      record.assign(text);
      Line more;
      bool closed = false;
      while (record.size() <= kMaxRecordBytes && reader.next(more) && !more.too_long) {
        SourceLocation more_at{name, more.number, 1};
        try {
          check_bytes(more.text, more_at);
        } catch (const Error&) {
          break;
        }
        record += '\n';
        record += more.text;
        if (split_csv(record, fields, storage)) {
          closed = true;
          break;
        }
      }
      if (!closed) {
        report(Error(ErrorKind::data, at, "a quoted field is not closed (expected a closing '\"')"));
        continue;
      }
      text = record;
    }
    try {
      rows.read(text, fields, *columns, at);
    } catch (const Error& problem) {
      report(problem);
    }
    // An export too big for the memory a report may take is refused at the row that passes the limit; the rest
    // is still read for its other problems, keeping nothing.
    if (builder.over_memory_limit()) {
      const bool items = builder.keeps_items();
      builder.give_up();
      at.column = 1;
      ++result.problems;
      ++result.fatal_problems;
      on_problem(Error(ErrorKind::data, at,
                       fmt::format("the days and items read up to this line{} take more than {} MiB, the most one "
                                   "report may keep (expected a shorter export: split it{})",
                                   builder.shared_memory() > 0 ? " and the food tables" : "",
                                   builder.report_limit() >> 20,
                                   items ? ", or use --format tsv, which keeps only the days" : "")),
                 false);
    }
  }
  return result;
}

}  // namespace vitk
