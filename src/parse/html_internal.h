/* Internal interfaces of the HTML producer, shared by its files:
 *   html.c          the entry point: charset, libxml2 (with the tree repair),
 *                   the walks, the fallbacks when the visible page is empty
 *   html_dom.c      tag ids, attributes, the text of a subtree
 *   html_boiler.c   which elements are page furniture (tag, role, class)
 *   html_score.c    walk 1: what each element holds, lists of teasers, captions
 *   html_select.c   walk 2: the container, its scope and the article's tail
 *   html_extract.c  walk 3: the scope's blocks in reading order
 *   html_meta.c     <meta>, JSON-LD, title and date
 *   html_json.c     the article from the page's JSON (the last fallback)
 * Nothing outside these files includes this header. */
#ifndef ANGKA_HTML_INTERNAL_H
#define ANGKA_HTML_INTERNAL_H

#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parse/parse_internal.h"

/* Element names angka acts on, so each walk compares small integers instead
 * of strings. Every tag of the block and opaque sets has its own id; the
 * rest (span, em, img, ...) are TAG_OTHER. */
typedef enum html_tag {
	TAG_OTHER = 0,
	TAG_A,
	TAG_ADDRESS,
	TAG_ARTICLE,
	TAG_ASIDE,
	TAG_AUDIO,
	TAG_BLOCKQUOTE,
	TAG_BODY,
	TAG_BR,
	TAG_BUTTON,
	TAG_CANVAS,
	TAG_CAPTION,
	TAG_CENTER,
	TAG_DD,
	TAG_DETAILS,
	TAG_DIALOG,
	TAG_DIV,
	TAG_DL,
	TAG_DT,
	TAG_EMBED,
	TAG_FIELDSET,
	TAG_FIGCAPTION,
	TAG_FIGURE,
	TAG_FOOTER,
	TAG_FORM,
	TAG_H1,
	TAG_H2,
	TAG_H3,
	TAG_H4,
	TAG_H5,
	TAG_H6,
	TAG_HEAD,
	TAG_HEADER,
	TAG_HGROUP,
	TAG_HR,
	TAG_HTML,
	TAG_IFRAME,
	TAG_IMG,
	TAG_INPUT,
	TAG_LABEL,
	TAG_LI,
	TAG_LINK,
	TAG_MAIN,
	TAG_MATH,
	TAG_META,
	TAG_NAV,
	TAG_NOSCRIPT,
	TAG_OBJECT,
	TAG_OL,
	TAG_OPTION,
	TAG_P,
	TAG_PRE,
	TAG_SCRIPT,
	TAG_SECTION,
	TAG_SELECT,
	TAG_STYLE,
	TAG_SUMMARY,
	TAG_SVG,
	TAG_TABLE,
	TAG_TBODY,
	TAG_TD,
	TAG_TEMPLATE,
	TAG_TEXTAREA,
	TAG_TFOOT,
	TAG_TH,
	TAG_THEAD,
	TAG_TIME,
	TAG_TITLE,
	TAG_TR,
	TAG_UL,
	TAG_VIDEO,
	TAG_COUNT
} html_tag;

enum {
	TAGF_OPAQUE = 1u << 0,  /* never holds article text: not even walked */
	TAGF_BLOCK = 1u << 1,   /* starts and ends a block of text */
	TAGF_PARA = 1u << 2,    /* scores as a paragraph: p, pre, td */
	TAGF_HEADING = 1u << 3, /* h1..h6 */
};

extern const uint8_t angka_html_tag_flags[TAG_COUNT];

/* The id of an element name (lower case, as libxml2's HTML parser gives). */
html_tag angka_html_tag_of(const char *name);

/* What walk 1 learns about each element. */
typedef struct node_stat {
	uint32_t text;        /* visible non-space bytes under the element */
	uint32_t links;       /* of which inside <a> */
	uint32_t own;         /* of which in the element's own text nodes */
	uint32_t commas;      /* commas in the visible text */
	uint32_t own_commas;  /* of which in its own text nodes */
	uint32_t long_paras;  /* paragraphs of 100+ bytes of non-link text */
	uint32_t own_long;    /* of which its own text nodes (<br>-separated text) */
	float child_score;    /* scores of its paragraphs */
	float gchild_score;   /* scores of its children's paragraphs */
	const char *removed;  /* why it is boilerplate, or NULL */
	const char *soft;     /* a weighed class word: boilerplate unless it holds the article */
	const char *cls;      /* its class attribute, or NULL */
	const char *id;       /* its id attribute, or NULL */
	uint16_t kids;        /* element children with text, not boilerplate */
	uint16_t direct_long; /* children that are long <p>s */
	uint16_t like_run;    /* longest run of like children (same tag, class) */
	uint8_t tag;          /* html_tag */
	bool has_table;       /* a <table> below it */
	bool has_main;        /* an <article>, <main> or articleBody at or below it */
	bool article_body;    /* itemprop=articleBody */
	bool has_media;       /* an image, a video, an embed below it */
	bool has_control;     /* a button, an input, a form or a lone link below it */
	bool short_link;      /* a short <a> among its children */
	bool has_title;       /* an <h1> with text of its own below it */
	bool first_linked;    /* its first text is a link's (a title, share buttons) */
	bool article_header;  /* a removed <header> that holds the title */
} node_stat;

