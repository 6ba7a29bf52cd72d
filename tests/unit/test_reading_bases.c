/* Wholes and their parts, read from whole articles through the pipeline:
 * the labour count a coverage is computed on (annotation guideline 5), the
 * count a part is taken of, the items of a breakdown, and a registered
 * total beside its active part (docs/rules.md, the part connectives and
 * the <part> template group; docs/domains.md, relations). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

/* Registered totals count non-active accounts too: where the active count
 * of the same place and period is stated, the total is no figure. */
Test(reading, a_registered_total_gives_way_to_the_active_count)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan mencatat di Jawa Timur jumlah peserta terdaftar mencapai 5 "
	        "juta orang pada Desember 2024. Dari jumlah itu, peserta aktif sebanyak 3,2 juta "
	        "orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_eq(out.items[0].value, 3200000);
	angka_figure_list_free(&out);
	/* Without an active count, the total is the participants. */
	out = extract("BPJS Ketenagakerjaan mencatat di Jawa Timur jumlah peserta terdaftar "
	              "mencapai 5 juta orang pada Desember 2024.");
	cr_assert_eq(out.n, 1);
	cr_expect_eq(out.items[0].value, 5000000);
	angka_figure_list_free(&out);
	/* "akhir 2024" is December 2024's period; and the total a change is
	 * from is a total too. */
	out = extract("JAKARTA - Peserta aktif BPJS Ketenagakerjaan per Desember 2024 sebanyak "
	              "44,4 juta orang. Hingga akhir 2024, tercatat 65,9 juta orang terdaftar "
	              "sebagai peserta, naik 8 persen dari 61 juta orang pada Desember 2023.");
	cr_expect(has_figure(&out, "participants", "all", 44.4e6));
	cr_expect_not(has_figure(&out, "participants", "all", 65.9e6));
	cr_expect_not(has_figure(&out, "participants", "all", 61e6));
	angka_figure_list_free(&out);
	/* Online motorbike-taxi drivers ("ojek daring") insure themselves: their
	 * active count is of their group, not the city's. */
	out = extract(
	        "MAKASSAR - Baru 8.214 pengemudi ojek daring yang aktif terdaftar sebagai "
	        "peserta BPJS Ketenagakerjaan per September 2025. Secara keseluruhan, peserta "
	        "di Kota Makassar hingga September 2025 sebanyak 412.337 orang.");
	cr_expect(has_figure(&out, "participants", "BPU", 8214));
	cr_expect(has_figure(&out, "participants", "all", 412337));
	angka_figure_list_free(&out);
}

/* A labour-force count no stated coverage is computed on is the working
 * population; where the article states the place's coverage and no other
 * base, it is that coverage's base. */
Test(reading, a_labour_force_count_is_a_base_only_beside_a_coverage)
{
	angka_figure_list out =
	        extract("Jumlah penduduk bekerja di Bali berdasarkan data BPS Agustus "
	                "2024 sebanyak 2,6 juta orang. BPJS Ketenagakerjaan Bali "
	                "membayar klaim Rp 38,4 miliar.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].metric, "working_population", "%s", out.items[0].metric);
	angka_figure_list_free(&out);
	out = extract("Jumlah pekerja di Kudus berdasarkan data BPS ada 485.049 pekerja. Dari "
	              "jumlah sebanyak itu, 254.087 sudah terdaftar sebagai peserta BPJS "
	              "Ketenagakerjaan. Cakupan kepesertaan di Kudus 52,38 persen.");
	cr_assert_eq(out.n, 3);
	cr_expect_str_eq(out.items[0].metric, "eligible_workers", "%s", out.items[0].metric);
	angka_figure_list_free(&out);
}

/* "Dari jumlah itu, baru 9,5 juta yang menjadi peserta": the count of the
 * sentence before, which said nothing of what it counts, is the whole of
 * this part: a base, and the percentage after the part its coverage. */
Test(reading, a_part_taken_from_that_number_makes_it_a_base)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan. Jumlah pekerja informal di Indonesia mencapai 84 juta "
	        "orang. Dari jumlah itu, baru sekitar 9,5 juta yang menjadi peserta, atau hanya "
	        "11,3 persen.");
	cr_expect(has_figure(&out, "eligible_workers", "BPU", 84e6));
	cr_expect(has_figure(&out, "participants", "BPU", 9.5e6));
	cr_expect(has_figure(&out, "coverage_pct", "BPU", 11.3));
	angka_figure_list_free(&out);
}

