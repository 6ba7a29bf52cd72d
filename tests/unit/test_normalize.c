/* The normalize stage on whole articles (angka_normalize_article). */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, for exact_buffer.h */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/normalize.h"
#include "angka/parse.h"
#include "angka/pipeline.h"
#include "angka/segment.h"
#include "article_helper.h"
#include "domain_helper.h"
#include "util/lexicon.h"

/* A normalizer of the project rules' first domain. */
static int new_normalizer(angka_normalizer **out, angka_error *err)
{
	const angka_domain *domain = NULL;
	int rc = first_domain(&domain, ANGKA_SOURCE_DIR "/rules", err);
	return rc != ANGKA_OK ? rc : angka_normalizer_new(out, domain, err);
}

static angka_normalizer *norm;

static void setup(void)
{
	angka_error err = {0, ""};
	cr_assert_eq(new_normalizer(&norm, &err), ANGKA_OK, "%s", err.message);
}

static void teardown(void)
{
	angka_normalizer_free(norm);
}

TestSuite(normalize, .init = setup, .fini = teardown);

/* An article without hits leaves an empty list empty. Its items are still
 * NULL then: the sanitizer build (clang's UBSan) caught `NULL + 0` here. */
Test(normalize, an_article_without_hits_gives_no_figures)
{
	angka_article *article = article_of("BPJS Ketenagakerjaan di Jambi. Tidak ada angka.");
	angka_sentence *sentences = NULL;
	size_t n_sentences = 0;
	angka_error err = {0, ""};
	cr_assert_eq(angka_segment_article(&sentences, &n_sentences, article, &err), ANGKA_OK);
	angka_figure_list out = ANGKA_FIGURE_LIST_INIT;
	cr_expect_eq(angka_normalize_article(&out, norm, article, sentences, n_sentences, NULL, 0,
	                                     NULL, NULL, &err),
	             ANGKA_OK, "%s", err.message);
	cr_expect_eq(out.n, 0);
	cr_expect_null(out.items);
	angka_figure_list_free(&out);
	free(sentences);
	angka_article_free(article);
}

/* ---- the article's places and duplicates, through the pipeline ------------ */

TestSuite(article, .init = article_setup, .fini = article_teardown);

Test(article, a_bare_name_is_the_place_named_explicitly_elsewhere)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan mencatat peserta di Semarang sebanyak "
	                "12.345 peserta. Data itu dihimpun Kota Semarang.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kota Semarang");
	angka_figure_list_free(&out);
	out = extract("BPJS Ketenagakerjaan mencatat peserta di Semarang sebanyak 12.345 peserta. "
	              "Data itu dihimpun Kabupaten Semarang.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kabupaten Semarang");
	angka_figure_list_free(&out);
}

/* "Jumlah peserta ... 1,9 juta. Dari jumlah tersebut, 58 persen atau 1,1
 * juta orang merupakan peserta aktif, sedangkan sisanya 42 persen atau 0,8
 * juta orang merupakan peserta non aktif": the registered total, the shares
 * and the inactive are context (the audit checks the shares against them),
 * and what the dataset's figures are is settled as if they were not read. */
Test(article, registered_totals_shares_and_the_inactive_are_context)
{
	angka_figure_list out = extract_all(
	        "Jumlah peserta BPJS Ketenagakerjaan di Provinsi Riau mencapai 1,9 juta orang. "
	        "Dari jumlah tersebut, sebanyak 58 persen atau 1,1 juta orang merupakan peserta "
	        "aktif, sedangkan sisanya 42 persen atau 0,8 juta orang merupakan peserta non "
	        "aktif.");
	static const char *const metrics[] = {"registered", "share_pct", "participants",
	                                      "inactive_pct", "inactive_participants"};
	cr_assert_eq(out.n, 5);
	for (size_t i = 0; i < out.n; i++) {
		cr_expect_str_eq(out.items[i].metric, metrics[i]);
		cr_expect_eq(out.items[i].context, strcmp(metrics[i], "participants") != 0, "%s",
		             metrics[i]);
		cr_expect_str_eq(out.items[i].region, "Riau");
	}
	cr_expect_eq(out.items[0].value, 1900000);
	angka_figure_list_free(&out);
}

/* A place named after a value in a comparison is what the value is compared
 * with: the value speaks of the place its statement goes on from. */
Test(article, a_place_compared_with_is_not_the_values_before_it)
{
	static const char *const comparisons[] = {"jauh di bawah rata-rata NTB sebesar",
	                                          "lebih rendah dibandingkan Provinsi NTB yang "
	                                          "mencapai"};
	for (size_t c = 0; c < 2; c++) {
		char text[512];
		snprintf(text, sizeof text,
		         "Peserta BPJS Ketenagakerjaan di Lombok Timur mencapai 68.430 orang. "
		         "Artinya "
		         "cakupan kepesertaan baru 11,2 persen, %s 24,5 persen.",
		         comparisons[c]);
		angka_figure_list out = extract(text);
		cr_assert_eq(out.n, 3, "%s", comparisons[c]);
		cr_expect_str_eq(out.items[1].region, "Kabupaten Lombok Timur", "%s",
		                 comparisons[c]);
		cr_expect_str_eq(out.items[2].region, "Nusa Tenggara Barat", "%s", comparisons[c]);
		angka_figure_list_free(&out);
	}
}

/* Counts listed before one predicate share the segment it names, unless
 * the next count names what it counts itself. */
