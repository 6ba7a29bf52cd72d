/* The HTML producer: bytes → UTF-8 → libxml2 tree → the main content's
 * blocks in reading order, plus the page's metadata.
 *
 * The tree is built with the end tags libxml2 2.9 would ignore repaired as
 * browsers read them; then, each walk linear:
 *  1. stats (html_score.c): per element, its visible text, link text and a
 *     content score; boilerplate elements are marked; metadata is read.
 *  2. select (html_select.c): the best-scoring container, the scope that
 *     continues it, what closes it; the first <h1>, articleBody, <time>s.
 *  3. extract (html_extract.c): the scope is turned into blocks.
 * A page whose visible tree holds no article is read again with <noscript>
 * and hidden elements shown, then its JSON is searched (html_json.c).
 * The per-element data lives in one array indexed through xmlNode._private,
 * which nothing else uses on a tree we own. */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "parse/dates.h"
#include "parse/html_internal.h"

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
 * windows-1252 when not (what browsers fall back to for such pages). clean
 * says the bytes are already known to be valid UTF-8. */
static const char *choose_charset(char *label, size_t cap, const angka_document *doc, bool clean)
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
	return clean || angka_parse_utf8_valid(s, len) ? "utf-8" : "windows-1252";
}

/* Tree repair ---------------------------------------------------------------------- */

/* libxml2 2.9's HTML parser ignores an end tag when an element it ranks
 * higher (div, table cells and rows) is still open inside: in
 * "<header><div>menu</header><main>…" the </header> is dropped and the whole
 * article ends up inside the header, and so does the footer. Browsers follow
 * HTML5 instead: these end tags close every element open inside them, unless
 * a table cell or the like stands between. The parser reports the ignored
 * tag as a name mismatch before it gives up on it; closing the inner
 * elements right then lets it close the outer one as browsers do. */
static bool closes_like_html5(const xmlChar *name)
{
	static const char *const names[] = {
	        "address", "article", "aside",   "blockquote", "center",     "details", "dialog",
	        "dir",     "div",     "dl",      "fieldset",   "figcaption", "figure",  "footer",
	        "header",  "hgroup",  "listing", "main",       "menu",       "nav",     "ol",
	        "pre",     "section", "summary", "ul",         NULL};
	for (size_t i = 0; names[i] != NULL; i++)
		if (xmlStrEqual(name, (const xmlChar *)names[i]))
			return true;
	return false;
}

/* The elements that end HTML5's "scope": an end tag never closes past them. */
static bool scope_boundary(const xmlChar *name)
{
	static const char *const names[] = {"html",     "body",   "table",  "td",      "th",
	                                    "tr",       "tbody",  "thead",  "tfoot",   "caption",
	                                    "template", "object", "applet", "marquee", NULL};
	for (size_t i = 0; names[i] != NULL; i++)
		if (xmlStrEqual(name, (const xmlChar *)names[i]))
			return true;
	return false;
}

static void repair_end_tag(void *data, xmlErrorPtr error)
{
	htmlParserCtxtPtr ctxt = data;
	if (error == NULL || error->code != XML_ERR_TAG_NAME_MISMATCH || error->str1 == NULL ||
	    ctxt == NULL || ctxt->nameNr < 2)
		return;
	const xmlChar *name = (const xmlChar *)error->str1;
	if (!closes_like_html5(name) || xmlStrEqual(ctxt->name, name))
		return;
	/* The open element it closes, and only through elements that are
	 * neither scope boundaries nor what libxml2 itself would close. */
	int open = -1;
	bool blocked = false;
	for (int i = ctxt->nameNr - 1; i >= 0; i--) {
		const xmlChar *n = ctxt->nameTab[i];
		if (xmlStrEqual(n, name)) {
			open = i;
			break;
		}
		if (scope_boundary(n))
			return;
		if (xmlStrEqual(n, (const xmlChar *)"div"))
			blocked = true;
	}
	/* Without a div in the way libxml2 closes the elements itself. */
	if (open < 0 || !blocked)
		return;
	while (ctxt->nameNr - 1 > open) {
		if (ctxt->sax != NULL && ctxt->sax->endElement != NULL)
			ctxt->sax->endElement(ctxt->userData, ctxt->name);
		namePop(ctxt);
	}
}

/* The tree of a page already in UTF-8, as htmlCtxtReadMemory builds it but
 * for the encoding: naming "UTF-8" there makes libxml2 copy the whole page
 * once more to "convert" it, while a parser context that starts in UTF-8
 * and ignores the page's own declarations reads it as it is. NULL when
 * libxml2 could not even start. */
