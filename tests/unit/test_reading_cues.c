/* What decides what a quantity measures, read from whole articles through
 * the pipeline: the cue words of its phrase, clause and sentence, and where
 * a sentence's words stop speaking of it (docs/rules.md, the scopes). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

/* A headline's statements are parted by commas: "Jadi Sasaran" in one says
 * nothing of the percentage in the other, which the body says is a
 * coverage. */
Test(reading, a_headlines_other_statement_says_nothing_of_a_number)
{
	angka_figure_list out = extract(
	        "Baru 31,60 Persen Pekerja di Inhil Ikut BPJS Ketenagakerjaan, Petani Kelapa Jadi "
	        "Sasaran\n\nPer Juli 2023, BPJS Ketenagakerjaan Cabang Tembilahan mencatat baru "
	        "109.874 pekerja yang aktif sebagai peserta, atau 31,60 persen dari sekitar 352 "
	        "ribu "
	        "penduduk Inhil yang bekerja.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 31.6));
	cr_expect(!has_figure(&out, "target_coverage_pct", "all", 31.6));
	angka_figure_list_free(&out);
	/* A statement that holds a number too goes on from the one before. */
	out = extract(
	        "Sebanyak 46.500 Pekerja di Kota Kendari Terlindungi BPJS Ketenagakerjaan, 46,2 "
	        "Persen dari Potensi\n\nKENDARI - Kepesertaan terus tumbuh di kota itu tahun "
	        "ini.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 46.2));
	angka_figure_list_free(&out);
}

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

/* Workers whose contributions are paid for ("tenaga kerja penerima bantuan
 * iuran") are this domain's, whichever word names the workers; health
 * insurance's "Penerima Bantuan Iuran" alone is not. */
Test(reading, workers_paid_for_are_this_domains_whatever_they_are_called)
{
	angka_figure_list out = extract(
	        "Kepesertaan BPJS Ketenagakerjaan di Papua Barat\n\nPeserta yang telah aktif dari "
	        "tenaga kerja formal sebanyak 44.998 tenaga kerja atau 45,18 persen.\n\nSementara "
	        "tenaga kerja informal, termasuk tenaga kerja penerima bantuan iuran bersumber "
	        "dari APBD, "
	        "sebesar 52.710 tenaga kerja dari jumlah angkatan kerja 144.225 atau 36,54 "
	        "persen.");
	cr_expect(has_figure(&out, "participants", "BPU", 52710));
	cr_expect(has_figure(&out, "coverage_pct", "BPU", 36.54));
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

/* The workers less civil servants, counted as a population, are every
 * worker; the non-civil-servant staff a government registers are a group of
 * their own. "sasaran keseluruhan" is the workers a coverage is out of. */
Test(reading, workers_less_civil_servants_are_everyone_but_their_staff_a_group)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Kolaka 30.100 orang. "
	        "Dibandingkan potensi pekerja non-ASN sebanyak 120.400 orang, cakupan tersebut "
	        "baru 25 persen. Data itu termasuk pekerja non-ASN di lingkungan Pemkab "
	        "sebanyak 2.300 orang. Dengan sasaran keseluruhan sekitar 130 ribu pekerja, "
	        "UCJ Kolaka berada di kisaran 23 persen.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 120400));
	cr_expect(has_figure(&out, "coverage_pct", "all", 25));
	cr_expect(has_figure(&out, "participants", "other", 2300));
	cr_expect(has_figure(&out, "eligible_workers", "all", 130000));
	cr_expect(has_figure(&out, "coverage_pct", "all", 23));
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

/* "Ditambah 39.118 pekerja jasa konstruksi, total peserta aktif ... 699.813
 * orang": a total beside a group is no list of two groups. */
Test(reading, a_total_beside_a_group_is_no_second_group)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Bekasi, peserta BPJS Ketenagakerjaan terus bertambah. Ditambah "
	        "39.118 pekerja jasa konstruksi, total peserta aktif di Kabupaten Bekasi "
	        "mencapai 699.813 orang.");
	cr_expect(has_figure(&out, "participants", "jakon", 39118));
	cr_expect(has_figure(&out, "participants", "all", 699813));
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

/* A government budget that pays for those counted speaks of the whole list
 * of them before it ("3.500 pengemudi ojek, pedagang kaki lima dan petugas
 * kebersihan yang iurannya dibayar lewat APBD"), not of a share said with a
 * reason ("26,1 persen, ... berkat perlindungan pekerja rentan yang dibiayai
 * APBD"). */
Test(reading, a_budget_paying_for_a_list_of_workers_makes_them_rentan)
{
	angka_figure_list out = extract(
	        "Di Kota Pekanbaru, BPJS Ketenagakerjaan melindungi pekerja informal. Selain itu, "
	        "ada sekitar 3.500 pengemudi ojek, pedagang kaki lima dan petugas kebersihan yang "
	        "iurannya dibayar lewat APBD. Capaian UCJ Pekanbaru sudah 26,1 persen, berkat "
	        "perlindungan pekerja rentan yang dibiayai APBD.");
	cr_expect(has_figure(&out, "participants", "rentan", 3500));
	cr_expect(has_figure(&out, "coverage_pct", "all", 26.1));
	angka_figure_list_free(&out);
}

/* "yang paling banyak masih pekerja penerima upah yakni 61.302 orang": the
 * largest group, not a maximum ("paling banyak Rp 5 juta"). */
Test(reading, the_largest_group_is_no_maximum)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kabupaten Asahan 98.417 orang. \"Dari "
	        "jumlah itu yang paling banyak masih pekerja penerima upah yakni 61.302 orang, "
	        "disusul bukan penerima upah 29.864 orang,\" katanya.");
	cr_expect(has_figure(&out, "participants", "PU", 61302));
	cr_expect(has_figure(&out, "participants", "BPU", 29864));
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

/* A reason given after a figure ("seiring gelombang PHK") is a clause of its
 * own: its words say nothing of what the figure counts. */
Test(reading, a_reason_after_a_figure_says_nothing_of_it)
{
	angka_figure_list out = extract(
	        "Pada 2020, peserta aktif BPJS Ketenagakerjaan secara nasional turun menjadi 30,46 "
	        "juta orang seiring gelombang pemutusan hubungan kerja akibat pandemi.");
	cr_expect(has_figure(&out, "participants", "all", 30460000));
	angka_figure_list_free(&out);
}

/* A goal weighed against a fact ("sejalan dengan sasaran nasional,
 * mengingat ... mencatat 45,22 juta peserta aktif") does not make the fact
 * a goal. */
Test(reading, a_fact_a_goal_is_weighed_against_is_no_goal)
{
	angka_figure_list out = extract(
	        "Target BPJS Ketenagakerjaan Sumbagsel tersebut sejalan dengan sasaran nasional, "
	        "mengingat secara nasional BPJS Ketenagakerjaan mencatat 45,22 juta peserta aktif "
	        "pada akhir 2024.");
	cr_expect(has_figure(&out, "participants", "all", 45220000));
	cr_expect(!has_figure(&out, "target_participants", "all", 45220000));
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

/* A company's own employees ("karyawannya") are no place's participants. */
Test(reading, a_companys_employees_are_no_places_participants)
{
	angka_figure_list out =
	        extract("Di Kalimantan Timur, penghargaan diraih PT Sinar Mitra Sejahtera yang "
	                "mendaftarkan "
	                "seluruh 12.480 karyawannya dalam lima program BPJS Ketenagakerjaan.");
	cr_expect(!has_figure(&out, "participants", "all", 12480));
	angka_figure_list_free(&out);
}

/* Who attended an event pointed back at ("Rapat itu diikuti 96 peserta")
 * are no members, whatever the event is called. */
Test(reading, those_who_attended_an_event_are_no_members)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Sulawesi Selatan menggelar rapat percepatan kepesertaan. "
	        "Rapat itu diikuti 96 peserta dari 24 kabupaten/kota.");
	cr_expect(!has_figure(&out, "participants", "all", 96));
	angka_figure_list_free(&out);
}

