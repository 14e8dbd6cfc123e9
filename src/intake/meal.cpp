#include "vitk/intake/meal.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <fmt/format.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "vitk/base/text.hpp"
#include "vitk/foods/catalog.hpp"
#include "vitk/foods/food.hpp"
#include "vitk/foods/units.hpp"
#include "vitk/intake/quantity.hpp"

namespace vitk {

void check_bytes(std::string_view line, SourceLocation& at) {
  bool non_ascii = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if ((byte < 0x20 && byte != '\t') || byte == 0x7F) {
      at.column = static_cast<std::uint32_t>(i + 1);
      throw Error(ErrorKind::data, at,
                  byte == 0 ? "NUL byte (expected text)" : fmt::format("control character 0x{:02X} (expected text)", byte));
    }
    non_ascii |= byte >= 0x80;
  }
  if (non_ascii) {
    if (const auto bad = find_invalid_utf8(line)) {
      at.column = static_cast<std::uint32_t>(*bad + 1);
      throw Error(ErrorKind::data, at, "invalid UTF-8 (expected text in UTF-8)");
    }
  }
}

namespace {

constexpr std::size_t kMaxLabelBytes = 40;

std::string_view strip_comment(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || is_blank(line[i - 1]))) return line.substr(0, i);
  }
  return line;
}

bool is_label(std::string_view text) {
  if (text.empty() || text.size() > kMaxLabelBytes) return false;
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_blank(c) || c == '-' || c == '_' ||
                    static_cast<unsigned char>(c) >= 0x80;
    if (!ok) return false;
  }
  return true;
}

/// Whether `text[at, at + count)` are all digits.
bool digits_at(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) return false;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!is_digit(text[i])) return false;
  }
  return true;
}

/// Where a word ends: at the end of the text, a blank, or the marks of labels and items.
bool word_ends(std::string_view text, std::size_t at) {
  return at == text.size() || is_blank(text[at]) || text[at] == ':' || text[at] == ';';
}

/// The length of a date at the start of `text`, shaped YYYY-MM-DD, with a time of day after it (`08:00`,
/// `08:00:30`, after a blank or `T`), which says nothing about the day; 0 when the text starts otherwise.
std::size_t date_prefix(std::string_view text) {
  if (!digits_at(text, 0, 4) || text.size() < 10 || text[4] != '-' || !digits_at(text, 5, 2) || text[7] != '-' ||
      !digits_at(text, 8, 2)) {
    return 0;
  }
  std::size_t end = 10;
  if (end < text.size() && (text[end] == ' ' || text[end] == 'T')) {
    std::size_t at = end + 1;
    const std::size_t hour = digits_at(text, at, 2) ? 2 : digits_at(text, at, 1) ? 1 : 0;
    at += hour;
    if (hour > 0 && at < text.size() && text[at] == ':' && digits_at(text, at + 1, 2)) {
      at += 3;
      if (at < text.size() && text[at] == ':' && digits_at(text, at + 1, 2)) at += 3;
      if (word_ends(text, at)) end = at;
    }
  }
  return word_ends(text, end) ? end : 0;
}

/// The length of a date in a form vitk does not read at the start of `text` (`2026/11/24`, `24.11.2026`,
/// `11/24/2026`, `2026-1-5`): three groups of digits with one separator, one of them a year; else 0.
std::size_t other_date_form(std::string_view text) {
  std::size_t groups[3] = {};
  std::size_t at = 0;
  char separator = 0;
  for (std::size_t g = 0; g < 3; ++g) {
    const std::size_t start = at;
    while (at < text.size() && is_digit(text[at])) ++at;
    groups[g] = at - start;
    if (groups[g] == 0 || groups[g] > 4) return 0;
    if (g == 2) break;
    if (at == text.size() || (text[at] != '/' && text[at] != '.' && text[at] != '-')) return 0;
    if (separator != 0 && text[at] != separator) return 0;
    separator = text[at++];
  }
  if (!word_ends(text, at)) return 0;
  const bool year_first = groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2;
  const bool year_last = groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 4 || (groups[2] == 2 && separator != '-'));
  return year_first || year_last ? at : 0;
}

