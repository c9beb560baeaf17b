#!/usr/bin/env python3
"""trafilatura_bench.py PAGES_DIR OUT.json: runs trafilatura over the unpacked pages (one process,
one core) for comparison, writes score.py predictions and prints pages/s for extraction alone."""
import json, os, sys, time
import trafilatura

def main():
    src, dst = sys.argv[1], sys.argv[2]
    names = sorted(n for n in os.listdir(src) if n.endswith(".html"))
    pages = {n[: -len(".html")]: open(os.path.join(src, n), encoding="utf-8", errors="replace").read() for n in names}
    out = {}
    start = time.perf_counter()
    for key, html in pages.items():
        out[key] = {"articleBody": trafilatura.extract(html) or ""}
    secs = time.perf_counter() - start
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)
    print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages in {secs:.2f} s, {len(pages) / secs:.1f} pages/s")

if __name__ == "__main__":
    main()
