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
