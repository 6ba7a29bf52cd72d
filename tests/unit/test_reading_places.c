/* What the reading leaves to normalize, read from whole articles through the
 * pipeline: the place, segment, period and domain a figure is given
 * (docs/rules.md, "What the reading does not decide"), and the tables and
 * lists that lay figures out by place. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

/* A bare number under a column headed "(%)" is a percentage. */
Test(reading, a_column_of_percentages_reads_its_bare_numbers_as_such)
{
	angka_figure_list out = extract("Peserta aktif BPJS Ketenagakerjaan per daerah:\n\n"
	                                "| Daerah | Peserta Aktif | Cakupan (%) |\n"
	                                "| Kabupaten Bogor | 612.450 | 38,2 |\n"
	                                "| Kota Bandung | 540.120 | 52,7 |\n");
	cr_assert_eq(out.n, 4);
	cr_expect_str_eq(out.items[1].metric, "coverage_pct", "%s", out.items[1].metric);
	cr_expect_float_eq(out.items[1].value, 38.2, 1e-9);
	cr_expect_str_eq(out.items[3].region, "Kota Bandung", "%s", out.items[3].region);
	angka_figure_list_free(&out);
}

/* A few hundred of the people reporting counts by what they do are a count
 * ("850 imam masjid"); religious workers are segment other (guideline 10). */
