#include "vitk/cli/completions.hpp"

#include <fmt/format.h>

#include "vitk/base/text.hpp"

namespace vitk {

namespace {

std::string command_name(const CompletionCommand& command) { return join(command.path, " "); }

/// `case "$command $word"` patterns that step from a command into each of its subcommands.
std::vector<std::pair<std::string, std::string>> steps(const std::vector<CompletionCommand>& commands) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const CompletionCommand& command : commands) {
    if (command.path.empty()) continue;
    std::vector<std::string> parent(command.path.begin(), command.path.end() - 1);
    out.emplace_back(join(parent, " ") + " " + command.path.back(), command_name(command));
  }
  return out;
}

std::vector<std::string> option_names(const CompletionCommand& command) {
  std::vector<std::string> names;
  for (const CompletionOption& option : command.options) names.insert(names.end(), option.names.begin(), option.names.end());
  return names;
}

std::string bash_script(const std::vector<CompletionCommand>& commands) {
  std::string out =
      "# bash completion for vitk, written by `vitk completions bash`\n"
      "# The food ids of the tables the command line loads: its --foods, --no-builtin, --config, --no-config.\n"
      "_vitk_ids() {\n"
      "  local -a options=()\n"
      "  local i word\n"
      "  for (( i = 1; i < COMP_CWORD; i++ )); do\n"
      "    word=${COMP_WORDS[i]}\n"
      "    case $word in\n"
      "      --foods|--config) (( i + 1 < COMP_CWORD )) && options+=(\"$word\" \"${COMP_WORDS[i+1]/#\\~/$HOME}\"); (( i++ )) ;;\n"
      "      --foods=*|--config=*) options+=(\"${word%%=*}\" \"${word#*=}\") ;;\n"
      "      --no-builtin|--no-config) options+=(\"$word\") ;;\n"
      "    esac\n"
      "  done\n"
      "  vitk foods list --ids \"${options[@]}\" 2>/dev/null\n"
      "}\n"
      "_vitk() {\n"
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev= command= word i\n"
      "  (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      "  for (( i = 1; i < COMP_CWORD; i++ )); do\n"
      "    word=${COMP_WORDS[i]}\n"
      "    case \"$command $word\" in\n";
  for (const auto& [pattern, name] : steps(commands)) out += fmt::format("      \"{}\") command=\"{}\" ;;\n", pattern, name);
  out += "    esac\n  done\n  COMPREPLY=()\n  case \"$command\" in\n";
  for (const CompletionCommand& command : commands) {
    out += fmt::format("    \"{}\")\n      case \"$prev\" in\n", command_name(command));
    for (const CompletionOption& option : command.options) {
      if (!option.takes_value) continue;
      std::string action = "return ;;";
      if (option.file) {
        action = "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")); return ;;";
      } else if (!option.choices.empty()) {
        action = fmt::format("COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); return ;;", join(option.choices, " "));
      }
      out += fmt::format("        {}) {}\n", join(option.names, "|"), action);
    }
    out += "      esac\n";
    out += fmt::format("      if [[ $cur == -* ]]; then\n        COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"))\n",
                       join(option_names(command), " "));
    out += "      else\n";
    std::string words = join(command.subcommands, " ");
    switch (command.arguments) {
      case CompletionCommand::Arguments::foods: words += " $(_vitk_ids)"; break;
      case CompletionCommand::Arguments::choices: words += fmt::format(" {}", join(command.argument_choices, " ")); break;
      case CompletionCommand::Arguments::files:
        out += "        compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))\n";
        break;
      case CompletionCommand::Arguments::none: break;
    }
    if (command.arguments != CompletionCommand::Arguments::files) {
      out += fmt::format("        COMPREPLY=($(compgen -W \"{}\" -- \"$cur\"))\n", trim(words));
    }
    out += "      fi\n      ;;\n";
  }
  out += "  esac\n}\ncomplete -F _vitk vitk\n";
  return out;
}

