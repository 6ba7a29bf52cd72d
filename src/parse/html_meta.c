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
	                                             "og:published_time",
	                                             "parsely-pub-date",
	                                             "sailthru.date",
	                                             "dcterms.date",
	                                             "dc.date.created",
	                                             "article.published",
	                                             "publication_date",
	                                             "pub_date",
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
	else if (angka_html_ascii_ieq(key, "og:updated_time") ||
	         angka_html_ascii_ieq(key, "article:modified_time") ||
	         angka_html_ascii_ieq(key, "dateModified"))
		angka_html_set_once(&hc->meta_modified, content);
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

static bool ld_is(json_t *type, const char *name)
{
	if (json_is_array(type)) {
		size_t i;
		json_t *t;
		json_array_foreach(type, i, t)
		{
			if (ld_is(t, name))
				return true;
		}
		return false;
	}
	return json_is_string(type) && strcmp(json_string_value(type), name) == 0;
}

/* Members that name other things than the page's own article: its parties
 * (their dates are theirs) and lists of other articles. */
static bool ld_elsewhere(const char *key)
{
	static const char *const keys[] = {"itemListElement",
	                                   "relatedLink",
	                                   "significantLink",
	                                   "citation",
	                                   "author",
	                                   "publisher",
	                                   "creator",
	                                   "isPartOf",
	                                   "comment",
	                                   "review",
	                                   "video",
	                                   "image",
	                                   NULL};
	for (size_t i = 0; keys[i] != NULL; i++)
		if (strcmp(key, keys[i]) == 0)
			return true;
	return false;
}

/* Every object of the JSON-LD, at any depth (@graph, mainEntity,
 * mainEntityOfPage, ...), but never inside a list of other articles. The
 * first article-like object gives the article's date, headline, author and
 * publisher; any other object's datePublished (a WebPage's) is a fallback. */
static void ld_visit(html_ctx *hc, json_t *v, int depth)
{
	if (v == NULL || depth > 8)
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
	json_t *type = json_object_get(v, "@type");
	if (ld_is(type, "ItemList") || ld_is(type, "BreadcrumbList"))
		return;
	json_t *published = json_object_get(v, "datePublished");
	if (ld_is_article(type)) {
		if (json_is_string(published))
			angka_html_set_once(&hc->ld_published, json_string_value(published));
		json_t *headline = json_object_get(v, "headline");
		if (json_is_string(headline))
			angka_html_set_once(&hc->ld_headline, json_string_value(headline));
		angka_html_set_once(&hc->ld_author, ld_name(json_object_get(v, "author")));
		angka_html_set_once(&hc->ld_publisher, ld_name(json_object_get(v, "publisher")));
		json_t *body = json_object_get(v, "articleBody");
		if (hc->ld_body == NULL && json_is_string(body))
			hc->ld_body = angka_strdup(json_string_value(body));
	} else if (json_is_string(published)) {
		angka_html_set_once(&hc->ld_page_published, json_string_value(published));
	}
	json_t *modified = json_object_get(v, "dateModified");
	if (json_is_string(modified))
		angka_html_set_once(&hc->meta_modified, json_string_value(modified));
	const char *key;
	json_t *member;
	json_object_foreach(v, key, member)
	{
		if ((json_is_object(member) || json_is_array(member)) && !ld_elsewhere(key))
			ld_visit(hc, member, depth + 1);
	}
}

/* Malformed JSON is common and simply ignored. */
static void read_json_ld(html_ctx *hc, xmlNode *script)
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

void angka_html_read_json_ld(html_ctx *hc)
{
	if (hc->ld_read)
		return;
	hc->ld_read = true;
	for (size_t i = 0; i < hc->n_ld; i++)
		read_json_ld(hc, hc->ld[i]);
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

/* Whether a <time> names itself the publication date: pubdate, or a class
 * or itemprop "published" / "datePublished" / "entry-date". */
static bool marked_published(const xmlNode *t)
{
	if (angka_html_attr(t, "pubdate") != NULL)
		return true;
	const char *cls = angka_html_attr(t, "class");
	return cls != NULL &&
	       (strstr(cls, "published") != NULL || strstr(cls, "entry-date") != NULL);
}

/* The pre-order rank of an element (walk 1 numbers them in document order). */
static size_t rank(const xmlNode *node)
{
	return node->_private != NULL ? (size_t)(uintptr_t)node->_private : 0;
}

/* The publication date from markup, in the order of trust: article meta
 * tags, itemprop, JSON-LD of the article, of the page, then a <time
 * datetime> the page marks as the publication date, inside the content, or
 * in the article's header (after its <h1>, before the content). Never one in
 * a list of other articles (those are boilerplate), nor the visible text:
 * parse.c does that. */
static char *choose_published(html_ctx *hc, xmlNode *const *scope, size_t n_scope)
{
	const char *sources[] = {hc->meta_published, hc->itemprop_published, hc->ld_published,
	                         hc->ld_page_published};
	for (size_t i = 0; i < sizeof sources / sizeof sources[0]; i++) {
		char *date = iso_date(sources[i]);
		if (date != NULL)
			return date;
	}
	size_t h1 = hc->h1 != NULL ? rank(hc->h1) : 0;
	size_t start = n_scope > 0 ? rank(scope[0]) : 0;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < hc->n_times; i++) {
			xmlNode *t = hc->times[i];
			if (angka_html_inside_removed(hc, t, false))
				continue;
			bool header = h1 > 0 && rank(t) > h1 && rank(t) < start;
			bool ok = pass == 0 ? marked_published(t)
			                    : angka_html_inside(t, scope, n_scope) || header;
			if (!ok)
				continue;
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
	/* JSON-LD ranks after the <meta> tags for every field: it is read only
	 * when one of them is missing. */
	if ((hc->meta_published == NULL && hc->itemprop_published == NULL) ||
	    hc->meta_author == NULL || hc->site == NULL ||
	    (hc->og_title == NULL && hc->h1 == NULL && hc->title_node == NULL))
		angka_html_read_json_ld(hc);
	meta->title = choose_title(hc);
	meta->site = angka_strdup(hc->site ? hc->site : hc->ld_publisher);
	meta->canonical_url =
	        resolve_url(hc->canonical ? hc->canonical : hc->og_url, hc->doc->source);
	meta->author = angka_strdup(hc->meta_author ? hc->meta_author : hc->ld_author);
	meta->published = choose_published(hc, scope, n_scope);
	meta->modified = iso_date(hc->meta_modified);
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
	free(hc->ld_page_published);
	free(hc->meta_modified);
	free(hc->ld_author);
	free(hc->ld_headline);
	free(hc->ld_publisher);
	free(hc->ld_body);
}
