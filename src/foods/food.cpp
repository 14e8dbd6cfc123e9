#include "vitk/foods/food.hpp"

#include <cmath>
#include <tuple>

namespace vitk {

Portion Food::portion(std::size_t i) const {
  const PortionRecord& portion = table_->portions[record().first_portion + i];
  return Portion{table_->str(portion.unit), portion.grams};
}

std::optional<Portion> Food::find_portion(std::string_view unit) const {
  for (std::size_t i = 0; i < portion_count(); ++i) {
    const Portion found = portion(i);
    if (found.unit == unit) return found;
  }
  return std::nullopt;
}

K2Value Food::k2_value(std::size_t i) const {
  const K2ValueRecord& value = table_->k2_values[record().first_k2_value + i];
  return K2Value{table_->str(value.source), value.ug_per_100g, value.form, value.basis, value.used};
}

double Food::recipe_grams() const {
  if (!is_recipe()) return 0;
  if (!std::isnan(recipe().yield_g)) return recipe().yield_g;
  double grams = 0;
  for (std::size_t i = 0; i < ingredient_count(); ++i) grams += ingredient(i).grams;
  return grams;
}

std::string_view value_form_key(std::uint8_t form) {
  if (form < kFormCount) return kFormKeys[form];
  return form == kValueTotalK2 ? "total" : "vitamin_k";
}

std::string_view value_form_label(std::uint8_t form) {
  if (form < kFormCount) return kFormLabels[form];
  return form == kValueTotalK2 ? "total K2" : "total vitamin K (K1 included)";
}

bool index_less(const TableData& table, const KeyRecord& a, const KeyRecord& b) {
  return std::tuple(table.str(a.key), a.derived, a.kind, a.food) <
         std::tuple(table.str(b.key), b.derived, b.kind, b.food);
}

}  // namespace vitk
