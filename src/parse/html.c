/* The HTML producer: bytes → UTF-8 → libxml2 tree → the main content's
 * blocks in reading order, plus the page's metadata.
 *
 * Three walks over the tree, each linear:
 *  1. stats: per element, its visible text, link text and a readability-
 *     style content score (a paragraph scores for its parent in full and its
 *     grandparent by half); boilerplate elements are marked and their text
 *     kept out of their ancestors' counts; <meta>, <link>, <title> and JSON-LD
 *     are read on the way.
 *  2. select: over what is not boilerplate, the best-scoring container, the
 *     first <h1>, [itemprop=articleBody] and <time datetime>.
 *  3. extract: the chosen container (grown to the ancestor that adds little
 *     more than a title and a dateline) is turned into blocks; boilerplate
 *     inside it becomes dropped blocks, so it is reported.
 * The per-element data lives in one array indexed through xmlNode._private,
 * which nothing else uses on a tree we own. */
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse/dates.h"
#include "parse/parse_internal.h"

typedef struct node_stat {
	uint32_t text;       /* visible non-space bytes under the element */
	uint32_t links;      /* of which inside <a> */
	uint32_t own;        /* of which in the element's own text nodes */
	uint32_t commas;     /* commas in the visible text */
	uint32_t own_commas; /* of which in its own text nodes */
	uint32_t long_paras; /* paragraphs of 100+ bytes of non-link text */
	uint32_t own_long;   /* of which its own text nodes (<br>-separated text) */
	float child_score;   /* scores of its paragraphs */
	float gchild_score;  /* scores of its children's paragraphs */
	const char *removed; /* why it is boilerplate, or NULL */
	bool has_table;      /* a <table> below it */
	bool has_main;       /* an <article>, <main> or articleBody at or below it */
} node_stat;

#define MAX_TIMES 16
#define MAX_GROUP 64

typedef struct html_ctx {
	const angka_document *doc;
	node_stat *stats;
	size_t n_stats;
	size_t cap_stats;
	bool nomem;
	int link_depth;
	int article_depth;
	/* metadata read in walk 1 */
	xmlNode *title_node;
	char *og_title;
	char *site;
	char *og_url;
	char *canonical;
	char *meta_author;
	char *meta_published;
	char *itemprop_published;
	char *ld_published;
	char *ld_author;
	char *ld_headline;
	char *ld_publisher;
	/* found in walk 2 */
	xmlNode *body;
	xmlNode *best;
	float best_score;
	xmlNode *h1;
	xmlNode *article_body;
	xmlNode *times[MAX_TIMES];
	size_t n_times;
} html_ctx;

/* Small helpers ---------------------------------------------------------------- */

static const char *name_of(const xmlNode *node)
{
	return (const char *)node->name;
}

static bool name_is(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE && node->name != NULL &&
	       strcmp((const char *)node->name, name) == 0;
}

static bool name_in(const xmlNode *node, const char *const *names)
{
	if (node->type != XML_ELEMENT_NODE || node->name == NULL)
		return false;
	/* Called for every node in every walk: the first byte rules out most
	 * names without a call. */
	const char *name = (const char *)node->name;
	for (; *names != NULL; names++)
		if (name[0] == (*names)[0] && strcmp(name, *names) == 0)
			return true;
	return false;
}

/* The value of an attribute without copying it (the HTML parser stores it as
 * one text child), "" when present but empty, NULL when absent. Attribute
 * names are matched case-insensitively. */
static const char *attr(const xmlNode *node, const char *name)
{
	for (const xmlAttr *a = node->properties; a != NULL; a = a->next) {
		const char *an = (const char *)a->name;
		const char *b = name;
		while (*an && *b && ((*an | 0x20) == (*b | 0x20)))
			an++, b++;
		if (*an != '\0' || *b != '\0')
			continue;
		if (a->children == NULL)
			return "";
		if (a->children->type == XML_TEXT_NODE && a->children->content != NULL)
			return (const char *)a->children->content;
		return "";
	}
	return NULL;
}

static bool ascii_ieq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return false;
	while (*a && *b && ((*a | 0x20) == (*b | 0x20)))
		a++, b++;
	return *a == '\0' && *b == '\0';
}

/* Case-insensitive search for a word in a space-separated attribute value
 * ("rel", "itemprop"). */
static bool attr_has_token(const char *value, const char *token)
{
	if (value == NULL)
		return false;
	size_t n = strlen(token);
	const char *p = value;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		const char *start = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n')
			p++;
		if ((size_t)(p - start) == n) {
			size_t i = 0;
			while (i < n && ((start[i] | 0x20) == (token[i] | 0x20)))
				i++;
			if (i == n)
				return true;
		}
	}
	return false;
}

static node_stat *stat_of(html_ctx *hc, const xmlNode *node)
{
	if (node == NULL || node->type != XML_ELEMENT_NODE || node->_private == NULL)
		return NULL;
	size_t idx = (size_t)(uintptr_t)node->_private - 1;
	return idx < hc->n_stats ? &hc->stats[idx] : NULL;
}

/* Fold s into a new string; NULL for NULL, empty or no memory. */
static char *fold_dup(const char *s)
{
	if (s == NULL)
		return NULL;
	angka_parse_folder f = {ANGKA_BUF_INIT, false};
	angka_parse_fold(&f, s, strlen(s));
	if (f.buf.failed || f.buf.len == 0) {
		angka_buf_free(&f.buf);
		return NULL;
	}
	return angka_buf_detach(&f.buf);
}

/* Keep the first non-empty value seen. A value lost to a failed allocation
 * only leaves the metadata incomplete. */
static void set_once(char **slot, const char *value)
{
	if (*slot == NULL && value != NULL)
		*slot = fold_dup(value);
}