/* "Dengan jumlah pekerja sebanyak 144,6 juta orang, cakupan kepesertaan baru
 * sekitar 31,3 persen": the count the stated coverage was computed on (45,21
 * / 144,6 = 31,27 %) is its base, whatever word was near it; two counts whose
 * ratio gives no stated percentage stay what their words made them. */
Test(reading, the_count_a_stated_coverage_is_computed_on_is_its_base)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan mencatat jumlah peserta aktif per September 2025 mencapai "
	        "45,21 juta pekerja. Dengan jumlah pekerja Indonesia sebanyak 144,6 juta orang, "
	        "cakupan kepesertaan baru sekitar 31,3 persen.");
	cr_expect(has_figure(&out, "participants", "all", 45.21e6));
	cr_expect(has_figure(&out, "eligible_workers", "all", 144.6e6));
	cr_expect(has_figure(&out, "coverage_pct", "all", 31.3));
	angka_figure_list_free(&out);
	out = extract(
	        "Peserta BPJS Ketenagakerjaan di Kota Jambi pada 2024 sebanyak 40.000 orang. "
	        "Pada 2025 peserta bertambah menjadi 52.000 orang, dengan cakupan 30 persen.");
	cr_expect(has_figure(&out, "participants", "all", 40000));
	cr_expect(has_figure(&out, "participants", "all", 52000), "40.000 / 52.000 is no 30 %");
	angka_figure_list_free(&out);
}

/* "Masih ada 627 ribu pekerja yang harus kita lindungi": with 187.650
 * participants of 815.000 workers, the 627 ribu said after them are the rest
 * of the workers, not yet covered, whatever "lindungi" made them. */
Test(reading, the_rest_of_a_stated_whole_is_not_yet_covered)
{
	angka_figure_list out = extract(
	        "Total peserta BPJS Ketenagakerjaan di Kabupaten Banyuwangi saat ini 187.650 orang "
	        "atau sekitar 23 persen dari total pekerja sebanyak 815.000 orang. \"Masih ada 627 "
	        "ribu pekerja yang harus kita lindungi,\" katanya.");
	cr_expect(has_figure(&out, "participants", "all", 187650));
	cr_expect(has_figure(&out, "eligible_workers", "all", 815000));
	cr_expect(has_figure(&out, "uncovered_workers", "all", 627000));
	angka_figure_list_free(&out);
}

/* Of two labour-force counts, the base of a stated coverage is the one the
 * coverage is computed on (630.000 / 2,1 juta = 30 %), not the smaller. */
Test(reading, the_labour_count_a_coverage_is_computed_on_is_its_base)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Jambi. Jumlah angkatan kerja di Provinsi Jambi 2,1 juta "
	        "orang, sedangkan penduduk bekerja 1,8 juta orang. Peserta aktif tercatat 630.000 "
	        "orang atau 30 persen.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 2.1e6));
	cr_expect(has_figure(&out, "working_population", "all", 1.8e6));
	angka_figure_list_free(&out);
}

/* A labour force a stated coverage is computed on is its base, also when
 * a later sentence says it again at a lower precision ("sekitar 140 ribu"):
 * that says the same whole, no other. */
Test(reading, a_vaguer_restatement_of_the_labour_count_is_no_other_base)
{
	angka_figure_list out = extract(
	        "KUDUS - Data BPJS Ketenagakerjaan Cabang Kudus per November 2023:\n"
	        "Segmen | Jumlah Pekerja (BPS 2022) | Peserta Terdaftar | Cakupan |\n"
	        "Bukan Penerima Upah | 140.885 | 9.128 | 6,48% |\n"
	        "Dari sekitar 140 ribu pekerja informal di Kudus, yang terlindungi belum sampai "
	        "sepuluh ribu orang.");
	cr_expect(has_figure(&out, "eligible_workers", "BPU", 140885));
	cr_expect_not(has_figure(&out, "working_population", "BPU", 140885));
	angka_figure_list_free(&out);
}

