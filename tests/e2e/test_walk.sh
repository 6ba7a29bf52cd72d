#!/usr/bin/env bash
# Issue 11, item 4: a folder walk reports every entry it cannot read and goes
# on with the rest; symlink loops and two links to one file read each real
# file once.
. "$(dirname "$0")/lib.sh" "$@"
cd "$WORK" || exit 1
S="$SRC/samples"
q() { sqlite3 "$1" "$2"; }
expect_eq() {
	CHECKS=$((CHECKS + 1))
	[ "$1" = "$2" ] || fail "$3: got '$1', expected '$2'"
}

# Folders nested deeper than the walk goes, sorted before a readable one.
mkdir -p tree && cp "$S/000_314ee92051ee0f53.txt" tree/
deep=tree/a_deep
for _ in $(seq 70); do deep="$deep/d"; done
mkdir -p "$deep" && cp "$S/001_b7a9ab85f0423bf7.txt" "$deep/"
mkdir -p tree/b && cp "$S/002_863b6271acea14ee.txt" tree/b/
# A loop back to the top, and a second link to one file.
ln -s .. tree/b/loop
ln -s b/002_863b6271acea14ee.txt tree/c_link.txt
mkdir -p tree/z && cp "$S/004_d2b3179173fcdedf.txt" tree/z/

expect_status 1 "$ANGKA" ingest --db w.db tree
expect_grep err "^angka: tree/a_deep/d/.*: folders nested too deep" "the deep folder is reported"
expect_lines err 2 "two lines: the deep folder, then the summary"
expect_eq "$(q w.db "select count(*) from sources")" 3 "each real file once, the rest after the deep folder too"
expect_eq "$(q w.db "select count(*) from sources where location like 'tree/z/%'")" 1 \
	"the folder after the problem was walked"
expect_eq "$(q w.db "select count(*) from sources where location like '%loop%'")" 0 \
	"nothing read through the loop"

# A folder that cannot be opened (as an unprivileged user: root reads anything).
if command -v setpriv >/dev/null && [ "$(id -u)" = 0 ]; then
	as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
else
	as_user() { "$@"; }
fi
mkdir -p locked/a locked/b locked/c
cp "$S/000_314ee92051ee0f53.txt" locked/a/ && cp "$S/001_b7a9ab85f0423bf7.txt" locked/b/
cp "$S/002_863b6271acea14ee.txt" locked/c/
chmod 000 locked/b
chmod 777 "$WORK"
expect_status 1 as_user "$ANGKA" ingest --db "$WORK/l.db" locked
expect_grep err "^angka: locked/b: cannot read the folder: Permission denied" "the locked folder is named"
expect_eq "$(q l.db "select count(*) from sources")" 2 "the folders around it were read"
expect_grep err "^3 articles: 2 new, 0 unchanged, 1 failed" "the summary counts it as failed"
chmod 755 locked/b
finish
