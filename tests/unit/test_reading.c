/* What a quantity measures by the words of its own sentence, read from whole
 * articles through the pipeline: the cues, templates and connectives of
 * rules/ (docs/rules.md). What goes on from the sentence before is in
 * test_reading_carry.c; the place, segment, period and domain a figure is
 * given, and tables, in test_reading_places.c. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

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

/* A raise of a benefit is its rule, not money paid out. */
Test(reading, a_benefit_raised_is_a_rule)
{
	angka_figure_list out = extract("Pemerintah menaikkan manfaat Jaminan Kematian BPJS "
	                                "Ketenagakerjaan dari Rp24 juta menjadi Rp42 juta.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* A target reaches forward in its sentence, but not to a count its own
 * words negate: the uncovered are no one's target. */
Test(reading, a_target_does_not_reach_what_its_words_negate)
{
	angka_figure_list out =
	        extract("Wali Kota Bekasi menargetkan UCJ BPJS Ketenagakerjaan 70 persen, 465 ribu "
	                "pekerja belum terlindungi.");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 70, "Kota Bekasi"));
	cr_expect(has_figure_in(&out, "uncovered_workers", 465000, "Kota Bekasi"));
	angka_figure_list_free(&out);
	/* What it does reach: "Target ... 15.000 pekerja rentan terlindungi". */
	out = extract("Pemkot Bekasi menargetkan tahun ini 15.000 pekerja rentan terlindungi BPJS "
	              "Ketenagakerjaan.");
	cr_expect(has_figure_in(&out, "target_participants", 15000, "Kota Bekasi"));
	angka_figure_list_free(&out);
}

/* What is proposed, planned or in a draft budget is asked for, not yet
 * granted: a target. */
Test(reading, a_proposal_or_a_draft_budget_is_a_target)
{
	angka_figure_list out = extract(
	        "Untuk 2026, Pemprov Jawa Tengah mengusulkan anggaran Rp 45 miliar agar jumlah "
	        "pekerja rentan yang dilindungi BPJS Ketenagakerjaan naik menjadi 150.000 orang.");
	cr_expect(has_figure_in(&out, "target_participants", 150000, "Jawa Tengah"));
	angka_figure_list_free(&out);
	out = extract("Pemkab Karawang menyiapkan anggaran dalam rancangan APBD 2025 guna membayar "
	              "iuran BPJS Ketenagakerjaan 18.500 pekerja rentan.");
	cr_expect(has_figure_in(&out, "target_participants", 18500, "Kabupaten Karawang"));
	angka_figure_list_free(&out);
}

/* "paling banyak" before a number bounds it ("paling banyak Rp 10 juta");
 * before where they come from it is "the most", and bounds nothing. */
Test(reading, the_most_is_no_bound)
{
	angka_figure_list out =
	        extract("Peserta BPJS Ketenagakerjaan dari kalangan pekerja migran "
	                "paling banyak berasal dari Jawa Timur, yakni 138.440 orang. "
	                "Berikutnya Jawa Tengah 112.907 orang.");
	cr_expect(has_figure_in(&out, "participants", 138440, "Jawa Timur"));
	cr_expect(has_figure_in(&out, "participants", 112907, "Jawa Tengah"));
	angka_figure_list_free(&out);
}

/* What one named person receives is a case, not a figure: "Siti menerima
 * santunan ...", "Total yang diterima Ayu Lestari ...", "Serahkan Santunan
 * Rp70 Juta kepada Ahli Waris ...". */
Test(reading, what_one_named_person_receives_is_a_case)
{
	const char *texts[] = {
	        "Di Kabupaten Banyuwangi, Siti menerima santunan Jaminan Kecelakaan Kerja (JKK) "
	        "BPJS "
	        "Ketenagakerjaan sebesar Rp 218,4 juta.",
	        "Di Kota Denpasar, total santunan BPJS Ketenagakerjaan yang diterima Ayu Lestari "
	        "mencapai Rp 96 juta.",
	        "BPJS Ketenagakerjaan Pematangsiantar Serahkan Santunan Rp70 Juta kepada Ahli "
	        "Waris "
	        "Sopir Angkot di Kota Pematangsiantar."};
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
		angka_figure_list out = extract(texts[t]);
		cr_expect_eq(out.n, 0, "%s", texts[t]);
		angka_figure_list_free(&out);
	}
	/* what the participants received, they are many */
	angka_figure_list out = extract("Di Kabupaten Banyuwangi, peserta BPJS Ketenagakerjaan "
	                                "menerima manfaat JHT senilai Rp 12,4 miliar.");
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 12400000000, "Kabupaten Banyuwangi"));
	angka_figure_list_free(&out);
}

/* A column headed "Pertumbuhan" holds how much each row's count grew, as a
 * share of what it was: context for the audit, not a coverage. */
