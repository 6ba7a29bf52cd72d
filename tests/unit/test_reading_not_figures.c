/* Numbers that are no figure of the dataset, read from whole articles
 * through the pipeline: what an event, a company, a rule, a comparison, a
 * reason or a bound says (docs/rules.md, the `none` class and the templates
 * that rule numbers out; annotation guideline 1). */
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
	/* nor are a foreign scheme's members */
	out = extract("Peserta aktif BPJS Ketenagakerjaan di Kalimantan Barat 701.200 orang. Di "
	              "Sarawak, PERKESO mencatat lebih dari 700 ribu pekerja aktif yang dilindungi "
	              "skemanya.");
	cr_expect(has_figure(&out, "participants", "all", 701200));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
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
	/* nor an award's purse */
	out = extract("BPJS Ketenagakerjaan NTB menggelar Paritrana Award. Setiap pemenang "
	              "menerima trofi dan uang pembinaan sebesar Rp25 juta.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* Those a programme was explained to heard of it; they did not join it. */
Test(reading, those_a_programme_was_explained_to_are_no_participants)
{
	angka_figure_list out = extract(
	        "KENDARI - BPJS Ketenagakerjaan juga menyosialisasikan program perlindungan kepada "
	        "sekitar 150 pengemudi ojek daring di Kota Kendari.");
	cr_expect_eq(out.n, 0, "%zu figures", out.n);
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

/* Vacancies, businesses, patients and visitors a story counts are no
 * workers of the place, also right after a count of its members. */
Test(reading, vacancies_businesses_and_patients_are_no_members)
{
	angka_figure_list out = extract(
	        "SEMARANG - BPJS Ketenagakerjaan Jawa Tengah mencatat 4,2 juta peserta aktif per "
	        "Juni 2025. Job fair itu diikuti 52 perusahaan dengan 3.140 lowongan kerja. Ada "
	        "14.000 UMKM binaan di 15 kecamatan. Rumah sakit itu melayani 45.000 pasien.");
	cr_expect(has_figure(&out, "participants", "all", 4.2e6));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* What else people are handed (fertiliser, an allowance) is no benefit of
 * the scheme, nor are the scheme's own staff its members. */
Test(reading, fertiliser_allowances_and_the_schemes_staff_are_no_figures)
{
	angka_figure_list out = extract(
	        "MEDAN - BPJS Ketenagakerjaan Sumatera Utara mencatat 2,1 juta peserta aktif per "
	        "Juni 2025. Sebanyak 4.000 petani menerima pupuk bersubsidi. Sebanyak 120 karyawan "
	        "BPJS Ketenagakerjaan mengikuti donor darah. Sebanyak 900 guru menerima tunjangan "
	        "sertifikasi.");
	cr_expect(has_figure(&out, "participants", "all", 2.1e6));
	cr_expect_eq(out.n, 1, "%zu figures", out.n);
	angka_figure_list_free(&out);
}
