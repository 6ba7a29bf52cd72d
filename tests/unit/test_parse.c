/* Tests for the parse stage: boilerplate removal, repeats, titles, dates,
 * datelines, charsets and errors (the seed articles: test_parse_seeds.c). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/parse.h"
#include "parse/dates.h"
#include "parse_helper.h"

#define BODY1                                                                                      \
	"<p>Pemerintah provinsi menggelar rapat koordinasi untuk memperluas cakupan jaminan "      \
	"sosial bagi pekerja, dengan target 59,56 persen pada akhir tahun.</p>"
#define BODY2                                                                                      \
	"<p>Hingga saat ini, sebanyak 465.940 pekerja atau sekitar 46,2 persen telah "             \
	"terlindungi oleh program jaminan sosial ketenagakerjaan di provinsi itu.</p>"
#define BODY3                                                                                      \
	"<p>Kepala cabang menyampaikan bahwa kolaborasi dengan pemerintah daerah sangat "          \
	"penting, terutama untuk pekerja informal, pekerja rentan dan tenaga honorer.</p>"

/* HTML: boilerplate -------------------------------------------------------- */

Test(parse_html, boilerplate_classes_and_tags_removed)
{
	angka_article *a = html(
	        "<html><head><title>Judul</title></head><body>"
	        "<header><div class='weather'>26.1 C</div><a href='/'>Beranda Situs</a></header>"
	        "<nav><a href='/a'>Navigasi Utama</a></nav>"
	        "<div class='breadcrumb'><a>Breadcrumb Home</a></div>"
	        "<article><h1>Rapat Koordinasi Jaminan Sosial Pekerja Provinsi</h1>"
	        "<div class='social-share'>Bagikan Facebook Twitter</div>" BODY1
	        "<div class='iklan'>Pasang Iklan Disini</div>" BODY2
	        "<div class='related-posts'><p>Related one teaser text</p></div>"
	        "<div id='comments'><p>Komentar pembaca pertama yang cukup panjang.</p></div>"
	        "<div class='author-box'>Tentang Penulis Kotak</div>" BODY3
	        "<div class='sosmed'>Ikuti Sosmed Kami</div>"
	        "<div class='tags'><a>Tag BPJS</a></div>"
	        "<div class='newsletter'>Langganan Newsletter Harian</div>"
	        "<form><input> Cari Formulir</form>"
	        "<script>var scriptText = 1;</script><style>.x{}</style>"
	        "<div style='display:none'>Teks Tersembunyi</div>"
	        "</article>"
	        "<aside><h3>Terpopuler</h3><ul><li><a>Berita Populer Satu</a></li></ul></aside>"
	        "<div class='cookie-banner'>Cookie Consent Text</div>"
	        "<div class='chat-widget'>Layanan Chat Widget</div>"
	        "<footer>Footer Hak Cipta</footer></body></html>");
	static const char *const gone[] = {
	        "26.1 C",           "Beranda Situs", "Navigasi Utama",   "Breadcrumb Home",
	        "Bagikan Facebook", "Pasang Iklan",  "Related one",      "Komentar pembaca",
	        "Tentang Penulis",  "Ikuti Sosmed",  "Tag BPJS",         "Langganan Newsletter",
	        "Cari Formulir",    "scriptText",    "Teks Tersembunyi", "Berita Populer",
	        "Cookie Consent",   "Layanan Chat",  "Footer Hak Cipta", NULL};
	for (size_t i = 0; gone[i] != NULL; i++)
		cr_expect_null(strstr(a->text, gone[i]), "'%s' leaked into the text", gone[i]);
	cr_expect(strstr(a->text, "target 59,56 persen"));
	cr_expect(strstr(a->text, "465.940 pekerja"));
	cr_expect(strstr(a->text, "tenaga honorer."));
	cr_expect(dropped(a, "ads", "Pasang Iklan"));
	cr_expect(dropped(a, "share", "Bagikan Facebook"));
	cr_expect(dropped(a, "comments", "Komentar pembaca"));
	angka_article_free(a);
}

Test(parse_html, layout_wrapper_named_sidebar_is_kept)
{
	angka_article *a =
	        html("<html><body><div class='container has-sidebar'><main>"
	             "<h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1 BODY2
	             "</main><div class='sidebar'>Sidebar Teks</div></div></body></html>");
	cr_expect(strstr(a->text, "465.940"));
	cr_expect_null(strstr(a->text, "Sidebar Teks"));
	angka_article_free(a);
}

Test(parse_html, content_chosen_by_text_density)
{
	angka_article *a = html(
	        "<html><body><div id='wrap'>"
	        "<div class='col-a'><ul><li><a href='/1'>Tautan satu ke berita lain</a></li>"
	        "<li><a href='/2'>Tautan dua ke berita lain</a></li></ul>"
	        "<p><a href='/3'>Sebuah paragraf yang seluruhnya adalah tautan ke halaman "
	        "lain</a></p>"
	        "</div>"
	        "<div class='col-b'><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1 BODY2 BODY3
	        "</div></div></body></html>");
	cr_expect(strstr(a->text, "465.940"));
	cr_expect_null(strstr(a->text, "Tautan satu"));
	cr_expect_null(strstr(a->text, "seluruhnya adalah tautan"));
	angka_article_free(a);
}

Test(parse_html, baca_juga_paragraph_removed)
{
	angka_article *a =
	        html("<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1
	             "<p><strong>Baca Juga:</strong> <a href='/x'>Pabrik Pakan Diresmikan</a></p>"
	             "<p>BACA JUGA: Harga Cabai Naik Lagi</p>"
	             "<p>Simak juga: Video Rapat Koordinasi</p>"
	             "<p>Lihat juga: Galeri Foto Kegiatan</p>" BODY2 "</article></body></html>");
	cr_expect_null(strstr(a->text, "Pabrik Pakan"));
	cr_expect_null(strstr(a->text, "Harga Cabai"));
	cr_expect_null(strstr(a->text, "Video Rapat"));
	cr_expect_null(strstr(a->text, "Galeri Foto"));
	cr_expect(dropped(a, "baca-juga", "Pabrik Pakan"));
	cr_expect(strstr(a->text, "465.940"));
	angka_article_free(a);
}