static htmlDocPtr read_tree(htmlParserCtxtPtr ctxt, const char *utf8, size_t len)
{
	xmlParserInputBufferPtr buf =
	        xmlParserInputBufferCreateMem(utf8, (int)len, XML_CHAR_ENCODING_NONE);
	if (buf == NULL)
		return NULL;
	xmlParserInputPtr input = xmlNewIOInputStream(ctxt, buf, XML_CHAR_ENCODING_NONE);
	if (input == NULL) {
		xmlFreeParserInputBuffer(buf);
		return NULL;
	}
	if (inputPush(ctxt, input) < 0) {
		xmlFreeInputStream(input);
		return NULL;
	}
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	                                 HTML_PARSE_NONET | HTML_PARSE_COMPACT |
	                                 HTML_PARSE_IGNORE_ENC);
	ctxt->charset = XML_CHAR_ENCODING_UTF8;
	/* The structured handler is the parser's only way to tell us of the
	 * end tags it ignores; libxml2 calls it only from a context whose SAX
	 * block says it knows it (the block is this context's own copy). */
	ctxt->sax->serror = repair_end_tag;
	ctxt->sax->initialized = XML_SAX2_MAGIC;
	htmlParseDocument(ctxt);
	htmlDocPtr tree = ctxt->myDoc;
	ctxt->myDoc = NULL;
	return tree;
}

/* Reading the tree ------------------------------------------------------------------ */

/* One reading of the tree: walks 1 to 3 into blocks, the metadata into
 * meta. 0, ANGKA_ENOMEM or ANGKA_ETOOBIG. */
static int read_page(html_ctx *hc, xmlNode *root, angka_parse_blocks *blocks,
                     angka_parse_meta *meta)
{
	angka_html_stats(hc, root);
	if (hc->nomem)
		return ANGKA_ENOMEM;
	angka_html_select(hc, root);
	xmlNode *scope[MAX_SCOPE];
	size_t n_scope = angka_html_scope(hc, scope, MAX_SCOPE);
	if (n_scope == 0) {
		scope[0] = root;
		n_scope = 1;
	}
	angka_html_mark_tail(hc, scope, n_scope);
	int rc = angka_html_extract(hc, scope, n_scope, blocks);
	if (rc == 0)
		angka_html_fill_meta(hc, meta, scope, n_scope);
	return rc;
}

/* How much article a reading found: the bytes of its kept blocks long
 * enough to be paragraphs. An app shell ("Loading…") finds none. */
static size_t article_bytes(const angka_parse_blocks *blocks)
{
	size_t n = 0;
	for (size_t i = 0; i < blocks->n; i++) {
		const angka_parse_block *b = &blocks->items[i];
		if (b->drop == NULL && b->len >= 80 && !(b->flags & ANGKA_PARSE_BLK_LINKY))
			n += b->len;
	}
	return n;
}

#define ENOUGH_ARTICLE 200

static int html_blocks(angka_parse_blocks *blocks, angka_parse_meta *meta,
                       const angka_document *doc, angka_error *err, bool fragment);

static void swap_readings(angka_parse_blocks *a, angka_parse_meta *ma, angka_parse_blocks *b,
                          angka_parse_meta *mb)
{
	angka_parse_blocks tb = *a;
	angka_parse_meta tm = *ma;
	*a = *b;
	*ma = *mb;
	*b = tb;
	*mb = tm;
}

/* The text of the page's JSON as blocks: an HTML body read as a page of its
 * own, plain text one paragraph per line. */
static int json_blocks(angka_parse_blocks *blocks, const char *text, bool html,
                       const angka_document *doc, angka_error *err)
{
	if (html) {
		angka_document fragment = *doc;
		fragment.bytes = (unsigned char *)(uintptr_t)text;
		fragment.len = strlen(text);
		fragment.charset = (char *)(uintptr_t) "utf-8";
		angka_parse_meta unused = {NULL, NULL, NULL, NULL, NULL, NULL};
		int rc = html_blocks(blocks, &unused, &fragment, err, true);
		angka_parse_meta_free(&unused);
		return rc;
	}
	for (const char *line = text; *line != '\0';) {
		const char *end = strchr(line, '\n');
		size_t len = end != NULL ? (size_t)(end - line) : strlen(line);
		int rc = angka_parse_blocks_add(blocks, line, len, true, ANGKA_BLOCK_PARAGRAPH, 0,
		                                NULL);
		if (rc != 0)
			return rc;
		line += len + (end != NULL);
	}
	return 0;
}

/* When the visible tree holds no article: read it again with <noscript>
 * and hidden elements shown (server-rendered copies of an app, Discourse's
 * crawler view), then look in the page's JSON. A reading replaces the first
 * only when it finds more article. */