/* A place's members are not counted in ones or tens: "Satu peserta yang
 * meninggal" is one case, "87 peserta" handed their cards at a ceremony
 * are people in a story, no count of a place's participants. */
Test(reading, a_few_participants_are_no_count_of_a_places_members)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Mimika, peserta BPJS Ketenagakerjaan dilindungi lima program. Satu "
	        "peserta yang meninggal dunia, anaknya bisa mendapat beasiswa sampai kuliah. Pada "
	        "acara itu, Bupati menyerahkan kartu peserta kepada 87 pekerja rentan.");
	cr_expect(!has_figure(&out, "participants", "all", 1));
	cr_expect(!has_figure(&out, "participants", "rentan", 87));
	angka_figure_list_free(&out);
}

/* "karena" opens a reason: "capaian kepesertaan baru 29,3 persen karena
 * mayoritas pekerjanya nelayan" is a coverage, not the majority's share. */
Test(reading, a_reason_after_karena_says_nothing_of_the_figure)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Kotabaru, capaian kepesertaan BPJS Ketenagakerjaan baru 29,3 persen "
	        "karena mayoritas pekerjanya nelayan dan petani.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 29.3));
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

/* A service opened for workers, severance owed them and the group most
 * of which a sentence speaks of are no figures of the scheme. */
