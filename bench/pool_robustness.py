#!/usr/bin/env python3
"""Robustness run over a folder of unlabelled postings (../shared/pool).

usage: bench/pool_robustness.py BINARY POOL_DIR [--out DIR] [--jobs N]

Runs `BINARY --format json --date 2026-01-01 FILE` on every posting file
under POOL_DIR (MANIFEST/SOURCES/README files skipped) and reports: crashes
(a signal or an exit code outside the documented ones), runs over 100 ms,
the not-a-posting rate, the share of postings with zero section items, and
the language mix. With --out, each JSON output is kept as DIR/<n>.json
(with its source path inside), for weak supervision (tools/classifier/).
Needs the pool beside the project, so it is not part of the test suite.
"""
import collections, concurrent.futures, json, os, subprocess, sys, time

DOCUMENTED_EXITS = {0, 2, 3, 4, 10, 11, 12, 13}
SLOW_MS = 100.0


def posting_files(root):
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(".tsv") or name == "README.md":
                continue
            yield os.path.join(folder, name)


def run(binary, path):
    start = time.perf_counter()
    try:
        proc = subprocess.run([binary, "--format", "json", "--date", "2026-01-01", path],
                              capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return path, -999, 30000.0, None, b"timeout"
    ms = (time.perf_counter() - start) * 1000
    out = None
    if proc.returncode == 0:
        try:
            out = json.loads(proc.stdout.decode("utf-8"))
        except ValueError:
            out = None
    return path, proc.returncode, ms, out, proc.stderr[:300]


def main():
    args = sys.argv[1:]
    opts = {}
    for flag in ("--out", "--jobs"):
        if flag in args:
            i = args.index(flag)
            opts[flag] = args[i + 1]
            del args[i:i + 2]
    binary, root = args[0], args[1]
    out_dir = opts.get("--out")
    if out_dir:
        os.makedirs(out_dir, exist_ok=True)
    files = sorted(posting_files(root))
    results = []
    with concurrent.futures.ThreadPoolExecutor(int(opts.get("--jobs", "2"))) as pool:
        for result in pool.map(lambda p: run(binary, p), files):
            results.append(result)
    codes = collections.Counter()
    languages = collections.Counter()
    crashes, slow, zero_items, postings = [], [], 0, 0
    times = []
    for n, (path, code, ms, out, err) in enumerate(results):
        codes[code] += 1
        times.append(ms)
        if code not in DOCUMENTED_EXITS:
            crashes.append((path, code, err))
        if ms > SLOW_MS:
            slow.append((path, ms))
        if out is not None:
            postings += 1
            languages[out.get("language") or "?"] += 1
            if not any(s.get("items") for s in out.get("sections", [])):
                zero_items += 1
            if out_dir:
                out["_path"] = os.path.relpath(path, root)
                with open(os.path.join(out_dir, f"{n:05d}.json"), "w", encoding="utf-8") as f:
                    json.dump(out, f, ensure_ascii=False)
    total = len(results)
    times.sort()
    print(f"files {total}, postings {postings}, not a posting {codes[13]} ({codes[13] / max(1, total):.1%})")
    print(f"exit codes {dict(sorted(codes.items()))}")
    print(f"crashes {len(crashes)}, over {SLOW_MS:.0f} ms {len(slow)}, "
          f"median {times[total // 2]:.1f} ms, max {times[-1]:.1f} ms")
    print(f"postings with zero items {zero_items} ({zero_items / max(1, postings):.1%})")
    print("languages " + ", ".join(f"{k} {v}" for k, v in languages.most_common()))
    for path, code, err in crashes[:20]:
        print(f"CRASH {path}: exit {code}: {err!r}")
    for path, ms in sorted(slow, key=lambda x: -x[1])[:10]:
        print(f"SLOW {path}: {ms:.0f} ms")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
