#include "vitk/intake/reference.hpp"

#include <doctest/doctest.h>

using namespace vitk;

namespace {

std::optional<ReferenceIntake> lookup(Profile profile, std::string& missing) { return reference_intake(profile, missing); }

}  // namespace

TEST_CASE("IOM 2001: adults by sex, children by age, and no guess about sex") {
  std::string missing;
  Profile profile;
  profile.sex = Sex::female;
  auto intake = lookup(profile, missing);
  REQUIRE(intake);
  CHECK(intake->ug_per_day == 90);
  CHECK(intake->includes_k2);
  CHECK(intake->group == "women, 19 years and over");
  CHECK(intake->citation.find("National Academy Press, 2001") != std::string::npos);
  profile.sex = Sex::male;
  CHECK(lookup(profile, missing)->ug_per_day == 120);
  profile.sex.reset();
  CHECK_FALSE(lookup(profile, missing));
  CHECK(missing.find("give --sex") != std::string::npos);
  profile.age_years = 10;
  CHECK(lookup(profile, missing)->ug_per_day == 60);
  profile.age_years = 0.7;
  CHECK(lookup(profile, missing)->ug_per_day == 2.5);
  profile.age_years = 18.9;
  CHECK(lookup(profile, missing)->ug_per_day == 75);
  profile.age_years = 3;
  CHECK(lookup(profile, missing)->ug_per_day == 30);
}

TEST_CASE("EFSA 2017: phylloquinone only, 1 µg per kg or by age") {
  std::string missing;
  Profile profile;
  profile.standard = Standard::efsa;
  auto intake = lookup(profile, missing);
  REQUIRE(intake);
  CHECK(intake->ug_per_day == 70);
  CHECK_FALSE(intake->includes_k2);
  CHECK(intake->citation.find("EFSA Journal 2017;15(5):4780") != std::string::npos);
  profile.weight_kg = 62.5;
  CHECK(lookup(profile, missing)->ug_per_day == 62.5);
  profile.weight_kg.reset();
  profile.age_years = 5;
  CHECK(lookup(profile, missing)->ug_per_day == 20);
  profile.age_years = 16;
  CHECK(lookup(profile, missing)->ug_per_day == 65);
  profile.age_years = 0.2;
  CHECK_FALSE(lookup(profile, missing));
  CHECK(missing.find("under 7 months") != std::string::npos);
}

TEST_CASE("every band edge of both standards falls where the band's name says") {
  // (age in years, IOM AI, EFSA AI or 0 when EFSA sets none); each band starts at its first month or birthday.
  struct Edge {
    double age;
    double iom;
    double efsa;
  };
  const Edge edges[] = {
      {0.0, 2.0, 0},         {0.5, 2.0, 0},          {0.55, 2.0, 0},        {7.0 / 12 - 1e-9, 2.0, 0},
      {7.0 / 12, 2.5, 10}, {1.0 - 1e-9, 2.5, 10},  {1.0, 30, 12},         {4.0 - 1e-9, 30, 12},
      {4.0, 55, 20},         {7.0 - 1e-9, 55, 20},   {7.0, 55, 30},         {9.0 - 1e-9, 55, 30},
      {9.0, 60, 30},         {11.0 - 1e-9, 60, 30},  {11.0, 60, 45},        {14.0 - 1e-9, 60, 45},
      {14.0, 75, 45},        {15.0 - 1e-9, 75, 45},  {15.0, 75, 65},        {18.0 - 1e-9, 75, 65},
      {18.0, 75, 70},        {19.0 - 1e-9, 75, 70},  {19.0, 90, 70},        {130.0, 90, 70},
  };
  for (const Edge& edge : edges) {
    CAPTURE(edge.age);
    std::string missing;
    Profile profile;
    profile.age_years = edge.age;
    profile.sex = Sex::female;
    CHECK(lookup(profile, missing)->ug_per_day == edge.iom);
    profile.standard = Standard::efsa;
    const std::optional<ReferenceIntake> efsa = lookup(profile, missing);
    if (edge.efsa == 0) {
      CHECK_FALSE(efsa);
    } else {
      REQUIRE(efsa);
      CHECK(efsa->ug_per_day == edge.efsa);
    }
  }
}

TEST_CASE("sexes and standards are read by name") {
  CHECK(parse_sex("female") == Sex::female);
  CHECK_FALSE(parse_sex("f"));
  CHECK(parse_standard("efsa") == Standard::efsa);
  CHECK_FALSE(parse_standard("who"));
  CHECK(no_k2_reference_note().find("EFSA (2017)") != std::string_view::npos);
}
