#!/usr/bin/env bash
# Input that once cost a whole article: one sentence too long for the regex
# engine, a rule that hits a regex resource limit. Either costs at most that
# rule's hits on that sentence, with a warning on stderr.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
SAMPLE=samples/000_314ee92051ee0f53.txt

# A paragraph of about 900 words with no ";" and no sentence end but its last.
long_paragraph() {
	printf '\n'
	for _ in $(seq 65); do
		printf 'para pekerja informal di desa perlu mendapat perlindungan jaminan sosial yang layak dari pemerintah, '
	done
	printf 'kata dia.\n'
}

# The sample's figures, with the source path taken out (the copies differ).
figures_of() {
	sed -E 's/^\{"source":"[^"]*",//' "$1"
}

cp "$SAMPLE" "$WORK/plain.txt"
{ cat "$SAMPLE"; long_paragraph; } >"$WORK/long.txt"
expect_status 0 "$ANGKA" extract --format jsonl "$WORK/plain.txt"
figures_of "$WORK/out" >"$WORK/plain.jsonl"
expect_status 0 "$ANGKA" extract --format jsonl "$WORK/long.txt"
figures_of "$WORK/out" >"$WORK/long.jsonl"
expect_no_grep "$WORK/err" "." "no error nor warning for a long paragraph"
CHECKS=$((CHECKS + 1))
[ -s "$WORK/plain.jsonl" ] || fail "the sample gives no figures"
diff -u "$WORK/plain.jsonl" "$WORK/long.jsonl" >"$WORK/diff" ||
	fail "a 900-word paragraph changed the sample's figures: $(head -c 600 "$WORK/diff")"

# The long paragraph first: the figures after it are still found.
{ head -n 7 "$SAMPLE"; long_paragraph; tail -n +8 "$SAMPLE"; } >"$WORK/first.txt"
expect_status 0 "$ANGKA" extract --format jsonl "$WORK/first.txt"
expect_lines "$WORK/out" "$(wc -l <"$WORK/plain.jsonl")" "figures after a 900-word paragraph"

# A rule that backtracks without end on one sentence: PCRE2's match limit
# stops it there, with a warning that names it; the article keeps the other
# rules' figures, and that rule's figures on the other sentences.
cp -r rules "$WORK/rules"
mkdir -p "$WORK/rules/domains/bpjs-tk/figures"
cat >"$WORK/rules/domains/bpjs-tk/figures/zz_runaway.yaml" <<'YAML'
rules:
  - id: test.runaway
    metric: coverage_pct
    description: backtracks exponentially on a long run of digits not followed by "%"
    priority: 100
    pattern: |
      (?<value> (?: \d+ )+ \s+ persen ) \s+ runaway
YAML
{
	head -n 7 "$SAMPLE"
	printf '\nBPJS Ketenagakerjaan: 1111111111111111111111111111111111x persen runaway.\n'
	printf '\nCapaian di Kalteng 12 persen runaway.\n'
	tail -n +8 "$SAMPLE"
} >"$WORK/runaway.txt"
expect_status 0 "$ANGKA" extract --rules "$WORK/rules" --format jsonl "$WORK/runaway.txt"
expect_grep "$WORK/err" "runaway.txt: warning: rule test.runaway gave up on the sentence at bytes" \
	"the warning names the article and the rule"
expect_grep "$WORK/err" "match limit" "the warning says which limit"
expect_grep "$WORK/out" '"rule":"test.runaway"' "the rule's figure on another sentence"
CHECKS=$((CHECKS + 1))
[ "$(grep -vc '"rule":"test.runaway"' "$WORK/out")" -eq "$(wc -l <"$WORK/plain.jsonl")" ] ||
	fail "the other rules' figures: $(grep -vc '"rule":"test.runaway"' "$WORK/out"), expected $(wc -l <"$WORK/plain.jsonl")"
finish