Test(parse_html, baca_juga_link_list_removed)
{
	angka_article *a =
	        html("<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1
	             "<p>Baca juga:</p><ul><li><a href='/a'>Judul Artikel Lain Nomor Satu</a></li>"
	             "<li><a href='/b'>Judul Artikel Lain Nomor Dua</a></li></ul>" BODY2
	             "</article></body></html>");
	cr_expect_null(strstr(a->text, "Artikel Lain"));
	cr_expect_null(strstr(a->text, "Baca juga"));
	cr_expect(dropped(a, "baca-juga", "Nomor Dua"));
	cr_expect(strstr(a->text, "465.940"));
	angka_article_free(a);
}

Test(parse_html, baca_juga_linksisip_table_removed)
{
	angka_article *a =
	        html("<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1
	             "<table class='linksisip'><tr><td><b>Baca Juga:</b> "
	             "<a href='/y'>Pertamina Jamin Kualitas Pertamax</a></td></tr></table>" BODY2
	             "</article></body></html>");
	cr_expect_null(strstr(a->text, "Pertamina"));
	cr_expect(dropped(a, "baca-juga", "Pertamina"));
	cr_expect(strstr(a->text, "465.940"));
	angka_article_free(a);
}

Test(parse_html, trailing_lists_after_headings_removed)
{
	angka_article *a =
	        html("<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1 BODY2
	             "<h2>Berita Terkait</h2><ul><li><a>Lain Satu</a></li>"
	             "<li><a>Lain Dua</a></li></ul><h3>Tags</h3><p><a>BPJS</a> "
	             "<a>Kalteng</a></p></article></body></html>");
	cr_expect_null(strstr(a->text, "Berita Terkait"));
	cr_expect_null(strstr(a->text, "Lain Dua"));
	cr_expect_null(strstr(a->text, "Tags"));
	cr_expect_null(strstr(a->text, "Kalteng"));
	cr_expect(dropped(a, "related-list", "Lain Satu"));
	angka_article_free(a);
}

Test(parse_html, figcaption_credits_and_copyright_dropped)
{
	angka_article *a = html(
	        "<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>"
	        "<figure><img src='a.jpg'><figcaption>Suasana rapat di kantor gubernur</figcaption>"
	        "</figure>" BODY1 BODY2 "<p>Editor: Wawan</p><p>Penulis: Siti Aminah</p>"
	        "<p>Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan "
	        "artikel di "
	        "atas untuk konten akun media sosial komersil tanpa seizin redaksi.</p>"
	        "</article></body></html>");
	cr_expect_null(strstr(a->text, "Suasana rapat"));
	cr_expect_null(strstr(a->text, "Wawan"));
	cr_expect_null(strstr(a->text, "Dilarang mengambil"));
	cr_expect(dropped(a, "caption", "Suasana rapat"));
	cr_expect(dropped(a, "credit", "Wawan"));
	cr_expect(dropped(a, "copyright", "Dilarang"));
	cr_expect_str_eq(a->author, "Siti Aminah");
	angka_article_free(a);
}

Test(parse_html, repeated_paragraph_dropped_once)
{
	angka_article *a =
	        html("<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1 BODY2
	             "<p>  Hingga saat ini,   sebanyak 465.940 pekerja atau sekitar "
	             "46,2 persen telah\nterlindungi oleh program jaminan sosial "
	             "ketenagakerjaan di provinsi itu.</p>" BODY3 "</article></body></html>");
	cr_expect_eq(count(a->text, "465.940 pekerja"), 1);
	cr_expect(dropped(a, "repeated", "465.940"));
	cr_expect(strstr(a->text, "tenaga honorer."));
	angka_article_free(a);
}

Test(parse_html, table_rows_joined_with_bars)
{
	angka_article *a = html(
	        "<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1
	        "<table><thead><tr><th>Wilayah</th><th>Peserta</th><th>Cakupan</th></tr></thead>"
	        "<tbody><tr><td>Kabupaten Batang Hari</td><td>49.803</td><td>50,71%</td></tr>"
	        "<tr><td><p>Kota Jambi</p></td><td>&nbsp;60.100 </td><td>48,64%</td></tr></tbody>"
	        "</table>" BODY2 "</article></body></html>");
	cr_expect(strstr(a->text, "\n\nWilayah | Peserta | Cakupan\n\n"));
	cr_expect(strstr(a->text, "\n\nKabupaten Batang Hari | 49.803 | 50,71%\n\n"));
	cr_expect(strstr(a->text, "\n\nKota Jambi | 60.100 | 48,64%\n\n"));
	bool row_kind = false;
	char buf[128];
	for (size_t i = 0; i < a->n_paragraphs; i++)
		if (a->paragraphs[i].kind == ANGKA_BLOCK_TABLE_ROW &&
		    strcmp(paragraph(a, i, buf, sizeof buf), "Kota Jambi | 60.100 | 48,64%") == 0)
			row_kind = true;
	cr_expect(row_kind);
	angka_article_free(a);
}