/* "Dari jumlah peserta tersebut, ..." opens a part of the participants:
 * its counts are participants of their own segments, whatever count the
 * sentences before said last. */
Test(reading, the_parts_of_the_participants_are_participants)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Sulawesi Selatan mencapai 44,87 persen, atau "
	        "1.612.340 pekerja dari 3.593.400 pekerja yang menjadi potensi kepesertaan.\n\n"
	        "Capaian tersebut naik dibanding akhir 2024, ketika cakupannya baru 41,2 "
	        "persen.\n\n"
	        "Dari jumlah peserta tersebut, 1.104.200 merupakan pekerja penerima upah, "
	        "sedangkan "
	        "pekerja bukan penerima upah 398.450 orang.");
	cr_expect(has_figure(&out, "participants", "PU", 1104200));
	cr_expect(has_figure(&out, "participants", "BPU", 398450));
	angka_figure_list_free(&out);
}

/* The labour force is the base a stated coverage is out of only when the
 * arithmetic says so: 687,3 ribu of 2,98 juta is 23 persen, not the 28,9
 * persen stated, so the 2,98 juta stays the labour force (guideline 5); a
 * stated share within a twentieth of what the counts give is an official's
 * rounding or slip, and makes it the base. */
Test(reading, a_labour_force_the_coverage_is_not_computed_on_stays_one)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kalimantan Barat mencapai 687,3 ribu "
	        "pekerja. Angka itu setara 28,9 persen dari pekerja yang wajib terlindungi. "
	        "Sementara data BPS mencatat penduduk bekerja di Kalimantan Barat 2,98 juta "
	        "orang.");
	cr_expect(has_figure(&out, "working_population", "all", 2980000));
	angka_figure_list_free(&out);
	out = extract("Peserta aktif BPJS Ketenagakerjaan di Kalimantan Barat mencapai 687,3 ribu "
	              "pekerja. Angka itu setara 23 persen dari pekerja yang wajib terlindungi. "
	              "Sementara data BPS mencatat penduduk bekerja di Kalimantan Barat 2,98 juta "
	              "orang.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 2980000),
	          "687,3 ribu is 23 %% of it");
	angka_figure_list_free(&out);
	/* An official's slip: 24 persen stated, 23,06 computed, is still a
	 * coverage of it. */
	out = extract("Peserta aktif BPJS Ketenagakerjaan di Kalimantan Barat mencapai 687,3 ribu "
	              "pekerja. Angka itu setara 24 persen dari pekerja yang wajib terlindungi. "
	              "Sementara data BPS mencatat penduduk bekerja di Kalimantan Barat 2,98 juta "
	              "orang.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 2980000),
	          "24 %% is near the 23,06 %% 687,3 ribu is of it");
	angka_figure_list_free(&out);
}

/* The items of a breakdown are alike: one its own words do not decide
 * measures what the item before it does, not what "Jumlah itu" points back
 * at (the base said last). */
Test(reading, a_breakdowns_items_measure_alike)
{
	angka_figure_list out = extract(
	        "Kanwil BPJS Ketenagakerjaan Sulawesi Maluku mencatat 3.061.874 pekerja aktif "
	        "terlindungi dari potensi 6.939.705 pekerja. Jumlah itu terdiri atas peserta "
	        "penerima upah 1.842.615 orang, bukan penerima upah 884.390 orang dan jasa "
	        "konstruksi 327.911 orang.");
	cr_expect(has_figure(&out, "participants", "PU", 1842615));
	cr_expect(has_figure(&out, "participants", "BPU", 884390));
	cr_expect(has_figure(&out, "participants", "jakon", 327911));
	angka_figure_list_free(&out);
}

/* "52.300 di antaranya merupakan pekerja penerima upah": what the part of
 * the whole before it is, said after it. */
