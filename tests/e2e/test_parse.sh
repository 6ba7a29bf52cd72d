#!/usr/bin/env bash
# angka parse: the parse stage as a user sees it (text and json), its exit
# codes, and the promises of docs/parse.md on the samples and small pages.
. "$(dirname "$0")/lib.sh" "$@"

# Each sample's HTML page gives exactly the text of its plain-text twin.
for html in "$SRC"/samples/*.html; do
	expect_status 0 "$ANGKA" parse "$html"
	cp "$WORK/out" "$WORK/from_html"
	expect_status 0 "$ANGKA" parse "${html%.html}.txt"
	CHECKS=$((CHECKS + 1))
	cmp -s "$WORK/from_html" "$WORK/out" || fail "$(basename "$html"): HTML and text differ"
done

# json: the metadata, the paragraphs and the dropped blocks with reasons.
sample=$(ls "$SRC"/samples/000_*.html)
expect_status 0 "$ANGKA" parse --format json "$sample"
CHECKS=$((CHECKS + 1))
python3 - "$WORK/out" <<'PY' || fail "json output of $sample"
import json, sys
a = json.load(open(sys.argv[1]))[0]
assert a["published"] == "2025-03-26", a["published"]
assert a["dateline_place"] == "PALANGKA RAYA", a["dateline_place"]
assert a["title"].startswith("BPJS Ketenagakerjaan dan Pemprov Kalteng"), a["title"]
assert a["paragraphs"][0]["kind"] == "heading"
assert any(p["kind"] == "paragraph" and "46,2" in p["text"] for p in a["paragraphs"])
assert all(d["reason"] and d["text"] for d in a["dropped"]), a["dropped"]
assert len(a["content_hash"]) == 64
PY

# Indonesian page furniture: dropped, with the reason shown in json.
cat >"$WORK/furniture.html" <<'HTML'
<html><head><meta charset="utf-8"><title>Cakupan Naik - Warta Contoh</title>
<meta property="article:published_time" content="2025-03-18T11:10:00+07:00"></head>
<body><article><h1>Cakupan Jaminan Sosial Pekerja di Kota Contoh Naik Tajam</h1>
<p>KOTA CONTOH, Warta – Jumlah peserta aktif BPJS Ketenagakerjaan di Kota Contoh mencapai 120.500 pekerja hingga akhir Februari 2025, naik dari tahun sebelumnya.</p>
<p>Baca Juga: Harga Beras Naik di Pasar Induk</p>
<table class="linksisip"><tr><td>Lihat juga: Gubernur Resmikan Jembatan Baru</td></tr></table>
<p>Kepala cabang menyebut cakupan pekerja rentan kini 46,2 persen dari seluruh pekerja yang memenuhi syarat di wilayah itu.</p>
<figure><img src="a.jpg"><figcaption>Foto: Rapat koordinasi cakupan di balai kota.</figcaption></figure>
<p>Editor: Wawan Setiawan</p>
<p>Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel ini.</p>
</article>
<div><h3>Terpopuler</h3><ul><li><a href="/x">Artis Ibu Kota Menikah Lagi</a></li></ul></div>
</body></html>
HTML
expect_status 0 "$ANGKA" parse "$WORK/furniture.html"
expect_grep "$WORK/out" "120.500 pekerja" "article paragraph kept"
expect_grep "$WORK/out" "46,2 persen" "article paragraph after the inserts kept"
for gone in "Harga Beras" "Jembatan Baru" "Rapat koordinasi" "Wawan" "Dilarang" "Artis Ibu Kota"; do
	expect_no_grep "$WORK/out" "$gone" "furniture dropped"
done
expect_status 0 "$ANGKA" parse --format json "$WORK/furniture.html"
expect_grep "$WORK/out" '"reason": "baca-juga"' "baca-juga reported"
expect_grep "$WORK/out" '"reason": "caption"' "caption reported"
expect_grep "$WORK/out" '"published": "2025-03-18"' "published from article:published_time"

# A windows-1252 page without a declaration comes out as UTF-8.
printf '<html><body><p>Pekerja di caf\xe9 dan toko: 1.234 orang, kata Jos\xe9 pada rapat tahunan itu.</p></body></html>' >"$WORK/cp1252.html"
expect_status 0 "$ANGKA" parse "$WORK/cp1252.html"
expect_grep "$WORK/out" "café dan toko" "windows-1252 decoded"
CHECKS=$((CHECKS + 1))
iconv -f UTF-8 -t UTF-8 "$WORK/out" >/dev/null 2>&1 || fail "output is not valid UTF-8"

# Pages from the open web that used to give no article (exit 1) or the wrong one
# (tests/data/web/README.md): each gives its article now.
for page in "$SRC"/tests/data/web/*.html; do
	expect_status 0 "$ANGKA" parse "$page"
done
expect_status 0 "$ANGKA" parse "$SRC/tests/data/web/header_unclosed.html"
expect_grep "$WORK/out" "four crossings a day" "the article after an unclosed header div"
expect_no_grep "$WORK/out" "Quay Street" "the footer the header swallowed"

# Exit codes: a missing input fails (1) but the others are printed.
expect_status 1 "$ANGKA" parse "$WORK/missing.html" "$WORK/cp1252.html"
expect_grep "$WORK/err" "missing.html" "stderr names the missing input"
expect_grep "$WORK/out" "==> $WORK/cp1252.html <==" "the readable input is printed"
expect_status 2 "$ANGKA" parse
expect_grep "$WORK/err" "no SOURCE" "usage error explained"
expect_status 2 "$ANGKA" parse --format yaml "$sample"
expect_grep "$WORK/err" "unknown format" "bad format explained"
expect_status 0 "$ANGKA" parse --help
expect_grep "$WORK/out" "--format" "help lists the options"

finish
