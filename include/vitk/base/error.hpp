#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vitk {

/// What went wrong decides the exit code (see cli.cpp and vitk(1)).
enum class ErrorKind { usage, data, io };

/// A place in an input: `file` is a path, `<stdin>` or `arg N`; line and column count from 1, 0 = unknown.
struct SourceLocation {
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// The one error type of vitk: a message, where it happened, and what kind of failure it is.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, SourceLocation where, const std::string& message);
  Error(ErrorKind kind, const std::string& message);

  ErrorKind kind() const { return kind_; }
  const SourceLocation& where() const { return where_; }

 private:
  ErrorKind kind_;
  SourceLocation where_;
};

/// Several errors found in one pass over an input, all reported at once.
class ErrorList : public std::runtime_error {
 public:
  explicit ErrorList(std::vector<Error> errors);
  const std::vector<Error>& errors() const { return errors_; }

 private:
  std::vector<Error> errors_;
};

/// GNU style: `file:line:column: error: message`, or `vitk: error: message` without a place.
std::string format_diagnostic(const Error& error, std::string_view severity = "error");

}  // namespace vitk
