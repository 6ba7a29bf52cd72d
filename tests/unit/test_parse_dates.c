/* When and where an article was written, read by the parse stage from its
 * page or its text: the publication date (meta tags, JSON-LD, dates shown on
 * the page, dates relative to when it was fetched) and the dateline's place. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/parse.h"
#include "parse/dates.h"
#include "parse_helper.h"
#include "parse_pages.h"

/* Publication dates ------------------------------------------------------------ */

static void expect_published(const char *page, const char *expected)
{
	angka_article *a = html(page);
	if (expected == NULL)
		cr_expect_null(a->published, "got %s", a->published);
	else
		cr_expect_str_eq(a->published ? a->published : "(null)", expected);
	cr_expect_not(a->published_approx);
	angka_article_free(a);
}

#define ARTICLE_WITH(head, body)                                                                   \
	"<html><head>" head "</head><body><article><h1>Judul Berita Tentang Jaminan "              \
	"Sosial</h1>" body BODY1 BODY2 "</article></body></html>"

Test(parse_dates, meta_article_published_time)
{
	expect_published(ARTICLE_WITH("<meta property='article:published_time' "
	                              "content='2025-03-18T11:10:00+07:00'>",
	                              "<time datetime='2020-01-01'>1 Jan 2020</time>"),
	                 "2025-03-18");
}

Test(parse_dates, itemprop_date_published)
{
	expect_published(ARTICLE_WITH("", "<span itemprop='datePublished' "
	                                  "content='2024-08-12'>12 Agustus 2024</span>"),
	                 "2024-08-12");
	expect_published(ARTICLE_WITH("<meta itemprop='datePublished' content='2023-02-01'>", ""),
	                 "2023-02-01");
}

Test(parse_dates, json_ld_news_article)
{
	expect_published(
	        ARTICLE_WITH("<script type='application/ld+json'>{\"@context\":"
	                     "\"https://schema.org\",\"@type\":\"NewsArticle\","
	                     "\"headline\":\"X\",\"datePublished\":\"2025-05-14T08:00:00Z\","
	                     "\"author\":[{\"@type\":\"Person\",\"name\":\"Glen\"}]}</script>",
	                     ""),
	        "2025-05-14");
	angka_article *a = html(ARTICLE_WITH("<script type='application/ld+json'>{\"@type\":"
	                                     "\"Article\",\"datePublished\":\"2025-05-14\","
	                                     "\"author\":{\"name\":\"Glen\"}}</script>",
	                                     ""));
	cr_expect_str_eq(a->author, "Glen");
	angka_article_free(a);
}

Test(parse_dates, json_ld_graph)
{
	expect_published(
	        ARTICLE_WITH(
	                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
	                "\"@graph\":[{\"@type\":\"WebSite\",\"datePublished\":\"2019-01-01\"},"
	                "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2024-08-13T09:00:00+07:"
	                "00\","
	                "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Antara\"}}]}</script>"
	                "<script type='application/ld+json'>{ not json</script>",
	                ""),
	        "2024-08-13");
}

Test(parse_dates, time_datetime_in_article)
{
	expect_published(ARTICLE_WITH("", "<time datetime='2022-07-06T09:00'>6 Juli 2022</time>"),
	                 "2022-07-06");
}

Test(parse_dates, visible_dateline_in_html)
{
	expect_published(
	        ARTICLE_WITH("", "<div class='date'>Selasa, 18 Maret 2025 | 11:10 WIB</div>"),
	        "2025-03-18");
}

Test(parse_dates, header_widget_date_not_published_in_html)
{
	/* The page's "today" widget sits above the title, inside the article. */
	expect_published("<html><body><article><div class='today'>Rabu, 14 Mei 2025</div>"
	                 "<h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1 BODY2
	                 "</article></body></html>",
	                 NULL);
}

static void expect_text_published(const char *body, const char *fetched_at, const char *expected,
                                  bool approx)
{
	angka_article *a = text(body, fetched_at);
	if (expected == NULL)
		cr_expect_null(a->published, "got %s", a->published);
	else
		cr_expect_str_eq(a->published ? a->published : "(null)", expected);
	cr_expect_eq(a->published_approx, approx);
	angka_article_free(a);
}

Test(parse_dates, visible_weekday_and_numeric_date)
{
	expect_text_published(TITLE "PALANGKA RAYA, PROKALTENG.CO – Rapat digelar di hotel, "
	                            "Rabu (26/03/2025).\n\n" PLAIN,
	                      NULL, "2025-03-26", false);
	expect_text_published(TITLE "- Selasa, 18 Maret 2025 | 11:10 WIB\n\n" PLAIN, NULL,
	                      "2025-03-18", false);
}

