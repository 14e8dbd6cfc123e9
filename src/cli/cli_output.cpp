// Where the output of a command goes, and the signals that must not leave a half-written file behind.
#include <fmt/format.h>
#include <unistd.h>

#include "cli_internal.hpp"
#include "vitk/base/error.hpp"
#include "vitk/base/io.hpp"

namespace vitk::cli {

Output::Output(const Options& options) : path_(options.output), quiet_(options.quiet) {
  if (!path_.empty() && path_ != "-") file_ = std::make_unique<OutputFile>(path_);
  if (path_ == "-") quiet_ = false;  // -o - asks for standard output, even with -q
}

void Output::write(std::string_view text) {
  if (!file_) {
    if (!quiet_) write_all(STDOUT_FILENO, text);
    return;
  }
  write_all(file_->fd(), text, path_);
}

void Output::commit() {
  if (file_) file_->commit();
}

void check_output_is_not_input(const Options& options, const Settings& settings) {
  if (options.output.empty() || options.output == "-") return;
  const auto check = [&](const std::string& input, std::string_view option) {
    if (input != "-" && same_file(input, options.output)) {
      throw Error(ErrorKind::usage,
                  fmt::format("-o '{}' is also an input ({} '{}'): vitk would replace what it reads (expected "
                              "another file for the report)",
                              options.output, option, input));
    }
  };
  for (const std::string& path : options.meal_files) check(path, "-f");
  for (const std::string& path : settings.food_tables) check(path, "--foods");
  if (options.command == Command::foods_check) {
    for (const std::string& path : options.words) check(path, "vitk foods check");
  }
}

}  // namespace vitk::cli
