/* What decides what a quantity measures, read from whole articles through
 * the pipeline: the cue words of its phrase, clause and sentence, and where
 * a sentence's words stop speaking of it (docs/rules.md, the scopes). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

/* A template's "no figure" is said of its own quantity alone: the places
 * a bound names after "yakni" state their own levels. */
Test(reading, the_levels_after_a_bound_are_figures)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di NTB masih timpang. Hanya dua daerah yang sudah "
	        "berada di atas 50 persen, yakni Kabupaten Sumbawa Barat sebesar 61,38 persen dan "
	        "Kota Mataram 52,16 persen.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 61.38));
	cr_expect(has_figure(&out, "coverage_pct", "all", 52.16));
	cr_expect(!has_figure(&out, "coverage_pct", "all", 50));
	angka_figure_list_free(&out);
}

/* "tercatat" alone is any record; done ("telah tercatat"), it is
 * registration, as "telah terdaftar" is. */
Test(reading, recorded_as_done_is_registered)
{
	angka_figure_list out = extract(
	        "Kepesertaan BPJS Ketenagakerjaan di Tanjabtim\n\nKepala Kantor Cabang Perintis "
	        "Muara Sabak menjelaskan, hingga akhir Februari 2025 tercatat 28.416 pekerja di "
	        "Kabupaten Tanjung Jabung Timur telah tercatat dari "
	        "potensi 95.230 pekerja.");
	cr_expect(has_figure(&out, "participants", "all", 28416));
	cr_expect(has_figure(&out, "eligible_workers", "all", 95230));
	angka_figure_list_free(&out);
}

/* Where a gap lies ("kesenjangan terbesar ada pada ...") is no gap's size;
 * a ratio said again as a percentage ("Kalau dipersentasekan, ...") goes on
 * from the sentence before. */
Test(reading, where_a_gap_lies_and_a_ratio_said_again)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Sumatera Barat\n\nIa menjelaskan, kesenjangan "
	        "terbesar ada pada segmen pekerja bukan penerima upah (BPU) yang cakupannya baru "
	        "14,7 persen.\n\nDari 100.500 pekerja di Kabupaten Bone, baru 31.557 orang yang "
	        "terdaftar sebagai peserta. \"Kalau dipersentasekan, Bone ada di angka 31,40 "
	        "persen,\" jelasnya.");
	cr_expect(has_figure(&out, "coverage_pct", "BPU", 14.7));
	cr_expect(has_figure_in(&out, "coverage_pct", 31.4, "Kabupaten Bone"));
	angka_figure_list_free(&out);
}

/* A headline's later statement ("..., Pemkab Targetkan 65 Persen Tahun
 * Depan") dates its own figures, not the level said before it. */
Test(reading, a_headline_statement_dates_only_its_own_figures)
{
	angka_figure_list out = extract(
	        "URL: https://kukarkab.go.id/berita/2024/10/coverage-jamsostek\n\nCoverage "
	        "Jamsostek Kukar Hampir 58 "
	        "Persen, Pemkab Targetkan 65 Persen Tahun Depan\n\nTENGGARONG - Cakupan "
	        "kepesertaan BPJS Ketenagakerjaan di Kabupaten Kutai Kartanegara kini hampir 58 "
	        "persen.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 58));
	cr_expect(!has_figure(&out, "target_coverage_pct", "all", 58));
	angka_figure_list_free(&out);
}

/* A negating relative clause set off by a comma ("..., yang belum
 * terlindungi") negates the count and the share before it. */
Test(reading, a_negating_relative_clause_after_a_comma_negates_what_precedes)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Kolaka 30.100 orang. Berarti "
	        "masih ada 90.300 pekerja, atau 75 persen dari potensi, yang belum terlindungi. "
	        "Di Kota Palembang, sisanya, 52,55 persen atau 309.150 pekerja, belum terlindungi "
	        "sama sekali.");
	cr_expect(has_figure(&out, "uncovered_workers", "all", 90300));
	cr_expect(has_figure(&out, "uncovered_pct", "all", 75));
	cr_expect(!has_figure(&out, "coverage_pct", "all", 75));
	cr_expect(has_figure(&out, "uncovered_workers", "all", 309150));
	cr_expect(has_figure(&out, "uncovered_pct", "all", 52.55));
	angka_figure_list_free(&out);
}

/* "iuran untuk N pekerja ... dibayarkan pemda": the contributions of N are
 * paid, so N are covered; nothing is paid out to them. */
Test(reading, those_whose_contributions_are_paid_are_covered_not_paid)
{
	angka_figure_list out = extract(
	        "Pemkab Tabalong ikut melindungi pekerja rentan lewat BPJS Ketenagakerjaan. Di "
	        "Kabupaten Tabalong, pada tahun anggaran 2025, iuran untuk 6.100 pekerja rentan "
	        "dibayarkan pemda.");
	cr_expect(has_figure(&out, "participants", "rentan", 6100));
	cr_expect(!has_figure(&out, "beneficiaries", "rentan", 6100));
	angka_figure_list_free(&out);
}

/* A level required ("harus naik menjadi") or wished for ("ingin ...
 * menembus") is a target. */
