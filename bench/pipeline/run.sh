#!/usr/bin/env bash
# Benchmarks the default pipeline against `cat FILES | wc -w` on a generated corpus.
#
#   bench/pipeline/run.sh [N] [SEED]      (defaults: 10000 documents, seed 1)
#
# Builds the release binary, generates the corpus once per (seed, N) with `vanban synth`,
# then measures in the same run: cat > /dev/null, cat | wc -w, and `vanban run` with one
# worker and with all cores; plus peak memory on a 1,000-document corpus for comparison.
# Each timing is the best of $REPEAT runs (default 3). Prints a Markdown table.
#
# Environment: CARGO_TARGET_DIR (default ROOT/target), VANBAN_BIN (a built binary; skips
# the build), VANBAN_BENCH_DIR (default /tmp/vanban-bench), REPEAT, MEMORY_DOCS (sizes of
# further corpora, e.g. "30000 100000", each run once for its peak memory: it must not
# grow with the number of documents; 100,000 documents are about 500 MB of input).
set -euo pipefail

N=${1:-10000}
SEED=${2:-1}
REPEAT=${REPEAT:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
WORK=${VANBAN_BENCH_DIR:-${TMPDIR:-/tmp}/vanban-bench}
CORES=$(nproc)
TIME=/usr/bin/time

if [ ! -x "$TIME" ]; then
    echo "needs GNU time at $TIME (Debian/Ubuntu: apt-get install -y time)" >&2
    exit 2
fi

if [ -n "${VANBAN_BIN:-}" ]; then
    BIN=$VANBAN_BIN
else
    echo "building vanban (release)..." >&2
    cargo build --release -q -p vanban-cli --manifest-path "$ROOT/Cargo.toml"
    BIN=$CARGO_TARGET_DIR/release/vanban
fi
mkdir -p "$WORK"

# Generates the corpus of (seed, n) unless it is already there; prints its folder.
corpus() {
    local n=$1 dir="$WORK/corpus-s$SEED-n$1"
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        "$BIN" synth --docs "$n" --seed "$SEED" --out "$dir" >&2
        touch "$dir/.complete"
    fi
    find "$dir" -name '*.txt' | sort > "$dir.files"
    echo "$dir"
}

# measure LABEL COMMAND...: best wall time and the peak resident memory of that run,
# appended to $WORK/results.tsv as "label<TAB>seconds<TAB>max-rss-KiB<TAB>cpu-seconds"
# (user + system time: on a shared machine it moves less than the wall time).
# With FRESH=DIR set, DIR is removed before each run, outside the timing: every vanban run
# writes a new output folder instead of updating the previous run's database and report.
measure() {
    local label=$1 best="" rss="" cpu="" i wall kib used
    shift
    for ((i = 0; i < REPEAT; i++)); do
        if [ -n "${FRESH:-}" ]; then
            rm -rf "$FRESH"
            sync
        fi
        "$TIME" -v -o "$WORK/time.txt" "$@" > /dev/null
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s}' "$WORK/time.txt")
        kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
        used=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$WORK/time.txt")
        if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN {exit !(a < b)}'; then
            best=$wall
            rss=$kib
            cpu=$used
        fi
    done
    printf '%s\t%s\t%s\t%s\n' "$label" "$best" "$rss" "$cpu" >> "$WORK/results.tsv"
    echo "  $label: ${best}s, ${rss} KiB, ${cpu}s CPU" >&2
}

BIG=$(corpus "$N")
SMALL=$(corpus 1000)
BYTES=$(xargs -a "$BIG.files" cat | wc -c)
: > "$WORK/results.tsv"

echo "warming the page cache..." >&2
xargs -a "$BIG.files" cat > /dev/null
xargs -a "$SMALL.files" cat > /dev/null

echo "measuring ($REPEAT runs each, best kept)..." >&2
# The machine's load before and after: on a shared machine the wall times mean little without it.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
START=$(date -u '+%Y-%m-%d %H:%M UTC')
measure "cat > /dev/null" sh -c "xargs -a '$BIG.files' cat > /dev/null"
measure "cat | wc -w" sh -c "xargs -a '$BIG.files' cat | wc -w"
FRESH="$WORK/out-1" measure "vanban run --workers 1" "$BIN" run -q --workers 1 --out "$WORK/out-1" --stats "$WORK/stats-1.json" "$BIG"
# The same run held to one core: `--workers 1` alone still has the loader and the sinks on
# threads of their own, which the kernel spreads over the other core.
if command -v taskset > /dev/null; then
    FRESH="$WORK/out-1" measure "taskset -c 0 vanban run --workers 1" taskset -c 0 "$BIN" run -q --workers 1 --out "$WORK/out-1" "$BIG"
