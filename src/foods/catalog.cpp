#include "vitk/foods/catalog.hpp"

#include <algorithm>
#include <cstring>
#include <set>
#include <tuple>

#include "vitk/base/text.hpp"

namespace vitk {

namespace {

std::span<const KeyRecord> equal_keys(const TableData& table, std::string_view key) {
  const auto less = [&](const KeyRecord& entry, std::string_view k) { return table.str(entry.key) < k; };
  const auto first = std::lower_bound(table.index.begin(), table.index.end(), key, less);
  auto last = first;
  while (last != table.index.end() && table.str(last->key) == key) ++last;
  return {first, last};
}

/// Whether `words` holds `word` as whole words (`rice` in `brown rice`, not in `licorice`).
bool contains_word(std::string_view words, std::string_view word) {
  if (word.empty() || words.size() <= word.size()) return false;
  for (std::size_t at = words.find(word); at != std::string_view::npos; at = words.find(word, at + 1)) {
    const bool starts = at == 0 || words[at - 1] == ' ';
    const bool ends = at + word.size() == words.size() || words[at + word.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

FoodCatalog::FoundFood FoodCatalog::FoundFood::of(const Food& food) {
  const FoodRecord& record = food.record();
  return FoundFood{&food.table(), food.index(), record.k2_basis, record.k1_ug_per_100g, record.k2_ug_per_100g,
                   record.dk_ug_per_100g};
}

void FoodCatalog::add(const TableData& table) {
  tables_.push_back(&table);
  cache_.clear();
  word_index_.clear();
  word_index_built_ = false;
}

namespace {

/// The words USDA puts first in a name to say what kind of food follows (`Fish, haddock, smoked`, `Cheese,
/// cheddar`, `Nuts, almonds`): the food is one of that kind whether or not a person says so.
constexpr std::string_view kKindWords[] = {"alcoholic beverage", "beverages", "candies", "cereals", "cheese",
                                           "crustaceans", "fish", "game meat", "mollusks", "nuts", "seeds",
                                           "spices"};

/// The words of a name in a fixed order, each singular, `&` read as `and`: `Cinnamon, ground` and `ground cinnamon`
/// alike. With WordLeave::raw, the word `raw` is left out; with WordLeave::kind, the kind a name starts with and
/// any `raw`; with WordLeave::any_raw, any `raw`; with WordLeave::cooked, what USDA adds to the name of a cooked
/// food that changes no vitamin K of its own (`drained`, `enriched`, `with salt`, `without added salt` …), with
/// `boiled` read as `cooked`: `Celery, cooked, boiled, drained, without salt` and `cooked celery` alike (twins with
/// and without salt share the key; drop_salted_twins tells them apart). Empty when there is nothing to leave out.
std::string word_bag(std::string_view text, WordLeave leave) {
  std::size_t kind_words = 0;
  if (leave == WordLeave::kind) {
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos) return {};
    const std::string kind = to_lower(text.substr(0, comma));
    if (std::find(std::begin(kKindWords), std::end(kKindWords), kind) == std::end(kKindWords)) return {};
    kind_words = static_cast<std::size_t>(std::count(kind.begin(), kind.end(), ' ')) + 1;
  }
  const std::string key = normalize_key(text);
  std::vector<std::string> words;
  bool had_raw = false;
  bool left_out = false;
  for (std::size_t start = 0; start < key.size();) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    std::string word = singular(key.substr(start, end - start));
    start = end + 1;
    if (word == "&") word = "and";
    if (kind_words > 0) {
      --kind_words;
      continue;
    }
    if ((leave == WordLeave::raw || leave == WordLeave::kind || leave == WordLeave::any_raw) && word == "raw") {
      had_raw = true;
      continue;
    }
    if (leave == WordLeave::cooked) {
      if (word == "with" || word == "without") {
        const std::string_view rest = std::string_view(key).substr(std::min(start, key.size()));
        const std::size_t salt = rest.starts_with("salt")         ? 4
                                 : rest.starts_with("added salt") ? 10
                                                                  : 0;
        if (salt > 0 && (rest.size() == salt || rest[salt] == ' ')) {
          start += salt + 1;
          left_out = true;
          continue;
        }
      }
      if (word == "drained" || word == "enriched") {
        left_out = true;
        continue;
      }
      if (word == "boiled") {
        word = "cooked";
        left_out = true;
      }
      if (std::find(words.begin(), words.end(), word) != words.end()) continue;
    }
    words.push_back(std::move(word));
  }
  if (words.empty() || (leave == WordLeave::raw && !had_raw) || (leave == WordLeave::cooked && !left_out)) return {};
  std::sort(words.begin(), words.end());
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

/// The words of an item's name as WordLeave::cooked keys a food's: `boiled` read as `cooked`, and `drained` and
/// `enriched` left out.
std::string cooked_bag(std::string_view text) {
  const std::string bag = word_bag(text, WordLeave::nothing);
  std::vector<std::string> words;
  for (std::size_t start = 0; start < bag.size();) {
    const std::size_t end = std::min(bag.find(' ', start), bag.size());
    std::string word = bag.substr(start, end - start);
    start = end + 1;
    if (word == "boiled") word = "cooked";
    if (word == "drained" || word == "enriched") continue;
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(std::move(word));
  }
  std::sort(words.begin(), words.end());
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

std::uint64_t hash_words(std::string_view words) { return std::hash<std::string_view>{}(words); }

/// USDA's name of a food that vitk names otherwise, as its source quotes it (`USDA SR28 NDB 15237 'Fish, salmon,
/// Atlantic, farmed, cooked, dry heat'. Portions: ...`), or empty: the name that trackers copy from USDA.
std::string_view usda_name_in(std::string_view source) {
  constexpr std::string_view kFrom = "USDA SR28 NDB ";
  if (!source.starts_with(kFrom)) return {};
  std::size_t at = kFrom.size();
  while (at < source.size() && source[at] >= '0' && source[at] <= '9') ++at;
  if (at == kFrom.size() || source.substr(at).find(" '") != 0) return {};
  const std::size_t start = at + 2;
  const std::size_t end = source.find("'.", start);
  if (end == std::string_view::npos) return {};
  return source.substr(start, end - start);
}

}  // namespace

void FoodCatalog::build_word_index() const {
  word_index_built_ = true;
  word_index_.clear();
  for (const Food& food : distinct_foods()) {
    const auto table = static_cast<std::uint32_t>(
        std::find(tables_.begin(), tables_.end(), &food.table()) - tables_.begin());
    const auto add = [&](std::string_view text, std::initializer_list<WordLeave> leaves) {
      for (const WordLeave leave : leaves) {
        const std::string bag = word_bag(text, leave);
        if (!bag.empty()) word_index_.push_back(WordKey{hash_words(bag), table, food.index(), leave});
      }
    };
    add(food.id(), {WordLeave::nothing, WordLeave::raw});
    add(food.name(), {WordLeave::nothing, WordLeave::raw, WordLeave::kind, WordLeave::cooked});
    // `Fish, salmon, Atlantic, farmed, cooked, dry heat` names vitk's `salmon`, where no other food of the tables
    // has the name as its own (the USDA food it is made from, which the full table holds, may).
    if (const std::string_view usda = usda_name_in(food.source()); !usda.empty() && usda != food.name()) {
      const FoodMatch named = find_key(normalize_key(usda));
      const std::string_view number = food.source().substr(14, food.source().find(' ', 14) - 14);
      // Not with what a cooked food's name leaves out, which would make `Butter, without salt` plain `butter`.
      if (!named.food || *named.food == food || named.food->id() == "usda-" + std::string(number)) {
        add(usda, {WordLeave::nothing, WordLeave::raw, WordLeave::kind});
      }
    }
    for (std::size_t a = 0; a < food.alias_count(); ++a) add(food.alias(a), {WordLeave::nothing, WordLeave::raw});
  }
  std::sort(word_index_.begin(), word_index_.end(), [](const WordKey& a, const WordKey& b) {
    return std::tie(a.hash, a.table, a.food) < std::tie(b.hash, b.table, b.food);
  });
}

void drop_salted_twins(std::vector<Food>& found) {
  const auto salted = [](std::string_view name) {
    return name.find(", with salt") != std::string_view::npos ||
           name.find(", with added salt") != std::string_view::npos;
  };
  const auto same_vitamin_k = [](const Food& a, const Food& b) {
    if (a.k1_ug_per_100g() != b.k1_ug_per_100g() || a.dk_ug_per_100g() != b.dk_ug_per_100g() ||
        a.k2_ug_per_100g() != b.k2_ug_per_100g()) {
      return false;
    }
    for (std::size_t form = 0; form < kFormKeys.size(); ++form) {
      if (a.k2_form_ug_per_100g(form) != b.k2_form_ug_per_100g(form)) return false;
    }
    return true;
  };
  const std::vector<Food> all = found;
  std::erase_if(found, [&](const Food& food) {
    if (!salted(food.name())) return false;
    const std::string bag = word_bag(food.name(), WordLeave::cooked);
    return std::any_of(all.begin(), all.end(), [&](const Food& other) {
      // Another of the same words and vitamin K; or vitk's food made from USDA's unsalted one, of the same words and
      // K1, as vitk's food may hold K2 that USDA's does not (`brussels-sprouts-cooked`, K2 0 by imputation, beside
      // USDA's `Brussels sprouts, cooked, boiled, drained, with salt`).
      if (salted(other.name()) || word_bag(other.name(), WordLeave::cooked) != bag) return false;
      const std::string_view usda = usda_name_in(other.source());
      return same_vitamin_k(food, other) ||
             (!usda.empty() && !salted(usda) && food.k1_ug_per_100g() == other.k1_ug_per_100g());
    });
  });
}

FoodMatch FoodCatalog::find_words(std::string_view name) const {
  if (!word_index_built_) build_word_index();
  for (const WordLeave leave : {WordLeave::nothing, WordLeave::raw, WordLeave::kind, WordLeave::cooked}) {
    // The item's own `raw` is left out where the food's is (`raw almonds`: `Nuts, almonds`); `boiled` is `cooked`
    // where the food's is.
    const std::string bag = leave == WordLeave::cooked ? cooked_bag(name)
                            : word_bag(name, leave == WordLeave::kind ? WordLeave::any_raw : WordLeave::nothing);
    if (bag.empty()) return {};
    const std::uint64_t hash = hash_words(bag);
    const auto first = std::lower_bound(word_index_.begin(), word_index_.end(), hash,
                                        [](const WordKey& key, std::uint64_t h) { return key.hash < h; });
    FoodMatch match;
    for (auto it = first; it != word_index_.end() && it->hash == hash; ++it) {
      if (it->leave != leave) continue;
      const Food food(*tables_[it->table], it->food);
      // The hash found it; the words confirm it.
      const std::string_view usda = usda_name_in(food.source());
      const bool same = word_bag(food.name(), leave) == bag ||
                        (!usda.empty() && leave != WordLeave::cooked && word_bag(usda, leave) == bag) ||
                        (leave != WordLeave::kind && (word_bag(food.id(), leave) == bag || [&] {
                          for (std::size_t a = 0; a < food.alias_count(); ++a) {
                            if (word_bag(food.alias(a), leave) == bag) return true;
                          }
                          return false;
                        }()));
      if (same && std::find(match.candidates.begin(), match.candidates.end(), food) == match.candidates.end()) {
        match.candidates.push_back(food);
      }
    }
    if (leave == WordLeave::cooked) drop_salted_twins(match.candidates);
    if (match.candidates.size() == 1) {
      match.food = match.candidates.front();
      match.candidates.clear();
      return match;
    }
    if (!match.candidates.empty()) return match;
  }
  return {};
}

bool FoodCatalog::replaced_later(std::size_t table, std::string_view id) const {
  if (table + 1 == tables_.size()) return false;
  const std::string key = normalize_key(id);
  for (std::size_t later = table + 1; later < tables_.size(); ++later) {
    for (const KeyRecord& entry : equal_keys(*tables_[later], key)) {
      if (entry.kind == KeyKind::id && !entry.derived) return true;
    }
  }
  return false;
}

FoodMatch FoodCatalog::find_key(std::string_view key) const {
  for (std::size_t t = tables_.size(); t-- > 0;) {
    const TableData& table = *tables_[t];
    // Entries are sorted by (derived, kind): the first are the best; collect all that tie with them.
    FoodMatch match;
    const KeyRecord* best = nullptr;
    for (const KeyRecord& entry : equal_keys(table, key)) {
      const Food food(table, entry.food);
      if (replaced_later(t, food.id())) continue;
      if (best != nullptr && std::tie(entry.derived, entry.kind) != std::tie(best->derived, best->kind)) break;
      best = &entry;
      if (std::find(match.candidates.begin(), match.candidates.end(), food) == match.candidates.end()) {
        match.candidates.push_back(food);
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

std::uint32_t FoodCatalog::NameCache::hash_of(std::string_view name) {
  // Eight bytes at a time, each word mixed in by a multiplication and a shift.
  std::uint64_t hash = 0x9E3779B97F4A7C15ULL ^ name.size();
  std::size_t i = 0;
  for (; i + 8 <= name.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, name.data() + i, 8);
    hash = (hash ^ word) * 0xBF58476D1CE4E5B9ULL;
    hash ^= hash >> 31;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, name.data() + i, name.size() - i);
  hash = (hash ^ tail) * 0x94D049BB133111EBULL;
  return static_cast<std::uint32_t>(hash >> 32);
}

std::string_view FoodCatalog::NameCache::key_of(const Entry& entry) const {
  if (entry.key_size == kLongKey) return std::string_view(long_keys_.data() + entry.key_offset);  // ends at NUL
  return std::string_view(entry.key, entry.key_size);
}

std::size_t FoodCatalog::NameCache::slot_of(std::string_view name, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.entry == kEmpty) return i;
    if (slot.hash == hash && key_of(entries_[slot.entry]) == name) return i;
  }
}

const FoodCatalog::FoundFood* FoodCatalog::NameCache::find(std::string_view name) const {
  return find(name, hash_of(name));
}

const FoodCatalog::FoundFood* FoodCatalog::NameCache::find(std::string_view name, std::uint32_t hash) const {
  if (slots_.empty()) return nullptr;
  const Slot& slot = slots_[slot_of(name, hash)];
  return slot.entry == kEmpty ? nullptr : &entries_[slot.entry].found;
}

void FoodCatalog::NameCache::prefetch_slot(std::uint32_t hash) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
}

void FoodCatalog::NameCache::prefetch_entry(std::uint32_t hash) const {
  if (slots_.empty()) return;
  const Slot& slot = slots_[hash & (slots_.size() - 1)];
  if (slot.entry != kEmpty) __builtin_prefetch(&entries_[slot.entry]);
}

void FoodCatalog::NameCache::insert(std::string_view name, const Food& food) {
  if (entries_.size() >= kMaxEntries) return;  // enough: a log of endless new names is not sped up
  if ((entries_.size() + 1) * 2 > slots_.size()) {
    // Grow to keep the table at most half full, then place every entry again.
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot& slot : old) {
      if (slot.entry != kEmpty) slots_[slot_of(key_of(entries_[slot.entry]), slot.hash)] = slot;
    }
  }
  const std::uint32_t hash = hash_of(name);
  Slot& slot = slots_[slot_of(name, hash)];
  if (slot.entry != kEmpty) return;
  Entry entry;
  if (name.size() <= kInlineKey) {
    std::memcpy(entry.key, name.data(), name.size());
    entry.key_size = static_cast<std::uint8_t>(name.size());
  } else {
    entry.key_size = kLongKey;
    entry.key_offset = static_cast<std::uint32_t>(long_keys_.size());
    long_keys_ += name;
    long_keys_ += '\0';  // names never hold NUL: it ends the long key
  }
  entry.found = FoundFood::of(food);
  slot = Slot{hash, static_cast<std::uint32_t>(entries_.size())};
  entries_.push_back(entry);
}

void FoodCatalog::NameCache::clear() {
  slots_.clear();
  entries_.clear();
  long_keys_.clear();
}

FoodMatch FoodCatalog::find(std::string_view name) const {
  if (const FoundFood* cached = cache_.find(name)) return FoodMatch{cached->food(), {}};
  FoodMatch match = find_uncached(name);
  if (match.food) cache_.insert(name, *match.food);
  return match;
}

std::uint32_t FoodCatalog::prefetch(std::string_view name) const {
  const std::uint32_t hash = NameCache::hash_of(name);
  cache_.prefetch_slot(hash);
  return hash;
}

void FoodCatalog::prepare(std::uint32_t hint) const { cache_.prefetch_entry(hint); }

const FoodCatalog::FoundFood* FoodCatalog::find_food(std::string_view name, std::uint32_t hint) const {
  if (const FoundFood* cached = cache_.find(name, hint)) return cached;
  return find_food(name);
}

const FoodCatalog::FoundFood* FoodCatalog::find_food(std::string_view name) const {
  if (const FoundFood* cached = cache_.find(name)) return cached;
  const FoodMatch match = find(name);
  if (!match.food) return nullptr;
  if (const FoundFood* cached = cache_.find(name)) return cached;
  // The cache is full: answer from a slot of our own.
  spare_ = FoundFood::of(*match.food);
  return &spare_;
}

namespace {

/// `key` with each whole word `from` replaced by `to`.
std::string replace_word(std::string_view key, std::string_view from, std::string_view to) {
  std::string out;
  std::size_t start = 0;
  while (start <= key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (!out.empty() || start > 0) out += ' ';
    const std::string_view word = key.substr(start, end - start);
    out += word == from ? to : word;
    start = end + 1;
  }
  return out;
}

/// The slips a name of `size` letters may hold and still be offered as a misspelling of another: one in a short
/// name, two from six letters, three from nine. Two slips in a name of five letters or fewer spell another word more
/// often than the one meant (`dosa` is no `soda`, `raita` no `pita`).
std::size_t slips_allowed(std::size_t size) { return std::min<std::size_t>(3, std::max<std::size_t>(1, size / 3)); }

/// The edit distance of two words, or more than `limit`; two letters written otherwise in a word of six letters or
/// fewer, neither dropped, added, moved nor swapped, spell another word, not a slip (`congee` is no `coffee`, `farofa` no
/// `farina`), while `brocli`, `carots` and `pickel` are still slips of broccoli, carrot and pickles.
std::size_t word_slips(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t distance = edit_distance(a, b, limit);
  if (distance != 2 || a.size() != b.size() || a.size() > 6) return distance;
  std::vector<std::size_t> differ;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k] != b[k]) differ.push_back(k);
  }
  // Two letters side by side may be one moved (`humuss`, `breea`) or swapped (`brocolli`): a slip.
  const bool moved = differ.size() == 2 && differ[1] == differ[0] + 1 &&
                     (a[differ[0]] == b[differ[1]] || a[differ[1]] == b[differ[0]]);
  return differ.size() == 2 && !moved ? limit + 1 : distance;
}

/// The slips between `key` and `entry`, or more than `limit`. Where both have as many words, each word is held to
/// the share of the longer of the two, so that one word written quite otherwise is no slip (`irish stew` is no
/// `irish stout`, `chia seeds` no `cumin seeds`, `soda bread` no `pita bread`); else the names are compared whole
/// (`icecream` -> `ice cream`).
std::size_t slips(std::string_view key, std::string_view entry, std::size_t limit) {
  if (std::count(key.begin(), key.end(), ' ') != std::count(entry.begin(), entry.end(), ' ')) {
    return word_slips(key, entry, limit);
  }
  std::size_t total = 0;
  while (total <= limit) {
    const std::size_t key_end = std::min(key.find(' '), key.size());
    const std::size_t entry_end = std::min(entry.find(' '), entry.size());
    const std::size_t allowed = slips_allowed(std::max(key_end, entry_end) + 1);
    const std::size_t distance = word_slips(key.substr(0, key_end), entry.substr(0, entry_end), allowed);
    if (distance > allowed) return limit + 1;
    total += distance;
    if (key_end == key.size()) break;
    key.remove_prefix(key_end + 1);
    entry.remove_prefix(entry_end + 1);
  }
  return std::min(total, limit + 1);
}

}  // namespace

FoodMatch FoodCatalog::find_uncached(std::string_view name) const {
  const std::string key = normalize_key(name);
  if (key.empty()) return {};
  FoodMatch match = find_key(key);
  if (match.food || !match.candidates.empty()) return match;
  const std::string plural_free = singular(key);
  if (plural_free != key) {
    match = find_key(plural_free);
    if (match.food || !match.candidates.empty()) return match;
  }
  // `cookies` -> `cookie`, where the rule above gives `cooky`.
  if (key.size() > 3 && key.back() == 's') {
    match = find_key(std::string_view(key).substr(0, key.size() - 1));
    if (match.food || !match.candidates.empty()) return match;
  }
  // `tinned peaches`: British for canned.
  if (const std::string canned = replace_word(key, "tinned", "canned"); canned != key) return find_uncached(canned);
  return {};
}

bool FoodCatalog::may_search() const {
  return suggestion_searches_.made.fetch_add(1, std::memory_order_relaxed) < kMaxSuggestionSearches;
}

bool FoodCatalog::searched_out() const {
  return suggestion_searches_.made.load(std::memory_order_relaxed) >= kMaxSuggestionSearches;
}

std::vector<std::string> FoodCatalog::suggest(std::string_view name, std::size_t count) const {
  if (!may_search()) return {};
  const std::string key = normalize_key(name);
  // A name with characters of three bytes or more (Chinese, Japanese, Korean, Thai, Hindi, a curly apostrophe) counts
  // its slips in characters, not bytes: `ビール` is no `バナナ`, whose keys differ in three bytes, and `ほうれん` is one
  // character from `ほうれん草`.
  const bool wide = std::any_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE0; });
  const std::size_t limit = slips_allowed(wide ? characters_in(key) : key.size());
  struct Candidate {
    std::size_t distance;
    std::string_view shown;
    const TableData* table;
    std::uint32_t food;
    bool operator<(const Candidate& other) const {
      return std::tie(distance, shown) < std::tie(other.distance, other.shown);
    }
  };
  std::vector<Candidate> candidates;
  for (const TableData* table : tables_) {
    for (const KeyRecord& entry : table->index) {
      if (entry.derived || entry.kind == KeyKind::name) continue;
      const std::string_view entry_key = table->str(entry.key);
      // Ids are shown as written (`chicken-thigh`), aliases as matched.
      const std::string_view shown = entry.kind == KeyKind::id ? Food(*table, entry.food).id() : entry_key;
      const std::size_t distance =
          wide ? edit_distance_in_characters(key, entry_key, limit) : slips(key, entry_key, limit);
      if (distance <= limit) {
        candidates.push_back({distance, shown, table, entry.food});
      } else if (contains_word(entry_key, key)) {
        // `chicken` -> `chicken-thigh`, `rice` -> `brown-rice`: after the near spellings.
        candidates.push_back({limit + 1, shown, table, entry.food});
      }
    }
  }
  // At one distance, a transposition first (`mikl` -> milk, `wien` -> wine).
  const auto transposed = [&](std::string_view shown) {
    std::string a(key), b(shown);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
  };
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& x, const Candidate& y) {
    if (x.distance != y.distance) return x.distance < y.distance;
    const bool tx = transposed(x.shown), ty = transposed(y.shown);
    if (tx != ty) return tx;
    return x.shown < y.shown;
  });
  // Past the nearest spellings, and at two slips or more, only those that begin as the name does: a word's first
  // letter is rarely the mistyped one (`kael` -> kale or kelp, not bagel; `kroket` is no rocket).
  const std::size_t nearest = candidates.empty() ? 0 : candidates.front().distance;
  const auto far_fetched = [&](const Candidate& candidate) {
    return (candidate.distance > nearest || candidate.distance >= 2) && candidate.distance <= limit &&
           !key.empty() && !candidate.shown.starts_with(key.front());
  };
  // One name of each food, its nearest (`spinch` -> spinach, not spinach and its alias spinaci).
  std::vector<std::string> out;
  std::vector<std::pair<const TableData*, std::uint32_t>> named;
  for (const Candidate& candidate : candidates) {
    if (out.size() == count) break;
    if (far_fetched(candidate)) continue;
    const std::pair<const TableData*, std::uint32_t> food{candidate.table, candidate.food};
    if (std::find(named.begin(), named.end(), food) != named.end()) continue;
    // The food's id where it is a near spelling too, else of its names at that distance the one it lists first,
    // as its table lists its English names before those of other languages (`carots` -> carrot, not carota; `rize`
    // -> rice, not riz).
    std::string_view shown = candidate.shown;
    const Food named_food(*candidate.table, candidate.food);
    const std::string_view id = named_food.id();
    const auto listed_at = [&](std::string_view alias_key) {
      for (std::size_t i = 0; i < named_food.alias_count(); ++i) {
        if (normalize_key(named_food.alias(i)) == alias_key) return i;
      }
      return named_food.alias_count();
    };
    for (const Candidate& other : candidates) {
      if (other.table != candidate.table || other.food != candidate.food || other.distance > limit ||
          far_fetched(other) || shown == id) {
        continue;
      }
      if (other.shown == id ||
          (other.distance == candidate.distance && listed_at(other.shown) < listed_at(shown))) {
        shown = other.shown;
      }
    }
    // An alias as its table writes it (`バナナ`, `pâté`), not as it is compared.
    if (const std::size_t at = listed_at(shown); shown != id && at < named_food.alias_count()) {
      shown = named_food.alias(at);
    }
    if (std::find(out.begin(), out.end(), shown) == out.end()) {
      out.emplace_back(shown);
      named.push_back(food);
    }
  }
  return out;
}