static bool is_space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Tags that never hold article text; their content is not even walked. */
static const char *const opaque_tags[] = {
        "script", "style",  "noscript", "template", "svg",    "math",     "iframe", "object",
        "embed",  "canvas", "video",    "audio",    "select", "textarea", "head",   NULL};

/* Tags that start and end a block of text. */
static const char *const block_tags[] = {
        "p",       "div",  "section", "article", "main",       "header",  "footer",  "aside",
        "nav",     "h1",   "h2",      "h3",      "h4",         "h5",      "h6",      "ul",
        "ol",      "li",   "dl",      "dt",      "dd",         "table",   "thead",   "tbody",
        "tfoot",   "tr",   "td",      "th",      "blockquote", "pre",     "figure",  "figcaption",
        "address", "hr",   "center",  "form",    "fieldset",   "details", "summary", "caption",
        "hgroup",  "body", "html",    "option",  "label",      "button",  NULL};

static const char *const para_tags[] = {"p", "pre", "td", NULL};

/* Gathering the text of a subtree ------------------------------------------------ */

typedef struct gathered {
	size_t text;  /* non-space bytes */
	size_t links; /* of which inside <a> */
} gathered;

static size_t count_visible(const char *s, uint32_t *commas)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (!is_space_byte(*p))
			n++;
		if (*p == ',' && commas != NULL)
			(*commas)++;
	}
	return n;
}

/* Whether gather_text walks into an element: not into scripts and the like,
 * nor (below root) into boilerplate. */
static bool gather_opens(html_ctx *hc, const xmlNode *node, const xmlNode *root)
{
	if (name_in(node, opaque_tags))
		return false;
	node_stat *st = hc ? stat_of(hc, node) : NULL;
	return node == root || st == NULL || st->removed == NULL;
}

/* Append the visible text under root to f (block boundaries become spaces),
 * skipping boilerplate when hc is given, until f holds limit bytes (0: no
 * limit). Iterative, so deep trees cannot exhaust the stack. */
static void gather_text(html_ctx *hc, xmlNode *root, angka_parse_folder *f, size_t limit,
                        gathered *g)
{
	xmlNode *node = root;
	int link_depth = 0;
	while (node != NULL) {
		bool open = false;
		if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
			if (node->content != NULL) {
				const char *t = (const char *)node->content;
				angka_parse_fold(f, t, strlen(t));
				if (g != NULL) {
					size_t n = count_visible(t, NULL);
					g->text += n;
					if (link_depth > 0)
						g->links += n;
				}
			}
		} else if (node->type == XML_ELEMENT_NODE && gather_opens(hc, node, root)) {
			open = true;
			if (name_in(node, block_tags) || name_is(node, "br"))
				angka_parse_fold_space(f);
			if (name_is(node, "a"))
				link_depth++;
		}
		if (limit > 0 && f->buf.len >= limit)
			return;
		if (open && node->children != NULL) {
			node = node->children;
			continue;
		}
		/* Leave node, then every ancestor whose last child it was. */
		for (bool up = false;; up = true) {
			if (up || open) {
				if (name_is(node, "a"))
					link_depth--;
				if (name_in(node, block_tags))
					angka_parse_fold_space(f);
			}
			if (node == root)
				return;
			if (node->next != NULL) {
				node = node->next;
				break;
			}
			node = node->parent;
		}
	}
}

/* The folded text of a subtree as a new string, or NULL when empty. */
static char *node_text(html_ctx *hc, xmlNode *node, size_t limit)
{
	angka_parse_folder f = {ANGKA_BUF_INIT, false};
	gather_text(hc, node, &f, limit, NULL);
	if (f.buf.failed || f.buf.len == 0) {
		angka_buf_free(&f.buf);
		return NULL;
	}
	return angka_buf_detach(&f.buf);
}

/* Boilerplate ---------------------------------------------------------------- */

typedef struct class_word {
	const char *word;
	const char *reason;
	bool whole_only; /* only as a whole class, never as a part of "a-b-c" */
	bool guarded;    /* kept when the element holds several long paragraphs */
} class_word;

static const class_word class_words[] = {
        {"nav", "navigation", false, true},
        {"navbar", "navigation", false, true},
        {"navigation", "navigation", false, true},
        {"menu", "navigation", false, true},
        {"breadcrumb", "navigation", false, true},
        {"breadcrumbs", "navigation", false, true},
        {"footer", "footer", false, true},
        {"share", "share", false, false},
        {"sharing", "share", false, false},
        {"social", "share", false, false},
        {"sosmed", "share", false, false},
        {"socmed", "share", false, false},
        {"tags", "tags", false, false},
        {"related", "related-list", false, false},
        {"terkait", "related-list", false, false},
        {"bacajuga", "baca-juga", false, false},
        {"linksisip", "baca-juga", false, false},
        {"terpopuler", "related-list", false, false},
        {"popular", "related-list", false, false},
        {"populer", "related-list", false, false},
        {"trending", "related-list", false, false},
        {"rekomendasi", "related-list", false, false},
        {"recommend", "related-list", false, false},
        {"recommended", "related-list", false, false},
        {"recommendation", "related-list", false, false},
        {"terkini", "related-list", false, false},
        {"latest", "related-list", false, false},
        {"comment", "comments", false, false},
        {"comments", "comments", false, false},
        {"komentar", "comments", false, false},
        {"disqus", "comments", false, false},
        {"chat", "chat-widget", false, true},
        {"widget", "sidebar", true, true},
        {"sidebar", "sidebar", false, true},
        {"cookie", "cookie", false, true},
        {"cookies", "cookie", false, true},
        {"consent", "cookie", false, true},
        {"gdpr", "cookie", false, true},
        {"caption", "caption", false, true},
        {"ads", "ads", false, true},
        {"advert", "ads", false, true},
        {"advertisement", "ads", false, true},
        {"adsbygoogle", "ads", false, true},
        {"iklan", "ads", false, true},
        {"banner", "ads", false, true},
        {"weather", "header-widget", false, true},
        {"cuaca", "header-widget", false, true},
        {"subscribe", "subscribe", false, true},
        {"newsletter", "subscribe", false, true},
        {"popup", "widget", false, true},
        {"modal", "widget", false, true},
};

