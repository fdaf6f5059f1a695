#!/usr/bin/env bash
# The zsh and fish completions parse in the real shells (zsh -n, fish -n)
# and offer every tracker command the binary's --help names; fish's own
# completer is asked, as a user's Tab would ask it.
# Usage: shell_completions_test.sh JOBPIPE_BINARY SOURCE_DIR
set -euo pipefail
binary=$1
src=$2
fail() { echo "shell_completions_test: $*" >&2; exit 1; }
for shell in zsh fish; do
  command -v "$shell" >/dev/null || fail "$shell is not installed (scripts/install-deps.sh --test)"
done

zsh -n "$src/completions/_jobpipe" || fail "completions/_jobpipe: zsh -n finds a syntax error"
fish -n "$src/completions/jobpipe.fish" || fail "completions/jobpipe.fish: fish -n finds a syntax error"

# "jobpipe status|list|check|update ...": the commands, from --help.
commands=$("$binary" --help | sed -n 's/^ *jobpipe \([a-z|]*\) \.\.\..*/\1/p' | tr '|' ' ')
[ -n "$commands" ] || fail "no command list in jobpipe --help"

zsh_commands=$(grep -o '"commands:command:([a-z ]*)"' "$src/completions/_jobpipe" | sed 's/.*(\(.*\)).*/\1/')
for command in $commands; do
  [[ " $zsh_commands " == *" $command "* ]] || fail "completions/_jobpipe: no command $command"
  offered=$(fish -c "source '$src/completions/jobpipe.fish'; complete -C 'jobpipe ${command:0:2}'" | cut -f1)
  grep -qx "$command" <<<"$offered" || fail "completions/jobpipe.fish: 'jobpipe ${command:0:2}' does not complete to $command"
done
# --dump STAGE: the stages, as fish offers them (sorted) after the option.
stages=$(fish -c "source '$src/completions/jobpipe.fish'; complete -C 'jobpipe --dump '" | cut -f1 | tr '\n' ' ')
[ "$stages" = "blocks facts sections skills " ] ||
  fail "completions/jobpipe.fish: 'jobpipe --dump ' offers '$stages', not the four stages"
grep -q ':stage:(blocks sections facts skills)' "$src/completions/_jobpipe" ||
  fail "completions/_jobpipe: --dump does not offer the four stages"
echo "shell_completions_test: ok ($commands)"
