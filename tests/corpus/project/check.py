#!/usr/bin/env python3
"""Validate the project corpus (articles, gold, distractors, negatives, audit).

Usage: python3 tests/corpus/project/check.py [--regions PATH]

Checks:
  - every article file: line 1 'URL: http(s)://...', line 2 'Note: ...', line 3 blank, text after;
  - gold.jsonl: valid JSON per line, required keys, metric / segment / unit in the
    vocabulary of DESIGN.md, unit consistent with metric, numeric value (and value_max >
    value when present), as_of null or YYYY / YYYY-MM / YYYY-MM-DD, region exactly a name of
    regions.tsv (or "Indonesia", or a known grouping), article exists and is not a negative,
    `text` occurs in `sentence`, `sentence` occurs in the article text, no duplicate
    (article, region, metric, segment, value);
  - distractors.jsonl: keys, `text` occurs in its article;
  - negatives.txt: ids exist and have no gold rows;
  - audit.jsonl: valid JSON; for percentage rows, computed_pct = 100 * numerator / denominator
    and the numbers are gold values of the same article.
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
DEFAULT_REGIONS = os.path.normpath(os.path.join(REPO, '..', 'shared', 'data', 'regions.tsv'))

METRICS = {'participants', 'eligible_workers', 'working_population', 'coverage_pct',
           'uncovered_workers', 'uncovered_pct', 'target_coverage_pct', 'target_participants',
           'benefit_amount_idr', 'beneficiaries', 'scholarship_recipients',
           'scholarship_amount_idr', 'other'}
SEGMENTS = {'all', 'PU', 'BPU', 'jakon', 'PMI', 'rentan', 'ASN', 'other'}
UNITS = {'persons', 'percent', 'IDR', 'cases'}
GROUPINGS = {'Kalimantan', 'Sumbagsel', 'Sumbagut'}
REQUIRED = ('article', 'region', 'metric', 'value', 'unit', 'segment', 'as_of', 'text', 'sentence')
AS_OF = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')


def unit_ok(metric, unit):
    if metric.endswith('_pct'):
        return unit == 'percent'
    if metric.endswith('_idr'):
        return unit == 'IDR'
    if metric == 'beneficiaries':
        return unit in ('persons', 'cases')
    if metric == 'other':
        return unit in UNITS
    return unit == 'persons'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--regions', default=DEFAULT_REGIONS)
    args = ap.parse_args()
    errors = []

    def err(msg):
        errors.append(msg)

    regions = set()
    with open(args.regions, encoding='utf-8') as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip('\n').split('\t')
            if len(parts) >= 2:
                regions.add(parts[1])
    regions |= {'Indonesia'} | GROUPINGS

    art_dir = os.path.join(HERE, 'articles')
    articles = {}
    for name in sorted(os.listdir(art_dir)):
        if not name.endswith('.txt'):
            continue
        aid = name[:-4]
        raw = open(os.path.join(art_dir, name), encoding='utf-8').read()
        lines = raw.split('\n', 3)
        if len(lines) < 4 or not re.match(r'^URL: https?://\S+$', lines[0]) \
                or not lines[1].startswith('Note: ') or lines[2] != '' or not lines[3].strip():
            err('%s: header must be URL line, Note line, blank line, then text' % name)
            continue
        articles[aid] = lines[3]

    negatives = []
    for line in open(os.path.join(HERE, 'negatives.txt'), encoding='utf-8'):
        line = line.split('#', 1)[0].strip()
        if line:
            negatives.append(line)
            if line not in articles:
                err('negatives.txt: unknown article %s' % line)

    gold = []
    seen = set()
    for n, line in enumerate(open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'), 1):
        where = 'gold.jsonl:%d' % n
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err('%s: bad JSON: %s' % (where, e))
            continue
        missing = [k for k in REQUIRED if k not in o]
        if missing:
            err('%s: missing %s' % (where, ', '.join(missing)))
            continue
        gold.append(o)
        a = o['article']
        if a not in articles:
            err('%s: unknown article %r' % (where, a))
            continue
        if a in negatives:
            err('%s: gold row in negative article %s' % (where, a))
        if o['metric'] not in METRICS:
            err('%s: metric %r' % (where, o['metric']))
        if o['segment'] not in SEGMENTS:
            err('%s: segment %r' % (where, o['segment']))
        if o['unit'] not in UNITS or not unit_ok(o['metric'], o['unit']):
            err('%s: unit %r for metric %r' % (where, o['unit'], o['metric']))
        v = o['value']
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
            err('%s: value %r' % (where, v))
        elif o['unit'] in ('persons', 'cases', 'IDR') and v != int(v):
            err('%s: %s value must be whole: %r' % (where, o['unit'], v))
        elif o['unit'] == 'percent' and v > 100:
            err('%s: percent > 100: %r' % (where, v))
        if 'value_max' in o and not (isinstance(o['value_max'], (int, float)) and o['value_max'] > v):
            err('%s: value_max must be a number above value' % where)
        if o['as_of'] is not None and not (isinstance(o['as_of'], str) and AS_OF.match(o['as_of'])):
            err('%s: as_of %r' % (where, o['as_of']))
        if o['region'] not in regions:
            err('%s: region %r not in regions.tsv' % (where, o['region']))
        if o['text'] not in o['sentence']:
            err('%s: text %r not in its sentence' % (where, o['text']))
        if o['sentence'] not in articles[a]:
            err('%s: sentence not in article %s: %r' % (where, a, o['sentence'][:80]))
        key = (a, o['region'], o['metric'], o['segment'], v)
        if key in seen:
            err('%s: duplicate figure %r' % (where, key))
        seen.add(key)

    dist = []
    for n, line in enumerate(open(os.path.join(HERE, 'distractors.jsonl'), encoding='utf-8'), 1):
        where = 'distractors.jsonl:%d' % n
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err('%s: bad JSON: %s' % (where, e))
            continue
        dist.append(o)
        for k in ('article', 'text', 'kind', 'acceptable'):
            if k not in o:
                err('%s: missing %s' % (where, k))
        if not isinstance(o.get('acceptable'), bool):
            err('%s: acceptable must be true/false' % where)
        if o.get('article') not in articles:
            err('%s: unknown article %r' % (where, o.get('article')))
        elif o.get('text') not in articles[o['article']]:
            err('%s: text %r not in article' % (where, o.get('text')))

    gold_values = collections.defaultdict(set)
    for o in gold:
        gold_values[o['article']].add(o['value'])
    audit = []
    for n, line in enumerate(open(os.path.join(HERE, 'audit.jsonl'), encoding='utf-8'), 1):
        where = 'audit.jsonl:%d' % n
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err('%s: bad JSON: %s' % (where, e))
            continue
        audit.append(o)
        if o.get('article') not in articles:
            err('%s: unknown article' % where)
        if o.get('region') not in regions:
            err('%s: region %r' % (where, o.get('region')))
        if 'numerator' in o:
            c = 100.0 * o['numerator'] / o['denominator']
            if abs(c - o['computed_pct']) > 1e-3:
                err('%s: computed_pct %r but 100*num/den = %.4f' % (where, o['computed_pct'], c))
            for k in ('numerator', 'denominator', 'reported_pct'):
                if o.get(k) is not None and o[k] not in gold_values[o['article']]:
                    err('%s: %s %r is not a gold value of article %s' % (where, k, o[k], o['article']))

    positives = sorted(set(articles) - set(negatives))
    no_gold = [a for a in positives if a not in {g['article'] for g in gold}]
    if no_gold:
        err('articles neither negative nor with gold rows: %s' % ', '.join(no_gold))

    by_metric = collections.Counter(o['metric'] for o in gold)
    by_segment = collections.Counter(o['segment'] for o in gold)

    def level(r):
        if r == 'Indonesia':
            return 'national'
        if r in GROUPINGS:
            return 'grouping'
        if r.startswith('Kabupaten '):
            return 'regency'
        if r.startswith('Kota '):
            return 'city'
        return 'province'
    by_level = collections.Counter(level(o['region']) for o in gold)
    print('articles %d (with figures %d, negatives %d); gold rows %d (required %d, optional "other" %d); '
          'distractors %d (acceptable %d); audit rows %d (inconsistent %d)' % (
              len(articles), len(positives), len(negatives), len(gold),
              sum(1 for o in gold if o['metric'] != 'other'), by_metric['other'],
              len(dist), sum(1 for o in dist if o.get('acceptable') is True),
              len(audit), sum(1 for o in audit if o.get('consistent') is False)))
    print('by metric:  ' + ', '.join('%s %d' % kv for kv in sorted(by_metric.items())))
    print('by segment: ' + ', '.join('%s %d' % kv for kv in sorted(by_segment.items())))
    print('by level:   ' + ', '.join('%s %d' % kv for kv in sorted(by_level.items())))
    print('regions:    %d distinct' % len({o['region'] for o in gold}))
    for e in errors:
        print('ERROR: ' + e, file=sys.stderr)
    print('OK' if not errors else '%d problem(s)' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
