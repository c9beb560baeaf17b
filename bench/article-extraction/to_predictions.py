#!/usr/bin/env python3
"""to_predictions.py DOCUMENTS.jsonl OUT.json [--with-title]: vanban records to score.py's input.

Keys are the input file names without `.html.gz` / `.html`; the value is {"articleBody": body}.
"""
import json, os, sys

def key(path):
    name = os.path.basename(path)
    for ext in (".gz", ".html", ".htm"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name

def main():
    src, dst = sys.argv[1], sys.argv[2]
    with_title = "--with-title" in sys.argv[3:]
    out = {}
    with open(src, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            path = (rec.get("source") or {}).get("path") or rec.get("path") or ""
            body = rec.get("body") or ""
            if with_title and rec.get("title"):
                body = rec["title"] + "\n\n" + body
            out[key(path)] = {"articleBody": body}
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)
    print(f"{len(out)} predictions -> {dst}", file=sys.stderr)

if __name__ == "__main__":
    main()
