/* Unit tests for the export stage's framing: every listing speaks the four
 * formats with the same header style (the field names, lowercase), stored
 * figure records carry their id first, and the figure record has its
 * programme. Output goes to memory streams. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/export.h"

typedef struct memout {
	FILE *fp;
	char *data;
	size_t len;
} memout;

static void mem_open(memout *m)
{
	m->data = NULL;
	m->len = 0;
	m->fp = open_memstream(&m->data, &m->len);
	cr_assert_not_null(m->fp);
}

/* Closes the stream; m->data holds what was written, to free. */
static const char *mem_close(memout *m)
{
	cr_assert_eq(fclose(m->fp), 0);
	return m->data;
}

static const char *const fields[] = {"location", "versions", "share", "ok", "note"};

static void write_listing(memout *m, angka_format format, const size_t *table, size_t n_table)
{
	angka_listing *l = NULL;
	angka_error err = {0, ""};
	mem_open(m);
	cr_assert_eq(angka_listing_new(&l, m->fp, format, fields, 5, table, n_table, &err),
	             ANGKA_OK, "%s", err.message);
	angka_value a[5] = {angka_value_string("story.txt"), angka_value_integer(2),
	                    angka_value_number(46.15), angka_value_bool(true),
	                    angka_value_string("line one\nline two")};
	angka_value b[5] = {angka_value_string("a, \"quoted\" one"), angka_value_integer(1),
	                    angka_value_number(NAN), angka_value_bool(false),
	                    angka_value_string(NULL)};
	cr_assert_eq(angka_listing_row(l, a, &err), ANGKA_OK);
	cr_assert_eq(angka_listing_row(l, b, &err), ANGKA_OK);
	cr_assert_eq(angka_listing_finish(l, &err), ANGKA_OK);
	cr_expect_eq(angka_listing_count(l), 2);
	angka_listing_free(l);
}

Test(listing, a_table_has_the_field_names_as_its_header_and_no_footer)
{
	memout m;
	static const size_t table[] = {0, 1, 4};
	write_listing(&m, ANGKA_FORMAT_TABLE, table, 3);
	cr_expect_str_eq(mem_close(&m), "location         versions  note\n"
	                                "story.txt        2         line one\n"
	                                "a, \"quoted\" one  1         -\n");
	free(m.data);
}

Test(listing, csv_has_a_header_row_and_rfc_4180_rows)
{
	memout m;
	write_listing(&m, ANGKA_FORMAT_CSV, NULL, 0);
	cr_expect_str_eq(mem_close(&m), "\"location\",\"versions\",\"share\",\"ok\",\"note\"\r\n"
	                                "\"story.txt\",\"2\",\"46.15\",\"true\",\"line one\nline "
	                                "two\"\r\n"
	                                "\"a, \"\"quoted\"\" one\",\"1\",,\"false\",\r\n");
	free(m.data);
}

Test(listing, json_lines_and_json)
{
	memout m;
	write_listing(&m, ANGKA_FORMAT_JSONL, NULL, 0);
	cr_expect_str_eq(mem_close(&m),
	                 "{\"location\":\"story.txt\",\"versions\":2,\"share\":46.15,\"ok\":true,"
	                 "\"note\":\"line one\\nline two\"}\n"
	                 "{\"location\":\"a, \\\"quoted\\\" one\",\"versions\":1,\"share\":null,"
	                 "\"ok\":false,\"note\":null}\n");
	free(m.data);
	write_listing(&m, ANGKA_FORMAT_JSON, NULL, 0);
	const char *json = mem_close(&m);
	cr_expect_eq(json[0], '[');
	cr_expect_not_null(strstr(json, "},\n{"));
	cr_expect_str_eq(json + strlen(json) - 3, "\n]\n");
	free(m.data);
}

Test(listing, a_table_field_out_of_range_is_refused)
{
	angka_listing *l = NULL;
	static const size_t table[] = {0, 7};
	cr_expect_eq(angka_listing_new(&l, stdout, ANGKA_FORMAT_TABLE, fields, 5, table, 2, NULL),
	             ANGKA_EINVAL);
	cr_expect_null(l);
}