Test(parse_html, headings_and_list_items_keep_their_kind)
{
	angka_article *a =
	        html("<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1
	             "<h2>Sebagian Daerah Belum Optimal</h2><ul><li>Kabupaten Tebo masih "
	             "31,49 persen.</li><li>Kabupaten Tanjabtim masih 26,66 persen.</li></ul>" BODY2
	             "</article></body></html>");
	char buf[128];
	cr_assert_geq(a->n_paragraphs, 5);
	cr_expect_eq(a->paragraphs[0].kind, ANGKA_BLOCK_HEADING);
	cr_expect_str_eq(paragraph(a, 0, buf, sizeof buf), "Judul Berita Tentang Jaminan Sosial");
	cr_expect_eq(a->paragraphs[2].kind, ANGKA_BLOCK_HEADING);
	cr_expect_str_eq(paragraph(a, 2, buf, sizeof buf), "Sebagian Daerah Belum Optimal");
	cr_expect_eq(a->paragraphs[3].kind, ANGKA_BLOCK_LIST_ITEM);
	cr_expect_eq(a->paragraphs[4].kind, ANGKA_BLOCK_LIST_ITEM);
	angka_article_free(a);
}

/* HTML: titles and metadata ---------------------------------------------------- */

Test(parse_html, title_from_og_title)
{
	angka_article *a = html("<html><head><title>Judul Lain di Tab - Situs</title>"
	                        "<meta property='og:title' content='Judul Dari OG Title Berita'>"
	                        "<meta property='og:site_name' content='Prokalteng'>"
	                        "<meta property='og:url' content='https://prokalteng.co/berita/1'>"
	                        "<meta name='author' content='Rina'></head>"
	                        "<body><article><h1>Judul Dari H1 Yang Berbeda</h1>" BODY1 BODY2
	                        "</article></body></html>");
	cr_expect_str_eq(a->title, "Judul Dari OG Title Berita");
	cr_expect_str_eq(a->site, "Prokalteng");
	cr_expect_str_eq(a->canonical_url, "https://prokalteng.co/berita/1");
	cr_expect_str_eq(a->author, "Rina");
	cr_expect(strncmp(a->text, "Judul Dari OG Title Berita\n\n", 28) == 0);
	cr_expect_null(strstr(a->text, "Judul Dari H1"));
	angka_article_free(a);
}

Test(parse_html, title_from_h1)
{
	angka_article *a = html("<html><head><title>Tab Title - Situs</title>"
	                        "<link rel='canonical' href='https://situs.id/a/1'></head>"
	                        "<body><article><h1>Judul Dari H1 Artikel Ini</h1>" BODY1 BODY2
	                        "</article></body></html>");
	cr_expect_str_eq(a->title, "Judul Dari H1 Artikel Ini");
	cr_expect_str_eq(a->canonical_url, "https://situs.id/a/1");
	cr_expect_eq(count(a->text, "Judul Dari H1 Artikel Ini"), 1);
	cr_expect_eq(a->paragraphs[0].kind, ANGKA_BLOCK_HEADING);
	angka_article_free(a);
}

Test(parse_html, title_from_title_element_without_site_suffix)
{
	angka_article *a =
	        html("<html><head><title>Kepesertaan BPJS Ketenagakerjaan Naik Tajam - "
	             "Situs Berita</title></head><body><div>" BODY1 BODY2 "</div></body></html>");
	cr_expect_str_eq(a->title, "Kepesertaan BPJS Ketenagakerjaan Naik Tajam");
	angka_article *b = html("<html><head><title>Kepesertaan BPJS Ketenagakerjaan Naik | "
	                        "Kaltim</title></head><body><div>" BODY1 "</div></body></html>");
	cr_expect_str_eq(b->title, "Kepesertaan BPJS Ketenagakerjaan Naik");
	angka_article_free(a);
	angka_article_free(b);
}

Test(parse_html, relative_canonical_resolved_against_url_source)
{
	const char *page = "<html><head><link rel='canonical' href='/berita/123'></head><body>"
	                   "<article><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1
	                   "</article></body></html>";
	angka_document doc = {.source = (char *)"https://contoh.co.id/x/y?z=1",
	                      .bytes = (unsigned char *)page,
	                      .len = strlen(page),
	                      .kind = ANGKA_CONTENT_HTML};
	angka_article *a = NULL;
	cr_assert_eq(angka_parse_document(&a, &doc, NULL), 0);
	cr_expect_str_eq(a->canonical_url, "https://contoh.co.id/berita/123");
	cr_expect_str_eq(a->source, "https://contoh.co.id/x/y?z=1");
	angka_article_free(a);
}

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

#define TITLE "Pemprov dan BPJS Ketenagakerjaan Perkuat Sinergi Perlindungan Pekerja\n\n"
#define PLAIN "Kepala cabang menyampaikan bahwa kolaborasi sangat penting bagi pekerja.\n"

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
	expect_place("PROKAL.co, Pontianak– BPJS Ketenagakerjaan terus memperkuat sinergi.",
	             "Pontianak");
	expect_place("SAMARINDA, Inibalikpapan.com – Pemerintah Provinsi menegaskan komitmennya.",
	             "SAMARINDA");
	expect_place("JAKARTA, KOMPAS.com - Pemerintah terus mendorong kepesertaan.", "JAKARTA");
	expect_place("Jakarta (ANTARA) - Pemerintah terus mendorong kepesertaan.", "Jakarta");
	expect_place("Dalam sambutannya, Wakil Gubernur menekankan pentingnya rapat - katanya.",
	             NULL);
	/* a place in mixed case, set off from a dash by spaces */
	expect_place("Jakarta - Kementerian Ketenagakerjaan mencatat manfaat JKP.", "Jakarta");
	expect_place("Wakil Gubernur Kalbar - menekankan pentingnya rapat.", NULL);
}

/* Charsets and UTF-8 --------------------------------------------------------------- */

static const char cp1252_page[] =
        "<html><head><title>Caf\xe9 Jaminan Sosial Pekerja Indonesia</title></head><body>"
        "<p>Kafe \x93"
        "Caf\xe9\x94 di Jakarta menjadi tempat rapat koordinasi para pekerja, "
        "kata pejabat itu kepada wartawan.</p></body></html>";