Test(reading, a_level_required_or_wished_for_is_a_target)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Banyuwangi 352.100 orang. "
	        "Artinya, jumlah peserta aktif harus naik menjadi sekitar 410 ribu orang pada "
	        "Desember 2025. \"Tahun 2026 kami ingin peserta aktif menembus 450 ribu,\" "
	        "katanya.");
	cr_expect(has_figure(&out, "participants", "all", 352100));
	cr_expect(has_figure(&out, "target_participants", "all", 410000));
	cr_expect(has_figure(&out, "target_participants", "all", 450000));
	angka_figure_list_free(&out);
}

/* "cukup membayar Rp16.800 untuk dua program": what one pays in, no
 * benefit paid out. */
Test(reading, what_one_only_needs_to_pay_is_a_contribution)
{
	angka_figure_list out = extract(
	        "Di Nusa Tenggara Timur, pekerja informal bisa ikut BPJS Ketenagakerjaan. Kalau "
	        "penghasilan seorang nelayan Rp1 juta per bulan, cukup membayar Rp16.800 untuk dua "
	        "program, yaitu JKK dan JKM.");
	cr_expect(!has_figure(&out, "benefit_amount_idr", "all", 16800));
	angka_figure_list_free(&out);
}

/* What a government budget pays for people is their contribution: "5.813
 * orang yang juga dibayarkan lewat APBDes" are covered, not paid out to. */
Test(reading, those_a_budget_pays_for_are_covered)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Lombok Timur, pekerja rentan dilindungi BPJS Ketenagakerjaan. "
	        "Ditambah perangkat desa dan anggota BPD sebanyak 5.813 orang yang juga "
	        "dibayarkan lewat APBDes.");
	cr_expect(has_figure(&out, "participants", "other", 5813));
	cr_expect(!has_figure(&out, "beneficiaries", "other", 5813));
	angka_figure_list_free(&out);
}

/* A quota raised to a level is a target; a quota alone is none. */
Test(reading, a_quota_raised_to_a_level_is_a_target)
{
	angka_figure_list out = extract(
	        "Wakil Bupati Sumba Barat Daya mengatakan pemkab berencana menambah kuota pekerja "
	        "rentan yang ditanggung APBD menjadi 10.000 orang pada 2027 untuk BPJS "
	        "Ketenagakerjaan.");
	cr_expect(has_figure(&out, "target_participants", "rentan", 10000));
	angka_figure_list_free(&out);
}

/* A place's workers are never counted in tens: "dari sepuluh pekerja" is
 * an illustration of a share, "dua orang anaknya berhak" no workforce. */
Test(reading, a_base_of_a_few_workers_is_an_illustration)
{
	angka_figure_list out = extract(
	        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Sikka masih rendah. Jadi "
	        "dari sepuluh pekerja, belum sampai tiga yang terlindungi.");
	cr_expect(!has_figure(&out, "eligible_workers", "all", 10));
	angka_figure_list_free(&out);
}

/* Who registers the counted ("yang didaftarkan perusahaan") is no count of
 * companies: the workers are covered. */
Test(reading, workers_a_company_registers_are_covered)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Karawang, peserta aktif BPJS Ketenagakerjaan terdiri atas 371.205 "
	        "pekerja penerima upah yang didaftarkan perusahaan dan 29.887 pekerja bukan "
	        "penerima upah.");
	cr_expect(has_figure(&out, "participants", "PU", 371205));
	cr_expect(has_figure(&out, "participants", "BPU", 29887));
	angka_figure_list_free(&out);
}

/* An aside of examples set off by commas ("mulai dari nelayan, buruh
 * bongkar muat sampai pedagang") does not part a count from the denial
 * after it. */
Test(reading, a_denial_after_an_aside_of_examples_is_of_the_count)
{
	angka_figure_list out = extract(
	        "Kami perkirakan 45.000 pekerja informal di Kota Dumai, mulai dari nelayan, buruh "
	        "bongkar muat sampai pedagang, belum terdaftar sebagai peserta BPJS "
	        "Ketenagakerjaan.");
	cr_expect(has_figure(&out, "uncovered_workers", "BPU", 45000));
	cr_expect(!has_figure(&out, "participants", "BPU", 45000));
	angka_figure_list_free(&out);
}

/* What the domain is named only to be set aside for ("Selain BPJS
 * Ketenagakerjaan, ... BPJS Kesehatan") and health insurance named by
 * what it is ("jaminan kesehatan") speak of the neighbour. */
Test(reading, a_domain_set_aside_and_health_insurance_speak_of_the_neighbour)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Jayapura menagih tunggakan iuran. Selain BPJS "
	        "Ketenagakerjaan, Kejari Jayapura juga menangani tunggakan iuran BPJS Kesehatan "
	        "dari 12 badan usaha senilai Rp410 juta. Dari jumlah itu, Rp275 juta telah "
	        "dibayarkan.\n\nDi Kabupaten Manggarai Barat, \"Kami sudah punya jaminan "
	        "kesehatan yang cakupannya 96,4 persen.\"");
	cr_expect(!has_figure(&out, "benefit_amount_idr", "all", 275e6));
	cr_expect(!has_figure(&out, "coverage_pct", "all", 96.4));
	angka_figure_list_free(&out);
}

/* Boats are no workers; those who may yet be laid off are no base; "kita
 * cover" is coverage; a total "termasuk peserta yang sudah tidak aktif" is
 * the registered, not the active. */
