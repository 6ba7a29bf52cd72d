/* Walks 1 and 2 of the HTML producer: what each element holds, and which of
 * them is the article.
 *
 * Walk 1 gives each element its visible text, its link text and a
 * readability-style content score (a paragraph scores for its parent in
 * full and its grandparent by half); boilerplate elements are marked and
 * their text kept out of their ancestors' counts; <meta>, <link>, <title>
 * and JSON-LD are read on the way. Walk 2 finds, over what is not
 * boilerplate, the best-scoring container, the first <h1>,
 * [itemprop=articleBody] and the <time datetime>s. */
#include <stdlib.h>
#include <string.h>

#include "parse/html_internal.h"

/* Walk 1 ------------------------------------------------------------------------ */

/* The attributes walk 1 reads, in one pass over the element's list. */
static void read_attrs(xmlNode *node, node_stat *st, const char **itemprop)
{
	for (const xmlAttr *a = node->properties; a != NULL; a = a->next) {
		const char *an = (const char *)a->name;
		char c = (char)(an[0] | 0x20);
		if (c != 'c' && c != 'i')
			continue;
		const char *value = "";
		if (a->children != NULL && a->children->type == XML_TEXT_NODE &&
		    a->children->content != NULL)
			value = (const char *)a->children->content;
		if (c == 'c' && st->cls == NULL && angka_html_ascii_ieq(an, "class"))
			st->cls = value;
		else if (c == 'i' && an[1] != '\0' && (an[1] | 0x20) == 'd' && an[2] == '\0' &&
		         st->id == NULL)
			st->id = value;
		else if (c == 'i' && *itemprop == NULL && angka_html_ascii_ieq(an, "itemprop"))
			*itemprop = value;
	}
}

static bool stats_enter(html_ctx *hc, xmlNode *node)
{
	if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
		node_stat *parent = angka_html_stat(hc, node->parent);
		if (parent == NULL || node->content == NULL)
			return false;
		uint32_t commas = 0;
		size_t n = angka_html_count_visible((const char *)node->content, &commas);
		parent->text += (uint32_t)n;
		parent->own += (uint32_t)n;
		parent->commas += commas;
		parent->own_commas += commas;
		if (hc->link_depth > 0)
			parent->links += (uint32_t)n;
		/* Text between <br>s is a paragraph of its own for the guards. */
		else if (n >= 100 && !(angka_html_tag_flags[parent->tag] & TAGF_PARA))
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
	size_t slot = ((uintptr_t)node->name >> 4) % TAG_CACHE;
	html_tag tag;
	if (hc->tag_cache[slot].name == node->name) {
		tag = (html_tag)hc->tag_cache[slot].tag;
	} else {
		tag = angka_html_tag_of((const char *)node->name);
		hc->tag_cache[slot].name = node->name;
		hc->tag_cache[slot].tag = (uint8_t)tag;
	}
	st->tag = (uint8_t)tag;
	const char *itemprop = NULL;
	if (node->properties != NULL)
		read_attrs(node, st, &itemprop);

	switch (tag) {
	case TAG_META: angka_html_read_meta(hc, node); break;
	case TAG_LINK:
		if (hc->canonical == NULL &&
		    angka_html_has_token(angka_html_attr(node, "rel"), "canonical"))
			angka_html_set_once(&hc->canonical, angka_html_attr(node, "href"));
		break;
	case TAG_TITLE:
		if (hc->title_node == NULL)
			hc->title_node = node;
		break;
	case TAG_SCRIPT:
		if (angka_html_ascii_ieq(angka_html_attr(node, "type"), "application/ld+json"))
			angka_html_read_json_ld(hc, node);
		break;
	default: break;
	}
	if (itemprop != NULL) {
		st->article_body = angka_html_has_token(itemprop, "articleBody");
		if (tag != TAG_META && hc->itemprop_published == NULL &&
		    angka_html_has_token(itemprop, "datePublished")) {
			const char *value = angka_html_attr(node, "datetime");
			if (value == NULL)
				value = angka_html_attr(node, "content");
			if (value != NULL)
				angka_html_set_once(&hc->itemprop_published, value);
			else
				hc->itemprop_published = angka_html_node_text(NULL, node, 200);
		}
	}

	st->removed = angka_html_tag_reason(hc, node, st);
	/* <head> is opaque to text but its <meta>/<title>/<link> count. */
	if (tag == TAG_HEAD)
		return node->children != NULL;
	if (angka_html_tag_flags[tag] & TAGF_OPAQUE)
		return false;
	if (tag == TAG_A)
		hc->link_depth++;
	if (tag == TAG_ARTICLE || tag == TAG_MAIN)
		hc->article_depth++;
	return node->children != NULL;
}

