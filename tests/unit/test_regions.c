/* Unit tests for the region gazetteer: loading rules/regions.tsv and
 * rules/region_abbreviations.tsv, finding mentions in press sentences (the
 * seed articles' cases), resolving names on their own, and refusing bad
 * rule files with their file and line. Codes checked against
 * shared/data/regions.tsv. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "normalize/regions.h"

#define REGIONS_TSV ANGKA_SOURCE_DIR "/rules/regions.tsv"
#define ABBREV_TSV  ANGKA_SOURCE_DIR "/rules/region_abbreviations.tsv"

static angka_gazetteer *gaz;

static void setup(void)
{
	angka_error err = {0};
	int rc = angka_gazetteer_load(&gaz, REGIONS_TSV, ABBREV_TSV, &err);
	cr_assert_eq(rc, ANGKA_OK, "load failed: %s", err.message);
	cr_assert_not_null(gaz);
}

static void teardown(void)
{
	angka_gazetteer_free(gaz);
	gaz = NULL;
}

TestSuite(regions, .init = setup, .fini = teardown);

/* ---- helpers ---------------------------------------------------------- */

typedef struct found {
	angka_region_mention *m;
	size_t n;
} found;

static found find(const char *text, const char *province_code)
{
	found f = {NULL, 0};
	angka_error err = {0};
	int rc = angka_gazetteer_find(&f.m, &f.n, gaz, text, 0, strlen(text), province_code, &err);
	cr_assert_eq(rc, ANGKA_OK, "find failed: %s", err.message);
	return f;
}

/* Asserts that mention i of f covers `covered` (found in text) and names the
 * region with that code (NULL for groupings and the country) and name. */
static void expect(const found *f, size_t i, const char *text, const char *covered,
                   const char *code, const char *name)
{
	cr_assert_gt(f->n, i, "no mention %zu in '%s' (only %zu)", i, text, f->n);
	const angka_region_mention *m = &f->m[i];
	const char *at = strstr(text, covered);
	cr_assert_not_null(at, "test bug: '%s' not in '%s'", covered, text);
	cr_expect_eq(m->start, (size_t)(at - text), "'%s': mention %zu starts at %zu, not %zu",
	             text, i, m->start, (size_t)(at - text));
	cr_expect_eq(m->end, (size_t)(at - text) + strlen(covered),
	             "'%s': mention %zu ends at %zu, not after '%s'", text, i, m->end, covered);
	if (code == NULL)
		cr_expect_null(m->region->code, "'%s': expected no code, got %s", text,
		               m->region->code);
	else
		cr_expect_str_eq(m->region->code, code, "'%s': got %s (%s), expected %s", text,
		                 m->region->code, m->region->name, code);
	cr_expect_str_eq(m->region->name, name);
}

/* The code of the only mention in text, or "" when there is none. */
static const char *only_code(const char *text, const char *province_code, bool *ambiguous)
{
	static char code[32];
	found f = find(text, province_code);
	cr_assert_leq(f.n, 1, "'%s': %zu mentions, expected at most one", text, f.n);
	code[0] = '\0';
	if (f.n == 1) {
		snprintf(code, sizeof code, "%s", f.m[0].region->code ? f.m[0].region->code : "-");
		if (ambiguous != NULL)
			*ambiguous = f.m[0].ambiguous;
	}
	free(f.m);
	return code;
}

static const angka_region *lookup(const char *name, const char *province_code)
{
	return angka_gazetteer_lookup(gaz, name, strlen(name), province_code);
}

/* ---- loading and by_code ---------------------------------------------- */

Test(regions, by_code_finds_every_level)
{
	const angka_region *r = angka_gazetteer_by_code(gaz, "62");
	cr_assert_not_null(r);
	cr_expect_str_eq(r->name, "Kalimantan Tengah");
	cr_expect_eq(r->level, ANGKA_REGION_PROVINCE);
	cr_expect_null(r->parent_code);

	r = angka_gazetteer_by_code(gaz, "15.04");
	cr_assert_not_null(r);
	cr_expect_str_eq(r->name, "Kabupaten Batanghari");
	cr_expect_eq(r->level, ANGKA_REGION_REGENCY);
	cr_expect_str_eq(r->parent_code, "15");

	r = angka_gazetteer_by_code(gaz, "64.74");
	cr_assert_not_null(r);
	cr_expect_str_eq(r->name, "Kota Bontang");
	cr_expect_eq(r->level, ANGKA_REGION_CITY);

	cr_expect_null(angka_gazetteer_by_code(gaz, "99"));
	cr_expect_null(angka_gazetteer_by_code(gaz, "15.0"));
	cr_expect_null(angka_gazetteer_by_code(gaz, NULL));
}

Test(regions, free_accepts_null)
{
	angka_gazetteer_free(NULL);
}

/* ---- the seed articles' cases ----------------------------------------- */