Test(reading, boats_layoffs_to_come_cover_and_the_registered)
{
	angka_figure_list out = extract(
	        "Di Kota Bitung terdapat lebih dari 1.700 kapal penangkap ikan yang awaknya belum "
	        "terdaftar BPJS Ketenagakerjaan. Di Kota Batam masih ada potensi PHK sekitar 5.000 "
	        "pekerja. \"Tahun ini kita cover 25.000 pekerja rentan di Kabupaten Musi "
	        "Banyuasin.\" Di Jawa Barat, jumlah peserta terdaftar, termasuk peserta yang sudah "
	        "tidak aktif membayar iuran, mencapai 8,74 juta orang.");
	cr_expect(!has_figure(&out, "uncovered_workers", "all", 1700));
	cr_expect(!has_figure(&out, "eligible_workers", "all", 5000));
	cr_expect(has_figure(&out, "participants", "rentan", 25000));
	cr_expect(!has_figure(&out, "participants", "all", 8740000));
	angka_figure_list_free(&out);
}

/* The cases bracketed after an amount paid ("Rp10,31 triliun (871.402
 * kasus)") are the claims it paid, whatever the counts before measured. */
Test(reading, the_cases_bracketed_after_an_amount_are_its_claims)
{
	angka_figure_list out = extract(
	        "Klaim Jawa Barat\n\nPeserta yang terdaftar pada program Jaminan Hari Tua (JHT) di "
	        "Jawa Barat sebanyak 4,31 juta orang.\n\nKlaim Didominasi JHT\n\nSepanjang 2024, "
	        "BPJS "
	        "Ketenagakerjaan membayarkan klaim senilai Rp11,82 triliun di Jawa Barat. "
	        "Rinciannya "
	        "sebagai berikut:\n\n• JHT: Rp10,31 triliun (871.402 kasus)\n• JKM: Rp516,9 miliar "
	        "(12.307 kasus)");
	cr_expect(has_figure(&out, "beneficiaries", "all", 871402));
	cr_expect(has_figure(&out, "beneficiaries", "all", 12307));
	angka_figure_list_free(&out);
}

/* A claim paid to workers whose contribution a government pays counts
 * those paid ("klaim JKM bagi 312 peserta pekerja rentan yang iurannya
 * dibayar Pemprov DKI"); protection given to them covers them. */
Test(reading, a_claim_paid_to_the_funded_counts_those_paid)
{
	angka_figure_list out = extract(
	        "Di DKI Jakarta, sepanjang Januari hingga April 2025 telah dibayarkan klaim "
	        "Jaminan Kematian BPJS Ketenagakerjaan bagi 312 peserta pekerja rentan yang "
	        "iurannya dibayar Pemprov DKI. Di Kabupaten Garut, perlindungan juga diberikan "
	        "kepada 12.500 buruh tani tembakau "
	        "yang iurannya dibiayai dari DBHCHT.");
	cr_expect(has_figure(&out, "beneficiaries", "rentan", 312));
	cr_expect(has_figure(&out, "participants", "rentan", 12500));
	angka_figure_list_free(&out);
}

/* An amount proposed or to come, and the parts the death benefit is made
 * of, are the benefit's rule, not what was paid. */
Test(reading, a_proposed_benefit_and_its_parts_are_its_rule)
{
	angka_figure_list out = extract(
	        "Santunan Kematian BPJS Ketenagakerjaan Bakal Naik Jadi Rp70 Juta\n\nMEDAN - Di "
	        "Kota Medan, dalam draf yang dibahas, total manfaat Jaminan Kematian (JKM) BPJS "
	        "Ketenagakerjaan diusulkan naik dari Rp42 juta menjadi Rp70 juta. Rinciannya, "
	        "santunan sekaligus naik dari Rp20 juta menjadi Rp35 juta, serta biaya pemakaman "
	        "dari Rp10 juta menjadi Rp15 juta.");
	cr_expect_eq(out.n, 0);
	angka_figure_list_free(&out);
}

/* The law pays a scholarship to at most two children of a participant:
 * "beasiswa untuk dua anak" says the rule; a count of children paid is a
 * figure. */
Test(reading, a_scholarship_for_two_children_is_the_rule)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Sikka menjelaskan, ahli waris peserta yang meninggal "
	        "berhak atas santunan, ditambah beasiswa bagi dua orang anak sampai kuliah. "
	        "Sepanjang 2024 beasiswa diberikan kepada 118 anak peserta di Kabupaten Sikka.");
	cr_expect(has_figure(&out, "scholarship_recipients", "all", 118));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* Rp42 juta is the death benefit the law fixes for one death: a story that
 * explains it states the rule, and the cue that holds the number speaks of
 * it alone, not of the total paid beside it. */
Test(reading, the_death_benefits_fixed_amount_is_the_rule_its_total_a_figure)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Sikka. Sejak Januari hingga Juni 2024, sebanyak 17 "
	        "nelayan peserta program perlindungan tersebut meninggal dunia dan ahli warisnya "
	        "sudah menerima santunan JKM masing-masing Rp42 juta, sehingga totalnya Rp714 "
	        "juta.");
	cr_expect(has_figure(&out, "benefit_amount_idr", "all", 714e6));
	cr_expect(!has_figure(&out, "benefit_amount_idr", "all", 42e6));
	angka_figure_list_free(&out);
}

