#!/usr/bin/env python3
"""What a run over hard-wrapped documents found of what the run over their unwrapped twins
found, field by field.

    compare.py PLAIN/documents.jsonl WRAPPED/documents.jsonl

Records are paired by their file's style folder and stem (`admin-doc/000002`). A person
counts when its name and roles are found again, an indicator when its text, subject, value
and change are, a task when its text (white space aside), assignee and deadline are; the
title and the event date when they are the same. Prints one Markdown row per field:
found in the plain run, found in the wrapped run, of those the same, and the share kept.
"""
import json
import os
import re
import sys


def records(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            parts = os.path.splitext(r["source"]["path"])[0].split("/")
            out["/".join(parts[-2:])] = r
    return out


def words(s):
    return re.sub(r"\s+", " ", s or "").strip()


KEYS = {
    "people": lambda p: (p["name"], tuple(p["roles"])),
    "indicators": lambda i: (words(i["text"]), words(i["subject"]), i["value"], json.dumps(i["change"], sort_keys=True)),
    "directives": lambda d: (words(d["text"]), d["assignee"], d["deadline"]),
}


def main(plain_path, wrapped_path):
    plain, wrapped = records(plain_path), records(wrapped_path)
    totals = {name: [0, 0, 0] for name in [*KEYS, "title", "event_date"]}
    for key, a in plain.items():
        b = wrapped.get(key)
        if b is None:
            continue
        for name, item_key in KEYS.items():
            ours, theirs = {item_key(x) for x in a[name]}, {item_key(x) for x in b[name]}
            t = totals[name]
            t[0] += len(ours)
            t[1] += len(theirs)
            t[2] += len(ours & theirs)
        for name, value in (("title", lambda r: words(r["title"])), ("event_date", lambda r: r["event_date"])):
            t = totals[name]
            t[0] += 1
            t[1] += 1
            t[2] += value(a) == value(b)
    missing = len(set(plain) - set(wrapped))
    for name, (ours, theirs, same) in totals.items():
        print(f"| {name} | {ours} | {theirs} | {same} | {same / max(ours, 1):.3f} |")
    if missing:
        print(f"| records missing from the wrapped run | {missing} | | | |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