Test(regions, seed_pemprov_kalteng)
{
	const char *text = "BPJS Ketenagakerjaan dan Pemprov Kalteng Sinergikan Upaya";
	found f = find(text, NULL);
	cr_assert_eq(f.n, 1, "%zu mentions", f.n);
	expect(&f, 0, text, "Pemprov Kalteng", "62", "Kalimantan Tengah");
	cr_expect_not(f.m[0].ambiguous);
	free(f.m);
}

Test(regions, seed_batang_hari_with_prefix)
{
	const char *text = "Dari data yang ada, Kabupaten Batang Hari mencatat persentase";
	found f = find(text, NULL);
	cr_assert_eq(f.n, 1, "%zu mentions", f.n);
	expect(&f, 0, text, "Kabupaten Batang Hari", "15.04", "Kabupaten Batanghari");
	free(f.m);
}

Test(regions, seed_kota_jambi_is_the_city_and_jambi_the_province)
{
	const char *text = "Kota Jambi mengikuti dengan realisasi 48,64%.";
	found f = find(text, NULL);
	cr_assert_eq(f.n, 1);
	expect(&f, 0, text, "Kota Jambi", "15.71", "Kota Jambi");
	free(f.m);

	text = "coverage di Provinsi Jambi saat ini";
	f = find(text, NULL);
	cr_assert_eq(f.n, 1);
	expect(&f, 0, text, "Provinsi Jambi", "15", "Jambi");
	free(f.m);

	bool ambiguous = true;
	cr_expect_str_eq(only_code("Wakil Gubernur Jambi Abdullah Sani", NULL, &ambiguous), "15");
	cr_expect_not(ambiguous, "a bare name that is a province is not a guess");
}

Test(regions, seed_two_regencies_joined_by_dan)
{
	const char *text =
	        "Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki";
	found f = find(text, NULL);
	cr_assert_eq(f.n, 2, "%zu mentions", f.n);
	expect(&f, 0, text, "Tanjung Jabung Timur", "15.07", "Kabupaten Tanjung Jabung Timur");
	expect(&f, 1, text, "Tebo", "15.09", "Kabupaten Tebo");
	free(f.m);
}

Test(regions, seed_kota_bontang_and_kutai_timur)
{
	const char *text = "hanya Kota Bontang dan Kutai Timur yang telah mencapai cakupan";
	found f = find(text, NULL);
	cr_assert_eq(f.n, 2, "%zu mentions", f.n);
	expect(&f, 0, text, "Kota Bontang", "64.74", "Kota Bontang");
	expect(&f, 1, text, "Kutai Timur", "64.08", "Kabupaten Kutai Timur");
	free(f.m);

	text = "Di Kaltim Baru Bontang dan Kutim yang Kepesertaan";
	f = find(text, NULL);
	cr_assert_eq(f.n, 3, "%zu mentions", f.n);
	expect(&f, 0, text, "Kaltim", "64", "Kalimantan Timur");
	expect(&f, 1, text, "Bontang", "64.74", "Kota Bontang");
	expect(&f, 2, text, "Kutim", "64.08", "Kabupaten Kutai Timur");
	free(f.m);
}

Test(regions, seed_groupings)
{
	const char *text = "Kepala BPJS Ketenagakerjaan Kanwil Kalimantan, Erfan Kurniawan";
	found f = find(text, NULL);
	cr_assert_eq(f.n, 1, "%zu mentions", f.n);
	expect(&f, 0, text, "Kalimantan", NULL, "Kalimantan");
	cr_expect_eq(f.m[0].region->level, ANGKA_REGION_GROUPING);
	free(f.m);

	text = "pekerja di Kalimantan Barat, baik formal";
	f = find(text, NULL);
	cr_assert_eq(f.n, 1);
	expect(&f, 0, text, "Kalimantan Barat", "61", "Kalimantan Barat");
	free(f.m);

	text = "Kepala Kantor Wilayah Sumbagsel BPJS Ketenagakerjaan, Muhyidin";
	f = find(text, NULL);
	cr_assert_eq(f.n, 1);
	expect(&f, 0, text, "Sumbagsel", NULL, "Sumbagsel");
	cr_expect_eq(f.m[0].region->level, ANGKA_REGION_GROUPING);
	free(f.m);

	/* the long form names the same grouping */
	const angka_region *r = lookup("Sumatera Bagian Utara", NULL);
	cr_assert_not_null(r);
	cr_expect_str_eq(r->name, "Sumbagut");
	cr_expect_eq(r, lookup("Sumbagut", NULL));
	/* and so does its 'Sumatra' spelling, so that "(Sumbagsel)" after it
	 * glosses a place rather than abbreviating other words */
	cr_expect_eq(lookup("Sumatra Bagian Selatan", NULL), lookup("Sumbagsel", NULL));
	cr_expect_str_eq(lookup("Tanjab Barat", NULL)->code, "15.06");
	/* the press's short forms of Aceh's regencies, and a regency's old name */
	cr_expect_str_eq(only_code("pekerja di Abdya dan", NULL, NULL), "11.12");
	cr_expect_str_eq(only_code("Pemkab Agara menganggarkan", NULL, NULL), "11.02");
	cr_expect_str_eq(only_code("pekerja di Tobasa", NULL, NULL), "12.12");
}