/* A headline's statement between commas that names only the neighbour
 * ("Cakupan JKN 97 Persen") speaks of it, whatever the one beside it names;
 * the other ("Jamsostek Baru 39,8 Persen") stays. */
Test(reading, a_headline_statement_naming_only_the_neighbour_is_its)
{
	angka_figure_list out =
	        extract("DJSN: Cakupan JKN 97 Persen, Jamsostek Baru 39,8 Persen\n\nJakarta: "
	                "Dewan Jaminan Sosial Nasional menyoroti kepesertaan BPJS "
	                "Ketenagakerjaan yang tertinggal.");
	cr_expect(!has_figure(&out, "coverage_pct", "all", 97));
	cr_expect(has_figure_in(&out, "coverage_pct", 39.8, "Indonesia"));
	angka_figure_list_free(&out);
}

/* Regional reporting drops the suffix: "ditarget", like "ditargetkan",
 * sets a goal, and what it is said of is a target. */
Test(reading, ditarget_sets_a_goal)
{
	angka_figure_list out =
	        extract("Untuk tahun ini, UCJ BPJS Ketenagakerjaan Kota Kediri "
	                "ditarget 61 persen, sedangkan Kabupaten Kediri 36 persen.");
	cr_expect(has_figure_in(&out, "target_coverage_pct", 61, "Kota Kediri"));
	cr_expect(has_figure_in(&out, "target_coverage_pct", 36, "Kabupaten Kediri"));
	cr_expect(!has_figure(&out, "coverage_pct", "all", 61));
	angka_figure_list_free(&out);
}

/* "yang iurannya telah dibayar pemkab": contributions paid for workers
 * cover them; they are no benefit paid. */
Test(reading, those_whose_contributions_have_been_paid_are_covered)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan Cabang Timika mencatat, pekerja rentan "
	                "di Kabupaten Mimika yang iurannya telah dibayar pemkab baru "
	                "17.310 orang.");
	cr_expect(has_figure(&out, "participants", "rentan", 17310));
	cr_expect(!has_figure(&out, "beneficiaries", "rentan", 17310));
	angka_figure_list_free(&out);
}

/* A budget being prepared is for workers still to be covered, in the year
 * the budget is for ("dalam RAPBD 2025" said in 2024); what this year's
 * budget already pays for ("melalui APBD 2024") stays participants, as of
 * the month it was said. */
Test(reading, a_budget_being_prepared_plans_its_years_workers)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Lebak\n\nKamis, 12 September 2024\n\nPemkab Lebak menyiapkan "
	        "anggaran sekitar Rp1,8 miliar dalam RAPBD 2025 untuk melindungi 9.000 petani. "
	        "Saat "
	        "ini Pemkab menanggung iuran 4.100 pekerja rentan melalui APBD 2024.");
	const angka_figure *planned = NULL, *paid = NULL;
	for (size_t i = 0; i < out.n; i++) {
		if (out.items[i].value == 9000)
			planned = &out.items[i];
		if (out.items[i].value == 4100)
			paid = &out.items[i];
	}
	cr_assert_not_null(planned);
	cr_expect_str_eq(planned->metric, "target_participants");
	cr_expect_str_eq(planned->as_of ? planned->as_of : "-", "2025");
	cr_assert_not_null(paid);
	cr_expect_str_eq(paid->metric, "participants");
	cr_expect_str_eq(paid->as_of ? paid->as_of : "-", "2024-09");
	angka_figure_list_free(&out);
}

/* What rules a number out farther off in its phrase ("kabupaten dengan
 * penduduk terbanyak") yields to what is said right before it ("dengan
 * capaian 17,6 persen"). */
Test(reading, the_cue_right_before_a_number_outweighs_a_ruling_out_one_farther_off)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di NTB naik. Sementara Lombok Timur yang merupakan "
	        "kabupaten dengan penduduk terbanyak di NTB masih menjadi yang terendah dengan "
	        "capaian 17,6 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 17.6, "Kabupaten Lombok Timur"));
	angka_figure_list_free(&out);
}

/* "Jumlah pekerja yang wajib dilindungi di kabupaten itu, merujuk data BPS
 * ..., tercatat 231.460 orang": the subject a sentence opens on says what
 * its first number is, past the asides between them; the share of it that
 * follows is a coverage. */
