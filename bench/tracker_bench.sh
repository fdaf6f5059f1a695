#!/usr/bin/env bash
# Whole-process time (hyperfine) of `jobpipe list` over a folder of 1,000
# records (issue 12 asks for under 0.5 s), in the table and every other
# format, and of `jobpipe status` on one record of that folder.
# usage: bench/tracker_bench.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
jobpipe=$build/jobpipe
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1,000 records: the fixture folder's four records, each copied 250 times
# with its company and position numbered so that every row differs.
mkdir -p "$work/records"
python3 - "$root/fixtures/tracker/records" "$work/records" <<'PY'
import pathlib, sys
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
records = sorted(p for p in source.glob("*.md") if p.read_text(encoding="utf-8").startswith("# Application Details"))
for i in range(1000):
    text = records[i % len(records)].read_text(encoding="utf-8")
    lines = text.split("\n")
    for at, line in enumerate(lines):
        if line in ("## Company", "## Position") and at + 1 < len(lines):
            lines[at + 1] = f"{lines[at + 1]} {i}"
    (target / f"record-{i:04d}.md").write_text("\n".join(lines), encoding="utf-8")
PY
count=$("$jobpipe" list "$work/records" --format csv | tail -n +2 | wc -l)
echo "== jobpipe list over $count records (hyperfine, warm cache)"
hyperfine -N --warmup 3 --runs 20 --export-markdown "$work/list.md" \
  "$jobpipe list $work/records --format csv" \
  "$jobpipe list $work/records --format json" \
  "$jobpipe list $work/records --format markdown" >/dev/null
sed "s|$work/records|DIR|g; s|$jobpipe|jobpipe|" "$work/list.md"
cp "$work/records/record-0000.md" "$work/one.md"
hyperfine -N --warmup 3 --runs 30 --export-markdown "$work/status.md" \
  --prepare "cp $work/records/record-0000.md $work/one.md" \
  "$jobpipe status $work/one.md APPLIED --date 2026-12-01" >/dev/null
sed "s|$work/one.md|RECORD|g; s|$jobpipe|jobpipe|" "$work/status.md"
