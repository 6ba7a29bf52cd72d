/* Walk 2 of the HTML producer and what follows it: which element is the
 * article's container (and whether the soft class words around it stand),
 * which of its neighbours and ancestors come along (the scope), and what
 * closes the article inside the scope (the tail). */
#include <string.h>

#include "parse/html_internal.h"

/* Walk 2 ------------------------------------------------------------------------ */

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
	node_stat *st = angka_html_stat(hc, node);
	if (st == NULL)
		return false;
	/* The article's own header: its title and date, never the content. */
	if (st->article_header || hc->header_depth > 0) {
		if (st->article_header)
			hc->header_depth++;
		if (st->tag == TAG_H1 && hc->h1 == NULL && st->text > 0)
			hc->h1 = node;
		if (st->tag == TAG_TIME && hc->n_times < MAX_TIMES &&
		    angka_html_attr(node, "datetime") != NULL)
			hc->times[hc->n_times++] = node;
		return (st->article_header || st->removed == NULL) && node->children != NULL;
	}
	if (st->removed != NULL)
		return false;
	switch ((html_tag)st->tag) {
	case TAG_BODY:
		if (hc->body == NULL)
			hc->body = node;
		break;
	case TAG_H1:
		if (hc->h1 == NULL && st->text > 0)
			hc->h1 = node;
		break;
	case TAG_TIME:
		if (hc->n_times < MAX_TIMES && angka_html_attr(node, "datetime") != NULL)
			hc->times[hc->n_times++] = node;
		break;
	default: break;
	}
	if (hc->article_body == NULL && st->article_body && st->text > 0)
		hc->article_body = node;
	if (st->soft != NULL)
		hc->soft_depth++;
	float score = final_score(st);
	if (score > hc->best_score) {
		hc->best_score = score;
		hc->best = node;
	}
	if (hc->soft_depth == 0 && score > hc->best_hard_score) {
		hc->best_hard_score = score;
		hc->best_hard = node;
	}
	return node->children != NULL;
}

static void select_leave(html_ctx *hc, xmlNode *node)
{
	node_stat *st = angka_html_stat(hc, node);
	if (st != NULL && st->article_header)
		hc->header_depth--;
	else if (st != NULL && st->removed == NULL && st->soft != NULL && hc->header_depth == 0)
		hc->soft_depth--;
}

/* Take a soft element out of its ancestors' counts, as walk 1 would have
 * if it had been boilerplate from the start. */
static void drop_soft(html_ctx *hc, xmlNode *node, node_stat *st)
{
	st->removed = st->soft;
	st->soft = NULL;
	node_stat *parent = angka_html_stat(hc, node->parent);
	if (parent != NULL)
		parent->gchild_score -= st->child_score;
	/* Up to the first boilerplate ancestor: its own ancestors never
	 * counted what it holds. */
	for (xmlNode *a = node->parent; a != NULL; a = a->parent) {
		node_stat *as = angka_html_stat(hc, a);
		if (as == NULL)
			continue;
		as->text -= st->text;
		as->links -= st->links;
		as->commas -= st->commas;
		as->long_paras -= st->long_paras;
		if (as->removed != NULL)
			break;
	}
}

/* Whether a long paragraph of its parent stands on this side of node. */
static bool long_paragraph_beside(html_ctx *hc, xmlNode *node, bool before)
{
	for (xmlNode *s = before ? node->prev : node->next; s != NULL;
	     s = before ? s->prev : s->next) {
		node_stat *st = angka_html_stat(hc, s);
		if (st != NULL && st->tag == TAG_P && st->removed == NULL && st->long_paras > 0)
			return true;
	}
	return false;
}

/* A soft element set between two long paragraphs of the article, with few
 * links: part of its flow (an embedded post in a "social-media-embed" box),
 * whatever its class says. Share bars and link boxes are link-heavy. */
static bool in_article_flow(html_ctx *hc, xmlNode *node, const node_stat *st)
{
	if (hc->best == NULL || !angka_html_inside(node, &hc->best, 1) || st->text == 0 ||
	    (uint64_t)st->links * 2 > st->text || st->text - st->links < 60)
		return false;
	return long_paragraph_beside(hc, node, true) && long_paragraph_beside(hc, node, false);
}

/* Whether the best container outside the soft elements is good enough:
 * then every soft element is boilerplate, as its class says. Otherwise the
 * article is inside one of them ("post latest-news", a wrapper named
 * "share-buttons-enabled"), which stays with its ancestors. */
static void resolve_soft(html_ctx *hc)
{
	bool hard = hc->best_hard != NULL && hc->best_hard_score >= hc->best_score * 0.5f;
	if (hard) {
		hc->best = hc->best_hard;
		hc->best_score = hc->best_hard_score;
	}
	for (size_t i = 0; i < hc->n_soft; i++) {
		xmlNode *node = hc->soft[i];
		node_stat *st = angka_html_stat(hc, node);
		if (st == NULL || st->soft == NULL)
			continue;
		if ((!hard && angka_html_inside(hc->best, &node, 1)) ||
		    in_article_flow(hc, node, st))
			st->soft = NULL;
		else
			drop_soft(hc, node, st);
	}
}

