#!/usr/bin/env bash
# angka load into a real PostgreSQL server, started here on 127.0.0.1 in a
# temporary folder (Debian's postgresql package; initdb refuses root, so as
# root the server runs as the postgres user): idempotent, several loaders
# at once, and export, facts and audit read it as they read the same
# records loaded into SQLite. Skipped (77) when PostgreSQL is not installed,
# unless ANGKA_REQUIRE_ALL=1 (CI), where that is a failure.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
	if [ "${ANGKA_REQUIRE_ALL:-0}" = 1 ]; then
		fail "PostgreSQL is not installed (apt-get install postgresql)"
		finish
		exit
	fi
	echo "SKIP: PostgreSQL is not installed (apt-get install postgresql)"
	exit 77
fi
as_server() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
PGDIR="$WORK/pg"
mkdir -p "$PGDIR"
chmod 755 "$WORK"
[ "$(id -u)" -eq 0 ] && chown postgres "$PGDIR"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_server "$PGBIN/initdb" -D "$PGDIR/data" -U angka -A trust -E UTF8 --locale=C --no-sync >"$WORK/initdb.log" 2>&1 ||
	{ fail "initdb failed: $(tail -5 "$WORK/initdb.log")"; finish; exit; }
as_server "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w -t 60 \
	-o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDIR -c fsync=off" start >/dev/null 2>&1 ||
	{ fail "the server did not start: $(tail -5 "$PGDIR/log")"; finish; exit; }
trap 'as_server "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1; rm -rf "$WORK"' EXIT
for db in one many context old; do
	"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U angka "$db" || fail "createdb $db"
done
URL="postgresql://angka@127.0.0.1:$PORT/one"

"$ANGKA" extract --format jsonl samples tests/corpus/project/articles >"$WORK/records.jsonl" 2>/dev/null
N=$(wc -l <"$WORK/records.jsonl")
expect_status 0 "$ANGKA" load --db "$URL" "$WORK/records.jsonl"
expect_grep "$WORK/err" "^$N records: $N stored, 0 already there" "every record stored in PostgreSQL"
expect_status 0 "$ANGKA" load --db "$URL" - <"$WORK/records.jsonl"
expect_grep "$WORK/err" "^$N records: 0 stored, $N already there" "loading again stores nothing"

# The same records in SQLite: export, facts and audit say the same.
"$ANGKA" load --quiet --db "$WORK/same.db" "$WORK/records.jsonl"
for cmd in export facts audit; do
	expect_status 0 "$ANGKA" "$cmd" --db "$URL" --format jsonl
	cp "$WORK/out" "$WORK/$cmd-pg.jsonl"
	"$ANGKA" "$cmd" --db "$WORK/same.db" --format jsonl >"$WORK/$cmd-sqlite.jsonl" 2>/dev/null
	CHECKS=$((CHECKS + 1))
	[ -s "$WORK/$cmd-pg.jsonl" ] && cmp -s "$WORK/$cmd-pg.jsonl" "$WORK/$cmd-sqlite.jsonl" ||
		fail "$cmd from PostgreSQL differs from SQLite: $(diff "$WORK/$cmd-pg.jsonl" "$WORK/$cmd-sqlite.jsonl" | head -5)"
done
expect_status 0 "$ANGKA" export --db "$URL" --curated --format jsonl
expect_lines "$WORK/out" 0 "no review decisions in PostgreSQL: nothing curated"

# Context figures (numbers the audit needs, no figures of the dataset):
# stored with their flag, read by the audit (all_figures) as SQLite's audit
# reads them, and left out of export and facts.
python3 - "$WORK/records.jsonl" >"$WORK/context.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
extra = json.loads(lines[0])
extra.update(metric="registered_growth_pct", unit="percent", context=True)
print("\n".join(lines[:1] + [json.dumps(extra, ensure_ascii=False)] + lines[1:]))
PY
CONTEXT="postgresql://angka@127.0.0.1:$PORT/context"
pq() { "$PGBIN/psql" -X -A -t -q -h 127.0.0.1 -p "$PORT" -U angka -d "$1" -c "$2"; }
expect_status 0 "$ANGKA" load --db "$CONTEXT" "$WORK/context.jsonl"
expect_grep "$WORK/err" "^$((N + 1)) records: $((N + 1)) stored" "a context record stored in PostgreSQL"
CHECKS=$((CHECKS + 1))
[ "$(pq context 'select count(*) from extracted_figures where context = 1')" = 1 ] &&
	[ "$(pq context 'select count(*) from all_figures')" = $((N + 1)) ] &&
	[ "$(pq context 'select count(*) from figures')" = "$N" ] ||
	fail "PostgreSQL: the context record is not a context figure, or is in the figures view"
"$ANGKA" load --quiet --db "$WORK/context.db" "$WORK/context.jsonl"
for cmd in export facts audit; do
	expect_status 0 "$ANGKA" "$cmd" --db "$CONTEXT" --format jsonl
	"$ANGKA" "$cmd" --db "$WORK/context.db" --format jsonl >"$WORK/$cmd-sqlite.jsonl" 2>/dev/null
	CHECKS=$((CHECKS + 1))
	cmp -s "$WORK/out" "$WORK/$cmd-sqlite.jsonl" ||
		fail "$cmd with a context figure: PostgreSQL differs from SQLite: $(diff "$WORK/out" "$WORK/$cmd-sqlite.jsonl" | head -5)"
