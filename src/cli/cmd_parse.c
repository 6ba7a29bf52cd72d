/* angka parse: the parse stage alone, as its debugging view. Text prints the
 * main text the rules would see; json adds the metadata, the paragraphs with
 * their kinds and every block the stage dropped with the reason. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "cli/common.h"

enum { OPT_PARSE_FORMAT = OPT_FIRST_COMMAND_OPTION };

static const cli_option parse_options[] = {
        {"format", 'f', "FORMAT", "text (default) or json", OPT_PARSE_FORMAT},
        SOURCE_NAME_OPTION,
        {NULL, 0, NULL, NULL, 0},
};

const cli_command parse_command = {
        "parse",
        "[OPTIONS] SOURCE...",
        "Print the main text of articles as the parse stage sees it (no rules, no database).\n"
        "SOURCE is a file (.txt, .html, .htm, or anything whose content is text or HTML),\n"
        "a folder, read recursively, or '-': one article from standard input.",
        "Output: text prints each article's title and paragraphs separated by blank lines\n"
        "(with several sources, each after a '==> SOURCE <==' line). json prints an array\n"
        "with one object per article: source, title, site, canonical_url, author,\n"
        "published, published_approx, dateline_place, fetched_at, content_hash,\n"
        "paragraphs [{kind, text}] and dropped [{reason, text}] (see docs/parse.md).\n"
        "Inputs that cannot be read are reported on stderr; the others are still printed.\n\n"
        "Exit status: 0 ok, 1 some inputs failed, 2 usage error, 3 output error.\n",
        parse_options,
};

typedef struct parse_options_ctx {
	const char *format;
	run_options common;
} parse_options_ctx;

static int parse_option(int id, const char *arg, void *ctx)
{
	parse_options_ctx *o = ctx;
	if (id == OPT_PARSE_FORMAT) {
		o->format = arg;
		return 0;
	}
	return common_option(id, arg, &o->common);
}

static const char *kind_name(angka_block_kind kind)
{
	switch (kind) {
	case ANGKA_BLOCK_HEADING: return "heading";
	case ANGKA_BLOCK_LIST_ITEM: return "list_item";
	case ANGKA_BLOCK_TABLE_ROW: return "table_row";
	case ANGKA_BLOCK_PARAGRAPH: break;
	}
	return "paragraph";
}

/* A string member, null when absent. Returns -1 when out of memory. */
static int set_string(json_t *obj, const char *key, const char *value)
{
	return json_object_set_new(obj, key, value ? json_string(value) : json_null());
}

/* The article as a JSON object, or NULL when out of memory. */
static json_t *article_json(const angka_article *a)
{
	json_t *obj = json_object();
	json_t *paragraphs = json_array();
	json_t *dropped = json_array();
	int bad = obj == NULL || paragraphs == NULL || dropped == NULL;
	bad |= set_string(obj, "source", a->source);
	bad |= set_string(obj, "title", a->title);
	bad |= set_string(obj, "site", a->site);
	bad |= set_string(obj, "canonical_url", a->canonical_url);
	bad |= set_string(obj, "author", a->author);
	bad |= set_string(obj, "published", a->published);
	bad |= json_object_set_new(obj, "published_approx", json_boolean(a->published_approx));
	bad |= set_string(obj, "dateline_place", a->dateline_place);
	bad |= set_string(obj, "fetched_at", a->fetched_at);
	bad |= set_string(obj, "content_hash", a->content_hash);
	for (size_t i = 0; i < a->n_paragraphs && !bad; i++) {
		const angka_paragraph *p = &a->paragraphs[i];
		bad |= json_array_append_new(
		        paragraphs, json_pack("{s:s, s:s%}", "kind", kind_name(p->kind), "text",
		                              a->text + p->start, p->end - p->start));
	}
	for (size_t i = 0; i < a->n_dropped && !bad; i++)
		bad |= json_array_append_new(dropped,
		                             json_pack("{s:s, s:s}", "reason", a->dropped[i].reason,
		                                       "text", a->dropped[i].text));
	if (!bad) {
		bad |= json_object_set(obj, "paragraphs", paragraphs);
		bad |= json_object_set(obj, "dropped", dropped);
	}
	json_decref(paragraphs);
	json_decref(dropped);
	if (bad) {
		json_decref(obj);
		return NULL;
	}
	return obj;
}

int cmd_parse(int argc, char **argv)
{
	parse_options_ctx o = {.format = "text"};
	int first = cli_parse(&parse_command, argc, argv, parse_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	bool json = strcmp(o.format, "json") == 0;
	if (!json && strcmp(o.format, "text") != 0) {
		cli_usage_error(&parse_command, "unknown format '%s' (text, json)", o.format);
		return EXIT_USAGE;
	}
	if (first >= argc) {
		cli_usage_error(&parse_command, "no SOURCE given");
		return EXIT_USAGE;
	}
	if (check_stdin_operands(&parse_command, &o.common, argc - first, argv + first) != 0)
		return EXIT_USAGE;
	int status = EXIT_OK;
	input_list inputs = {NULL, 0, 0};
	json_t *all = json ? json_array() : NULL;
	int failed = expand_inputs(&inputs, argc - first, argv + first);
	if (failed < 0 || (json && all == NULL)) {
		fputs("angka: out of memory\n", stderr);
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	for (size_t i = 0; i < inputs.n; i++) {
		angka_article *article = NULL;
		if (read_article(&article, inputs.paths[i], o.common.source_name) != ANGKA_OK) {
			failed++;
			continue;
		}
		if (json) {
			json_t *obj = article_json(article);
			if (obj == NULL || json_array_append_new(all, obj) != 0) {
				angka_article_free(article);
				fputs("angka: out of memory\n", stderr);
				status = EXIT_SYSTEM;
				goto cleanup;
			}
		} else {
			if (inputs.n > 1)
				printf("==> %s <==\n", article->source);
			fwrite(article->text, 1, article->text_len, stdout);
			fputc('\n', stdout);
			if (inputs.n > 1 && i + 1 < inputs.n)
				fputc('\n', stdout);
		}
		angka_article_free(article);
	}
	if (json && json_dumpf(all, stdout, JSON_INDENT(2)) == 0)
		fputc('\n', stdout);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("angka: writing the output");
		status = EXIT_SYSTEM;
		goto cleanup;
	}
	status = failed ? EXIT_INPUT : EXIT_OK;
cleanup:
	json_decref(all);
	input_list_free(&inputs);
	return status;
}
