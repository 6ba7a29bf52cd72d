#!/usr/bin/env python3
r"""Score angka figure records against an annotated gold set.

Usage:
  python3 tests/score.py --gold GOLD.jsonl [--distractors D.jsonl]
                         [--negatives N.txt] [--min-precision P] [--min-recall R]
                         [--per-metric] [--verbose] [--name NAME ...]
                         PRED.jsonl [PRED.jsonl ...]

Each PRED file (or '-' for standard input) is one run of angka over one
corpus; it is scored on its own against the same gold and gives one line:

  NAME: precision P recall R F1 F (tp T, fp F, fn N)

INPUTS

  Gold (JSONL, one figure per line) in either form:
    seeds form       {"file": "000_314ee92051ee0f53.txt", "region": ..., ...}
    dev-corpus form  {"article": "01", "region": ..., ...}
  Required keys: the document key (`article`, `file` or `source`), `region`,
  `metric`, `value`. Optional: `segment` (default "all"), `value_max` (the
  upper bound of a range), `text`, `note`, `as_of`, `unit`, `sentence`.

  Predictions: angka figure records (`angka extract --format jsonl`), one JSON
  object per line, with `source` (a path or URL), `region`, `metric`,
  `segment`, `value`, `text`. A record without `source` may name its document
  with `file` or `article` instead, so a gold file can be scored against
  itself as a sanity check.

  Distractors (JSONL, dev-corpus form): {"article": ..., "text": ...,
  "acceptable": true|false, ...}. Only rows with "acceptable": true matter to
  the score; the others are documentation.

  Negatives: one document id per line (blank lines and '#' comments ignored).

DOCUMENT IDS

  A document id is the basename of the gold key / prediction source without
  its extension (and without URL query or fragment). So the prediction source
  "samples/000_314ee92051ee0f53.html" and the gold file
  "000_314ee92051ee0f53.txt" are the same document, and
  "../shared/corpus/dev/articles/01.txt" is article "01".

MATCHING

  A prediction matches a gold row when document, region, metric and segment
  are equal (strings, surrounding whitespace ignored; a missing segment is
  "all") and the values are equal within 1e-6 relative. When both the gold
  row and the prediction carry `value_max`, those must be equal as well;
  otherwise `value_max` is not compared.

  Each gold row matches at most one prediction: a figure emitted twice is one
  true positive and one false positive. Among several candidate predictions
  for one gold row, the scorer prefers one that would not otherwise be
  ignored (see below), then one whose `text` equals the gold `text`; the
  result is the assignment with the fewest false positives.

  Then, for every prediction that matched no gold row:
   - gold rows with metric "other" are optional: they are not counted in
     recall, and a prediction matching one (metric "other" included, same
     one-to-one rule) is neither TP nor FP;
   - a prediction whose document has a distractor with "acceptable": true and
     whose `text` equals that distractor's `text` (whitespace normalised:
     no-break and thin spaces count as spaces, runs collapsed, ends stripped)
     is ignored, however many times it is emitted;
   - everything else is a false positive.
  Every prediction from a document listed in --negatives is a false positive,
  whatever it matches. Predictions from documents that the gold, the
  distractors and the negatives do not know at all are false positives too
  (a warning on stderr names them); pass --unknown ignore to leave them out.

  Gold rows with metric other than "other" that no prediction matched are
  false negatives.

  precision = tp / (tp + fp), recall = tp / (tp + fn); when a denominator is
  0 the ratio is 1.000 (nothing predicted, nothing wrong; nothing to find,
  nothing missed). F1 = 2PR / (P + R), 0 when P + R = 0.

OUTPUT

  One summary line per PRED file (NAME is --name, else the file name,
  "stdin" for '-'). With --per-metric, a table per metric follows (FP counted
  under the predicted metric, FN under the gold metric). With --verbose,
  every false positive (document, region, metric, segment, value, text, and
  why it is one) and every false negative (with a hint when the same
  document has an unmatched prediction of the same value elsewhere), then
  the number of ignored predictions.

EXAMPLES

  # the seeds, text and HTML copies as two corpora (same gold, two lines)
  angka extract --format jsonl samples/*.txt  > /tmp/txt.jsonl
  angka extract --format jsonl samples/*.html > /tmp/html.jsonl
  python3 tests/score.py --gold ../shared/seeds/expected.jsonl \
      --name seeds-txt --name seeds-html /tmp/txt.jsonl /tmp/html.jsonl

  # the dev corpus, with a gate for CI and the details of every error
  angka extract --format jsonl ../shared/corpus/dev/articles/ |
    python3 tests/score.py --gold ../shared/corpus/dev/gold.jsonl \
      --distractors ../shared/corpus/dev/distractors.jsonl \
      --negatives ../shared/corpus/dev/negatives.txt \
      --min-precision 0.8 --min-recall 0.6 --per-metric --verbose --name dev -

EXIT STATUS

  0  scored, and every corpus met --min-precision / --min-recall
  1  some corpus scored below --min-precision or --min-recall
  2  usage or input error (a malformed JSON line is reported as file:line)
"""

