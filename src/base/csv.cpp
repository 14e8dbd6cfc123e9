// CSV records as spreadsheets and exporters write them (RFC 4180).
#include "vitk/base/csv.hpp"

namespace vitk {

bool split_csv(std::string_view record, std::vector<std::string_view>& fields, std::string& storage) {
  fields.clear();
  storage.clear();
  // What is stored never takes more than twice the record: the storage never moves while it is filled.
  storage.reserve(2 * record.size());
  std::size_t i = 0;
  for (;;) {
    if (i < record.size() && record[i] == '"') {
      // A quoted field: up to the quote that is not doubled.
      std::size_t start = ++i;
      bool escaped = false;
      for (;;) {
        const std::size_t quote = record.find('"', i);
        if (quote == std::string_view::npos) return false;
        if (quote + 1 < record.size() && record[quote + 1] == '"') {
          escaped = true;
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      std::string_view field = record.substr(start, i - 1 - start);
      if (escaped) {
        const std::size_t from = storage.size();
        for (std::size_t k = 0; k < field.size(); ++k) {
          storage += field[k];
          if (field[k] == '"') ++k;  // the second of a doubled quote
        }
        field = std::string_view(storage).substr(from);
      }
      // Text between the closing quote and the comma (not RFC 4180, but written by hand) is kept with it.
      const std::size_t comma = record.find(',', i);
      if (comma != i && i < record.size()) {
        const std::size_t end = comma == std::string_view::npos ? record.size() : comma;
        const std::size_t from = storage.size();
        storage.append(field);
        storage.append(record.substr(i, end - i));
        field = std::string_view(storage).substr(from);
        i = end;
      }
      fields.push_back(field);
    } else {
      const std::size_t comma = record.find(',', i);
      const std::size_t end = comma == std::string_view::npos ? record.size() : comma;
      fields.push_back(record.substr(i, end - i));
      i = end;
    }
    if (i >= record.size()) return true;
    ++i;  // the comma
    if (i == record.size()) {
      fields.emplace_back();  // a record that ends with a comma ends with an empty field
      return true;
    }
  }
}

}  // namespace vitk
