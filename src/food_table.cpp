#include "vitk/food_table.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fmt/format.h>
#include <toml++/toml.h>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "food_rules.hpp"
#include "toml_guard.hpp"
#include "vitk/error.hpp"
#include "vitk/io.hpp"
#include "vitk/text.hpp"
#include "vitk/units.hpp"

namespace vitk {

TextRef TableStorage::add_text(std::string_view value) {
  const TextRef ref{static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(value.size())};
  text.append(value);
  return ref;
}

void TableStorage::append(const TableData& other) {
  const auto base_text = static_cast<std::uint32_t>(text.size());
  const auto base_alias = static_cast<std::uint32_t>(aliases.size());
  const auto base_portion = static_cast<std::uint32_t>(portions.size());
  const auto shift = [&](TextRef ref) { return TextRef{ref.offset + base_text, ref.size}; };
  text.append(other.text);
  for (const TextRef& alias : other.aliases) aliases.push_back(shift(alias));
  for (const PortionRecord& portion : other.portions) portions.push_back(PortionRecord{shift(portion.unit), portion.grams});
  for (FoodRecord food : other.foods) {
    food.id = shift(food.id);
    food.name = shift(food.name);
    food.group = shift(food.group);
    food.source = shift(food.source);
    food.k2_source = shift(food.k2_source);
    food.usda = shift(food.usda);
    food.first_alias += base_alias;
    food.first_portion += base_portion;
    foods.push_back(food);
  }
}

TableData TableStorage::view() const { return TableData{name, text, foods, aliases, portions, index, units}; }

FoodTable::FoodTable(TableStorage storage) : storage_(std::move(storage)), data_(storage_.view()) {}

std::size_t FoodTable::memory_bytes() const {
  const auto bytes = [](const auto& vector) { return vector.capacity() * sizeof(vector[0]); };
  return storage_.name.capacity() + storage_.text.capacity() + bytes(storage_.foods) + bytes(storage_.aliases) +
         bytes(storage_.portions) + bytes(storage_.index) + bytes(storage_.units);
}

bool build_lookup(TableStorage& storage, DuplicateKey* duplicate) {
  // Every key once in one block of text, then sorted as offsets into it: no string per key to allocate or move,
  // and 16 bytes a key while sorting.
  struct Pending {
    std::uint32_t offset;
    std::uint32_t size;
    std::uint32_t food;
    KeyKind kind;
    bool derived;
  };
  std::string keys;
  std::vector<Pending> pending;
  std::size_t expected = 0;
  for (const FoodRecord& food : storage.foods) expected += 2 * (2 + food.alias_count);
  pending.reserve(expected);
  const TableData before = storage.view();
  auto add = [&](std::string_view text, std::uint32_t food, KeyKind kind) {
    const std::string key = normalize_key(text);
    if (key.empty()) return;
    const std::string plural_free = singular(key);
    if (plural_free != key) {
      pending.push_back(Pending{static_cast<std::uint32_t>(keys.size()), static_cast<std::uint32_t>(plural_free.size()),
                                food, kind, true});
      keys += plural_free;
    }
    pending.push_back(
        Pending{static_cast<std::uint32_t>(keys.size()), static_cast<std::uint32_t>(key.size()), food, kind, false});
    keys += key;
  };
  for (std::uint32_t i = 0; i < storage.foods.size(); ++i) {
    const Food food(before, i);
    add(food.id(), i, KeyKind::id);
    for (std::size_t a = 0; a < food.alias_count(); ++a) add(food.alias(a), i, KeyKind::alias);
    add(food.name(), i, KeyKind::name);
  }
  const auto key_of = [&keys](const Pending& entry) {
    return std::string_view(keys).substr(entry.offset, entry.size);
  };
  std::sort(pending.begin(), pending.end(), [&key_of](const Pending& a, const Pending& b) {
    if (const int order = key_of(a).compare(key_of(b)); order != 0) return order < 0;
    return std::tie(a.derived, a.kind, a.food) < std::tie(b.derived, b.kind, b.food);
  });
  // Ids and aliases must each name one food once: the keys that are not derived, of ids and aliases, come first
  // among equal keys (then names and derived keys), so each such key is a run of entries, which must be one.
  // A table claims its keys food by food, each food's id before its aliases: the first claim of a run is its
  // least (food, kind), and the repeat reported is the next, of the run whose repeat comes first.
  bool unique = true;
  const auto claims = [&](const Pending& entry, const Pending& start) {
    return !entry.derived && entry.kind != KeyKind::name && key_of(entry) == key_of(start);
  };
  const auto earlier = [](const Pending* a, const Pending* b) {
    return std::tie(a->food, a->kind) < std::tie(b->food, b->kind);
  };
  for (std::size_t i = 0; i < pending.size();) {
    std::size_t end = i + 1;
    if (pending[i].derived || pending[i].kind == KeyKind::name) {
      i = end;
      continue;
    }
    const Pending* first = &pending[i];
    const Pending* again = nullptr;
    for (; end < pending.size() && claims(pending[end], pending[i]); ++end) {
      const Pending* entry = &pending[end];
      if (earlier(entry, first)) std::swap(entry, first);
      if (again == nullptr || earlier(entry, again)) again = entry;
    }
    if (again != nullptr) {
      if (duplicate != nullptr &&
          (unique || std::tie(again->food, again->kind) < std::tie(duplicate->food, duplicate->kind))) {
        *duplicate = DuplicateKey{std::string(key_of(*again)), again->food, again->kind, first->food, first->kind};
      }
      unique = false;
    }
    i = end;
  }
  // The same key for the same food twice (a name equal to the id) adds nothing; equal keys share their text.
  storage.index.clear();
  storage.index.reserve(pending.size());
  std::string_view previous_key;
  bool have_previous = false;
  TextRef key_ref;
  for (const Pending& entry : pending) {
    const std::string_view key = key_of(entry);
    const bool same_key = have_previous && previous_key == key;
    if (same_key && !storage.index.empty() && storage.index.back().food == entry.food &&
        storage.index.back().derived == entry.derived) {
      continue;
    }
    if (!same_key) key_ref = storage.add_text(key);
    previous_key = key;
    have_previous = true;
    storage.index.push_back(KeyRecord{key_ref, entry.food, entry.kind, entry.derived});
  }

  std::vector<std::pair<std::string_view, TextRef>> units;
  for (const PortionRecord& portion : storage.portions) units.emplace_back(storage.view().str(portion.unit), portion.unit);
  std::sort(units.begin(), units.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  units.erase(std::unique(units.begin(), units.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
              units.end());
  storage.units.clear();
  for (const auto& unit : units) storage.units.push_back(unit.second);
  return unique;
}

namespace {

using rules::kMaxIdBytes;
using rules::kMaxNdbBytes;
using rules::kMaxSourceBytes;
using rules::kMaxTextBytes;
using rules::kMaxUnitBytes;

std::string_view type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::none: break;
  }
  return "nothing";
}

std::string_view form_list() { return "mk4, mk5, mk6, mk7, mk8, mk9, mk9_4h, mk10, mk11, mk12, mk13 or total"; }

// The words both readers of big tables and the full reader use.
constexpr std::string_view kNoFoods = "no foods (expected [[food]] tables)";

std::string duplicate_message(std::string_view what, std::string_view text, std::uint32_t first_line) {
  return fmt::format("duplicate {} '{}' (already used on line {})", what, quote_excerpt(text), first_line);
}

/// The column (from 1) of the byte at `offset` in `line`, counted in characters as toml++ counts them.
std::uint32_t column_at(std::string_view line, std::size_t offset) {
  const std::string_view before = line.substr(0, std::min(offset, line.size()));
  const auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  return static_cast<std::uint32_t>(before.size() - std::count_if(before.begin(), before.end(), continuation) + 1);
}

}  // namespace

class FoodTableBuilder {
 public:
  FoodTableBuilder(std::string_view text, std::string_view name) : text_(text), name_(name) {
    storage_.name = std::string(name);
  }

