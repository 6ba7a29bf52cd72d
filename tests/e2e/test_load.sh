#!/usr/bin/env bash
# angka load into SQLite: figure records in (files or stdin), idempotent,
# several loaders at once, bad lines reported with their number; export,
# facts and audit read what it stored; an ingested article keeps its own
# figures. (tests/e2e/test_postgres.sh does the same against PostgreSQL.)
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/load.db"
"$ANGKA" extract --format jsonl samples tests/corpus/project/articles >"$WORK/records.jsonl" 2>/dev/null
N=$(wc -l <"$WORK/records.jsonl")

expect_status 0 "$ANGKA" load --db "$DB" "$WORK/records.jsonl"
expect_grep "$WORK/err" "^$N records: $N stored, 0 already there" "every record stored"
expect_status 0 "$ANGKA" load --db "$DB" - <"$WORK/records.jsonl"
expect_grep "$WORK/err" "^$N records: 0 stored, $N already there" "loading again stores nothing"
expect_status 0 "$ANGKA" export --db "$DB" --format jsonl
CHECKS=$((CHECKS + 1))
cmp -s <(sed 's/^{"id":[0-9]*,/{/' "$WORK/out" | sort) <(sort "$WORK/records.jsonl") ||
	fail "export does not give back the records loaded"
expect_status 0 "$ANGKA" audit --db "$DB" --format jsonl
expect_grep "$WORK/out" '"verdict":"consistent"' "the audit reads loaded figures, with their precision"
expect_status 0 "$ANGKA" facts --db "$DB" --format jsonl
expect_grep "$WORK/out" '"status":"corroborated"' "facts reconcile loaded figures"

# Four loaders at once, each with all the records in another order: one
# store with every record once.
for i in 1 2 3 4; do
	python3 -c 'import random,sys; l=open(sys.argv[1]).readlines(); random.Random(int(sys.argv[2])).shuffle(l); sys.stdout.writelines(l)' \
		"$WORK/records.jsonl" "$i" >"$WORK/shuffled-$i.jsonl"
done
pids=()
for i in 1 2 3 4; do
	"$ANGKA" load --quiet --db "$WORK/many.db" "$WORK/shuffled-$i.jsonl" 2>"$WORK/many-$i.err" &
	pids+=($!)
done
for i in 0 1 2 3; do
	wait "${pids[$i]}"
	status=$?
	CHECKS=$((CHECKS + 1))
	[ $status -eq 0 ] || fail "loader $((i + 1)) of 4 exited $status: $(cat "$WORK/many-$((i + 1)).err")"
done
"$ANGKA" export --db "$WORK/many.db" --format jsonl 2>/dev/null | sed 's/^{"id":[0-9]*,/{/' | sort >"$WORK/many.jsonl"
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/many.jsonl" <(sort "$WORK/records.jsonl") || fail "four loaders at once: not every record exactly once"

# Bad lines: with their number, the others stored, exit 1.
{
	head -1 "$WORK/records.jsonl"
	echo 'not json'
	echo '{"source": "x", "metric": "participants"}'
	sed -n 2p "$WORK/records.jsonl"
} | "$ANGKA" load --db "$WORK/bad.db" >"$WORK/out" 2>"$WORK/err"
status=$?
CHECKS=$((CHECKS + 1))
[ $status -eq 1 ] || fail "bad records: exit status is not 1"
expect_grep "$WORK/err" "^angka: stdin:2: not JSON" "a line that is not JSON, with its number"
expect_grep "$WORK/err" "^angka: stdin:3: a figure record needs" "a record without its fields"
expect_grep "$WORK/err" "^4 records: 2 stored" "the good records around bad ones are stored"

# Context figures (numbers the audit needs that are no figures of the
# dataset) travel as records with "context": true: 'extract --context' writes
# them (as JSON only), load stores them beside the others, and nothing but
# the audit reads them: export, facts, sources and review leave them out.
expect_status 0 "$ANGKA" extract --context --format jsonl samples tests/corpus/project/articles
cp "$WORK/out" "$WORK/context.jsonl"
NCTX=$(grep -c '"context":true' "$WORK/context.jsonl" || true)
CHECKS=$((CHECKS + 1))
[ "$NCTX" -gt 0 ] || fail "extract --context: no context figure from the project corpus (its shares)"
CHECKS=$((CHECKS + 1))
cmp -s <(grep -v '"context":true' "$WORK/context.jsonl") "$WORK/records.jsonl" ||
	fail "extract --context: the figures of the dataset as without it"
for format in csv table; do
	expect_status 2 "$ANGKA" extract --context --format $format samples
	expect_grep "$WORK/err" "context writes figure records as JSON" "--context with --format $format"
