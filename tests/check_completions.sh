#!/bin/bash
# The completion scripts work in their shells: asked for completions, they give the right words.
#   check_completions.sh path/to/vitk
set -u
vitk=$1
export PATH="$(dirname "$vitk"):$PATH"
failures=0
expect() {  # expect NAME WANTED ACTUAL: ACTUAL (one word per line) holds every word of WANTED
  local word
  for word in $2; do
    if ! grep -qx -- "$word" <<<"$3"; then
      echo "FAIL $1: '$word' not offered; got: $(tr '\n' ' ' <<<"$3")"
      failures=$((failures + 1))
    fi
  done
}
refuse() {  # refuse NAME UNWANTED ACTUAL
  if grep -qx -- "$2" <<<"$3"; then
    echo "FAIL $1: '$2' offered"
    failures=$((failures + 1))
  fi
}

bash_complete() {  # bash_complete WORD... : the completions for the last word
  bash -c 'source <("$0" completions bash); COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _vitk; printf "%s\n" "${COMPREPLY[@]}"' \
    "$vitk" "$@"
}
expect bash-options "--format --period --steady --no-config" "$(bash_complete vitk --)"
expect bash-formats "ndjson markdown" "$(bash_complete vitk --format '')"
expect bash-periods "week month" "$(bash_complete vitk --period '')"
expect bash-foods-commands "search show list check" "$(bash_complete vitk foods '')"
expect bash-food-ids "natto" "$(bash_complete vitk natt)"
expect bash-show-ids "gouda gouda-aged" "$(bash_complete vitk foods show goud)"
expect bash-sort-keys "mk7 k2" "$(bash_complete vitk foods list --sort '')"
expect bash-shells "bash zsh fish" "$(bash_complete vitk completions '')"
refuse bash-list-no-ids "natto" "$(bash_complete vitk foods list '')"

if command -v fish >/dev/null; then
  fish_complete() { fish -c "source (\"$vitk\" completions fish | psub); complete -C '$1'" | cut -f1; }
  expect fish-options "--format --steady-tolerance" "$(fish_complete 'vitk --')"
  expect fish-formats "ndjson markdown" "$(fish_complete 'vitk --format ')"
  expect fish-foods-commands "search show list check" "$(fish_complete 'vitk foods ')"
  expect fish-food-ids "natto" "$(fish_complete 'vitk natt')"
  expect fish-list-options "--ids --sort" "$(fish_complete 'vitk foods list --')"
else
  echo "fish not installed: fish completion not checked"
fi

if command -v zsh >/dev/null; then
  # zsh checks the script's syntax, then loads it through compinit as a completion function would be.
  "$vitk" completions zsh >"${TMPDIR:-/tmp}/_vitk.$$"
  if ! zsh -n "${TMPDIR:-/tmp}/_vitk.$$"; then
    echo "FAIL zsh: the script does not parse"
    failures=$((failures + 1))
  fi
  rm -f "${TMPDIR:-/tmp}/_vitk.$$"
else
  echo "zsh not installed: zsh completion not checked"
fi

if ((failures > 0)); then
  echo "$failures completion checks failed"
  exit 1
fi
echo "completions ok"
