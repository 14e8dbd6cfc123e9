#include "vitk/food.hpp"

#include <tuple>

namespace vitk {

const Portion* Food::find_portion(std::string_view unit) const {
  for (const Portion& portion : portions) {
    if (portion.unit == unit) return &portion;
  }
  return nullptr;
}

bool index_less(const IndexEntry& a, const IndexEntry& b) {
  return std::tie(a.key, a.derived, a.kind, a.food) < std::tie(b.key, b.derived, b.kind, b.food);
}

}  // namespace vitk
