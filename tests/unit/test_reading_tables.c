/* Tables flattened into text, read from whole articles through the
 * pipeline: what a caption or a header says of the numbers in the rows
 * below it (docs/rules.md, the column header scope). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

/* A caption over rows of two cells names what their numbers are: here a
 * percentage ("Persentase") of the working population who are
 * participants. */
Test(reading, a_caption_names_the_numbers_of_two_cell_rows)
{
	angka_figure_list out = extract(
	        "BPS mencatat kepesertaan jaminan sosial ketenagakerjaan per provinsi.\n\n"
	        "Persentase Penduduk Bekerja yang Menjadi Peserta Jaminan Sosial Ketenagakerjaan "
	        "Menurut Provinsi (2023)\n\nBali | 38.92\n\nJawa Barat | 31.40\n");
	cr_expect(has_figure_in(&out, "coverage_pct", 38.92, "Bali"));
	cr_expect(has_figure_in(&out, "coverage_pct", 31.4, "Jawa Barat"));
	angka_figure_list_free(&out);
}

/* A scale a caption states ("Oktober 2025 (juta orang)") holds for the
 * columns below it whose headers state none. */
Test(reading, a_captions_scale_holds_for_the_columns_below)
{
	angka_figure_list out = extract(
	        "Berikut daftar lengkapnya:\n\n10 Provinsi dengan Peserta Aktif BPJS "
	        "Ketenagakerjaan Terbanyak\n\nOktober 2025 (juta orang)\n\nProvinsi | Peserta "
	        "Aktif\n\nJawa Tengah | 4.66\n\nBanten | 2.98\n");
	cr_expect(has_figure_in(&out, "participants", 4.66e6, "Jawa Tengah"));
	cr_expect(has_figure_in(&out, "participants", 2.98e6, "Banten"));
	angka_figure_list_free(&out);
}

/* "- Lima kabupaten lainnya: 44.390 peserta": the rest of the places
 * together is no place, not the item's before it. */
Test(reading, a_list_item_for_the_rest_of_the_places_is_no_place)
{
	angka_figure_list out = extract("Peserta BPJS Ketenagakerjaan per kabupaten/kota di Maluku "
	                                "Utara:\n\n- Kota Ternate: 47.315 peserta\n- Halmahera "
	                                "Utara: 14.290 peserta\n- Lima kabupaten lainnya: 44.390 "
	                                "peserta\n");
	cr_expect(has_figure(&out, "participants", "all", 47315));
	cr_expect(has_figure(&out, "participants", "all", 14290));
	cr_expect(!has_figure(&out, "participants", "all", 44390));
	angka_figure_list_free(&out);
}

/* A first row of bare numbers under a header of three columns is a row, not
 * a second header: its header scales it and says what it holds. A column
 * of two groups together ("Jakon & PMI") is theirs together. */
Test(reading, a_row_of_bare_numbers_is_no_header_and_a_column_of_two_groups_is_theirs)
{
	angka_figure_list out = extract("Peserta BPJS Ketenagakerjaan per Desember 2024:\n\n"
	                                "Provinsi | Peserta Aktif (juta orang) | Cakupan (%)\n"
	                                "Aceh | 0.43 | 25.9\nRiau | 1.21 | 42.6\n\n"
	                                "Peserta aktif BPJS Ketenagakerjaan nasional menurut "
	                                "segmen:\n\nTahun | PU (juta) | Jakon & PMI (juta)\n"
	                                "2023 | 26.19 | 6.27\n");
	cr_expect(has_figure_in(&out, "participants", 430000, "Aceh"));
	cr_expect(has_figure_in(&out, "coverage_pct", 42.6, "Riau"));
	cr_expect(has_figure(&out, "participants", "PU", 26190000));
	cr_expect(has_figure(&out, "participants", "other", 6270000));
	angka_figure_list_free(&out);
}

/* A header line of words over rows that start with a row number ("No
 * Kabupaten/Kota Peserta Aktif Potensi Pekerja Capaian (%)" over "1
 * Kab. Sidoarjo 812.406 1.104.318 73,57"): the row's number is no column
 * of numbers its header words must name. */
