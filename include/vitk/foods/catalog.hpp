#pragma once

#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <cstdint>
#include <string_view>
#include <vector>

#include "vitk/foods/food.hpp"

namespace vitk {

/// The result of looking a name up: one food, several equally good candidates, or nothing.
struct FoodMatch {
  std::optional<Food> food;
  std::vector<Food> candidates;  ///< set when the name is ambiguous
};

/// The food tables in use, searched from the last added to the first: a later table replaces the foods of an
/// earlier one that have the same id, and wins for any name it defines.
/// Which words a key of the word index leaves out (see FoodCatalog::find_words).
enum class WordLeave : std::uint8_t { nothing, raw, kind, any_raw, cooked };

/// Leaves out of candidates each USDA food with salt added whose twin without salt is among them with the same
/// vitamin K (`Chayote, fruit, cooked, boiled, drained, with salt`; `Noodles, egg, cooked, enriched, with added
/// salt` beside `Noodles, egg, enriched, cooked`): the twin is the food. One whose values differ from its twin's
/// (USDA's boiled dandelion greens) stays.
void drop_salted_twins(std::vector<Food>& found);

class FoodCatalog {
 public:
  /// The table must outlive the catalog.
  void add(const TableData& table);

  /// Finds a food by id, alias or name, case-insensitively, singular or plural. Exact keys beat singular forms,
  /// ids beat aliases, aliases beat names. Remembers its answers: a long log names the same foods again and again.
  FoodMatch find(std::string_view name) const;
  /// Finds a food whose id, alias or name has the same words as `name` in any order, singular or plural
  /// (`ground cinnamon` finds `Cinnamon, ground`; `fresh thyme` finds `Thyme, fresh`), or else the same words and
  /// `raw` (`shallot` finds `Shallots, raw`: a food named without its state is the raw one), or else the same
  /// words and the kind a USDA name starts with (`smoked haddock` finds `Fish, haddock, smoked`; `cheddar`,
  /// `Cheese, cheddar`). Several foods of the same words are candidates. The index of words is made on first use.
  FoodMatch find_words(std::string_view name) const;

  /// A food found by find_food, with the three values every sum needs copied next to it, so that the hot path
  /// of a long log touches one cache line per item.
  struct FoundFood {
    const TableData* table = nullptr;
    std::uint32_t index = 0;
    K2Basis k2_basis = K2Basis::unstated;
    double k1_ug_per_100g = kUnknown;
    double k2_ug_per_100g = kUnknown;
    double dk_ug_per_100g = kUnknown;

    static FoundFood of(const Food& food);
    Food food() const { return Food(*table, index); }
  };

  /// find() for the hot path: the food when the name names exactly one, or nullptr. The pointer stays valid
  /// until the next call.
  const FoundFood* find_food(std::string_view name) const;

  /// For reading many lines at once: start loading from memory what find_food(name) will need (a hint of
  /// where), then the rest (prepare), then look up; by the time of the lookup the memory has arrived.
  std::uint32_t prefetch(std::string_view name) const;
  void prepare(std::uint32_t hint) const;
  const FoundFood* find_food(std::string_view name, std::uint32_t hint) const;

  /// Up to `count` known keys (ids or aliases) close in spelling to `name`, best first, then keys that hold
  /// `name` as whole words. Each search reads every key, so a catalog makes at most kMaxSuggestionSearches of
  /// them and then suggests nothing: a log of a million unknown names must not take hours (a search takes a few
  /// milliseconds, so the limit is a few seconds).
  std::vector<std::string> suggest(std::string_view name, std::size_t count) const;
  static constexpr std::uint32_t kMaxSuggestionSearches = 1000;
  /// Counts one more search of every food for a message, and says whether it may still be made (the same
  /// limit as suggest()).
  bool may_search() const;
  /// Whether the searches are spent, so that a message can say why it suggests nothing.
  bool searched_out() const;

  /// Forgets the foods find() has found, with the values it copied: for when they change (recipes resolved).
  void clear_cache() const { cache_.clear(); }

  /// Whether some food of some table has a portion of this name.
  bool is_portion_unit(std::string_view unit) const;

  /// The `count` foods with the most K2 per 100 g, most first.
  std::vector<Food> richest_in_k2(std::size_t count) const;

  /// Every food in use (replaced ones left out), in table order.
  std::vector<Food> foods() const;

  /// foods() without the USDA entries that other foods stand for: `spinach` (usda = "11457") hides
  /// `usda-11457` from lists and searches; it can still be named.
  std::vector<Food> distinct_foods() const;

  const std::vector<const TableData*>& tables() const { return tables_; }

 private:
  bool replaced_later(std::size_t table, std::string_view id) const;
  FoodMatch find_key(std::string_view key) const;

  FoodMatch find_uncached(std::string_view name) const;

  /// The foods find() found, by the name as written (names that found no single food are not kept): open
  /// addressing over 8-byte slots, each pointing to a 64-byte entry that holds a short name itself and the food
  /// with its values, so that a lookup touches two cache lines.
  class NameCache {
   public:
    const FoundFood* find(std::string_view name) const;
    const FoundFood* find(std::string_view name, std::uint32_t hash) const;
    void insert(std::string_view name, const Food& food);
    void clear();
    static std::uint32_t hash_of(std::string_view name);
    void prefetch_slot(std::uint32_t hash) const;
    void prefetch_entry(std::uint32_t hash) const;

   private:
    static constexpr std::size_t kInlineKey = 15;
    struct alignas(64) Entry {
      char key[kInlineKey] = {};      ///< the name, when it is short
      std::uint8_t key_size = 0;      ///< kLongKey: the name is in long_keys_ at key_offset
      std::uint32_t key_offset = 0;
      FoundFood found;
    };
    static_assert(sizeof(Entry) == 64, "an entry of the cache is one cache line");
    struct Slot {
      std::uint32_t hash = 0;
      std::uint32_t entry = kEmpty;
    };
    static constexpr std::uint32_t kEmpty = UINT32_MAX;
    static constexpr std::uint8_t kLongKey = 255;
    static constexpr std::size_t kMaxEntries = 1 << 16;
    std::string_view key_of(const Entry& entry) const;
    std::size_t slot_of(std::string_view name, std::uint32_t hash) const;

    std::vector<Slot> slots_;
    std::vector<Entry> entries_;
    std::string long_keys_;
  };

  struct WordKey {
    std::uint64_t hash = 0;  ///< of the sorted words of a key (see word_bag in catalog.cpp)
    std::uint32_t table = 0;
    std::uint32_t food = 0;
    WordLeave leave = WordLeave::nothing;  ///< the words left out of the key
  };
  void build_word_index() const;

  std::vector<const TableData*> tables_;
  mutable NameCache cache_;
  mutable std::vector<WordKey> word_index_;  ///< sorted by hash; empty until find_words needs it
  mutable bool word_index_built_ = false;
  mutable FoundFood spare_;
  /// Searches made by suggest(); a copy of the catalog starts its own count.
  struct SearchCount {
    std::atomic<std::uint32_t> made{0};
    SearchCount() = default;
    SearchCount(const SearchCount&) {}
    SearchCount& operator=(const SearchCount&) { return *this; }
  };
  mutable SearchCount suggestion_searches_;
};

}  // namespace vitk