Test(reading, people_named_by_their_work_are_counted)
{
	angka_figure_list out = extract("Pemkab Gowa mendaftarkan 850 imam masjid dan 320 bidan "
	                                "sebagai peserta BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "other", 850));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* "Kepulauan Seribu" is a place, not a thousand of anything; a number in
 * words opening a sentence is still one. */
Test(reading, a_number_word_capitalised_inside_a_sentence_is_a_name)
{
	angka_figure_list out = extract(
	        "Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Kepulauan Seribu mencapai "
	        "31.234 orang. Dua ribu pekerja lain belum terdaftar.");
	cr_expect(has_figure(&out, "participants", "all", 31234));
	cr_expect(has_figure(&out, "uncovered_workers", "all", 2000));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* "pekerja sektor informal" in a list of segments is one of them, so the
 * value for the list is for them together. */
Test(reading, a_list_of_segments_said_with_sektor_is_all_of_them)
{
	angka_figure_list out = extract("Capaian Universal Coverage Jamsostek BPJS Ketenagakerjaan "
	                                "di Banyumas baru mencapai "
	                                "31,36 persen dari total sasaran yang mencakup pekerja "
	                                "penerima upah, pekerja sektor "
	                                "informal, dan sektor jasa konstruksi.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 31.36));
	angka_figure_list_free(&out);
}

/* A table pasted with tabs reads by its columns: the active column's cells
 * are participants, the non-active column's no figure. */
Test(reading, a_tab_separated_table_reads_by_its_columns)
{
	angka_figure_list out = extract("Peserta per provinsi\n\n"
	                                "Data BPJS Ketenagakerjaan yang diolah Kementerian "
	                                "Ketenagakerjaan menunjukkan jumlah peserta per Desember "
	                                "2023. Berikut jumlah peserta aktif per provinsi:\n"
	                                "No.\tProvinsi\tKepesertaan Aktif\tKepesertaan Non Aktif\n"
	                                "1\tAceh\t583.638\t117.947\n"
	                                "2\tSumatera Utara\t2.057.246\t848.982\n");
	cr_expect(has_figure(&out, "participants", "all", 583638));
	cr_expect(has_figure(&out, "participants", "all", 2057246));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* So does a table whose columns runs of spaces align (a press release's PDF
 * as pdftotext -layout prints it). */
Test(reading, a_table_aligned_with_spaces_reads_by_its_columns)
{
	angka_figure_list out =
	        extract("Peserta per provinsi\n\n"
	                "Data BPJS Ketenagakerjaan yang diolah Kementerian "
	                "Ketenagakerjaan menunjukkan jumlah peserta per Desember "
	                "2023. Berikut jumlah peserta aktif per provinsi:\n"
	                "No.   Provinsi         Kepesertaan Aktif   Kepesertaan Non Aktif\n"
	                "1     Aceh             583.638             117.947\n"
	                "2     Sumatera Utara   2.057.246           848.982\n");
	cr_expect(has_figure(&out, "participants", "all", 583638));
	cr_expect(has_figure(&out, "participants", "all", 2057246));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A table whose columns no header row names: its lead says what the first
 * column of counts holds, nothing what the others do. */
Test(reading, a_table_without_a_header_row_reads_its_first_column_only)
{
	angka_figure_list out =
	        extract("Peserta per provinsi\n\n"
	                "Data BPJS Ketenagakerjaan menunjukkan jumlah peserta aktif "
	                "per provinsi sampai dengan Desember 2023.\n\n"
	                "1 | Aceh | 583.638 | 117.947\n"
	                "2 | Sumatera Utara | 2.057.246 | 848.982\n");
	cr_expect(has_figure(&out, "participants", "all", 583638));
	cr_expect(has_figure(&out, "participants", "all", 2057246));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* Men and women are a group of their own, as marbots and honorary staff
 * are: a count split by gender is of segment other, not of every worker. */
Test(reading, a_count_split_by_gender_is_of_segment_other)
{
	angka_figure_list out = extract("Jumlah peserta BPJS Ketenagakerjaan di Kota Padang "
	                                "mencapai 120.450 orang, terdiri dari peserta laki-laki "
	                                "70.200 orang dan perempuan 50.250 orang.");
	cr_expect(has_figure(&out, "participants", "all", 120450));
	cr_expect(has_figure(&out, "participants", "other", 70200));
	cr_expect(has_figure(&out, "participants", "other", 50250));
	cr_expect_eq(out.n, 3, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* The village and religious workers each region names its own way
 * (pecalang, garin, guru TPQ, perangkat kalurahan) are segment other, as
 * marbots and village officials are (guideline 10). */
Test(reading, local_names_of_village_and_religious_workers_are_other)
{
	angka_figure_list out = extract(
	        "Pemkab Gianyar menanggung iuran BPJS Ketenagakerjaan 4.210 pecalang. Pemprov "
	        "Sumbar membayarkan iuran 6.250 garin dan guru TPQ. Perangkat kalurahan sebanyak "
	        "2.866 orang di Gunungkidul telah terdaftar.");
	cr_expect(has_figure(&out, "participants", "other", 4210));
	cr_expect(has_figure(&out, "participants", "other", 6250));
	cr_expect(has_figure(&out, "participants", "other", 2866));
	angka_figure_list_free(&out);
	out = extract(
	        "Pemkab Kolaka menanggung iuran BPJS Ketenagakerjaan 1.224 imam serta pegawai "
	        "syara.");
	cr_expect(has_figure(&out, "participants", "other", 1224));
	angka_figure_list_free(&out);
}

/* Workers who registered themselves ("secara mandiri") are BPU, as
 * "peserta mandiri" are. */
Test(reading, registered_on_their_own_is_bpu)
{
	angka_figure_list out = extract("BPJS Ketenagakerjaan Cabang Cilacap mencatat peserta di "
	                                "Kabupaten Cilacap. Sebanyak 850 petani terdaftar secara "
	                                "mandiri.");
	cr_expect(has_figure(&out, "participants", "BPU", 850));
	angka_figure_list_free(&out);
}

/* A sentence that goes on from one naming only BPJS Kesehatan, in its
 * paragraph, speaks of BPJS Kesehatan; one that turns ("Sementara itu")
 * comes back to the story. */
Test(reading, a_sentence_going_on_about_a_neighbour_is_the_neighbours)
{
	angka_figure_list out =
	        extract("Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Lombok "
	                "Timur naik.\n\nKepesertaan BPJS Kesehatan di Lombok Timur "
	                "sudah mencapai 97 persen. Tahun lalu cakupannya 92 persen. "
	                "Sementara itu, cakupan pekerja baru 18,9 persen.");
	size_t of_domain = 0;
	for (size_t i = 0; i < out.n; i++)
		of_domain += strcmp(out.items[i].domain, "bpjs-tk") == 0;
	cr_expect(has_figure(&out, "coverage_pct", "all", 18.9));
	cr_expect_eq(of_domain, 1, "%zu figures of bpjs-tk", of_domain);
	angka_figure_list_free(&out);
}

/* A story whose title names only BPJS Kesehatan's JKN is the neighbour's
 * where a paragraph names no domain, though it names BPJS Ketenagakerjaan
 * in passing; a title naming both ("Jaminan Ketenagakerjaan") is not. */
Test(reading, a_story_titled_by_the_neighbour_alone_is_the_neighbours)
{
	static const char body[] =
	        "\n\nSebanyak 553.126 jiwa di Kabupaten Sambas telah terdaftar sebagai peserta "
	        "JKN.\n\n"
	        "\"Dari 553.126 peserta, yang aktif sebanyak 481.904 jiwa atau 87,12 persen,\" "
	        "ujarnya.\n\nPemkab juga menyiapkan perlindungan BPJS Ketenagakerjaan bagi "
	        "perangkat desa.";
	char text[512];
	snprintf(text, sizeof text, "Beranda\n\n%s%s",
	         "Sambas Raih UHC, 97 Persen Warga Terdaftar JKN", body);
	angka_figure_list out = extract(text);
	size_t of_domain = 0;
	for (size_t i = 0; i < out.n; i++)
		of_domain += strcmp(out.items[i].domain, "bpjs-tk") == 0;
	cr_expect_eq(of_domain, 0, "%zu figures of bpjs-tk", of_domain);
	angka_figure_list_free(&out);
	snprintf(text, sizeof text, "%s%s",
	         "JKN Hampir Semesta, Jaminan Ketenagakerjaan Tertinggal", body);
	out = extract(text);
	cr_expect(has_figure(&out, "participants", "all", 481904));
	angka_figure_list_free(&out);
}

/* Headless, the lead says whose story it is: one whose first sentence
 * naming a domain names only the neighbour's JKN, and which names BPJS
 * Ketenagakerjaan only beside it ("Selain jaminan kesehatan, ..."), is the
 * neighbour's; one that turns to BPJS Ketenagakerjaan in a sentence of its
 * own is not. */
Test(reading, a_headless_story_led_by_the_neighbour_alone_is_the_neighbours)
{
	static const char lead[] =
	        "BENGKULU - Cakupan kepesertaan Jaminan Kesehatan Nasional (JKN) "
	        "di Kota Bengkulu mencapai 96,1 persen dari jumlah penduduk.\n\n";
	char text[768];
	snprintf(text, sizeof text, "%s%s", lead,
	         "\"Peserta yang aktif baru 78,4 persen,\" katanya.\n\nSelain jaminan "
	         "kesehatan, Pemkot juga menyiapkan perlindungan BPJS Ketenagakerjaan bagi "
	         "ketua RT.");
	angka_figure_list out = extract(text);
	size_t of_domain = 0;
	for (size_t i = 0; i < out.n; i++)
		of_domain += strcmp(out.items[i].domain, "bpjs-tk") == 0;
	cr_expect_eq(of_domain, 0, "%zu figures of bpjs-tk", of_domain);
	angka_figure_list_free(&out);
	snprintf(text, sizeof text, "%s%s", lead,
	         "Namun capaian itu berbanding terbalik dengan kepesertaan BPJS "
	         "Ketenagakerjaan.\n\n\"Peserta yang aktif baru 28,4 persen,\" katanya.");
	out = extract(text);
	cr_expect(has_figure(&out, "coverage_pct", "all", 28.4));
	angka_figure_list_free(&out);
	/* named alone, but in passing, with no number near it */
	snprintf(text, sizeof text, "%s%s", lead,
	         "Sementara Kota Bengkulu mencatat cakupan tertinggi, yakni 98,2 persen.\n\n"
	         "Dalam acara yang sama, perwakilan BPJS Ketenagakerjaan Bengkulu turut "
	         "memaparkan pentingnya perlindungan pekerja.\n\nBPJS Kesehatan menargetkan "
	         "keaktifan peserta JKN mencapai 85 persen.");
	out = extract(text);
	of_domain = 0;
	for (size_t i = 0; i < out.n; i++)
		of_domain += strcmp(out.items[i].domain, "bpjs-tk") == 0;
	cr_expect_eq(of_domain, 0, "%zu figures of bpjs-tk named in passing", of_domain);
	angka_figure_list_free(&out);
}

/* "PBI" alone is BPJS Kesehatan's (its members whose contributions the
 * state pays), as "Penerima Bantuan Iuran" is. */
Test(reading, pbi_alone_is_the_neighbours)
{
	angka_figure_list out = extract(
	        "Pemprov Sumsel bekerja sama dengan BPJS Ketenagakerjaan. \"Tahun ini Pemprov "
	        "Sumsel "
	        "menganggarkan Rp187 miliar untuk PBI daerah, mencakup sekitar 410 ribu jiwa "
	        "warga miskin,\" ujarnya.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* Where a ranking's measure comes right before "terendah di X", X is where
 * the lowest is; when a place ranks before it, X is the ranking's scope. */
Test(reading, the_place_of_the_lowest_coverage_is_its_place)
{
	angka_figure_list out =
	        extract("Cakupan kepesertaan BPJS Ketenagakerjaan di Bali 63,1 persen. "
	                "Adapun cakupan terendah di Papua Pegunungan yang hanya "
	                "8,2 persen. Badung memiliki coverage tertinggi di Bali "
	                "sebesar 58,68 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 8.2, "Papua Pegunungan"));
	cr_expect(has_figure_in(&out, "coverage_pct", 58.68, "Kabupaten Badung"));
	angka_figure_list_free(&out);
}

/* "Cakupan Jamsostek Nasional" speaks of the country. */
Test(reading, national_coverage_is_the_countrys)
{
	angka_figure_list out =
	        extract("Cakupan Jamsostek Nasional Baru 41 Persen\n\n"
	                "Di Bali, cakupan kepesertaan BPJS Ketenagakerjaan 63,1 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 41, "Indonesia"));
	angka_figure_list_free(&out);
}

/* A sentence naming several places (offices listed as venues) hands none
 * of them on: the next sentence speaks of the place before. */
Test(reading, several_places_named_hand_none_on)
{
	angka_figure_list out = extract(
	        "MAMUJU - BPJS Ketenagakerjaan Sulawesi Barat membayar klaim peserta sepanjang "
	        "2024. Pelayanan dilakukan di Kantor Cabang Mamuju dan unit kerja Kabupaten "
	        "Polewali Mandar, Kabupaten Pasangkayu dan Kabupaten Majene. Klaim Jaminan Hari "
	        "Tua sebanyak 10.410 kasus sebesar Rp172,1 miliar.");
	cr_expect(has_figure_in(&out, "beneficiaries", 10410, "Sulawesi Barat"));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* The headline's first place is the article's, a regional office's grouping
 * too: "Kanwil Kalimantan ..., Kaltim Tertinggi" is Kalimantan's story. */
Test(reading, the_headlines_first_place_is_the_articles_also_a_grouping)
{
	angka_figure_list out = extract(
	        "Kanwil Kalimantan Bayar Klaim Rp 3,78 Triliun, Kaltim Tertinggi UCJ\n\n"
	        "BALIKPAPAN - BPJS Ketenagakerjaan mencatat pembayaran klaim sepanjang 2024. Ia "
	        "menambahkan, beasiswa pendidikan telah diberikan kepada 3.215 anak peserta.");
	cr_expect(has_figure_in(&out, "scholarship_recipients", 3215, "Kalimantan"));
	angka_figure_list_free(&out);
}

/* "Nusa Tenggara Barat (NTB)" is one item of a list: the count of the
 * three provinces listed is the regional office's, not the last one's. */
Test(reading, a_place_restated_in_parentheses_stays_in_its_list)
{
	angka_figure_list out = extract(
	        "Kantor Wilayah BPJS Ketenagakerjaan Bali Nusa Tenggara (Balinusra) mencatat "
	        "jumlah "
	        "peserta aktif di tiga provinsi, yakni Bali, Nusa Tenggara Barat (NTB), dan Nusa "
	        "Tenggara Timur (NTT), mencapai 1.731.205 tenaga kerja per akhir Maret 2024.");
	cr_expect(has_figure_in(&out, "participants", 1731205, "Balinusra"));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A headline that lists places ("di Jambi, Sumbar dan Kepri") tells the
 * story of them together: a figure its sentence gives no place is the
 * regional office's, not the headline's first place's. */
Test(reading, a_headline_listing_places_is_not_its_first_places_story)
{
	angka_figure_list out = extract(
	        "Kepesertaan BPJS Ketenagakerjaan di Jambi, Sumbar dan Kepri Naik\n\n"
	        "Kantor Wilayah BPJS Ketenagakerjaan Sumbagteng mencatat 1.912.334 peserta aktif "
	        "hingga September 2024. Cakupan kepesertaan baru 35,2 persen dari potensi "
	        "5.432.100 pekerja.");
	cr_expect(has_figure_in(&out, "coverage_pct", 35.2, "Sumbagteng"));
	cr_expect(has_figure_in(&out, "eligible_workers", 5432100, "Sumbagteng"));
	angka_figure_list_free(&out);
}

/* What the scheme pays out nationally in a half-year no province pays: a
 * story that opens on it is the country's, though it names the province
 * that took most; a "count" of claims above the scheme's members is an
 * amount said without "Rp" and makes nothing national. */
Test(reading, payouts_no_province_holds_are_the_countrys)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan menyalurkan beasiswa pendidikan kepada 68.410 anak peserta "
	        "sepanjang Januari hingga Juni 2025, senilai Rp398,2 miliar.\n\n"
	        "Jawa Timur menjadi provinsi dengan penerima terbanyak, yakni 10.912 anak. Jawa "
	        "Timur juga mencatat klaim terbanyak.");
	cr_expect(has_figure_in(&out, "scholarship_recipients", 68410, "Indonesia"));
	cr_expect(has_figure_in(&out, "scholarship_amount_idr", 398.2e9, "Indonesia"));
	cr_expect(has_figure_in(&out, "scholarship_recipients", 10912, "Jawa Timur"));
	angka_figure_list_free(&out);
	out = extract("Klaim BPJS Ketenagakerjaan di Kabupaten Majene Naik\n\nAdapun klaim JKK "
	              "sebanyak 143 kasus sebesar Rp 3,2 miliar dan JKP sebanyak 75,5 Juta.");
	cr_expect(has_figure_in(&out, "beneficiaries", 143, "Kabupaten Majene"));
	cr_expect(!has_figure(&out, "beneficiaries", "all", 75.5e6));
	angka_figure_list_free(&out);
}

/* "... kasus di lima provinsi, yakni Jambi, Bengkulu, ...": the places
 * after a value that it is said of together are the regional office's
 * area, its percentage too; not a list of places with values of their own. */
Test(reading, the_places_a_value_is_said_of_together_are_the_offices_area)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Sumbagsel Bayar Klaim Rp3,5 Triliun\n\n"
	        "Kantor Wilayah BPJS Ketenagakerjaan Sumbagsel membayarkan klaim sepanjang 2024. "
	        "Pembayaran itu untuk 301.224 kasus di lima provinsi, yakni Sumatera Selatan, "
	        "Jambi, Bengkulu, Lampung dan Kepulauan Bangka Belitung. Cakupannya baru 31,4 "
	        "persen dari potensi pekerja di lima provinsi, yakni Sumatera Selatan, Jambi, "
	        "Bengkulu, Lampung dan Kepulauan Bangka Belitung.");
	cr_expect(has_figure_in(&out, "beneficiaries", 301224, "Sumbagsel"));
	cr_expect(has_figure_in(&out, "coverage_pct", 31.4, "Sumbagsel"));
	cr_expect_eq(out.n, 3, "%zu figures", out.n); /* and the headline's Rp3,5 triliun */
	angka_figure_list_free(&out);
	out = extract(
	        "Kepala BPJS Ketenagakerjaan Cabang Tual: kami pasang target cakupan 45 persen "
	        "untuk Kota Tual, Maluku Tenggara 35 persen, dan Aru 30 persen.");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 45, "Kota Tual"));
	cr_expect(has_figure_in(&out, "target_coverage_pct", 35, "Kabupaten Maluku Tenggara"));
	angka_figure_list_free(&out);
}

/* A line that is only a place's name heads the paragraphs on that place:
 * what they say without naming one ("Cabang Cibinong membayarkan klaim")
 * is that place's, not the article's. */
Test(reading, a_heading_that_names_a_place_is_its_sections)
{
	angka_figure_list out = extract(
	        "Separuh Pekerja di Kota Bogor Belum Terlindungi\n\n"
	        "Peserta aktif BPJS Ketenagakerjaan di Kota Bogor tercatat 198.440 orang.\n\n"
	        "Kabupaten Bogor\n\n"
	        "Di kabupaten, capaian kepesertaan lebih rendah.\n\n"
	        "Pada periode yang sama, Cabang Cibinong membayarkan klaim Rp598 miliar untuk "
	        "26.115 kasus.");
	cr_expect(has_figure_in(&out, "participants", 198440, "Kota Bogor"));
	cr_expect(has_figure_in(&out, "beneficiaries", 26115, "Kabupaten Bogor"));
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 598e9, "Kabupaten Bogor"));
	angka_figure_list_free(&out);
}

/* The ministry that sets a place's target ("sesuai penetapan Kementerian
 * Dalam Negeri") is who sets it, not where it is. */
Test(reading, who_sets_a_target_is_not_where_it_is)
{
	angka_figure_list out =
	        extract("Target UCJ BPJS Ketenagakerjaan di Kabupaten Buleleng tahun "
	                "2025 sesuai penetapan Kementerian Dalam Negeri adalah 44,2 "
	                "persen.");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 44.2, "Kabupaten Buleleng"));
	angka_figure_list_free(&out);
}

/* "Siantar" is what the press calls Kota Pematangsiantar: a headline that
 * names it is the city's story, not the regency named more often below. */
Test(reading, siantar_is_pematangsiantar)
{
	angka_figure_list out =
	        extract("BPJAMSOSTEK Siantar Bayar Klaim Rp198 Miliar\n\n"
	                "Wilayah kerja kantor cabang meliputi Kabupaten Simalungun.\n\n"
	                "Ia merinci, klaim JHT dibayarkan untuk 11.204 kasus.\n\n"
	                "Pemkab Simalungun juga mendaftarkan pekerja rentan di Simalungun.");
	cr_expect(has_figure_in(&out, "beneficiaries", 11204, "Kota Pematangsiantar"));
	angka_figure_list_free(&out);
}

/* "yang juga melayani peserta di Kabupaten Soppeng": where a branch's area
 * reaches, with the members it serves there named, is not its place. */
Test(reading, where_an_office_serves_its_members_is_where_its_area_reaches)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Kabupaten Bone\n\nSepanjang 2024, Kantor Cabang Watampone di "
	        "Kabupaten Bone, yang juga melayani peserta di Kabupaten Soppeng, membayarkan "
	        "klaim "
	        "Rp79,2 miliar kepada 6.511 penerima manfaat.");
	cr_expect(has_figure_in(&out, "beneficiaries", 6511, "Kabupaten Bone"));
	cr_expect(!has_figure_in(&out, "beneficiaries", 6511, "Kabupaten Soppeng"));
	angka_figure_list_free(&out);
}

/* "mama-mama pedagang pasar asli Papua": who people are, not where they
 * are; the figure is the place's the paragraph speaks of. */
Test(reading, asli_papua_names_no_place)
{
	angka_figure_list out = extract(
	        "Pemprov Papua Barat Daya telah mendaftarkan pegawai non-ASN sebagai peserta BPJS "
	        "Ketenagakerjaan. Selain itu, perlindungan juga diberikan kepada 6.120 nelayan dan "
	        "mama-mama pedagang pasar asli Papua yang iurannya dibayarkan melalui APBD.");
	cr_expect(has_figure_in(&out, "participants", 6120, "Papua Barat Daya"));
	cr_expect(!has_figure_in(&out, "participants", 6120, "Papua"));
	angka_figure_list_free(&out);
}

/* A bare "Pemkab" after a regency its sentence names is that regency's,
 * not the one the story names most. */
Test(reading, a_bare_pemkab_is_the_regency_its_sentence_named)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Kolaka mencatat kenaikan peserta di Kabupaten Kolaka. Pemkab "
	        "Kolaka juga mendaftarkan aparat desa.\n\nDi Kolaka Utara, lanjutnya, Pemkab sudah "
	        "menanggung iuran 2.870 nelayan dan petani kakao sejak awal tahun ini.");
	cr_expect(has_figure_in(&out, "participants", 2870, "Kabupaten Kolaka Utara"));
	angka_figure_list_free(&out);
}

/* "Dari jumlah itu" after an amount takes a part of that amount, of its
 * place: not of a count said sentences before, of another place. */
Test(reading, a_part_of_an_amount_is_of_the_amounts_place)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Pohuwato, peserta aktif BPJS Ketenagakerjaan tercatat 21.418 orang. "
	        "Untuk tingkat provinsi, BPJS Ketenagakerjaan mencatat pembayaran manfaat kepada "
	        "peserta di Gorontalo sepanjang 2024 sebesar Rp139,6 miliar. Dari jumlah itu, "
	        "beasiswa pendidikan diberikan kepada 91 anak peserta dengan nilai sekitar Rp650 "
	        "juta.");
	cr_expect(has_figure_in(&out, "scholarship_recipients", 91, "Gorontalo"));
	cr_expect(has_figure_in(&out, "scholarship_amount_idr", 650e6, "Gorontalo"));
	angka_figure_list_free(&out);
}

