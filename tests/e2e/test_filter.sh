#!/usr/bin/env bash
# extract --input jsonl is a pure filter: articles in (one JSON object a
# line), figure records out, in order, nothing else on stdout, errors on
# stderr with their line, no state on disk. So GNU parallel (parallel
# --pipe), like any map step, can cut the input anywhere: the union of the
# pieces' output is the output of one run.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1

# Articles as a crawler hands them over: the samples and the project corpus.
python3 - "$WORK/articles.jsonl" <<'PY'
import glob, json, os, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    paths = sorted(glob.glob("samples/*.html") + glob.glob("samples/*.txt") +
                   glob.glob("tests/corpus/project/articles/*"))
    for i, path in enumerate(paths):
        body = open(path, encoding="utf-8").read()
        kind = "html" if path.endswith(".html") else "text"
        record = {"url": "https://example.id/" + os.path.basename(path), kind: body}
        if i % 3 == 0:
            record["published"] = "2025-01-02"
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY

# One run, from an empty folder that must stay empty.
mkdir "$WORK/cwd"
(cd "$WORK/cwd" && "$ANGKA" extract --input jsonl --rules "$SRC/rules" - \
	<"$WORK/articles.jsonl" >"$WORK/single.jsonl" 2>"$WORK/single.err")
status=$?
CHECKS=$((CHECKS + 1))
[ $status -eq 0 ] || fail "extract --input jsonl failed: $(head -c 600 "$WORK/single.err")"
CHECKS=$((CHECKS + 1))
[ -z "$(ls -A "$WORK/cwd")" ] || fail "extract --input jsonl left files: $(ls -A "$WORK/cwd")"
CHECKS=$((CHECKS + 1))
[ ! -s "$WORK/single.err" ] || fail "extract --input jsonl wrote to stderr: $(head -c 300 "$WORK/single.err")"
CHECKS=$((CHECKS + 1))
python3 - "$WORK/single.jsonl" <<'PY' || fail "stdout is not figure records only"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) > 100, len(lines)
for line in lines:
    record = json.loads(line)
    assert record["source"].startswith("https://example.id/"), record
PY
# The same as the files themselves, in the same order, but for the source.
"$ANGKA" extract --format jsonl samples/003_f8806416e8b14334.html >"$WORK/file.jsonl" 2>/dev/null
CHECKS=$((CHECKS + 1))
grep -c '"source":"https://example.id/003_f8806416e8b14334.html"' "$WORK/single.jsonl" |
	grep -qx "$(wc -l <"$WORK/file.jsonl")" || fail "a page read from a line gives other figures than from its file"

# Threads change nothing.
"$ANGKA" extract --input jsonl --jobs 3 <"$WORK/articles.jsonl" >"$WORK/jobs.jsonl" 2>/dev/null
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/single.jsonl" "$WORK/jobs.jsonl" || fail "--jobs 3 output differs from one thread"

# Bad lines: reported with their number; the others go on; exit 1.
{
	head -2 "$WORK/articles.jsonl"
	echo 'not json'
	echo '{"url": "https://example.id/x"}'
	echo '{"html": "<p>no url</p>"}'
	sed -n 3p "$WORK/articles.jsonl"
} >"$WORK/bad.jsonl"
expect_status 1 "$ANGKA" extract --input jsonl - <"$WORK/bad.jsonl"
expect_grep "$WORK/err" '^angka: stdin:3: not JSON' "a line that is not JSON, with its number"
expect_grep "$WORK/err" '^angka: stdin:4: https://example.id/x: wants one of "html" or "text"' "a record without a body"
expect_grep "$WORK/err" '^angka: stdin:5: no "url"' "a record without its url"
head -3 "$WORK/articles.jsonl" | "$ANGKA" extract --input jsonl >"$WORK/good.jsonl" 2>/dev/null
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/out" "$WORK/good.jsonl" || fail "the good lines around bad ones give other records"
expect_status 2 "$ANGKA" extract --input xml -
expect_grep "$WORK/err" "wants articles or jsonl" "an unknown --input"

# Under GNU parallel: pieces of 7 lines, 3 at a time.
if ! command -v parallel >/dev/null; then
	if [ "${ANGKA_REQUIRE_ALL:-0}" = 1 ]; then
		fail "GNU parallel is not installed (apt-get install parallel)"
		finish
		exit
	fi
	echo "SKIP: GNU parallel is not installed"
	exit 77
fi
parallel --will-cite --pipe -N 7 -j 3 "$ANGKA" extract --input jsonl - \
	<"$WORK/articles.jsonl" >"$WORK/parallel.jsonl" 2>"$WORK/parallel.err"
status=$?
CHECKS=$((CHECKS + 1))
[ $status -eq 0 ] || fail "parallel --pipe failed: $(head -c 600 "$WORK/parallel.err")"
CHECKS=$((CHECKS + 1))
cmp -s <(sort "$WORK/single.jsonl") <(sort "$WORK/parallel.jsonl") ||
	fail "the union of parallel's pieces differs from one run"
# --keep-order: the very same bytes.
parallel --will-cite --pipe -k -N 5 -j 2 "$ANGKA" extract --input jsonl - \
	<"$WORK/articles.jsonl" >"$WORK/ordered.jsonl" 2>/dev/null
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/single.jsonl" "$WORK/ordered.jsonl" || fail "parallel -k output differs from one run"
finish
