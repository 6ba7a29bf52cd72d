/* The page's metadata: <meta> tags, JSON-LD, the title and the publication
 * date, in the order of trust docs/parse.md gives. */
#include <jansson.h>
#include <libxml/uri.h>
#include <stdlib.h>
#include <string.h>

#include "parse/dates.h"
#include "parse/html_internal.h"

/* <meta> -------------------------------------------------------------------------- */

void angka_html_read_meta(html_ctx *hc, xmlNode *node)
{
	const char *content = angka_html_attr(node, "content");
	if (content == NULL)
		return;
	const char *key = angka_html_attr(node, "property");
	if (key == NULL)
		key = angka_html_attr(node, "name");
	const char *itemprop = angka_html_attr(node, "itemprop");
	if (itemprop != NULL && angka_html_has_token(itemprop, "datePublished"))
		angka_html_set_once(&hc->itemprop_published, content);
	if (key == NULL)
		return;
	static const char *const published_keys[] = {"article:published_time",
	                                             "og:article:published_time",
	                                             "pubdate",
	                                             "publishdate",
	                                             "publish-date",
	                                             "publish_date",
	                                             "published_time",
	                                             "article_date_original",
	                                             "dc.date.issued",
	                                             "dc.date",
	                                             "dcterms.created",
	                                             "datepublished",
	                                             "content_publisheddate",
	                                             "date",
	                                             NULL};
	if (angka_html_ascii_ieq(key, "og:title"))
		angka_html_set_once(&hc->og_title, content);
	else if (angka_html_ascii_ieq(key, "og:site_name"))
		angka_html_set_once(&hc->site, content);
	else if (angka_html_ascii_ieq(key, "og:url"))
		angka_html_set_once(&hc->og_url, content);
	else if (angka_html_ascii_ieq(key, "author") || angka_html_ascii_ieq(key, "dc.creator") ||
	         (angka_html_ascii_ieq(key, "article:author") && strstr(content, "://") == NULL))
		angka_html_set_once(&hc->meta_author, content);
	else
		for (size_t i = 0; published_keys[i] != NULL; i++)
			if (angka_html_ascii_ieq(key, published_keys[i]))
				angka_html_set_once(&hc->meta_published, content);
}

/* JSON-LD ------------------------------------------------------------------------ */

static bool ld_is_article(json_t *type)
{
	if (json_is_array(type)) {
		size_t i;
		json_t *t;
		json_array_foreach(type, i, t)
		{
			if (ld_is_article(t))
				return true;
		}
		return false;
	}
	if (!json_is_string(type))
		return false;
	const char *s = json_string_value(type);
	size_t n = strlen(s);
	return (n >= 7 && strcmp(s + n - 7, "Article") == 0) || strcmp(s, "BlogPosting") == 0 ||
	       strcmp(s, "ReportageNews") == 0 || strcmp(s, "LiveBlogPosting") == 0;
}

static const char *ld_name(json_t *v)
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_array(v) && json_array_size(v) > 0)
		return ld_name(json_array_get(v, 0));
	if (json_is_object(v)) {
		json_t *name = json_object_get(v, "name");
		return json_is_string(name) ? json_string_value(name) : NULL;
	}
	return NULL;
}

static void ld_visit(html_ctx *hc, json_t *v, int depth)
{
	if (v == NULL || depth > 6)
		return;
	if (json_is_array(v)) {
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item)
		{
			ld_visit(hc, item, depth + 1);
		}
		return;
	}
	if (!json_is_object(v))
		return;
	ld_visit(hc, json_object_get(v, "@graph"), depth + 1);
	if (!ld_is_article(json_object_get(v, "@type")))
		return;
	json_t *published = json_object_get(v, "datePublished");
	if (json_is_string(published))
		angka_html_set_once(&hc->ld_published, json_string_value(published));
	json_t *headline = json_object_get(v, "headline");
	if (json_is_string(headline))
		angka_html_set_once(&hc->ld_headline, json_string_value(headline));
	angka_html_set_once(&hc->ld_author, ld_name(json_object_get(v, "author")));
	angka_html_set_once(&hc->ld_publisher, ld_name(json_object_get(v, "publisher")));
}

/* Malformed JSON is common and simply ignored. */
void angka_html_read_json_ld(html_ctx *hc, xmlNode *script)
{
	xmlChar *content = xmlNodeGetContent(script);
	if (content == NULL)
		return;
	json_error_t error;
	json_t *root = json_loadb((const char *)content, strlen((const char *)content),
	                          JSON_DECODE_ANY, &error);
	if (root != NULL) {
		ld_visit(hc, root, 0);
		json_decref(root);
	}
	xmlFree(content);
}

/* Title -------------------------------------------------------------------------- */

/* Remove a trailing " - Site" / " | Site" from a title. With site known,
 * only that suffix (or prefix) goes; otherwise, when loose, a short last
 * segment after a longer title. Edits title in place. */
