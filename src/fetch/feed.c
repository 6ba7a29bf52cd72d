/* RSS 2.0 / RSS 1.0 (RDF) and Atom feeds, read with libxml2's XML parser.
 * A feed is only a list of links with their titles and dates; the pages
 * themselves are fetched and parsed like any other URL. */
#include "angka/fetch.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"

static bool is_named(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0;
}

static const xmlNode *child_named(const xmlNode *parent, const char *name)
{
	for (const xmlNode *c = parent->children; c; c = c->next)
		if (is_named(c, name))
			return c;
	return NULL;
}

/* The element's text with white space runs collapsed and trimmed; NULL
 * when empty. *failed is set when memory ran out. */
static char *text_of(const xmlNode *node, bool *failed)
{
	if (node == NULL)
		return NULL;
	xmlChar *raw = xmlNodeGetContent(node);
	if (raw == NULL)
		return NULL;
	angka_buf out = ANGKA_BUF_INIT;
	bool space = false;
	for (const xmlChar *p = raw; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = out.len > 0;
			continue;
		}
		if (space)
			angka_buf_putc(&out, ' ');
		space = false;
		angka_buf_putc(&out, (char)*p);
	}
	xmlFree(raw);
	if (out.failed) {
		*failed = true;
		angka_buf_free(&out);
		return NULL;
	}
	if (out.len == 0) {
		angka_buf_free(&out);
		return NULL;
	}
	return angka_buf_detach(&out);
}

