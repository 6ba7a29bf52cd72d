/* angka-test-fixture DB: a small database for the browser tests, built
 * through the store API (not by extraction, whose figures change as its
 * rules do), with exactly what the desk and the report must show:
 *
 * - an inconsistent percentage: Jambi 41,52% of 518.632 / 1.312.370
 *   (39,52%), on https://www.berita-contoh.id;
 * - a conflict: Jambi's participants on 12 August 2024, 518.632 there and
 *   528.632 on https://kabar-lain.id;
 * - two regencies/cities of Jambi, and Kalimantan Tengah with two periods
 *   from one site (kalteng.contoh.id: a time series);
 * - Indonesia from a local file (no link);
 * - a title with markup in it (it must show as text, never run).
 *
 * Figure ids follow the order below (1 to 13). */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/store.h"

typedef struct fixture_figure {
	const char *region, *code, *metric, *unit, *as_of, *text;
	double value;
	int decimals;
} fixture_figure;

typedef struct fixture_article {
	const char *source, *canonical_url, *title, *published, *text;
	fixture_figure figures[6];
} fixture_article;

static const fixture_article articles[] = {
        {"https://www.berita-contoh.id/jambi/cakupan",
         "https://www.berita-contoh.id/jambi/cakupan",
         "Cakupan Jambi <script>window.__pwned = 1</script> & \"pekerja\"",
         "2024-08-13",
         "Cakupan perlindungan di Provinsi Jambi mencapai 41,52%, dengan total 518.632 peserta "
         "dari 1.312.370 pekerja, sesuai data per 12 Agustus 2024. Di Kabupaten Batanghari "
         "cakupan mencapai 50,71% dan di Kota Jambi 48,64% pada 12 Agustus 2024.",
         {{"Jambi", "15", "coverage_pct", "percent", "2024-08-12", "41,52%", 41.52, 2},
          {"Jambi", "15", "participants", "persons", "2024-08-12", "518.632", 518632, 0},
          {"Jambi", "15", "eligible_workers", "persons", "2024-08-12", "1.312.370", 1312370, 0},
          {"Kabupaten Batanghari", "15.04", "coverage_pct", "percent", "2024-08-12", "50,71%",
           50.71, 2},
          {"Kota Jambi", "15.71", "coverage_pct", "percent", "2024-08-12", "48,64%", 48.64, 2},
          {NULL, NULL, NULL, NULL, NULL, NULL, 0, 0}}},
        {"https://kabar-lain.id/2024/08/jambi",
         NULL,
         "Peserta BPJS Ketenagakerjaan di Jambi",
         "2024-08-20",
         "Hingga 12 Agustus 2024 tercatat 528.632 peserta BPJS Ketenagakerjaan di Jambi.",
         {{"Jambi", "15", "participants", "persons", "2024-08-12", "528.632", 528632, 0},
          {NULL, NULL, NULL, NULL, NULL, NULL, 0, 0}}},
        {"https://kalteng.contoh.id/berita/ucj-2025",
         "https://kalteng.contoh.id/berita/ucj-2025",
         "Capaian UCJ Kalimantan Tengah 46,2 persen",
         "2025-03-26",
         "Hingga Maret 2025 capaian di Kalimantan Tengah 46,2 persen, yakni 465.940 dari "
         "1.009.250 pekerja.",
         {{"Kalimantan Tengah", "62", "coverage_pct", "percent", "2025-03", "46,2 persen", 46.2, 1},
          {"Kalimantan Tengah", "62", "participants", "persons", "2025-03", "465.940", 465940, 0},
          {"Kalimantan Tengah", "62", "eligible_workers", "persons", "2025-03", "1.009.250",
           1009250, 0},
          {NULL, NULL, NULL, NULL, NULL, NULL, 0, 0}}},
        {"https://kalteng.contoh.id/berita/ucj-2024",
         NULL,
         "Cakupan Kalimantan Tengah 2024",
         "2025-01-10",
         "Pada tahun 2024 cakupan di Kalimantan Tengah mencapai 45,44 persen.",
         {{"Kalimantan Tengah", "62", "coverage_pct", "percent", "2024", "45,44 persen", 45.44, 2},
          {NULL, NULL, NULL, NULL, NULL, NULL, 0, 0}}},
        {"samples-local/nasional.txt",
         NULL,
         "Cakupan nasional",
         "2025-02-01",
         "Secara nasional cakupan pada 2024 baru 40,1 persen.",
         {{"Indonesia", NULL, "coverage_pct", "percent", "2024", "40,1 persen", 40.1, 1},
          {NULL, NULL, NULL, NULL, NULL, NULL, 0, 0}}},
};

