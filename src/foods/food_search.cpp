#include "vitk/foods/food_search.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <tuple>

#include "vitk/base/text.hpp"

namespace vitk {

namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  const std::string key = normalize_key(text);
  std::size_t start = 0;
  while (start < key.size()) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    words.push_back(singular(key.substr(start, end - start)));
    start = end + 1;
  }
  return words;
}

/// How well `term` matches one of `words`: 2 whole word, 1 start of a word, 0 not at all.
int word_match(const std::string& term, const std::vector<std::string>& words) {
  int best = 0;
  for (const std::string& word : words) {
    if (word == term) return 2;
    if (word.size() > term.size() && word.starts_with(term)) best = 1;
  }
  return best;
}

struct Scored {
  double score;
  std::size_t name_size;
  Food food;
};

}  // namespace

std::vector<Food> search_foods(const FoodCatalog& catalog, const std::vector<std::string>& terms, std::size_t limit) {
  std::vector<std::string> wanted;
  for (const std::string& term : terms) {
    for (std::string& word : words_of(term)) wanted.push_back(std::move(word));
  }
  if (wanted.empty()) return {};
  const std::string whole = normalize_key(join(terms, " "));
  std::vector<Scored> found;
  for (const Food& food : catalog.distinct_foods()) {
    std::vector<std::string> short_words = words_of(food.id());
    for (std::size_t i = 0; i < food.alias_count(); ++i) {
      for (std::string& word : words_of(food.alias(i))) short_words.push_back(std::move(word));
    }
    const std::vector<std::string> name_words = words_of(food.name());
    double score = 0;
    bool all = true;
    for (const std::string& term : wanted) {
      const int in_short = word_match(term, short_words);
      const int in_name = word_match(term, name_words);
      if (in_short == 0 && in_name == 0) {
        all = false;
        break;
      }
      score += 10.0 * std::max(in_short, in_name) + (in_short > 0 ? 5.0 : 0.0);
    }
    if (!all) continue;
    // The whole query naming the food outright comes first.
    if (normalize_key(food.id()) == whole || normalize_key(food.name()) == whole) score += 1000;
    for (std::size_t i = 0; i < food.alias_count(); ++i) {
      if (normalize_key(food.alias(i)) == whole) score += 500;
    }
    // Fewer words the query did not ask for: "Kale, raw" before "Kale, scotch, cooked, boiled".
    score -= static_cast<double>(name_words.size());
    found.push_back(Scored{score, food.name().size(), food});
  }
  std::sort(found.begin(), found.end(), [](const Scored& a, const Scored& b) {
    return std::tuple(-a.score, a.name_size, a.food.id()) < std::tuple(-b.score, b.name_size, b.food.id());
  });
  std::vector<Food> out;
  for (std::size_t i = 0; i < found.size() && i < limit; ++i) out.push_back(found[i].food);
  return out;
}

std::optional<SortKey> parse_sort_key(std::string_view text) {
  if (text == "id") return SortKey{SortKey::Kind::id};
  if (text == "name") return SortKey{SortKey::Kind::name};
  if (text == "k1") return SortKey{SortKey::Kind::k1};
  if (text == "k2") return SortKey{SortKey::Kind::k2};
  if (text == "dk") return SortKey{SortKey::Kind::dk};
  for (std::size_t form = 0; form < kFormCount; ++form) {
    if (kFormKeys[form] == text) return SortKey{SortKey::Kind::form, form};
  }
  return std::nullopt;
}

std::string sort_key_names() {
  std::string out = "id, name, k1, k2, dk";
  for (std::string_view form : kFormKeys) out += fmt::format(", {}", form);
  return out;
}

std::optional<double> sort_value(const Food& food, const SortKey& key) {
  switch (key.kind) {
    case SortKey::Kind::k1: return food.k1_ug_per_100g();
    case SortKey::Kind::k2: return food.k2_ug_per_100g();
    case SortKey::Kind::dk: return food.dk_ug_per_100g();
    case SortKey::Kind::form: return food.k2_form_ug_per_100g(key.form);
    case SortKey::Kind::id:
    case SortKey::Kind::name: break;
  }
  return std::nullopt;
}

std::vector<Food> list_foods(const FoodCatalog& catalog, std::string_view group, const SortKey& key,
                             std::size_t limit) {
  const std::string wanted = to_lower(group);
  std::vector<Food> out;
  for (const Food& food : catalog.distinct_foods()) {
    if (wanted.empty() || to_lower(food.group()) == wanted) out.push_back(food);
  }
  const auto by_text = [&](const Food& food) { return key.kind == SortKey::Kind::name ? food.name() : food.id(); };
  std::stable_sort(out.begin(), out.end(), [&](const Food& a, const Food& b) {
    if (key.kind == SortKey::Kind::id || key.kind == SortKey::Kind::name) {
      return std::tuple(to_lower(by_text(a)), a.id()) < std::tuple(to_lower(by_text(b)), b.id());
    }
    const std::optional<double> x = sort_value(a, key), y = sort_value(b, key);
    if (x.has_value() != y.has_value()) return x.has_value();  // unknown last
    if (x && *x != *y) return *x > *y;
    return a.id() < b.id();
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<std::string> food_groups(const FoodCatalog& catalog) {
  std::set<std::string> groups;
  for (const Food& food : catalog.distinct_foods()) {
    if (!food.group().empty()) groups.insert(std::string(food.group()));
  }
  return {groups.begin(), groups.end()};
}

}  // namespace vitk
