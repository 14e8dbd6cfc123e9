#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitk {

/// Splits one CSV record (RFC 4180: fields separated by commas; a field in double quotes may hold commas, line
/// breaks and doubled quotes) into its fields, without their quotes. A field with doubled quotes is unescaped
/// into `storage`, which the fields may point into until the next call. Returns false when a quoted field is
/// still open at the end of `record`: the record goes on on the next line.
bool split_csv(std::string_view record, std::vector<std::string_view>& fields, std::string& storage);

}  // namespace vitk