  /// The text is a part of a table that starts after `line_offset` lines; `cut`: the table goes on after it,
  /// so its last food may go on too, and a table without foods may have them elsewhere. `used_before`: the
  /// sorted hashes (std::hash) of the normalized ids and aliases of the foods before the part.
  FoodTableBuilder(std::string_view text, std::string_view name, std::uint32_t line_offset, bool cut,
                   const std::vector<std::size_t>& used_before)
      : FoodTableBuilder(text, name) {
    line_offset_ = line_offset;
    cut_ = cut;
    used_before_ = &used_before;
  }

  std::unique_ptr<FoodTable> build() {
    toml::table root;
    try {
      root = parse_guarded_toml(text_, name_);
    } catch (const ErrorList& list) {
      if (line_offset_ == 0) throw;
      std::vector<Error> errors;
      for (const Error& error : list.errors()) {
        SourceLocation place = error.where();
        place.line += line_offset_;
        errors.emplace_back(error.kind(), place, error.what());
      }
      throw ErrorList(std::move(errors));
    }
    read_root(root);
    if (!errors_.empty()) {
      // toml++ keeps keys sorted, not in file order: report in file order.
      std::stable_sort(errors_.begin(), errors_.end(), [](const Error& a, const Error& b) {
        return std::tie(a.where().line, a.where().column) < std::tie(b.where().line, b.where().column);
      });
      throw ErrorList(std::move(errors_));
    }
    build_lookup(storage_);
    return std::make_unique<FoodTable>(std::move(storage_));
  }