Test(reading, a_growth_column_is_no_coverage)
{
	angka_figure_list out =
	        extract("Jumlah peserta BPJS Ketenagakerjaan naik di semua provinsi.\n\n"
	                "Peserta aktif per provinsi:\n\n"
	                "Provinsi | Des 2024 | Des 2025 | Pertumbuhan\n\n"
	                "Maluku Utara | 168.220 | 201.894 | 20,02%\n\n"
	                "Sulawesi Tengah | 566.102 | 648.930 | 14,63%");
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_neq(out.items[i].metric, "coverage_pct", "%g", out.items[i].value);
	cr_expect(has_figure_in(&out, "participants", 201894, "Maluku Utara"));
	angka_figure_list_free(&out);
}

/* "yang belum punya perlindungan apabila mengalami kecelakaan kerja": the
 * accident is the risk the uncovered run, not what the number counts. */
Test(reading, the_risk_in_an_if_is_not_what_is_counted)
{
	angka_figure_list out = extract(
	        "Masih ada lebih dari 900 ribu pekerja di Kabupaten Garut yang belum punya "
	        "perlindungan BPJS Ketenagakerjaan apabila mengalami kecelakaan kerja atau "
	        "meninggal "
	        "dunia. Di Kota Tarakan, 158 ribu pekerja tidak punya perlindungan kalau terjadi "
	        "kecelakaan kerja.");
	cr_expect(has_figure_in(&out, "uncovered_workers", 900000, "Kabupaten Garut"));
	cr_expect(has_figure_in(&out, "uncovered_workers", 158000, "Kota Tarakan"));
	angka_figure_list_free(&out);
}

/* Who pays for the workers a benefit was paid to says nothing of the
 * amount paid: "santunan JKM ... pekerja rentan yang iurannya ditanggung
 * pemerintah daerah ... dengan total Rp1,55 miliar" is a benefit. */
Test(reading, who_pays_the_contributions_does_not_hide_a_benefit)
{
	angka_figure_list out = extract("Sejak Januari 2025, sebanyak 37 ahli waris pekerja rentan "
	                                "yang iurannya ditanggung "
	                                "pemerintah daerah di Papua telah menerima santunan JKM "
	                                "BPJS Ketenagakerjaan dengan "
	                                "total Rp1,55 miliar.");
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 1550000000, "Papua"));
	angka_figure_list_free(&out);
	/* the amount's own phrase holds only who pays ("yang iurannya ...") */
	out = extract(
	        "BPJS Ketenagakerjaan Cabang Gianyar membayarkan santunan JKM kepada ahli waris "
	        "38 pekerja rentan yang iurannya ditanggung Pemkab Gianyar dengan total Rp1,6 "
	        "miliar.");
	cr_expect(has_figure_in(&out, "benefit_amount_idr", 1600000000, "Kabupaten Gianyar"));
	cr_expect(has_figure_in(&out, "beneficiaries", 38, "Kabupaten Gianyar"));
	angka_figure_list_free(&out);
}

/* A group said to be left out of a count ("tidak termasuk ASN") is not
 * whom the count or the coverage on it is of. */
Test(reading, a_group_left_out_is_not_the_segment)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Merauke 41.276 orang. Kalau "
	        "dibandingkan dengan angkatan kerja di Merauke yang berjumlah 118.340 orang, tidak "
	        "termasuk ASN, TNI dan Polri, maka baru 34,88 persen pekerja yang sudah "
	        "terlindungi.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 34.88));
	cr_expect(has_figure(&out, "eligible_workers", "all", 118340));
	angka_figure_list_free(&out);
	out = extract("Menurut BPJS Ketenagakerjaan, setelah dikurangi aparatur sipil negara, "
	              "anggota TNI dan Polri, pekerja yang semestinya menjadi peserta ada sekitar "
	              "101,3 juta orang. Yang aktif sebagai peserta saat ini baru 44,06 juta "
	              "pekerja, atau 43,49 persen.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 101.3e6));
	cr_expect(has_figure(&out, "coverage_pct", "all", 43.49));
	cr_expect(has_figure(&out, "participants", "all", 44.06e6));
	angka_figure_list_free(&out);
}

/* Who covers the counted, said after them, is how they are covered:
 * "12.500 petani ... sudah didaftarkan Pemkab", "iurannya dibayarkan dari
 * Dana Bagi Hasil", "Pemprov ... membiayai iuran 6.000 pekerja" (guideline
 * 10: workers a government pays for are rentan). */
Test(reading, workers_a_government_covers_are_rentan_whichever_side_it_is_said)
{
	angka_figure_list out = extract(
	        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Bojonegoro terus naik. Saat ini "
	        "sebanyak 12.500 petani tembakau sudah didaftarkan Pemkab Bojonegoro. Sebanyak "
	        "22.640 petani dan buruh tembakau iurannya dibayarkan dari Dana Bagi Hasil Cukai. "
	        "Pemerintah Provinsi Jawa Timur juga mulai membiayai iuran 6.000 pekerja di "
	        "Bojonegoro.");
	cr_expect(has_figure(&out, "participants", "rentan", 12500));
	cr_expect(has_figure(&out, "participants", "rentan", 22640));
	cr_expect(has_figure(&out, "participants", "rentan", 6000));
	angka_figure_list_free(&out);
}

