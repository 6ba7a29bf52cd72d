/* Walk 3 of the HTML producer: the scope's headings, paragraphs, list items
 * and data-table rows, in reading order. Boilerplate inside the scope
 * becomes dropped blocks, so it is reported. */
#include <string.h>

#include "parse/html_internal.h"

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
	node_stat *st = angka_html_stat(ex->hc, tr);
	return st != NULL && !st->has_table && st->text <= 1000;
}

static void emit_row(extractor *ex, xmlNode *tr)
{
	angka_parse_folder row = {ANGKA_BUF_INIT, false};
	angka_parse_folder cell = {ANGKA_BUF_INIT, false};
	gathered g = {0, 0};
	for (xmlNode *c = tr->children; c != NULL; c = c->next) {
		html_tag tag = angka_html_tag(ex->hc, c);
		if (tag != TAG_TD && tag != TAG_TH)
			continue;
		node_stat *st = angka_html_stat(ex->hc, c);
		if (st != NULL && st->removed != NULL)
			continue;
		cell.buf.len = 0;
		cell.pending_space = false;
		angka_html_gather(ex->hc, c, &cell, 0, &g);
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
	node_stat *st = angka_html_stat(ex->hc, node);
	if (st == NULL || st->text == 0 || strcmp(reason, "script") == 0 || ex->rc != 0)
		return;
	angka_parse_folder f = {ANGKA_BUF_INIT, false};
	/* The report keeps 200 bytes. A caption box is short and read whole,
	 * with the captions nested in it, so a byline and date it holds can
	 * still date the article. */
	if (strcmp(reason, "caption") == 0)
		angka_html_gather(NULL, node, &f, 600, NULL);
	else
		angka_html_gather(ex->hc, node, &f, 200, NULL);
	if (f.buf.failed)
		ex->rc = ANGKA_ENOMEM;
	else if (f.buf.len > 0)
		ex->rc = angka_parse_blocks_add(ex->blocks, f.buf.data, f.buf.len, false,
		                                ANGKA_BLOCK_PARAGRAPH, ANGKA_PARSE_BLK_MARKUP,
		                                reason);
	angka_buf_free(&f.buf);
}

/* The counters an element raises while it is open. */
static void count_open(extractor *ex, html_tag tag, int delta)
{
	switch (tag) {
	case TAG_H1: ex->h1_depth += delta; /* fall through */
	case TAG_H2:
	case TAG_H3:
	case TAG_H4:
	case TAG_H5:
	case TAG_H6: ex->heading_depth += delta; break;
	case TAG_LI:
	case TAG_DT:
	case TAG_DD: ex->li_depth += delta; break;
	case TAG_FIGCAPTION: ex->caption_depth += delta; break;
	case TAG_A: ex->link_depth += delta; break;
	default: break;
	}
}

static bool extract_enter(extractor *ex, xmlNode *node)
{
	if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
		if (node->content != NULL) {
			const char *t = (const char *)node->content;
			angka_parse_fold(&ex->cur, t, strlen(t));
			size_t n = angka_html_count_visible(t, NULL);
			ex->cur_text += n;
			if (ex->link_depth > 0)
				ex->cur_links += n;
		}
		return false;
	}
	if (node->type != XML_ELEMENT_NODE)
		return false;
	node_stat *st = angka_html_stat(ex->hc, node);
	if (st == NULL)
		return false;
	if (st->removed != NULL) {
		flush(ex);
		emit_removed(ex, node, st->removed);
		return false;
	}
	html_tag tag = (html_tag)st->tag;
	if (tag == TAG_TR && data_row(ex, node)) {
		flush(ex);
		emit_row(ex, node);
		return false;
	}
	if (tag == TAG_BR)
		angka_parse_fold_break(&ex->cur);
	if (angka_html_tag_flags[tag] & TAGF_BLOCK)
		flush(ex);
	count_open(ex, tag, 1);
	return true;
}

static void extract_leave(extractor *ex, xmlNode *node)
{
	html_tag tag = angka_html_tag(ex->hc, node);
	if (angka_html_tag_flags[tag] & TAGF_BLOCK)
		flush(ex);
	count_open(ex, tag, -1);
}

/* extract_enter returns true for an element it opened (counters raised),
 * which extract_leave closes; boilerplate and data rows are handled whole
 * on entering. The root itself is walked too, so a scope that is a single
 * <p> yields it. */
static void extract(extractor *ex, xmlNode *root)
{
	xmlNode *node = root;
	while (node != NULL && ex->rc == 0) {
		bool open = extract_enter(ex, node);
		if (open && node->children != NULL) {
			node = node->children;
			continue;
		}
		if (open)
			extract_leave(ex, node);
		while (node != root && node->next == NULL) {
			node = node->parent;
			extract_leave(ex, node);
		}
		if (node == root)
			break;
		node = node->next;
	}
	flush(ex);
}

int angka_html_extract(html_ctx *hc, xmlNode *const *scope, size_t n_scope,
                       angka_parse_blocks *blocks)
{
	extractor ex;
	memset(&ex, 0, sizeof ex);
	ex.cur = (angka_parse_folder){ANGKA_BUF_INIT, false};
	ex.hc = hc;
	ex.blocks = blocks;
	for (size_t i = 0; i < n_scope && ex.rc == 0; i++)
		extract(&ex, scope[i]);
	angka_buf_free(&ex.cur.buf);
	return ex.rc;
}
