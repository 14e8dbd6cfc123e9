#include "vitk/base/error.hpp"

#include <fmt/format.h>

namespace vitk {

Error::Error(ErrorKind kind, SourceLocation where, const std::string& message)
    : std::runtime_error(message), kind_(kind), where_(std::move(where)) {}

Error::Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}

ErrorList::ErrorList(std::vector<Error> errors)
    : std::runtime_error(errors.empty() ? std::string("no errors") : std::string(errors.front().what())),
      errors_(std::move(errors)) {}

std::string format_diagnostic(const Error& error, std::string_view severity) {
  const SourceLocation& at = error.where();
  if (at.file.empty()) return fmt::format("vitk: {}: {}", severity, error.what());
  if (at.line == 0) return fmt::format("{}: {}: {}", at.file, severity, error.what());
  if (at.column == 0) return fmt::format("{}:{}: {}: {}", at.file, at.line, severity, error.what());
  return fmt::format("{}:{}:{}: {}: {}", at.file, at.line, at.column, severity, error.what());
}

}  // namespace vitk
