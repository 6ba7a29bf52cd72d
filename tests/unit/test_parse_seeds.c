/* Tests for the parse stage on the five seed articles (../shared/seeds):
 * their text and HTML forms read the same. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/parse.h"
#include "parse_helper.h"

/* The seed articles ------------------------------------------------------------- */

static angka_article *seed(const char *name, const char *fetched_at)
{
	size_t len;
	char *bytes = read_test_file(ANGKA_SHARED_DIR "/seeds", name, &len);
	angka_article *a = must_parse(ANGKA_CONTENT_TEXT, bytes, NULL, fetched_at);
	free(bytes);
	static const char *const furniture[] = {"Baca Juga", "Terpopuler", "Lorem Ipsum", "26.1 C",
	                                        NULL};
	for (size_t i = 0; furniture[i] != NULL; i++)
		cr_expect_null(strstr(a->text, furniture[i]), "%s: '%s' leaked", name,
		               furniture[i]);
	return a;
}

Test(parse_seeds, seed_000_prokalteng)
{
	angka_article *a = seed("000_314ee92051ee0f53.txt", NULL);
	cr_expect_eq(count(a->text, "Ia juga mengungkapkan bahwa pada tahun 2024"), 1);
	cr_expect_eq(count(a->text, "1.009.250 pekerja"), 1);
	cr_expect_null(strstr(a->text, "Wednesday"));
	cr_expect_null(strstr(a->text, "Artikel Terbaru"));
	cr_expect_str_eq(a->title, "BPJS Ketenagakerjaan dan Pemprov Kalteng Sinergikan Upaya "
	                           "Perlindungan Pekerja, Capaian UCJ 46,2%");
	cr_expect_str_eq(a->published, "2025-03-26");
	cr_expect_str_eq(a->dateline_place, "PALANGKA RAYA");
	cr_expect(dropped(a, "repeated", "Ia juga mengungkapkan"));
	angka_article_free(a);
}

Test(parse_seeds, seed_001_kalteng_prov)
{
	angka_article *a = seed("001_b7a9ab85f0423bf7.txt", NULL);
	cr_expect_eq(count(a->text, "Pemprov Kalteng Bersama BPJS Ketenagakerjaan Upayakan"), 1);
	cr_expect_null(strstr(a->text, "Share"));
	cr_expect_null(strstr(a->text, "Tulisan:"));
	cr_expect(strstr(a->text, "239.430 tenaga kerja"));
	cr_expect_str_eq(a->published, "2022-07-06");
	angka_article_free(a);
}

Test(parse_seeds, seed_002_prokal)
{
	angka_article *a = seed("002_863b6271acea14ee.txt", NULL);
	cr_expect_null(strstr(a->text, "Dilarang"));
	cr_expect_null(strstr(a->text, "Editor"));
	cr_expect_null(strstr(a->text, "Photo Author"));
	cr_expect_null(strstr(a->text, "Desember"));
	cr_expect_null(strstr(a->text, "Rekomendasi"));
	cr_expect(strstr(a->text, "Rp 711,58 miliar"));
	cr_expect_str_eq(a->published, "2025-03-18");
	cr_expect_str_eq(a->dateline_place, "Pontianak");
	angka_article_free(a);
}

Test(parse_seeds, seed_003_rri_jambi)
{
	angka_article *a = seed("003_f8806416e8b14334.txt", "2025-06-14T10:00:00Z");
	cr_expect_eq(count(a->text, "BPJS Ketenagakerjaan dan Pemprov Jambi Kolaborasi"), 1);
	cr_expect_null(strstr(a->text, "Layanan Chat"));
	cr_expect_null(strstr(a->text, "Mohon Tunggu"));
	cr_expect(strstr(a->text, "39,52%"));
	cr_expect_str_eq(a->published, "2025-03-14");
	cr_expect(a->published_approx);
	cr_expect_str_eq(a->dateline_place, "Jambi");
	cr_expect_str_eq(a->author, "Rizki Amalia");
	angka_article_free(a);
}

Test(parse_seeds, seed_004_inibalikpapan)
{
	angka_article *a = seed("004_d2b3179173fcdedf.txt", NULL);
	cr_expect_null(strstr(a->text, "Berita Terkait"));
	cr_expect_null(strstr(a->text, "Layanan Chat"));
	cr_expect(strstr(a->text, "Kota Bontang dan Kutai Timur"));
	cr_expect_str_eq(a->published, "2025-05-14");
	cr_expect_str_eq(a->dateline_place, "SAMARINDA");
	angka_article_free(a);
}

/* The seeds as HTML pages (samples/): the same article text as the captured
 * text, and the date from wherever each page keeps it. */
Test(parse_seeds, html_samples_match_text_seeds)
{
	static const struct {
		const char *name;
		const char *published;
	} samples[] = {
	        {"000_314ee92051ee0f53", "2025-03-26"}, {"001_b7a9ab85f0423bf7", "2022-07-06"},
	        {"002_863b6271acea14ee", "2025-03-18"}, {"003_f8806416e8b14334", "2024-08-14"},
	        {"004_d2b3179173fcdedf", "2025-05-14"},
	};
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		char name[64];
		snprintf(name, sizeof name, "%s.html", samples[i].name);
		size_t len = 0;
		char *page = read_test_file(ANGKA_SOURCE_DIR "/samples", name, &len);
		angka_article *h = html(page);
		free(page);
		snprintf(name, sizeof name, "%s.txt", samples[i].name);
		angka_article *t = seed(name, NULL);
		cr_expect_str_eq(h->text, t->text, "%s: HTML and text differ", samples[i].name);
		cr_expect_str_eq(h->published ? h->published : "(null)", samples[i].published, "%s",
		                 samples[i].name);
		angka_article_free(h);
		angka_article_free(t);
	}
}