Test(regions, seed_all_caps_dateline)
{
	const char *text = "PALANGKA RAYA, PROKALTENG.CO – Dalam upaya";
	found f = find(text, NULL);
	cr_assert_eq(f.n, 1, "%zu mentions (PROKALTENG must not hold Kalteng)", f.n);
	expect(&f, 0, text, "PALANGKA RAYA", "62.71", "Kota Palangkaraya");
	free(f.m);
}

Test(regions, seed_country_and_pekerja_migran_indonesia)
{
	cr_expect_str_eq(only_code("perlindungan pekerja di Indonesia.", NULL, NULL), "-");
	cr_expect_str_eq(
	        only_code("formal, informal, dan Pekerja Migran Indonesia yang", NULL, NULL), "");
	cr_expect_str_eq(only_code("maupun pekerja migran Indonesia yang belum", NULL, NULL), "");
	cr_expect_str_eq(only_code("menurut Bank Indonesia", NULL, NULL), "");
	const angka_region *r = lookup("Indonesia", NULL);
	cr_assert_not_null(r);
	cr_expect_eq(r->level, ANGKA_REGION_COUNTRY);
	cr_expect_null(r->code);
}

/* ---- names and spellings ---------------------------------------------- */

Test(regions, jakarta_in_all_its_names)
{
	const char *names[] = {"DKI Jakarta",
	                       "Daerah Khusus Jakarta",
	                       "DKJ",
	                       "DKI",
	                       "Jakarta",
	                       "Daerah Khusus Ibukota Jakarta",
	                       "Provinsi DKI Jakarta"};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char text[128];
		snprintf(text, sizeof text, "Berdasarkan data, %s tercatat sebagai", names[i]);
		found f = find(text, NULL);
		cr_assert_eq(f.n, 1, "'%s': %zu mentions", text, f.n);
		expect(&f, 0, text, names[i], "31", "Daerah Khusus Ibukota Jakarta");
		free(f.m);
	}
	cr_expect_str_eq(lookup("Jakarta Selatan", NULL)->code, "31.74");
	cr_expect_str_eq(lookup("Kota Administrasi Jakarta Pusat", NULL)->code, "31.71");
	cr_expect_str_eq(lookup("Kepulauan Seribu", NULL)->code, "31.01");
}

Test(regions, yogyakarta_province_and_city)
{
	cr_expect_str_eq(lookup("Yogyakarta", NULL)->code, "34");
	cr_expect_str_eq(lookup("DI Yogyakarta", NULL)->code, "34");
	cr_expect_str_eq(lookup("DIY", NULL)->code, "34");
	cr_expect_str_eq(lookup("Kota Yogyakarta", NULL)->code, "34.71");
}

Test(regions, spelling_variants)
{
	cr_expect_str_eq(lookup("Sumatra Utara", NULL)->code, "12");
	cr_expect_str_eq(lookup("Sumatera Utara", NULL)->code, "12");
	cr_expect_str_eq(lookup("Babel", NULL)->code, "19");
	cr_expect_str_eq(lookup("Bangka Belitung", NULL)->code, "19");
	cr_expect_str_eq(lookup("Kepulauan Bangka Belitung", NULL)->code, "19");
	cr_expect_str_eq(lookup("Palangkaraya", NULL)->code, "62.71");
	cr_expect_str_eq(lookup("Palangka Raya", NULL)->code, "62.71");
	cr_expect_str_eq(lookup("Tojo Una-Una", NULL)->code, "72.09");
	cr_expect_str_eq(lookup("Tojo Una Una", NULL)->code, "72.09");
	cr_expect_str_eq(lookup("Batanghari", NULL)->code, "15.04");
	cr_expect_str_eq(lookup("Kabupaten Batanghari", NULL)->code, "15.04");
	cr_expect_str_eq(lookup("  Kab. Batang Hari ", NULL)->code, "15.04");
	cr_expect_str_eq(lookup("Pangkajene dan Kepulauan", NULL)->code, "73.10");
	cr_expect_str_eq(lookup("kalimantan tengah", NULL)->code, "62");
	cr_expect_str_eq(lookup("KALTENG", NULL)->code, "62");
	cr_expect_null(lookup("kalteng", NULL), "abbreviations are case-sensitive");
	cr_expect_null(lookup("Kalteng,", NULL), "a name on its own has no punctuation");
	cr_expect_null(lookup("Provinsi", NULL));
	cr_expect_null(lookup("", NULL));
}

