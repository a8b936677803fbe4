#!/usr/bin/env python3
"""Draws the third fresh evaluation sets fa-fresh-3 and en-fresh-3 (reproducible, standard library only).

Usage (from the checkout):
    src/test/resources/eval/fresh/draw3.py [DATA_DIR]      (DATA_DIR defaults to ../shared/data)

Why a third: the second sets were scored untouched (docs/accuracy.md), then their errors were read and general
causes fixed (a plural with a ZWNJ after آژانس, به as a place cue, bare "truss"); they are no longer unseen. This
draw is draw2.py's with:
- seed 20261212 (Persian) and 20261213 (English), ids fa-f3-NNNN and en-f3-NNNN;
- excluded as well as everything draw2.py excludes: every Fars article that gives a sentence of fa-fresh-2 or of
  fa-roles-1, every ABC line that is a source of en-fresh-2 or en-roles-1, and every text of those sets.
Each row has its publication "date" as in draw2.py.

Writes unlabelled/fa-fresh-3.unlabelled.jsonl and unlabelled/en-fresh-3.unlabelled.jsonl and prints the counts.
"""
import json
import os
import random
import sys

import draw
import draw2

SEED = 20261212
LATER_SETS = ("fa-fresh-2", "fa-roles-1", "en-fresh-2", "en-roles-1")


def main():
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(draw.EVAL, "..", "..", "..", "..", "..", "shared",
                                                                   "data")
    later = [row for name in LATER_SETS for row in draw.read_jsonl(os.path.join(draw.HERE, name + ".jsonl"))]
    articles = {row["source"].split(":")[1] for row in later if row["lang"] == "fa"}
    lines = {int(row["source"].split(":")[2]) for row in later if row["lang"] == "en"}
    texts = {row["text"] for row in later}

    draw.FA_COUNT, draw.EN_COUNT = 10 ** 9, 10 ** 9
    fa_all, _ = draw2.draw_fa(data_dir, draw2.Everything())
    en_all, _ = draw2.draw_en(data_dir, draw2.Everything())
    fa = [r for r in fa_all if r["source"].split(":")[1] not in articles and r["text"] not in texts]
    en = [r for r in en_all if int(r["source"].split(":")[2]) not in lines and r["text"] not in texts]
    fa_chosen = [fa[i] for i in sorted(random.Random(SEED).sample(range(len(fa)), 400))]
    en_chosen = [en[i] for i in sorted(random.Random(SEED + 1).sample(range(len(en)), 400))]
    fa_articles = {r["source"].split(":")[1] for r in fa_chosen}
    if len(fa_articles) < 150:
        sys.exit("draw3.py: only %d articles drawn (at least 150 wanted)" % len(fa_articles))
    out = os.path.join(draw.HERE, "unlabelled")
    for name, rows, prefix in (("fa-fresh-3", fa_chosen, "fa-f3-%04d"), ("en-fresh-3", en_chosen, "en-f3-%04d")):
        draw.write_jsonl(os.path.join(out, name + ".unlabelled.jsonl"),
                         [{"id": prefix % n, "lang": r["lang"], "source": r["source"], "date": r["date"],
                           "text": r["text"]} for n, r in enumerate(rows, start=1)])
    print("fa: %d candidates in %d articles, 400 drawn from %d articles"
          % (len(fa), len({r["source"].split(":")[1] for r in fa}), len(fa_articles)))
    print("en: %d candidates, 400 drawn" % len(en))


if __name__ == "__main__":
    main()
