/* The review desk's JSON API (api.c), apart from HTTP (serve.c): each
 * endpoint takes the request's query or body and fills a response. Internal
 * to the serve stage. */
#ifndef ANGKA_SERVE_INTERNAL_H
#define ANGKA_SERVE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/store.h"

/* The largest request body taken (a review of many ids is ~10 KB). */
#define SERVE_BODY_LIMIT (64u * 1024u)

typedef struct serve_response {
	unsigned status; /* HTTP status */
	char *body;      /* owned (free) */
	size_t len;
	const char *content_type; /* static */
} serve_response;

/* One query parameter of the request, or NULL; and whether the request
 * has a parameter by a name not in known[0, n) (a malformed request). */
typedef const char *(*serve_query_fn)(void *ctx, const char *key);
typedef struct serve_query {
	serve_query_fn get;
	void *ctx;
	const char *unknown; /* the first parameter no endpoint knows, or NULL */
} serve_query;

typedef struct serve_context {
	angka_domain *const *domains;
	size_t n_domains;
	angka_store *store;
	const char *reviewer;
	const char *database;
} serve_context;

/* A JSON body {"error": message} with status. Always fills r. */
void serve_error(serve_response *r, unsigned status, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

/* GET /api/session: the reviewer, the database, angka's version. */
void serve_api_session(serve_response *r, const serve_context *c);
/* GET /api/queue?status=&region=&metric=&article=&rule=&ids=&offset=&limit= */
void serve_api_queue(serve_response *r, const serve_context *c, const serve_query *q);
/* GET /api/facets: regions, metrics, rules, articles with counts. */
void serve_api_facets(serve_response *r, const serve_context *c);
/* GET /api/findings: angka_findings_json over the figures not rejected. */
void serve_api_findings(serve_response *r, const serve_context *c);
/* GET /api/history?id=N */
void serve_api_history(serve_response *r, const serve_context *c, const serve_query *q);
/* POST /api/review {"ids": [...], "decision": "accept"|"reject"|"correct"|"undo",
 * "value": "46,17" (correct only), "note": "..."} */
void serve_api_review(serve_response *r, const serve_context *c, const char *body, size_t len);

#endif
