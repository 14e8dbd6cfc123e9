#pragma once

#include "vitk/foods/food.hpp"

namespace vitk {

/// The food tables of the source tree (foods/*.toml), checked at build time and compiled into the program as
/// constant arrays: using them costs nothing at start-up.
const TableData& builtin_foods();

}  // namespace vitk
