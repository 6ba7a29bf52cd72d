#!/usr/bin/env bash
# Issue 11 ("survive anything"): inputs and situations that used to stop a
# batch, lose data or mislead, each checked through the angka binary.
. "$(dirname "$0")/lib.sh" "$@"
cd "$WORK" || exit 1
S="$SRC/samples"
GOOD="$S/003_f8806416e8b14334.txt"
q() { sqlite3 "$1" "$2"; }
expect_eq() {
	CHECKS=$((CHECKS + 1))
	[ "$1" = "$2" ] || fail "$3: got '$1', expected '$2'"
}

# ---- item 3: a file name that is not UTF-8 is stored escaped, the batch goes on
BAD_NAME=$(printf 'bad\xffname.txt')
cp "$S/001_b7a9ab85f0423bf7.txt" "$BAD_NAME"
expect_status 0 "$ANGKA" ingest --db names.db "$BAD_NAME" "$GOOD"
expect_grep err 'bad\\xffname.txt: warning: the file name is not valid UTF-8' "the name is warned about"
expect_grep out "^2 articles: 2 new, 0 unchanged, 0 failed" "both files stored"
expect_eq "$(q names.db "select count(*) from sources where location = 'bad\\xffname.txt'")" 1 \
	"the name is stored with the bad byte escaped"
expect_eq "$(q names.db "select count(*) from source_status where status = 'ok'")" 2 \
	"both sources recorded"
expect_status 0 "$ANGKA" extract --format jsonl "$BAD_NAME"
expect_grep out '"source":"bad\\\\xffname.txt"' "extract names it the same way"

finish