 private:
  SourceLocation where(const toml::source_region& region) const {
    return SourceLocation{std::string(name_), region.begin.line + line_offset_, region.begin.column};
  }

  void fail(const toml::source_region& region, std::string message) {
    errors_.emplace_back(ErrorKind::data, where(region), message);
  }

  void read_root(const toml::table& root) {
    for (auto&& [key, node] : root) {
      if (key.str() != "food") {
        fail(key.source(), fmt::format("unknown key '{}' (expected [[food]] tables)", quote_excerpt(key.str())));
      }
    }
    const toml::node* foods = root.get("food");
    if (foods == nullptr) {
      if (cut_) return;
      errors_.emplace_back(ErrorKind::data, SourceLocation{std::string(name_), 1, 1},
                           std::string(kNoFoods));
      return;
    }
    const toml::array* list = foods->as_array();
    if (list == nullptr) {
      if (cut_) return;  // what follows the part may make it something else, or an error of its own
      fail(foods->source(), fmt::format("'food' is {} (expected [[food]] tables)", type_name(*foods)));
      return;
    }
    for (const toml::node& element : *list) {
      complete_ = !cut_ || &element != &list->back();
      const toml::table* food = element.as_table();
      if (food == nullptr) {
        if (cut_) continue;
        fail(element.source(), fmt::format("a food is {} (expected a table)", type_name(element)));
        continue;
      }
      read_food(*food);
    }
  }

  /// `multiline` allows line breaks and tabs (in sources), never other control characters.
  std::optional<TextRef> read_text(const toml::node& node, std::string_view key, std::size_t max_bytes,
                                   bool multiline = false) {
    const auto* text = node.as_string();
    if (text == nullptr) {
      fail(node.source(), fmt::format("'{}' is {} (expected a string)", key, type_name(node)));
      return std::nullopt;
    }
    const std::string& value = text->get();
    switch (rules::check_text(value, max_bytes, multiline)) {
      case rules::TextProblem::empty:
        fail(node.source(), fmt::format("'{}' is empty", key));
        return std::nullopt;
      case rules::TextProblem::too_long:
        fail(node.source(), fmt::format("'{}' is longer than {} bytes", key, max_bytes));
        return std::nullopt;
      case rules::TextProblem::control:
        fail(node.source(), fmt::format("'{}' contains a control character", key));
        return std::nullopt;
      case rules::TextProblem::none:
        break;
    }
    return storage_.add_text(value);
  }

