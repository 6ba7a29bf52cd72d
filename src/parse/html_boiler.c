/* Which elements are page furniture: by tag, role and visibility (decided
 * on entering an element), and by the words of its class and id (decided on
 * leaving, when its content is known). */
#include <string.h>

#include "parse/html_internal.h"

/* How much a class word decides. */
enum word_weight {
	WEIGHED, /* overruled when the element holds article text */
	GUARDED, /* overruled by three long paragraphs, even in a list */
	STRICT,  /* never overruled: comments, "baca juga" inserts */
};

typedef struct class_word {
	const char *word;
	unsigned char len;
	const char *reason;
	bool whole_only; /* only as a whole class, never as a part of "a-b-c" */
	unsigned char weight;
} class_word;

#define W(word, reason, whole, weight)                                                             \
	{                                                                                          \
		word, sizeof word - 1, reason, whole, weight                                       \
	}

/* Sorted by word, for the binary search in word_lookup. */
static const class_word class_words[] = {
        W("ads", "ads", false, GUARDED),
        W("adsbygoogle", "ads", false, GUARDED),
        W("advert", "ads", false, GUARDED),
        W("advertisement", "ads", false, GUARDED),
        W("authorbox", "author-box", false, STRICT),
        W("bacajuga", "baca-juga", false, STRICT),
        W("banner", "ads", false, GUARDED),
        W("breadcrumb", "navigation", false, GUARDED),
        W("breadcrumbs", "navigation", false, GUARDED),
        W("caption", "caption", false, GUARDED),
        W("chat", "chat-widget", false, GUARDED),
        W("comment", "comments", false, STRICT),
        W("comments", "comments", false, STRICT),
        W("consent", "cookie", false, GUARDED),
        W("cookie", "cookie", false, GUARDED),
        W("cookies", "cookie", false, GUARDED),
        W("cuaca", "header-widget", false, GUARDED),
        W("disqus", "comments", false, STRICT),
        W("footer", "footer", false, GUARDED),
        W("gdpr", "cookie", false, GUARDED),
        W("iklan", "ads", false, GUARDED),
        W("komentar", "comments", false, STRICT),
        W("latest", "related-list", false, WEIGHED),
        W("linksisip", "baca-juga", false, STRICT),
        W("menu", "navigation", false, GUARDED),
        W("modal", "widget", false, GUARDED),
        W("nav", "navigation", false, GUARDED),
        W("navbar", "navigation", false, GUARDED),
        W("navigation", "navigation", false, GUARDED),
        W("newsletter", "subscribe", false, GUARDED),
        W("popular", "related-list", false, WEIGHED),
        W("populer", "related-list", false, WEIGHED),
        W("popup", "widget", false, GUARDED),
        W("recommend", "related-list", false, WEIGHED),
        W("recommendation", "related-list", false, WEIGHED),
        W("recommended", "related-list", false, WEIGHED),
        W("rekomendasi", "related-list", false, WEIGHED),
        W("related", "related-list", false, WEIGHED),
        W("share", "share", false, WEIGHED),
        W("sharing", "share", false, WEIGHED),
        W("sidebar", "sidebar", false, GUARDED),
        W("social", "share", false, WEIGHED),
        W("socmed", "share", false, WEIGHED),
        W("sosmed", "share", false, WEIGHED),
        W("subscribe", "subscribe", false, GUARDED),
        W("taglist", "tags", false, WEIGHED),
        W("tags", "tags", false, WEIGHED),
        W("terkait", "related-list", false, WEIGHED),
        W("terkini", "related-list", false, WEIGHED),
        W("terpopuler", "related-list", false, WEIGHED),
        W("trending", "related-list", false, WEIGHED),
        W("weather", "header-widget", false, GUARDED),
        W("widget", "sidebar", true, GUARDED),
};

#undef W

/* Two-part names, "baca-juga" or "baca_juga", anywhere in a class token. */
static const struct {
	const char *first;
	const char *second;
	const char *reason;
} class_pairs[] = {
        {"author", "bio", "author-box"}, {"author", "box", "author-box"},
        {"baca", "juga", "baca-juga"},   {"lihat", "juga", "baca-juga"},
        {"read", "also", "baca-juga"},   {"simak", "juga", "baca-juga"},
        {"tag", "list", "tags"},         {"tags", "list", "tags"},
};

static int word_cmp(const char *s, size_t len, const class_word *w)
{
	size_t n = len < w->len ? len : w->len;
	int c = memcmp(s, w->word, n);
	return c != 0 ? c : (len > w->len) - (len < w->len);
}

