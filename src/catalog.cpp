#include "vitk/catalog.hpp"

#include <algorithm>
#include <tuple>

#include "vitk/text.hpp"

namespace vitk {

namespace {

std::span<const IndexEntry> equal_keys(std::span<const IndexEntry> index, std::string_view key) {
  const auto first = std::lower_bound(index.begin(), index.end(), key,
                                      [](const IndexEntry& entry, std::string_view k) { return entry.key < k; });
  auto last = first;
  while (last != index.end() && last->key == key) ++last;
  return {first, last};
}

}  // namespace

void FoodCatalog::add(FoodView table) { tables_.push_back(table); }

bool FoodCatalog::replaced_later(std::size_t table, std::string_view id) const {
  const std::string key = normalize_key(id);
  for (std::size_t later = table + 1; later < tables_.size(); ++later) {
    for (const IndexEntry& entry : equal_keys(tables_[later].index, key)) {
      if (entry.kind == KeyKind::id && !entry.derived) return true;
    }
  }
  return false;
}

FoodMatch FoodCatalog::find_key(std::string_view key) const {
  for (std::size_t t = tables_.size(); t-- > 0;) {
    const FoodView& table = tables_[t];
    const std::span<const IndexEntry> entries = equal_keys(table.index, key);
    // Entries are sorted by (derived, kind): the first entries are the best; collect all that tie with them.
    FoodMatch match;
    const IndexEntry* best = nullptr;
    for (const IndexEntry& entry : entries) {
      const Food& food = table.foods[entry.food];
      if (tables_.size() > t + 1 && replaced_later(t, food.id)) continue;
      if (best != nullptr && std::tie(entry.derived, entry.kind) != std::tie(best->derived, best->kind)) break;
      best = &entry;
      if (std::find(match.candidates.begin(), match.candidates.end(), &food) == match.candidates.end()) {
        match.candidates.push_back(&food);
      }
    }
    if (match.candidates.size() == 1) {
      match.food = match.candidates.front();
      match.candidates.clear();
      return match;
    }
    if (!match.candidates.empty()) return match;
  }
  return {};
}

FoodMatch FoodCatalog::find(std::string_view name) const {
  const std::string key = normalize_key(name);
  if (key.empty()) return {};
  FoodMatch match = find_key(key);
  if (match.food != nullptr || !match.candidates.empty()) return match;
  const std::string plural_free = singular(key);
  if (plural_free != key) {
    match = find_key(plural_free);
    if (match.food != nullptr || !match.candidates.empty()) return match;
  }
  // `cookies` -> `cookie`, where the rule above gives `cooky`.
  if (key.size() > 3 && key.back() == 's') return find_key(std::string_view(key).substr(0, key.size() - 1));
  return {};
}

std::vector<std::string> FoodCatalog::suggest(std::string_view name, std::size_t count) const {
  const std::string key = normalize_key(name);
  const std::size_t limit = std::min<std::size_t>(3, 1 + key.size() / 4);
  struct Candidate {
    std::size_t distance;
    std::string_view key;
    bool operator<(const Candidate& other) const { return std::tie(distance, key) < std::tie(other.distance, other.key); }
  };
  std::vector<Candidate> candidates;
  for (std::size_t t = 0; t < tables_.size(); ++t) {
    for (const IndexEntry& entry : tables_[t].index) {
      if (entry.derived || entry.kind == KeyKind::name) continue;
      // Ids are shown as written (`chicken-thigh`), aliases as matched.
      const std::string_view shown = entry.kind == KeyKind::id ? tables_[t].foods[entry.food].id : entry.key;
      const std::size_t distance = edit_distance(key, entry.key, limit);
      if (distance <= limit) {
        candidates.push_back({distance, shown});
      } else if (entry.key.size() > key.size() && entry.key.starts_with(key) && entry.key[key.size()] == ' ') {
        // `chicken` -> `chicken-thigh`: after the near spellings.
        candidates.push_back({limit + 1, shown});
      }
    }
  }
  std::sort(candidates.begin(), candidates.end());
  std::vector<std::string> out;
  for (const Candidate& candidate : candidates) {
    if (out.size() == count) break;
    if (std::find(out.begin(), out.end(), candidate.key) == out.end()) out.emplace_back(candidate.key);
  }
  return out;
}

bool FoodCatalog::is_portion_unit(std::string_view unit) const {
  return std::any_of(tables_.begin(), tables_.end(), [&](const FoodView& table) {
    return std::binary_search(table.units.begin(), table.units.end(), unit);
  });
}

std::vector<const Food*> FoodCatalog::foods() const {
  std::vector<const Food*> out;
  for (std::size_t t = 0; t < tables_.size(); ++t) {
    for (const Food& food : tables_[t].foods) {
      if (tables_.size() == t + 1 || !replaced_later(t, food.id)) out.push_back(&food);
    }
  }
  return out;
}

std::vector<const Food*> FoodCatalog::richest_in_k2(std::size_t count) const {
  std::vector<const Food*> out;
  for (const Food* food : foods()) {
    if (food->k2_ug_per_100g && *food->k2_ug_per_100g > 0) out.push_back(food);
  }
  const std::size_t keep = std::min(count, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(),
                    [](const Food* a, const Food* b) {
                      return std::tie(*b->k2_ug_per_100g, a->id) < std::tie(*a->k2_ug_per_100g, b->id);
                    });
  out.resize(keep);
  return out;
}

}  // namespace vitk
