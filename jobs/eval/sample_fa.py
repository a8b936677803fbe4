#!/usr/bin/env python3
"""Draws the candidate sentences of src/test/resources/eval/fa.jsonl from the Fars News files, reproducibly.

Usage: jobs/eval/sample_fa.py [FARS_DIR] > candidates.jsonl   (FARS_DIR defaults to ../shared/data/fars)

1. Every title, abstract and paragraph of the 1,200 articles goes through `bin/paivand extract --jsonl`, which
   splits it into sentences (paivand's own splitter; each sentence is an exact substring of the source) and
   pre-annotates the mentions paivand finds.
2. Sentences of 20..350 characters are kept (longer ones are too slow to check by hand), duplicates dropped.
3. Stratum "random": 150 sentences drawn uniformly with random.Random(SEED).
4. Stratum "hard": for each group in HARD_GROUPS (traps, people, organizations, countries and demonyms that the
   matcher may miss), up to its quota of the sentences whose text (after mapping Arabic yeh/kaf to Persian) matches
   one of its words, drawn with the same generator, skipping sentences already chosen.
The output is in the format of EVAL-FORMAT.md with paivand's mentions as a first draft; every line was then read and
corrected by hand (see src/test/resources/eval/README.md).
"""
import json
import os
import random
import re
import subprocess
import sys

SEED = 4_2026
RANDOM_COUNT = 160
HOME = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# group name -> (quota, words). Words are matched after ي->ی, ك->ک, ZWNJ->space, as whole or partial words
# on purpose: a trap must be drawn whether or not paivand gets it right.
HARD_GROUPS = [
    ("trap-words", 14, ["روسری", "ترکیب", "ایرنا", "ایرانشهر", "روستا", "روسای"]),
    ("trap-provinces", 12, ["آذربایجان شرقی", "آذربایجان غربی", "آذربایجانشرقی", "آذربایجانغربی"]),
    ("trap-homographs", 14, [r"\bمصر\b", r"\bقطر\b", r"\bکابل\b", r"به یمن\b", r"\bظریف\b"]),
    ("azerbaijan", 10, ["آذربایجان", "آذری", "باکو", "علی اف", "نخجوان"]),
    ("armenia-karabakh", 8, ["ارمنستان", "ارمنی", "ایروان", "قره باغ", "قرهباغ", "قفقاز", "مینسک"]),
    ("russia", 10, ["روسیه", r"\bروس\b", "مسکو", "پوتین", "لاوروف", "مدودف", "کرملین"]),
    ("turkey", 8, ["ترکیه", "آنکارا", "اردوغان", "داود اوغلو", "عبدالله گل", r"\bترک\b"]),
    ("us-eu", 14, ["آمریکا", "امریکا", "واشنگتن", "بوش", "اوباما", "ترامپ", "کلینتون", "رایس", "کری",
                   "انگلیس", "فرانسه", "آلمان", "اروپا", "بلر", "سارکوزی", "مرکل"]),
    ("iran-people", 14, ["احمدی نژاد", "احمدینژاد", "روحانی", "خاتمی", "متکی", "ولایتی", "صالحی", "خامنه ای",
                         "رئیسی", "عراقچی", "خرازی", "رئیس جمهور", "وزیر امور خارجه", "وزیر خارجه"]),
    ("organizations", 14, ["سازمان ملل", "اتحادیه اروپا", "ناتو", "آژانس", "اوپک", "شانگهای", "بریکس",
                           "امنیت و همکاری", "شورای امنیت", "پیمان امنیت جمعی"]),
    ("other-countries", 12, ["عراق", "افغانستان", "پاکستان", "چین", "هند", "سوریه", "لبنان", "عربستان", "اسرائیل",
                             "صهیونیست", "ژاپن", "ونزوئلا", "گرجستان", "ترکمنستان", "تاجیکستان", "قزاقستان",
                             "ازبکستان", "اوکراین", "کشورهای"]),
    ("demonyms", 20, ["ایرانی", "عراقی", "افغان", "آمریکایی", "روس ها", "روسی", "عرب", "اروپایی", "انگلیسی",
                      "فرانسوی", "آلمانی", "ترک ها", "چینی", "هندی", "پاکستانی", "لبنانی", "سوری"]),
    # drawn last, so that adding it left the draws above unchanged: more in-scope people and organizations,
    # including names the gazetteer does not know
    ("people-organizations", 40, ["متکی", "خرازی", "صالحی", "ظریف", "لاوروف", "پوتین", "مدودف", "ایوانف",
                                  "کوچاریان", "سرکیسیان", "سارکیسیان", "پاشینیان", "علی اف", "علیف", "اردوغان",
                                  "عبدالله گل", "داود اوغلو", "داوود اوغلو", "باباجان", "چاووش", "بوش", "اوباما",
                                  "ترامپ", "بایدن", "پاول", "رایس", "کلینتون", "کری", "پمپئو", "پامپئو",
                                  "شیراک", "سارکوزی", "مرکل", "شرودر", "بلر", "استراو", "سولانا", "احمدی نژاد",
                                  "احمدینژاد", "خاتمی", "روحانی", "خامنه ای", "ناتو", "اوپک", "سازمان ملل",
                                  "اتحادیه اروپا", "آژانس بین المللی", "شانگهای", "امنیت و همکاری"]),
]


