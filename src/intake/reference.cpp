#include "vitk/intake/reference.hpp"

#include <fmt/format.h>

namespace vitk {

namespace {

// ../shared/data/reference_intakes.md, sections 1a and 1b.
constexpr std::string_view kIomCitation =
    "Institute of Medicine (US) Panel on Micronutrients. Dietary Reference Intakes for Vitamin A, Vitamin K, "
    "Arsenic, Boron, Chromium, Copper, Iodine, Iron, Manganese, Molybdenum, Nickel, Silicon, Vanadium, and Zinc. "
    "Washington DC: National Academy Press, 2001";
constexpr std::string_view kEfsaCitation =
    "EFSA NDA Panel (Turck D et al.). Dietary reference values for vitamin K. EFSA Journal 2017;15(5):4780";

struct AgeBand {
  double from_years;  ///< the band holds ages from here up to the next band
  double ug_per_day;
  std::string_view group;
};

// IOM 2001 Adequate Intakes by age; adults (19 and over) differ by sex and are handled apart. An age band
// holds the ages that are said so: "0-6 months" runs until the 7th month begins, "1-3 years" until the 4th
// birthday.
constexpr AgeBand kIom[] = {
    {0.0, 2.0, "infants 0-6 months"},  {7.0 / 12.0, 2.5, "infants 7-12 months"}, {1.0, 30, "children 1-3 years"},
    {4.0, 55, "children 4-8 years"},   {9.0, 60, "children 9-13 years"},  {14.0, 75, "adolescents 14-18 years"},
};

// EFSA 2017 Adequate Intakes by age (1 µg per kg of body weight with reference weights); none under 7 months.
constexpr AgeBand kEfsa[] = {
    {7.0 / 12.0, 10, "infants 7-11 months"}, {1.0, 12, "children 1-3 years"},    {4.0, 20, "children 4-6 years"},
    {7.0, 30, "children 7-10 years"},        {11.0, 45, "children 11-14 years"}, {15.0, 65, "adolescents 15-17 years"},
    {18.0, 70, "adults"},
};

template <std::size_t N>
const AgeBand* band_of(const AgeBand (&bands)[N], double age) {
  const AgeBand* found = nullptr;
  for (const AgeBand& band : bands) {
    if (age >= band.from_years) found = &band;
  }
  return found;
}

}  // namespace

std::optional<Sex> parse_sex(std::string_view text) {
  if (text == "female") return Sex::female;
  if (text == "male") return Sex::male;
  return std::nullopt;
}

std::optional<Standard> parse_standard(std::string_view text) {
  if (text == "iom") return Standard::iom;
  if (text == "efsa") return Standard::efsa;
  return std::nullopt;
}

std::optional<ReferenceIntake> reference_intake(const Profile& profile, std::string& missing) {
  const double age = profile.age_years.value_or(19.0);
  if (profile.standard == Standard::iom) {
    ReferenceIntake intake{0, true, "", "IOM 2001 Adequate Intake", std::string(kIomCitation)};
    if (age >= 19.0) {
      if (!profile.sex) {
        missing = "the IOM values for adults differ by sex (90 µg/day for women, 120 µg/day for men): give --sex";
        return std::nullopt;
      }
      intake.ug_per_day = *profile.sex == Sex::male ? 120 : 90;
      intake.group = *profile.sex == Sex::male ? "men, 19 years and over" : "women, 19 years and over";
      return intake;
    }
    const AgeBand* band = band_of(kIom, age);
    intake.ug_per_day = band->ug_per_day;
    intake.group = std::string(band->group);
    return intake;
  }
  ReferenceIntake intake{0, false, "", "EFSA 2017 Adequate Intake", std::string(kEfsaCitation)};
  if (profile.weight_kg) {
    // EFSA's basis: 1 µg phylloquinone per kg of body weight a day.
    intake.ug_per_day = *profile.weight_kg;
    intake.group = fmt::format("a body weight of {} kg, at 1 µg per kg a day", *profile.weight_kg);
    return intake;
  }
  const AgeBand* band = band_of(kEfsa, age);
  if (band == nullptr) {
    missing = "EFSA sets no Adequate Intake for infants under 7 months";
    return std::nullopt;
  }
  intake.ug_per_day = band->ug_per_day;
  intake.group = std::string(band->group);
  return intake;
}

std::string_view no_k2_reference_note() {
  return "No official body sets an intake value for K2: EFSA (2017) judged the evidence on menaquinones "
         "insufficient to set one.";
}

}  // namespace vitk
