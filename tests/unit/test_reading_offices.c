/* Offices and their figures, read from whole articles through the
 * pipeline: a branch office reports for its city, a regional office for its
 * grouping, whatever places their working area is said to reach. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

/* A branch office is who reports; the province of its city, said after
 * the value with "di", is where the figure is. */
Test(reading, where_a_branch_paid_is_the_place_said_after_the_value)
{
	angka_figure_list out = extract(
	        "Sepanjang tahun 2024, BPJS Ketenagakerjaan Kantor Cabang Tarakan membayarkan "
	        "manfaat sebesar Rp148,6 miliar kepada peserta dan ahli waris di wilayah "
	        "Kalimantan Utara.");
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 148.6e9, "Kalimantan Utara"));
	angka_figure_list_free(&out);
	out = extract("Kepala BPJS Ketenagakerjaan Cabang Pangkalpinang, Ferry Irawan, melaporkan "
	              "sepanjang 2024 pihaknya telah membayarkan manfaat sebesar Rp417,6 miliar "
	              "kepada 24.118 peserta dan ahli waris di seluruh Bangka Belitung.");
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 417.6e9, "Kepulauan Bangka Belitung"));
	angka_figure_list_free(&out);
}

/* "Kantor Cabang Malang yang wilayah kerjanya meliputi Kota Malang dan Kota
 * Batu mencatat ...": the places an office's working area reaches are not
 * the figure's; the office is, also the speaker's own regional office. When
 * the area is said of the speaker, what follows is about the place said. */
Test(reading, an_office_working_area_is_the_offices_not_the_places_it_reaches)
{
	angka_figure_list out = extract(
	        "Hingga akhir Desember 2024, BPJS Ketenagakerjaan Kantor Cabang Malang yang "
	        "wilayah kerjanya meliputi Kota Malang dan Kota Batu mencatat 263.540 peserta "
	        "aktif.\n\nKepala Kantor Wilayah BPJS Ketenagakerjaan Sumbagsel, Rudi Hartono, "
	        "menyebutkan secara keseluruhan wilayah kerjanya yang meliputi Sumsel, Jambi, "
	        "Bengkulu, Lampung dan Bangka Belitung kini melindungi 3,46 juta peserta aktif.");
	cr_expect(has_figure_in(&out, "participants", 263540, "Kota Malang"));
	cr_expect(has_figure_in(&out, "participants", 3460000, "Sumbagsel"));
	angka_figure_list_free(&out);
}

/* "9.412 tenaga non-ASN": a government's own staff counted as "tenaga"
 * are its group apart, whoever pays their contributions. */
Test(reading, a_governments_staff_counted_as_tenaga_are_their_own_group)
{
	angka_figure_list out =
	        extract("Wali Kota Makassar mengatakan Pemkot telah menanggung iuran BPJS "
	                "Ketenagakerjaan bagi 9.412 tenaga non-ASN di lingkup Pemkot.");
	cr_expect(has_figure(&out, "participants", "other", 9412));
	angka_figure_list_free(&out);
}

/* The head of an office reporting its figures, in an article that names no
 * other place: the figures are the office's (a branch's city, a regional
 * office's grouping), not the province of the town the reporter files from. */
Test(reading, an_office_whose_head_speaks_is_the_articles_place_when_it_names_no_other)
{
	angka_figure_list out = extract(
	        "Peserta BPJS Ketenagakerjaan Terus Bertambah\n\nBALIKPAPAN - Kepala Kantor "
	        "Wilayah BPJS Ketenagakerjaan Kalimantan, Budi Santoso, mengatakan jumlah peserta "
	        "aktif mencapai 1.500.000 orang pada Juni 2024.");
	cr_expect(has_figure_in(&out, "participants", 1500000, "Kalimantan"));
	angka_figure_list_free(&out);
	out = extract("Peserta Terus Bertambah\n\nMEDAN - Kepala BPJS Ketenagakerjaan Cabang Medan "
	              "Kota, Budi Santoso, mengatakan jumlah peserta aktif mencapai 150.000 orang "
	              "pada Juni 2024.");
	cr_expect(has_figure_in(&out, "participants", 150000, "Kota Medan"));
	angka_figure_list_free(&out);
}

/* The regional office of Bali, Nusa Tenggara and Papua goes by several
 * names in the press; each is the one grouping. */
