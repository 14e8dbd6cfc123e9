// The fast reader of food tables: the plain layout that vitk's own tables and most hand-written ones use
// (`[[food]]` headers, one `key = value` per line, single-line strings, inline tables of numbers) read
// directly, several times faster than toml++ and without building a document. Anything else, and anything
// invalid, makes it give up: the full reader (toml++) then reads the text and reports every error, or, for a
// table too big for toml++, the part where the fast reader stopped (food_table.cpp). So the fast reader only
// has to say where it stopped, and it must never accept what the full reader refuses; the unit tests and the
// fuzzer compare the two.

#include <algorithm>
#include <charconv>

#include "food_rules.hpp"
#include "vitk/base/text.hpp"
#include "vitk/base/toml_guard.hpp"
#include "vitk/foods/food_table.hpp"

namespace vitk {

namespace {

bool is_bare_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '-';
}

bool is_control(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (byte < 0x20 && c != '\t') || byte == 0x7F;
}

class PlainReader {
 public:
  PlainReader(std::string_view text, TableStorage& storage) : text_(text), storage_(storage) {}

  /// False: not plain, or not valid; the full reader must decide. `stop` then says where reading stopped.
  bool read(PlainStop* stop) {
    std::size_t start = 0;
    std::uint32_t number = 0;
    const auto stopped = [&](std::size_t line_start, std::size_t column) {
      if (stop != nullptr) *stop = PlainStop{number, static_cast<std::uint32_t>(column), line_start, food_start_};
      return false;
    };
    while (start < text_.size()) {
      const std::size_t newline = text_.find('\n', start);
      const std::size_t end = newline == std::string_view::npos ? text_.size() : newline;
      std::string_view line = text_.substr(start, end - start);
      const std::size_t line_start = start;
      start = end + 1;
      ++number;
      // The length limit counts the CR of a CRLF line end, as the TOML guard does. CRLF ends a line as LF does;
      // a CR without its LF (even at the very end) is the full reader's to refuse.
      if (line.size() > kMaxTomlLineBytes) return stopped(line_start, kMaxTomlLineBytes + 1);
      if (newline != std::string_view::npos && !line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (const std::size_t cr = line.find('\r'); cr != std::string_view::npos) return stopped(line_start, cr + 1);
      if (!read_line(line, line_start)) return stopped(line_start, std::min(at_, line.size()) + 1);
    }
    ++number;
    if (!finish_food()) return stopped(text_.size(), 1);
    if (storage_.foods.empty()) {
      if (stop != nullptr) *stop = PlainStop{};  // read to the end: no foods
      return false;
    }
    return true;
  }

 private:
  bool read_line(std::string_view line, std::size_t line_start) {
    line_ = line;
    at_ = 0;
    skip_blanks();
    if (done()) return true;
    if (line_[at_] == '#') return comment_ok();
    if (line_[at_] == '[') {
      if (line_.substr(at_, 17) == "[[food.k2_value]]") {
        at_ += 17;
        // A value of the food before it; its own keys follow, until the next header.
        if (!in_food_ || !finish_value() || food_.k2_value_count == rules::kMaxK2Values) return false;
        if (food_.k2_value_count == 0) food_.first_k2_value = static_cast<std::uint32_t>(storage_.k2_values.size());
        in_value_ = true;
        return end_of_line();
      }
      if (line_.substr(at_, 8) != "[[food]]") return false;
      at_ += 8;
      if (!finish_food()) return false;
      in_food_ = true;
      food_start_ = line_start;
      return end_of_line();
    }
    if (!in_food_) return false;  // top-level keys: the full reader explains why they are wrong
    const std::string_view key = bare_key();
    skip_blanks();
    if (key.empty() || done() || line_[at_] != '=') return false;
    ++at_;
    skip_blanks();
    if (!(in_value_ ? read_value_key(key) : read_value(key))) return false;
    return end_of_line();
  }

  /// A key of a [[food.k2_value]] table.
  bool read_value_key(std::string_view key) {
    const auto once = [&](unsigned bit) {
      if (value_seen_ & bit) return false;
      value_seen_ |= bit;
      return true;
    };
    std::string text;
    if (key == "source") return once(1u << 0) && text_field(value_.source, rules::kMaxSourceBytes, false);
    if (key == "form") {
      if (!once(1u << 1) || !string(text)) return false;
      const std::optional<std::uint8_t> form = rules::value_form(text);
      if (!form) return false;
      value_.form = *form;
      return true;
    }
    if (key == "ug") return once(1u << 2) && value_field(value_.ug_per_100g);
    if (key == "basis") return once(1u << 3) && basis(value_.basis);
    if (key == "used") {
      if (!once(1u << 4)) return false;
      if (line_.substr(at_, 4) == "true" && !bare_key_follows(at_ + 4)) {
        value_.used = true;
        at_ += 4;
        return true;
      }
      if (line_.substr(at_, 5) == "false" && !bare_key_follows(at_ + 5)) {
        at_ += 5;
        return true;
      }
      return false;
    }
    return false;
  }

  bool bare_key_follows(std::size_t at) const { return at < line_.size() && is_bare_key_char(line_[at]); }

  bool alternatives() {
    if (!take('[')) return false;
    food_.first_alternative = static_cast<std::uint32_t>(storage_.alternatives.size());
    skip_blanks();
    while (!take(']')) {
      std::string value;
      if (!string(value) || !rules::valid_id(value) || food_.alternative_count == rules::kMaxAlternatives) return false;
      storage_.alternatives.push_back(storage_.add_text(value));
      ++food_.alternative_count;
      skip_blanks();
      if (take(',')) {
        skip_blanks();
      } else if (done() || line_[at_] != ']') {
        return false;
      }
    }
    return true;
  }

  bool basis(K2Basis& field) {
    std::string text;
    if (!string(text)) return false;
    const std::optional<K2Basis> parsed = rules::parse_basis(text);
    if (!parsed) return false;
    field = *parsed;
    return true;
  }

  bool measured() {
    if (!take('[')) return false;
    skip_blanks();
    while (!take(']')) {
      std::string text;
      if (!string(text)) return false;
      const std::optional<std::size_t> form = rules::form_index(text);
      if (!form || (food_.k2_measured & (1u << *form))) return false;
      food_.k2_measured = static_cast<std::uint16_t>(food_.k2_measured | (1u << *form));
      skip_blanks();
      if (take(',')) {
        skip_blanks();
      } else if (done() || line_[at_] != ']') {
        return false;
      }
    }
    return true;
  }

  /// Ends the value being read, if any: complete, and when marked used, the food's own.
  bool finish_value() {
    if (!in_value_) return true;
    const unsigned required = (1u << 0) | (1u << 1) | (1u << 2) | (1u << 3);
    if ((value_seen_ & required) != required) return false;
    if (value_.used && !rules::used_value_matches(food_, value_.form, value_.ug_per_100g)) return false;
    storage_.k2_values.push_back(value_);
    ++food_.k2_value_count;
    value_ = K2ValueRecord{};
    value_seen_ = 0;
    in_value_ = false;
    return true;
  }

  bool read_value(std::string_view key) {
    const auto once = [&](unsigned bit) {
      if (seen_ & bit) return false;  // a key twice: a TOML error
      seen_ |= bit;
      return true;
    };
    if (key == "id") {
      std::string value;
      if (!once(1u << 0) || !string(value) || !rules::valid_id(value)) return false;
      food_.id = storage_.add_text(value);
      return true;
    }
    if (key == "name") return once(1u << 1) && text_field(food_.name, rules::kMaxTextBytes, false);
    if (key == "group") return once(1u << 2) && text_field(food_.group, rules::kMaxTextBytes, false);
    if (key == "source") return once(1u << 3) && text_field(food_.source, rules::kMaxSourceBytes, true);
    if (key == "k2_source") return once(1u << 4) && text_field(food_.k2_source, rules::kMaxSourceBytes, true);
    if (key == "usda") {
      if (!once(1u << 5) || !text_field(food_.usda, rules::kMaxNdbBytes, false)) return false;
      return rules::valid_ndb(storage_.view().str(food_.usda));
    }
    if (key == "k1") return once(1u << 6) && value_field(food_.k1_ug_per_100g);
    if (key == "dk") return once(1u << 7) && value_field(food_.dk_ug_per_100g);
    if (key == "aliases") return once(1u << 8) && aliases();
    if (key == "k2") return once(1u << 9) && k2();
    if (key == "portions") return once(1u << 10) && portions();
    if (key == "k2_basis") return once(1u << 11) && basis(food_.k2_basis);
    if (key == "k2_measured") return once(1u << 12) && measured();
    if (key == "alternatives") return once(1u << 13) && alternatives();
    return false;
  }

  bool text_field(TextRef& field, std::size_t max_bytes, bool multiline) {
    std::string value;
    if (!string(value) || rules::check_text(value, max_bytes, multiline) != rules::TextProblem::none) return false;
    field = storage_.add_text(value);
    return true;
  }

  bool value_field(double& field) {
    double value = 0;
    if (!number(value) || rules::check_number(value, kMaxUgPer100g, true) != rules::NumberProblem::none) return false;
    field = value;
    return true;
  }

  bool aliases() {
    if (!take('[')) return false;
    food_.first_alias = static_cast<std::uint32_t>(storage_.aliases.size());
    skip_blanks();
    while (!take(']')) {
      std::string value;
      if (!string(value) || rules::check_text(value, rules::kMaxTextBytes, false) != rules::TextProblem::none ||
          !rules::names_something(value)) {
        return false;
      }
      storage_.aliases.push_back(storage_.add_text(value));
      skip_blanks();
      if (take(',')) {
        skip_blanks();
      } else if (done() || line_[at_] != ']') {
        return false;
      }
    }
    food_.alias_count = static_cast<std::uint32_t>(storage_.aliases.size()) - food_.first_alias;
    return true;
  }

  /// `{ key = number, ... }`, calling `entry` for each.
  template <typename Entry>
  bool number_table(Entry entry) {
    if (!take('{')) return false;
    skip_blanks();
    if (take('}')) return true;
    std::vector<std::string_view> keys;
    for (;;) {
      const std::string_view key = bare_key();
      skip_blanks();
      if (key.empty() || !take('=')) return false;
      skip_blanks();
      double value = 0;
      if (!number(value)) return false;
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) return false;
      keys.push_back(key);
      if (!entry(key, value)) return false;
      skip_blanks();
      if (take('}')) return true;
      if (!take(',')) return false;
      skip_blanks();  // a trailing comma is not allowed in an inline table: the next bare_key() fails
    }
  }