Test(article, counts_listed_before_one_predicate_share_its_segment)
{
	angka_figure_list out = extract(
	        "Sebanyak 850 petani dan 430 nelayan di Kabupaten Pesisir Selatan pada 2025 telah "
	        "terdaftar sebagai peserta BPJS Ketenagakerjaan secara mandiri.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].segment, "BPU");
	cr_expect_str_eq(out.items[1].segment, "BPU");
	angka_figure_list_free(&out);
	out = extract("Sebanyak 850 petani dan 430 pekerja konstruksi di Kabupaten Pesisir Selatan "
	              "telah terdaftar sebagai peserta BPJS Ketenagakerjaan secara mandiri.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].segment, "all");
	cr_expect_str_eq(out.items[1].segment, "jakon");
	angka_figure_list_free(&out);
}

Test(article, a_bare_pemkab_is_the_regency_named_most_else_first)
{
	angka_figure_list out =
	        extract("Kabupaten Kendal dan Kabupaten Batang menyambut BPJS Ketenagakerjaan. "
	                "Kabupaten Batang hadir. Pemkab mencatat 12.345 peserta BPJS "
	                "Ketenagakerjaan.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kabupaten Batang");
	angka_figure_list_free(&out);
	out = extract("Kabupaten Kendal dan Kabupaten Batang menyambut BPJS Ketenagakerjaan. "
	              "Pemkab mencatat 12.345 peserta BPJS Ketenagakerjaan.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kabupaten Kendal", "a tie: the one named first");
	angka_figure_list_free(&out);
}

Test(article, a_figure_stated_again_with_its_year_replaces_the_first_in_text_order)
{
	const char *text = "Di Kota Jambi tercatat 12.345 peserta BPJS Ketenagakerjaan. "
	                   "Di Kota Jambi tercatat 23.456 peserta BPJS Ketenagakerjaan. "
	                   "Pada tahun 2024 di Kota Jambi tercatat 23.456 peserta BPJS "
	                   "Ketenagakerjaan. "
	                   "Pada tahun 2024 di Kota Jambi tercatat 12.345 peserta BPJS "
	                   "Ketenagakerjaan.";
	angka_figure_list out = extract(text);
	cr_assert_eq(out.n, 2);
	cr_expect_eq(out.items[0].value, 23456);
	cr_expect_eq(out.items[1].value, 12345);
	for (size_t i = 0; i < out.n; i++) {
		cr_expect_str_eq(out.items[i].as_of, "2024", "the statement with its year is kept");
		cr_expect(strncmp(out.items[i].sentence, "Pada tahun 2024", 15) == 0);
	}
	cr_expect_lt(out.items[0].start, out.items[1].start, "text order");
	angka_figure_list_free(&out);
}

Test(article, a_value_written_two_ways_is_one_figure)
{
	angka_figure_list out = extract("Di Kota Jambi tercatat 2,8 juta peserta BPJS "
	                                "Ketenagakerjaan. Pada tahun 2024 di Kota Jambi tercatat "
	                                "2.800.000 peserta BPJS Ketenagakerjaan.");
	cr_assert_eq(out.n, 1);
	cr_expect_eq(out.items[0].value, 2800000);
	cr_expect_str_eq(out.items[0].as_of, "2024");
	angka_figure_list_free(&out);
}

/* With no publication date, the periods the text names stand in for it; a
 * comparison "periode yang sama tahun lalu" is the month spoken of, a year
 * back, and a count "hingga pertengahan tahun ini" is as of that month. */
Test(article, an_undated_article_is_dated_by_the_periods_it_names)
{
	angka_figure_list out = extract(
	        "Hingga Maret 2024, peserta BPJS Ketenagakerjaan di Kota Jambi mencapai 45.000 "
	        "peserta, naik dibandingkan periode yang sama tahun lalu sebanyak 40.000 "
	        "peserta.\n\n"
	        "Hingga pertengahan tahun ini, 12.000 pekerja rentan di Kota Jambi terdaftar "
	        "sebagai peserta BPJS Ketenagakerjaan.");
	cr_assert_eq(out.n, 3);
	cr_expect_str_eq(out.items[0].as_of, "2024-03");
	cr_expect_str_eq(out.items[1].as_of, "2023-03", "the same period a year earlier");
	cr_expect_str_eq(out.items[2].as_of, "2024-03", "up to this year: as of now");
	angka_figure_list_free(&out);
}

/* A target's year ("menargetkan ... pada 2025") and a year still to come
 * ("2025 mendatang") may follow the statement: neither dates it. */
Test(article, an_undated_article_is_not_dated_by_the_years_it_aims_at)
{
	angka_figure_list out = extract(
	        "BANDARLAMPUNG - Sepanjang 2024, BPJS Ketenagakerjaan Lampung membayar klaim Rp 10 "
	        "miliar kepada 500 peserta. Cakupan kepesertaan di Provinsi Lampung per September "
	        "ini baru 24,86 persen. Pemprov menargetkan cakupan 38,39 persen pada 2025.");
	cr_assert_eq(out.n, 4);
	cr_expect_str_eq(out.items[2].as_of, "2024-09", "September of the year it was said");
	cr_expect_str_eq(out.items[3].as_of, "2025", "a target its target year");
	angka_figure_list_free(&out);
	out = extract(
	        "BANDARLAMPUNG - Cakupan kepesertaan BPJS Ketenagakerjaan di Lampung per September "
	        "ini baru 24,86 persen. Pada 2025 mendatang, cakupan ditargetkan 38,39 persen.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].as_of, "2024-09");
	angka_figure_list_free(&out);
}

/* Dated only by its publication: a stock, and a base of workers no sentence
 * dates, as of that month; benefits paid (a flow) of that year. */
Test(article, a_flow_dated_by_the_publication_takes_its_year)
{
	angka_figure_list out = extract(
	        "URL: https://example.com/berita/2023/11/klaim-bpjs-ketenagakerjaan\n\n"
	        "BPJS Ketenagakerjaan Kota Jambi telah membayar klaim sebesar Rp 10 miliar. "
	        "Peserta mencapai 45.000 orang dari 120.000 pekerja yang memenuhi "
	        "syarat.");
	cr_assert_eq(out.n, 3);
	cr_expect_str_eq(out.items[0].metric, "benefit_amount_idr");
	cr_expect_str_eq(out.items[0].as_of, "2023", "a flow: %s", out.items[0].as_of);
	cr_expect_str_eq(out.items[1].as_of, "2023-11", "a stock: %s", out.items[1].as_of);
	cr_expect_str_eq(out.items[2].metric, "eligible_workers");
	cr_expect_str_eq(out.items[2].as_of, "2023-11", "a base: %s", out.items[2].as_of);
	angka_figure_list_free(&out);
}

/* A range is one figure, its lower bound, with the scale both ends share. */
Test(article, a_range_is_its_lower_bound_at_the_scale_it_shares)
{
	angka_figure_list out = extract("BPJS Ketenagakerjaan mencatat peserta BPU di Kabupaten "
	                                "Kediri sekitar 20-25 ribu orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_eq(out.items[0].value, 20000, "%g", out.items[0].value);
	cr_expect_eq(out.items[0].high, 25000, "%g", out.items[0].high);
	angka_figure_list_free(&out);
}

Test(article, an_undated_article_takes_the_year_its_url_names)
{
	angka_figure_list out =
	        extract("URL: https://example.com/berita/peserta-bpjs-ketenagakerjaan-2023-naik\n\n"
	                "Peserta BPJS Ketenagakerjaan di Kota Jambi saat ini mencapai 45.000 "
	                "peserta.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].as_of, "2023");
	angka_figure_list_free(&out);
	out = extract(
	        "URL: https://example.com/2024/05/peserta-bpjs-ketenagakerjaan.html\n\n"
	        "Peserta BPJS Ketenagakerjaan di Kota Jambi saat ini mencapai 45.000 peserta.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].as_of, "2024-05", "a path's year and month");
	angka_figure_list_free(&out);
}

/* A place in the title of whoever speaks ("Kepala Kantor Wilayah ...
 * Sulawesi Maluku mengatakan") is the speaker's office: what is said after
 * speaks of the place the paragraph is about. */
Test(article, the_speakers_office_is_not_what_the_figures_speak_of)
{
	angka_figure_list out = extract(
	        "Di Sulawesi Selatan, BPJS Ketenagakerjaan mendorong perluasan kepesertaan. "
	        "Kepala Kantor Wilayah BPJS Ketenagakerjaan Sulawesi Maluku mengatakan, pekerja "
	        "penerima upah yang sudah terlindungi sebanyak 812.450 orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Sulawesi Selatan");
	angka_figure_list_free(&out);
	out = extract("Kantor Wilayah BPJS Ketenagakerjaan Sulawesi Maluku mencatat 1.200.000 "
	              "peserta aktif.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Sulawesi Maluku", "the office itself reports");
	angka_figure_list_free(&out);
}

/* National bodies file from the capital: its dateline is no province. */
/* Of a city and its province named once each, the story is about the one
 * its lead names. */
Test(article, of_places_named_as_often_the_story_is_about_the_first)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Pekanbaru Kota membayar klaim Rp 412,5 miliar.\n\n"
	        "Rinciannya, klaim JHT sebanyak 24.100 kasus senilai Rp 355 miliar.\n\n"
	        "Total klaim di wilayah Riau mencapai Rp 1,3 triliun.");
	cr_assert_eq(out.n, 4);
	cr_expect_str_eq(out.items[1].region, "Kota Pekanbaru", "%s", out.items[1].region);
	cr_expect_str_eq(out.items[3].region, "Riau");
	angka_figure_list_free(&out);
}

Test(article, a_story_filed_from_the_capital_that_names_no_place_is_national)
{
	angka_figure_list out = extract("JAKARTA - BPJS Ketenagakerjaan mencatat jumlah peserta "
	                                "aktif mencapai 1.250.000 orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Indonesia");
	angka_figure_list_free(&out);
	out = extract("SAMARINDA - BPJS Ketenagakerjaan mencatat jumlah peserta aktif mencapai "
	              "1.250.000 orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kalimantan Timur",
	                 "another dateline is its province");
	angka_figure_list_free(&out);
}

/* A national body's figures filed from the capital, said of no place, are
 * the country's also when the story goes on to rank provinces, and also when
 * its title names the province that ranks first. */
Test(article, a_capital_lead_of_no_place_is_national_above_the_provinces_it_ranks)
{
	angka_figure_list out = extract(
	        "Klaim JKP Melonjak, Jawa Barat Sumbang Penerima Terbanyak\n\n"
	        "Bisnis.com, JAKARTA - BPJS Ketenagakerjaan mencatat penerima manfaat JKP "
	        "sepanjang Januari-Juli 2025 mencapai 61.842 orang.\n\n"
	        "Jawa Barat mencatat penerima JKP terbanyak, yakni 17.410 orang. Klaim di Jawa "
	        "Barat naik tajam.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].region, "Indonesia", "%s", out.items[0].region);
	cr_expect_str_eq(out.items[1].region, "Jawa Barat");
	angka_figure_list_free(&out);
}

/* "... di Jakarta, Senin (8/12/2025)": where and when something was said,
 * not what the figure speaks of. */
Test(article, where_something_was_said_on_a_day_is_a_venue)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kota Padang mencapai 120.000 orang.\n\n"
	        "Pekerja informal yang terdaftar di Jakarta, Senin (8/12/2025), baru 30.000 "
	        "orang.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].region, "Kota Padang", "%s", out.items[1].region);
	angka_figure_list_free(&out);
}

/* "Kabupaten Musi Banyuasin (Muba), Sumatera Selatan": the province past
 * the gloss still only says where the regency is. */
Test(article, a_province_after_a_glossed_regency_qualifies_it)
{
	angka_figure_list out = extract(
	        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Musi Banyuasin (Muba), "
	        "Sumatera Selatan, per Oktober 2024 mencapai 41,80 persen.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kabupaten Musi Banyuasin", "%s",
	                 out.items[0].region);
	angka_figure_list_free(&out);
}

/* A paragraph of one sentence that names one regency and no number ("Apa
 * persoalan di Gunungkidul?") introduces what the next paragraph says. */
Test(article, a_one_sentence_paragraph_naming_a_regency_introduces_the_next)
{
	angka_figure_list out =
	        extract("Peserta aktif BPJS Ketenagakerjaan di DIY sebanyak 612.450 orang.\n\n"
	                "Apa persoalan di Kabupaten Gunungkidul?\n\n"
	                "Sebagian besar warganya petani. Dari sekitar 430 ribu pekerja, yang "
	                "terdaftar baru "
	                "104.000 orang.");
	cr_assert_eq(out.n, 3, "%zu figures", out.n);
	cr_expect_str_eq(out.items[2].region, "Kabupaten Gunungkidul", "%s", out.items[2].region);
	angka_figure_list_free(&out);
}

/* "di kabupaten bahari itu" points back at the regency named last, as
 * "kabupaten itu" does, whatever word describes it. */
Test(article, a_level_described_and_pointed_at_is_the_last_named)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Sorong mencatat 61.337 peserta di Kota Sorong.\n\n"
	        "Di Kabupaten Raja Ampat capaiannya lebih rendah dibanding Kota Sorong. Dari "
	        "sekitar "
	        "23 ribu pekerja di kabupaten bahari itu, baru 6.912 orang yang tercatat sebagai "
	        "peserta.");
	cr_assert_eq(out.n, 3, "%zu figures", out.n);
	cr_expect_str_eq(out.items[2].region, "Kabupaten Raja Ampat", "%s", out.items[2].region);
	angka_figure_list_free(&out);
	/* two words describe it as well as one */
	out = extract(
	        "Kabupaten Morowali berada di Sulawesi Tengah. Cakupan BPJS Ketenagakerjaan di "
	        "kabupaten penghasil nikel itu mencapai 86,40 persen.");
	cr_assert_eq(out.n, 1, "%zu figures", out.n);
	cr_expect_str_eq(out.items[0].region, "Kabupaten Morowali", "%s", out.items[0].region);
	angka_figure_list_free(&out);
}

/* A person's name set off by commas after a title may end in a place's
 * name ("Agustinus Dua Bali"): it names no place. */
Test(article, a_name_after_a_title_names_no_place)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Cabang Maumere melayani Kabupaten Sikka.\n\n"
	        "Kepala BPJS Ketenagakerjaan Cabang Maumere, Agustinus Dua Bali, merinci klaim "
	        "Jaminan Hari Tua sebanyak 3.987 kasus.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kabupaten Sikka", "%s", out.items[0].region);
	angka_figure_list_free(&out);
	/* the capital of the province is the city, not the province */
	out = extract(
	        "Di Kalimantan Barat, 163.912 pekerja di Kota Pontianak sudah terlindungi BPJS "
	        "Ketenagakerjaan. Jumlah itu setara 57,02 persen dari pekerja yang menjadi "
	        "sasaran UCJ di ibu kota provinsi tersebut.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].region, "Kota Pontianak", "%s", out.items[1].region);
	angka_figure_list_free(&out);
}

/* A dateline under a breadcrumb, a standfirst and a byline is still where
 * the story was filed from, not a place a figure speaks of. */
Test(article, a_dateline_below_the_page_furniture_is_a_dateline)
{
	angka_figure_list out =
	        extract("Klaim JKP Melonjak 47 Persen\n\nBisnis.com > Finansial > Asuransi\n\n"
	                "Gelombang PHK mendorong lonjakan klaim Jaminan Kehilangan Pekerjaan.\n\n"
	                "Galih Permana Putra - Bisnis.com\n\n"
	                "Bisnis.com, JAKARTA - BPJS Ketenagakerjaan mencatat penerima manfaat JKP "
	                "sepanjang Januari-Juli 2025 mencapai 61.842 orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Indonesia", "%s", out.items[0].region);
	angka_figure_list_free(&out);
	/* a list's item further down is no dateline */
	out = extract("Cakupan Jamsostek Malut 40 Persen\n\nTERNATE, MALUTPOS - Cakupan BPJS "
	              "Ketenagakerjaan di Maluku Utara mencapai 40,12 persen.\n\nBerikut capaian "
	              "kabupaten/kota:\n\nKota Tidore Kepulauan: 58,20 persen\n\n"
	              "Kota Ternate: 63,48 persen\n");
	cr_assert_eq(out.n, 3);
	cr_expect_str_eq(out.items[2].region, "Kota Ternate", "%s", out.items[2].region);
	angka_figure_list_free(&out);
}

/* "Pemerintah kota" in a story that names no city is the city its dateline
 * files from, not the province it is compared with. */
Test(article, a_bare_city_government_is_the_datelines_city)
{
	angka_figure_list out = extract(
	        "SORONG, RADARSORONG.ID - Pemerintah kota mendaftarkan ketua RT ke program BPJS "
	        "Ketenagakerjaan.\n\nHingga Juni 2025, tercatat 62.407 pekerja yang sudah aktif "
	        "sebagai peserta.\n\nCapaian itu lebih baik dibanding rata-rata Provinsi Papua "
	        "Barat Daya.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kota Sorong", "%s", out.items[0].region);
	angka_figure_list_free(&out);
}

/* No province holds 41 million participants: inside a provincial story the
 * national count, the share its sentence gives and what the paragraph goes on
 * to say of it are the country's; the province's own figures stay its own. */
Test(article, a_count_no_province_holds_is_national_in_a_regional_story)
{
	angka_figure_list out =
	        extract("SAMARINDA - BPJS Ketenagakerjaan Kalimantan Timur mencatat 1.250.000 "
	                "peserta aktif. Secara umum jumlah peserta aktif mencapai 41,56 juta "
	                "orang atau 38,1 persen. Dari jumlah itu peserta BPU 9,3 juta orang.");
	cr_assert_eq(out.n, 4);
	cr_expect_str_eq(out.items[0].region, "Kalimantan Timur");
	cr_expect_str_eq(out.items[1].region, "Indonesia", "41,56 juta: %s", out.items[1].region);
	cr_expect_str_eq(out.items[2].region, "Indonesia", "its share: %s", out.items[2].region);
	cr_expect_str_eq(out.items[3].region, "Indonesia", "the paragraph's next: %s",
	                 out.items[3].region);
	angka_figure_list_free(&out);
}

/* One value for a list of groups is for them together. */
Test(article, a_value_for_a_list_of_segments_is_for_them_together)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Jawa Tengah mencatat 6.000 peserta jasa konstruksi dan "
	        "pekerja migran. Peserta pekerja formal dan informal sebanyak 500.000 orang. "
	        "Baik sektor formal, informal maupun jasa konstruksi, pesertanya 400.000 orang.");
	cr_assert_eq(out.n, 3);
	cr_expect_str_eq(out.items[0].segment, "other", "two groups: %s", out.items[0].segment);
	cr_expect_str_eq(out.items[1].segment, "all", "everyone: %s", out.items[1].segment);
	cr_expect_str_eq(out.items[2].segment, "all", "three groups: %s", out.items[2].segment);
	angka_figure_list_free(&out);
}

