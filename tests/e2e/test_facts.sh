#!/usr/bin/env bash
# angka facts: two articles that agree on Jambi's 2024 coverage (48,6 and
# 48,60 persen) and disagree on its participants (518.632 and 520.100).
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/angka.db"
expect_status 0 "$ANGKA" ingest --db "$DB" tests/data/facts_a.txt tests/data/facts_b.txt
expect_grep "$WORK/err" "^2 articles: 2 new" "ingest"

expect_status 0 "$ANGKA" facts --db "$DB" --format jsonl
expect_lines "$WORK/out" 2 "two facts"
cp "$WORK/out" "$WORK/facts.jsonl"
CHECKS=$((CHECKS + 1))
python3 - "$WORK/facts.jsonl" <<'PY' || fail "facts jsonl: see above"
import json, sys
facts = [json.loads(line) for line in open(sys.argv[1])]
by_metric = {f["metric"]: f for f in facts}
cov, part = by_metric["coverage_pct"], by_metric["participants"]
for f in facts:
    assert (f["region"], f["region_code"], f["segment"], f["programme"], f["as_of"]) == ("Jambi", "15", "all", None, "2024"), f
assert cov["domain"] == "bpjs-tk" and cov["label"] == "Coverage (% of eligible workers)", cov
assert cov["status"] == "corroborated", cov
assert len(cov["values"]) == 1 and cov["values"][0]["value"] == 48.6, cov
assert [s["source"] for s in cov["values"][0]["sources"]] == ["tests/data/facts_a.txt", "tests/data/facts_b.txt"], cov
assert [s["text"] for s in cov["values"][0]["sources"]] == ["48,6 persen", "48,60 persen"], cov
assert all(isinstance(s["id"], int) for v in cov["values"] + part["values"] for s in v["sources"])
assert part["status"] == "conflict", part
assert [v["value"] for v in part["values"]] == [518632, 520100], part
assert [v["sources"][0]["source"] for v in part["values"]] == ["tests/data/facts_a.txt", "tests/data/facts_b.txt"], part
assert part["values"][0]["sources"][0]["published"] == "2025-03-18", part
PY

expect_status 0 "$ANGKA" facts --db "$DB" --conflicts --format jsonl
expect_lines "$WORK/out" 1 "--conflicts keeps the conflict only"
expect_grep "$WORK/out" '"metric":"participants"' "the conflict"

expect_status 0 "$ANGKA" facts --db "$DB"
expect_lines "$WORK/out" 5 "table: a header and one row per source"
expect_grep "$WORK/out" "^region  *metric  *segment  *programme  *as_of  *status  *value  *id  *text  *published  *source$" "table header: the field names"
expect_grep "$WORK/out" "^Jambi  *coverage_pct  *all  *-  *2024  *corroborated  *48.6  *[0-9]*  *48,6 persen  *2025-03-18  *tests/data/facts_a.txt" "corroborated row"
expect_grep "$WORK/out" "^  *[0-9]*  *48,60 persen  *2025-03-20  *tests/data/facts_b.txt" "second source row"
expect_grep "$WORK/out" "^  *520100  *[0-9]*  *520.100  *2025-03-20  *tests/data/facts_b.txt" "conflicting value row"
expect_grep "$WORK/err" "^2 facts$" "the footer on stderr"
# CSV: one row per source, the fact's fields on every row; JSON: an array.
expect_status 0 "$ANGKA" facts --db "$DB" --format csv
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "facts --format csv"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
assert len(rows) == 4, rows
assert list(rows[0])[:9] == ["region", "region_code", "domain", "metric", "segment", "programme", "as_of", "unit", "status"], list(rows[0])
assert [r["status"] for r in rows] == ["corroborated"] * 2 + ["conflict"] * 2, rows
assert rows[3]["value"] == "520100" and rows[3]["text"] == "520.100" and rows[3]["id"], rows[3]
PY
expect_status 0 "$ANGKA" facts --db "$DB" --format json --conflicts
CHECKS=$((CHECKS + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [f["metric"] for f in d] == ["participants"]' "$WORK/out" || fail "facts --format json"

# The same article again is no new source of corroboration.
expect_status 0 "$ANGKA" ingest --db "$DB" tests/data/facts_a.txt
expect_status 0 "$ANGKA" facts --db "$DB" --conflicts --format jsonl
expect_lines "$WORK/out" 1 "still one conflict"

# A dateline's city stands for its province (PALANGKA RAYA → Kalimantan Tengah).
expect_status 0 "$ANGKA" extract --format jsonl tests/data/dateline_city.txt
expect_grep "$WORK/out" '"region":"Kalimantan Tengah","region_code":"62"' "dateline city mapped to its province"

# An ambiguous abbreviation is resolved by the article's province, here the
# dateline's: "Mura" is Musi Rawas in Sumsel, Murung Raya in Kalteng.
expect_status 0 "$ANGKA" extract --format jsonl tests/data/ambiguous_mura_sumsel.txt
expect_grep "$WORK/out" '"region":"Kabupaten Musi Rawas","region_code":"16.05"' "Mura in Sumsel"
expect_status 0 "$ANGKA" extract --format jsonl tests/data/ambiguous_mura_kalteng.txt
expect_grep "$WORK/out" '"region":"Kabupaten Murung Raya","region_code":"62.12"' "Mura in Kalteng"

# Errors.
expect_status 3 "$ANGKA" facts --db "$WORK/missing.db"
expect_grep "$WORK/err" "missing.db: no such database" "missing database named"
expect_status 2 "$ANGKA" facts --db "$DB" --format xml
expect_grep "$WORK/err" "unknown format 'xml'" "bad format"
expect_status 2 "$ANGKA" facts --db "$DB" extra
expect_grep "$WORK/err" "unexpected argument 'extra'" "operand refused"
finish