Test(parse_charset, windows_1252_without_declaration)
{
	angka_article *a = html(cp1252_page);
	cr_expect(strstr(a->text, "Kafe \xe2\x80\x9c"
	                          "Caf\xc3\xa9\xe2\x80\x9d di"));
	cr_expect_str_eq(a->title, "Caf\xc3\xa9 Jaminan Sosial Pekerja Indonesia");
	angka_article_free(a);
}

Test(parse_charset, declared_in_meta_and_by_transport)
{
	angka_article *a =
	        html("<html><head><meta http-equiv='Content-Type' content='text/html; "
	             "charset=windows-1252'></head><body><p>R\xe9sum\xe9 rapat koordinasi "
	             "para pekerja di kantor gubernur, kata pejabat itu.</p></body></html>");
	cr_expect(strstr(a->text, "R\xc3\xa9sum\xc3\xa9 rapat"));
	angka_article_free(a);
	a = html("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 rapat "
	         "koordinasi para pekerja di kantor gubernur.</p></body></html>");
	cr_expect(strstr(a->text, "Caf\xc3\xa9 rapat"));
	angka_article_free(a);
	a = must_parse(ANGKA_CONTENT_HTML,
	               "<html><body><p>Caf\xe9 rapat koordinasi para pekerja.</p></body></html>",
	               "ISO-8859-1", NULL);
	cr_expect(strstr(a->text, "Caf\xc3\xa9 rapat"));
	angka_article_free(a);
	/* A page in UTF-8 without any declaration is read as UTF-8. */
	a = html("<html><body><p>Caf\xc3\xa9 rapat koordinasi para pekerja.</p></body></html>");
	cr_expect(strstr(a->text, "Caf\xc3\xa9 rapat"));
	angka_article_free(a);
}

Test(parse_charset, invalid_utf8_never_leaks)
{
	angka_article *a = text(TITLE "Rapat \xff\xfe koordinasi \xc3 para \xed\xa0\x80 pekerja "
	                              "\xf4\x90\x80\x80 di kantor.\n",
	                        NULL);
	cr_expect(strstr(a->text, "Rapat \xef\xbf\xbd\xef\xbf\xbd koordinasi"));
	angka_article_free(a);
	a = html("<html><head><meta charset='utf-8'></head><body><p>Rapat \xff koordinasi \xc3\x28 "
	         "para pekerja di kantor gubernur.</p></body></html>");
	cr_expect(strstr(a->text, "Rapat \xef\xbf\xbd koordinasi"));
	angka_article_free(a);
}

Test(parse_text, bom_crlf_and_wrapped_lines)
{
	angka_article *a =
	        text("\xef\xbb\xbf"
	             "Judul Berita Tentang Jaminan Sosial Pekerja\r\n\r\n"
	             "Dilarang mengambil dan/atau menayangkan ulang sebagian artikel\r\n"
	             "di atas untuk konten komersil.\r\n"
	             "Pekerja formal dan informal\r\nmendapat perlindungan\xc2\xa0 penuh."
	             "\r\nBaris baru dimulai di sini.\r\n",
	             NULL);
	cr_expect_str_eq(a->title, "Judul Berita Tentang Jaminan Sosial Pekerja");
	cr_expect_null(strchr(a->text, '\r'));
	cr_expect_null(strstr(a->text, "\xef\xbb\xbf"));
	cr_expect(dropped(a, "copyright", "artikel di atas untuk"));
	cr_expect(strstr(a->text, "Pekerja formal dan informal mendapat perlindungan penuh.\n\n"
	                          "Baris baru dimulai di sini."));
	angka_article_free(a);
}

/* A press release wrapped at a fixed width joins its lines within a block,
 * also where the next line starts with a capital; a capture's short lines
 * (a headline, a menu) stay apart. */
Test(parse_text, a_hard_wrapped_text_joins_its_lines)
{
	angka_article *a = text("Judul Rilis Pers Jaminan Sosial\n\n"
	                        "PADANG - Jumlah peserta aktif BPJS Ketenagakerjaan\n"
	                        "Kota Padang hingga Juni 2025 mencapai 120.450\n"
	                        "orang. Kepala Kantor Cabang Padang, Rina\n"
	                        "Lestari, mengatakan capaian itu naik.\n\n"
	                        "Menurut Rina, sebagian besar peserta merupakan\n"
	                        "Pekerja Penerima Upah.\n\n"
	                        "- Penerima Upah sebanyak 98.000 orang\n"
	                        "- Bukan Penerima Upah sebanyak 18.300 orang\n",
	                        NULL);
	cr_expect(strstr(a->text, "98.000 orang\n\n- Bukan"), "%s", a->text);
	cr_expect(strstr(a->text, "Ketenagakerjaan Kota Padang hingga Juni 2025 mencapai 120.450 "
	                          "orang. Kepala Kantor Cabang Padang, Rina Lestari, mengatakan"),
	          "%s", a->text);
	cr_expect(strstr(a->text, "merupakan Pekerja Penerima Upah."), "%s", a->text);
	angka_article_free(a);
	a = text("Judul Berita Tentang Jaminan Sosial Pekerja\nBerita Terkait\nEkonomi\n"
	         "Peserta aktif BPJS Ketenagakerjaan di Kota Padang mencapai 120.450 orang.\n",
	         NULL);
	cr_expect(strstr(a->text, "Ekonomi\n\nPeserta aktif") || !strstr(a->text, "Ekonomi"), "%s",
	          a->text);
	angka_article_free(a);
}

/* A release wrapped at a fixed width with no blank line between its
 * paragraphs (as pdftotext prints a PDF): a line ends its paragraph when the
 * next line's first word would have fitted after it; a link to another
 * story goes on with a number and then stands apart; a credit stands apart;
 * a word hyphenated by the wrap is one word again, a doubled word keeps its
 * hyphen. */
