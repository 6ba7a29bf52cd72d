/* angka serve: the review desk in the browser (angka/serve.h). */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/serve.h"
#include "angka/store.h"
#include "cli/common.h"

enum {
	OPT_PORT = OPT_FIRST_COMMAND_OPTION,
	OPT_HOST,
	OPT_REVIEWER,
	OPT_WEB,
};

typedef struct serve_cli_options {
	run_options common;
	const char *port;
	const char *host;
	const char *reviewer;
	const char *web_dir;
} serve_cli_options;

static const cli_option serve_options_table[] = {
        {"db", 'd', "FILE", "the SQLite database (default: angka.db)", OPT_DB},
        {"port", 'p', "N", "the port to listen on (default: 8080; 0: any free port)", OPT_PORT},
        {"host", 0, "ADDR",
         "the IPv4 address to listen on (default: 127.0.0.1, this machine "
         "only)",
         OPT_HOST},
        {"reviewer", 'r', "NAME", "who decides (default: $USER, else $LOGNAME)", OPT_REVIEWER},
        {"web", 0, "DIR", "the web assets folder (default: found next to the binary)", OPT_WEB},
        {"rules", 0, "DIR", "the rules folder, for the relations each domain declares", OPT_RULES},
        {NULL, 0, NULL, NULL, 0},
};

const cli_command serve_command = {
        "serve",
        "[OPTIONS]",
        "Serve the review desk: a local web app to review the stored figures from the\n"
        "browser. A queue of figures (pending first), each with its sentence, the number\n"
        "highlighted, the article's title, link and date; accept (a), reject (r),\n"
        "correct (c) and undo (u) from the keyboard; filters by region, metric, article\n"
        "and rule; the audit's findings and the conflicts between sources with their\n"
        "evidence. Every decision goes into the same review history as 'angka review'.",
        "The page, its script and style come from the web assets (nothing is fetched from\n"
        "elsewhere). Only 127.0.0.1 is listened on unless --host says otherwise; every\n"
        "change is a POST carrying the session's token. Stop with Ctrl-C. The address\n"
        "is printed on stderr. The database must exist, and this user must be able to\n"
        "write it and its folder. See docs/serve.md.\n\n"
        "Exit status: 0 stopped, 2 usage error, 3 the database or the assets could not\n"
        "be used (a database this user cannot write included), or the port not listened\n"
        "on.\n",
        serve_options_table,
};

static int serve_option(int id, const char *arg, void *ctx)
{
	serve_cli_options *o = ctx;
	switch (id) {
	case OPT_PORT: o->port = arg; return 0;
	case OPT_HOST: o->host = arg; return 0;
	case OPT_REVIEWER: o->reviewer = arg; return 0;
	case OPT_WEB: o->web_dir = arg; return 0;
	default: return common_option(id, arg, &o->common);
	}
}

int cmd_serve(int argc, char **argv)
{
	serve_cli_options o = {.common = {.db_path = "angka.db"}, .port = "8080"};
	int first = cli_parse(&serve_command, argc, argv, serve_option, &o);
	if (first == -2)
		return EXIT_OK;
	if (first < 0)
		return EXIT_USAGE;
	if (first < argc) {
		cli_usage_error(&serve_command, "unexpected argument '%s'", argv[first]);
		return EXIT_USAGE;
	}
	char *end = NULL;
	errno = 0;
	long port = strtol(o.port, &end, 10);
	if (errno != 0 || end == o.port || *end != '\0' || port < 0 || port > 65535) {
		cli_usage_error(&serve_command, "--port: a number from 0 to 65535, not '%s'",
		                o.port);
		return EXIT_USAGE;
	}
	const char *reviewer = o.reviewer ? o.reviewer : getenv("USER");
	if (reviewer == NULL || *reviewer == '\0')
		reviewer = getenv("LOGNAME");
	if (reviewer == NULL || *reviewer == '\0') {
		cli_usage_error(&serve_command, "who reviews? give --reviewer NAME");
		return EXIT_USAGE;
	}
	angka_store *store = NULL;
	angka_server *server = NULL;
	angka_error err = {0, ""};
	char web_buf[PATH_MAX];
	angka_domain **domains = NULL;
	size_t n_domains = 0;
	int status = open_domains(&domains, &n_domains, &o.common);
	if (status != EXIT_OK)
		return status;
	/* One store for the desk's reads and its decisions: writable. */
	status = open_writable_store(&store, o.common.db_path);
	if (status != EXIT_OK) {
		angka_domains_free(domains, n_domains);
		return status;
	}
	/* The server's thread inherits this mask: SIGINT and SIGTERM are
	 * taken here, by sigwait, and nowhere else. */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	angka_serve_options so = {
	        .host = o.host,
	        .port = (unsigned short)port,
	        .web_dir = find_web_dir(o.web_dir, web_buf, sizeof web_buf),
	        .reviewer = reviewer,
	        .database = o.common.db_path,
	        .domains = domains,
	        .n_domains = n_domains,
	};
	if (angka_server_start(&server, store, &so, &err) != ANGKA_OK) {
		fprintf(stderr, "angka: %s\n", err.message);
		angka_store_close(store);
		angka_domains_free(domains, n_domains);
		return EXIT_SYSTEM;
	}
	fprintf(stderr, "angka: reviewing %s as %s at http://%s:%u/ (Ctrl-C to stop)\n",
	        o.common.db_path, reviewer, o.host ? o.host : "127.0.0.1",
	        angka_server_port(server));
	fflush(stderr);
	int sig = 0;
	sigwait(&stop, &sig);
	fprintf(stderr, "angka: stopped\n");
	angka_server_stop(server);
	angka_store_close(store);
	angka_domains_free(domains, n_domains);
	return EXIT_OK;
}