/* "di sana" points back at the last place named, whatever its level. */
Test(reading, di_sana_is_the_last_place_named)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Kota Malang 38 persen. Kami juga melayani Kota "
	        "Batu. Di sana cakupannya justru lebih tinggi, sudah 43 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 43, "Kota Batu"));
	cr_expect(has_figure_in(&out, "coverage_pct", 38, "Kota Malang"));
	angka_figure_list_free(&out);
}

/* "yang pertama di DIY": the scope of a ranking, not the place whose level
 * it is. */
Test(reading, the_first_in_a_province_is_its_scope)
{
	angka_figure_list out = extract("\"Kami ingin Sleman menjadi yang pertama di DIY yang "
	                                "tembus target cakupan BPJS Ketenagakerjaan 55 persen,\" "
	                                "kata Asisten Setda Sleman.");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 55, "Kabupaten Sleman"));
	angka_figure_list_free(&out);
}

/* "buruh" says "pekerja": the same segments ("buruh rentan") and the same
 * place after the count ("dari 19,8 juta buruh di Jawa Barat"). */
Test(reading, buruh_reads_as_pekerja)
{
	angka_figure_list out = extract(
	        "Dalam forum evaluasi BPJS Ketenagakerjaan di Bandung, hingga Juni 2024 tercatat "
	        "7.215.904 peserta aktif dari 19,8 juta buruh di Jawa Barat. Pemprov juga "
	        "mendaftarkan 15.000 buruh rentan sebagai peserta.");
	cr_expect(has_figure_in(&out, "participants", 7215904, "Jawa Barat"));
	cr_expect(has_figure_in(&out, "eligible_workers", 19800000, "Jawa Barat"));
	cr_expect(has_figure(&out, "participants", "rentan", 15000));
	angka_figure_list_free(&out);
}

/* "7.215.904 peserta yang masih aktif dari 19,8 juta pekerja di Jawa
 * Barat": the place after the base is the count's too, past the words that
 * say what the count is; a place named before "dari" stays the count's. */
Test(reading, the_place_after_a_base_is_the_counts_too)
{
	angka_figure_list out = extract(
	        "Dalam forum evaluasi BPJS Ketenagakerjaan di Bandung, hingga Juni 2024 tercatat "
	        "7.215.904 peserta yang masih aktif dari 19,8 juta pekerja di Jawa Barat.");
	cr_expect(has_figure_in(&out, "participants", 7215904, "Jawa Barat"));
	angka_figure_list_free(&out);
	out = extract("Dalam forum evaluasi BPJS Ketenagakerjaan di Bandung, tercatat 612.430 "
	              "peserta aktif di Kota Bekasi dari 19,8 juta pekerja di Jawa Barat.");
	cr_expect(has_figure_in(&out, "participants", 612430, "Kota Bekasi"));
	angka_figure_list_free(&out);
}

/* "pekerja penerima upah (PPU)": an abbreviation the article defines as
 * something else is not the place it could stand for (PPU, Penajam Paser
 * Utara), there or later. */
Test(reading, an_abbreviation_defined_as_no_place_is_none)
{
	angka_figure_list out =
	        extract("PEKANBARU - BPJS Ketenagakerjaan Riau mencatat peserta aktif pekerja "
	                "penerima upah "
	                "(PPU) sebanyak 310.000 orang. Peserta PPU di Riau tumbuh 5 persen.");
	cr_expect(has_figure_in(&out, "participants", 310000, "Riau"));
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_neq(out.items[i].region, "Kabupaten Penajam Paser Utara");
	angka_figure_list_free(&out);
}

/* Does out hold a figure of this value as of this period? */
static bool has_figure_as_of(const angka_figure_list *out, double value, const char *as_of)
{
	for (size_t i = 0; i < out->n; i++)
		if (out->items[i].value == value && out->items[i].as_of &&
		    strcmp(out->items[i].as_of, as_of) == 0)
			return true;
	return false;
}

/* A period a value is compared with is not the value's own: "naik
 * dibanding tahun lalu menjadi 234.000"; but the value the comparison
 * states is of it ("dibandingkan tahun 2023 yang sebanyak 40.000"). */
Test(reading, a_period_compared_with_dates_only_what_it_states)
{
	angka_figure_list out = extract(
	        "MEDAN - BPJS Ketenagakerjaan mencatat capaian kepesertaan hingga Oktober 2024.\n\n"
	        "Peserta aktif naik 12 persen dibanding tahun lalu menjadi 234.000 orang di Kota "
	        "Medan.\n\nPeserta aktif di Kota Binjai 45.000 orang, naik dibandingkan tahun 2023 "
	        "yang sebanyak 40.000 orang.");
	cr_expect(has_figure_as_of(&out, 234000, "2024-10"));
	cr_expect(has_figure_as_of(&out, 45000, "2024-10"));
	cr_expect(has_figure_as_of(&out, 40000, "2023"));
	angka_figure_list_free(&out);
}

/* "Berikut daftarnya:" lists what the sentence before announced; numbered
 * items with a dash, brackets or "=" between the place and its number are
 * items too. */
Test(reading, a_lead_that_names_nothing_lists_what_was_announced)
{
	angka_figure_list out = extract(
	        "JAKARTA - BPJS Ketenagakerjaan merilis lima provinsi dengan jumlah peserta aktif "
	        "terbanyak per Desember 2024. Berikut daftarnya:\n\n1. Jawa Barat 4,96 juta "
	        "orang\n2. DKI Jakarta \xE2\x80\x93 4,7 juta orang\n3. Jawa Timur (4,58 juta "
	        "orang)\n4. Jawa Tengah = 3,95 juta orang\n");
	cr_expect(has_figure_in(&out, "participants", 4960000, "Jawa Barat"));
	cr_expect(has_figure_in(&out, "participants", 4700000, "Daerah Khusus Ibukota Jakarta"));
	cr_expect(has_figure_in(&out, "participants", 4580000, "Jawa Timur"));
	cr_expect(has_figure_in(&out, "participants", 3950000, "Jawa Tengah"));
	cr_expect_eq(out.n, 4, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* "jauh di bawah rata-rata provinsi 32 persen": the province's level, as
 * "rata-rata nasional" is the country's. */
Test(reading, the_provinces_average_is_the_provinces)
{
	angka_figure_list out = extract(
	        "PALEMBANG - BPJS Ketenagakerjaan Sumatera Selatan mencatat, untuk Kabupaten Ogan "
	        "Ilir cakupannya baru 18 persen, jauh di bawah rata-rata provinsi 32 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 18, "Kabupaten Ogan Ilir"));
	cr_expect(has_figure_in(&out, "coverage_pct", 32, "Sumatera Selatan"));
	angka_figure_list_free(&out);
}

/* Does out hold a figure of this metric, segment and value in this region? */
static bool has_row_figure(const angka_figure_list *out, const char *region, const char *metric,
                           const char *segment, double value)
{
	for (size_t i = 0; i < out->n; i++)
		if (strcmp(out->items[i].region, region) == 0 &&
		    strcmp(out->items[i].metric, metric) == 0 &&
		    strcmp(out->items[i].segment, segment) == 0 && out->items[i].value == value)
			return true;
	return false;
}

/* Each row of a table reads on its own: a column's segment stays in its
 * column (the next row's total is everyone's), the last cell of the text
 * is whole, and a row labelled by a year is of that year. */
Test(reading, each_table_row_reads_on_its_own)
{
	angka_figure_list out = extract(
	        "SEMARANG - BPJS Ketenagakerjaan Jawa Tengah merilis data kepesertaan aktif hingga "
	        "Juni 2025. Berikut rinciannya:\n\n"
	        "No | Kabupaten/Kota | PU | BPU | Total | Cakupan (%)\n"
	        "1 | Kabupaten Kudus | 98.300 | 9.128 | 107.428 | 38,1\n"
	        "2 | Kota Semarang | 312.400 | 45.200 | 357.600 | 52,4\n");
	cr_expect(has_row_figure(&out, "Kabupaten Kudus", "participants", "PU", 98300));
	cr_expect(has_row_figure(&out, "Kota Semarang", "participants", "all", 357600));
	cr_expect(has_row_figure(&out, "Kota Semarang", "coverage_pct", "all", 52.4));
	angka_figure_list_free(&out);
	out = extract("SEMARANG - BPJS Ketenagakerjaan Jawa Tengah merilis data kepesertaan "
	              "tahunan hingga Juni 2025.\n\nTahun | Peserta Aktif | Cakupan\n"
	              "2023 | 2.950.000 | 31,2%\n2024 | 3.210.000 | 33,9%\n");
	cr_expect(has_figure_as_of(&out, 2950000, "2023"));
	cr_expect(has_figure_as_of(&out, 33.9, "2024"));
	angka_figure_list_free(&out);
}

/* "masing masing", as it is often written, is "masing-masing": one value
 * for each place listed, and a count for each of two places. */
Test(reading, masing_masing_without_its_hyphen)
{
	angka_figure_list out = extract(
	        "MATARAM - BPJS Ketenagakerjaan NTB mencatat cakupan di Kabupaten Sumbawa dan "
	        "Kabupaten Dompu masing masing 28,4 persen dan 22,1 persen. Peserta aktif di Kota "
	        "Mataram dan Kota Bima masing masing 62.000 orang.");
	cr_expect(has_figure_in(&out, "coverage_pct", 28.4, "Kabupaten Sumbawa"));
	cr_expect(has_figure_in(&out, "coverage_pct", 22.1, "Kabupaten Dompu"));
	cr_expect(has_figure_in(&out, "participants", 62000, "Kota Mataram"));
	cr_expect(has_figure_in(&out, "participants", 62000, "Kota Bima"));
	angka_figure_list_free(&out);
}

/* Context is read where it is said and goes no further: after "... 19,51
 * juta orang merupakan peserta non aktif", a table of provinces lists the
 * participants the sentence before spoke of; a lead that names the active
 * and the non-active columns announces the active first. */
Test(reading, context_is_not_carried_and_a_lead_announces_the_active_first)
{
	angka_figure_list out = extract(
	        "Jumlah peserta BPJS Ketenagakerjaan mencapai 61,08 juta orang. Dari jumlah "
	        "tersebut, 41,56 juta orang merupakan peserta aktif, sedangkan 19,51 juta orang "
	        "merupakan peserta non aktif.\n\n1 | Aceh | 583.638 |\n\n2 | Riau | 1.108.274 |");
	cr_expect(has_figure(&out, "participants", "all", 583638));
	cr_expect(has_figure(&out, "participants", "all", 1108274));
	angka_figure_list_free(&out);
	out = extract(
	        "Jumlah peserta BPJS Ketenagakerjaan per provinsi.\n\nNo. Provinsi Kepesertaan "
	        "Aktif Kepesertaan Non Aktif\n\n1 | Aceh | 583.638 | 117.947\n\n2 | Riau | "
	        "1.108.274 | 831.486");
	cr_expect(has_figure(&out, "participants", "all", 583638));
	cr_expect(has_figure(&out, "participants", "all", 1108274));
	angka_figure_list_free(&out);
}

/* A story whose first figures are a count no province holds, said of no
 * place, is the country's: the places it lists later, or where it was said,
 * are not what its other sentences speak of. */
Test(reading, a_story_opening_on_a_national_count_is_the_countrys)
{
	angka_figure_list out = extract(
	        "Jakarta - BPJS Ketenagakerjaan mencatat jumlah peserta aktif hingga Oktober 2025 "
	        "mencapai 45,21 juta pekerja, kata Direktur Utama di Jakarta.\n\n"
	        "Peserta dari segmen bukan penerima upah tercatat 10,7 juta orang.\n\n"
	        "- Jawa Barat: 6,52 juta\n- Jawa Timur: 6,03 juta\n\n"
	        "Di Jawa Timur, peserta BPU sudah menembus satu juta orang.\n\n"
	        "Sepanjang 2025 BPJS Ketenagakerjaan membayarkan klaim 3,9 juta kasus.");
	cr_expect(has_figure_in(&out, "participants", 10.7e6, "Indonesia"));
	cr_expect(has_figure_in(&out, "beneficiaries", 3.9e6, "Indonesia"));
	cr_expect(has_figure_in(&out, "participants", 1e6, "Jawa Timur"));
	angka_figure_list_free(&out);
	/* A story that names its place first stays that place's. */
	out = extract("Padang - Peserta aktif BPJS Ketenagakerjaan di Sumatera Barat mencapai "
	              "612 ribu orang. Secara nasional peserta aktif 45,21 juta orang.\n\n"
	              "Klaim yang dibayarkan sepanjang 2025 sebanyak 9.100 kasus.");
	cr_expect(has_figure_in(&out, "beneficiaries", 9100, "Sumatera Barat"));
	angka_figure_list_free(&out);
}

/* The workers a local budget covers are its vulnerable workers, also when
 * the budget is named after them ("melalui APBD", "lewat dana desa"). */
Test(reading, workers_covered_through_a_local_budget_are_rentan)
{
	angka_figure_list out =
	        extract("Pemerintah Kabupaten Flores Timur menanggung iuran BPJS Ketenagakerjaan "
	                "bagi 4.500 nelayan dan petani melalui APBD tahun anggaran 2025.");
	cr_expect(has_figure(&out, "participants", "rentan", 4500));
	angka_figure_list_free(&out);
}

/* A place named again by the level that stands for it ("Di Jawa Timur,
 * pemerintah provinsi dan kabupaten/kota ...") is no list of places. */
Test(reading, a_place_and_its_level_are_one_place)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Jawa Timur terus naik.\n\n"
	        "Di Jawa Timur, pemerintah provinsi dan kabupaten/kota kini menanggung iuran "
	        "untuk kurang lebih satu juta pekerja rentan.");
	cr_expect(has_figure_in(&out, "participants", 1e6, "Jawa Timur"));
	angka_figure_list_free(&out);
}

/* Village officials by their local names are segment other, as
 * "perangkat desa" is. */
Test(reading, village_officials_by_local_names_are_other)
{
	angka_figure_list out = extract("Pemkab Simalungun telah mendaftarkan 2.481 perangkat "
	                                "nagori sebagai peserta BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "other", 2481));
	angka_figure_list_free(&out);
}

/* A place named after a turn ("namun masih di bawah rata-rata nasional")
 * is not what the values before the turn speak of. */
Test(reading, a_place_named_after_a_turn_is_not_the_values_before_it)
{
	angka_figure_list out = extract(
	        "Cakupan kepesertaan aktif BPJS Ketenagakerjaan di Aceh hingga Agustus 2025 "
	        "mencapai 27,3 persen. Angka itu naik dari 24,9 persen pada akhir 2024, namun "
	        "masih jauh di bawah rata-rata nasional sebesar 41,6 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 24.9, "Aceh"));
	angka_figure_list_free(&out);
}

/* A bare name of both a regency and a city is the one the article names
 * explicitly; a branch office named after it ("Cabang Blitar", placed in the
 * city by convention) does not say which. */
Test(reading, a_branch_does_not_decide_what_a_bare_name_means)
{
	angka_figure_list out = extract(
	        "Peserta BPJS Ketenagakerjaan Blitar Tembus 142 Ribu\n\n"
	        "BLITAR - Jumlah peserta aktif BPJS Ketenagakerjaan di Kabupaten Blitar per April "
	        "2025 tercatat 142.870 orang.\n\nDengan angkatan kerja 2024 sebanyak 721.300 "
	        "orang, cakupan kabupaten itu baru 19,8 persen.\n\n"
	        "Kepala BPJS Ketenagakerjaan Cabang Blitar mengajak pekerja mendaftar.");
	cr_expect(has_figure_in(&out, "coverage_pct", 19.8, "Kabupaten Blitar"));
	angka_figure_list_free(&out);
}

/* A table's total row is not its last row's place: it is the article's
 * (the country, for a national table). */
Test(reading, a_total_row_is_not_the_last_rows_place)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan mencatat peserta aktif secara nasional per Juni 2025 "
	                "mencapai "
	                "45,2 juta pekerja.\n\nBerikut rincian peserta aktif per provinsi:\n\n"
	                "| No | Provinsi | Peserta Aktif |\n|---|---|---|\n| 1 | Aceh | 583.638 |\n"
	                "| 2 | Bali | 912.400 |\n| | Total | 1.496.038 |\n");
	cr_expect(has_figure_in(&out, "participants", 912400, "Bali"));
	cr_expect_not(has_figure_in(&out, "participants", 1496038, "Bali"));
	angka_figure_list_free(&out);
}

/* "kabupaten itu" points back at the last regency named, not at the one the
 * article names most. */
Test(reading, kabupaten_itu_is_the_regency_just_named)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Aceh per Agustus 2025 mencapai 27,3 persen. "
	        "Kabupaten Aceh Besar memimpin dengan 48,4 persen. Bupati Aceh Besar menyebut "
	        "Kabupaten Aceh Besar menganggarkan iuran pekerja rentan.\n\n"
	        "Aceh Utara menjadi sorotan. Angkatan kerja kabupaten itu pada 2024 sebanyak "
	        "289.517 orang. Namun cakupan kepesertaan di kabupaten tersebut per Agustus baru "
	        "16,2 "
	        "persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 16.2, "Kabupaten Aceh Utara"));
	angka_figure_list_free(&out);
}