def persian(text):
    return text.replace("\u064A", "\u06CC").replace("\u0643", "\u06A9").replace("\u200C", " ")


def units(fars_dir):
    for name in sorted(os.listdir(fars_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(fars_dir, name), encoding="ascii") as f:
            articles = json.load(f)
        for index, article in enumerate(articles):
            article_id = re.search(r"/news/(\d+)", article["link"]).group(1)
            parts = [("title", article["title"]), ("abstract", article["abstract"])]
            parts += [("p%d" % i, p) for i, p in enumerate(article["paragraphs"])]
            for part, text in parts:
                if text:
                    yield {"id": "%s:%d:%s:%s" % (name, index, article_id, part), "text": text}


def main():
    fars_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HOME, "..", "shared", "data", "fars")
    lines = "".join(json.dumps(u, ensure_ascii=False) + "\n" for u in units(fars_dir))
    result = subprocess.run([os.path.join(HOME, "bin", "paivand"), "extract", "--jsonl", "-"], input=lines,
                            capture_output=True, text=True, check=True)
    kinds = entity_kinds()
    sentences, seen = [], set()
    for line in result.stdout.splitlines():
        record = json.loads(line)
        file_name, index, article_id, part = record["id"].split(":")
        for sentence in record["sentences"]:
            text = sentence["text"]
            if not 20 <= len(text) <= 350 or text in seen:
                continue
            seen.add(text)
            mentions = [{"start": m["start"] - sentence["start"], "end": m["end"] - sentence["start"],
                         "entity": m["entity"], "kind": kinds.get(m["entity"], "country")}
                        for m in sentence["mentions"]]
            sentences.append({"source": "fars:%s:%s:s%d" % (article_id, part, sentence["index"]),
                              "file": "%s#%s" % (file_name, index), "text": text, "mentions": mentions})
    rng = random.Random(SEED)
    chosen = [(s, "random") for s in rng.sample(sentences, RANDOM_COUNT)]
    taken = {s["source"] for s, _ in chosen}
    for group, quota, words in HARD_GROUPS:
        patterns = [re.compile(w) for w in words]
        pool = [s for s in sentences if s["source"] not in taken and any(p.search(persian(s["text"])) for p in patterns)]
        for s in rng.sample(pool, min(quota, len(pool))):
            chosen.append((s, "hard:" + group))
            taken.add(s["source"])
    for number, (s, stratum) in enumerate(chosen, 1):
        print(json.dumps({"id": "fa-%04d" % number, "lang": "fa", "source": s["source"], "text": s["text"],
                          "mentions": s["mentions"], "note": "stratum " + stratum}, ensure_ascii=False))


def entity_kinds():
    kinds = {}
    path = os.path.join(HOME, "src", "main", "resources", "org", "paivand", "gazetteer", "entities.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(fields) >= 3:
                kinds[fields[0]] = fields[1]
    return kinds


if __name__ == "__main__":
    main()