/* "Pembayaran itu ..." opening a paragraph points back at the sentence
 * before it; the values it lists for "JKM dan Beasiswa" are paid under them
 * together, so they stay benefits, not scholarships. */
Test(article, a_noun_pointed_back_at_opens_a_sentence_that_goes_on_from_the_last)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Siak membayar klaim untuk Non ASN sebesar "
	        "Rp1.054.697.923.\n\n"
	        "Pembayaran itu terdiri dari JKK sebanyak 2 kasus dengan klaim Rp11 juta, JKM dan "
	        "Beasiswa sebanyak 24 kasus dengan klaim Rp900 juta.");
	cr_assert_eq(out.n, 5);
	for (size_t i = 1; i < out.n; i++)
		cr_expect_str_eq(out.items[i].segment, "other", "%zu: %s", i, out.items[i].segment);
	cr_expect_str_eq(out.items[3].metric, "beneficiaries", "%s", out.items[3].metric);
	cr_expect_str_eq(out.items[4].metric, "benefit_amount_idr", "%s", out.items[4].metric);
	angka_figure_list_free(&out);
	/* Times and connectives built the same way do not point back. */
	out = extract("BPJS Ketenagakerjaan Siak membayar klaim untuk Non ASN sebesar "
	              "Rp1.054.697.923.\n\nSaat ini peserta aktif di Siak sebanyak 76.184 orang.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].segment, "all", "%s", out.items[1].segment);
	angka_figure_list_free(&out);
}

