#include "vitk/report/food_report.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <optional>

#include "vitk/base/json.hpp"
#include "vitk/base/text.hpp"

namespace vitk {

namespace {

constexpr std::size_t kNameWidth = 44;
constexpr std::size_t kDetailWidth = 110;

std::string value_or_mark(const std::optional<double>& value) { return value ? fmt::format("{:.1f}", *value) : "?"; }

std::optional<double> per_serving(const Food& food, const std::optional<double>& per_100g) {
  const std::optional<Portion> serving = food.default_portion();
  if (!serving || !per_100g) return std::nullopt;
  return *per_100g * serving->grams / 100.0;
}

std::string pad_right(std::string_view text, std::size_t width) {
  const std::size_t shown = display_width(text);
  return std::string(text) + std::string(shown < width ? width - shown : 0, ' ');
}

/// `MK-4 to MK-10`, `MK-4, MK-7`: the forms a method measured, from their bits.
std::string measured_text(std::uint16_t measured) {
  std::vector<std::size_t> forms;
  for (std::size_t form = 0; form < kFormCount; ++form) {
    if (measured & (1u << form)) forms.push_back(form);
  }
  if (forms.size() >= 3 && forms.back() - forms.front() + 1 == forms.size()) {
    return fmt::format("{} to {}", kFormLabels[forms.front()], kFormLabels[forms.back()]);
  }
  std::vector<std::string> labels;
  for (std::size_t form : forms) labels.emplace_back(kFormLabels[form]);
  return join(labels, ", ");
}

std::string_view basis_name(K2Basis basis) { return kBasisNames[static_cast<std::size_t>(basis)]; }

std::string forms_text(const Food& food) {
  std::vector<std::string> parts;
  for (std::size_t form = 0; form < kFormCount; ++form) {
    if (const auto& value = food.k2_form_ug_per_100g(form)) {
      parts.push_back(fmt::format("{} {:.1f}", kFormLabels[form], *value));
    }
  }
  return parts.empty() ? "none known" : join(parts, ", ");
}

void json_food_fields(std::string& out, const Food& food);

void json_food(std::string& out, const Food& food) {
  json_food_fields(out, food);
  out += ",\"recipe\":";
  if (!food.is_recipe()) {
    out += "null}";
    return;
  }
  const RecipeRecord& book = food.recipe();
  out += "{\"grams\":";
  append_json_number(out, food.recipe_grams());
  out += ",\"yield_g\":";
  append_json_number(out, std::isnan(book.yield_g) ? std::nullopt : std::optional<double>(book.yield_g));
  out += ",\"servings\":";
  append_json_number(out, book.servings > 0 ? std::optional<double>(book.servings) : std::nullopt);
  out += ",\"ingredients\":";
  append_json_ingredients(out, food, 1.0);
  out += "}}";
}

void json_food_fields(std::string& out, const Food& food) {
  out += "{\"id\":";
  append_json_string(out, food.id());
  out += ",\"name\":";
  append_json_string(out, food.name());
  out += ",\"group\":";
  append_json_string(out, food.group());
  out += ",\"aliases\":[";
  for (std::size_t i = 0; i < food.alias_count(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, food.alias(i));
  }
  out += "],\"k1_ug_per_100g\":";
  append_json_number(out, food.k1_ug_per_100g());
  out += ",\"k2_ug_per_100g\":";
  append_json_number(out, food.k2_ug_per_100g());
  out += ",\"k2_by_form_ug_per_100g\":{";
  for (std::size_t form = 0; form < kFormCount; ++form) {
    out += fmt::format("{}\"{}\":", form == 0 ? "" : ",", kFormKeys[form]);
    append_json_number(out, food.k2_form_ug_per_100g(form));
  }
  out += "},\"k2_basis\":";
  if (food.k2_ug_per_100g()) {
    append_json_string(out, basis_name(food.k2_basis()));
  } else {
    out += "null";
  }
  out += ",\"k2_measured\":[";
  for (std::size_t form = 0, written = 0; form < kFormCount; ++form) {
    if (!(food.k2_measured() & (1u << form))) continue;
    if (written++ > 0) out += ',';
    append_json_string(out, kFormKeys[form]);
  }
  out += "],\"k2_values\":[";
  for (std::size_t i = 0; i < food.k2_value_count(); ++i) {
    const K2Value value = food.k2_value(i);
    out += i == 0 ? "{\"source\":" : ",{\"source\":";
    append_json_string(out, value.source);
    out += ",\"form\":";
    append_json_string(out, value_form_key(value.form));
    out += ",\"ug_per_100g\":";
    append_json_number(out, value.ug_per_100g);
    out += ",\"basis\":";
    append_json_string(out, basis_name(value.basis));
    out += fmt::format(",\"used\":{}}}", value.used ? "true" : "false");
  }
  out += "],\"alternatives\":[";
  for (std::size_t i = 0; i < food.alternative_count(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, food.alternative(i));
  }
  out += "],\"dk_ug_per_100g\":";
  append_json_number(out, food.dk_ug_per_100g());
  out += ",\"portions\":[";
  for (std::size_t i = 0; i < food.portion_count(); ++i) {
    out += i == 0 ? "{\"unit\":" : ",{\"unit\":";
    append_json_string(out, food.portion(i).unit);
    out += ",\"grams\":";
    append_json_number(out, food.portion(i).grams);
    out += '}';
  }
  const std::optional<Portion> serving = food.default_portion();
  out += "],\"serving_grams\":";
  append_json_number(out, serving ? std::optional<double>(serving->grams) : std::nullopt);
  out += ",\"k1_ug_per_serving\":";
  append_json_number(out, per_serving(food, food.k1_ug_per_100g()));
  out += ",\"k2_ug_per_serving\":";
  append_json_number(out, per_serving(food, food.k2_ug_per_100g()));
  out += ",\"source\":";
  append_json_string(out, food.source());
  out += ",\"k2_source\":";
  if (food.k2_source().empty()) {
    out += "null";
  } else {
    append_json_string(out, food.k2_source());
  }
  out += ",\"usda\":";
  if (food.usda().empty()) {
    out += "null";
  } else {
    append_json_string(out, food.usda());
  }
  out += ",\"table\":";
  append_json_string(out, food.table().name);
}

}  // namespace

std::string render_food_table(const std::vector<Food>& foods) {
  std::size_t id_width = 2, name_width = 4;
  for (const Food& food : foods) {
    id_width = std::max(id_width, display_width(food.id()));
    name_width = std::max(name_width, std::min(kNameWidth, display_width(food.name())));
  }
  std::string out = fmt::format("{}  {}  {:>9}  {:>9}  {:>9}  {:>9}  {:>9}\n", pad_right("id", id_width),
                                pad_right("name", name_width), "K1/100g", "K2/100g", "serving", "K1", "K2");
  for (const Food& food : foods) {
    const std::optional<Portion> serving = food.default_portion();
    const std::string serving_text = serving ? fmt::format("{:.0f} g", serving->grams) : "-";
    const std::string k1 = serving ? value_or_mark(per_serving(food, food.k1_ug_per_100g())) : "-";
    const std::string k2 = serving ? value_or_mark(per_serving(food, food.k2_ug_per_100g())) : "-";
    out += fmt::format("{}  {}  {:>9}  {:>9}  {:>9}  {:>9}  {:>9}\n", pad_right(food.id(), id_width),
                       pad_right(truncate_to_width(food.name(), kNameWidth), name_width),
                       value_or_mark(food.k1_ug_per_100g()), value_or_mark(food.k2_ug_per_100g()), serving_text, k1,
                       k2);
  }
  out += "Values in µg; ? = not known. K1 and K2 per serving where the food has one.\n";
  return out;
}

/// A recipe's ingredients: each as written, the food and grams it was read as, and what it brings to the whole
/// dish; then its weight and servings, and the ingredients whose K1 or K2 is unknown.
void recipe_lines(std::string& out, const Food& recipe) {
  const RecipeRecord& book = recipe.recipe();
  const double grams = recipe.recipe_grams();
  std::string weight = fmt::format("{} g", format_trimmed(grams, 1));
  weight += std::isnan(book.yield_g) ? " (the weight of its ingredients)" : " cooked (yield_g)";
  if (book.servings > 0) {
    weight += fmt::format(", {} serving{}", format_trimmed(book.servings, 2), book.servings == 1 ? "" : "s");
  }
  out += fmt::format("  {:<22}{}\n", "dish", weight);
  struct Row {
    std::string item, food, grams, k1, k2;
  };
  std::vector<Row> rows{{"ingredient", "read as", "grams", "K1 µg", "K2 µg"}};
  std::vector<std::string> k1_missing, k2_missing;
  for (std::size_t i = 0; i < recipe.ingredient_count(); ++i) {
    const std::optional<Food> food = recipe.ingredient_food(i);
    const std::string item(recipe.ingredient_text(i));
    if (!food) {
      rows.push_back({item, "(not resolved)", "?", "?", "?"});
      continue;
    }
    const double g = recipe.ingredient(i).grams;
    const auto part = [&](const std::optional<double>& per_100g) -> std::optional<double> {
      if (!per_100g) return std::nullopt;
      return *per_100g * g / 100.0;
    };
    rows.push_back({item, truncate_to_width(fmt::format("{} ({})", food->id(), food->name()), 44),
                    fmt::format("{:.1f}", g), value_or_mark(part(food->k1_ug_per_100g())),
                    value_or_mark(part(food->k2_ug_per_100g()))});
    if (!food->k1_ug_per_100g()) k1_missing.push_back(fmt::format("'{}' ({})", item, food->id()));
    if (!food->k2_ug_per_100g()) k2_missing.push_back(fmt::format("'{}' ({})", item, food->id()));
  }
  std::size_t item_width = 0, food_width = 0;
  for (const Row& row : rows) {
    item_width = std::max(item_width, display_width(row.item));
    food_width = std::max(food_width, display_width(row.food));
  }
  item_width = std::min<std::size_t>(item_width, 30);
  for (const Row& row : rows) {
    out += fmt::format("    {}  {}  {:>8}  {:>8}  {:>8}\n", pad_right(truncate_to_width(row.item, 30), item_width),
                       pad_right(row.food, food_width), row.grams, row.k1, row.k2);
  }
  if (!k1_missing.empty()) out += fmt::format("  {:<22}{}\n", "K1 unknown from", join(k1_missing, ", "));
  if (!k2_missing.empty()) out += fmt::format("  {:<22}{}\n", "K2 unknown from", join(k2_missing, ", "));
}

std::string render_food_details(const Food& food, const FoodCatalog& catalog) {
  std::string out = fmt::format("{}: {}\n", food.id(), food.name());
  const auto line = [&](std::string_view label, std::string_view text) {
    out += fmt::format("  {:<22}{}\n", label, text);
  };
  if (!food.group().empty()) line("group", food.group());
  if (food.alias_count() > 0) {
    std::vector<std::string> aliases;
    for (std::size_t i = 0; i < food.alias_count(); ++i) aliases.emplace_back(food.alias(i));
    line("aliases", join(aliases, ", "));
  }
  line("K1 (µg/100 g)", value_or_mark(food.k1_ug_per_100g()));
  line("K2 (µg/100 g)", value_or_mark(food.k2_ug_per_100g()));
  line("K2 by form", forms_text(food));
  if (food.k2_ug_per_100g()) {
    std::string how(basis_name(food.k2_basis()));
    if (food.k2_basis() == K2Basis::unstated) how = "not stated";
    if (food.k2_measured() != 0) how += fmt::format("; the method measured {}", measured_text(food.k2_measured()));
    line("K2 basis", how);
  }
  line("dihydrophylloquinone", value_or_mark(food.dk_ug_per_100g()) + " (counted in neither K1 nor K2)");
  if (food.portion_count() > 0) {
    std::vector<std::string> portions;
    for (std::size_t i = 0; i < food.portion_count(); ++i) {
      portions.push_back(fmt::format("{} {} g", food.portion(i).unit, format_trimmed(food.portion(i).grams, 3)));
    }
    line("portions", join(portions, ", "));
  } else {
    line("portions", "none (give amounts in mg, g, kg, oz or lb)");
  }
  if (food.default_portion()) {
    line("per serving (µg)", fmt::format("K1 {}, K2 {}", value_or_mark(per_serving(food, food.k1_ug_per_100g())),
                                         value_or_mark(per_serving(food, food.k2_ug_per_100g()))));
  }
  if (food.is_recipe()) recipe_lines(out, food);
  for (std::size_t i = 0; i < food.alternative_count(); ++i) {
    // The words of this food are often meant for these too, whose vitamin K differs widely.
    const FoodMatch other = catalog.find(food.alternative(i));
    const std::string text =
        other.food ? fmt::format("{} ({}): K1 {}, K2 {} µg/100 g", other.food->id(), other.food->name(),
                                 value_or_mark(other.food->k1_ug_per_100g()), value_or_mark(other.food->k2_ug_per_100g()))
                   : fmt::format("{} (not in the loaded tables)", food.alternative(i));
    line(i == 0 ? "may also mean" : "", text);
  }
  line("source", food.source());
  if (!food.k2_source().empty()) line("K2 source", food.k2_source());
  if (food.k2_value_count() > 0) {
    // Every value the sources give, so that a reader sees the spread; the one the food's K2 holds is marked.
    out += "  K2 in the sources (µg/100 g; * the value used):\n";
    for (std::size_t i = 0; i < food.k2_value_count(); ++i) {
      const K2Value value = food.k2_value(i);
      const std::string head = fmt::format("    {} {:>8}  ", value.used ? '*' : ' ', format_trimmed(value.ug_per_100g, 2));
      const std::string body = wrap(fmt::format("{}, {}: {}", value_form_label(value.form), basis_name(value.basis),
                                                value.source),
                                    kDetailWidth, std::string(head.size(), ' '));
      out += head + body.substr(head.size());
    }
  }
  if (!food.usda().empty()) line("USDA SR28 NDB", food.usda());
  line("table", food.table().name);
  return out;
}

void append_json_ingredients(std::string& out, const Food& recipe, double scale) {
  out += '[';
  for (std::size_t i = 0; i < recipe.ingredient_count(); ++i) {
    out += i == 0 ? "{\"input\":" : ",{\"input\":";
    append_json_string(out, recipe.ingredient_text(i));
    const std::optional<Food> food = recipe.ingredient_food(i);
    const double grams = recipe.ingredient(i).grams * scale;
    const auto part = [&](const std::optional<double>& per_100g) -> std::optional<double> {
      if (!per_100g) return std::nullopt;
      return *per_100g * grams / 100.0;
    };
    out += ",\"food_id\":";
    if (food) {
      append_json_string(out, food->id());
    } else {
      out += "null";
    }
    out += ",\"grams\":";
    append_json_number(out, food ? std::optional<double>(grams) : std::nullopt);
    out += ",\"k1_ug\":";
    append_json_number(out, food ? part(food->k1_ug_per_100g()) : std::nullopt);
    out += ",\"k2_ug\":";
    append_json_number(out, food ? part(food->k2_ug_per_100g()) : std::nullopt);
    out += '}';
  }
  out += ']';
}

std::string render_foods_json(const std::vector<Food>& foods) {
  std::string out = "{\"foods\":[";
  for (std::size_t i = 0; i < foods.size(); ++i) {
    out += i == 0 ? "\n" : ",\n";
    json_food(out, foods[i]);
  }
  out += "]}\n";
  return out;
}

}  // namespace vitk