Test(reading, the_subject_a_sentence_opens_on_names_its_first_number)
{
	angka_figure_list out = extract(
	        "Kantor Cabang Lhokseumawe melayani peserta terdaftar di Kabupaten Bireuen. "
	        "Jumlah pekerja yang wajib dilindungi BPJS Ketenagakerjaan di kabupaten itu, "
	        "merujuk data Badan Pusat Statistik (BPS) tahun 2023 yang diolah BPJS "
	        "Ketenagakerjaan, tercatat 201.330 orang, tidak termasuk ASN, TNI dan Polri. Dari "
	        "jumlah tersebut, baru "
	        "70.412 orang yang terdaftar sebagai peserta aktif, atau sekitar 34,97 persen.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 201330));
	cr_expect(has_figure(&out, "coverage_pct", "all", 34.97));
	angka_figure_list_free(&out);
}

/* "60 persen tahun ini", "45 persen tahun lalu": the year after a
 * percentage says when, it is no noun the percentage counts. */
Test(reading, a_percentage_this_year_is_still_a_percentage)
{
	angka_figure_list out =
	        extract("Pemkot Bitung menargetkan UCJ BPJS Ketenagakerjaan 58 persen "
	                "tahun ini. Tahun lalu cakupannya 49 persen tahun lalu.");
	cr_expect(has_figure(&out, "target_coverage_pct", "all", 58));
	angka_figure_list_free(&out);
}

/* What a government allocates is a budget, not what the sentence before
 * paid: "Pemkab Bone mengalokasikan Rp2,1 miliar" after scholarships. */
Test(reading, what_a_government_allocates_is_a_budget)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Watampone menyalurkan beasiswa kepada 164 anak "
	        "peserta senilai Rp1,2 miliar. Untuk petani dan nelayan, Pemkab Bone "
	        "mengalokasikan Rp2,1 miliar.");
	cr_expect(has_figure(&out, "scholarship_recipients", "all", 164));
	cr_expect(!has_figure(&out, "scholarship_amount_idr", "all", 2.1e9));
	cr_expect(!has_figure(&out, "benefit_amount_idr", "all", 2.1e9));
	angka_figure_list_free(&out);
}

/* A target pointed back at as the whole ("Dari sasaran itu, peserta aktif
 * ... sebanyak 41.207 orang") is no target of the count after it. */
Test(reading, a_count_out_of_a_target_pointed_back_at_is_reached)
{
	angka_figure_list out = extract(
	        "Pemkab Sumbawa menetapkan sasaran 96.400 pekerja yang wajib dilindungi BPJS "
	        "Ketenagakerjaan. Dari sasaran itu, peserta aktif per Juni 2025 sebanyak 41.207 "
	        "orang.");
	cr_expect(has_figure(&out, "participants", "all", 41207));
	cr_expect(!has_figure(&out, "target_participants", "all", 41207));
	angka_figure_list_free(&out);
}

Test(reading, its_number_after_a_fronted_time_counts_what_was_counted_before)
{
	angka_figure_list out = extract(
	        "Pemerintah Kota Bitung tahun ini membayarkan iuran BPJS Ketenagakerjaan untuk "
	        "4.000 pekerja rentan. Sebelumnya, pada 2023 jumlahnya baru 1.800 orang.");
	cr_expect(has_figure(&out, "participants", "rentan", 1800));
	cr_expect(!has_figure(&out, "participants", "all", 1800));
	angka_figure_list_free(&out);
}

Test(reading, its_cases_are_the_cases_of_the_claims_paid_before)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Kudus membayarkan klaim senilai Rp 210,4 miliar "
	        "sepanjang 2024. Jumlah kasusnya naik, dari 12.310 kasus pada 2023 menjadi 13.905 "
	        "kasus pada 2024.");
	cr_expect(has_figure(&out, "beneficiaries", "all", 12310));
	cr_expect(has_figure(&out, "beneficiaries", "all", 13905));
	angka_figure_list_free(&out);
}

Test(reading, a_share_of_a_wage_is_a_rule_not_a_coverage)
{
	angka_figure_list out = extract(
	        "Kepala BPJS Ketenagakerjaan Cabang Tegal, Rudi Hartono, menjelaskan layanan "
	        "program JKK di Kota Tegal. Selain itu, peserta berhak atas STMB sebesar 100 "
	        "persen upah selama enam bulan pertama.");
	cr_expect(!has_figure(&out, "coverage_pct", "all", 100));
	angka_figure_list_free(&out);
}

Test(reading, whom_an_events_organisers_count_took_part_in_it)
{
	angka_figure_list out = extract(
	        "MEDAN - Ribuan pelari mengikuti BPJAMSOSTEK Run 2025 di Kota Medan, Minggu. "
	        "Panitia menyebutkan sekitar 2.300 peserta datang dari luar Sumatera Utara.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* What a worker is paid by the day, or takes home, is a wage, not a
 * benefit the scheme paid; the death benefit beside it is one. */
Test(reading, a_daily_pay_is_a_wage_not_a_benefit)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan membayar santunan kematian kepada 120 ahli waris senilai Rp "
	        "5,1 "
	        "miliar di Kabupaten Karawang. Para pekerja itu dibayar harian dan bisa membawa "
	        "pulang lebih dari Rp 4 juta ketika proyek sedang ramai.");
	cr_expect(has_figure(&out, "benefit_amount_idr", "all", 5100000000.0));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A quota a government targets is a target, though a quota alone is none. */
Test(reading, a_targeted_quota_is_a_target)
{
	angka_figure_list out = extract(
	        "Tahun ini Pemkab Sragen menargetkan kuota pekerja rentan yang dibiayai APBD dan "
	        "dilindungi BPJS Ketenagakerjaan naik menjadi 18.000 orang.");
	cr_expect(has_figure(&out, "target_participants", "rentan", 18000));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* The scheme's programmes named by their abbreviations are the domain's
 * words: a sentence that names JKK and accidents speaks of the scheme's
 * claims, not of accident statistics alone. */
Test(reading, a_programmes_abbreviation_names_the_domain)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Kutai Kartanegara melayani pekerja tambang.\n\n"
	        "Untuk JKK, pihaknya membayarkan Rp12,4 miliar untuk 610 kasus kecelakaan kerja.");
	cr_expect(has_figure(&out, "benefit_amount_idr", "all", 12400000000.0));
	cr_expect(has_figure(&out, "beneficiaries", "all", 610));
	angka_figure_list_free(&out);
}

