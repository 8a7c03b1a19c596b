#!/usr/bin/env python3
"""Draws a seeded random sample of findings from `figlint check --format json` and prints each
with the sentence around every figure it names, for judging by reading.

usage: sample_findings.py FINDINGS.json [N] [SEED] [--rule PREFIX]
       figlint check ../shared/seeds ../shared/corpora/allforces/_posts --format json > /tmp/f.json
       python3 scripts/sample_findings.py /tmp/f.json 40 2026

Each finding is printed as a numbered block: rule, message, and for each location (at most
six) the file, line and about 80 characters either side of the figure.
"""
import json
import random
import sys


def context(path, line, text, width=80, column=None):
    try:
        with open(path, encoding="utf-8") as f:
            src = f.read().split("\n")[line - 1]
    except (OSError, IndexError):
        return "(unreadable)"
    # The location's column (1-based, in characters) says which occurrence on the line it is.
    at = column - 1 if column and text and src[column - 1 :].startswith(text) else -1
    if at < 0:
        at = src.find(text) if text else -1
    if at < 0:
        return src[: 2 * width]
    lo, hi = max(0, at - width), min(len(src), at + len(text) + width)
    return src[lo:at] + "[[" + text + "]]" + src[at + len(text) : hi]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--rule")]
    rule = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--rule=")), None)
    if not args:
        sys.exit(__doc__)
    findings = json.load(open(args[0], encoding="utf-8"))["findings"]
    if rule:
        findings = [f for f in findings if f["rule"].startswith(rule)]
    n = int(args[1]) if len(args) > 1 else 40
    seed = int(args[2]) if len(args) > 2 else 2026
    pick = sorted(random.Random(seed).sample(range(len(findings)), min(n, len(findings))))
    print(f"# {len(pick)} of {len(findings)} findings, seed {seed}\n")
    for k, i in enumerate(pick, 1):
        f = findings[i]
        print(f"## {k}. [{f['rule']}] {f['message']}")
        for loc in f["locations"][:6]:
            name = loc["path"].split("/")[-1]
            print(f"- {name}:{loc['line']}  {context(loc['path'], loc['line'], loc.get('text'), column=loc.get('column'))}")
        if len(f["locations"]) > 6:
            print(f"- … and {len(f['locations']) - 6} more locations")
        print()


if __name__ == "__main__":
    main()
