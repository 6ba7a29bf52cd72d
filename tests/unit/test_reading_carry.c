/* What goes on from one sentence to the next, read from whole articles
 * through the pipeline: the count a later sentence takes a part, a share or
 * a base of, what "Jumlah itu", "Mereka" or "Artinya" point back at, and
 * what a quantity its own words leave open measures (docs/rules.md, the
 * carried scope and the continue, refers and part connectives). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

/* "Dari jumlah tersebut, P persen": a part of the count before. Of
 * participants it is a share of them, of workers a coverage. */
Test(reading, a_percentage_of_the_count_before_is_a_share_or_a_coverage)
{
	angka_figure_list out = extract(
	        "Jumlah peserta BPJS Ketenagakerjaan di Jawa Tengah mencapai 6.108.000 orang. "
	        "Dari jumlah tersebut, 68,05 persen atau 4.156.000 orang merupakan peserta aktif.");
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_neq(out.items[i].metric, "coverage_pct", "%g", out.items[i].value);
	angka_figure_list_free(&out);
	out = extract(
	        "Jumlah pekerja yang memenuhi syarat di Jawa Tengah sebanyak 485.049 orang. "
	        "Dari jumlah tersebut, 52,38 persen sudah terdaftar di BPJS Ketenagakerjaan.");
	bool coverage = false;
	for (size_t i = 0; i < out.n; i++)
		coverage |= strcmp(out.items[i].metric, "coverage_pct") == 0;
	cr_expect(coverage, "a part of the workers is a coverage");
	angka_figure_list_free(&out);
}

/* "Jumlah itu setara 14,6 persen.": the share of the count the sentence
 * goes on from, of its segment. */
Test(reading, a_share_of_the_count_before_is_of_what_that_count_was)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Banyuwangi, baru 61.450 pekerja informal yang terdaftar sebagai "
	        "peserta BPJS Ketenagakerjaan. \"Jumlah itu setara 14,6 persen.\"");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].metric, "coverage_pct");
	cr_expect_str_eq(out.items[1].segment, "BPU");
	angka_figure_list_free(&out);
}

/* A title announces the story, not what the counts of its lead measure. */
Test(reading, a_headline_does_not_say_what_the_counts_after_it_are)
{
	angka_figure_list out = extract("Cakupan Jamsostek Pekerja Informal Masih Rendah\n\n"
	                                "BPJS Ketenagakerjaan mengatakan jumlah pekerja informal "
	                                "di Indonesia mencapai 84 juta orang.\n");
	cr_expect(!has_figure(&out, "participants", "BPU", 84e6));
	angka_figure_list_free(&out);
}

/* "65 persen ... penerima upah, sedangkan 35 persen sisanya ...": the
 * second share is a share too, not what the sentence before measured. */
