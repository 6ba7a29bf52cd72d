/* Whom a figure counts (its segment), read from whole articles through the
 * pipeline: the groups of lexicon/segments.tsv said of a figure, by their
 * local names, by who pays for them and by what they are said to be
 * without (docs/rules.md, "What the reading does not decide"). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "article_helper.h"

TestSuite(reading, .init = article_setup, .fini = article_teardown);

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

/* Village officials by their local names are segment other, as
 * "perangkat desa" is. */
Test(reading, village_officials_by_local_names_are_other)
{
	angka_figure_list out = extract("Pemkab Simalungun telah mendaftarkan 2.481 perangkat "
	                                "nagori sebagai peserta BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "other", 2481));
	angka_figure_list_free(&out);
}

/* "iurannya dibayarkan Pemprov" says the same as "ditanggung pemprov", and
 * Aceh calls its budgets APBA and APBK: the workers are `rentan`. */
Test(reading, a_government_that_pays_and_acehs_budgets_say_rentan)
{
	angka_figure_list out = extract(
	        "Pemkab Aceh Utara menanggung iuran BPJS Ketenagakerjaan 6.500 nelayan melalui "
	        "APBK 2025. Di Kabupaten Bireuen, pekerja bukan penerima upah yang terdaftar "
	        "mencapai 31.408 orang, termasuk 2.000 petani yang iurannya dibayarkan Pemkab "
	        "Bireuen.");
	for (size_t i = 0; i < out.n; i++) {
		if (out.items[i].value == 6500 || out.items[i].value == 2000)
			cr_expect_str_eq(out.items[i].segment, "rentan");
	}
	cr_expect(has_figure_in(&out, "participants", 6500, "Kabupaten Aceh Utara"));
	cr_expect(has_figure_in(&out, "participants", 2000, "Kabupaten Bireuen"));
	angka_figure_list_free(&out);
	/* a government that "menanggung iuran" of a group pays for them */
	out = extract("Pemkab Lingga menanggung iuran BPJS Ketenagakerjaan bagi 2.250 nelayan pada "
	              "2024.");
	cr_expect(out.n == 1 && strcmp(out.items[0].segment, "rentan") == 0);
	angka_figure_list_free(&out);
	/* "iurannya dibayar pemkot", "didaftarkan pemkab", "ditanggung daerah" */
	out = extract("Di Kota Tegal, nelayan yang iurannya dibayar pemkot tercatat 4.120 orang "
	              "peserta BPJS Ketenagakerjaan.");
	cr_expect(out.n == 1 && strcmp(out.items[0].segment, "rentan") == 0);
	angka_figure_list_free(&out);
	/* ... informal workers too, but not a group the guidelines set apart */
	out = extract("Untuk pekerja informal, Pemkab Lingga menanggung iuran BPJS Ketenagakerjaan "
	              "bagi 2.250 nelayan. Bagi pegawai non-ASN, Pemkab Lingga menanggung iuran "
	              "BPJS Ketenagakerjaan 3.200 peserta.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].segment, "rentan");
	cr_expect_str_eq(out.items[1].segment, "other");
	angka_figure_list_free(&out);
}

/* Non-ASN staff are `other`, but the labour force less civil servants
 * ("angkatan kerja non-ASN") is every worker. */
Test(reading, the_labour_force_less_civil_servants_is_everyone)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Maluku Tengah, dari 121.450 angkatan kerja non-ASN, peserta aktif "
	        "BPJS Ketenagakerjaan saat ini sebanyak 37.020 orang atau 31,2 persen.");
	cr_assert_eq(out.n, 3);
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_eq(out.items[i].segment, "all", "%g", out.items[i].value);
	angka_figure_list_free(&out);
}

/* "pekerja bukan ASN" are the workers the scheme is for, everyone but the
 * civil servants: segment all, as "di luar ASN" is. */
Test(reading, workers_who_are_not_civil_servants_are_everyone)
{
	angka_figure_list out =
	        extract("Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Tual baru "
	                "36,8 persen, atau 10.576 pekerja dari potensi 28.701 "
	                "pekerja bukan ASN di kota tersebut.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 28701));
	cr_expect(has_figure(&out, "participants", "all", 10576));
	angka_figure_list_free(&out);
}

/* "di luar pekerja jasa konstruksi, dari 160.072 pekerja ...": a group set
 * out of the count is not whom it counts. */
Test(reading, a_group_set_out_of_a_count_is_not_its_segment)
{
	angka_figure_list out = extract(
	        "Secara keseluruhan, di luar pekerja jasa konstruksi, dari 151.040 pekerja yang "
	        "wajib "
	        "terlindungi BPJS Ketenagakerjaan di Morowali sebanyak 118.410 orang telah menjadi "
	        "peserta aktif.");
	cr_expect(has_figure(&out, "eligible_workers", "all", 151040));
	cr_expect(has_figure(&out, "participants", "all", 118410));
	angka_figure_list_free(&out);
}

/* A group named in a relative clause that describes a place ("Kota Dumai,
 * yang menampung pekerja formal paling banyak, ...") says what the place
 * is, not whom the figures after it count. */
Test(reading, a_group_describing_a_place_is_not_the_figures_segment)
{
	angka_figure_list out = extract(
	        "Cakupan BPJS Ketenagakerjaan di Riau masih timpang.\n\nKota Dumai, yang "
	        "menampung pekerja formal paling banyak, berada di urutan kedua. Cakupannya "
	        "47,1 persen dengan 61.302 peserta aktif.");
	cr_expect(has_figure(&out, "participants", "all", 61302));
	cr_expect(has_figure(&out, "coverage_pct", "all", 47.1));
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

/* The workers of a construction project are construction workers. */
Test(reading, a_projects_workers_are_construction_workers)
{
	angka_figure_list out = extract(
	        "SEKAYU - Sebanyak 3.812 pekerja proyek pembangunan Jalan Tol Betung-Tempino-Jambi "
	        "di Musi Banyuasin sudah terlindungi program BPJS Ketenagakerjaan.");
	cr_expect(has_figure(&out, "participants", "jakon", 3812));
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

/* Groups named as examples of a group ("seperti", "antara lain", "yakni")
 * are of that group: non-ASN staff among the examples of wage earners do not
 * make the wage earners' count `other`. */
Test(reading, the_examples_of_a_group_are_of_that_group)
{
	angka_figure_list out = extract(
	        "PADANG - Peserta aktif BPJS Ketenagakerjaan di Kota Padang terdiri atas Penerima "
	        "Upah (PU), yakni pekerja yang menerima gaji dari pemberi kerja, antara lain "
	        "karyawan swasta dan pegawai non-ASN, sebanyak 98.450 peserta.");
	cr_expect(has_figure(&out, "participants", "PU", 98450));
	angka_figure_list_free(&out);
}