/* A sentence that gives values for several segments hands none of them on. */
Test(article, a_sentence_naming_several_segments_hands_none_on)
{
	angka_figure_list out = extract(
	        "Peserta BPJS Ketenagakerjaan di NTT terdiri dari BPU 1.000.000 orang dan PU "
	        "600.000 orang. Data ini menunjukkan masih ada 1.100.000 pekerja yang belum "
	        "terlindungi.");
	cr_assert_eq(out.n, 3);
	cr_expect_str_eq(out.items[2].metric, "uncovered_workers");
	cr_expect_str_eq(out.items[2].segment, "all", "%s", out.items[2].segment);
	angka_figure_list_free(&out);
}

/* "Selain PMI, ...": a group set apart is not the one the figure is of. */
Test(article, a_group_set_apart_is_not_the_figures_segment)
{
	angka_figure_list out = extract("Selain PMI, cakupan kepesertaan BPJS Ketenagakerjaan di "
	                                "Nusa Tenggara Barat baru 29,4 persen.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].segment, "all", "%s", out.items[0].segment);
	angka_figure_list_free(&out);
}

/* "61.200 merupakan pekerja penerima upah": a copula after the value says
 * what the counted are, over a word for the whole before it. */
Test(article, a_copula_after_the_value_names_its_segment)
{
	angka_figure_list out =
	        extract("Peserta BPJS Ketenagakerjaan di Maluku tercatat 98.450 orang. Dari total "
	                "peserta, sebanyak 61.200 merupakan pekerja penerima upah.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].segment, "PU", "%s", out.items[1].segment);
	angka_figure_list_free(&out);
}

/* A count for a list of places is theirs together: the regional office's
 * grouping, not each province's; a percentage each of them has. */
Test(article, a_count_for_a_list_of_places_is_theirs_together)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Kanwil Sumbagut mencatat jumlah peserta aktif di Sumatera "
	        "Utara dan Aceh sebanyak 2,45 juta orang. Cakupan di Kota Medan dan Kota Binjai "
	        "sama-sama 55 persen.");
	cr_assert_eq(out.n, 3);
	cr_expect_str_eq(out.items[0].region, "Sumbagut", "%s", out.items[0].region);
	cr_expect_str_eq(out.items[1].region, "Kota Medan");
	cr_expect_str_eq(out.items[2].region, "Kota Binjai");
	angka_figure_list_free(&out);
}

