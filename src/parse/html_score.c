/* Walk 1 of the HTML producer: what each element holds.
 *
 * Each element gets its visible text, its link text and a readability-style
 * content score (a paragraph scores for its parent in full and its
 * grandparent by half); boilerplate elements — by tag, by class, lists of
 * teasers, pictures' captions — are marked and their text kept out of their
 * ancestors' counts; <meta>, <link>, <title> and JSON-LD are read on the way.
 * Walk 2 (html_select.c) chooses among them. */
#include <stdlib.h>
#include <string.h>

#include "parse/html_internal.h"

/* Walk 1 ------------------------------------------------------------------------ */

/* The attributes walk 1 reads, in one pass over the element's list. */
static void read_attrs(xmlNode *node, node_stat *st, html_attrs *attrs)
{
	for (const xmlAttr *a = node->properties; a != NULL; a = a->next) {
		const char *an = (const char *)a->name;
		char c = (char)(an[0] | 0x20);
		if (c != 'c' && c != 'i' && c != 'r' && c != 's' && c != 'h')
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
		else if (c == 'i' && attrs->itemprop == NULL &&
		         angka_html_ascii_ieq(an, "itemprop"))
			attrs->itemprop = value;
		else if (c == 'r' && attrs->role == NULL && angka_html_ascii_ieq(an, "role"))
			attrs->role = value;
		else if (c == 's' && attrs->style == NULL && angka_html_ascii_ieq(an, "style"))
			attrs->style = value;
		else if (c == 'h' && angka_html_ascii_ieq(an, "hidden"))
			attrs->hidden = true;
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
		/* A page has an element every 40 to 80 bytes: start near that. */
		size_t guess = hc->doc != NULL ? hc->doc->len / 64 : 0;
		size_t cap = hc->cap_stats ? hc->cap_stats * 2 : (guess > 1024 ? guess : 1024);
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
	html_attrs attrs = {NULL, NULL, NULL, false};
	if (node->properties != NULL)
		read_attrs(node, st, &attrs);
	const char *itemprop = attrs.itemprop;

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
	case TAG_SCRIPT: {
		const char *type = angka_html_attr(node, "type");
		if (angka_html_ascii_ieq(type, "application/ld+json")) {
			if (hc->n_ld < MAX_JSON)
				hc->ld[hc->n_ld++] = node;
		} else if (angka_html_ascii_ieq(type, "application/json") && hc->n_json < MAX_JSON)
			hc->json[hc->n_json++] = node;
		break;
	}
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

	st->removed = angka_html_tag_reason(hc, st, &attrs);
	/* <head> is opaque to text but its <meta>/<title>/<link> count. */
	if (tag == TAG_HEAD)
		return node->children != NULL;
	if (angka_html_opaque(hc, tag))
		return false;
	if (tag == TAG_A)
		hc->link_depth++;
	if (tag == TAG_ARTICLE || tag == TAG_MAIN)
		hc->article_depth++;
	return node->children != NULL;
}

/* Runs of like items ---------------------------------------------------------------- */

/* The first token of a class attribute ("card" of "card card--big"). */
static size_t first_class(const char *cls, const char **out)
{
	*out = cls;
	if (cls == NULL)
		return 0;
	while (angka_html_is_space((unsigned char)**out))
		(*out)++;
	size_t n = 0;
	while ((*out)[n] != '\0' && !angka_html_is_space((unsigned char)(*out)[n]))
		n++;
	return n;
}

/* Two siblings made from the same template: the same tag and the same first
 * class token (comment threads alternate "comment even" / "comment odd"). */
static bool like_items(const node_stat *a, const node_stat *b)
{
	if (a->tag != b->tag)
		return false;
	const char *ca, *cb;
	size_t na = first_class(a->cls, &ca), nb = first_class(b->cls, &cb);
	return na == nb && (na == 0 || memcmp(ca, cb, na) == 0);
}

/* A teaser: a short entry that links elsewhere — a related story, a "more
 * from" card, a list entry of links. Its text besides the links is short,
 * and it is not a paragraph or a heading of the article. */
static bool teaser(const node_stat *st)
{
	switch ((html_tag)st->tag) {
	case TAG_DIV:
	case TAG_LI:
	case TAG_ARTICLE:
	case TAG_SECTION:
	case TAG_ASIDE:
	case TAG_FIGURE: break;
	default: return false;
	}
	/* An excerpt that opens with a link (its title, its share buttons) is
	 * one too, even when the excerpt is long. */
	return (st->links >= 15 && st->text - st->links < 250 && st->long_paras == 0) ||
	       (st->first_linked && st->links >= 10 && st->text - st->links < 1000);
}

/* Whether an element opens with a block of links: its first child with text
 * is a block made mostly of links (a linked title, a row of share buttons),
 * or a link standing on its own before the next block. A link that starts a
 * sentence ("<b><a>WeWork</a> is under investigation…</b>") is not one: a
 * news round-up is an article, a list of other articles' titles is not. */
static bool first_text_linked(html_ctx *hc, xmlNode *node)
{
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE) {
			if (c->content != NULL &&
			    angka_html_count_visible((const char *)c->content, NULL) > 0)
				return false;
			continue;
		}
		node_stat *cs = angka_html_stat(hc, c);
		if (cs == NULL || cs->removed != NULL || cs->text == 0)
			continue;
		if (angka_html_tag_flags[cs->tag] & TAGF_BLOCK)
			return cs->first_linked ||
			       (uint64_t)cs->links * 10 >= (uint64_t)cs->text * 7;
		if (cs->tag != TAG_A)
			return false;
		/* A link alone: what follows it must start a block. */
		for (xmlNode *n = c->next; n != NULL; n = n->next) {
			if (n->type == XML_TEXT_NODE) {
				if (n->content != NULL &&
				    angka_html_count_visible((const char *)n->content, NULL) > 0)
					return false;
				continue;
			}
			node_stat *ns = angka_html_stat(hc, n);
			if (ns == NULL || ns->text == 0)
				continue;
			return (angka_html_tag_flags[ns->tag] & TAGF_BLOCK) != 0;
		}
		return true;
	}
	return false;
}