Test(parse_dates, visible_plain_dates)
{
	expect_text_published(TITLE "Samarinda, 14/5/2025\n\n" PLAIN, NULL, "2025-05-14", false);
	expect_text_published(TITLE "Kegiatan dibuka di Hotel Best Western pada 6 Juli 2022 "
	                            "oleh staf ahli.\n\n" PLAIN,
	                      NULL, "2022-07-06", false);
	expect_text_published(TITLE "Rapat berlangsung 12 Agt 2024 di kantor.\n\n" PLAIN, NULL,
	                      "2024-08-12", false);
}

Test(parse_dates, relative_dates_against_fetched_at)
{
	expect_text_published(TITLE "3 bulan lalu\n\n" PLAIN, "2025-06-14T10:00:00Z", "2025-03-14",
	                      true);
	expect_text_published(TITLE "2 hari lalu\n\n" PLAIN, "2025-03-01T10:00:00Z", "2025-02-27",
	                      true);
	expect_text_published(TITLE "1 jam lalu\n\n" PLAIN, "2025-01-01T00:30:00Z", "2024-12-31",
	                      true);
	expect_text_published(TITLE "3 bulan lalu\n\n" PLAIN, NULL, NULL, false);
}

Test(parse_dates, header_widget_date_not_published_in_text)
{
	angka_article *a = text("26°C\nJakarta\nWednesday, May 14, 2025\n\n" TITLE PLAIN, NULL);
	cr_expect_null(a->published);
	cr_expect(dropped(a, "header-widget", "Wednesday, May 14, 2025"));
	cr_expect(dropped(a, "header-widget", "26°C"));
	cr_expect_null(strstr(a->text, "May 14"));
	cr_expect_str_eq(a->title,
	                 "Pemprov dan BPJS Ketenagakerjaan Perkuat Sinergi Perlindungan Pekerja");
	angka_article_free(a);
	a = text("• Senin, 22 Desember 2025\n\n" TITLE "Rapat digelar Selasa, 18 Maret 2025 di "
	         "Pontianak.\n",
	         NULL);
	cr_expect_str_eq(a->published, "2025-03-18");
	angka_article_free(a);
}

Test(parse_dates, date_parser_forms)
{
	angka_ymd d;
	cr_assert_eq(angka_date_parse_at(&d, "12 Agustus 2024", 15), 15);
	cr_expect(d.year == 2024 && d.month == 8 && d.day == 12);
	cr_assert_eq(angka_date_parse_at(&d, "26/03/2025)", 11), 10);
	cr_expect(d.year == 2025 && d.month == 3 && d.day == 26);
	cr_assert_gt(angka_date_parse_at(&d, "May 14, 2025", 12), 0);
	cr_expect(d.year == 2025 && d.month == 5 && d.day == 14);
	cr_assert_gt(angka_date_parse_at(&d, "2025-03-18T11:10", 16), 0);
	cr_expect(d.month == 3 && d.day == 18);
	cr_expect_eq(angka_date_parse_at(&d, "31 Februari 2024", 16), 0);
	cr_expect_eq(angka_date_parse_at(&d, "3/2022", 6), 0);
	size_t s, e;
	const char *numbers = "sebanyak 1.009.250 pekerja dan UU 40/2004 serta 24/2011";
	cr_expect_not(angka_date_find(&d, &s, &e, numbers, strlen(numbers)));
	cr_expect_eq(angka_date_month("Des", 3), 12);
	cr_expect_eq(angka_date_month("Agt.", 4), 8);
	cr_expect_eq(angka_date_month("Mei", 3), 5);
	cr_expect_eq(angka_date_month("Juni", 4), 6);
	cr_expect_eq(angka_date_month("Senin", 5), 0);
	cr_expect(angka_date_is_line("Wednesday, May 14, 2025", 23));
	cr_expect(angka_date_is_line("3 bulan lalu", 12));
	cr_expect_not(angka_date_is_line("Rapat pada 6 Juli 2022", 22));
	/* A dateline's place, and its outlet, before the date. */
	cr_expect(angka_date_is_line("Padang, 12 Maret 2025", 21));
	cr_expect(angka_date_is_line("Padang (ANTARA) 12 Maret 2025", 29));
	cr_expect_not(angka_date_is_line("Peserta naik, 12 Maret 2025", 27));
	char iso[11];
	angka_date_format(iso, &(angka_ymd){2024, 8, 2});
	cr_expect_str_eq(iso, "2024-08-02");
}

/* Datelines ------------------------------------------------------------------ */

static void expect_place(const char *first_paragraph, const char *expected)
{
	char body[1024];
	snprintf(body, sizeof body, "%s%s\n\n%s", TITLE, first_paragraph, PLAIN);
	angka_article *a = text(body, NULL);
	if (expected == NULL)
		cr_expect_null(a->dateline_place, "got %s", a->dateline_place);
	else
		cr_expect_str_eq(a->dateline_place ? a->dateline_place : "(null)", expected);
	angka_article_free(a);
}