Test(reading, a_row_number_is_no_column_the_header_names)
{
	angka_figure_list out = extract("Capaian UCJ BPJS Ketenagakerjaan Kabupaten/Kota per 31 "
	                                "Januari 2025\nNo Kabupaten/Kota Peserta Aktif Potensi "
	                                "Pekerja Capaian (%)\n1 Kab. Sidoarjo 812.406 1.104.318 "
	                                "73,57\n2 Kab. Gresik 398.144 641.270 62,09\n");
	cr_expect(has_figure_in(&out, "participants", 812406, "Kabupaten Sidoarjo"));
	cr_expect(has_figure_in(&out, "eligible_workers", 1104318, "Kabupaten Sidoarjo"));
	cr_expect(has_figure_in(&out, "coverage_pct", 62.09, "Kabupaten Gresik"));
	angka_figure_list_free(&out);
}

/* In one list, a bare name beside its city named "Kota" is the regency,
 * also when the bare name said before the list (in the title) took the city. */
Test(reading, a_bare_name_listed_beside_its_kota_is_the_regency)
{
	angka_figure_list out = extract("Cakupan Jamsostek NTB, Bima Terendah\n\nBerikut cakupan "
	                                "kepesertaan BPJS Ketenagakerjaan kabupaten/kota di Nusa "
	                                "Tenggara Barat:\n\n- Kota Bima 41,05 persen\n- Dompu "
	                                "24,33 persen\n- Bima 19,88 persen\n");
	cr_expect(has_figure_in(&out, "coverage_pct", 41.05, "Kota Bima"));
	cr_expect(has_figure_in(&out, "coverage_pct", 19.88, "Kabupaten Bima"));
	angka_figure_list_free(&out);
}

/* Under a header of two cells, a line of a name and its number without the
 * '|' ("Kota Bontang 84,15") is a row of the table. */
Test(reading, a_row_of_two_cells_without_its_bar_is_a_row)
{
	angka_figure_list out = extract("Judul Berita Cakupan Jamsostek Kaltim\n\nBerikut capaian "
	                                "UCJ BPJS Ketenagakerjaan kabupaten/kota:\n\nDaerah | "
	                                "Capaian UCJ (%)\nKota Bontang 84,15\nKota Samarinda "
	                                "66,02\n");
	cr_expect(has_figure_in(&out, "coverage_pct", 84.15, "Kota Bontang"));
	cr_expect(has_figure_in(&out, "coverage_pct", 66.02, "Kota Samarinda"));
	angka_figure_list_free(&out);
}

/* One base stated for several periods ("2023 | ... | 5.402.118", "2024 |
 * ... | 5.460.905") grows by a few percent: each is the base of its year,
 * none the workforce the other is drawn from. */
Test(reading, a_base_stated_for_several_years_stays_a_base)
{
	angka_figure_list out = extract("UCJ DKI Jakarta\n\nBerikut capaian UCJ DKI Jakarta:\n\n"
	                                "Tahun | Peserta Aktif | Potensi Pekerja | UCJ\n"
	                                "2022 | 3.912.406 | 5.318.220 | 73,57%\n"
	                                "2023 | 4.104.775 | 5.402.118 | 75,98%\n"
	                                "2024 | 4.286.310 | 5.460.905 | 78,49%\n"
	                                "April 2025 | 4.198.652 | 5.512.640 | 76,16%\n");
	cr_expect(has_figure(&out, "eligible_workers", "all", 5402118));
	cr_expect(has_figure(&out, "eligible_workers", "all", 5460905));
	cr_expect(has_figure(&out, "eligible_workers", "all", 5512640));
	angka_figure_list_free(&out);
}

/* A column whose header says "(Rp)" holds rupiah as written; one whose
 * header says "(%)" holds percentages, a coverage above a hundred too (a
 * capital where head offices register their staff). */
Test(reading, a_column_header_says_rupiah_or_percent)
{
	angka_figure_list out =
	        extract("Klaim BPJS Ketenagakerjaan Kota Semarang\n\nBerikut rincian klaim BPJS "
	                "Ketenagakerjaan Kota Semarang sepanjang 2023:\n\n"
	                "Program | Jumlah Kasus | Nominal (Rp)\n"
	                "JHT | 24.918 | 318.774.206.500\n"
	                "JKK | 2.306 | 21.450.118.900\n");
	cr_expect(has_figure(&out, "benefit_amount_idr", "all", 318774206500));
	cr_expect(has_figure(&out, "benefit_amount_idr", "all", 21450118900));
	angka_figure_list_free(&out);
	out = extract(
	        "UCJ Tertinggi\n\nBerikut provinsi dengan UCJ BPJS Ketenagakerjaan tertinggi per "
	        "September 2024:\n\nNo | Provinsi | Peserta Aktif | Potensi Pekerja | UCJ (%)\n"
	        "1 | DKI Jakarta | 7.612.904 | 5.488.231 | 138.71\n"
	        "2 | Kalimantan Utara | 230.118 | 401.526 | 57.31\n");
	cr_expect(has_figure_in(&out, "coverage_pct", 138.71, "Daerah Khusus Ibukota Jakarta"));
	angka_figure_list_free(&out);
}