Test(parse_text, a_text_wrapped_without_blank_lines_keeps_its_paragraphs)
{
	angka_article *a = text("Judul Rilis Pers Jaminan Sosial\n\n"
	                        "Reporter: Rina | Editor: Budi Santoso Wibowo\n"
	                        "PADANG - Jumlah peserta aktif BPJS Ketenagakerjaan\n"
	                        "di Kota Padang hingga Juni 2025 mencapai 120.450\n"
	                        "orang atau 35,2 persen dari 342.100 pekerja.\n"
	                        "Baca juga: Peserta BPJS di Kabupaten Agam per Mei\n"
	                        "2025 mencapai 43.045 jiwa\n"
	                        "Menurut Rina, sebagian besar peserta merupakan pe-\n"
	                        "kerja penerima upah di Kota Padang dan Kabupaten\n"
	                        "Agam, yang mencatat masing-\n"
	                        "masing 98.000 dan 30.000 peserta pada Juni 2025.\n",
	                        NULL);
	cr_expect(strstr(a->text, "\n\nPADANG - Jumlah peserta aktif BPJS Ketenagakerjaan di Kota "
	                          "Padang hingga Juni 2025 mencapai 120.450 orang atau 35,2 persen "
	                          "dari 342.100 pekerja.\n\n"),
	          "%s", a->text);
	cr_expect_null(strstr(a->text, "43.045"), "%s", a->text);
	cr_expect(strstr(a->text, "\n\nMenurut Rina, sebagian besar peserta merupakan pekerja "
	                          "penerima upah di Kota Padang dan Kabupaten Agam, yang mencatat "
	                          "masing-masing 98.000"),
	          "%s", a->text);
	angka_article_free(a);
}

/* A capture saved as Markdown reads as the page would show it: no heading
 * or quote openers, emphasis, links or images; marks that pair with nothing
 * stay, and so do words joined by underscores. */
Test(parse_text, markdown_marks_are_not_text)
{
	angka_article *a =
	        text("# Peserta BPJS Ketenagakerjaan di *Kota Padang* Capai 120 Ribu\n\n"
	             "![Foto kantor](https://x.id/a.jpg)\n"
	             "Jumlah peserta aktif [BPJS Ketenagakerjaan](https://bpjs.id/a_b) di "
	             "__Kota Padang__ mencapai **120.450 orang** atau ***35,2 persen***.\n\n"
	             "> \"Kami menargetkan 40 persen,\" kata Rina.\n\n"
	             "Iuran Rp 16.800* per bulan, kode file_name_x, 5*3 dan \\*catatan.\n",
	             NULL);
	cr_expect_str_eq(a->title, "Peserta BPJS Ketenagakerjaan di Kota Padang Capai 120 Ribu");
	cr_expect(strstr(a->text, "Jumlah peserta aktif BPJS Ketenagakerjaan di Kota Padang "
	                          "mencapai 120.450 orang atau 35,2 persen."),
	          "%s", a->text);
	cr_expect(strstr(a->text, "\n\n\"Kami menargetkan 40 persen,\" kata Rina."), "%s", a->text);
	cr_expect(
	        strstr(a->text, "Iuran Rp 16.800* per bulan, kode file_name_x, 5*3 dan *catatan."),
	        "%s", a->text);
	cr_expect_null(strstr(a->text, "Foto kantor"), "%s", a->text);
	cr_expect_null(strstr(a->text, "https"), "%s", a->text);
	angka_article_free(a);
}

/* Items by letter are items: "a) Kota ..." is no wrapped line's end. */
Test(parse_text, items_by_letter_stand_apart)
{
	angka_article *a = text("Peserta per daerah\n\n"
	                        "Berikut daerah dengan peserta terbanyak\n"
	                        "a) Kota Balikpapan: 312.450 peserta\n"
	                        "b) Kota Samarinda: 298.760 peserta\n"
	                        "(c) Kota Bontang: 98.112 peserta\n",
	                        NULL);
	cr_expect(strstr(a->text, "terbanyak\n\na) Kota Balikpapan: 312.450 peserta\n\n"
	                          "b) Kota Samarinda: 298.760 peserta\n\n(c) Kota Bontang"),
	          "%s", a->text);
	angka_article_free(a);
}

/* A table pasted with tabs between its cells reads as a table, its cells
 * parted by " | " (as HTML tables are); a run of tabs is one break. */
Test(parse_text, tab_separated_rows_are_table_rows)
{
	angka_article *a = text("Peserta per provinsi\n\n"
	                        "Berikut jumlah peserta aktif per provinsi:\n"
	                        "No.\tProvinsi\tAktif\tNon Aktif\n"
	                        "1\tAceh\t\t583.638\t117.947\n",
	                        NULL);
	cr_expect(strstr(a->text, "No. | Provinsi | Aktif | Non Aktif"), "%s", a->text);
	cr_expect(strstr(a->text, "1 | Aceh | 583.638 | 117.947"), "%s", a->text);
	angka_article_free(a);
	/* A table right under its lead is no text wrapped at a fixed width. */
	a = text("Peserta per provinsi\n\n"
	         "Berikut jumlah peserta aktif BPJS Ketenagakerjaan per provinsi:\n"
	         "No. | Provinsi | Aktif | Non Aktif\n"
	         "1 | Aceh | 583.638 | 117.947\n",
	         NULL);
	cr_expect(strstr(a->text, "provinsi:\n\nNo. | Provinsi"), "%s", a->text);
	angka_article_free(a);
}

/* A table whose columns runs of spaces align (pdftotext -layout, a
 * fixed-width report) reads as a table too, and rows that start in lower
 * case are not taken for a wrapped sentence's end; a justified paragraph,
 * whose widened gaps part its lines unevenly, stays prose. */
