#!/usr/bin/env bash
# Article versions: a source read again with new text (a typo fixed) is a
# new version of its article; the old one is superseded (kept, out of
# facts, audit, report and the curated export) and decisions on its
# unchanged figures carry over. angka sources shows the versions; angka
# forget removes a source and everything of it, leaving no orphan.
. "$(dirname "$0")/lib.sh" "$@"
cd "$WORK" || exit 1
DB="$WORK/angka.db"
q() { sqlite3 "$DB" "$1"; }
export USER=ana
SAMPLE="$SRC/samples/000_314ee92051ee0f53.txt"
sed 's/46,2 persen/46,7 persen/' "$SAMPLE" >story.txt
expect_status 0 "$ANGKA" ingest --db "$DB" story.txt "$SRC/samples/003_f8806416e8b14334.txt"
OLD_PCT=$(q "select id from figures where text = '46,7 persen'")
OLD_PART=$(q "select id from figures where text = '465.940'")
expect_status 0 "$ANGKA" review accept "$OLD_PART" --db "$DB" --note "checked"
expect_status 0 "$ANGKA" review reject "$OLD_PCT" --db "$DB" --note "typo"

# The fix: a new version.
cp "$SAMPLE" story.txt
expect_status 0 "$ANGKA" ingest --db "$DB" story.txt
expect_grep "$WORK/err" "^1 article: 0 new, 1 revised (new version), 0 unchanged, 0 failed; [0-9]* figures stored" "summary: one revised"
CHECKS=$((CHECKS + 1))
[ "$(q 'select count(*) from articles')" = 3 ] && [ "$(q 'select count(*) from articles where superseded_by is not null')" = 1 ] ||
	fail "the old version is not kept as superseded"
NEW_PCT=$(q "select id from figures where text = '46,2 persen' and superseded_by is null")
NEW_PART=$(q "select id from figures where text = '465.940' and superseded_by is null")
CHECKS=$((CHECKS + 1))
[ -n "$NEW_PART" ] && [ "$NEW_PART" != "$OLD_PART" ] || fail "no new figure for the new version"

# Out of facts, audit, report and exports; no conflict with itself.
expect_status 0 "$ANGKA" facts --db "$DB" --conflicts --format jsonl
expect_lines "$WORK/out" 0 "the corrected article does not conflict with itself"
expect_status 0 "$ANGKA" facts --db "$DB" --format jsonl
expect_no_grep "$WORK/out" "46,7" "the old text is no source of a fact"
expect_status 0 "$ANGKA" audit --db "$DB" --format jsonl
expect_no_grep "$WORK/out" "46,7" "the old version is not audited"
expect_grep "$WORK/out" '"text":"46,2 persen"' "the new version is"
expect_status 0 "$ANGKA" report --db "$DB" -o "$WORK/report.html"
expect_no_grep "$WORK/report.html" "46,7" "the report leaves the old version out"
expect_status 0 "$ANGKA" export --db "$DB" --format jsonl
expect_no_grep "$WORK/out" "46,7" "export leaves the old version out"
# The decision on the unchanged figure carried over; the rejected typo did not.
expect_status 0 "$ANGKA" export --db "$DB" --curated --format jsonl
expect_lines "$WORK/out" 1 "one curated figure"
expect_grep "$WORK/out" "^{\"id\":$NEW_PART,.*\"text\":\"465.940\".*\"note\":\"checked\",\"reviewer\":\"ana\"" "the accept carried to the new figure"
expect_status 0 "$ANGKA" review history "$NEW_PART" --db "$DB" --format jsonl
expect_grep "$WORK/out" '"decision":"accept",.*"carried_from":[0-9]' "the carried decision names its origin"
expect_status 0 "$ANGKA" review list --db "$DB" --pending --format jsonl
expect_grep "$WORK/out" "\"id\":$NEW_PCT," "the fixed percentage waits for review"
# The old version's figures are kept, with their history, but not reviewed.
expect_status 0 "$ANGKA" review history "$OLD_PCT" --db "$DB"
expect_grep "$WORK/err" "(a superseded version)" "history of a superseded figure"
expect_grep "$WORK/out" "reject  *ana" "its decision kept"
expect_status 3 "$ANGKA" review accept "$OLD_PCT" --db "$DB"
expect_grep "$WORK/err" "figure $OLD_PCT is of article [0-9]*, superseded by its newer version" "no decision on a superseded figure"