void angka_html_select(html_ctx *hc, xmlNode *root)
{
	hc->best_score = 0.0f;
	hc->best_hard_score = 0.0f;
	angka_html_walk(hc, root, select_enter, select_leave);
	resolve_soft(hc);
}

static bool link_light(const node_stat *st, double max_density)
{
	return st->text > 0 && (double)st->links <= max_density * (double)st->text;
}

/* Same tag and the same non-empty class. */
static bool same_kind(html_ctx *hc, const xmlNode *a, const xmlNode *b)
{
	node_stat *sa = angka_html_stat(hc, a), *sb = angka_html_stat(hc, b);
	if (sa == NULL || sb == NULL || sa->tag != sb->tag ||
	    (sa->tag == TAG_OTHER && strcmp((const char *)a->name, (const char *)b->name) != 0))
		return false;
	return sa->cls != NULL && sb->cls != NULL && sa->cls[0] != '\0' &&
	       strcmp(sa->cls, sb->cls) == 0;
}

/* A sibling of the article's container that continues the article: it
 * scores nearly as well, or it is a link-light paragraph, or it is made like
 * the container (an article cut into one "card" per paragraph), or it holds
 * a long paragraph with few links and is no list of like items (the lead in
 * a box of its own, the body's second half after an ad or a figure). */
static bool continues_article(html_ctx *hc, xmlNode *s, xmlNode *c, float threshold)
{
	node_stat *st = angka_html_stat(hc, s);
	if (st == NULL || st->removed != NULL || st->text == 0)
		return false;
	if (s == c)
		return true;
	if (final_score(st) >= threshold && link_light(st, 0.3))
		return true;
	if (st->tag == TAG_P && st->text >= 80 && link_light(st, 0.25))
		return true;
	if (same_kind(hc, s, c) && st->text >= 40 && link_light(st, 0.3))
		return true;
	return st->long_paras >= 1 && link_light(st, 0.2) &&
	       !(st->like_run >= 3 && st->like_run * 2 >= st->kids);
}

typedef struct scope_list {
	xmlNode **nodes;
	size_t n;
	size_t cap;
} scope_list;

static void scope_add(scope_list *sl, xmlNode *node)
{
	if (sl->n < sl->cap)
		sl->nodes[sl->n++] = node;
}

/* The nodes to extract, in document order. The article's container is the
 * best-scoring element (or [itemprop=articleBody]); its siblings come along
 * when they continue the article. The scope then reaches up through the
 * ancestors that add at most a quarter more text — what stands before the
 * container there (the title, the dateline, the byline, the lead) comes
 * along, but after it only what continues the article: the author box, the
 * tags and the "more stories" that close a page are not the article. */
size_t angka_html_scope(html_ctx *hc, xmlNode **scope, size_t cap)
{
	scope_list sl = {scope, 0, cap};
	xmlNode *c = hc->article_body ? hc->article_body : hc->best;
	if (c == NULL) {
		if (hc->body != NULL)
			scope_add(&sl, hc->body);
		return sl.n;
	}
	if (c == hc->best) {
		/* Through wrappers that add next to nothing ("card" > "card-content"
		 * > p), so the siblings below are the wrapper's. */
		for (xmlNode *p = c->parent; p != NULL && p->type == XML_ELEMENT_NODE;
		     p = p->parent) {
			node_stat *pst = angka_html_stat(hc, p);
			if (pst == NULL || pst->tag == TAG_BODY || pst->tag == TAG_HTML ||
			    pst->removed != NULL ||
			    pst->text > angka_html_stat(hc, c)->text + 100 || p->parent == NULL ||
			    p->parent->type != XML_ELEMENT_NODE)
				break;
			c = p;
		}
	}
	float threshold = hc->best_score * 0.2f;
	if (threshold < 10.0f)
		threshold = 10.0f;
	bool siblings = c == hc->best || hc->article_body == NULL;
	uint64_t group_text = 0;
	if (siblings && c->parent != NULL && c->parent->type == XML_ELEMENT_NODE) {
		for (xmlNode *s = c->parent->children; s != NULL; s = s->next)
			if (continues_article(hc, s, c, threshold))
				group_text += angka_html_stat(hc, s)->text;
	} else {
		group_text = angka_html_stat(hc, c)->text;
	}
	/* The ancestors that add little: levels[0] is c, levels[k] the widest. */
	xmlNode *levels[64];
	size_t k = 0;
	levels[0] = c;
	for (xmlNode *p = c->parent; p != NULL && p->type == XML_ELEMENT_NODE && k + 1 < 64;
	     p = p->parent) {
		node_stat *st = angka_html_stat(hc, p);
		if (st == NULL || st->tag == TAG_BODY || st->tag == TAG_HTML ||
		    (double)st->text > (double)group_text * 1.25 + 400.0)
			break;
		levels[++k] = p;
	}
	if (k == 0) {
		if (!siblings || c->parent == NULL || c->parent->type != XML_ELEMENT_NODE) {
			scope_add(&sl, c);
			return sl.n;
		}
		for (xmlNode *s = c->parent->children; s != NULL; s = s->next)
			if (continues_article(hc, s, c, threshold))
				scope_add(&sl, s);
		return sl.n;
	}
	/* Before the container, level by level from the widest: all but lists
	 * of links (a video carousel, a row of section links). */
	for (size_t j = k; j >= 1; j--) {
		for (xmlNode *s = levels[j]->children; s != NULL && s != levels[j - 1];
		     s = s->next) {
			node_stat *st = angka_html_stat(hc, s);
			if (st != NULL && (st->text < 100 || link_light(st, 0.5)))
				scope_add(&sl, s);
		}
	}
	scope_add(&sl, c);
	/* After it, what continues the article. */
	for (size_t j = 1; j <= k; j++)
		for (xmlNode *s = levels[j - 1]->next; s != NULL; s = s->next)
			if (continues_article(hc, s, c, threshold))
				scope_add(&sl, s);
	return sl.n;
}