/* Multi-part names matched anywhere inside a class token. */
static const struct {
	const char *part;
	const char *reason;
} class_parts[] = {
        {"baca-juga", "baca-juga"},   {"baca_juga", "baca-juga"},  {"bacajuga", "baca-juga"},
        {"tag-list", "tags"},         {"taglist", "tags"},         {"tags-list", "tags"},
        {"author-box", "author-box"}, {"authorbox", "author-box"}, {"author-bio", "author-box"},
        {"read-also", "baca-juga"},   {"lihat-juga", "baca-juga"}, {"simak-juga", "baca-juga"},
};

static const class_word *word_lookup(const char *s, size_t len, bool whole)
{
	for (size_t i = 0; i < sizeof class_words / sizeof class_words[0]; i++) {
		const class_word *w = &class_words[i];
		if (w->whole_only && !whole)
			continue;
		if (strlen(w->word) == len && memcmp(w->word, s, len) == 0)
			return w;
	}
	return NULL;
}

/* The boilerplate reason a class or id value gives, or NULL. *guarded tells
 * whether the match may be overruled by the element's content. */
static const char *class_reason(const char *value, bool *guarded)
{
	char token[64];
	const char *p = value;
	while (*p) {
		while (*p && is_space_byte((unsigned char)*p))
			p++;
		size_t n = 0;
		bool too_long = false;
		while (*p && !is_space_byte((unsigned char)*p)) {
			if (n < sizeof token - 1)
				token[n++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
			else
				too_long = true;
			p++;
		}
		token[n] = '\0';
		if (n == 0 || too_long)
			continue;
		for (size_t i = 0; i < sizeof class_parts / sizeof class_parts[0]; i++) {
			if (strstr(token, class_parts[i].part) != NULL) {
				*guarded = false;
				return class_parts[i].reason;
			}
		}
		const class_word *w = word_lookup(token, n, true);
		if (w == NULL) {
			size_t s = 0;
			for (size_t i = 0; i <= n; i++) {
				if (i == n || token[i] == '-' || token[i] == '_') {
					if (i > s && i - s < n)
						w = word_lookup(token + s, i - s, false);
					if (w != NULL)
						break;
					s = i + 1;
				}
			}
		}
		if (w != NULL) {
			*guarded = w->guarded;
			return w->reason;
		}
	}
	return NULL;
}

/* Boilerplate by tag, role or visibility: decided on entering. */
static const char *tag_reason(html_ctx *hc, const xmlNode *node)
{
	const char *name = name_of(node);
	if (name_in(node, opaque_tags))
		return "script";
	if (strcmp(name, "nav") == 0)
		return "navigation";
	/* A <header> inside an <article> is the article's own: title, date. */
	if (strcmp(name, "header") == 0 && hc->article_depth == 0)
		return "header";
	if (strcmp(name, "footer") == 0)
		return "footer";
	if (strcmp(name, "aside") == 0)
		return "sidebar";
	if (strcmp(name, "button") == 0 || strcmp(name, "input") == 0 ||
	    strcmp(name, "dialog") == 0)
		return "form";
	const char *role = attr(node, "role");
	if (role != NULL) {
		static const struct {
			const char *role;
			const char *reason;
		} roles[] = {
		        {"navigation", "navigation"}, {"menu", "navigation"},
		        {"menubar", "navigation"},    {"banner", "header"},
		        {"contentinfo", "footer"},    {"complementary", "sidebar"},
		        {"search", "form"},           {"dialog", "widget"},
		        {"alertdialog", "widget"},
		};
		for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
			if (ascii_ieq(role, roles[i].role))
				return roles[i].reason;
	}
	if (attr(node, "hidden") != NULL)
		return "hidden";
	const char *style = attr(node, "style");
	if (style != NULL &&
	    (strstr(style, "display:none") || strstr(style, "display: none") ||
	     strstr(style, "visibility:hidden") || strstr(style, "visibility: hidden")))
		return "hidden";
	return NULL;
}

/* Boilerplate by class or id: decided on leaving, when the element's content
 * is known, so a layout wrapper named "has-sidebar" around the article (or
 * around several long paragraphs) is not thrown away with it. Lists of
 * links, share bars and comments go whatever they hold. */
static const char *content_reason(const xmlNode *node, const node_stat *st)
{
	static const char *const never[] = {"html", "body", "main", "article", NULL};
	if (name_in(node, never))
		return NULL;
	/* ASP.NET pages wrap the whole page in one <form>. */
	if (name_is(node, "form"))
		return (st->long_paras >= 3 || st->has_main) ? NULL : "form";
	const char *values[2] = {attr(node, "class"), attr(node, "id")};
	for (size_t i = 0; i < 2; i++) {
		if (values[i] == NULL)
			continue;
		bool guarded = false;
		const char *reason = class_reason(values[i], &guarded);
		if (reason != NULL && !(guarded && (st->long_paras >= 3 || st->has_main)))
			return reason;
	}
	return NULL;
}

/* Walk 1: stats and metadata --------------------------------------------------- */

static void read_json_ld(html_ctx *hc, xmlNode *script);

static void read_meta(html_ctx *hc, xmlNode *node)
{
	const char *content = attr(node, "content");
	if (content == NULL)
		return;
	const char *key = attr(node, "property");
	if (key == NULL)
		key = attr(node, "name");
	const char *itemprop = attr(node, "itemprop");
	if (itemprop != NULL && attr_has_token(itemprop, "datePublished"))
		set_once(&hc->itemprop_published, content);
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
	if (ascii_ieq(key, "og:title"))
		set_once(&hc->og_title, content);
	else if (ascii_ieq(key, "og:site_name"))
		set_once(&hc->site, content);
	else if (ascii_ieq(key, "og:url"))
		set_once(&hc->og_url, content);
	else if (ascii_ieq(key, "author") || ascii_ieq(key, "dc.creator") ||
	         (ascii_ieq(key, "article:author") && strstr(content, "://") == NULL))
		set_once(&hc->meta_author, content);
	else
		for (size_t i = 0; published_keys[i] != NULL; i++)
			if (ascii_ieq(key, published_keys[i]))
				set_once(&hc->meta_published, content);
}

static bool stats_enter(html_ctx *hc, xmlNode *node)
{
	if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
		node_stat *parent = stat_of(hc, node->parent);
		if (parent == NULL || node->content == NULL)
			return false;
		uint32_t commas = 0;
		size_t n = count_visible((const char *)node->content, &commas);
		parent->text += (uint32_t)n;
		parent->own += (uint32_t)n;
		parent->commas += commas;
		parent->own_commas += commas;
		if (hc->link_depth > 0)
			parent->links += (uint32_t)n;
		/* Text between <br>s is a paragraph of its own for the guards. */
		else if (n >= 100 && !name_in(node->parent, para_tags))
			parent->own_long++;
		return false;
	}
	if (node->type != XML_ELEMENT_NODE || node->name == NULL)
		return false;
	if (hc->n_stats == hc->cap_stats) {
		size_t cap = hc->cap_stats ? hc->cap_stats * 2 : 1024;
		node_stat *stats = realloc(hc->stats, cap * sizeof *stats);
		if (stats == NULL) {
			hc->nomem = true;
			return false;
		}
		hc->stats = stats;
		hc->cap_stats = cap;
	}
	hc->stats[hc->n_stats] = (node_stat){0};
	node->_private = (void *)(uintptr_t)(hc->n_stats + 1);
	node_stat *st = &hc->stats[hc->n_stats++];
	const char *name = name_of(node);

	if (strcmp(name, "meta") == 0) {
		read_meta(hc, node);
	} else if (strcmp(name, "link") == 0) {
		if (hc->canonical == NULL && attr_has_token(attr(node, "rel"), "canonical"))
			set_once(&hc->canonical, attr(node, "href"));
	} else if (strcmp(name, "title") == 0) {
		if (hc->title_node == NULL)
			hc->title_node = node;
	} else if (strcmp(name, "script") == 0) {
		if (ascii_ieq(attr(node, "type"), "application/ld+json"))
			read_json_ld(hc, node);
	}
	const char *itemprop = attr(node, "itemprop");
	if (itemprop != NULL && strcmp(name, "meta") != 0 &&
	    attr_has_token(itemprop, "datePublished") && hc->itemprop_published == NULL) {
		const char *value = attr(node, "datetime");
		if (value == NULL)
			value = attr(node, "content");
		if (value != NULL) {
			set_once(&hc->itemprop_published, value);
		} else {
			hc->itemprop_published = node_text(NULL, node, 200);
		}
	}

	st->removed = tag_reason(hc, node);
	if (strcmp(name, "head") == 0) {
		/* <head> is opaque to text but its <meta>/<title>/<link> count. */
		return node->children != NULL;
	}
	if (name_in(node, opaque_tags))
		return false;
	if (strcmp(name, "a") == 0)
		hc->link_depth++;
	if (strcmp(name, "article") == 0 || strcmp(name, "main") == 0)
		hc->article_depth++;
	return node->children != NULL;
}

