#include "vitk/cli/terminal.hpp"

namespace vitk {

std::optional<ColorMode> parse_color_mode(std::string_view text) {
  if (text == "auto") return ColorMode::automatic;
  if (text == "always") return ColorMode::always;
  if (text == "never") return ColorMode::never;
  return std::nullopt;
}

bool use_color(ColorMode mode, bool output_is_terminal, const char* no_color, const char* term) {
  switch (mode) {
    case ColorMode::always: return true;
    case ColorMode::never: return false;
    case ColorMode::automatic: break;
  }
  const bool no_color_set = no_color != nullptr && *no_color != '\0';
  const bool dumb = term == nullptr || *term == '\0' || std::string_view(term) == "dumb";
  return output_is_terminal && !no_color_set && !dumb;
}

}  // namespace vitk
