// What the readers of food_table.cpp share: private to the foods layer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vitk/base/error.hpp"
#include "vitk/foods/food_table.hpp"

namespace vitk::table_reader {

// The words both readers of big tables and the full reader use.
inline constexpr std::string_view kNoFoods = "no foods (expected [[food]] or [[recipe]] tables)";

std::string duplicate_message(std::string_view what, std::string_view text, std::uint32_t first_line);

/// The column (from 1) of the byte at `offset` in `line`, counted in characters as toml++ counts them.
std::uint32_t column_at(std::string_view line, std::size_t offset);

/// `text` without a UTF-8 byte-order mark at its start.
std::string_view without_bom(std::string_view text);

/// The full reader (toml++) on a part of a table that starts after `line_offset` lines: errors are given at
/// their lines in the whole table. `cut`: the table goes on after the part, so its last food may go on too,
/// and a part without foods may have them elsewhere. `used_before`: the sorted hashes (std::hash) of the
/// normalized ids and aliases of the foods before the part. Throws ErrorList.
void read_table_part(std::string_view part, std::string_view name, std::uint32_t line_offset, bool cut,
                     const std::vector<std::size_t>& used_before);

/// Why a table too big for the full reader is refused, in the words of the full reader where it can; empty when
/// it is valid and plain after all.
std::vector<Error> explain_big_table(std::string_view text, std::string_view name, std::size_t limit);

}  // namespace vitk::table_reader
