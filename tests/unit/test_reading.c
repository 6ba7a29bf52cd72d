/* What a quantity measures, read from whole articles through the pipeline:
 * the cues, templates and connectives of rules/ (docs/rules.md). */
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
}

/* One programme's members (JHT, JP, JKP) are not the scheme's participants;
 * the scheme's programmes listed together are. */
Test(reading, one_programmes_members_are_no_participants)
{
	angka_figure_list out = extract("BPJS Ketenagakerjaan Kota Jambi mencatat peserta program "
	                                "JHT mencapai 120.000 orang.");
	cr_expect_eq(out.n, 0);
	angka_figure_list_free(&out);
	out = extract(
	        "BPJS Ketenagakerjaan Kota Jambi mencatat 120.000 peserta terlindungi program "
	        "JKK, JKM, JHT dan JP.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].metric, "participants");
	angka_figure_list_free(&out);
	out = extract("BPJS Ketenagakerjaan Kota Jambi membayar klaim JHT kepada 3.979 peserta.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].metric, "beneficiaries", "paid under it, they count");
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

/* Between two counts a conjunction begins the second one's phrase: the
 * registered total before "dengan peserta aktif" is not an active count, so
 * the active one stands alone. */
Test(reading, a_conjunction_between_two_counts_splits_their_phrases)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan di Kabupaten Kerinci mencatat peserta "
	                "terdaftar 120.000 orang dengan peserta aktif 80.000 orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_float_eq(out.items[0].value, 80000, 1e-9);
	angka_figure_list_free(&out);
}

/* Who attended an event, and who received another scheme's handout (a wage
 * subsidy), are not figures of the scheme, also in a sentence that goes on
 * from one about its benefits. */
Test(reading, attendance_and_other_schemes_aid_are_no_figures)
{
	angka_figure_list out = extract(
	        "Sebanyak 320 pekerja di Kota Kendari menerima manfaat JKP BPJS Ketenagakerjaan. "
	        "Kegiatan ini dihadiri 75 pelaku UMKM. Program BSU telah disalurkan kepada 45.000 "
	        "pekerja di Kota Kendari. Kegiatan itu diikuti sekitar 350 peserta dari sembilan "
	        "kabupaten/kota.");
	cr_assert_eq(out.n, 1);
	cr_expect_float_eq(out.items[0].value, 320, 1e-9);
	angka_figure_list_free(&out);
}

/* "Untuk PU cakupannya sudah 80 persen": a cue word with "-nya" decides. */
Test(reading, a_cue_word_with_nya_decides)
{
	angka_figure_list out = extract("Di Kabupaten Jember, untuk PU cakupannya sudah 80 persen, "
	                                "sementara BPU baru 12 persen dalam kepesertaan BPJS "
	                                "Ketenagakerjaan.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].metric, "coverage_pct");
	cr_expect_str_eq(out.items[0].segment, "PU");
	cr_expect_str_eq(out.items[1].segment, "BPU");
	angka_figure_list_free(&out);
}

/* A percentage in a sentence about claims is a share of them, not a
 * coverage. */
Test(reading, a_percentage_of_claims_is_no_coverage)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan Cabang Kupang membayarkan klaim Rp 85,4 "
	                "miliar. Klaim JHT paling banyak diajukan oleh peserta yang "
	                "mengundurkan diri, yakni 72 persen.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].metric, "benefit_amount_idr");
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

/* In a sentence that sets a target, the level it starts from ("dari posisi
 * saat ini 38 persen") is the coverage today, not a target. */
Test(reading, the_level_a_target_starts_from_is_todays)
{
	angka_figure_list out =
	        extract("Pemkab Sragen menargetkan cakupan BPJS Ketenagakerjaan naik "
	                "menjadi 45 persen dari posisi saat ini 38 persen.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].metric, "target_coverage_pct", "%s", out.items[0].metric);
	cr_expect_str_eq(out.items[1].metric, "coverage_pct", "%s", out.items[1].metric);
	angka_figure_list_free(&out);
}

/* A level stated for a year after the one it was said in is a goal. */
Test(reading, a_level_of_a_year_to_come_is_a_goal)
{
	angka_figure_list out =
	        extract("URL: https://x.id/berita/2025/07/15/a\n\n"
	                "Wali Kota Kendari berharap tahun depan cakupan BPJS Ketenagakerjaan "
	                "bisa naik menjadi 50 persen. Tahun ini cakupan baru 41 persen.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].metric, "target_coverage_pct", "%s", out.items[0].metric);
	cr_expect_str_eq(out.items[0].as_of, "2026");
	cr_expect_str_eq(out.items[1].metric, "coverage_pct", "%s", out.items[1].metric);
	angka_figure_list_free(&out);
	/* The year to come must be the value's own clause's. */
	out = extract("URL: https://x.id/berita/2025/07/15/a\n\n"
	              "Pemkab Sragen akan mendaftarkan 4.500 pekerja rentan ke BPJS "
	              "Ketenagakerjaan pada 2026. Cakupan di Sragen baru 41,84 persen, sehingga "
	              "perlu upaya bersama di tahun 2026.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].metric, "target_participants", "%s", out.items[0].metric);
	cr_expect_str_eq(out.items[0].as_of, "2026");
	cr_expect_str_eq(out.items[1].metric, "coverage_pct", "%s", out.items[1].metric);
	angka_figure_list_free(&out);
}

/* "Sasaran" is a goal ("sasaran kepesertaan tahun ini"), except as the
 * whole a share is out of ("dari total sasaran"). */
Test(reading, sasaran_is_a_goal)
{
	angka_figure_list out =
	        extract("Sasaran kepesertaan BPJS Ketenagakerjaan di Kabupaten Sragen "
	                "tahun ini sebanyak 150.000 orang, namun baru tercapai "
	                "120.000 orang.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].metric, "target_participants", "%s", out.items[0].metric);
	cr_expect_str_eq(out.items[1].metric, "participants", "%s", out.items[1].metric);
	angka_figure_list_free(&out);
}

/* A share of the participants by who they are ("peserta perempuan mencapai
 * 42 persen") is no coverage. */
Test(reading, a_share_of_participants_by_gender_is_no_coverage)
{
	angka_figure_list out =
	        extract("Peserta BPJS Ketenagakerjaan di Kota Malang mencapai 120.000 "
	                "orang. Peserta perempuan mencapai 42 persen.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].metric, "participants", "%s", out.items[0].metric);
	angka_figure_list_free(&out);
}

/* How the scheme serves its members (compliance, satisfaction, use of its
 * app) is no coverage. */
Test(reading, service_percentages_are_no_coverage)
{
	angka_figure_list out = extract(
	        "Tingkat kepatuhan perusahaan peserta BPJS Ketenagakerjaan di Kota Malang mencapai "
	        "85 "
	        "persen. Indeks kepuasan peserta mencapai 88 persen. Sekitar 60 persen peserta "
	        "mengakses layanan melalui aplikasi JMO. Cakupan kepesertaan di Kota Malang 41 "
	        "persen.");
	cr_assert_eq(out.n, 1);
	cr_expect_float_eq(out.items[0].value, 41, 1e-9);
	angka_figure_list_free(&out);
}

/* Members counted by what they do with the scheme's services, and members
 * in arrears, are no count of coverage; a claim made through the app is
 * still a claim. */
Test(reading, app_users_and_arrears_are_no_participants)
{
	angka_figure_list out = extract(
	        "Sebanyak 12.500 peserta BPJS Ketenagakerjaan telah mengunduh aplikasi JMO di Kota "
	        "Malang. Sebanyak 2.100 peserta menunggak iuran. Melalui aplikasi JMO, sebanyak "
	        "3.400 peserta di Kota Malang mencairkan klaim JHT.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].metric, "beneficiaries", "%s", out.items[0].metric);
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

/* A title announces the story, not what the counts of its lead measure. */
Test(reading, a_headline_does_not_say_what_the_counts_after_it_are)
{
	angka_figure_list out = extract("Cakupan Jamsostek Pekerja Informal Masih Rendah\n\n"
	                                "BPJS Ketenagakerjaan mengatakan jumlah pekerja informal "
	                                "di Indonesia mencapai 84 juta orang.\n");
	cr_expect(!has_figure(&out, "participants", "BPU", 84e6));
	angka_figure_list_free(&out);
}

/* "Direktur Kepesertaan" is who speaks, not what the number counts. */
Test(reading, an_office_in_a_speakers_title_is_no_cue)
{
	angka_figure_list out =
	        extract("Direktur Kepesertaan BPJS Ketenagakerjaan mengatakan jumlah "
	                "pekerja informal di Indonesia mencapai 84 juta orang.");
	cr_expect(!has_figure(&out, "participants", "BPU", 84e6),
	          "the workers are no participants");
	angka_figure_list_free(&out);
	out = extract("Tingkat kepesertaan BPJS Ketenagakerjaan pekerja informal di Indonesia "
	              "mencapai 9,5 juta orang.");
	cr_expect(has_figure(&out, "participants", "BPU", 9.5e6), "kepesertaan in prose is a cue");
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

/* The workers "yang menjadi sasaran UCJ" are those a coverage is out of;
 * the target cue "sasaran" says nothing of the count covered after them. */
Test(reading, the_workers_a_scheme_aims_at_are_its_base)
{
	angka_figure_list out = extract(
	        "Dari 6.482.115 pekerja yang menjadi sasaran Universal Coverage Jamsostek di "
	        "Sumut, yang sudah terlindungi BPJS Ketenagakerjaan baru 2.384.906 orang atau "
	        "36,79 persen.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 6482115));
	cr_expect(has_figure(&out, "participants", "all", 2384906));
	cr_expect(has_figure(&out, "coverage_pct", "all", 36.79));
	angka_figure_list_free(&out);
	out = extract(
	        "Per April 2025, baru 642.880 pekerja atau 33,1 persen dari 2.013.440 pekerja "
	        "sasaran UCJ di Sumbar yang terlindungi BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "all", 642880));
	cr_expect(has_figure(&out, "coverage_pct", "all", 33.1));
	angka_figure_list_free(&out);
	out = extract("Jumlah pekerja yang masuk sasaran BPJS Ketenagakerjaan di Pesisir Selatan "
	              "sebanyak 161.750 orang.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 161750));
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

/* A raise of a benefit is its rule, not money paid out. */
Test(reading, a_benefit_raised_is_a_rule)
{
	angka_figure_list out = extract("Pemerintah menaikkan manfaat Jaminan Kematian BPJS "
	                                "Ketenagakerjaan dari Rp24 juta menjadi Rp42 juta.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* "jumlah pekerja" counts the workers themselves: weakest of cues, it still
 * comes before what an earlier sentence measured, and a participation cue
 * of the quantity's own decides before it. */
Test(reading, jumlah_pekerja_counts_workers_not_participants)
{
	angka_figure_list out = extract(
	        "Sebanyak 3.200 pengemudi ojek online di Kota Makassar menjadi peserta BPJS "
	        "Ketenagakerjaan. Menurut dia, jumlah pekerja sektor transportasi daring di "
	        "Makassar diperkirakan mencapai 15 ribu orang.");
	cr_expect(has_figure(&out, "working_population", "all", 15000));
	cr_expect(!has_figure(&out, "participants", "all", 15000));
	angka_figure_list_free(&out);
	out = extract(
	        "BPJS Ketenagakerjaan mencatat jumlah pekerja yang terdaftar di Kota Makassar "
	        "mencapai 15 ribu orang.");
	cr_expect(has_figure(&out, "participants", "all", 15000));
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

/* "Masih kurang 24.800 peserta untuk mencapai target": a gap to a target is
 * no target (guideline 6: gaps are `other`). */
Test(reading, what_is_still_short_of_a_target_is_a_gap)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Kalimantan Selatan. Masih kurang 24.800 peserta untuk "
	        "mencapai target tahun ini.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* The same things said in other words read the same: "tenaga kerja rentan"
 * are the vulnerable, "322 pembayaran klaim" are claims, "sasaran nasional"
 * is the country's, "sasaran potensi" a base. */
Test(reading, other_words_for_the_same_things)
{
	angka_figure_list out = extract("Pemprov Kepulauan Riau melindungi 45 ribu tenaga kerja "
	                                "rentan melalui BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "rentan", 45000));
	angka_figure_list_free(&out);
	out = extract("BPJS Ketenagakerjaan Surabaya mencatat 322 pembayaran klaim JKP senilai Rp "
	              "298 juta.");
	cr_expect(has_figure(&out, "beneficiaries", "all", 322));
	angka_figure_list_free(&out);
	out = extract(
	        "BPJS Ketenagakerjaan. Cakupan harus naik agar sejalan dengan sasaran nasional, "
	        "yakni 99,5 persen pada 2045, kata Wali Kota Kendari.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Indonesia");
	angka_figure_list_free(&out);
	out = extract("BPJS Ketenagakerjaan. Maluku Utara memiliki sasaran potensi UCJ sebanyak "
	              "424.131 pekerja.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 424131));
	angka_figure_list_free(&out);
}

/* "target cakupan 35 persen tahun 2025": "tahun" before a year is the
 * period, not what the percentage counts ("5 tahun" is a count of years). */
Test(reading, a_year_after_the_noun_is_a_period)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan. Sekda Tanjabtim berharap seluruh OPD "
	                "mendorong target cakupan 35 persen tahun 2025.");
	cr_expect(has_figure(&out, "target_coverage_pct", "all", 35));
	angka_figure_list_free(&out);
	out = extract("Sebanyak 9.300 tenaga kerja migran asal NTT tercatat sebagai peserta BPJS "
	              "Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "PMI", 9300));
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

/* A percentage in the older spelling is one: "35,2 prosen". */
Test(reading, a_percentage_spelt_prosen_is_a_coverage)
{
	angka_figure_list out = extract("Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Padang "
	                                "baru mencapai 35,2 prosen dari 342.100 pekerja.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 35.2));
	angka_figure_list_free(&out);
}

/* "tercatat di BPJS ..." is registered as "terdaftar" is; "tercatat" alone
 * only recorded. */
Test(reading, recorded_with_bpjs_is_registered)
{
	angka_figure_list out =
	        extract("Jumlah pekerja di Kota Padang sebanyak 400.000 orang. Dari "
	                "jumlah itu, yang tercatat di BPJS Ketenagakerjaan baru "
	                "120.450 orang.");
	cr_expect(has_figure(&out, "participants", "all", 120450));
	angka_figure_list_free(&out);
}

/* An amount in rupiah may be written with the currency's code. */
Test(reading, an_amount_after_idr_is_rupiah)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan Kalimantan Tengah membayarkan klaim "
	                "sebesar IDR 96,4 miliar kepada 8.712 peserta sepanjang 2024.");
	cr_expect(has_figure(&out, "benefit_amount_idr", "all", 96400000000.0));
	cr_expect(has_figure(&out, "beneficiaries", "all", 8712));
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

/* No count of people is larger than Indonesia: "satu miliar" said without
 * "Rp" is money. */
Test(reading, more_people_than_the_country_has_is_no_count_of_people)
{
	angka_figure_list out = extract(
	        "Pemkab Jayapura menanggung iuran BPJS Ketenagakerjaan 9.000 pekerja rentan. Soal "
	        "anggaran peserta, \"yang jelas tidak sampai satu miliar,\" katanya.");
	cr_expect(has_figure(&out, "participants", "rentan", 9000));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* Workers "tanpa jaring pengaman" are not covered; accounts are no people;
 * contributions waived are no benefit. */
Test(reading, words_of_national_reporting)
{
	angka_figure_list out = extract(
	        "Dari 141,96 juta penduduk bekerja, baru 30 persen yang terlindungi BPJS "
	        "Ketenagakerjaan. Sebanyak 98,91 juta orang bekerja tanpa jaring pengaman. "
	        "Sekitar 5,1 juta akun peserta terdaftar telah diverifikasi. BPJS "
	        "Ketenagakerjaan membayarkan keringanan senilai Rp1,41 triliun kepada pekerja.");
	cr_expect(has_figure(&out, "uncovered_workers", "all", 98910000));
	cr_expect_not(has_figure(&out, "participants", "all", 5100000));
	cr_expect_not(has_figure(&out, "benefit_amount_idr", "all", 1410000000000));
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
 * persen stated, so the 2,98 juta stays the labour force (guideline 5). */
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

/* The dead of a disaster are no figure, whatever the sentence says of
 * protection. */
Test(reading, the_dead_of_a_disaster_are_no_figure)
{
	angka_figure_list out = extract(
	        "Sejak gempa 2018 yang menewaskan lebih dari 4.000 orang, kesadaran warga Palu "
	        "soal perlindungan BPJS Ketenagakerjaan meningkat.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* Workers whose contributions are paid for are covered, whichever way round
 * it is said: "dibayarkan iurannya" as "iurannya dibayarkan". */
Test(reading, workers_whose_contributions_are_paid_are_covered)
{
	angka_figure_list out =
	        extract("Sebanyak 25.000 pekerja rentan di Kabupaten Pesisir Selatan "
	                "dibayarkan iurannya BPJS Ketenagakerjaan melalui APBD.");
	cr_expect(has_figure(&out, "participants", "rentan", 25000));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
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

/* "dari 684 perusahaan" says what 684 counts, and nothing of the other
 * counts of the sentence. */
Test(reading, what_a_count_of_companies_counts_is_its_own)
{
	angka_figure_list out = extract(
	        "Peserta BPJS Ketenagakerjaan di Kabupaten Pelalawan 98.540 orang. Rinciannya, "
	        "74.115 pekerja penerima upah dari 684 perusahaan, 16.930 pekerja bukan penerima "
	        "upah, dan 7.495 pekerja jasa konstruksi.");
	cr_expect(has_figure(&out, "participants", "PU", 74115));
	cr_expect(has_figure(&out, "participants", "BPU", 16930));
	angka_figure_list_free(&out);
}

/* The nominees of an award are no members. */
Test(reading, an_awards_nominees_are_no_members)
{
	angka_figure_list out = extract("Penilaian Paritrana Award BPJS Ketenagakerjaan tahun ini "
	                                "diikuti 1.312 peserta nominasi di seluruh Indonesia.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* A poverty rate is no coverage, even right after one. */
Test(reading, a_poverty_rate_is_no_coverage)
{
	angka_figure_list out =
	        extract("Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Padang 45 "
	                "persen. Angka kemiskinan turun menjadi 4,1 persen.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 45));
	cr_expect_not(has_figure(&out, "coverage_pct", "all", 4.1));
	angka_figure_list_free(&out);
}

/* Does out hold a figure of this metric and value in this region? */
static bool has_figure_in(const angka_figure_list *out, const char *metric, double value,
                          const char *region)
{
	for (size_t i = 0; i < out->n; i++)
		if (strcmp(out->items[i].metric, metric) == 0 && out->items[i].value == value &&
		    strcmp(out->items[i].region, region) == 0)
			return true;
	return false;
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

/* "sampai dengan", "s.d." and "s/d" bound an amount as "hingga" does: the
 * rate of a contract up to a value is no benefit paid. */
Test(reading, an_amount_up_to_is_a_bound)
{
	const char *const bounds[] = {"hingga", "sampai dengan", "s.d.", "s/d"};
	for (size_t b = 0; b < sizeof bounds / sizeof *bounds; b++) {
		char text[512];
		snprintf(text, sizeof text,
		         "BPJS Ketenagakerjaan Kota Surakarta membayar klaim JKK bagi pekerja "
		         "konstruksi sebanyak 186 kasus dengan nilai Rp 4,73 miliar.\n\nBesaran "
		         "iuran "
		         "pekerja konstruksi dihitung dari nilai kontrak, mulai 0,24 persen untuk "
		         "proyek %s Rp100 juta.",
		         bounds[b]);
		angka_figure_list out = extract(text);
		cr_expect_eq(out.n, 2, "%s: %zu figures", bounds[b], out.n);
		angka_figure_list_free(&out);
	}
}

/* A negator before a covered cue negates it, however the verb is said;
 * "tidak hanya" does not. */
Test(reading, a_negator_before_a_covered_cue_negates_it)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Sumbawa, sebanyak 56.000 warga belum tercatat sebagai peserta BPJS "
	        "Ketenagakerjaan. Sebanyak 12.000 pekerja tidak masuk kepesertaan BPJS "
	        "Ketenagakerjaan. Tidak hanya terdaftar, 8.000 pekerja di Sumbawa juga aktif "
	        "membayar iuran BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "uncovered_workers", "all", 56000));
	cr_expect(has_figure(&out, "uncovered_workers", "all", 12000));
	cr_expect(has_figure(&out, "participants", "all", 8000));
	cr_expect_eq(out.n, 3, "%zu figures", out.n);
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

/* "dari total sasaran" and its synonyms are the whole a coverage is of, not
 * a target. */
Test(reading, the_whole_of_the_sasaran_is_a_base)
{
	const char *const wholes[] = {"total", "jumlah", "keseluruhan", "seluruh"};
	for (size_t w = 0; w < sizeof wholes / sizeof *wholes; w++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Capaian UCJ BPJS Ketenagakerjaan di Kabupaten Banyumas baru mencapai "
		         "31,36 "
		         "persen dari %s sasaran.",
		         wholes[w]);
		angka_figure_list out = extract(text);
		cr_expect(has_figure(&out, "coverage_pct", "all", 31.36), "%s", wholes[w]);
		angka_figure_list_free(&out);
	}
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

/* What counts things, not people, is no base: "dari 1.420 paket pekerjaan". */
Test(reading, packages_of_work_are_no_workers)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Surakarta mencatat nilai proyek konstruksi tahun ini "
	        "menembus Rp 2,4 triliun dari 1.420 paket pekerjaan.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* Migrant workers placed abroad are no participants, whatever the sentence
 * before counted. */
Test(reading, migrant_workers_placed_are_no_participants)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan NTB mencatat 52.000 pekerja migran terdaftar sebagai "
	                "peserta. "
	                "Sepanjang tahun ini, BP2MI mencatat penempatan 31.240 PMI asal NTB.");
	cr_expect(has_figure(&out, "participants", "PMI", 52000));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* Children an amount is paid to are its scholarship's recipients. */
Test(reading, children_paid_to_are_scholarship_recipients)
{
	angka_figure_list out = extract(
	        "PADANG - BPJS Ketenagakerjaan di Sumatera Barat menyalurkan beasiswa pendidikan "
	        "senilai Rp3,5 M kepada 478 anak peserta sepanjang 2024.");
	cr_expect(has_figure(&out, "scholarship_amount_idr", "all", 3500000000.0));
	cr_expect(has_figure(&out, "scholarship_recipients", "all", 478));
	angka_figure_list_free(&out);
}

/* Registers that are not the scheme's: other programmes (Kartu Prakerja),
 * interns, job seekers, voters. */
Test(reading, other_registers_are_no_coverage)
{
	const char *const texts[] = {
	        "BPJS Ketenagakerjaan Kudus hadir. Program Kartu Prakerja tahun ini diikuti 3.400 "
	        "peserta asal Kudus.",
	        "BPJS Ketenagakerjaan Kudus hadir. Sebanyak 45 peserta magang di pabrik rokok "
	        "mendapat sertifikat.",
	        "BPJS Ketenagakerjaan Kudus hadir. Dinas Tenaga Kerja mencatat 2.100 pencari kerja "
	        "terdaftar di bursa kerja.",
	        "BPJS Ketenagakerjaan Kudus hadir. Tercatat 4.500 pemilih terdaftar dalam DPT di "
	        "Kecamatan Kota.",
	};
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
		angka_figure_list out = extract(texts[t]);
		cr_expect_eq(out.n, 0, "%s: %zu figures", texts[t], out.n);
		angka_figure_list_free(&out);
	}
}

/* Counts around the scheme that are not its coverage: a branch's own staff
 * serving members, poverty figures after a story of benefits paid. */
Test(reading, staff_and_poverty_are_no_coverage)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Palu memiliki 45 karyawan yang melayani peserta. "
	        "Kepala "
	        "cabang menyebut 1.500 peserta telah mencairkan JHT melalui aplikasi JMO. Angka "
	        "kemiskinan ekstrem di Palu mencapai 1,2 persen atau 4.500 jiwa.");
	cr_expect(has_figure(&out, "beneficiaries", "all", 1500));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
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

/* The words right after a quantity say what it counts, for it alone: in
 * "6,18 juta pekerja dari total 14,2 juta penduduk bekerja", "penduduk
 * bekerja" is what 14,2 juta counts, not what 6,18 juta is (which restates
 * the coverage of the sentence before). What the sentence says as a whole
 * is still every quantity's: "48.215 peserta dari 112.600 angkatan kerja,
 * atau 45 persen" is a coverage. */
Test(reading, the_words_after_a_quantity_are_its_own)
{
	angka_figure_list out = extract(
	        "Cakupan kepesertaan BPJS Ketenagakerjaan di Jawa Tengah per Desember 2024 "
	        "tercatat 43,5 persen. Angka itu setara dengan 6,18 juta pekerja dari total 14,2 "
	        "juta penduduk bekerja.");
	cr_expect(has_figure(&out, "participants", "all", 6180000));
	cr_expect(has_figure(&out, "eligible_workers", "all", 14200000));
	angka_figure_list_free(&out);
	out = extract(
	        "Di Kabupaten Bangka tercatat 48.215 peserta BPJS Ketenagakerjaan dari 112.600 "
	        "angkatan kerja, atau 45 persen.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 45));
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

/* A target said before a turn to the present ("saat ini", "kini") or a
 * "but" does not reach past it: what follows is what is. */
Test(reading, a_target_does_not_reach_past_saat_ini)
{
	angka_figure_list out =
	        extract("Pemerintah Kota Palu berharap seluruh pekerja informal bisa "
	                "terlindungi, karena saat ini baru 12.500 orang yang menjadi peserta "
	                "BPJS Ketenagakerjaan.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].metric, "participants", "%s", out.items[0].metric);
	angka_figure_list_free(&out);
	out = extract("Pemkab Sigi berharap semua pekerja rentan terlindungi BPJS "
	              "Ketenagakerjaan, namun yang "
	              "terdaftar baru 4.000 orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].metric, "participants", "%s", out.items[0].metric);
	angka_figure_list_free(&out);
	/* "saat ini" does not end a clause: its cue is still the count's. */
	out = extract("Sebanyak 50 ribu pekerja di Kota Palu saat ini sudah terdaftar sebagai "
	              "peserta BPJS Ketenagakerjaan.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].metric, "participants", "%s", out.items[0].metric);
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

/* Members who stopped paying are the non-active, no participants. */
Test(reading, members_who_stopped_paying_are_inactive)
{
	angka_figure_list out = extract(
	        "Di Jawa Timur, lebih dari 3 juta peserta BPJS Ketenagakerjaan bukan penerima "
	        "upah berhenti membayar iuran dalam setahun terakhir.");
	cr_expect_eq(out.n, 0);
	angka_figure_list_free(&out);
	out = extract_all("Di Jawa Timur, lebih dari 3 juta peserta BPJS Ketenagakerjaan bukan "
	                  "penerima upah berhenti membayar iuran dalam setahun terakhir.");
	cr_expect(has_figure(&out, "inactive_participants", "BPU", 3e6));
	angka_figure_list_free(&out);
}

/* "melayani 96.214 peserta aktif": those a branch serves are its
 * participants; those "yang melayani" are its staff. */
Test(reading, those_a_branch_serves_are_its_participants)
{
	angka_figure_list out = extract("Kantor Cabang BPJS Ketenagakerjaan Jayapura saat ini "
	                                "melayani 96.214 peserta aktif.");
	cr_expect(has_figure_in(&out, "participants", 96214, "Kota Jayapura"));
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

/* Who bears a contribution rate ("3,7% ditanggung pemberi kerja") is no
 * coverage. */
Test(reading, the_share_of_a_contribution_an_employer_bears_is_no_coverage)
{
	angka_figure_list out = extract(
	        "Iuran program JHT BPJS Ketenagakerjaan di Jakarta ditetapkan 5,7% dari upah, "
	        "terdiri atas 3,7% ditanggung pemberi kerja dan 2% ditanggung pekerja.");
	cr_expect_eq(out.n, 0);
	angka_figure_list_free(&out);
}

/* "akan", "bakal" before a covered or funded cue make it what is to be
 * covered: a target (reading.tsv `will`), whatever the verb. */
Test(reading, what_will_be_covered_is_a_target)
{
	static const char *const futures[] = {
	        "Tahun 2026, Pemprov NTT akan menganggarkan iuran BPJS Ketenagakerjaan bagi "
	        "15.000 pekerja rentan.",
	        "Pemkab Sragen bakal mengikutsertakan 15.000 pekerja rentan dalam BPJS "
	        "Ketenagakerjaan.",
	        "Pemkab Sragen akan melindungi 15.000 pekerja rentan lewat BPJS Ketenagakerjaan."};
	for (size_t i = 0; i < sizeof futures / sizeof futures[0]; i++) {
		angka_figure_list out = extract(futures[i]);
		cr_expect(has_figure(&out, "target_participants", "rentan", 15000), "%s",
		          futures[i]);
		angka_figure_list_free(&out);
	}
	/* Not past a comma: "akan terus didorong, sementara 15.000 sudah terdaftar". */
	angka_figure_list out =
	        extract("Kepesertaan BPJS Ketenagakerjaan di Sragen akan terus "
	                "didorong, saat ini 15.000 pekerja rentan sudah terdaftar.");
	cr_expect(has_figure(&out, "participants", "rentan", 15000));
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

/* A project's value, an account balance a rule applies to: no benefit. */
Test(reading, project_values_and_balances_are_no_benefits)
{
	angka_figure_list out = extract(
	        "Klaim JKK pekerja konstruksi di Kota Balikpapan dibayarkan BPJS Ketenagakerjaan "
	        "senilai Rp12,7 miliar. Nilai kontrak proyek yang terdaftar mencapai Rp41,8 "
	        "triliun. Peserta dapat mengajukan klaim JHT dengan saldo di atas Rp10 juta "
	        "secara daring.");
	cr_assert_eq(out.n, 1);
	cr_expect_float_eq(out.items[0].value, 12.7e9, 1);
	angka_figure_list_free(&out);
}

/* An opening phrase set off by a comma ("Dalam dokumen LKPJ yang diterima
 * Pansus, ...") is not the quantity's own words: "diterima" there is no
 * benefit of the coverage after it. */
Test(reading, an_opening_phrase_is_not_the_quantitys_words)
{
	angka_figure_list out = extract(
	        "Dalam dokumen LKPJ yang diterima Pansus, cakupan kepesertaan BPJS "
	        "Ketenagakerjaan di Karawang pada akhir 2022 tercatat sebesar 47,8 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 47.8, "Kabupaten Karawang"));
	angka_figure_list_free(&out);
}

/* What was not paid ("iurannya tidak dibayarkan") says nothing of benefits:
 * the members whose accounts lapsed are non-active. */
Test(reading, what_was_not_paid_is_no_benefit)
{
	angka_figure_list out =
	        extract("Ombudsman memeriksa kepesertaan BPJS Ketenagakerjaan perangkat desa di "
	                "Sumatera Selatan. Selain belum terdaftar, Ombudsman juga menemukan 1.412 "
	                "perangkat desa yang kepesertaannya tidak aktif karena iurannya tidak "
	                "dibayarkan oleh pemerintah desa.");
	cr_expect_eq(out.n, 0);
	angka_figure_list_free(&out);
}

/* A total the non-active are in ("pernah terdaftar", "termasuk yang sudah
 * tidak aktif") is the registered, context for the audit; a share of the
 * workers in a sector is no coverage. */
Test(reading, registered_totals_and_sector_shares_are_context)
{
	angka_figure_list out = extract_all(
	        "Jumlah pekerja yang pernah terdaftar di BPJS Ketenagakerjaan Cabang Jember "
	        "mencapai 603.118 orang. Total peserta terdaftar di Jember, termasuk yang sudah "
	        "tidak aktif membayar iuran, mencapai 612.000 orang. Wonogiri paling rendah karena "
	        "60 persen lebih pekerjanya di sektor pertanian.");
	cr_expect(has_figure(&out, "registered", "all", 603118));
	cr_expect(has_figure(&out, "registered", "all", 612000));
	cr_expect(has_figure(&out, "workforce_share_pct", "all", 60));
	for (size_t i = 0; i < out.n; i++)
		cr_expect(out.items[i].context, "%s %g", out.items[i].metric, out.items[i].value);
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

/* Those "yang (masih) bekerja" are workers, not participants, whatever the
 * sentence before counted. */
Test(reading, those_who_work_are_workers)
{
	angka_figure_list out = extract_all("Peserta BPJS Ketenagakerjaan dari kalangan PMI asal "
	                                    "Ponorogo tercatat 9.843 orang. "
	                                    "Padahal PMI asal Ponorogo yang masih bekerja di luar "
	                                    "negeri sekitar 21 ribu orang.");
	cr_expect_not(has_figure(&out, "participants", "PMI", 21000));
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