Test(reading, the_banuspa_office_is_one_grouping_under_each_of_its_names)
{
	static const char *const names[] = {"Banuspa", "Bali Nusra Papua",
	                                    "Bali Nusa Tenggara dan Papua", "Balinusra Papua"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Kepala Kantor Wilayah BPJS Ketenagakerjaan %s, Budi Santoso, mengatakan "
		         "jumlah peserta aktif di wilayahnya mencapai 1.500.000 orang pada Juni "
		         "2024.",
		         names[i]);
		angka_figure_list out = extract(text);
		cr_expect(has_figure_in(&out, "participants", 1500000, "Banuspa"), "%s", names[i]);
		angka_figure_list_free(&out);
	}
}

/* A branch named after the town a regency is governed from reports for
 * that regency ("Cabang Tanjung Pandan" for Kabupaten Belitung). */
Test(reading, a_branch_in_a_regencys_seat_reports_for_the_regency)
{
	angka_figure_list out =
	        extract("Kepala BPJS Ketenagakerjaan Cabang Tanjung Pandan, Budi Santoso, "
	                "mengatakan jumlah peserta aktif di wilayahnya mencapai "
	                "45.000 orang pada Juni 2024.");
	cr_expect(has_figure_in(&out, "participants", 45000, "Kabupaten Belitung"));
	angka_figure_list_free(&out);
}

/* A part of a regional office's count ("1.710.000 di antaranya") is of the
 * office's grouping too, which has no code of its own. */
Test(reading, a_part_of_a_regional_offices_count_is_the_offices)
{
	angka_figure_list out = extract(
	        "Peserta di Sumsel Naik\n\nPALEMBANG - Peserta di Sumsel terus bertambah. BPJS "
	        "Ketenagakerjaan Kanwil Sumbagsel mencatat 2.876.380 peserta aktif pada Desember "
	        "2024. Sebanyak 1.710.000 di antaranya merupakan pekerja penerima upah.");
	cr_expect(has_figure_in(&out, "participants", 2876380, "Sumbagsel"));
	cr_expect(has_figure_in(&out, "participants", 1710000, "Sumbagsel"));
	angka_figure_list_free(&out);
}

/* A branch named after a regency's town ("Cabang Merauke", no Kota Merauke)
 * pays in the province said after the value as a city's branch does. */
Test(reading, a_branch_in_a_regency_pays_in_the_province_said_after)
{
	angka_figure_list out =
	        extract("Klaim Naik\n\nBPJS Ketenagakerjaan Cabang Merauke membayarkan klaim "
	                "jaminan sosial "
	                "senilai Rp96,4 miliar untuk 5.318 kasus di wilayah Provinsi Papua Selatan "
	                "sepanjang 2024.");
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 96.4e9, "Papua Selatan"));
	angka_figure_list_free(&out);
}

/* The regional office of Bali and Nusa Tenggara by its long name is the
 * Balinusra grouping. */
Test(reading, the_balinusra_office_by_its_long_name_is_one_grouping)
{
	angka_figure_list out = extract(
	        "Peserta Naik\n\nDENPASAR - Kepala Kantor Wilayah BPJS Ketenagakerjaan Bali Nusa "
	        "Tenggara, Budi Santoso, mengatakan jumlah peserta aktif di wilayahnya mencapai "
	        "1.731.205 orang pada Maret 2024.");
	cr_expect(has_figure_in(&out, "participants", 1731205, "Balinusra"));
	angka_figure_list_free(&out);
}

/* A place an office is said to serve ("kantor cabang perintis yang juga
 * melayani Kabupaten Melawi itu") is where its area reaches: what the
 * office paid is its own place's. */
Test(reading, a_place_an_office_serves_is_not_its_figures_place)
{
	angka_figure_list out = extract(
	        "Klaim Naik\n\nSINTANG - Kepala BPJS Ketenagakerjaan Kantor Cabang Perintis "
	        "Sintang "
	        "mengatakan, sepanjang 2024 kantor cabang perintis yang juga melayani Kabupaten "
	        "Melawi itu telah membayarkan klaim sebesar Rp31,7 miliar kepada 3.941 peserta di "
	        "Kabupaten Sintang.");
	cr_expect(!has_figure_in(&out, "benefit_amount_idr", 31.7e9, "Kabupaten Melawi"));
	angka_figure_list_free(&out);
}