Test(regions, connector_inside_a_name)
{
	const char *text = "Bupati Pangkajene dan Kepulauan hadir";
	found f = find(text, NULL);
	cr_assert_eq(f.n, 1, "%zu mentions", f.n);
	expect(&f, 0, text, "Pangkajene dan Kepulauan", "73.10",
	       "Kabupaten Pangkajene dan Kepulauan");
	free(f.m);
}

/* ---- prefixes, levels and ambiguity ----------------------------------- */

/* "OKU Timur", "OKU Selatan": the abbreviation of a regency written apart
 * from its last word is that regency, not "OKU". */
Test(regions, an_abbreviation_written_apart_is_the_whole_name)
{
	cr_expect_str_eq(only_code("di OKU Timur mencatat", NULL, NULL), "16.08");
	cr_expect_str_eq(only_code("di OKU Selatan mencatat", NULL, NULL), "16.09");
	cr_expect_str_eq(only_code("di OKU mencatat", NULL, NULL), "16.01");
}

Test(regions, regency_and_city_of_one_name)
{
	cr_expect_str_eq(only_code("Pemerintah Kabupaten Bekasi menargetkan", NULL, NULL), "32.16");
	cr_expect_str_eq(only_code("Kabupaten Bekasi menargetkan", NULL, NULL), "32.16");
	cr_expect_str_eq(only_code("Pemkot Bekasi menargetkan", NULL, NULL), "32.75");
	cr_expect_str_eq(only_code("Kota Bekasi menargetkan", NULL, NULL), "32.75");
	cr_expect_str_eq(only_code("Kab. Bekasi menargetkan", NULL, NULL), "32.16");
	bool ambiguous = false;
	cr_expect_str_eq(only_code("di Bekasi", NULL, &ambiguous), "32.16");
	cr_expect(ambiguous, "a bare 'Bekasi' is a guess");
	ambiguous = true;
	cr_expect_str_eq(only_code("di Kota Bekasi", NULL, &ambiguous), "32.75");
	cr_expect_not(ambiguous);
	cr_expect_str_eq(lookup("Kota Bekasi", NULL)->code, "32.75");
	cr_expect_str_eq(lookup("Bekasi", NULL)->code, "32.16");
	/* A branch office sits in the city of its name; one named after a
	 * district too is a guess like the bare name; with no such city it is
	 * the regency's. */
	cr_expect_str_eq(only_code("BPJS Ketenagakerjaan Cabang Bekasi mencatat", NULL, NULL),
	                 "32.75");
	cr_expect_str_eq(only_code("Kantor Cabang Bekasi Cikarang mencatat", NULL, NULL), "32.16");
	cr_expect_str_eq(only_code("BPJS Ketenagakerjaan Cabang Sidoarjo", NULL, NULL), "35.15");
	/* The office's name between "Kantor Cabang" and its place. */
	cr_expect_str_eq(
	        only_code("Kantor Cabang BPJS Ketenagakerjaan Bekasi mencatat", NULL, NULL),
	        "32.75");
	cr_expect_str_eq(only_code("Kantor Cabang BPJamsostek Jayapura mencatat", NULL, NULL),
	                 "91.71");
	/* "Bogor Kota", the branches' own naming: the city's. */
	cr_expect_str_eq(only_code("BPJS Ketenagakerjaan Cabang Bogor Kota mencatat", NULL, NULL),
	                 "32.71");
}

Test(regions, ambiguous_abbreviation_resolved_by_province)
{
	bool ambiguous = true;
	cr_expect_str_eq(only_code("Bupati Mura menyampaikan", "62", &ambiguous), "62.12");
	cr_expect_not(ambiguous);
	ambiguous = true;
	cr_expect_str_eq(only_code("Bupati Mura menyampaikan", "16", &ambiguous), "16.05");
	cr_expect_not(ambiguous);
	ambiguous = false;
	const char *code = only_code("Bupati Mura menyampaikan", NULL, &ambiguous);
	cr_expect(strcmp(code, "62.12") == 0 || strcmp(code, "16.05") == 0, "got '%s'", code);
	cr_expect(ambiguous, "without a province 'Mura' is a guess");
	cr_expect_str_eq(lookup("Mura", "16")->code, "16.05");
	cr_expect_str_eq(lookup("Mura", "62.01")->code, "62.12",
	                 "a regency code names its province");
}

/* The normalizer's second pass re-reads only the sentences whose places the
 * first (no province) guessed: a province may change those mentions' regions
 * and nothing else. */
