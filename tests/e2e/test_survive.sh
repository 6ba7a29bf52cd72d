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
expect_grep err "^2 articles: 2 new, 0 unchanged, 0 failed" "both files stored"
expect_eq "$(q names.db "select count(*) from sources where location = 'bad\\xffname.txt'")" 1 \
	"the name is stored with the bad byte escaped"
expect_eq "$(q names.db "select count(*) from source_status where status = 'ok'")" 2 \
	"both sources recorded"
expect_status 0 "$ANGKA" extract --format jsonl "$BAD_NAME"
expect_grep out '"source":"bad\\\\xffname.txt"' "extract names it the same way"

# ---- item 5: CSV cells a spreadsheet would run as formulas are neutralised
printf '=HYPERLINK("http://x.id";"klik") Coverage BPJS Ketenagakerjaan di Provinsi Jambi mencapai 39,52%%.\n\n@SUM(1) Jumlah peserta BPJS Ketenagakerjaan di Provinsi Jambi mencapai 518.632 pekerja.\n' >formula.txt
expect_status 0 "$ANGKA" extract --format csv formula.txt
expect_grep out ",\"'=HYPERLINK(\"\"http" "a sentence starting with = gets an apostrophe"
expect_grep out ",\"'@SUM(1) Jumlah" "a sentence starting with @ gets an apostrophe"
expect_no_grep out ',"=' "no cell starts with ="
expect_status 0 "$ANGKA" extract --format jsonl formula.txt
expect_grep out '"sentence":"=HYPERLINK' "JSON stays verbatim"
expect_status 0 "$ANGKA" ingest -q --db formula.db formula.txt
expect_status 0 "$ANGKA" review accept 1 --db formula.db --reviewer ana --note "-2+3+cmd|' /C calc'!A0"
expect_status 0 "$ANGKA" export --curated --format csv --db formula.db
expect_grep out ",\"'-2+3+cmd|' /C calc'!A0\"" "a note starting with - gets an apostrophe"
expect_status 0 "$ANGKA" review correct 2 --db formula.db --reviewer ana --value 518633
expect_status 0 "$ANGKA" export --curated --format csv --db formula.db
expect_grep out ',"518633",' "numbers stay numbers"

# ---- item 12: databases in read-only places, other programs' files -------
# Root may write anywhere: the read-only cases run as an unprivileged user.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
else
	as_user() { "$@"; }
fi
chmod 755 "$WORK"
mkdir ro
expect_status 0 "$ANGKA" ingest -q --db ro/r.db "$GOOD"
expect_eq "$(q ro/r.db "pragma journal_mode")" wal "the database is in WAL mode"
chmod 555 ro
for cmd in export audit facts sources "review list"; do
	# shellcheck disable=SC2086
	expect_status 0 as_user "$ANGKA" $cmd --db ro/r.db
done
expect_status 0 as_user "$ANGKA" export --db ro/r.db --format jsonl
expect_grep out '"text":"39,52%"' "export reads a WAL database in a read-only folder"
expect_status 0 as_user "$ANGKA" report --db ro/r.db --output -
expect_grep out '"value":39.52,' "report reads a WAL database in a read-only folder"
if ! as_user test -w ro; then
	expect_status 3 as_user "$ANGKA" serve --db ro/r.db --reviewer ana --port 0
	expect_grep err "^angka: ro/r.db: this user cannot write the database or its folder" \
		"serve, which records decisions, refuses a database it cannot write, at start"
	expect_no_grep err "reviewing" "and does not start serving"
fi
expect_status 3 as_user "$ANGKA" ingest --db ro/new.db "$GOOD"
expect_grep err "^angka: ro/new.db: cannot create the database in the folder ro: Permission denied" \
	"a read-only folder is named as such"
expect_no_grep err "No such file" "not 'No such file or directory'"
chmod 755 ro

sqlite3 foreign.db "create table customers (name text); insert into customers values ('ana');"
expect_status 3 "$ANGKA" export --db foreign.db
expect_grep err "^angka: foreign.db: not an angka database" "another program's file is refused"
expect_eq "$(q foreign.db "pragma journal_mode")" delete "its journal mode is left alone"
expect_eq "$(q foreign.db "select group_concat(name) from sqlite_master")" customers \
	"no angka table was added to it"
cp ro/r.db negative.db && sqlite3 negative.db "pragma user_version = -5"
expect_status 3 "$ANGKA" export --db negative.db
expect_grep err "not an angka database (its schema version -5" "a negative version is not 'newer'"
expect_no_grep err "newer angka" "no advice to upgrade angka"

# ---- item 12: output that cannot be written is a failure ----------------
if [ -w /dev/full ]; then
	"$ANGKA" rules list >/dev/full 2>"$WORK/err"
	expect_eq "$?" 3 "rules list into a full disk"
	expect_grep err "^angka: error writing the output" "rules list says why"
	"$ANGKA" explain "Hingga Juni 2025, capaian UCJ Kota Bitung baru 41,2 persen." >/dev/full 2>"$WORK/err"
	expect_eq "$?" 3 "explain into a full disk"
	"$ANGKA" export --db ro/r.db >/dev/full 2>"$WORK/err"
	expect_eq "$?" 3 "export into a full disk"
	expect_lines err 1 "one message"
fi

# ---- item 12: review notes cannot drive the terminal; no negative counts -
expect_status 0 "$ANGKA" review accept 1 --db ro/r.db --reviewer ana \
	--note "$(printf 'ok\033[2J\033]0;pwned\007 done')"
expect_status 0 "$ANGKA" review history 1 --db ro/r.db
expect_grep out ' ok\\x1b\[2J\\x1b\]0;pwned\\x07 done ' "control characters are shown escaped"
CHECKS=$((CHECKS + 1))
if LC_ALL=C grep -q "$(printf '\033')" "$WORK/out"; then fail "an escape character reached the terminal"; fi
expect_status 0 "$ANGKA" review list --db ro/r.db
CHECKS=$((CHECKS + 1))
if LC_ALL=C grep -q "$(printf '\033')" "$WORK/out"; then fail "review list printed an escape character"; fi
expect_status 0 "$ANGKA" export --curated --format jsonl --db ro/r.db
expect_grep out '"note":"ok\\u001[bB]\[2J' "JSON keeps the note verbatim (escaped as JSON)"
ID=$(q ro/r.db "select id from figures where unit = 'persons' limit 1")
expect_status 2 "$ANGKA" review correct "$ID" --db ro/r.db --reviewer ana --value=-5
expect_grep err "negative" "a negative count is refused"
expect_eq "$(q ro/r.db "select count(*) from reviews where decision = 'correct'")" 0 "nothing recorded"

# ---- item 12: a folder with nothing to read says so ---------------------
mkdir empty-folder
expect_status 0 "$ANGKA" ingest --db empty.db empty-folder
expect_grep err "^angka: empty-folder: warning: nothing to read in this folder" "an empty folder is not silent"

finish
