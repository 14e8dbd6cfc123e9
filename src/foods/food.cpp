#include "vitk/foods/food.hpp"

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

bool index_less(const TableData& table, const KeyRecord& a, const KeyRecord& b) {
  return std::tuple(table.str(a.key), a.derived, a.kind, a.food) <
         std::tuple(table.str(b.key), b.derived, b.kind, b.food);
}

}  // namespace vitk