/* Outlets write the scheme's name in several short forms ("BPJSTK",
 * "BPJS-TK", "BPJS Naker"): each names the domain, and a story that names it
 * only so gives its figures. */
Test(reading, the_schemes_short_names_name_the_domain)
{
	static const char *const names[] = {"BPJSTK", "BPJS-TK", "BPJS Naker", "BPJS Tenaga Kerja"};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char text[200];
		snprintf(text, sizeof text,
		         "BOGOR - %s mencatat 45.000 peserta aktif di Kota Bogor pada Mei 2025.",
		         names[i]);
		angka_figure_list out = extract(text);
		cr_expect(has_figure(&out, "participants", "all", 45000), "%s", names[i]);
		angka_figure_list_free(&out);
	}
}

/* Those who "ikut BPJS" joined the scheme: the share of them is a
 * coverage, not the target named in the clause after it; micro-business
 * owners insure themselves (BPU). */
Test(reading, who_ikut_the_scheme_are_covered)
{
	angka_figure_list out = extract(
	        "Baru 12 Persen Pelaku Usaha Mikro di Kota Madiun Ikut BPJS Ketenagakerjaan, "
	        "Target 30 Persen\n\nMADIUN - Pemkot Madiun mendorong pelaku usaha mikro "
	        "mendaftar.");
	cr_expect(has_figure(&out, "coverage_pct", "BPU", 12));
	cr_expect(has_figure(&out, "target_coverage_pct", "all", 30));
	angka_figure_list_free(&out);
}

/* A percentage "dari sasaran" is the share of the workers UCJ aims at, a
 * coverage; what a province is asked to reach is a target. */
Test(reading, a_share_of_the_aimed_at_workers_is_coverage)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Sumatera Selatan per November 2025 tercatat "
	        "1.392.660 orang atau 36,36 persen dari sasaran. Untuk 2026, Sumsel diminta "
	        "mencapai 47,5 persen.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 36.36));
	cr_expect(has_figure(&out, "target_coverage_pct", "all", 47.5));
	angka_figure_list_free(&out);
}

/* A clause that names no domain runs on past a "dan" joining two nouns: a
 * share "menyangkut kepesertaan dan layanan Jaminan Kesehatan Nasional" is
 * the neighbour's, not a coverage of the domain. */
Test(reading, a_clause_naming_the_neighbour_after_dan_is_the_neighbours)
{
	angka_figure_list out = extract(
	        "JAKARTA - Ombudsman menerima 1.180 laporan masyarakat terkait layanan jaminan "
	        "sosial "
	        "sepanjang 2024.\n\n"
	        "Anggota Ombudsman RI Rustam Effendi mengatakan, sebanyak 38,6 persen laporan "
	        "berkaitan dengan klaim JHT, sementara 27,1 persen menyangkut kepesertaan dan "
	        "layanan Jaminan Kesehatan Nasional (JKN).");
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_neq(out.items[i].metric, "coverage_pct");
	angka_figure_list_free(&out);
}

/* A headless capture whose address names only a neighbouring scheme (the
 * wage subsidy) is the neighbour's story, as its title would make it:
 * recipients it counts are not the scheme's beneficiaries. */
