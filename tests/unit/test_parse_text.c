/* Plain text and saved captures through the parse stage: lines wrapped at a
 * fixed width joined again, tables pasted with tabs, spaces or one cell per
 * line made rows again, Markdown marks, credits and lists of other stories
 * dropped, the title and the capture's header. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/parse.h"
#include "parse_helper.h"
#include "parse_pages.h"

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
	/* Its source above it, at the end of the story, is no credit that
	 * ends the story: the rows after it stay. */
	a = text("Capaian UCJ Riau\n\n"
	         "Berikut capaian UCJ kabupaten/kota se-Riau per 31 Desember 2024:\n\n"
	         "Tabel Capaian UCJ Kabupaten/Kota Provinsi Riau\n"
	         "Sumber: BPJS Ketenagakerjaan Kanwil Sumbagteng\n"
	         "No\nKabupaten/Kota\nPeserta Aktif\nCapaian (%)\n"
	         "1\nPekanbaru\n298.117\n59,94\n"
	         "2\nDumai\n71.406\n57,65\n",
	         NULL);
	cr_expect(strstr(a->text, "1 | Pekanbaru | 298.117 | 59,94"), "%s", a->text);
	cr_expect(strstr(a->text, "2 | Dumai | 71.406 | 57,65"), "%s", a->text);
	angka_article_free(a);
	/* Labels each over its value, the first value's label a line too long
	 * to be a cell: the labels open the rows, no value is a row's label. */
	a = text("Infografis UCJ NTB\n\n"
	         "Potensi pekerja (di luar ASN, TNI, Polri)\n"
	         "2.392.885 pekerja\n"
	         "Capaian UCJ\n34,29%\n"
	         "Target UCJ 2025\n41,50%\n"
	         "Capaian per kabupaten/kota\n",
	         NULL);
	cr_expect(strstr(a->text, "Capaian UCJ | 34,29%"), "%s", a->text);
	cr_expect(strstr(a->text, "Target UCJ 2025 | 41,50%"), "%s", a->text);
	cr_expect_null(strstr(a->text, "34,29% | Target"), "%s", a->text);
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

/* A breadcrumb ("Home » Luwu Raya") is the page's place in its site, not
 * a line of the story, wherever the capture put it; a sentence that only
 * starts with "Home" stays. */
Test(parse_text, a_breadcrumb_is_dropped)
{
	angka_article *a =
	        text(TITLE "Home \xC2\xBB Luwu Raya\n\nBeranda > Ekonomi > Bisnis\n\n" PLAIN
	                   "\n\nHome industri di Luwu kini mendaftarkan pekerjanya.\n",
	             NULL);
	cr_expect_null(strstr(a->text, "Luwu Raya"), "%s", a->text);
	cr_expect_null(strstr(a->text, "Ekonomi"), "%s", a->text);
	cr_expect_not_null(strstr(a->text, "Home industri"), "%s", a->text);
	cr_expect(dropped(a, "breadcrumb", "Luwu Raya"));
	angka_article_free(a);
}

/* A site's menu ("Home Nasional Makassar Sulsel Ekonomi Bisnis") is no
 * headline, nor is it kept; a breadcrumb above the headline does not hide
 * the headline under it. */
Test(parse_text, a_menu_is_no_headline)
{
	angka_article *a = text("Home Nasional Makassar Sulsel Ekonomi Bisnis Olahraga\n\n"
	                        "FAJAR.CO.ID, MAKASSAR - Kantor Wilayah BPJS Ketenagakerjaan "
	                        "Sulawesi Maluku membukukan sejumlah capaian sepanjang 2025.\n",
	                        NULL);
	cr_expect(a->title == NULL || strstr(a->title, "Olahraga") == NULL, "%s", a->title);
	cr_expect_null(strstr(a->text, "Olahraga"), "%s", a->text);
	angka_article_free(a);
	a = text("URL: https://www.murianews.com/2025/07/15/kepala-bpjs-ketenagakerjaan-pati-"
	         "nelayan-jangan-tertinggal\n\nKudus | Jepara | Pati | Rembang | Blora\n\n"
	         "Beranda > Pati > Wawancara\n\n"
	         "Kepala BPJS Ketenagakerjaan Cabang Pati: Nelayan Jangan Tertinggal\n\n" PLAIN,
	         NULL);
	cr_expect_str_eq(a->title ? a->title : "(none)",
	                 "Kepala BPJS Ketenagakerjaan Cabang Pati: Nelayan Jangan Tertinggal");
	angka_article_free(a);
}

