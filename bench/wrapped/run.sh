#!/usr/bin/env bash
# How much of what vanban finds survives hard wrapping: the same generated documents run
# unwrapped and wrapped at several widths (as text, and as a PDF's lines), and the seeds
# wrapped and scored against their gold when ../shared is beside the repository.
#
#   bench/wrapped/run.sh [N]        (default: 1000 documents, seed 1)
#
# Environment: VANBAN_BIN (a built binary; skips the build), SYNTH_BIN (the binary that
# writes the corpora, default VANBAN_BIN: lets a binary older than `synth --wrap` be
# measured), VANBAN_BENCH_DIR (default /tmp/vanban-bench), WIDTHS (default "40 60 72 90"), PDF_WIDTH (default 80; empty leaves
# the PDF run out), SHARED (default ROOT/../shared). Prints Markdown tables.
set -euo pipefail

N=${1:-1000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/wrapped"
WORK=${VANBAN_BENCH_DIR:-${TMPDIR:-/tmp}/vanban-bench}/wrapped-n$N
WIDTHS=${WIDTHS:-40 60 72 90}
PDF_WIDTH=${PDF_WIDTH-80}
SHARED=${SHARED:-$ROOT/../shared}

if [ -z "${VANBAN_BIN:-}" ]; then
  (cd "$ROOT" && cargo build --release -q -p vanban-cli)
  VANBAN_BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/vanban
fi
SYNTH_BIN=${SYNTH_BIN:-$VANBAN_BIN}
mkdir -p "$WORK"

# corpus NAME [synth flags...]: writes the corpus once and runs the default pipeline over it.
corpus() {
  local name=$1; shift
  rm -rf "$WORK/$name" "$WORK/out-$name"
  "$SYNTH_BIN" synth --docs "$N" --seed 1 --out "$WORK/$name" -q "$@"
  "$VANBAN_BIN" run -q "$WORK/$name" --out "$WORK/out-$name" || true
}

echo "Started $(date -u '+%Y-%m-%d %H:%M') UTC; $N documents; $("$VANBAN_BIN" --version)"
corpus plain
forms=()
for w in $WIDTHS; do corpus "text-$w" --wrap "$w"; forms+=("text-$w"); done
if [ -n "$PDF_WIDTH" ]; then corpus "pdf-$PDF_WIDTH" --wrap "$PDF_WIDTH" --format pdf; forms+=("pdf-$PDF_WIDTH"); fi

for form in "${forms[@]}"; do
  echo
  echo "Wrapped: $form (found unwrapped, found wrapped, the same, share kept)"
  echo
  echo "| field | unwrapped | wrapped | same | kept |"
  echo "|---|---:|---:|---:|---:|"
  python3 "$HERE/compare.py" "$WORK/out-plain/documents.jsonl" "$WORK/out-$form/documents.jsonl"
done

if [ -d "$SHARED/seeds" ] && [ -d "$SHARED/gold" ]; then
  echo
  echo "The seeds wrapped, scored against their gold (metrics below 1 or above 0 only):"
  for w in 60 80 100; do
    rm -rf "$WORK/seeds-$w" "$WORK/out-seeds-$w"
    python3 "$HERE/wrap_seeds.py" "$SHARED/seeds" "$WORK/seeds-$w" "$w"
    "$VANBAN_BIN" run -q "$WORK/seeds-$w" --out "$WORK/out-seeds-$w" || true
    echo
    echo "Wrapped at $w:"
    echo
    python3 "$SHARED/eval/score.py" --gold "$SHARED/gold" --out "$WORK/out-seeds-$w/documents.jsonl" \
      | awk '$NF != "1.000" && $NF != "0.000" && $NF != "0" { print "    " $0 } END { print "    (the rest 1.000 or 0)" }'
  done
fi
