#!/usr/bin/env bash
# Crash safety (issue 11): `angka ingest` killed with SIGKILL at random
# moments over a generated corpus. After each kill the database passes
# PRAGMA integrity_check, has no orphan rows and no half article (every
# article has its source and all the figures an uninterrupted run gives it),
# and a rerun gives exactly the export of an uninterrupted run.
# ROUNDS (default 20) and CRASH_SEED (default: random, printed) may be set.
. "$(dirname "$0")/lib.sh" "$@"
cd "$WORK" || exit 1
ROUNDS=${ROUNDS:-20}
SEED=${CRASH_SEED:-$((RANDOM * 32768 + RANDOM))}
echo "crash test: $ROUNDS rounds, seed $SEED (CRASH_SEED=$SEED to repeat)"
RANDOM=$((SEED % 32768))

# The corpus: the samples (text and HTML) and generated articles, each with
# figures of its own, so every file is a distinct article.
mkdir corpus
cp "$SRC"/samples/*.txt "$SRC"/samples/*.html corpus/
PLACES=("Kota Bitung" "Provinsi Jambi" "Kabupaten Batanghari" "Kota Palu" "Kabupaten Sigi"
	"Kota Jambi" "Provinsi Kalimantan Tengah" "Kabupaten Lebak")
n=0
for i in $(seq 30); do
	n=$((n + 1))
	place=${PLACES[$((i % ${#PLACES[@]}))]}
	{
		printf 'Capaian UCJ %s Terus Meningkat %d\n\n' "$place" "$i"
		printf 'Hingga Juni 2025, capaian UCJ %s baru %d,%d persen atau sekitar %d.%03d pekerja terlindungi BPJS Ketenagakerjaan.\n\n' \
			"$place" $((20 + i % 60)) $((i % 10)) $((10 + i)) $((i * 13 % 1000))
		printf 'Jumlah peserta BPJS Ketenagakerjaan di %s mencapai %d.%03d pekerja dari %d.%03d pekerja yang berhak.\n\n' \
			"$place" $((100 + i)) $((i * 7 % 1000)) $((300 + i)) $((i * 11 % 1000))
		printf 'Kepala cabang menyebutkan bahwa sosialisasi akan terus dilakukan bersama pemerintah daerah sepanjang tahun %d.\n' \
			$((2020 + i % 6))
	} >"corpus/gen-$(printf '%03d' "$i").txt"
done
n=$((n + 10))

q() { sqlite3 "$1" "$2"; }
# The export, without the row ids (a rerun may number rows differently).
export_of() { "$ANGKA" export --db "$1" --format jsonl | sed -E 's/"id":[0-9]+,//' | sort; }
# content hash -> figures, per article.
figures_per_article() {
	q "$1" "select a.content_hash, count(f.id) from articles a left join extracted_figures f
	        on f.article_id = a.id group by a.id order by a.content_hash"
}

# The reference: one uninterrupted run, timed to spread the kills over it.
t0=$(date +%s%N)
expect_status 0 "$ANGKA" ingest -q --db ref.db corpus
t1=$(date +%s%N)
run_ms=$(((t1 - t0) / 1000000))
export_of ref.db >ref.jsonl
figures_per_article ref.db >ref.counts
CHECKS=$((CHECKS + 1))
[ "$(wc -l <ref.jsonl)" -gt 100 ] || fail "the reference run stored too few figures: $(wc -l <ref.jsonl)"
echo "uninterrupted run: $n files, $(q ref.db 'select count(*) from articles') articles, $(wc -l <ref.jsonl) figures, $run_ms ms"

for round in $(seq "$ROUNDS"); do
	rm -f crash.db crash.db-wal crash.db-shm
	# A moment between the start and the end of a whole run (a little past
	# it, too: a run may be slower than the reference).
	delay_ms=$(((RANDOM * 32768 + RANDOM) % (run_ms * 11 / 10 + 1)))
	"$ANGKA" ingest -q --db crash.db corpus >/dev/null 2>"round.err" &
	pid=$!
	sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	stored=0
	# Killed before the schema was committed: an empty file, nothing stored.
	if [ -e crash.db ] && [ "$(q crash.db "select count(*) from sqlite_master where name = 'articles'")" = 1 ]; then
		CHECKS=$((CHECKS + 1))
		ic=$(q crash.db "pragma integrity_check" 2>&1)
		[ "$ic" = ok ] || fail "round $round (killed at $delay_ms ms): integrity_check: $ic"
		CHECKS=$((CHECKS + 1))
		orphans=$(q crash.db "select
			(select count(*) from extracted_figures where article_id not in (select id from articles)) +
			(select count(*) from sources where article_id not in (select id from articles)) +
			(select count(*) from reviews where article_id not in (select id from articles)) +
			(select count(*) from articles where id not in (select article_id from sources)) +
			(select count(*) from source_status where article_id is not null
			   and article_id not in (select id from articles))" 2>&1)
		[ "$orphans" = 0 ] || fail "round $round (killed at $delay_ms ms): $orphans orphan rows"
		# No half article: each stored article has all its figures.
		CHECKS=$((CHECKS + 1))
		half=$(figures_per_article crash.db | grep -v -x -F -f ref.counts | head -3)
		[ -z "$half" ] || fail "round $round (killed at $delay_ms ms): articles with other figure counts than an uninterrupted run: $half"
		stored=$(q crash.db "select count(*) from articles" 2>/dev/null)
	fi
	# The rerun completes what the killed run began.
	"$ANGKA" ingest -q --db crash.db corpus >/dev/null 2>"rerun.err"
	status=$?
	CHECKS=$((CHECKS + 1))
	[ "$status" = 0 ] || fail "round $round (killed at $delay_ms ms): the rerun exited $status: $(head -c 300 rerun.err)"
	CHECKS=$((CHECKS + 1))
	if ! export_of crash.db | cmp -s - ref.jsonl; then
		fail "round $round (killed at $delay_ms ms): the export after the rerun differs from an uninterrupted run's"
		export_of crash.db | diff - ref.jsonl | head -5 >&2
	fi
	echo "round $round: killed at $delay_ms ms with $stored articles stored; rerun complete"
done
finish
