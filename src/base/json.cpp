#include "vitk/base/json.hpp"

#include <charconv>
#include <fmt/format.h>

namespace vitk {

void append_json_string(std::string& out, std::string_view text) {
  out.push_back('"');
  // Runs of characters that need no escape are copied whole.
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool plain = c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20;
    if (plain) continue;
    out.append(text, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
    }
  }
  out.append(text, run, text.size() - run);
  out.push_back('"');
}

void append_trimmed(std::string& out, double value, int decimals) {
  // std::to_chars rounds the exact binary value, as printf and fmt do, and is several times faster than fmt
  // here, which matters for reports of 100,000 days.
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  std::string_view text(buffer, result.ec == std::errc() ? static_cast<std::size_t>(result.ptr - buffer) : 0);
  if (text.empty()) {  // beyond 64 characters: not a value vitk produces, but never lose it
    out += fmt::format("{:.{}f}", value, decimals);
    return;
  }
  if (text.find('.') != std::string_view::npos) {
    while (text.back() == '0') text.remove_suffix(1);
    if (text.back() == '.') text.remove_suffix(1);
  }
  if (text == "-0") text = "0";
  out += text;
}

double round_as_printed(double value, int decimals) {
  char buffer[64];
  const auto printed = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  if (printed.ec != std::errc()) return value;  // beyond 64 characters: no decimals to round away
  double rounded = value;
  std::from_chars(buffer, printed.ptr, rounded);
  return rounded;
}

std::string format_trimmed(double value, int decimals) {
  std::string text;
  append_trimmed(text, value, decimals);
  return text;
}

void append_json_number(std::string& out, std::optional<double> value, int decimals) {
  if (!value) {
    out += "null";
    return;
  }
  append_trimmed(out, *value, decimals);
}

}  // namespace vitk