Test(reading, a_part_said_after_di_antaranya_takes_its_segment)
{
	angka_figure_list out =
	        extract("Total peserta aktif BPJS Ketenagakerjaan di Kabupaten Lombok "
	                "Timur kini 86.540 orang. Dari jumlah tersebut, 52.300 di "
	                "antaranya merupakan pekerja penerima upah.");
	cr_expect(has_figure(&out, "participants", "all", 86540));
	cr_expect(has_figure(&out, "participants", "PU", 52300));
	angka_figure_list_free(&out);
}

/* A potential read as the base does not hide the labour force a second
 * coverage is computed on: 588.217 of 1.104.652 is 53,2 persen, of 2,49
 * juta 23,6 persen, so each is the base of its own ratio. */
Test(reading, a_labour_force_a_second_coverage_is_computed_on_is_a_base)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kalimantan Barat 588.217 orang dari "
	        "potensi 1.104.652 pekerja, atau 53,2 persen. Dengan jumlah penduduk bekerja di "
	        "Kalbar sebanyak 2,49 juta orang, cakupan peserta aktif baru 23,6 persen.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 1104652));
	cr_expect(has_figure(&out, "eligible_workers", "all", 2490000));
	angka_figure_list_free(&out);
	out = extract("Peserta aktif BPJS Ketenagakerjaan di Kalimantan Barat 588.217 orang dari "
	              "potensi 1.104.652 pekerja, atau 53,2 persen. Jumlah penduduk bekerja di "
	              "Kalbar sebanyak 2,49 juta orang, cakupan peserta aktif 30 persen.");
	cr_expect(has_figure(&out, "working_population", "all", 2490000),
	          "no stated ratio is out of it");
	angka_figure_list_free(&out);
}

/* A labour force stated first as such and then as the base a coverage is
 * computed on is that base (guideline 5), whichever is said first. */