/* A header cell may date its column ("Capaian UCJ 2024 (%)"): the year is
 * no value, so the header is no row, and it still names its column. */
Test(reading, a_header_that_dates_its_column_is_still_a_header)
{
	angka_figure_list out = extract("Berikut daftar provinsi dengan UCJ BPJS Ketenagakerjaan "
	                                "tertinggi pada 2024:\n\n"
	                                "Provinsi | Capaian UCJ 2024 (%)\n"
	                                "Bali | 66,91\n"
	                                "Banten | 57,6\n");
	cr_expect(has_figure_in(&out, "coverage_pct", 66.91, "Bali"));
	cr_expect(has_figure_in(&out, "coverage_pct", 57.6, "Banten"));
	angka_figure_list_free(&out);
}

/* A year a footnote marks ("2025*", "*) Data per Oktober 2025") is still a
 * column's year: the header of years stays a header, and each column's
 * numbers are of its year, not only the first column's. */
Test(reading, a_year_a_footnote_marks_still_heads_its_column)
{
	angka_figure_list out =
	        extract("JAMBI - Peserta aktif BPJS Ketenagakerjaan terus bertambah.\n\n"
	                "Berikut jumlah peserta aktif di dua provinsi:\n\n"
	                "Provinsi 2023 2024 2025*\n"
	                "Jambi 402.118 431.907 455.260\n"
	                "Bengkulu 230.441 244.012 251.733\n"
	                "*) Data per Oktober 2025\n");
	cr_expect(has_figure_in(&out, "participants", 431907, "Jambi"));
	cr_expect(has_figure_in(&out, "participants", 251733, "Bengkulu"));
	cr_expect_eq(out.n, 6, "%zu figures", out.n);
	for (size_t i = 0; i < out.n; i++)
		if (out.items[i].value == 402118)
			cr_expect_str_eq(out.items[i].as_of, "2023", "%s", out.items[i].as_of);
	angka_figure_list_free(&out);
}

/* In rows no header names, a bare fraction after the count ("51,64") counts
 * no people: it is the count's share, read as the lead says (coverage). A
 * later whole number still gives nothing. */
