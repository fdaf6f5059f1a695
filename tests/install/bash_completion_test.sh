#!/usr/bin/env bash
# The bash completion, sourced into a real bash, completes options, the
# formats after --format, and file names for INPUT.
# Usage: bash_completion_test.sh SOURCE_DIR
set -euo pipefail
source "$1/completions/jobpipe.bash"
fail() { echo "bash_completion_test: $*" >&2; exit 1; }
complete_line() {  # words... ; the last is the word being completed
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _jobpipe
  printf '%s\n' "${COMPREPLY[@]}"
}
[ "$(complete -p jobpipe)" = "complete -F _jobpipe jobpipe" ] || fail "not registered"
[ "$(complete_line jobpipe --format '' | tr '\n' ' ')" = "markdown json jsonl " ] ||
  fail "--format does not complete to the formats"
[ "$(complete_line jobpipe --dump '' | tr '\n' ' ')" = "blocks sections facts skills " ] ||
  fail "--dump does not complete to the stages"
complete_line jobpipe --out | grep -qx -- --out-dir || fail "--out does not complete to --out-dir"
complete_line jobpipe --ba | grep -qx -- --batch || fail "--ba does not complete to --batch"
cd "$1/fixtures"
complete_line jobpipe se | grep -qx seed || fail "INPUT does not complete file names"
complete_line jobpipe --out-dir se | grep -qx seed || fail "--out-dir does not complete folders"
complete_line jobpipe upd | grep -qx update || fail "the first word does not complete to commands"
complete_line jobpipe update --dry | grep -qx -- --dry-run || fail "update --dry does not complete to --dry-run"
complete_line jobpipe update seed --in | grep -qx -- --input || fail "update --in does not complete to --input"
complete_line jobpipe update se | grep -qx seed || fail "update does not complete RECORD or DIR names"
echo "bash_completion_test: ok"
