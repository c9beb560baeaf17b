#!/usr/bin/env bash
# Benchmarks the default pipeline against `cat FILES | wc -w` on a generated corpus.
#
#   bench/pipeline/run.sh [N] [SEED]      (defaults: 10000 documents, seed 1)
#
# Builds the release binary, generates the corpus once per (seed, N) with `vanban synth`,
# then measures in the same run: cat > /dev/null, cat | wc -w, and `vanban run` with one
# worker and with all cores, its transforms alone with no output (the floor under any
# choice of sinks), and the same run with its plugins loaded from shared libraries instead
# of linked in (what crossing the plugin boundary costs); plus peak memory on a
# 1,000-document corpus for comparison, and runs into an output folder that already holds
# a database: the all-cores run's (over the same documents again, and over 1,000 other
# documents) and the 1,000-document run's (over the whole corpus); and the all-cores run
# over the same documents written in Windows-1258, TCVN3 and VNI, as PDF and as DOCX.
# Each timing is the best of $REPEAT rounds (default 3), each round running every command
# once. Prints a Markdown table.
#
# Environment: CARGO_TARGET_DIR (default ROOT/target), VANBAN_BIN (a built binary; skips
# the build), VANBAN_BENCH_DIR (default /tmp/vanban-bench), REPEAT, MEMORY_DOCS (sizes of
# further corpora, e.g. "30000 100000", each run for its peak memory: it must not grow with
# the number of documents; 100,000 documents are about 500 MB of input), MEMORY_REPEAT
# (runs of each of those, default 1: a single peak moves by 10-15 MiB from run to run, so
# the table shows the lowest and highest), DYNAMIC=0 (leaves out the run with loaded
# plugins, and their build), UPDATES=0 (leaves out the runs that update an earlier run's
# database), LARGE_MB (sizes in MB of single documents, e.g. "10 40", each made by joining
# the corpus's documents end to end and run MEMORY_REPEAT times: a document's time and
# memory should grow in proportion to its length), LEGACY=0 (leaves out the runs over the
# same documents written in Windows-1258, TCVN3 and VNI), PDF=0 and DOCX=0 (leave out the runs over them
# as PDF and as DOCX).
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

# Generates the corpus of (seed, n) unless it is already there; prints its folder. The seed
# is SEED unless given.
# The corpus of N documents and SEED, written as KIND: utf-8, windows-1258, tcvn3 or vni
# text, pdf or docx.
corpus() {
    local n=$1 seed=${2:-$SEED} kind=${3:-utf-8}
    local dir="$WORK/corpus-s$seed-n$n" form=(--encoding "$kind") ext=txt
    [ "$kind" = utf-8 ] || dir="$dir-$kind"
    case $kind in pdf | docx) form=(--format "$kind") ext=$kind ;; esac
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        "$BIN" synth --docs "$n" --seed "$seed" "${form[@]}" --out "$dir" >&2
        touch "$dir/.complete"
    fi
    find "$dir" -name "*.$ext" | sort > "$dir.files"
    echo "$dir"
}

# Reads the run GNU time just described: wall seconds, peak resident KiB and CPU seconds
# (user + system time: on a shared machine it moves less than the wall time).
timed() {
    awk -F': ' '
        /Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; wall = s}
        /Maximum resident set size/ {kib = $2}
        /User time|System time/ {cpu += $2}
        END {print wall, kib, cpu}' "$WORK/time.txt"
}

# The commands to time: a label, a folder to remove before each run (outside the timing,
# so that every vanban run writes a new output folder instead of updating the previous
# run's database and report; "" for none), the command, for sh -c, and optionally what to
# do after the removal, also outside the timing (put a database there to update).
LABELS=()
FRESH_DIRS=()
COMMANDS=()
PREPARE=()
add() {
    LABELS+=("$1")
    FRESH_DIRS+=("$2")
    COMMANDS+=("$3")
    PREPARE+=("${4:-}")
}