Test(reading, a_bare_fraction_after_a_count_in_unnamed_columns_is_a_share)
{
	angka_figure_list out = extract("MAKASSAR - Cakupan kepesertaan BPJS Ketenagakerjaan di "
	                                "Sulawesi terus naik.\n\n"
	                                "Berikut capaian per provinsi hingga Juni 2025:\n\n"
	                                "Sulawesi Utara\t487.216\t51,64\t12\n"
	                                "Gorontalo\t271.450\t45,90\t7\n");
	cr_expect(has_figure_in(&out, "participants", 487216, "Sulawesi Utara"));
	cr_expect(has_figure_in(&out, "coverage_pct", 51.64, "Sulawesi Utara"));
	cr_expect(has_figure_in(&out, "coverage_pct", 45.9, "Gorontalo"));
	cr_expect_eq(out.n, 4, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A lead ending with ':' that names one segment names the segment of the
 * rows after it; a sentence after them that is no row ends it. */
Test(reading, a_leads_segment_is_the_rows_segment)
{
	angka_figure_list out = extract("JAKARTA - Kemnaker mencatat peserta aktif BPJS "
	                                "Ketenagakerjaan per Maret 2025 sebanyak 42,6 juta "
	                                "orang.\n\n"
	                                "Berikut provinsi dengan jumlah peserta BPU terbanyak:\n"
	                                "No Provinsi Jumlah (orang)\n"
	                                "1 Jawa Timur 1.126.408\n"
	                                "2 Jawa Tengah 842.975\n\n"
	                                "Di Bali, peserta aktif tercatat 1.204.330 orang.");
	cr_expect(has_figure(&out, "participants", "BPU", 1126408));
	cr_expect(has_figure(&out, "participants", "BPU", 842975));
	cr_expect(has_figure(&out, "participants", "all", 1204330));
	angka_figure_list_free(&out);
}

/* Lines that carry on a lead, unmarked ("Petani penggarap: 2.100 orang"),
 * are its rows as much as "- ..." or "1. ..." ones: the lead's segment is
 * theirs, not the one a row before them named. */
Test(reading, unmarked_lines_after_a_lead_are_its_rows)
{
	angka_figure_list out = extract("MATARAM - Pemkab Sumbawa Barat melindungi 5.000 warga "
	                                "lewat BPJS Ketenagakerjaan tahun ini.\n\n"
	                                "Rincian penerima yang iurannya dibiayai APBD 2025:\n"
	                                "Guru ngaji: 1.000 orang\n"
	                                "Petani penggarap: 2.100 orang\n"
	                                "Nelayan: 1.900 orang\n");
	cr_expect(has_figure(&out, "participants", "other", 1000));
	cr_expect(has_figure(&out, "participants", "rentan", 2100));
	cr_expect(has_figure(&out, "participants", "rentan", 1900));
	angka_figure_list_free(&out);
}

/* "Sasaran" over a column of counts beside the participants is the workers
 * aimed at, a base; in prose "sasaran" is still a target. */
Test(reading, a_column_headed_sasaran_is_the_base)
{
	angka_figure_list out =
	        extract("BANJARMASIN - Cakupan BPJS Ketenagakerjaan di Kalimantan "
	                "Selatan belum merata. Sasaran tahun ini 1 juta peserta.\n\n"
	                "Berikut rincian capaian per kabupaten/kota:\n\n"
	                "No | Kabupaten/Kota | Peserta Aktif | Sasaran | UCJ\n"
	                "1 | Kota Banjarbaru | 80.915 | 131.220 | 61,66%\n"
	                "2 | Kab. Tapin | 37.904 | 86.350 | 43,90%\n");
	cr_expect(has_figure_in(&out, "eligible_workers", 131220, "Kota Banjarbaru"));
	cr_expect(has_figure_in(&out, "eligible_workers", 86350, "Kabupaten Tapin"));
	cr_expect(has_figure(&out, "target_participants", "all", 1000000));
	angka_figure_list_free(&out);
}

/* The total row of a table of provinces is the regional office's area the
 * story named, not the province its title leads with. */
Test(reading, a_total_row_of_provinces_is_the_offices_area)
{
	angka_figure_list out =
	        extract("UCJ Jambi Tembus 51 Persen\n\nJAMBI - BPJS Ketenagakerjaan "
	                "Kanwil Sumbagteng mencatat Provinsi Jambi sebagai daerah "
	                "dengan cakupan tertinggi di wilayah kerjanya.\n\n"
	                "Provinsi | Peserta Aktif | Potensi | UCJ\n"
	                "Jambi | 610.200 | 1.180.500 | 51,69%\n"
	                "Riau | 1.201.300 | 2.500.100 | 48,05%\n"
	                "Jumlah | 1.811.500 | 3.680.600 | 49,22%\n");
	cr_expect(has_figure_in(&out, "participants", 610200, "Jambi"));
	cr_expect(has_figure_in(&out, "participants", 1811500, "Sumbagteng"));
	cr_expect(has_figure_in(&out, "coverage_pct", 49.22, "Sumbagteng"));
	angka_figure_list_free(&out);
}

/* A regency's social-protection report lists other programmes beside
 * the domain: only the domain's row gives its figures. */
Test(reading, rows_of_other_programmes_are_theirs)
{
	angka_figure_list out = extract("MARTAPURA - Pemkab Banjar memaparkan capaian BPJS "
	                                "Ketenagakerjaan dan program sosial lain tahun 2024.\n\n"
	                                "Program | Peserta | Capaian\n"
	                                "Jamkesda (kasus) | 964 | 80,33%\n"
	                                "BPJS Ketenagakerjaan (orang) | 21.480 | 85,92%\n"
	                                "PKH (KPM) | 19.338 | 99,99%\n"
	                                "BPNT (KPM) | 31.215 | 100%\n");
	cr_expect(has_figure(&out, "participants", "all", 21480));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A target said of what follows ("menetapkan target UCJ ... untuk tiap
 * daerah. Di antaranya:") is what the list items after it measure; a
 * sentence after a hope with no list is not a target. */
Test(reading, a_target_announced_before_a_list_is_its_items)
{
	angka_figure_list out =
	        extract("PEKANBARU - Cakupan BPJS Ketenagakerjaan Riau 44,1 persen. "
	                "Pemprov Riau juga menetapkan target UCJ tahun 2026 untuk "
	                "tiap daerah. Di antaranya:\n"
	                "- Kota Pekanbaru: 68 persen\n"
	                "- Kabupaten Bengkalis: 62 persen\n");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 68, "Kota Pekanbaru"));
	cr_expect(has_figure_in(&out, "target_coverage_pct", 62, "Kabupaten Bengkalis"));
	angka_figure_list_free(&out);
	out = extract("PROBOLINGGO - Ia berharap seluruh nelayan di desanya ikut terdaftar BPJS "
	              "Ketenagakerjaan. \"Di sini ada sekitar 300 nelayan peserta,\" ujarnya.");
	cr_expect_not(has_figure(&out, "target_participants", "all", 300));
	angka_figure_list_free(&out);
}

/* A column of those a programme paid ("Penerima (orang)" under "lima
 * provinsi dengan penerima JKP terbanyak") counts beneficiaries. */
Test(reading, a_programmes_recipients_are_beneficiaries)
{
	angka_figure_list out = extract("JAKARTA - Program JKP BPJS Ketenagakerjaan makin dikenal "
	                                "pekerja. Berikut provinsi dengan penerima JKP terbanyak:\n"
	                                "No | Provinsi | Penerima (orang)\n"
	                                "1 | Jawa Barat | 17.482\n"
	                                "2 | Banten | 9.215\n");
	cr_expect(has_figure_in(&out, "beneficiaries", 17482, "Jawa Barat"));
	cr_expect(has_figure_in(&out, "beneficiaries", 9215, "Banten"));
	angka_figure_list_free(&out);
}

/* A statement the newsroom received ("keterangan tertulis yang diterima")
 * pays nobody: the list it leads is of members, as its words say. */
Test(reading, a_statement_received_leads_no_benefit)
{
	angka_figure_list out = extract(
	        "JAKARTA - BPJS Ketenagakerjaan merilis data kepesertaan terbaru. Berdasarkan "
	        "keterangan tertulis yang diterima Rabu, komposisi peserta aktif hingga akhir 2024 "
	        "adalah sebagai berikut:\n"
	        "- Penerima Upah (PU): 29,3 juta pekerja\n"
	        "- Bukan Penerima Upah (BPU): 9,9 juta pekerja\n");
	cr_expect(has_figure(&out, "participants", "PU", 29300000));
	cr_expect(has_figure(&out, "participants", "BPU", 9900000));
	angka_figure_list_free(&out);
}

/* "7.498.532 (nonaktif 4.699.958)": the word inside a bracket with its own
 * number is that number's; the number before it is what the list's lead
 * announced. */
Test(reading, a_bracket_with_its_own_number_keeps_its_words)
{
	angka_figure_list out = extract(
	        "JAKARTA - Peserta aktif BPJS Ketenagakerjaan hingga Desember 2023 berjumlah "
	        "41,56 juta orang.\n"
	        "Berikut provinsi dengan peserta aktif terbanyak per Desember 2023:\n"
	        "1. DKI Jakarta: 7.498.532 (nonaktif 4.699.958)\n"
	        "2. Jawa Barat: 4.855.121 (nonaktif 3.057.496)\n"
	        "Lima provinsi di Pulau Jawa menguasai posisi teratas.");
	cr_expect(has_figure_in(&out, "participants", 7498532, "Daerah Khusus Ibukota Jakarta"));
	cr_expect(has_figure_in(&out, "participants", 4855121, "Jawa Barat"));
	cr_expect(!has_figure(&out, "inactive_participants", "all", 7498532));
	angka_figure_list_free(&out);
}

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

/* "📌 JHT: 3.979 kasus, Rp57,6 M": a programme's line of a caption gives
 * the cases before the amount they were paid, as "JHT: Rp57,6 M, 3.979
 * kasus" gives them after. */
Test(reading, a_programmes_line_of_cases_then_amount_is_its_claims)
{
	angka_figure_list out = extract("SIAK - Rp79,8 M sudah dicairkan BPJS Ketenagakerjaan "
	                                "Cabang Siak untuk 5.551 kasus "
	                                "klaim sepanjang 2022.\n"
	                                "Yang paling banyak diklaim peserta:\n"
	                                "\xF0\x9F\x93\x8C JHT: 3.979 kasus, Rp57,6 M\n"
	                                "\xF0\x9F\x93\x8C JKK: 902 kasus, Rp13,3 M\n"
	                                "Itu data cabang.");
	cr_expect(has_figure(&out, "beneficiaries", "all", 3979));
	cr_expect(has_figure(&out, "beneficiaries", "all", 902));
	angka_figure_list_free(&out);
}
