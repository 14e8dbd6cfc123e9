#include "vitk/base/text.hpp"

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>
#include <utf8proc.h>

namespace vitk {

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// `text` run through utf8proc with `options`; the text itself when it is not valid UTF-8 (callers check that).
std::string utf8proc_mapped(std::string_view text, utf8proc_option_t options) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t size = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                             static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                             static_cast<utf8proc_option_t>(options | UTF8PROC_STABLE));
  if (size < 0) return std::string(text);
  std::string out(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(size));
  std::free(mapped);
  return out;
}

}  // namespace

std::string to_lower(std::string_view text) {
  if (!is_ascii(text)) return utf8proc_mapped(text, UTF8PROC_CASEFOLD);
  std::string out(text);
  for (char& c : out) c = to_lower_ascii(c);
  return out;
}

std::string fold(std::string_view text) {
  if (!is_ascii(text)) {
    std::string out = utf8proc_mapped(
        text, static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
    // The ligatures as their letters, as a keyboard without them writes them (`oeufs` for `œufs`, `maelk`).
    for (const auto& [ligature, letters] : {std::pair{"\u0153", "oe"}, std::pair{"\u00e6", "ae"}}) {
      for (std::size_t at = out.find(ligature); at != std::string::npos; at = out.find(ligature, at)) {
        out.replace(at, 2, letters);
      }
    }
    return out;
  }
  return to_lower(text);
}

std::string normalize_key(std::string_view text) {
  std::string folded;
  if (!is_ascii(text)) {
    folded = fold(text);
    text = folded;
  }
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : trim(text)) {
    if (is_blank(c) || c == '-' || c == '_' || c == ',') {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(to_lower_ascii(c));
  }
  return out;
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::string singular(std::string_view key) {
  std::string out(key);
  const std::size_t word_start = out.find_last_of(' ') == std::string::npos ? 0 : out.find_last_of(' ') + 1;
  const std::string_view word = std::string_view(out).substr(word_start);
  if (word.size() < 3 || word.back() != 's') return out;
  if (ends_with(word, "ss") || ends_with(word, "us") || ends_with(word, "is")) return out;
  if (ends_with(word, "eaves") || ends_with(word, "alves") || ends_with(word, "oaves")) {
    out.replace(out.size() - 3, 3, "f");  // leaves, halves, loaves
  } else if (ends_with(word, "ies") && word.size() > 4) {
    out.replace(out.size() - 3, 3, "y");
  } else if (ends_with(word, "oes") || ends_with(word, "ches") || ends_with(word, "shes") || ends_with(word, "xes") ||
             ends_with(word, "sses")) {
    out.resize(out.size() - 2);
  } else if (word.size() > 3 || !is_vowel(word[word.size() - 2])) {
    out.pop_back();
  }
  return out;
}

namespace {

/// The edit distance of two sequences (bytes, or characters), or more than `limit`.
template <class Text>
std::size_t distance_of(const Text& a, const Text& b, std::size_t limit) {
  const std::size_t longer = std::max(a.size(), b.size());
  const std::size_t shorter = std::min(a.size(), b.size());
  if (longer - shorter > limit) return limit + 1;
  // Three rows suffice for the transposition rule.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = std::min(best, before[j - 2] + 1);
      current[j] = best;
      row_min = std::min(row_min, best);
    }
    if (row_min > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], limit + 1);
}

/// The characters of a UTF-8 text; a byte that begins none is a character of its own.
std::u32string characters(std::string_view text) {
  std::u32string out;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  for (std::size_t at = 0; at < text.size();) {
    utf8proc_int32_t point = 0;
    const utf8proc_ssize_t read =
        utf8proc_iterate(bytes + at, static_cast<utf8proc_ssize_t>(text.size() - at), &point);
    if (read <= 0) {
      out.push_back(static_cast<char32_t>(bytes[at]));
      ++at;
      continue;
    }
    out.push_back(static_cast<char32_t>(point));
    at += static_cast<std::size_t>(read);
  }
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  return distance_of(a, b, limit);
}

std::size_t edit_distance_in_characters(std::string_view a, std::string_view b, std::size_t limit) {
  return distance_of(characters(a), characters(b), limit);
}

std::size_t characters_in(std::string_view text) { return characters(text).size(); }

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char min_second = 0x80, max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) min_second = 0xA0;  // overlong
      if (lead == 0xED) max_second = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) min_second = 0x90;
      if (lead == 0xF4) max_second = 0x8F;
    } else {
      return i;
    }
    if (i + length > size) return i;
    if (bytes[i + 1] < min_second || bytes[i + 1] > max_second) return i;
    for (std::size_t k = 2; k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return i;
    }
    i += length;
  }
  return std::nullopt;
}

namespace {

/// The columns of the character at `at`, and its length in bytes: 2 for East Asian wide characters, 0 for
/// combining marks, 1 for anything else (an invalid byte included).
std::size_t char_width(std::string_view text, std::size_t at, std::size_t& length) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) {
    length = 1;
    return 1;
  }
  utf8proc_int32_t code_point = 0;
  const utf8proc_ssize_t read = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                                 static_cast<utf8proc_ssize_t>(text.size() - at), &code_point);
  if (read <= 0) {
    length = 1;
    return 1;
  }
  length = static_cast<std::size_t>(read);
  return static_cast<std::size_t>(std::max(0, utf8proc_charwidth(code_point)));
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t columns = 0;
  for (std::size_t at = 0, length = 0; at < text.size(); at += length) columns += char_width(text, at, length);
  return columns;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  const std::size_t keep = width > 3 ? width - 3 : 0;
  std::size_t columns = 0, end = 0;
  while (end < text.size()) {
    std::size_t length = 0;
    const std::size_t columns_of_char = char_width(text, end, length);
    if (columns + columns_of_char > keep) break;
    columns += columns_of_char;
    end += length;
  }
  return std::string(text.substr(0, end)) + "...";
}

std::string quote_excerpt(std::string_view text, std::size_t max_bytes) {
  std::string out;
  bool shortened = false;
  if (text.size() > max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
    shortened = true;
  }
  const bool utf8_ok = !find_invalid_utf8(text).has_value();
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || (byte >= 0x80 && !utf8_ok)) {
      out += fmt::format("\\x{:02X}", byte);
    } else {
      out.push_back(c);
    }
  }
  if (shortened) out += "...";
  return out;
}

std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += separator;
    out += words[i];
  }
  return out;
}

std::string join_quoted_or(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
    out += fmt::format("'{}'", words[i]);
  }
  return out;
}

std::string wrap(std::string_view paragraph, std::size_t width, std::string_view indent) {
  std::string out;
  std::string line(indent);
  std::size_t line_width = display_width(indent);
  bool empty = true;
  std::size_t start = 0;
  while (start < paragraph.size()) {
    const std::size_t end = std::min(paragraph.find(' ', start), paragraph.size());
    const std::string_view word = paragraph.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    const std::size_t word_width = display_width(word);
    if (!empty && line_width + 1 + word_width > width) {
      out += line + "\n";
      line = indent;
      line_width = display_width(indent);
      empty = true;
    }
    if (!empty) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
    empty = false;
  }
  if (!empty) out += line + "\n";
  return out;
}

}  // namespace vitk
