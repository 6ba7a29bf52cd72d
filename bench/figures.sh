#!/usr/bin/env bash
# Extraction quality, measured: precision, recall and F1 of angka's figures
# against analysts' annotations, per corpus and per metric.
#
#   bench/figures.sh [BUILD_DIR]
#
# Corpora: the samples (captured text and HTML pages), the project corpus
# (tests/corpus/project, 57 articles written for angka and annotated
# independently of its rules, 12 negatives), the probe corpus
# (tests/corpus/probes, 2431 articles written by others to readings nobody had
# tuned, first scores in its README; also scored headless, as most real
# captures come: bench/headless.py) and, when ../shared is beside
# the checkout, the real articles of ../shared/corpus: dev (13, the rules
# were tuned on them) and train (52), scored as two parts chosen by rule
# before anyone read them: "train-tuned" (ids not ending in 3, 6 or 9, which
# the rules may be tuned on) and "train-blind" (ids ending in 3, 6 or 9,
# which nobody reads: their score is the estimate for unseen reporting).
# The scorer is tests/score.py (see its --help for how figures match); each
# corpus prints P/R/F1, as_of agreement, misses by kind and per metric, its
# candidate recall (the share of gold figures whose value is among the
# quantities `angka extract --candidates` reads: what no cue can lose) and,
# where the corpus has an audit.jsonl, how many of its percentage triples
# `angka audit` checks and agrees with (the corpus is ingested into a
# temporary database). train-blind prints summary lines only: no table per
# metric and no misses by kind, so that nothing about its articles guides
# tuning.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
ANGKA="$BUILD/angka"
[ -x "$ANGKA" ] || { echo "bench/figures.sh: no $ANGKA; build first (cmake --build $BUILD)" >&2; exit 2; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# run NAME GOLD AUDIT [--summary-only] [score.py options...] -- FILES:
# extract FILES once (figures and candidates), ingest them and audit when
# AUDIT (the corpus's audit.jsonl) is not "-", and score them; a "--docs
# REGEX" among the options scores only those documents.
run() {
	local name=$1 gold=$2 audit=$3
	shift 3
	local extra=() detail=(--details --per-metric)
	while [ "$1" != "--" ]; do
		if [ "$1" = --summary-only ]; then detail=(); else extra+=("$1"); fi
		shift
	done
	shift
	local start end
	start=$(date +%s.%N)
	"$ANGKA" extract --quiet --format jsonl "$@" >"$OUT/$name.jsonl"
	end=$(date +%s.%N)
	"$ANGKA" extract --quiet --candidates "$@" >"$OUT/$name.candidates.jsonl"
	extra+=(--candidates "$OUT/$name.candidates.jsonl")
	if [ "$audit" != - ]; then
		"$ANGKA" ingest --quiet --db "$OUT/$name.db" "$@" >/dev/null
		"$ANGKA" audit --db "$OUT/$name.db" --format jsonl >"$OUT/$name.audit.jsonl"
		extra+=(--audit-gold "$audit" --audit "$OUT/$name.audit.jsonl")
	fi
	python3 tests/score.py --gold "$gold" --domain "$DOMAIN" "${extra[@]}" "${detail[@]}" --name "$name" "$OUT/$name.jsonl"
	awk -v n="$#" -v s="$start" -v e="$end" 'BEGIN { printf "  %d articles in %.2f s\n\n", n, e - s }'
}

echo "angka $("$ANGKA" --version | head -1 | cut -d' ' -f2), $("$ANGKA" rules list 2>&1 >/dev/null | tail -1)"
echo
# The BPJS Ketenagakerjaan corpora score that domain's figures; the JKN
# corpus (tests/corpus/jkn, the BPJS Kesehatan articles of the others) JKN's.
DOMAIN=bpjs-tk
run samples-txt samples/expected.jsonl - -- samples/*.txt
run samples-html samples/expected.jsonl - -- samples/*.html
P=tests/corpus/project
run project "$P/gold.jsonl" "$P/audit.jsonl" --distractors "$P/distractors.jsonl" --negatives "$P/negatives.txt" -- "$P"/articles/*.txt
P=tests/corpus/probes
run probes "$P/gold.jsonl" "$P/audit.jsonl" --distractors "$P/distractors.jsonl" --negatives "$P/negatives.txt" -- "$P"/articles/*.txt
# The probes as most real captures come: no headline, one line a paragraph
# (bench/headless.py); what the readings that lean on a headline are worth
# where there is none.
python3 bench/headless.py "$ANGKA" "$P" "$OUT/headless"
H="$OUT/headless"
run probes-headless "$H/gold.jsonl" "$H/audit.jsonl" --distractors "$H/distractors.jsonl" --negatives "$H/negatives.txt" -- "$H"/articles/*.txt
D=../shared/corpus/dev
if [ -d "$D" ]; then
	run dev "$D/gold.jsonl" "$D/audit.jsonl" --distractors "$D/distractors.jsonl" --negatives "$D/negatives.txt" -- "$D"/articles/*.txt
	T=../shared/corpus/train
	train=(--distractors "$T/distractors.jsonl" --negatives "$T/negatives.txt")
	run train-tuned "$T/gold.jsonl" "$T/audit.jsonl" "${train[@]}" --docs '.*[0124578]' -- "$T"/articles/*[0124578].txt
	run train-blind "$T/gold.jsonl" "$T/audit.jsonl" --summary-only "${train[@]}" --docs '.*[369]' -- "$T"/articles/*[369].txt
	# Summary only: two of its articles (216, 316) are train's held-out ones.
	J=tests/corpus/jkn
	DOMAIN=jkn
	mapfile -t jkn < <(grep -hv '^#' "$J/articles.txt" "$J/negatives.txt")
	run jkn "$J/gold.jsonl" "$J/audit.jsonl" --summary-only --distractors "$J/distractors.jsonl" --negatives "$J/negatives.txt" -- "${jkn[@]}"
else
	echo "dev: $D not found (it is beside the checkout in CI and on developers' machines)"
fi
