#!/usr/bin/env bash
# Review at scale: several ids at once, filters instead of ids, undo, and
# the ids every export row carries. A batch is one transaction.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/angka.db"
q() { sqlite3 "$DB" "$1"; }
export USER=ana
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.txt

# Every export row carries the id a decision takes.
expect_status 0 "$ANGKA" export --db "$DB" --format csv
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" "$DB" <<'PY' || fail "export rows and their ids"
import csv, sqlite3, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
db = sqlite3.connect(sys.argv[2])
assert len(rows) == 33 and all(r["id"] for r in rows)
for r in rows:
    assert db.execute("select text from figures where id = ?", (int(r["id"]),)).fetchone()[0] == r["text"]
PY
expect_status 0 "$ANGKA" export --db "$DB" --format jsonl
PCT=$(python3 -c 'import json,sys; print(next(r["id"] for r in map(json.loads, open(sys.argv[1])) if r["text"] == "39,52%"))' "$WORK/out")
PART=$(q "select id from figures where text = '518.632'")
ELIG=$(q "select id from figures where text = '1.312.370'")

# Several ids: one line per decision, a summary on stderr.
expect_status 0 "$ANGKA" review accept "$PCT" "$PART" "$ELIG" --db "$DB" --note "checked"
expect_lines "$WORK/out" 3 "a line per figure"
expect_grep "$WORK/out" "^figure $PART: accept by ana (decision [0-9]*)$" "the participants accepted"
expect_grep "$WORK/err" "^3 figures: accept by ana$" "the summary on stderr"
expect_status 0 "$ANGKA" export --db "$DB" --curated --format csv
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "curated export of the batch"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
assert sorted(r["text"] for r in rows) == ["1.312.370", "39,52%", "518.632"], rows
assert all(r["note"] == "checked" and r["fact_status"] == "single" for r in rows), rows
assert "programme" in rows[0], list(rows[0])
PY

# All or nothing: one unknown id and no decision is written.
BEFORE=$(q 'select count(*) from reviews')
expect_status 3 "$ANGKA" review reject "$PCT" 99999 --db "$DB"
expect_grep "$WORK/err" "no figure with id 99999" "the unknown id named"
CHECKS=$((CHECKS + 1))
[ "$(q 'select count(*) from reviews')" = "$BEFORE" ] || fail "a failed batch wrote decisions"
# The same id twice is decided once.
expect_status 0 "$ANGKA" review reject "$PCT" "$PCT" --db "$DB"
expect_lines "$WORK/out" 1 "one decision for an id given twice"

# Filters: the current figures that match all of them.
N=$(q "select count(*) from figures where region = 'Kalimantan Tengah' and metric = 'coverage_pct'")
expect_status 0 "$ANGKA" review accept --region 'Kalimantan Tengah' --metric coverage_pct --db "$DB"
expect_lines "$WORK/out" "$N" "one decision per Kalteng coverage figure"
expect_grep "$WORK/err" "^$N figures: accept by ana$" "summary"
# By Kemendagri code and rule pattern, only the pending ones.
RULED=$(q "select count(*) from figures f where region_code = '15' and rule glob 'cue.target*' and not exists (select 1 from latest_reviews l where l.figure_id = f.id)")
expect_status 0 "$ANGKA" review reject --region 15 --rule 'cue.target*' --pending --db "$DB" --note "targets are not coverage"
expect_lines "$WORK/out" "$RULED" "Jambi's pending target figures"
# By article: its id, or a source of it.
ART=$(q "select article_id from figures where id = $PCT")
PENDING=$(q "select count(*) from figures f where article_id = $ART and not exists (select 1 from latest_reviews l where l.figure_id = f.id)")
expect_status 0 "$ANGKA" review list --db "$DB" --article samples/003_f8806416e8b14334.txt --pending --format jsonl
expect_lines "$WORK/out" "$PENDING" "list by the article's source"
expect_status 0 "$ANGKA" review accept --article "$ART" --pending --db "$DB"
expect_lines "$WORK/out" "$PENDING" "accept the rest of the article"
expect_status 0 "$ANGKA" review list --db "$DB" --article "$ART" --pending
expect_grep "$WORK/err" "^0 figures$" "nothing pending in the article"
# Nothing selected: exit 1, nothing written.
expect_status 1 "$ANGKA" review accept --region Atlantis --db "$DB"
expect_grep "$WORK/err" "no current figure matches the filters" "empty selection"
# review list with filters, in every format.
expect_status 0 "$ANGKA" review list --db "$DB" --metric coverage_pct --format csv
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "review list --metric coverage_pct --format csv"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows and all(r["metric"] == "coverage_pct" for r in rows), rows
PY

# Undo: the latest decision not yet undone is cancelled, and stays in the
# history, marked undone.
expect_status 0 "$ANGKA" review undo "$PCT" --db "$DB" --note "reject was a slip"
expect_grep "$WORK/out" "^figure $PCT: undo by ana" "undo"
expect_status 0 "$ANGKA" review history "$PCT" --db "$DB" --format jsonl
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "the history after an undo"
import json, sys
h = [json.loads(l) for l in open(sys.argv[1])]
assert [e["decision"] for e in h] == ["accept", "reject", "undo"], h
assert [e["undone"] for e in h] == [False, True, False], h
assert h[2]["undoes"] == h[1]["review_id"] and h[2]["note"] == "reject was a slip", h
PY
expect_status 0 "$ANGKA" export --db "$DB" --curated --format jsonl
expect_grep "$WORK/out" "\"id\":$PCT,.*\"decision\":\"accept\"" "the accept counts again"
expect_status 0 "$ANGKA" review undo "$PCT" --db "$DB"
expect_status 0 "$ANGKA" export --db "$DB" --curated --format jsonl
expect_no_grep "$WORK/out" "\"id\":$PCT," "both decisions undone: pending"
expect_status 3 "$ANGKA" review undo "$PCT" --db "$DB"
expect_grep "$WORK/err" "figure $PCT has no decision to undo" "nothing left to undo"
# Undo by filter: every Jambi figure with a decision.
DECIDED=$(q "select count(*) from latest_reviews l join figures f on f.id = l.figure_id where f.region = 'Jambi'")
expect_status 0 "$ANGKA" review undo --region Jambi --db "$DB"
expect_lines "$WORK/out" "$DECIDED" "one undo per decided Jambi figure"
CHECKS=$((CHECKS + 1))
[ "$(q "select count(*) from latest_reviews l join figures f on f.id = l.figure_id where f.region = 'Jambi'")" -lt "$DECIDED" ] ||
	fail "undo by filter changed nothing"
CHECKS=$((CHECKS + 1))
if q "update reviews set decision = 'accept' where decision = 'undo'" 2>/dev/null; then fail "an undo can be rewritten"; fi

# Misuse.
expect_status 2 "$ANGKA" review accept "$PCT" --region Jambi --db "$DB"
expect_grep "$WORK/err" "give accept IDs or filters, not both" "ids and filters"
expect_status 2 "$ANGKA" review accept --db "$DB"
expect_grep "$WORK/err" "accept needs figure IDs" "neither ids nor filters"
expect_status 2 "$ANGKA" review correct "$PCT" "$PART" --value 1 --db "$DB"
expect_grep "$WORK/err" "correct takes one figure ID" "correct is one figure"
expect_status 2 "$ANGKA" review list 12 --db "$DB"
expect_grep "$WORK/err" "list takes filters, not IDs" "list with ids"
finish
