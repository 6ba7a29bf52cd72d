#!/usr/bin/env bash
# ingest stores each article once with its figures; export gives the same
# records as extract; a second ingest of the same inputs changes nothing.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/angka.db"
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.txt
expect_grep "$WORK/out" "^5 articles: 5 new, 0 unchanged, 0 failed; 33 figures stored in " "first ingest summary"
expect_status 0 "$ANGKA" extract --format jsonl samples/*.txt
cp "$WORK/out" "$WORK/extract.jsonl"
expect_status 0 "$ANGKA" export --db "$DB" --format jsonl
cp "$WORK/out" "$WORK/export.jsonl"
CHECKS=$((CHECKS + 1))
diff -q "$WORK/extract.jsonl" "$WORK/export.jsonl" >/dev/null ||
	fail "export differs from extract: $(diff "$WORK/extract.jsonl" "$WORK/export.jsonl" | head -20)"

# The HTML pages have exactly the main text of their .txt captures, so they
# are the same articles, each with a second source.
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.html
expect_grep "$WORK/out" "^5 articles: 0 new, 5 unchanged, 0 failed; 0 figures stored" "HTML ingest summary"
CHECKS=$((CHECKS + 1))
[ "$(sqlite3 "$DB" 'select count(*) from sources')" = 10 ] || fail "the pages' sources were not recorded"

expect_status 0 "$ANGKA" export --db "$DB"
cp "$WORK/out" "$WORK/export.jsonl"
expect_status 0 "$ANGKA" ingest --db "$DB" samples
expect_grep "$WORK/out" "^10 articles: 0 new, 10 unchanged, 0 failed; 0 figures stored" "second ingest"
expect_status 0 "$ANGKA" export --db "$DB"
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/out" "$WORK/export.jsonl" || fail "a second ingest changed what is stored"

# The same content under another name is the same article, with a second source.
cp samples/003_f8806416e8b14334.txt "$WORK/copy.txt"
expect_status 0 "$ANGKA" ingest --db "$DB" "$WORK/copy.txt"
expect_grep "$WORK/out" "^1 article: 0 new, 1 unchanged" "a copy is unchanged"
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
assert rows[0] == ["source", "article_title", "published", "region", "region_code", "metric",
                   "segment", "value", "unit", "approx", "as_of", "text", "sentence", "start",
                   "end", "rule"], rows[0]
assert len(rows) == 5 and all(len(r) == 16 for r in rows), len(rows)
assert rows[1][5] == "participants" and rows[1][7] == "239430", rows[1]
PY

# CSV, JSON and table exports.
expect_status 0 "$ANGKA" export --format json
CHECKS=$((CHECKS + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d) >= 4' "$WORK/out" || fail "export --format json is not a JSON array of the figures"
expect_status 0 "$ANGKA" export --format table
expect_grep "$WORK/out" "^region " "table header"
expect_grep "$WORK/out" "Kalimantan Tengah" "table rows"
finish
