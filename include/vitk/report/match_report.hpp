#pragma once

#include <map>
#include <string>
#include <vector>

#include "vitk/intake/cronometer.hpp"
#include "vitk/intake/intake.hpp"

namespace vitk {

/// What the food names of Cronometer exports became (`vitk foods match`): a summary, then the names vitk could
/// not match by their share of the export's vitamin K, the matches whose K1 differs more than twofold from
/// the export's, and every match with how sure it is.
std::string render_match_report(const std::map<std::string, NameUse>& uses, const ImportStats& stats);

/// The same as JSON: `{"rows":..., "names":[...]}` (vitk(1), FOODS).
std::string render_match_json(const std::map<std::string, NameUse>& uses, const ImportStats& stats);

}  // namespace vitk