Test(reading, a_quantity_its_words_leave_open_is_what_its_sentence_said_before)
{
	angka_figure_list out = extract(
	        "Cakupan kepesertaan BPJS Ketenagakerjaan di Indonesia baru 11,3 persen. "
	        "Sebanyak 65 persen peserta aktif merupakan pekerja penerima upah, sedangkan 35 "
	        "persen sisanya pekerja bukan penerima upah.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 11.3));
	for (size_t i = 0; i < out.n; i++)
		cr_expect_neq(out.items[i].value, 35, "35 persen became %s", out.items[i].metric);
	angka_figure_list_free(&out);
}

/* Arithmetic alone makes no count what is still to add to a target: 25.000
 * + 15.000 = 40.000 is chance, and both are registered workers. What is
 * still to add is read from its words ("agar mencapai target"). */
Test(reading, a_target_made_up_by_two_counts_makes_neither_a_gap)
{
	angka_figure_list out = extract(
	        "Pemkab Indramayu mendaftarkan 15.000 pekerja rentan sebagai peserta BPJS "
	        "Ketenagakerjaan. Total 25.000 pekerja rentan dilindungi tahun ini. Pada 2023 "
	        "Pemkab menargetkan pekerja rentan yang dilindungi menjadi 40.000 orang.");
	cr_expect(has_figure(&out, "participants", "rentan", 15000));
	cr_expect(has_figure(&out, "participants", "rentan", 25000));
	angka_figure_list_free(&out);
	out = extract_all("Cakupan BPJS Ketenagakerjaan di Kota Kendari baru 40 persen atau 41.200 "
	                  "pekerja. Untuk mencapai "
	                  "target 50 persen, masih dibutuhkan tambahan 10.300 peserta.");
	cr_expect(has_figure(&out, "target_coverage_pct", "all", 50));
	cr_expect(has_figure(&out, "target_gap", "all", 10300));
	angka_figure_list_free(&out);
}

/* "Mereka terdiri atas ...": they are the ones just counted, so the parts
 * are of that group (its segment), not of every worker. */
Test(reading, mereka_goes_on_from_the_ones_just_counted)
{
	angka_figure_list out = extract(
	        "Sebanyak 34.560 petugas badan ad hoc Pemilu di Sulawesi Tengah didaftarkan "
	        "sebagai peserta BPJS Ketenagakerjaan. Mereka terdiri atas 1.950 anggota "
	        "PPK, 6.030 anggota PPS dan 26.580 anggota KPPS.");
	cr_expect(has_figure(&out, "participants", "other", 34560));
	cr_expect(has_figure(&out, "participants", "other", 1950));
	cr_expect(has_figure(&out, "participants", "other", 26580));
	angka_figure_list_free(&out);
}

/* "Jumlahnya", "Potensinya": a quantity's noun with "-nya" goes on from the
 * sentence before, and of its segment; the whole a part is out of ("dari
 * total peserta aktif") is everyone, the part is not. */
Test(reading, a_count_said_as_its_nya_goes_on_from_the_sentence_before)
{
	angka_figure_list out = extract(
	        "Peserta BPJS Ketenagakerjaan di Kabupaten Gorontalo 55.311 orang. Rini "
	        "menjelaskan, sebagian besar peserta merupakan pekerja penerima upah.\n\n"
	        "Jumlahnya 33.907 orang atau sekitar 61 persen dari total peserta aktif.\n\n"
	        "Kondisi berbeda terjadi di sektor bukan penerima upah. Potensinya mencapai "
	        "754.300 orang.");
	cr_expect(has_figure(&out, "participants", "PU", 33907));
	cr_expect(has_figure(&out, "eligible_workers", "BPU", 754300));
	angka_figure_list_free(&out);
}

/* An opening quote is no bullet: a quoted sentence is not an item of a
 * list that goes on from the sentence before, and takes no segment from it. */
Test(reading, a_quote_opening_a_sentence_is_no_list_item)
{
	angka_figure_list out = extract(
	        "Perlindungan BPJS Ketenagakerjaan di Kabupaten Banyumas masih rendah. Sebagian "
	        "besar pekerja yang belum terlindungi berasal dari sektor bukan penerima upah. "
	        "\xE2\x80\x9CSebanyak 469.967 pekerja masih berada di luar cakupan perlindungan,"
	        "\xE2\x80\x9D ujarnya.");
	cr_expect(has_figure(&out, "uncovered_workers", "all", 469967));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* Sites that give each sentence a paragraph of its own: a paragraph that
 * opens by going on from the one before ("Sedangkan ...") speaks of its
 * place and its segment. */
Test(reading, a_paragraph_going_on_keeps_the_place_and_segment_before)
{
	angka_figure_list out = extract(
	        "SEMARANG - BPJS Ketenagakerjaan Jawa Tengah terus memperluas kepesertaan.\n\n"
	        "Di Kabupaten Kudus, pekerja bukan penerima upah menurut BPS ada sebanyak 140.885 "
	        "orang.\n\n"
	        "Sedangkan yang terdaftar sebagai peserta BPJS Ketenagakerjaan hanya 9.128 "
	        "pekerja.");
	cr_expect(has_figure(&out, "participants", "BPU", 9128));
	cr_expect(has_figure_in(&out, "participants", 9128, "Kabupaten Kudus"));
	angka_figure_list_free(&out);
}

/* "Totalnya Rp 191,7 miliar.": a sentence going on from the one before
 * measures what that one's words said, also of a kind it held none of. */
Test(reading, a_total_going_on_measures_what_the_sentence_before_said)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Sulawesi Barat membayarkan manfaat program jaminan sejumlah "
	        "11.221 kasus klaim sepanjang 2024. Totalnya Rp 191,7 miliar.");
	cr_expect(has_figure(&out, "beneficiaries", "all", 11221));
	cr_expect(has_figure(&out, "benefit_amount_idr", "all", 191700000000.0));
	angka_figure_list_free(&out);
	/* Said of nothing before, the sum is no figure. */
	out = extract("BPJS Ketenagakerjaan Sulawesi Barat menggelar sosialisasi di Mamuju. "
	              "Totalnya Rp 191,7 miliar.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A share goes on to the sentence after, which lists more of them. */
Test(reading, shares_go_on_to_the_next_sentence)
{
	angka_figure_list out = extract_all(
	        "Dari 32 juta peserta aktif BPJS Ketenagakerjaan, 65 persennya adalah pekerja "
	        "penerima upah, yang saat ini jumlahnya 21 juta. Selain itu 22 persen pekerja jasa "
	        "konstruksi sebanyak 7,2 juta.");
	cr_expect(has_figure(&out, "share_pct", "PU", 65));
	cr_expect(has_figure(&out, "share_pct", "jakon", 22));
	angka_figure_list_free(&out);
}

/* "Artinya, ..." says what the sentence before means: of its place and
 * segment. */
Test(reading, artinya_goes_on_from_the_sentence_before)
{
	angka_figure_list out = extract(
	        "Di Indonesia, 60 persen pekerja adalah pekerja bukan penerima upah atau pekerja "
	        "informal. Artinya ada sekitar 52 juta orang belum punya jaminan sosial "
	        "ketenagakerjaan.");
	cr_expect(has_figure(&out, "uncovered_workers", "BPU", 52000000));
	angka_figure_list_free(&out);
}

/* "Angka itu turun menjadi 104.277 orang pada 2020, ketika banyak
 * perusahaan menunggak iuran": the number pointed back at measures what it
 * did before, before what another clause of its sentence says. */
Test(reading, the_number_pointed_back_at_measures_what_it_did)
{
	angka_figure_list out = extract(
	        "Jumlah peserta aktif BPJS Ketenagakerjaan di Kota Pontianak pada akhir 2019 "
	        "tercatat 118.406 orang. Angka itu turun menjadi 104.277 orang pada 2020, ketika "
	        "banyak perusahaan merumahkan karyawan dan menunggak iuran.");
	cr_expect(has_figure_in(&out, "participants", 104277, "Kota Pontianak"));
	angka_figure_list_free(&out);
}

/* What ties a sentence to the one before may open what is said in it, after
 * who says it: "Kepala ..., Rudi Hartono, mengatakan jumlah tersebut ...",
 * "Menurut Rudi, jumlah tersebut ...". A number before the verb keeps the
 * sentence its own. */
Test(reading, a_sentence_goes_on_after_who_says_it)
{
	const char *before = "Hingga Oktober 2025 tercatat 98.412 pekerja di Kota Banjarmasin "
	                     "sudah menjadi peserta aktif BPJS Ketenagakerjaan. ";
	const char *says[] = {
	        "Kepala BPJS Ketenagakerjaan Cabang Banjarmasin, Rudi Hartono, mengatakan jumlah "
	        "tersebut baru sekitar 47 persen dari total angkatan kerja.",
	        "Menurut Rudi, jumlah tersebut baru sekitar 47 persen dari total angkatan kerja.",
	        "Ia menjelaskan bahwa jumlah itu baru sekitar 47 persen dari total angkatan "
	        "kerja."};
	char text[512];
	for (size_t s = 0; s < sizeof says / sizeof *says; s++) {
		snprintf(text, sizeof text, "%s%s", before, says[s]);
		angka_figure_list out = extract(text);
		cr_assert_eq(out.n, 2, "%s", says[s]);
		cr_expect_str_eq(out.items[1].metric, "coverage_pct", "%s", says[s]);
		cr_expect_eq(out.items[1].value, 47);
		angka_figure_list_free(&out);
	}
	/* "Lalu" in a name before the verb opens nothing. */
	angka_figure_list out = extract(
	        "Sebanyak 12.300 pekerja informal di Kabupaten Lombok Timur sudah terdaftar. "
	        "Bupati Lombok Timur, H. Lalu Sahrul Ihsan, menegaskan Pemkab menargetkan UCJ "
	        "naik menjadi 35 persen hingga akhir 2025.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].metric, "target_coverage_pct");
	cr_expect_str_eq(out.items[1].segment, "all");
	angka_figure_list_free(&out);
}

/* "Capaian itu", "Angka tersebut" point back at a figure, of the segment of
 * the sentence that gave it; who a sentence without figures says a group is
 * made of ("Kebanyakan pekerja mandiri ...") is not what was measured. What
 * goes on without pointing at a figure ("Jumlahnya") counts the group. */
Test(reading, a_figure_pointed_back_at_is_of_the_segment_it_was_given_in)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan mencatat cakupan di Kalimantan Utara baru 42,82 persen. "
	        "Masih ada 158 ribu pekerja yang belum terlindungi. Kebanyakan pekerja mandiri, "
	        "nelayan dan petani sawit. Capaian itu masih di bawah target tahun ini sebesar "
	        "45 persen.");
	bool target = false;
	for (size_t i = 0; i < out.n; i++)
		if (strcmp(out.items[i].metric, "target_coverage_pct") == 0) {
			target = true;
			cr_expect_str_eq(out.items[i].segment, "all");
		}
	cr_expect(target);
	angka_figure_list_free(&out);
	out = extract("Di Kalimantan Utara, sebagian besar peserta BPJS Ketenagakerjaan merupakan "
	              "pekerja penerima upah. Jumlahnya 33.907 orang atau sekitar 61 persen dari "
	              "total peserta aktif.");
	cr_assert_geq(out.n, 1);
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_eq(out.items[i].segment, "PU", "%g", out.items[i].value);
	angka_figure_list_free(&out);
}

/* "45.210 pekerja telah terlindungi, sementara 114.790 lainnya belum.": a
 * negator that ends its clause negates the cue said before it, past a
 * comma; one inside the clause of what it counts ("baik aktif maupun
 * belum") leaves the count as it is. */
Test(reading, a_negator_ending_its_clause_negates_the_cue_before)
{
	const char *texts[] = {
	        "Sebanyak 45.210 pekerja di Kota Kupang telah terlindungi BPJS Ketenagakerjaan, "
	        "sementara 114.790 lainnya belum.",
	        "Sebanyak 45.210 pekerja di Kota Kupang telah terlindungi BPJS Ketenagakerjaan, "
	        "sisanya 114.790 orang belum."};
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
		angka_figure_list out = extract(texts[t]);
		cr_assert_eq(out.n, 2, "%s", texts[t]);
		cr_expect_str_eq(out.items[0].metric, "participants");
		cr_expect_str_eq(out.items[1].metric, "uncovered_workers", "%s", texts[t]);
		angka_figure_list_free(&out);
	}
	angka_figure_list out = extract("Sebanyak 45.210 pekerja di Kota Kupang terdaftar di BPJS "
	                                "Ketenagakerjaan, baik aktif maupun belum.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].metric, "participants");
	angka_figure_list_free(&out);
}

/* "menembus angka satu juta" restates the 1.004.231 active members said
 * next, not the 702.915 of them who are PU: it takes the segment of the
 * count nearest its value, and the two are no parts of one sum. */
Test(reading, a_round_restatement_is_of_the_nearest_count)
{
	angka_figure_list out = extract(
	        "Jumlah pekerja di Bali yang terlindungi BPJS Ketenagakerjaan menembus angka satu "
	        "juta. Per 31 Juli 2025 terdapat 1.004.231 peserta aktif di Bali. Jumlah itu "
	        "setara 53,15 persen dari 1.889.400 pekerja. Dari total peserta aktif tersebut, "
	        "pekerja Penerima Upah (PU) sebanyak 702.915 orang.");
	bool found = false;
	for (size_t i = 0; i < out.n; i++)
		if (out.items[i].value == 1004231) {
			found = true;
			cr_expect_str_eq(out.items[i].metric, "participants");
			cr_expect_str_eq(out.items[i].segment, "all");
		}
	cr_expect(found);
	angka_figure_list_free(&out);
}

/* A branch office named by the town its regency is governed from
 * ("Cabang Maumere", "Cabang Tenggarong") is that regency's (guideline 9). */
Test(reading, a_branch_named_by_its_town_is_its_regencys)
{
	angka_figure_list out =
	        extract("Sepanjang 2024, BPJS Ketenagakerjaan Cabang Maumere "
	                "membayarkan klaim sebesar Rp38,7 miliar untuk 3.914 kasus.");
	cr_expect(has_figure_in(&out, "beneficiaries", 3914, "Kabupaten Sikka"));
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 38700000000.0, "Kabupaten Sikka"));
	angka_figure_list_free(&out);
}