  std::string_view str(TextRef ref) const { return std::string_view(storage_.text).substr(ref.offset, ref.size); }

  std::optional<double> read_number(const toml::node& node, std::string_view what, double max, bool zero_ok) {
    double value = 0;
    std::string shown;  // the number as the message quotes it
    if (const auto* integer = node.as_integer()) {
      value = static_cast<double>(integer->get());
      shown = fmt::format("{}", integer->get());
    } else if (const auto* floating = node.as_floating_point()) {
      value = floating->get();
      shown = fmt::format("{}", value);
    } else {
      fail(node.source(), fmt::format("{} is {} (expected a number)", what, type_name(node)));
      return std::nullopt;
    }
    switch (rules::check_number(value, max, zero_ok)) {
      case rules::NumberProblem::not_finite:
        fail(node.source(), fmt::format("{} is {} (expected a finite number)", what, shown));
        return std::nullopt;
      case rules::NumberProblem::too_small:
        fail(node.source(),
             fmt::format("{} is {} (expected a number {} 0)", what, shown, zero_ok ? "of at least" : "above"));
        return std::nullopt;
      case rules::NumberProblem::too_large:
        fail(node.source(), fmt::format("{} is {} (expected at most {})", what, shown, max));
        return std::nullopt;
      case rules::NumberProblem::none:
        break;
    }
    return value;
  }

  void read_k2(const toml::node& node, FoodRecord& food) {
    const toml::table* forms = node.as_table();
    if (forms == nullptr) {
      fail(node.source(), fmt::format("'k2' is {} (expected a table of forms such as {{ mk7 = 939.0 }})",
                                      type_name(node)));
      return;
    }
    // `k2 = {}` names no form: K2 is unknown, as when k2 is left out.
    if (forms->empty()) return;
    double sum = 0;
    bool any_form = false;
    std::optional<double> total;
    for (auto&& [key, value] : *forms) {
      const std::string_view form = key.str();
      const std::string what = fmt::format("k2.{}", quote_excerpt(form));
      if (form == "total") {
        total = read_number(value, what, kMaxUgPer100g, true);
        continue;
      }
      const std::optional<std::size_t> index = rules::form_index(form);
      if (!index) {
        fail(key.source(), fmt::format("unknown K2 form '{}' (expected {})", quote_excerpt(form), form_list()));
        continue;
      }
      if (auto amount = read_number(value, what, kMaxUgPer100g, true)) {
        food.k2_form_ug_per_100g[*index] = *amount;
        sum += *amount;
        any_form = true;
      }
    }
    if (total && any_form && *total + 1e-9 < sum) {
      fail(node.source(), fmt::format("k2.total is {} but its forms add up to {} (expected a total at least "
                                      "the sum of the forms)",
                                      *total, sum));
      return;
    }
    if (total) {
      food.k2_ug_per_100g = *total;
    } else if (any_form) {
      food.k2_ug_per_100g = sum;
    }
  }

  void read_portions(const toml::node& node, FoodRecord& food) {
    const toml::table* portions = node.as_table();
    if (portions == nullptr) {
      fail(node.source(), fmt::format("'portions' is {} (expected a table such as {{ cup = 30, serving = 85 }})",
                                      type_name(node)));
      return;
    }
    food.first_portion = static_cast<std::uint32_t>(storage_.portions.size());
    for (auto&& [key, value] : *portions) {
      const std::string_view unit = key.str();
      std::string spelling;
      const rules::PortionProblem problem = rules::check_portion_name(unit, spelling);
      if (problem == rules::PortionProblem::invalid_name) {
        fail(key.source(), fmt::format("portion name '{}' is not valid (expected lower-case letters, digits and "
                                       "'-', starting with a letter, at most {} bytes)",
                                       quote_excerpt(unit), kMaxUnitBytes));
        continue;
      }
      if (problem == rules::PortionProblem::mass_unit) {
        fail(key.source(), fmt::format("portion '{}' is a mass unit (masses are built in: {})", unit,
                                       mass_unit_list()));
        continue;
      }
      if (problem == rules::PortionProblem::spelling) {
        fail(key.source(), fmt::format("portion '{}' is spelled '{}' in food tables (singular, abbreviated as "
                                       "vitk-foods(5) lists)",
                                       unit, spelling));
        continue;
      }
      if (auto grams = read_number(value, fmt::format("portions.{}", unit), kMaxPortionGrams, false)) {
        storage_.portions.push_back(PortionRecord{storage_.add_text(unit), *grams});
      }
    }
    food.portion_count = static_cast<std::uint32_t>(storage_.portions.size()) - food.first_portion;
  }

