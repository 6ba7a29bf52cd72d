#!/usr/bin/env bash
# Databases written by older schema versions are migrated in place, without
# loss, the first time a newer angka opens them: version 1
# (tests/data/schema_v1.sql, a dump of what angka at acb02d8 stored),
# version 3 (tests/data/schema_v3.sql: two texts of one source, reviewed)
# and version 5 (tests/data/schema_v5.sql: reviewed, before context figures).
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
VERSION=6
DB="$WORK/v1.db"
sqlite3 "$DB" <tests/data/schema_v1.sql || { fail "cannot load the v1 dump"; finish; exit 1; }
q() { sqlite3 "$DB" "$1"; }
CHECKS=$((CHECKS + 1))
[ "$(q 'pragma user_version')" = 1 ] || fail "the dump is not at version 1"
# The version 1 columns of every table and view, which a migration must keep.
SNAPSHOT='select id, article_id, source, article_title, published, region, region_code, metric, segment, value, unit, approx, as_of, text, sentence, start, "end", rule from figures order by id; select id, content_hash, title, site, canonical_url, author, published, published_approx, dateline_place, text, rules_version, ingested_at from articles order by id; select * from sources order by id; select id, decimals, value_low, value_high, rules_version from extracted_figures order by id'
q "$SNAPSHOT" >"$WORK/before"

expect_status 0 "$ANGKA" export --db "$DB" --format jsonl
expect_lines "$WORK/out" 27 "every v1 figure exported"
CHECKS=$((CHECKS + 1))
[ "$(q 'pragma user_version')" = $VERSION ] || fail "not migrated to version $VERSION: $(q 'pragma user_version')"
q "$SNAPSHOT" >"$WORK/after"
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/before" "$WORK/after" || fail "migration changed data: $(diff "$WORK/before" "$WORK/after" | head)"
CHECKS=$((CHECKS + 1))
[ "$(q "select count(*) from sqlite_master where name in ('reviews', 'latest_reviews', 'curated_figures', 'source_status', 'feed_items')")" = 5 ] ||
	fail "the version 2 and 3 objects are missing"
CHECKS=$((CHECKS + 1))
[ "$(q "select count(*) from figures where programme is null and superseded_by is null")" = 27 ] ||
	fail "version 4: every v1 figure current, without a programme"
CHECKS=$((CHECKS + 1))
[ "$(q "select count(*) from figures where domain = 'bpjs-tk'")" = 27 ] ||
	fail "version 5: every v1 figure is BPJS Ketenagakerjaan's"
CHECKS=$((CHECKS + 1))
[ "$(q "select count(*) from sqlite_master where sql like '%figure_metric%' or sql like '%figure_segment%' or sql like '%figure_programme%'")" = 0 ] ||
	fail "version 5: the schema still lists metrics, segments or programmes"
CHECKS=$((CHECKS + 1))
[ -z "$(q 'pragma foreign_key_check')" ] && [ "$(q 'pragma integrity_check')" = ok ] ||
	fail "the migrated file is not consistent"

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
[ "$(q 'pragma user_version')" = $VERSION ] && [ "$(q 'select count(*) from reviews')" = 1 ] || fail "second open"

# A file from a newer angka is refused untouched.
q 'pragma user_version = 99'
expect_status 3 "$ANGKA" audit --db "$DB"
expect_grep "$WORK/err" "database schema version 99 is not one this angka knows" "newer schema refused"

# Version 3: story.txt gave two texts (a typo, 39,25%, then 39,52%), kept as
# two unrelated articles; the first one's figures were reviewed.
DB="$WORK/v3.db"
sqlite3 "$DB" <tests/data/schema_v3.sql || { fail "cannot load the v3 dump"; finish; exit 1; }
CHECKS=$((CHECKS + 1))
[ "$(q 'pragma user_version')" = 3 ] || fail "the dump is not at version 3"
q 'select * from reviews order by id' >"$WORK/reviews-before"
q "$SNAPSHOT" >"$WORK/before"
expect_status 0 "$ANGKA" sources --db "$DB" --format csv
q "$SNAPSHOT" >"$WORK/after"
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/before" "$WORK/after" || fail "v3 migration changed data: $(diff "$WORK/before" "$WORK/after" | head)"
CHECKS=$((CHECKS + 1))
[ "$(q "select group_concat(v, ' ') from (select id || ':' || coalesce(superseded_by, '-') as v from articles order by id)")" = "1:3 2:- 3:-" ] ||
	fail "the first story.txt is not superseded by the second: $(q 'select id, superseded_by from articles')"
