#!/usr/bin/env bash
# Review decisions are history (who, when, what), never overwrite what was
# extracted, survive re-extraction, and make the curated export.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/angka.db"
q() { sqlite3 "$DB" "$1"; }
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.txt

expect_status 0 "$ANGKA" review list --db "$DB" --pending
expect_grep "$WORK/err" "^33 figures$" "all pending at first"
expect_grep "$WORK/out" "^id  *region  *metric  *segment  *value  *as_of  *text  *decision  *note  *fact_status  *source$" "list header: field names"
PCT=$(q "select id from figures where text = '46,2 persen'")
PART=$(q "select id from figures where text = '466.286'")
JAMBI=$(q "select id from figures where text = '39,52%'")
BONTANG=$(q "select id from figures where region = 'Kota Bontang'")

expect_status 0 env USER=alice "$ANGKA" review accept "$PCT" --db "$DB" --note "checked"
expect_grep "$WORK/out" "figure $PCT: accept by alice" "accept names the reviewer from USER"
expect_status 0 env -u USER LOGNAME=bob "$ANGKA" review --db "$DB" correct "$PART" --value 466.287 --note "typo in the article"
expect_grep "$WORK/out" "correct by bob, value 466287" "LOGNAME when USER is unset; Indonesian thousands"
expect_status 0 "$ANGKA" review reject "$BONTANG" --db "$DB" --reviewer carol --note "a target, not coverage"
expect_status 0 "$ANGKA" review accept "$JAMBI" --db "$DB" --reviewer dewi
expect_status 0 "$ANGKA" review correct "$JAMBI" --db "$DB" --reviewer erik --value 39,5 --note "one decimal"

expect_status 0 "$ANGKA" review list --db "$DB" --pending
expect_grep "$WORK/err" "^29 figures$" "four figures decided"
expect_status 0 "$ANGKA" review history "$JAMBI" --db "$DB"
expect_lines "$WORK/out" 3 "history: a header and two decisions"
expect_grep "$WORK/err" "^figure $JAMBI: Jambi coverage_pct all = 39.52 (\"39,52%\")" "history names the figure"
expect_grep "$WORK/out" "^[0-9]*  *20[0-9T:.Z-]*  *accept  *dewi  *-  *-  *-  *false" "first decision kept"
expect_grep "$WORK/out" "^[0-9]*  *20[0-9T:.Z-]*  *correct  *erik  *39.5  *one decimal  *-  *false" "second decision"
expect_status 0 "$ANGKA" review history "$JAMBI" --db "$DB" --format jsonl
expect_grep "$WORK/out" '"decision":"correct","reviewer":"erik","corrected_value":39.5,"extracted_value":39.52,"note":"one decimal","undoes":null,"undone":false,"carried_from":null' "history as jsonl"
CHECKS=$((CHECKS + 1))
[ "$(q "select value from extracted_figures where id = $JAMBI")" = 39.52 ] || fail "a correction overwrote the extracted value"
CHECKS=$((CHECKS + 1))
[ "$(q 'select count(*) from reviews')" = 5 ] || fail "not every decision was kept"
CHECKS=$((CHECKS + 1))
if q "update reviews set decision = 'reject'" 2>/dev/null; then fail "reviews can be rewritten"; fi
CHECKS=$((CHECKS + 1))
q "select decided_at from reviews" | grep -qvE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$' && fail "decided_at is not ISO 8601 UTC"

# The curated dataset: accepted and corrected, with the review and provenance.
expect_status 0 "$ANGKA" export --db "$DB" --curated --format csv
cp "$WORK/out" "$WORK/curated.csv"
CHECKS=$((CHECKS + 1))
python3 - "$WORK/curated.csv" <<'PY' || fail "export --curated --format csv"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
assert len(rows) == 3, [r["text"] for r in rows]
by = {r["text"]: r for r in rows}
assert by["466.286"]["value"] == "466287" and by["466.286"]["extracted_value"] == "466286", by["466.286"]
assert by["466.286"]["decision"] == "correct" and by["466.286"]["note"] == "typo in the article"
assert by["466.286"]["reviewer"] == "bob"
assert by["39,52%"]["value"] == "39.5" and by["39,52%"]["reviewer"] == "erik"
assert by["46,2 persen"]["decision"] == "accept" and by["46,2 persen"]["value"] == "46.2"
for r in rows:
    for f in ["source", "article_title", "published", "sentence", "start", "end", "rule",
              "rules_version", "decided_at"]:
        assert r[f], (f, r)
    assert len(r["rules_version"]) == 64, r["rules_version"]
