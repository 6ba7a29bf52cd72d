#!/usr/bin/env bash
# The command line: help, version, usage errors, rules found without flags.
. "$(dirname "$0")/lib.sh" "$@"
expect_status 0 "$ANGKA" --help
expect_grep "$WORK/out" "^Usage: angka COMMAND" "top-level help"
for cmd in extract ingest export; do
	expect_status 0 "$ANGKA" "$cmd" --help
	expect_grep "$WORK/out" "^Usage: angka $cmd" "$cmd --help"
	expect_grep "$WORK/out" "Exit status" "$cmd --help documents exit codes"
done
expect_status 0 "$ANGKA" --version
expect_grep "$WORK/out" "^angka [0-9]" "version"
expect_grep "$WORK/out" "libxml2 [0-9]" "libxml2 version"
expect_grep "$WORK/out" "PCRE2 [0-9]" "PCRE2 version"
expect_grep "$WORK/out" "SQLite [0-9]" "SQLite version"

expect_status 2 "$ANGKA"
expect_grep "$WORK/err" "Try 'angka --help'" "no command"
expect_status 2 "$ANGKA" frobnicate
expect_grep "$WORK/err" "unknown command 'frobnicate'" "unknown command"
expect_status 2 "$ANGKA" extract
expect_grep "$WORK/err" "no SOURCE given" "extract without sources"
expect_grep "$WORK/err" "Try 'angka extract --help'" "hint"
expect_status 2 "$ANGKA" extract --format xml "$SRC/samples"
expect_grep "$WORK/err" "unknown format 'xml'" "unknown format"
expect_status 2 "$ANGKA" extract --bogus
expect_grep "$WORK/err" "unknown option '--bogus'" "unknown option"
expect_status 2 "$ANGKA" ingest --db
expect_grep "$WORK/err" "needs a value" "option without its value"

# Rules are found without flags from anywhere, and --rules overrides.
cd "$WORK" || exit 1
expect_status 0 "$ANGKA" extract "$SRC/samples/003_f8806416e8b14334.txt"
expect_grep "$WORK/out" "figures$" "rules found from another folder"
expect_status 3 "$ANGKA" extract --rules "$WORK/none" "$SRC/samples/003_f8806416e8b14334.txt"
expect_grep "$WORK/err" "$WORK/none: no such rules folder" "--rules overrides"
ANGKA_RULES="$WORK/none" expect_status 3 "$ANGKA" extract "$SRC/samples/003_f8806416e8b14334.txt"

# An installed tree finds its rules next to the binary (and uses them, not
# the source tree's: without its coverage rules it no longer finds 39,52%).
CHECKS=$((CHECKS + 1))
if cmake --install "$(dirname "$ANGKA")" --prefix "$WORK/prefix" >/dev/null 2>&1; then
	"$WORK/prefix/bin/angka" extract --format jsonl "$SRC/samples/003_f8806416e8b14334.txt" >"$WORK/out" 2>"$WORK/err"
	grep -q '"text":"39,52%"' "$WORK/out" || fail "installed binary did not find its rules: $(cat "$WORK/err")"
	rm "$WORK/prefix/share/angka/rules/figures/coverage.yaml"
	"$WORK/prefix/bin/angka" extract --format jsonl "$SRC/samples/003_f8806416e8b14334.txt" >"$WORK/out" 2>"$WORK/err"
	CHECKS=$((CHECKS + 1))
	grep -q '"text":"39,52%"' "$WORK/out" && fail "installed binary read the source tree's rules"
else
	fail "cmake --install failed"
fi
finish
