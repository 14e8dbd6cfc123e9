#include "vitk/base/toml_guard.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "vitk/base/text.hpp"

namespace vitk {

namespace {

Error trap(std::string_view name, std::uint32_t line, std::uint32_t column, std::string message) {
  return Error(ErrorKind::data, SourceLocation{std::string(name), line, column}, message);
}

}  // namespace

std::optional<Error> find_toml_trap(std::string_view text, std::string_view name) {
  // Bytes that are not text, answered as the meal list answers them (toml++ would say "Encountered invalid
  // utf-8 sequence").
  if (const auto bad = find_invalid_utf8(text)) {
    const std::string_view before = text.substr(0, *bad);
    const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    return trap(name, static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1),
                static_cast<std::uint32_t>(*bad - line_start + 1), "invalid UTF-8 (expected text in UTF-8)");
  }
  enum class State { code, basic, literal, multi_basic, multi_literal, comment };
  State state = State::code;
  std::uint32_t line = 1;
  std::size_t line_start = 0;
  // The last character that was not a blank outside strings: a key or value starts after one of these.
  char previous = '\n';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\0') return trap(name, line, static_cast<std::uint32_t>(i - line_start + 1), "NUL byte (expected text)");
    if (c == '\n') {
      if (i - line_start > kMaxTomlLineBytes) {
        return trap(name, line, 1, fmt::format("line is longer than {} bytes", kMaxTomlLineBytes));
      }
      ++line;
      line_start = i + 1;
      if (state == State::comment || state == State::basic || state == State::literal) state = State::code;
      if (state == State::code) previous = '\n';
      continue;
    }
    switch (state) {
      case State::comment:
        break;
      case State::basic:
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          state = State::code;
          previous = '"';
        }
        break;
      case State::literal:
        if (c == '\'') {
          state = State::code;
          previous = '\'';
        }
        break;
      case State::multi_basic:
        if (c == '\\') {
          if (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (text.substr(i, 3) == "\"\"\"") {
          state = State::code;
          i += 2;
          previous = '"';
        }
        break;
      case State::multi_literal:
        if (text.substr(i, 3) == "'''") {
          state = State::code;
          i += 2;
          previous = '\'';
        }
        break;
      case State::code:
        if (is_blank(c) || c == '\r') break;
        if (c == '#') {
          state = State::comment;
        } else if (text.substr(i, 3) == "\"\"\"") {
          state = State::multi_basic;
          i += 2;
        } else if (text.substr(i, 3) == "'''") {
          state = State::multi_literal;
          i += 2;
        } else if (c == '"') {
          state = State::basic;
        } else if (c == '\'') {
          state = State::literal;
        } else if (static_cast<unsigned char>(c) >= 0x80 && std::string_view("\n=[{,.").find(previous) !=
                                                                   std::string_view::npos) {
          return trap(name, line, static_cast<std::uint32_t>(i - line_start + 1),
                      "unexpected non-ASCII character (expected a key or a value; quote text in \"...\")");
        }
        previous = c;
        break;
    }
  }
  if (text.size() - line_start > kMaxTomlLineBytes) {
    return trap(name, line, 1, fmt::format("line is longer than {} bytes", kMaxTomlLineBytes));
  }
  return std::nullopt;
}

toml::table parse_guarded_toml(std::string_view text, std::string_view name) {
  if (auto found = find_toml_trap(text, name)) throw ErrorList({*found});
  try {
    return toml::parse(text, name);
  } catch (const toml::parse_error& error) {
    // toml++ says "Error while parsing key-value pair: expected value"; vitk says "TOML syntax error in ...".
    std::string_view description = error.description();
    constexpr std::string_view kPrefix = "Error while parsing ";
    if (description.starts_with(kPrefix)) description.remove_prefix(kPrefix.size());
    throw ErrorList({trap(name, error.source().begin.line, error.source().begin.column,
                          fmt::format("TOML syntax error in {}", description))});
  }
}

}  // namespace vitk