  bool k2() {
    double sum = 0;
    bool any_form = false;
    std::optional<double> total;
    const bool read = number_table([&](std::string_view key, double value) {
      if (rules::check_number(value, kMaxUgPer100g, true) != rules::NumberProblem::none) return false;
      if (key == "total") {
        total = value;
        return true;
      }
      const std::optional<std::size_t> index = rules::form_index(key);
      if (!index) return false;
      food_.k2_form_ug_per_100g[*index] = value;
      sum += value;
      any_form = true;
      return true;
    });
    if (!read || (total && any_form && *total + 1e-9 < sum)) return false;
    if (total) {
      food_.k2_ug_per_100g = *total;
    } else if (any_form) {
      food_.k2_ug_per_100g = sum;
    }
    return true;
  }

  bool portions() {
    std::vector<std::pair<std::string, double>> found;
    const bool read = number_table([&](std::string_view unit, double value) {
      std::string preferred;
      if (rules::check_portion_name(unit, preferred) != rules::PortionProblem::none ||
          rules::check_number(value, kMaxPortionGrams, false) != rules::NumberProblem::none) {
        return false;
      }
      found.emplace_back(unit, value);
      return true;
    });
    if (!read) return false;
    // In the order of the full reader, whose tables keep their keys sorted.
    std::sort(found.begin(), found.end());
    food_.first_portion = static_cast<std::uint32_t>(storage_.portions.size());
    for (const auto& [unit, grams] : found) storage_.portions.push_back(PortionRecord{storage_.add_text(unit), grams});
    food_.portion_count = static_cast<std::uint32_t>(found.size());
    return true;
  }

