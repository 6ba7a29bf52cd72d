#!/usr/bin/env bash
# Bad input is normal input: each bad file gives one line naming the file and
# the problem, the other inputs are still processed and stored, and the exit
# status is 1.
. "$(dirname "$0")/lib.sh" "$@"
cd "$WORK" || exit 1
GOOD="$SRC/samples/003_f8806416e8b14334.txt"
: >empty.txt
printf '   \n\n  ' >blank.txt
head -c 4096 /dev/urandom >binary.bin
printf '\x00\x01\x02PNG\x00\x00' >>binary.bin
truncate -s 50M huge.txt
# Invalid UTF-8 around a real figure: read, repaired, and its figure kept.
printf 'Coverage BPJS Ketenagakerjaan di Provinsi Jambi \xff\xfe mencapai 39,52%%.\n' >latin.txt
mkdir folder && cp "$GOOD" folder/a.txt && cp binary.bin folder/b.txt

DB="$WORK/bad.db"
expect_status 1 "$ANGKA" ingest --db "$DB" missing.txt empty.txt blank.txt binary.bin huge.txt \
	latin.txt "$GOOD" folder
expect_grep err "^angka: missing.txt: No such file or directory$" "missing file"
expect_grep err "^angka: empty.txt: empty file" "empty file"
expect_grep err "^angka: blank.txt: empty file" "blank file"
expect_grep err "^angka: binary.bin: binary content" "binary file"
expect_grep err "^angka: folder/b.txt: binary content" "binary file in a folder"
expect_grep err "^angka: huge.txt: too big (52428800 bytes; the limit is" "50 MB file"
expect_grep err "^angka: latin.txt: warning: invalid UTF-8 at byte 48" "invalid UTF-8"
expect_lines err 8 "one line per problem, and the summary"
expect_grep err "^9 articles: 2 new, 1 unchanged, 6 failed; " "the good inputs were stored"
CHECKS=$((CHECKS + 1))
[ "$(sqlite3 "$DB" "select count(*) from figures where text = '39,52%'")" = 2 ] ||
	fail "the figures of the good and the repaired file were not both stored"
CHECKS=$((CHECKS + 1))
sqlite3 "$DB" "select text from articles" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1 ||
	fail "invalid UTF-8 reached the database"

# extract: the same reporting and status.
expect_status 1 "$ANGKA" extract --format jsonl missing.txt "$GOOD"
expect_grep err "^angka: missing.txt: No such file or directory$" "extract names the missing file"
expect_grep out '"text":"39,52%"' "extract still processed the good file"

# Standard input: the same checks as a file, naming the source it is read as.
expect_status 1 "$ANGKA" extract - <empty.txt
expect_grep err "^angka: -: empty input" "empty standard input"
expect_status 1 "$ANGKA" extract --source-name pipe.bin - <binary.bin
expect_grep err "^angka: pipe.bin: binary content" "binary standard input, named"
expect_status 1 "$ANGKA" parse - <huge.txt
expect_grep err "^angka: -: too big (more than 16777216 bytes)" "standard input over the cap"

# A folder is not a file to ingest on its own terms: an empty folder is no error.
mkdir nothing
expect_status 0 "$ANGKA" extract nothing

# The database cannot be opened: a system error, exit 3, naming the path.
expect_status 3 "$ANGKA" ingest --db /nonexistent/dir/x.db "$GOOD"
expect_grep err "/nonexistent/dir/x.db" "database path in the error"

# A rules folder that does not load: exit 3 with file and line.
cp -r "$SRC/rules" rules && mkdir -p rules/domains/bpjs-tk/figures
printf 'rules:\n  - id: broken\n    metric: coverage_pct\n    pattern: "(?<value>x"\n' >rules/domains/bpjs-tk/figures/bad.yaml
expect_status 3 "$ANGKA" extract --rules rules "$GOOD"
expect_grep err "rules/domains/bpjs-tk/figures/bad.yaml:4: rule broken: pattern does not compile" "bad rule file named with its line"
finish
