#!/usr/bin/env bash
# Every listing command speaks table, jsonl, json and csv with the same
# header style (the field names, lowercase, as the JSON keys), and keeps
# its summaries and footers on stderr, so that stdout is the listing alone.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/angka.db"
export USER=ana
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.txt
expect_lines "$WORK/out" 0 "ingest writes no listing"
ID=$(sqlite3 "$DB" "select id from figures where text = '39,52%'")
expect_status 0 "$ANGKA" review accept "$ID" --db "$DB"

# name|command: every listing, as a user types it.
LISTINGS=(
	"extract|extract samples/003_f8806416e8b14334.txt"
	"export|export --db $DB"
	"export --curated|export --curated --db $DB"
	"facts|facts --db $DB"
	"audit|audit --db $DB"
	"review list|review list --db $DB"
	"review history|review history $ID --db $DB"
	"sources|sources --db $DB"
	"sources SOURCE|sources samples/003_f8806416e8b14334.txt --db $DB"
	"normalize|normalize 46,2 Rp3,5M"
	"rules list|rules list"
)
for entry in "${LISTINGS[@]}"; do
	name=${entry%%|*}
	read -r -a cmd <<<"${entry#*|}"
	for format in table jsonl json csv; do
		expect_status 0 "$ANGKA" "${cmd[@]}" --format "$format"
		cp "$WORK/out" "$WORK/$format"
	done
	CHECKS=$((CHECKS + 1))
	python3 - "$WORK" "$name" <<'PY' || fail "$name: the four formats do not agree"
import csv, json, re, sys
work, name = sys.argv[1], sys.argv[2]
table = open(work + "/table", encoding="utf-8").read().splitlines()
rows = list(csv.reader(open(work + "/csv", newline="", encoding="utf-8")))
jsonl = [json.loads(l) for l in open(work + "/jsonl", encoding="utf-8")]
array = json.load(open(work + "/json", encoding="utf-8"))
assert array == jsonl, "json is the array of the jsonl objects"
assert table and rows, "a header even when empty"
header = table[0].split()
assert all(re.fullmatch(r"[a-z_]+", h) for h in header), ("table header", header)
assert all(re.fullmatch(r"[a-z_]+", h) for h in rows[0]), ("csv header", rows[0])
# A row per record in the table and the CSV (facts: a row per source of a
# value in both).
assert len(table) == len(rows), (len(table), len(rows))
if name not in ("facts", "audit"):
    # Flat records: the JSON keys are the CSV header, the table shows some
    # of the same fields under the same names. (facts nest their values
    # and sources in JSON; the audit nests its numbers, and its table
    # writes a check as people read it: docs/audit.md.)
    assert len(rows) - 1 == len(jsonl), (len(rows), len(jsonl))
    for rec in jsonl:
        assert list(rec) == rows[0], (list(rec), rows[0])
    assert set(header) <= set(rows[0]), (header, rows[0])
assert not re.search(r"^\d+ [a-z]+( |$)", table[-1]) or len(table) == 1, ("a footer in stdout", table[-1])
PY
done

# Footers and summaries on stderr.
expect_status 0 "$ANGKA" review list --db "$DB"
expect_grep "$WORK/err" "^33 figures$" "review list footer"
expect_status 0 "$ANGKA" rules list
expect_grep "$WORK/err" "^[0-9]* rules (version [0-9a-f]*)$" "rules list footer"
expect_status 0 "$ANGKA" reextract --db "$DB"
expect_lines "$WORK/out" 0 "reextract: the summary is on stderr"
finish