/* Only called for elements whose enter returned true or that have no
 * children; keeps the depth counters balanced and moves the counts up. */
static void stats_leave(html_ctx *hc, xmlNode *node)
{
	if (node->type != XML_ELEMENT_NODE)
		return;
	node_stat *st = stat_of(hc, node);
	if (st == NULL)
		return;
	const char *name = name_of(node);
	if (strcmp(name, "a") == 0 && hc->link_depth > 0)
		hc->link_depth--;
	if ((strcmp(name, "article") == 0 || strcmp(name, "main") == 0) && hc->article_depth > 0)
		hc->article_depth--;
	if (strcmp(name, "head") == 0)
		return;

	node_stat *parent = stat_of(hc, node->parent);
	bool is_para = name_in(node, para_tags);
	if (is_para && st->text >= 25) {
		float len_score = (float)st->text / 100.0f;
		if (len_score > 3.0f)
			len_score = 3.0f;
		float score = 1.0f + (float)st->commas + len_score;
		if (parent != NULL && st->removed == NULL)
			parent->child_score += score;
	} else if (!is_para && st->own >= 25) {
		/* Text written straight into a <div> (with <br>s) is a paragraph of
		 * its own container. */
		float len_score = (float)st->own / 100.0f;
		if (len_score > 3.0f)
			len_score = 3.0f;
		st->child_score += 1.0f + (float)st->own_commas + len_score;
	}
	if (is_para && st->text - st->links >= 100)
		st->long_paras++;
	else if (!is_para)
		st->long_paras += st->own_long > 0 ? st->own_long : st->own >= 100;
	if (strcmp(name, "article") == 0 || strcmp(name, "main") == 0 ||
	    attr_has_token(attr(node, "itemprop"), "articleBody"))
		st->has_main = true;
	if (st->removed == NULL)
		st->removed = content_reason(node, st);
	if (parent == NULL || st->removed != NULL)
		return;
	parent->text += st->text;
	parent->links += st->links;
	parent->commas += st->commas;
	parent->long_paras += st->long_paras;
	parent->gchild_score += st->child_score;
	if (st->has_table || strcmp(name, "table") == 0)
		parent->has_table = true;
	if (st->has_main)
		parent->has_main = true;
}

/* The generic iterative walk: enter returns whether to descend; leave is
 * called once for every node entered, after its children. */
