#!/usr/bin/env python3
"""Checks every relative link in README.md and docs/**/*.md: the file exists and, for #anchors, the heading does.

Run from the repository root: python3 docs/check-links.py
"""
import os, re, sys, glob

root = sys.argv[1] if len(sys.argv) > 1 else "."
files = [os.path.join(root, "README.md")] + sorted(glob.glob(os.path.join(root, "docs", "**", "*.md"), recursive=True))

def slug(heading):
    s = heading.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)      # GitHub drops punctuation but keeps - and _
    return s.replace(" ", "-")

def anchors(path):
    found, in_code = set(), False
    counts = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("```"):
            in_code = not in_code
            continue
        m = None if in_code else re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m:
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", m.group(2))
            text = text.replace("`", "").replace("*", "")
            base = slug(text)
            n = counts.get(base, 0)
            counts[base] = n + 1
            found.add(base if n == 0 else f"{base}-{n}")
    return found

link_re = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
bad = checked = 0
for f in files:
    in_code = False
    for no, line in enumerate(open(f, encoding="utf-8"), 1):
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        for target in link_re.findall(line):
            if re.match(r"^[a-z]+:", target):    # http:, https:, mailto:
                continue
            checked += 1
            path, _, anchor = target.partition("#")
            dest = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
            if not os.path.exists(dest):
                print(f"{f}:{no}: missing file {target}"); bad += 1; continue
            if anchor and dest.endswith(".md") and anchor not in anchors(dest):
                print(f"{f}:{no}: missing anchor {target}"); bad += 1
print(f"{checked} relative links checked in {len(files)} files, {bad} broken")
sys.exit(1 if bad else 0)
