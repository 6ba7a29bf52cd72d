#!/usr/bin/env bash
# Extraction quality: precision >= 0.95 and recall >= 0.90 against the
# analysts' figures, on the samples (captured text and HTML pages) and on
# the project corpus (57 articles annotated independently of the rules, 12
# of them negatives that must give no figure), the probe corpus (112, 17
# negatives) and, when ../shared is beside
# the checkout, on the real articles of ../shared/corpus: dev and the whole
# of train, with floors set just under what they score today, every gold
# value among the candidates (candidate recall >= 0.99) and no figure from a
# negative article. bench/figures.sh prints the same measurements per
# metric.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
# no_figure_from_negatives CORPUS FIGURES: each article CORPUS/negatives.txt
# names gives no figure at all in FIGURES (JSONL).
no_figure_from_negatives() {
	local id
	for id in $(grep -v '^#' "$1/negatives.txt"); do
		CHECKS=$((CHECKS + 1))
		if grep "\"source\":\"$1/articles/$id.txt\"" "$2" | grep -q '"domain":"bpjs-tk"'; then
			fail "negative article $id gave a figure: $(grep "$1/articles/$id.txt" "$2" | head -1)"
		fi
	done
}
for kind in txt html; do
	expect_status 0 "$ANGKA" extract --format jsonl samples/*."$kind"
	cp "$WORK/out" "$WORK/$kind.jsonl"
	expect_status 0 python3 tests/score.py --domain bpjs-tk --gold samples/expected.jsonl --per-metric \
		--verbose --name "samples-$kind" --min-precision 0.95 --min-recall 0.90 "$WORK/$kind.jsonl"
	cat "$WORK/out"
done
P=tests/corpus/project
expect_status 0 "$ANGKA" extract --format jsonl "$P"/articles/*.txt
cp "$WORK/out" "$WORK/project.jsonl"
expect_status 0 python3 tests/score.py --domain bpjs-tk --gold "$P/gold.jsonl" --distractors "$P/distractors.jsonl" \
	--negatives "$P/negatives.txt" --per-metric --name project --min-precision 0.95 --min-recall 0.90 \
	"$WORK/project.jsonl"
cat "$WORK/out"
no_figure_from_negatives "$P" "$WORK/project.jsonl"
# The probe corpus (written to readings nobody had tuned, tuned since):
# floors under today's precision 0.938 and recall 0.946 (952 articles).
P=tests/corpus/probes
expect_status 0 "$ANGKA" extract --format jsonl "$P"/articles/*.txt
cp "$WORK/out" "$WORK/probes.jsonl"
expect_status 0 python3 tests/score.py --domain bpjs-tk --gold "$P/gold.jsonl" --distractors "$P/distractors.jsonl" \
	--negatives "$P/negatives.txt" --name probes --min-precision 0.93 --min-recall 0.93 "$WORK/probes.jsonl"
cat "$WORK/out"
no_figure_from_negatives "$P" "$WORK/probes.jsonl"
# The real articles: floors 0.01-0.02 under today's figures (dev precision
# 0.965, recall 0.932; train 0.920 and 0.942, tuned and blind parts
# together), so that a real regression fails and a change of one figure does
# not. Raise them when the figures rise. Only summary lines are printed:
# train holds articles nobody reads (ids ending in 3, 6 or 9).
CORPORA=../shared/corpus
if [ -d "$CORPORA/dev" ] && [ -d "$CORPORA/train" ]; then
	# The audit's floor: the share of the corpus's percentage triples it
	# checks (dev 4 of 4, train 38 of 42 today), and it must agree with every
	# one it checks and raise no false alarm.
	for spec in "dev 0.96 0.91 0.95" "train 0.91 0.93 0.88"; do
		read -r corpus min_precision min_recall min_audit <<<"$spec"
		C="$CORPORA/$corpus"
		expect_status 0 "$ANGKA" extract --format jsonl "$C"/articles/*.txt
		cp "$WORK/out" "$WORK/$corpus.jsonl"
		expect_status 0 "$ANGKA" extract --candidates "$C"/articles/*.txt
		cp "$WORK/out" "$WORK/$corpus.candidates.jsonl"
		expect_status 0 "$ANGKA" ingest --quiet --db "$WORK/$corpus.db" "$C"/articles/*.txt
		expect_status 0 "$ANGKA" audit --db "$WORK/$corpus.db" --format jsonl
		cp "$WORK/out" "$WORK/$corpus.audit.jsonl"
		expect_status 0 python3 tests/score.py --domain bpjs-tk --gold "$C/gold.jsonl" \
			--distractors "$C/distractors.jsonl" --negatives "$C/negatives.txt" \
			--candidates "$WORK/$corpus.candidates.jsonl" --name "$corpus" \
			--audit-gold "$C/audit.jsonl" --audit "$WORK/$corpus.audit.jsonl" \
			--min-precision "$min_precision" --min-recall "$min_recall" "$WORK/$corpus.jsonl"
		cat "$WORK/out"
		CHECKS=$((CHECKS + 1))
		awk '/candidate recall/ { found = 1; low = $3 < 0.99 } END { exit !found || low }' "$WORK/out" ||
			fail "$corpus: candidate recall under 0.99: $(grep 'candidate recall' "$WORK/out")"
		CHECKS=$((CHECKS + 1))
		awk -v min="$min_audit" '/audit: checks/ {
			found = 1; share = substr($7, 2, length($7) - 3) + 0
			bad = share < min || $10 + 0 != $12 + 0 || $NF != 0 }
			END { exit !found || bad }' "$WORK/out" ||
			fail "$corpus: the audit checks under $min_audit of the triples, or disagrees: $(grep 'audit:' "$WORK/out")"
		for id in $(grep -v '^#' "$C/negatives.txt"); do
			CHECKS=$((CHECKS + 1))
			n=$(grep "\"source\":\"$C/articles/$id.txt\"" "$WORK/$corpus.jsonl" | grep -c '"domain":"bpjs-tk"')
			[ "$n" -eq 0 ] || fail "$corpus: negative article $id gave $n figure(s)"
		done
	done
else
	echo "SKIP: $CORPORA/dev and $CORPORA/train not found beside the checkout: the real articles are not scored"
fi
# Sentences that trap extractors in coverage stories (an event's
# attendees, a training quota, contribution rates, unemployment, wages,
# company counts, accidents, budget realisation, growth rates, BPJS
# Kesehatan's coverage) give no BPJS Ketenagakerjaan figure; the one
# sentence about BPJS Kesehatan gives its JKN coverage, and only it.
expect_status 0 "$ANGKA" extract --format jsonl tests/data/traps.txt
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "figures from tests/data/traps.txt: $(head -c 400 "$WORK/out")"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [(r["domain"], r["metric"], r["value"], r["region"]) for r in rows] == [
    ("jkn", "jkn_coverage_pct", 98, "Kota Binjai")], rows
PY
finish