/* "masing-masing" values for places each named before them with a count
 * of their own: one value for each place, in turn. */
Test(reading, respective_values_go_to_the_places_named_before_them)
{
	angka_figure_list out = extract(
	        "Jumlah peserta aktif BPJS Ketenagakerjaan di Kabupaten Gowa tercatat 98.114 "
	        "orang, "
	        "Maros 51.207 orang dan Takalar 29.540 orang, dengan capaian UCJ masing-masing "
	        "29,1 persen, 33,7 persen dan 20,2 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 29.1, "Kabupaten Gowa"));
	cr_expect(has_figure_in(&out, "coverage_pct", 33.7, "Kabupaten Maros"));
	cr_expect(has_figure_in(&out, "coverage_pct", 20.2, "Kabupaten Takalar"));
	angka_figure_list_free(&out);
}

/* "klaim JHT, JKK, JKM dan JP berturut-turut sebanyak ...": one value per
 * programme listed, each with its programme. */
Test(reading, respective_values_go_to_the_programmes_listed)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan Cabang Sidoarjo merinci, klaim Jaminan Hari Tua "
	                "(JHT), Jaminan "
	                "Kecelakaan Kerja (JKK), Jaminan Kematian (JKM) dan Jaminan Pensiun (JP) "
	                "berturut-turut sebanyak 21.406, 1.980, 512 dan 4.077 kasus.");
	cr_assert_eq(out.n, 4);
	static const char *const programmes[] = {"JHT", "JKK", "JKM", "JP"};
	for (size_t i = 0; i < out.n; i++) {
		cr_expect_str_eq(out.items[i].metric, "beneficiaries");
		cr_expect_str_eq(out.items[i].programme ? out.items[i].programme : "(none)",
		                 programmes[i]);
	}
	angka_figure_list_free(&out);
}

