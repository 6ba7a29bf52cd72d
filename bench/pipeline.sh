#!/usr/bin/env bash
# Throughput and memory of the whole pipeline, next to its first stage.
#
#   bench/pipeline.sh [BUILD_DIR]        (default: build-rel, a Release build)
#
# Input: the 181 pages of ../shared/bench/article-extraction (31 MB of real
# HTML), the project corpus and the samples. For each input set, in one run:
#   parse    angka parse   (fetch + main text: the reference)
#   extract  angka extract (+ segment, match with PCRE2's JIT, normalize)
#   ingest   angka ingest  (+ SQLite, one transaction per article)
# Prints articles/s, MB/s and peak memory (getrusage via /usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-rel}
ANGKA="$BUILD/angka"
[ -x "$ANGKA" ] || { echo "bench/pipeline.sh: no $ANGKA (cmake -S . -B $BUILD -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/pipeline.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/angka-pipeline.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

sets=()
PAGES=../shared/bench/article-extraction/html
if [ -d "$PAGES" ]; then
	mkdir -p "$WORK/pages"
	for f in "$PAGES"/*.html.gz; do gunzip -c "$f" >"$WORK/pages/$(basename "$f" .gz)"; done
	sets+=("benchmark-pages:$WORK/pages")
fi
sets+=("project-corpus:tests/corpus/project/articles" "samples:samples")

measure() { # LABEL ARTICLES BYTES COMMAND...
	local label=$1 articles=$2 bytes=$3
	shift 3
	/usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || true
	read -r seconds rss_kb <"$WORK/time"
	awk -v l="$label" -v a="$articles" -v b="$bytes" -v s="$seconds" -v m="$rss_kb" 'BEGIN {
		if (s <= 0) s = 0.001
		printf "%-28s %8d %10.1f %10.1f %10.1f\n", l, a, a / s, b / s / 1048576, m / 1024 }'
}

printf "%-28s %8s %10s %10s %10s\n" "run" "articles" "articles/s" "MB/s" "peak-MB"
for set in "${sets[@]}"; do
	name=${set%%:*}
	dir=${set#*:}
	articles=$(find "$dir" -type f \( -name '*.html' -o -name '*.txt' \) | wc -l)
	bytes=$(find "$dir" -type f \( -name '*.html' -o -name '*.txt' \) -printf '%s\n' | awk '{s += $1} END {print s}')
	measure "$name: parse" "$articles" "$bytes" "$ANGKA" parse "$dir"
	measure "$name: extract" "$articles" "$bytes" "$ANGKA" extract --quiet --format jsonl "$dir"
	rm -f "$WORK/bench.db"*
	measure "$name: ingest" "$articles" "$bytes" "$ANGKA" ingest --quiet --db "$WORK/bench.db" "$dir"
done