  void read_aliases(const toml::node& node, FoodRecord& food) {
    const toml::array* aliases = node.as_array();
    if (aliases == nullptr) {
      fail(node.source(), fmt::format("'aliases' is {} (expected an array of strings)", type_name(node)));
      return;
    }
    food.first_alias = static_cast<std::uint32_t>(storage_.aliases.size());
    for (const toml::node& alias : *aliases) {
      if (auto text = read_text(alias, "alias", kMaxTextBytes)) {
        if (!rules::names_something(str(*text))) {
          fail(alias.source(), fmt::format("alias '{}' is only blanks, '-', '_' and ',' (expected a name to look "
                                           "the food up by)",
                                           quote_excerpt(str(*text))));
        } else if (claim_key(str(*text), alias.source(), "alias")) {
          storage_.aliases.push_back(*text);
        }
      }
    }
    food.alias_count = static_cast<std::uint32_t>(storage_.aliases.size()) - food.first_alias;
  }

  /// Ids and aliases name one food each within a table.
  bool claim_key(std::string_view text, const toml::source_region& region, std::string_view what) {
    std::string key = normalize_key(text);
    // A key that a food before the part uses: the full reader says so, with the line of that use, which the
    // part does not know. It is left out of the part's errors (which need not be all of them).
    if (used_before_ != nullptr &&
        std::binary_search(used_before_->begin(), used_before_->end(), std::hash<std::string>{}(key))) {
      return false;
    }
    const auto [it, inserted] = claimed_.try_emplace(std::move(key), region.begin.line + line_offset_);
    if (!inserted) {
      fail(region, duplicate_message(what, text, it->second));
    }
    return inserted;
  }

  void read_food(const toml::table& table) {
    FoodRecord food;
    const std::size_t errors_before = errors_.size();
    bool has_k2 = false;
    const toml::node* k2_source = nullptr;
    // The id first, so that an alias repeating it is the one reported (toml++ keeps keys sorted).
    if (const toml::node* node = table.get("id")) {
      if (auto id = read_text(*node, "id", kMaxIdBytes)) {
        if (!rules::valid_id(str(*id))) {
          fail(node->source(), fmt::format("id '{}' is not valid (expected lower-case letters, digits and '-')",
                                           quote_excerpt(str(*id))));
        } else if (claim_key(str(*id), node->source(), "id")) {
          food.id = *id;
        }
      }
    }
    for (auto&& [key, node] : table) {
      const std::string_view name = key.str();
      if (name == "id") {
        continue;
      } else if (name == "name") {
        if (auto text = read_text(node, "name", kMaxTextBytes)) food.name = *text;
      } else if (name == "aliases") {
        read_aliases(node, food);
      } else if (name == "group") {
        if (auto text = read_text(node, "group", kMaxTextBytes)) food.group = *text;
      } else if (name == "k1") {
        food.k1_ug_per_100g = read_number(node, "k1", kMaxUgPer100g, true).value_or(kUnknown);
      } else if (name == "dk") {
        food.dk_ug_per_100g = read_number(node, "dk", kMaxUgPer100g, true).value_or(kUnknown);
      } else if (name == "k2") {
        has_k2 = true;
        read_k2(node, food);
      } else if (name == "portions") {
        read_portions(node, food);
      } else if (name == "source") {
        if (auto text = read_text(node, "source", kMaxSourceBytes, true)) food.source = *text;
      } else if (name == "usda") {
        if (auto text = read_text(node, "usda", kMaxNdbBytes)) {
          const std::string_view ndb = str(*text);
          if (!rules::valid_ndb(ndb)) {
            fail(node.source(), fmt::format("usda '{}' is not an NDB number (expected 5 digits such as \"11457\")",
                                            quote_excerpt(ndb)));
          } else {
            food.usda = *text;
          }
        }
      } else if (name == "k2_source") {
        k2_source = &node;
        if (auto text = read_text(node, "k2_source", kMaxSourceBytes, true)) food.k2_source = *text;
      } else {
        fail(key.source(), fmt::format("unknown key '{}' (expected id, name, aliases, group, k1, dk, k2, portions, "
                                       "source, k2_source or usda)",
                                       quote_excerpt(name)));
      }
    }
    if (!complete_) return;  // the rest of it is after the cut
    if (k2_source != nullptr && !has_k2) fail(k2_source->source(), "'k2_source' without 'k2'");
    for (std::string_view required : {"id", "name", "source"}) {
      if (!table.contains(required)) {
        fail(table.source(), fmt::format("food{} has no '{}' (required)", describe(food), required));
      }
    }
    if (errors_.size() == errors_before) storage_.foods.push_back(food);
  }