# Runs command K once and keeps its figures if it is the fastest run of K so far.
declare -A BEST RSS CPU PEAKS
run_once() {
    local k=$1 wall kib used
    local label=${LABELS[$k]}
    if [ -n "${FRESH_DIRS[$k]}" ]; then
        rm -rf "${FRESH_DIRS[$k]}"
        if [ -n "${PREPARE[$k]}" ]; then
            sh -c "${PREPARE[$k]}"
        fi
        sync
    fi
    "$TIME" -v -o "$WORK/time.txt" sh -c "${COMMANDS[$k]}" > /dev/null
    read -r wall kib used < <(timed)
    PEAKS[$label]="${PEAKS[$label]:-} $kib"
    if [ -z "${BEST[$label]:-}" ] || awk -v a="$wall" -v b="${BEST[$label]}" 'BEGIN {exit !(a < b)}'; then
        BEST[$label]=$wall
        RSS[$label]=$kib
        CPU[$label]=$used
    fi
}

# Appends command K's best to $WORK/results.tsv as
# "label<TAB>seconds<TAB>max-rss-KiB<TAB>cpu-seconds<TAB>every run's max-rss-KiB".
record() {
    local label=${LABELS[$1]}
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "${BEST[$label]}" "${RSS[$label]}" "${CPU[$label]}" "${PEAKS[$label]# }" >> "$WORK/results.tsv"
    echo "  $label: ${BEST[$label]}s, ${RSS[$label]} KiB, ${CPU[$label]}s CPU" >&2
}

BIG=$(corpus "$N")
SMALL=$(corpus 1000)
BYTES=$(xargs -a "$BIG.files" cat | wc -c)
: > "$WORK/results.tsv"

echo "warming the page cache..." >&2
xargs -a "$BIG.files" cat > /dev/null
xargs -a "$SMALL.files" cat > /dev/null

# The machine's load before and after: on a shared machine the wall times mean little without it.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
START=$(date -u '+%Y-%m-%d %H:%M UTC')
add "cat > /dev/null" "" "xargs -a '$BIG.files' cat > /dev/null"
add "cat | wc -w" "" "xargs -a '$BIG.files' cat | wc -w"
add "vanban run --workers 1" "$WORK/out-1" "exec '$BIN' run -q --workers 1 --out '$WORK/out-1' --stats '$WORK/stats-1.json' '$BIG'"
# The same run held to one core: `--workers 1` alone still has the loader and the sinks on
# threads of their own, which the kernel spreads over the other core.
if command -v taskset > /dev/null; then
    add "taskset -c 0 vanban run --workers 1" "$WORK/out-1" "exec taskset -c 0 '$BIN' run -q --workers 1 --out '$WORK/out-1' '$BIG'"
