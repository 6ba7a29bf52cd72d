#!/usr/bin/env python3
"""Validate the JKN corpus (articles.txt, gold, distractors, negatives, audit).

Usage: python3 tests/corpus/jkn/check.py [--regions PATH]

The articles are not copied here: articles.txt and negatives.txt give their paths relative to
the repository root (../shared/... reaches /work/shared from /work/main and from a worktree
through the /work/wt/shared symlink). Checks:
  - every listed article exists and starts 'URL: ...', a second header line, a blank line;
  - gold.jsonl: required keys, JKN metric / segment / unit vocabulary, unit consistent with
    the metric, numeric value (percent may exceed 100: UHC attainment above 100 persen is
    reported), as_of null or YYYY / YYYY-MM / YYYY-MM-DD, region in regions.tsv (or
    "Indonesia"), `text` in `sentence`, `sentence` verbatim in the article, no duplicate
    (article, region, metric, segment, value), article listed in articles.txt, not a negative;
  - distractors.jsonl: keys, `text` occurs in its article (listed in either file);
  - negatives.txt: files exist, no gold rows;
  - audit.jsonl: computed_pct = 100 * numerator / denominator, the three numbers are gold
    values of the article.
Prints counts and exits 1 on any problem.
"""
import argparse
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
DEFAULT_REGIONS = os.path.join(REPO, '..', 'shared', 'data', 'regions.tsv')

METRICS = {'jkn_participants', 'jkn_population', 'jkn_coverage_pct', 'jkn_active_pct',
           'jkn_target_participants', 'jkn_target_coverage_pct', 'other'}
SEGMENTS = {'all', 'PBI APBN', 'PBI APBD', 'PPU', 'PBPU', 'BP'}
UNITS = {'persons', 'percent'}
REQUIRED = ('article', 'region', 'metric', 'value', 'unit', 'segment', 'as_of', 'text', 'sentence')
AS_OF = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')


def doc_id(path):
    return os.path.splitext(os.path.basename(path))[0]