Test(regions, a_province_changes_only_the_guessed_mentions)
{
	static const char text[] =
	        "Bupati Mura dan Wali Kota Palangka Raya bertemu di Kota Bekasi, "
	        "Kabupaten Batanghari dan Bekasi.";
	static const char *const provinces[] = {"62", "16", "32", "15.04"};
	found without = find(text, NULL);
	cr_assert_gt(without.n, 3);
	for (size_t p = 0; p < sizeof provinces / sizeof *provinces; p++) {
		found with = find(text, provinces[p]);
		cr_assert_eq(with.n, without.n, "province %s", provinces[p]);
		for (size_t i = 0; i < with.n; i++) {
			cr_expect_eq(with.m[i].start, without.m[i].start);
			cr_expect_eq(with.m[i].end, without.m[i].end);
			if (!without.m[i].ambiguous) {
				cr_expect_eq(with.m[i].region, without.m[i].region,
				             "mention %zu, province %s", i, provinces[p]);
				cr_expect_not(with.m[i].ambiguous);
			}
		}
		free(with.m);
	}
	free(without.m);
}

Test(regions, short_abbreviations_need_a_prefix)
{
	cr_expect_str_eq(only_code("Tuba itu berat", NULL, NULL), "");
	cr_expect_str_eq(only_code("Pemkab Tuba menganggarkan", NULL, NULL), "18.05");
	cr_expect_str_eq(only_code("Kabupaten Tuba menganggarkan", NULL, NULL), "18.05");
	cr_expect_str_eq(only_code("Mitra BPJS Ketenagakerjaan", NULL, NULL), "");
	cr_expect_str_eq(only_code("Kab. Mitra", NULL, NULL), "71.07");
	cr_expect_null(lookup("Tuba", NULL));
	cr_expect_str_eq(lookup("Kabupaten Tuba", NULL)->code, "18.05");
	/* abbreviations are case-sensitive as listed */
	found f = find("Bupati OKI dan Pemkab KBB", NULL);
	cr_expect_eq(f.n, 2);
	if (f.n == 2) {
		cr_expect_str_eq(f.m[0].region->code, "16.02");
		cr_expect_str_eq(f.m[1].region->code, "32.17");
	}
	free(f.m);
	cr_expect_str_eq(only_code("program oki dan kbb", NULL, NULL), "");
	cr_expect_str_eq(only_code("Program Oki", NULL, NULL), "");
}

Test(regions, lone_prefix_is_not_a_mention)
{
	cr_expect_str_eq(
	        only_code("tingkat perlindungan di sebagian besar kabupaten/kota.", NULL, NULL),
	        "");
	cr_expect_str_eq(only_code("Kota itu ramai.", NULL, NULL), "");
	cr_expect_str_eq(only_code("Provinsi ini", NULL, NULL), "");
	cr_expect_str_eq(only_code("Pemerintah Provinsi (Pemprov) sudah", NULL, NULL), "");
}

Test(regions, lowercase_words_and_word_boundaries)
{
	cr_expect_str_eq(only_code("liburan ke bali tahun ini", NULL, NULL), "");
	cr_expect_str_eq(only_code("liburan ke Bali tahun ini", NULL, NULL), "51");
	cr_expect_str_eq(only_code("PROKALTENG.CO", NULL, NULL), "");
	cr_expect_str_eq(only_code("TerbaruPemprov Kaltengs", NULL, NULL), "");
	cr_expect_str_eq(only_code("PROKAL.co, Pontianak\xe2\x80\x93 BPJS", NULL, NULL), "61.71");
	cr_expect_str_eq(only_code("di Bali\xc3\xa9 ini", NULL, NULL), "",
	                 "a non-ASCII letter continues the word");
}

Test(regions, longest_match_and_no_overlap)
{
	const char *text = "Pemerintah Provinsi Kalimantan Tengah (Pemprov Kalteng) telah";
	found f = find(text, NULL);
	cr_assert_eq(f.n, 2, "%zu mentions", f.n);
	expect(&f, 0, text, "Pemerintah Provinsi Kalimantan Tengah", "62", "Kalimantan Tengah");
	expect(&f, 1, text, "Pemprov Kalteng", "62", "Kalimantan Tengah");
	free(f.m);

	text = "Kabupaten Tulang Bawang Barat dan Tulang Bawang";
	f = find(text, NULL);
	cr_assert_eq(f.n, 2, "%zu mentions", f.n);
	expect(&f, 0, text, "Kabupaten Tulang Bawang Barat", "18.12",
	       "Kabupaten Tulang Bawang Barat");
	cr_expect_str_eq(f.m[1].region->code, "18.05");
	free(f.m);
}

