#!/usr/bin/env bash
# The article-extraction benchmark: angka's parse stage over the 181 pages of
# ../shared/bench/article-extraction, scored by the benchmark's own score.py,
# beside libxml2's parse-only floor (same pages, same run) and the peers that
# are installed. Prints one table: F1, precision, recall, pages/s, MB/s and
# peak memory (max RSS) per extractor, all on one thread.
#
# usage: bench/article_extraction.sh [BUILD_DIR]
#   BUILD_DIR  a Release build holding angka-bench-parse (default: build-rel)
#              cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel
# environment:
#   BENCH_RUNS       passes over the pages for angka and for the floor, each
#                    timed, the best reported (default 3: one cold pass is noise)
#   BENCH_DIR        the benchmark (default: ../shared/bench/article-extraction)
#   PEERS_NODE_DIR   where Readability.js is installed (default: /tmp/angka-peers-node)
#   KEEP=1           keep the work folder (the extracted texts) and print its path
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build-rel}
BENCH_DIR=${BENCH_DIR:-$SRC/../shared/bench/article-extraction}
PEERS_NODE_DIR=${PEERS_NODE_DIR:-/tmp/angka-peers-node}
DRIVER=$BUILD/angka-bench-parse

if [ ! -x "$DRIVER" ]; then
	echo "article_extraction.sh: no $DRIVER; build it first:" >&2
	echo "  cmake -S $SRC -B $BUILD -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD -j2" >&2
	exit 2
fi
if [ ! -f "$BENCH_DIR/score.py" ]; then
	echo "article_extraction.sh: no benchmark at $BENCH_DIR (set BENCH_DIR)" >&2
	exit 2
fi
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$BUILD/CMakeCache.txt" 2>/dev/null; then
	echo "article_extraction.sh: warning: $BUILD is not a Release build; speeds will be low" >&2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/angka-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
	echo "work folder: $WORK" >&2
else
	trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK/html"
for gz in "$BENCH_DIR"/html/*.html.gz; do
	gunzip -c "$gz" >"$WORK/html/$(basename "$gz" .gz)"
done

# score NAME OUT_DIR: "F1 P R" from the benchmark's scorer.
score() {
	python3 "$BENCH_DIR/score.py" --n-bootstrap 0 "$2" 2>/dev/null |
		awk -v n="$(basename "$2")" '$1 == n { print $3, $6, $9 }'
}

ROWS=$WORK/rows
: >"$ROWS"
# row NAME F1 P R PAGES_PER_S MB_PER_S PEAK_KB
row() { echo "$*" >>"$ROWS"; }

# angka and the floor, in one run of the driver.
"$DRIVER" "$WORK/html" "$WORK/angka" >"$WORK/driver.jsonl" 2>"$WORK/driver.err" || {
	cat "$WORK/driver.err" >&2
	exit 1
}
field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }
floor_line=$(sed -n 1p "$WORK/driver.jsonl")
angka_line=$(sed -n 2p "$WORK/driver.jsonl")
read -r f1 p r <<<"$(score angka "$WORK/angka")"
row "angka" "$f1" "$p" "$r" "$(field "$angka_line" pages_per_s)" "$(field "$angka_line" mb_per_s)" \
	"$(field "$angka_line" max_rss_kb)"
row "libxml2-parse-only(floor)" - - - "$(field "$floor_line" pages_per_s)" \
	"$(field "$floor_line" mb_per_s)" "$(field "$floor_line" max_rss_kb)"

# run_peer NAME OUT_DIR COMMAND...: the peer prints its timing JSON on stdout;
# /usr/bin/time gives its peak memory.
run_peer() {
	local name=$1 out=$2
	shift 2
	if ! /usr/bin/time -f '%M' -o "$WORK/$name.rss" "$@" >"$WORK/$name.json" 2>"$WORK/$name.err"; then
		row "$name" failed - - - - -
		return
	fi
	local line
	line=$(tail -n 1 "$WORK/$name.json")
	read -r f1 p r <<<"$(score "$name" "$out")"
	row "$name" "$f1" "$p" "$r" "$(field "$line" pages_per_s)" "$(field "$line" mb_per_s)" \
		"$(tail -n 1 "$WORK/$name.rss")"
}

if /usr/bin/python3 -c 'import readability, html_text' 2>/dev/null; then
	run_peer readability-lxml "$WORK/readability-lxml" /usr/bin/python3 \
		"$BENCH_DIR/peers/readability_lxml.py" "$WORK/html" "$WORK/readability-lxml"
else
	row "readability-lxml" "not installed: apt-get install python3-readability python3-html-text"
fi
if command -v node >/dev/null && [ -d "$PEERS_NODE_DIR/node_modules/@mozilla/readability" ]; then
	run_peer readability.js "$WORK/readability.js" env MODULES_ROOT="$PEERS_NODE_DIR" node \
		"$BENCH_DIR/peers/readability_batch.js" linkedom "$WORK/html" "$WORK/readability.js"
else
	row "readability.js" "not installed: mkdir -p $PEERS_NODE_DIR && cp $BENCH_DIR/peers/package.json" \
		"$PEERS_NODE_DIR/ && npm install --prefix $PEERS_NODE_DIR"
fi

echo "article-extraction benchmark: $(ls "$WORK/html" | wc -l) pages, one thread, $(uname -m)"
printf '%-26s %6s %6s %6s %9s %7s %9s\n' extractor F1 P R pages/s MB/s peak-MB
while read -r name f1 p r pps mbs kb rest; do
	if [ "$f1" = "not" ]; then
		printf '%-26s %s %s %s %s %s %s\n' "$name" "$f1" "$p" "$r" "$pps" "$mbs" "$kb $rest"
		continue
	fi
	mb=$kb
	[[ $kb =~ ^[0-9]+$ ]] && mb=$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')
	printf '%-26s %6s %6s %6s %9s %7s %9s\n' "$name" "$f1" "$p" "$r" "$pps" "$mbs" "$mb"
done <"$ROWS"
echo "published (same scorer): trafilatura 0.958, readability.js 0.947, readability-lxml 0.922"
