/* The review desk's HTTP server (angka/serve.h): libmicrohttpd with one
 * internal thread, so requests are handled one at a time and the store is
 * used by that thread only. This file is HTTP — routing, the token, the
 * host check, body limits, headers —; api.c is the JSON API. */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "angka/export.h"
#include "angka/serve.h"
#include "serve/serve_internal.h"
#include "util/buf.h"

#define TOKEN_BYTES  32
#define ASSET_LIMIT  (1u << 20)
#define TOKEN_MARKER "{{ANGKA_TOKEN}}"

typedef struct asset {
	const char *path; /* the URL path */
	const char *file; /* under web_dir */
	const char *type; /* Content-Type */
	char *body;
	size_t len;
} asset;

struct angka_server {
	struct MHD_Daemon *daemon;
	serve_context context;
	char *reviewer, *database;
	char token[TOKEN_BYTES * 2 + 1];
	char host[INET_ADDRSTRLEN];
	unsigned short port;
	bool loopback;
	asset assets[4];
	char *index_html; /* the page, the token written in */
	size_t index_len;
};

/* What one request accumulates between libmicrohttpd's calls. */
typedef struct request {
	angka_buf body;
	bool too_big;
} request;

static const char page_policy[] =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

void serve_error(serve_response *r, unsigned status, const char *fmt, ...)
{
	char message[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	angka_buf b = ANGKA_BUF_INIT;
	angka_buf_puts(&b, "{\"error\":\"");
	for (const unsigned char *p = (const unsigned char *)message; *p; p++) {
		if (*p == '"' || *p == '\\')
			angka_buf_printf(&b, "\\%c", *p);
		else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&')
			angka_buf_printf(&b, "\\u%04x", *p);
		else
			angka_buf_putc(&b, (char)*p);
	}
	angka_buf_puts(&b, "\"}");
	r->status = status;
	r->content_type = "application/json";
	r->len = b.len;
	r->body = angka_buf_detach(&b);
	if (r->body == NULL)
		r->len = 0;
}

static enum MHD_Result send_response(struct MHD_Connection *conn, const serve_response *r,
                                     bool html, const char *allow)
{
	struct MHD_Response *response = MHD_create_response_from_buffer(
	        r->len, r->body ? r->body : (char *)"", MHD_RESPMEM_MUST_COPY);
	if (response == NULL)
		return MHD_NO;
	char type[64];
	snprintf(type, sizeof type, "%s%s", r->content_type ? r->content_type : "text/plain",
	         strncmp(r->content_type ? r->content_type : "text/", "image/", 6) == 0
	                 ? ""
	                 : "; charset=utf-8");
	MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(response, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(response, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(response, "X-Frame-Options", "DENY");
	MHD_add_response_header(response, "Cross-Origin-Resource-Policy", "same-origin");
	MHD_add_response_header(response, "Content-Security-Policy",
	                        html ? page_policy : "default-src 'none'; frame-ancestors 'none'");
	if (allow)
		MHD_add_response_header(response, MHD_HTTP_HEADER_ALLOW, allow);
	enum MHD_Result ret = MHD_queue_response(conn, r->status, response);
	MHD_destroy_response(response);
	return ret;
}

static enum MHD_Result send_error(struct MHD_Connection *conn, unsigned status, const char *allow,
                                  const char *message)
{
	serve_response r = {0};
	serve_error(&r, status, "%s", message);
	enum MHD_Result ret = send_response(conn, &r, false, allow);
	free(r.body);
	return ret;
}

/* ---- the query string --------------------------------------------------- */

static const char *const known_parameters[] = {"status", "region", "metric", "article", "rule",
                                               "ids",    "offset", "limit",  "id",      NULL};

static enum MHD_Result check_parameter(void *cls, enum MHD_ValueKind kind, const char *key,
                                       const char *value)
{
	serve_query *q = cls;
	(void)kind;
	(void)value;
	for (size_t i = 0; known_parameters[i]; i++)
		if (key && strcmp(key, known_parameters[i]) == 0)
			return MHD_YES;
	if (q->unknown == NULL)
		q->unknown = key ? key : "";
	return MHD_YES;
}

static const char *query_get(void *ctx, const char *key)
{
	return MHD_lookup_connection_value(ctx, MHD_GET_ARGUMENT_KIND, key);
}

/* ---- checks every request passes ------------------------------------------ */

/* DNS rebinding: a page of another site, its name pointed at 127.0.0.1,
 * would otherwise reach the desk as the same origin. Only the names of
 * this address are served. */
static bool host_allowed(const angka_server *srv, const char *host)
{
	if (host == NULL)
		return false;
	if (!srv->loopback && strcmp(srv->host, "0.0.0.0") == 0)
		return true;
	char expected[128];
	const char *names[] = {srv->host, "localhost", "127.0.0.1", "[::1]"};
	size_t n = srv->loopback ? 4 : 1;
	for (size_t i = 0; i < n; i++) {
		snprintf(expected, sizeof expected, "%s:%u", names[i], srv->port);
		if (strcasecmp(host, expected) == 0)
			return true;
	}
	return false;
}

static bool token_matches(const angka_server *srv, const char *given)
{
	size_t len = strlen(srv->token);
	return given && strlen(given) == len && CRYPTO_memcmp(given, srv->token, len) == 0;
}

static bool json_content_type(const char *type)
{
	if (type == NULL || strncasecmp(type, "application/json", 16) != 0)
		return false;
	return type[16] == '\0' || type[16] == ';' || type[16] == ' ';
}

/* An Origin, when the browser sends one, must be this server. */
static bool origin_allowed(const char *origin, const char *host)
{
	if (origin == NULL)
		return true;
	char expected[160];
	snprintf(expected, sizeof expected, "http://%s", host);
	return strcasecmp(origin, expected) == 0;
}

/* ---- routing ------------------------------------------------------------------ */

static bool is_get_path(const angka_server *srv, const char *url)
{
	if (strcmp(url, "/") == 0 || strcmp(url, "/index.html") == 0 ||
	    strncmp(url, "/api/", 5) == 0)
		return true;
	for (size_t i = 0; i < sizeof srv->assets / sizeof srv->assets[0]; i++)
		if (strcmp(url, srv->assets[i].path) == 0)
			return true;
	return false;
}

static enum MHD_Result serve_get(angka_server *srv, struct MHD_Connection *conn, const char *url)
{
	serve_response r = {0};
	if (strcmp(url, "/") == 0 || strcmp(url, "/index.html") == 0) {
		serve_response page = {200, srv->index_html, srv->index_len, "text/html"};
		return send_response(conn, &page, true, NULL);
	}
	for (size_t i = 0; i < sizeof srv->assets / sizeof srv->assets[0]; i++)
		if (strcmp(url, srv->assets[i].path) == 0) {
			serve_response file = {200, srv->assets[i].body, srv->assets[i].len,
			                       srv->assets[i].type};
			return send_response(conn, &file, false, NULL);
		}
	serve_query q = {query_get, conn, NULL};
	MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, check_parameter, &q);
	if (q.unknown != NULL)
		serve_error(&r, 400, "unknown parameter '%s'", q.unknown);
	else if (strcmp(url, "/api/session") == 0)
		serve_api_session(&r, &srv->context);
	else if (strcmp(url, "/api/queue") == 0)
		serve_api_queue(&r, &srv->context, &q);
	else if (strcmp(url, "/api/facets") == 0)
		serve_api_facets(&r, &srv->context);
	else if (strcmp(url, "/api/findings") == 0)
		serve_api_findings(&r, &srv->context);
	else if (strcmp(url, "/api/history") == 0)
		serve_api_history(&r, &srv->context, &q);
	else
		serve_error(&r, 404, "no such page: %s", url);
	enum MHD_Result ret = send_response(conn, &r, false, NULL);
	free(r.body);
	return ret;
}

static enum MHD_Result serve_post(angka_server *srv, struct MHD_Connection *conn, const char *url,
                                  request *req, const char *host)
{
	if (strcmp(url, "/api/review") != 0)
		return is_get_path(srv, url) ? send_error(conn, 405, "GET, HEAD", "use GET here")
		                             : send_error(conn, 404, NULL, "no such page");
	const char *token = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "X-Angka-Token");
	const char *origin = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Origin");
	const char *type =
	        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
	if (!token_matches(srv, token))
		return send_error(conn, 403, NULL,
		                  "missing or wrong session token (reload the page)");
	if (!origin_allowed(origin, host))
		return send_error(conn, 403, NULL, "a request from another site");
	if (!json_content_type(type))
		return send_error(conn, 415, NULL, "the body must be application/json");
	if (req->too_big)
		return send_error(conn, 413, NULL, "the body is too large");
	if (MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, NULL, NULL) > 0)
		return send_error(conn, 400, NULL, "a review takes no query parameters");
	serve_response r = {0};
	serve_api_review(&r, &srv->context, req->body.data ? req->body.data : "", req->body.len);
	enum MHD_Result ret = send_response(conn, &r, false, NULL);
	free(r.body);
	return ret;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *conn, const char *url,
                              const char *method, const char *version, const char *upload_data,
                              size_t *upload_data_size, void **req_cls)
{
	angka_server *srv = cls;
	request *req = *req_cls;
	(void)version;
	if (req == NULL) {
		req = calloc(1, sizeof *req);
		if (req == NULL)
			return MHD_NO;
		req->body = (angka_buf)ANGKA_BUF_INIT;
		req->body.limit = SERVE_BODY_LIMIT;
		*req_cls = req;
		/* A body announced too large is refused before it is read. */
		const char *length = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
		                                                 MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (length && strtoull(length, NULL, 10) > SERVE_BODY_LIMIT)
			return send_error(conn, 413, NULL, "the body is too large");
		return MHD_YES;
	}
	if (*upload_data_size > 0) {
		if (!req->too_big &&
		    angka_buf_append(&req->body, upload_data, *upload_data_size) != 0)
			req->too_big = true;
		*upload_data_size = 0;
		return MHD_YES;
	}
	const char *host = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
	if (!host_allowed(srv, host))
		return send_error(conn, 403, NULL, "this server answers to its own address only");
	if (strcmp(method, MHD_HTTP_METHOD_GET) == 0 || strcmp(method, MHD_HTTP_METHOD_HEAD) == 0) {
		if (req->body.len > 0 || req->too_big)
			return send_error(conn, 400, NULL, "a GET has no body");
		return serve_get(srv, conn, url);
	}
	if (strcmp(method, MHD_HTTP_METHOD_POST) == 0)
		return serve_post(srv, conn, url, req, host);
	if (strcmp(url, "/api/review") == 0)
		return send_error(conn, 405, "POST", "use POST here");
	return is_get_path(srv, url) ? send_error(conn, 405, "GET, HEAD", "use GET here")
	                             : send_error(conn, 404, NULL, "no such page");
}