/* Values "masing-masing" for groups that are no places or segments, in a
 * sentence of one place: each a figure of that place. */
Test(reading, respective_values_of_groups_of_one_place_are_each_its)
{
	angka_figure_list out = extract(
	        "Pekerja rentan yang dilindungi BPJS Ketenagakerjaan lewat APBD Kabupaten Tanah "
	        "Laut "
	        "terdiri dari petani, nelayan serta pedagang kecil, yang masing-masing berjumlah "
	        "7.200, 3.100 dan 2.200 orang.");
	cr_expect(has_figure_in(&out, "participants", 7200, "Kabupaten Tanah Laut"));
	cr_expect(has_figure_in(&out, "participants", 3100, "Kabupaten Tanah Laut"));
	cr_expect(has_figure_in(&out, "participants", 2200, "Kabupaten Tanah Laut"));
	angka_figure_list_free(&out);
}

/* Lines of a list that carry no bullet ("... adalah:" ¶ "Jawa Tengah 1,12
 * juta orang" ¶ "Jawa Timur 948.300 orang") are its items: each speaks of
 * what the lead announced, its group too. */
Test(reading, unmarked_lines_after_a_lead_are_its_items)
{
	angka_figure_list out = extract(
	        "Perlindungan Pekerja Rentan Terus Meluas\n\nBPJS Ketenagakerjaan mencatat lima "
	        "provinsi dengan jumlah pekerja rentan terbanyak yang dilindungi melalui skema "
	        "bantuan iuran adalah:\n\nJawa Tengah 1,12 "
	        "juta orang\n\nJawa Timur 948.300 orang\n\nSulawesi Selatan 402.115 orang\n\nDi "
	        "luar itu, pemerintah daerah di sejumlah provinsi juga menambah kuota.\n");
	cr_expect(has_figure(&out, "participants", "rentan", 1.12e6));
	cr_expect(has_figure(&out, "participants", "rentan", 948300));
	cr_expect(has_figure(&out, "participants", "rentan", 402115));
	angka_figure_list_free(&out);
}

/* What the next sentences, naming no group, say was paid goes on to the
 * group the last payment was said to be made to. */
Test(reading, payments_after_one_to_a_group_are_to_that_group)
{
	angka_figure_list out = extract(
	        "Bupati Kutai Kartanegara menyerahkan santunan Jaminan Kematian BPJS "
	        "Ketenagakerjaan kepada 27 ahli waris pekerja rentan, Rabu (21/5/2025).\n\nTotal "
	        "santunan yang diserahkan mencapai Rp1.134.000.000.\n\nSembilan anak ahli waris "
	        "juga menerima beasiswa pendidikan dengan total Rp 97.500.000.");
	cr_expect(has_figure(&out, "beneficiaries", "rentan", 27));
	cr_expect(has_figure(&out, "benefit_amount_idr", "rentan", 1134000000));
	cr_expect(has_figure(&out, "scholarship_amount_idr", "rentan", 97500000));
	angka_figure_list_free(&out);
}

/* A sentence that opens on a clause with no head ("Namun yang terdaftar
 * baru 85.388 orang") speaks of whom the sentence before did; so does "dari
 * segmen itu". */
Test(reading, a_headless_clause_speaks_of_the_group_before)
{
	angka_figure_list out = extract(
	        "Potensi pekerja bukan penerima upah di Kabupaten Sukabumi mencapai 410 ribu "
	        "orang. Namun yang terdaftar di BPJS Ketenagakerjaan baru 85.388 orang.\n\nPekerja "
	        "bukan penerima upah di Kabupaten Bojonegoro tumbuh pesat. Peserta aktif dari "
	        "segmen itu sebanyak 131.204 orang.");
	cr_expect(has_figure(&out, "participants", "BPU", 85388));
	cr_expect(has_figure(&out, "participants", "BPU", 131204));
	angka_figure_list_free(&out);
}

/* A noun pointed back at after a fronted time ("Mulai tahun depan, jumlah
 * itu ...") speaks of the figure before, as at the sentence's start. */
Test(reading, a_noun_pointed_back_at_after_a_fronted_time_speaks_of_the_figure_before)
{
	angka_figure_list out = extract(
	        "Tahun ini Pemkab Sidoarjo menanggung iuran BPJS Ketenagakerjaan bagi 12.400 "
	        "pekerja rentan. Mulai tahun depan, jumlah itu ditargetkan naik menjadi 20.000 "
	        "orang.");
	cr_expect(has_figure(&out, "participants", "rentan", 12400));
	cr_expect(has_figure(&out, "target_participants", "rentan", 20000));
	angka_figure_list_free(&out);
}

/* In an interview, what the question asks is what the answer's numbers
 * measure, not what the numbers before the question did. */
Test(reading, a_question_says_what_the_answer_measures)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Jawa Tengah 5,1 juta orang. Enam puluh "
	        "persen peserta kami dari sektor formal.\n\nDaerah mana yang paling tinggi "
	        "cakupannya?\n\nKota Semarang paling tinggi, sudah 58 persen lebih.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 58));
	angka_figure_list_free(&out);
}

/* A share of the count a sentence points back at is a share of what that
 * count was: of the uncovered, after a count of the uncovered. */