/* A table's header flattened into one line of words names its columns by
 * its cue words ("Penduduk Bekerja", "Peserta Aktif", "Cakupan (%)"). */
Test(reading, a_header_line_of_words_names_the_columns_under_it)
{
	angka_figure_list out = extract(
	        "Berikut cakupan kepesertaan BPJS Ketenagakerjaan pada sejumlah provinsi:\n\n"
	        "Provinsi Penduduk Bekerja (Sakernas Feb 2025) Peserta Aktif Cakupan (%)\n"
	        "Sumatera Selatan | 4.402.117 | 1.198.436 | 27,22\n"
	        "Bengkulu | 1.061.925 | 241.870 | 22,78\n");
	cr_expect(has_figure_in(&out, "eligible_workers", 4402117, "Sumatera Selatan"));
	cr_expect(has_figure_in(&out, "participants", 241870, "Bengkulu"));
	cr_expect(has_figure_in(&out, "coverage_pct", 22.78, "Bengkulu"));
	angka_figure_list_free(&out);
	/* Words that do not pair with the columns say nothing of them. */
	out = extract("Berikut cakupan kepesertaan BPJS Ketenagakerjaan pada sejumlah provinsi:\n\n"
	              "Provinsi Peserta Aktif Cakupan (%)\n"
	              "Bengkulu | 1.061.925 | 241.870 | 22,78\n");
	cr_expect_not(has_figure_in(&out, "participants", 241870, "Bengkulu"));
	angka_figure_list_free(&out);
}

/* A venue word ("kantornya") is where something happened only for a place
 * in its clause, or right after its address comma ("di Aula Kantor
 * Gubernur, Padang"), not past a comma where the sentence goes on. */
Test(reading, a_venue_does_not_reach_past_its_clause)
{
	angka_figure_list out = extract(
	        "Di dua kabupaten yang juga dilayani kantornya, peserta aktif BPJS "
	        "Ketenagakerjaan di Labuhanbatu Utara tercatat 58.114 orang dan Labuhanbatu "
	        "Selatan 54.790 orang.");
	cr_expect(has_figure_in(&out, "participants", 58114, "Kabupaten Labuhanbatu Utara"));
	angka_figure_list_free(&out);
}

/* What a subject is said to include (", termasuk pekerja penerima bantuan
 * iuran dari APBD Kabupaten Manokwari dan Kaimana") names neither its
 * segment nor its place; workers receiving contribution aid are BPJS
 * Ketenagakerjaan's too, not JKN's. */
Test(reading, what_is_included_is_an_aside)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Papua Barat terus naik.\n\n"
	        "Sementara pekerja Informal, termasuk pekerja penerima bantuan iuran bersumber "
	        "dari "
	        "APBD, Kabupaten Manokwari, Mansel dan Kaimana sebesar 52.710 tenaga kerja dari "
	        "jumlah angkatan kerja 144.225 atau 36,54 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 36.54, "Papua Barat"));
	cr_expect(has_figure(&out, "participants", "BPU", 52710));
	angka_figure_list_free(&out);
}

/* A clause that names only the neighbouring domain speaks of it, whatever
 * the rest of its sentence names. */
Test(reading, a_clause_naming_only_the_neighbour_is_its)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Riau baru 39,4 persen. \"Kalau BPJS Kesehatan "
	        "bisa "
	        "di atas 90 persen, jaminan sosial ketenagakerjaan juga harus bisa menyusul,\" "
	        "ujarnya.");
	cr_expect_not(has_figure(&out, "coverage_pct", "all", 90));
	cr_expect(has_figure(&out, "coverage_pct", "all", 39.4));
	angka_figure_list_free(&out);
}

/* Whom something was said to ("kata Hendra kepada METRO", the outlet) is no
 * place of its figures (Metro is a city in Lampung). */
Test(reading, whom_it_was_said_to_is_no_place)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Kantor Cabang Sibolga membayarkan klaim sepanjang 2023.\n\n"
	        "\"JKK 214 kasus sebesar Rp2,15 miliar,\" kata Hendra kepada METRO di ruang "
	        "kerjanya.");
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 2.15e9, "Kota Sibolga"));
	angka_figure_list_free(&out);
}

/* A ranking word that opens its clause ranks the place after it ("Terendah
 * di Kabupaten Sambas dengan 11 persen", "sedangkan terendah Kabupaten
 * Kayong Utara 11 persen"); after what it ranks, the place is the ranking's
 * scope ("Kota Pontianak tertinggi di Kalimantan Barat"). */
Test(reading, a_ranking_that_opens_its_clause_names_the_place_ranked)
{
	const char *lead = "Cakupan kepesertaan BPJS Ketenagakerjaan di Kalimantan Barat baru 26 "
	                   "persen per Juni 2025. ";
	struct {
		const char *text, *region;
	} cases[] = {
	        {"Terendah di Kabupaten Sambas dengan 11 persen.", "Kabupaten Sambas"},
	        {"\"Paling rendah di Kabupaten Kayong Utara, hanya 11 persen,\" kata dia.",
	         "Kabupaten Kayong Utara"},
	        {"Tertinggi Kota Pontianak sebesar 48 persen, sedangkan terendah Kabupaten Kayong "
	         "Utara 11 persen.",
	         "Kabupaten Kayong Utara"},
	        {"Kota Pontianak tertinggi di Kalimantan Barat dengan 48 persen.",
	         "Kota Pontianak"},
	        /* the clause's start further back than a place's usual window */
	        {"Capaian tertinggi dipegang Kota Pontianak dengan 48 persen, sedangkan yang "
	         "terendah Kabupaten Kayong Utara dengan 11 persen.",
	         "Kabupaten Kayong Utara"}};
	char text[512];
	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
		snprintf(text, sizeof text, "%s%s", lead, cases[c].text);
		angka_figure_list out = extract(text);
		cr_assert_geq(out.n, 2, "%s", cases[c].text);
		cr_expect_str_eq(out.items[out.n - 1].region, cases[c].region, "%s", cases[c].text);
		angka_figure_list_free(&out);
	}
}

/* A table whose rows are segments: its total row is of every worker, not
 * of the segment of the row above it. */