static angka_stored_figure stored_figure(void)
{
	angka_stored_figure sf;
	memset(&sf, 0, sizeof sf);
	sf.id = 17;
	sf.article_id = 3;
	angka_figure *f = &sf.figure;
	f->source = (char *)"story.txt";
	f->region = (char *)"Jambi";
	f->region_code = (char *)"15";
	f->domain = (char *)"bpjs-tk";
	f->metric = (char *)"benefit_amount_idr";
	f->segment = (char *)"all";
	f->programme = (char *)"JKK";
	f->value = 12e9;
	f->unit = (char *)"IDR";
	f->text = (char *)"Rp12 miliar";
	f->sentence = (char *)"Klaim JKK Rp12 miliar.";
	f->start = 11;
	f->end = 22;
	f->rule = (char *)"benefit.amount";
	sf.corrected_value = NAN;
	return sf;
}

Test(records, stored_records_start_with_their_id_and_carry_the_programme)
{
	angka_stored_figure sf = stored_figure();
	memout m;
	angka_writer *w = NULL;
	mem_open(&m);
	cr_assert_eq(angka_writer_new_stored(&w, m.fp, ANGKA_FORMAT_JSONL, NULL), ANGKA_OK);
	cr_assert_eq(angka_writer_stored_figure(w, &sf, NULL), ANGKA_OK);
	cr_expect_eq(angka_writer_figure(w, &sf.figure, NULL), ANGKA_EINVAL,
	             "a stored writer wants ids");
	cr_assert_eq(angka_writer_finish(w, NULL), ANGKA_OK);
	cr_expect_eq(angka_writer_count(w), 1);
	angka_writer_free(w);
	const char *out = mem_close(&m);
	cr_expect_eq(strncmp(out, "{\"id\":17,\"source\":\"story.txt\",", 30), 0, "%s", out);
	cr_expect_not_null(strstr(out, "\"unit\":\"IDR\",\"programme\":\"JKK\",\"approx\":false"),
	                   "%s", out);
	free(m.data);

	/* The plain record (extract): no id, the programme all the same. */
	mem_open(&m);
	cr_assert_eq(angka_writer_new(&w, m.fp, ANGKA_FORMAT_CSV, NULL), ANGKA_OK);
	cr_assert_eq(angka_writer_figure(w, &sf.figure, NULL), ANGKA_OK);
	cr_assert_eq(angka_writer_finish(w, NULL), ANGKA_OK);
	angka_writer_free(w);
	out = mem_close(&m);
	cr_expect_eq(strncmp(out, "\"source\",\"article_title\",", 25), 0, "%s", out);
	cr_expect_not_null(strstr(out, "\"unit\",\"programme\",\"approx\""), "%s", out);
	cr_expect_not_null(strstr(out, "\"IDR\",\"JKK\",\"false\""), "%s", out);
	free(m.data);
}

/* Records a worker rendered are written as the writer writes the figures:
 * the same bytes, in JSON Lines and in a JSON array. */
static const char *write_figures(memout *m, angka_format format, bool rendered)
{
	angka_stored_figure sf = stored_figure();
	angka_writer *w = NULL;
	mem_open(m);
	cr_assert_eq(angka_writer_new(&w, m->fp, format, NULL), ANGKA_OK);
	for (int i = 0; i < 2; i++) {
		char *record = rendered ? angka_figure_to_json(&sf.figure) : NULL;
		cr_assert_eq(rendered ? angka_writer_json_record(w, record, NULL)
		                      : angka_writer_figure(w, &sf.figure, NULL),
		             ANGKA_OK);
		free(record);
	}
	cr_assert_eq(angka_writer_finish(w, NULL), ANGKA_OK);
	cr_expect_eq(angka_writer_count(w), 2);
	angka_writer_free(w);
	return mem_close(m);
}

Test(records, rendered_records_are_written_as_the_figures_are)
{
	static const angka_format formats[] = {ANGKA_FORMAT_JSONL, ANGKA_FORMAT_JSON};
	for (size_t i = 0; i < 2; i++) {
		memout a, b;
		cr_expect_str_eq(write_figures(&a, formats[i], true),
		                 write_figures(&b, formats[i], false));
		free(a.data);
		free(b.data);
	}
	memout m;
	angka_writer *w = NULL;
	mem_open(&m);
	cr_assert_eq(angka_writer_new(&w, m.fp, ANGKA_FORMAT_CSV, NULL), ANGKA_OK);
	cr_expect_eq(angka_writer_json_record(w, "{}", NULL), ANGKA_EINVAL, "CSV is no JSON");
	angka_writer_free(w);
	free((char *)mem_close(&m));
}