/* The tail ------------------------------------------------------------------------ */

/* The element of the scope that holds the most long paragraphs as its own
 * children: the article's body. */
static xmlNode *body_container(html_ctx *hc, xmlNode *root, xmlNode *best, unsigned *best_n)
{
	xmlNode *node = root;
	while (node != NULL) {
		node_stat *st = angka_html_stat(hc, node);
		bool open = st != NULL && st->removed == NULL;
		if (open && st->direct_long > *best_n) {
			*best_n = st->direct_long;
			best = node;
		}
		if (open && node->children != NULL) {
			node = node->children;
			continue;
		}
		while (node != root && node->next == NULL)
			node = node->parent;
		if (node == root)
			break;
		node = node->next;
	}
	return best;
}

static bool is_heading(const node_stat *st)
{
	return (angka_html_tag_flags[st->tag] & TAGF_HEADING) != 0;
}

/* A box after the article: a picture with a short text (the author), a
 * button or a form (subscribe, donate, comment). A recipe card or a table of
 * results is longer. */
static bool closing_box(const node_stat *st)
{
	switch ((html_tag)st->tag) {
	case TAG_DIV:
	case TAG_SECTION:
	case TAG_ASIDE:
	case TAG_FORM:
	case TAG_FOOTER:
	case TAG_HEADER:
	case TAG_OTHER: break;
	default: return false;
	}
	return (st->has_media || st->has_control) && st->text - st->links < 400;
}

/* After the body's last long paragraph, a box made of more than text is no
 * longer the article, in whatever language it is written, and a heading
 * there that no kept text follows announces nothing of it. Short
 * paragraphs, plain lists and tables stay (the filters judge them). Only when
 * one element holds most of the article's paragraphs, so its end is known. */
void angka_html_mark_tail(html_ctx *hc, xmlNode *const *scope, size_t n)
{
	unsigned best_n = 0, total = 0;
	xmlNode *body = NULL;
	for (size_t i = 0; i < n; i++) {
		node_stat *st = angka_html_stat(hc, scope[i]);
		if (st == NULL || st->removed != NULL)
			continue;
		total += st->long_paras;
		body = body_container(hc, scope[i], body, &best_n);
	}
	if (body == NULL || best_n < 2 || best_n * 2 < total)
		return;
	xmlNode *last = NULL;
	for (xmlNode *c = body->children; c != NULL; c = c->next) {
		node_stat *cs = angka_html_stat(hc, c);
		if (cs != NULL && cs->tag == TAG_P && cs->removed == NULL && cs->long_paras > 0)
			last = c;
	}
	if (last == NULL)
		return;
	node_stat *bs = angka_html_stat(hc, body);
	for (xmlNode *c = last->next; c != NULL; c = c->next) {
		node_stat *cs = angka_html_stat(hc, c);
		if (cs != NULL && cs->removed == NULL && cs->text > 0 && closing_box(cs)) {
			cs->removed = "tail";
			angka_html_subtract(bs, cs);
		}
	}
	/* Headings, from the end: each knows whether kept text follows it. */
	bool text_follows = false;
	for (xmlNode *c = body->last; c != NULL && c != last; c = c->prev) {
		node_stat *cs = angka_html_stat(hc, c);
		if (cs == NULL || cs->removed != NULL || cs->text == 0)
			continue;
		if (!is_heading(cs)) {
			text_follows = true;
			continue;
		}
		if (!text_follows) {
			cs->removed = "tail";
			angka_html_subtract(bs, cs);
		}
		text_follows = false;
	}
}

bool angka_html_inside(const xmlNode *node, xmlNode *const *scope, size_t n)
{
	for (const xmlNode *p = node; p != NULL; p = p->parent)
		for (size_t i = 0; i < n; i++)
			if (p == scope[i])
				return true;
	return false;
}

bool angka_html_inside_removed(html_ctx *hc, const xmlNode *node, bool header)
{
	for (const xmlNode *p = node; p != NULL; p = p->parent) {
		node_stat *st = angka_html_stat(hc, p);
		if (st != NULL && st->removed != NULL && (header || !st->article_header))
			return true;
	}
	return false;
}