# angka sources shows the versions.
expect_status 0 "$ANGKA" sources --db "$DB" --format csv
expect_grep "$WORK/out" '^"story.txt","file","ok",,"[0-9T:.Z-]*","2",' "two versions of story.txt"
expect_status 0 "$ANGKA" sources story.txt --db "$DB"
expect_grep "$WORK/out" "^version  *article_id  *status  *first_seen  *figures  *reviewed  *superseded_by  *title$" "versions header"
expect_grep "$WORK/out" "^1  *1  *superseded  *20[0-9T:.Z-]*  *[0-9]*  *2  *3  " "version 1, superseded by article 3"
expect_grep "$WORK/out" "^2  *3  *current  *20[0-9T:.Z-]*  *[0-9]*  *1  *-  " "version 2, current"
expect_grep "$WORK/err" "^2 versions$" "footer"
expect_status 3 "$ANGKA" sources nowhere.txt --db "$DB"
expect_grep "$WORK/err" "no article was stored from nowhere.txt" "unknown source"

# Re-extraction runs over current versions only.
expect_status 0 "$ANGKA" reextract --db "$DB"
expect_grep "$WORK/err" "^2 articles re-extracted" "superseded versions are left as stored"

# A new version read from standard input, named as the source.
sed 's/465.940 pekerja/465.950 pekerja/' "$SAMPLE" | "$ANGKA" ingest --db "$DB" --source-name story.txt - >"$WORK/out" 2>"$WORK/err"
expect_grep "$WORK/err" "1 revised" "a third version, from stdin"
expect_status 0 "$ANGKA" sources story.txt --db "$DB" --format jsonl
expect_lines "$WORK/out" 3 "three versions"
# Going back to the second text makes it current again, with its decisions.
cp "$SAMPLE" story.txt
expect_status 0 "$ANGKA" ingest --db "$DB" story.txt
expect_grep "$WORK/err" "1 revised" "the second text current again"
expect_status 0 "$ANGKA" export --db "$DB" --curated --format jsonl
expect_grep "$WORK/out" "\"id\":$NEW_PART," "its decisions count again"

# forget: the source and everything of it, in one transaction, no orphans.
BEFORE_SAMPLE=$(q "select count(*) from figures where source like '%003_f8806416e8b14334.txt'")
expect_status 0 "$ANGKA" forget story.txt --db "$DB"
expect_grep "$WORK/out" "^story.txt: forgotten: 3 articles, [0-9]* figures, [0-9]* review decisions$" "forget summary"
CHECKS=$((CHECKS + 1))
[ "$(q "select count(*) from sources where location = 'story.txt'")" = 0 ] &&
	[ "$(q "select count(*) from source_status where location = 'story.txt'")" = 0 ] &&
	[ "$(q 'select count(*) from articles')" = 1 ] &&
	[ "$(q 'select count(*) from reviews')" = 0 ] ||
	fail "story.txt not wholly forgotten"
CHECKS=$((CHECKS + 1))
[ -z "$(q 'pragma foreign_key_check')" ] || fail "orphans after forget: $(q 'pragma foreign_key_check')"
CHECKS=$((CHECKS + 1))
[ "$(q "select count(*) from extracted_figures where article_id not in (select id from articles)")" = 0 ] || fail "orphan figures"
CHECKS=$((CHECKS + 1))
[ "$(q "select count(*) from figures where source like '%003_f8806416e8b14334.txt'")" = "$BEFORE_SAMPLE" ] || fail "another source's article was touched"
expect_status 1 "$ANGKA" forget story.txt --db "$DB"
expect_grep "$WORK/err" "no source story.txt" "forgetting an unknown source"
expect_status 2 "$ANGKA" forget --db "$DB"
expect_grep "$WORK/err" "no SOURCE given" "forget without a source"
# Foreign keys are enforced: the store refuses a figure of no article.
CHECKS=$((CHECKS + 1))
if sqlite3 "$DB" "pragma foreign_keys = on; insert into extracted_figures (article_id, metric, segment, value, unit, approx, text, sentence, start_byte, end_byte, rule, decimals) values (999, 'participants', 'all', 1, 'persons', 0, '1', '1', 0, 1, 'r', 0)" 2>/dev/null; then
	fail "a figure of no article was accepted"
fi
finish
