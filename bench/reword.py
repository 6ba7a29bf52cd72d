#!/usr/bin/env python3
"""Does angka read what is said, or the words it was tuned on?

  python3 bench/reword.py [BUILD_DIR]

Rewrites the articles the rules were tuned on (tests/corpus/project,
../shared/corpus/dev and the tuned part of ../shared/corpus/train: ids not
ending in 3, 6 or 9; the blind part is never read) with one meaning-preserving substitution at a time, a
word or a form for its synonym everywhere in the article's text, or the same
text in another layout (a sentence per paragraph, paragraphs run together,
no headline, curly quotes, lines wrapped at a fixed width with no blank
line between paragraphs, justified, tables aligned or flattened with spaces,
Markdown),
and scores
each rewording against the same gold with tests/score.py. A reading that
breaks under a synonym was fitted to a word, not to how reporting states a
number; each line prints what the substitution cost (true positives lost,
false positives gained). Read the articles a line names before believing
it: a figure whose text changes can miss the distractor that excused it
("50 %" for an acceptable "50 persen"), and a rewording can be ungrammatical
in one place.

The rewordings are made in a temporary folder; nothing is kept.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared', 'corpus')

# (pattern, replacement): same meaning, other words. Python re, applied to
# the text after the capture header.
REWORDINGS = [
    (r'\bmencapai\b', 'sebanyak'), (r'\bsebanyak\b', 'sejumlah'), (r'\bsebanyak\b', 'mencapai'),
    (r'\bpersen\b', '%'), (r'(\d) ?%', r'\1 persen'), (r'\borang\b', 'jiwa'),
    (r'\bpekerja\b', 'tenaga kerja'), (r'\bterlindungi\b', 'terproteksi'),
    (r'\bterlindungi\b', 'dilindungi'), (r'\bterlindungi\b', 'tercover'),
    (r'BPJS Ketenagakerjaan', 'BPJamsostek'), (r'BPJS Ketenagakerjaan', 'BPJS Naker'),
    (r'BPJS Ketenagakerjaan', 'BPJSTK'), (r'BPJS Ketenagakerjaan', 'BPJS TK'), (r'\bKabupaten\b', 'Kab.'),
    (r'\bKabupaten ([A-Z])', r'\1'), (r'\bProvinsi\b', 'Prov.'), (r'\bjuta\b', 'jt'),
    (r'\bribu\b', 'rb'), (r'\bmiliar\b', 'milyar'), (r'\bhingga\b', 'sampai'),
    (r'\bhingga\b', 'per'), (r'\bsekitar\b', 'kurang lebih'), (r'\bsekitar\b', 'kira-kira'), (r'\bdari total\b', 'dari jumlah'),
    (r'\batau\b', 'atau setara'), (r'\binformal\b', 'bukan penerima upah'), (r'\bpekerja informal\b', 'pekerja sektor informal'),
    (r'\bBPU\b', 'Bukan Penerima Upah'), (r'\bpeserta aktif\b', 'peserta yang aktif'),
    (r'\byang terdaftar\b', 'terdaftar'), (r'\bmenjadi peserta\b', 'terdaftar sebagai peserta'),
    (r'\bSebanyak\b', 'Tercatat'), (r'\bJumlah\b', 'Total'), (r'\bjumlah peserta\b', 'total peserta'), (r'\bsebesar\b', 'senilai'),
    (r'\bklaim\b', 'pembayaran klaim'), (r'\bcakupan\b', 'tingkat cakupan'),
    (r'\bbaru\b', 'hanya'), (r'\bbelum\b', 'masih belum'), (r'\bpada tahun\b', 'tahun'),
    (r'\bdi ([A-Z])', r'di wilayah \1'), (r'\btelah\b', 'sudah'), (r'\bsudah\b', 'telah'),
    (r'\bdengan\b', 'dgn'), (r'Rp ?(\d)', r'Rp. \1'),
    (r'(\d[\d.,]*(?: juta| ribu)? (?:orang|pekerja|peserta)) atau (?:sekitar )?(\d[\d,]*(?: persen|%))',
     r'\2 atau \1'),
    (r'\bpekerja\b', 'buruh'), (r'\bterdaftar sebagai\b', 'tercatat sebagai'),
    (r'\bpeserta aktif\b', 'peserta yang masih aktif'), (r'\bhingga\b', 's.d.'),
    (r'\bhingga\b', 'sampai dengan'), (r'\bdari total\b', 'dari keseluruhan'),
    (r'\bmasing-masing\b', 'masing masing'), (r'\bberturut-turut\b', 'berturut turut'),
    (r'\bdi antaranya\b', 'diantaranya'), (r'\bDesember\b', 'Des'),
    (r'\bsebanyak\b', 'berjumlah'), (r'\bmembayarkan\b', 'menyalurkan'),
    (r'\bPemerintah Kabupaten\b', 'Pemkab'), (r'\bterdiri dari\b', 'terdiri atas'),
    (r'\bpersen\b', 'prosen'), (r'\bRp ?(\d)', r'IDR \1'), (r'\bterdaftar\b', 'tercatat'),
]

# Layouts: the same text cut into paragraphs otherwise. Sites that give each
# sentence a paragraph of its own, and captures that run paragraphs together.
SENTENCE_END = re.compile(r'(?<=[a-z0-9)"\u201d]{3}[.!?]) (?=["\u201c]?[A-Z])')


def sentence_per_paragraph(body):
    return '\n'.join(SENTENCE_END.sub('\n\n', line) for line in body.split('\n'))


def paragraphs_run_together(body):
    """Prose paragraphs after the first (the title) joined into one; list
    items, table rows and short lines stay as they are."""
    out, run = [], []
    for n, para in enumerate(re.split(r'\n\s*\n', body)):
        if n > 0 and '\n' not in para and len(para) > 80 and \
                not re.match(r'\s*([-*|\u2022]|\d+[.)] )', para):
            run.append(para.strip())
            continue
        if run:
            out.append(' '.join(run))
            run = []
        out.append(para)
    if run:
        out.append(' '.join(run))
    return '\n\n'.join(out)


def without_headline(body):
    """A capture that lost its headline: a first paragraph of one short line
    that does not end a sentence."""
    head, sep, rest = body.partition('\n\n')
    if sep and '\n' not in head and len(head) < 160 and not head.rstrip().endswith('.'):
        return rest
    return body


def curly_quotes(body):
    parts = body.split('"')
    return ''.join(p + ('\u201c' if i % 2 == 0 else '\u201d') for i, p in
                   enumerate(parts[:-1])) + parts[-1]


def wrapped(body, width=72, justify=False):
    """A release pasted from mail or a PDF: every line wrapped at width, no
    blank line between paragraphs (as pdftotext prints them); justified, its
    lines padded to the width with widened gaps. Table rows stay whole."""
    out = []
    for line in body.split('\n'):
        if line.count('|') >= 2:
            out.append(line)
            continue
        lines = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        if justify:
            lines = [_justify(x, width, n) if n + 1 < len(lines) else x
                     for n, x in enumerate(lines)]
        out += lines
    return '\n'.join(out)


def _justify(line, width, seed):
    words = line.split(' ')
    gaps = len(words) - 1
    if gaps < 1:
        return line
    extra = width - len(line)
    pads = [1 + extra // gaps + (1 if (k + seed) % gaps < extra % gaps else 0)
            for k in range(gaps)]
    return ''.join(w + ' ' * pads[k] for k, w in enumerate(words[:-1])) + words[-1]


def aligned_tables(body):
    """Tables as pdftotext -layout prints them: columns aligned with runs of
    spaces (numbers right-aligned) instead of pipes."""
    lines = body.split('\n')
    rows = [n for n, line in enumerate(lines) if line.count('|') >= 3]
    cells = {n: [c.strip() for c in lines[n].strip().strip('|').split('|')] for n in rows}
    if not rows:
        return body
    k = max(len(c) for c in cells.values())
    width = [max(len(c[j]) if j < len(c) else 0 for c in cells.values()) for j in range(k)]
    for n in rows:
        lines[n] = '   '.join(c.rjust(width[j]) if re.search(r'\d', c) else c.ljust(width[j])
                              for j, c in enumerate(cells[n])).rstrip()
    return '\n'.join(lines)


def markdown(body):
    """A capture a scraper saved as Markdown: the headline a heading, numbers
    in bold (a range's ends each), the institution a link, a quote a
    blockquote."""
    lines = body.split('\n')
    lines[0] = '# ' + lines[0]
    body = '\n'.join('> ' + l if l.startswith(('"', '\u201c')) else l for l in lines)
    body = re.sub(r'(?<![\w.,*])(\d[\d.,]*\d|\d)( (?:juta|ribu|miliar|triliun|persen))?(?![\w*])',
                  lambda m: '**%s%s**' % (m.group(1), m.group(2) or ''), body)
    return re.sub(r'\bBPJS Ketenagakerjaan\b', '[BPJS Ketenagakerjaan](https://bpjs.example/a_b)',
                  body)


def spaced_tables(body):
    """Tables flattened with single spaces, as some captures print them."""
    return '\n'.join(' '.join(c.strip() for c in line.strip().strip('|').split('|'))
                     if line.count('|') >= 3 else line for line in body.split('\n'))


LAYOUTS = [('one sentence per paragraph', sentence_per_paragraph),
           ('paragraphs run together', paragraphs_run_together),
           ('without its headline', without_headline), ('curly quotes', curly_quotes),
           ('wrapped at 72, no blank lines', wrapped),
           ('wrapped at 60, justified', lambda body: wrapped(body, 60, True)),
           ('tables aligned with spaces', aligned_tables),
           ('tables flattened with single spaces', spaced_tables), ('saved as Markdown', markdown)]


def tuned_corpora():
    """(name, folder, [article ids]) of what the rules were tuned on."""
    project = os.path.join(ROOT, 'tests', 'corpus', 'project')
    out = [('project', project, sorted(f[:-4] for f in os.listdir(project + '/articles')))]
    dev = os.path.join(SHARED, 'dev')
    if os.path.isdir(dev):
        out.append(('dev', dev, sorted(f[:-4] for f in os.listdir(dev + '/articles'))))
    train = os.path.join(SHARED, 'train')
    if os.path.isdir(train):
        ids = sorted(f[:-4] for f in os.listdir(train + '/articles') if f[-5] not in '369')
        out.append(('train-tuned', train, ids))
    return out


def score(angka, corpus, folder, ids, work):
    pred = os.path.join(work, 'pred.jsonl')
    files = [os.path.join(folder, i + '.txt') for i in ids]
    with open(pred, 'w') as fh:
        subprocess.run([angka, 'extract', '--quiet', '--format', 'jsonl'] + files, stdout=fh,
                       check=False)
    args = ['python3', os.path.join(ROOT, 'tests', 'score.py'), '--domain', 'bpjs-tk', '--gold',
            corpus + '/gold.jsonl', '--distractors', corpus + '/distractors.jsonl',
            '--negatives', corpus + '/negatives.txt', '--docs', '^(%s)$' % '|'.join(ids),
            '--verbose', pred]
    out = subprocess.run(args, capture_output=True, text=True).stdout
    tp, fp, fn = (int(x) for x in re.search(r'tp (\d+), fp (\d+), fn (\d+)', out).groups())
    docs = sorted({l.split()[1] for l in out.splitlines() if re.match(r'\s+(FP|FN) ', l)})
    return tp, fp, docs


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else 'build'
    angka = os.path.join(ROOT, build, 'angka')
    if not os.access(angka, os.X_OK):
        sys.exit('bench/reword.py: no %s; build first' % angka)
    corpora = tuned_corpora()
    work = tempfile.mkdtemp(prefix='angka-reword.')
    try:
        base = {name: score(angka, folder, folder + '/articles', ids, work)
                for name, folder, ids in corpora}
        for name, _, _ in corpora:
            print('%s as written: tp %d, fp %d' % (name, base[name][0], base[name][1]))
        print('\n%-44s %-26s %s' % ('rewording', 'into', 'tp, fp change'))
        broken = 0
        changes = [(p, r, lambda body, p=p, r=r: re.sub(p, r, body)) for p, r in REWORDINGS]
        changes += [('(layout)', name, rewrite) for name, rewrite in LAYOUTS]
        for pattern, replacement, rewrite in changes:
            tp = fp = 0
            docs = []
            for name, folder, ids in corpora:
                out = os.path.join(work, name)
                shutil.rmtree(out, ignore_errors=True)
                os.makedirs(out)
                for i in ids:
                    text = open(os.path.join(folder, 'articles', i + '.txt'), encoding='utf-8').read()
                    head, sep, body = text.partition('\n\n')
                    with open(os.path.join(out, i + '.txt'), 'w', encoding='utf-8') as fh:
                        fh.write(head + sep + rewrite(body))
                t, f, errors = score(angka, folder, out, ids, work)
                tp += t - base[name][0]
                fp += f - base[name][1]
                docs += [d for d in errors if d not in base[name][2]]
            changed = tp != 0 or fp != 0
            broken += changed
            print('%-44s %-26s %+d, %+d%s' % (pattern[:44], replacement[:26], tp, fp,
                                             '  <-- ' + ' '.join(docs) if changed else ''))
        print('\n%d of %d rewordings change what angka finds' % (broken, len(changes)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
