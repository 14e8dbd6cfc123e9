#!/bin/zsh -f
# Prints the words zsh offers when Tab is pressed at the end of a command line, one per line, by running an
# interactive zsh on a pseudo-terminal with vitk's completion loaded: the shell itself completes.
#   zsh -f complete.zsh COMPLETION_DIR 'vitk --format '
zmodload zsh/zpty || exit 2
local dir=$1 line=$2 setup=${TMPDIR:-/tmp}/vitk-complete-$$.zsh
cat >$setup <<SETUP
PROMPT=
fpath=($dir \$fpath)
autoload -U compinit && compinit -u -D
bindkey '^I' complete-word
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
# Each word that completion would add is printed, between two marker lines, and the shell then exits.
vitk_mark() { print -r -- '==vitk-complete=='; }
compprefuncs=(vitk_mark)
comppostfuncs=(vitk_mark exit)
compadd() {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
    builtin compadd "\$@"
    return
  fi
  local -a vitk_found
  builtin compadd -A vitk_found "\$@"
  (( \$#vitk_found )) && print -rl -- \$vitk_found
}
print -r -- ==vitk-ready==
SETUP
zpty vitk_shell zsh -f -i
zpty -w vitk_shell "source $setup"
local out reading=0
while zpty -r -t vitk_shell out; do [[ $out == *==vitk-ready==* ]] && break; done
zpty -n -w vitk_shell "$line"$'\t'
local count=0
while zpty -r vitk_shell out; do
  out=${out//$'\r'/}
  for piece in ${(f)out}; do
    if [[ $piece == *==vitk-complete==* ]]; then
      (( ++count == 2 )) && break 2
      continue
    fi
    (( count == 1 )) && print -r -- $piece
  done
done
zpty -d vitk_shell
rm -f $setup