static int fallbacks(html_ctx *hc, xmlNode *root, angka_parse_blocks *blocks,
                     angka_parse_meta *meta, const angka_document *doc, angka_error *err)
{
	size_t found = article_bytes(blocks);
	html_ctx open;
	memset(&open, 0, sizeof open);
	open.doc = doc;
	open.open_hidden = true;
	angka_parse_blocks more = {NULL, 0, 0, 0};
	angka_parse_meta more_meta = {NULL, NULL, NULL, NULL, NULL, NULL};
	char *text = NULL, *date = NULL;
	bool html = false;
	int rc = read_page(&open, root, &more, &more_meta);
	if (rc != 0)
		goto cleanup;
	if (article_bytes(&more) > found) {
		swap_readings(blocks, meta, &more, &more_meta);
		found = article_bytes(blocks);
	}
	if (found >= ENOUGH_ARTICLE)
		goto cleanup;
	/* hc's stats are stale now (walk 1 of the second reading renumbered
	 * the tree), but its JSON and metadata are the page's. */
	rc = angka_html_json_body(hc, &text, &html, &date);
	if (rc != 0 || text == NULL)
		goto cleanup;
	angka_parse_blocks_free(&more);
	rc = json_blocks(&more, text, html, doc, err);
	if (rc == 0 && article_bytes(&more) > found) {
		angka_parse_blocks tb = *blocks;
		*blocks = more;
		more = tb;
		if (meta->published == NULL && date != NULL) {
			angka_ymd ymd;
			char iso[11];
			if (angka_date_parse_meta(&ymd, date)) {
				angka_date_format(iso, &ymd);
				meta->published = angka_strdup(iso);
				if (meta->published == NULL)
					rc = ANGKA_ENOMEM;
			}
		}
	}
cleanup:
	angka_html_ctx_free(&open);
	angka_parse_blocks_free(&more);
	angka_parse_meta_free(&more_meta);
	free(text);
	free(date);
	return rc;
}

/* Parse the page and fill blocks and meta. The libxml2 context reports
 * nothing (NOERROR/NOWARNING, and the input is already valid UTF-8 so no
 * encoding error reaches the global handler). */
int angka_parse_html_blocks(angka_parse_blocks *blocks, angka_parse_meta *meta,
                            const angka_document *doc, angka_error *err)
{
	return html_blocks(blocks, meta, doc, err, false);
}

/* A fragment (an article body found in the page's JSON) is read like a page
 * but without the fallbacks. */
static int html_blocks(angka_parse_blocks *blocks, angka_parse_meta *meta,
                       const angka_document *doc, angka_error *err, bool fragment)
{
	int rc = 0;
	char *decoded = NULL;
	const char *utf8 = NULL;
	size_t utf8_len = 0;
	htmlParserCtxtPtr ctxt = NULL;
	htmlDocPtr tree = NULL;
	html_ctx hc;
	memset(&hc, 0, sizeof hc);
	hc.doc = doc;

	char label[48];
	bool clean = angka_parse_utf8_clean(doc->bytes, doc->len);
	const char *charset = choose_charset(label, sizeof label, doc, clean);
	/* Clean UTF-8, the common case, is parsed as it is: libxml2 makes the
	 * only copy. Anything else is decoded (or repaired) first. */
	if (clean && angka_parse_charset_utf8(charset)) {
		utf8 = (const char *)doc->bytes;
		utf8_len = doc->len;
	} else {
		utf8 = decoded = angka_parse_decode(doc->bytes, doc->len, charset, &utf8_len);
	}
	if (utf8 == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory decoding the page",
		                     doc->source);
		goto cleanup;
	}
	/* Nothing but white space: no tree to ask for, and no text either. */
	bool blank = true;
	for (size_t i = 0; i < utf8_len && blank; i++)
		blank = angka_html_is_space((unsigned char)utf8[i]);
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
	tree = read_tree(ctxt, utf8, utf8_len);
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

	rc = read_page(&hc, root, blocks, meta);
	if (rc == 0 && !fragment && article_bytes(blocks) < ENOUGH_ARTICLE)
		rc = fallbacks(&hc, root, blocks, meta, doc, err);
	if (rc != 0) {
		rc = rc == ANGKA_ETOOBIG
		             ? angka_error_set(err, ANGKA_ETOOBIG,
		                               "%s: article text over %zu bytes", doc->source,
		                               (size_t)ANGKA_PARSE_MAX_TEXT)
		             : angka_error_set(err, ANGKA_ENOMEM,
		                               "%s: out of memory reading the page", doc->source);
		goto cleanup;
	}

cleanup:
	angka_html_ctx_free(&hc);
	if (tree != NULL)
		xmlFreeDoc(tree);
	if (ctxt != NULL)
		htmlFreeParserCtxt(ctxt);
	free(decoded);
	return rc;
}