/* What stands above a headless capture's lead is no headline: the site's
 * banner ("TARAKANNEWS.ID | Berita Kaltara Terkini"), a photo's caption
 * closed by its credit ("... Jakarta. ANTARA/Fauzan Rifai", "Foto/IST"), a
 * short breadcrumb ("Health > Info Kesehatan"). */
Test(parse_text, banners_captions_and_breadcrumbs_are_no_headline)
{
	static const char *const lines[] = {
	        "TARAKANNEWS.ID | Berita Kaltara Terkini",
	        "Seorang peserta mengurus klaim di kantor cabang BPJS Ketenagakerjaan di Jakarta. "
	        "ANTARA/Fauzan Rifai",
	        "Komitmen BPJS Ketenagakerjaan untuk Pekerja di Kalimantan Tengah. Foto/IST",
	        "Health > Info Kesehatan Terkini Hari Ini",
	        "Petugas BPJS Ketenagakerjaan mendata nelayan di Muara Angke, Jakarta Utara. "
	        "(ilustrasi)",
	        "Oleh Ayu Lestari Wibowo",
	        "Metropolis | Ekonomi | Kepri | Nasional | Olahraga | Opini | Wawancara",
	        "Kepala BPJS Ketenagakerjaan Cabang Sorong, Margaretha Sawaki. \xE2\x80\x93 "
	        "Jubi/Ronald Mambrasar",
	        "Ekonomi | Bisnis | Makassar",
	        "Berita | Jogja | Bisnis | Wisata | Kuliner | Sepakbola | Hikmah",
	        "Arbi Anugrah - detikJateng",
	        NULL};
	for (size_t i = 0; lines[i]; i++) {
		char body[512];
		snprintf(body, sizeof body,
		         "%s\n\nTARAKAN - Kantor Cabang BPJS Ketenagakerjaan Tarakan mencatat "
		         "klaim yang dibayarkan naik sepanjang tahun ini.\n",
		         lines[i]);
		angka_article *a = text(body, NULL);
		cr_expect(a->title == NULL || strcmp(a->title, lines[i]) != 0, "%s", lines[i]);
		angka_article_free(a);
	}
}

/* A site's own names for the list of its other stories after the article
 * ("Pos Terkait", "Lihat Juga") drop the list: its headlines' numbers are
 * other articles', also of a headline that asks a question. */
