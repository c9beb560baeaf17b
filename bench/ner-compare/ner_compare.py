#!/usr/bin/env python3
"""Helper for bench/ner-compare/run.sh: puts underthesea's NER into vanban's records, times it, prints the table.

    ner_compare.py swap IN.jsonl OUT.jsonl [--fields body] [--repeat K] [--timing FILE.json]
    ner_compare.py bodies IN.jsonl DIR [--copies K]
    ner_compare.py table --row NAME=SCORE.json[,TIMING.json] ...

`swap` needs underthesea (run it with the bench's venv python); `bodies` and `table` use
the standard library only.

swap: for every record of vanban's documents.jsonl, drops vanban's person, organization and
location entities (from every field) and its `people`, runs underthesea's CRF `ner` on each
line of the chosen fields (default: the body only), and writes the record back with
underthesea's entities (PER -> person, ORG -> organization, LOC -> location) and one `people`
entry per distinct PER name. Everything else of the record is kept as vanban wrote it.
Offsets are Unicode code points into the NFC form of the field, the contract of SCHEMA.md and
what score.py checks. With --repeat K, it then times K passes of `ner` over the same lines.
"""
import argparse
import json
import os
import re
import sys
import time
import unicodedata

TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}
REPLACED = set(TYPES.values())


class AlignmentError(Exception):
    """underthesea's words could not be laid back onto the line they came from."""


def nfc(text):
    return unicodedata.normalize("NFC", text or "")


def fold(text):
    return re.sub(r"\s+", " ", nfc(text).casefold()).strip()


# ---------------------------------------------------------------- swap (needs underthesea)

def raw_token_spans(line, tokenize):
    """(start, end, token) of underthesea's regex tokens, before its token normalisation.

    underthesea normalises characters first (NFC, and two look-alikes of đ/Đ mapped one to
    one), so positions in the normalised line are positions in the (NFC) line itself."""
    from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text

    norm = normalize_characters_in_text(line)
    if len(norm) != len(line):
        raise AlignmentError("character normalisation changed the line length")
    spans, cursor = [], 0
    for tok in tokenize(line, use_token_normalize=False):
        at = norm.find(tok, cursor)
        if at < 0 or norm[cursor:at].strip():
            raise AlignmentError(f"token {tok!r} not found in order")
        spans.append((at, at + len(tok), tok))
        cursor = at + len(tok)
    return spans


def word_spans(words, spans, token_normalize):
    """Lays each of underthesea's words (raw tokens, each normalised, joined by one space)
    onto the raw token spans: (start, end) in the line for every word."""
    out, i = [], 0
    for word in words:
        pieces, start = [], None
        while " ".join(pieces) != word:
            if i >= len(spans) or len(" ".join(pieces)) > len(word):
                raise AlignmentError(f"word {word!r} does not match the tokens")
            s, e, tok = spans[i]
            start = s if start is None else start
            pieces.append(token_normalize(tok))
            end = e
            i += 1
        out.append((start, end))
    return out


def entities_of_line(line, ner, tokenize, token_normalize):
    """underthesea's entities in one line: (type, start, end) with BIO tags merged.

    An I- tag whose type differs from the open entity starts a new one (CoNLL reading)."""
    tagged = ner(line)
    positions = word_spans([t[0] for t in tagged], raw_token_spans(line, tokenize), token_normalize)
    found, open_ = [], None
    for (word, *_, tag), (s, e) in zip(tagged, positions):
        kind = TYPES.get(tag[2:]) if tag[:2] in ("B-", "I-") else None
        if kind is None:
            open_ = None
            continue
        if tag.startswith("I-") and open_ is not None and open_[0] == kind:
            open_[2] = e
            continue
        open_ = [kind, s, e]
        found.append(open_)
    return [tuple(x) for x in found]


def field_lines(rec, field):
    """(index, line start, line) for each non-blank line of a text field (captions: each caption)."""
    texts = (rec.get("captions") or []) if field == "captions" else [rec.get(field) or ""]
    for index, text in enumerate(texts):
        text = nfc(text)
        at = 0
        for line in text.split("\n"):
            if line.strip():
                yield index, at, line
            at += len(line) + 1


def units(line, split, sent_tokenize):
    """(offset, text) of what `ner` is given: the line's sentences (underthesea's
    sent_tokenize; its model was trained on sentences), or the whole line."""
    if split != "sentence":
        return [(0, line)]
    out, cursor = [], 0
    for sentence in sent_tokenize(line):
        at = line.find(sentence, cursor)
        if at < 0:
            return [(0, line)]  # the splitter rewrote the text: tag the line whole
        out.append((at, sentence))
        cursor = at + len(sentence)
    return out


def swap_record(rec, fields, tools, stats, split="sentence", loc_as_org=False, drop_signer=False):
    ner, tokenize, token_normalize, sent_tokenize = tools
    kept = [e for e in rec.get("entities") or [] if e.get("type") not in REPLACED]
    added, people, seen = [], [], set()
    for field in fields:
        for index, base, line in field_lines(rec, field):
            for offset, unit in units(line, split, sent_tokenize):
                try:
                    found = entities_of_line(unit, ner, tokenize, token_normalize)
                except AlignmentError as err:
                    stats["units_skipped"] += 1
                    print(f"ner_compare: skipped a sentence of {field}: {err}", file=sys.stderr)
                    continue
                for kind, s, e in found:
                    added += entity_records(kind, unit[s:e], field, index, base + offset + s, loc_as_org)
                    if kind == "person" and fold(unit[s:e]) not in seen:
                        seen.add(fold(unit[s:e]))
                        people.append({"name": unit[s:e], "honorific": None, "roles": []})
    if drop_signer and isinstance(rec.get("document"), dict):
        rec["document"]["signer"] = None  # score.py counts the signer among the persons
    stats["entities"] += len(added)
    rec["entities"] = kept + added
    rec["people"] = people
    return rec


