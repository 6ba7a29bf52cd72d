/* Tests for the parse stage on HTML pages: boilerplate removal, repeats,
 * titles and metadata, the heuristics the benchmark asked for, charsets and
 * errors (dates and datelines: test_parse_dates.c; plain text and saved
 * captures: test_parse_text.c; the seed articles: test_parse_seeds.c). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/parse.h"
#include "parse_helper.h"
#include "parse_pages.h"

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