/// Bytes of a word of a simple item: printable ASCII but the marks of comments (#), labels (:), several items (;).
constexpr std::array<bool, 256> kSimpleWordBytes = [] {
  std::array<bool, 256> table{};
  for (int c = '!'; c <= '~'; ++c) table[static_cast<std::size_t>(c)] = true;
  table['#'] = table[':'] = table[';'] = false;
  return table;
}();

/// A quantity of the simple shape, `371` or `0.25` (at most kMaxSimpleDigits digits, a digit first and last),
/// converted as parse_quantity_token converts it (one exact division); 0 when it is anything else.
double simple_quantity(std::string_view text) {
  static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};
  constexpr std::size_t kMaxSimpleDigits = 12;
  if (text.empty() || text.size() > kMaxSimpleDigits + 1 || !is_digit(text.front()) || !is_digit(text.back())) {
    return 0;
  }
  std::uint64_t mantissa = 0;
  std::size_t decimals = 0;
  bool point = false;
  for (char c : text) {
    if (c == '.') {
      if (point) return 0;
      point = true;
      continue;
    }
    if (!is_digit(c)) return 0;
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
    decimals += point ? 1 : 0;
  }
  if (!point && text.size() > kMaxSimpleDigits) return 0;
  const double value = static_cast<double>(mantissa) / kPowers[decimals];
  return value;
}

/// Finds the one or two single spaces of a simple item and checks that every other byte is a word byte.
bool simple_spaces(std::string_view text, std::size_t& first_space, std::size_t& second_space) {
  first_space = second_space = std::string_view::npos;
#if defined(__SSE2__)
  // Most lines of a log are under 32 bytes: classify them 16 bytes at a time.
  if (text.size() <= 32) {
    alignas(16) char bytes[32];
    std::memset(bytes, 'x', sizeof bytes);
    std::memcpy(bytes, text.data(), text.size());
    std::uint32_t spaces = 0, bad = 0;
    for (int half = 0; half < 2; ++half) {
      const __m128i v = _mm_load_si128(reinterpret_cast<const __m128i*>(bytes + 16 * half));
      const __m128i space = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
      // Printable ASCII is '!' to '~'; bytes from 0x80 are negative as signed chars and fail the first test.
      const __m128i printable = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(' ')),
                                              _mm_cmplt_epi8(v, _mm_set1_epi8(0x7F)));
      const __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('#')),
                                                      _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))),
                                         _mm_cmpeq_epi8(v, _mm_set1_epi8(';')));
      const __m128i word = _mm_andnot_si128(marks, printable);
      spaces |= static_cast<std::uint32_t>(_mm_movemask_epi8(space)) << (16 * half);
      bad |= static_cast<std::uint32_t>(~_mm_movemask_epi8(_mm_or_si128(word, space)) & 0xFFFF) << (16 * half);
    }
    if (bad != 0) return false;
    if (spaces == 0 || __builtin_popcount(spaces) > 2) return false;
    first_space = static_cast<std::size_t>(__builtin_ctz(spaces));
    spaces &= spaces - 1;
    if (spaces != 0) second_space = static_cast<std::size_t>(__builtin_ctz(spaces));
    return true;
  }
#endif
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (kSimpleWordBytes[byte]) continue;
    if (byte != ' ' || second_space != std::string_view::npos) return false;
    (first_space == std::string_view::npos ? first_space : second_space) = i;
  }
  return first_space != std::string_view::npos;
}

}  // namespace