  bool finish_food() {
    if (!in_food_) return true;
    if (!finish_value()) return false;
    const unsigned required = (1u << 0) | (1u << 1) | (1u << 3);
    if ((seen_ & required) != required) return false;
    // k2_source, k2_basis or k2_measured without k2
    if ((seen_ & ((1u << 4) | (1u << 11) | (1u << 12))) && !(seen_ & (1u << 9))) return false;
    storage_.foods.push_back(food_);
    food_ = FoodRecord{};
    seen_ = 0;
    return true;
  }

  // ---- lexing within line_ ----
  bool done() const { return at_ >= line_.size(); }

  void skip_blanks() {
    while (!done() && is_blank(line_[at_])) ++at_;
  }

  bool take(char c) {
    if (done() || line_[at_] != c) return false;
    ++at_;
    return true;
  }

  std::string_view bare_key() {
    const std::size_t start = at_;
    while (!done() && is_bare_key_char(line_[at_])) ++at_;
    return line_.substr(start, at_ - start);
  }

  bool comment_ok() const {
    const std::string_view comment = line_.substr(at_);
    return std::none_of(comment.begin(), comment.end(), is_control) && !find_invalid_utf8(comment);
  }

  bool end_of_line() {
    skip_blanks();
    return done() || (line_[at_] == '#' && comment_ok());
  }

