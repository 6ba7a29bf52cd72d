#!/usr/bin/env bash
# Issue 11: hostile and broken servers (tests/http_server.py on 127.0.0.1):
# a Retry-After of 2^63 seconds, a server that trickles a byte a second, a
# 4 MB header, UTF-16 pages with and without a truthful charset, a feed over
# the item cap. Each fails (or reads) quickly with a message naming the URL.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
SITE="$WORK/site"
LOG="$WORK/server.log"
DB="$WORK/angka.db"
mkdir -p "$SITE"
cp samples/000_*.html "$SITE/"
python3 "$SRC/tests/http_server.py" --root "$SITE" --port-file "$WORK/port" --log "$LOG" \
	--lifetime 300 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
[ -s "$WORK/port" ] || { echo "FAIL: the test server did not start" >&2; exit 1; }
BASE="http://127.0.0.1:$(cat "$WORK/port")"
FAST=(--db "$DB" --delay 0 --retry-delay 0.1 --timeout 20 --connect-timeout 2)
q() { sqlite3 "$DB" "$1"; }
expect_eq() {
	CHECKS=$((CHECKS + 1))
	[ "$1" = "$2" ] || fail "$3: got '$1', expected '$2'"
}
# expect_fast SECONDS COMMAND...: expect_status 1, within SECONDS (killed after twice that).
expect_fast() {
	local limit=$1
	shift
	local t0 t1
	t0=$(date +%s)
	expect_status 1 timeout $((limit * 2)) "$@"
	t1=$(date +%s)
	CHECKS=$((CHECKS + 1))
	[ $((t1 - t0)) -le "$limit" ] || fail "'$*' took $((t1 - t0)) s, more than $limit s"
}

# ---- item 10: a huge Retry-After saturates, and is refused as too long ----
expect_fast 10 "$ANGKA" ingest "${FAST[@]}" "$BASE/fault/retry-after-huge"
expect_grep "$WORK/err" "retry-after-huge: HTTP 503 with Retry-After 9223372036854775807 s, longer than --max-retry-after" \
	"the Retry-After is reported, not multiplied"

# ---- item 13: a server that trickles is cut off by the low-speed limit ----
expect_fast 8 "$ANGKA" ingest "${FAST[@]}" --speed-time 2 "$BASE/fault/trickle"
expect_grep "$WORK/err" "trickle: too slow: less than 1000 bytes/s for 2 s (--speed-limit, --speed-time)$" \
	"the low-speed limit is named"
expect_eq "$(grep -c '/fault/trickle' "$LOG")" 1 "a trickle is not retried"
expect_status 0 "$ANGKA" ingest --help
expect_grep "$WORK/out" "speed-limit BYTES .*default 1000" "the default is documented in --help"
expect_grep "$WORK/out" "speed-time S .*default 15" "the default time is documented in --help"

# ---- item 12: a 4 MB header is not "out of memory" -----------------------
expect_fast 10 "$ANGKA" ingest "${FAST[@]}" "$BASE/fault/big-header"
expect_grep "$WORK/err" "big-header: response headers too large" "a huge header is named as such"
expect_no_grep "$WORK/err" "[Oo]ut of memory" "not reported as out of memory"

# ---- item 9: UTF-16 with a BOM is read; a false charset=utf-16 is not believed
expect_status 0 "$ANGKA" ingest "${FAST[@]}" "$BASE/utf16.html"
expect_eq "$(q "select count(*) from articles where text like 'Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Sleman%'")" 1 \
	"the UTF-16 page is read as text"
rm -f "$DB"
expect_status 0 "$ANGKA" ingest "${FAST[@]}" "$BASE/utf16-claim.html"
expect_grep "$WORK/err" "utf16-claim.html: warning: the server says charset=utf-16, but the bytes are not UTF-16" \
	"the false charset is warned about"
expect_eq "$(q "select count(*) from articles where text like 'Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Sleman%'")" 1 \
	"the page is read as what it is"

# ---- item 11: a feed over the item cap says so --------------------------
expect_status 1 "$ANGKA" ingest "${FAST[@]}" --max-feed-items 3 --feed "$BASE/feed/big.xml?n=5"
expect_grep "$WORK/err" "big.xml?n=5: warning: the feed lists more than 3 items; the 2 after the first 3 are not read (--max-feed-items)$" \
	"the cap is reported"
expect_grep "$WORK/err" "big.xml?n=5: 3 items, 3 new" "three items were read"
finish
