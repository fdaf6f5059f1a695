#!/usr/bin/env python3
"""The man page and the shell completions describe what `jobpipe --help` offers.

Fails when an option shown by --help is missing from man/jobpipe.1 (as a
documented option, not just mentioned) or from a completion file, or when an
exit code of --help is missing from the man page's EXIT STATUS section.
Usage: docs_match_help_test.py JOBPIPE_BINARY SOURCE_DIR
"""
import re
import subprocess
import sys
from pathlib import Path

binary, source = sys.argv[1], Path(sys.argv[2])
help_text = subprocess.run([binary, "--help"], check=True, capture_output=True, text=True).stdout

# Boost.Program_options lists options as "  -h [ --help ]" or "  --version".
options = set()
for line in help_text.splitlines():
    m = re.match(r"^\s+(?:(-\w) \[ (--[\w-]+) \]|(--[\w-]+))", line)
    if m:
        options.update(o for o in m.groups() if o)
exit_codes = set()
in_codes = False
for line in help_text.splitlines():
    if line.startswith("Exit codes"):
        in_codes = True
    elif in_codes:
        exit_codes.update(re.findall(r"(?:^|\s{2,})(\d+)\s", line))
assert len(options) > 20, f"too few options parsed from --help: {sorted(options)}"
assert {"0", "2", "13", "130"} <= exit_codes, f"exit codes parsed: {sorted(exit_codes)}"

problems = []

man = (source / "man/jobpipe.1").read_text()
plain = re.sub(r"\\f[BIRP]", "", man).replace("\\-", "-")
# An option is documented when it heads a .TP entry (the line after .TP).
headed = set()
for m in re.finditer(r"^\.TP\n(.*)$", plain, re.M):
    headed.update(re.findall(r"(?<![\w-])(--?[\w-]+)", m.group(1)))
for option in sorted(options - headed):
    problems.append(f"man/jobpipe.1: option {option} (from --help) is not documented")
status = plain.split(".SH EXIT STATUS", 1)[1].split("\n.SH ", 1)[0]
documented_codes = set(re.findall(r"^\.B (\d+)$", status, re.M))
for code in sorted(exit_codes - documented_codes, key=int):
    problems.append(f"man/jobpipe.1: exit code {code} (from --help) is not in EXIT STATUS")

completions = {
    "completions/jobpipe.bash": lambda o: o,
    "completions/_jobpipe": lambda o: o,
    "completions/jobpipe.fish": lambda o: ("-l " + o[2:]) if o.startswith("--") else ("-s " + o[1:]),
}
for name, spelling in completions.items():
    text = (source / name).read_text()
    for option in sorted(options):
        if not re.search(r"(?<![\w-])" + re.escape(spelling(option)) + r"(?![\w-])", text):
            problems.append(f"{name}: option {option} (from --help) is missing")

for p in problems:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
