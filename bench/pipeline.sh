#!/usr/bin/env bash
# Throughput and memory of the whole pipeline, next to its floor, in one run.
#
#   bench/pipeline.sh [BUILD_DIR]        (default: build-rel, a Release build)
#
# Environment: BENCH_RUNS (default 5: each time is the best of that many
# runs, interleaved so that the machine's noise falls on every command
# alike), BENCH_JOBS (default: the processors online), BENCH_SCALE (default
# 50: the largest corpus of the memory check, in copies of the first),
# BENCH_REF (an angka binary to compare with, e.g. one built from an older
# commit in a worktree: its extract with one job runs in the same
# interleaved rounds, with its own rules, and prints as "extract (ref)").
#
# Input sets:
#   benchmark-pages  the 181 pages of ../shared/bench/article-extraction
#                    (31 MB of real, mostly English HTML: parse-heavy, few
#                    figures)
#   generated-pages  Indonesian pages with figures, generated from samples/
#   generated-texts  their captured texts (bench/gen_corpus.py: numbers
#                    varied per copy, so nothing dedupes)
# Commands, each as a ratio of the floor of its set:
#   floor    angka-bench-parse --floor: read every file as angka does and
#            parse the HTML with libxml2 alone (no extractor can be faster)
#   parse    angka parse (fetch + main text)
#   extract  angka extract --format jsonl (+ segment, match, normalize), with
#            --jobs 1 and N; on texts also --input jsonl from stdin
#   ingest   angka ingest into a fresh database (+ SQLite), --jobs 1 and N
# Then flat memory: peak RSS of extract and ingest with N jobs over the
# generated corpus at 1x and at BENCH_SCALE x.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-rel}
ANGKA="$BUILD/angka"
FLOOR="$BUILD/angka-bench-parse"
RUNS=${BENCH_RUNS:-5}
JOBS=${BENCH_JOBS:-$(nproc)}
SCALE=${BENCH_SCALE:-50}
REF=${BENCH_REF:-}
REF_JOBS=
if [ -n "$REF" ]; then
	[ -x "$REF" ] || { echo "bench/pipeline.sh: BENCH_REF=$REF is not an executable" >&2; exit 2; }
	# A reference older than --jobs runs on one thread anyway.
	if "$REF" extract --help 2>&1 | grep -q -- --jobs; then REF_JOBS="--jobs 1"; fi
