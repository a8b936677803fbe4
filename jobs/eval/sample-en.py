#!/usr/bin/env python3
"""Draws the headlines of src/test/resources/eval/en.jsonl from the ABC headlines file (reproducible).

Usage: jobs/eval/sample-en.py [CSV.gz]   (default ../shared/data/abcnews/abcnews-date-text-head.csv.gz)
Prints one TSV line per chosen headline: id, source, stratum, headline. The labels are NOT made here: they were
written by hand into en.jsonl (see src/test/resources/eval/README-en.md); this script only shows how the headlines
were chosen, so that the choice can be checked and repeated.

- random: RANDOM_COUNT rows drawn with random.Random(SEED) over every data row of the file (duplicates included,
  as they occur in the corpus);
- hard strata, in the order of STRATA: rows whose headline matches the stratum's pattern (the first row of each
  headline text, not repeating the text of a row already chosen), QUOTA of them drawn with random.Random(SEED + stratum index).
`source` is abcnews:<publish_date>:<line number>, the 1-based line of the unzipped CSV (line 1 is the header).
"""
import gzip
import os
import random
import re
import sys

SEED = 20261128
RANDOM_COUNT = 150

# The pattern is searched in the lowercase headline; \b is a word boundary.
STRATA = [
    ("us", r"\bus\b", 12),  # the United States, or the pronoun
    ("us-pronoun", r"\b(let|give|gives|help|tell|tells|join|show|told|save|for|with|against|about) us\b", 8),
    ("georgia", r"\bgeorgia\b", 8),  # the country, the US state, the Augusta golf tournament
    ("jordan", r"\bjordans?\b", 8),  # the country, Michael Jordan, the Jordan F1 team
    ("chad", r"\bchad\w*\b", 2),
    ("turkey", r"\bturkeys?\b|thanksgiving", 10),  # the country, the bird
    ("china", r"\bchina\b|\bchinese\b", 6),
    # country names inside other words or longer names
    ("inside-oman", r"\b\w+oman\w*\b|\boman\w+", 5),  # woman, romania, romandie
    ("inside-niger", r"\bniger\w*", 3),
    ("inside-mali", r"\b\w*mali\w+|\b\w+mali\b", 3),  # somalia, malibu
    ("inside-peru", r"\bperu\w+", 2),
    ("inside-india", r"\bindiana\w*|\bindian ocean\b|\bwest indi", 3),
    ("inside-iran-russia", r"\b\w+(iran|russia)\w*|\biran(?!(ian|ians|s)\b)\w+", 2),
    ("inside-chile-cuba", r"\bchil\w+|\b\w+cuba\w*", 2),
    ("inside-wales", r"\bnew south wales\b|\bnsw\b", 4),
    ("inside-guinea-jersey", r"\bguinea\b|\bjersey\b|\bnew england\b|\bnew mexico\b", 3),
    ("inside-america", r"\bamericas\b|\blatin america\b|\bsouth america\b", 2),
    ("inside-australia", r"\b(western|south) australia\b", 3),
    ("demonyms", r"\b(iranian|russian|azerbaijani|azeri|armenian|turkish|iraqi|american|british|french|german"
        r"|australian|aussie|kiwi|indonesian|israeli|palestinian|korean|japanese|chinese|syrian|afghan|pakistani"
        r"|indian|brit|yank|dutch|swiss|irish|spanish|italian|saudi|fijian|samoan)s?\b", 22),
    ("target-countries", r"\b(iran|irans|russia|russias|azerbaijan|armenia|turkey|turkeys)\b", 14),
    ("bush", r"\bbush\b", 10),  # the president, or the Australian bush
    ("people", r"\b(putin|blair|straw|powell|rice|chirac|schroeder|berlusconi|aznar|villepin|fischer|ivanov"
        r"|khatami|kharrazi|erdogan|gul|sezer|kerry|clinton|condoleezza|cheney|rumsfeld|howard|downer)\b", 18),
    ("organizations", r"\b(un|united nations|nato|eu|european union|opec|iaea|osce|security council|csto|sco|brics)\b", 18),
    ("abbreviations", r"\b(uk|nz|png|aust|usa|uae|nth|sth|drc)\b", 10),
    ("baghdad", r"\bbaghdad\b", 3),
    ("capitals", r"\b(canberra|london|washington|moscow|tehran|kabul|jakarta|beijing|paris|tokyo|dili"
        r"|port moresby|wellington|ankara|baku|yerevan|tbilisi|damascus|berlin|rome|madrid)\b", 10),
    # added after the first draw (appended, so the ids above did not change): "us" that is surely the pronoun
    ("us-pronoun-phrases", r"\b(let us down|give us|bring us|rest of us|us all|us both)\b", 5),
]


def main():
    default = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "abcnews",
                           "abcnews-date-text-head.csv.gz")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "publish_date,headline_text":
        sys.exit("sample-en: %s does not start with the header publish_date,headline_text" % path)
    rows = []  # (line number, date, headline)
    for number, line in enumerate(lines[1:], start=2):
        if line:
            date, headline = line.split(",", 1)
            rows.append((number, date, headline))
    chosen = []  # (stratum, row)
    for row in sorted(random.Random(SEED).sample(rows, RANDOM_COUNT)):
        chosen.append(("random", row))
    texts = {row[2] for _, row in chosen}
    for index, (name, pattern, quota) in enumerate(STRATA, start=1):
        regex = re.compile(pattern)
        pool, seen = [], set(texts)
        for row in rows:  # the first row of each headline text only: a repeated headline would be a wasted slot
            if row[2] not in seen and regex.search(row[2]):
                pool.append(row)
                seen.add(row[2])
        picked = sorted(random.Random(SEED + index).sample(pool, min(quota, len(pool))))
        for row in picked:
            chosen.append((name, row))
            texts.add(row[2])
    for n, (stratum, (number, date, headline)) in enumerate(chosen, start=1):
        print("en-%04d\tabcnews:%s:%d\t%s\t%s" % (n, date, number, stratum, headline))


if __name__ == "__main__":
    main()
