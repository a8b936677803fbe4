#!/usr/bin/env python3
"""Draws the sentences of the fresh evaluation sets fa-fresh-1 and en-fresh-1 (reproducible, standard library only).

Usage (from the checkout):
    src/test/resources/eval/fresh/draw.py [DATA_DIR]      (DATA_DIR defaults to ../shared/data)

Writes, next to this script, unlabelled/fa-fresh-1.unlabelled.jsonl and unlabelled/en-fresh-1.unlabelled.jsonl
(id, lang, source, text; no "mentions": they are not an evaluation set and cannot be scored by mistake), and prints
the counts. The labels were written by hand into fa-fresh-1.jsonl and en-fresh-1.jsonl (README.md here).

Persian (fa-f1-NNNN), from the four Fars News files in DATA_DIR/fars:
- articles are identified by the id in their link (/news/<id>); an id seen twice (4 ids occur in two files) is taken
  once, from its first file in name order;
- every article that is the source of any sentence of ../fa.jsonl (the id in its "source", fars:<id>:...) is
  excluded entirely;
- the title, the abstract and each paragraph are split into sentences after each of . ! ? ؟ (a full stop between
  two digits, as in 3.5, does not split) and at line breaks; each piece is stripped of surrounding white space
  (spaces, ZWNJ/RLM/LRM marks are not stripped inside), so every sentence is an exact substring of its source text;
- sentences shorter than 20 or longer than 400 characters are skipped, and so are repeated texts (only the first
  occurrence, in corpus order, is a candidate) and texts that are already in ../fa.jsonl;
- FA_COUNT sentences are drawn uniformly (random.Random(SEED).sample) from all candidates: no stratification.
- source = fars:<article id>:<title|abstract|pN>:s<K>: paragraph N (0-based) of "paragraphs", K = 0-based index of
  the sentence among the non-empty pieces of that text as THIS script splits it (not paivand's splitter).

English (en-f1-NNNN), from DATA_DIR/abcnews/abcnews-date-text-head.csv.gz:
- every data row whose line number is a source of ../en.jsonl, or whose headline text equals the text of any
  ../en.jsonl sentence, is excluded; of repeated headline texts only the first row is a candidate;
- EN_COUNT rows are drawn uniformly with random.Random(SEED + 1).sample;
- source = abcnews:<publish_date>:<line>, the 1-based line of the unzipped CSV (line 1 is the header), as in en.jsonl.

Both outputs are written in corpus order (file, article, part, sentence; line number), so that the sentences of one
article are read together when labelling.
"""
import gzip
import json
import os
import random
import re
import sys

SEED = 20261206
FA_COUNT = 400
EN_COUNT = 400
MIN_LEN, MAX_LEN = 20, 400
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
FARS_FILES = ["fars-news-1.json", "fars-news-2.json", "fars-news-3.json", "fars-news-4.json"]

# A sentence ends after . ! ? ؟ (not a full stop between two digits) or at a line break.
SPLIT = re.compile(r"(?<=[!?\u061F])|(?<=\.)(?!(?<=\d\.)\d)|[\r\n]+")
ID_IN_LINK = re.compile(r"/news/(\d+)")


def split_sentences(text):
    """The non-empty pieces of text, each stripped, with its index among them."""
    pieces = []
    for piece in SPLIT.split(text):
        piece = piece.strip()
        if piece:
            pieces.append(piece)
    return pieces


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def draw_fa(data_dir, rng):
    old = read_jsonl(os.path.join(EVAL, "fa.jsonl"))
    excluded_ids = {sentence["source"].split(":")[1] for sentence in old}
    old_texts = {sentence["text"] for sentence in old}
    seen_ids = set()
    candidates = []  # (order key, article id, part, sentence index, text)
    seen_texts = set()
    articles_total = 0
    for file_index, name in enumerate(FARS_FILES):
        with open(os.path.join(data_dir, "fars", name), encoding="utf-8") as f:
            articles = json.load(f)
        for article_index, article in enumerate(articles):
            match = ID_IN_LINK.search(article["link"])
            if not match:
                sys.exit("draw.py: no id in link %r" % article["link"])
            article_id = match.group(1)
            if article_id in seen_ids:
                continue
            seen_ids.add(article_id)
            articles_total += 1
            if article_id in excluded_ids:
                continue
            parts = [("title", article["title"]), ("abstract", article["abstract"])]
            parts += [("p%d" % n, paragraph) for n, paragraph in enumerate(article["paragraphs"])]
            for part_index, (part, text) in enumerate(parts):
                for sentence_index, sentence in enumerate(split_sentences(text or "")):
                    if not MIN_LEN <= len(sentence) <= MAX_LEN:
                        continue
                    if sentence in seen_texts or sentence in old_texts:
                        continue
                    seen_texts.add(sentence)
                    key = (file_index, article_index, part_index, sentence_index)
                    candidates.append((key, article_id, part, sentence_index, sentence))
    chosen = sorted(rng.sample(candidates, FA_COUNT))
    rows = []
    for number, (_, article_id, part, sentence_index, sentence) in enumerate(chosen, start=1):
        rows.append({"id": "fa-f1-%04d" % number, "lang": "fa",
                     "source": "fars:%s:%s:s%d" % (article_id, part, sentence_index), "text": sentence})
    stats = {"articles": articles_total, "excluded_articles": len(excluded_ids & seen_ids),
             "candidates": len(candidates), "candidate_articles": len({c[1] for c in candidates}),
             "drawn": len(rows), "drawn_articles": len({c[1] for c in chosen})}
    return rows, stats


def draw_en(data_dir, rng):
    old = read_jsonl(os.path.join(EVAL, "en.jsonl"))
    excluded_lines = {int(sentence["source"].split(":")[2]) for sentence in old}
    old_texts = {sentence["text"] for sentence in old}
    path = os.path.join(data_dir, "abcnews", "abcnews-date-text-head.csv.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "publish_date,headline_text":
        sys.exit("draw.py: %s does not start with the header publish_date,headline_text" % path)
    candidates = []  # (line number, date, headline)
    seen_texts = set()
    rows_total = 0
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        rows_total += 1
        date, headline = line.split(",", 1)
        if number in excluded_lines or headline in old_texts or headline in seen_texts:
            continue
        seen_texts.add(headline)
        candidates.append((number, date, headline))
    chosen = sorted(rng.sample(candidates, EN_COUNT))
    rows = []
    for index, (number, date, headline) in enumerate(chosen, start=1):
        rows.append({"id": "en-f1-%04d" % index, "lang": "en", "source": "abcnews:%s:%d" % (date, number),
                     "text": headline})
    stats = {"rows": rows_total, "excluded_lines": len(excluded_lines), "candidates": len(candidates),
             "drawn": len(rows)}
    return rows, stats


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(EVAL, "..", "..", "..", "..", "..", "shared",
                                                                   "data")
    fa_rows, fa_stats = draw_fa(data_dir, random.Random(SEED))
    en_rows, en_stats = draw_en(data_dir, random.Random(SEED + 1))
    if fa_stats["drawn_articles"] < 150:
        sys.exit("draw.py: only %d articles drawn (at least 150 wanted)" % fa_stats["drawn_articles"])
    out = os.path.join(HERE, "unlabelled")
    os.makedirs(out, exist_ok=True)
    write_jsonl(os.path.join(out, "fa-fresh-1.unlabelled.jsonl"), fa_rows)
    write_jsonl(os.path.join(out, "en-fresh-1.unlabelled.jsonl"), en_rows)
    print("fa:", json.dumps(fa_stats))
    print("en:", json.dumps(en_stats))


if __name__ == "__main__":
    main()