Test(reading, a_total_row_is_not_of_the_last_rows_segment)
{
	angka_figure_list out = extract("Data BPJS Ketenagakerjaan Cabang Selong per Oktober 2024 "
	                                "di Kabupaten Lombok Timur "
	                                "sebagai berikut:\n\n"
	                                "Segmen | Potensi | Peserta Aktif | Coverage\n\n"
	                                "Penerima Upah (PU) | 98.412 | 61.077 | 62,06%\n\n"
	                                "Bukan Penerima Upah (BPU) | 512.630 | 58.904 | 11,49%\n\n"
	                                "Total | 611.042 | 119.981 | 19,64%");
	bool total = false;
	for (size_t i = 0; i < out.n; i++)
		if (out.items[i].value == 119981) {
			total = true;
			cr_expect_str_eq(out.items[i].segment, "all");
		}
	cr_expect(total);
	cr_expect(has_figure_in(&out, "participants", 58904, "Kabupaten Lombok Timur"));
	angka_figure_list_free(&out);
}

/* A numbered list is a list: each item goes on from its lead ("Berikut
 * ... peserta BPU ...:"), not only the first. */
Test(reading, every_item_of_a_numbered_list_is_of_its_lead)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan mencatat peserta aktif nasional 45 juta orang.\n\n"
	                "Berikut lima provinsi dengan jumlah peserta BPU aktif terbanyak per "
	                "Agustus 2025:\n\n"
	                "1. Jawa Timur: 1.612.407 orang\n\n2. Jawa Tengah: 1.488.930 orang\n\n"
	                "3. Jawa Barat: 1.102.655 orang");
	size_t items = 0;
	for (size_t i = 0; i < out.n; i++)
		if (out.items[i].value < 2000000) {
			items++;
			cr_expect_str_eq(out.items[i].segment, "BPU", "%g", out.items[i].value);
		}
	cr_expect_eq(items, 3);
	angka_figure_list_free(&out);
}

/* What a column's header names it counts ("Jumlah Kasus"), its numbers
 * count, also the small ones a bare number would not be read as. */
Test(reading, a_column_header_says_what_its_numbers_count)
{
	angka_figure_list out = extract(
	        "Klaim BPJS Ketenagakerjaan Ponorogo 2024\n\n"
	        "Berikut rincian klaim yang dibayarkan BPJS Ketenagakerjaan Cabang Ponorogo di "
	        "Kabupaten Ponorogo selama 2024:\n\n"
	        "Program | Jumlah Kasus | Nominal\n\n"
	        "JHT | 9.412 | Rp 128.904.775.300\n\n"
	        "JKM | 318 | Rp 13.356.000.000\n\n"
	        "JKP | 45 | Rp 341.870.500");
	size_t counts = 0;
	for (size_t i = 0; i < out.n; i++)
		if (strcmp(out.items[i].metric, "beneficiaries") == 0) {
			counts++;
			cr_expect_str_eq(out.items[i].unit, "cases", "%g", out.items[i].value);
		}
	cr_expect_eq(counts, 3);
	cr_expect(has_figure_in(&out, "beneficiaries", 318, "Kabupaten Ponorogo"));
	angka_figure_list_free(&out);
}

/* "Di antara empat kabupaten di Papua Selatan, Merauke ...": the province
 * the others lie in is where they are, not one of a list. */
Test(reading, a_place_the_next_lies_in_is_no_item_of_a_list)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan mencatat cakupan Papua Selatan 27 persen. Di antara empat "
	        "kabupaten di Papua Selatan, Merauke mencatat cakupan tertinggi, yakni 35,12 "
	        "persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 35.12, "Kabupaten Merauke"));
	cr_expect(!has_figure_in(&out, "coverage_pct", 35.12, "Papua Selatan"));
	angka_figure_list_free(&out);
}

/* Workers whose contributions a government pays are `rentan` (guideline
 * 10); catechists and religious teachers `other`, as marbot are. */
Test(reading, who_pays_and_who_serves_say_the_segment)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Sikka, sebanyak 8.400 pekerja yang iurannya ditanggung pemkab sudah "
	        "terdaftar di BPJS Ketenagakerjaan. Pemkab juga melindungi 1.250 katekis dan guru "
	        "agama.");
	for (size_t i = 0; i < out.n; i++) {
		if (out.items[i].value == 8400)
			cr_expect_str_eq(out.items[i].segment, "rentan");
		if (out.items[i].value == 1250)
			cr_expect_str_eq(out.items[i].segment, "other");
	}
	cr_expect(has_figure_in(&out, "participants", 8400, "Kabupaten Sikka"));
	cr_expect(has_figure_in(&out, "participants", 1250, "Kabupaten Sikka"));
	angka_figure_list_free(&out);
}

/* "iurannya dibayarkan Pemprov" says the same as "ditanggung pemprov", and
 * Aceh calls its budgets APBA and APBK: the workers are `rentan`. */
Test(reading, a_government_that_pays_and_acehs_budgets_say_rentan)
{
	angka_figure_list out = extract(
	        "Pemkab Aceh Utara menanggung iuran BPJS Ketenagakerjaan 6.500 nelayan melalui "
	        "APBK 2025. Di Kabupaten Bireuen, pekerja bukan penerima upah yang terdaftar "
	        "mencapai 31.408 orang, termasuk 2.000 petani yang iurannya dibayarkan Pemkab "
	        "Bireuen.");
	for (size_t i = 0; i < out.n; i++) {
		if (out.items[i].value == 6500 || out.items[i].value == 2000)
			cr_expect_str_eq(out.items[i].segment, "rentan");
	}
	cr_expect(has_figure_in(&out, "participants", 6500, "Kabupaten Aceh Utara"));
	cr_expect(has_figure_in(&out, "participants", 2000, "Kabupaten Bireuen"));
	angka_figure_list_free(&out);
	/* a government that "menanggung iuran" of a group pays for them */
	out = extract("Pemkab Lingga menanggung iuran BPJS Ketenagakerjaan bagi 2.250 nelayan pada "
	              "2024.");
	cr_expect(out.n == 1 && strcmp(out.items[0].segment, "rentan") == 0);
	angka_figure_list_free(&out);
	/* "iurannya dibayar pemkot", "didaftarkan pemkab", "ditanggung daerah" */
	out = extract("Di Kota Tegal, nelayan yang iurannya dibayar pemkot tercatat 4.120 orang "
	              "peserta BPJS Ketenagakerjaan.");
	cr_expect(out.n == 1 && strcmp(out.items[0].segment, "rentan") == 0);
	angka_figure_list_free(&out);
	/* ... informal workers too, but not a group the guidelines set apart */
	out = extract("Untuk pekerja informal, Pemkab Lingga menanggung iuran BPJS Ketenagakerjaan "
	              "bagi 2.250 nelayan. Bagi pegawai non-ASN, Pemkab Lingga menanggung iuran "
	              "BPJS Ketenagakerjaan 3.200 peserta.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].segment, "rentan");
	cr_expect_str_eq(out.items[1].segment, "other");
	angka_figure_list_free(&out);
}

/* A place after a speaker's words is where they spoke ("ujarnya di
 * Jayapura"), but not after a comma that goes on to what was said. */
Test(reading, what_is_said_after_the_speaker_names_its_place)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Merauke, nelayan yang terlindungi BPJS Ketenagakerjaan baru 4.250 "
	        "orang. "
	        "Secara keseluruhan, kata Agustinus, cakupan kepesertaan di Provinsi Papua Selatan "
	        "tercatat 36,82 persen atau 71.604 pekerja.");
	cr_expect(has_figure_in(&out, "coverage_pct", 36.82, "Papua Selatan"));
	cr_expect(has_figure_in(&out, "participants", 71604, "Papua Selatan"));
	cr_expect(has_figure_in(&out, "participants", 4250, "Kabupaten Merauke"));
	angka_figure_list_free(&out);
}

/* "di ibu kota Provinsi Kalimantan Timur itu" points back at the city, as
 * "ibu kota provinsi tersebut" does; the province named in it is no place
 * of the figure. */
Test(reading, the_capital_of_a_named_province_pointed_back_at_is_the_city)
{
	angka_figure_list out = extract(
	        "Wali Kota Samarinda menerima kunjungan BPJS Ketenagakerjaan. Hingga November "
	        "2025, "
	        "peserta aktif di ibu kota Provinsi Kalimantan Timur itu berjumlah 298.540 orang.");
	cr_expect(has_figure_in(&out, "participants", 298540, "Kota Samarinda"));
	cr_expect(!has_figure_in(&out, "participants", 298540, "Kalimantan Timur"));
	angka_figure_list_free(&out);
}

/* "pemerintah provinsi dan kabupaten/kota" are governments of every level,
 * no one province: a regional office's figures stay its own. */
Test(reading, governments_of_every_level_are_no_province)
{
	angka_figure_list out = extract(
	        "Peserta Aktif BPJS Ketenagakerjaan Sumbagsel Hampir 3 Juta\n\n"
	        "Kanwil Sumbagsel membawahi Sumatera Selatan, Lampung, Jambi, Bengkulu dan Bangka "
	        "Belitung. Lampung paling rendah.\n\n"
	        "\"Kenaikan ini tidak lepas dari dukungan pemerintah provinsi dan "
	        "kabupaten/kota,\" "
	        "tulisnya.\n\n"
	        "Rinciannya, peserta dari segmen Penerima Upah (PU) sebanyak 1.854.310 orang.");
	cr_expect(has_figure_in(&out, "participants", 1854310, "Sumbagsel"));
	angka_figure_list_free(&out);
}

/* "delapan provinsi saat ini mencatat": "saat ini" is now, not an epithet
 * pointing back at a province ("provinsi kepulauan ini"). */
Test(reading, now_is_no_epithet)
{
	angka_figure_list out = extract(
	        "Capaian UCJ Maluku Utara baru 45,12 persen.\n\n"
	        "Hendra menyebutkan, wilayah kerja Kanwil Sulawesi Maluku yang membawahi delapan "
	        "provinsi saat ini mencatat lebih dari 4,1 juta peserta aktif BPJS "
	        "Ketenagakerjaan.");
	cr_expect(has_figure_in(&out, "participants", 4100000, "Sulawesi Maluku"));
	angka_figure_list_free(&out);
}

/* The press's by-names of places (julukan) name them: "Pulau Dewata" is
 * Bali, "Bumi Cenderawasih" Papua, "Kota Pahlawan" Surabaya. */
Test(reading, a_places_by_name_names_it)
{
	angka_figure_list out = extract(
	        "Kanwil BPJS Ketenagakerjaan Banuspa mencatat 1.004.231 peserta aktif di Pulau "
	        "Dewata. Di Bumi Cenderawasih, peserta aktif baru 310.500 orang.");
	cr_expect(has_figure_in(&out, "participants", 1004231, "Bali"));
	cr_expect(has_figure_in(&out, "participants", 310500, "Papua"));
	angka_figure_list_free(&out);
}

/* "kabupaten berjuluk Pamahanunusa itu": a level with a by-name no
 * gazetteer knows, pointed back at, is the last place of that level named,
 * not the branch office that reports it. */
Test(reading, a_level_called_by_a_by_name_points_back)
{
	angka_figure_list out = extract(
	        "Cakupan jaminan sosial ketenagakerjaan di Kabupaten Maluku Tengah masih "
	        "rendah.\n\n"
	        "Data BPJS Ketenagakerjaan Cabang Ambon menunjukkan, per September 2025 cakupan di "
	        "kabupaten berjuluk Pamahanunusa itu baru 29,8 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 29.8, "Kabupaten Maluku Tengah"));
	angka_figure_list_free(&out);
}

/* Non-ASN staff are `other`, but the labour force less civil servants
 * ("angkatan kerja non-ASN") is every worker. */
Test(reading, the_labour_force_less_civil_servants_is_everyone)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Maluku Tengah, dari 121.450 angkatan kerja non-ASN, peserta aktif "
	        "BPJS Ketenagakerjaan saat ini sebanyak 37.020 orang atau 31,2 persen.");
	cr_assert_eq(out.n, 3);
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_eq(out.items[i].segment, "all", "%g", out.items[i].value);
	angka_figure_list_free(&out);
}

/* A lead that names its table's columns in brackets at its end ("(potensi
 * pekerja, peserta aktif, persentase):") is their header. */