  std::string describe(const FoodRecord& food) const {
    return food.id.size == 0 ? std::string() : fmt::format(" '{}'", str(food.id));
  }

  std::string_view text_;
  std::string_view name_;
  std::uint32_t line_offset_ = 0;
  const std::vector<std::size_t>* used_before_ = nullptr;
  bool cut_ = false;
  bool complete_ = true;  // the food being read is complete in the text
  TableStorage storage_;
  std::vector<Error> errors_;
  std::unordered_map<std::string, std::uint32_t> claimed_;
};

namespace {

std::string_view without_bom(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text;
}

}  // namespace

std::unique_ptr<FoodTable> parse_plain_food_table(std::string_view text, std::string_view name) {
  TableStorage storage;
  storage.name = std::string(name);
  text = without_bom(text);
  // A big table is read in two halves at once, split where a line starts a food.
  constexpr std::size_t kSplitBytes = 256 * 1024;
  const std::size_t split = text.size() >= kSplitBytes ? text.find("\n[[food]]", text.size() / 2) : std::string_view::npos;
  if (split != std::string_view::npos && std::thread::hardware_concurrency() > 1) {
    TableStorage second;
    bool second_ok = false;
    std::thread reader([&] { second_ok = read_plain_food_table(text.substr(split + 1), second); });
    const bool first_ok = read_plain_food_table(text.substr(0, split + 1), storage);
    reader.join();
    if (!first_ok || !second_ok) return nullptr;
    storage.append(second.view());
  } else if (!read_plain_food_table(text, storage)) {
    return nullptr;
  }
  if (!build_lookup(storage)) return nullptr;
  return std::make_unique<FoodTable>(std::move(storage));
}

std::unique_ptr<FoodTable> parse_full_food_table(std::string_view text, std::string_view name) {
  return FoodTableBuilder(without_bom(text), name).build();
}

namespace {

std::uint32_t count_lines(std::string_view text) {
  return static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
}

std::string_view line_at(std::string_view text, std::size_t start) {
  const std::string_view rest = text.substr(std::min(start, text.size()));
  return rest.substr(0, rest.find('\n'));
}

/// The errors of the food where the fast reader stopped in a table too big for the full reader: toml++ reads
/// that food alone, from its `[[food]]` line to the next line that starts one (at most `limit` bytes). What
/// lies before it was read: plain and valid. Errors at the end of a part that was cut short are the cut's, not
/// the table's, and are left out. When toml++ finds nothing wrong, the food is valid TOML but not in the plain
/// layout, the only one read in a table of this size, and that is the error.
/// Cut parts are rare: a `[[food]]` line inside a multi-line string or array, or a food longer than `limit`.
std::vector<Error> explain_stop(std::string_view text, std::string_view name, const PlainStop& stop,
                                std::size_t limit, const std::vector<std::size_t>& used_before) {
  const std::size_t begin = std::min(stop.food_start, text.size());
  std::size_t end = text.size();
  bool cut = false;  // the part may end inside something that goes on after it
  if (stop.food_start < stop.line_start && trim(line_at(text, stop.line_start)).starts_with("[[food]]")) {
    end = stop.line_start;  // the food before this header, read in full, lacks something
  } else {
    // The next line that starts a food, even one indented: the part holds one food.
    for (std::size_t at = text.find('\n', stop.line_start); at != std::string_view::npos;
         at = text.find('\n', at + 1)) {
      if (trim(line_at(text, at + 1)).starts_with("[[food]]")) {
        end = at + 1;
        cut = true;
        break;
      }
    }
  }
  if (end - begin > limit) {
    const std::size_t newline = text.substr(begin, limit).rfind('\n');
    end = begin + (newline == std::string_view::npos ? limit : newline + 1);
    cut = true;
  }
  const std::string_view part = text.substr(begin, end - begin);
  const std::uint32_t offset = count_lines(text.substr(0, begin));
  const std::uint32_t last_line = offset + count_lines(part);
  std::vector<Error> errors;
  try {
    FoodTableBuilder(part, name, offset, cut, used_before).build();
  } catch (const ErrorList& list) {
    for (const Error& error : list.errors()) {
      // Cutting the text can leave a string or an array open: toml++ then reports the end of the text.
      if (cut && (error.where().line > last_line ||
                  std::string_view(error.what()).find("end-of-file") != std::string_view::npos)) {
        continue;
      }
      errors.push_back(error);
    }
  }
  if (errors.empty()) {
    const std::string_view line = line_at(text, stop.line_start);
    errors.emplace_back(
        ErrorKind::data, SourceLocation{std::string(name), stop.line, column_at(line, stop.column - 1)},
        fmt::format("'{}' is not in the plain layout, the only one read in a food table of more than {} KiB "
                    "(expected [[food]] headers, one key = value a line, strings on one line and inline tables "
                    "of numbers)",
                    quote_excerpt(line), limit / 1024));
  }
  return errors;
}

/// The column (from 0) of string number `index` in the array that starts at `at` in `line`, as the fast reader
/// reads it: strings on one line, separated by commas and blanks.
std::size_t string_in_array(std::string_view line, std::size_t at, std::size_t index) {
  for (++at; at < line.size();) {
    const char quote = line[at];
    if (quote != '"' && quote != '\'') {
      ++at;  // blanks and commas
      continue;
    }
    if (index-- == 0) return at;
    for (++at; at < line.size() && line[at] != quote; ++at) {
      if (line[at] == '\\' && quote == '"') ++at;
    }
    ++at;
  }
  return at;
}

/// Where the id, or alias number `alias`, of the food `food` is written in a table that the fast reader has
/// read: the line and the column of its string.
SourceLocation find_key(std::string_view text, std::string_view name, std::uint32_t food, KeyKind kind,
                        std::size_t alias) {
  const std::string_view wanted = kind == KeyKind::id ? "id" : "aliases";
  std::uint32_t number = 0;
  std::uint32_t header = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::string_view line = line_at(text, start);
    start += line.size() + 1;
    ++number;
    const std::string_view content = trim(line);
    if (content.starts_with("[[food]]")) {
      ++header;
    } else if (header == food + 1 && content.starts_with(wanted) &&
               content.find_first_not_of(" \t", wanted.size()) == content.find('=')) {
      std::size_t value = line.find_first_not_of(" \t", line.find('=') + 1);
      if (kind == KeyKind::alias) value = string_in_array(line, value, alias);
      return SourceLocation{std::string(name), number, column_at(line, value)};
    }
  }
  return SourceLocation{std::string(name), 1, 1};
}

/// The aliases of `food` that normalize to `key`, in order.
std::vector<std::size_t> aliases_for(const TableData& data, std::uint32_t index, std::string_view key) {
  const Food food(data, index);
  std::vector<std::size_t> found;
  for (std::size_t a = 0; a < food.alias_count(); ++a) {
    if (normalize_key(food.alias(a)) == key) found.push_back(a);
  }
  return found;
}

/// The error of the full reader for a duplicate id or alias, found by build_lookup in a table the fast reader
/// has read.
Error duplicate_error(std::string_view text, std::string_view name, const TableData& data, const DuplicateKey& key) {
  // The first use comes first in the file: when it is an alias of the same food, the repeat is the next one.
  std::size_t first_alias = 0;
  std::size_t again_alias = 0;
  if (key.first_kind == KeyKind::alias) {
    const std::vector<std::size_t> aliases = aliases_for(data, key.first_food, key.key);
    if (!aliases.empty()) first_alias = aliases.front();
  }
  if (key.kind == KeyKind::alias) {
    const std::vector<std::size_t> aliases = aliases_for(data, key.food, key.key);
    const bool same = key.first_food == key.food && key.first_kind == KeyKind::alias;
    if (aliases.size() > (same ? 1 : 0)) again_alias = aliases[same ? 1 : 0];
  }
  const Food food(data, key.food);
  const std::string_view written = key.kind == KeyKind::id ? food.id() : food.alias(again_alias);
  const SourceLocation first = find_key(text, name, key.first_food, key.first_kind, first_alias);
  return Error(ErrorKind::data, find_key(text, name, key.food, key.kind, again_alias),
               duplicate_message(key.kind == KeyKind::id ? "id" : "alias", written, first.line));
}

/// Why a table too big for the full reader is refused, in the words of the full reader where it can.
std::vector<Error> explain_big_table(std::string_view text, std::string_view name, std::size_t limit) {
  PlainStop stop;
  std::vector<std::size_t> used_before;  // by the foods read before the stop
  {
    TableStorage storage;
    if (read_plain_food_table(text, storage, &stop)) {
      DuplicateKey duplicate;
      if (build_lookup(storage, &duplicate)) return {};
      return {duplicate_error(text, name, storage.view(), duplicate)};
    }
    const TableData data = storage.view();
    for (std::uint32_t i = 0; i < storage.foods.size(); ++i) {
      const Food food(data, i);
      used_before.push_back(std::hash<std::string>{}(normalize_key(food.id())));
      for (std::size_t a = 0; a < food.alias_count(); ++a) {
        used_before.push_back(std::hash<std::string>{}(normalize_key(food.alias(a))));
      }
    }
  }
  std::sort(used_before.begin(), used_before.end());
  if (stop.line == 0) {
    return {Error(ErrorKind::data, SourceLocation{std::string(name), 1, 1}, std::string(kNoFoods))};
  }
  // The full reader answers a trap anywhere in the text before anything else, and only that.
  if (std::optional<Error> trap = find_toml_trap(text, name)) return {*trap};
  return explain_stop(text, name, stop, limit, used_before);
}

}  // namespace

std::unique_ptr<FoodTable> parse_food_table(std::string_view text, std::string_view name, std::size_t full_read_limit) {
  if (std::unique_ptr<FoodTable> table = parse_plain_food_table(text, name)) return table;
  const std::string_view body = without_bom(text);
  if (body.size() > full_read_limit) {
    std::vector<Error> errors = explain_big_table(body, name, full_read_limit);
    if (!errors.empty()) throw ErrorList(std::move(errors));
  }
  return parse_full_food_table(text, name);
}

std::unique_ptr<FoodTable> load_food_table(const std::string& path, std::size_t max_bytes, std::size_t* file_bytes) {
  const std::string too_large =
      max_bytes == kMaxFoodTableBytes
          ? std::string()
          : fmt::format("the food tables read in one run may hold {} MiB in all, and this one passes that (expected "
                        "fewer or smaller tables)",
                        kMaxFoodTableBytes / (1024 * 1024));
  const std::string text = read_file(path, max_bytes, too_large);
  if (file_bytes != nullptr) *file_bytes = text.size();
  return parse_food_table(text, path == "-" ? "<stdin>" : path);
}

}  // namespace vitk
