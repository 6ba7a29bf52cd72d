#!/usr/bin/env python3
"""Unit tests for tests/score.py, the figure scorer.

Run with either of:
  python3 -m unittest tests/test_score.py
  python3 tests/test_score.py
"""

import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE_PY = os.path.join(HERE, 'score.py')

_spec = importlib.util.spec_from_file_location('angka_score', SCORE_PY)
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

DOC = '000_314ee92051ee0f53'


def gold_row(doc=DOC, region='Kalimantan Tengah', metric='coverage_pct', value=45.44,
             segment='all', text='45,44 persen', key='file', **extra):
    row = {key: doc + '.txt' if key == 'file' else doc, 'region': region, 'metric': metric,
           'value': value, 'unit': 'percent', 'segment': segment, 'as_of': '2024',
           'text': text}
    row.update(extra)
    return row


def pred(doc=DOC, region='Kalimantan Tengah', metric='coverage_pct', value=45.44,
         segment='all', text='45,44 persen', source=None, **extra):
    row = {'source': source or 'samples/%s.txt' % doc, 'article_title': 't',
           'published': None, 'region': region, 'region_code': '62', 'metric': metric,
           'segment': segment, 'value': value, 'unit': 'percent', 'approx': False,
           'as_of': '2024', 'text': text, 'sentence': '...', 'start': 0, 'end': 1,
           'rule': 'test'}
    row.update(extra)
    return row


class TempFiles:
    """Writes JSONL / text files into a temporary directory."""

    def __init__(self):
        self.dir = tempfile.TemporaryDirectory()

    def jsonl(self, name, rows):
        path = os.path.join(self.dir.name, name)
        with open(path, 'w', encoding='utf-8') as fh:
            for r in rows:
                fh.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + '\n')
        return path

    def text(self, name, content):
        path = os.path.join(self.dir.name, name)
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write(content)
        return path

    def cleanup(self):
        self.dir.cleanup()


def run_main(args):
    out, err = io.StringIO(), io.StringIO()
    rc = score.main(args, stdout=out, stderr=err)
    return rc, out.getvalue(), err.getvalue()


def rows(objs, kind):
    """Build scorer Rows from dicts without going through files."""
    out = []
    for i, o in enumerate(objs):
        keys = ('article', 'file', 'source') if kind == 'gold' else ('source', 'file', 'article')
        out.append(score.Row(o, score._doc_of(o, keys), 'mem:%d' % (i + 1)))
    return out


def counts(gold, preds, **kw):
    res = score.score(rows(gold, 'gold'), rows(preds, 'pred'), **kw)
    return res.counts(), res


class TestDocumentIds(unittest.TestCase):
    def test_html_and_txt_are_the_same_document(self):
        self.assertEqual(score.doc_id('samples/000_314ee92051ee0f53.html'), DOC)
        self.assertEqual(score.doc_id('000_314ee92051ee0f53.txt'), DOC)

    def test_dev_article_path(self):
        self.assertEqual(score.doc_id('../shared/corpus/dev/articles/01.txt'), '01')
        self.assertEqual(score.doc_id('01'), '01')

    def test_url(self):
        self.assertEqual(score.doc_id('https://example.id/berita/01.html?utm=x#top'), '01')
        self.assertEqual(score.doc_id('https://example.id/berita/abc/'), 'abc')


