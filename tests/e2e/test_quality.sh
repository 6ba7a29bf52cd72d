#!/usr/bin/env bash
# Extraction quality: precision >= 0.95 and recall >= 0.90 against the
# analysts' figures, on the samples (captured text and HTML pages) and on
# the project corpus (57 articles annotated independently of the rules, 12
# of them negatives that must give no figure). bench/figures.sh prints the
# same measurements per metric, with the real articles of the dev corpus.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
for kind in txt html; do
	expect_status 0 "$ANGKA" extract --format jsonl samples/*."$kind"
	cp "$WORK/out" "$WORK/$kind.jsonl"
	expect_status 0 python3 tests/score.py --gold samples/expected.jsonl --per-metric \
		--verbose --name "samples-$kind" --min-precision 0.95 --min-recall 0.90 "$WORK/$kind.jsonl"
	cat "$WORK/out"
done
P=tests/corpus/project
expect_status 0 "$ANGKA" extract --format jsonl "$P"/articles/*.txt
cp "$WORK/out" "$WORK/project.jsonl"
expect_status 0 python3 tests/score.py --gold "$P/gold.jsonl" --distractors "$P/distractors.jsonl" \
	--negatives "$P/negatives.txt" --per-metric --name project --min-precision 0.95 --min-recall 0.90 \
	"$WORK/project.jsonl"
cat "$WORK/out"
# Negatives give nothing at all.
for id in $(grep -v '^#' "$P/negatives.txt"); do
	CHECKS=$((CHECKS + 1))
	if grep -q "\"source\":\"$P/articles/$id.txt\"" "$WORK/project.jsonl"; then
		fail "negative article $id gave a figure: $(grep "$P/articles/$id.txt" "$WORK/project.jsonl" | head -1)"
	fi
done
# Sentences that trap extractors in coverage stories (an event's
# attendees, a training quota, contribution rates, unemployment, wages,
# company counts, accidents, budget realisation, growth rates, BPJS
# Kesehatan's coverage) give no figure.
expect_status 0 "$ANGKA" extract --format jsonl tests/data/traps.txt
expect_lines "$WORK/out" 0 "figures from tests/data/traps.txt: $(head -c 400 "$WORK/out")"
finish