static bool short_label(const node_stat *st)
{
	return st->removed == NULL && st->text > 0 && st->text < 80 && st->long_paras == 0 &&
	       ((angka_html_tag_flags[st->tag] & TAGF_HEADING) || st->tag == TAG_DIV ||
	        st->tag == TAG_OTHER);
}

/* The element sibling before node, or NULL. */
static xmlNode *prev_element(xmlNode *node)
{
	xmlNode *p = node->prev;
	while (p != NULL && p->type != XML_ELEMENT_NODE)
		p = p->prev;
	return p;
}

/* A short heading or label that announces a list ("More stories",
 * "Ähnliche Beiträge"), found boilerplate with the list: out of parent's
 * counts. */
static void drop_label(html_ctx *hc, xmlNode *before, node_stat *parent)
{
	node_stat *bs = angka_html_stat(hc, before);
	if (bs != NULL && parent != NULL && short_label(bs)) {
		bs->removed = "related-list";
		angka_html_subtract(parent, bs);
	}
}

/* Three or more like teasers side by side are a list of other articles,
 * in any language: they go as related-list, with the short heading that
 * announces them, and so does the element that held nothing else. The
 * element's own measure of likeness (like_run over its children with text)
 * is kept for continues_article. Called on leaving node, when its children
 * are final. */
static void mark_runs(html_ctx *hc, xmlNode *node, node_stat *st)
{
	xmlNode *run_start = NULL, *prev = NULL;
	size_t run = 0, like = 0, kids = 0;
	bool run_teasers = false, marked = false;
	for (xmlNode *c = node->children;; c = c->next) {
		/* Text between two elements makes them words of a sentence, not
		 * items of a list. */
		if (c != NULL && c->type == XML_TEXT_NODE && c->content != NULL &&
		    angka_html_count_visible((const char *)c->content, NULL) > 0) {
			prev = NULL;
			continue;
		}
		node_stat *cs = c != NULL ? angka_html_stat(hc, c) : NULL;
		if (c != NULL && (cs == NULL || cs->removed != NULL || cs->text == 0))
			continue;
		node_stat *ps = prev != NULL ? angka_html_stat(hc, prev) : NULL;
		bool continues = c != NULL && ps != NULL && like_items(ps, cs);
		if (continues) {
			like++;
			run_teasers = run_teasers && teaser(cs);
		} else {
			/* Close the run that ended at prev. */
			if (run_teasers && like + 1 >= 3) {
				drop_label(hc, prev_element(run_start), st);
				for (xmlNode *m = run_start;; m = m->next) {
					node_stat *ms = angka_html_stat(hc, m);
					if (ms != NULL && ms->removed == NULL && ms->text > 0) {
						ms->removed = "related-list";
						angka_html_subtract(st, ms);
					}
					if (m == prev)
						break;
				}
				marked = true;
			}
			if (like + 1 > run)
				run = like + 1;
			like = 0;
			run_start = c;
			run_teasers = c != NULL && teaser(cs);
		}
		if (c == NULL)
			break;
		kids++;
		prev = c;
	}
	st->kids = kids > UINT16_MAX ? UINT16_MAX : (uint16_t)kids;
	st->like_run = run > UINT16_MAX ? UINT16_MAX : (uint16_t)run;
	/* A box of teasers with a title of its own. */
	if (marked && st->text < 100 && st->long_paras == 0 && node->parent != NULL) {
		st->removed = "related-list";
		drop_label(hc, prev_element(node), angka_html_stat(hc, node->parent));
	}
}