Test(reading, a_headless_capture_whose_address_names_a_neighbour_is_its_story)
{
	const char *body =
	        "\n\nJakarta - Komisi IX DPR meminta penyaluran bantuan dipercepat. Data calon "
	        "penerima diambil dari BPJS Ketenagakerjaan, yaitu peserta aktif yang upahnya "
	        "paling "
	        "tinggi Rp3,5 juta.\n\n"
	        "Bagi penerima yang tidak memiliki rekening bank, penyaluran dilakukan melalui PT "
	        "Pos Indonesia. Jalur ini disiapkan untuk sekitar 1,4 juta penerima.";
	char text[1024];
	snprintf(text, sizeof text,
	         "URL: https://www.example.com/bisnis/read/1/penerima-bsu-2025%s", body);
	angka_figure_list out = extract(text);
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
	snprintf(text, sizeof text, "URL: https://www.example.com/bisnis/read/1/rekening-2025%s",
	         body);
	out = extract(text);
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A place described by its people ("daerah dengan penduduk terbanyak")
 * is described, not measured: the share after it is the coverage the
 * clause before speaks of, and the count of its people is no figure. */
Test(reading, a_place_described_by_its_people_keeps_its_coverage)
{
	angka_figure_list out = extract(
	        "MATARAM - Kabupaten Sumbawa Barat mencatat capaian Universal Coverage Jamsostek "
	        "64,3 persen, sementara Lombok Timur sebagai daerah dengan penduduk terbanyak baru "
	        "15,8 persen. Lotim punya penduduk terbanyak di NTB, yaitu sekitar 1,39 juta "
	        "jiwa.");
	cr_expect(has_figure_in(&out, "coverage_pct", 15.8, "Kabupaten Lombok Timur"));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* In a story about a neighbouring scheme (its address names the wage
 * subsidy), a sentence that goes on from one naming the domain in its
 * paragraph ("Rinciannya, ...") speaks of the domain. */
Test(reading, a_breakdown_after_the_domain_named_is_the_domains_in_a_neighbours_story)
{
	angka_figure_list out = extract(
	        "URL: https://www.example.com/2025/07/09/bsu-cair-di-kendal\n\n"
	        "KENDAL - Sebanyak 41.280 pekerja di Kendal tercatat sebagai penerima BSU.\n\n"
	        "Menurut Arif, jumlah peserta aktif BPJS Ketenagakerjaan di Kendal sebanyak "
	        "139.652 orang. Rinciannya, 112.406 pekerja penerima upah dan 20.318 pekerja "
	        "bukan penerima upah.");
	cr_expect(has_figure(&out, "participants", "all", 139652));
	cr_expect(has_figure(&out, "participants", "PU", 112406));
	cr_expect(has_figure(&out, "participants", "BPU", 20318));
	angka_figure_list_free(&out);
}

/* The workers of companies, a sector's, are workers, not companies; one
 * company's own are its own. */
Test(reading, the_workers_of_companies_are_workers)
{
	angka_figure_list out = extract(
	        "PANGKALPINANG - Di segmen penerima upah, pekerja perusahaan smelter yang "
	        "terdaftar "
	        "di BPJS Ketenagakerjaan mencapai 18.240 orang. PT Timah mendaftarkan 4.100 "
	        "karyawan perusahaan tersebut.");
	cr_expect(has_figure(&out, "participants", "PU", 18240));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* Who pays for the people a clause after it names does not rule out a
 * target said of the level. */
Test(reading, a_target_level_stays_beside_who_pays_for_people)
{
	angka_figure_list out = extract(
	        "SEKAYU - Pemkab menargetkan UCJ BPJS Ketenagakerjaan Muba naik menjadi 50 persen "
	        "pada akhir 2025 dengan menambah kuota pekerja rentan yang ditanggung daerah.");
	cr_expect(has_figure(&out, "target_coverage_pct", "all", 50));
	angka_figure_list_free(&out);
}

/* Workers joined by "serta" before a negating relative clause are what it
 * negates, however long the list. */
Test(reading, a_relative_clause_negates_the_workers_joined_before_it)
{
	angka_figure_list out = extract(
	        "BITUNG - Masih ada 30 ribu nelayan serta buruh pelabuhan perikanan di Bitung yang "
	        "belum terlindungi BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "uncovered_workers", "all", 30000));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* Levels of one sentence that add up to the whole are its shares, not
 * coverages; two that happen to add up stay what they are. */
Test(reading, levels_that_add_up_to_the_whole_are_shares)
{
	angka_figure_list out = extract(
	        "JAKARTA - Berdasarkan segmen, peserta penerima upah BPJS Ketenagakerjaan "
	        "berjumlah "
	        "30,71 juta (63,63%), bukan penerima upah 11,8 juta (24,45%), jasa konstruksi 5,23 "
	        "juta (10,84%), dan pekerja migran Indonesia 520 ribu (1,08%).");
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_neq(out.items[i].metric, "coverage_pct", "%g", out.items[i].value);
	cr_expect(has_figure(&out, "participants", "PU", 30710000));
	angka_figure_list_free(&out);
	out = extract("PANGKALPINANG - Cakupan BPJS Ketenagakerjaan Belitung Timur tertinggi yakni "
	              "61,8 persen, sementara Bangka Selatan terendah 38,2 persen.");
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* A place described by its people keeps the count its own words name: "a
 * province with the largest population recorded N active members". */
Test(reading, a_count_named_beside_a_described_place_is_read)
{
	angka_figure_list out = extract("BANDUNG - Jawa Barat, provinsi dengan jumlah penduduk "
	                                "terbesar ini mencatat 6,41 juta peserta aktif BPJS "
	                                "Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "all", 6410000));
	angka_figure_list_free(&out);
}

/* A share set off by commas, then "masih bekerja tanpa jaminan", is the
 * share of those without protection. */
Test(reading, a_share_said_to_work_without_protection_is_uncovered)
{
	angka_figure_list out = extract(
	        "AMBON - Cakupan BPJS Ketenagakerjaan Maluku baru 45 persen. \"Sisanya, 55 persen "
	        "pekerja, masih bekerja tanpa jaminan,\" kata Sevy.");
	cr_expect(has_figure(&out, "uncovered_pct", "all", 55));
	angka_figure_list_free(&out);
}

/* Protection that has been given to people covers them, however the verb
 * is told ("perlindungan telah diberikan kepada ..."). */
Test(reading, protection_given_to_people_covers_them)
{
	angka_figure_list out = extract("SANGATTA - APBD Kutim menanggung iuran BPJS "
	                                "Ketenagakerjaan. Perlindungan telah diberikan kepada "
	                                "150.000 pekerja rentan di Kutai Timur.");
	cr_expect(has_figure(&out, "participants", "rentan", 150000));
	angka_figure_list_free(&out);
}

/* The workers a coverage is computed on ("yang menjadi dasar perhitungan")
 * are its base, whatever participation word follows. */
Test(reading, the_basis_of_the_calculation_is_the_base)
{
	angka_figure_list out = extract("SAMPIT - Jumlah pekerja yang menjadi dasar perhitungan "
	                                "kepesertaan BPJS Ketenagakerjaan di Kotawaringin Timur "
	                                "sekitar 210 ribu orang.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 210000));
	cr_expect(!has_figure(&out, "participants", "all", 210000));
	angka_figure_list_free(&out);
}

/* Those a programme "has been enjoyed by" were paid its benefit. */
Test(reading, those_a_programme_was_enjoyed_by_were_paid)
{
	angka_figure_list out =
	        extract("JAKARTA - Sejak 2022, program Jaminan Kehilangan Pekerjaan "
	                "BPJS Ketenagakerjaan telah dinikmati 72.400 peserta.");
	cr_expect(has_figure(&out, "beneficiaries", "all", 72400));
	angka_figure_list_free(&out);
}

/* Who "should" be protected is who the scheme is for: its base. */
Test(reading, who_should_be_protected_is_the_base)
{
	angka_figure_list out = extract("MEDAN - Di Sumatera Utara ada 5,1 juta pekerja yang "
	                                "semestinya dilindungi BPJS Ketenagakerjaan, tetapi yang "
	                                "terdaftar aktif baru 1,6 juta orang.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 5.1e6));
	cr_expect(has_figure(&out, "participants", "all", 1.6e6));
	angka_figure_list_free(&out);
}

/* What the workforce is made of counts workers: with the coverage of their
 * group stated, they are its base, not its members. */
Test(reading, the_structure_of_the_workforce_counts_workers)
{
	angka_figure_list out = extract(
	        "MAUMERE - Cakupan BPJS Ketenagakerjaan pekerja informal di Kabupaten Sikka "
	        "baru 9 persen. Struktur ketenagakerjaan di Sikka didominasi pekerja "
	        "informal, yakni sekitar 128 ribu orang.");
	cr_expect(!has_figure(&out, "participants", "BPU", 128000));
	cr_expect(has_figure(&out, "eligible_workers", "BPU", 128000));
	angka_figure_list_free(&out);
}

/* "Sisanya, hampir 2,3 juta orang, belum punya jaminan apa pun": the
 * predicate after the appositive denies it. */
Test(reading, a_denied_predicate_after_an_appositive_number)
{
	angka_figure_list out = extract(
	        "BANDAR LAMPUNG - Baru seperempat pekerja di Lampung yang terlindungi BPJS "
	        "Ketenagakerjaan. Sisanya, hampir 2,3 juta orang, belum punya jaminan apa pun.");
	cr_expect(has_figure(&out, "uncovered_workers", "all", 2.3e6));
	cr_expect(!has_figure(&out, "participants", "all", 2.3e6));
	angka_figure_list_free(&out);
	out = extract("GORONTALO - Baru separuh pekerja di Gorontalo yang terdaftar di BPJS "
	              "Ketenagakerjaan. Sisanya, sebanyak 267.790 tenaga kerja, belum tercatat "
	              "sebagai peserta.");
	cr_expect(has_figure(&out, "uncovered_workers", "all", 267790));
	angka_figure_list_free(&out);
}

/* A sentence that gives a labour count beside an unemployment rate speaks of
 * both: the rate is a topic of its own clause, the count is still read. */
Test(reading, a_labour_count_beside_an_unemployment_rate)
{
	angka_figure_list out = extract(
	        "LUBUK PAKAM - Cakupan BPJS Ketenagakerjaan di Deli Serdang baru 44 persen. "
	        "Berdasarkan Sakernas Agustus 2024, jumlah penduduk bekerja di Deli Serdang "
	        "tercatat 1.062.418 orang, dengan tingkat pengangguran terbuka 6,41 persen.");
	cr_expect(has_figure(&out, "working_population", "all", 1062418) ||
	          has_figure(&out, "eligible_workers", "all", 1062418));
	cr_expect(!has_figure(&out, "coverage_pct", "all", 6.41));
	angka_figure_list_free(&out);
}

/* Whose contributions a government bears ("Pemkab baru menanggung 2.400
 * pedagang pasar"), and who "kami daftarkan", are covered. */
Test(reading, borne_and_registered_by_us_are_covered)
{
	angka_figure_list out = extract("TIMIKA - Pemkab Mimika baru menanggung 2.400 pedagang "
	                                "pasar dalam program BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "rentan", 2400));
	angka_figure_list_free(&out);
	out = extract("CILACAP - Santunan BPJS Ketenagakerjaan dibayarkan kepada 120 ahli waris. "
	              "\"Hingga akhir Mei, sebanyak 20.500 pekerja rentan sudah kami daftarkan,\" "
	              "kata Bambang.");
	cr_expect(has_figure(&out, "participants", "rentan", 20500));
	angka_figure_list_free(&out);
}

/* "sedangkan 22,34 juta sisanya berstatus nonaktif": "sisanya" right
 * after the count is its noun (the rest), so the clause goes on to the
 * word that says what the rest are. */
Test(reading, the_rest_said_after_a_count_is_its_noun)
{
	angka_figure_list out = extract(
	        "JAKARTA - Dengan demikian, peserta aktif BPJS Ketenagakerjaan hanya 61,01 persen "
	        "dari total yang terdaftar, sedangkan 22,34 juta sisanya berstatus nonaktif.");
	cr_expect(!has_figure(&out, "participants", "all", 22340000));
	angka_figure_list_free(&out);
}
