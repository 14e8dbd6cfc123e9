#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vitk {

enum class Sex { female, male };
/// Whose reference intakes: the US/Canadian Institute of Medicine (2001) or the European Food Safety Authority
/// (2017).
enum class Standard { iom, efsa };

std::optional<Sex> parse_sex(std::string_view text);
std::optional<Standard> parse_standard(std::string_view text);

/// Who the report is for. Without an age, an adult.
struct Profile {
  std::optional<Sex> sex;
  std::optional<double> age_years;
  std::optional<double> weight_kg;
  Standard standard = Standard::iom;
};

/// An official reference intake and what it is about.
struct ReferenceIntake {
  double ug_per_day = 0;
  bool includes_k2 = false;  ///< IOM: vitamin K as a whole (K1 and K2); EFSA: phylloquinone (K1) only
  std::string group;         ///< whom it is for, e.g. "women, 19 years and over"
  std::string standard;      ///< "IOM 2001 Adequate Intake" or "EFSA 2017 Adequate Intake"
  std::string citation;
};

/// The reference intake of `profile`, or nullopt with `missing` saying what the profile lacks (the IOM values
/// for adults differ by sex; EFSA sets none under 7 months).
std::optional<ReferenceIntake> reference_intake(const Profile& profile, std::string& missing);

/// "No official body sets an intake value for K2" and its source, for reports.
std::string_view no_k2_reference_note();

}  // namespace vitk