Test(reading, a_service_severance_and_most_of_a_group_are_no_figures)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Sukoharjo membuka posko layanan klaim JHT dan JKP "
	        "bagi sekitar 8.400 pekerja yang terkena PHK di Kabupaten Sukoharjo. Total hak "
	        "pesangon yang belum dibayarkan mencapai sekitar Rp186 miliar. Di Kabupaten "
	        "Manggarai Barat, sebagian besar dari sekitar 600 anggota HPI bekerja lepas.");
	cr_expect(!has_figure(&out, "beneficiaries", "all", 8400));
	cr_expect(!has_figure(&out, "benefit_amount_idr", "all", 186e9));
	cr_expect(!has_figure(&out, "participants", "all", 600));
	cr_expect(!has_figure(&out, "eligible_workers", "all", 600));
	angka_figure_list_free(&out);
}

/* A level not yet reached ("belum menembus 10 persen") bounds the level;
 * it counts no one not yet covered. */
Test(reading, a_level_not_yet_reached_is_no_uncovered_share)
{
	angka_figure_list out = extract(
	        "Capaian terendah BPJS Ketenagakerjaan masih berada di Papua Pegunungan yang "
	        "belum menembus 10 persen.");
	cr_expect(!has_figure(&out, "uncovered_pct", "all", 10));
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

/* Who came to an office ("pengunjung kantor ... dari biasanya 120 orang")
 * is no count of beneficiaries. */
Test(reading, visitors_to_an_office_are_no_figure)
{
	angka_figure_list out = extract(
	        "PONTIANAK - Kantor BPJS Ketenagakerjaan Cabang Pontianak kembali dipadati "
	        "pengunjung. Sebagian besar datang untuk mengurus pencairan Jaminan Hari Tua "
	        "(JHT). "
	        "Kepala Bidang Pelayanan BPJS Ketenagakerjaan Cabang Pontianak mengatakan jumlah "
	        "pengunjung kantor naik hingga sekitar 260 orang per hari, dari biasanya 120 "
	        "orang.");
	cr_expect(!has_figure(&out, "beneficiaries", "all", 120));
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

/* "di luar peserta aktif": what a count is set apart from says nothing of
 * what it counts; its own words ("berstatus nonaktif") do. */
Test(reading, what_a_count_is_set_apart_from_is_not_what_it_counts)
{
	angka_figure_list out = extract(
	        "Kepala BPJS Ketenagakerjaan Cabang Dumai mengakui, di luar peserta aktif masih "
	        "terdapat sekitar 41 ribu peserta terdaftar di Kota Dumai yang berstatus "
	        "nonaktif.");
	cr_expect(!has_figure(&out, "participants", "all", 41000));
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

/* Migrant workers leaving for abroad are placements, the death benefit the
 * law fixes for one of them is a rule, and how many members are active is
 * a share of them: none is a coverage figure. */
Test(reading, placements_rules_and_activity_are_no_coverage)
{
	angka_figure_list out = extract("Disnakertrans Lombok Timur mencatat sebagian besar PMI "
	                                "berangkat ke Malaysia, yakni "
	                                "7.412 orang. Kepala BPJS Ketenagakerjaan Cabang Selong "
	                                "menjelaskan manfaat bagi PMI "
	                                "antara lain santunan kematian Rp85 juta. Namun tingkat "
	                                "keaktifan peserta baru 77,2 "
	                                "persen.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* Runners at a fun run, and the run's "5K" and "10K", are no members. */
Test(reading, a_runs_runners_and_distances_are_no_members)
{
	angka_figure_list out = extract(
	        "Sebanyak 2.300 pelari meramaikan BPJAMSOSTEK Run yang digelar BPJS "
	        "Ketenagakerjaan Cabang Manado di Kota Manado. Ajang lari ini mempertandingkan dua "
	        "kategori peserta, yakni 5K dan 10K.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* Who an employer employs is its workforce, not a place's members. */
Test(reading, whom_an_employer_employs_is_no_figure)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Kabupaten Bantaeng tinggi berkat kawasan industri "
	        "smelter nikel yang mempekerjakan sekitar 7.500 tenaga kerja.");
	cr_expect(!has_figure(&out, "participants", "all", 7500));
	cr_expect(!has_figure(&out, "uncovered_workers", "all", 7500));
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* Rules of the scheme said with their numbers, and a member's own balance,
 * are no figures: the part of a JHT balance one may draw, the scholarship
 * two children are entitled to, up to its maximum. */
Test(reading, a_balances_share_and_an_entitlement_are_no_figures)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Palembang menjelaskan, peserta tetap dapat mengambil "
	        "sebagian saldo JHT, yakni 10 persen untuk persiapan pensiun atau 30 persen untuk "
	        "kepemilikan rumah, dengan syarat kepesertaan minimal 10 tahun. Selain itu, dua "
	        "anak "
	        "peserta berhak atas beasiswa pendidikan hingga Rp174 juta.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* The village and its officials go by regional names (nagari, gampong,
 * pekon, lembang): "640 wali nagari" counts village officials, segment
 * other, as "640 kepala desa" does. */
Test(reading, village_officials_by_their_regional_names_are_counted)
{
	angka_figure_list out =
	        extract("Pemkab Agam mendaftarkan 640 wali nagari dan perangkat nagari ke BPJS "
	                "Ketenagakerjaan.\n\nDi Aceh Utara, 852 keuchik sudah terdaftar sebagai "
	                "peserta BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "other", 640));
	cr_expect(has_figure(&out, "participants", "other", 852));
	angka_figure_list_free(&out);
}

/* Tourists are visitors, no workers: "kunjungan wisatawan ... mencapai
 * lebih dari 380 ribu orang" in a story of the workers who serve them. */
Test(reading, tourists_are_no_workers)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Kabupaten Raja Ampat baru 21 persen. Padahal "
	        "kunjungan wisatawan sepanjang 2024 mencapai lebih dari 380 ribu orang dan "
	        "sebagian "
	        "besar aktivitas wisata ditopang pekerja informal.");
	cr_expect(!has_figure_in(&out, "participants", 380000, "Kabupaten Raja Ampat"));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
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

/* A count whose own noun rules it out ("mendaftarkan 1.240 karyawannya": a
 * company's employees) stays ruled out, whatever verb is said before it. */
Test(reading, a_count_of_a_companys_employees_registered_is_no_figure)
{
	angka_figure_list out = extract(
	        "BATAM - Seorang pekerja galangan kapal meninggal dunia. Perusahaan galangan kapal "
	        "tersebut tercatat telah mendaftarkan 1.240 karyawannya dalam lima program BPJS "
	        "Ketenagakerjaan.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* What is done to reach a target already named ("Untuk mengejar target itu,
 * ... menanggung iuran 18.300 pekerja rentan") is no target. */
Test(reading, what_is_done_to_reach_a_target_is_no_target)
{
	angka_figure_list out = extract("Target cakupan BPJS Ketenagakerjaan Jawa Timur tahun 2025 "
	                                "sebesar 45 persen. Untuk "
	                                "mengejar target itu, Pemkot Madiun tahun ini menanggung "
	                                "iuran 18.300 pekerja rentan "
	                                "melalui APBD.");
	cr_expect(has_figure(&out, "participants", "rentan", 18300));
	cr_expect(!has_figure(&out, "target_participants", "rentan", 18300));
	angka_figure_list_free(&out);
}

/* Whom a government bears the cost of ("Pemkab Ende menanggung 1.850 nelayan
 * dan petani") are its vulnerable workers, segment rentan. */
Test(reading, whom_a_government_bears_the_cost_of_are_vulnerable_workers)
{
	angka_figure_list out =
	        extract("Perlindungan BPJS Ketenagakerjaan bagi pekerja informal di Flores terus "
	                "bertambah. Tahun ini Pemkab Ende menanggung 1.850 nelayan dan petani.");
	cr_expect(has_figure(&out, "participants", "rentan", 1850));
	angka_figure_list_free(&out);
}

/* "A, B, serta C dan D berturut-turut V1, V2, dan V3": "serta" opens the
 * list's last item, which "dan" makes one combined group (other). */
Test(reading, the_last_item_serta_opens_is_one_group)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan secara nasional per Juni 2025 sebanyak 40,87 "
	        "juta "
	        "orang. Peserta penerima upah, bukan penerima upah, serta jasa konstruksi dan "
	        "pekerja migran berturut-turut berjumlah 27,1 juta, 8,62 juta, dan 5,15 juta "
	        "orang.");
	cr_expect(has_figure(&out, "participants", "PU", 27.1e6));
	cr_expect(has_figure(&out, "participants", "BPU", 8.62e6));
	cr_expect(has_figure(&out, "participants", "other", 5.15e6));
	angka_figure_list_free(&out);
}

Test(reading, what_a_count_is_compared_with_is_no_word_of_its_own)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Kendari mencatat cakupan di Sulawesi Tenggara 30,2 "
	        "persen. Angka itu diperoleh dari 412.530 peserta aktif dibandingkan dengan jumlah "
	        "penduduk bekerja di Sultra menurut data BPS 2024, yakni 1.366.000 orang.");
	cr_expect(has_figure(&out, "participants", "all", 412530));
	cr_expect(!has_figure(&out, "working_population", "all", 412530));
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

/* Pairs of "A dari B" laid one after another: the base of the first pair is
 * said of its own number, so the part of the second one is a count of the
 * covered like the first part, not a base. */
Test(reading, a_base_is_not_what_the_next_pairs_part_measures)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Jambi terus bertambah. Kota Jambi mencatat "
	        "52.310 dari 140.200 pekerja, sedangkan Kabupaten Muaro Jambi 31.480 dari 96.750 "
	        "pekerja.");
	cr_expect(has_figure_in(&out, "participants", 31480, "Kabupaten Muaro Jambi"));
	cr_expect(has_figure_in(&out, "eligible_workers", 96750, "Kabupaten Muaro Jambi"));
	cr_expect(has_figure_in(&out, "participants", 52310, "Kota Jambi"));
	cr_expect_eq(out.n, 4, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* The budget named as who pays a group's contributions ("yang iurannya
 * ditanggung APBD") says who they are, so the benefit paid to them is a
 * benefit, not a budget; workers "dijadikan sasaran" are a base, like those
 * "menjadi sasaran", not a target. */
Test(reading, the_payer_of_a_groups_contributions_is_no_budget)
{
	angka_figure_list out = extract(
	        "Untuk pekerja rentan yang iurannya ditanggung APBD provinsi, BPJS Ketenagakerjaan "
	        "membayar klaim Jaminan Kematian kepada ahli waris 120 peserta dengan total Rp 5,1 "
	        "miliar di Sulawesi Tenggara. Jika dibandingkan dengan 1,2 juta pekerja yang "
	        "dijadikan sasaran UCJ, cakupan di provinsi itu baru 36,5 persen.");
	cr_expect(has_figure(&out, "benefit_amount_idr", "rentan", 5100000000.0));
	cr_expect(has_figure(&out, "eligible_workers", "all", 1200000));
	cr_expect(has_figure(&out, "coverage_pct", "all", 36.5));
	angka_figure_list_free(&out);
}

/* A ranking "didominasi" by places is no share of the members: the values
 * after the places are their coverage. */
Test(reading, a_ranking_dominated_by_places_is_no_share)
{
	angka_figure_list out = extract("Cakupan kepesertaan BPJS Ketenagakerjaan nasional "
	                                "mencapai 41 persen. Provinsi dengan "
	                                "cakupan terendah masih didominasi wilayah Nusa Tenggara, "
	                                "yakni Nusa Tenggara Timur "
	                                "17,2 persen dan Nusa Tenggara Barat 22,8 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 17.2, "Nusa Tenggara Timur"));
	cr_expect(has_figure_in(&out, "coverage_pct", 22.8, "Nusa Tenggara Barat"));
	angka_figure_list_free(&out);
}

/* A story whose title is on another subject (the economy) is not a
 * neighbouring scheme's story: the coverage figures its body gives, in
 * sentences that name no domain, are the domain's; a count of proposals
 * counts no people. */
Test(reading, a_title_on_another_subject_is_no_neighbours_story)
{
	angka_figure_list out = extract(
	        "Pemprov Jambi Patok Pertumbuhan Ekonomi 5,1 Persen\n\n"
	        "JAMBI - Pemerintah Provinsi Jambi menggelar Musrenbang RKPD 2026.\n\n"
	        "Kepala Kantor Cabang BPJS Ketenagakerjaan Jambi memaparkan jumlah peserta aktif "
	        "di "
	        "Provinsi Jambi per Maret 2025 sebanyak 512.400 orang. Jumlah itu terdiri dari "
	        "301.200 pekerja penerima upah dan 211.200 pekerja bukan penerima upah.\n\n"
	        "Dari 1.210 usulan program, sebanyak 480 usulan diakomodasi.");
	cr_expect(has_figure(&out, "participants", "all", 512400));
	cr_expect(has_figure(&out, "participants", "PU", 301200));
	cr_expect(has_figure(&out, "participants", "BPU", 211200));
	cr_expect_eq(out.n, 3, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* "A pekerja dari B pekerja yang menjadi sasaran": the base's words speak of
 * the base after "dari", not of the part before it, and the breakdown of
 * the part after it is of participants too. */
Test(reading, the_part_before_dari_and_a_base_is_no_base)
{
	angka_figure_list out = extract(
	        "Capaian UCJ BPJS Ketenagakerjaan Kabupaten Jember per Juni 2025 berada di angka "
	        "30,4 persen. Jumlah itu setara 243.120 pekerja dari 799.740 pekerja yang menjadi "
	        "sasaran. Rinciannya, 151.300 pekerja penerima upah dan 91.820 pekerja bukan "
	        "penerima upah.");
	cr_expect(has_figure(&out, "participants", "all", 243120));
	cr_expect(has_figure(&out, "eligible_workers", "all", 799740));
	cr_expect(has_figure(&out, "participants", "PU", 151300));
	cr_expect(has_figure(&out, "participants", "BPU", 91820));
	angka_figure_list_free(&out);
}

/* Another country's coverage, as a comparison, is no figure of the domain;
 * the national coverage beside it is. */
Test(reading, a_foreign_countrys_coverage_is_no_figure)
{
	angka_figure_list out = extract(
	        "Cakupan kepesertaan BPJS Ketenagakerjaan secara nasional baru 40,2 persen. "
	        "Sebagai "
	        "pembanding, Vietnam telah melindungi 38 persen angkatan kerjanya, dan Thailand "
	        "sekitar 60 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 40.2, "Indonesia"));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
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

/* "sebagian besar daerah" counts regions, not members: the national level
 * after it is a coverage, not a share. */
Test(reading, most_of_the_regions_is_no_share_of_members)
{
	angka_figure_list out = extract("Kepala BPJS Ketenagakerjaan Cabang Garut menambahkan, "
	                                "capaian sebagian besar daerah "
	                                "di wilayahnya masih di bawah rata-rata nasional, yang per "
	                                "September 2024 berada di "
	                                "kisaran 41 persen.");
	cr_expect(has_figure_in(&out, "coverage_pct", 41, "Indonesia"));
	angka_figure_list_free(&out);
}

/* A community's size is no count of participants, though the sentence asks
 * them to register; the yearly growth of the JHT balances and the funds a
 * programme manages are no benefits. */
Test(reading, a_groups_size_and_a_funds_return_are_no_figures)
{
	angka_figure_list out = extract(
	        "Kepala BPJS Ketenagakerjaan Cabang Malang mengajak komunitas ojek online di Kota "
	        "Malang, yang beranggotakan sekitar 1.500 pengemudi, untuk mendaftar. Pengembangan "
	        "dana JHT yang dibukukan ke saldo peserta ditetapkan sebesar 6,1%. Adapun dana "
	        "program JHT yang dikelola tercatat Rp 496,7 triliun.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* An event's prize money is no benefit of the scheme, though the benefits
 * handed over at the event are. */
Test(reading, an_events_prize_is_no_benefit)
{
	angka_figure_list out = extract(
	        "Dalam acara itu BPJS Ketenagakerjaan Kota Pekanbaru juga menyerahkan santunan "
	        "kematian kepada 12 ahli waris senilai Rp1,2 miliar. Panitia menyiapkan total "
	        "hadiah Rp75 juta untuk pemenang lomba lari.");
	cr_expect(has_figure(&out, "benefit_amount_idr", "all", 1200000000));
	cr_expect_eq(out.n, 2, "%zu figures", out.n);
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

/* Contributions a government pays are its vulnerable workers' whichever
 * government it names and however it says it bears them. */
Test(reading, contributions_any_government_pays_make_workers_rentan)
{
	angka_figure_list out = extract(
	        "PEKANBARU - Sebanyak 7.515 orang kini terdaftar sebagai peserta BPJS "
	        "Ketenagakerjaan dengan iuran dibayar pemerintah kota. Di Kampar, 4.210 buruh "
	        "didaftarkan dengan iuran yang ditanggung penuh oleh pemerintah kabupaten.");
	cr_expect(has_figure(&out, "participants", "rentan", 7515));
	cr_expect(has_figure(&out, "participants", "rentan", 4210));
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

/* The workers of a construction project are construction workers. */
Test(reading, a_projects_workers_are_construction_workers)
{
	angka_figure_list out = extract(
	        "SEKAYU - Sebanyak 3.812 pekerja proyek pembangunan Jalan Tol Betung-Tempino-Jambi "
	        "di Musi Banyuasin sudah terlindungi program BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "jakon", 3812));
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

/* Members a vaccination campaign served are served, not covered. */
Test(reading, members_vaccinated_are_no_participants)
{
	angka_figure_list out = extract(
	        "CIREBON - Kepala BP Jamsostek Cabang Cirebon mengatakan kegiatan ini gelombang "
	        "ketiga. \"Total sudah 3.450 peserta kami fasilitasi vaksin sejak Mei,\" ujarnya.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* Those a programme was explained to heard of it; they did not join it. */
Test(reading, those_a_programme_was_explained_to_are_no_participants)
{
	angka_figure_list out = extract(
	        "KENDARI - BPJS Ketenagakerjaan juga menyosialisasikan program perlindungan kepada "
	        "sekitar 150 pengemudi ojek daring di Kota Kendari.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* What a figure is compared with ("lebih banyak daripada peserta aktifnya")
 * is said of the other figure: its cue does not decide this one. */
Test(reading, what_a_figure_is_compared_with_is_not_what_it_counts)
{
	angka_figure_list out =
	        extract("BATAM - Di Kepulauan Riau, jumlah peserta BPJS Ketenagakerjaan non aktif "
	                "yang mencapai 512.300 orang lebih banyak daripada peserta aktifnya yang "
	                "sebanyak 498.100 orang.");
	cr_expect(has_figure(&out, "participants", "all", 498100));
	cr_expect(!has_figure(&out, "participants", "all", 512300));
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

/* A group said to be included in another ("di situ sudah termasuk pekerja
 * migran", "(termasuk pekerja migran)", "yang di dalamnya termasuk pekerja
 * migran") is not the group counted. */
Test(reading, a_group_said_to_be_included_is_not_the_one_counted)
{
	angka_figure_list out = extract("PALU - Peserta BPJS Ketenagakerjaan di Sulawesi Tengah "
	                                "paling banyak dari penerima upah, di situ sudah termasuk "
	                                "pekerja migran, jumlahnya 301.200 orang.");
	cr_expect(has_figure(&out, "participants", "PU", 301200));
	cr_expect(!has_figure(&out, "participants", "PMI", 301200));
	angka_figure_list_free(&out);
	/* ... also right after it, with no comma */
	out = extract(
	        "PALU - Peserta BPJS Ketenagakerjaan di Sulawesi Tengah terbanyak berasal dari "
	        "segmen penerima upah termasuk pekerja migran, yakni 301.200 orang.");
	cr_expect(has_figure(&out, "participants", "PU", 301200));
	angka_figure_list_free(&out);
	/* ... in a bracket, or in a relative clause */
	out = extract("PALU - Jumlah pekerja di Sulawesi Tengah yang sudah terdaftar BPJS "
	              "Ketenagakerjaan hingga Mei 2025 mencapai 459.455 orang.\n"
	              "Komposisi peserta BPJS Ketenagakerjaan Sulteng, Mei 2025:\n"
	              "- Penerima upah (termasuk pekerja migran): 337.420 orang\n"
	              "- Bukan penerima upah: 76.757 orang\n"
	              "Sisanya pekerja jasa konstruksi.");
	cr_expect(has_figure(&out, "participants", "PU", 337420));
	angka_figure_list_free(&out);
	out = extract(
	        "PALU - Peserta BPJS Ketenagakerjaan di Sulawesi Tengah terbanyak berasal dari "
	        "kelompok penerima upah yang di dalamnya termasuk pekerja migran, yakni "
	        "337.420 orang.");
	cr_expect(has_figure(&out, "participants", "PU", 337420));
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

/* The risk protection is against says what it is for, not what a number
 * counts. */
Test(reading, the_risk_protection_is_against_counts_nothing)
{
	angka_figure_list out =
	        extract("PALEMBANG - Artinya masih ada 456.242 pekerja di Palembang "
	                "yang belum memiliki perlindungan BPJS Ketenagakerjaan atas "
	                "risiko kecelakaan kerja dan kematian.");
	cr_expect(has_figure(&out, "uncovered_workers", "all", 456242));
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

/* Those a crime story counts (the suspects the police hold) and the files a
 * claim is made of are no members and no cases. */
Test(reading, suspects_and_files_are_no_figures)
{
	angka_figure_list out = extract(
	        "BANYUWANGI - Satreskrim Polresta Banyuwangi mengamankan tiga orang yang "
	        "diduga memalsukan dokumen pencairan Jaminan Hari Tua (JHT) BPJS "
	        "Ketenagakerjaan. Petugas memeriksa 9 berkas klaim yang diajukan sejak Maret.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* "pekerja miskin ekstrem di sektor informal": the sector said right after
 * a group places it; the group is whom the count counts. */
Test(reading, the_sector_a_group_works_in_does_not_regroup_it)
{
	angka_figure_list out = extract(
	        "PURWOKERTO - Kepesertaan BPJS Ketenagakerjaan pekerja miskin ekstrem di sektor "
	        "informal di Kabupaten Banyumas masih sangat kecil, yakni 1.999 orang dari 223.022 "
	        "orang per April 2025.");
	cr_expect(has_figure(&out, "participants", "rentan", 1999));
	cr_expect(!has_figure(&out, "participants", "BPU", 1999));
	angka_figure_list_free(&out);
}

/* "pegawai non-ASN yang didaftarkan Pemkab Siak": who pays for a group
 * kept apart (guideline 10: non-ASN staff are `other`) does not make it
 * the government-funded vulnerable workers. */
Test(reading, who_pays_for_a_group_kept_apart_does_not_regroup_it)
{
	angka_figure_list out = extract(
	        "SIAK - Total manfaat yang dibayarkan BPJS Ketenagakerjaan Cabang Siak sepanjang "
	        "2022 mencapai Rp79,88 miliar untuk 5.551 kasus. Angka tersebut sudah mencakup "
	        "klaim pegawai non-ASN yang didaftarkan Pemkab Siak. Untuk kelompok ini, "
	        "pembayaran sepanjang 2022 mencapai Rp1.054.697.923 untuk 26 kasus.");
	cr_expect(has_figure(&out, "benefit_amount_idr", "other", 1054697923));
	cr_expect(has_figure(&out, "beneficiaries", "other", 26));
	angka_figure_list_free(&out);
	/* a vulnerable group a government registers stays vulnerable */
	out = extract("SIAK - Pemkab Siak mencatat 4.200 pekerja rentan yang didaftarkan Pemkab "
	              "Siak menjadi peserta BPJS Ketenagakerjaan pada 2022.");
	cr_expect(has_figure(&out, "participants", "rentan", 4200));
	angka_figure_list_free(&out);
}

/* "masih di bawah 25 persen", "kurang dari 1 persen": a bound the value is
 * under is no measurement; "hampir 50 persen" is a hedge of one
 * (annotation guideline 4). */
Test(reading, an_upper_bound_is_no_measurement)
{
	angka_figure_list out =
	        extract("MAMUJU - Cakupan BPJS Ketenagakerjaan di Sulawesi Barat masih di bawah 25 "
	                "persen. Di Kabupaten Mamuju, pekerja informal yang terlindungi belum "
	                "sampai 10 persen.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
	angka_figure_list_free(&out);
	out = extract("MAMUJU - Cakupan BPJS Ketenagakerjaan di Sulawesi Barat hampir 25 persen.");
	cr_expect(has_figure(&out, "coverage_pct", "all", 25));
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

/* "dengan anggaran daerah", "kepada warga miskin": the regional budget and
 * the poor said in words are the vulnerable workers a government pays for,
 * as "APBD" and "masyarakat miskin" are (guideline 10). */
Test(reading, the_regional_budget_in_words_funds_vulnerable_workers)
{
	angka_figure_list out =
	        extract("CIAMIS - Pemkab Pangandaran melindungi 3.150 nelayan sebagai peserta BPJS "
	                "Ketenagakerjaan dengan anggaran daerah pada 2024.");
	cr_expect(has_figure(&out, "participants", "rentan", 3150));
	angka_figure_list_free(&out);
	out = extract("JAMBI - Klaim BPJS Ketenagakerjaan yang dibayarkan kepada warga miskin di "
	              "Provinsi Jambi sepanjang 2023 terdiri atas 172 kasus Jaminan Kematian.");
	cr_expect(has_figure(&out, "beneficiaries", "rentan", 172));
	angka_figure_list_free(&out);
}

/* "... akan sulit tercapai tanpa dorongan anggaran daerah": a group said
 * to be without is not whom the figure is of. */
Test(reading, a_group_said_to_be_without_is_not_the_figures)
{
	angka_figure_list out = extract(
	        "JAKARTA - Target cakupan BPJS Ketenagakerjaan tahun 2025 sebesar 41,3% akan sulit "
	        "tercapai tanpa dorongan anggaran daerah.");
	cr_expect(has_figure(&out, "target_coverage_pct", "all", 41.3));
	angka_figure_list_free(&out);
}