CHECKS=$((CHECKS + 1))
q 'select id, article_id, start_byte, end_byte, value, region, figure_id, decision, corrected_value, corrected_decimals, note, reviewer, decided_at from reviews where id <= 5 order by id' | tr -d '\n' >"$WORK/kept"
tr -d '\n' <"$WORK/reviews-before" | cmp -s - "$WORK/kept" || fail "the v3 reviews changed: $(cat "$WORK/kept")"
# Decisions on the unchanged figures (518.632 accepted; 1.312.370 accepted
# then corrected) are carried to the second text; the rejected typo is not.
CHECKS=$((CHECKS + 1))
[ "$(q "select group_concat(v, '; ') from (select r.decision || ' ' || f.text || ' ' || r.reviewer || ' ' || (r.carried_from is not null) as v from reviews r join figures f on f.article_id = r.article_id and f.start = r.start_byte and f.value = r.value where r.article_id = 3 order by r.id)")" = "accept 518.632 ana 1; accept 1.312.370 budi 1; correct 1.312.370 citra 1" ] ||
	fail "decisions not carried over: $(q 'select * from reviews where article_id = 3')"
expect_grep "$WORK/out" '^"story.txt",.*,"2"' "sources lists the two versions of story.txt"
expect_status 0 "$ANGKA" export --db "$DB" --curated --format jsonl
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "curated export after the v3 migration"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
by = {(r["source"], r["text"]): r for r in rows}
assert len(rows) == 3, [(r["id"], r["text"]) for r in rows]
assert by[("story.txt", "518.632")]["id"] == 25 and by[("story.txt", "1.312.370")]["value"] == 1312371, rows
assert ("other.txt", "239.430") in by, rows
assert all("programme" in r for r in rows)
assert all(r["domain"] == "bpjs-tk" for r in rows), rows
PY
expect_status 0 "$ANGKA" facts --db "$DB" --conflicts --format jsonl
expect_lines "$WORK/out" 0 "no conflict between the two versions of story.txt"
CHECKS=$((CHECKS + 1))
[ -z "$(q 'pragma foreign_key_check')" ] && [ "$(q 'pragma integrity_check')" = ok ] ||
	fail "the migrated v3 file is not consistent"

# Version 5: two articles with reviews (accepted, rejected, corrected, undone),
# written before context figures. Step 5 -> 6 adds the flag, 0 for every
# figure, and changes nothing else: the figures, the reviews, the curated
# dataset are what they were.
DB="$WORK/v5.db"
sqlite3 "$DB" <tests/data/schema_v5.sql || { fail "cannot load the v5 dump"; finish; exit 1; }
CHECKS=$((CHECKS + 1))
[ "$(q 'pragma user_version')" = 5 ] || fail "the dump is not at version 5"
V5_SNAPSHOT="$SNAPSHOT; select id, domain, programme from extracted_figures order by id; select * from reviews order by id; select * from latest_reviews order by figure_id; select * from curated_figures order by id"
q "$V5_SNAPSHOT" >"$WORK/before"
expect_status 0 "$ANGKA" export --db "$DB" --format jsonl
expect_lines "$WORK/out" 19 "every v5 figure exported"
CHECKS=$((CHECKS + 1))
grep -q '"context"' "$WORK/out" && fail "a v5 figure exported as a context figure"
CHECKS=$((CHECKS + 1))
[ "$(q 'pragma user_version')" = $VERSION ] || fail "v5 not migrated to version $VERSION"
q "$V5_SNAPSHOT" >"$WORK/after"
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/before" "$WORK/after" || fail "v5 migration changed data: $(diff "$WORK/before" "$WORK/after" | head)"
CHECKS=$((CHECKS + 1))
[ "$(q 'select count(*) from extracted_figures where context = 0')" = 19 ] &&
	[ "$(q 'select count(*) from all_figures where context = 0')" = 19 ] &&
	[ "$(q 'select count(*) from figures')" = 19 ] ||
	fail "version 6: every v5 figure a figure of the dataset"
CHECKS=$((CHECKS + 1))
q 'update extracted_figures set context = 2 where id = 1' 2>/dev/null &&
	fail "version 6: the context flag takes only 0 and 1"
expect_status 0 "$ANGKA" export --db "$DB" --curated --format jsonl
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "curated export after the v5 migration"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [(r["id"], r["value"], r["decision"]) for r in rows] == [
    (6, 518632, "accept"), (7, 1312371, "correct")], rows
PY
expect_status 0 "$ANGKA" review history 16 --db "$DB"
expect_grep "$WORK/out" "undo" "the undone decision is still in the history"
CHECKS=$((CHECKS + 1))
[ -z "$(q 'pragma foreign_key_check')" ] && [ "$(q 'pragma integrity_check')" = ok ] ||
	fail "the migrated v5 file is not consistent"
finish
