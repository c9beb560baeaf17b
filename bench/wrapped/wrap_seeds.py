#!/usr/bin/env python3
"""Writes each text file of SRC hard-wrapped at WIDTH chars into DST, as `fmt` would wrap
it (words are never broken; blank lines kept).

    wrap_seeds.py SRC DST WIDTH
"""
import os
import sys
import textwrap


def main(src, dst, width):
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        lines = []
        with open(os.path.join(src, name), encoding="utf-8") as f:
            for line in f.read().split("\n"):
                lines += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]
        with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
