#!/usr/bin/env python3
"""Write a headless copy of an article corpus: each article as most real
captures come, its URL, a line that gives no date, then the paragraphs
angka's parser keeps, one a line, without the headline.

Most of the real articles (27 of the 35 tuned train ones) start at the lead,
with no headline and no blank line between paragraphs; the probes were
written with both. Scoring the probes in this form measures what the
readings that lean on a headline are worth where there is none.

usage: headless.py ANGKA SRC_DIR DST_DIR (SRC_DIR holds articles/*.txt and
the annotation files, which are copied as they are)."""
import json
import os
import shutil
import subprocess
import sys


def main(argv):
    angka, src, dst = argv[1:4]
    os.makedirs(os.path.join(dst, 'articles'), exist_ok=True)
    names = sorted(n for n in os.listdir(os.path.join(src, 'articles')) if n.endswith('.txt'))
    paths = [os.path.join(src, 'articles', n) for n in names]
    out = subprocess.run([angka, 'parse', '--format', 'json'] + paths, capture_output=True,
                         text=True, check=False).stdout
    parsed = json.loads(out) if out.strip() else []
    if isinstance(parsed, dict):
        parsed = [parsed]
    by_source = {os.path.basename(a.get('source', '')): a for a in parsed}
    for name, path in zip(names, paths):
        with open(path, encoding='utf-8', errors='replace') as f:
            url = f.readline().rstrip('\n')
        article = by_source.get(name)
        if article is None:
            continue
        paragraphs = article.get('paragraphs', [])
        if paragraphs and paragraphs[0].get('kind') == 'heading':
            paragraphs = paragraphs[1:]
        body = '\n'.join(p.get('text', '') for p in paragraphs)
        with open(os.path.join(dst, 'articles', name), 'w', encoding='utf-8') as f:
            f.write(url + '\nRETRIEVED: pages corpus\n\n' + body + '\n')
    for n in ('gold.jsonl', 'audit.jsonl', 'distractors.jsonl', 'negatives.txt'):
        if os.path.exists(os.path.join(src, n)):
            shutil.copy(os.path.join(src, n), os.path.join(dst, n))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
