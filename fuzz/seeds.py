#!/usr/bin/env python3
"""Writes each fuzz target's seed corpus from the project's fixtures.

    fuzz/seeds.py OUT_DIR

OUT_DIR/<target>/ gets one file a seed. The fixtures are the project's own
invented postings, pages, API answers and records, so the fuzzers start
from inputs that already reach deep into the pipeline; fuzz/regressions/
<target>/ holds the inputs that once failed a target.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Inputs that once failed a target, kept so every run starts with them.
REGRESSIONS = ROOT / "fuzz" / "regressions"
FIXTURES = ROOT / "fixtures"
JSONLD = re.compile(r'<script[^>]*application/ld\+json[^>]*>(.*?)</script>', re.S | re.I)
URL = re.compile(rb'https?://[^\s"\'<>)\]]+')


def files(*patterns):
    found = []
    for pattern in patterns:
        found.extend(p for p in sorted(FIXTURES.glob(pattern)) if p.is_file())
    return found


def write(out, target, name, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def main():
    out = pathlib.Path(sys.argv[1])
    html = files("**/*.html")
    corpora = {
        "fuzz_text": files("text/*.txt", "seed/*.txt", "languages/*.txt", "batch/*.txt"),
        "fuzz_html": html,
        "fuzz_json": files("html/*-api.json", "http/greenhouse/*.json", "http/lever/*.json"),
        "fuzz_record": files("**/*.expected.md", "**/*.expect.md", "tracker/**/records/**/*.md"),
    }
    for target, paths in corpora.items():
        for i, path in enumerate(paths):
            write(out, target, f"{i:03d}-{path.name}", path.read_bytes())
    scripts = [m.group(1) for p in html for m in JSONLD.finditer(p.read_text(errors="replace"))]
    for i, script in enumerate(scripts):
        write(out, "fuzz_jsonld", f"{i:03d}.json", script.encode())
    urls = sorted({u for p in files("**/*") for u in URL.findall(p.read_bytes())})
    for i, url in enumerate(urls[:300]):
        write(out, "fuzz_url", f"{i:03d}.url", url)
    # Batch lists: the URLs a few at a time, with comments, blanks and the
    # fixtures' own paths, as users write them.
    paths = [str(p.relative_to(ROOT)).encode() for p in files("batch/*")]
    for i in range(0, len(urls), 20):
        lines = [b"# jobs to read", *urls[i:i + 20], b"", *paths, b"  not-a-file.txt  "]
        write(out, "fuzz_batch_list", f"{i:03d}.list", b"\n".join(lines) + b"\n")
    for path in sorted(REGRESSIONS.glob("*/*")):
        write(out, path.parent.name, f"regression-{path.name}", path.read_bytes())


if __name__ == "__main__":
    main()