/* A context figure is marked in its record, and only there: the record of
 * a figure of the dataset is what it was before the flag existed. */
Test(records, a_context_figure_says_so_and_only_in_json)
{
	angka_stored_figure sf = stored_figure();
	char *plain = angka_figure_to_json(&sf.figure);
	cr_assert_not_null(plain);
	cr_expect_null(strstr(plain, "context"), "%s", plain);
	cr_expect_str_eq(plain + strlen(plain) - 25, ",\"rule\":\"benefit.amount\"}");
	sf.figure.context = true;
	char *context = angka_figure_to_json(&sf.figure);
	cr_assert_not_null(context);
	size_t len = strlen(plain);
	cr_expect_eq(strncmp(context, plain, len - 1), 0, "%s", context);
	cr_expect_str_eq(context + len - 1, ",\"context\":true}");
	free(plain);
	free(context);

	static const angka_format formats[] = {ANGKA_FORMAT_JSONL, ANGKA_FORMAT_JSON,
	                                       ANGKA_FORMAT_CSV, ANGKA_FORMAT_TABLE};
	for (size_t i = 0; i < 4; i++) {
		memout m;
		angka_writer *w = NULL;
		angka_error err = {0, ""};
		bool json = i < 2;
		mem_open(&m);
		cr_assert_eq(angka_writer_new(&w, m.fp, formats[i], NULL), ANGKA_OK);
		cr_expect_eq(angka_writer_figure(w, &sf.figure, &err),
		             json ? ANGKA_OK : ANGKA_EINVAL, "format %zu", i);
		if (!json)
			cr_expect_not_null(strstr(err.message, "a context figure"), "%s",
			                   err.message);
		cr_assert_eq(angka_writer_finish(w, NULL), ANGKA_OK);
		cr_expect_eq(angka_writer_count(w), json ? 1 : 0);
		angka_writer_free(w);
		const char *out = mem_close(&m);
		cr_expect_eq(strstr(out, "\"context\":true") != NULL, json, "%s", out);
		free(m.data);
	}
}

Test(records, curated_rows_carry_the_status_of_their_fact)
{
	angka_stored_figure sf = stored_figure();
	sf.decision = (char *)"accept";
	memout m;
	angka_curated_writer *w = NULL;
	mem_open(&m);
	cr_assert_eq(angka_curated_writer_new(&w, m.fp, ANGKA_FORMAT_JSONL, NULL), ANGKA_OK);
	/* Without facts: null. */
	cr_assert_eq(angka_curated_writer_figure(w, &sf, NULL), ANGKA_OK);
	/* With a fact set that has the figure in a conflict. */
	angka_fact_set set;
	memset(&set, 0, sizeof set);
	angka_figure figs[2] = {sf.figure, sf.figure};
	figs[1].source = (char *)"other.txt";
	figs[1].value = 13e9;
	figs[1].low = figs[1].high = NAN;
	figs[0].low = figs[0].high = NAN;
	set.figures = (angka_figure_list){figs, 2, 2};
	int64_t ids[2] = {17, 18};
	size_t fact_of[2] = {0, 0};
	angka_fact_set_index by_id[2] = {{17, 0}, {18, 1}};
	set.ids = ids;
	set.fact_of = fact_of;
	set.by_id = by_id;
	cr_assert_eq(angka_reconcile(&set.facts, figs, 2, NULL), ANGKA_OK);
	angka_curated_writer_set_facts(w, &set);
	cr_assert_eq(angka_curated_writer_figure(w, &sf, NULL), ANGKA_OK);
	cr_assert_eq(angka_curated_writer_finish(w, NULL), ANGKA_OK);
	angka_curated_writer_free(w);
	angka_fact_list_free(&set.facts);
	const char *out = mem_close(&m);
	const char *second = strchr(out, '\n') + 1;
	cr_expect_not_null(strstr(out, "\"fact_status\":null}\n"), "%s", out);
	cr_expect_not_null(strstr(second, "\"fact_status\":\"conflict\"}"), "%s", second);
	free(m.data);
}
