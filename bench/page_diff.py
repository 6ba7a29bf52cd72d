#!/usr/bin/env python3
"""Where one page loses precision and recall: each extracted paragraph with the
share of its 4-token shingles found in the ground truth (low = boilerplate kept),
then the ground-truth stretches the extraction misses.

usage: page_diff.py OUT_DIR PAGE_ID_PREFIX [--gt ground-truth.json]
"""
import argparse
import json
import re
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent.parent / 'shared/bench/article-extraction'
TOKEN = re.compile(r'\w+')


def grams(tokens, n=4):
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out_dir')
    ap.add_argument('page')
    ap.add_argument('--gt', default=str(BENCH / 'ground-truth.json'))
    a = ap.parse_args()
    gt = json.load(open(a.gt))
    ids = [k for k in gt if k.startswith(a.page)]
    for k in ids:
        truth = gt[k]['articleBody']
        tg = grams(TOKEN.findall(truth))
        pred = (Path(a.out_dir) / (k + '.txt')).read_text(errors='replace')
        print(f'== {k} {gt[k].get("url", "")}')
        seen = Counter()
        for para in pred.split('\n\n'):
            toks = TOKEN.findall(para)
            g = grams(toks)
            hit = sum(min(c, tg[s]) for s, c in g.items())
            seen.update(g)
            share = hit / max(1, sum(g.values()))
            mark = '  ' if share > 0.6 else '!!'
            print(f'{mark} {share:4.2f} {para[:150]!r}')
        pg = grams(TOKEN.findall(pred))
        print('-- missing from the extraction:')
        toks = TOKEN.findall(truth)
        run = []
        for i in range(max(1, len(toks) - 3)):
            s = tuple(toks[i:i + 4])
            if pg[s] == 0:
                run.append(toks[i])
            elif run:
                if len(run) > 3:
                    print('   ', ' '.join(run)[:300])
                run = []
        if len(run) > 3:
            print('   ', ' '.join(run)[:300])


if __name__ == '__main__':
    main()