static void sha256_hex(char out[65], const char *text)
{
	unsigned char digest[32];
	unsigned int len = 0;
	EVP_Digest(text, strlen(text), digest, &len, EVP_sha256(), NULL);
	for (unsigned int i = 0; i < len; i++)
		snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

/* The interval a written number stands for: half a unit of its last digit. */
static void interval(angka_figure *f)
{
	double half = 0.5;
	for (int i = 0; i < f->decimals; i++)
		half /= 10;
	f->low = f->value - half;
	f->high = f->value + half;
}

int main(int argc, char **argv)
{
	angka_store *store = NULL;
	angka_error err = {0, ""};
	if (argc != 2) {
		fprintf(stderr, "usage: angka-test-fixture DB\n");
		return 2;
	}
	remove(argv[1]);
	if (angka_store_open(&store, argv[1], &err) != ANGKA_OK) {
		fprintf(stderr, "angka-test-fixture: %s\n", err.message);
		return 3;
	}
	int status = 0;
	for (size_t a = 0; status == 0 && a < sizeof articles / sizeof articles[0]; a++) {
		const fixture_article *fa = &articles[a];
		angka_article article;
		angka_paragraph paragraph;
		memset(&article, 0, sizeof article);
		article.source = (char *)fa->source;
		article.text = (char *)fa->text;
		article.text_len = strlen(fa->text);
		paragraph = (angka_paragraph){0};
		paragraph.start = 0;
		paragraph.end = article.text_len;
		article.paragraphs = &paragraph;
		article.n_paragraphs = 1;
		article.title = (char *)fa->title;
		article.canonical_url = (char *)fa->canonical_url;
		article.published = (char *)fa->published;
		sha256_hex(article.content_hash, fa->text);
		angka_figure_list figures = ANGKA_FIGURE_LIST_INIT;
		for (const fixture_figure *ff = fa->figures; ff->metric; ff++) {
			const char *at = strstr(fa->text, ff->text);
			angka_figure f = {
			        .source = (char *)fa->source,
			        .article_title = (char *)fa->title,
			        .published = (char *)fa->published,
			        .region = (char *)ff->region,
			        .region_code = (char *)ff->code,
			        .domain = (char *)"bpjs-tk",
			        .metric = (char *)ff->metric,
			        .segment = (char *)"all",
			        .value = ff->value,
			        .unit = (char *)ff->unit,
			        .as_of = (char *)ff->as_of,
			        .text = (char *)ff->text,
			        .sentence = (char *)fa->text,
			        .start = at ? (size_t)(at - fa->text) : 0,
			        .end = at ? (size_t)(at - fa->text) + strlen(ff->text) : 0,
			        .rule = (char *)(strcmp(ff->unit, "percent") == 0
			                                 ? "fixture.percent"
			                                 : "fixture.count"),
			        .decimals = ff->decimals,
			};
			interval(&f);
			if (angka_figure_list_push(&figures, &f) != ANGKA_OK)
				status = 3;
		}
		angka_store_status stored;
		int64_t id = 0;
		if (status == 0 &&
		    angka_store_put_article(store, &article, &figures, "fixture-rules-1", &stored,
		                            &id, &err) != ANGKA_OK) {
			fprintf(stderr, "angka-test-fixture: %s\n", err.message);
			status = 3;
		}
		angka_figure_list_free(&figures);
	}
	angka_store_close(store);
	return status;
}