class TestCounting(unittest.TestCase):
    def test_tp_fp_fn(self):
        gold = [gold_row(), gold_row(metric='participants', value=466286, text='466.286')]
        preds = [pred(), pred(metric='participants', value=211438, text='211.438')]
        (tp, fp, fn), _ = counts(gold, preds)
        self.assertEqual((tp, fp, fn), (1, 1, 1))

    def test_html_prediction_matches_txt_gold(self):
        (tp, fp, fn), _ = counts([gold_row()], [pred(source='samples/%s.html' % DOC)])
        self.assertEqual((tp, fp, fn), (1, 0, 0))

    def test_dev_form_gold(self):
        gold = [gold_row(doc='01', key='article')]
        (tp, fp, fn), _ = counts(gold, [pred(source='../shared/corpus/dev/articles/01.txt')])
        self.assertEqual((tp, fp, fn), (1, 0, 0))

    def test_every_key_field_must_agree(self):
        for field, other in (('region', 'Kalimantan Barat'), ('metric', 'uncovered_pct'),
                             ('segment', 'PU'), ('value', 45.45)):
            with self.subTest(field=field):
                (tp, fp, fn), _ = counts([gold_row()], [pred(**{field: other})])
                self.assertEqual((tp, fp, fn), (0, 1, 1))

    def test_region_names_of_one_place_match(self):
        self.assertTrue(score.load_regions(os.path.join(HERE, '..', 'rules')))
        try:
            for gold_name, predicted in (('DKI Jakarta', 'Daerah Khusus Ibukota Jakarta'),
                                         ('Kota Palangkaraya', 'Kota Palangka Raya'),
                                         ('Sumatra Utara', 'Sumatera Utara')):
                with self.subTest(gold=gold_name):
                    (tp, fp, fn), _ = counts([gold_row(region=gold_name)],
                                             [pred(region=predicted)])
                    self.assertEqual((tp, fp, fn), (1, 0, 0))
            # Different places stay different.
            (tp, fp, fn), _ = counts([gold_row(region='Kota Jambi')], [pred(region='Jambi')])
            self.assertEqual((tp, fp, fn), (0, 1, 1))
        finally:
            score._REGION_CANON.clear()

    def test_wrong_document(self):
        gold = [gold_row(), gold_row(doc='001_b7a9ab85f0423bf7')]
        (tp, fp, fn), _ = counts(gold, [pred(doc='001_b7a9ab85f0423bf7', value=45.44)])
        self.assertEqual((tp, fp, fn), (1, 0, 1))

    def test_value_relative_tolerance(self):
        (c, _) = counts([gold_row(metric='benefit_amount_idr', value=711580000000)],
                        [pred(metric='benefit_amount_idr', value=711580000000.5)])
        self.assertEqual(c, (1, 0, 0))
        (c, _) = counts([gold_row(metric='benefit_amount_idr', value=711580000000)],
                        [pred(metric='benefit_amount_idr', value=711590000000)])
        self.assertEqual(c, (0, 1, 1))
        (c, _) = counts([gold_row(value=46.2)], [pred(value=46.2000000001)])
        self.assertEqual(c, (1, 0, 0))

    def test_text_and_as_of_are_not_compared(self):
        (c, _) = counts([gold_row()], [pred(text='45,44%', as_of='2025')])
        self.assertEqual(c, (1, 0, 0))

    def test_missing_segment_is_all(self):
        p = pred()
        del p['segment']
        (c, _) = counts([gold_row()], [p])
        self.assertEqual(c, (1, 0, 0))

    def test_ratios(self):
        res = score.score(rows([gold_row(), gold_row(value=1.0)], 'gold'),
                          rows([pred(), pred(value=2.0), pred(value=3.0)], 'pred'))
        p, r, f = res.precision_recall_f1()
        self.assertAlmostEqual(p, 1 / 3)
        self.assertAlmostEqual(r, 1 / 2)
        self.assertAlmostEqual(f, 0.4)

    def test_empty_is_perfect_not_division_error(self):
        res = score.score([], [])
        self.assertEqual(res.precision_recall_f1(), (1.0, 1.0, 1.0))
        res = score.score(rows([gold_row()], 'gold'), [])
        self.assertEqual(res.precision_recall_f1(), (1.0, 0.0, 0.0))

    def test_value_max_compared_only_when_both_have_it(self):
        g = gold_row(metric='participants', value=500000, value_max=600000)
        (c, _) = counts([g], [pred(metric='participants', value=500000)])
        self.assertEqual(c, (1, 0, 0))
        (c, _) = counts([g], [pred(metric='participants', value=500000, value_max=600000)])
        self.assertEqual(c, (1, 0, 0))
        (c, _) = counts([g], [pred(metric='participants', value=500000, value_max=700000)])
        self.assertEqual(c, (0, 1, 1))


