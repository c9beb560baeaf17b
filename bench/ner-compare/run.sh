#!/usr/bin/env bash
# Persons, organisations and places: vanban against underthesea's NER on the same bodies.
#
#   bench/ner-compare/run.sh [SEEDS_DIR]
#
# Runs the default vanban pipeline over SEEDS_DIR (default: SHARED/seeds), then writes a second
# documents.jsonl whose person/organization/location entities and `people` come from
# underthesea's CRF `ner` on vanban's body (everything else as vanban wrote it), scores both
# with SHARED/eval/score.py against SHARED/gold, and prints a Markdown table with the speed
# of each over the same bodies. A bench, not a test: CI never runs it.
#
# Environment: VANBAN_SHARED (default REPO/../shared, else /work/shared), CARGO_TARGET_DIR
# (default REPO/target), VANBAN_BIN (a built binary; skips the build), UNDERTHESEA_VERSION
# (default 9.5.0), VANBAN_NER_VENV (default ${XDG_CACHE_HOME:-$HOME/.cache}/vanban-ner-venv),
# REPEAT (underthesea's timed passes over the bodies, default 3), VANBAN_COPIES (copies of
# each body in vanban's timed run, default 50: it is fast enough that 3 would time its start-up),
# KEEP_OUT (copy the outputs there).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SHARED="${VANBAN_SHARED:-$ROOT/../shared}"
[[ -d "$SHARED/gold" ]] || SHARED=/work/shared
SEEDS="${1:-$SHARED/seeds}"
GOLD="$SHARED/gold"
SCORE="$SHARED/eval/score.py"
REPEAT="${REPEAT:-3}"
VANBAN_COPIES="${VANBAN_COPIES:-50}"
UT_VERSION="${UNDERTHESEA_VERSION:-9.5.0}"
VENV="${VANBAN_NER_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/vanban-ner-venv}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

for need in "$SEEDS" "$GOLD" "$SCORE"; do
    [[ -e "$need" ]] || { echo "ner-compare: $need not found (set VANBAN_SHARED)" >&2; exit 2; }
done

# The venv is cached: pip runs only when it is missing or holds another version.
if ! "$VENV/bin/python" -c "import underthesea, sys; sys.exit(underthesea.__version__ != '$UT_VERSION')" 2> /dev/null; then
    echo "ner-compare: installing underthesea $UT_VERSION into $VENV" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check "underthesea==$UT_VERSION"
fi
PY="$VENV/bin/python"

if [[ -n "${VANBAN_BIN:-}" ]]; then
    BIN="$VANBAN_BIN"
else
    echo "ner-compare: building vanban (release)" >&2
    cargo build --release -q -p vanban-cli --manifest-path "$ROOT/Cargo.toml"
    BIN="$CARGO_TARGET_DIR/release/vanban"
fi

# 1. vanban's records, and underthesea's NER swapped into copies of them.
"$BIN" run "$SEEDS" --out "$WORK/vanban" -q
VB="$WORK/vanban/documents.jsonl"
"$PY" "$HERE/ner_compare.py" swap "$VB" "$WORK/underthesea.jsonl" --repeat "$REPEAT" --timing "$WORK/ut-timing.json"
# The same with title and captions tagged too, since vanban reads those fields as well.
"$PY" "$HERE/ner_compare.py" swap "$VB" "$WORK/underthesea-all.jsonl" --fields body,title,captions
# underthesea's model tags most organisations LOC ("Sở Y tế tỉnh X" is a LOC to it): this copy
# also offers each LOC as an organization, to show how much of its orgs gap is convention.
"$PY" "$HERE/ner_compare.py" swap "$VB" "$WORK/underthesea-loc-org.jsonl" --loc-as-org
# score.py counts document.signer (vanban's, kept above) as a person: this copy blanks it.
"$PY" "$HERE/ner_compare.py" swap "$VB" "$WORK/underthesea-no-signer.jsonl" --drop-signer

# 2. vanban's time over the same bodies, VANBAN_COPIES copies of each, one worker; the extract stage
#    (every entity kind, indicators, directives: more than NER) and the whole run.
BYTES=$(python3 "$HERE/ner_compare.py" bodies "$VB" "$WORK/bodies" --copies "$VANBAN_COPIES")
"$BIN" run "$WORK/bodies" --out "$WORK/timing" --workers 1 -q --stats "$WORK/vb-stats.json"
python3 - "$WORK/vb-stats.json" "$BYTES" > "$WORK/vb-timing.json" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1]))
extract = dict(stats["stage_seconds"])["extract"]
print(json.dumps({"bytes": int(sys.argv[2]), "seconds": extract, "run_seconds": stats["seconds"]}))
PY
# underthesea's whole run: loading its models plus tagging.
python3 - "$WORK/ut-timing.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
t["run_seconds"] = t["seconds"] + t["load_seconds"]
json.dump(t, open(sys.argv[1], "w"))
PY

# 3. Scores and the table.
# --require offset_errors=0: every swapped entity's offsets must hold, or the bench fails.
for f in vanban/documents underthesea underthesea-all underthesea-loc-org underthesea-no-signer; do
    python3 "$SCORE" --gold "$GOLD" --out "$WORK/$f.jsonl" --json --require offset_errors=0 \
        > "$WORK/$(basename "$f").score.json" || { tail -1 "$WORK/$(basename "$f").score.json" >&2; exit 1; }
done
echo "seeds: $SEEDS; bodies: $((BYTES / VANBAN_COPIES)) bytes (underthesea timed over $REPEAT passes, vanban over $VANBAN_COPIES copies); underthesea $UT_VERSION; $(date -u +%F)"
python3 "$HERE/ner_compare.py" table \
    --row "vanban=$WORK/documents.score.json,$WORK/vb-timing.json" \
    --row "underthesea (body)=$WORK/underthesea.score.json,$WORK/ut-timing.json" \
    --row "underthesea (body+title+captions)=$WORK/underthesea-all.score.json" \
    --row "underthesea (body, LOC also as org)=$WORK/underthesea-loc-org.score.json" \
    --row "underthesea (body, no vanban signer)=$WORK/underthesea-no-signer.score.json"
if [[ -n "${KEEP_OUT:-}" ]]; then mkdir -p "$KEEP_OUT" && cp -r "$WORK"/. "$KEEP_OUT"; fi
