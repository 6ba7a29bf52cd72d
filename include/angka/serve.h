/* angka — serve: the review desk, a local web app over a store.
 *
 * A small HTTP server (libmicrohttpd) on 127.0.0.1 by default: it serves
 * the desk's page, script and style from the web assets folder, and a JSON
 * API over the store — the queue of figures with their evidence, the
 * facets to filter it, the findings (audit and conflicts), a figure's
 * history — and takes review decisions, which go into the store's one
 * append-only history (angka_store_review_ids), as the CLI's do.
 *
 * Every POST must carry the server's token (a random secret made at start
 * and written into the page it serves) in an X-Angka-Token header, with a
 * JSON body; a request that is malformed, too large, without the token or
 * for another host gets a 4xx and changes nothing. See docs/serve.md.
 */
#ifndef ANGKA_SERVE_H
#define ANGKA_SERVE_H

#include "angka/domain.h"
#include "angka/error.h"
#include "angka/store.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct angka_serve_options {
	const char *host;     /* IPv4 address to listen on; NULL: "127.0.0.1" */
	unsigned short port;  /* 0: any free port (angka_server_port says which) */
	const char *web_dir;  /* the assets: desk/index.html, desk/desk.js,
	                         desk/desk.css, metrics.json (read once, at start) */
	const char *reviewer; /* the name decisions are recorded under (required) */
	const char *database; /* the database's name, as the page shows it */
	/* The rules' domains, for the audit's relations (borrowed: they must
	 * outlive the server). */
	angka_domain *const *domains;
	size_t n_domains;
} angka_serve_options;

typedef struct angka_server angka_server;

/* Read the assets, bind, and serve in a thread of the server's own until
 * angka_server_stop. The store is borrowed: it must stay open until then,
 * and nothing else may use it meanwhile. Fails with ANGKA_ENOTFOUND (an
 * asset), ANGKA_EINVAL (a bad host or reviewer), ANGKA_EIO (the address
 * cannot be bound: in use, not permitted). */
int angka_server_start(angka_server **out, angka_store *store, const angka_serve_options *options,
                       angka_error *err);
/* The port the server listens on. */
unsigned short angka_server_port(const angka_server *server);
/* The session's token (64 hex digits), which POSTs must carry. */
const char *angka_server_token(const angka_server *server);
/* Stop serving (requests in flight finish) and free the server; NULL is
 * accepted. */
void angka_server_stop(angka_server *server);

#ifdef __cplusplus
}
#endif
#endif