/* "Angka itu ...": the segment of the sentence it goes on from, unless one
 * binds to its own value. */
Test(article, a_sentence_going_on_from_the_last_speaks_of_its_segment)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Kutai Timur, sebanyak 77.074 pekerja informal telah menjadi peserta "
	        "BPJS Ketenagakerjaan. Angka itu menandai 35 persen coverage, berkat program yang "
	        "menyasar pekerja rentan.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].metric, "coverage_pct");
	cr_expect_str_eq(out.items[1].segment, "BPU");
	angka_figure_list_free(&out);
}

/* "kategori ini" names the category of the sentence before, also when a
 * new paragraph (a quote) starts between them. */
Test(article, this_category_is_the_one_named_before_across_paragraphs)
{
	angka_figure_list out = extract(
	        "Di Kabupaten Banyumas, untuk pekerja non-ASN jumlah peserta BPJS Ketenagakerjaan "
	        "tercatat sebanyak 12.171 dari potensi 51.674 orang.\n\n"
	        "\"Tingkat perlindungan untuk kategori ini baru menyentuh 23,6 persen.\"");
	cr_assert_eq(out.n, 3);
	cr_expect_str_eq(out.items[2].metric, "coverage_pct");
	cr_expect_str_eq(out.items[2].segment, out.items[0].segment);
	cr_expect_str_neq(out.items[2].segment, "all");
	angka_figure_list_free(&out);
}

/* "berturut-turut" over segments, as over places: one value each. */
Test(article, a_list_of_values_goes_to_the_segments_listed_before_it)
{
	angka_figure_list out =
	        extract("Di Kota Kupang, jumlah peserta BPJS Ketenagakerjaan PU dan "
	                "BPU berturut-turut 38.100 dan 14.200 pekerja.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].segment, "PU");
	cr_expect_eq(out.items[0].value, 38100);
	cr_expect_str_eq(out.items[1].segment, "BPU");
	cr_expect_eq(out.items[1].value, 14200);
	angka_figure_list_free(&out);
}

/* Bare numbers listed before a noun share it: "45.000 dan 30.000 peserta
 * bukan penerima upah" are both BPU. A copula after the last number speaks
 * of it alone. */
Test(article, numbers_listed_before_a_noun_share_its_segment)
{
	angka_figure_list out =
	        extract("Kota Padang dan Kabupaten Agam masing-masing mencatat 45.000 "
	                "dan 30.000 peserta bukan penerima upah BPJS Ketenagakerjaan.");
	cr_assert_eq(out.n, 2);
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_eq(out.items[i].segment, "BPU", "%zu: %s", i, out.items[i].segment);
	angka_figure_list_free(&out);
	out = extract("Peserta BPJS Ketenagakerjaan di Jambi dari jasa konstruksi sebanyak 7.200 "
	              "orang, dan 3.800 adalah bukan penerima upah.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].segment, "jakon", "%s", out.items[0].segment);
	cr_expect_str_eq(out.items[1].segment, "BPU", "%s", out.items[1].segment);
	angka_figure_list_free(&out);
}

/* "di tingkat provinsi", "provinsi ini": the province of the story, also
 * when the story names only its city. */
Test(article, a_province_named_without_a_name_is_the_stories)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kota Padang mencapai 180.000 orang. "
	        "Sementara di tingkat provinsi, cakupan kepesertaan baru 38 persen. Di provinsi "
	        "ini masih ada 1,2 juta pekerja yang belum terlindungi.");
	cr_assert_eq(out.n, 3);
	cr_expect_str_eq(out.items[0].region, "Kota Padang", "%s", out.items[0].region);
	cr_expect_str_eq(out.items[1].region, "Sumatera Barat", "%s", out.items[1].region);
	cr_expect_str_eq(out.items[2].region, "Sumatera Barat", "%s", out.items[2].region);
	angka_figure_list_free(&out);
}