Test(reading, a_lead_naming_its_columns_in_brackets_is_their_header)
{
	angka_figure_list out = extract(
	        "Berikut rincian capaian UCJ BPJS Ketenagakerjaan kabupaten/kota se-Bangka "
	        "Belitung per 30 Juni 2025 (potensi pekerja, peserta aktif, persentase):\n\n"
	        "Bangka Tengah | 93.400 | 55.031 | 58,92%\n\n"
	        "Bangka Selatan | 103.800 | 37.493 | 36,12%");
	cr_expect(has_figure_in(&out, "eligible_workers", 93400, "Kabupaten Bangka Tengah"));
	cr_expect(has_figure_in(&out, "participants", 55031, "Kabupaten Bangka Tengah"));
	cr_expect(has_figure_in(&out, "participants", 37493, "Kabupaten Bangka Selatan"));
	cr_expect(!has_figure_in(&out, "participants", 93400, "Kabupaten Bangka Tengah"));
	angka_figure_list_free(&out);
}

/* "di lima provinsi tersebut" points back at the group the five make (a
 * regional office's), not at the last province named. */
Test(reading, a_number_of_provinces_pointed_back_at_is_their_group)
{
	angka_figure_list out =
	        extract("Peserta Aktif BPJS Ketenagakerjaan Sumbagsel Hampir 3 Juta\n\n"
	                "Kanwil Sumbagsel membawahi Sumatera Selatan, Lampung, Jambi, Bengkulu dan "
	                "Kepulauan Bangka Belitung.\n\n"
	                "Secara keseluruhan, dari potensi sekitar 9,4 juta pekerja di lima "
	                "provinsi tersebut, capaian UCJ menyentuh 31,56 persen.");
	cr_expect(has_figure_in(&out, "eligible_workers", 9400000, "Sumbagsel"));
	cr_expect(!has_figure_in(&out, "eligible_workers", 9400000, "Kepulauan Bangka Belitung"));
	angka_figure_list_free(&out);
}

/* "paling tinggi di DIY" is the scope of a ranking, as "tertinggi di" is;
 * "Kota Jogja" is the city, though "Jogja" alone is the province. */
Test(reading, paling_tinggi_di_names_a_scope_and_kota_jogja_the_city)
{
	angka_figure_list out =
	        extract("Kota Yogyakarta mencatat coverage BPJS Ketenagakerjaan paling tinggi di "
	                "DIY, yaitu "
	                "71,46 persen. Di Kota Jogja, peserta aktif tercatat 210.500 orang.");
	cr_expect(has_figure_in(&out, "coverage_pct", 71.46, "Kota Yogyakarta"));
	cr_expect(has_figure_in(&out, "participants", 210500, "Kota Yogyakarta"));
	angka_figure_list_free(&out);
}

/* Values "masing-masing" for the places listed together before them, not
 * for one named beside the list. */
Test(reading, each_value_is_of_the_places_listed_together)
{
	angka_figure_list out = extract(
	        "UCJ BPJS Ketenagakerjaan per provinsi.\n\nAdapun Jawa Barat dan Jawa Tengah, dua "
	        "provinsi dengan jumlah pekerja terbesar setelah Jawa Timur, mencatat UCJ "
	        "masing-masing 33,41% dan 31,07%.");
	cr_expect(has_figure_in(&out, "coverage_pct", 33.41, "Jawa Barat"));
	cr_expect(has_figure_in(&out, "coverage_pct", 31.07, "Jawa Tengah"));
	angka_figure_list_free(&out);
}

/* As many values of one measure after a list of places as it names places
 * are theirs in order, also when the list's "masing-masing" is said of
 * something else first ("menempati peringkat kedua dan ketiga"). */
Test(reading, values_after_a_list_of_as_many_places_are_theirs_in_order)
{
	angka_figure_list out = extract(
	        "Paritrana Award BPJS Ketenagakerjaan\n\nKabupaten Banyuwangi dan Kabupaten Badung "
	        "masing-masing menempati peringkat kedua dan ketiga, dengan cakupan kepesertaan "
	        "BPJS Ketenagakerjaan 58,2 persen dan 61,74 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 58.2, "Kabupaten Banyuwangi"));
	cr_expect(has_figure_in(&out, "coverage_pct", 61.74, "Kabupaten Badung"));
	cr_expect(!has_figure_in(&out, "coverage_pct", 58.2, "Kabupaten Badung"));
	cr_expect(!has_figure_in(&out, "coverage_pct", 61.74, "Kabupaten Banyuwangi"));
	angka_figure_list_free(&out);
}

/* "target provinsi" is the province's target, not the places that passed
 * it. */
Test(reading, the_provinces_target_is_the_provinces)
{
	angka_figure_list out = extract(
	        "UCJ Kaltara Naik\n\nTANJUNG SELOR - Cakupan BPJS Ketenagakerjaan di Kalimantan "
	        "Utara terus naik. Dua daerah, Tarakan dan Bulungan, sudah melampaui target "
	        "provinsi tahun 2025 sebesar 58 persen.");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 58, "Kalimantan Utara"));
	cr_expect(!has_figure_in(&out, "target_coverage_pct", 58, "Kota Tarakan"));
	angka_figure_list_free(&out);
}

/* A national body said to set a place's target ("dari Kemendagri") is who
 * sets it, not where it is. */
Test(reading, who_sets_a_places_target_is_not_its_place)
{
	angka_figure_list out =
	        extract("Cakupan BPJS Ketenagakerjaan NTT Naik\n\nKUPANG - Target UCJ "
	                "NTT dari Kemendagri untuk 2025 adalah 42,5 persen.");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 42.5, "Nusa Tenggara Timur"));
	angka_figure_list_free(&out);
}

/* A coordinating ministry's release speaks of the country: the capital
 * where its meeting was held is no place of its figures. */
Test(reading, a_national_ministrys_release_speaks_of_the_country)
{
	angka_figure_list out = extract(
	        "5,82 Juta Pekerja Rentan Terlindungi, Kemenko PMK Dorong Pemda\n\nKEMENKO PMK — "
	        "Hingga akhir Juni 2024, sebanyak 5,82 juta pekerja rentan telah terdaftar sebagai "
	        "peserta aktif BPJS Ketenagakerjaan. Hal itu disampaikan Deputi Kemenko PMK saat "
	        "memimpin rapat koordinasi secara hibrida di Jakarta.");
	cr_expect(has_figure_in(&out, "participants", 5820000, "Indonesia"));
	angka_figure_list_free(&out);
}

/* "target 45 persen untuk Kota Tual, Maluku Tenggara 35 persen, dan Aru 30
 * persen": a place named right after one value is that value's, not the
 * first item of a list before the next. */
Test(reading, a_place_after_one_value_is_no_item_of_the_next)
{
	angka_figure_list out = extract(
	        "Target UCJ Maluku\n\nAMBON - Kepala BPJS Ketenagakerjaan Cabang Tual mengatakan, "
	        "\"Kami pasang target 45 persen untuk Kota Tual, Maluku Tenggara 35 persen, dan "
	        "Aru "
	        "30 persen sampai Desember 2023.\"");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 45, "Kota Tual"));
	cr_expect(has_figure_in(&out, "target_coverage_pct", 35, "Kabupaten Maluku Tenggara"));
	angka_figure_list_free(&out);
}

/* "pekerja bukan ASN" are the workers the scheme is for, everyone but the
 * civil servants: segment all, as "di luar ASN" is. */
Test(reading, workers_who_are_not_civil_servants_are_everyone)
{
	angka_figure_list out =
	        extract("Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Tual baru "
	                "36,8 persen, atau 10.576 pekerja dari potensi 28.701 "
	                "pekerja bukan ASN di kota tersebut.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 28701));
	cr_expect(has_figure(&out, "participants", "all", 10576));
	angka_figure_list_free(&out);
}

/* "di luar pekerja jasa konstruksi, dari 160.072 pekerja ...": a group set
 * out of the count is not whom it counts. */
Test(reading, a_group_set_out_of_a_count_is_not_its_segment)
{
	angka_figure_list out = extract(
	        "Secara keseluruhan, di luar pekerja jasa konstruksi, dari 151.040 pekerja yang "
	        "wajib "
	        "terlindungi BPJS Ketenagakerjaan di Morowali sebanyak 118.410 orang telah menjadi "
	        "peserta aktif.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 151040));
	cr_expect(has_figure(&out, "participants", "all", 118410));
	angka_figure_list_free(&out);
}

/* A list that spells out an area ("di tiga provinsi wilayah kerjanya, yakni
 * Riau, Sumatera Barat dan Kepulauan Riau") is the area together, also
 * before a percentage: the regional office's, not each province's. */
Test(reading, a_list_spelling_out_an_area_is_the_area)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Kantor Wilayah Sumbagteng mencatat UCJ di tiga provinsi "
	        "wilayah kerjanya, yakni Riau, Sumatera Barat dan Kepulauan Riau, mencapai 37,9 "
	        "persen pada akhir 2025.");
	cr_expect(has_figure_in(&out, "coverage_pct", 37.9, "Sumbagteng"));
	cr_expect(!has_figure_in(&out, "coverage_pct", 37.9, "Riau"));
	angka_figure_list_free(&out);
}

/* With no headline, the regional office a lead reports for is the story's
 * place ("MAKASSAR - Kantor Wilayah BPJS Ketenagakerjaan Sulawesi Maluku
 * membukukan ..."), not the city named most; not when the lead names the
 * place it reports for ("... mencatat cakupan ... di Provinsi Sumatera
 * Selatan"). */
Test(reading, a_headless_leads_regional_office_is_the_storys_place)
{
	angka_figure_list out = extract(
	        "FAJAR.CO.ID, MAKASSAR - Kantor Wilayah BPJS Ketenagakerjaan Sulawesi Maluku "
	        "membukukan sejumlah capaian sepanjang 2025.\n"
	        "Kinerja itu dipaparkan di Makassar. Kota Makassar menjadi tuan rumah.\n"
	        "Sepanjang 2025, klaim JHT dibayarkan untuk 14.905 kasus.");
	cr_expect(has_figure_in(&out, "beneficiaries", 14905, "Sulawesi Maluku"));
	angka_figure_list_free(&out);
	out = extract("Palembang (ANTARA) - Kantor Wilayah BPJS Ketenagakerjaan Sumbagsel mencatat "
	              "cakupan kepesertaan di Provinsi Sumatera Selatan baru 28,7 persen.\n"
	              "Peserta BPU tercatat 196.430 orang.");
	cr_expect(has_figure_in(&out, "participants", 196430, "Sumatera Selatan"));
	angka_figure_list_free(&out);
}

/* A newspaper named after its town ("JP Radar Kediri", "Lombok Post") is no
 * mention of the town: the regency the story names is its place. */
Test(reading, a_newspapers_town_is_no_mention)
{
	angka_figure_list out = extract(
	        "KABUPATEN, JP Radar Kediri - Perlindungan pekerja di Kabupaten Kediri makin luas. "
	        "(REZA FAHLEVI/RADAR KEDIRI)\n\n"
	        "Menurut dia, Kabupaten Kediri tertinggal dibanding Kota Kediri yang sudah 51 "
	        "persen.\n\n"
	        "Sepanjang 2024 santunan JKM BPJS Ketenagakerjaan dibayarkan kepada ahli waris "
	        "untuk 54 kasus.");
	cr_expect(has_figure_in(&out, "beneficiaries", 54, "Kabupaten Kediri"));
	angka_figure_list_free(&out);
}

/* A place only pointed back at ("di kota itu", the dateline's city) is
 * named by no mention the article's place is counted from: it still gives
 * the figure its place (it crashed the choice of the article's place). */
Test(reading, a_place_only_pointed_back_at_is_the_dateline_s)
{
	angka_figure_list out = extract("SORONG - Cakupan kepesertaan BPJS Ketenagakerjaan di kota "
	                                "itu mencapai 38,9 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 38.9, "Kota Sorong"));
	angka_figure_list_free(&out);
}

/* Headless, a lead paragraph whose only place is a regional office's
 * grouping makes the story the office's, however often one of its
 * provinces is named below. */
Test(reading, a_headless_lead_naming_only_a_grouping_is_the_offices_story)
{
	angka_figure_list out = extract(
	        "RMOLACEH. Capaian kepesertaan jaminan sosial ketenagakerjaan di wilayah Sumatera "
	        "Bagian Utara (Sumbagut) dinilai masih rendah.\n\nHingga akhir Mei 2025, pekerja "
	        "yang "
	        "aktif menjadi peserta baru sekitar 2,5 juta orang.\n\nSumatera Utara masih "
	        "tertinggal dibanding Aceh. Di Sumatera Utara, pekerja informal di perkebunan "
	        "sulit "
	        "dijangkau.");
	cr_expect(has_figure_in(&out, "participants", 2.5e6, "Sumbagut"));
	angka_figure_list_free(&out);
}

/* "A value1 dan di B value2": a conjunction before a place's link opens the
 * next place's clause; the value before it stays with its own place. */
Test(reading, a_place_after_and_with_its_own_value_is_not_the_value_befores)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Magetan sebanyak 61.204 orang "
	        "dan di Ngawi 58.917 orang.");
	cr_expect(has_figure_in(&out, "participants", 61204, "Kabupaten Magetan"));
	cr_expect(has_figure_in(&out, "participants", 58917, "Kabupaten Ngawi"));
	angka_figure_list_free(&out);
}

