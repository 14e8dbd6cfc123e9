#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitk {

/// What a shell needs to know about one option.
struct CompletionOption {
  std::vector<std::string> names;    ///< `-f`, `--meals`
  std::string help;
  bool takes_value = false;
  bool file = false;                 ///< its value is a file name
  std::vector<std::string> choices;  ///< its values, when they are few and fixed
};

/// A command (`vitk`, `vitk foods list`) and what may follow it.
struct CompletionCommand {
  std::vector<std::string> path;  ///< words after `vitk`: empty for the main command, {"foods", "list"}, ...
  std::string help;
  std::vector<CompletionOption> options;
  std::vector<std::string> subcommands;
  enum class Arguments { none, foods, files, choices } arguments = Arguments::none;
  std::vector<std::string> argument_choices;
};

/// The shells vitk writes completion scripts for.
bool is_completion_shell(std::string_view shell);

/// A completion script for `shell` (bash, zsh or fish). Food ids come from `vitk foods list --ids` when the user
/// presses Tab, so they include the user's own tables.
std::string completion_script(std::string_view shell, const std::vector<CompletionCommand>& commands);

}  // namespace vitk