typedef bool (*enter_fn)(html_ctx *hc, xmlNode *node);
typedef void (*leave_fn)(html_ctx *hc, xmlNode *node);

static void walk(html_ctx *hc, xmlNode *root, enter_fn enter, leave_fn leave)
{
	xmlNode *node = root;
	while (node != NULL) {
		if (enter(hc, node) && node->children != NULL) {
			node = node->children;
			continue;
		}
		leave(hc, node);
		while (node != root && node->next == NULL) {
			node = node->parent;
			leave(hc, node);
		}
		if (node == root)
			return;
		node = node->next;
	}
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
		set_once(&hc->ld_published, json_string_value(published));
	json_t *headline = json_object_get(v, "headline");
	if (json_is_string(headline))
		set_once(&hc->ld_headline, json_string_value(headline));
	set_once(&hc->ld_author, ld_name(json_object_get(v, "author")));
	set_once(&hc->ld_publisher, ld_name(json_object_get(v, "publisher")));
}

/* Read an ld+json <script>; malformed JSON is common and simply ignored. */
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

/* Walk 2: choosing the content --------------------------------------------------- */

static float final_score(const node_stat *st)
{
	float score = st->child_score + st->gchild_score / 2.0f;
	if (st->text > 0)
		score *= 1.0f - (float)st->links / (float)st->text;
	return score;
}

static bool select_enter(html_ctx *hc, xmlNode *node)
{
	if (node->type != XML_ELEMENT_NODE)
		return false;
	node_stat *st = stat_of(hc, node);
	if (st == NULL || st->removed != NULL)
		return false;
	const char *name = name_of(node);
	if (strcmp(name, "body") == 0 && hc->body == NULL)
		hc->body = node;
	if (strcmp(name, "h1") == 0 && hc->h1 == NULL && st->text > 0)
		hc->h1 = node;
	if (strcmp(name, "time") == 0 && hc->n_times < MAX_TIMES && attr(node, "datetime") != NULL)
		hc->times[hc->n_times++] = node;
	if (hc->article_body == NULL && attr_has_token(attr(node, "itemprop"), "articleBody") &&
	    st->text > 0)
		hc->article_body = node;
	float score = final_score(st);
	if (score > hc->best_score) {
		hc->best_score = score;
		hc->best = node;
	}
	return node->children != NULL;
}

static void select_leave(html_ctx *hc, xmlNode *node)
{
	(void)hc;
	(void)node;
}

static bool link_light(const node_stat *st, double max_density)
{
	return st->text > 0 && (double)st->links <= max_density * (double)st->text;
}

/* Same tag and the same non-empty class. */
static bool same_kind(const xmlNode *a, const xmlNode *b)
{
	if (a->type != XML_ELEMENT_NODE || strcmp(name_of(a), name_of(b)) != 0)
		return false;
	const char *ca = attr(a, "class"), *cb = attr(b, "class");
	return ca != NULL && cb != NULL && ca[0] != '\0' && strcmp(ca, cb) == 0;
}

/* The nodes to extract, in document order: the best container and the
 * siblings that score nearly as well (an article split by an ad slot), or
 * the ancestor that adds at most a quarter more text (the title, dateline
 * and byline around the body). */
static size_t choose_scope(html_ctx *hc, xmlNode **scope)
{
	xmlNode *c = hc->article_body ? hc->article_body : hc->best;
	if (c == NULL) {
		scope[0] = hc->body;
		return hc->body != NULL ? 1 : 0;
	}
	size_t n = 0;
	uint64_t group_text = 0;
	if (c == hc->best && c->parent != NULL && c->parent->type == XML_ELEMENT_NODE) {
		/* Through wrappers that add next to nothing ("card" > "card-content"
		 * > p), so the siblings below are the wrapper's. */
		for (xmlNode *p = c->parent; p != NULL && p->type == XML_ELEMENT_NODE &&
		                             !name_is(p, "body") && !name_is(p, "html");
		     p = p->parent) {
			node_stat *pst = stat_of(hc, p);
			if (pst == NULL || pst->removed != NULL ||
			    pst->text > stat_of(hc, c)->text + 100 || p->parent == NULL ||
			    p->parent->type != XML_ELEMENT_NODE)
				break;
			c = p;
		}
		float threshold = hc->best_score * 0.2f;
		if (threshold < 10.0f)
			threshold = 10.0f;
		for (xmlNode *s = c->parent->children; s != NULL && n < MAX_GROUP; s = s->next) {
			node_stat *st = stat_of(hc, s);
			if (st == NULL || st->removed != NULL)
				continue;
			bool take = s == c;
			if (!take && final_score(st) >= threshold && link_light(st, 0.3))
				take = true;
			if (!take && name_is(s, "p") && st->text >= 80 && link_light(st, 0.25))
				take = true;
			/* An article cut into like elements, one per paragraph or two. */
			if (!take && same_kind(s, c) && st->text >= 40 && link_light(st, 0.3))
				take = true;
			if (take) {
				scope[n++] = s;
				group_text += st->text;
			}
		}
	} else {
		scope[n++] = c;
		group_text = stat_of(hc, c)->text;
	}
	xmlNode *wide = c;
	for (xmlNode *p = c->parent; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent) {
		if (name_is(p, "body") || name_is(p, "html"))
			break;
		node_stat *st = stat_of(hc, p);
		if (st == NULL || (double)st->text > (double)group_text * 1.25 + 400.0)
			break;
		wide = p;
	}
	if (wide != c) {
		scope[0] = wide;
		return 1;
	}
	return n;
}

static bool inside(const xmlNode *node, xmlNode *const *scope, size_t n)
{
	for (const xmlNode *p = node; p != NULL; p = p->parent)
		for (size_t i = 0; i < n; i++)
			if (p == scope[i])
				return true;
	return false;
}

