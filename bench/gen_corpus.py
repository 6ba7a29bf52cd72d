#!/usr/bin/env python3
"""Generate a corpus of Indonesian articles with figures for the benchmarks.

    bench/gen_corpus.py OUT_DIR COPIES [--jsonl FILE]

Each article of samples/ (a captured text and its HTML page) is written
COPIES times into OUT_DIR, with every number of three digits or more changed
per copy (its last three digits shifted by the copy's number, and a page
apart from its capture; years are kept, so periods still read), so that no
two articles have the same text:
nothing dedupes, and every copy goes through extraction, normalization and
the store as a new article. With --jsonl, the same articles also go to FILE
as `angka extract --input jsonl` reads them, one per line.

The project's own samples are the seed; nothing of the shared corpora is
read or copied.
"""
import json
import os
import re
import sys

NUMBER = re.compile(r"\d{3,}")


def vary(text, copy, salt):
    def shift(match):
        digits = match.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return digits  # a year
        head, tail = digits[:-3], digits[-3:]
        return head + "%03d" % ((int(tail) + copy * 7 + salt) % 1000)

    return NUMBER.sub(shift, text)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    out, copies = argv[1], int(argv[2])
    jsonl = argv[4] if len(argv) > 4 and argv[3] == "--jsonl" else None
    samples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
    seeds = sorted(f for f in os.listdir(samples) if f.endswith((".html", ".txt")))
    os.makedirs(out, exist_ok=True)
    lines = open(jsonl, "w", encoding="utf-8") if jsonl else None
    for copy in range(copies):
        for seed in seeds:
            with open(os.path.join(samples, seed), encoding="utf-8") as f:
                stem, ext = os.path.splitext(seed)
                # A page and its capture give one text: shifted apart, they are two.
                text = vary(f.read(), copy, 1 if ext == ".html" else 4)
            name = "%s-%05d%s" % (stem, copy, ext)
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write(text)
            if lines:
                kind = "html" if ext == ".html" else "text"
                lines.write(json.dumps({"url": "https://example.id/%s" % name, kind: text},
                                       ensure_ascii=False) + "\n")
    if lines:
        lines.close()


if __name__ == "__main__":
    main(sys.argv)
