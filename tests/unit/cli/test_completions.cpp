#include "vitk/cli/completions.hpp"

#include <doctest/doctest.h>

using namespace vitk;

namespace {

std::vector<CompletionCommand> commands() {
  CompletionCommand main;
  main.options.push_back({{"-f", "--meals"}, "Read meals", true, true, {}});
  main.options.push_back({{"--format"}, "Output format: text or json", true, false, {"text", "json"}});
  main.options.push_back({{"--quiet"}, "Don't talk", false, false, {}});
  main.subcommands = {"foods"};
  main.arguments = CompletionCommand::Arguments::foods;
  CompletionCommand foods;
  foods.path = {"foods"};
  foods.subcommands = {"show"};
  CompletionCommand show;
  show.path = {"foods", "show"};
  show.arguments = CompletionCommand::Arguments::foods;
  return {main, foods, show};
}

bool has(const std::string& script, std::string_view text) { return script.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("bash: values, files, options and food ids by command") {
  const std::string script = completion_script("bash", commands());
  CHECK(has(script, "complete -F _vitk vitk\n"));
  CHECK(has(script, "\"foods show\") command=\"foods show\" ;;"));
  CHECK(has(script, "--format) COMPREPLY=($(compgen -W \"text json\" -- \"$cur\")); return ;;"));
  CHECK(has(script, "-f|--meals) compopt -o filenames"));
  CHECK(has(script, "compgen -W \"-f --meals --format --quiet\""));
  CHECK(has(script, "compgen -W \"foods $(_vitk_ids)\""));
  CHECK(has(script, "vitk foods list --ids \"${options[@]}\" 2>/dev/null"));
}

TEST_CASE("zsh: help text cannot end a spec early") {
  const std::string script = completion_script("zsh", commands());
  CHECK(script.starts_with("#compdef vitk\n"));
  CHECK(has(script, "'*--format[Output format\\: text or json]:value:(text json)'"));
  CHECK(has(script, "'*--quiet[Don'\\''t talk]'"));
  CHECK(has(script, "'*:argument:{_vitk_foods; compadd foods}'"));
}

TEST_CASE("fish: one line per option with its condition") {
  const std::string script = completion_script("fish", commands());
  CHECK(has(script, "complete -c vitk -n '__vitk_is' -s f -l meals -r -F -d 'Read meals'\n"));
  CHECK(has(script, "complete -c vitk -n '__vitk_is' -l quiet -d 'Don\\'t talk'\n"));
  CHECK(has(script, "complete -c vitk -n '__vitk_is foods show' -a '(__vitk_ids)'\n"));
  CHECK(is_completion_shell("fish"));
  CHECK_FALSE(is_completion_shell("tcsh"));
}
