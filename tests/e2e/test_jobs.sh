#!/usr/bin/env bash
# --jobs: worker threads change nothing but the time. extract (figures and
# --candidates), ingest and reextract give the same output and the same
# database with 1 and 3 threads; a second ingest recognises every text; and
# an ingest killed in the middle leaves whole articles only (batches commit
# whole), which a second run completes.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
INPUTS=(samples tests/corpus/project/articles)

for j in 1 3; do
	"$ANGKA" extract --format jsonl --jobs "$j" "${INPUTS[@]}" >"$WORK/extract-$j.jsonl" 2>"$WORK/extract-$j.err"
	"$ANGKA" ingest --jobs "$j" --db "$WORK/db-$j" "${INPUTS[@]}" 2>"$WORK/ingest-$j.err"
	"$ANGKA" export --format jsonl --db "$WORK/db-$j" >"$WORK/export-$j.jsonl" 2>/dev/null
done
CHECKS=$((CHECKS + 1))
[ -s "$WORK/extract-1.jsonl" ] && cmp -s "$WORK/extract-1.jsonl" "$WORK/extract-3.jsonl" ||
	fail "extract --jobs 3 differs from --jobs 1"
for j in 1 3; do
	"$ANGKA" extract --candidates --jobs "$j" "${INPUTS[@]}" >"$WORK/candidates-$j.jsonl" 2>/dev/null
done
CHECKS=$((CHECKS + 1))
[ -s "$WORK/candidates-1.jsonl" ] && cmp -s "$WORK/candidates-1.jsonl" "$WORK/candidates-3.jsonl" ||
	fail "extract --candidates --jobs 3 differs from --jobs 1"
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/ingest-1.err" <(sed "s|$WORK/db-3|$WORK/db-1|" "$WORK/ingest-3.err") ||
	fail "ingest --jobs 3 summary differs: $(cat "$WORK/ingest-1.err" "$WORK/ingest-3.err")"
CHECKS=$((CHECKS + 1))
[ -s "$WORK/export-1.jsonl" ] && cmp -s "$WORK/export-1.jsonl" "$WORK/export-3.jsonl" ||
	fail "the database ingest --jobs 3 wrote differs from --jobs 1"
for j in 1 3; do
	sqlite3 "$WORK/db-$j" "SELECT location, status, article_id FROM source_status ORDER BY location" >"$WORK/sources-$j"
done
CHECKS=$((CHECKS + 1))
[ -s "$WORK/sources-1" ] && cmp -s "$WORK/sources-1" "$WORK/sources-3" || fail "source records differ with --jobs 3"

# Known text is recognised: nothing new, every article unchanged.
expect_status 0 "$ANGKA" ingest --jobs 3 --db "$WORK/db-3" "${INPUTS[@]}"
expect_grep "$WORK/err" "0 new, $(ls samples/*.html samples/*.txt tests/corpus/project/articles/* | wc -l) unchanged" "a second ingest stores nothing new"

# reextract, 1 and 3 threads: the same figures, ids kept.
for j in 1 3; do
	expect_status 0 "$ANGKA" reextract --jobs "$j" --db "$WORK/db-$j"
	expect_grep "$WORK/err" "0 new, 0 gone" "reextract --jobs $j keeps every figure"
	"$ANGKA" export --format jsonl --db "$WORK/db-$j" >"$WORK/re-$j.jsonl" 2>/dev/null
done
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/export-1.jsonl" "$WORK/re-1.jsonl" && cmp -s "$WORK/re-1.jsonl" "$WORK/re-3.jsonl" ||
	fail "reextract changed the figures, or differs with --jobs 3"

expect_status 2 "$ANGKA" ingest --jobs 0 --db "$WORK/x.db" samples
expect_grep "$WORK/err" "jobs wants a number from 1 to 256" "--jobs 0 is a usage error"

# Killed in the middle: whole articles only, then completed by a second run.
python3 bench/gen_corpus.py "$WORK/gen" 40
"$ANGKA" ingest --quiet --jobs 2 --db "$WORK/killed.db" "$WORK/gen" 2>/dev/null &
pid=$!
sleep 1
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
CHECKS=$((CHECKS + 1))
[ "$(sqlite3 "$WORK/killed.db" 'PRAGMA integrity_check')" = ok ] || fail "the killed ingest left a damaged file"
# Every stored article has all the figures extraction gives it.
"$ANGKA" extract --format jsonl --quiet "$WORK/gen" >"$WORK/gen.jsonl" 2>/dev/null
"$ANGKA" export --format jsonl --db "$WORK/killed.db" >"$WORK/killed.jsonl" 2>/dev/null
CHECKS=$((CHECKS + 1))
python3 - "$WORK/gen.jsonl" "$WORK/killed.jsonl" <<'PY' || fail "the killed ingest left an article without all its figures"
import collections, json, sys
def by_source(path):
    c = collections.Counter()
    for line in open(path):
        c[json.loads(line)["source"]] += 1
    return c
extracted, stored = by_source(sys.argv[1]), by_source(sys.argv[2])
for source, n in stored.items():
    assert extracted[source] == n, (source, n, extracted[source])
PY
expect_status 0 "$ANGKA" ingest --jobs 2 --db "$WORK/killed.db" "$WORK/gen"
"$ANGKA" export --format jsonl --db "$WORK/killed.db" >"$WORK/completed.jsonl" 2>/dev/null
CHECKS=$((CHECKS + 1))
cmp -s <(python3 -c 'import json,sys; [print(json.dumps({k: v for k, v in json.loads(l).items() if k != "id"}, sort_keys=True)) for l in open(sys.argv[1])]' "$WORK/gen.jsonl" | sort) \
	<(python3 -c 'import json,sys; [print(json.dumps({k: v for k, v in json.loads(l).items() if k != "id"}, sort_keys=True)) for l in open(sys.argv[1])]' "$WORK/completed.jsonl" | sort) ||
	fail "a second ingest after the kill does not complete the store"
finish
