#!/usr/bin/env bash
# ingest over HTTP against a real server on 127.0.0.1 (tests/http_server.py):
# feeds (RSS, Atom), incremental runs (only new items, conditional GET),
# politeness (robots.txt, User-Agent, per-host delay, Retry-After), every
# fault reported with its URL and stored as the source's last error, and
# `angka sources`. Nothing goes beyond 127.0.0.1.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
SITE="$WORK/site"
LOG="$WORK/server.log"
DB="$WORK/angka.db"
mkdir -p "$SITE"
cp samples/000_*.html samples/001_*.html samples/002_*.html samples/*.txt "$SITE/"

python3 "$SRC/tests/http_server.py" --root "$SITE" --port-file "$WORK/port" --log "$LOG" \
	--lifetime 300 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
[ -s "$WORK/port" ] || { echo "FAIL: the test server did not start" >&2; exit 1; }
BASE="http://127.0.0.1:$(cat "$WORK/port")"
# Short waits so the whole test takes a few seconds.
FAST=(--db "$DB" --delay 0 --retry-delay 0.1 --timeout 5 --connect-timeout 2)
q() { sqlite3 "$DB" "$1"; }
# requests PATH-REGEX: how many requests the server logged for matching paths.
requests() { python3 -c 'import json,re,sys
print(sum(1 for l in open(sys.argv[1]) if re.search(sys.argv[2], json.loads(l)["path"])))' "$LOG" "$1"; }
expect_eq() {
	CHECKS=$((CHECKS + 1))
	[ "$1" = "$2" ] || fail "$3: got '$1', expected '$2'"
}

# ---- RSS: the first run ingests every item ------------------------------
expect_status 0 "$ANGKA" ingest "${FAST[@]}" --feed "$BASE/feed/rss.xml"
expect_grep "$WORK/err" "^$BASE/feed/rss.xml: 3 items, 3 new$" "first RSS run"
expect_grep "$WORK/err" "^3 articles: 3 new, 0 unchanged, 0 failed; 15 figures stored in " "first RSS summary"
expect_eq "$(q "select count(*) from sources where location like '%utm_%' or location like '%#%'")" 0 \
	"tracking parameters and fragments are not part of a source's identity"
expect_eq "$(q "select count(*) from source_status where kind = 'page' and status = 'ok' and etag is not null and last_modified is not null")" 3 \
	"each page's ETag and Last-Modified are stored"
expect_eq "$(q "select count(*) from feed_items where feed = '$BASE/feed/rss.xml' and published is not null and title like 'Judul %'")" 3 \
	"the feed's items are kept with their titles and dates"
expect_eq "$(requests '^/robots.txt$')" 1 "robots.txt is read once per host and run"
CHECKS=$((CHECKS + 1))
python3 - "$LOG" <<'PY' || fail "every request names angka and its version and accepts gzip"
import json, sys
for line in open(sys.argv[1]):
    e = json.loads(line)
    assert e["ua"].startswith("angka/0.") and "(+http" in e["ua"], e["ua"]
    assert "gzip" in e["ae"] and "deflate" in e["ae"], e["ae"]
PY

# ---- a second run fetches only the new items ----------------------------
cp samples/003_*.html samples/004_*.html "$SITE/"
expect_status 0 "$ANGKA" ingest "${FAST[@]}" --feed "$BASE/feed/rss.xml"
expect_grep "$WORK/err" "^$BASE/feed/rss.xml: 5 items, 2 new$" "second RSS run"
expect_grep "$WORK/err" "^2 articles: 2 new, 0 unchanged, 0 failed" "second RSS summary"
expect_eq "$(requests '^/articles/000_')" 1 "an item already stored is not fetched again"
expect_status 0 "$ANGKA" ingest "${FAST[@]}" --feed "$BASE/feed/rss.xml"
expect_grep "$WORK/err" "^$BASE/feed/rss.xml: 5 items, 0 new$" "third RSS run"
expect_eq "$(q 'select count(*) from articles')" 5 "five articles after the RSS runs"

# ---- Atom: the same content at other URLs is the same article -----------
expect_status 0 "$ANGKA" ingest "${FAST[@]}" --feed "$BASE/feed/atom.xml"
expect_grep "$WORK/err" "^$BASE/feed/atom.xml: 5 items, 5 new$" "first Atom run"
expect_grep "$WORK/err" "^5 articles: 0 new, 5 unchanged, 0 failed; 0 figures" "Atom items are the RSS articles"
expect_eq "$(q "select count(*) from sources where location like '%.txt'")" 5 "each article has its .txt URL as a second source"
expect_eq "$(q 'select count(*) from articles')" 5 "no new article from the same content"
# The feed itself answers a conditional GET with 304: nothing more is fetched.
before=$(wc -l <"$LOG")
expect_status 0 "$ANGKA" ingest "${FAST[@]}" --feed "$BASE/feed/atom.xml"
expect_grep "$WORK/err" "^$BASE/feed/atom.xml: 5 items, 0 new (feed not modified)$" "304 on the feed"
CHECKS=$((CHECKS + 1))
tail -n +"$((before + 1))" "$LOG" | python3 -c 'import json,sys
reqs=[json.loads(l) for l in sys.stdin]
assert [r["path"] for r in reqs] == ["/robots.txt", "/feed/atom.xml"], reqs
assert reqs[1]["status"] == 304 and reqs[1]["inm"], reqs' || fail "a 304 feed costs one request"

# ---- a page asked for again: If-None-Match / If-Modified-Since -> 304 ---
P0=$(basename samples/000_*.html)
expect_status 0 "$ANGKA" ingest "${FAST[@]}" "$BASE/articles/$P0?utm_campaign=x#top"
expect_grep "$WORK/err" "^1 article: 0 new, 1 unchanged (1 not modified), 0 failed" "page 304"
CHECKS=$((CHECKS + 1))
tail -1 "$LOG" | grep -q '"status": 304, .*"inm": "\\"' || fail "the stored ETag was sent back: $(tail -1 "$LOG")"
expect_status 0 "$ANGKA" ingest "${FAST[@]}" "$BASE/lm/$P0"
expect_grep "$WORK/err" "0 new, 1 unchanged, 0 failed" "a Last-Modified-only page, first fetch"
expect_status 0 "$ANGKA" ingest "${FAST[@]}" "$BASE/lm/$P0"
expect_grep "$WORK/err" "(1 not modified)" "a Last-Modified-only page, second fetch"
CHECKS=$((CHECKS + 1))
tail -1 "$LOG" | grep -q '"status": 304, .*"inm": null, "ims": "[A-Z][a-z][a-z], ' || fail "If-Modified-Since was sent: $(tail -1 "$LOG")"

# ---- the feed's title and date stand in for what the page lacks ---------
expect_status 0 "$ANGKA" ingest "${FAST[@]}" --feed "$BASE/feed/extra.xml"
expect_eq "$(q "select a.title || '|' || a.published from articles a join sources s on s.article_id = a.id where s.location = '$BASE/nodate.html'")" \
	"Judul dari feed|2025-02-01" "title and date from the feed item"

# ---- the Content-Type charset reaches the parser ------------------------
expect_status 0 "$ANGKA" ingest "${FAST[@]}" "$BASE/latin1.html"
expect_eq "$(q "select count(*) from articles where text like '%pekerja di café dan restoran%'")" 1 \
	"an ISO-8859-1 page is read as ISO-8859-1"

# ---- faults: each reported, recorded, and the batch goes on -------------
export_before=$("$ANGKA" export --db "$DB" | md5sum)
articles_before=$(q 'select count(*) from articles')
expect_status 1 "$ANGKA" ingest "${FAST[@]}" --timeout 0.5 --retries 1 --max-size 1M --max-redirects 3 \
	"$BASE/fault/slow" "$BASE/fault/404" "$BASE/fault/500" "$BASE/fault/loop" "$BASE/fault/huge" \
	"$BASE/fault/huge-stream" "$BASE/fault/image.png" "$BASE/fault/truncated" \
	"$BASE/private/secret.html" "http://127.0.0.1:1/unreachable" \
	"$BASE/fault/flaky" "$BASE/fault/429" "$BASE/private/open/$P0"
expect_grep "$WORK/err" "^13 articles: 0 new, 3 unchanged, 10 failed; 0 figures" "fault batch summary"
expect_grep "$WORK/err" "^angka: $BASE/fault/slow: timed out: .* (after 2 attempts)$" "timeout"
expect_grep "$WORK/err" "^angka: $BASE/fault/404: HTTP 404 (not found)$" "404"
expect_grep "$WORK/err" "^angka: $BASE/fault/500: HTTP 500 (internal server error) after 2 attempts$" "500"
expect_grep "$WORK/err" "^angka: $BASE/fault/loop: too many redirects (more than 3; a redirect loop?)$" "redirect loop"
expect_grep "$WORK/err" "^angka: $BASE/fault/huge: body over the limit of 1048576 bytes" "huge body"
expect_grep "$WORK/err" "^angka: $BASE/fault/huge-stream: body over the limit of 1048576 bytes" "huge body without a length"
expect_grep "$WORK/err" "^angka: $BASE/fault/image.png: unexpected content type image/png" "wrong content type"
expect_grep "$WORK/err" "^angka: $BASE/fault/truncated: truncated response" "truncated"
expect_grep "$WORK/err" "^angka: $BASE/private/secret.html: disallowed by $BASE/robots.txt$" "robots.txt"
expect_grep "$WORK/err" "^angka: http://127.0.0.1:1/unreachable: unreachable: .*Couldn't connect" "unreachable"
expect_no_grep "$WORK/err" "flaky\|fault/429\|private/open" "retried and allowed URLs succeed"
expect_eq "$(requests '^/private/secret')" 0 "a disallowed URL is never requested"
expect_eq "$(requests '^/fault/flaky$')" 2 "500 then 200: retried once"
expect_eq "$(requests '^/fault/slow$')" 2 "a timeout is retried"
expect_eq "$(q "select count(*) from source_status where status in ('failed', 'disallowed') and last_error like location || ': %'")" 10 \
	"each failure is stored as its source's last error"
expect_eq "$(q "select http_code from source_status where location = '$BASE/fault/404'")" 404 "HTTP code stored"
expect_eq "$(q "select status from source_status where location = '$BASE/private/secret.html'")" disallowed "disallowed status"
expect_eq "$(q 'select count(*) from articles')" "$articles_before" "failures add no article"
CHECKS=$((CHECKS + 1))
python3 - "$LOG" <<'PY' || fail "the retry after a 429 waited for Retry-After: 1"
import json, sys
hits = [json.loads(l) for l in open(sys.argv[1]) if json.loads(l)["path"] == "/fault/429"]
assert [h["status"] for h in hits] == [429, 200], hits
assert hits[1]["t"] - hits[0]["t"] >= 0.95, hits[1]["t"] - hits[0]["t"]
PY

# A robots.txt answering 5xx means "do not crawl" (RFC 9309): the page is
# not requested. ("localhost" is the same server under another origin.)
LOCAL="http://localhost:$(cat "$WORK/port")"
expect_status 1 "$ANGKA" ingest "${FAST[@]}" "$LOCAL/articles/$P0"
expect_grep "$WORK/err" "^angka: $LOCAL/articles/$P0: not fetched: $LOCAL/robots.txt gave HTTP 503" "robots.txt 503"
expect_eq "$(q "select status from source_status where location = '$LOCAL/articles/$P0'")" disallowed "robots.txt 503 status"

# A malformed feed, and a page that was stored and now fails: the error is
# recorded, and nothing already stored changes.
P4=$(basename samples/004_*.html)
rm "$SITE/$P4"
expect_status 1 "$ANGKA" ingest "${FAST[@]}" --feed "$BASE/fault/malformed.xml"
expect_grep "$WORK/err" "^angka: $BASE/fault/malformed.xml: malformed feed: line [0-9]*: " "malformed feed"
expect_grep "$WORK/err" "1 feed failed" "a failed feed is counted"
expect_status 1 "$ANGKA" ingest "${FAST[@]}" "$BASE/articles/$P4"
expect_grep "$WORK/err" "^angka: $BASE/articles/$P4: HTTP 404 (not found)$" "a stored page now gone"
expect_eq "$(q "select status || ' ' || http_code || ' ' || (etag is not null) || ' ' || (article_id is not null) || ' ' || failures from source_status where location = '$BASE/articles/$P4'")" \
	"failed 404 1 1 1" "a failure keeps the validators and the article of the last success"
expect_eq "$("$ANGKA" export --db "$DB" | md5sum)" "$export_before" "the faults changed no stored figure"

# ---- per-host delay ------------------------------------------------------
before=$(wc -l <"$LOG")
expect_status 0 "$ANGKA" ingest "${FAST[@]}" --delay 0.3 "$BASE/articles/$P0" "$BASE/lm/$P0" "$BASE/latin1.html"
CHECKS=$((CHECKS + 1))
tail -n +"$((before + 1))" "$LOG" | python3 -c 'import json,sys
t=[json.loads(l)["t"] for l in sys.stdin]
assert len(t) == 4, t
gaps=[b-a for a,b in zip(t,t[1:])]
assert min(gaps) >= 0.28, gaps' || fail "requests to one host are spaced by --delay"

# ---- angka sources --------------------------------------------------------
expect_status 0 "$ANGKA" sources --db "$DB"
expect_grep "$WORK/out" "^location  *kind  *status  *http_code  *last_fetch  *versions  *last_error$" "sources table header: the field names"
expect_grep "$WORK/out" "^$BASE/fault/404  *page  *failed  *404  *20[0-9-]*T[0-9:.]*Z  *0  *$BASE/fault/404: HTTP 404" "a failed source's row"
expect_grep "$WORK/out" "^$BASE/feed/atom.xml  *feed  *not_modified  *304  *20[0-9-]*T[0-9:.]*Z  *0 " "a feed's row"
expect_grep "$WORK/out" "^$BASE/articles/$P0  *page  *[a-z_]*  *[0-9]*  *20[0-9-]*T[0-9:.]*Z  *1 " "a page's row, with its one version"
expect_grep "$WORK/err" "^[0-9]* sources$" "the footer on stderr"
expect_status 0 "$ANGKA" sources --db "$DB" --format jsonl
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" "$BASE" <<'PY' || fail "sources --format jsonl"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
base = sys.argv[2]
by = {r["location"]: r for r in rows}
assert by[base + "/fault/500"]["http_code"] == 500 and by[base + "/fault/500"]["status"] == "failed"
assert "after 2 attempts" in by[base + "/fault/500"]["last_error"]
assert by[base + "/feed/rss.xml"]["kind"] == "feed" and by[base + "/feed/rss.xml"]["last_error"] is None
assert by[base + "/nodate.html"]["feed"] == base + "/feed/extra.xml"
assert all(r["last_fetch"] for r in rows)
PY

# ---- options and usage -----------------------------------------------------
expect_status 0 "$ANGKA" ingest --help
for opt in --feed --timeout --connect-timeout --max-size --max-redirects --retries --retry-delay --max-retry-after --delay; do
	expect_grep "$WORK/out" "^  *$opt" "ingest --help lists $opt"
done
expect_status 2 "$ANGKA" ingest --db "$DB" --timeout soon "$BASE/latin1.html"
expect_grep "$WORK/err" "timeout wants seconds" "a bad --timeout"
expect_status 2 "$ANGKA" ingest --db "$DB" --feed samples/000_314ee92051ee0f53.txt
expect_status 0 "$ANGKA" sources --db "$DB" --format csv
expect_grep "$WORK/out" '^"location","kind","status","http_code","last_fetch","versions","last_error","article_id",' "sources --format csv"
expect_status 2 "$ANGKA" sources --db "$DB" --format xml
finish