static bool inside_removed(html_ctx *hc, const xmlNode *node)
{
	for (const xmlNode *p = node; p != NULL; p = p->parent) {
		node_stat *st = stat_of(hc, p);
		if (st != NULL && st->removed != NULL)
			return true;
	}
	return false;
}

/* Walk 3: extraction ----------------------------------------------------------- */

typedef struct extractor {
	html_ctx *hc;
	angka_parse_blocks *blocks;
	angka_parse_folder cur;
	size_t cur_text;
	size_t cur_links;
	int link_depth;
	int heading_depth;
	int h1_depth;
	int li_depth;
	int caption_depth;
	int rc;
} extractor;

/* Emit the current block. Lines it holds (from <br>) become blocks of their
 * own, except that a wrapped line is joined to the next, as in plain text. */
static void flush(extractor *ex)
{
	angka_buf joined = ANGKA_BUF_INIT;
	if (ex->cur.buf.failed && ex->rc == 0)
		ex->rc = ANGKA_ENOMEM;
	if (ex->cur.buf.len > 0 && ex->rc == 0) {
		angka_block_kind kind = ex->heading_depth > 0 ? ANGKA_BLOCK_HEADING
		                        : ex->li_depth > 0    ? ANGKA_BLOCK_LIST_ITEM
		                                              : ANGKA_BLOCK_PARAGRAPH;
		unsigned flags = ANGKA_PARSE_BLK_MARKUP;
		if (ex->caption_depth > 0)
			flags |= ANGKA_PARSE_BLK_CAPTION;
		if (ex->h1_depth > 0)
			flags |= ANGKA_PARSE_BLK_H1;
		if (ex->cur_text > 0 && ex->cur_links * 10 >= ex->cur_text * 8)
			flags |= ANGKA_PARSE_BLK_LINKY;
		const char *s = ex->cur.buf.data;
		size_t len = ex->cur.buf.len;
		size_t i = 0;
		while (i < len && ex->rc == 0) {
			const char *nl = memchr(s + i, '\n', len - i);
			size_t end = nl ? (size_t)(nl - s) : len;
			if (end > i) {
				if (joined.len > 0 &&
				    !angka_parse_wrapped(joined.data, joined.len, s + i, end - i)) {
					ex->rc = angka_parse_blocks_add(ex->blocks, joined.data,
					                                joined.len, false, kind,
					                                flags, NULL);
					joined.len = 0;
				}
				if (joined.len > 0)
					angka_buf_putc(&joined, ' ');
				angka_buf_append(&joined, s + i, end - i);
			}
			i = end + 1;
		}
		if (joined.failed && ex->rc == 0)
			ex->rc = ANGKA_ENOMEM;
		if (joined.len > 0 && ex->rc == 0)
			ex->rc = angka_parse_blocks_add(ex->blocks, joined.data, joined.len, false,
			                                kind, flags, NULL);
	}
	angka_buf_free(&joined);
	ex->cur.buf.len = 0;
	ex->cur.pending_space = false;
	ex->cur_text = ex->cur_links = 0;
}

/* A row whose cells hold no nested table and not much text is data: its
 * cells are joined with " | ". Rows of layout tables are walked instead. */
static bool data_row(extractor *ex, xmlNode *tr)
{
	node_stat *st = stat_of(ex->hc, tr);
	return st != NULL && !st->has_table && st->text <= 1000;
}

static void emit_row(extractor *ex, xmlNode *tr)
{
	angka_parse_folder row = {ANGKA_BUF_INIT, false};
	angka_parse_folder cell = {ANGKA_BUF_INIT, false};
	gathered g = {0, 0};
	for (xmlNode *c = tr->children; c != NULL; c = c->next) {
		if (!name_is(c, "td") && !name_is(c, "th"))
			continue;
		node_stat *st = stat_of(ex->hc, c);
		if (st != NULL && st->removed != NULL)
			continue;
		cell.buf.len = 0;
		cell.pending_space = false;
		gather_text(ex->hc, c, &cell, 0, &g);
		if (cell.buf.len == 0)
			continue;
		if (row.buf.len > 0)
			angka_buf_append(&row.buf, " | ", 3);
		angka_buf_append(&row.buf, cell.buf.data, cell.buf.len);
	}
	if ((row.buf.failed || cell.buf.failed) && ex->rc == 0)
		ex->rc = ANGKA_ENOMEM;
	if (row.buf.len > 0 && ex->rc == 0) {
		unsigned flags = ANGKA_PARSE_BLK_MARKUP;
		if (g.text > 0 && g.links * 10 >= g.text * 8)
			flags |= ANGKA_PARSE_BLK_LINKY;
		if (ex->caption_depth > 0)
			flags |= ANGKA_PARSE_BLK_CAPTION;
		ex->rc = angka_parse_blocks_add(ex->blocks, row.buf.data, row.buf.len, false,
		                                ANGKA_BLOCK_TABLE_ROW, flags, NULL);
	}
	angka_buf_free(&row.buf);
	angka_buf_free(&cell.buf);
}

/* Report a boilerplate element inside the content as a dropped block. */
static void emit_removed(extractor *ex, xmlNode *node, const char *reason)
{
	node_stat *st = stat_of(ex->hc, node);
	if (st == NULL || st->text == 0 || strcmp(reason, "script") == 0 || ex->rc != 0)
		return;
	angka_parse_folder f = {ANGKA_BUF_INIT, false};
	gather_text(ex->hc, node, &f, 200, NULL);
	if (f.buf.failed)
		ex->rc = ANGKA_ENOMEM;
	else if (f.buf.len > 0)
		ex->rc = angka_parse_blocks_add(ex->blocks, f.buf.data, f.buf.len, false,
		                                ANGKA_BLOCK_PARAGRAPH, ANGKA_PARSE_BLK_MARKUP,
		                                reason);
	angka_buf_free(&f.buf);
}