/* Only called for elements whose enter returned true or that have no
 * children; keeps the depth counters balanced and moves the counts up. */
static void stats_leave(html_ctx *hc, xmlNode *node)
{
	if (node->type != XML_ELEMENT_NODE)
		return;
	node_stat *st = angka_html_stat(hc, node);
	if (st == NULL)
		return;
	html_tag tag = (html_tag)st->tag;
	if (tag == TAG_A && hc->link_depth > 0)
		hc->link_depth--;
	if ((tag == TAG_ARTICLE || tag == TAG_MAIN) && hc->article_depth > 0)
		hc->article_depth--;
	if (tag == TAG_HEAD)
		return;

	node_stat *parent = angka_html_stat(hc, node->parent);
	bool is_para = (angka_html_tag_flags[tag] & TAGF_PARA) != 0;
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
	if (tag == TAG_ARTICLE || tag == TAG_MAIN || st->article_body)
		st->has_main = true;
	if (st->removed == NULL)
		st->removed = angka_html_content_reason(node, st);
	if (parent == NULL || st->removed != NULL)
		return;
	parent->text += st->text;
	parent->links += st->links;
	parent->commas += st->commas;
	parent->long_paras += st->long_paras;
	parent->gchild_score += st->child_score;
	if (st->has_table || tag == TAG_TABLE)
		parent->has_table = true;
	if (st->has_main)
		parent->has_main = true;
}

void angka_html_stats(html_ctx *hc, xmlNode *root)
{
	angka_html_walk(hc, root, stats_enter, stats_leave);
}

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
	if (st == NULL || st->removed != NULL)
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

void angka_html_select(html_ctx *hc, xmlNode *root)
{
	hc->best_score = 0.0f;
	angka_html_walk(hc, root, select_enter, select_leave);
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

/* The best container and the siblings that score nearly as well (an article
 * split by an ad slot), or the ancestor that adds at most a quarter more
 * text (the title, dateline and byline around the body). */
size_t angka_html_scope(html_ctx *hc, xmlNode **scope)
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
		float threshold = hc->best_score * 0.2f;
		if (threshold < 10.0f)
			threshold = 10.0f;
		for (xmlNode *s = c->parent->children; s != NULL && n < MAX_GROUP; s = s->next) {
			node_stat *st = angka_html_stat(hc, s);
			if (st == NULL || st->removed != NULL)
				continue;
			bool take = s == c;
			if (!take && final_score(st) >= threshold && link_light(st, 0.3))
				take = true;
			if (!take && st->tag == TAG_P && st->text >= 80 && link_light(st, 0.25))
				take = true;
			/* An article cut into like elements, one per paragraph or two. */
			if (!take && same_kind(hc, s, c) && st->text >= 40 && link_light(st, 0.3))
				take = true;
			if (take) {
				scope[n++] = s;
				group_text += st->text;
			}
		}
	} else {
		scope[n++] = c;
		group_text = angka_html_stat(hc, c)->text;
	}
	xmlNode *wide = c;
	for (xmlNode *p = c->parent; p != NULL && p->type == XML_ELEMENT_NODE; p = p->parent) {
		node_stat *st = angka_html_stat(hc, p);
		if (st == NULL || st->tag == TAG_BODY || st->tag == TAG_HTML ||
		    (double)st->text > (double)group_text * 1.25 + 400.0)
			break;
		wide = p;
	}
	if (wide != c) {
		scope[0] = wide;
		return 1;
	}
	return n;
}

bool angka_html_inside(const xmlNode *node, xmlNode *const *scope, size_t n)
{
	for (const xmlNode *p = node; p != NULL; p = p->parent)
		for (size_t i = 0; i < n; i++)
			if (p == scope[i])
				return true;
	return false;
}

bool angka_html_inside_removed(html_ctx *hc, const xmlNode *node)
{
	for (const xmlNode *p = node; p != NULL; p = p->parent) {
		node_stat *st = angka_html_stat(hc, p);
		if (st != NULL && st->removed != NULL)
			return true;
	}
	return false;
}
