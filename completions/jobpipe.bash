# bash completion for jobpipe(1). Installed as
# share/bash-completion/completions/jobpipe.
_jobpipe() {
  local cur prev
  COMPREPLY=()
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  local options="-h --help --version -f --format -o --output --force --status --date --resume
    -q --quiet --timeout --connect-timeout --max-bytes --retries --user-agent
    --dump --adapter-base --batch --out-dir -j --jobs --per-host --delay --unordered"
  # `jobpipe update ...`: the update command's own options.
  if [[ "${COMP_WORDS[1]}" == update && $COMP_CWORD -gt 1 ]]; then
    case "$prev" in
      -i|--input)
        COMPREPLY=($(compgen -f -- "$cur"))
        compopt -o filenames 2>/dev/null
        return 0 ;;
      --today|-j|--jobs|--per-host|--delay|--timeout|--connect-timeout|--retries|--user-agent|--adapter-base)
        return 0 ;;
    esac
    if [[ "$cur" == -* ]]; then
      COMPREPLY=($(compgen -W "-h --help -r --recursive -i --input -n --dry-run --today -q --quiet
        -j --jobs --per-host --delay --timeout --connect-timeout --retries --user-agent
        --adapter-base" -- "$cur"))
      return 0
    fi
    COMPREPLY=($(compgen -f -- "$cur"))  # RECORD or DIR
    compopt -o filenames 2>/dev/null
    return 0
  fi
  case "$prev" in
    -f|--format)
      COMPREPLY=($(compgen -W "markdown json jsonl" -- "$cur"))
      return 0 ;;
    --dump)
      COMPREPLY=($(compgen -W "blocks sections facts skills" -- "$cur"))
      return 0 ;;
    -o|--output|--batch|--resume)
      COMPREPLY=($(compgen -f -- "$cur"))
      compopt -o filenames 2>/dev/null
      return 0 ;;
    --out-dir)
      COMPREPLY=($(compgen -d -- "$cur"))
      compopt -o filenames 2>/dev/null
      return 0 ;;
    --status)
      COMPREPLY=($(compgen -W "PENDING APPLIED INTERVIEW OFFER REJECTED" -- "$cur"))
      return 0 ;;
    --adapter-base)
      COMPREPLY=($(compgen -W "linkedin= greenhouse= lever=" -- "$cur"))
      compopt -o nospace 2>/dev/null
      return 0 ;;
    --date|--timeout|--connect-timeout|--max-bytes|--retries|--user-agent|-j|--jobs|--per-host|--delay)
      return 0 ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return 0
  fi
  # INPUT: a file (text or a saved page), a URL or '-'; first, a command.
  COMPREPLY=($(compgen -f -- "$cur"))
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY+=($(compgen -W "status list check update" -- "$cur"))
  fi
  compopt -o filenames 2>/dev/null
  return 0
}
complete -F _jobpipe jobpipe
