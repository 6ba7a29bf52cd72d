#!/usr/bin/env bash
# '-' reads one article from standard input in extract, ingest, parse and
# explain; --source-name names it (ingest needs the name: it is the
# article's identity, a new text under it is a new version).
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
PAGE=samples/003_f8806416e8b14334.html
DB="$WORK/angka.db"

# extract: the same records as from the file, with the source named.
expect_status 0 "$ANGKA" extract --format jsonl "$PAGE"
cp "$WORK/out" "$WORK/file.jsonl"
"$ANGKA" extract --format jsonl - <"$PAGE" >"$WORK/out" 2>"$WORK/err"
CHECKS=$((CHECKS + 1))
python3 - "$WORK/file.jsonl" "$WORK/out" "-" <<'PY' || fail "extract - differs from extract FILE"
import json, sys
a = [json.loads(l) for l in open(sys.argv[1])]
b = [json.loads(l) for l in open(sys.argv[2])]
assert len(a) == len(b) > 0, (len(a), len(b))
for x, y in zip(a, b):
    assert y["source"] == sys.argv[3], y["source"]
    x.pop("source"); y.pop("source")
    assert x == y, (x, y)
PY
cat "$PAGE" | "$ANGKA" extract --format csv --source-name https://jambi.example/berita/ucj - >"$WORK/out" 2>"$WORK/err"
expect_grep "$WORK/out" '^"https://jambi.example/berita/ucj",' "--source-name names the records' source"
# Without an extension, the content says it is HTML: the same main text.
"$ANGKA" parse --source-name page - <"$PAGE" >"$WORK/out" 2>"$WORK/err"
"$ANGKA" parse "$PAGE" >"$WORK/file.txt" 2>/dev/null
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/out" "$WORK/file.txt" || fail "parse - gives another text than parse FILE: $(diff "$WORK/out" "$WORK/file.txt" | head -5)"
"$ANGKA" parse --format json - <"$PAGE" >"$WORK/out" 2>"$WORK/err"
expect_grep "$WORK/out" '"source": "-"' "parse names standard input '-'"
# With other operands: each read in turn.
"$ANGKA" parse - samples/001_b7a9ab85f0423bf7.txt <"$PAGE" >"$WORK/out" 2>"$WORK/err"
expect_grep "$WORK/out" "^==> - <==$" "stdin's header"
expect_grep "$WORK/out" "^==> samples/001_b7a9ab85f0423bf7.txt <==$" "the file's header"

# explain: the article's figures, rule by rule.
echo "Hingga Juni 2025, capaian UCJ Kota Bitung baru 41,2 persen atau sekitar 48.300 pekerja terlindungi BPJS Ketenagakerjaan." |
	"$ANGKA" explain - >"$WORK/out" 2>"$WORK/err"
expect_grep "$WORK/out" "figure   coverage_pct = 41.2 percent" "explain -"
expect_grep "$WORK/out" "^2 figures after merging duplicates" "explain - counts the figures"
# ... and names apart what only the audit reads (a share of the participants).
echo "Dari jumlah peserta BPJS Ketenagakerjaan Kota Bitung, 35 persen peserta merupakan pekerja bukan penerima upah." |
	"$ANGKA" explain - >"$WORK/out" 2>"$WORK/err"
expect_grep "$WORK/out" "^0 figures after merging duplicates, and 1 context figure for the audit: share_pct = 35$" "explain - names the context figures"

# ingest: stored under the name it is given; a URL name is normalized.
"$ANGKA" ingest --db "$DB" --source-name 'https://Jambi.Example/berita/ucj?utm_source=wa' - <"$PAGE" >"$WORK/out" 2>"$WORK/err"
expect_grep "$WORK/err" "^1 article: 1 new, 0 unchanged, 0 failed; 15 figures stored" "ingest -"
CHECKS=$((CHECKS + 1))
[ "$(sqlite3 "$DB" 'select location from sources')" = "https://jambi.example/berita/ucj" ] ||
	fail "the stored source: $(sqlite3 "$DB" 'select location from sources')"
expect_status 0 "$ANGKA" sources --db "$DB" --format jsonl
expect_grep "$WORK/out" '"location":"https://jambi.example/berita/ucj","kind":"page","status":"ok"' "a URL name is a page"
# The same text under another name: one article, two sources.
"$ANGKA" ingest --db "$DB" --source-name capture.txt - <samples/003_f8806416e8b14334.txt >"$WORK/out" 2>"$WORK/err"
expect_grep "$WORK/err" "0 new, 1 unchanged" "the capture is the same article"

# Usage errors.
expect_status 2 "$ANGKA" ingest --db "$DB" -
expect_grep "$WORK/err" "'-' needs --source-name NAME" "ingest - without a name"
expect_status 2 "$ANGKA" extract - -
expect_grep "$WORK/err" "'-' (standard input) can be read only once" "stdin twice"
expect_status 2 "$ANGKA" extract --source-name x.txt "$PAGE"
expect_grep "$WORK/err" "--source-name names the article read from '-'" "a name for nothing"
expect_status 2 "$ANGKA" ingest --db "$DB" --feed --source-name x -
expect_grep "$WORK/err" "--feed reads feeds, not '-'" "a feed from stdin"
finish