class TestDuplicates(unittest.TestCase):
    def test_figure_emitted_twice(self):
        (c, res) = counts([gold_row()], [pred(), pred()])
        self.assertEqual(c, (1, 1, 0))
        self.assertEqual(res.fp[0][1], 'duplicate of a matched gold row')

    def test_two_gold_rows_same_key_need_two_predictions(self):
        # e.g. "100 persen" for two regencies collapsed to the same region by mistake
        gold = [gold_row(value=100), gold_row(value=100)]
        self.assertEqual(counts(gold, [pred(value=100)])[0], (1, 0, 1))
        self.assertEqual(counts(gold, [pred(value=100)] * 2)[0], (2, 0, 0))

    def test_duplicate_with_acceptable_text_is_ignored_not_fp(self):
        # gold "229. 405", acceptable restatement "229.405": whichever order they
        # come in, the restatement is the one ignored.
        gold = [gold_row(doc='43', key='article', region='Maluku', metric='participants',
                         value=229405, text='229. 405')]
        acceptable = {'43': {'229.405'}}
        for order in ((0, 1), (1, 0)):
            ps = [pred(doc='43', region='Maluku', metric='participants', value=229405,
                       text='229.405'),
                  pred(doc='43', region='Maluku', metric='participants', value=229405,
                       text='229. 405')]
            ps = [ps[i] for i in order]
            (c, res) = counts(gold, ps, acceptable=acceptable)
            self.assertEqual(c, (1, 0, 0), order)
            self.assertEqual(len(res.ignored), 1)

    def test_lone_acceptable_text_still_matches_gold(self):
        gold = [gold_row(doc='43', key='article', region='Maluku', metric='participants',
                         value=229405, text='229. 405')]
        ps = [pred(doc='43', region='Maluku', metric='participants', value=229405,
                   text='229.405')]
        self.assertEqual(counts(gold, ps, acceptable={'43': {'229.405'}})[0], (1, 0, 0))


class TestOptionalAndDistractors(unittest.TestCase):
    def setUp(self):
        self.gold = [
            gold_row(doc='11', key='article', region='Kota Semarang', metric='participants',
                     value=323900, text='323.900'),
            gold_row(doc='11', key='article', region='Kota Semarang', metric='other',
                     value=94802, text='94.802'),
        ]

    def test_other_row_not_in_recall(self):
        (c, res) = counts(self.gold, [pred(doc='11', region='Kota Semarang',
                                           metric='participants', value=323900)])
        self.assertEqual(c, (1, 0, 0))
        self.assertEqual(res.precision_recall_f1(), (1.0, 1.0, 1.0))

    def test_prediction_matching_other_row_is_neither_tp_nor_fp(self):
        (c, res) = counts(self.gold, [pred(doc='11', region='Kota Semarang', metric='other',
                                           value=94802, text='94.802')])
        self.assertEqual(c, (0, 0, 1))
        self.assertEqual(len(res.ignored), 1)

    def test_other_figure_as_coverage_metric_is_fp(self):
        (c, _) = counts(self.gold, [pred(doc='11', region='Kota Semarang',
                                         metric='uncovered_workers', value=94802)])
        self.assertEqual(c, (0, 1, 1))

    def test_other_row_absorbs_one_prediction_only(self):
        p = pred(doc='11', region='Kota Semarang', metric='other', value=94802)
        self.assertEqual(counts(self.gold, [p, p])[0], (0, 1, 1))

    def test_acceptable_distractor_ignored(self):
        acceptable = {'11': {'400 ribu sekian'}}
        ps = [pred(doc='11', region='Kota Semarang', metric='target_participants',
                   value=400000, text='400 ribu  sekian'),   # whitespace normalised
              pred(doc='11', region='Kota Semarang', metric='participants',
                   value=400000, text='400 ribu sekian')]    # any metric, any count
        (c, res) = counts(self.gold, ps, acceptable=acceptable)
        self.assertEqual(c, (0, 0, 1))
        self.assertEqual(len(res.ignored), 2)

    def test_distractor_only_for_its_document(self):
        acceptable = {'12': {'400 ribu sekian'}}
        ps = [pred(doc='11', region='Kota Semarang', metric='participants', value=400000,
                   text='400 ribu sekian')]
        self.assertEqual(counts(self.gold, ps, acceptable=acceptable)[0], (0, 1, 1))

    def test_unacceptable_distractor_is_fp(self):
        t = TempFiles()
        try:
            g = t.jsonl('gold.jsonl', self.gold)
            d = t.jsonl('d.jsonl', [{'article': '11', 'text': '16 kecamatan',
                                     'kind': 'admin_count', 'acceptable': False}])
            p = t.jsonl('p.jsonl', [pred(doc='11', region='Kota Semarang',
                                         metric='participants', value=16,
                                         text='16 kecamatan')])
            rc, out, _ = run_main(['--gold', g, '--distractors', d, p])
            self.assertEqual(rc, 0)
            self.assertIn('(tp 0, fp 1, fn 1)', out)
        finally:
            t.cleanup()