Test(regions, scans_only_the_given_range)
{
	const char *text = "Kalteng dan Kaltim serta Kalbar";
	found f = {NULL, 0};
	angka_error err = {0};
	/* [1, 18): starts inside "Kalteng", so only "Kaltim" counts */
	int rc = angka_gazetteer_find(&f.m, &f.n, gaz, text, 1, 18, NULL, &err);
	cr_assert_eq(rc, ANGKA_OK, "%s", err.message);
	cr_assert_eq(f.n, 1, "%zu mentions", f.n);
	cr_expect_str_eq(f.m[0].region->code, "64");
	/* appends to what is there */
	rc = angka_gazetteer_find(&f.m, &f.n, gaz, text, 19, strlen(text), NULL, &err);
	cr_assert_eq(rc, ANGKA_OK);
	cr_assert_eq(f.n, 2);
	cr_expect_str_eq(f.m[1].region->code, "61");
	cr_expect_eq(f.m[1].start, 25);
	free(f.m);

	rc = angka_gazetteer_find(&f.m, &f.n, gaz, text, 5, 2, NULL, &err);
	cr_expect_eq(rc, ANGKA_EINVAL);
}

/* The seed articles end to end: every mention resolves to a real code and
 * the regions the expected figures name are all found. */
Test(regions, seed_articles_mention_their_regions)
{
	static const struct {
		const char *file;
		const char *codes[4];
	} seeds[] = {
	        {"000_314ee92051ee0f53.txt", {"62", "62.71"}},
	        {"001_b7a9ab85f0423bf7.txt", {"62", "62.71"}},
	        {"002_863b6271acea14ee.txt", {"61", "61.71"}},
	        {"003_f8806416e8b14334.txt", {"15", "15.04", "15.71", "15.07"}},
	        {"004_d2b3179173fcdedf.txt", {"64", "64.74", "64.08", "64.72"}},
	};
	for (size_t s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
		char path[512];
		snprintf(path, sizeof path, "%s/seeds/%s", ANGKA_SHARED_DIR, seeds[s].file);
		FILE *fp = fopen(path, "rb");
		cr_assert_not_null(fp, "cannot open %s", path);
		static char text[1 << 16];
		size_t len = fread(text, 1, sizeof text - 1, fp);
		fclose(fp);
		text[len] = '\0';
		found f = find(text, NULL);
		cr_expect_gt(f.n, 0, "%s: no mentions", seeds[s].file);
		for (size_t c = 0; c < 4 && seeds[s].codes[c] != NULL; c++) {
			bool seen = false;
			for (size_t i = 0; i < f.n; i++)
				seen = seen ||
				       (f.m[i].region->code != NULL &&
				        strcmp(f.m[i].region->code, seeds[s].codes[c]) == 0);
			cr_expect(seen, "%s: %s not found", seeds[s].file, seeds[s].codes[c]);
		}
		for (size_t i = 0; i < f.n; i++) {
			cr_expect_leq(f.m[i].end, len);
			cr_expect_lt(f.m[i].start, f.m[i].end);
			if (i > 0)
				cr_expect_geq(f.m[i].start, f.m[i - 1].end, "overlap");
		}
		free(f.m);
	}
}

/* ---- bad rule files --------------------------------------------------- */

static char bad_dir[64];

static void write_file(const char *path, const char *content)
{
	FILE *fp = fopen(path, "w");
	cr_assert_not_null(fp);
	fputs(content, fp);
	fclose(fp);
}

/* Loads regions_text and abbrev_text from temporary files; returns the code
 * and leaves the message in err. */
static int load_texts(const char *regions_text, const char *abbrev_text, angka_error *err,
                      char *regions_path, char *abbrev_path)
{
	strcpy(bad_dir, "/tmp/angka-regions-XXXXXX");
	cr_assert_not_null(mkdtemp(bad_dir));
	snprintf(regions_path, 128, "%s/regions.tsv", bad_dir);
	snprintf(abbrev_path, 128, "%s/abbrev.tsv", bad_dir);
	write_file(regions_path, regions_text);
	write_file(abbrev_path, abbrev_text);
	angka_gazetteer *g = NULL;
	int rc = angka_gazetteer_load(&g, regions_path, abbrev_path, err);
	if (rc == ANGKA_OK)
		cr_expect_not_null(g);
	else
		cr_expect_null(g);
	angka_gazetteer_free(g);
	unlink(regions_path);
	unlink(abbrev_path);
	rmdir(bad_dir);
	return rc;
}

#define REGIONS_HEAD "# test\ncode\tname\tlevel\tparent_code\n"
#define ABBREV_HEAD  "abbreviation\tname\tlevel\tcode\tparent_code\tnote\n"
#define GOOD_REGIONS                                                                               \
	REGIONS_HEAD "15\tJambi\tprovince\t\n15.04\tKabupaten Batanghari\tregency\t15\n"           \
	             "15.71\tKota Jambi\tcity\t15\n"

static void expect_load_error(const char *regions_text, const char *abbrev_text, bool in_abbrev,
                              const char *line_and_words)
{
	angka_error err = {0};
	char regions_path[128], abbrev_path[128];
	int rc = load_texts(regions_text, abbrev_text, &err, regions_path, abbrev_path);
	cr_expect_eq(rc, ANGKA_ERULE, "rc %d: %s", rc, err.message);
	char where[256];
	snprintf(where, sizeof where, "%s:%s", in_abbrev ? abbrev_path : regions_path,
	         line_and_words);
	cr_expect(strstr(err.message, where) != NULL, "message '%s' lacks '%s'", err.message,
	          where);
}