Test(reading, a_labour_force_a_ratio_is_then_computed_on_is_its_base)
{
	angka_figure_list out = extract(
	        "Berdasarkan data BPS tahun 2024, jumlah angkatan kerja di Kalbar sebanyak "
	        "2.614.300 orang. Dari 2.614.300 angkatan kerja itu, yang terdaftar aktif di BPJS "
	        "Ketenagakerjaan per September 2025 baru 734.618 orang. Jumlah penduduk bekerja di "
	        "Kalbar menurut BPS mencapai 2,49 juta orang.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 2614300));
	cr_expect(has_figure(&out, "working_population", "all", 2490000));
	angka_figure_list_free(&out);
}

/* "Dari jumlah peserta itu, ...": parts of the count before, of its place,
 * whatever the sentence between spoke of. */
Test(reading, parts_of_a_count_are_of_its_place)
{
	angka_figure_list out = extract(
	        "Jumlah peserta aktif BPJS Ketenagakerjaan di Riau per Juni 2025 sebanyak 1,34 "
	        "juta orang. Secara nasional, cakupan per Juni 2025 berada di angka 41,3 "
	        "persen.\n\nDari jumlah peserta itu, pekerja jasa konstruksi 96.300 orang, "
	        "sedangkan pekerja bukan penerima upah 287.500 orang.");
	cr_expect(has_figure_in(&out, "participants", 96300, "Riau"));
	cr_expect(has_figure_in(&out, "participants", 287500, "Riau"));
	angka_figure_list_free(&out);
}

/* "Dari jumlah tersebut" breaks down the figure the sentence before
 * reported, not the base it was compared with after it. */
Test(reading, a_breakdown_of_that_number_is_of_the_figure_not_its_base)
{
	angka_figure_list out = extract(
	        "Sebanyak 1.512.644 pekerja di Sulawesi Selatan terdaftar sebagai peserta aktif "
	        "BPJS Ketenagakerjaan dibandingkan potensi 3.682.150 pekerja. Dari jumlah "
	        "tersebut, "
	        "pekerja penerima upah tercatat 1.002.305 orang dan pekerja bukan penerima upah "
	        "410.927 orang.");
	cr_expect(has_figure_in(&out, "participants", 1002305, "Sulawesi Selatan"));
	cr_expect(has_figure_in(&out, "participants", 410927, "Sulawesi Selatan"));
	for (size_t i = 0; i < out.n; i++)
		if (out.items[i].value < 1500000)
			cr_expect_str_neq(out.items[i].metric, "eligible_workers", "%g",
			                  out.items[i].value);
	angka_figure_list_free(&out);
}

/* A sentence that only gives the base of the coverage of the count before
 * it leaves that count what "Dari jumlah tersebut" breaks down; a total of
 * claims is one too. */
Test(reading, parts_are_of_the_count_whose_coverage_came_between)
{
	angka_figure_list out = extract(
	        "Hingga Agustus 2025, BPJS Ketenagakerjaan Cabang Merauke mencatat baru 48.210 "
	        "pekerja di Papua Selatan yang terdaftar sebagai peserta aktif. \"Kalau "
	        "dibandingkan "
	        "dengan potensi 176.400 pekerja, cakupannya 27,33 persen,\" kata Hendrik. Dari "
	        "jumlah "
	        "tersebut, sebanyak 31.550 orang merupakan pekerja penerima upah dan 12.408 "
	        "pekerja "
	        "bukan penerima upah.");
	cr_expect(has_figure_in(&out, "participants", 31550, "Papua Selatan"));
	cr_expect(has_figure_in(&out, "participants", 12408, "Papua Selatan"));
	cr_expect(has_figure_in(&out, "eligible_workers", 176400, "Papua Selatan"));
	angka_figure_list_free(&out);
	out = extract(
	        "Pekerja migran yang terlindungi BPJS Ketenagakerjaan di Indonesia 601 ribu "
	        "orang. Sepanjang 2025 BPJS Ketenagakerjaan membayarkan klaim senilai Rp 61,73 "
	        "triliun untuk 4,48 juta kasus. Dari jumlah tersebut, klaim JHT yakni 3,41 juta "
	        "kasus dengan nilai Rp 49,86 triliun.");
	for (size_t i = 0; i < out.n; i++)
		if (out.items[i].value == 3410000)
			cr_expect_str_eq(out.items[i].segment, "all");
	cr_expect(has_figure_in(&out, "beneficiaries", 3410000, "Indonesia"));
	angka_figure_list_free(&out);
}

/* "anak peserta" are the members' children: a count of them where a
 * scholarship is spoken of is of its recipients, not of participants. */
Test(reading, members_children_are_not_members)
{
	angka_figure_list out = extract("Di Ponorogo, BPJS Ketenagakerjaan menyalurkan beasiswa "
	                                "Rp1,1 miliar lebih untuk 207 anak peserta.");
	cr_expect(has_figure(&out, "scholarship_recipients", "all", 207));
	cr_expect(!has_figure(&out, "participants", "all", 207));
	angka_figure_list_free(&out);
}

/* "dari total peserta aktif tersebut, 904.100 orang berasal dari segmen
 * penerima upah": the whole a part is taken from is everyone's; the group
 * named after the part is the part's. */
Test(reading, a_part_taken_from_a_whole_is_of_the_group_named_after_it)
{
	angka_figure_list out = extract(
	        "Di Sumatera Selatan, peserta aktif BPJS Ketenagakerjaan mencapai 1,29 juta. "
	        "Hendra "
	        "merinci, dari total peserta aktif tersebut, 904.100 orang berasal dari segmen "
	        "penerima upah (PU) dan 214.870 orang dari segmen bukan penerima upah (BPU).");
	cr_expect(has_figure(&out, "participants", "PU", 904100));
	cr_expect(has_figure(&out, "participants", "BPU", 214870));
	angka_figure_list_free(&out);
}

/* The items of a breakdown measure what its head does: a part said after
 * them ("9.400 di antaranya") does not make the last item a whole. */
Test(reading, a_breakdowns_last_item_is_no_whole_for_a_part_after_it)
{
	angka_figure_list out = extract(
	        "PEMALANG - Peserta aktif BPJS Ketenagakerjaan di Pemalang 112.480 orang. "
	        "Rinciannya, peserta penerima upah (PU) sebanyak 71.320 orang, bukan penerima upah "
	        "(BPU) sebanyak 29.115 orang, dan jasa konstruksi 12.045 orang. Dari segmen BPU "
	        "tersebut, 9.400 di antaranya merupakan pekerja rentan.");
	cr_expect(has_figure(&out, "participants", "jakon", 12045));
	angka_figure_list_free(&out);
}

/* A share that is a part of the count before it is a share of that
 * count, unless it names a base of its own. */
Test(reading, a_part_with_a_base_of_its_own_is_coverage)
{
	angka_figure_list out = extract(
	        "KARAWANG - Jumlah peserta aktif BPJS Ketenagakerjaan tercatat 538.902 orang. Dari "
	        "angka itu, pekerja bukan penerima upah baru 47.315 orang (15,8 persen dari "
	        "299.460 "
	        "pekerja informal).");
	cr_expect(has_figure(&out, "coverage_pct", "BPU", 15.8));
	angka_figure_list_free(&out);
}

/* A segment's percentage beside its count that is the count out of
 * everyone's is its share of the participants, not its coverage; so are the
 * other segments' beside it, which with it make up 100 (here 7,4 juta of
 * 30,5 is 24,3 %, but 2 juta, stated to half a million, tells nothing). */
Test(reading, a_breakdowns_shares_of_everyone_are_no_coverage)
{
	angka_figure_list out = extract(
	        "JAKARTA - Peserta aktif BPJS Ketenagakerjaan mencapai 30,5 juta pekerja pada "
	        "akhir 2023. Rinciannya:\n"
	        "Penerima Upah (PU): 21,1 juta pekerja (69,2%)\n"
	        "Bukan Penerima Upah (BPU): 7,4 juta pekerja (24,3%)\n"
	        "Jasa Konstruksi: 2 juta pekerja (6,5%)\n");
	cr_expect(has_figure(&out, "participants", "PU", 21.1e6));
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_neq(out.items[i].metric, "coverage_pct", "%s %g",
		                  out.items[i].segment, out.items[i].value);
	angka_figure_list_free(&out);
}

/* "yang potensial untuk dilindungi 92 juta": the workers who could be
 * covered are the base, not a target ("untuk dilindungi" alone is one). */
Test(reading, who_could_be_covered_are_the_base)
{
	angka_figure_list out =
	        extract("JAKARTA - \"Menurut data BPS jumlah pekerja kita 120 juta. Dari situ yang "
	                "potensial untuk dilindungi 92 juta, tetapi yang aktif membayar iuran BPJS "
	                "Ketenagakerjaan hanya 32 juta,\" ujar Anggoro.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 92e6));
	cr_expect_not(has_figure(&out, "target_participants", "all", 92e6));
	angka_figure_list_free(&out);
}

/* "41,56 juta ... yang masih aktif ... atau 68,05 persen dari total 61,08
 * juta peserta yang terdaftar": what the active are a part of is the
 * registered total, and the percentage their share of it, no coverage; the
 * total it rose from ("dibanding Desember 2022 yang berjumlah 55,38 juta
 * orang") is a registered total too. */
Test(reading, the_active_part_of_the_registered_is_a_share)
{
	angka_figure_list out = extract(
	        "JAKARTA - Jumlah peserta BPJS Ketenagakerjaan yang masih aktif hingga Desember "
	        "2023 mencapai 41,56 juta orang atau 68,05 persen dari total 61,08 juta peserta "
	        "yang terdaftar. Total peserta terdaftar naik sekitar 10,29 persen dibanding "
	        "Desember 2022 yang berjumlah 55,38 juta orang.");
	cr_expect(has_figure(&out, "participants", "all", 41.56e6));
	for (size_t i = 0; i < out.n; i++)
		cr_expect(strcmp(out.items[i].metric, "participants") != 0 ||
		                  out.items[i].value == 41.56e6,
		          "%s %g", out.items[i].metric, out.items[i].value);
	cr_expect_not(has_figure(&out, "coverage_pct", "all", 68.05));
	cr_expect_not(has_figure(&out, "eligible_workers", "all", 61.08e6));
	angka_figure_list_free(&out);
}