static void strip_title_site(char *title, const char *site, bool loose)
{
	static const char *const seps[] = {" - ",  " | ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
	                                   " :: ", " \xC2\xBB ", " \xC2\xB7 ",     NULL};
	size_t len = strlen(title);
	const char *best = NULL;
	size_t best_sep = 0;
	const char *first = NULL;
	size_t first_sep = 0;
	for (size_t i = 0; seps[i] != NULL; i++) {
		size_t n = strlen(seps[i]);
		for (const char *p = strstr(title, seps[i]); p != NULL;
		     p = strstr(p + 1, seps[i])) {
			if (best == NULL || p > best)
				best = p, best_sep = n;
			if (first == NULL || p < first)
				first = p, first_sep = n;
		}
	}
	if (best == NULL)
		return;
	const char *suffix = best + best_sep;
	size_t head_len = (size_t)(best - title);
	if (site != NULL && angka_html_ascii_ieq(suffix, site)) {
		title[head_len] = '\0';
		return;
	}
	if (site != NULL && (size_t)(first - title) == strlen(site) &&
	    angka_parse_has_prefix(title, len, site)) {
		memmove(title, first + first_sep, strlen(first + first_sep) + 1);
		return;
	}
	if (!loose)
		return;
	size_t suffix_words = angka_parse_count_words(suffix, strlen(suffix));
	size_t head_words = angka_parse_count_words(title, head_len);
	if (suffix_words <= 4 && head_words >= 3 && head_words > suffix_words)
		title[head_len] = '\0';
}

static char *choose_title(html_ctx *hc)
{
	char *title = NULL;
	if (hc->og_title != NULL) {
		title = angka_strdup(hc->og_title);
		if (title != NULL)
			strip_title_site(title, hc->site, false);
		return title;
	}
	if (hc->h1 != NULL) {
		title = angka_html_node_text(hc, hc->h1, 0);
		if (title != NULL)
			return title;
	}
	if (hc->title_node != NULL) {
		title = angka_html_node_text(NULL, hc->title_node, 0);
		if (title != NULL) {
			strip_title_site(title, hc->site, true);
			return title;
		}
	}
	return angka_strdup(hc->ld_headline);
}

/* Date --------------------------------------------------------------------------- */

static char *iso_date(const char *value)
{
	angka_ymd date;
	char buf[11];
	if (value == NULL || !angka_date_parse_meta(&date, value))
		return NULL;
	angka_date_format(buf, &date);
	return angka_strdup(buf);
}

/* The publication date from markup, in the order of trust: article meta
 * tags, itemprop, JSON-LD, then a <time datetime> inside the content (one
 * marked pubdate anywhere). Never the visible text: parse.c does that. */
static char *choose_published(html_ctx *hc, xmlNode *const *scope, size_t n_scope)
{
	const char *sources[] = {hc->meta_published, hc->itemprop_published, hc->ld_published};
	for (size_t i = 0; i < 3; i++) {
		char *date = iso_date(sources[i]);
		if (date != NULL)
			return date;
	}
	for (size_t i = 0; i < hc->n_times; i++) {
		xmlNode *t = hc->times[i];
		if (angka_html_inside_removed(hc, t))
			continue;
		if (angka_html_attr(t, "pubdate") != NULL || angka_html_inside(t, scope, n_scope)) {
			char *date = iso_date(angka_html_attr(t, "datetime"));
			if (date != NULL)
				return date;
		}
	}
	return NULL;
}

/* URL ---------------------------------------------------------------------------- */

static char *resolve_url(const char *href, const char *base)
{
	if (href == NULL)
		return NULL;
	if (base != NULL &&
	    (strncmp(base, "http://", 7) == 0 || strncmp(base, "https://", 8) == 0) &&
	    strstr(href, "://") == NULL) {
		xmlChar *abs = xmlBuildURI((const xmlChar *)href, (const xmlChar *)base);
		if (abs != NULL) {
			char *out = angka_strdup((const char *)abs);
			xmlFree(abs);
			return out;
		}
	}
	return angka_strdup(href);
}

void angka_html_fill_meta(html_ctx *hc, angka_parse_meta *meta, xmlNode *const *scope,
                          size_t n_scope)
{
	meta->title = choose_title(hc);
	meta->site = angka_strdup(hc->site ? hc->site : hc->ld_publisher);
	meta->canonical_url =
	        resolve_url(hc->canonical ? hc->canonical : hc->og_url, hc->doc->source);
	meta->author = angka_strdup(hc->meta_author ? hc->meta_author : hc->ld_author);
	meta->published = choose_published(hc, scope, n_scope);
}

void angka_html_ctx_free(html_ctx *hc)
{
	free(hc->stats);
	free(hc->soft);
	free(hc->og_title);
	free(hc->site);
	free(hc->og_url);
	free(hc->canonical);
	free(hc->meta_author);
	free(hc->meta_published);
	free(hc->itemprop_published);
	free(hc->ld_published);
	free(hc->ld_author);
	free(hc->ld_headline);
	free(hc->ld_publisher);
}
