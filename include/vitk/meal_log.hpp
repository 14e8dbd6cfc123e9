#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "vitk/error.hpp"

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
/// `name` is how places are named in messages (`meals.txt`, `<stdin>`, `arg 2`).
ReadResult read_meal_list(LineReader& reader, const std::string& name, const FoodCatalog& catalog,
                          IntakeBuilder& builder, const ProblemHandler& on_problem);

}  // namespace vitk