bool parse_simple_syntax(std::string_view text, SimpleItem& out) {
  std::size_t first_space = 0, second_space = 0;
  if (!simple_spaces(text, first_space, second_space)) return false;
  std::string_view name, quantity_text, unit_text;
  const bool name_first = !is_digit(text.front());
  if (second_space == std::string_view::npos) {
    // NAME QTYUNIT or QTYUNIT NAME
    name = name_first ? text.substr(0, first_space) : text.substr(first_space + 1);
    const std::string_view glued = name_first ? text.substr(first_space + 1) : text.substr(0, first_space);
    std::size_t digits = 0;
    while (digits < glued.size() && (is_digit(glued[digits]) || glued[digits] == '.')) ++digits;
    quantity_text = glued.substr(0, digits);
    unit_text = glued.substr(digits);
  } else {
    // NAME QTY UNIT or QTY UNIT NAME
    const std::string_view first = text.substr(0, first_space);
    const std::string_view middle = text.substr(first_space + 1, second_space - first_space - 1);
    const std::string_view last = text.substr(second_space + 1);
    name = name_first ? first : last;
    quantity_text = name_first ? middle : first;
    unit_text = name_first ? last : middle;
  }
  if (name.empty() || quantity_text.empty() || unit_text.empty()) return false;
  const char initial = name.front();
  if (!((initial >= 'a' && initial <= 'z') || (initial >= 'A' && initial <= 'Z'))) return false;
  const std::string_view unit = static_mass_unit(unit_text);
  const double quantity = simple_quantity(quantity_text);
  if (unit.empty() || quantity <= 0) return false;
  const double grams = quantity * *grams_per_mass_unit(unit);
  if (grams > kMaxItemGrams) return false;
  out = SimpleItem{name, quantity, unit, grams};
  return true;
}

