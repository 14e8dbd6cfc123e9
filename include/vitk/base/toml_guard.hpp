#pragma once

// Checks made before text reaches toml++ 3.3, whose parser has traps for some inputs
// (see TESTING.md): very long lines (deep dotted keys overflow its stack) and a non-ASCII
// character where a key or value starts (undefined behaviour inside the parser). Bytes that
// are not text (invalid UTF-8, NUL) are answered here too, in the words of the meal list.

#include <optional>
#include <string_view>
#include <toml++/toml.h>

#include "vitk/base/error.hpp"

namespace vitk {

inline constexpr std::size_t kMaxTomlLineBytes = 4096;

/// The first trap found in `text`, as an Error at `name:line:column`, or nullopt.
std::optional<Error> find_toml_trap(std::string_view text, std::string_view name);

/// `text` parsed by toml++ once it has passed find_toml_trap. Throws ErrorList: the trap, or the syntax error
/// at `name:line:column` ("TOML syntax error in ...").
toml::table parse_guarded_toml(std::string_view text, std::string_view name);

}  // namespace vitk
