// The lookup index of a food table: every id, alias and name, normalized, sorted, and checked for repeats.
#include <algorithm>
#include <string>
#include <tuple>

#include "vitk/base/text.hpp"
#include "vitk/foods/food_table.hpp"

namespace vitk {

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

}  // namespace vitk
