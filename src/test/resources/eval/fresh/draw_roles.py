#!/usr/bin/env python3
"""Draws the role sets fa-roles-1 and en-roles-1 (reproducible, standard library only).

Usage (from the checkout):
    src/test/resources/eval/fresh/draw_roles.py [DATA_DIR]      (DATA_DIR defaults to ../shared/data)

A uniform sample of random sentences holds few offices of state ("Russia's foreign minister"): en-fresh-2 has none.
These sets measure roles resolved by date; they are drawn, unlike the fresh sets, only from the sentences that name an
office, so they say nothing about other mentions' frequency:
- the candidates are those of draw2.py (same corpora, splitter, limits, exclusions of fa.jsonl, en.jsonl and the
  first fresh sets), minus every text and source of the second fresh sets, restricted to sentences that contain an
  office word (Persian: رئیس جمهور, رئیس جمهوری, نخست وزیر, وزیر خارجه, وزیر امور خارجه, وزرای خارجه, رهبر, with
  Arabic or Persian yeh/kaf and a space or ZWNJ; English: president, prime minister, pm, premier, foreign minister,
  fm, foreign secretary, secretary of state, as whole words);
- FA_COUNT and EN_COUNT of them are drawn uniformly with seed 20261210 (Persian) and 20261211 (English);
- ids fa-r1-NNNN, en-r1-NNNN; each row has its publication "date" as in draw2.py.

Writes unlabelled/fa-roles-1.unlabelled.jsonl and unlabelled/en-roles-1.unlabelled.jsonl.
"""
import json
import os
import random
import re
import sys

import draw
import draw2

SEED = 20261210
FA_COUNT = 150
EN_COUNT = 150
FA_OFFICE = re.compile("رئ[یي]س[\u200c ]?جمهور|نخست[\u200c ]?وز[یي]ر|وز[یي]ر[\u200c ]?(امور[\u200c ]?)?خارجه|وزرا[یي]"
                       "[\u200c ]?(امور[\u200c ]?)?خارجه|رهبر")
EN_OFFICE = re.compile(r"\b(president|prime minister|pm|premier|foreign minister|fm|foreign secretary|"
                       r"secretary of state)\b")


def main():
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(draw.EVAL, "..", "..", "..", "..", "..", "shared",
                                                                   "data")
    second = {}
    for name in ("fa-fresh-2", "en-fresh-2"):
        second[name] = draw.read_jsonl(os.path.join(draw.HERE, "unlabelled", name + ".unlabelled.jsonl"))
    # the full candidate lists of draw2 (sample sizes set to everything), then filtered
    draw.FA_COUNT, draw.EN_COUNT = 10 ** 9, 10 ** 9
    fa_all, _ = draw2.draw_fa(data_dir, draw2.Everything())
    en_all, _ = draw2.draw_en(data_dir, draw2.Everything())
    taken = {row["text"] for rows in second.values() for row in rows}
    fa = [row for row in fa_all if row["text"] not in taken and FA_OFFICE.search(row["text"])]
    en = [row for row in en_all if row["text"] not in taken and EN_OFFICE.search(row["text"])]
    fa_rows = sorted(random.Random(SEED).sample(range(len(fa)), FA_COUNT))
    en_rows = sorted(random.Random(SEED + 1).sample(range(len(en)), EN_COUNT))
    out = os.path.join(draw.HERE, "unlabelled")
    write(os.path.join(out, "fa-roles-1.unlabelled.jsonl"), [fa[i] for i in fa_rows], "fa-r1-%04d")
    write(os.path.join(out, "en-roles-1.unlabelled.jsonl"), [en[i] for i in en_rows], "en-r1-%04d")
    print("fa: %d candidates with an office word, %d drawn" % (len(fa), FA_COUNT))
    print("en: %d candidates with an office word, %d drawn" % (len(en), EN_COUNT))


def write(path, rows, id_format):
    renumbered = []
    for number, row in enumerate(rows, start=1):
        renumbered.append({"id": id_format % number, "lang": row["lang"], "source": row["source"],
                           "date": row["date"], "text": row["text"]})
    draw.write_jsonl(path, renumbered)


if __name__ == "__main__":
    main()