import argparse
import contextlib
import json
import math
import os
import re
import sys
from collections import OrderedDict

REL_TOL = 1e-6
EXIT_OK, EXIT_BELOW, EXIT_ERROR = 0, 1, 2


class InputError(Exception):
    """A problem with an input file; reported as 'file:line: message'."""


# ---------------------------------------------------------------- helpers

def doc_id(ref):
    """Basename without extension of a path or URL ('a/b/01.txt' -> '01')."""
    if ref is None:
        return None
    s = str(ref).strip()
    if re.match(r'^[A-Za-z][A-Za-z0-9+.-]*://', s):
        s = re.split(r'[?#]', s, maxsplit=1)[0]
    s = s.rstrip('/\\')
    base = re.split(r'[/\\]', s)[-1]
    stem, ext = os.path.splitext(base)
    return stem if stem else base


_SPACES = re.compile(r'[\s\u00a0\u2007\u2009\u202f]+')


def norm_text(t):
    if t is None:
        return None
    return _SPACES.sub(' ', str(t)).strip()


def norm_str(s):
    if s is None:
        return None
    return str(s).strip()


# Region names compare by the place they name, not their spelling: "DKI
# Jakarta" and "Daerah Khusus Ibukota Jakarta" are one province, "Kota
# Palangkaraya" is "Kota Palangka Raya". Filled by load_regions().
_REGION_CANON = {}


def _region_key(name):
    return re.sub(r'[\s\-]+', '', name).casefold()


def load_regions(folder):
    """Read the gazetteer (regions.tsv, region_abbreviations.tsv) so that every
    name or abbreviation with a Kemendagri code maps to the canonical name."""
    _REGION_CANON.clear()
    by_code = {}
    regions = os.path.join(folder, 'regions.tsv')
    abbreviations = os.path.join(folder, 'region_abbreviations.tsv')
    if not os.path.exists(regions):
        return False
    with open(regions, encoding='utf-8-sig') as fh:
        for line in fh:
            cols = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(cols) < 3 or cols[0] == 'code':
                continue
            code, name = cols[0], cols[1]
            by_code[code] = name
            _REGION_CANON[_region_key(name)] = name
    if os.path.exists(abbreviations):
        with open(abbreviations, encoding='utf-8-sig') as fh:
            for line in fh:
                cols = line.rstrip('\n').split('\t')
                if line.startswith('#') or len(cols) < 4 or cols[0] == 'abbreviation':
                    continue
                if 'AMBIGUOUS' in (cols[5] if len(cols) > 5 else ''):
                    continue
                code = cols[3]
                if code in by_code:
                    _REGION_CANON.setdefault(_region_key(cols[0]), by_code[code])
    return True


def canonical_region(name):
    if name is None:
        return None
    return _REGION_CANON.get(_region_key(name), name)


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) \
        and math.isfinite(v)


def values_equal(a, b):
    if a == b:
        return True
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def fmt_value(v):
    if v is None:
        return 'null'
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e18:
        return str(int(v))
    return repr(v) if isinstance(v, float) else str(v)


def read_jsonl(path, stream=None):
    """Yield (lineno, object) for each non-blank line; InputError otherwise."""
    label = 'stdin' if path == '-' else path
    try:
        if stream is None:
            fh = sys.stdin if path == '-' else open(path, encoding='utf-8')
        else:
            fh = stream
    except OSError as e:
        raise InputError('%s: %s' % (label, e.strerror or e))
    try:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError('%s:%d: malformed JSON: %s' % (label, lineno, e.msg))
            if not isinstance(obj, dict):
                raise InputError('%s:%d: expected a JSON object' % (label, lineno))
            yield lineno, obj
    except UnicodeDecodeError as e:
        raise InputError('%s: not UTF-8 (%s)' % (label, e.reason))
    finally:
        if stream is None and fh is not sys.stdin:
            fh.close()