Test(parse_text, a_list_of_other_posts_is_dropped)
{
	angka_article *a =
	        text(TITLE PLAIN
	             "\n\nPos Terkait\nPemkab Kukar Salurkan Insentif untuk 1.500 Guru "
	             "Ngaji\nPekerja Informal yang Terlindungi Jamsostek Baru 11 Persen, Apa "
	             "Kendalanya?\nBPJS Ketenagakerjaan Bontang: Cakupan Tembus 81 Persen\n",
	             NULL);
	cr_expect_null(strstr(a->text, "1.500"), "%s", a->text);
	cr_expect(dropped(a, "related-list", "Baru 11 Persen, Apa Kendalanya?"));
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
	/* nor a row of a table by month; a date and the time it was posted is */
	a = text(TITLE PLAIN "\n\nRabu, 23 Juli 2025 | 11:42\n\n"
	                     "Bulan | Peserta Aktif (juta orang)\n"
	                     "Januari 2025 | 44.18\nFebruari 2025 | 42.97\n",
	         NULL);
	cr_expect_not_null(strstr(a->text, "Februari 2025 | 42.97"), "%s", a->text);
	cr_expect_null(strstr(a->text, "11:42"), "%s", a->text);
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

/* The link to the next or the previous story ("Next Article ...",
 * "Artikel Selanjutnya ...") is no part of this one, numbers and all. */
Test(parse_text, a_link_to_the_next_story_is_dropped)
{
	angka_article *a =
	        text("Judul Rilis Pers Jaminan Sosial\n\n"
	             "Jumlah peserta aktif BPJS Ketenagakerjaan di Kota Padang mencapai "
	             "120.450 orang.\n\n"
	             "Next Article Pekerja Informal Makin Banyak, 59% Angkatan Kerja Tak "
	             "Punya Upah Tetap\n\n"
	             "Artikel Selanjutnya: Peserta di Agam Capai 43.045 Jiwa\n\n"
	             "Video: Klaim JHT Tembus Rp49 Triliun, Ini Penyebabnya\n\n"
	             "(Baca: Klaim JHT Januari-September 2025 Tembus Rp 40 Triliun)\n",
	             NULL);
	cr_expect(strstr(a->text, "120.450") != NULL, "%s", a->text);
	cr_expect_null(strstr(a->text, "Rp 40 Triliun"), "%s", a->text);
	angka_article_free(a);
	/* a lead that announces a list ends the list of links before it */
	a = text("Judul Rilis Pers Jaminan Sosial\n\n"
	         "Cakupan di Jawa Tengah naik menjadi 41,66 persen.\n\nBaca Juga:\n"
	         "Ribuan Buruh Pabrik Garmen di Sukoharjo Terima BSU\n\n"
	         "Berikut daftar lima kabupaten/kota dengan cakupan tertinggi per Juni 2025:\n\n"
	         "1. Kabupaten Kendal: 58,41 persen\n2. Kota Salatiga: 56,87 persen\n",
	         NULL);
	cr_expect_null(strstr(a->text, "Sukoharjo"), "%s", a->text);
	cr_expect_not_null(strstr(a->text, "Kabupaten Kendal: 58,41 persen"), "%s", a->text);
	cr_expect_null(strstr(a->text, "59%"), "%s", a->text);
	cr_expect_null(strstr(a->text, "43.045"), "%s", a->text);
	cr_expect_null(strstr(a->text, "Rp49"), "%s", a->text);
	angka_article_free(a);
}

/* "Artikel ini telah tayang di ... dengan judul ...": where the story first
 * ran, its title again, is no part of it. */
Test(parse_text, the_notice_of_where_a_story_first_ran_is_dropped)
{
	angka_article *a =
	        text("Judul Rilis Pers Jaminan Sosial\n\n"
	             "Jumlah peserta aktif BPJS Ketenagakerjaan di Kota Padang mencapai "
	             "120.450 orang.\n\n"
	             "Artikel ini telah tayang di Bangkapos.com dengan judul 52,3 Persen "
	             "Pekerja di Babel Sudah Terlindungi, https://bangka.tribunnews.com/x\n",
	             NULL);
	cr_expect(strstr(a->text, "120.450") != NULL, "%s", a->text);
	cr_expect_null(strstr(a->text, "52,3"), "%s", a->text);
	angka_article_free(a);
}

/* A caption closed by its credit, with no full stop, is no line wrapped
 * into the lead under it, even when the lead opens on an outlet written in
 * lower case ("jpnn.com, JAKARTA - ..."): the lead keeps its dateline. */
Test(parse_text, a_lead_opening_on_its_dateline_is_not_joined_to_the_caption_above)
{
	angka_article *a =
	        text("Menteri menyerahkan kartu peserta kepada pekerja rentan di Jakarta, "
	             "Selasa (21/5). Foto: Humas Kemnaker\n"
	             "jpnn.com, JAKARTA - Kementerian Ketenagakerjaan mencatat 2,48 juta "
	             "pekerja rentan telah terlindungi.\n",
	             NULL);
	cr_assert_eq(a->n_paragraphs, 2, "%zu paragraphs", a->n_paragraphs);
	cr_expect_str_eq(a->dateline_place, "JAKARTA");
	angka_article_free(a);
}

/* A capture whose URL keeps its headline, with a first headline-like line
 * that holds none of the URL's words, starts at its lead: that line is a
 * site's banner, no title. A line holding the URL's words is the title; a
 * URL of ids says nothing. */
Test(parse_text, a_banner_sharing_no_word_with_the_urls_headline_is_no_title)
{
	static const char lead[] =
	        "Jakarta, CNBC Indonesia - BPJS Kesehatan mencatat jumlah peserta program JKN "
	        "mencapai 280,42 juta jiwa per 1 September 2025.\n";
	char body[1024];
	snprintf(body, sizeof body, "%s%s%s",
	         "URL: https://www.cnbcindonesia.com/news/20250904143210-4-664503/"
	         "peserta-jkn-tembus-280-juta-ini-provinsi-yang-belum-uhc\n"
	         "RETRIEVED: pages corpus\n\n",
	         "CNBC Indonesia | News\n", lead);
	angka_article *a = text(body, NULL);
	cr_expect_null(a->title, "title %s", a->title ? a->title : "");
	angka_article_free(a);
	snprintf(body, sizeof body, "%s%s%s",
	         "URL: https://www.cnbcindonesia.com/news/20250904143210-4-664503/"
	         "peserta-jkn-tembus-280-juta-ini-provinsi-yang-belum-uhc\n"
	         "RETRIEVED: pages corpus\n\n",
	         "Peserta JKN Tembus 280 Juta, Ini Provinsi yang Belum UHC\n", lead);
	a = text(body, NULL);
	cr_expect_str_eq(a->title, "Peserta JKN Tembus 280 Juta, Ini Provinsi yang Belum UHC");
	angka_article_free(a);
	snprintf(body, sizeof body, "%s%s%s",
	         "URL: https://gunungkidulkab.go.id/D-8f3a2c1b7e-NR.html\n"
	         "RETRIEVED: pages corpus\n\n",
	         "Ribuan Ketua RT dan RW Gunungkidul Kini Terlindungi Jaminan Sosial\n", lead);
	a = text(body, NULL);
	cr_expect_str_eq(a->title,
	                 "Ribuan Ketua RT dan RW Gunungkidul Kini Terlindungi Jaminan Sosial");
	angka_article_free(a);
}

/* A table header a capture wrapped over two '|' lines (the units and the
 * second words of long headers under the first) is one header again; a
 * header on one line, and a second line with numbers, stay as they are. */
Test(parse_text, a_header_wrapped_over_two_lines_is_one_header)
{
	angka_article *a = text("Peserta per provinsi\n\n"
	                        "Berikut hasil perbandingan kedua data.\n"
	                        "| Provinsi | Pekerja Formal | Peserta PU | Cakupan |\n"
	                        "| | (ribu orang) | Aktif | (%) |\n"
	                        "| Jambi | 512,4 | 301.200 | 58,78 |\n"
	                        "| Bengkulu | 310,2 | 150.700 | 48,58 |\n",
	                        NULL);
	cr_expect(strstr(a->text, "| Provinsi | Pekerja Formal (ribu orang) | Peserta PU Aktif | "
	                          "Cakupan (%) |"),
	          "%s", a->text);
	cr_expect(strstr(a->text, "| Jambi | 512,4 | 301.200 | 58,78 |"), "%s", a->text);
	angka_article_free(a);
}

/* Ranked rows of one bare number ("3. Kab. Cianjur 21,05") are rows too,
 * two in a row; a list item with its unit or its colon ("1. Bali: 69,54%")
 * stays a list item. */
Test(parse_text, ranked_rows_of_one_bare_number_are_rows)
{
	angka_article *a = text("Peserta per kabupaten\n\n"
	                        "Berikut capaian UCJ terendah:\n"
	                        "No. Kabupaten/Kota Capaian UCJ (%)\n"
	                        "1. Kab. Garut 18,27\n"
	                        "2. Kab. Cianjur 21,05\n"
	                        "Daftar provinsi:\n"
	                        "1. Bali: 69,54%\n"
	                        "2. Riau: 51,63%\n",
	                        NULL);
	cr_expect(strstr(a->text, "2. | Kab. Cianjur | 21,05"), "%s", a->text);
	cr_expect(strstr(a->text, "1. Bali: 69,54%"), "%s", a->text);
	angka_article_free(a);
}

/* The date a figure is as of in the lead ("per 31 Desember 2024") is not
 * the date the page was published; a statement date still is. */
Test(parse_text, a_data_date_in_the_lead_is_no_publication_date)
{
	angka_article *a =
	        text("PALEMBANG - Sepanjang 2025, kabar jaminan sosial tak pernah sepi.\n\n"
	             "Kepala Kanwil memaparkan UCJ Sumsel per 31 Desember 2024 berhenti "
	             "di angka 31,42 persen.\n",
	             NULL);
	cr_expect_null(a->published, "%s", a->published);
	angka_article_free(a);
	a = text("PALEMBANG - Kepala Kanwil memaparkan capaian, Senin (29/12/2025).\n", NULL);
	cr_expect_str_eq(a->published ? a->published : "", "2025-12-29");
	angka_article_free(a);
	/* nor is the day things began ("sejak 1 Juli 2015") */
	a = text("PALEMBANG - Sampai Juni 2025 terdapat 1.104.955 peserta aktif.\n\n"
	         "BPJS Ketenagakerjaan beroperasi penuh sejak 1 Juli 2015 dengan empat program.\n",
	         NULL);
	cr_expect_null(a->published, "%s", a->published);
	angka_article_free(a);
}