static void request_done(void *cls, struct MHD_Connection *conn, void **req_cls,
                         enum MHD_RequestTerminationCode code)
{
	(void)cls;
	(void)conn;
	(void)code;
	request *req = *req_cls;
	if (req) {
		angka_buf_free(&req->body);
		free(req);
	}
	*req_cls = NULL;
}

/* ---- start and stop ---------------------------------------------------------- */

/* The files of the desk, and the metrics' labels, which are the domains'
 * (metrics.tsv). */
static int load_assets(angka_server *srv, const char *web_dir, const angka_serve_options *options,
                       angka_error *err)
{
	static const asset table[4] = {
	        {"/desk.js", "desk/desk.js", "text/javascript", NULL, 0},
	        {"/desk.css", "desk/desk.css", "text/css", NULL, 0},
	        {"/metrics.json", NULL, "application/json", NULL, 0},
	        {"/favicon.ico", NULL, "image/x-icon", NULL, 0},
	};
	char path[4096];
	int ret;
	for (size_t i = 0; i < 4; i++) {
		srv->assets[i] = table[i];
		if (table[i].file == NULL)
			continue;
		snprintf(path, sizeof path, "%s/%s", web_dir, table[i].file);
		if ((ret = angka_read_file(&srv->assets[i].body, &srv->assets[i].len, path,
		                           ASSET_LIMIT, err)) != ANGKA_OK)
			return angka_error_prefix(err, "the desk's assets: ");
	}
	if ((ret = angka_metric_labels_json(&srv->assets[2].body, options->domains,
	                                    options->n_domains, err)) != ANGKA_OK)
		return ret;
	srv->assets[2].len = strlen(srv->assets[2].body);
	/* The page, with the session's token where it asks for it. */
	char *page = NULL;
	size_t len = 0;
	snprintf(path, sizeof path, "%s/desk/index.html", web_dir);
	if ((ret = angka_read_file(&page, &len, path, ASSET_LIMIT, err)) != ANGKA_OK)
		return angka_error_prefix(err, "the desk's assets: ");
	char *marker = strstr(page, TOKEN_MARKER);
	if (marker == NULL) {
		free(page);
		return angka_error_set(err, ANGKA_EPARSE, "%s: no %s for the session token", path,
		                       TOKEN_MARKER);
	}
	angka_buf b = ANGKA_BUF_INIT;
	angka_buf_append(&b, page, (size_t)(marker - page));
	angka_buf_puts(&b, srv->token);
	angka_buf_puts(&b, marker + strlen(TOKEN_MARKER));
	free(page);
	srv->index_len = b.len;
	srv->index_html = angka_buf_detach(&b);
	if (srv->index_html == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	return ANGKA_OK;
}

int angka_server_start(angka_server **out, angka_store *store, const angka_serve_options *options,
                       angka_error *err)
{
	angka_server *srv = NULL;
	unsigned char random[TOKEN_BYTES];
	struct sockaddr_in addr;
	int ret;
	*out = NULL;
	if (options->reviewer == NULL || *options->reviewer == '\0')
		return angka_error_set(err, ANGKA_EINVAL, "decisions need a reviewer's name");
	const char *host = options->host ? options->host : "127.0.0.1";
	memset(&addr, 0, sizeof addr);
	addr.sin_family = AF_INET;
	addr.sin_port = htons(options->port);
	if (inet_pton(AF_INET, host, &addr.sin_addr) != 1)
		return angka_error_set(err, ANGKA_EINVAL, "'%s' is not an IPv4 address", host);
	if ((srv = calloc(1, sizeof *srv)) == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	snprintf(srv->host, sizeof srv->host, "%s", host);
	srv->loopback = (ntohl(addr.sin_addr.s_addr) >> 24) == 127;
	if (RAND_bytes(random, sizeof random) != 1) {
		ret = angka_error_set(err, ANGKA_EIO, "no randomness for the session token");
		goto fail;
	}
	for (size_t i = 0; i < sizeof random; i++)
		snprintf(srv->token + 2 * i, 3, "%02x", random[i]);
	srv->reviewer = angka_strdup(options->reviewer);
	srv->database = angka_strdup(options->database ? options->database : "");
	if (srv->reviewer == NULL || srv->database == NULL) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
		goto fail;
	}
	srv->context = (serve_context){options->domains, options->n_domains, store, srv->reviewer,
	                               srv->database};
	if ((ret = load_assets(srv, options->web_dir ? options->web_dir : "web", options, err)) !=
	    ANGKA_OK)
		goto fail;
	srv->daemon = MHD_start_daemon(
	        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL, options->port, NULL, NULL, handle,
	        srv, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_NOTIFY_COMPLETED,
	        request_done, NULL, MHD_OPTION_CONNECTION_LIMIT, (unsigned)64,
	        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_END);
	if (srv->daemon == NULL) {
		ret = angka_error_set(err, ANGKA_EIO,
		                      "cannot listen on %s:%u (in use, or not "
		                      "permitted)",
		                      host, options->port);
		goto fail;
	}
	const union MHD_DaemonInfo *info =
	        MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
	srv->port = info ? info->port : options->port;
	*out = srv;
	return ANGKA_OK;
fail:
	angka_server_stop(srv);
	return ret;
}

unsigned short angka_server_port(const angka_server *server)
{
	return server->port;
}

const char *angka_server_token(const angka_server *server)
{
	return server->token;
}

void angka_server_stop(angka_server *server)
{
	if (server == NULL)
		return;
	if (server->daemon)
		MHD_stop_daemon(server->daemon);
	for (size_t i = 0; i < sizeof server->assets / sizeof server->assets[0]; i++)
		free(server->assets[i].body);
	free(server->index_html);
	free(server->reviewer);
	free(server->database);
	OPENSSL_cleanse(server->token, sizeof server->token);
	free(server);
}