Test(regions, small_good_files_load)
{
	angka_error err = {0};
	char regions_path[128], abbrev_path[128];
	int rc = load_texts(GOOD_REGIONS,
	                    ABBREV_HEAD "Jambi\tJambi\tprovince\t15\t\t\n"
	                                "Sumbagsel\tSumatera Bagian Selatan\tgrouping\t15\t\t\n",
	                    &err, regions_path, abbrev_path);
	cr_expect_eq(rc, ANGKA_OK, "%s", err.message);
}

Test(regions, bad_rule_files_name_file_and_line)
{
	const char *good_abbrev = ABBREV_HEAD "Jambi\tJambi\tprovince\t15\t\t\n";
	/* wrong column count on line 4 (the comment and header count) */
	expect_load_error(REGIONS_HEAD "15\tJambi\tprovince\t\n15.04\tKabupaten Batanghari\n",
	                  good_abbrev, false, "4:");
	expect_load_error(REGIONS_HEAD "15\tJambi\tprovinsi\t\n", good_abbrev, false,
	                  "3: unknown level 'provinsi'");
	expect_load_error(REGIONS_HEAD "15\tJambi\tprovince\t\n15.04\tKabupaten Batanghari\tregency"
	                               "\t99\n",
	                  good_abbrev, false, "4: parent_code 99");
	expect_load_error(REGIONS_HEAD "15\tJambi\tprovince\t\n15\tJambi\tprovince\t\n",
	                  good_abbrev, false, "4: code 15");
	expect_load_error("15\tJambi\tprovince\t\n", good_abbrev, false, "1: expected the header");
	/* abbreviation whose code is not in the regions file */
	expect_load_error(GOOD_REGIONS,
	                  ABBREV_HEAD "Jambi\tJambi\tprovince\t15\t\t\n"
	                              "Kalteng\tKalimantan Tengah\tprovince\t62\t\t\n",
	                  true, "3: code '62'");
	expect_load_error(GOOD_REGIONS,
	                  ABBREV_HEAD "Kutim\tKabupaten Kutai Timur\tkabupaten\t15.04"
	                              "\t15\t\n",
	                  true, "2: unknown level 'kabupaten'");
	expect_load_error(GOOD_REGIONS, ABBREV_HEAD "Bh\tKabupaten Batang\tregency\t15.04\t15\t\n",
	                  true, "2: code 15.04 is the regency 'Kabupaten Batanghari'");
	expect_load_error(GOOD_REGIONS,
	                  ABBREV_HEAD "Jb\tJambi\tprovince\t15\t\t\n"
	                              "Jb\tKota Jambi\tcity\t15.71\t15\t\n",
	                  true, "3: 'Jb' already stands for Jambi");
	expect_load_error(GOOD_REGIONS, ABBREV_HEAD "G\tG\tgrouping\t15;16\t\t\n", true,
	                  "2: member code 16");
	expect_load_error(GOOD_REGIONS, ABBREV_HEAD "Jambi\tJambi\tprovince\t15\n", true,
	                  "2: 4 tab-separated columns, expected 6");
}

Test(regions, missing_file_is_not_found)
{
	angka_gazetteer *g = NULL;
	angka_error err = {0};
	int rc = angka_gazetteer_load(&g, "/nonexistent/regions.tsv", ABBREV_TSV, &err);
	cr_expect_eq(rc, ANGKA_ENOTFOUND);
	cr_expect_null(g);
	cr_expect(strstr(err.message, "/nonexistent/regions.tsv") != NULL, "%s", err.message);
}

/* ---- issue 5: prefixes, datelines, groupings ---------------------------- */

Test(regions, government_prefixes_say_the_level)
{
	/* Pemprov names the province, Pemkot the city, Pemkab and Kab. the regency,
	 * even where province and city (or regency and city) share a name. */
	cr_expect_str_eq(only_code("Pemprov Jambi menargetkan", NULL, NULL), "15");
	cr_expect_str_eq(only_code("Pemkot Jambi menargetkan", NULL, NULL), "15.71");
	cr_expect_str_eq(only_code("Pemerintah Kota Jambi menargetkan", NULL, NULL), "15.71");
	cr_expect_str_eq(only_code("Pemerintah Provinsi Jawa Barat", NULL, NULL), "32");
	cr_expect_str_eq(only_code("Pemprov Sumsel", NULL, NULL), "16");
	cr_expect_str_eq(only_code("Pemkab Bekasi", NULL, NULL), "32.16");
	cr_expect_str_eq(only_code("Kab. Bekasi", NULL, NULL), "32.16");
	cr_expect_str_eq(only_code("Kab Tebo", NULL, NULL), "15.09");
	cr_expect_str_eq(only_code("Pemkot Palangka Raya", NULL, NULL), "62.71");
	cr_expect_str_eq(only_code("Pemkab Muara Enim", NULL, NULL), "16.03");
	found f = find("Pemprov Jambi", NULL);
	cr_assert_eq(f.n, 1);
	expect(&f, 0, "Pemprov Jambi", "Pemprov Jambi", "15", "Jambi");
	free(f.m);
}