static bool heading_tag(const xmlNode *node)
{
	const char *n = name_of(node);
	return n[0] == 'h' && n[1] >= '1' && n[1] <= '6' && n[2] == '\0';
}

static bool extract_enter(html_ctx *hc, xmlNode *node, extractor *ex)
{
	if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
		if (node->content != NULL) {
			const char *t = (const char *)node->content;
			angka_parse_fold(&ex->cur, t, strlen(t));
			size_t n = count_visible(t, NULL);
			ex->cur_text += n;
			if (ex->link_depth > 0)
				ex->cur_links += n;
		}
		return false;
	}
	if (node->type != XML_ELEMENT_NODE)
		return false;
	node_stat *st = stat_of(hc, node);
	if (st == NULL)
		return false;
	if (st->removed != NULL) {
		flush(ex);
		emit_removed(ex, node, st->removed);
		return false;
	}
	if (name_is(node, "tr") && data_row(ex, node)) {
		flush(ex);
		emit_row(ex, node);
		return false;
	}
	if (name_is(node, "br"))
		angka_parse_fold_break(&ex->cur);
	if (name_in(node, block_tags))
		flush(ex);
	if (heading_tag(node)) {
		ex->heading_depth++;
		if (name_is(node, "h1"))
			ex->h1_depth++;
	} else if (name_is(node, "li") || name_is(node, "dt") || name_is(node, "dd")) {
		ex->li_depth++;
	} else if (name_is(node, "figcaption")) {
		ex->caption_depth++;
	} else if (name_is(node, "a")) {
		ex->link_depth++;
	}
	return true;
}

static void extract_leave(html_ctx *hc, xmlNode *node, extractor *ex)
{
	(void)hc;
	if (name_in(node, block_tags))
		flush(ex);
	if (heading_tag(node)) {
		ex->heading_depth--;
		if (name_is(node, "h1"))
			ex->h1_depth--;
	} else if (name_is(node, "li") || name_is(node, "dt") || name_is(node, "dd")) {
		ex->li_depth--;
	} else if (name_is(node, "figcaption")) {
		ex->caption_depth--;
	} else if (name_is(node, "a")) {
		ex->link_depth--;
	}
}

/* The extraction walk. extract_enter returns true for an element it opened
 * (counters raised), which extract_leave closes; boilerplate and data rows
 * are handled whole on entering. The root itself is walked too, so a scope
 * that is a single <p> yields it. */
static void extract(html_ctx *hc, xmlNode *root, extractor *ex)
{
	xmlNode *node = root;
	while (node != NULL && ex->rc == 0) {
		bool open = extract_enter(hc, node, ex);
		if (open && node->children != NULL) {
			node = node->children;
			continue;
		}
		if (open)
			extract_leave(hc, node, ex);
		while (node != root && node->next == NULL) {
			node = node->parent;
			extract_leave(hc, node, ex);
		}
		if (node == root)
			break;
		node = node->next;
	}
	flush(ex);
}

/* Charset ------------------------------------------------------------------------ */

static size_t lower_label(char *out, size_t cap, const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k + 1 < cap; i++) {
		char c = s[i];
		bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		          (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
		if (!ok)
			break;
		out[k++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
	}
	out[k] = '\0';
	return k;
}

static const unsigned char *find_ci(const unsigned char *s, const unsigned char *end,
                                    const char *needle)
{
	size_t n = strlen(needle);
	for (const unsigned char *p = s; p + n <= end; p++) {
		size_t i = 0;
		while (i < n && (p[i] | 0x20) == (unsigned char)needle[i])
			i++;
		if (i == n)
			return p;
	}
	return NULL;
}

/* The charset a page declares in its first bytes: <meta charset>, <meta
 * http-equiv content="...; charset=...">, or an XML declaration. */
static bool sniff_declared(char *out, size_t cap, const unsigned char *s, size_t len)
{
	const unsigned char *end = s + (len < 8192 ? len : 8192);
	const unsigned char *p = s;
	while ((p = find_ci(p, end, "<meta")) != NULL) {
		const unsigned char *tag_end = p;
		while (tag_end < end && *tag_end != '>')
			tag_end++;
		const unsigned char *c = find_ci(p, tag_end, "charset");
		if (c != NULL) {
			c += 7;
			while (c < tag_end && (*c == ' ' || *c == '=' || *c == '"' || *c == '\''))
				c++;
			if (lower_label(out, cap, (const char *)c, (size_t)(tag_end - c)) > 0)
				return true;
		}
		p = tag_end;
	}
	const unsigned char *x = find_ci(s, end, "<?xml");
	if (x != NULL) {
		const unsigned char *decl_end = x;
		while (decl_end < end && *decl_end != '>')
			decl_end++;
		const unsigned char *e = find_ci(x, decl_end, "encoding");
		if (e != NULL) {
			e += 8;
			while (e < decl_end && (*e == ' ' || *e == '=' || *e == '"' || *e == '\''))
				e++;
			if (lower_label(out, cap, (const char *)e, (size_t)(decl_end - e)) > 0)
				return true;
		}
	}
	return false;
}

/* The charset to decode with: the transport's, else the BOM's, else the
 * page's own declaration, else UTF-8 when the bytes are valid UTF-8 and
 * windows-1252 when not (what browsers fall back to for such pages). */
static const char *choose_charset(char *label, size_t cap, const angka_document *doc)
{
	const unsigned char *s = doc->bytes;
	size_t len = doc->len;
	if (doc->charset != NULL && doc->charset[0] != '\0')
		return doc->charset;
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return "utf-8";
	if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE)
		return "utf-16le";
	if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF)
		return "utf-16be";
	if (sniff_declared(label, cap, s, len)) {
		/* A page readable as ASCII cannot really be UTF-16. */
		if (strncmp(label, "utf-16", 6) == 0)
			return "utf-8";
		return label;
	}
	return angka_parse_utf8_valid(s, len) ? "utf-8" : "windows-1252";
}