/* A group named in a relative clause that describes a place ("Kota Dumai,
 * yang menampung pekerja formal paling banyak, ...") says what the place
 * is, not whom the figures after it count. */
Test(reading, a_group_describing_a_place_is_not_the_figures_segment)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Riau masih timpang.\n\nKota Dumai, yang "
	        "menampung pekerja formal paling banyak, berada di urutan kedua. Cakupannya "
	        "47,1 persen dengan 61.302 peserta aktif.");
	cr_expect(has_figure(&out, "participants", "all", 61302));
	cr_expect(has_figure(&out, "coverage_pct", "all", 47.1));
	angka_figure_list_free(&out);
}

/* A bare "pemerintah provinsi" stands for the province the story names,
 * not for one named only as where a meeting was held. */
Test(reading, a_bare_level_word_is_no_venues_place)
{
	angka_figure_list out = extract(
	        "KEMENKO PMK - Sebanyak 5,82 juta pekerja rentan telah terdaftar sebagai peserta "
	        "aktif BPJS Ketenagakerjaan.\n\nHal itu disampaikan Deputi Andika saat memimpin "
	        "rapat koordinasi di Jakarta, Rabu (14/8/2024).\n\nRapat dihadiri perwakilan "
	        "pemerintah provinsi dari 38 provinsi.");
	cr_expect(!has_figure_in(&out, "participants", 5.82e6, "Daerah Khusus Ibukota Jakarta"));
	angka_figure_list_free(&out);
}

/* The end of an address with the day it was said ("di Gedung Nusantara I,
 * Senayan, Jakarta, Selasa (2/9/2025)") is a venue, as "di Jakarta,
 * Selasa" is: the capital does not become the story's place. */
Test(reading, the_city_ending_an_address_with_its_day_is_a_venue)
{
	angka_figure_list out = extract(
	        "PARLEMENTARIA, Jakarta - Komisi IX DPR RI menyoroti perlindungan pekerja migran. "
	        "Hal itu mengemuka dalam rapat dengar pendapat dengan BPJS Ketenagakerjaan di "
	        "Gedung Nusantara I, Senayan, Jakarta, Selasa (2/9/2025).\n\nPekerja migran yang "
	        "terdaftar aktif hingga Juli 2025 sebanyak 561.200 orang.");
	cr_expect(!has_figure_in(&out, "participants", 561200, "Daerah Khusus Ibukota Jakarta"));
	cr_expect(has_figure_in(&out, "participants", 561200, "Indonesia"));
	angka_figure_list_free(&out);
}

/* A newspaper named after its province ("Riau Pos", "Jambi Ekspres", "Pos
 * Kupang") is no mention of the province, also where it asks the questions
 * of an interview. */
Test(reading, a_newspaper_named_after_its_province_is_no_mention)
{
	angka_figure_list out = extract(
	        "Riau Pos berbincang dengan Kepala BPJS Ketenagakerjaan Cabang Dumai.\n\nRiau Pos: "
	        "Berapa peserta aktif di Kota Dumai?\n\nDimas: Per akhir Mei ada 61.940 orang.\n\n"
	        "Riau Pos: Berapa pekerja informalnya?\n\nDimas: Bukan penerima upah ada 11.315 "
	        "orang.");
	cr_expect(has_figure_in(&out, "participants", 11315, "Kota Dumai"));
	cr_expect(!has_figure_in(&out, "participants", 11315, "Riau"));
	angka_figure_list_free(&out);
}

/* "melampaui" is a bound like "melewati": said of two places together it is
 * a threshold, no measurement of either. */
Test(reading, a_level_two_places_exceeded_is_a_threshold)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Jawa Tengah baru 31,5 persen. Kota Surakarta dan "
	        "Kabupaten Kudus sudah melampaui 55 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 31.5, "Jawa Tengah"));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A lead in which a regional office reports for the provinces of its area,
 * named together, is the office's story: the figures that name no place
 * are its grouping's, not one of its provinces'. */
Test(reading, an_office_reporting_for_its_provinces_together_is_the_storys_place)
{
	angka_figure_list out = extract(
	        "Medan (ANTARA) - Kantor Wilayah BPJS Ketenagakerjaan Sumatera Bagian Utara "
	        "(Sumbagut) menyebut pekerja yang terlindungi di Sumatera Utara dan Aceh sudah "
	        "menembus 2,7 juta orang.\n\n"
	        "Berdasarkan segmen, pekerja penerima upah masih mendominasi dengan 1.702.118 "
	        "orang.\n\n"
	        "Di Aceh, cakupannya baru 35,21 persen.");
	cr_expect(has_figure_in(&out, "participants", 1702118, "Sumbagut"));
	cr_expect(has_figure_in(&out, "coverage_pct", 35.21, "Aceh"));
	angka_figure_list_free(&out);
}

/* Segments restated in brackets ("penerima upah (PU) dan bukan penerima
 * upah (BPU)") are still a list of two, paired with two values in turn. */
Test(reading, a_list_of_segments_restated_in_brackets_pairs_its_values)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Purbalingga, peserta BPJS Ketenagakerjaan penerima upah (PU) dan "
	        "bukan "
	        "penerima upah (BPU) pada 2024 masing-masing sebanyak 84.215 orang dan 43.506 "
	        "orang.");
	cr_expect(has_figure(&out, "participants", "PU", 84215));
	cr_expect(has_figure(&out, "participants", "BPU", 43506));
	angka_figure_list_free(&out);
}

/* An island is no place of a figure, nor a member of the list it opens:
 * "Provinsi termuda di Pulau Kalimantan, Kalimantan Utara, ..." speaks of
 * the province (and not of the regional office named like the island). */
Test(reading, an_island_is_no_place_of_a_list)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan nasional 41,2 persen. Provinsi termuda di Pulau "
	        "Kalimantan, Kalimantan Utara, melengkapi daftar dengan capaian 50,48%.");
	cr_expect(has_figure_in(&out, "coverage_pct", 50.48, "Kalimantan Utara"));
	angka_figure_list_free(&out);
}

/* "kabupaten paling barat pesisir selatan Jawa Tengah ini" points back at
 * the regency the story is of; the province named inside it only
 * qualifies it. */
Test(reading, a_long_epithet_with_its_province_points_back_at_the_regency)
{
	angka_figure_list out = extract(
	        "Cilacap (ANTARA) - Cakupan kepesertaan BPJS Ketenagakerjaan di kabupaten paling "
	        "barat pesisir selatan Jawa Tengah ini baru menyentuh 38,17 persen, kata Kepala "
	        "Pemkab Cilacap.");
	cr_expect(has_figure_in(&out, "coverage_pct", 38.17, "Kabupaten Cilacap"));
	angka_figure_list_free(&out);
}

/* "di tiga provinsi ini" after a regional office and its provinces is the
 * office's area, not the story's province. */
Test(reading, provinces_pointed_back_at_are_the_offices_area)
{
	angka_figure_list out = extract(
	        "UCJ Jambi Tembus 51 Persen\n\nJAMBI - BPJS Ketenagakerjaan Kanwil Sumbagteng "
	        "mencatat Provinsi Jambi sebagai daerah dengan cakupan tertinggi di wilayah "
	        "kerjanya. Kanwil itu membawahi kantor cabang di Jambi, Riau dan Sumatera Barat. "
	        "\"Per Juni 2025, UCJ di tiga provinsi ini 41,07 persen,\" kata Kepala Kanwil.");
	cr_expect(has_figure_in(&out, "coverage_pct", 41.07, "Sumbagteng"));
	angka_figure_list_free(&out);
}

/* A place ranked above ("terbanyak setelah DKI Jakarta") is not the place
 * of the figure the ranked one holds. */