#define MAX_TIMES  16
#define MAX_JSON   8
#define MAX_SCOPE  512
#define TAG_CACHE  64
#define CLASS_MEMO 256

typedef struct html_ctx {
	const angka_document *doc;
	/* The second reading of a page whose visible tree held no article:
	 * <noscript> and hidden elements are read as if shown. */
	bool open_hidden;
	/* Element names by pointer: libxml2 keeps one copy of each name in the
	 * document's dictionary, so a name seen once is looked up once. */
	struct {
		const xmlChar *name;
		uint8_t tag;
	} tag_cache[TAG_CACHE];
	/* What each class attribute's words say, by its text: a page repeats
	 * the same few dozen class values on most of its elements. */
	struct {
		uint64_t hash;
		const char *value; /* NULL: empty slot */
		const char *reason;
		uint8_t weight;
	} class_memo[CLASS_MEMO];
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
	char *ld_published;      /* of an Article, NewsArticle, BlogPosting, ... */
	char *ld_page_published; /* of any other thing: a WebPage */
	char *meta_modified;     /* og:updated_time, article:modified_time */
	char *ld_author;
	char *ld_headline;
	char *ld_publisher;
	char *ld_body;           /* an article's articleBody, as written */
	xmlNode *json[MAX_JSON]; /* application/json scripts, for the fallback */
	xmlNode *ld[MAX_JSON];   /* ld+json scripts, read when the metadata needs them */
	size_t n_ld;
	bool ld_read;
	size_t n_json;
	/* elements marked soft in walk 1, inner ones first */
	xmlNode **soft;
	size_t n_soft;
	size_t cap_soft;
	/* found in walk 2 */
	xmlNode *body;
	xmlNode *best;
	float best_score;
	xmlNode *best_hard; /* the best outside every soft element */
	float best_hard_score;
	int soft_depth;
	int header_depth; /* inside the article's own header */
	xmlNode *h1;
	xmlNode *article_body;
	xmlNode *times[MAX_TIMES];
	size_t n_times;
} html_ctx;

/* Tree helpers (html_dom.c) -------------------------------------------------------- */

static inline node_stat *angka_html_stat(html_ctx *hc, const xmlNode *node)
{
	if (node == NULL || node->type != XML_ELEMENT_NODE || node->_private == NULL)
		return NULL;
	size_t idx = (size_t)(uintptr_t)node->_private - 1;
	return idx < hc->n_stats ? &hc->stats[idx] : NULL;
}

/* The tag id of an element: from its stat when walk 1 saw it, else from its
 * name; TAG_OTHER for anything that is not an element. */
static inline html_tag angka_html_tag(html_ctx *hc, const xmlNode *node)
{
	if (node->type != XML_ELEMENT_NODE || node->name == NULL)
		return TAG_OTHER;
	node_stat *st = hc != NULL ? angka_html_stat(hc, node) : NULL;
	return st != NULL ? (html_tag)st->tag : angka_html_tag_of((const char *)node->name);
}

/* Whether an element's content is never walked: scripts and the like, and
 * <noscript> but in the second reading. */
static inline bool angka_html_opaque(const html_ctx *hc, html_tag tag)
{
	return (angka_html_tag_flags[tag] & TAGF_OPAQUE) &&
	       !(tag == TAG_NOSCRIPT && hc != NULL && hc->open_hidden);
}

static inline bool angka_html_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The value of an attribute without copying it (the HTML parser stores it as
 * one text child), "" when present but empty, NULL when absent. Attribute
 * names are matched case-insensitively. */
const char *angka_html_attr(const xmlNode *node, const char *name);
bool angka_html_ascii_ieq(const char *a, const char *b);
/* Case-insensitive search for a word in a space-separated attribute value
 * ("rel", "itemprop"). */
bool angka_html_has_token(const char *value, const char *token);
/* Keep the first non-empty value seen, folded. A value lost to a failed
 * allocation only leaves the metadata incomplete. */
