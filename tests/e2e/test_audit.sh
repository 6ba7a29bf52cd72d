#!/usr/bin/env bash
# angka audit on the stored seed articles: the four checks of
# ../shared/seeds/audit_expected.jsonl are consistent, a seed with one number
# changed is inconsistent by the right delta, and every format carries the
# record's fields.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/angka.db"
SHARED="$SRC/../shared"
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.txt

expect_status 0 "$ANGKA" audit --db "$DB" --format jsonl
cp "$WORK/out" "$WORK/audit.jsonl"
CHECKS=$((CHECKS + 1))
python3 - "$WORK/audit.jsonl" "$SHARED/seeds/audit_expected.jsonl" <<'PY' || fail "the seed checks are not all consistent"
import json, sys
checks = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
fields = ["source", "region", "metric", "percentage", "numerator", "denominator", "verdict",
          "delta", "evidence", "computed", "implied", "missing", "check", "as_of", "segment"]
for c in checks:
    for f in fields:
        assert f in c, (f, c)
for want in map(json.loads, open(sys.argv[2], encoding="utf-8")):
    hits = [c for c in checks if c["check"] == "ratio" and c["region"] == want["region"]
            and c["source"].endswith(want["file"]) and c["numerator"]
            and c["numerator"]["value"] == want["numerator"] and c["denominator"]
            and c["denominator"]["value"] == want["denominator"]]
    assert len(hits) == 1, (want, len(hits))
    c = hits[0]
    assert c["verdict"] == "consistent", c
    assert c["percentage"]["value"] == want["reported_pct"], c
    assert abs(c["computed"] - want["computed_pct"]) < 0.001, c
    assert c["evidence"], c
# "465.940 pekerja atau sekitar 46,2 persen" takes 1.009.250 from the sentence before.
kt = [c for c in checks if c["region"] == "Kalimantan Tengah" and c["as_of"] == "2025-03"
      and c["check"] == "ratio"][0]
assert len(kt["evidence"]) == 2, kt["evidence"]
# "sekitar 46,2 persen" is hedged: a unit of its last decimal either way.
assert kt["percentage"]["decimals"] == 1 and kt["percentage"]["low"] == 46.1, kt
assert kt["percentage"]["high"] == 46.3, kt
# 45,44 % + 20,59 % of 2024 is not 100.
comp = [c for c in checks if c["check"] == "pct_complement"]
assert len(comp) == 1 and comp[0]["verdict"] == "inconsistent" and comp[0]["delta"] == -33.97, comp
# 239.430 pekerja = 53,57 % implies the denominator.
pu = [c for c in checks if c["segment"] == "PU" and c["check"] == "ratio"][0]
assert pu["verdict"] == "unverifiable" and pu["missing"] == "eligible_workers", pu
assert pu["implied_metric"] == "eligible_workers" and pu["implied"] == 446948, pu
PY

expect_status 0 "$ANGKA" audit --db "$DB"
expect_grep "$WORK/err" "^16 checks: 4 consistent, 0 truncated, 1 inconsistent, 11 unverifiable$" "table summary, on stderr"
expect_no_grep "$WORK/out" "checks:" "no summary in the table"
expect_grep "$WORK/out" "46,2 persen = 465.940 / 1.009.250 .*consistent" "table row with the three numbers"
expect_grep "$WORK/out" "implied eligible_workers 446948" "implied denominator in the table"

expect_status 0 "$ANGKA" audit --db "$DB" --format csv
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "audit --format csv is not RFC 4180 with one row per check"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
assert len(rows) == 16, len(rows)
r = [r for r in rows if r["region"] == "Jambi" and r["metric"] == "coverage_pct"][0]
assert r["verdict"] == "consistent" and r["percentage_text"] == "39,52%", r
assert r["numerator"] == "518632" and r["denominator"] == "1312370" and r["computed"] == "39.5187", r
assert r["percentage_decimals"] == "2" and "518.632" in r["evidence"], r
PY
expect_status 0 "$ANGKA" audit --db "$DB" --format json
CHECKS=$((CHECKS + 1))
python3 -c 'import json,sys; assert len(json.load(open(sys.argv[1]))) == 16' "$WORK/out" || fail "audit --format json"

# A copy of seed 003 with 518.632 changed to 528.632: 39,52 % is now
# 0,76 percentage points under 528 632 / 1 312 370 = 40,2807 %.
DB2="$WORK/changed.db"
expect_status 0 "$ANGKA" ingest --db "$DB2" tests/data/003_numerator_changed.txt
expect_status 0 "$ANGKA" audit --db "$DB2" --format jsonl
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "the changed seed is not inconsistent by -0.7607 pp"
import json, sys
checks = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
c = [c for c in checks if c["region"] == "Jambi" and c["metric"] == "coverage_pct"][0]
assert c["verdict"] == "inconsistent", c
assert c["delta"] == -0.7607 and c["delta_unit"] == "pp" and c["computed"] == 40.2807, c
assert any("528.632" in s for s in c["evidence"]), c
others = [c for c in checks if c["verdict"] == "inconsistent"]
assert len(others) == 1, others
PY

# Shares of the participants, against the context an article gives: the
# registered total, the active and the inactive are stored for the audit,
# which checks the shares; the dataset (export) holds the active count only.
echo "Jumlah peserta BPJS Ketenagakerjaan di Provinsi Riau mencapai 1,9 juta orang. Dari jumlah tersebut, sebanyak 58 persen atau 1,1 juta orang merupakan peserta aktif, sedangkan sisanya 42 persen atau 0,8 juta orang merupakan peserta non aktif." |
	"$ANGKA" ingest --db "$WORK/shares.db" --source-name riau.txt - >"$WORK/out" 2>"$WORK/err"
expect_grep "$WORK/err" "1 figure stored" "ingest counts the figures of the dataset"
expect_status 0 "$ANGKA" audit --db "$WORK/shares.db" --format jsonl
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "the shares are not checked against the registered total"
import json, sys
checks = {c["metric"]: c for c in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
assert checks["share_pct"]["verdict"] == "consistent", checks
assert checks["share_pct"]["denominator"]["value"] == 1900000, checks["share_pct"]
assert checks["inactive_pct"]["verdict"] == "consistent", checks
assert checks["participants+inactive_participants"]["verdict"] == "consistent", checks
PY
expect_status 0 "$ANGKA" export --db "$WORK/shares.db" --format jsonl
CHECKS=$((CHECKS + 1))
[ "$(wc -l <"$WORK/out")" = 1 ] && grep -q '"metric":"participants"' "$WORK/out" ||
	fail "export holds more than the active count: $(cat "$WORK/out")"

# Misuse and a missing database.
expect_status 2 "$ANGKA" audit --db "$DB" --format xml
expect_grep "$WORK/err" "unknown format 'xml'" "bad format named"
expect_status 3 "$ANGKA" audit --db "$WORK/none.db"
expect_grep "$WORK/err" "none.db: no such database" "missing database named"
CHECKS=$((CHECKS + 1))
[ ! -e "$WORK/none.db" ] || fail "audit created a database"
finish