Test(parse_text, columns_aligned_with_spaces_are_table_rows)
{
	angka_article *a =
	        text("Peserta per provinsi\n\n"
	             "Berikut jumlah peserta aktif per provinsi\n"
	             "No.   Provinsi          Kepesertaan Aktif   Kepesertaan Non Aktif\n"
	             "1     Aceh              583.638             117.947\n"
	             "2     Sumatera Utara    2.057.246           848.982\n"
	             "3     kab. Lainnya      1.000               2.000\n",
	             NULL);
	cr_expect(strstr(a->text, "No. | Provinsi | Kepesertaan Aktif | Kepesertaan Non Aktif"),
	          "%s", a->text);
	cr_expect(strstr(a->text, "1 | Aceh | 583.638 | 117.947"), "%s", a->text);
	cr_expect(strstr(a->text, "2 | Sumatera Utara | 2.057.246 | 848.982\n\n3 | kab. Lainnya"),
	          "%s", a->text);
	angka_article_free(a);
	a = text("Peserta per provinsi\n\n"
	         "Namun  demikian,  ia  mengakui bahwa capaian UCJ Aceh tahun\n"
	         "2025  mengalami  penurunan dibandingkan 2024 yang berada  di\n"
	         "angka 76,11 persen dan 583.638 peserta pada tahun lalu.\n",
	         NULL);
	cr_expect_null(strstr(a->text, " | "), "%s", a->text);
	angka_article_free(a);
}

/* Rows a capture flattened with single spaces ("1 Aceh 583.638 117.947")
 * read as rows again when two or more come in a row; their header stays a
 * line of text, and a sentence with numbers stays a sentence. */
Test(parse_text, rows_flattened_with_single_spaces_are_rows)
{
	angka_article *a = text("Peserta per provinsi\n\n"
	                        "No. Provinsi Kepesertaan Aktif Kepesertaan Non Aktif\n"
	                        "1 Aceh 583.638 117.947\n"
	                        "2 Sumatera Utara 2.057.246 848.982\n"
	                        "3 Jawa Barat 4,96 juta 3,1 juta\n"
	                        "Pada 2023 ada 583.638 peserta dan 117.947 bukan peserta.\n",
	                        NULL);
	cr_expect(strstr(a->text, "No. Provinsi Kepesertaan Aktif Kepesertaan Non Aktif\n\n"
	                          "1 | Aceh | 583.638 | 117.947\n\n"
	                          "2 | Sumatera Utara | 2.057.246 | 848.982\n\n"
	                          "3 | Jawa Barat | 4,96 juta | 3,1 juta"),
	          "%s", a->text);
	cr_expect(strstr(a->text, "Pada 2023 ada 583.638 peserta dan 117.947 bukan peserta."), "%s",
	          a->text);
	angka_article_free(a);
}

/* A table a capture flattened to one cell per line reads as its rows; a
 * short list that makes no rows (no number in them) stays as it is. */
Test(parse_text, a_table_of_one_cell_per_line_is_rows_again)
{
	angka_article *a = text("Peserta per provinsi\n\n"
	                        "Berikut jumlah peserta aktif per provinsi.\n\n"
	                        "No\nProvinsi\nAktif\nNon Aktif\n"
	                        "1\nAceh\n583.638\n117.947\n"
	                        "2\nSumatera Utara\n2.057.246\n848.982\n\n"
	                        "Data diolah Satu Data Ketenagakerjaan.\n"
	                        "Home\nBerita\nEkonomi\nOlahraga\n",
	                        NULL);
	cr_expect(strstr(a->text, "No | Provinsi | Aktif | Non Aktif"), "%s", a->text);
	cr_expect(strstr(a->text, "1 | Aceh | 583.638 | 117.947"), "%s", a->text);
	cr_expect(strstr(a->text, "2 | Sumatera Utara | 2.057.246 | 848.982"), "%s", a->text);
	cr_expect(strstr(a->text, "Data diolah Satu Data Ketenagakerjaan."), "%s", a->text);
	cr_expect_null(strstr(a->text, "Home |"), "%s", a->text);
	angka_article_free(a);
	/* A place on one line, its count and what it counts on the next. */
	a = text("Peserta per daerah\n\n"
	         "Berikut daerah dengan peserta terbanyak:\n"
	         "Kota Balikpapan\n312.450 peserta\n"
	         "Kota Samarinda\n298.760 peserta\n"
	         "Kabupaten Kutai Barat\n61.940 tenaga kerja\n",
	         NULL);
	cr_expect(strstr(a->text, "Kota Balikpapan | 312.450 peserta\n\n"
	                          "Kota Samarinda | 298.760 peserta\n\n"
	                          "Kabupaten Kutai Barat | 61.940 tenaga kerja"),
	          "%s", a->text);
	angka_article_free(a);
	/* Its source and notes under it, with no blank line between, are no
	 * cells of it. */
	a = text("Peserta per provinsi\n\n"
	         "Berikut daftar provinsi dengan peserta aktif terbanyak:\n\n"
	         "Provinsi\nPeserta Aktif\nPeserta Non-Aktif\nTotal\n"
	         "DKI Jakarta\n7.912.406\n4.803.115\n12.715.521\n"
	         "Jawa Barat\n5.406.881\n3.122.470\n8.529.351\n"
	         "Sumber: Satu Data Kemnaker (diolah)\n"
	         "Keterangan: posisi Juni 2025; satuan orang\n",
	         NULL);
	cr_expect(strstr(a->text, "Provinsi | Peserta Aktif | Peserta Non-Aktif | Total\n\n"
	                          "DKI Jakarta | 7.912.406 | 4.803.115 | 12.715.521"),
	          "%s", a->text);
	angka_article_free(a);
}

