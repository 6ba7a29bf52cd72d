/* Which elements are page furniture: by tag, role and visibility (decided
 * on entering an element), and by the words of its class and id (decided on
 * leaving, when its content is known). */
#include <string.h>

#include "parse/html_internal.h"

typedef struct class_word {
	const char *word;
	unsigned char len;
	const char *reason;
	bool whole_only; /* only as a whole class, never as a part of "a-b-c" */
	bool guarded;    /* kept when the element holds several long paragraphs */
} class_word;

#define W(word, reason, whole, guarded)                                                            \
	{                                                                                          \
		word, sizeof word - 1, reason, whole, guarded                                      \
	}

static const class_word class_words[] = {
        W("nav", "navigation", false, true),
        W("navbar", "navigation", false, true),
        W("navigation", "navigation", false, true),
        W("menu", "navigation", false, true),
        W("breadcrumb", "navigation", false, true),
        W("breadcrumbs", "navigation", false, true),
        W("footer", "footer", false, true),
        W("share", "share", false, false),
        W("sharing", "share", false, false),
        W("social", "share", false, false),
        W("sosmed", "share", false, false),
        W("socmed", "share", false, false),
        W("tags", "tags", false, false),
        W("related", "related-list", false, false),
        W("terkait", "related-list", false, false),
        W("bacajuga", "baca-juga", false, false),
        W("linksisip", "baca-juga", false, false),
        W("terpopuler", "related-list", false, false),
        W("popular", "related-list", false, false),
        W("populer", "related-list", false, false),
        W("trending", "related-list", false, false),
        W("rekomendasi", "related-list", false, false),
        W("recommend", "related-list", false, false),
        W("recommended", "related-list", false, false),
        W("recommendation", "related-list", false, false),
        W("terkini", "related-list", false, false),
        W("latest", "related-list", false, false),
        W("comment", "comments", false, false),
        W("comments", "comments", false, false),
        W("komentar", "comments", false, false),
        W("disqus", "comments", false, false),
        W("chat", "chat-widget", false, true),
        W("widget", "sidebar", true, true),
        W("sidebar", "sidebar", false, true),
        W("cookie", "cookie", false, true),
        W("cookies", "cookie", false, true),
        W("consent", "cookie", false, true),
        W("gdpr", "cookie", false, true),
        W("caption", "caption", false, true),
        W("ads", "ads", false, true),
        W("advert", "ads", false, true),
        W("advertisement", "ads", false, true),
        W("adsbygoogle", "ads", false, true),
        W("iklan", "ads", false, true),
        W("banner", "ads", false, true),
        W("weather", "header-widget", false, true),
        W("cuaca", "header-widget", false, true),
        W("subscribe", "subscribe", false, true),
        W("newsletter", "subscribe", false, true),
        W("popup", "widget", false, true),
        W("modal", "widget", false, true),
};

#undef W

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
		if (w->len != len || w->word[0] != s[0] || (w->whole_only && !whole))
			continue;
		if (memcmp(w->word, s, len) == 0)
			return w;
	}
	return NULL;
}

/* Whether a lower-cased token holds one of the multi-part names. Each of
 * them starts with a, b, l, r, s or t: only those positions are tried. */
static const char *part_reason(const char *token, size_t n)
{
	for (size_t i = 0; i + 7 <= n; i++) {
		char c = token[i];
		if (c != 'a' && c != 'b' && c != 'l' && c != 'r' && c != 's' && c != 't')
			continue;
		for (size_t k = 0; k < sizeof class_parts / sizeof class_parts[0]; k++) {
			const char *part = class_parts[k].part;
			if (part[0] != c)
				continue;
			size_t m = strlen(part);
			if (i + m <= n && memcmp(token + i, part, m) == 0)
				return class_parts[k].reason;
		}
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
		token[n] = '\0';
		if (n == 0 || too_long)
			continue;
		const char *part = part_reason(token, n);
		if (part != NULL) {
			*guarded = false;
			return part;
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

const char *angka_html_tag_reason(html_ctx *hc, const xmlNode *node, const node_stat *st)
{
	html_tag tag = (html_tag)st->tag;
	if (angka_html_tag_flags[tag] & TAGF_OPAQUE)
		return "script";
	switch (tag) {
	case TAG_NAV: return "navigation";
	/* A <header> inside an <article> is the article's own: title, date. */
	case TAG_HEADER:
		if (hc->article_depth == 0)
			return "header";
		break;
	case TAG_FOOTER: return "footer";
	case TAG_ASIDE: return "sidebar";
	case TAG_BUTTON:
	case TAG_INPUT:
	case TAG_DIALOG: return "form";
	default: break;
	}
	const char *role = NULL, *style = NULL;
	bool hidden = false;
	for (const xmlAttr *a = node->properties; a != NULL; a = a->next) {
		const char *an = (const char *)a->name;
		if ((an[0] | 0x20) == 'r' && angka_html_ascii_ieq(an, "role"))
			role = angka_html_attr(node, "role");
		else if ((an[0] | 0x20) == 'h' && angka_html_ascii_ieq(an, "hidden"))
			hidden = true;
		else if ((an[0] | 0x20) == 's' && angka_html_ascii_ieq(an, "style"))
			style = angka_html_attr(node, "style");
	}
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
	if (hidden)
		return "hidden";
	if (style != NULL &&
	    (strstr(style, "display:none") || strstr(style, "display: none") ||
	     strstr(style, "visibility:hidden") || strstr(style, "visibility: hidden")))
		return "hidden";
	return NULL;
}

/* Decided on leaving, so a layout wrapper named "has-sidebar" around the
 * article (or around several long paragraphs) is not thrown away with it.
 * Lists of links, share bars and comments go whatever they hold. */
const char *angka_html_content_reason(const xmlNode *node, const node_stat *st)
{
	(void)node;
	switch ((html_tag)st->tag) {
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
		bool guarded = false;
		const char *reason = class_reason(values[i], &guarded);
		if (reason != NULL && !(guarded && (st->long_paras >= 3 || st->has_main)))
			return reason;
	}
	return NULL;
}
