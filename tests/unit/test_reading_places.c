/* What the reading leaves to normalize, read from whole articles through the
 * pipeline: the place, period and domain a figure is given (docs/rules.md,
 * "What the reading does not decide"). Segments, offices and tables have
 * files of their own (test_reading_{segments,offices,tables}.c). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

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
	        {"Kota Pontianak Teratas di Kalimantan Barat, 48 Persen Pekerja Terlindungi.",
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

/* "Sukoharjo: klaim capaian dipertanyakan" ¶ "Pemkab mengumumkan 142.870
 * peserta ...": a bare "Pemkab" right after a sentence naming a regency is
 * that regency, not the one the story names most. */
Test(reading, a_bare_pemkab_after_a_regency_just_named_is_it)
{
	angka_figure_list out = extract(
	        "SOLO - UCJ Kabupaten Wonogiri per Oktober 2025 baru 31,99 persen. Wonogiri masih "
	        "jauh dari target, kata BPJS Ketenagakerjaan Cabang Wonogiri.\n\n"
	        "Sukoharjo: klaim capaian dipertanyakan\n\n"
	        "Pemkab mengumumkan 142.870 peserta aktif BPJS Ketenagakerjaan per akhir Oktober "
	        "2025.\n\n"
	        "Itu kata pemkab.");
	cr_expect(has_figure_in(&out, "participants", 142870, "Kabupaten Sukoharjo"));
	angka_figure_list_free(&out);
}

/* "Gorontalo: naik hampir enam poin. Cakupan provinsi ini ... 58,4 persen":
 * "provinsi ini" after "cakupan" still points back at the province just
 * named, not at the one the story names most. */
Test(reading, cakupan_provinsi_ini_points_back)
{
	angka_figure_list out = extract(
	        "MANADO - Catatan akhir tahun kepesertaan BPJS Ketenagakerjaan di Sulawesi Utara.\n"
	        "Capaian Sulawesi Utara per Desember 2025 sebesar 67,95 persen.\n"
	        "Gorontalo: naik hampir enam poin. Cakupan provinsi ini per November 2025 mencapai "
	        "58,4 persen.\n"
	        "Itu data BPJS Ketenagakerjaan.");
	cr_expect(has_figure_in(&out, "coverage_pct", 58.4, "Gorontalo"));
	angka_figure_list_free(&out);
}

/* "Papua Barat Daya: provinsi baru." ¶ "Pemprov menargetkan cakupan 40
 * persen ...": a bare "Pemprov" right after a sentence naming one province
 * alone is that province. */
Test(reading, a_bare_pemprov_after_a_province_just_named_is_it)
{
	angka_figure_list out = extract(
	        "AMBON - Cakupan BPJS Ketenagakerjaan di Maluku per Maret 2024 baru 29 persen. "
	        "Maluku masih tertinggal.\n"
	        "Papua Barat Daya: provinsi baru. Pemprov menargetkan cakupan BPJS "
	        "Ketenagakerjaan 40 persen pada akhir 2024.\n"
	        "Itu kata pemprov.");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 40, "Papua Barat Daya"));
	angka_figure_list_free(&out);
}