bool FoodCatalog::is_portion_unit(std::string_view unit) const {
  return std::any_of(tables_.begin(), tables_.end(), [&](const TableData* table) {
    const auto less = [&](const TextRef& entry, std::string_view u) { return table->str(entry) < u; };
    const auto found = std::lower_bound(table->units.begin(), table->units.end(), unit, less);
    return found != table->units.end() && table->str(*found) == unit;
  });
}

std::vector<Food> FoodCatalog::foods() const {
  std::vector<Food> out;
  for (std::size_t t = 0; t < tables_.size(); ++t) {
    for (std::uint32_t i = 0; i < tables_[t]->foods.size(); ++i) {
      const Food food(*tables_[t], i);
      if (!replaced_later(t, food.id())) out.push_back(food);
    }
  }
  return out;
}

std::vector<Food> FoodCatalog::distinct_foods() const {
  const std::vector<Food> all = foods();
  std::set<std::string, std::less<>> stood_for;
  for (const Food& food : all) {
    if (!food.usda().empty()) stood_for.insert(std::string("usda-") + std::string(food.usda()));
  }
  std::vector<Food> out;
  for (const Food& food : all) {
    if (!stood_for.contains(food.id())) out.push_back(food);
  }
  return out;
}

std::vector<Food> FoodCatalog::richest_in_k2(std::size_t count) const {
  std::vector<Food> out;
  for (const Food& food : distinct_foods()) {
    if (food.k2_ug_per_100g() && *food.k2_ug_per_100g() > 0) out.push_back(food);
  }
  const std::size_t keep = std::min(count, out.size());
  std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(),
                    [](const Food& a, const Food& b) {
                      return std::tuple(*b.k2_ug_per_100g(), a.id()) < std::tuple(*a.k2_ug_per_100g(), b.id());
                    });
  out.resize(keep);
  return out;
}

}  // namespace vitk