def read_list(name):
    out = []
    for line in open(os.path.join(HERE, name), encoding='utf-8'):
        line = line.split('#', 1)[0].strip()
        if line:
            out.append(line)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--regions', default=DEFAULT_REGIONS)
    args = ap.parse_args()
    errors = []
    err = errors.append

    regions = {'Indonesia'}
    with open(args.regions, encoding='utf-8') as fh:
        for line in fh:
            parts = line.rstrip('\n').split('\t')
            if len(parts) >= 2 and parts[0] != 'code':
                regions.add(parts[1])

    def load(paths):
        texts = {}
        for p in paths:
            full = os.path.join(REPO, p)
            if not os.path.exists(full):
                err('missing article %s' % p)
                continue
            lines = open(full, encoding='utf-8').read().split('\n', 3)
            if len(lines) < 4 or not lines[0].startswith('URL: ') or lines[2] != '':
                err('%s: header must be URL line, note line, blank line' % p)
                continue
            if doc_id(p) in texts:
                err('duplicate document id %s' % doc_id(p))
            texts[doc_id(p)] = lines[3]
        return texts

    articles = load(read_list('articles.txt'))
    negatives = load(read_list('negatives.txt'))
    if set(articles) & set(negatives):
        err('ids both positive and negative: %s' % sorted(set(articles) & set(negatives)))
    every = dict(articles, **negatives)

    gold, seen = [], set()
    for n, line in enumerate(open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'), 1):
        where = 'gold.jsonl:%d' % n
        if not line.strip():
            continue
        o = json.loads(line)
        missing = [k for k in REQUIRED if k not in o]
        if missing:
            err('%s: missing %s' % (where, ', '.join(missing)))
            continue
        gold.append(o)
        a = o['article']
        if a in negatives:
            err('%s: gold row in negative %s' % (where, a))
        if a not in articles:
            err('%s: article %r not in articles.txt' % (where, a))
            continue
        if o['metric'] not in METRICS:
            err('%s: metric %r' % (where, o['metric']))
        if o['segment'] not in SEGMENTS:
            err('%s: segment %r' % (where, o['segment']))
        want = 'percent' if o['metric'].endswith('_pct') else 'persons'
        if o['unit'] != want and not (o['metric'] == 'other' and o['unit'] in UNITS):
            err('%s: unit %r for %r' % (where, o['unit'], o['metric']))
        v = o['value']
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
            err('%s: value %r' % (where, v))
        elif o['unit'] == 'persons' and v != int(v):
            err('%s: persons must be whole: %r' % (where, v))
        elif o['unit'] == 'percent' and v > 110:
            err('%s: implausible percent %r' % (where, v))
        if o['as_of'] is not None and not AS_OF.match(str(o['as_of'])):
            err('%s: as_of %r' % (where, o['as_of']))
        if o['region'] not in regions:
            err('%s: region %r not in regions.tsv' % (where, o['region']))
        if o['text'] not in o['sentence']:
            err('%s: text %r not in sentence' % (where, o['text']))
        if o['sentence'] not in articles[a]:
            err('%s: sentence not in article %s: %r' % (where, a, o['sentence'][:70]))
        key = (a, o['region'], o['metric'], o['segment'], v)
        if key in seen:
            err('%s: duplicate %r' % (where, key))
        seen.add(key)

    dist = []
    for n, line in enumerate(open(os.path.join(HERE, 'distractors.jsonl'), encoding='utf-8'), 1):
        if not line.strip():
            continue
        o = json.loads(line)
        dist.append(o)
        where = 'distractors.jsonl:%d' % n
        if not all(k in o for k in ('article', 'text', 'kind', 'acceptable')) \
                or not isinstance(o['acceptable'], bool):
            err('%s: needs article, text, kind, acceptable (bool)' % where)
        elif o['article'] not in every:
            err('%s: unknown article %r' % (where, o['article']))
        elif o['text'] not in every[o['article']]:
            err('%s: text %r not in article' % (where, o['text']))

    values = collections.defaultdict(set)
    for o in gold:
        values[o['article']].add(o['value'])
    audit = []
    for n, line in enumerate(open(os.path.join(HERE, 'audit.jsonl'), encoding='utf-8'), 1):
        if not line.strip():
            continue
        o = json.loads(line)
        audit.append(o)
        where = 'audit.jsonl:%d' % n
        c = 100.0 * o['numerator'] / o['denominator']
        if abs(c - o['computed_pct']) > 1e-3:
            err('%s: computed_pct %r, recomputed %.4f' % (where, o['computed_pct'], c))
        for k in ('numerator', 'denominator', 'reported_pct'):
            if o[k] not in values[o['article']]:
                err('%s: %s %r is not a gold value of %s' % (where, k, o[k], o['article']))
        if o.get('region') not in regions:
            err('%s: region %r' % (where, o.get('region')))

    no_gold = sorted(set(articles) - {o['article'] for o in gold})
    if no_gold:
        err('listed articles without gold rows: %s' % ', '.join(no_gold))

    per_article = collections.Counter(o['article'] for o in gold)
    by_metric = collections.Counter(o['metric'] for o in gold)
    by_segment = collections.Counter(o['segment'] for o in gold)
    print('articles %d, negatives %d; gold rows %d (scored %d, optional "other" %d); '
          'distractors %d (acceptable %d); audit rows %d (inconsistent %d)' % (
              len(articles), len(negatives), len(gold), len(gold) - by_metric['other'],
              by_metric['other'], len(dist), sum(o.get('acceptable') is True for o in dist),
              len(audit), sum(o.get('consistent') is False for o in audit)))
    print('by article: ' + ', '.join('%s %d' % (a, per_article[a]) for a in articles))
    print('by metric:  ' + ', '.join('%s %d' % kv for kv in sorted(by_metric.items())))
    print('by segment: ' + ', '.join('%s %d' % kv for kv in sorted(by_segment.items())))
    for e in errors:
        print('ERROR: ' + e, file=sys.stderr)
    print('OK' if not errors else '%d problem(s)' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