static const char *const MONTHS[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

bool angka_feed_date(char out[11], const char *text)
{
	if (text == NULL)
		return false;
	while (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r')
		text++;
	int year = 0, month = 0, day = 0;
	char mon[4] = "";
	/* ISO 8601 (Atom, dc:date): YYYY-MM-DD first. */
	if (sscanf(text, "%4d-%2d-%2d", &year, &month, &day) == 3) {
		/* fall through to the range check */
	} else {
		/* RFC 822 (RSS): an optional "Tue," then "18 Mar 2025". */
		const char *p = text;
		const char *comma = strchr(text, ',');
		if (comma && comma - text <= 10)
			p = comma + 1;
		if (sscanf(p, "%2d %3s %4d", &day, mon, &year) != 3)
			return false;
		month = 0;
		for (int i = 0; i < 12; i++)
			if (strcasecmp(mon, MONTHS[i]) == 0)
				month = i + 1;
		if (year < 100)
			year += year < 50 ? 2000 : 1900; /* RFC 822's two-digit years */
	}
	if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31)
		return false;
	snprintf(out, 11, "%04d-%02d-%02d", year, month, day);
	return true;
}

/* The links read so far, for "the same link twice is one item" in
 * constant time: open addressing over indices into feed->items (0 marks an
 * empty slot, so index + 1 is stored), grown at half full. */
typedef struct link_set {
	size_t *slots;
	size_t cap;
} link_set;

static uint64_t hash_link(const char *s)
{
	uint64_t h = 1469598103934665603u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* The slot of link: where it is, or the empty one where it would go. */
static size_t link_slot(const link_set *set, const angka_feed *feed, const char *link)
{
	size_t i = (size_t)hash_link(link) & (set->cap - 1);
	while (set->slots[i] != 0 && strcmp(feed->items[set->slots[i] - 1].link, link) != 0)
		i = (i + 1) & (set->cap - 1);
	return i;
}

static int link_set_grow(link_set *set, const angka_feed *feed)
{
	link_set grown = {NULL, set->cap ? set->cap * 2 : 64};
	grown.slots = calloc(grown.cap, sizeof *grown.slots);
	if (grown.slots == NULL)
		return ANGKA_ENOMEM;
	for (size_t i = 0; i < set->cap; i++)
		if (set->slots[i] != 0)
			grown.slots[link_slot(&grown, feed, feed->items[set->slots[i] - 1].link)] =
			        set->slots[i];
	free(set->slots);
	*set = grown;
	return ANGKA_OK;
}

typedef struct feed_reader {
	angka_feed *feed;
	size_t cap;       /* of feed->items */
	size_t max_items; /* items past this are counted in feed->n_dropped */
	link_set links;
} feed_reader;

static int add_item(feed_reader *r, char **link, char **title, const char *date_text)
{
	angka_feed *feed = r->feed;
	if (2 * (feed->n_items + 1) > r->links.cap && link_set_grow(&r->links, feed) != ANGKA_OK)
		return ANGKA_ENOMEM;
	size_t slot = link_slot(&r->links, feed, *link);
	if (r->links.slots[slot] != 0 || feed->n_items >= r->max_items) {
		/* The same item twice is one item; one past the cap is counted. */
		if (r->links.slots[slot] == 0)
			feed->n_dropped++;
		free(*link);
		free(*title);
		*link = *title = NULL;
		return ANGKA_OK;
	}
	if (feed->n_items == r->cap) {
		size_t grown_cap = r->cap ? r->cap * 2 : 16;
		angka_feed_item *grown = realloc(feed->items, grown_cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		feed->items = grown;
		r->cap = grown_cap;
	}
	char date[11];
	angka_feed_item *item = &feed->items[feed->n_items];
	item->link = *link;
	item->title = *title;
	item->published = NULL;
	*link = *title = NULL;
	feed->n_items++;
	r->links.slots[slot] = feed->n_items;
	if (angka_feed_date(date, date_text) && (item->published = angka_strdup(date)) == NULL)
		return ANGKA_ENOMEM;
	return ANGKA_OK;
}

/* An Atom entry's page: <link rel="alternate" href> (or a link without rel). */
static xmlChar *atom_link(const xmlNode *entry)
{
	for (const xmlNode *c = entry->children; c; c = c->next) {
		if (!is_named(c, "link"))
			continue;
		xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
		bool alternate = rel == NULL || xmlStrcmp(rel, (const xmlChar *)"alternate") == 0;
		xmlFree(rel);
		if (alternate) {
			xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
			if (href)
				return href;
		}
	}
	return NULL;
}

/* One item (RSS) or entry (Atom). An item whose link is missing or not an
 * http(s) URL is skipped: there is nothing to fetch. */
static int read_item(feed_reader *r, const xmlNode *item, bool atom, const char *base_url)
{
	bool failed = false;
	char *link = NULL, *title = NULL, *date = NULL;
	xmlChar *href = NULL, *base = NULL;
	int ret = ANGKA_OK;
	if (atom) {
		href = atom_link(item);
		const xmlNode *published = child_named(item, "published");
		date = text_of(published ? published : child_named(item, "updated"), &failed);
	} else {
		const xmlNode *l = child_named(item, "link");
		char *text = text_of(l, &failed);
		if (text == NULL) {
			/* <guid isPermaLink="true"> (the default) is the page too. */
			const xmlNode *guid = child_named(item, "guid");
			xmlChar *perma =
			        guid ? xmlGetProp(guid, (const xmlChar *)"isPermaLink") : NULL;
			if (guid &&
			    (perma == NULL || xmlStrcasecmp(perma, (const xmlChar *)"false") != 0))
				text = text_of(guid, &failed);
			xmlFree(perma);
		}
		href = text ? xmlStrdup((const xmlChar *)text) : NULL;
		free(text);
		const xmlNode *d = child_named(item, "pubDate");
		date = text_of(d ? d : child_named(item, "date"), &failed);
	}
	title = text_of(child_named(item, "title"), &failed);
	if (failed)
		goto nomem;
	if (href == NULL)
		goto cleanup;
	/* xml:base on the entry or feed, else the feed's own URL. */
	base = xmlNodeGetBase(item->doc, item);
	int rc = angka_url_resolve(&link, base ? (const char *)base : base_url, (const char *)href,
	                           NULL);
	if (rc == ANGKA_ENOMEM)
		goto nomem;
	if (rc != ANGKA_OK)
		goto cleanup;
	if ((ret = add_item(r, &link, &title, date)) != ANGKA_OK)
		goto cleanup;
	goto cleanup;
nomem:
	ret = ANGKA_ENOMEM;
cleanup:
	xmlFree(href);
	xmlFree(base);
	free(link);
	free(title);
	free(date);
	return ret;
}

int angka_feed_parse(angka_feed **out, const unsigned char *bytes, size_t len, const char *base_url,
                     angka_error *err)
{
	return angka_feed_parse_capped(out, bytes, len, base_url, 0, err);
}

int angka_feed_parse_capped(angka_feed **out, const unsigned char *bytes, size_t len,
                            const char *base_url, size_t max_items, angka_error *err)
{
	xmlParserCtxtPtr ctxt = NULL;
	xmlDocPtr doc = NULL;
	angka_feed *feed = NULL;
	feed_reader reader = {NULL, 0, max_items ? max_items : ANGKA_FEED_MAX_ITEMS, {NULL, 0}};
	int ret = ANGKA_OK;
	*out = NULL;

	if (len > (size_t)INT32_MAX)
		return angka_error_set(err, ANGKA_ETOOBIG, "%s: feed too big", base_url);
	ctxt = xmlNewParserCtxt();
	if (ctxt == NULL)
		goto nomem;
	/* No network, no DTD loading, no entity expansion beyond the
	 * predefined ones: a feed is untrusted input. */
	doc = xmlCtxtReadMemory(ctxt, (const char *)bytes, (int)len, base_url, NULL,
	                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	                                XML_PARSE_NOCDATA);
	if (doc == NULL) {
		const xmlError *xe = &ctxt->lastError;
		char msg[256] = "unknown error";
		if (xe->message) {
			snprintf(msg, sizeof msg, "%s", xe->message);
			size_t n = strlen(msg);
			while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
				msg[--n] = '\0';
		}
		ret = angka_error_set(err, ANGKA_EPARSE, "%s: malformed feed: line %d: %s",
		                      base_url, xe->line, msg);
		goto cleanup;
	}
	const xmlNode *root = xmlDocGetRootElement(doc);
	feed = calloc(1, sizeof *feed);
	if (feed == NULL)
		goto nomem;
	reader.feed = feed;
	bool failed = false;
	if (root && is_named(root, "rss")) {
		const xmlNode *channel = child_named(root, "channel");
		if (channel == NULL) {
			ret = angka_error_set(err, ANGKA_EPARSE, "%s: RSS feed without <channel>",
			                      base_url);
			goto cleanup;
		}
		feed->title = text_of(child_named(channel, "title"), &failed);
		for (const xmlNode *c = channel->children; c && !failed; c = c->next)
			if (is_named(c, "item") &&
			    (ret = read_item(&reader, c, false, base_url)) != ANGKA_OK)
				goto nomem;
	} else if (root && is_named(root, "RDF")) {
		const xmlNode *channel = child_named(root, "channel");
		feed->title = channel ? text_of(child_named(channel, "title"), &failed) : NULL;
		for (const xmlNode *c = root->children; c && !failed; c = c->next)
			if (is_named(c, "item") &&
			    (ret = read_item(&reader, c, false, base_url)) != ANGKA_OK)
				goto nomem;
	} else if (root && is_named(root, "feed")) {
		feed->title = text_of(child_named(root, "title"), &failed);
		for (const xmlNode *c = root->children; c && !failed; c = c->next)
			if (is_named(c, "entry") &&
			    (ret = read_item(&reader, c, true, base_url)) != ANGKA_OK)
				goto nomem;
	} else {
		ret = angka_error_set(err, ANGKA_EPARSE,
		                      "%s: not an RSS or Atom feed (the root element is <%s>)",
		                      base_url, root ? (const char *)root->name : "none");
		goto cleanup;
	}
	if (failed)
		goto nomem;
	*out = feed;
	feed = NULL;
	goto cleanup;
nomem:
	ret = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory reading the feed", base_url);
cleanup:
	free(reader.links.slots);
	angka_feed_free(feed);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	return ret;
}

void angka_feed_free(angka_feed *feed)
{
	if (feed == NULL)
		return;
	for (size_t i = 0; i < feed->n_items; i++) {
		free(feed->items[i].link);
		free(feed->items[i].title);
		free(feed->items[i].published);
	}
	free(feed->items);
	free(feed->title);
	free(feed);
}
