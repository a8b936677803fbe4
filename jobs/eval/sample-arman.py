#!/usr/bin/env python3
"""Draws the ARMAN-NER sentences of src/test/resources/eval/arman/sample.txt (reproducible).

Usage: jobs/eval/sample-arman.py [ARMAN_DIR] > src/test/resources/eval/arman/sample.txt
ARMAN_DIR (default ../shared/data/arman-ner) holds test_fold1.txt..test_fold3.txt, which together are the whole
corpus, each sentence in exactly one of them. Output: each chosen sentence as in the corpus (one "token TAG" line per
token) after a line "# <file>:<sentence number, 1-based>", sentences separated by an empty line.

Strata, drawn in this order with random.Random(SEED + stratum index), without repeats:
- places: a name of src/test/resources/eval/arman/places-fa.tsv inside a loc, org, fac or event span;
- other-locations: a loc span, and no name of the list anywhere in the sentence (place names that are not ours);
- untagged-places: a name of the list, only on tokens tagged O (what ARMAN does not tag: most demonyms);
- traps: words that hold or resemble a country name but are not one (TRAPS), or Iranian provinces named Azerbaijan.
Names are compared after NORMALIZE (Arabic yeh and kaf to Persian, no ZWNJ, no hamza above).
"""
import os
import random
import sys

SEED = 20261128
QUOTAS = [("places", 160), ("other-locations", 60), ("untagged-places", 30), ("traps", 40)]
TRAPS = {"روسری", "ترکیب", "ترکیبی", "ایرانشهر", "ایرنا", "روستا", "روستای", "روستاهای", "روسای", "رؤسای",
         "ناتوان", "مالی", "چک", "هندسه", "اردنگ", "عمانی", "چینی", "ایرانیت"}
HERE = os.path.dirname(os.path.abspath(__file__))
PLACES = os.path.join(HERE, "..", "..", "src", "test", "resources", "eval", "arman", "places-fa.tsv")


def normalize(token):
    return (token.replace("\u064a", "\u06cc").replace("\u0643", "\u06a9").replace("\u200c", "")
            .replace("\u0654", "").replace("\u06c0", "\u0647"))


def read_places():
    names = set()
    for line in open(PLACES, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            names.add(tuple(normalize(t) for t in line.rstrip("\n").split("\t")[2].split(" ")))
    return names


def read_sentences(folder):
    sentences = []  # (label, [(token, tag)])
    for name in ("test_fold1.txt", "test_fold2.txt", "test_fold3.txt"):
        current, number = [], 0
        for line in open(os.path.join(folder, name), encoding="utf-8"):
            line = line.rstrip("\n")
            if line:
                token, tag = line.rsplit(" ", 1)
                current.append((token, tag))
            elif current:
                number += 1
                sentences.append(("%s:%d" % (name, number), current))
                current = []
        if current:
            number += 1
            sentences.append(("%s:%d" % (name, number), current))
    return sentences


def name_positions(tokens, names, longest):
    """(start, end) token ranges where a listed name occurs."""
    words = [normalize(t) for t, _ in tokens]
    found = []
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            if tuple(words[i:i + n]) in names:
                found.append((i, i + n))
                break
    return found


def strata_of(tokens, names, longest):
    tags = [tag for _, tag in tokens]
    in_span = [tag != "O" and not tag.endswith("-pers") and not tag.endswith("-pro") for tag in tags]
    positions = name_positions(tokens, names, longest)
    result = set()
    if any(all(in_span[i] for i in range(s, e)) for s, e in positions):
        result.add("places")
    if "B-loc" in tags and not positions:
        result.add("other-locations")
    if positions and all(tags[i] == "O" for s, e in positions for i in range(s, e)):
        result.add("untagged-places")
    words = [normalize(t) for t, _ in tokens]
    provinces = any(words[i] == "آذربایجان" and words[i + 1] in ("شرقی", "غربی") for i in range(len(words) - 1))
    if provinces or any(w in TRAPS and tags[i] == "O" for i, w in enumerate(words)):
        result.add("traps")
    return result


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "data",
                                                                   "arman-ner")
    names = read_places()
    longest = max(len(n) for n in names)
    sentences = read_sentences(folder)
    strata = [strata_of(tokens, names, longest) for _, tokens in sentences]
    taken = set()
    for index, (stratum, quota) in enumerate(QUOTAS, start=1):
        pool = [i for i in range(len(sentences)) if stratum in strata[i] and i not in taken]
        taken.update(random.Random(SEED + index).sample(pool, min(quota, len(pool))))
    out = sys.stdout
    for i in sorted(taken):
        label, tokens = sentences[i]
        out.write("# %s\n" % label)
        for token, tag in tokens:
            out.write("%s %s\n" % (token, tag))
        out.write("\n")


if __name__ == "__main__":
    main()