def entity_records(kind, text, field, index, start, loc_as_org):
    """The record's entity (or two: with loc_as_org, a LOC is also offered as an organization,
    to see how much of the orgs gap is only underthesea's convention of tagging them LOC)."""
    kinds = [kind] + (["organization"] if loc_as_org and kind == "location" else [])
    return [{"type": k, "text": text, "field": field, "index": index, "start": start,
             "end": start + len(text), "normalized": text, "code": None} for k in kinds]


def load_underthesea():
    from underthesea import ner, sent_tokenize
    from underthesea.pipeline.text_normalize import token_normalize
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    return ner, tokenize, token_normalize, sent_tokenize


def cmd_swap(a):
    import underthesea

    t0 = time.perf_counter()
    tools = load_underthesea()
    tools[0]("Khởi động mô hình.")  # loads the CRF models: the timed passes measure tagging only
    load_seconds = time.perf_counter() - t0
    fields = [f for f in a.fields.split(",") if f]
    records = [json.loads(line) for line in open(a.input, encoding="utf-8") if line.strip()]
    stats = {"units_skipped": 0, "entities": 0}
    with open(a.output, "w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(swap_record(rec, fields, tools, stats, a.split, a.loc_as_org, a.drop_signer), ensure_ascii=False) + "\n")
    print(f"ner_compare: underthesea {underthesea.__version__}: {stats['entities']} entities, "
          f"{stats['units_skipped']} sentences skipped (not aligned)", file=sys.stderr)
    if a.timing:
        lines = [line for rec in records for f in fields for _, _, line in field_lines(rec, f)]
        size = sum(len(line.encode("utf-8")) for line in lines) * a.repeat
        t0 = time.perf_counter()
        for _ in range(a.repeat):
            for line in lines:
                for _, unit in units(line, a.split, tools[3]):
                    tools[0](unit)
        secs = time.perf_counter() - t0
        json.dump({"bytes": size, "seconds": secs, "load_seconds": load_seconds,
                   "version": underthesea.__version__}, open(a.timing, "w"))


# ---------------------------------------------------------------- bodies, table (stdlib)

def cmd_bodies(a):
    """Writes every record's body K times as plain text files, for timing vanban on them."""
    os.makedirs(a.dir, exist_ok=True)
    size = 0
    for line in open(a.input, encoding="utf-8"):
        if not line.strip():
            continue
        rec = json.loads(line)
        name = os.path.splitext(os.path.basename((rec.get("source") or {}).get("path") or "doc"))[0]
        body = nfc(rec.get("body")).encode("utf-8")
        for k in range(a.copies):
            with open(os.path.join(a.dir, f"{name}-{k:03}.txt"), "wb") as f:
                f.write(body)
            size += len(body)
    print(size)


def cmd_table(a):
    cols = [("persons_p", "persons P"), ("persons_r", "persons R"), ("persons_f1", "persons F1"),
            ("orgs_r", "orgs R"), ("locations_r", "locations R"),
            ("extract_violations", "must-not hits"), ("offset_errors", "offset errors")]
    names = [row.split("=", 1)[0] for row in a.row]
    width = max([len("system")] + [len(n) for n in names])
    heads = ["system".ljust(width)] + [c[1] for c in cols] + ["MB/s (tagging)", "MB/s (whole run)"]
    print("| " + " | ".join(heads) + " |")
    print("|" + "|".join("-" * (len(h) + 2) for h in heads) + "|")
    for row in a.row:
        name, files = row.split("=", 1)
        score_file, _, timing_file = files.partition(",")
        total = json.load(open(score_file))["total"]
        cells = [f"{total[k]:.2f}" if not k.endswith(("_violations", "_errors")) else f"{total[k]:.0f}"
                 for k, _ in cols]
        ner_speed, run_speed = "", ""
        if timing_file:
            t = json.load(open(timing_file))
            ner_speed = f"{t['bytes'] / t['seconds'] / 1e6:.3g}"
            if "run_seconds" in t:
                run_speed = f"{t['bytes'] / t['run_seconds'] / 1e6:.3g}"
        cells = [name] + cells + [ner_speed, run_speed]
        print("| " + " | ".join(c.rjust(len(h)) if i else c.ljust(len(h)) for i, (c, h) in enumerate(zip(cells, heads))) + " |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("swap")
    s.add_argument("input")
    s.add_argument("output")
    s.add_argument("--fields", default="body", help="comma-separated: body,title,captions")
    s.add_argument("--split", choices=["sentence", "line"], default="sentence",
                   help="give ner one sentence at a time (default) or one line")
    s.add_argument("--loc-as-org", action="store_true", help="also offer every LOC as an organization")
    s.add_argument("--drop-signer", action="store_true",
                   help="also blank vanban's document.signer, which score.py counts as a person")
    s.add_argument("--repeat", type=int, default=1, help="timed passes over the same lines")
    s.add_argument("--timing", help="write {bytes, seconds, load_seconds, version} here")
    b = sub.add_parser("bodies")
    b.add_argument("input")
    b.add_argument("dir")
    b.add_argument("--copies", type=int, default=1)
    t = sub.add_parser("table")
    t.add_argument("--row", action="append", default=[], help="NAME=SCORE.json[,TIMING.json]")
    a = ap.parse_args()
    {"swap": cmd_swap, "bodies": cmd_bodies, "table": cmd_table}[a.cmd](a)


if __name__ == "__main__":
    main()