static const class_word *word_lookup(const char *s, size_t len, bool whole)
{
	size_t lo = 0, hi = sizeof class_words / sizeof class_words[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = word_cmp(s, len, &class_words[mid]);
		if (c == 0)
			return (class_words[mid].whole_only && !whole) ? NULL : &class_words[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static bool part_is(const char *s, size_t len, const char *word)
{
	return s[0] == word[0] && strlen(word) == len && memcmp(s, word, len) == 0;
}

#define MAX_PARTS 16

/* The boilerplate reason of one lower-cased class token: a two-part name
 * first, then the whole token, then its parts split at '-' and '_'. */
static const class_word *token_reason(const char *token, size_t n, const char **pair)
{
	size_t start[MAX_PARTS], len[MAX_PARTS], parts = 0;
	size_t s = 0;
	for (size_t i = 0; i <= n && parts < MAX_PARTS; i++) {
		if (i == n || token[i] == '-' || token[i] == '_') {
			if (i > s) {
				start[parts] = s;
				len[parts++] = i - s;
			}
			s = i + 1;
		}
	}
	for (size_t i = 0; i + 1 < parts; i++) {
		for (size_t k = 0; k < sizeof class_pairs / sizeof class_pairs[0]; k++) {
			if (part_is(token + start[i], len[i], class_pairs[k].first) &&
			    part_is(token + start[i + 1], len[i + 1], class_pairs[k].second)) {
				*pair = class_pairs[k].reason;
				return NULL;
			}
		}
	}
	const class_word *w = word_lookup(token, n, true);
	for (size_t i = 0; w == NULL && i < parts; i++)
		if (len[i] < n)
			w = word_lookup(token + start[i], len[i], false);
	return w;
}

/* The boilerplate reason a class or id value gives, or NULL. *weight tells
 * how far the element's content may overrule it. */
static const char *class_reason(const char *value, enum word_weight *weight)
{
	char token[64];
	const char *p = value;
	while (*p) {
		while (*p && angka_html_is_space((unsigned char)*p))
			p++;
		size_t n = 0;
		bool too_long = false;
		while (*p && !angka_html_is_space((unsigned char)*p)) {
			if (n < sizeof token - 1)
				token[n++] = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
			else
				too_long = true;
			p++;
		}
		if (n == 0 || too_long)
			continue;
		/* WordPress and Blogger name a post's categories and tags in its
		 * classes ("category-latest-news", "tag-share"): words of the
		 * site's topics, not of the page's layout. */
		if ((n > 9 && memcmp(token, "category-", 9) == 0) ||
		    (n > 4 && memcmp(token, "tag-", 4) == 0 &&
		     !(n >= 8 && memcmp(token + 4, "list", 4) == 0)))
			continue;
		const char *pair = NULL;
		const class_word *w = token_reason(token, n, &pair);
		if (pair != NULL) {
			*weight = STRICT;
			return pair;
		}
		if (w != NULL) {
			*weight = (enum word_weight)w->weight;
			return w->reason;
		}
	}
	return NULL;
}

const char *angka_html_tag_reason(html_ctx *hc, const node_stat *st, const html_attrs *attrs)
{
	html_tag tag = (html_tag)st->tag;
	if (angka_html_opaque(hc, tag))
		return "script";
	switch (tag) {
	case TAG_NAV: return "navigation";
	/* <header>: decided on leaving (angka_html_content_reason). */
	case TAG_FOOTER: return "footer";
	case TAG_ASIDE: return "sidebar";
	case TAG_BUTTON:
	case TAG_INPUT:
	case TAG_DIALOG: return "form";
	default: break;
	}
	const char *role = attrs->role, *style = attrs->style;
	bool hidden = attrs->hidden;
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
			if (angka_html_ascii_ieq(role, roles[i].role))
				return roles[i].reason;
	}
	if (hc->open_hidden)
		return NULL;
	if (hidden)
		return "hidden";
	if (style != NULL &&
	    (strstr(style, "display:none") || strstr(style, "display: none") ||
	     strstr(style, "visibility:hidden") || strstr(style, "visibility: hidden")))
		return "hidden";
	return NULL;
}

/* class_reason through the per-page memo. */
static const char *class_reason_memo(html_ctx *hc, const char *value, enum word_weight *weight)
{
	uint64_t h = 14695981039346656037ull;
	for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
		h ^= *p;
		h *= 1099511628211ull;
	}
	size_t slot = (size_t)(h % CLASS_MEMO);
	if (hc->class_memo[slot].value != NULL && hc->class_memo[slot].hash == h &&
	    strcmp(hc->class_memo[slot].value, value) == 0) {
		*weight = (enum word_weight)hc->class_memo[slot].weight;
		return hc->class_memo[slot].reason;
	}
	const char *reason = class_reason(value, weight);
	hc->class_memo[slot].hash = h;
	hc->class_memo[slot].value = value;
	hc->class_memo[slot].reason = reason;
	hc->class_memo[slot].weight = (uint8_t)*weight;
	return reason;
}

/* Decided on leaving, so a layout wrapper named "has-sidebar" around the
 * article is not thrown away with it. Guarded words (navigation, footer,
 * sidebar, ads, ...) yield to three long paragraphs; weighed words (related,
 * latest, popular, share, tags, ...) only mark the element as soft: whether
 * it goes depends on where the article turns out to be (html_score.c), so
 * "latest-news" or "share-buttons-enabled" on the article's own wrapper
 * cannot drop it. Comments and inserts always go. */
const char *angka_html_content_reason(html_ctx *hc, const xmlNode *node, node_stat *st)
{
	(void)node;
	switch ((html_tag)st->tag) {
	/* A <header> outside an <article> is furniture for the text; when it
	 * holds the title it is the article's own header, where walk 2 still
	 * looks for the title and the date. */
	case TAG_HEADER:
		if (hc->article_depth == 0) {
			st->article_header = st->has_title;
			return "header";
		}
		break;
	case TAG_HTML:
	case TAG_BODY:
	case TAG_MAIN:
	case TAG_ARTICLE: return NULL;
	/* ASP.NET pages wrap the whole page in one <form>. */
	case TAG_FORM: return (st->long_paras >= 3 || st->has_main) ? NULL : "form";
	default: break;
	}
	const char *values[2] = {st->cls, st->id};
	for (size_t i = 0; i < 2; i++) {
		if (values[i] == NULL)
			continue;
		enum word_weight weight = STRICT;
		const char *reason = i == 0 ? class_reason_memo(hc, values[i], &weight)
		                            : class_reason(values[i], &weight);
		if (reason == NULL)
			continue;
		if (weight == GUARDED && (st->long_paras >= 3 || st->has_main))
			continue;
		if (weight == WEIGHED) {
			if (st->soft == NULL)
				st->soft = reason;
			continue;
		}
		st->soft = NULL;
		return reason;
	}
	return NULL;
}