/* A picture with a line of text beside it, outside any paragraph: its
 * caption ("China has warned …", "(Image: GETTY)"). The text is short and
 * sits in a span or a div of the box, not in the box's own text (a body
 * written straight into a div) nor in a paragraph. */
static bool caption_box(html_ctx *hc, xmlNode *node, const node_stat *st)
{
	switch ((html_tag)st->tag) {
	case TAG_DIV:
	case TAG_FIGURE:
	case TAG_OTHER: break;
	default: return false;
	}
	if (!st->has_media || st->text == 0 || st->text - st->links >= 200 || st->own > 0 ||
	    st->long_paras > 0 || st->links * 2 > st->text)
		return false;
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		node_stat *cs = angka_html_stat(hc, c);
		if (cs != NULL && cs->removed == NULL && cs->text > 0 &&
		    (cs->tag == TAG_P || (angka_html_tag_flags[cs->tag] & TAGF_HEADING) ||
		     cs->tag == TAG_UL || cs->tag == TAG_OL || cs->tag == TAG_TABLE))
			return false;
	}
	return true;
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
	float para_score = 0.0f;
	if (is_para && st->text >= 25) {
		float len_score = (float)st->text / 100.0f;
		if (len_score > 3.0f)
			len_score = 3.0f;
		para_score = 1.0f + (float)st->commas + len_score;
	} else if (!is_para && st->own >= 25) {
		/* Text written straight into a <div> (with <br>s) is a paragraph of
		 * its own container. */
		float len_score = (float)st->own / 100.0f;
		if (len_score > 3.0f)
			len_score = 3.0f;
		st->child_score += 1.0f + (float)st->own_commas + len_score;
	}
	/* A paragraph is long once, whatever paragraphs it wraps (a list item
	 * holding a <p>). */
	if (is_para && st->text - st->links >= 100)
		st->long_paras = st->long_paras > 0 ? st->long_paras : 1;
	else if (!is_para)
		st->long_paras += st->own_long > 0 ? st->own_long : st->own >= 100;
	if (tag == TAG_ARTICLE || tag == TAG_MAIN || st->article_body)
		st->has_main = true;
	if (tag == TAG_H1 && st->text - st->links >= 25)
		st->has_title = true;
	if (st->links > 0)
		st->first_linked = first_text_linked(hc, node);
	if (st->removed == NULL && st->text >= 30 && node->children != NULL)
		mark_runs(hc, node, st);
	if (st->removed == NULL)
		st->removed = angka_html_content_reason(hc, node, st);
	if (st->removed == NULL && caption_box(hc, node, st))
		st->removed = "caption";
	/* A short link alone in a box, with no text of the box around it, is a
	 * button: "Subscribe", "Donate", "Read the full story". */
	if (st->short_link && st->own == 0 && tag == TAG_DIV)
		st->has_control = true;
	if (parent != NULL) {
		switch (tag) {
		case TAG_IMG:
		case TAG_SVG:
		case TAG_VIDEO:
		case TAG_IFRAME:
		case TAG_CANVAS: parent->has_media = true; break;
		case TAG_BUTTON:
		case TAG_INPUT:
		case TAG_SELECT:
		case TAG_TEXTAREA:
		case TAG_FORM: parent->has_control = true; break;
		case TAG_A:
			if (st->text > 0 && st->text < 40)
				parent->short_link = true;
			break;
		default: break;
		}
		parent->has_media |= st->has_media;
		parent->has_control |= st->has_control;
	}
	if (st->removed == NULL && st->soft != NULL) {
		if (hc->n_soft == hc->cap_soft) {
			size_t cap = hc->cap_soft ? hc->cap_soft * 2 : 32;
			xmlNode **grown = realloc(hc->soft, cap * sizeof *grown);
			if (grown == NULL) {
				hc->nomem = true;
				return;
			}
			hc->soft = grown;
			hc->cap_soft = cap;
		}
		hc->soft[hc->n_soft++] = node;
	}
	if (parent == NULL || st->removed != NULL)
		return;
	/* A paragraph scores for its parent, unless it turned out to be
	 * furniture (a "caption" or "share" paragraph). */
	parent->child_score += para_score;
	if (tag == TAG_P && st->long_paras > 0)
		parent->direct_long++;
	parent->text += st->text;
	parent->links += st->links;
	parent->commas += st->commas;
	parent->long_paras += st->long_paras;
	parent->gchild_score += st->child_score;
	if (st->has_table || tag == TAG_TABLE)
		parent->has_table = true;
	if (st->has_main)
		parent->has_main = true;
	if (st->has_title)
		parent->has_title = true;
}

void angka_html_stats(html_ctx *hc, xmlNode *root)
{
	angka_html_walk(hc, root, stats_enter, stats_leave);
}