/* A clause after a contrast that names only another place or time leaves
 * out the group it shares with the clause before ("..., sedangkan Pemkab
 * Bima 7.200 orang"); one with a subject of its own turns to it. */
Test(reading, a_gapped_contrast_keeps_the_group)
{
	angka_figure_list out = extract(
	        "Perlindungan BPJS Ketenagakerjaan bagi pekerja rentan terus bertambah. Tahun ini "
	        "Pemkab Dompu menanggung iuran 4.500 pekerja rentan, sedangkan Pemkab Bima 7.200 "
	        "orang.");
	cr_expect(has_figure(&out, "participants", "rentan", 7200));
	angka_figure_list_free(&out);
	out = extract("Pekerja bukan penerima upah di Kabupaten Aceh Tengah yang terlindungi "
	              "BPJS Ketenagakerjaan 8.461 orang, sedangkan peserta di Kabupaten Bener "
	              "Meriah 9.120 orang.");
	cr_expect(has_figure(&out, "participants", "all", 9120), "'peserta' is a subject");
	angka_figure_list_free(&out);
	/* a headless clause of being covered contrasts coverage, not group */
	out = extract("BPJS Ketenagakerjaan Cirebon mendata pekerja informal. Potensi pekerja "
	              "bukan penerima upah (BPU) di Kabupaten Cirebon mencapai 729.758 orang, "
	              "sementara yang sudah terlindungi baru 77.132 orang.");
	cr_expect(has_figure(&out, "participants", "BPU", 77132));
	angka_figure_list_free(&out);
}

/* A header that states its column's scale ("(juta orang)", "(ribu jiwa)")
 * scales the column's bare numbers; a line of two cells starts a table of
 * two columns, each row one '|'. */
Test(reading, a_column_header_states_the_scale_of_its_numbers)
{
	angka_figure_list out = extract(
	        "Sebaran peserta aktif BPJS Ketenagakerjaan per provinsi hingga Mei 2025 adalah "
	        "sebagai berikut:\n\nProvinsi | Peserta Aktif (juta orang)\n\nDKI Jakarta | "
	        "7.94\n\nJawa Barat | 6.02\n\nBerikut capaian UCJ sejumlah kota:\n\nKota | Peserta "
	        "Aktif (ribu jiwa) | Pekerja Sasaran (ribu jiwa) | UCJ\n\nKota Kupang | 118,4 | "
	        "251,7 | 47,04%\n");
	cr_expect(has_figure(&out, "participants", "all", 7940000));
	cr_expect(has_figure(&out, "participants", "all", 6020000));
	cr_expect(has_figure(&out, "participants", "all", 118400));
	cr_expect(has_figure(&out, "eligible_workers", "all", 251700));
	cr_expect(has_figure(&out, "coverage_pct", "all", 47.04));
	angka_figure_list_free(&out);
}

/* Protection given to people covers them; a benefit given to them is paid:
 * "perlindungan diberikan kepada: • 6.500 pekerja rentan" are participants. */
Test(reading, protection_given_to_people_covers_them)
{
	angka_figure_list out = extract(
	        "Pemkab Tabalong menganggarkan iuran BPJS Ketenagakerjaan. Pada tahun 2025, "
	        "perlindungan diberikan kepada:\n\n• 6.500 pekerja rentan;\n\n• 1.622 marbot dan "
	        "guru ngaji.\n\nSantunan kematian diberikan kepada 12 ahli waris.");
	cr_expect(has_figure(&out, "participants", "rentan", 6500));
	cr_expect(has_figure(&out, "participants", "other", 1622));
	cr_expect(has_figure(&out, "beneficiaries", "all", 12));
	angka_figure_list_free(&out);
}

/* Members whose contributions stopped being paid are inactive, not paid a
 * benefit: "iurannya berhenti dibayarkan" is no "dibayarkan". */
Test(reading, contributions_no_longer_paid_make_members_inactive)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kota Malang 318.427 orang. Adapun 97.388 "
	        "peserta lainnya tercatat nonaktif karena iurannya berhenti dibayarkan.");
	cr_expect(has_figure(&out, "participants", "all", 318427));
	cr_expect(!has_figure(&out, "beneficiaries", "all", 97388));
	angka_figure_list_free(&out);
}

/* Who qualifies ("yang masuk dalam data desil kemiskinan") is no count of
 * the poor: the workers a government pays for stay participants. */
Test(reading, the_poverty_data_that_qualifies_workers_is_no_population)
{
	angka_figure_list out =
	        extract("Pemerintah Kabupaten Muba melalui APBD 2025 telah menanggung iuran BPJS "
	                "Ketenagakerjaan bagi 21.500 pekerja rentan yang masuk dalam data desil "
	                "kemiskinan.");
	cr_expect(has_figure(&out, "participants", "rentan", 21500));
	angka_figure_list_free(&out);
}
