#!/usr/bin/env python3
"""Turns the drafted candidates (sample_fa.py) and the hand corrections into the labelled set.

Usage: jobs/eval/apply_corrections.py candidates.jsonl jobs/eval/fa-corrections.txt OUT_OF_SCOPE > fa.jsonl

Corrections, one per line, by sentence number (fa-NNNN without the prefix):
  NNNN - ENTITY                  drop every drafted mention of ENTITY (paivand's false hits)
  NNNN + SURFACE ENTITY KIND     add the first occurrence of SURFACE that overlaps no mention yet (paivand's misses)
  NNNN note TEXT                 why a hard case is labelled the way it is
Drafted mentions of ids listed in OUT_OF_SCOPE (entities paivand knows but EVAL-FORMAT.md does not label) are dropped.
This records the first labelling pass; fa.jsonl is the reference from then on and is edited directly.
"""
import json
import sys


def main(candidates, corrections, out_of_scope_file):
    out_of_scope = {line.split()[0] for line in open(out_of_scope_file, encoding="utf-8")
                    if line.strip() and not line.startswith("#")}
    edits = {}
    for line in open(corrections, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            number, op, rest = line.rstrip("\n").split(" ", 2)
            edits.setdefault("fa-" + number, []).append((op, rest))
    for line in open(candidates, encoding="utf-8"):
        record = json.loads(line)
        text = record["text"]
        mentions = [m for m in record["mentions"] if m["entity"] not in out_of_scope]
        notes = []
        for op, rest in edits.pop(record["id"], []):
            if op == "-":
                before = len(mentions)
                mentions = [m for m in mentions if m["entity"] != rest]
                if len(mentions) == before:
                    sys.exit("%s: no drafted mention of %s to drop" % (record["id"], rest))
            elif op == "+":
                surface, entity, kind = rest.rsplit(" ", 2)
                mentions.append(place(record["id"], text, surface, entity, kind, mentions))
            elif op == "note":
                notes.append(rest)
            else:
                sys.exit("%s: unknown correction %s" % (record["id"], op))
        mentions.sort(key=lambda m: m["start"])
        out = {"id": record["id"], "lang": "fa", "source": record["source"], "text": text, "mentions": mentions}
        if notes:
            out["note"] = "; ".join(notes)
        print(json.dumps(out, ensure_ascii=False))
    if edits:
        sys.exit("corrections for unknown sentences: %s" % sorted(edits))


def place(record_id, text, surface, entity, kind, mentions):
    start = text.find(surface)
    while start >= 0:
        end = start + len(surface)
        if not any(m["start"] < end and start < m["end"] for m in mentions):
            return {"start": start, "end": end, "entity": entity, "kind": kind}
        start = text.find(surface, start + 1)
    sys.exit("%s: no free occurrence of %r" % (record_id, surface))


if __name__ == "__main__":
    main(*sys.argv[1:])