done
expect_status 2 "$ANGKA" extract --context --candidates samples
expect_status 0 "$ANGKA" load --db "$WORK/context.db" "$WORK/context.jsonl"
expect_grep "$WORK/err" "^$((N + NCTX)) records: $((N + NCTX)) stored" "the context records are stored"
CHECKS=$((CHECKS + 1))
[ "$(sqlite3 "$WORK/context.db" 'select count(*) from extracted_figures where context = 1')" = "$NCTX" ] &&
	[ "$(sqlite3 "$WORK/context.db" "select distinct context from all_figures where metric = 'share_pct'")" = 1 ] ||
	fail "the context records are not stored as context figures"
expect_status 0 "$ANGKA" export --db "$WORK/context.db" --format jsonl
CHECKS=$((CHECKS + 1))
cmp -s <(sed 's/^{"id":[0-9]*,/{/' "$WORK/out" | sort) <(sort "$WORK/records.jsonl") ||
	fail "export shows the context figure, or lacks a figure of the dataset"
expect_status 0 "$ANGKA" facts --db "$WORK/context.db" --format jsonl
expect_no_grep "$WORK/out" "share_pct" "facts leave the context figures out"
FIRST=$(head -1 "$WORK/records.jsonl" | python3 -c 'import json,sys; print(json.load(sys.stdin)["source"])')
expect_status 0 "$ANGKA" sources --db "$WORK/context.db" "$FIRST" --format jsonl
expect_grep "$WORK/out" "\"figures\":$(grep -c "\"source\":\"$FIRST\"" "$WORK/records.jsonl")," \
	"the versions of a source count its figures of the dataset"
expect_status 0 "$ANGKA" audit --db "$WORK/context.db" --format jsonl
expect_grep "$WORK/out" '"verdict":"consistent"' "the audit runs with a context figure in the store"
CONTEXT_ID=$(sqlite3 "$WORK/context.db" 'select min(id) from extracted_figures where context = 1')
expect_status 3 "$ANGKA" review accept "$CONTEXT_ID" --reviewer ana --db "$WORK/context.db"
expect_grep "$WORK/err" "figure $CONTEXT_ID is a context figure" "a context figure is not reviewed"
{
	head -1 "$WORK/records.jsonl"
	sed -n 2p "$WORK/records.jsonl" | sed 's/}$/,"context":"yes"}/'
} | "$ANGKA" load --db "$WORK/bad-context.db" >"$WORK/out" 2>"$WORK/err"
status=$?
CHECKS=$((CHECKS + 1))
[ $status -eq 1 ] || fail "a bad context: exit status $status, not 1"
expect_grep "$WORK/err" '^angka: stdin:2: "context" is not true or false' "a bad context, with its line"

# An ingested article keeps its own figures; records loaded before it are
# superseded by it; reextract leaves loaded figures alone.
PAGE=samples/003_f8806416e8b14334.html
expect_status 0 "$ANGKA" ingest --db "$WORK/mixed.db" "$PAGE"
expect_status 0 "$ANGKA" load --db "$WORK/mixed.db" "$WORK/records.jsonl"
expect_grep "$WORK/err" "skipped (article ingested)" "records of an ingested source are skipped"
CHECKS=$((CHECKS + 1))
[ "$(grep -c "\"source\":\"$PAGE\"" "$WORK/records.jsonl") skipped" = "$(grep -o '[0-9]* skipped' "$WORK/err")" ] ||
	fail "not exactly the ingested source's records were skipped: $(cat "$WORK/err")"
expect_status 0 "$ANGKA" reextract --db "$WORK/mixed.db"
expect_grep "$WORK/err" "^1 article re-extracted" "reextract runs over ingested articles only"
expect_status 0 "$ANGKA" export --db "$WORK/mixed.db" --format jsonl
expect_lines "$WORK/out" "$N" "every figure there once after reextract"
expect_status 0 "$ANGKA" ingest --db "$WORK/mixed.db" samples/001_b7a9ab85f0423bf7.txt
expect_grep "$WORK/err" "1 revised" "ingesting a loaded source supersedes its records"

expect_status 3 "$ANGKA" ingest --db postgresql://nobody@127.0.0.1:1/none samples
expect_grep "$WORK/err" "needs a SQLite database" "SQLite-only commands refuse a PostgreSQL URL"
expect_status 3 "$ANGKA" load --db postgresql://nobody@127.0.0.1:1/none "$WORK/records.jsonl"
expect_grep "$WORK/err" "cannot connect" "a PostgreSQL server that is not there"
finish