Test(parse_dateline, places)
{
	expect_place("PALANGKA RAYA, PROKALTENG.CO – Dalam upaya meningkatkan perlindungan.",
	             "PALANGKA RAYA");
	expect_place("KBRN,Jambi: BPJS Ketenagakerjaan besama Pemerintah Provinsi Jambi.", "Jambi");
	/* An outlet whose name has an acronym, after the place. */
	expect_place("Jakarta, CNBC Indonesia - Hingga akhir September 2025, BPJS Ketenagakerjaan "
	             "membayar klaim.",
	             "Jakarta");
	expect_place("Jakarta, IDN Times - BPJS Ketenagakerjaan mencatat klaim naik.", "Jakarta");
	expect_place("PROKAL.co, Pontianak– BPJS Ketenagakerjaan terus memperkuat sinergi.",
	             "Pontianak");
	expect_place("SAMARINDA, Inibalikpapan.com – Pemerintah Provinsi menegaskan komitmennya.",
	             "SAMARINDA");
	expect_place("JAKARTA, KOMPAS.com - Pemerintah terus mendorong kepesertaan.", "JAKARTA");
	expect_place("Jakarta (ANTARA) - Pemerintah terus mendorong kepesertaan.", "Jakarta");
	/* the outlet first, then the place ended by a full stop */
	expect_place("KONTAN.CO.ID - JAKARTA. Jumlah pekerja rentan terus bertambah.", "JAKARTA");
	expect_place("KONTAN.CO.ID - Jumlah pekerja rentan terus bertambah.", NULL);
	/* an outlet by its web address, in lower case */
	expect_place("JAKARTA, investor.id - BPJS Ketenagakerjaan membayarkan klaim.", "JAKARTA");
	expect_place("jpnn.com, JAKARTA - Kementerian Ketenagakerjaan mencatat 2,48 juta pekerja.",
	             "JAKARTA");
	expect_place("detik.com, Indonesia maju terus.", NULL);
	expect_place("Medan, detik.com - Pemerintah terus mendorong kepesertaan.", "Medan");
	expect_place("Dalam sambutannya, Wakil Gubernur menekankan pentingnya rapat - katanya.",
	             NULL);
	/* a place in mixed case, set off from a dash by spaces */
	expect_place("Jakarta - Kementerian Ketenagakerjaan mencatat manfaat JKP.", "Jakarta");
	expect_place("Wakil Gubernur Kalbar - menekankan pentingnya rapat.", NULL);
	/* one word before a colon (Medcom, Metrotvnews); not a label */
	expect_place("Jakarta: Dewan Jaminan Sosial Nasional menyoroti kepesertaan.", "Jakarta");
	expect_place("Sumber: BPJS Ketenagakerjaan Cabang Medan.", NULL);
	expect_place("Wakil Gubernur: kami menekankan pentingnya rapat.", NULL);
	/* a byline: the reporter and the outlet */
	expect_place("Nadhira Salsabila - detikFinance", NULL);
	/* a caption's label is no place */
	expect_place("Ilustrasi - Petugas BPJS Ketenagakerjaan melayani peserta.", NULL);
	/* an item of a list of places and their numbers */
	expect_place("Kalimantan Timur \xE2\x80\x94 1.214.930 peserta (60,37 persen)", NULL);
}

Test(text, dateline_forms)
{
	static const struct {
		const char *lead, *place;
	} cases[] = {
	        {"MATARAM – Lebih dari seribu pekerja terdaftar.", "MATARAM"},
	        {"Jakarta, Kamis (30/1/2025) – BPJS Ketenagakerjaan mencatat kenaikan.", "Jakarta"},
	        {"DENPASAR, Balipost – Sebanyak seribu pemangku terlindungi.", "DENPASAR"},
	        {"KBRN, Jambi: BPJS Ketenagakerjaan menggelar rapat.", "Jambi"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char body[256];
		snprintf(body, sizeof body, "Judul berita yang cukup panjang untuk judul\n\n%s\n",
		         cases[i].lead);
		angka_article *a = text(body, NULL);
		cr_expect(a->dateline_place && strcmp(a->dateline_place, cases[i].place) == 0,
		          "'%s': dateline '%s', expected '%s'", cases[i].lead,
		          a->dateline_place ? a->dateline_place : "(none)", cases[i].place);
		angka_article_free(a);
	}
	/* An ordinary sentence with a dash opens no dateline. */
	angka_article *a = text("Judul berita yang cukup panjang untuk judul\n\n"
	                        "Menurut dia - hal itu penting.\n",
	                        NULL);
	cr_expect_null(a->dateline_place);
	angka_article_free(a);
}

/* A section and a byline ("News - Salsabila Putri, CNBC Indonesia") are no
 * dateline: the story's own comes after them. */
Test(parse_dateline, a_byline_after_a_section_is_no_dateline)
{
	expect_place("News - Salsabila Putri, CNBC Indonesia\n\nJakarta, CNBC Indonesia - BPJS "
	             "Kesehatan mencatat jumlah peserta program JKN.",
	             "Jakarta");
}
