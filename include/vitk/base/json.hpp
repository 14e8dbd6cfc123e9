#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vitk {

/// Appends `text` as a JSON string (quotes and escapes included). `text` must be valid UTF-8.
void append_json_string(std::string& out, std::string_view text);

/// Appends a number rounded to `decimals` without trailing zeros (`12.5`, `3`), or `null`.
void append_json_number(std::string& out, std::optional<double> value, int decimals = 2);

/// A number as text rounded to `decimals`, trailing zeros and dot removed: 12.50 -> `12.5`, 3.00 -> `3`.
std::string format_trimmed(double value, int decimals);

/// The value a report prints with `decimals` decimals, as a number: what a verdict compares, so that it agrees
/// with the figure shown (32.69999 prints as 32.7 and is not below a minimum of 32.7).
double round_as_printed(double value, int decimals);
void append_trimmed(std::string& out, double value, int decimals);

}  // namespace vitk
