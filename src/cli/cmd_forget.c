/* angka forget: remove a source and everything of it from the database. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/fetch.h"
#include "angka/store.h"
#include "cli/common.h"

static const cli_option forget_options[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command forget_command = {
        "forget",
        "[OPTIONS] SOURCE...",
        "Remove each SOURCE (a file path or URL, as 'angka sources' lists it) and\n"
        "everything of it, one transaction per SOURCE: every article read only from it\n"
        "(every version, with its figures and their review history), its fetch status\n"
        "and, for a feed, the items it listed. An article another source also gave\n"
        "stays, with that source. Nothing is left pointing at what went.",
        "Prints a line per SOURCE: the articles, figures and review decisions removed.\n\n"
        "Exit status: 0 ok, 1 some SOURCE was not in the database (the others were\n"
        "removed), 2 usage error, 3 the database could not be used.\n",
        forget_options,
};

static int forget_one(angka_store *store, const char *source)
{
	angka_error err = {0, ""};
	angka_forget_stats st = {0, 0, 0, 0};
	char *normalized = NULL;
	int rc = ANGKA_OK;
	if (angka_url_is_http(source))
		rc = angka_url_normalize(&normalized, source, &err);
	if (rc == ANGKA_OK)
		rc = angka_store_forget(store, normalized ? normalized : source, &st, &err);
	free(normalized);
	if (rc == ANGKA_ENOTFOUND || rc == ANGKA_EINVAL) {
		fprintf(stderr, "angka: %s\n", err.message);
		return EXIT_INPUT;
	}
	if (rc != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		return EXIT_SYSTEM;
	}
	printf("%s: forgotten: %zu article%s, %zu figure%s, %zu review decision%s", source,
	       st.articles, st.articles == 1 ? "" : "s", st.figures, st.figures == 1 ? "" : "s",
	       st.reviews, st.reviews == 1 ? "" : "s");
	if (st.kept > 0)
		printf("; %zu article%s kept (another source has %s)", st.kept,
		       st.kept == 1 ? "" : "s", st.kept == 1 ? "it" : "them");
	putchar('\n');
	return EXIT_OK;
}

int cmd_forget(int argc, char **argv)
{
	run_options o = {.db_path = "angka.db"};
	char **sources = calloc((size_t)argc + 1, sizeof *sources);
	if (sources == NULL) {
		fputs("angka: out of memory\n", stderr);
		return EXIT_SYSTEM;
	}
	int n = cli_parse_all(&forget_command, argc, argv, common_option, &o, sources, argc);
	if (n == -2 || n < 0 || n == 0) {
		if (n == 0)
			cli_usage_error(&forget_command, "no SOURCE given");
		free(sources);
		return n == -2 ? EXIT_OK : EXIT_USAGE;
	}
	angka_store *store = NULL;
	int status = open_writable_store(&store, o.db_path);
	if (status != EXIT_OK) {
		free(sources);
		return status;
	}
	for (int i = 0; i < n && status != EXIT_SYSTEM; i++) {
		int one = forget_one(store, sources[i]);
		if (one > status)
			status = one;
	}
	free(sources);
	if (fflush(stdout) != 0 && status == EXIT_OK) {
		fputs("angka: error writing the output\n", stderr);
		status = EXIT_SYSTEM;
	}
	angka_store_close(store);
	return status;
}
