# Shared by the end-to-end tests: each runs the angka binary as a user would.
# Usage in a test: . "$(dirname "$0")/lib.sh" "$@"   (args: ANGKA_BIN SOURCE_DIR)
set -u
ANGKA=${1:?path to the angka binary}
SRC=${2:?path to the source tree}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/angka-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Relative dates ("3 bulan lalu") resolve against this instant: 2025-05-14.
export SOURCE_DATE_EPOCH=1747180800
FAILURES=0
CHECKS=0

fail() {
	echo "FAIL: $*" >&2
	FAILURES=$((FAILURES + 1))
}

# expect_status EXPECTED COMMAND...: run, keep stdout/stderr in $WORK/out, $WORK/err.
expect_status() {
	local expected=$1
	shift
	CHECKS=$((CHECKS + 1))
	"$@" >"$WORK/out" 2>"$WORK/err"
	local status=$?
	if [ "$status" -ne "$expected" ]; then
		fail "'$*' exited $status, expected $expected; stderr: $(head -c 600 "$WORK/err")"
	fi
}

# expect_grep FILE PATTERN DESCRIPTION
expect_grep() {
	CHECKS=$((CHECKS + 1))
	grep -q -e "$2" "$1" || fail "$3: no '$2' in $(basename "$1"): $(head -c 600 "$1")"
}

expect_no_grep() {
	CHECKS=$((CHECKS + 1))
	if grep -q -e "$2" "$1"; then fail "$3: unexpected '$2' in $(basename "$1")"; fi
}

# expect_lines FILE N DESCRIPTION
expect_lines() {
	CHECKS=$((CHECKS + 1))
	local n
	n=$(wc -l <"$1")
	[ "$n" -eq "$2" ] || fail "$3: $n lines, expected $2"
}

finish() {
	echo "$((CHECKS - FAILURES)) passed, $FAILURES failed"
	[ "$FAILURES" -eq 0 ]
}