class TestNegatives(unittest.TestCase):
    def test_predictions_from_negatives_are_fp(self):
        gold = [gold_row(doc='01', key='article')]
        ps = [pred(doc='01'), pred(doc='07', value=94.64, text='94,64 persen')]
        (c, res) = counts(gold, ps, negatives={'07'})
        self.assertEqual(c, (1, 1, 0))
        self.assertEqual(res.fp[0][1], 'negative document')

    def test_negative_even_when_text_is_an_acceptable_distractor(self):
        ps = [pred(doc='07', text='x')]
        self.assertEqual(counts([], ps, negatives={'07'}, acceptable={'07': {'x'}})[0],
                         (0, 1, 0))

    def test_negatives_file_with_paths_and_comments(self):
        t = TempFiles()
        try:
            n = t.text('neg.txt', '# negatives\n07\n\narticles/33.txt  # BPJS Kesehatan\n')
            self.assertEqual(score.load_negatives(n), {'07', '33'})
        finally:
            t.cleanup()

    def test_unknown_documents(self):
        gold = [gold_row()]
        ps = [pred(), pred(doc='zzz')]
        self.assertEqual(counts(gold, ps)[0], (1, 1, 0))
        self.assertEqual(counts(gold, ps, unknown='ignore')[0], (1, 0, 0))


