#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "vitk/base/error.hpp"

namespace vitk {

class FoodCatalog;
class IntakeBuilder;
class LineReader;

/// Told of every problem in a meal list as it is found. `skippable` is false for problems that would put
/// later items on the wrong day (an impossible date); those stop the report even with --skip-invalid.
using ProblemHandler = std::function<void(const Error& problem, bool skippable)>;

struct ReadResult {
  std::uint32_t problems = 0;
  std::uint32_t fatal_problems = 0;
};

/// Reads a whole meal list line by line into `builder`, resolving every item against `catalog`. Bad lines and
/// items are handed to `on_problem`, counted as skipped in `builder`, and reading goes on.
/// `name` is how places are named in messages (`meals.txt`, `<stdin>`, `arg 2`). The list goes on from where
/// the builder is: a new input calls IntakeBuilder::start_input() first.
ReadResult read_meal_list(LineReader& reader, const std::string& name, const FoodCatalog& catalog,
                          IntakeBuilder& builder, const ProblemHandler& on_problem);

/// Reads a regular file of `size` bytes with `threads` threads, each a part of it, into a builder that keeps no
/// items, with the same sums as read_meal_list. Gives up, having added nothing, at the first problem of any
/// kind, or when its days might not fit in the builder's memory limit: read_meal_list must then read the file and
/// report every problem. Returns whether it read the file.
bool read_meal_file_in_parts(int fd, std::uint64_t size, const std::string& name, const FoodCatalog& catalog,
                             IntakeBuilder& builder, unsigned threads);

}  // namespace vitk