Test(parse_text, chat_widget_and_credits_dropped)
{
	angka_article *a =
	        text(TITLE PLAIN "\nOleh: Rizki Amalia\n(Tulisan: REN; Foto: BZ)\n"
	                         "Selamat Datang di\nLayanan Chat TanyaBPJAMSOSTEK\nHello!\n"
	                         "Lorem Ipsum is simply dummy text of the printing industry.\n"
	                         "• Hats\nMohon Tunggu\n",
	             NULL);
	cr_expect_null(strstr(a->text, "Lorem"));
	cr_expect_null(strstr(a->text, "Hats"));
	cr_expect_null(strstr(a->text, "Tulisan"));
	cr_expect_null(strstr(a->text, "Mohon Tunggu"));
	cr_expect(dropped(a, "chat-widget", "Layanan Chat"));
	cr_expect(dropped(a, "credit", "Tulisan: REN"));
	cr_expect_str_eq(a->author, "Rizki Amalia");
	angka_article_free(a);
}

/* A site's own names for the list of its other stories after the article
 * ("Pos Terkait", "Lihat Juga") drop the list: its headlines' numbers are
 * other articles'. */
Test(parse_text, a_list_of_other_posts_is_dropped)
{
	angka_article *a =
	        text(TITLE PLAIN "\n\nPos Terkait\nPemkab Kukar Salurkan Insentif untuk 1.500 Guru "
	                         "Ngaji\nBPJS Ketenagakerjaan Bontang: Cakupan Tembus 81 Persen\n",
	             NULL);
	cr_expect_null(strstr(a->text, "1.500"), "%s", a->text);
	cr_expect(dropped(a, "related-list", "Cakupan Tembus 81 Persen"));
	angka_article_free(a);
}

/* A line that leads a list is text, though its only number is a date: the
 * list's rows are read with it. A line that only dates the page is not. */
Test(parse_text, a_list_lead_with_a_date_is_no_date_line)
{
	angka_article *a =
	        text(TITLE PLAIN
	             "\n\nRabu, 16 Juli 2025 09:30 WIT\n\nBerikut capaian UCJ kabupaten/kota "
	             "se-Kaltim per 31 Agustus 2025 yang dipaparkan dalam rakor:\n\n"
	             "Kota Bontang: 83,17 persen (79.842 pekerja)\n",
	             NULL);
	cr_expect_not_null(strstr(a->text, "Berikut capaian UCJ"), "%s", a->text);
	cr_expect_null(strstr(a->text, "09:30 WIT"), "%s", a->text);
	angka_article_free(a);
	/* nor is a table's caption that dates its data */
	a = text(TITLE PLAIN "\n\nCapaian UCJ Kabupaten/Kota di DIY per 30 September 2025\n"
	                     "Kabupaten/Kota | Peserta Aktif | Capaian\n"
	                     "Sleman | 329.118 | 49,58%\n",
	         NULL);
	cr_expect_not_null(strstr(a->text, "per 30 September 2025"), "%s", a->text);
	angka_article_free(a);
}

/* A menu line and a breadcrumb above the title look like headlines too; the
 * title is the line that holds the headline the URL keeps. */
Test(parse_text, the_title_is_the_line_the_url_names)
{
	angka_article *a =
	        text("URL: https://ambon.antaranews.com/berita/1/"
	             "bpjamsostek-241-ribu-pekerja-di-maluku-terlindungi\n\n"
	             "Terkini Ambon Maluku Tengah Seram Bagian Barat Buru Politik Ekonomi Hukum\n"
	             "Beranda > Ekonomi > BPJAMSOSTEK: 241 ribu pekerja di Maluku terlindungi\n"
	             "BPJAMSOSTEK: 241 ribu pekerja di Maluku terlindungi\n\n" PLAIN,
	             NULL);
	cr_expect_str_eq(a->title, "BPJAMSOSTEK: 241 ribu pekerja di Maluku terlindungi");
	angka_article_free(a);
	/* a portal's menu, one entry a line, longer than a dozen lines */
	a = text(
	        "URL: https://pontianak.tribunnews.com/2025/10/09/"
	        "sambas-raih-uhc-prioritas-warga-terdaftar-jkn\n\nHome\nPontianak\nKubu Raya\n"
	        "Sambas\nSingkawang\nKetapang\nSintang\nKalbar\nNasional\nVideo\nOpini\n"
	        "Olahraga\nHome » Sambas\nSambas Raih UHC Prioritas, Warga Terdaftar JKN\n\n" PLAIN,
	        NULL);
	cr_expect_str_eq(a->title ? a->title : "(null)",
	                 "Sambas Raih UHC Prioritas, Warga Terdaftar JKN");
	angka_article_free(a);
}

/* Errors ----------------------------------------------------------------------- */