fi
for bin in "$ANGKA" "$FLOOR"; do
	[ -x "$bin" ] || { echo "bench/pipeline.sh: no $bin (cmake -S . -B $BUILD -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "bench/pipeline.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/angka-pipeline.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# The generated corpus for throughput: 400 copies of the 5 samples, page
# and text (2000 of each). Loading the rules takes about 0.05 s, a fifth of
# a run over 500 texts; over 2000 it weighs a twentieth, and the rate is
# the pipeline's, not its start-up's (printed on its own below).
python3 bench/gen_corpus.py "$WORK/gen" 400 --jsonl "$WORK/gen.jsonl"
mkdir -p "$WORK/gen-pages" "$WORK/gen-texts"
mv "$WORK/gen"/*.html "$WORK/gen-pages/"
mv "$WORK/gen"/*.txt "$WORK/gen-texts/"
grep '"text":' "$WORK/gen.jsonl" >"$WORK/gen-texts.jsonl"

sets=()
PAGES=../shared/bench/article-extraction/html
if [ -d "$PAGES" ]; then
	mkdir -p "$WORK/pages"
	for f in "$PAGES"/*.html.gz; do gunzip -c "$f" >"$WORK/pages/$(basename "$f" .gz)"; done
	sets+=("benchmark-pages:$WORK/pages")
fi
sets+=("generated-pages:$WORK/gen-pages" "generated-texts:$WORK/gen-texts")

# run ID COMMAND...: one timed run; keeps the best seconds and the peak RSS.
declare -A best rss
run() {
	local id=$1
	shift
	rm -f "$WORK/bench.db" "$WORK/bench.db-wal" "$WORK/bench.db-shm"
	# The wall time from the clock's nanoseconds (time's %e counts in 10 ms,
	# a twentieth of a run over the generated texts); time gives the RSS.
	local start end
	start=$(date +%s%N)
	/usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" ||
		{ echo "bench/pipeline.sh: failed: $*" >&2; cat "$WORK/err" >&2; exit 1; }
	end=$(date +%s%N)
	local seconds rss_kb
	read -r seconds rss_kb <"$WORK/time"
	seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
	if [ -z "${best[$id]:-}" ] || awk -v a="$seconds" -v b="${best[$id]}" 'BEGIN { exit !(a < b) }'; then
		best[$id]=$seconds
	fi
	if [ -z "${rss[$id]:-}" ] || [ "$rss_kb" -gt "${rss[$id]}" ]; then rss[$id]=$rss_kb; fi
}

commands() { # SET DIR: "ID|JOBS|COMMAND" lines
	local set=$1 dir=$2
	echo "floor|1|$FLOOR --floor $dir"
	echo "parse|1|$ANGKA parse $dir"
	for j in 1 "$JOBS"; do
		echo "extract|$j|$ANGKA extract --quiet --format jsonl --jobs $j $dir"
	done
	if [ -n "$REF" ]; then
		echo "extract (ref)|1|$REF extract --quiet --format jsonl $REF_JOBS $dir"
	fi
	if [ "$set" = generated-texts ]; then
		for j in 1 "$JOBS"; do
			echo "extract --input jsonl|$j|sh -c '$ANGKA extract --input jsonl --jobs $j - <$WORK/gen-texts.jsonl'"
		done
	fi
	for j in 1 "$JOBS"; do
		echo "ingest|$j|$ANGKA ingest --quiet --db $WORK/bench.db --jobs $j $dir"
	done
}

printf "%-16s %-22s %4s %8s %10s %8s %8s %8s\n" "set" "command" "jobs" "articles" "articles/s" "MB/s" "x floor" "peak-MB"
for set in "${sets[@]}"; do
	name=${set%%:*}
	dir=${set#*:}
	articles=$(find "$dir" -type f | wc -l)
	bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
	mapfile -t cmds < <(commands "$name" "$dir")
	for ((r = 0; r < RUNS; r++)); do
		for c in "${cmds[@]}"; do
			IFS='|' read -r id jobs cmd <<<"$c"
			eval "run \"$name/$id/$jobs\" $cmd"
		done
	done
	floor=${best[$name/floor/1]}
	for c in "${cmds[@]}"; do
		IFS='|' read -r id jobs cmd <<<"$c"
		awk -v set="$name" -v id="$id" -v j="$jobs" -v a="$articles" -v b="$bytes" \
			-v s="${best[$name/$id/$jobs]}" -v f="$floor" -v m="${rss[$name/$id/$jobs]}" 'BEGIN {
			if (s <= 0) s = 0.001
			printf "%-16s %-22s %4d %8d %10.0f %8.1f %8.2f %8.1f\n", set, id, j, a, a / s, b / s / 1048576, f / s, m / 1024 }'
	done
	awk -v set="$name" -v j="$JOBS" -v one="${best[$name/ingest/1]}" -v n="${best[$name/ingest/$JOBS]}" \
		'BEGIN { printf "%-16s ingest with %d jobs: %.2fx one job\n", set, j, one / n }'
done

# Start-up: loading the rules, the gazetteer and the lexicons, which every
# run pays once, as the time of extract over one short text.
mkdir -p "$WORK/start"
printf 'URL: https://example.org/start\nNote: bench\n\nTidak ada angka di sini.\n' >"$WORK/start/a.txt"
for ((r = 0; r < RUNS; r++)); do run start "$ANGKA" extract --quiet --format jsonl "$WORK/start"; done
awk -v s="${best[start]}" 'BEGIN { printf "start-up (extract of one short text): %.0f ms\n", s * 1000 }'

# Flat memory: the generated corpus (pages and texts) at 1x (20 copies,
# 200 articles, the benchmark pages' count) and SCALE x.
echo
python3 bench/gen_corpus.py "$WORK/scaled" $((20 * SCALE))
mkdir -p "$WORK/one"
# The first 20 copies are the 1x corpus.
find "$WORK/scaled" -type f -name '*-000[01]?.*' -exec cp {} "$WORK/one/" \;
printf "%-28s %8s %8s %8s %8s\n" "memory (jobs $JOBS)" "1x" "${SCALE}x" "ratio" "articles"
for id in extract ingest; do
	for corpus in one scaled; do
		if [ $id = extract ]; then
			run "mem/$id/$corpus" "$ANGKA" extract --quiet --format jsonl --jobs "$JOBS" "$WORK/$corpus"
		else
			run "mem/$id/$corpus" "$ANGKA" ingest --quiet --db "$WORK/bench.db" --jobs "$JOBS" "$WORK/$corpus"
		fi
	done
	awk -v id="$id" -v a="${rss[mem/$id/one]}" -v b="${rss[mem/$id/scaled]}" \
		-v n="$(find "$WORK/scaled" -type f | wc -l)" \
		'BEGIN { printf "%-28s %7.1fM %7.1fM %8.3f %8d\n", "peak RSS, " id, a / 1024, b / 1024, b / a, n }'
done