/* The period a figure is compared with ("dari periode yang sama tahun
 * sebelumnya") is no period of what the article reports after it. */
Test(article, a_period_compared_with_is_not_carried_on)
{
	angka_figure_list out = extract(
	        "Peserta BPJS Ketenagakerjaan Jambi\n\nRabu, 12 Maret 2025\n\n"
	        "Terjadi kenaikan sebesar 20.000 peserta dari periode yang sama tahun sebelumnya. "
	        "Peserta aktif di Provinsi Jambi kini 450.000 orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].as_of, "2025-03", "%s", out.items[0].as_of);
	angka_figure_list_free(&out);
}

/* A title's rounded figure names the segment its body restates precisely
 * without naming one: one figure, of that segment. */
Test(article, a_rounded_restatement_lends_its_segment)
{
	angka_figure_list out = extract(
	        "Kepesertaan Pekerja Informal di Kota Madiun Capai 20 Ribu Orang\n\n"
	        "BPJS Ketenagakerjaan Cabang Madiun mencatat jumlah peserta mencapai 20.150 orang. "
	        "Total peserta aktif di Kota Madiun sebanyak 85.000 orang.");
	cr_assert_eq(out.n, 2);
	cr_expect_float_eq(out.items[0].value, 20150, 1e-9);
	cr_expect_str_eq(out.items[0].segment, "BPU", "%s", out.items[0].segment);
	cr_expect_str_eq(out.items[1].segment, "all", "%s", out.items[1].segment);
	angka_figure_list_free(&out);
}

/* One value stated twice at two precisions ("31,2 persen" in the lead,
 * "31,20%" in the table) is one figure, kept once, not lost both times. */
Test(article, a_value_stated_at_two_precisions_is_kept_once)
{
	angka_figure_list out = extract(
	        "Mataram (ANTARA) - Cakupan kepesertaan BPJS Ketenagakerjaan di Nusa Tenggara "
	        "Barat hingga Juni 2021 baru mencapai 31,2 persen.\n\n"
	        "Wilayah | Peserta Aktif | Potensi | Capaian\n"
	        "NTB | 541.164 | 1.734.500 | 31,20%\n");
	size_t coverage = 0;
	for (size_t i = 0; i < out.n; i++)
		coverage += strcmp(out.items[i].metric, "coverage_pct") == 0;
	cr_expect_eq(coverage, 1, "%zu coverage figures", coverage);
	cr_expect_eq(out.n, 3, "%zu figures", out.n);
	angka_figure_list_free(&out);
}

/* The office named after the verb that reports a quote is the speaker's,
 * not the place the quoted figures are of. */
Test(article, the_office_after_kata_is_the_speakers)
{
	angka_figure_list out = extract(
	        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Batang baru 30,2 persen.\n\n"
	        "\"Jumlah peserta aktif saat ini 75.500 orang,\" kata Kepala BPJS Ketenagakerjaan "
	        "Cabang Pekalongan, Budi.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].region, "Kabupaten Batang", "%s", out.items[1].region);
	angka_figure_list_free(&out);
}

/* A year between a value and the segment the sentence says its counted
 * are in ("melalui APBD 2025 sebagai pekerja rentan") is no other quantity. */
Test(article, a_year_does_not_part_a_value_from_its_segment)
{
	angka_figure_list out =
	        extract("Pemkab Padang Pariaman menanggung iuran BPJS Ketenagakerjaan "
	                "2.150 nelayan dan petani melalui APBD 2025 sebagai pekerja "
	                "rentan.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].segment, "rentan", "%s", out.items[0].segment);
	angka_figure_list_free(&out);
}

/* The same value stated twice of one place, once with its segment named,
 * is one figure of that segment. */
Test(article, the_same_value_restated_takes_the_segment_named_next_to_it)
{
	angka_figure_list out = extract(
	        "Pada tahun 2024, pemerintah daerah di Maluku Utara telah menganggarkan "
	        "perlindungan "
	        "jaminan sosial ketenagakerjaan kepada 58.365 pekerja. \"Terima kasih kepada "
	        "pemerintah daerah di Maluku Utara yang pada tahun 2024 telah melakukan "
	        "perlindungan melalui dana kepada 58.365 pekerja,\" kata Mintje.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].segment, "rentan", "%s", out.items[0].segment);
	angka_figure_list_free(&out);
}

/* A place that opens the first paragraph with a comma is a dateline only
 * when it is written as one (capitals, or a dash or bracket soon after). */
Test(article, a_place_and_its_province_open_a_statement_not_a_dateline)
{
	angka_figure_list out = extract("Kabupaten Bogor, Jawa Barat, mencatat 812.400 peserta "
	                                "aktif BPJS Ketenagakerjaan.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kabupaten Bogor", "%s", out.items[0].region);
	angka_figure_list_free(&out);
	out = extract("Bogor, Kompas.com - Kota Depok mencatat 312.400 peserta aktif BPJS "
	              "Ketenagakerjaan.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kota Depok", "%s", out.items[0].region);
	angka_figure_list_free(&out);
}

/* A "non-" group right after a segment narrows it: the head is the first. */
Test(article, a_non_group_after_a_segment_narrows_it)
{
	angka_figure_list out =
	        extract("Bagi pekerja rentan non-aparatur sipil negara, Pemkot Cimahi menanggung "
	                "iuran 12.500 peserta BPJS Ketenagakerjaan. Bagi pegawai non-ASN, Pemkot "
	                "Cimahi menanggung iuran 3.200 peserta BPJS Ketenagakerjaan.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].segment, "rentan", "%s", out.items[0].segment);
	cr_expect_str_eq(out.items[1].segment, "other", "%s", out.items[1].segment);
	angka_figure_list_free(&out);
}

/* A contrast ("sementara", "sedangkan") turns to another subject: the
 * segment named before it is not the one of the value after it. */
Test(article, a_contrast_turns_from_the_segment_before_it)
{
	angka_figure_list out = extract("Perlindungan PMI BPJS Ketenagakerjaan terus meningkat, "
	                                "sementara cakupan pekerja di NTB masih 24 persen.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].segment, "all", "%s", out.items[0].segment);
	angka_figure_list_free(&out);
	out = extract(
	        "Sebanyak 35.400 PMI asal NTB terdaftar sebagai peserta BPJS Ketenagakerjaan. "
	        "Data tersebut menunjukkan peserta aktif di NTB secara total mencapai 310.000 "
	        "orang.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].segment, "all", "secara total: %s", out.items[1].segment);
	angka_figure_list_free(&out);
}

/* "tahun 2023 dan 2024 masing-masing 35 persen dan 41 persen": one value
 * per period listed. */
Test(article, values_listed_for_listed_years_take_one_each)
{
	angka_figure_list out =
	        extract("Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Kediri tahun "
	                "2023 dan 2024 masing-masing 35 persen dan 41 persen.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].as_of, "2023", "%s", out.items[0].as_of);
	cr_expect_str_eq(out.items[1].as_of, "2024", "%s", out.items[1].as_of);
	angka_figure_list_free(&out);
	out = extract(
	        "Klaim BPJS Ketenagakerjaan yang dibayarkan di Kota Kediri pada 2022, 2023 dan "
	        "2024 berturut-turut Rp 10 miliar, Rp 12 miliar, dan Rp 15 miliar.");
	cr_assert_eq(out.n, 3);
	for (size_t i = 0; i < out.n; i++) {
		char want[8];
		snprintf(want, sizeof want, "%zu", 2022 + i);
		cr_expect_str_eq(out.items[i].as_of, want, "%zu: %s", i, out.items[i].as_of);
	}
	angka_figure_list_free(&out);
}

/* A headline's comma joins two statements: the segment of the first is not
 * the second's figure's. */
Test(article, a_headline_comma_parts_two_statements)
{
	angka_figure_list out = extract(
	        "Pemda DIY Perluas Perlindungan Pekerja Rentan, UCJ DIY 2024 Capai 44,7 Persen\n\n"
	        "Hingga akhir 2024 capaian UCJ BPJS Ketenagakerjaan di DIY sebesar 44,7 persen.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].segment, "all", "%s", out.items[0].segment);
	angka_figure_list_free(&out);
}

/* Where a press meeting was held ("dalam temu media di Balikpapan") is no
 * place a figure is of. */
Test(article, a_press_meetings_place_is_a_venue)
{
	angka_figure_list out = extract(
	        "Peserta aktif BPJS Ketenagakerjaan di Kalimantan Timur mencapai 1,2 juta "
	        "pekerja.\n\n"
	        "Kepala Kantor Wilayah menyampaikan hal itu dalam temu media di Balikpapan. Ia "
	        "menambahkan, beasiswa telah diberikan kepada 3.215 anak peserta.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].region, "Kalimantan Timur", "%s", out.items[1].region);
	angka_figure_list_free(&out);
}

/* "Peserta rentan", "kelompok rentan": the vulnerable, like "pekerja
 * rentan". */
Test(article, peserta_rentan_are_the_vulnerable)
{
	angka_figure_list out =
	        extract("Peserta rentan BPJS Ketenagakerjaan se-Kabupaten Bojonegoro "
	                "sebanyak 12.000 orang.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].segment, "rentan", "%s", out.items[0].segment);
	angka_figure_list_free(&out);
}

/* A series of base statistics of one place shares the year the first
 * states ("berdasarkan data BPS 2022"); another place's base does not. */
Test(article, bases_of_one_place_share_their_stated_year)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Kudus\n\nRabu, 29 November 2023\n\n"
	        "Menurut data BPS pada 2022 di Kudus ada 485.049 pekerja. Dari jumlah itu 254.087 "
	        "di "
	        "antaranya sudah terdaftar sebagai peserta BPJS Ketenagakerjaan atau 52,38 "
	        "persen.\n\n"
	        "Jumlah pekerja formal di Kudus berdasarkan data BPS 2022 ada sebanyak 279.223 "
	        "pekerja. 223.396 di antaranya sudah terdaftar sebagai peserta atau 80,01 "
	        "persen.\n\n"
	        "Untuk pekerja jasa konstruksi di Kudus ada sebanyak 64.940 pekerja. 21.563 di "
	        "antaranya atau setara 33,20 persen sudah terdaftar sebagai peserta.");
	const angka_figure *base = NULL;
	for (size_t i = 0; i < out.n; i++)
		if (out.items[i].value == 64940)
			base = &out.items[i];
	cr_assert_not_null(base);
	cr_expect_str_eq(base->metric, "eligible_workers", "%s", base->metric);
	cr_expect_str_eq(base->as_of, "2022", "%s", base->as_of);
	angka_figure_list_free(&out);
}

/* "saat ini" is when it was said, until a note says when the data's "now"
 * was ("Ini data sampai bulan Agustus 2025"). */
Test(article, a_data_note_dates_saat_ini)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan Aceh\n\nRabu, 15 Oktober 2025\n\n"
	        "Saat ini potensi peserta BPJS Ketenagakerjaan di Provinsi Aceh berdasarkan data "
	        "angkatan kerja sebesar 1.601.559 jiwa.\n\n\"Ini data sampai bulan Agustus 2025,\" "
	        "ungkapnya.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].as_of, "2025-08", "%s", out.items[0].as_of);
	angka_figure_list_free(&out);
}

/* "peringkat 2 se-Sulut": the scope of a rank, not the place the figure is
 * of. */
Test(article, the_scope_of_a_rank_is_not_the_figures_place)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan. Kota Bitung berada di peringkat 2 se-Sulut dengan Universal "
	        "Coverage Jamsostek (UCJ) sebesar 61,2 persen.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kota Bitung");
	angka_figure_list_free(&out);
}

/* "di wilayah Bali" is "di Bali": a rank's scope and a speaker's venue read
 * the same with the word for an area between. */
Test(article, an_area_word_before_a_place_changes_nothing)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan. \"Badung memiliki coverage tertinggi "
	                "di wilayah Bali sebesar 58,68 persen,\" ujar Kepala Kantor "
	                "Wilayah di wilayah Denpasar.");
	cr_assert_eq(out.n, 1);
	cr_expect_str_eq(out.items[0].region, "Kabupaten Badung");
	angka_figure_list_free(&out);
	out = extract("BPJS Ketenagakerjaan. Hingga 2024, coverage kepesertaan di Wilayah Sumbagut "
	              "mencapai 32,73% di wilayah Provinsi Aceh dan 49,35% di wilayah Sumatera "
	              "Utara.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[0].region, "Aceh");
	cr_expect_str_eq(out.items[1].region, "Sumatera Utara");
	angka_figure_list_free(&out);
}

/* "7.215.904 peserta yang aktif dari 19,8 juta pekerja di Jawa Barat": the
 * place after the base is the count's too. */
Test(article, a_place_after_the_base_is_the_counts)
{
	angka_figure_list out = extract(
	        "Berdasarkan paparan BPJS Ketenagakerjaan dalam forum evaluasi di Bandung, hingga "
	        "Juni 2024 tercatat 7.215.904 peserta yang aktif dari 19,8 juta pekerja di Jawa "
	        "Barat, atau sekitar 36,44 persen.");
	cr_assert_gt(out.n, 0);
	cr_expect_str_eq(out.items[0].region, "Jawa Barat");
	angka_figure_list_free(&out);
}

/* "Paritrana Award ... tahun 2023": an award's edition dates no figure
 * after it; the one the story states for its data does. */
Test(article, an_awards_year_dates_no_figure)
{
	angka_figure_list out = extract(
	        "URL: https://x.id/2024/07/25/a\n\nKUPANG - Hingga Juni 2024, cakupan BPJS "
	        "Ketenagakerjaan di NTT mencapai 33,7 persen. Hal itu disampaikan Gubernur NTT "
	        "dalam acara Penganugerahan Paritrana Award Tingkat Provinsi NTT tahun 2023. Dia "
	        "menyebut, NTT memiliki 1 juta pekerja informal yang terdaftar.");
	cr_assert_eq(out.n, 2);
	cr_expect_str_eq(out.items[1].as_of, "2024-06");
	angka_figure_list_free(&out);
}

/* One value of a measure is one place's: where a figure of the province
 * comes out again for a regency a later sentence names, it is the
 * province's, stated again. */
Test(article, one_value_is_the_wider_places_stated_again)
{
	angka_figure_list out =
	        extract("BPJS Ketenagakerjaan Cabang Manokwari, Papua Barat mencatat telah "
	                "membayarkan klaim "
	                "sebesar Rp123.225.817.215 untuk 7.025 kasus. Menurut dia, di Papua Barat "
	                "sepanjang "
	                "tahun 2023 terdapat 7.025 kasus dengan klaim sebesar Rp123.225.817.215.");
	cr_assert_eq(out.n, 2, "%zu figures", out.n);
	cr_expect_str_eq(out.items[0].region, "Papua Barat");
	cr_expect_str_eq(out.items[1].region, "Papua Barat");
	angka_figure_list_free(&out);
}

/* Stated again with other words around it, a value of a place and segment
 * is what it was first stated as. */
Test(article, one_value_is_one_measure_stated_again)
{
	angka_figure_list out = extract(
	        "BPJS Ketenagakerjaan. Provinsi NTT memiliki jumlah pekerja informal lebih banyak "
	        "yaitu 1 juta pekerja informal. Ayodhia menjelaskan, coverage pekerja Provinsi NTT "
	        "yaitu 1 juta pekerja informal.");
	cr_assert_eq(out.n, 1, "%zu figures", out.n);
	cr_expect_str_eq(out.items[0].metric, "working_population");
	angka_figure_list_free(&out);
}

/* "Untuk pekerja non-ASN, ..., total peserta tercatat 12.171": a sentence
 * that opens on a group counts that group's total, not every worker's. */
Test(article, a_total_in_a_sentence_about_a_group_is_the_groups)
{
	angka_figure_list out = extract("BPJS Ketenagakerjaan Kabupaten Banyumas. Untuk pekerja "
	                                "non-ASN, termasuk perangkat "
	                                "desa, RT/RW, dan kader kemasyarakatan, total peserta "
	                                "tercatat sebanyak 12.171 dari "
	                                "potensi 51.674 orang.");
	cr_assert_eq(out.n, 2, "%zu figures", out.n);
	cr_expect_str_eq(out.items[0].segment, "other");
	cr_expect_str_eq(out.items[1].segment, "other");
	angka_figure_list_free(&out);
}

/* Where it was said is no place a figure speaks of, also when the place
 * ends a name after "di" ("di Pro 1 RRI Palembang"). */
Test(article, a_place_ending_the_name_of_where_it_was_said_is_a_venue)
{
	angka_figure_list out = extract(
	        "Peserta BPJS Ketenagakerjaan di Sumatera Selatan tercatat 1,3 juta orang.\n\n"
	        "\"Sumsel masih tertinggal,\" kata Bambang usai dialog interaktif di Pro 1 RRI "
	        "Palembang, Selasa (14/10/2025).\n\n"
	        "Dari jumlah peserta tersebut, pekerja penerima upah masih mendominasi dengan "
	        "954.301 orang. Pekerja bukan penerima upah baru 212.480 orang.");
	for (size_t i = 0; i < out.n; i++)
		cr_expect_str_eq(out.items[i].region, "Sumatera Selatan", "%g", out.items[i].value);
	angka_figure_list_free(&out);
}