PY
expect_status 0 "$ANGKA" export --db "$DB" --curated --format json
CHECKS=$((CHECKS + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==3 and all(x["decision"] in ("accept","correct") for x in d)' "$WORK/out" || fail "export --curated --format json"
expect_status 0 "$ANGKA" export --db "$DB" --curated
expect_lines "$WORK/out" 3 "export --curated jsonl"
cp "$WORK/out" "$WORK/curated.jsonl"

# The audit sees the reviewed figures: the rejected one is gone, the
# corrected percentage counts with its own precision.
expect_status 0 "$ANGKA" audit --db "$DB"
expect_no_grep "$WORK/out" "Kota Bontang" "rejected figure audited"
expect_grep "$WORK/err" "^15 checks:" "one check fewer"

# Re-extraction with the same rules keeps every figure, id and decision.
expect_status 0 "$ANGKA" reextract --db "$DB"
expect_grep "$WORK/err" "^5 articles re-extracted with rules [0-9a-f]\{64\}, 0 failed: 33 figures kept, 0 new, 0 gone; 4 with a review decision$" "reextract summary"
expect_status 0 "$ANGKA" export --db "$DB" --curated
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/out" "$WORK/curated.jsonl" || fail "re-extraction changed the curated dataset"

# A figure the rules stop finding loses nothing: when it is found again
# (same article, span and value) its decisions are attached again.
q "delete from extracted_figures where id = $PART"
expect_status 0 "$ANGKA" export --db "$DB" --curated
expect_lines "$WORK/out" 2 "a figure no longer found is not curated"
expect_status 0 "$ANGKA" reextract --db "$DB"
expect_grep "$WORK/err" "32 figures kept, 1 new, 0 gone; 4 with a review decision" "found again"
expect_status 0 "$ANGKA" export --db "$DB" --curated --format csv
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "the decision did not come back with the figure"
import csv, sys
rows = {r["text"]: r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))}
assert rows["466.286"]["value"] == "466287" and rows["466.286"]["reviewer"] == "bob", rows
PY

# New rules: every figure records the version that produced it.
cp -r rules "$WORK/rules"
echo "# touched" >>"$WORK/rules/patterns.yaml"
expect_status 0 "$ANGKA" reextract --db "$DB" --rules "$WORK/rules"
NEW=$(sed -n 's/.*with rules \([0-9a-f]*\),.*/\1/p' "$WORK/err")
CHECKS=$((CHECKS + 1))
[ -n "$NEW" ] && [ "$(q "select count(*) from extracted_figures where rules_version = '$NEW'")" = 33 ] ||
	fail "not every figure records the new rules version"

# Misuse.
expect_status 2 "$ANGKA" review --db "$DB"
expect_grep "$WORK/err" "no action given" "no action"
expect_status 2 "$ANGKA" review frobnicate 1 --db "$DB"
expect_status 2 "$ANGKA" review accept abc --db "$DB"
expect_grep "$WORK/err" "'abc' is not a figure ID" "bad id"
expect_status 2 "$ANGKA" review correct "$PCT" --db "$DB"
expect_grep "$WORK/err" "correct needs --value" "correct without value"
expect_status 2 "$ANGKA" review correct "$PCT" --value abc --db "$DB"
expect_status 2 env -u USER -u LOGNAME "$ANGKA" review accept "$PCT" --db "$DB"
expect_grep "$WORK/err" "who is reviewing" "no reviewer"
expect_status 3 "$ANGKA" review accept 99999 --db "$DB" --reviewer x
expect_grep "$WORK/err" "no figure with id 99999" "unknown figure"
expect_status 0 "$ANGKA" review --help
expect_grep "$WORK/out" "angka review correct 14 --value 46,17" "help has examples"
finish