bool parse_simple_item(std::string_view text, const FoodCatalog& catalog, Item& item) {
  SimpleItem simple;
  if (!parse_simple_syntax(text, simple)) return false;
  // `chili 300g`, `pepper 100g`: a word of two foods, which the item reader tells apart by the amount; `chips
  // 100g`: crisps or fried potatoes, which it asks about.
  for (const std::string_view word : {"chili", "chilli", "chile", "pepper", "chips", "chip", "crisp"}) {
    if (simple.name.size() == word.size() &&
        std::equal(word.begin(), word.end(), simple.name.begin(),
                   [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
      return false;
    }
  }
  const FoodCatalog::FoundFood* found = catalog.find_food(simple.name);
  if (found == nullptr) return false;
  if (simple.unit == "oz" && ounce_is_fluid(found->food())) return false;  // a fluid ounce (parse_item)
  set_food(item, *found);
  item.quantity = simple.quantity;
  item.unit = simple.unit;
  item.grams = simple.grams;
  return true;
}

Item make_item(const Food& food, double quantity, std::string_view unit, double grams) {
  const FoodRecord& record = food.record();
  return Item{food,     record.k1_ug_per_100g, record.k2_ug_per_100g, record.dk_ug_per_100g, record.k2_basis,
              quantity, unit,                  grams,                  record.values_per_item};
}

void set_food(Item& item, const FoodCatalog::FoundFood& found) {
  item.food = found.food();
  item.k1_ug_per_100g = found.k1_ug_per_100g;
  item.k2_ug_per_100g = found.k2_ug_per_100g;
  item.dk_ug_per_100g = found.dk_ug_per_100g;
  item.k2_basis = found.k2_basis;
  item.values_per_item = false;  // the foods of tables are per 100 g
}

namespace {

/// Whether `text` is an amount alone: a number and a unit of weight or volume, after a word of roughly (`about 8
/// ounces`, `~225 g`, `3¾ ounces`, `1 1/2 cups`), and nothing else (not `2 cups kale`, `2%`).
bool is_amount_alone(std::string_view text) {
  text = trim(text);
  for (std::string_view rough : {"about ", "approximately ", "approx. ", "roughly ", "around ", "~"}) {
    if (text.starts_with(rough)) text = trim(text.substr(rough.size()));
  }
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    if (end > at) words.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  const auto number = [](std::string_view w) {
    return !w.empty() && (is_digit(w.front()) || static_cast<unsigned char>(w.front()) == 0xC2);
  };
  // A weight, a volume or a stick of butter (`(2 sticks; 255g)`).
  const auto measure = [](std::string_view w) {
    const std::string unit = canonical_unit(w);
    return grams_per_mass_unit(unit).has_value() || ml_per_volume_unit(unit).has_value() || unit == "stick" ||
           unit == "sticks";
  };
  if (words.empty() || words.size() > 3 || !number(words.front())) return false;
  // `110g`: the unit glued to its number.
  if (words.size() == 1) {
    std::size_t digits = 0;
    while (digits < words[0].size() && (is_digit(words[0][digits]) || words[0][digits] == '.')) ++digits;
    return digits > 0 && digits < words[0].size() && measure(words[0].substr(digits));
  }
  for (std::size_t k = 1; k + 1 < words.size(); ++k) {
    if (!number(words[k])) return false;
  }
  return measure(words.back());
}

/// Where the first item of `text` ends: at its first `;`, but not at one between two amounts within a parenthesis
/// that closes before the next opens (`1 ripe plantain (225 g; about 8 ounces), peeled`, as recipes write an
/// equivalent); one between words there still ends the item (`salad (kale; spinach)` is two).
std::size_t item_end(std::string_view text) {
  std::size_t end = text.find(';');
  while (end != std::string_view::npos) {
    const std::size_t open = text.rfind('(', end);
    const std::size_t closed = open == std::string_view::npos ? open : text.find(')', open);
    if (open == std::string_view::npos || closed < end) return end;
    const std::size_t close = text.find(')', end);
    if (close == std::string_view::npos || text.substr(end, close - end).find('(') != std::string_view::npos) {
      return end;
    }
    // Every part of the parenthesis (`(½ cup; 4 ounces; 113.5 grams)`).
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    for (std::size_t at = 0; at <= inside.size();) {
      const std::size_t part_end = std::min(inside.find(';', at), inside.size());
      if (!is_amount_alone(inside.substr(at, part_end - at))) return end;
      at = part_end + 1;
    }
    end = text.find(';', close);
  }
  return end;
}

}  // namespace

void split_line(std::string_view line, SourceLocation& at, MealLine& out) {
  out.kind = LineKind::blank;
  out.label = {};
  out.items.clear();
  check_bytes(line, at);
  const std::string_view content = trim(strip_comment(line));
  if (content.empty()) return;
  const auto offset_of = [&](std::string_view part) { return static_cast<std::size_t>(part.data() - line.data()); };

  std::string_view rest = content;
  const std::size_t date_length = date_prefix(content);
  if (date_length > 0) {
    const DateParse parsed = parse_iso_date(content.substr(0, 10), out.date);
    if (parsed != DateParse::ok) {
      out.kind = LineKind::bad_date;
      out.date_problem = DateProblem::impossible;
      out.date_text = ItemText{content.substr(0, 10), static_cast<std::uint32_t>(offset_of(content) + 1)};
      return;
    }
    out.kind = LineKind::date;
    rest = trim(content.substr(date_length));
    if (!rest.empty() && (rest.front() == ':' || rest.front() == ';')) rest = trim(rest.substr(1));
  } else if (const std::size_t other = other_date_form(content); other > 0) {
    out.kind = LineKind::bad_date;
    out.date_problem = DateProblem::other_form;
    out.date_text = ItemText{content.substr(0, other), static_cast<std::uint32_t>(offset_of(content) + 1)};
    return;
  }

  const std::size_t colon = rest.find(':');
  if (colon != std::string_view::npos && is_label(trim(rest.substr(0, colon)))) {
    out.label = trim(rest.substr(0, colon));
    rest = rest.substr(colon + 1);
  }
  while (!rest.empty()) {
    const std::size_t end = item_end(rest);
    const std::string_view part = trim(rest.substr(0, end));
    if (!part.empty()) out.items.push_back(ItemText{part, static_cast<std::uint32_t>(offset_of(part) + 1)});
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  if (out.kind != LineKind::date) out.kind = out.items.empty() && out.label.empty() ? LineKind::blank : LineKind::items;
}

}  // namespace vitk
