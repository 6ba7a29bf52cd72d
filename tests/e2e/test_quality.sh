#!/usr/bin/env bash
# Extraction quality on the samples: precision >= 0.95 and recall >= 0.90
# against the analyst's figures, for the captured text and for the HTML pages.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
for kind in txt html; do
	expect_status 0 "$ANGKA" extract --format jsonl samples/*."$kind"
	cp "$WORK/out" "$WORK/$kind.jsonl"
	expect_status 0 python3 tests/score.py --gold samples/expected.jsonl --per-metric \
		--verbose --name "samples-$kind" --min-precision 0.95 --min-recall 0.90 "$WORK/$kind.jsonl"
	cat "$WORK/out"
done
finish
