#!/usr/bin/env bash
# Run every libFuzzer target of fuzz/ for N seconds (ASan + UBSan), then
# judge what they found.
#
#   fuzz/run.sh [-j JOBS] [-b BUILD_DIR] [-o FINDINGS_DIR] N [TARGET...]
#
# Builds BUILD_DIR (default build-fuzz) with clang and -DANGKA_FUZZ=ON when
# needed. Each target runs in libFuzzer's fork mode from its seeds
# (fuzz/corpus/TARGET) and goes on after a crash, so one finding does not
# end its minute. Every crash, leak, timeout or out-of-memory input is then
# run again alone and classified by the first frame of angka's own code in
# its stack trace, kept in FINDINGS_DIR with its log, and fails the run.
# Exit status: 0 when nothing was found, 1 otherwise, 2 usage.
set -uo pipefail
cd "$(dirname "$0")/.."
JOBS=1
BUILD=build-fuzz
FINDINGS=
while getopts "j:b:o:" opt; do
	case $opt in
	j) JOBS=$OPTARG ;;
	b) BUILD=$OPTARG ;;
	o) FINDINGS=$OPTARG ;;
	*) sed -n '2,20p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
SECONDS_EACH=${1:-}
[[ $SECONDS_EACH =~ ^[0-9]+$ ]] || { sed -n '2,20p' "$0" >&2; exit 2; }
shift
ALL=(parse extract number period rules feed url robots record)
TARGETS=("${@:-${ALL[@]}}")
[ $# -gt 0 ] || TARGETS=("${ALL[@]}")
FINDINGS=${FINDINGS:-$BUILD/findings}

# Inputs past these sizes teach a target little and slow it down.
declare -A MAX_LEN=([parse]=32768 [extract]=8192 [number]=256 [period]=512 [rules]=16384
	[feed]=16384 [url]=2048 [robots]=8192 [record]=8192)

if [ ! -x "$BUILD/fuzz/fuzz_parse" ] || [ -n "${FUZZ_REBUILD:-}" ]; then
	cmake -S . -B "$BUILD" -DCMAKE_C_COMPILER=clang -DANGKA_FUZZ=ON -DANGKA_TESTS=OFF \
		-DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1
fi
targets=()
for t in "${TARGETS[@]}"; do targets+=("fuzz_$t"); done
cmake --build "$BUILD" -j2 --target "${targets[@]}" >/dev/null || exit 1

WORK=$(mktemp -d "${TMPDIR:-/tmp}/angka-fuzz.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$FINDINGS"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run_target() {
	local t=$1
	local bin="$BUILD/fuzz/fuzz_$t"
	mkdir -p "$WORK/$t/corpus" "$WORK/$t/artifacts"
	"$bin" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
		-max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
		-max_len="${MAX_LEN[$t]}" -print_final_stats=1 \
		-artifact_prefix="$WORK/$t/artifacts/" \
		"$WORK/$t/corpus" "fuzz/corpus/$t" >"$WORK/$t/log" 2>&1
	local runs
	runs=$(grep -o 'exec/s [0-9]*' "$WORK/$t/log" | tail -1)
	echo "fuzz_$t: ${SECONDS_EACH} s, $(ls "$WORK/$t/corpus" | wc -l) new corpus units, $(ls "$WORK/$t/artifacts" | wc -l) findings (${runs:-exec/s ?})"
}

# Start the targets JOBS at a time.
running=0
for t in "${TARGETS[@]}"; do
	run_target "$t" &
	running=$((running + 1))
	if [ "$running" -ge "$JOBS" ]; then
		wait -n
		running=$((running - 1))
	fi
done
wait

# Classify: the first stack frame in angka's own code decides.
status=0
declare -A seen=()
for t in "${TARGETS[@]}"; do
	for artifact in "$WORK/$t/artifacts"/*; do
		[ -e "$artifact" ] || continue
		out="$WORK/$t/replay.log"
		"$BUILD/fuzz/fuzz_$t" -timeout=10 -rss_limit_mb=2048 "$artifact" >"$out" 2>&1
		frame=$(grep -oE '#[0-9]+ 0x[0-9a-f]+ in [A-Za-z_0-9]+ [^ ]*/(src|fuzz)/[^ ]+\.c:[0-9]+' "$out" |
			head -1 | sed -E 's/.* in ([A-Za-z_0-9]+) .*\/((src|fuzz)\/[^ :]+:[0-9]+).*/\2 \1/')
		kind=$(basename "$artifact" | cut -d- -f1)
		cause=$(grep -m1 -oE '(AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer): [a-zA-Z -]+|runtime error: .*' "$out" | head -1)
		if [ -z "$frame" ] && ! grep -q -E 'ERROR|runtime error|Sanitizer' "$out"; then
			# It no longer fails alone (a flaky timeout): say so, do not judge.
			echo "  fuzz_$t: $kind $(basename "$artifact") does not fail when run alone"
			continue
		fi
		key="$t ${frame:-unknown} $kind"
		[ -n "${seen[$key]:-}" ] && continue
		seen[$key]=1
		name="$t-$kind-$(basename "$artifact" | cut -d- -f2 | cut -c1-12)"
		cp "$artifact" "$FINDINGS/$name"
		cp "$out" "$FINDINGS/$name.log"
		echo "  NEW   fuzz_$t: $kind in ${frame:-an unknown place} (${cause}); reproducer $FINDINGS/$name"
		status=1
	done
done
[ "$status" = 0 ] && echo "fuzz: nothing new found" || echo "fuzz: NEW findings above (reproducers and logs in $FINDINGS)"
exit "$status"
