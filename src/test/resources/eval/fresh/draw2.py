#!/usr/bin/env python3
"""Draws the second fresh evaluation sets fa-fresh-2 and en-fresh-2 (reproducible, standard library only).

Usage (from the checkout):
    src/test/resources/eval/fresh/draw2.py [DATA_DIR]      (DATA_DIR defaults to ../shared/data)

The same draw as draw.py (same splitter, same length limits, same corpora), with these differences:
- seed 20261208 (Persian) and 20261209 (English), ids fa-f2-NNNN and en-f2-NNNN;
- excluded as well as everything draw.py excludes: every Fars article that gives any sentence of fa-fresh-1 (the
  set the gazetteer was fixed on), every ABC line that is a source of en-fresh-1, and every text of either first set;
- each row has a "date": the Gregorian publication date (yyyy-MM-dd), from the Jalali date at the start of the Fars
  article id (data README, "Publication date from the link id") or from the ABC publish_date. Articles whose id does
  not decode to a date (two in fars-news-1.json) are excluded. Roles ("Russia's foreign minister") resolve by it.

Writes unlabelled/fa-fresh-2.unlabelled.jsonl and unlabelled/en-fresh-2.unlabelled.jsonl and prints the counts.
"""
import datetime
import gzip
import json
import os
import random
import sys

import draw

SEED = 20261208
HERE = draw.HERE
EVAL = draw.EVAL


def jalali_leap(jy):
    """The 33-year rule; it agrees with the calendar's astronomical leap years for 1244-1472."""
    return (jy * 8 + 29) % 33 < 8


def jalali_to_gregorian(jy, jm, jd):
    """The Gregorian date of a Jalali date, counted in days from 1399/01/01 = 2020-03-20 (data README)."""
    days = (jm - 1) * 31 + jd - 1 if jm <= 7 else 186 + (jm - 7) * 30 + jd - 1
    for year in range(min(jy, 1399), max(jy, 1399)):
        length = 366 if jalali_leap(year) else 365
        days += length if jy > 1399 else -length
    return datetime.date(2020, 3, 20) + datetime.timedelta(days=days)


def fars_date(article_id):
    """yyyy-MM-dd of a Fars id, or None: 14 digits yyyymmdd..., 10 digits yymmdd... (year 1300 + yy)."""
    if len(article_id) == 14:
        jy, jm, jd = int(article_id[0:4]), int(article_id[4:6]), int(article_id[6:8])
    elif len(article_id) == 10 and article_id[0] == "8":
        jy, jm, jd = 1300 + int(article_id[0:2]), int(article_id[2:4]), int(article_id[4:6])
    else:
        return None
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        return None
    return jalali_to_gregorian(jy, jm, jd).isoformat()


def draw_fa(data_dir, rng):
    old = draw.read_jsonl(os.path.join(EVAL, "fa.jsonl"))
    first = draw.read_jsonl(os.path.join(HERE, "fa-fresh-1.jsonl"))
    excluded_ids = {s["source"].split(":")[1] for s in old} | {s["source"].split(":")[1] for s in first}
    old_texts = {s["text"] for s in old} | {s["text"] for s in first}
    seen_ids, seen_texts, candidates = set(), set(), []
    for file_index, name in enumerate(draw.FARS_FILES):
        with open(os.path.join(data_dir, "fars", name), encoding="utf-8") as f:
            articles = json.load(f)
        for article_index, article in enumerate(articles):
            article_id = draw.ID_IN_LINK.search(article["link"]).group(1)
            if article_id in seen_ids:
                continue
            seen_ids.add(article_id)
            if article_id in excluded_ids or fars_date(article_id) is None:
                continue
            parts = [("title", article["title"]), ("abstract", article["abstract"])]
            parts += [("p%d" % n, paragraph) for n, paragraph in enumerate(article["paragraphs"])]
            for part_index, (part, text) in enumerate(parts):
                for sentence_index, sentence in enumerate(draw.split_sentences(text or "")):
                    if not draw.MIN_LEN <= len(sentence) <= draw.MAX_LEN:
                        continue
                    if sentence in seen_texts or sentence in old_texts:
                        continue
                    seen_texts.add(sentence)
                    key = (file_index, article_index, part_index, sentence_index)
                    candidates.append((key, article_id, part, sentence_index, sentence))
    chosen = sorted(rng.sample(candidates, draw.FA_COUNT))
    rows = [{"id": "fa-f2-%04d" % n, "lang": "fa", "source": "fars:%s:%s:s%d" % (aid, part, k),
             "date": fars_date(aid), "text": sentence}
            for n, (_, aid, part, k, sentence) in enumerate(chosen, start=1)]
    stats = {"excluded_articles": len(excluded_ids & seen_ids), "candidates": len(candidates),
             "candidate_articles": len({c[1] for c in candidates}), "drawn": len(rows),
             "drawn_articles": len({c[1] for c in chosen})}
    return rows, stats


def draw_en(data_dir, rng):
    old = draw.read_jsonl(os.path.join(EVAL, "en.jsonl")) + draw.read_jsonl(os.path.join(HERE, "en-fresh-1.jsonl"))
    excluded_lines = {int(s["source"].split(":")[2]) for s in old}
    old_texts = {s["text"] for s in old}
    with gzip.open(os.path.join(data_dir, "abcnews", "abcnews-date-text-head.csv.gz"), "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    candidates, seen_texts = [], set()
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        date, headline = line.split(",", 1)
        if number in excluded_lines or headline in old_texts or headline in seen_texts:
            continue
        seen_texts.add(headline)
        candidates.append((number, date, headline))
    chosen = sorted(rng.sample(candidates, draw.EN_COUNT))
    rows = [{"id": "en-f2-%04d" % i, "lang": "en", "source": "abcnews:%s:%d" % (date, number),
             "date": "%s-%s-%s" % (date[0:4], date[4:6], date[6:8]), "text": headline}
            for i, (number, date, headline) in enumerate(chosen, start=1)]
    return rows, {"excluded_lines": len(excluded_lines), "candidates": len(candidates), "drawn": len(rows)}


class Everything:
    """A stand-in for random.Random whose sample is the whole population: every candidate, in corpus order."""

    def sample(self, population, k):
        return list(population)


def main():
    assert fars_date("13990101000001") == "2020-03-20", fars_date("13990101000001")
    assert fars_date("13911222000865") == "2013-03-12", fars_date("13911222000865")
    assert fars_date("8707060255") == "2008-09-27", fars_date("8707060255")
    assert fars_date("6011171294") is None
    assert fars_date("14030101000001") == "2024-03-20" and fars_date("13821229000001") == "2004-03-19"
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(EVAL, "..", "..", "..", "..", "..", "shared",
                                                                   "data")
    fa_rows, fa_stats = draw_fa(data_dir, random.Random(SEED))
    en_rows, en_stats = draw_en(data_dir, random.Random(SEED + 1))
    if fa_stats["drawn_articles"] < 150:
        sys.exit("draw2.py: only %d articles drawn (at least 150 wanted)" % fa_stats["drawn_articles"])
    out = os.path.join(HERE, "unlabelled")
    os.makedirs(out, exist_ok=True)
    draw.write_jsonl(os.path.join(out, "fa-fresh-2.unlabelled.jsonl"), fa_rows)
    draw.write_jsonl(os.path.join(out, "en-fresh-2.unlabelled.jsonl"), en_rows)
    print("fa:", json.dumps(fa_stats))
    print("en:", json.dumps(en_stats))


if __name__ == "__main__":
    main()
