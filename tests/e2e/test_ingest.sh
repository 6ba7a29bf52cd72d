#!/usr/bin/env bash
# ingest stores each article once with its figures; export gives the same
# records as extract, each preceded by its id; a second ingest of the same
# inputs changes nothing. Summaries go to stderr, records to stdout.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/angka.db"
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.txt
expect_grep "$WORK/err" "^5 articles: 5 new, 0 unchanged, 0 failed; 33 figures stored in " "first ingest summary"
expect_lines "$WORK/out" 0 "nothing on stdout"
expect_status 0 "$ANGKA" extract --format jsonl samples/*.txt
cp "$WORK/out" "$WORK/extract.jsonl"
expect_status 0 "$ANGKA" export --db "$DB" --format jsonl
cp "$WORK/out" "$WORK/export.jsonl"
CHECKS=$((CHECKS + 1))
python3 - "$WORK/extract.jsonl" "$WORK/export.jsonl" "$DB" <<'PY' || fail "export is not extract's records with their ids"
import json, sqlite3, sys
extracted = [json.loads(l) for l in open(sys.argv[1])]
exported = [json.loads(l) for l in open(sys.argv[2])]
assert len(extracted) == len(exported) == 33
db = sqlite3.connect(sys.argv[3])
for x, e in zip(extracted, exported):
    assert list(e)[0] == "id" and list(e)[1:] == list(x), list(e)
    fid = e.pop("id")
    assert e == x, (e, x)
    assert db.execute("select text, start from figures where id = ?", (fid,)).fetchone() == (x["text"], x["start"])
PY

# The HTML pages have exactly the main text of their .txt captures, so they
# are the same articles, each with a second source.
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.html
expect_grep "$WORK/err" "^5 articles: 0 new, 5 unchanged, 0 failed; 0 figures stored" "HTML ingest summary"
CHECKS=$((CHECKS + 1))
[ "$(sqlite3 "$DB" 'select count(*) from sources')" = 10 ] || fail "the pages' sources were not recorded"

expect_status 0 "$ANGKA" export --db "$DB"
cp "$WORK/out" "$WORK/export.jsonl"
expect_status 0 "$ANGKA" ingest --db "$DB" samples
expect_grep "$WORK/err" "^10 articles: 0 new, 10 unchanged, 0 failed; 0 figures stored" "second ingest"
expect_status 0 "$ANGKA" export --db "$DB"
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/out" "$WORK/export.jsonl" || fail "a second ingest changed what is stored"

# The same content under another name is the same article, with a second source.
cp samples/003_f8806416e8b14334.txt "$WORK/copy.txt"
expect_status 0 "$ANGKA" ingest --db "$DB" "$WORK/copy.txt"
expect_grep "$WORK/err" "^1 article: 0 new, 1 unchanged" "a copy is unchanged"
CHECKS=$((CHECKS + 1))
[ "$(sqlite3 "$DB" 'select count(*) from sources')" = 11 ] || fail "the copy's source was not recorded"

# The default database is angka.db in the current folder.
mkdir "$WORK/here" && cd "$WORK/here" || exit 1
expect_status 0 "$ANGKA" ingest "$SRC/samples/001_b7a9ab85f0423bf7.txt"
CHECKS=$((CHECKS + 1))
[ -f angka.db ] || fail "no angka.db in the current folder"
expect_status 0 "$ANGKA" export --format csv
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "export --format csv is not RFC 4180 with the record's fields"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[0] == ["id", "source", "article_title", "published", "region", "region_code", "domain",
                   "metric", "segment", "value", "unit", "programme", "approx", "as_of", "text",
                   "sentence", "start", "end", "rule"], rows[0]
assert len(rows) == 5 and all(len(r) == 19 for r in rows), len(rows)
assert rows[1][0] == "1" and rows[1][6] == "bpjs-tk" and rows[1][7] == "participants" and rows[1][9] == "239430", rows[1]
PY

# CSV, JSON and table exports.
expect_status 0 "$ANGKA" export --format json
CHECKS=$((CHECKS + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d) >= 4' "$WORK/out" || fail "export --format json is not a JSON array of the figures"
expect_status 0 "$ANGKA" export --format table
expect_grep "$WORK/out" "^id  *region  *metric " "table header"
expect_grep "$WORK/out" "^1  *Kalimantan Tengah  *participants  *PU  *239430" "table rows, with the id"
expect_grep "$WORK/err" "^4 figures$" "the footer on stderr"
expect_no_grep "$WORK/out" "figures$" "no footer in the table"
finish
