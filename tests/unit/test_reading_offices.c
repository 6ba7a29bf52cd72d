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