class TestCommandLine(unittest.TestCase):
    def setUp(self):
        self.t = TempFiles()
        self.gold = self.t.jsonl('gold.jsonl', [
            gold_row(),
            gold_row(metric='participants', value=466286, text='466.286'),
            gold_row(metric='uncovered_pct', value=20.59, text='20,59 persen'),
            gold_row(metric='uncovered_workers', value=211438, text='211.438'),
        ])
        # 2 TP, 1 FP, 2 FN: precision 0.667, recall 0.500
        self.pred = self.t.jsonl('run.jsonl', [
            pred(source='samples/%s.html' % DOC),
            pred(metric='participants', value=466286, text='466.286'),
            pred(metric='participants', value=211438, text='211.438'),
        ])

    def tearDown(self):
        self.t.cleanup()

    def test_summary_line(self):
        rc, out, _ = run_main(['--gold', self.gold, '--name', 'seeds', self.pred])
        self.assertEqual(rc, 0)
        self.assertEqual(out.strip(), 'seeds: precision 0.667 recall 0.500 F1 0.571 '
                                      '(tp 2, fp 1, fn 2)')

    def test_thresholds_exit_code(self):
        args = ['--gold', self.gold, self.pred]
        self.assertEqual(run_main(args + ['--min-precision', '0.6'])[0], 0)
        self.assertEqual(run_main(args + ['--min-precision', '0.7'])[0], 1)
        self.assertEqual(run_main(args + ['--min-recall', '0.5'])[0], 0)
        self.assertEqual(run_main(args + ['--min-recall', '0.51'])[0], 1)
        rc, _, err = run_main(args + ['--min-precision', '0.9', '--min-recall', '0.9'])
        self.assertEqual(rc, 1)
        self.assertIn('precision 0.667 below 0.900', err)

    def test_several_corpora_one_line_each(self):
        with open(self.gold, encoding='utf-8') as fh:
            perfect = self.t.jsonl('perfect.jsonl', [json.loads(l) for l in fh])
        rc, out, _ = run_main(['--gold', self.gold, '--min-recall', '0.9', self.pred, perfect])
        lines = out.strip().splitlines()
        self.assertEqual(len(lines), 2)
        self.assertTrue(lines[0].startswith('run.jsonl: '))
        self.assertTrue(lines[1].startswith('perfect.jsonl: precision 1.000 recall 1.000'))
        self.assertEqual(rc, 1)   # the first corpus is below the threshold

    def test_per_metric_and_verbose(self):
        rc, out, _ = run_main(['--gold', self.gold, '--per-metric', '--verbose', self.pred])
        self.assertEqual(rc, 0)
        self.assertRegex(out, r'participants\s+0\.500\s+1\.000\s+0\.667\s+1\s+1\s+0')
        self.assertRegex(out, r'uncovered_pct\s+1\.000\s+0\.000\s+0\.000\s+0\s+0\s+1')
        self.assertIn('FP %s | Kalimantan Tengah | participants | all | 211438 | "211.438"'
                      % DOC, out)
        self.assertIn('FN %s | Kalimantan Tengah | uncovered_pct | all | 20.59' % DOC, out)
        # the near miss is pointed out
        self.assertIn('same value predicted as Kalimantan Tengah/participants/all', out)

    def test_docs_keeps_only_matching_documents(self):
        other = self.t.jsonl('other.jsonl', [
            gold_row(), gold_row(doc='116', key='article', metric='participants', value=5)])
        preds = self.t.jsonl('p.jsonl', [pred(), pred(doc='116', source='a/116.txt',
                                                         metric='participants', value=7)])
        _, out, _ = run_main(['--gold', other, preds])
        self.assertIn('tp 1, fp 1, fn 1', out)
        _, out, _ = run_main(['--gold', other, '--docs', '1[0-9]*', preds])
        self.assertIn('tp 0, fp 1, fn 1', out)
        _, out, _ = run_main(['--gold', other, '--docs', DOC, preds])
        self.assertIn('precision 1.000 recall 1.000', out)
        self.assertEqual(run_main(['--gold', other, '--docs', '(', preds])[0], 2)

    def test_details_as_of_and_misses_by_kind(self):
        preds = self.t.jsonl('p.jsonl', [
            pred(as_of='2025'),                                  # TP, as_of differs
            pred(metric='participants', value=466286),           # TP, as_of agrees
            pred(metric='coverage_pct', value=20.59),            # wrong metric
            pred(metric='uncovered_workers', value=211438, region='Jambi', segment='PU'),
        ])
        _, out, _ = run_main(['--gold', self.gold, '--details', preds])
        self.assertIn('as_of right on 1 of 2 matched figures (0.500)', out)
        self.assertIn('misses: 2 (not found 0, wrong region 1, wrong segment 1, '
                      'wrong metric 1)', out)
        _, out, _ = run_main(['--gold', self.gold, '--details', self.pred])
        self.assertIn('misses: 2 (not found 1, wrong region 0, wrong segment 0, '
                      'wrong metric 1)', out)

    def test_candidate_recall(self):
        cands = self.t.jsonl('c.jsonl', [
            {'source': 'x/%s.txt' % DOC, 'value': 45.44},
            {'source': 'x/%s.txt' % DOC, 'value': 20.59},
            {'source': 'x/other.txt', 'value': 466286},
        ])
        _, out, _ = run_main(['--gold', self.gold, '--candidates', cands, self.pred])
        self.assertIn('candidate recall 0.500 (2 of 4 gold values are candidates)', out)
        bad = self.t.jsonl('bad.jsonl', [{'value': 1}])
        rc, _, err = run_main(['--gold', self.gold, '--candidates', bad, self.pred])
        self.assertEqual(rc, 2)
        self.assertIn('bad.jsonl:1', err)

    def test_malformed_json_reports_file_and_line(self):
        bad = self.t.jsonl('bad.jsonl', [pred(), '{"source": "x.txt", "value": 1,'])
        rc, _, err = run_main(['--gold', self.gold, bad])
        self.assertEqual(rc, 2)
        self.assertIn('bad.jsonl:2: malformed JSON', err)

    def test_bad_records_and_files_are_usage_errors(self):
        no_value = self.t.jsonl('nv.jsonl', [{'source': 'a.txt', 'metric': 'coverage_pct',
                                              'value': '45,44'}])
        rc, _, err = run_main(['--gold', self.gold, no_value])
        self.assertEqual((rc, 'nv.jsonl:1: prediction has no numeric "value"' in err),
                         (2, True))
        bad_gold = self.t.jsonl('g.jsonl', [{'region': 'Jambi', 'metric': 'x', 'value': 1}])
        self.assertEqual(run_main(['--gold', bad_gold, self.pred])[0], 2)
        self.assertEqual(run_main(['--gold', self.gold, '/nonexistent/x.jsonl'])[0], 2)
        self.assertEqual(run_main(['--gold', self.gold])[0], 2)
        self.assertEqual(run_main([self.pred])[0], 2)
        self.assertEqual(run_main(['--gold', self.gold, '--min-recall', '2', self.pred])[0], 2)
        self.assertEqual(run_main(['--gold', self.gold, '-', '-'])[0], 2)

    def test_stdin_and_help_via_subprocess(self):
        with open(self.pred, encoding='utf-8') as fh:
            data = fh.read()
        p = subprocess.run([sys.executable, SCORE_PY, '--gold', self.gold, '-'],
                           input=data, capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(p.stdout.startswith('stdin: precision 0.667 recall 0.500'))
        h = subprocess.run([sys.executable, SCORE_PY, '--help'], capture_output=True, text=True)
        self.assertEqual(h.returncode, 0)
        for word in ('MATCHING', 'EXIT STATUS', 'acceptable', 'negatives', 'other'):
            self.assertIn(word, h.stdout)


class TestSharedCorpora(unittest.TestCase):
    """The real annotation files score perfectly against themselves."""
    SHARED = os.path.normpath(os.path.join(HERE, '..', '..', 'shared'))

    def test_gold_against_itself(self):
        seeds = os.path.join(self.SHARED, 'seeds', 'expected.jsonl')
        dev = os.path.join(self.SHARED, 'corpus', 'dev')
        if not (os.path.exists(seeds) and os.path.isdir(dev)):
            self.skipTest('../shared not available')
        rc, out, _ = run_main(['--gold', seeds, '--min-precision', '1', '--min-recall', '1',
                               seeds])
        self.assertEqual(rc, 0, out)
        self.assertIn('(tp 33, fp 0, fn 0)', out)
        g = os.path.join(dev, 'gold.jsonl')
        rc, out, _ = run_main(['--gold', g, '--distractors', os.path.join(dev, 'distractors.jsonl'),
                               '--negatives', os.path.join(dev, 'negatives.txt'),
                               '--min-precision', '1', '--min-recall', '1', g])
        self.assertEqual(rc, 0, out)
        self.assertIn('fp 0, fn 0)', out)


if __name__ == '__main__':
    unittest.main()
