#!/usr/bin/env bash
# angka report writes one self-contained HTML page; headless Chromium renders
# it (the DOM has the audit rows and the SVG charts) and the screenshot is
# kept as build/report.png for CI to publish.
. "$(dirname "$0")/lib.sh" "$@"
cd "$SRC" || exit 1
BUILD=$(cd "$(dirname "$ANGKA")" && pwd)
DB="$WORK/angka.db"
# The seeds, and the changed copy of seed 003: an inconsistent percentage
# and a conflict between two sources (518.632 vs 528.632 participants).
expect_status 0 "$ANGKA" ingest --db "$DB" samples/*.txt tests/data/003_numerator_changed.txt
HTML="$BUILD/report.html"
expect_status 0 "$ANGKA" report --db "$DB" -o "$HTML"
expect_grep "$HTML" "<svg" "an SVG chart"
expect_grep "$HTML" '<tr class="inconsistent">' "an inconsistent audit row"
expect_grep "$HTML" "<mark>39,52%</mark>" "the inconsistent percentage marked in its sentence"
expect_grep "$HTML" "528.632" "the evidence sentence"
expect_no_grep "$HTML" "<script" "no script"
expect_no_grep "$HTML" 'src="http' "nothing fetched"
CHECKS=$((CHECKS + 1))
python3 - "$HTML" <<'PY' || fail "the page's counts and conflicts"
import re, sys
from html.parser import HTMLParser
page = open(sys.argv[1], encoding="utf-8").read()
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.svgs = 0; self.rows = 0
    def handle_starttag(self, tag, attrs):
        if tag == "svg": self.svgs += 1
        if tag == "tr": self.rows += 1
p = P(); p.feed(page)
assert p.svgs >= 8, p.svgs
counts = dict((k, int(v)) for v, k in re.findall(r"<li><b>(\d+)</b>([a-z ]+)</li>", page))
assert counts["articles"] == 6 and counts["figures"] == 48, counts
assert counts["inconsistent"] == 2 and counts["conflicts"] == 1, counts
assert "Jambi" in page.split('id=conflicts')[1], "conflict row"
PY

CHROMIUM=$(command -v chromium || command -v chromium-browser)
CHECKS=$((CHECKS + 1))
if [ -z "$CHROMIUM" ]; then
	fail "chromium is not installed (packages.txt lists it)"
	finish
	exit 1
fi
chrome() {
	"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --no-first-run --user-data-dir="$(mktemp -d "$WORK/chrome.XXXXXX")" "$@"
}
chrome --dump-dom "file://$HTML" >"$WORK/dom.html" 2>"$WORK/chrome.err"
expect_grep "$WORK/dom.html" "<svg" "rendered DOM has the charts"
expect_grep "$WORK/dom.html" '<table id="audit">' "rendered DOM has the audit table"
expect_grep "$WORK/dom.html" '<tr class="inconsistent">' "rendered DOM has the inconsistent row"
expect_grep "$WORK/dom.html" "Kabupaten Batanghari" "rendered DOM has the audit rows"
rm -f "$BUILD/report.png"
chrome --screenshot="$BUILD/report.png" --window-size=1280,3200 "file://$HTML" >/dev/null 2>>"$WORK/chrome.err"
CHECKS=$((CHECKS + 1))
python3 - "$BUILD/report.png" <<'PY' || fail "no screenshot at build/report.png: $(tail -3 "$WORK/chrome.err")"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
assert (w, h) == (1280, 3200), (w, h)
assert len(data) > 50000, len(data)   # a blank page compresses to a few KB
PY

expect_status 3 "$ANGKA" report --db "$DB" -o "$WORK/no/such/dir/report.html"
expect_grep "$WORK/err" "no/such/dir/report.html: cannot write the report" "unwritable output named"
finish
