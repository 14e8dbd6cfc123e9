#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitk {

/// Spaces and tabs only: meal lines and keys never contain other whitespace once split into lines.
constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr char to_lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view text);
/// Lower case by full Unicode case folding (`CRÈME` -> `crème`, `ß` -> `ss`), valid UTF-8 assumed.
std::string to_lower(std::string_view text);
/// to_lower with the accents stripped, by canonical decomposition (`Pâté` -> `pate`): how names are compared.
std::string fold(std::string_view text);

/// The form every food name is matched in: folded (case and accents), `-`, `_` and `,` read as blanks, blanks
/// collapsed to one space, trimmed.
std::string normalize_key(std::string_view text);

/// A crude English singular of the last word (`berries` -> `berry`, `eggs` -> `egg`), applied alike to keys and
/// queries so that either may be plural.
std::string singular(std::string_view key);

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped: returns `limit + 1`
/// as soon as the distance is known to exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

/// The edit distance of two UTF-8 texts in characters, not bytes (a character of Chinese or Japanese is three),
/// with the same limit and transposition rule.
std::size_t edit_distance_in_characters(std::string_view a, std::string_view b, std::size_t limit);

/// How many characters a UTF-8 text holds.
std::size_t characters_in(std::string_view text);

/// Byte offset of the first byte that is not valid UTF-8, or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Terminal columns of valid UTF-8 text: two for an East Asian wide character, none for a combining mark.
std::size_t display_width(std::string_view text);

/// Text cut to at most `width` columns, ending in `...` when cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

/// A paragraph broken at blanks into lines of at most `width` columns (a longer word stands alone), each line
/// starting with `indent` and ending in a newline.
std::string wrap(std::string_view paragraph, std::size_t width, std::string_view indent = "");

/// For quoting user text in messages: printable as is, control characters as `\xNN`, long text shortened.
std::string quote_excerpt(std::string_view text, std::size_t max_bytes = 60);

/// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`.
std::string join_quoted_or(const std::vector<std::string>& words);
std::string join(const std::vector<std::string>& words, std::string_view separator);

}  // namespace vitk