done
expect_status 0 "$ANGKA" export --db "$CONTEXT" --format jsonl
CHECKS=$((CHECKS + 1))
cmp -s <(sed 's/^{"id":[0-9]*,/{/' "$WORK/out" | sort) <(sort "$WORK/records.jsonl") ||
	fail "export from PostgreSQL shows the context figure"

# A database an older angka made (no context column, the figures view
# without its condition) gets the column and the views when opened.
pq old "$(cat <<'SQL'
CREATE TABLE articles (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE, title TEXT, site TEXT, canonical_url TEXT, author TEXT,
  published TEXT, published_approx INTEGER NOT NULL DEFAULT 0, dateline_place TEXT,
  text TEXT NOT NULL, rules_version TEXT, ingested_at TEXT NOT NULL,
  superseded_by BIGINT REFERENCES articles(id) ON DELETE SET NULL, superseded_at TEXT);
CREATE TABLE sources (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  location TEXT NOT NULL, fetched_at TEXT, first_seen TEXT NOT NULL,
  UNIQUE (article_id, location));
CREATE TABLE extracted_figures (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  region TEXT, region_code TEXT, domain TEXT NOT NULL, metric TEXT NOT NULL,
  segment TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, unit TEXT NOT NULL,
  approx INTEGER NOT NULL, as_of TEXT, text TEXT NOT NULL, sentence TEXT NOT NULL,
  start_byte BIGINT NOT NULL, end_byte BIGINT NOT NULL, rule TEXT NOT NULL,
  decimals INTEGER NOT NULL, value_low DOUBLE PRECISION, value_high DOUBLE PRECISION,
  rules_version TEXT, programme TEXT,
  CONSTRAINT figure_span CHECK (start_byte >= 0 AND end_byte >= start_byte));
CREATE VIEW figures AS
SELECT f.id AS id, f.article_id AS article_id,
  (SELECT s.location FROM sources s WHERE s.article_id = a.id ORDER BY s.id LIMIT 1) AS source,
  a.title AS article_title, a.published AS published, f.region AS region,
  f.region_code AS region_code, f.domain AS domain, f.metric AS metric, f.segment AS segment,
  f.value AS value, f.unit AS unit, f.programme AS programme, f.approx AS approx,
  f.as_of AS as_of, f.text AS text, f.sentence AS sentence, f.start_byte AS start,
  f.end_byte AS "end", f.rule AS rule, a.superseded_by AS superseded_by
FROM extracted_figures f JOIN articles a ON a.id = f.article_id;
SQL
)" || fail "cannot make the old schema"
expect_status 0 "$ANGKA" load --db "postgresql://angka@127.0.0.1:$PORT/old" "$WORK/context.jsonl"
expect_grep "$WORK/err" "^$((N + 1)) records: $((N + 1)) stored" "an older PostgreSQL database takes context records"
CHECKS=$((CHECKS + 1))
[ "$(pq old 'select count(*) from all_figures where context = 1')" = 1 ] &&
	[ "$(pq old 'select count(*) from figures')" = "$N" ] ||
	fail "an older PostgreSQL database did not get the context column and views"

# Four loaders at once into a new database, each with every record in
# another order: the schema made once, every record stored once.
for i in 1 2 3 4; do
	python3 -c 'import random,sys; l=open(sys.argv[1]).readlines(); random.Random(int(sys.argv[2])).shuffle(l); sys.stdout.writelines(l)' \
		"$WORK/records.jsonl" "$i" >"$WORK/shuffled-$i.jsonl"
done
pids=()
for i in 1 2 3 4; do
	"$ANGKA" load --quiet --db "postgresql://angka@127.0.0.1:$PORT/many" "$WORK/shuffled-$i.jsonl" 2>"$WORK/many-$i.err" &
	pids+=($!)
done
for i in 0 1 2 3; do
	wait "${pids[$i]}"
	status=$?
	CHECKS=$((CHECKS + 1))
	[ $status -eq 0 ] || fail "loader $((i + 1)) of 4 exited $status: $(cat "$WORK/many-$((i + 1)).err")"
done
"$ANGKA" export --db "postgresql://angka@127.0.0.1:$PORT/many" --format jsonl 2>/dev/null |
	sed 's/^{"id":[0-9]*,/{/' | sort >"$WORK/many.jsonl"
CHECKS=$((CHECKS + 1))
cmp -s "$WORK/many.jsonl" <(sort "$WORK/records.jsonl") ||
	fail "four loaders at once: not every record exactly once ($(wc -l <"$WORK/many.jsonl") of $N)"

expect_status 3 "$ANGKA" review accept 1 --reviewer ana --db "$URL"
expect_grep "$WORK/err" "needs a SQLite database" "review is SQLite-only"
expect_status 3 "$ANGKA" sources --db "$URL"
expect_grep "$WORK/err" "needs a SQLite database" "sources is SQLite-only"
expect_status 3 "$ANGKA" serve --port 0 --reviewer ana --db "$URL"
expect_grep "$WORK/err" "needs a SQLite database" "serve is SQLite-only"
expect_status 3 "$ANGKA" export --db "postgresql://angka@127.0.0.1:$PORT/nosuchdb"
expect_grep "$WORK/err" "cannot connect" "a database that is not there"
finish
