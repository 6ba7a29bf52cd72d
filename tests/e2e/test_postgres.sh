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
for db in one many; do
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
