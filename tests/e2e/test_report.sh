#!/usr/bin/env bash
# angka report on the ingested samples, as the command line sees it: the
# page is written, works offline (nothing fetched), puts findings first,
# refuses what it cannot do with the documented exit codes. What the page
# shows is checked in the browser by tests/browser/test_report.py, on a
# database built through the store API.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/angka.db"
# The seeds, and the changed copy of seed 003: an inconsistent percentage
# and a conflict between two sources (518.632 vs 528.632 participants).
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.txt tests/data/003_numerator_changed.txt
HTML="$WORK/report.html"
expect_status 0 "$ANGKA" report --db "$DB" -o "$HTML"
expect_grep "$HTML" '<section id=findings>' "a findings section"
expect_grep "$HTML" '<article class="finding inconsistent">' "an inconsistent percentage"
expect_grep "$HTML" '<article class="finding conflict">' "a conflict"
expect_grep "$HTML" "<mark>528.632</mark>" "the changed number marked in its sentence"
expect_grep "$HTML" '<time id=generated>2025-05-14</time>' "generated on SOURCE_DATE_EPOCH's day"
expect_grep "$HTML" "<code id=database>$DB</code>" "the database named"
expect_grep "$HTML" 'Observable Plot' "the chart library credited"
expect_no_grep "$HTML" '<script src=' "no script fetched"
expect_no_grep "$HTML" 'src="http' "nothing fetched"
CHECKS=$((CHECKS + 1))
python3 - "$HTML" <<'PY' || fail "findings come before the charts"
import sys
page = open(sys.argv[1], encoding="utf-8").read()
assert page.index("<section id=findings>") < page.index("<section id=regions>") < page.index("<section id=series>")
PY

expect_status 0 "$ANGKA" report --db "$DB" --lang id -o - 
expect_grep "$WORK/out" '<html lang="id">' "--lang id"
expect_grep "$WORK/out" 'Temuan' "Indonesian labels"
expect_status 0 "$ANGKA" report --db "$DB" --curated -o "$WORK/curated.html"
expect_grep "$WORK/curated.html" 'class="scope curated"' "--curated says so"

expect_status 2 "$ANGKA" report --db "$DB" --lang fr
expect_grep "$WORK/err" "unknown language 'fr'" "a bad language named"
expect_status 2 "$ANGKA" report --db "$DB" extra
expect_status 3 "$ANGKA" report --db "$WORK/none.db"
expect_grep "$WORK/err" "no such database" "a missing database named"
expect_status 3 "$ANGKA" report --db "$DB" --web "$WORK" -o "$WORK/r.html"
expect_grep "$WORK/err" "report.css" "missing assets named"
expect_status 3 "$ANGKA" report --db "$DB" -o "$WORK/no/such/dir/report.html"
expect_grep "$WORK/err" "no/such/dir/report.html: cannot write the report" "unwritable output named"
finish
