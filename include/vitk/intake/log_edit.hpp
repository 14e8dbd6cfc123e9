#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vitk/intake/date.hpp"

namespace vitk {

/// The text of the meal log `log` (named `name` in errors) with `lines` added to the day `date`, as `vitk add`
/// writes them, so that a reader of the file finds them where they would have written them:
/// - on a day the log has (its last stretch, when the date comes back), without a label: after the items of the
///   day that come before its first label; with one: after the last items of that label, or at the end of the
///   day under a new `label:` line;
/// - on a day it has not: a new date line (and label line) with the items, before the first later day of the
///   log, or at its end; a blank line sets the day apart.
/// Everything else of the log is kept byte for byte. Throws a data Error at a line vitk cannot read (not text).
std::string add_to_log(std::string_view log, std::string_view name, const Date& date, std::string_view label,
                       const std::vector<std::string>& lines);

}  // namespace vitk