class Row:
    """A gold row or a prediction, reduced to what scoring needs."""
    __slots__ = ('doc', 'region', 'metric', 'segment', 'value', 'value_max',
                 'text', 'where', 'raw')

    def __init__(self, obj, doc, where):
        self.doc = doc
        self.region = canonical_region(norm_str(obj.get('region')))
        self.metric = norm_str(obj.get('metric'))
        seg = obj.get('segment')
        self.segment = 'all' if seg is None or norm_str(seg) == '' else norm_str(seg)
        self.value = obj.get('value')
        vm = obj.get('value_max')
        self.value_max = vm if is_number(vm) else None
        self.text = obj.get('text')
        self.where = where
        self.raw = obj

    def group(self):
        return (self.doc, self.region, self.metric, self.segment)

    def matches(self, other):
        if self.group() != other.group():
            return False
        if not values_equal(self.value, other.value):
            return False
        if self.value_max is not None and other.value_max is not None:
            return values_equal(self.value_max, other.value_max)
        return True

    def describe(self):
        return '%s | %s | %s | %s | %s%s | %s' % (
            self.doc, self.region, self.metric, self.segment,
            fmt_value(self.value),
            '' if self.value_max is None else '..' + fmt_value(self.value_max),
            json.dumps(self.text, ensure_ascii=False) if self.text is not None else '-')


def _doc_of(obj, keys):
    for k in keys:
        if obj.get(k) not in (None, ''):
            return doc_id(obj[k])
    return None


def load_gold(path):
    rows = []
    for lineno, obj in read_jsonl(path):
        where = '%s:%d' % (path, lineno)
        doc = _doc_of(obj, ('article', 'file', 'source'))
        if doc is None:
            raise InputError('%s: gold row has no "article", "file" or "source"' % where)
        for k in ('metric', 'region'):
            if not isinstance(obj.get(k), str) or not obj[k].strip():
                raise InputError('%s: gold row has no "%s"' % (where, k))
        if not is_number(obj.get('value')):
            raise InputError('%s: gold row has no numeric "value"' % where)
        rows.append(Row(obj, doc, where))
    return rows


def load_distractors(path):
    """Return {doc: set(normalised text)} of acceptable distractors, and all docs."""
    acceptable, docs = {}, set()
    for lineno, obj in read_jsonl(path):
        where = '%s:%d' % (path, lineno)
        doc = _doc_of(obj, ('article', 'file', 'source'))
        if doc is None:
            raise InputError('%s: distractor has no "article", "file" or "source"' % where)
        docs.add(doc)
        acc = obj.get('acceptable', False)
        if not isinstance(acc, bool):
            raise InputError('%s: "acceptable" must be true or false' % where)
        if acc:
            if not isinstance(obj.get('text'), str):
                raise InputError('%s: acceptable distractor has no "text"' % where)
            acceptable.setdefault(doc, set()).add(norm_text(obj['text']))
    return acceptable, docs


def load_negatives(path):
    docs = set()
    try:
        with open(path, encoding='utf-8') as fh:
            for line in fh:
                line = line.split('#', 1)[0].strip()
                if line:
                    docs.add(doc_id(line))
    except OSError as e:
        raise InputError('%s: %s' % (path, e.strerror or e))
    except UnicodeDecodeError as e:
        raise InputError('%s: not UTF-8 (%s)' % (path, e.reason))
    return docs


def load_predictions(path, stream=None, domain=None):
    label = 'stdin' if path == '-' else path
    preds = []
    for lineno, obj in read_jsonl(path, stream):
        if domain is not None and obj.get('domain', domain) != domain:
            continue
        where = '%s:%d' % (label, lineno)
        doc = _doc_of(obj, ('source', 'file', 'article'))
        if doc is None:
            raise InputError('%s: prediction has no "source"' % where)
        if not isinstance(obj.get('metric'), str):
            raise InputError('%s: prediction has no "metric"' % where)
        if not is_number(obj.get('value')):
            raise InputError('%s: prediction has no numeric "value"' % where)
        preds.append(Row(obj, doc, where))
    return preds


# ---------------------------------------------------------------- scoring

