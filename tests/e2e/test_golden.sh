#!/usr/bin/env bash
# The figure records of the samples, field by field, against the reviewed
# golden file. After a deliberate change: tests/e2e/update-golden.sh
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
expect_status 0 "$ANGKA" extract --format jsonl samples
CHECKS=$((CHECKS + 1))
if ! diff -u tests/e2e/expected/samples.jsonl "$WORK/out" >"$WORK/diff"; then
	fail "extract output differs from tests/e2e/expected/samples.jsonl:"
	head -60 "$WORK/diff" >&2
fi
# The record has exactly the fields of DESIGN.md, in order.
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "figure records do not have the contract's fields"
import json, sys
fields = ["source", "article_title", "published", "region", "region_code", "domain", "metric", "segment",
          "value", "unit", "programme", "approx", "as_of", "text", "sentence", "start", "end", "rule"]
metrics = {"participants", "eligible_workers", "working_population", "coverage_pct",
           "uncovered_workers", "uncovered_pct", "target_coverage_pct", "target_participants",
           "benefit_amount_idr", "beneficiaries", "scholarship_recipients", "scholarship_amount_idr"}
for line in open(sys.argv[1]):
    r = json.loads(line)
    assert list(r) == fields, list(r)
    assert r["metric"] in metrics, r["metric"]
    assert r["segment"] in {"all", "PU", "BPU", "jakon", "PMI", "rentan", "ASN", "other"}
    assert r["unit"] in {"persons", "percent", "IDR", "cases"}
    assert isinstance(r["approx"], bool)
    assert r["text"] in r["sentence"], (r["text"], r["sentence"])
PY
# CSV is RFC 4180 and carries the same records.
expect_status 0 "$ANGKA" extract --format csv samples
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" tests/e2e/expected/samples.jsonl <<'PY' || fail "CSV does not carry the same records"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
records = [json.loads(l) for l in open(sys.argv[2])]
assert len(rows) == len(records), (len(rows), len(records))
for row, rec in zip(rows, records):
    assert row["sentence"] == rec["sentence"] and row["rule"] == rec["rule"]
    assert float(row["value"]) == rec["value"]
PY
finish
