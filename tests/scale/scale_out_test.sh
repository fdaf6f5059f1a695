#!/usr/bin/env bash
# Scale-out by the book (issue 11, Deliver 7), against the loopback server:
#   parallel   GNU parallel over 2,000 URLs, `parallel --pipe -N 500 jobpipe
#              --batch - --format jsonl`, gives the same set of lines as one
#              process (fetched_at aside: the time of each fetch);
#   four       four jobpipe processes writing one --out-dir at once record
#              every posting once: no "-2.md", none lost, no temporary file.
#
#   scale_out_test.sh parallel|four JOBPIPE PYTHON LOOPBACK_SERVER
set -euo pipefail
what="$1" jobpipe="$2" python="$3" server="$4"
work="$(mktemp -d)"
export NO_PROXY="127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost${no_proxy:+,$no_proxy}"

# The server exits when its stdin closes: at the end of this script, or if
# the script dies.
coproc SERVER { exec "$python" "$server" --root "$work"; }
cleanup() { exec {SERVER[1]}>&- 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
read -r port <&"${SERVER[0]}"
base="http://127.0.0.1:$port"
fail() { echo "scale_out_test: $what: $*" >&2; exit 1; }
# What every run shares: a fixed date, no politeness delay (one loopback
# host), several transfers to it at once.
common=(--date 2025-05-07 --delay 0 --per-host 8 --retries 0)

if [ "$what" = parallel ]; then
  seq 1 2000 | sed "s|^|$base/job/scale-|" > "$work/list.txt"
  "$jobpipe" --batch - --format jsonl "${common[@]}" < "$work/list.txt" > "$work/one.jsonl" 2> "$work/one.err" ||
    fail "one process failed: $(tail -3 "$work/one.err")"
  parallel --will-cite --pipe -N 500 "$jobpipe" --batch - --format jsonl "${common[@]}" \
    < "$work/list.txt" > "$work/many.jsonl" 2> "$work/many.err" ||
    fail "GNU parallel failed: $(tail -3 "$work/many.err")"
  "$python" - "$work/one.jsonl" "$work/many.jsonl" <<'PY'
import json, sys
def lines(path):
    out = []
    for line in open(path, encoding="utf-8"):
        value = json.loads(line)
        if "error" in value:
            sys.exit(f"{path}: a failure line: {line.strip()}")
        value["source"].pop("fetched_at", None)
        out.append(json.dumps(value, sort_keys=True))
    return sorted(out)
one, many = lines(sys.argv[1]), lines(sys.argv[2])
if len(one) != 2000:
    sys.exit(f"one process gave {len(one)} lines, not 2000")
if one != many:
    sys.exit(f"GNU parallel's {len(many)} lines differ from one process's {len(one)}")
PY
  echo "scale_out_test: parallel: 2000 lines, the same set from one process and from GNU parallel"
elif [ "$what" = four ]; then
  seq 1 200 | sed "s|^|$base/job/four-|" > "$work/list.txt"
  tac "$work/list.txt" > "$work/reversed.txt"
  mkdir "$work/out"
  pids=()
  for list in list reversed list reversed; do
    "$jobpipe" --batch "$work/$list.txt" --out-dir "$work/out" --quiet "${common[@]}" \
      2>> "$work/four.err" & pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || fail "a process failed: $(tail -5 "$work/four.err")"; done
  records=$(find "$work/out" -name '*.md' | wc -l)
  others=$(find "$work/out" -mindepth 1 ! -name '*.md' | wc -l)
  [ "$records" -eq 200 ] || fail "$records records for 200 postings: $(ls "$work/out" | head -20)"
  [ "$others" -eq 0 ] || fail "files other than records left: $(find "$work/out" -mindepth 1 ! -name '*.md')"
  # Each posting's URL in exactly one record.
  urls=$(grep -h -A1 '^## Job URL$' "$work/out"/*.md | grep "^$base/job/four-" | sort | uniq | wc -l)
  [ "$urls" -eq 200 ] || fail "$urls distinct Job URLs in the 200 records"
  # A fifth run finds all of them recorded.
  "$jobpipe" --batch "$work/list.txt" --out-dir "$work/out" "${common[@]}" 2> "$work/fifth.err" ||
    fail "the fifth run failed: $(tail -3 "$work/fifth.err")"
  grep -q "200 skipped (already_recorded: 200)" "$work/fifth.err" || fail "fifth run: $(tail -3 "$work/fifth.err")"
  echo "scale_out_test: four: 200 postings, 200 records, nothing else in the folder"
else
  fail "unknown test (expected parallel or four)"
fi
