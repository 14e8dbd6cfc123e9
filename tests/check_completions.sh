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
expect bash-sort-forms "mk9_4h mk13" "$(bash_complete vitk foods list --sort '')"
expect bash-foods-formats "text json" "$(bash_complete vitk foods list --format '')"
refuse bash-foods-formats-only "ndjson" "$(bash_complete vitk foods list --format '')"
expect bash-foods-options "--foods --no-builtin --output" "$(bash_complete vitk foods show --)"
# The ids come from the tables the line loads, including the user's own.
tables=$(mktemp -d)
trap 'rm -rf "$tables"' EXIT
printf '[[food]]\nid = "my-natto"\nname = "Home natto"\nsource = "test"\n' >"$tables/my.toml"
expect bash-own-ids "my-natto" "$(bash_complete vitk --foods "$tables/my.toml" foods show my)"
expect bash-own-ids-equals "my-natto" "$(bash_complete vitk "--foods=$tables/my.toml" my)"
refuse bash-no-builtin "natto" "$(bash_complete vitk --no-builtin --foods "$tables/my.toml" foods show nat)"

if command -v fish >/dev/null; then
  fish_complete() { fish -c "source (\"$vitk\" completions fish | psub); complete -C '$1'" | cut -f1; }
  expect fish-options "--format --steady-tolerance" "$(fish_complete 'vitk --')"
  expect fish-formats "ndjson markdown" "$(fish_complete 'vitk --format ')"
  expect fish-foods-commands "search show list check" "$(fish_complete 'vitk foods ')"
  expect fish-food-ids "natto" "$(fish_complete 'vitk natt')"
  expect fish-list-options "--ids --sort" "$(fish_complete 'vitk foods list --')"
  expect fish-sort-forms "mk9_4h" "$(fish_complete 'vitk foods list --sort ')"
  expect fish-foods-formats "text json" "$(fish_complete 'vitk foods show --format ')"
  expect fish-own-ids "my-natto" "$(fish_complete "vitk --foods $tables/my.toml foods show my")"
else
  echo "fish not installed: fish completion not checked"
fi

if command -v zsh >/dev/null; then
  # An interactive zsh on a pseudo-terminal, with the script loaded by compinit, is sent a line and a Tab.
  "$vitk" completions zsh >"$tables/_vitk"
  if ! zsh -n "$tables/_vitk"; then
    echo "FAIL zsh: the script does not parse"
    failures=$((failures + 1))
  fi
  zsh_complete() { timeout 20 zsh -f "$(dirname "$0")/complete_zsh.zsh" "$tables" "$1"; }
  if [ -z "$(zsh_complete 'vitk --form')" ]; then
    echo "zsh cannot complete on a pseudo-terminal here: zsh completion not checked beyond its syntax"
  else
    expect zsh-options "--format --period --steady --no-config" "$(zsh_complete 'vitk --')"
    expect zsh-formats "ndjson markdown" "$(zsh_complete 'vitk --format ')"
    expect zsh-foods-commands "search show list check" "$(zsh_complete 'vitk foods ')"
    expect zsh-food-ids "natto" "$(zsh_complete 'vitk natt')"
    expect zsh-show-ids "gouda gouda-aged" "$(zsh_complete 'vitk foods show goud')"
    expect zsh-sort-keys "mk7 k2 mk9_4h" "$(zsh_complete 'vitk foods list --sort ')"
    expect zsh-foods-formats "text json" "$(zsh_complete 'vitk foods list --format ')"
    expect zsh-own-ids "my-natto" "$(zsh_complete "vitk --foods $tables/my.toml foods show my")"
    expect zsh-shells "bash zsh fish" "$(zsh_complete 'vitk completions ')"
  fi
else
  echo "zsh not installed: zsh completion not checked"
fi

if ((failures > 0)); then
  echo "$failures completion checks failed"
  exit 1
fi
echo "completions ok"
