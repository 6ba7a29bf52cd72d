#!/usr/bin/env bash
# One meaning of corroborated and conflict: facts, the report and the
# curated export all take it from reconcile, with the precision each value
# was written with, over the figures as reviewed.
. "$(dirname "$0")/lib.sh" "$@"
cd "$WORK" || exit 1
DB="$WORK/angka.db"
q() { sqlite3 "$DB" "$1"; }
export USER=ana
# Two articles on Jambi's 2024 coverage: 46,2 and 46,17 persen, which agree
# within the precision "46,2" was written with; the same participants.
sed -e 's/48,6 persen/46,2 persen/' "$SRC/tests/data/facts_a.txt" >a.txt
sed -e 's/48,60 persen/46,17 persen/' -e 's/520.100/518.632/' "$SRC/tests/data/facts_b.txt" >b.txt
expect_status 0 "$ANGKA" ingest --db "$DB" a.txt b.txt

# status_of NAME: what facts, the report and the curated export say about
# the coverage fact, as "facts report export".
statuses() {
	"$ANGKA" facts --db "$DB" --format jsonl >"$WORK/facts" 2>/dev/null
	"$ANGKA" report --db "$DB" -o "$WORK/report.html" 2>/dev/null
	"$ANGKA" review accept --metric coverage_pct --pending --db "$DB" >/dev/null 2>&1
	"$ANGKA" export --curated --db "$DB" --format jsonl >"$WORK/curated" 2>/dev/null
	python3 - "$WORK" <<'PY'
import json, re, sys
w = sys.argv[1]
facts = [json.loads(l) for l in open(w + "/facts")]
cov = [f for f in facts if f["metric"] == "coverage_pct"]
conflicts = int(re.search(r"Sources that disagree <span class=count>(\d+)</span>", open(w + "/report.html").read()).group(1))
curated = {r["fact_status"] for r in map(json.loads, open(w + "/curated")) if r["metric"] == "coverage_pct"}
print(cov[0]["status"], "conflict" if conflicts else "none", ",".join(sorted(curated)))
PY
}

CHECKS=$((CHECKS + 1))
got=$(statuses)
[ "$got" = "corroborated none corroborated" ] || fail "46,2 and 46,17: $got"
expect_status 0 "$ANGKA" facts --db "$DB" --conflicts --format jsonl
expect_lines "$WORK/out" 0 "no conflict in facts"

# A third article says 46,5: a conflict everywhere.
sed -e 's/48,6 persen/46,5 persen/' -e 's/KORANJAMBI.CO/JAMBIONE.COM/' "$SRC/tests/data/facts_a.txt" >c.txt
expect_status 0 "$ANGKA" ingest --db "$DB" c.txt
CHECKS=$((CHECKS + 1))
got=$(statuses)
[ "$got" = "conflict conflict conflict" ] || fail "46,5 besides: $got"
expect_grep "$WORK/report.html" "46,5 persen" "the report shows the conflicting value"

# Rejected, the 46,5 is no source any more: corroborated everywhere again.
C=$(q "select id from figures where text = '46,5 persen'")
expect_status 0 "$ANGKA" review reject "$C" --db "$DB"
CHECKS=$((CHECKS + 1))
got=$(statuses)
[ "$got" = "corroborated none corroborated" ] || fail "46,5 rejected: $got"

# A correction counts with its value: 46,17 corrected to 45,9 conflicts.
B=$(q "select id from figures where text = '46,17 persen'")
expect_status 0 "$ANGKA" review correct "$B" --value 45,9 --db "$DB"
CHECKS=$((CHECKS + 1))
got=$(statuses)
[ "$got" = "conflict conflict conflict" ] || fail "46,17 corrected to 45,9: $got"
finish