/* Metadata --------------------------------------------------------------------- */

static size_t words_in(const char *s, size_t len)
{
	return angka_parse_count_words(s, len);
}

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
	if (site != NULL && ascii_ieq(suffix, site)) {
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
	size_t suffix_words = words_in(suffix, strlen(suffix));
	size_t head_words = words_in(title, head_len);
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
		title = node_text(hc, hc->h1, 0);
		if (title != NULL)
			return title;
	}
	if (hc->title_node != NULL) {
		title = node_text(NULL, hc->title_node, 0);
		if (title != NULL) {
			strip_title_site(title, hc->site, true);
			return title;
		}
	}
	return angka_strdup(hc->ld_headline);
}

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
		if (inside_removed(hc, t))
			continue;
		if (attr(t, "pubdate") != NULL || inside(t, scope, n_scope)) {
			char *date = iso_date(attr(t, "datetime"));
			if (date != NULL)
				return date;
		}
	}
	return NULL;
}

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

static void html_ctx_free(html_ctx *hc)
{
	free(hc->stats);
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

static bool stats_enter_cb(html_ctx *hc, xmlNode *node)
{
	return stats_enter(hc, node);
}

static void stats_leave_cb(html_ctx *hc, xmlNode *node)
{
	stats_leave(hc, node);
}

/* Parse the page and fill blocks and meta. The libxml2 context reports
 * nothing (NOERROR/NOWARNING, and the input is already valid UTF-8 so no
 * encoding error reaches the global handler). */
int angka_parse_html_blocks(angka_parse_blocks *blocks, angka_parse_meta *meta,
                            const angka_document *doc, angka_error *err)
{
	int rc = 0;
	char *utf8 = NULL;
	size_t utf8_len = 0;
	htmlParserCtxtPtr ctxt = NULL;
	htmlDocPtr tree = NULL;
	html_ctx hc;
	memset(&hc, 0, sizeof hc);
	hc.doc = doc;
	extractor ex;
	memset(&ex, 0, sizeof ex);
	ex.cur = (angka_parse_folder){ANGKA_BUF_INIT, false};

	char label[48];
	const char *charset = choose_charset(label, sizeof label, doc);
	utf8 = angka_parse_decode(doc->bytes, doc->len, charset, &utf8_len);
	if (utf8 == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory decoding the page",
		                     doc->source);
		goto cleanup;
	}
	/* Nothing but white space: no tree to ask for, and no text either. */
	bool blank = true;
	for (size_t i = 0; i < utf8_len && blank; i++)
		blank = is_space_byte((unsigned char)utf8[i]);
	if (blank)
		goto cleanup;
	if (utf8_len > INT_MAX) {
		rc = angka_error_set(err, ANGKA_ETOOBIG, "%s: page too large to parse",
		                     doc->source);
		goto cleanup;
	}
	/* libxml2 wants its global state set up once per process, before any
	 * thread parses; the once-flag is the only static state of this stage. */
	static pthread_once_t libxml_once = PTHREAD_ONCE_INIT;
	pthread_once(&libxml_once, xmlInitParser);
	ctxt = htmlNewParserCtxt();
	if (ctxt == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM,
		                     "%s: out of memory creating the HTML parser", doc->source);
		goto cleanup;
	}
	int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	              HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
	tree = htmlCtxtReadMemory(ctxt, utf8, (int)utf8_len, doc->source, "UTF-8", options);
	xmlNode *root = tree ? xmlDocGetRootElement(tree) : NULL;
	if (root == NULL) {
		const xmlError *xe = &ctxt->lastError;
		rc = angka_error_set(err, ANGKA_EPARSE, "%s: no HTML tree could be built%s%s",
		                     doc->source, xe->message ? ": " : "",
		                     xe->message ? xe->message : "");
		/* libxml2 messages end in a newline. */
		if (err != NULL) {
			size_t n = strlen(err->message);
			if (n > 0 && err->message[n - 1] == '\n')
				err->message[n - 1] = '\0';
		}
		goto cleanup;
	}

	walk(&hc, root, stats_enter_cb, stats_leave_cb);
	if (hc.nomem) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory reading the page",
		                     doc->source);
		goto cleanup;
	}
	hc.best_score = 0.0f;
	walk(&hc, root, select_enter, select_leave);

	xmlNode *scope[MAX_GROUP];
	size_t n_scope = choose_scope(&hc, scope);
	if (n_scope == 0) {
		scope[0] = root;
		n_scope = 1;
	}
	ex.hc = &hc;
	ex.blocks = blocks;
	for (size_t i = 0; i < n_scope && ex.rc == 0; i++)
		extract(&hc, scope[i], &ex);
	if (ex.rc != 0) {
		rc = ex.rc == ANGKA_ETOOBIG
		             ? angka_error_set(err, ANGKA_ETOOBIG,
		                               "%s: article text over %zu bytes", doc->source,
		                               (size_t)ANGKA_PARSE_MAX_TEXT)
		             : angka_error_set(err, ANGKA_ENOMEM,
		                               "%s: out of memory extracting text", doc->source);
		goto cleanup;
	}

	meta->title = choose_title(&hc);
	meta->site = angka_strdup(hc.site ? hc.site : hc.ld_publisher);
	meta->canonical_url = resolve_url(hc.canonical ? hc.canonical : hc.og_url, doc->source);
	meta->author = angka_strdup(hc.meta_author ? hc.meta_author : hc.ld_author);
	meta->published = choose_published(&hc, scope, n_scope);

cleanup:
	angka_buf_free(&ex.cur.buf);
	html_ctx_free(&hc);
	if (tree != NULL)
		xmlFreeDoc(tree);
	if (ctxt != NULL)
		htmlFreeParserCtxt(ctxt);
	free(utf8);
	return rc;
}
