#include "angka/fetch.h"

#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "fetch/fetch_internal.h"
#include "util/buf.h"
#include "util/utf8.h"

/* Bytes looked at to decide between HTML, text and binary. */
#define SNIFF_WINDOW 4096

static const char *extension_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	const char *dot = strrchr(base, '.');
	return (dot && dot != base) ? dot + 1 : NULL;
}

static bool is_html_extension(const char *ext)
{
	return ext && (strcasecmp(ext, "html") == 0 || strcasecmp(ext, "htm") == 0 ||
	               strcasecmp(ext, "xhtml") == 0);
}

static bool is_text_extension(const char *ext)
{
	return ext && strcasecmp(ext, "txt") == 0;
}

const char *angka_fetch_utf16_bom(const unsigned char *bytes, size_t len)
{
	if (len >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE &&
	    !(len >= 4 && bytes[2] == 0 && bytes[3] == 0)) /* FF FE 00 00: UTF-32LE */
		return "utf-16le";
	if (len >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
		return "utf-16be";
	return NULL;
}

/* The ASCII a UTF-16 buffer spells (other characters as 0x80), so the
 * checks below read it as they read a byte-oriented one. */
static size_t utf16_ascii(unsigned char *out, size_t cap, const unsigned char *bytes, size_t len,
                          bool little_endian)
{
	size_t n = 0;
	for (size_t i = 2; i + 1 < len && n < cap; i += 2) {
		unsigned hi = little_endian ? bytes[i + 1] : bytes[i];
		unsigned lo = little_endian ? bytes[i] : bytes[i + 1];
		out[n++] = (unsigned char)(hi == 0 && lo < 0x80 ? lo : 0x80);
	}
	return n;
}

/* Binary when the window holds a NUL byte or more than 10% control bytes
 * other than white space: real text, in any encoding angka reads, has
 * neither (UTF-16, told by its BOM, is looked at as the characters it
 * spells). Invalid UTF-8 alone is not binary (the parser repairs it).
 * Markup is looked for only when markup: a file whose extension says what
 * it is needs the verdict on binary alone (lowering the window and
 * searching it for each marker was most of reading a text file). */
static int sniff(angka_content_kind *out, const unsigned char *bytes, size_t len, bool markup)
{
	unsigned char utf16[SNIFF_WINDOW];
	const char *bom = angka_fetch_utf16_bom(bytes, len);
	if (bom != NULL) {
		/* Every other byte of UTF-16 text is NUL: look at its characters. */
		len = utf16_ascii(utf16, sizeof utf16, bytes, len, strcmp(bom, "utf-16le") == 0);
		bytes = utf16;
	}
	size_t window = len < SNIFF_WINDOW ? len : SNIFF_WINDOW;
	/* A NUL first, then the count without a branch: the loop that did
	 * both a byte at a time cost a sixth more. */
	if (memchr(bytes, 0, window) != NULL)
		return ANGKA_EBINARY;
	size_t control = 0;
	for (size_t i = 0; i < window; i++) {
		unsigned char c = bytes[i];
		control += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
	}
	if (window > 0 && control * 10 > window)
		return ANGKA_EBINARY;
	*out = ANGKA_CONTENT_TEXT;
	if (!markup)
		return ANGKA_OK;

	/* Markup near the start: a doctype or one of the elements every page has. */
	static const char *const markers[] = {
	        "<!doctype html", "<html",    "<head", "<body", "<meta",
	        "<title",         "<article", "<div",  "<p>",   NULL};
	char lower[SNIFF_WINDOW + 1];
	for (size_t i = 0; i < window; i++)
		lower[i] = (char)((bytes[i] >= 'A' && bytes[i] <= 'Z') ? bytes[i] + 32 : bytes[i]);
	lower[window] = '\0';
	for (size_t i = 0; markers[i]; i++) {
		if (strstr(lower, markers[i]) != NULL) {
			*out = ANGKA_CONTENT_HTML;
			break;
		}
	}
	return ANGKA_OK;
}

int angka_fetch_sniff(angka_content_kind *out, const unsigned char *bytes, size_t len)
{
	return sniff(out, bytes, len, true);
}

bool angka_fetch_only_white_space(const unsigned char *bytes, size_t len)
{
	/* A UTF-8 BOM alone is as empty as nothing. */
	size_t i = (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ? 3 : 0;
	for (; i < len; i++) {
		unsigned char c = bytes[i];
		if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v')
			return false;
	}
	return true;
}

static bool label_starts(const char *label, const char *prefix)
{
	return strncasecmp(label, prefix, strlen(prefix)) == 0;
}

int angka_fetch_check_charset(char **charset, char **warning, const unsigned char *bytes,
                              size_t len)
{
	const char *label = *charset;
	const char *why = NULL;
	const char *instead = NULL;
	if (label == NULL || *warning != NULL)
		return ANGKA_OK;
	bool wide = label_starts(label, "utf-16") || label_starts(label, "utf16") ||
	            label_starts(label, "utf-32") || label_starts(label, "utf32") ||
	            label_starts(label, "ucs-2") || label_starts(label, "ucs2");
	bool utf8 = strcasecmp(label, "utf-8") == 0 || strcasecmp(label, "utf8") == 0;
	size_t window = len < SNIFF_WINDOW ? len : SNIFF_WINDOW;
	if (wide && angka_fetch_utf16_bom(bytes, len) == NULL &&
	    ((len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ||
	     memchr(bytes, 0, window) == NULL)) {
		why = "the bytes are not UTF-16 or UTF-32 (no NUL byte)";
	} else if (!wide && !utf8 && angka_fetch_first_invalid_utf8(bytes, len) < 0) {
		bool multibyte = false;
		for (size_t i = 0; i < len && !multibyte; i++)
			multibyte = bytes[i] >= 0x80;
		if (multibyte) {
			why = "the bytes are valid UTF-8 with non-ASCII characters";
			instead = "utf-8";
		}
	}
	if (why == NULL)
		return ANGKA_OK;
	angka_buf b = ANGKA_BUF_INIT;
	angka_buf_printf(&b, "the server says charset=%s, but %s; read as %s", label, why,
	                 instead ? "UTF-8" : "the bytes and the page say");
	char *replacement = instead ? angka_strdup(instead) : NULL;
	if (b.failed || (instead && replacement == NULL)) {
		angka_buf_free(&b);
		free(replacement);
		return ANGKA_ENOMEM;
	}
	*warning = angka_buf_detach(&b);
	free(*charset);
	*charset = replacement;
	return ANGKA_OK;
}

/* Offset of the first invalid UTF-8 byte, or -1. iconv from UTF-8 to UTF-8
 * stops with EILSEQ (or EINVAL for a truncated sequence at the end) exactly
 * there. */
long angka_fetch_first_invalid_utf8(const unsigned char *bytes, size_t len)
{
	/* iconv passes every well-formed sequence (NUL and noncharacters too),
	 * so it is only asked where the first bad byte is: it cost twice the
	 * rest of reading a text file. */
	if (angka_utf8_well_formed((const char *)bytes, len))
		return -1;
	iconv_t cd = iconv_open("UTF-8", "UTF-8");
	if (cd == (iconv_t)-1)
		return -1;
	char out[4096];
	char *in = (char *)bytes;
	size_t in_left = len;
	long at = -1;
	while (in_left > 0) {
		char *o = out;
		size_t out_left = sizeof out;
		if (iconv(cd, &in, &in_left, &o, &out_left) == (size_t)-1 && errno != E2BIG) {
			at = (long)(in - (char *)bytes);
			break;
		}
	}
	iconv_close(cd);
	return at;
}

char *angka_fetch_now_iso8601(void)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return angka_strdup(stamp);
}

int angka_fetch_file(angka_document **out, const char *path, size_t max_bytes, angka_error *err)
{
	int rc = ANGKA_OK;
	FILE *fp = NULL;
	angka_document *doc = NULL;
	/* The name the article and the messages carry: valid UTF-8 even when
	 * the file system's name is not (the database stores only UTF-8). */
	char *name = angka_utf8_escape(path);
	*out = NULL;
	if (max_bytes == 0)
		max_bytes = ANGKA_FETCH_MAX_BYTES;
	if (name == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory reading a file");

	struct stat st;
	if (stat(path, &st) != 0) {
		rc = angka_error_set(err, errno == ENOENT ? ANGKA_ENOTFOUND : ANGKA_EIO, "%s: %s",
		                     name, strerror(errno));
		goto cleanup;
	}
	if (S_ISDIR(st.st_mode)) {
		rc = angka_error_set(err, ANGKA_EIO, "%s: is a folder, not a file", name);
		goto cleanup;
	}
	if (!S_ISREG(st.st_mode)) {
		rc = angka_error_set(err, ANGKA_EIO, "%s: not a regular file", name);
		goto cleanup;
	}
	if ((unsigned long long)st.st_size > max_bytes) {
		rc = angka_error_set(err, ANGKA_ETOOBIG,
		                     "%s: too big (%lld bytes; the limit is %zu bytes)", name,
		                     (long long)st.st_size, max_bytes);
		goto cleanup;
	}
	fp = fopen(path, "rb");
	if (fp == NULL) {
		rc = angka_error_set(err, ANGKA_EIO, "%s: %s", name, strerror(errno));
		goto cleanup;
	}
	doc = calloc(1, sizeof *doc);
	if (doc == NULL)
		goto nomem;
	doc->source = angka_strdup(name);
	doc->fetched_at = angka_fetch_now_iso8601();
	/* Read with the cap, not the size stat gave: the file may grow meanwhile. */
	doc->bytes = malloc((size_t)st.st_size + 1);
	if (doc->source == NULL || doc->fetched_at == NULL || doc->bytes == NULL)
		goto nomem;
	doc->len = fread(doc->bytes, 1, (size_t)st.st_size, fp);
	if (ferror(fp)) {
		rc = angka_error_set(err, ANGKA_EIO, "%s: %s", name, strerror(errno));
		goto cleanup;
	}
	doc->bytes[doc->len] = '\0';
	if (angka_fetch_only_white_space(doc->bytes, doc->len)) {
		rc = angka_error_set(err, ANGKA_EEMPTY, "%s: empty file (no text to read)", name);
		goto cleanup;
	}
	const char *ext = extension_of(path);
	angka_content_kind sniffed = ANGKA_CONTENT_TEXT;
	if (sniff(&sniffed, doc->bytes, doc->len,
	          !is_html_extension(ext) && !is_text_extension(ext)) != ANGKA_OK) {
		rc = angka_error_set(err, ANGKA_EBINARY,
		                     "%s: binary content (NUL or control bytes), not text or HTML",
		                     name);
		goto cleanup;
	}
	if (is_html_extension(ext))
		doc->kind = ANGKA_CONTENT_HTML;
	else if (is_text_extension(ext))
		doc->kind = ANGKA_CONTENT_TEXT;
	else
		doc->kind = sniffed;
	/* A UTF-16 file says so with its byte order mark: the parser decodes it. */
	const char *bom = angka_fetch_utf16_bom(doc->bytes, doc->len);
	if (bom != NULL && (doc->charset = angka_strdup(bom)) == NULL)
		goto nomem;
	doc->invalid_utf8_at = doc->kind == ANGKA_CONTENT_TEXT && bom == NULL
	                               ? angka_fetch_first_invalid_utf8(doc->bytes, doc->len)
	                               : -1;
	*out = doc;
	doc = NULL;
	goto cleanup;
nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory reading the file", name);
cleanup:
	free(name);
	if (fp)
		fclose(fp);
	angka_document_free(doc);
	return rc;
}

void angka_document_free(angka_document *doc)
{
	if (doc == NULL)
		return;
	free(doc->source);
	free(doc->bytes);
	free(doc->charset);
	free(doc->fetched_at);
	free(doc->warning);
	free(doc);
}

static bool wanted_in_folder(const char *name)
{
	const char *ext = extension_of(name);
	return ext == NULL || is_html_extension(ext) || is_text_extension(ext);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The real files and folders a walk has reached, by (device, inode): a
 * symlink to a folder already walked (a loop, or two links to one place) is
 * not walked again, and a file reached twice is read once. Open addressing
 * with linear probing, grown at half full. */
typedef struct seen_set {
	dev_t *devs;
	ino_t *inos;
	size_t n, cap;
} seen_set;

static size_t seen_slot(const seen_set *s, dev_t dev, ino_t ino)
{
	uint64_t h = ((uint64_t)dev * 0x9E3779B97F4A7C15u) ^ ((uint64_t)ino * 0xC2B2AE3D27D4EB4Fu);
	h ^= h >> 29;
	size_t i = (size_t)h & (s->cap - 1);
	while (s->inos[i] != 0 && !(s->devs[i] == dev && s->inos[i] == ino))
		i = (i + 1) & (s->cap - 1);
	return i;
}

/* Adds (dev, ino); *fresh tells whether it was not there yet. Inode 0 is
 * never a real file's, so it marks an empty slot. */
static int seen_add(seen_set *s, const struct stat *st, bool *fresh)
{
	*fresh = true;
	if (st->st_ino == 0)
		return ANGKA_OK;
	if (4 * (s->n + 1) > 3 * s->cap) {
		seen_set grown = {NULL, NULL, 0, s->cap ? s->cap * 2 : 64};
		grown.devs = calloc(grown.cap, sizeof *grown.devs);
		grown.inos = calloc(grown.cap, sizeof *grown.inos);
		if (grown.devs == NULL || grown.inos == NULL) {
			free(grown.devs);
			free(grown.inos);
			return ANGKA_ENOMEM;
		}
		for (size_t i = 0; i < s->cap; i++) {
			if (s->inos[i] == 0)
				continue;
			size_t k = seen_slot(&grown, s->devs[i], s->inos[i]);
			grown.devs[k] = s->devs[i];
			grown.inos[k] = s->inos[i];
			grown.n++;
		}
		free(s->devs);
		free(s->inos);
		*s = grown;
	}
	size_t i = seen_slot(s, st->st_dev, st->st_ino);
	if (s->inos[i] != 0) {
		*fresh = false;
		return ANGKA_OK;
	}
	s->devs[i] = st->st_dev;
	s->inos[i] = st->st_ino;
	s->n++;
	return ANGKA_OK;
}

typedef struct walk {
	angka_fetch_visit_fn visit;
	void *ctx;
	seen_set seen;
} walk;

/* Hand an entry that cannot be read to the visitor, which reports it; the
 * walk goes on with the next entry unless the visitor says stop. */
static int walk_problem(walk *w, const char *path, const char *what, const char *cause)
{
	angka_error problem = {0, ""};
	angka_error_set(&problem, ANGKA_EIO, "%s: %s%s%s", path, what, cause ? ": " : "",
	                cause ? cause : "");
	return w->visit(path, &problem, w->ctx);
}

/* Depth-first, names sorted, so that a run over a folder is reproducible.
 * An entry that cannot be read (a folder that cannot be opened, one nested
 * too deep) is reported to the visitor and the rest of the folder is still
 * walked. Returns ANGKA_ENOMEM, or what the visitor returned to stop. */
static int walk_folder(walk *w, const char *dir, int depth)
{
	int rc = ANGKA_OK;
	DIR *d = NULL;
	char **names = NULL;
	size_t n = 0, cap = 0;

	if (depth > 64)
		return walk_problem(w, dir, "folders nested too deep (over 64)", NULL);
	d = opendir(dir);
	if (d == NULL)
		return walk_problem(w, dir, "cannot read the folder", strerror(errno));
	struct dirent *entry;
	while ((entry = readdir(d)) != NULL) {
		if (entry->d_name[0] == '.')
			continue;
		if (n == cap) {
			size_t new_cap = cap ? cap * 2 : 32;
			char **grown = realloc(names, new_cap * sizeof *grown);
			if (grown == NULL)
				goto nomem;
			names = grown;
			cap = new_cap;
		}
		names[n] = angka_strdup(entry->d_name);
		if (names[n] == NULL)
			goto nomem;
		n++;
	}
	if (n > 1) /* names is NULL for an empty folder: qsort(NULL, 0) is undefined */
		qsort(names, n, sizeof *names, compare_names);
	for (size_t i = 0; i < n && rc == ANGKA_OK; i++) {
		angka_buf path = ANGKA_BUF_INIT;
		angka_buf_printf(&path, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/",
		                 names[i]);
		char *full = angka_buf_detach(&path);
		if (full == NULL)
			goto nomem;
		struct stat st;
		bool fresh = true;
		if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
			rc = seen_add(&w->seen, &st, &fresh);
			if (rc == ANGKA_OK && fresh)
				rc = walk_folder(w, full, depth + 1);
		} else if (wanted_in_folder(names[i])) {
			/* A name stat cannot follow (a dangling link, a link loop)
			 * is still handed on: reading it reports why. */
			if (stat(full, &st) == 0)
				rc = seen_add(&w->seen, &st, &fresh);
			if (rc == ANGKA_OK && fresh)
				rc = w->visit(full, NULL, w->ctx);
		}
		free(full);
	}
	goto cleanup;
nomem:
	rc = ANGKA_ENOMEM;
cleanup:
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	if (d)
		closedir(d);
	return rc;
}

int angka_fetch_expand(const char *path, angka_fetch_visit_fn visit, void *ctx, angka_error *err)
{
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
		return visit(path, NULL, ctx);
	walk w = {visit, ctx, {NULL, NULL, 0, 0}};
	bool fresh = true;
	int rc = seen_add(&w.seen, &st, &fresh);
	if (rc == ANGKA_OK)
		rc = walk_folder(&w, path, 0);
	free(w.seen.devs);
	free(w.seen.inos);
	if (rc == ANGKA_ENOMEM)
		angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory walking the folder", path);
	return rc;
}