  /// A single-line basic ("...") or literal ('...') string.
  bool string(std::string& value) {
    if (done()) return false;
    const char quote = line_[at_];
    if (quote != '"' && quote != '\'') return false;
    if (line_.substr(at_, 3) == std::string(3, quote)) return false;  // multi-line strings: the full reader
    ++at_;
    value.clear();
    bool ascii = true;
    for (;;) {
      // Copy the run of ordinary bytes up to the next quote or backslash at once.
      std::size_t run = at_;
      while (run < line_.size() && line_[run] != quote && line_[run] != '\\' && !is_control(line_[run])) {
        ascii &= static_cast<unsigned char>(line_[run]) < 0x80;
        ++run;
      }
      value.append(line_.substr(at_, run - at_));
      at_ = run;
      if (done()) return false;
      const char c = line_[at_++];
      if (c == quote) break;
      if (is_control(c)) return false;
      if (c == '\\' && quote == '"') {
        if (done()) return false;
        switch (line_[at_++]) {
          case '"': value += '"'; break;
          case '\\': value += '\\'; break;
          case 'b': value += '\b'; break;
          case 't': value += '\t'; break;
          case 'n': value += '\n'; break;
          case 'f': value += '\f'; break;
          case 'r': value += '\r'; break;
          default: return false;  // \u, \U and anything unknown: the full reader
        }
        continue;
      }
      value += c;
    }
    return ascii || !find_invalid_utf8(value);
  }

  /// A TOML integer or float in decimal without underscores: [+-]? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
  bool number(double& value) {
    const std::size_t start = at_;
    const auto digits = [&] {
      const std::size_t from = at_;
      while (!done() && is_digit(line_[at_])) ++at_;
      return at_ - from;
    };
    if (!done() && (line_[at_] == '+' || line_[at_] == '-')) ++at_;
    const std::size_t first_digit = at_;
    const std::size_t whole = digits();
    if (whole == 0 || (whole > 1 && line_[first_digit] == '0')) return false;
    bool is_float = false;
    if (!done() && line_[at_] == '.') {
      ++at_;
      if (digits() == 0) return false;
      is_float = true;
    }
    if (!done() && (line_[at_] == 'e' || line_[at_] == 'E')) {
      ++at_;
      if (!done() && (line_[at_] == '+' || line_[at_] == '-')) ++at_;
      if (digits() == 0) return false;
      is_float = true;
    }
    if (!done() && (is_bare_key_char(line_[at_]) || line_[at_] == '.' || line_[at_] == ':')) return false;
    std::string_view token = line_.substr(start, at_ - start);
    if (!is_float) {
      // An integer is a 64-bit integer in TOML; one that does not fit is an error of the full reader.
      if (token.front() == '+') token.remove_prefix(1);
      long long integer = 0;
      const auto result = std::from_chars(token.data(), token.data() + token.size(), integer);
      if (result.ec != std::errc() || result.ptr != token.data() + token.size()) return false;
      value = static_cast<double>(integer);
      return true;
    }
    // toml++ 3.3 refuses a float of more than 128 characters after its sign.
    constexpr std::size_t kMaxFloatChars = 128;
    if (at_ - first_digit > kMaxFloatChars) return false;
    if (token.front() == '+') token.remove_prefix(1);
    const auto result = std::from_chars(token.data(), token.data() + token.size(), value);
    return result.ec == std::errc() && result.ptr == token.data() + token.size();
  }

  std::string_view text_;
  TableStorage& storage_;
  std::string_view line_;
  std::size_t at_ = 0;
  bool in_food_ = false;
  std::size_t food_start_ = 0;
  unsigned seen_ = 0;
  FoodRecord food_;
  bool in_value_ = false;  ///< in a [[food.k2_value]] table of food_
  unsigned value_seen_ = 0;
  K2ValueRecord value_;
};

}  // namespace

bool read_plain_food_table(std::string_view text, TableStorage& storage, PlainStop* stop) {
  return PlainReader(text, storage).read(stop);
}

}  // namespace vitk
