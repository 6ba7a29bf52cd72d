#!/usr/bin/env bash
# angka normalize: what texts normalize to, as analysts and tests read it
# (jsonl: one object per TEXT), and its usage errors.
. "$(dirname "$0")/lib.sh" "$@"

# expect_json TEXT JSON: the jsonl line for TEXT (published 2025-03-26).
expect_json() {
	CHECKS=$((CHECKS + 1))
	local got
	got=$("$ANGKA" normalize --format jsonl --published 2025-03-26 -- "$1" 2>&1)
	[ "$got" = "$2" ] || fail "normalize '$1': got $got, expected $2"
}

expect_json "1.009.250" '{"text":"1.009.250","value":1009250,"unit":null,"approx":false,"decimals":0,"low":1009249.5,"high":1009250.5,"range":false,"bound":null,"as_of":null}'
expect_json "46,2 persen" '{"text":"46,2 persen","value":46.2,"unit":"percent","approx":false,"decimals":1,"low":46.15,"high":46.25,"range":false,"bound":null,"as_of":null}'
expect_json "39.52%" '{"text":"39.52%","value":39.52,"unit":"percent","approx":false,"decimals":2,"low":39.515,"high":39.525,"range":false,"bound":null,"as_of":null}'
expect_json "sekitar 2,8 juta" '{"text":"sekitar 2,8 juta","value":2800000,"unit":null,"approx":true,"decimals":1,"low":2750000,"high":2850000,"range":false,"bound":null,"as_of":null}'
expect_json "Rp3,5 M" '{"text":"Rp3,5 M","value":3500000000,"unit":"IDR","approx":false,"decimals":1,"low":3450000000,"high":3550000000,"range":false,"bound":null,"as_of":null}'
expect_json "satu setengah miliar" '{"text":"satu setengah miliar","value":1500000000,"unit":null,"approx":false,"decimals":1,"low":1450000000,"high":1550000000,"range":false,"bound":null,"as_of":null}'
expect_json "dua ribu" '{"text":"dua ribu","value":2000,"unit":null,"approx":false,"decimals":0,"low":1500,"high":2500,"range":false,"bound":null,"as_of":null}'
expect_json "lebih dari 1 juta" '{"text":"lebih dari 1 juta","value":1000000,"unit":null,"approx":true,"decimals":0,"low":500000,"high":1500000,"range":false,"bound":"above","as_of":null}'
expect_json "antara 10 hingga 20 dolar" '{"text":"antara 10 hingga 20 dolar","value":15,"unit":"USD","approx":true,"decimals":0,"low":10,"high":20,"range":true,"bound":null,"as_of":null}'
expect_json "USD1,23" '{"text":"USD1,23","value":1.23,"unit":"USD","approx":false,"decimals":2,"low":1.225,"high":1.235,"range":false,"bound":null,"as_of":null}'
expect_json "\$10" '{"text":"$10","value":10,"unit":"USD","approx":false,"decimals":0,"low":9.5,"high":10.5,"range":false,"bound":null,"as_of":null}'
expect_json "bukan angka" '{"text":"bukan angka","value":null,"unit":null,"approx":false,"decimals":null,"low":null,"high":null,"range":false,"bound":null,"as_of":null}'
expect_json "1,500" '{"text":"1,500","value":1.5,"unit":null,"approx":false,"decimals":3,"low":1.4995,"high":1.5005,"range":false,"bound":null,"as_of":null}'
expect_json "1.500" '{"text":"1.500","value":1500,"unit":null,"approx":false,"decimals":0,"low":1499.5,"high":1500.5,"range":false,"bound":null,"as_of":null}'
expect_json "1.5" '{"text":"1.5","value":1.5,"unit":null,"approx":false,"decimals":1,"low":1.45,"high":1.55,"range":false,"bound":null,"as_of":null}'
# periods: as_of with its precision
expect_json "Januari–Juni 2024" '{"text":"Januari–Juni 2024","value":null,"unit":null,"approx":false,"decimals":null,"low":null,"high":null,"range":false,"bound":null,"as_of":"2024-06"}'
expect_json "hingga saat ini" '{"text":"hingga saat ini","value":null,"unit":null,"approx":false,"decimals":null,"low":null,"high":null,"range":false,"bound":null,"as_of":"2025-03-26"}'
expect_json "per 12 Agustus 2024" '{"text":"per 12 Agustus 2024","value":null,"unit":null,"approx":false,"decimals":null,"low":null,"high":null,"range":false,"bound":null,"as_of":"2024-08-12"}'

# One line per TEXT, in order.
expect_status 0 "$ANGKA" normalize -f jsonl "1" "dua" "tiga puluh"
expect_lines "$WORK/out" 3 "one object per TEXT"
expect_grep "$WORK/out" '"value":30,' "third line"

# The table for people: a header (the field names) and one row per TEXT.
expect_status 0 "$ANGKA" normalize "triwulan III 2024" "46,2 persen"
expect_lines "$WORK/out" 3 "table rows"
expect_grep "$WORK/out" "^text  *value  *unit  *approx  *decimals  *low  *high  *range  *bound  *as_of$" "table header"
expect_grep "$WORK/out" "^triwulan III 2024 .* 2024-09$" "quarter row"
expect_grep "$WORK/out" "^46,2 persen  *46.2  *percent  *false  *1  *46.15  *46.25  *false" "percent row"
# The same fields in CSV (a header row) and JSON (an array).
expect_status 0 "$ANGKA" normalize --format csv "46,2 persen" "dua"
expect_grep "$WORK/out" '^"text","value","unit","approx","decimals","low","high","range","bound","as_of"' "csv header"
expect_grep "$WORK/out" '^"46,2 persen","46.2","percent","false","1","46.15","46.25","false",,' "csv row"
expect_status 0 "$ANGKA" normalize --format json "46,2 persen" "dua"
CHECKS=$((CHECKS + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [x["value"] for x in d] == [46.2, 2]' "$WORK/out" || fail "normalize --format json"

# Usage errors: exit 2 and a hint.
expect_status 2 "$ANGKA" normalize
expect_grep "$WORK/err" "no TEXT given" "missing TEXT"
expect_status 2 "$ANGKA" normalize --format xml 1
expect_grep "$WORK/err" "unknown format 'xml' (table, jsonl, json, csv)" "bad format"
expect_status 2 "$ANGKA" normalize --published 26/03/2025 1
expect_grep "$WORK/err" "is not a date" "bad --published"
# A TEXT that is not UTF-8 (a lead byte with nothing after it, an overlong
# form) is refused by its position, before anything reads past its end.
for format in jsonl table; do
	expect_status 2 "$ANGKA" normalize -f "$format" "1" "$(printf 'Agt 2024 \xf0')"
	expect_grep "$WORK/err" "TEXT 2 is not valid UTF-8 (byte 9)" "invalid UTF-8 in a TEXT ($format)"
done
expect_status 2 "$ANGKA" normalize "$(printf '\xc0\xaf')"
expect_grep "$WORK/err" "TEXT 1 is not valid UTF-8 (byte 0)" "overlong form"
expect_status 0 "$ANGKA" normalize -f jsonl "$(printf 'Agt 2024 \xe2\x80\x93')"
expect_grep "$WORK/out" '"as_of":"2024-08"' "valid multibyte UTF-8"
expect_status 3 "$ANGKA" normalize --rules "$WORK/nowhere" 1
expect_grep "$WORK/err" "nowhere" "missing rules named"
expect_status 0 "$ANGKA" normalize --help
expect_grep "$WORK/out" "Usage: angka normalize" "help"
finish
