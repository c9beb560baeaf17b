#!/usr/bin/env bash
# Article-extraction benchmark: runs the default vanban pipeline over the benchmark pages
# with one worker, scores the bodies with the benchmark's score.py, prints F1 and pages/s.
#
#   bench/article-extraction/run.sh [BENCH_DIR]
#
# BENCH_DIR defaults to /work/shared/bench/article-extraction (html/*.html.gz,
# ground-truth.json, score.py). Set VANBAN_BENCH_GZ=1 to feed the .gz files directly
# (needs gzip support in the decoder); by default the pages are unpacked to a temp dir.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BENCH="${1:-/work/shared/bench/article-extraction}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$ROOT" && cargo build --release -q -p vanban-cli)
BIN="$TARGET/release/vanban"

if [[ "${VANBAN_BENCH_GZ:-0}" == 1 ]]; then
    INPUT="$BENCH/html"
else
    # Fallback that works with or without gzip support: unpack to plain .html files.
    INPUT="$WORK/pages"
    mkdir -p "$INPUT"
    for f in "$BENCH"/html/*.html.gz; do
        gzip -dc "$f" > "$INPUT/$(basename "$f" .gz)"
    done
fi
PAGES=$(ls "$INPUT" | wc -l)
BYTES=$(cat "$INPUT"/* | wc -c)

# Warm the page cache so that the timed run measures the pipeline, not the disk.
cat "$INPUT"/* > /dev/null
START=$(date +%s.%N)
"$BIN" run "$INPUT" --out "$WORK/out" --workers 1 > "$WORK/run.log" 2>&1 || { cat "$WORK/run.log"; exit 1; }
END=$(date +%s.%N)

python3 "$HERE/to_predictions.py" "$WORK/out/documents.jsonl" "$WORK/pred.json"
python3 "$HERE/to_predictions.py" "$WORK/out/documents.jsonl" "$WORK/pred-title.json" --with-title
echo "body only:    $(python3 "$BENCH/score.py" "$WORK/pred.json")"
echo "title + body: $(python3 "$BENCH/score.py" "$WORK/pred-title.json")"
python3 - "$PAGES" "$BYTES" "$START" "$END" <<'PY'
import sys
pages, size, start, end = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
secs = end - start
print(f"{pages} pages, {size / pages / 1024:.0f} KB average, {secs:.2f} s with 1 worker: "
      f"{pages / secs:.0f} pages/s, {size / secs / 1e6:.1f} MB/s")
PY
if [[ -n "${KEEP_OUT:-}" ]]; then cp -r "$WORK/out" "$KEEP_OUT"; fi
