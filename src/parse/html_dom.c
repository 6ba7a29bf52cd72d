/* Tree helpers for the HTML producer: tag ids, attributes, and the visible
 * text of a subtree. */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "parse/html_internal.h"

/* Tag ids ------------------------------------------------------------------------ */

#define O TAGF_OPAQUE
#define B TAGF_BLOCK
#define P TAGF_PARA
#define H TAGF_HEADING

const uint8_t angka_html_tag_flags[TAG_COUNT] = {
        [TAG_ADDRESS] = B,    [TAG_ARTICLE] = B,    [TAG_ASIDE] = B,    [TAG_AUDIO] = O,
        [TAG_BLOCKQUOTE] = B, [TAG_BODY] = B,       [TAG_BUTTON] = B,   [TAG_CANVAS] = O,
        [TAG_CAPTION] = B,    [TAG_CENTER] = B,     [TAG_DD] = B,       [TAG_DETAILS] = B,
        [TAG_DIV] = B,        [TAG_DL] = B,         [TAG_DT] = B,       [TAG_EMBED] = O,
        [TAG_FIELDSET] = B,   [TAG_FIGCAPTION] = B, [TAG_FIGURE] = B,   [TAG_FOOTER] = B,
        [TAG_FORM] = B,       [TAG_H1] = B | H,     [TAG_H2] = B | H,   [TAG_H3] = B | H,
        [TAG_H4] = B | H,     [TAG_H5] = B | H,     [TAG_H6] = B | H,   [TAG_HEAD] = O,
        [TAG_HEADER] = B,     [TAG_HGROUP] = B,     [TAG_HR] = B,       [TAG_HTML] = B,
        [TAG_IFRAME] = O,     [TAG_LABEL] = B,      [TAG_LI] = B | P,   [TAG_MAIN] = B,
        [TAG_MATH] = O,       [TAG_NAV] = B,        [TAG_NOSCRIPT] = O, [TAG_OBJECT] = O,
        [TAG_OL] = B,         [TAG_OPTION] = B,     [TAG_P] = B | P,    [TAG_PRE] = B | P,
        [TAG_SCRIPT] = O,     [TAG_SECTION] = B,    [TAG_SELECT] = O,   [TAG_STYLE] = O,
        [TAG_SUMMARY] = B,    [TAG_SVG] = O,        [TAG_TABLE] = B,    [TAG_TBODY] = B,
        [TAG_TD] = B | P,     [TAG_TEMPLATE] = O,   [TAG_TEXTAREA] = O, [TAG_TFOOT] = B,
        [TAG_TH] = B,         [TAG_THEAD] = B,      [TAG_TR] = B,       [TAG_UL] = B,
        [TAG_VIDEO] = O,
};

#undef O
#undef B
#undef P
#undef H

static const struct {
	const char *name;
	html_tag tag;
} tag_names[] = {
        {"a", TAG_A},
        {"address", TAG_ADDRESS},
        {"article", TAG_ARTICLE},
        {"aside", TAG_ASIDE},
        {"audio", TAG_AUDIO},
        {"blockquote", TAG_BLOCKQUOTE},
        {"body", TAG_BODY},
        {"br", TAG_BR},
        {"button", TAG_BUTTON},
        {"canvas", TAG_CANVAS},
        {"caption", TAG_CAPTION},
        {"center", TAG_CENTER},
        {"dd", TAG_DD},
        {"details", TAG_DETAILS},
        {"dialog", TAG_DIALOG},
        {"div", TAG_DIV},
        {"dl", TAG_DL},
        {"dt", TAG_DT},
        {"embed", TAG_EMBED},
        {"fieldset", TAG_FIELDSET},
        {"figcaption", TAG_FIGCAPTION},
        {"figure", TAG_FIGURE},
        {"footer", TAG_FOOTER},
        {"form", TAG_FORM},
        {"h1", TAG_H1},
        {"h2", TAG_H2},
        {"h3", TAG_H3},
        {"h4", TAG_H4},
        {"h5", TAG_H5},
        {"h6", TAG_H6},
        {"head", TAG_HEAD},
        {"header", TAG_HEADER},
        {"hgroup", TAG_HGROUP},
        {"hr", TAG_HR},
        {"html", TAG_HTML},
        {"iframe", TAG_IFRAME},
        {"img", TAG_IMG},
        {"input", TAG_INPUT},
        {"label", TAG_LABEL},
        {"li", TAG_LI},
        {"link", TAG_LINK},
        {"main", TAG_MAIN},
        {"math", TAG_MATH},
        {"meta", TAG_META},
        {"nav", TAG_NAV},
        {"noscript", TAG_NOSCRIPT},
        {"object", TAG_OBJECT},
        {"ol", TAG_OL},
        {"option", TAG_OPTION},
        {"p", TAG_P},
        {"pre", TAG_PRE},
        {"script", TAG_SCRIPT},
        {"section", TAG_SECTION},
        {"select", TAG_SELECT},
        {"style", TAG_STYLE},
        {"summary", TAG_SUMMARY},
        {"svg", TAG_SVG},
        {"table", TAG_TABLE},
        {"tbody", TAG_TBODY},
        {"td", TAG_TD},
        {"template", TAG_TEMPLATE},
        {"textarea", TAG_TEXTAREA},
        {"tfoot", TAG_TFOOT},
        {"th", TAG_TH},
        {"thead", TAG_THEAD},
        {"time", TAG_TIME},
        {"title", TAG_TITLE},
        {"tr", TAG_TR},
        {"ul", TAG_UL},
        {"video", TAG_VIDEO},
};