Test(regions, a_dateline_city_has_its_province)
{
	/* The normalizer maps a dateline's city to the province it belongs to
	 * (tests/e2e/test_facts.sh checks it end to end): the parent code is
	 * there and names the province. */
	const angka_region *city = lookup("PALANGKA RAYA", NULL);
	cr_assert_not_null(city);
	cr_expect_eq(city->level, ANGKA_REGION_CITY);
	cr_assert_str_eq(city->parent_code, "62");
	const angka_region *province = angka_gazetteer_by_code(gaz, city->parent_code);
	cr_assert_not_null(province);
	cr_expect_str_eq(province->name, "Kalimantan Tengah");
	cr_expect_eq(province->level, ANGKA_REGION_PROVINCE);
	cr_expect_str_eq(lookup("Jambi", NULL)->code, "15", "a dateline 'JAMBI' is the province");
}

Test(regions, groupings_are_never_provinces)
{
	static const char *const groupings[] = {"Kanwil Kalimantan", "Kantor Wilayah Sumbagsel",
	                                        "wilayah Sumbagut"};
	for (size_t i = 0; i < sizeof groupings / sizeof *groupings; i++) {
		found f = find(groupings[i], NULL);
		cr_assert_eq(f.n, 1, "'%s': %zu mentions", groupings[i], f.n);
		cr_expect_eq(f.m[0].region->level, ANGKA_REGION_GROUPING, "'%s'", groupings[i]);
		cr_expect_null(f.m[0].region->code, "'%s' has no code", groupings[i]);
		cr_expect_null(f.m[0].region->parent_code);
		free(f.m);
	}
	/* "Kalimantan Barat" is the province, not the grouping plus a word */
	cr_expect_str_eq(only_code("Kanwil Kalimantan Barat", NULL, NULL), "61");
}

/* An island regency named without "Kepulauan", as the press names it; a
 * short such name ("Aru") only after a prefix. */
Test(regions, island_regencies_without_kepulauan)
{
	cr_expect_str_eq(only_code("cakupan di Kabupaten Selayar naik", NULL, NULL), "73.01");
	cr_expect_str_eq(only_code("Pemkab Meranti mendaftarkan", NULL, NULL), "14.10");
	cr_expect_str_eq(only_code("pekerja di Mentawai", NULL, NULL), "13.09");
	cr_expect_str_eq(only_code("Kabupaten Kepulauan Mentawai", NULL, NULL), "13.09");
	cr_expect_str_eq(only_code("Kabupaten Aru", NULL, NULL), "81.07");
	cr_expect_str_eq(only_code("nelayan asal Aru", NULL, NULL), "");
}

/* "Kep." shortens "Kepulauan" inside a name, as tables write it. */
Test(regions, kep_with_a_full_stop_is_kepulauan)
{
	const char *text = "| Kep. Riau | 0.98 |";
	found f = find(text, NULL);
	expect(&f, 0, text, "Kep. Riau", "21", "Kepulauan Riau");
	free(f.m);
	cr_expect_str_eq(only_code("peserta di Kab. Kep. Meranti", NULL, NULL), "14.10");
	cr_expect_str_eq(only_code("KEP. BANGKA BELITUNG", NULL, NULL), "19");
	cr_expect_str_eq(only_code("Kep Riau", NULL, NULL), "14", "no full stop: no short form");
}

/* A regional office's grouping is named spelled out, as analysts write it,
 * whichever form the text uses. */
Test(regions, a_grouping_is_named_spelled_out)
{
	const char *text = "Kanwil Jateng DIY mencatat";
	found f = find(text, NULL);
	expect(&f, 0, text, "Jateng DIY", NULL, "Jawa Tengah dan DIY");
	free(f.m);
}

/* In a title every word is capitalised, so the capitals after "Cabang
 * Jambi" do not make it a longer name: the branch is the city's. */
Test(regions, a_branch_in_a_title_is_its_city)
{
	cr_expect_str_eq(
	        only_code("BPJS Ketenagakerjaan Cabang Jambi Bayar Klaim Rp312 Miliar", NULL, NULL),
	        "15.71");
	cr_expect_str_eq(only_code("kata Kepala Cabang Jambi Raya", NULL, NULL), "15",
	                 "in a sentence, capitals after the name are part of it");
}
