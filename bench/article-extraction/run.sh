#!/usr/bin/env bash
# Article-extraction benchmark: runs the default vanban pipeline over the benchmark pages
# with one worker, scores the bodies with the benchmark's score.py, prints F1 and pages/s.
#
#   bench/article-extraction/run.sh [BENCH_DIR]
#
# BENCH_DIR defaults to /work/shared/bench/article-extraction (html/*.html.gz,
# ground-truth.json, score.py). Set VANBAN_BENCH_GZ=1 to feed the .gz files directly
# (needs gzip support in the decoder); by default the pages are unpacked to a temp dir.
# VANBAN_BIN=path uses that binary instead of building one. TRAFILATURA_PYTHON=path/to/python
# (a venv with trafilatura installed) also runs trafilatura over the same unpacked pages,
# one process, and scores it the same way. Each vanban run is timed REPEAT times (default 3),
# the fastest kept; all timed runs are held to one core unless ONE_CORE=0.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BENCH="${1:-/work/shared/bench/article-extraction}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [[ -z "${VANBAN_BIN:-}" ]]; then
    (cd "$ROOT" && cargo build --release -q -p vanban-cli)
fi
BIN="${VANBAN_BIN:-$TARGET/release/vanban}"

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

# "One core" taken literally: every timed run is held to CPU 0 when taskset is there, so
# that the loader and sink threads cannot borrow the other core. ONE_CORE=0 lets them.
PIN=()
if [[ "${ONE_CORE:-1}" == 1 ]] && command -v taskset > /dev/null; then
    PIN=(taskset -c 0)
    echo "timed runs held to one core (taskset -c 0)"
fi

# Warm the page cache so that the timed run measures the pipeline, not the disk.
cat "$INPUT"/* > /dev/null

# timed NAME ARGS...: runs `vanban run INPUT ARGS...` $REPEAT times (default 3) into
# $WORK/NAME and keeps the fastest: START, END and $WORK/cpu-NAME ("user system" seconds)
# describe that run. CPU time as well as wall time: on a shared machine the wall clock
# overstates the cost.
timed() {
    local name=$1 i s e best=""
    shift
    for ((i = 0; i < ${REPEAT:-3}; i++)); do
        rm -rf "$WORK/$name"
        s=$(date +%s.%N)
        /usr/bin/time -f "%U %S" -o "$WORK/cpu-try" "${PIN[@]}" "$BIN" run "$INPUT" --out "$WORK/$name" --workers 1 "$@" > "$WORK/$name.log" 2>&1 || { cat "$WORK/$name.log"; exit 1; }
        e=$(date +%s.%N)
        if [[ -z "$best" ]] || awk -v a="$e" -v b="$s" -v c="$best" 'BEGIN {exit !(a - b < c)}'; then
            best=$(awk -v a="$e" -v b="$s" 'BEGIN {print a - b}')
            START=$s
            END=$e
            cp "$WORK/cpu-try" "$WORK/cpu-$name"
        fi
    done
}

timed out --stats "$WORK/stats.json"
cp "$WORK/cpu-out" "$WORK/cpu"

python3 "$HERE/to_predictions.py" "$WORK/out/documents.jsonl" "$WORK/pred.json"
python3 "$HERE/to_predictions.py" "$WORK/out/documents.jsonl" "$WORK/pred-title.json" --with-title
echo "body only:    $(python3 "$BENCH/score.py" "$WORK/pred.json")"
echo "title + body: $(python3 "$BENCH/score.py" "$WORK/pred-title.json")"
python3 - "$PAGES" "$BYTES" "$START" "$END" "$(cat "$WORK/cpu")" "$WORK/stats.json" <<'PY'
import json, sys
pages, size, start, end = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
cpu = sum(float(x) for x in sys.argv[5].split())
secs = end - start
print(f"whole pipeline: {pages} pages, {size / pages / 1024:.0f} KB average, {secs:.2f} s wall with 1 worker: "
      f"{pages / secs:.0f} pages/s, {size / secs / 1e6:.1f} MB/s; {cpu:.2f} s CPU: {pages / cpu:.0f} pages per CPU-second")
# decode (format, encoding, HTML reading) + strip (the main-content extractor): the HTML path alone.
stages = dict(json.load(open(sys.argv[6]))["stage_seconds"])
html = stages.get("decode", 0.0) + stages.get("strip", 0.0)
if html > 0:
    print(f"HTML decode + extract alone: {html:.2f} s, {pages / html:.0f} pages/s "
          f"(decode {stages.get('decode', 0.0):.2f} s, strip {stages.get('strip', 0.0):.2f} s)")
PY
# The same pages through the part of the pipeline that does trafilatura's job (no entity
# extraction, database or report): the like-for-like speed figure.
timed article --config "$HERE/article-only.toml"
python3 "$HERE/to_predictions.py" "$WORK/article/documents.jsonl" "$WORK/pred-article.json" > /dev/null
python3 - "$PAGES" "$START" "$END" "$(cat "$WORK/cpu-article")" "$(python3 "$BENCH/score.py" "$WORK/pred-article.json")" <<'PY'
import sys
pages, start, end = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
cpu = sum(float(x) for x in sys.argv[4].split())
print(f"article only (article-only.toml: decode, clean, detect, strip, jsonl), 1 worker: {end - start:.2f} s wall, "
      f"{pages / (end - start):.0f} pages/s; {cpu:.2f} s CPU: {pages / cpu:.0f} pages per CPU-second; {sys.argv[5].split('  ')[-1]}")
PY
if [[ -n "${TRAFILATURA_PYTHON:-}" ]]; then
    "${PIN[@]}" "$TRAFILATURA_PYTHON" "$HERE/trafilatura_bench.py" "$INPUT" "$WORK/trafilatura.json"
    echo "trafilatura:  $(python3 "$BENCH/score.py" "$WORK/trafilatura.json")"
fi
if [[ -n "${KEEP_OUT:-}" ]]; then cp -r "$WORK/out" "$KEEP_OUT"; fi