Test(reading, a_share_of_the_count_pointed_back_at_is_of_what_it_counted)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kota Palu 98.000 orang. Sebanyak 120.500 "
	        "pekerja di Kota Palu belum terdaftar sebagai peserta BPJS Ketenagakerjaan. "
	        "Jumlah itu setara 55,1 persen dari total angkatan kerja di Palu.");
	cr_expect(has_figure(&out, "uncovered_workers", "all", 120500));
	cr_expect(has_figure(&out, "uncovered_pct", "all", 55.1));
	angka_figure_list_free(&out);
}

/* "Di kabupaten paling luas di DIY itu": the regency pointed back at, the
 * province it lies in only qualifying it. */
Test(reading, a_regency_pointed_back_at_with_its_province_is_the_regency)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Kabupaten Gunungkidul baru 24,9 persen. Di "
	        "kabupaten paling luas di DIY itu, peserta aktif tercatat 97.216 orang.");
	cr_expect(has_figure_in(&out, "participants", 97216, "Kabupaten Gunungkidul"));
	angka_figure_list_free(&out);
}

/* A hedged count far from a precise one ("dua juta lebih" of the PU beside
 * 2,94 juta of everyone) restates nothing: each keeps its own group. */
Test(reading, a_hedged_count_far_from_another_restates_nothing)
{
	angka_figure_list out = extract(
	        "Kanwil BPJS Ketenagakerjaan Sumbagsel mencatat, per akhir April 2023, pekerja "
	        "aktif yang terdaftar di Sumbagsel sekitar 2,94 juta orang. Pekerja formal atau "
	        "penerima upah yang terdaftar sudah dua juta lebih.");
	cr_expect(has_figure(&out, "participants", "all", 2940000));
	cr_expect(has_figure(&out, "participants", "PU", 2000000));
	angka_figure_list_free(&out);
}

/* The group the counted come from, said after them ("dari kalangan pekerja
 * rentan"), is theirs. */
Test(reading, the_group_the_counted_come_from_is_theirs)
{
	angka_figure_list out = extract(
	        "Sepanjang 2024, BPJS Ketenagakerjaan Cabang Kupang membayarkan santunan JKK dan "
	        "JKM kepada 2.734 ahli waris dan peserta dari kalangan pekerja rentan.");
	cr_expect(has_figure(&out, "beneficiaries", "rentan", 2734));
	angka_figure_list_free(&out);
}

/* Universal Coverage Jamsostek is everyone's coverage by definition: "UCJ
 * Muba ... 38,6 persen" in a story on the vulnerable workers' budget is of
 * all workers (a probe article, read whole). */
Test(reading, ucj_is_everyones_coverage)
{
	FILE *f = fopen(ANGKA_SOURCE_DIR "/tests/corpus/probes/articles/4202.txt", "rb");
	cr_assert_not_null(f);
	static char text[16384];
	size_t n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = '\0';
	angka_figure_list out = extract(text);
	cr_expect(has_figure(&out, "coverage_pct", "all", 38.6));
	angka_figure_list_free(&out);
}

/* A value said of a programme and again without one, the headline's
 * "Bayar Rp36,2 Miliar" over the body's JKK payment of Rp36,2 miliar, is
 * one figure: the programme's. */
Test(reading, a_value_said_again_without_its_programme_is_one_figure)
{
	angka_figure_list out = extract(
	        "Klaim Kecelakaan Kerja di Halteng Melonjak, BPJS Ketenagakerjaan Bayar Rp36,2 "
	        "Miliar\n\nBPJS Ketenagakerjaan mencatat sepanjang 2023 terdapat 1.104 kasus JKK "
	        "di "
	        "Kabupaten Halmahera Tengah dengan total pembayaran Rp36,2 miliar.");
	size_t n = 0;
	for (size_t i = 0; i < out.n; i++)
		n += out.items[i].value == 36.2e9;
	cr_expect_eq(n, 1, "%zu figures of Rp36,2 miliar", n);
	angka_figure_list_free(&out);
}

/* "jumlah itu" is the count the sentence before gave, so it is of that
 * count's place, though that sentence also named the branch office's town
 * and so handed no place on to the paragraph after it. */
Test(reading, what_points_back_at_a_figure_is_of_its_place)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Tegal mencatat 12.450 nelayan di Kabupaten Tegal "
	        "telah terdaftar sebagai peserta aktif.\n\n"
	        "Kepala Cabang Tegal, Andi Saputra, mengatakan jumlah itu setara 41,5 persen "
	        "dari 30.000 nelayan yang ada.");
	cr_expect(has_figure_in(&out, "coverage_pct", 41.5, "Kabupaten Tegal"));
	cr_expect(has_figure_in(&out, "eligible_workers", 30000, "Kabupaten Tegal"));
	cr_expect_eq(out.n, 3, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A share of the members by segment is no figure "capaian itu" points back
 * at: the target after it is of the members the sentence before counted,
 * all of them, not of the segment the share named. */
Test(reading, a_share_of_members_is_not_what_a_figure_noun_points_back_at)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Provinsi Jambi tercatat 402.100 orang. "
	        "Adapun 65 persen peserta aktif merupakan pekerja penerima upah. "
	        "Capaian itu setara 82 persen dari target tahun ini sebesar 490.000 peserta.");
	cr_expect(has_figure(&out, "target_participants", "all", 490000));
	cr_expect(has_figure(&out, "participants", "all", 402100));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* What the interviewer asks is what the answer's bare number is, a base or
 * a target too, though their cues otherwise speak of their own clause; the
 * answer after the next question is not held to it. */