/* The table is sorted by name: a binary search over 70 names costs about
 * six comparisons, once per element. */
html_tag angka_html_tag_of(const char *name)
{
	size_t lo = 0, hi = sizeof tag_names / sizeof tag_names[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, tag_names[mid].name);
		if (c == 0)
			return tag_names[mid].tag;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return TAG_OTHER;
}

/* Attributes --------------------------------------------------------------------- */

const char *angka_html_attr(const xmlNode *node, const char *name)
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

bool angka_html_ascii_ieq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return false;
	while (*a && *b && ((*a | 0x20) == (*b | 0x20)))
		a++, b++;
	return *a == '\0' && *b == '\0';
}

bool angka_html_has_token(const char *value, const char *token)
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

void angka_html_set_once(char **slot, const char *value)
{
	if (*slot == NULL && value != NULL)
		*slot = fold_dup(value);
}

/* Text of a subtree ---------------------------------------------------------------- */

/* Every text node of the page passes here: sixteen bytes at a time where
 * SSE2 is there (every x86-64). */
size_t angka_html_count_visible(const char *s, uint32_t *commas)
{
	size_t len = strlen(s), n = 0, i = 0;
	uint32_t c = 0;
#ifdef __SSE2__
	const __m128i space = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t');
	const __m128i four = _mm_set1_epi8(4), comma = _mm_set1_epi8(',');
	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		/* \t \n \v \f \r are 9..13: v - 9 <= 4, unsigned. */
		__m128i t = _mm_sub_epi8(v, tab);
		__m128i ws = _mm_or_si128(_mm_cmpeq_epi8(v, space),
		                          _mm_cmpeq_epi8(_mm_min_epu8(t, four), t));
		n += 16 - (size_t)__builtin_popcount((unsigned)_mm_movemask_epi8(ws));
		c += (uint32_t)__builtin_popcount(
		        (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma)));
	}
#endif
	for (; i < len; i++) {
		unsigned char b = (unsigned char)s[i];
		n += !angka_html_is_space(b);
		c += b == ',';
	}
	if (commas != NULL)
		*commas += c;
	return n;
}

/* Whether angka_html_gather walks into an element: not into scripts and the
 * like, nor (below root) into boilerplate. */
static bool gather_opens(html_ctx *hc, const xmlNode *node, const xmlNode *root)
{
	if (angka_html_opaque(hc, angka_html_tag(hc, node)))
		return false;
	node_stat *st = hc ? angka_html_stat(hc, node) : NULL;
	return node == root || st == NULL || st->removed == NULL;
}

/* Iterative, so deep trees cannot exhaust the stack. */
void angka_html_gather(html_ctx *hc, xmlNode *root, angka_parse_folder *f, size_t limit,
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
					size_t n = angka_html_count_visible(t, NULL);
					g->text += n;
					if (link_depth > 0)
						g->links += n;
				}
			}
		} else if (node->type == XML_ELEMENT_NODE && gather_opens(hc, node, root)) {
			open = true;
			html_tag tag = angka_html_tag(hc, node);
			if ((angka_html_tag_flags[tag] & TAGF_BLOCK) || tag == TAG_BR)
				angka_parse_fold_space(f);
			if (tag == TAG_A)
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
				html_tag tag = angka_html_tag(hc, node);
				if (tag == TAG_A)
					link_depth--;
				if (angka_html_tag_flags[tag] & TAGF_BLOCK)
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

char *angka_html_node_text(html_ctx *hc, xmlNode *node, size_t limit)
{
	angka_parse_folder f = {ANGKA_BUF_INIT, false};
	angka_html_gather(hc, node, &f, limit, NULL);
	if (f.buf.failed || f.buf.len == 0) {
		angka_buf_free(&f.buf);
		return NULL;
	}
	return angka_buf_detach(&f.buf);
}

void angka_html_walk(html_ctx *hc, xmlNode *root, angka_html_enter_fn enter,
                     angka_html_leave_fn leave)
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