Test(reading, a_place_ranked_above_is_not_the_figures_place)
{
	angka_figure_list out = extract(
	        "JAKARTA - Jawa Barat menjadi provinsi dengan peserta aktif BPJS Ketenagakerjaan "
	        "terbanyak setelah DKI Jakarta, yakni sekitar 6,9 juta orang.");
	cr_expect(has_figure_in(&out, "participants", 6900000, "Jawa Barat"));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* The provinces a named regional office heads ("Kanwil Sumbagut yang
 * membawahi Aceh dan Sumatera Utara") are its area, not the figure's
 * places: the figure is the office's. */
Test(reading, the_provinces_an_office_heads_are_its_area)
{
	angka_figure_list out = extract(
	        "MEDAN - Kanwil BPJS Ketenagakerjaan Sumbagut yang membawahi Aceh dan Sumatera "
	        "Utara mencatat cakupan kepesertaan 38,2 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 38.2, "Sumbagut"));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* The place a story is filed from, opening a later paragraph with a comma
 * that goes on in words ("Kota Banjarmasin, meski ..."), is the subject of
 * that sentence, not a dateline again. */
Test(reading, the_dateline_place_as_a_later_subject_is_a_place)
{
	angka_figure_list out = extract(
	        "BANJARMASIN, JEJAKREKAM - Cakupan BPJS Ketenagakerjaan Kota Banjarbaru 67,08 "
	        "persen, tertinggi di Kalimantan Selatan.\n\n"
	        "Kota Banjarmasin, meski memiliki jumlah peserta terbanyak, yakni sekitar 218 ribu "
	        "orang, berada di urutan keempat dengan 54,9 persen.");
	cr_expect(has_figure_in(&out, "participants", 218000, "Kota Banjarmasin"));
	cr_expect(has_figure_in(&out, "coverage_pct", 54.9, "Kota Banjarmasin"));
	angka_figure_list_free(&out);
}

/* The office named after a speech verb and the speaker's name ("ujar
 * Umardin Lubis, Deputi Direktur Wilayah Sumbagut") is who speaks, not the
 * place of what the quote says. */
Test(reading, the_office_after_the_speakers_name_is_the_speakers)
{
	angka_figure_list out = extract(
	        "MEDAN - \"Tahun lalu peserta BPJS Ketenagakerjaan kita di Sumut sekitar 1,25 "
	        "juta. "
	        "Sekarang sudah naik ke 1,4 juta,\" ujar Umardin Lubis, Deputi Direktur Wilayah "
	        "Sumbagut BPJS Ketenagakerjaan.");
	cr_expect(has_figure_in(&out, "participants", 1400000, "Sumatera Utara"));
	angka_figure_list_free(&out);
}

/* A list item that names only a place ("1. DKI Jakarta") heads what the
 * paragraph after it says. */
Test(reading, a_numbered_place_heads_the_paragraph_after_it)
{
	angka_figure_list out = extract(
	        "Jakarta - Sebaran peserta aktif BPJS Ketenagakerjaan masih bertumpu di Jawa. "
	        "Berikut daftar provinsi dengan peserta aktif terbanyak:\n\n1. DKI Jakarta\n\n"
	        "Ibu kota menempati posisi puncak dengan 8,32 juta peserta aktif.\n\n"
	        "2. Jawa Barat\n\nProvinsinya mencatat 6,41 juta peserta aktif.\n");
	cr_expect(has_figure_in(&out, "participants", 8320000, "Daerah Khusus Ibukota Jakarta"));
	cr_expect(has_figure_in(&out, "participants", 6410000, "Jawa Barat"));
	angka_figure_list_free(&out);
}

/* A national plan's target is the country's, whatever place the story is
 * about. */
Test(reading, a_national_plan_sets_the_countrys_target)
{
	angka_figure_list out =
	        extract("CIAMIS - Cakupan BPJS Ketenagakerjaan di Kabupaten Ciamis baru 30 persen. "
	                "Rencana Pembangunan Jangka Panjang Nasional (RPJPN) 2025-2045 membidik "
	                "99,5 persen pekerja terlindungi pada 2045.");
	cr_expect(has_figure_in(&out, "coverage_pct", 30, "Kabupaten Ciamis"));
	cr_expect(has_figure_in(&out, "target_coverage_pct", 99.5, "Indonesia"));
	angka_figure_list_free(&out);
}

/* A title's clause that gives the headline's number names the story's
 * place, not the local angle before it. */
Test(reading, the_title_clause_with_the_number_names_the_place)
{
	angka_figure_list out = extract(
	        "Nelayan Bintan Ikut Terlindungi, Klaim BPJS Ketenagakerjaan di Kepri Tembus Rp1 "
	        "Triliun\n\nBINTAN - Sebagian nelayan kini tak lagi melaut tanpa perlindungan "
	        "BPJS Ketenagakerjaan.\n\nCakupan kepesertaan saat ini sudah 58 persen.\n");
	cr_expect(has_figure_in(&out, "coverage_pct", 58, "Kepulauan Riau"));
	angka_figure_list_free(&out);
}

/* "Muhyidin, yang memimpin Kantor Wilayah BPJS Ketenagakerjaan Sumatera
 * Bagian Selatan (Sumbagsel), mengatakan ...": who leads an office holds
 * its title; the office is the speaker's, not where the figures are. */
Test(reading, who_leads_an_office_speaks_for_it)
{
	angka_figure_list out =
	        extract("BANDAR LAMPUNG - Cakupan BPJS Ketenagakerjaan di Provinsi Lampung masih "
	                "rendah. Muhyidin, yang memimpin Kantor Wilayah BPJS Ketenagakerjaan "
	                "Sumatera Bagian Selatan (Sumbagsel), mengatakan jumlah pekerja yang sudah "
	                "terlindungi mencapai 760.468 orang.");
	cr_expect(has_figure_in(&out, "participants", 760468, "Lampung"));
	angka_figure_list_free(&out);
}

/* "... naik 23 persen bila dibandingkan Desember 2023. Saat itu, jumlah
 * peserta aktif masih 212.266 orang": "then" is the period named last
 * before, though it was named as what is compared with. */
Test(reading, then_is_the_period_named_last)
{
	angka_figure_list out = extract(
	        "BENGKULU - Sampai Desember 2024, peserta aktif BPJS Ketenagakerjaan di "
	        "Provinsi Bengkulu tercatat 261.814 orang. Angka tersebut naik 23 persen bila "
	        "dibandingkan Desember 2023. Saat itu, jumlah peserta aktif di Bengkulu masih "
	        "212.266 orang.");
	cr_expect(has_figure_as_of(&out, 261814, "2024-12"));
	cr_expect(has_figure_as_of(&out, 212266, "2023-12"));
	angka_figure_list_free(&out);
}

/* "BPJamsostek Kantor Wilayah Bali, Nusa Tenggara dan Papua (Banuspa)
 * mencatat ...": the places an office's name lists are its name, not where
 * what it records is; one place after "Kanwil" and a speaker's name after it
 * are not such a list. */
Test(reading, the_places_an_office_name_lists_are_its_name)
{
	angka_figure_list out = extract(
	        "DENPASAR - Separuh lebih pekerja di Bali sudah menjadi peserta jaminan sosial "
	        "ketenagakerjaan. Per 31 Maret 2025, BPJamsostek Kantor Wilayah Bali, Nusa "
	        "Tenggara "
	        "dan Papua (Banuspa) mencatat capaian itu setara 50,88 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 50.88, "Bali"));
	cr_expect(!has_figure_in(&out, "coverage_pct", 50.88, "Papua"));
	angka_figure_list_free(&out);
}

/* What one programme paid, after what was paid under all of them, is a part
 * of that total: of its place, not the story's, and of the wider place the
 * total turns out to be of where a later sentence says it again for it. */
Test(reading, a_programmes_payout_is_of_its_totals_place)
{
	angka_figure_list out = extract(
	        "SURABAYA - Antrean peserta di kantor cabang BPJS Ketenagakerjaan Surabaya masih "
	        "panjang, kata pengurus serikat buruh Kota Surabaya.\n"
	        "Kantor Wilayah BPJS Ketenagakerjaan Jawa Timur mencatat, hingga Juni 2024 ada "
	        "80.120 kasus klaim yang dibayarkan di Jatim dengan nilai Rp1,1 triliun.\n"
	        "Klaim JHT menjadi yang terbanyak, yakni 55.300 kasus senilai Rp900 miliar.\n"
	        "Sisanya klaim JKK 20.100 kasus dan JKM 4.720 kasus.");
	cr_expect(has_row_figure(&out, "Jawa Timur", "beneficiaries", "all", 55300));
	cr_expect(has_row_figure(&out, "Jawa Timur", "benefit_amount_idr", "all", 900e9));
	cr_expect(has_row_figure(&out, "Jawa Timur", "beneficiaries", "all", 4720));
	angka_figure_list_free(&out);

	out = extract("SORONG - BPJS Ketenagakerjaan Cabang Sorong, Papua Barat Daya mencatat "
	              "sepanjang 2024 membayarkan klaim Rp80.500.000.000 untuk 4.400 kasus.\n"
	              "Untuk klaim JHT sebesar Rp70.100.000.000 dari 3.900 kasus.\n"
	              "\"Klaim yang kami bayarkan di wilayah Papua Barat Daya sepanjang 2024 "
	              "sebanyak 4.400 kasus dengan nilai Rp80.500.000.000,\" ujarnya.");
	cr_expect(has_row_figure(&out, "Papua Barat Daya", "beneficiaries", "all", 3900));
	cr_expect(has_row_figure(&out, "Papua Barat Daya", "benefit_amount_idr", "all", 70.1e9));
	angka_figure_list_free(&out);
}

/* "Bone Bolango berada di bawah rata-rata provinsi.": the province said by
 * its level alone is what the regency is set against; the figures after it
 * in the paragraph are still the regency's. */
Test(reading, a_province_said_by_its_level_is_no_turn_from_its_regency)
{
	angka_figure_list out = extract(
	        "SUWAWA - Capaian UCJ Provinsi Gorontalo baru 54 persen.\n"
	        "Bone Bolango berada di bawah rata-rata provinsi. Kepala Bagian Perekonomian Setda "
	        "Bone Bolango, Rahmat Pakaya, menyebut terdapat 23.418 pekerja yang terdaftar "
	        "aktif di BPJS Ketenagakerjaan, dari potensi 51.200 pekerja.\n"
	        "Forum itu digelar di Kota Gorontalo.");
	cr_expect(has_figure_in(&out, "coverage_pct", 54, "Gorontalo"));
	cr_expect(has_figure_in(&out, "participants", 23418, "Kabupaten Bone Bolango"));
	cr_expect(has_figure_in(&out, "eligible_workers", 51200, "Kabupaten Bone Bolango"));
	angka_figure_list_free(&out);
}

/* "Capaiannya baru 29,4 persen, di bawah rata-rata nasional.": the average
 * after a figure is what it is compared with, not its place. */
Test(reading, an_average_after_a_figure_is_no_place_of_it)
{
	angka_figure_list out = extract(
	        "MARTAPURA - Jumlah pekerja di Kabupaten Banjar yang menjadi peserta aktif BPJS "
	        "Ketenagakerjaan per April 2025 tercatat 61.237 orang. Capaiannya baru 29,4 "
	        "persen, di bawah rata-rata nasional.");
	cr_expect(has_figure_in(&out, "coverage_pct", 29.4, "Kabupaten Banjar"));
	cr_expect(!has_figure_in(&out, "coverage_pct", 29.4, "Indonesia"));
	angka_figure_list_free(&out);
}

/* "Provinsi Aceh, yang juga berada di bawah koordinasi Kanwil Sumbagut,
 * ...": the office's area in an aside on the place is not the place the
 * sentence speaks of; nor is the office whose data it is. */
Test(reading, an_office_in_an_aside_on_a_place_is_not_its_place)
{
	angka_figure_list out = extract(
	        "MEDAN - Sementara itu untuk Provinsi Aceh, yang juga berada di bawah koordinasi "
	        "Kanwil Sumbagut, cakupan kepesertaan BPJS Ketenagakerjaan tercatat 27,3 persen "
	        "pada akhir 2024.");
	cr_expect(has_figure_in(&out, "coverage_pct", 27.3, "Aceh"));
	angka_figure_list_free(&out);
	out = extract("MAKASSAR - Untuk lingkup Sulawesi Selatan, berdasarkan data Kantor Wilayah "
	              "BPJS Ketenagakerjaan Sulawesi Maluku, peserta aktif per Juni 2025 mencapai "
	              "1.580.000 orang.");
	cr_expect(has_figure_in(&out, "participants", 1580000, "Sulawesi Selatan"));
	angka_figure_list_free(&out);
}

/* "Kantor Cabang Bukittinggi, yang melayani kawasan Agam, Tanah Datar
 * hingga Pasaman, membukukan 148.905 peserta": every place of the list a
 * branch serves is its working area, not where its figure is. */
Test(reading, the_places_a_branch_serves_are_not_its_figures_place)
{
	angka_figure_list out = extract(
	        "PADANG - Kantor Cabang Bukittinggi, yang melayani kawasan Agam, Tanah Datar "
	        "hingga "
	        "Pasaman, membukukan 148.905 peserta BPJS Ketenagakerjaan per Agustus 2025.");
	cr_expect(has_figure_in(&out, "participants", 148905, "Kota Bukittinggi"));
	angka_figure_list_free(&out);
}

/* "... kepada pekerja di Papua Barat ... menembus Rp123 miliar" then
 * "Kantor Cabang ... Manokwari mencatat total pembayaran
 * Rp123.225.817.215": the precise statement of the province's round figure
 * is the province's, and so is a programme's part of it. */
Test(reading, the_precise_statement_of_a_wider_places_round_figure_is_its)
{
	angka_figure_list out = extract(
	        "MANOKWARI - Nilai klaim jaminan sosial ketenagakerjaan yang dibayarkan kepada "
	        "pekerja di Papua Barat sepanjang 2023 menembus Rp123 miliar.\n"
	        "Kantor Cabang BPJS Ketenagakerjaan Manokwari mencatat total pembayaran "
	        "Rp123.225.817.215 dari 7.025 kasus selama 2023. Klaim JHT menjadi yang terbesar, "
	        "yaitu Rp106,63 miliar dari 6.500 kasus.\n"
	        "Kepala cabang berharap kepesertaan terus naik.");
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 123225817215.0, "Papua Barat"));
	cr_expect(
	        !has_figure_in(&out, "benefit_amount_idr", 123225817215.0, "Kabupaten Manokwari"));
	angka_figure_list_free(&out);
}

/* "Ferama Putri, pimpinan Kantor Cabang BPJS Ketenagakerjaan Bengkulu,
 * menyebut ...": the speaker's office, its title in lowercase after the
 * name, is not the place of the figures said. */
Test(reading, a_lowercase_title_after_the_speakers_name_names_the_office)
{
	angka_figure_list out = extract(
	        "BENGKULU - Peserta BPJS Ketenagakerjaan di Provinsi Bengkulu terus bertambah.\n"
	        "Ferama Putri, pimpinan Kantor Cabang BPJS Ketenagakerjaan Bengkulu, menyebut per "
	        "Desember 2024 jumlah peserta aktif mencapai 261.814 orang.");
	cr_expect(has_figure_in(&out, "participants", 261814, "Bengkulu"));
	angka_figure_list_free(&out);
}

/* "Kabupaten Serang: di tengah" over a section of a round-up: a kicker that
 * opens on its place heads the section, as a sub-heading of the place
 * alone does. */
Test(reading, a_kicker_opening_on_a_place_heads_its_section)
{
	angka_figure_list out = extract(
	        "LEBAK - Cakupan BPJS Ketenagakerjaan di Banten beragam antardaerah.\n\n"
	        "Kota Cilegon: kota industri\n\n"
	        "Cakupan di kota itu sudah 90 persen, tertinggi di Banten.\n\n"
	        "Kabupaten Serang: di tengah\n\n"
	        "Kawasan industrinya terus tumbuh dalam lima tahun terakhir.\n\n"
	        "Kepala Disnakertrans Lebak menyebut pemkab menanggung iuran bagi 9.200 pekerja "
	        "rentan pada 2025.\n\n"
	        "Itu belum cukup.");
	cr_expect(has_figure_in(&out, "participants", 9200, "Kabupaten Serang"));
	angka_figure_list_free(&out);
}