Test(parse_errors, empty_and_blank_inputs)
{
	static const struct {
		angka_content_kind kind;
		const char *bytes;
	} cases[] = {
	        {ANGKA_CONTENT_TEXT, ""},
	        {ANGKA_CONTENT_TEXT, " \n\t\r\n \xc2\xa0 \n"},
	        {ANGKA_CONTENT_HTML, ""},
	        {ANGKA_CONTENT_HTML, "   \n  "},
	        {ANGKA_CONTENT_HTML, "<html><body><nav><a>Beranda</a></nav>  </body></html>"},
	        {ANGKA_CONTENT_TEXT, "Terpopuler\nTags\nShare\n"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		angka_article *a = (angka_article *)1;
		angka_error err = {0, ""};
		int rc = parse_bytes(&a, cases[i].kind, cases[i].bytes, strlen(cases[i].bytes),
		                     NULL, NULL, &err);
		cr_expect_eq(rc, ANGKA_EEMPTY, "case %zu: rc %d", i, rc);
		cr_expect_null(a, "case %zu", i);
		cr_expect(strstr(err.message, "test://doc") != NULL, "case %zu: %s", i,
		          err.message);
		cr_expect(strstr(err.message, "no article text found") != NULL, "case %zu", i);
	}
}

Test(parse_errors, invalid_arguments_and_free_null)
{
	angka_article *a = NULL;
	cr_expect_eq(angka_parse_document(&a, NULL, NULL), ANGKA_EINVAL);
	angka_article_free(NULL);
}

/* The benchmark-driven heuristics -------------------------------------------- */

#define LONG_LINE(n)                                                                               \
	"Kalimat panjang nomor " n " tentang kepesertaan pekerja di daerah itu yang terus "        \
	"bertambah dari bulan ke bulan sepanjang tahun berjalan ini."

Test(parse_html, br_separated_body_in_a_widget_is_kept)
{
	/* Blogger puts the post inside class="widget Blog": text between <br>s
	 * counts as paragraphs, so the guard keeps the post. */
	angka_article *a =
	        html("<html><body><div class='widget Blog'><h1>Judul Tulisan Blog Tentang "
	             "Pekerja</h1><div class='post-body'>" LONG_LINE("satu") "<br><br>" LONG_LINE(
	                     "dua") "<br><br>" LONG_LINE("tiga") "</div></div>"
	                                                         "<div class='sidebar'><a "
	                                                         "href='/'>Arsip</a></div>"
	                                                         "</body></html>");
	cr_expect(strstr(a->text, "nomor satu"));
	cr_expect(strstr(a->text, "nomor tiga"));
	cr_expect_null(strstr(a->text, "Arsip"));
	angka_article_free(a);
}

Test(parse_html, article_cut_into_cards_is_whole)
{
	/* One card per paragraph: the best card's like siblings come along. */
	angka_article *a = html(
	        "<html><body><div id='article-body'>"
	        "<div class='card item'><div class='card-content'><p>" LONG_LINE(
	                "satu") "</p></div></div>"
	                        "<div class='card item'><div class='card-content'><p>" LONG_LINE(
	                                "dua") ", dengan, banyak, koma, di, dalamnya, agar, "
	                                       "skornya, tinggi.</p></div></div>"
	                                       "<div class='card item'><div "
	                                       "class='card-content'><p>" LONG_LINE(
	                                               "tiga") "</p></div></div>"
	                                                       "</div><div class='promo'><p>Iklan "
	                                                       "kecil di sini saja "
	                                                       "ya.</p></div></body></html>");
	cr_expect(strstr(a->text, "nomor satu"));
	cr_expect(strstr(a->text, "nomor dua"));
	cr_expect(strstr(a->text, "nomor tiga"));
	angka_article_free(a);
}

Test(parse_html, date_only_lines_dropped_figures_with_dates_kept)
{
	angka_article *a = html("<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>"
	                        "<p>Updated Nov 19, 2019, 6:55 AM</p>"
	                        "<p>Redaksi Contoh 18 Maret 2025 | 11:10 WIB</p>" BODY1
	                        "<p>Per 31 Desember 2024 tercatat 1.234 peserta</p>" BODY2
	                        "</article></body></html>");
	cr_expect_null(strstr(a->text, "Updated"));
	cr_expect_null(strstr(a->text, "Redaksi Contoh"));
	cr_expect(dropped(a, "dateline", "Updated Nov 19"));
	cr_expect(strstr(a->text, "Per 31 Desember 2024 tercatat 1.234 peserta"));
	angka_article_free(a);
}

Test(parse_html, promos_and_related_headings_dropped)
{
	angka_article *a =
	        html("<html><body><article><h1>Judul Berita Tentang Jaminan Sosial</h1>" BODY1
	             "<p>Ikuti kami di media sosial untuk kabar terbaru setiap hari.</p>" BODY2
	             "<div class='heading-h3'>More Great Stories</div>"
	             "<ul><li>The strange life of <a href='/a'>a virtuoso coder</a></li>"
	             "<li>How to opt out <a href='/b'>of the data brokers</a></li></ul>"
	             "<p>Subscribe to our newsletter for the latest news.</p>"
	             "</article></body></html>");
	cr_expect_null(strstr(a->text, "Ikuti kami"));
	cr_expect(dropped(a, "promo", "Ikuti kami"));
	cr_expect_null(strstr(a->text, "virtuoso"));
	cr_expect(dropped(a, "related-list", "opt out"));
	cr_expect_null(strstr(a->text, "Subscribe"));
	cr_expect(strstr(a->text, "465.940"));
	angka_article_free(a);
}

Test(parse_html, captions_by_class_and_consent_banners_dropped)
{
	angka_article *a = html(
	        "<html><body><div class='m-privacy-consent'><p>We use cookies and other tracking "
	        "technologies to improve your browsing experience on our site, show personalized "
	        "content and targeted ads.</p></div><article><h1>Judul Berita Tentang Jaminan "
	        "Sosial</h1>" BODY1
	        "<div class='caption-full'>Kepala cabang, kiri, berjabat tangan "
	        "dengan wali kota di balai kota, Selasa (18/3/2025).</div>" BODY2
	        "</article></body></html>");
	cr_expect_null(strstr(a->text, "cookies"));
	cr_expect_null(strstr(a->text, "berjabat"));
	cr_expect(dropped(a, "caption", "berjabat"));
	cr_expect(strstr(a->text, "465.940"));
	angka_article_free(a);
}

/* Saved captures start with "URL: ..." and "Key: value" lines: the URL is
 * the canonical URL, and none of it is the article or its title. */
Test(text, capture_header_is_metadata_not_text)
{
	angka_article *a = text("URL: https://kaltim.example.id/berita/123\n"
	                        "Note: written for a test (not a real article)\n"
	                        "\n"
	                        "Cakupan Jaminan Sosial di Kaltim Terus Naik Tahun Ini\n"
	                        "SAMARINDA – Cakupan kepesertaan mencapai 60 persen.\n",
	                        NULL);
	cr_assert_str_eq(a->canonical_url, "https://kaltim.example.id/berita/123");
	cr_assert_str_eq(a->title, "Cakupan Jaminan Sosial di Kaltim Terus Naik Tahun Ini");
	cr_expect_null(strstr(a->text, "URL:"));
	cr_expect_null(strstr(a->text, "Note:"));
	angka_article_free(a);
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