fi
FRESH="$WORK/out-$CORES" measure "vanban run --workers $CORES" "$BIN" run -q --workers "$CORES" --out "$WORK/out-$CORES" --stats "$WORK/stats-$CORES.json" "$BIG"
FRESH="$WORK/out-small" measure "vanban run --workers $CORES, 1,000 docs" "$BIN" run -q --workers "$CORES" --out "$WORK/out-small" "$SMALL"

for m in ${MEMORY_DOCS:-}; do
    dir=$(corpus "$m")
    REPEAT=1 FRESH="$WORK/out-memory" measure "vanban run --workers $CORES, $m docs" "$BIN" run -q --workers "$CORES" --out "$WORK/out-memory" "$dir"
done

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$WORK" "$N" "$BYTES" "$CORES" "$START" "$LOAD_BEFORE" "$LOAD_AFTER" <<'PY'
import json, sys
work, n, size, cores = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
print(f"Started {sys.argv[5]}; load average (1, 5, 15 min) {sys.argv[6]} before, {sys.argv[7]} after\n")
rows = [l.rstrip("\n").split("\t") for l in open(f"{work}/results.tsv")]
res = {label: (float(s), int(k) / 1024) for label, s, k, _ in rows}
cpu = {label: float(c) for label, _, _, c in rows}
print(f"Corpus: {n:,} documents, {size / 1e6:.1f} MB (`vanban synth --seed` as given), {cores} cores\n")
print("| command | wall s | CPU s | MB/s | docs/s | peak RSS MiB |")
print("|---|---:|---:|---:|---:|---:|")
sized = {}  # the memory runs over further corpora: label -> documents
for label in res:
    if label.endswith(" docs") and "1,000" not in label:
        sized[label] = int(label.rsplit(", ", 1)[1].split()[0])
for label, (secs, mib) in res.items():
    if label in sized:
        continue
    docs = 1000 if "1,000" in label else n
    mb = size / 1e6 * docs / n
    shown = label.replace("|", "\\|")
    print(f"| `{shown}` | {secs:.2f} | {cpu[label]:.2f} | {mb / secs:.1f} | {docs / secs:,.0f} | {mib:.1f} |")
wc = res["cat | wc -w"][0]
one = res["vanban run --workers 1"][0]
many, many_mib = res[f"vanban run --workers {cores}"]
small_mib = res[f"vanban run --workers {cores}, 1,000 docs"][1]
print()
print(f"- vanban ({cores} workers) / `cat | wc -w`: **{many / wc:.2f}x** the time")
print(f"- speed-up of {cores} workers over 1: **{one / many:.2f}x**")
pinned = res.get("taskset -c 0 vanban run --workers 1")
if pinned:
    print(f"- speed-up of {cores} workers on {cores} cores over 1 worker held to one core: **{pinned[0] / many:.2f}x**")
print(f"- peak memory {n:,} docs / 1,000 docs: **{many_mib / small_mib:.2f}x**")
for label, docs in sized.items():
    secs, mib = res[label]
    print(f"- peak memory {docs:,} docs / 1,000 docs: **{mib / small_mib:.2f}x** ({mib:.1f} MiB, one run, {secs:.1f} s)")
print()
print("Time inside each stage (seconds, summed over workers):\n")
stats = {w: json.load(open(f"{work}/stats-{w}.json")) for w in ("1", cores)}
print(f"| stage | --workers 1 | --workers {cores} |")
print("|---|---:|---:|")
for (name, a), (_, b) in zip(stats["1"]["stage_seconds"], stats[cores]["stage_seconds"]):
    print(f"| {name} | {a:.2f} | {b:.2f} |")
for w, s in stats.items():
    if s["failed"]:
        print(f"\n(--workers {w}: {s['failed']} documents failed: {s['failures_by_cause']})")
PY