/// Help text inside a single-quoted zsh `_arguments` spec: no quote, brackets or colons to end it early.
std::string zsh_help(std::string_view help) {
  std::string out;
  for (char c : help) {
    if (c == '\'') {
      out += "'\\''";
    } else if (c == '[' || c == ']' || c == ':') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string zsh_script(const std::vector<CompletionCommand>& commands) {
  std::string out =
      "#compdef vitk\n"
      "# zsh completion for vitk, written by `vitk completions zsh`\n"
      "# The food ids of the tables the command line loads: its --foods, --no-builtin, --config, --no-config.\n"
      "_vitk_foods() {\n"
      "  local -a ids options\n"
      "  local i\n"
      "  for (( i = 2; i < vitk_current; i++ )); do\n"
      "    case ${vitk_words[i]} in\n"
      "      --foods|--config) (( i + 1 < vitk_current )) && options+=(${vitk_words[i]} ${~vitk_words[i+1]}); (( i++ )) ;;\n"
      "      --foods=*|--config=*) options+=(${vitk_words[i]%%=*} ${~vitk_words[i]#*=}) ;;\n"
      "      --no-builtin|--no-config) options+=(${vitk_words[i]}) ;;\n"
      "    esac\n"
      "  done\n"
      "  ids=(${(f)\"$(vitk foods list --ids $options 2>/dev/null)\"})\n"
      "  compadd -a ids\n"
      "}\n"
      "_vitk() {\n"
      "  local command= i last=1\n"
      "  # The whole line, for _vitk_foods: options before a subcommand choose the tables.\n"
      "  local -a vitk_words=(\"${(@)words}\")\n"
      "  local vitk_current=$CURRENT\n"
      "  for (( i = 2; i < CURRENT; i++ )); do\n"
      "    case \"$command ${words[i]}\" in\n";
  for (const auto& [pattern, name] : steps(commands)) {
    out += fmt::format("      \"{}\") command=\"{}\"; last=$i ;;\n", pattern, name);
  }
  // _arguments reads the words of the subcommand alone, as if it were a command of its own.
  out += "    esac\n  done\n"
         "  if (( last > 1 )); then\n"
         "    words=(\"vitk $command\" \"${(@)words[last+1,-1]}\")\n"
         "    (( CURRENT -= last - 1 ))\n"
         "  fi\n"
         "  case \"$command\" in\n";
  for (const CompletionCommand& command : commands) {
    out += fmt::format("    \"{}\")\n      _arguments -s", command_name(command));
    for (const CompletionOption& option : command.options) {
      std::string action;
      if (option.takes_value) {
        action = option.file                ? ":file:_files"
                 : !option.choices.empty() ? fmt::format(":value:({})", join(option.choices, " "))
                                            : ":value: ";
      }
      for (const std::string& name : option.names) {
        out += fmt::format(" \\\n        '*{}[{}]{}'", name, zsh_help(option.help), action);
      }
    }
    std::vector<std::string> words = command.subcommands;
    std::string action;
    switch (command.arguments) {
      case CompletionCommand::Arguments::foods:
        action = words.empty() ? "_vitk_foods"
                               : fmt::format("{{_vitk_foods; compadd {}}}", join(words, " "));
        break;
      case CompletionCommand::Arguments::files: action = "_files"; break;
      case CompletionCommand::Arguments::choices:
        words.insert(words.end(), command.argument_choices.begin(), command.argument_choices.end());
        action = fmt::format("({})", join(words, " "));
        break;
      case CompletionCommand::Arguments::none:
        if (!words.empty()) action = fmt::format("({})", join(words, " "));
        break;
    }
    if (!action.empty()) out += fmt::format(" \\\n        '*:argument:{}'", action);
    out += "\n      ;;\n";
  }
  out += "  esac\n}\n_vitk \"$@\"\n";
  return out;
}

std::string fish_text(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string fish_script(const std::vector<CompletionCommand>& commands) {
  std::string out =
      "# fish completion for vitk, written by `vitk completions fish`\n"
      "function __vitk_command\n"
      "    set -l command ''\n"
      "    for word in (commandline -opc)[2..-1]\n"
      "        switch \"$command $word\"\n";
  for (const auto& [pattern, name] : steps(commands)) {
    out += fmt::format("            case {}\n                set command {}\n", fish_text(pattern), fish_text(name));
  }
  out +=
      "        end\n    end\n    echo $command\nend\n"
      "function __vitk_is\n    set -l command (__vitk_command)\n    test \"$command\" = \"$argv\"\nend\n"
      "# The food ids of the tables the command line loads: its --foods, --no-builtin, --config, --no-config.\n"
      "function __vitk_ids\n"
      "    set -l words (commandline -opc)\n"
      "    set -l options\n"
      "    for i in (seq 2 (count $words))\n"
      "        switch $words[$i]\n"
      "            case --foods --config\n"
      "                if test $i -lt (count $words)\n"
      "                    set options $options $words[$i] $words[(math $i + 1)]\n"
      "                end\n"
      "            case '--foods=*' '--config=*' --no-builtin --no-config\n"
      "                set options $options $words[$i]\n"
      "        end\n"
      "    end\n"
      "    vitk foods list --ids $options 2>/dev/null\n"
      "end\n"
      "complete -c vitk -f\n";
  for (const CompletionCommand& command : commands) {
    const std::string condition = fmt::format("-n '{}'", trim(fmt::format("__vitk_is {}", command_name(command))));
    for (const CompletionOption& option : command.options) {
      std::string line = "complete -c vitk " + condition;
      for (const std::string& name : option.names) {
        line += name.starts_with("--") ? " -l " + name.substr(2) : " -s " + name.substr(1);
      }
      if (option.file) {
        line += " -r -F";
      } else if (!option.choices.empty()) {
        line += fmt::format(" -x -a {}", fish_text(join(option.choices, " ")));
      } else if (option.takes_value) {
        line += " -x";
      }
      out += fmt::format("{} -d {}\n", line, fish_text(option.help));
    }
    for (const std::string& sub : command.subcommands) {
      out += fmt::format("complete -c vitk {} -a {}\n", condition, fish_text(sub));
    }
    switch (command.arguments) {
      case CompletionCommand::Arguments::foods:
        out += fmt::format("complete -c vitk {} -a '(__vitk_ids)'\n", condition);
        break;
      case CompletionCommand::Arguments::files: out += fmt::format("complete -c vitk {} -F\n", condition); break;
      case CompletionCommand::Arguments::choices:
        out += fmt::format("complete -c vitk {} -a {}\n", condition, fish_text(join(command.argument_choices, " ")));
        break;
      case CompletionCommand::Arguments::none: break;
    }
  }
  return out;
}

}  // namespace

bool is_completion_shell(std::string_view shell) { return shell == "bash" || shell == "zsh" || shell == "fish"; }

std::string completion_script(std::string_view shell, const std::vector<CompletionCommand>& commands) {
  if (shell == "bash") return bash_script(commands);
  if (shell == "zsh") return zsh_script(commands);
  return fish_script(commands);
}

}  // namespace vitk
