#!/usr/bin/env bash
# angka serve's command line: usage errors and what it refuses before
# serving. The desk itself is tested in the browser (tests/browser/test_desk.py).
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/angka.db"
expect_status 0 "$ANGKA" ingest --db "$DB" samples/001_b7a9ab85f0423bf7.txt
expect_status 2 "$ANGKA" serve --db "$DB" --port 70000
expect_grep "$WORK/err" "a number from 0 to 65535" "a bad port named"
expect_status 2 "$ANGKA" serve --db "$DB" --port abc
expect_status 2 "$ANGKA" serve --db "$DB" extra
expect_status 3 "$ANGKA" serve --db "$WORK/none.db" --reviewer ana --port 0
expect_grep "$WORK/err" "no such database" "a missing database named"
expect_status 3 "$ANGKA" serve --db "$DB" --reviewer ana --port 0 --host 999.1.1.1
expect_grep "$WORK/err" "not an IPv4 address" "a bad address named"
expect_status 3 "$ANGKA" serve --db "$DB" --reviewer ana --port 0 --web "$WORK"
expect_grep "$WORK/err" "desk" "missing desk assets named"
expect_status 0 "$ANGKA" serve --help
expect_grep "$WORK/out" "127.0.0.1" "help says where it listens"
finish
