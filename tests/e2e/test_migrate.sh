#!/usr/bin/env bash
# A database written by schema version 1 (tests/data/schema_v1.sql, a dump
# of what angka at acb02d8 stored) is migrated in place, without loss, the
# first time a newer angka opens it.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
DB="$WORK/v1.db"
sqlite3 "$DB" <tests/data/schema_v1.sql || { fail "cannot load the v1 dump"; finish; exit 1; }
q() { sqlite3 "$DB" "$1"; }
CHECKS=$((CHECKS + 1))
[ "$(q 'pragma user_version')" = 1 ] || fail "the dump is not at version 1"
SNAPSHOT='select * from figures order by id; select * from articles order by id; select * from sources order by id; select id, decimals, value_low, value_high, rules_version from extracted_figures order by id'
q "$SNAPSHOT" >"$WORK/before"

expect_status 0 "$ANGKA" export --db "$DB" --format jsonl
expect_lines "$WORK/out" 27 "every v1 figure exported"
CHECKS=$((CHECKS + 1))
[ "$(q 'pragma user_version')" = 3 ] || fail "not migrated to version 3: $(q 'pragma user_version')"
q "$SNAPSHOT" >"$WORK/after"
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/before" "$WORK/after" || fail "migration changed data: $(diff "$WORK/before" "$WORK/after" | head)"
CHECKS=$((CHECKS + 1))
[ "$(q "select count(*) from sqlite_master where name in ('reviews', 'latest_reviews', 'curated_figures', 'source_status', 'feed_items')")" = 5 ] ||
	fail "the version 2 and 3 objects are missing"

# The migrated file works as any other: review, audit, curated export.
ID=$(q "select id from figures where text = '39,52%'")
expect_status 0 "$ANGKA" review accept "$ID" --db "$DB" --reviewer ana
expect_status 0 "$ANGKA" export --db "$DB" --curated
expect_lines "$WORK/out" 1 "curated export of a migrated file"
expect_status 0 "$ANGKA" audit --db "$DB"
expect_grep "$WORK/out" "39,52% = 518.632 / 1.312.370 .*consistent" "audit of a migrated file"
# Opening again changes nothing more.
expect_status 0 "$ANGKA" export --db "$DB"
CHECKS=$((CHECKS + 1))
[ "$(q 'pragma user_version')" = 3 ] && [ "$(q 'select count(*) from reviews')" = 1 ] || fail "second open"

# A file from a newer angka is refused untouched.
q 'pragma user_version = 99'
expect_status 3 "$ANGKA" audit --db "$DB"
expect_grep "$WORK/err" "database schema version 99 is not one this angka knows" "newer schema refused"
finish