Test(reading, an_answer_measures_what_the_question_asked)
{
	angka_figure_list out =
	        extract("Peserta aktif BPJS Ketenagakerjaan di Kota Dumai kini 61.200 orang.\n\n"
	                "Berapa potensi pekerja di Dumai?\n\n"
	                "Kira-kira 140 ribu.\n\n"
	                "Lalu target tahun depan?\n\n"
	                "Kami pasang 70 ribu.\n\n"
	                "Bagaimana dengan klaim?\n\n"
	                "Tahun ini ada 1.150 kasus.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 140000));
	cr_expect(has_figure(&out, "target_participants", "all", 70000));
	cr_expect(has_figure(&out, "beneficiaries", "all", 1150));
	cr_expect_eq(out.n, 4, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A share of the workforce said as an aside after a coverage does not turn
 * what the next sentence's bare percentage measures: it is a coverage too. */
Test(reading, an_aside_of_context_does_not_turn_what_is_carried)
{
	angka_figure_list out = extract(
	        "Cakupan kepesertaan BPJS Ketenagakerjaan di Nusa Tenggara Timur baru 24,6 persen, "
	        "dengan lebih dari 70 persen pekerja berada di sektor informal. Di Kabupaten Sikka "
	        "bahkan masih 15,3 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 24.6, "Nusa Tenggara Timur"));
	cr_expect(has_figure_in(&out, "coverage_pct", 15.3, "Kabupaten Sikka"));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* After a target, a bare percentage that no cue decides is the level of
 * what the target is a target of, not what was carried before the target
 * (the economy's growth); "mematok" and "harapkan" set targets. */
Test(reading, after_a_target_the_bare_level_is_coverage)
{
	angka_figure_list out = extract(
	        "Gubernur mematok pertumbuhan ekonomi Jambi 2026 sebesar 5,2 persen. Untuk 2026, "
	        "Pemprov Jambi juga memasang target Universal Coverage Jamsostek sebesar 41,5 "
	        "persen. "
	        "Posisi Desember 2024 baru 33,08 persen. Kota Jambi kami harapkan tembus 60 "
	        "persen.");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 41.5, "Jambi"));
	cr_expect(has_figure_in(&out, "coverage_pct", 33.08, "Jambi"));
	cr_expect(has_figure_in(&out, "target_coverage_pct", 60, "Kota Jambi"));
	cr_expect_eq(out.n, 3, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A request for a larger quota does not reach past "setelah": the level it
 * follows from is a coverage, not a target. */
Test(reading, a_target_does_not_reach_past_setelah)
{
	angka_figure_list out = extract(
	        "DPRD meminta Pemprov Jambi menambah kuota pekerja rentan yang iurannya ditanggung "
	        "APBD, setelah capaian Universal Coverage Jamsostek Jambi baru menyentuh 36,2 "
	        "persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 36.2, "Jambi"));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A target does not reach past "realisasi": what was reached is a count of
 * participants. */
Test(reading, a_target_does_not_reach_past_what_was_reached)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan menargetkan 52 juta peserta aktif pada 2026. Target tersebut "
	        "dibandingkan dengan realisasi per Desember 2025 yang sebanyak 47,86 juta peserta "
	        "aktif.");
	cr_expect(has_figure(&out, "target_participants", "all", 52000000));
	cr_expect(has_figure(&out, "participants", "all", 47860000));
	angka_figure_list_free(&out);
}

/* Those who died, when the next sentence says their heirs were paid, are
 * the cases the benefit was paid for, not participants. */
Test(reading, those_who_died_are_cases_when_their_heirs_were_paid_after)
{
	angka_figure_list out = extract("INDRAMAYU - Sepanjang Januari sampai Mei 2025 ada 27 "
	                                "nelayan peserta BPJS Ketenagakerjaan yang meninggal "
	                                "dunia. Ahli warisnya sudah menerima santunan JKM.");
	cr_expect(has_figure(&out, "beneficiaries", "all", 27));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A restatement ("12,6 persen atau sekitar 54 ribu") whose share takes
 * what it measures from the sentence before gives its count the same. */
Test(reading, a_restated_count_shares_what_its_share_carried)
{
	angka_figure_list out = extract(
	        "SURABAYA - Capaian Universal Coverage Jamsostek Bangkalan 29,4 persen, tertinggi "
	        "di Madura. Sampang tetap paling buncit, hanya 12,6 persen atau sekitar 54 ribu "
	        "dari 430 ribu pekerja.");
	cr_expect(has_figure_in(&out, "coverage_pct", 12.6, "Kabupaten Sampang"));
	cr_expect(has_figure_in(&out, "participants", 54000, "Kabupaten Sampang"));
	cr_expect(has_figure_in(&out, "eligible_workers", 430000, "Kabupaten Sampang"));
	angka_figure_list_free(&out);
}

/* How much a count grew does not carry on: a bare level in the next
 * sentence measures what the levels before it did. */
Test(reading, a_growth_does_not_carry_to_the_next_sentence)
{
	angka_figure_list out = extract(
	        "KENDAL - Cakupan kepesertaan BPJS Ketenagakerjaan Kendal 39,35 persen. Jumlah "
	        "peserta "
	        "aktif Kendal naik 12 persen dibanding Mei tahun lalu. Meski begitu, Kendal masih "
	        "kalah dari Kabupaten Batang, yang sudah menyentuh 44,1 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 44.1, "Kabupaten Batang"));
	angka_figure_list_free(&out);
}

/* A speaker's label and colon before what is said ("NARASI: Di tingkat
 * kabupaten ...") is no list item going on from the sentence before: the
 * segment named there does not carry. */
Test(reading, a_speakers_label_is_no_list_item)
{
	angka_figure_list out = extract(
	        "TARAKAN - Pemprov tahun ini menanggung iuran BPJS Ketenagakerjaan untuk 12.500 "
	        "pekerja rentan lewat APBD.\nNARASI: Di tingkat kabupaten dan kota, Kota Tarakan "
	        "masih memimpin dengan capaian 64,9 persen.\n");
	cr_expect(has_figure(&out, "coverage_pct", "all", 64.9));
	angka_figure_list_free(&out);
}

/* A day of years before the data a story reports, far down it ("diresmikan
 * pada 1 Juli 2015"), is history, not when it was said: a count "sampai
 * Juni 2025" is no goal. */
Test(reading, an_old_day_is_not_when_the_story_was_said)
{
	angka_figure_list out = extract(
	        "Palembang (ANTARA) - Sampai Juni 2025 terdapat 1.104.955 pekerja di Sumsel yang "
	        "tercatat sebagai peserta aktif BPJS Ketenagakerjaan.\n\nKisah itu menggambarkan "
	        "pekerjaan rumah terbesar perlindungan pekerja di Sumatera Selatan.\n\nSebagian "
	        "besar orang bekerja di kebun karet, sawit dan kopi.\n\nBanyak dari mereka belum "
	        "pernah mendengar tentang jaminan sosial.\n\nPetugas desa kini ikut mendata warga "
	        "yang bekerja.\n\nPerlindungan pekerja punya sejarah panjang. Undang-Undang Nomor "
	        "24 Tahun 2011 mengubah Jamsostek menjadi BPJS Ketenagakerjaan, yang diresmikan "
	        "pada "
	        "1 Juli 2015 dengan empat program.\n");
	cr_expect(has_figure(&out, "participants", "all", 1104955));
	cr_expect_not(has_figure(&out, "target_participants", "all", 1104955));
	angka_figure_list_free(&out);
}

/* "Total nilainya Rp1,24 triliun": "its value" before the sentence's first
 * number is the value of what the sentence before counted. */
Test(reading, its_value_is_the_value_of_what_was_counted)
{
	angka_figure_list out = extract("SURABAYA - Hingga akhir Maret 2021 klaim BPJS "
	                                "Ketenagakerjaan yang dibayarkan di Jawa Timur mencapai "
	                                "91.500 kasus. Total nilainya Rp1,1 triliun.");
	cr_expect(has_figure(&out, "beneficiaries", "all", 91500));
	cr_expect(has_figure(&out, "benefit_amount_idr", "all", 1.1e12));
	angka_figure_list_free(&out);
}

/* "Itu setara 34 persen ...": a demonstrative alone and an equality restate
 * the figure before as a share, of what it was (a target's share is a
 * target). */
Test(reading, that_alone_restates_the_figure_before)
{
	angka_figure_list out = extract("PADANG - Untuk akhir tahun ini, sasaran BPJS "
	                                "Ketenagakerjaan di Sumatera Barat adalah sejuta peserta. "
	                                "\"Itu setara 34 persen dari angkatan kerja Sumbar,\" "
	                                "ujarnya.");
	cr_expect(has_figure(&out, "target_participants", "all", 1e6));
	cr_expect(has_figure(&out, "target_coverage_pct", "all", 34));
	angka_figure_list_free(&out);
	/* "Itu baru seperempat, sekitar 25 persen": only so much of what the
	 * figure before is out of */
	out = extract("MEDAN - Peserta BPJS Ketenagakerjaan di Sumut pada 2018 masih berkisar 1,25 "
	              "juta orang. \"Itu baru seperempat, sekitar 25 persen, kalau dibandingkan "
	              "dengan jumlah pekerja di Sumut,\" ucap Umardin.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 25));
	angka_figure_list_free(&out);
}

/* What a sentence that opens on "its value" pays is paid under the
 * programme the sentence before paid under; so is an amount beside the
 * scholarships its clause counts. */
Test(reading, an_amount_goes_with_the_programme_it_values)
{
	angka_figure_list out =
	        extract("SIDOARJO - BPJS Ketenagakerjaan juga menyalurkan beasiswa "
	                "kepada 641 anak peserta. Nilainya mencapai Rp 3,87 miliar.");
	cr_expect(has_figure(&out, "scholarship_amount_idr", "all", 3.87e9));
	cr_expect(!has_figure(&out, "benefit_amount_idr", "all", 3.87e9));
	angka_figure_list_free(&out);
	out = extract(
	        "TANJUNGPINANG - BPJS Ketenagakerjaan juga memberikan beasiswa pendidikan bagi "
	        "anak peserta. Penerimanya 1.152 anak dengan nilai manfaat Rp4,19 miliar.");
	cr_expect(has_figure(&out, "scholarship_amount_idr", "all", 4.19e9));
	angka_figure_list_free(&out);
}

/* "dibayarkan untuk 184 kasus, yakni 172 kasus Jaminan Kematian dan 12 kasus
 * Jaminan Kecelakaan Kerja": the items after "yakni" are what their head
 * is, before any word elsewhere in the sentence ("meninggal karena
 * kecelakaan kerja"). */
Test(reading, the_items_a_head_lists_are_what_it_is)
{
	angka_figure_list out = extract(
	        "JAMBI - Dana BPJS Ketenagakerjaan itu dibayarkan untuk 184 kasus, yakni 172 kasus "
	        "Jaminan Kematian dan 12 kasus Jaminan Kecelakaan Kerja, ditambah beasiswa bagi "
	        "seorang anak yang ayahnya meninggal karena kecelakaan kerja.");
	cr_expect(has_figure(&out, "beneficiaries", "all", 172));
	cr_expect(has_figure(&out, "beneficiaries", "all", 12));
	angka_figure_list_free(&out);
}

/* "Tahun lalu 37.900.": a bare number whose measure the sentence before
 * gave is a count of that sentence's group too. */
Test(reading, a_bare_number_going_on_is_of_the_group_before)
{
	angka_figure_list out = extract(
	        "TENGGARONG - Pemkab Kutai Kartanegara terus memperluas perlindungan BPJS "
	        "Ketenagakerjaan.\n\n"
	        "\"Tahun ini kita lindungi 42.500 pekerja rentan lewat APBD. Tahun lalu 37.900, "
	        "jadi ada tambahan sekitar 4.600 orang,\" kata Bupati.");
	cr_expect(has_figure(&out, "participants", "rentan", 42500));
	cr_expect(has_figure(&out, "participants", "rentan", 37900));
	cr_expect(!has_figure(&out, "participants", "all", 37900));
	angka_figure_list_free(&out);
}

/* A table flattened to a line a row: its "Total" line is every worker's,
 * not the group of the row above it. */
Test(reading, a_flattened_tables_total_line_is_of_no_rows_group)
{
	angka_figure_list out = extract(
	        "PEKANBARU - Berikut rincian peserta aktif BPJS Ketenagakerjaan di Kota Pekanbaru "
	        "per Desember 2024.\n\n"
	        "Penerima Upah 243.101\n\nBukan Penerima Upah 51.320\n\nJasa Konstruksi 17.247\n\n"
	        "Total 311.668\n\nJumlah itu naik dibanding tahun sebelumnya.");
	cr_expect(has_figure(&out, "participants", "jakon", 17247));
	cr_expect(has_figure(&out, "participants", "all", 311668));
	cr_expect(!has_figure(&out, "participants", "jakon", 311668));
	angka_figure_list_free(&out);
}

/* "... target satu juta pekerja ... . Hingga Agustus lalu, jumlahnya baru
 * 610.715 orang.": what goes on from a target counts what it aims at. */
Test(reading, a_count_going_on_from_a_target_is_what_it_aims_at)
{
	angka_figure_list out = extract(
	        "PADANG - BPJS Ketenagakerjaan memasang target satu juta pekerja di Sumatera Barat "
	        "terlindungi pada akhir 2025. Hingga Agustus lalu, jumlahnya baru 610.715 orang.");
	cr_expect(has_figure(&out, "target_participants", "all", 1000000));
	cr_expect(has_figure(&out, "participants", "all", 610715));
	cr_expect(!has_figure(&out, "target_participants", "all", 610715));
	angka_figure_list_free(&out);
}

/* A list's item goes on with the group of the item before only where it
 * measures what that one did. */
Test(reading, a_list_item_takes_the_group_of_an_item_before_measuring_alike)
{
	angka_figure_list out = extract(
	        "PADANG - Rincian kepesertaan BPJS Ketenagakerjaan di Sumatera Barat per Agustus "
	        "2025:\n"
	        "- Peserta aktif: 610.715 orang\n"
	        "- Cakupan segmen penerima upah terhadap potensinya: 37,6 persen\n"
	        "- Target akhir 2025: 1.000.000 peserta\n"
	        "Sisa empat bulan ini kami fokus ke sektor informal.");
	cr_expect(has_figure(&out, "coverage_pct", "PU", 37.6));
	cr_expect(has_figure(&out, "target_participants", "all", 1000000));
	angka_figure_list_free(&out);
	out = extract("DENPASAR - Pemprov Bali melindungi para pengayah desa adat dengan BPJS "
	              "Ketenagakerjaan. Peserta tersebut terdiri atas:\n"
	              "- 27.406 pemangku\n"
	              "- 8.962 serati banten\n"
	              "Iuran dibayarkan Pemprov setiap bulan.");
	cr_expect(has_figure(&out, "participants", "other", 27406));
	cr_expect(has_figure(&out, "participants", "other", 8962));
	angka_figure_list_free(&out);
}

/* "Tanya: Berapa tingkat coverage penerima upah?" "Jawab: Sudah 37,6
 * persen.": an answer is of the group its question named. */
Test(reading, an_answer_is_of_the_group_its_question_named)
{
	angka_figure_list out =
	        extract("PADANG - Langgam.id menemui Kepala BPJS Ketenagakerjaan Cabang Padang.\n"
	                "Tanya: Berapa tingkat coverage penerima upah di Sumatera Barat?\n"
	                "Jawab: Sudah 37,6 persen. Perusahaan besar umumnya sudah patuh.\n"
	                "Tanya: Lalu target akhir tahun?\n"
	                "Jawab: Sejuta peserta.");
	cr_expect(has_figure(&out, "coverage_pct", "PU", 37.6));
	cr_expect(!has_figure(&out, "target_participants", "PU", 1000000));
	angka_figure_list_free(&out);
}

/* "bulan tersebut", "tahun itu" point back at the period named last: a
 * target said to be for that month is of the month, not of its year. */
Test(reading, bulan_tersebut_is_the_month_named_last)
{
	angka_figure_list out = extract(
	        "SUMBAWA - Hingga Mei 2025, kepesertaan BPJS Ketenagakerjaan di Kabupaten Sumbawa "
	        "baru 23,8 persen. Padahal, target pada bulan tersebut mestinya 59 persen.");
	cr_expect(has_figure_as_of(&out, 59, "2025-05"));
	angka_figure_list_free(&out);
	out = extract("PALU - Kantor cabang itu dibuka pada Maret 2023. Pada tahun itu, peserta "
	              "BPJS Ketenagakerjaan di Kota Palu tercatat 61.200 orang.");
	cr_expect(has_figure_as_of(&out, 61200, "2023"));
	angka_figure_list_free(&out);
}

/* "naik 10 persen dari 55,5 juta pada Desember 2022": the period of what a
 * change is from dates nothing after it. A count said again in the body to
 * the month is of that month, not of the title's year. */
Test(reading, the_period_a_change_is_from_is_not_carried)
{
	angka_figure_list out = extract(
	        "JAKARTA - Hingga Desember 2023 terdapat 61,1 juta peserta aktif BPJS "
	        "Ketenagakerjaan, naik 10 persen dari 55,5 juta pada Desember 2022. Dari jumlah "
	        "itu, 40,2 juta merupakan pekerja penerima upah.");
	cr_expect(has_figure_as_of(&out, 40.2e6, "2023-12"));
	angka_figure_list_free(&out);
	out = extract("Peserta Aktif BPJS Ketenagakerjaan Capai 47,86 Juta Sepanjang 2025\n\n"
	              "JAKARTA - BPJS Ketenagakerjaan melaporkan jumlah peserta aktif pada akhir "
	              "Desember 2025 sebanyak 47,86 juta pekerja.");
	cr_expect(has_figure_as_of(&out, 47.86e6, "2025-12"));
	cr_expect_not(has_figure_as_of(&out, 47.86e6, "2025"));
	angka_figure_list_free(&out);
}

/* "Persentasenya baru 31,36 persen": the percentage of what the sentence
 * before counted, as "kalau dipersentasekan" says it. */
Test(reading, persentasenya_is_the_share_the_sentence_before_counted)
{
	angka_figure_list out = extract(
	        "PURWOKERTO - Sasaran UCJ di Banyumas 684.654 pekerja. Dari jumlah tersebut, "
	        "peserta aktif BPJS Ketenagakerjaan baru 214.687 orang.\n\"Persentasenya baru "
	        "31,36 persen,\" katanya.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 31.36));
	angka_figure_list_free(&out);
}