class Result:
    def __init__(self):
        self.tp = []        # (gold, pred)
        self.fp = []        # (pred, reason)
        self.fn = []        # gold
        self.ignored = []   # (pred, reason)
        self.unknown_docs = set()

    @staticmethod
    def ratios(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def counts(self):
        return len(self.tp), len(self.fp), len(self.fn)

    def precision_recall_f1(self):
        return self.ratios(*self.counts())


def _assign(gold_rows, preds, prefer):
    """Match each gold row to at most one unused prediction.

    `prefer(gold, pred)` gives a sort key (lower is better) among candidates.
    Returns the list of (gold, pred) pairs and marks used predictions.
    """
    by_group = {}
    for p in preds:
        by_group.setdefault(p.group(), []).append(p)
    used = set()
    pairs = []
    for g in gold_rows:
        cands = [p for p in by_group.get(g.group(), ())
                 if id(p) not in used and g.matches(p)]
        if not cands:
            continue
        best = min(cands, key=lambda p: prefer(g, p))
        used.add(id(best))
        pairs.append((g, best))
    return pairs, used


def score(gold, preds, acceptable=None, negatives=None, known_docs=None,
          unknown='fp'):
    """Score one list of predictions; returns a Result.

    gold: list of Row; preds: list of Row; acceptable: {doc: {text}};
    negatives: set of doc ids; known_docs: doc ids the annotation covers
    (defaults to the gold's, distractors' and negatives' documents).
    """
    acceptable = acceptable or {}
    negatives = negatives or set()
    if known_docs is None:
        known_docs = {g.doc for g in gold} | set(acceptable) | negatives
    res = Result()

    def is_acceptable(p):
        return p.text is not None and norm_text(p.text) in acceptable.get(p.doc, ())

    def prefer(g, p):
        # 1. a prediction that would otherwise be ignored is kept for later;
        # 2. a prediction with the gold's own text; 3. input order.
        same_text = g.text is not None and p.text is not None \
            and norm_text(g.text) == norm_text(p.text)
        return (is_acceptable(p), not same_text, preds_index[id(p)])

    preds_index = {id(p): i for i, p in enumerate(preds)}

    scored = []
    for p in preds:
        if p.doc in negatives:
            res.fp.append((p, 'negative document'))
        elif p.doc not in known_docs:
            res.unknown_docs.add(p.doc)
            if unknown == 'fp':
                res.fp.append((p, 'document not in the gold'))
            else:
                res.ignored.append((p, 'document not in the gold'))
        else:
            scored.append(p)

    required = [g for g in gold if g.metric != 'other' and g.doc not in negatives]
    optional = [g for g in gold if g.metric == 'other' and g.doc not in negatives]

    pairs, used = _assign(required, scored, prefer)
    res.tp = pairs
    matched_gold = {id(g) for g, _ in pairs}
    res.fn = [g for g in required if id(g) not in matched_gold]

    rest = [p for p in scored if id(p) not in used]
    opt_pairs, opt_used = _assign(optional, rest, prefer)
    for g, p in opt_pairs:
        res.ignored.append((p, 'optional gold row (metric "other")'))

    required_by_group = {}
    for g in required:
        required_by_group.setdefault(g.group(), []).append(g)
    for p in rest:
        if id(p) in opt_used:
            continue
        if is_acceptable(p):
            res.ignored.append((p, 'acceptable distractor text'))
            continue
        if any(g.matches(p) for g in required_by_group.get(p.group(), ())):
            reason = 'duplicate of a matched gold row'
        else:
            reason = 'no gold row'
        res.fp.append((p, reason))
    res.fp.sort(key=lambda fr: preds_index.get(id(fr[0]), -1))
    return res


# ---------------------------------------------------------------- report

def summary_line(name, res):
    tp, fp, fn = res.counts()
    p, r, f = res.precision_recall_f1()
    return '%s: precision %.3f recall %.3f F1 %.3f (tp %d, fp %d, fn %d)' % (
        name, p, r, f, tp, fp, fn)


def per_metric_table(res):
    stats = OrderedDict()

    def bump(metric, idx):
        stats.setdefault(metric or '(none)', [0, 0, 0])[idx] += 1
    for g, _ in res.tp:
        bump(g.metric, 0)
    for p, _ in res.fp:
        bump(p.metric, 1)
    for g in res.fn:
        bump(g.metric, 2)
    lines = ['  %-24s %9s %9s %9s %5s %5s %5s' % (
        'metric', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn')]
    for metric in sorted(stats):
        tp, fp, fn = stats[metric]
        p, r, f = Result.ratios(tp, fp, fn)
        lines.append('  %-24s %9.3f %9.3f %9.3f %5d %5d %5d' % (
            metric, p, r, f, tp, fp, fn))
    return lines


def verbose_lines(res):
    lines = []
    if res.fp:
        lines.append('  false positives (document | region | metric | segment | value | text):')
        for p, reason in res.fp:
            lines.append('    FP %s   [%s; %s]' % (p.describe(), reason, p.where))
    fp_preds = [p for p, _ in res.fp]
    if res.fn:
        lines.append('  false negatives (document | region | metric | segment | value | text):')
        for g in res.fn:
            hints = ['%s/%s/%s' % (p.region, p.metric, p.segment) for p in fp_preds
                     if p.doc == g.doc and values_equal(p.value, g.value)]
            hint = ''
            if hints:
                hint = '   [same value predicted as %s]' % ', '.join(sorted(set(hints)))
            lines.append('    FN %s%s' % (g.describe(), hint))
    if res.ignored:
        lines.append('  ignored: %d prediction(s)' % len(res.ignored))
        for p, reason in res.ignored:
            lines.append('    -- %s   [%s]' % (p.describe(), reason))
    return lines


def _as_of_agrees(gold_as_of, pred_as_of):
    return (gold_as_of or None) == (pred_as_of or None)


def detail_lines(res, preds):
    """as_of agreement on true positives, and each miss by what went wrong.

    A gold figure is "not found" when no prediction of its document has its
    value; otherwise the prediction(s) with its value tell which of region,
    segment and metric differ (a miss can count under several kinds)."""
    lines = []
    agree = sum(1 for g, p in res.tp
                if _as_of_agrees(g.raw.get('as_of'), p.raw.get('as_of')))
    total = len(res.tp)
    lines.append('  as_of right on %d of %d matched figures (%.3f)' % (
        agree, total, agree / total if total else 1.0))
    kinds = OrderedDict((k, 0) for k in
                        ('not found', 'wrong region', 'wrong segment', 'wrong metric'))
    by_doc = {}
    for p in preds:
        by_doc.setdefault(p.doc, []).append(p)
    for g in res.fn:
        same = [p for p in by_doc.get(g.doc, ()) if is_number(p.value)
                and values_equal(p.value, g.value)]
        if not same:
            kinds['not found'] += 1
            continue
        # The closest prediction: the one differing in the fewest fields.
        def diffs(p):
            return (p.region != g.region, p.segment != g.segment, p.metric != g.metric)
        best = min(same, key=lambda p: sum(diffs(p)))
        for kind, differs in zip(('wrong region', 'wrong segment', 'wrong metric'),
                                 diffs(best)):
            if differs:
                kinds[kind] += 1
    lines.append('  misses: %d (%s)' % (len(res.fn), ', '.join(
        '%s %d' % (k, n) for k, n in kinds.items())))
    return lines


def candidate_recall(gold, candidates, negatives):
    """(found, total): gold figures (metric other aside) whose value, or the
    lower bound of their range, is the value of a candidate in their document."""
    by_doc = {}
    for c in candidates:
        by_doc.setdefault(c.doc, []).append(c.value)
    required = [g for g in gold if g.metric != 'other' and g.doc not in negatives]
    found = sum(1 for g in required
                if any(is_number(v) and values_equal(v, g.value) for v in by_doc.get(g.doc, ())))
    return found, len(required)


def load_candidates(path):
    rows = []
    for lineno, obj in read_jsonl(path):
        doc = _doc_of(obj, ('source', 'file', 'article'))
        if doc is None or not is_number(obj.get('value')):
            raise InputError('%s:%d: a candidate needs "source" and a numeric "value"'
                             % (path, lineno))
        obj.setdefault('metric', 'candidate')
        rows.append(Row(obj, doc, '%s:%d' % (path, lineno)))
    return rows


def _close(a, b, rel=1e-6):
    return a is not None and b is not None and abs(a - b) <= rel * max(1.0, abs(a), abs(b))


def _number(part):
    return part.get('value') if isinstance(part, dict) else None


def audit_lines(triples, checks):
    """How many of the corpus's percentage triples angka checks (a ratio
    check of the same document with the same percentage, numerator and
    denominator), how many of those verdicts agree with
    consistent_within_input_rounding (consistent or truncated: true;
    inconsistent: false), and how many consistent triples it calls
    inconsistent (false alarms)."""
    by_doc = {}
    for c in checks:
        if c.get('check') == 'ratio' and c.get('verdict') != 'unverifiable':
            by_doc.setdefault(doc_id(c.get('source')), []).append(c)
    checked = agree = false_alarms = 0
    missed = []
    for t in triples:
        doc = doc_id(t.get('article'))
        found = None
        for c in by_doc.get(doc, ()):
            if (_close(_number(c.get('percentage')), t.get('reported_pct'), 1e-9) and
                    _close(_number(c.get('numerator')), t.get('numerator'), 1e-3) and
                    _close(_number(c.get('denominator')), t.get('denominator'), 1e-3)):
                found = c
                break
        if found is None:
            missed.append(t)
            continue
        checked += 1
        says = found['verdict'] in ('consistent', 'truncated')
        truth = bool(t.get('consistent_within_input_rounding'))
        agree += says == truth
        false_alarms += truth and not says
    total = len(triples)
    return ['  audit: checks %d of %d triples (%.3f); agrees with %d of %d; false alarms %d' % (
        checked, total, checked / total if total else 1.0, agree, checked, false_alarms)], missed


# ---------------------------------------------------------------- CLI

def _fraction(s):
    try:
        v = float(s)
    except ValueError:
        raise argparse.ArgumentTypeError('not a number: %r' % s)
    if not 0.0 <= v <= 1.0:
        raise argparse.ArgumentTypeError('must be between 0 and 1: %r' % s)
    return v


def _regex(s):
    try:
        return re.compile(s)
    except re.error as e:
        raise argparse.ArgumentTypeError('not a regular expression: %r (%s)' % (s, e))


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, '%s: error: %s\n' % (self.prog, message))


def build_parser():
    doc = __doc__.split('\n\n', 1)
    parser = _Parser(
        prog='score.py',
        description=doc[0].strip(),
        epilog=doc[1].split('\n\n', 1)[1] if len(doc) > 1 else None,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--gold', required=True, metavar='GOLD.jsonl',
                        help='gold figures (seeds form with "file", or dev form with "article")')
    parser.add_argument('--distractors', metavar='D.jsonl',
                        help='distractors; rows with "acceptable": true excuse predictions '
                             'with the same text in the same document')
    parser.add_argument('--negatives', metavar='N.txt',
                        help='documents that must give no figure (one id per line)')
    parser.add_argument('--min-precision', type=_fraction, metavar='P',
                        help='exit 1 if any corpus has precision below P (0..1)')
    parser.add_argument('--min-recall', type=_fraction, metavar='R',
                        help='exit 1 if any corpus has recall below R (0..1)')
    parser.add_argument('--per-metric', action='store_true',
                        help='print a precision/recall table per metric')
    parser.add_argument('--verbose', '-v', action='store_true',
                        help='list every false positive, false negative and ignored prediction')
    parser.add_argument('--name', action='append', default=[], metavar='NAME',
                        help='label of the summary line; repeat once per PRED file '
                             '(default: the PRED file name)')
    parser.add_argument('--unknown', choices=('fp', 'ignore'), default='fp',
                        help='predictions from documents the gold does not know: count '
                             'them as false positives (default) or ignore them')
    parser.add_argument('--regions', metavar='DIR',
                        default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                             '..', 'rules'),
                        help='folder with regions.tsv and region_abbreviations.tsv: region '
                             'names that name the same place match (default: the '
                             "project's rules/)")
    parser.add_argument('--docs', metavar='REGEX', type=_regex,
                        help='score only the documents whose id matches REGEX in full '
                             '(gold, distractors, negatives and predictions alike), e.g. '
                             "'.*[369]' for a held-out third chosen by rule")
    parser.add_argument('--details', action='store_true',
                        help='also print as_of agreement on matched figures and the misses '
                             'by kind (not found, wrong region, wrong segment, wrong metric)')
    parser.add_argument('--candidates', metavar='C.jsonl',
                        help="every quantity angka read (`angka extract --candidates`): "
                             'print candidate recall, the share of gold figures whose value '
                             'is among the candidates of their document')
    parser.add_argument('--audit-gold', metavar='AUDIT.jsonl',
                        help="the corpus's percentage triples (audit.jsonl); with --audit, "
                             "print how many angka checks and whether it agrees")
    parser.add_argument('--audit', metavar='CHECKS.jsonl',
                        help='the checks of `angka audit --format jsonl` on the same corpus')
    parser.add_argument('--domain', metavar='NAME',
                        help="score only the records (figures and audit checks) of this "
                             "domain; records without a domain are kept")
    parser.add_argument('preds', nargs='+', metavar='PRED.jsonl',
                        help="angka figure records, one JSON object per line ('-' = stdin)")
    return parser


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else EXIT_ERROR
    if args.preds.count('-') > 1:
        print("score.py: error: '-' (stdin) given more than once", file=stderr)
        return EXIT_ERROR
    if len(args.name) > len(args.preds):
        print('score.py: error: more --name than PRED files', file=stderr)
        return EXIT_ERROR
    load_regions(args.regions)
    try:
        gold = load_gold(args.gold)
        acceptable, distractor_docs = ({}, set())
        if args.distractors:
            acceptable, distractor_docs = load_distractors(args.distractors)
        negatives = load_negatives(args.negatives) if args.negatives else set()
        runs = [(args.name[i] if i < len(args.name) else
                 ('stdin' if path == '-' else os.path.basename(path)),
                 path, load_predictions(path, domain=args.domain))
                for i, path in enumerate(args.preds)]
        candidates = load_candidates(args.candidates) if args.candidates else None
        triples = [o for _, o in read_jsonl(args.audit_gold)] if args.audit_gold else None
        checks = [o for _, o in read_jsonl(args.audit)
                  if args.domain is None or o.get('domain', args.domain) == args.domain
                  ] if args.audit else None
    except InputError as e:
        print('score.py: %s' % e, file=stderr)
        return EXIT_ERROR

    if args.docs is not None:
        def keep(doc):
            return args.docs.fullmatch(doc) is not None
        gold = [g for g in gold if keep(g.doc)]
        acceptable = {d: t for d, t in acceptable.items() if keep(d)}
        distractor_docs = {d for d in distractor_docs if keep(d)}
        negatives = {d for d in negatives if keep(d)}
        runs = [(name, path, [p for p in preds if keep(p.doc)]) for name, path, preds in runs]
        if candidates is not None:
            candidates = [c for c in candidates if keep(c.doc)]
        if triples is not None:
            triples = [t for t in triples if keep(doc_id(t.get('article')))]

    clash = sorted({g.doc for g in gold if g.metric != 'other'} & negatives)
    if clash:
        print('score.py: warning: negative documents with gold rows (rows not scored): %s'
              % ', '.join(clash), file=stderr)
    known = {g.doc for g in gold} | distractor_docs | negatives

    status = EXIT_OK
    for name, path, preds in runs:
        res = score(gold, preds, acceptable, negatives, known, args.unknown)
        print(summary_line(name, res), file=stdout)
        if args.per_metric:
            for line in per_metric_table(res):
                print(line, file=stdout)
        if args.details:
            for line in detail_lines(res, preds):
                print(line, file=stdout)
        if candidates is not None:
            found, total = candidate_recall(gold, candidates, negatives)
            print('  candidate recall %.3f (%d of %d gold values are candidates)'
                  % (found / total if total else 1.0, found, total), file=stdout)
        if triples is not None and checks is not None:
            lines, missed = audit_lines(triples, checks)
            for line in lines:
                print(line, file=stdout)
            if args.verbose:
                for t in missed:
                    print('    unchecked %s | %s | %s | %s of %s = %s' % (
                        t.get('article'), t.get('region'), t.get('kind'), t.get('numerator'),
                        t.get('denominator'), t.get('reported_pct')), file=stdout)
        if args.verbose:
            for line in verbose_lines(res):
                print(line, file=stdout)
        if res.unknown_docs:
            print('score.py: warning: %s: %d document(s) not in the gold (%s): %s'
                  % (name, len(res.unknown_docs),
                     'counted as false positives' if args.unknown == 'fp' else 'ignored',
                     ', '.join(sorted(res.unknown_docs))), file=stderr)
        p, r, _ = res.precision_recall_f1()
        if args.min_precision is not None and p < args.min_precision - 1e-12:
            print('score.py: %s: precision %.3f below %.3f' % (name, p, args.min_precision),
                  file=stderr)
            status = EXIT_BELOW
        if args.min_recall is not None and r < args.min_recall - 1e-12:
            print('score.py: %s: recall %.3f below %.3f' % (name, r, args.min_recall),
                  file=stderr)
            status = EXIT_BELOW
    return status


if __name__ == '__main__':
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.exit(EXIT_OK)