fi
add "vanban run --workers $CORES" "$WORK/out-$CORES" "exec '$BIN' run -q --workers $CORES --out '$WORK/out-$CORES' --stats '$WORK/stats-$CORES.json' '$BIG'"
# The floor under any choice of outputs: the default pipeline with its sinks left out (the
# stage types that `vanban stages` calls sinks).
"$BIN" stages --json | python3 -c '
import json, re, sys
sinks = {s["type"] for s in json.load(sys.stdin) if s["kind"] == "sink"}
head, *stages = open(sys.argv[1]).read().split("\n[[stages]]")
kept = [s for s in stages if re.search(r"^type = \"(\w+)\"", s, re.M).group(1) not in sinks]
print(head + "".join("\n[[stages]]" + s for s in kept))
' "$ROOT/core/pipelines/default.toml" > "$WORK/transforms-only.toml"
add "vanban run --workers $CORES, transforms only" "$WORK/out-transforms" "exec '$BIN' run -q --workers $CORES --config '$WORK/transforms-only.toml' --out '$WORK/out-transforms' '$BIG'"
# The built-in plugins as shared libraries, each replacing its linked-in twin. Built in a
# target folder of their own: with the feature `dynamic` in the main one, the next plain
# build would overwrite them without their entry point.
if [ "${DYNAMIC:-1}" != 0 ]; then
    echo "building the plugins as shared libraries..." >&2
    LOADS=""
    for dir in "$ROOT"/plugins/*/; do
        name=$(basename "$dir")
        [ "$name" = sdk ] && continue
        CARGO_TARGET_DIR="$WORK/plugin-target" cargo build --release -q -p "vanban-plugin-$name" --features dynamic --manifest-path "$ROOT/Cargo.toml"
        LOADS="$LOADS --load '$WORK/plugin-target/release/libvanban_plugin_${name//-/_}.so'"
    done
    add "vanban run --workers $CORES, plugins loaded" "$WORK/out-loaded" "exec '$BIN' run -q --workers $CORES$LOADS --out '$WORK/out-loaded' '$BIG'"
fi
add "vanban run --workers $CORES, 1,000 docs" "$WORK/out-small" "exec '$BIN' run -q --workers $CORES --out '$WORK/out-small' '$SMALL'"
# The same documents as an older site serves them, in Windows-1258, and as the legacy font
# encodings TCVN3 and VNI wrote them: the decoder must weigh the Vietnamese 8-bit readings
# before it can read a word.
if [ "${LEGACY:-1}" != 0 ]; then
    for kind in windows-1258 tcvn3 vni; do
        dir=$(corpus "$N" "$SEED" "$kind")
        xargs -a "$dir.files" cat > /dev/null
        add "vanban run --workers $CORES, $kind" "$WORK/out-$kind" "exec '$BIN' run -q --workers $CORES --out '$WORK/out-$kind' '$dir'"
    done
fi
# The same documents as PDF, each text line a line of the text layer, as typesetters and
# word processors lay them out (lopdf parses each file, its font and its content), and as
# DOCX, a paragraph a line in several runs (unzipped, then its XML read).
for kind in pdf docx; do
    upper=$(echo "$kind" | tr a-z A-Z)
    [ "${!upper:-1}" != 0 ] || continue
    dir=$(corpus "$N" "$SEED" "$kind")
    xargs -a "$dir.files" cat > /dev/null
    add "vanban run --workers $CORES, $kind" "$WORK/out-$kind" "exec '$BIN' run -q --workers $CORES --out '$WORK/out-$kind' '$dir'"
done
# Later runs into an output folder that holds the database of a run above (which comes
# first in each round): the $CORES-worker run's, over the same documents again and over
# 1,000 others; and the 1,000-document run's, over the whole corpus.
if [ "${UPDATES:-1}" != 0 ]; then
    OTHER=$(corpus 1000 $((SEED + 1)))
    xargs -a "$OTHER.files" cat > /dev/null
    # Puts the database of output folder $1 into output folder $2.
    keep_db() {
        echo "mkdir -p '$WORK/$2' && cp '$WORK/$1/vanban.db' '$WORK/$2/'"
    }
    add "vanban run --workers $CORES, again into its database" "$WORK/out-again" "exec '$BIN' run -q --workers $CORES --out '$WORK/out-again' '$BIG'" "$(keep_db "out-$CORES" out-again)"
    add "vanban run --workers $CORES, 1,000 other docs, new folder" "$WORK/out-other" "exec '$BIN' run -q --workers $CORES --out '$WORK/out-other' '$OTHER'"
    add "vanban run --workers $CORES, 1,000 other docs into its database" "$WORK/out-added" "exec '$BIN' run -q --workers $CORES --out '$WORK/out-added' '$OTHER'" "$(keep_db "out-$CORES" out-added)"
    add "vanban run --workers $CORES, into the 1,000-doc database" "$WORK/out-grown" "exec '$BIN' run -q --workers $CORES --out '$WORK/out-grown' '$BIG'" "$(keep_db out-small out-grown)"
fi

# Round by round, every command once a round: a slow spell of a shared host then falls on
# every command alike instead of on whichever was being repeated, and the ratios hold.
echo "measuring ($REPEAT rounds of every command, best kept)..." >&2
for ((round = 0; round < REPEAT; round++)); do
    for k in "${!LABELS[@]}"; do
        run_once "$k"
    done
done
for k in "${!LABELS[@]}"; do
    record "$k"
done

# Adds a command (the arguments of `add`) and runs it MEMORY_REPEAT times on its own.
measure_alone() {
    add "$@"
    local k=$((${#LABELS[@]} - 1))
    for ((round = 0; round < ${MEMORY_REPEAT:-1}; round++)); do
        run_once "$k"
    done
    record "$k"
}

for m in ${MEMORY_DOCS:-}; do
    dir=$(corpus "$m")
    measure_alone "vanban run --workers $CORES, $m docs" "$WORK/out-memory" "exec '$BIN' run -q --workers $CORES --out '$WORK/out-memory' '$dir'"
done

# One document of the given size in MB, made of the corpus's documents joined by blank
# lines (from the first again if the corpus is smaller); prints its folder.
large_document() {
    local mb=$1 dir="$WORK/large-s$SEED-n$N-${1}mb"
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        mkdir -p "$dir"
        python3 - "$BIG.files" "$mb" "$dir/one.txt" <<'PY'
import itertools, sys
files, want, out = open(sys.argv[1]).read().split(), float(sys.argv[2]) * 1e6, sys.argv[3]
with open(out, "wb") as f:
    size = 0
    for path in itertools.cycle(files):
        text = open(path, "rb").read()
        f.write(text + b"\n\n")
        size += len(text) + 2
        if size >= want:
            break
PY
        touch "$dir/.complete"
    fi
    echo "$dir"
}

for mb in ${LARGE_MB:-}; do
    dir=$(large_document "$mb")
    measure_alone "vanban run, one document of $mb MB" "$WORK/out-large" "exec '$BIN' run -q --out '$WORK/out-large' --stats '$WORK/stats-large-$mb.json' '$dir'"
done

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$WORK" "$N" "$BYTES" "$CORES" "$START" "$LOAD_BEFORE" "$LOAD_AFTER" "$SEED" <<'PY'
import json, os, sys
work, n, size, cores, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[8]
print(f"Started {sys.argv[5]}; load average (1, 5, 15 min) {sys.argv[6]} before, {sys.argv[7]} after\n")
rows = [l.rstrip("\n").split("\t") for l in open(f"{work}/results.tsv")]
res = {label: (float(s), int(k) / 1024) for label, s, k, _, _ in rows}
cpu = {label: float(c) for label, _, _, c, _ in rows}
peaks = {label: [int(p) / 1024 for p in every.split()] for label, _, _, _, every in rows}
if min(secs for secs, _ in res.values()) <= 0:
    sys.exit(f"a command took no measurable time (GNU time counts hundredths of a second): "
             f"{n:,} documents are too few to time; take 1,000 or more")
print(f"Corpus: {n:,} documents, {size / 1e6:.1f} MB (`vanban synth --seed` as given), {cores} cores\n")
print("| command | wall s | CPU s | MB/s | docs/s | peak RSS MiB |")
print("|---|---:|---:|---:|---:|---:|")
sized = {}  # the memory runs over further corpora: label -> documents
large = {}  # the single large documents: label -> MB asked for
for label in res:
    if label.endswith(" docs") and "1,000" not in label:
        sized[label] = int(label.rsplit(", ", 1)[1].split()[0])
    if label.startswith("vanban run, one document of "):
        large[label] = label.rsplit(" of ", 1)[1].split()[0]
for label, (secs, mib) in res.items():
    if label in sized or label in large:
        continue
    docs = 1000 if label.endswith("1,000 docs") or "1,000 other docs" in label else n
    if "other docs" in label:
        print(f"| `{label}` | {secs:.2f} | {cpu[label]:.2f} | | {docs / secs:,.0f} | {mib:.1f} |")
        continue
    mb = size / 1e6 * docs / n
    shown = label.replace("|", "\\|")
    print(f"| `{shown}` | {secs:.2f} | {cpu[label]:.2f} | {mb / secs:.1f} | {docs / secs:,.0f} | {mib:.1f} |")
wc = res["cat | wc -w"][0]
one = res["vanban run --workers 1"][0]
many, many_mib = res[f"vanban run --workers {cores}"]
small_mib = res[f"vanban run --workers {cores}, 1,000 docs"][1]
print()
print(f"- vanban ({cores} workers) / `cat | wc -w`: **{many / wc:.2f}x** the time")
bare = res.get(f"vanban run --workers {cores}, transforms only")
if bare:
    print(f"- the transforms alone, no output ({cores} workers) / `cat | wc -w`: **{bare[0] / wc:.2f}x** the time")
loaded = f"vanban run --workers {cores}, plugins loaded"
if loaded in res:
    print(f"- the plugins loaded from shared libraries / linked in: **{res[loaded][0] / many:.2f}x** the time, {cpu[loaded] / cpu[f'vanban run --workers {cores}']:.2f}x the CPU")
print(f"- speed-up of {cores} workers over 1: **{one / many:.2f}x**")
pinned = res.get("taskset -c 0 vanban run --workers 1")
if pinned:
    print(f"- speed-up of {cores} workers on {cores} cores over 1 worker held to one core: **{pinned[0] / many:.2f}x**")
print(f"- peak memory {n:,} docs / 1,000 docs: **{many_mib / small_mib:.2f}x**")
for kind, name in (("windows-1258", "Windows-1258"), ("tcvn3", "TCVN3"), ("vni", "VNI")):
    legacy = res.get(f"vanban run --workers {cores}, {kind}")
    if legacy:
        print(f"- the same documents in {name} / in UTF-8: **{legacy[0] / many:.2f}x** the time")
for kind in ("PDF", "DOCX"):
    other = res.get(f"vanban run --workers {cores}, {kind.lower()}")
    if other:
        print(f"- the same documents as {kind} / as UTF-8 text: **{other[0] / many:.2f}x** the time")
again = res.get(f"vanban run --workers {cores}, again into its database")
if again:
    print(f"- the same {n:,} documents again, into the database of the first run: **{again[0] / many:.2f}x** the first run's time")
added = res.get(f"vanban run --workers {cores}, 1,000 other docs into its database")
if added:
    fresh = res[f"vanban run --workers {cores}, 1,000 other docs, new folder"][0]
    print(f"- 1,000 other documents added to the {n:,}-document database: {added[0]:.2f} s, **{added[0] / fresh:.2f}x** their time into a new folder")
grown = res.get(f"vanban run --workers {cores}, into the 1,000-doc database")
if grown:
    print(f"- the {n:,} documents into the 1,000-document run's database: **{grown[0] / many:.2f}x** the time of a new folder")
for label, docs in sized.items():
    secs, mib = res[label]
    low, high, runs = min(peaks[label]), max(peaks[label]), len(peaks[label])
    if runs == 1:
        print(f"- peak memory {docs:,} docs / 1,000 docs: **{mib / small_mib:.2f}x** ({mib:.1f} MiB, one run, {secs:.1f} s)")
    else:
        print(f"- peak memory {docs:,} docs / 1,000 docs: **{low / small_mib:.2f}x–{high / small_mib:.2f}x** ({low:.1f}–{high:.1f} MiB over {runs} runs; fastest {secs:.1f} s)")
if large:
    # One document runs on one lane: its speed compares with one worker's over many.
    per_doc = size / 1e6 / one
    print(f"\nSingle large documents (one worker's speed over the {n:,} documents: {per_doc:.1f} MB/s):\n")
    print("| document | wall s | MB/s | vs one worker over many | peak RSS MiB | MiB over the 1,000 docs' peak, per MB |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, mb in large.items():
        secs, mib = res[label]
        doc_mb = os.path.getsize(f"{work}/large-s{seed}-n{n}-{mb}mb/one.txt") / 1e6
        low, high = min(peaks[label]), max(peaks[label])
        shown_peak = f"{low:.1f}" if low == high else f"{low:.1f}–{high:.1f}"
        print(f"| {doc_mb:.1f} MB | {secs:.2f} | {doc_mb / secs:.1f} | {doc_mb / secs / per_doc:.2f}x | {shown_peak} | {(high - small_mib) / doc_mb:.1f} |")
        s = json.load(open(f"{work}/stats-large-{mb}.json"))
        if s["failed"]:
            print(f"\n(the {mb} MB document failed: {s['failures_by_cause']})")
print()
print("Time inside each stage (seconds of wall time, summed over workers; a stage's time")
print("includes waits for a core, so the sinks, each a thread of its own, count high):\n")
stats = {w: json.load(open(f"{work}/stats-{w}.json")) for w in ("1", cores)}
print(f"| stage | --workers 1 | --workers {cores} |")
print("|---|---:|---:|")
for (name, a), (_, b) in zip(stats["1"]["stage_seconds"], stats[cores]["stage_seconds"]):
    print(f"| {name} | {a:.2f} | {b:.2f} |")
for w, s in stats.items():
    if s["failed"]:
        print(f"\n(--workers {w}: {s['failed']} documents failed: {s['failures_by_cause']})")
PY