void angka_html_set_once(char **slot, const char *value);
/* Visible (non-space) bytes of s; commas counted into *commas when given. */
size_t angka_html_count_visible(const char *s, uint32_t *commas);

typedef struct gathered {
	size_t text;  /* non-space bytes */
	size_t links; /* of which inside <a> */
} gathered;

/* Append the visible text under root to f (block boundaries become spaces),
 * skipping boilerplate when hc is given, until f holds limit bytes (0: no
 * limit). g, when given, counts the text and link bytes. */
void angka_html_gather(html_ctx *hc, xmlNode *root, angka_parse_folder *f, size_t limit,
                       gathered *g);
/* The folded text of a subtree as a new string, or NULL when empty. */
char *angka_html_node_text(html_ctx *hc, xmlNode *node, size_t limit);

/* The generic iterative walk: enter returns whether to descend; leave is
 * called once for every node entered, after its children. */
typedef bool (*angka_html_enter_fn)(html_ctx *hc, xmlNode *node);
typedef void (*angka_html_leave_fn)(html_ctx *hc, xmlNode *node);
void angka_html_walk(html_ctx *hc, xmlNode *root, angka_html_enter_fn enter,
                     angka_html_leave_fn leave);

/* Boilerplate (html_boiler.c) ------------------------------------------------------ */

/* The attributes walk 1 reads besides class and id, in one pass. */
typedef struct html_attrs {
	const char *itemprop;
	const char *role;
	const char *style;
	bool hidden;
} html_attrs;

/* Furniture by tag, role or visibility, decided on entering an element. */
const char *angka_html_tag_reason(html_ctx *hc, const node_stat *st, const html_attrs *attrs);
/* Furniture by class or id, decided on leaving, when the content is known. */
const char *angka_html_content_reason(html_ctx *hc, const xmlNode *node, node_stat *st);

/* Walk 1 (html_score.c) ----------------------------------------------------------- */

/* Walk 1 over the whole tree: stats and metadata. Sets hc->nomem. */
void angka_html_stats(html_ctx *hc, xmlNode *root);

/* Take a child's counts back out of its parent (it was found to be
 * boilerplate after it had been added). */
static inline void angka_html_subtract(node_stat *parent, const node_stat *child)
{
	parent->text -= child->text;
	parent->links -= child->links;
	parent->commas -= child->commas;
	parent->long_paras -= child->long_paras;
	parent->gchild_score -= child->child_score;
}

/* Walk 2, the scope and the tail (html_select.c) ----------------------------------- */

/* Walk 2: the best container, the first <h1>, articleBody, <time>s. */
void angka_html_select(html_ctx *hc, xmlNode *root);
/* The nodes to extract, in document order, at most cap; 0 when the page
 * has no body. */
size_t angka_html_scope(html_ctx *hc, xmlNode **scope, size_t cap);
/* Mark what closes the article inside its scope (author box, promos, "more
 * on this" headings) as boilerplate. */
void angka_html_mark_tail(html_ctx *hc, xmlNode *const *scope, size_t n);
bool angka_html_inside(const xmlNode *node, xmlNode *const *scope, size_t n);
/* Inside boilerplate; the article's own header (removed from the text)
 * counts as boilerplate only when header is true. */
bool angka_html_inside_removed(html_ctx *hc, const xmlNode *node, bool header);

/* Walk 3 (html_extract.c) ---------------------------------------------------------- */

/* Append the blocks of each scope node to blocks. 0, ANGKA_ENOMEM or
 * ANGKA_ETOOBIG. */
int angka_html_extract(html_ctx *hc, xmlNode *const *scope, size_t n_scope,
                       angka_parse_blocks *blocks);

/* Metadata (html_meta.c) ----------------------------------------------------------- */

void angka_html_read_meta(html_ctx *hc, xmlNode *node);
/* Read the page's JSON-LD, once: the metadata needs it only for what the
 * <meta> tags do not say. */
void angka_html_read_json_ld(html_ctx *hc);
/* Fill meta from what the walks found. Strings that cannot be copied are
 * left NULL. */
void angka_html_fill_meta(html_ctx *hc, angka_parse_meta *meta, xmlNode *const *scope,
                          size_t n_scope);
void angka_html_ctx_free(html_ctx *hc);

/* The page's JSON (html_json.c) ---------------------------------------------------- */

/* The article's body from the page's JSON: the longest string of its
 * application/json scripts that reads as prose or as HTML, else JSON-LD's
 * articleBody. *text (NULL when none) and *date (the publication date of the
 * object that holds it, or NULL) are owned by the caller; *html says whether
 * the text is HTML. 0 or ANGKA_ENOMEM. */
int angka_html_json_body(html_ctx *hc, char **text, bool *html, char **date);

#endif
