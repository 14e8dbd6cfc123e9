#pragma once

#include <optional>
#include <string_view>

namespace vitk {

enum class ColorMode { automatic, always, never };

std::optional<ColorMode> parse_color_mode(std::string_view text);

/// Whether to colour a report: `always` and `never` decide alone; `automatic` colours only a terminal, and only
/// when NO_COLOR is unset or empty (no-color.org) and TERM is set and not `dumb`.
bool use_color(ColorMode mode, bool output_is_terminal, const char* no_color, const char* term);

}  // namespace vitk
