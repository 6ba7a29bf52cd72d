/* The parse stage's entry point and its paragraph filters.
 *
 * A producer (html.c or text.c) turns the document into candidate blocks in
 * reading order; this file decides which of them are the article: it finds
 * the title among them, drops the page furniture with the same rules for
 * both kinds of input, removes repeats, and reads the publication date,
 * dateline place and byline from what is left. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "angka/parse.h"
#include "parse/dates.h"
#include "parse/filters.h"
#include "parse/parse_internal.h"
#include "util/hash.h"

/* At most this many dropped blocks are reported; the rest are only counted
 * out of the text. */
#define MAX_DROPPED     2000
#define DROPPED_EXCERPT 200

/* Repeat detection: an open-addressing set of the kept texts -------------------- */

typedef struct seen_set {
	struct seen_slot {
		uint64_t hash;
		const char *text;
		size_t len;
	} * slots;
	size_t mask;
} seen_set;

static uint64_t fnv1a(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

static int seen_init(seen_set *set, size_t expected)
{
	size_t cap = 16;
	while (cap < expected * 2 + 2)
		cap *= 2;
	set->slots = calloc(cap, sizeof *set->slots);
	set->mask = cap - 1;
	return set->slots ? 0 : ANGKA_ENOMEM;
}

/* Insert text; true when it was already there. */
static bool seen_add(seen_set *set, const char *text, size_t len)
{
	uint64_t h = fnv1a(text, len);
	for (size_t i = (size_t)h & set->mask;; i = (i + 1) & set->mask) {
		struct seen_slot *slot = &set->slots[i];
		if (slot->text == NULL) {
			*slot = (struct seen_slot){h, text, len};
			return false;
		}
		if (slot->hash == h && slot->len == len && memcmp(slot->text, text, len) == 0)
			return true;
	}
}

/* Assembly --------------------------------------------------------------------- */

enum filter_mode {
	MODE_NONE,
	MODE_LIST,   /* after a list heading: its items */
	MODE_FOOTER, /* after the closing credits: the footer lines */
	MODE_CHAT,   /* inside a chat widget */
};

static const char *const CONSUMED = "title";

static int add_dropped(angka_article *a, const angka_parse_block *b, const char *reason)
{
	if (a->n_dropped >= MAX_DROPPED)
		return 0;
	/* Grow by doubling: capacity is the next power of two (from 16). */
	if (a->n_dropped == 0 || (a->n_dropped >= 16 && (a->n_dropped & (a->n_dropped - 1)) == 0)) {
		size_t cap = a->n_dropped == 0 ? 16 : a->n_dropped * 2;
		angka_dropped *grown = realloc(a->dropped, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		a->dropped = grown;
	}
	size_t n = angka_parse_utf8_cut(b->text, b->len, DROPPED_EXCERPT);
	angka_dropped *d = &a->dropped[a->n_dropped];
	d->text = angka_strndup(b->text, n);
	d->reason = angka_strdup(reason);
	if (d->text == NULL || d->reason == NULL) {
		free(d->text);
		free(d->reason);
		d->text = d->reason = NULL;
		return ANGKA_ENOMEM;
	}
	a->n_dropped++;
	return 0;
}

/* The title's block: in HTML the first block with the title's text, else the
 * first <h1>; in text (or HTML without a title) the first headline-like
 * block before any prose. Returns -1 when there is none. *title_out gets
 * the title to use when the producer had none. */
bool angka_url_slug(const char *url, size_t *from, size_t *to)
{
	if (url == NULL)
		return false;
	size_t len = strcspn(url, "?#");
	while (len > 0 && url[len - 1] == '/')
		len--;
	size_t f = len;
	while (f > 0 && url[f - 1] != '/')
		f--;
	size_t t = f;
	while (t < len && (isalnum((unsigned char)url[t]) || url[t] == '-' || url[t] == '_'))
		t++;
	if (t < len && url[t] != '.')
		return false;
	*from = f;
	*to = t;
	return t > f;
}

static size_t slug_word_count(const char *url)
{
	size_t from, to, n = 0;
	if (!angka_url_slug(url, &from, &to))
		return 0;
	for (size_t i = from; i < to; i++)
		n += isalnum((unsigned char)url[i]) &&
		     (i == from || !isalnum((unsigned char)url[i - 1]));
	return n;
}

/* How many of the URL slug's words text[0, len) holds; *letter_words (when
 * not NULL) gets how many of the slug's words have three letters or more
 * and no digit: a slug of ids ("D-8f3a2c1b7e-NR") keeps no headline. */
static size_t slug_words_in(const char *url, const char *text, size_t len, size_t *letter_words)
{
	size_t from, to, hits = 0, letters_n = 0;
	if (letter_words != NULL)
		*letter_words = 0;
	if (!angka_url_slug(url, &from, &to))
		return 0;
	for (size_t i = from; i < to;) {
		while (i < to && !isalnum((unsigned char)url[i]))
			i++;
		size_t w = i;
		bool letters = true;
		for (; i < to && isalnum((unsigned char)url[i]); i++)
			letters &= isalpha((unsigned char)url[i]) != 0;
		if (i == w)
			break;
		letters_n += letters && i - w >= 3;
		for (size_t k = 0; k + (i - w) <= len; k++) {
			if ((k == 0 || !isalnum((unsigned char)text[k - 1])) &&
			    strncasecmp(text + k, url + w, i - w) == 0 &&
			    (k + (i - w) == len || !isalnum((unsigned char)text[k + (i - w)]))) {
				hits++;
				break;
			}
		}
	}
	if (letter_words != NULL)
		*letter_words = letters_n;
	return hits;
}

static long find_title(const angka_parse_blocks *bl, const char *meta_title, const char *url)
{
	size_t limit = bl->n < 40 ? bl->n : 40;
	if (meta_title != NULL) {
		size_t tlen = strlen(meta_title);
		long h1 = -1;
		for (size_t i = 0; i < limit; i++) {
			const angka_parse_block *b = &bl->items[i];
			if (b->drop != NULL)
				continue;
			if (b->len == tlen && memcmp(b->text, meta_title, tlen) == 0)
				return (long)i;
			if (h1 < 0 && (b->flags & ANGKA_PARSE_BLK_H1))
				h1 = (long)i;
		}
		return h1;
	}
	/* The first headline-like block; or, when the URL keeps the headline
	 * (".../bpjamsostek-241-ribu-pekerja-di-maluku-terlindungi"), the one
	 * holding most of its words (half at least), the shortest of those: a
	 * menu line or a breadcrumb above the title is headline-like too. */
	long first = -1, best = -1;
	size_t best_hits = 0, best_words = 0, slug_words = slug_word_count(url);
	/* A portal's menu, one entry a line, can run past a dozen lines above
	 * the headline its URL names. */
	size_t window = slug_words >= 3 ? 40 : 12;
	for (size_t i = 0; i < bl->n && i < window; i++) {
		const angka_parse_block *b = &bl->items[i];
		if (b->drop != NULL)
			continue;
		size_t words = angka_parse_count_words(b->text, b->len);
		if (angka_filter_looks_like_title(b->text, b->len, words)) {
			if (first < 0)
				first = (long)i;
			if (slug_words < 3)
				break;
			size_t hits = slug_words_in(url, b->text, b->len, NULL);
			if (2 * hits >= slug_words &&
			    (hits > best_hits || (hits == best_hits && words < best_words))) {
				best = (long)i;
				best_hits = hits;
				best_words = words;
			}
			continue;
		}
		if (!angka_filter_header_widget(b->text, b->len, words) &&
		    !angka_parse_is_weather(b->text, b->len) &&
		    !angka_filter_breadcrumb(b->text, b->len, words) &&
		    !angka_filter_chat_start(b->text, b->len, words))
			break;
	}
	/* A URL that keeps a headline ("...-peserta-jkn-tembus-280-juta-ini-
	 * provinsi-yang-belum-uhc") and a first headline-like line that holds
	 * none of its words: the capture starts at the lead, and that line is a
	 * site's banner or menu ("CNBC Indonesia | News"), no headline. */
	size_t letter_words = 0;
	if (best < 0 && first >= 0 &&
	    slug_words_in(url, bl->items[first].text, bl->items[first].len, &letter_words) == 0 &&
	    letter_words >= 3)
		return -1;
	return best >= 0 ? best : first;
}

/* The reason block i is not part of the article, or NULL to keep it.
 * Updates the mode and the byline. */
typedef struct filter_state {
	enum filter_mode mode;
	const char *mode_reason;
	/* The footer began at a data source's credit ("Sumber: BPJS
	 * Ketenagakerjaan"): the table it names may follow. */
	bool footer_at_source;
	size_t kept;
	long title_index;
	seen_set seen;
	size_t author_block;
	size_t author_at;
	size_t author_len;
	bool has_author;
} filter_state;

/* A row of a table written as text: cells parted by '|'. */
static bool piped_row(const char *s, size_t len)
{
	size_t bars = 0;
	for (size_t i = 0; i < len; i++)
		bars += s[i] == '|';
	return bars >= 2;
}

/* "Februari 2025 | 42.97": a table's row whose first cell is a month, every
 * cell after it a number; no dateline ("Rabu, 23 Juli 2025 | 11:42" is one). */
static bool dated_row(const char *s, size_t len)
{
	const char *bar = memchr(s, '|', len);
	if (bar == NULL)
		return false;
	bool digit = false;
	for (const char *c = bar; c < s + len; c++) {
		if (*c >= '0' && *c <= '9')
			digit = true;
		else if (*c != '|' && *c != ' ' && *c != '.' && *c != ',' && *c != '%')
			return false;
	}
	return digit;
}

static const char *classify(filter_state *fs, const angka_parse_block *b, size_t index)
{
	const char *s = b->text;
	size_t len = b->len;
	size_t words = angka_parse_count_words(s, len);
	size_t author_at = 0, author_len = 0;

	if (fs->mode == MODE_CHAT) {
		if (words >= 20 && angka_parse_ends_sentence(s, len) &&
		    !angka_filter_chat_filler(s, len, words))
			fs->mode = MODE_NONE;
		else
			return "chat-widget";
	}
	if (angka_filter_noise(s, len))
		return "noise";
	if (angka_parse_is_weather(s, len))
		return "header-widget";
	if (angka_filter_breadcrumb(s, len, words))
		return "breadcrumb";
	if (angka_filter_chat_start(s, len, words)) {
		fs->mode = MODE_CHAT;
		return "chat-widget";
	}
	if (angka_filter_chat_filler(s, len, words))
		return "chat-widget";
	if ((b->flags & ANGKA_PARSE_BLK_CAPTION) || angka_filter_text_caption(s, len, words))
		return "caption";

	int bj = angka_filter_baca_juga(s, len, words);
	if (bj != 0) {
		if (bj == 2) {
			fs->mode = MODE_LIST;
			fs->mode_reason = "baca-juga";
		}
		return "baca-juga";
	}
	const char *heading = angka_filter_list_heading(s, len);
	if (heading != NULL) {
		fs->mode = MODE_LIST;
		fs->mode_reason = heading;
		return heading;
	}
	if (angka_filter_credit(s, len, words, &author_at, &author_len)) {
		if (author_len > 0 && !fs->has_author) {
			fs->has_author = true;
			fs->author_block = index;
			fs->author_at = author_at;
			fs->author_len = author_len;
		}
		if (fs->kept > 0) {
			fs->mode = MODE_FOOTER;
			fs->mode_reason = "footer";
			fs->footer_at_source = angka_parse_has_prefix(s, len, "sumber");
		}
		return "credit";
	}
	if (angka_filter_byline_meta(s, len, words))
		return "byline";
	if (fs->kept < 3 && words <= 6 && angka_parse_has_prefix(s, len, "by") &&
	    !angka_parse_ends_sentence(s, len))
		return "byline";
	bool row = dated_row(s, len);
	if (!row && (angka_filter_date_meta(b, words) || angka_filter_stamp_line(b, words)))
		return "dateline";
	if (angka_filter_ad_label(s, len, words))
		return "ads";
	if (angka_filter_promo(s, len, words))
		return "promo";
	if (b->kind != ANGKA_BLOCK_LIST_ITEM && fs->mode != MODE_LIST &&
	    angka_filter_related_heading(s, len, words)) {
		fs->mode = MODE_LIST;
		fs->mode_reason = "related-list";
		return "related-list";
	}
	if (angka_filter_copyright(s, len, words)) {
		if (fs->kept > 0) {
			fs->mode = MODE_FOOTER;
			fs->mode_reason = "footer";
		}
		return "copyright";
	}
	if (!row && angka_date_is_line(s, len))
		return "dateline";
	if (b->kind != ANGKA_BLOCK_TABLE_ROW && seen_add(&fs->seen, s, len))
		return "repeated";
	/* "Sumber: BPJS Ketenagakerjaan Kanwil Sumbagteng" above a table's rows
	 * is the table's source, not the credit that ends the story. */
	if (fs->mode == MODE_FOOTER && fs->footer_at_source &&
	    (b->kind == ANGKA_BLOCK_TABLE_ROW || piped_row(s, len)))
		fs->mode = MODE_NONE;
	if (fs->mode == MODE_LIST || fs->mode == MODE_FOOTER) {
		if (angka_filter_list_entry(b, words, fs->mode == MODE_FOOTER))
			return fs->mode_reason;
		fs->mode = MODE_NONE;
	}
	if (b->flags & ANGKA_PARSE_BLK_LINKY)
		return "link-list";
	/* A sentence set as a heading right under the title: the standfirst
	 * ("dek"), the summary a page prints before the article starts. */
	if (fs->kept == 0 && fs->title_index >= 0 && b->kind == ANGKA_BLOCK_HEADING &&
	    ((words >= 8 && angka_parse_ends_sentence(s, len)) || words >= 20))
		return "standfirst";
	/* A name alone between the title and the first paragraph: the byline. */
	if (fs->kept == 0 && fs->title_index >= 0 && b->kind == ANGKA_BLOCK_PARAGRAPH &&
	    words <= 3 && !angka_filter_has_digit(s, len) && !angka_parse_ends_sentence(s, len))
		return "byline";
	return NULL;
}

/* The publication date written in the first paragraphs after the title: a
 * date line, a date right after a weekday ("Rabu (26/03/2025)"), else any
 * date; "3 bulan lalu" resolved against fetched_at. Looks at the kept
 * blocks and at those dropped as dateline, byline, caption or credit. */
static void visible_date(angka_article *a, const angka_parse_blocks *bl, const char **status,
                         long title_index, const char *fetched_at)
{
	size_t candidates[16];
	size_t n = 0;
	size_t kept = 0;
	for (size_t i = title_index < 0 ? 0 : (size_t)title_index + 1; i < bl->n && n < 16; i++) {
		const char *st = status[i];
		if (st == NULL) {
			candidates[n++] = i;
			if (++kept >= 4)
				break;
		} else if (strcmp(st, "dateline") == 0 || strcmp(st, "byline") == 0 ||
		           strcmp(st, "caption") == 0 || strcmp(st, "credit") == 0) {
			candidates[n++] = i;
		}
	}
	angka_ymd date;
	char iso[11];
	for (int pass = 0; pass < 2; pass++) {
		for (size_t k = 0; k < n; k++) {
			const angka_parse_block *b = &bl->items[candidates[k]];
			size_t start = 0, end = 0;
			bool line = angka_date_is_line(b->text, b->len);
			bool found = angka_date_find(&date, &start, &end, b->text, b->len);
			if (pass == 0 && line && !found) {
				int amount;
				angka_date_unit unit;
				if (!angka_date_find_relative(&amount, &unit, &start, &end, b->text,
				                              b->len))
					continue;
				/* Without the fetch time the page's "3 bulan lalu" means nothing.
				 */
				if (angka_date_resolve_relative(&date, amount, unit, fetched_at)) {
					angka_date_format(iso, &date);
					a->published = angka_strdup(iso);
					a->published_approx = a->published != NULL;
				}
				return;
			}
			if (!found)
				continue;
			/* "... UCJ Sumsel per 31 Desember 2024 berhenti di angka
			 * 31,42 persen": the date a figure is as of, in the lead, is
			 * no date the page was published. */
			if ((pass == 1 && !angka_parse_date_is_data(b->text, start)) || line ||
			    angka_date_weekday_before(b->text, start)) {
				angka_date_format(iso, &date);
				a->published = angka_strdup(iso);
				return;
			}
		}
	}
}

/* The date news sites put in their URLs: ".../2019/10/18/slug",
 * ".../read/20220123/215/...", ".../slug-2025-07-13-2132000800". A page
 * that states no date of its own was published then. */
static bool url_date(angka_ymd *out, const char *url)
{
	if (url == NULL || strncmp(url, "http", 4) != 0)
		return false;
	for (const char *p = url; *p; p++) {
		if (*p != '/' && *p != '-')
			continue;
		int y = 0, m = 0, d = 0, used = 0;
		if (sscanf(p + 1, "%4d/%2d/%2d%n", &y, &m, &d, &used) == 3 ||
		    sscanf(p + 1, "%4d-%2d-%2d%n", &y, &m, &d, &used) == 3) {
			char after = p[1 + used];
			if (used == 10 &&
			    (after == '/' || after == '-' || after == '\0' || after == '.') &&
			    y >= 1990 && y <= 2100 && angka_date_valid(y, m, d)) {
				*out = (angka_ymd){y, m, d};
				return true;
			}
		}
		/* Eight digits between separators: YYYYMMDD. */
		size_t digits = 0;
		while (p[1 + digits] >= '0' && p[1 + digits] <= '9')
			digits++;
		if (digits == 8 && (p[9] == '/' || p[9] == '-' || p[9] == '\0')) {
			y = (p[1] - '0') * 1000 + (p[2] - '0') * 100 + (p[3] - '0') * 10 +
			    (p[4] - '0');
			m = (p[5] - '0') * 10 + (p[6] - '0');
			d = (p[7] - '0') * 10 + (p[8] - '0');
			if (y >= 1990 && y <= 2100 && angka_date_valid(y, m, d)) {
				*out = (angka_ymd){y, m, d};
				return true;
			}
		}
	}
	return false;
}

static int assemble(angka_article *a, angka_parse_blocks *bl, angka_parse_meta *meta,
                    const angka_document *doc, angka_error *err)
{
	int rc = 0;
	const char **status = NULL;
	angka_buf text = ANGKA_BUF_INIT;
	filter_state fs;
	memset(&fs, 0, sizeof fs);
	text.limit = ANGKA_PARSE_MAX_TEXT;

	status = calloc(bl->n + 1, sizeof *status);
	if (status == NULL || seen_init(&fs.seen, bl->n + 1) != 0)
		goto nomem;

	long title_index = find_title(bl, meta->title, meta->canonical_url);
	const char *title = meta->title;
	if (title == NULL && title_index >= 0)
		title = bl->items[title_index].text;
	fs.title_index = title_index;
	if (title != NULL) {
		a->title = angka_strdup(title);
		if (a->title == NULL)
			goto nomem;
		seen_add(&fs.seen, a->title, strlen(a->title));
	}

	for (size_t i = 0; i < bl->n; i++) {
		const angka_parse_block *b = &bl->items[i];
		const char *reason = b->drop;
		if (reason == NULL && (long)i < title_index &&
		    angka_filter_header_widget(b->text, b->len,
		                               angka_parse_count_words(b->text, b->len)))
			reason = "header-widget";
		if (reason == NULL && (long)i == title_index) {
			status[i] = CONSUMED;
			if (strcmp(b->text, a->title) != 0 && add_dropped(a, b, "title") != 0)
				goto nomem;
			continue;
		}
		if (reason == NULL)
			reason = classify(&fs, b, i);
		status[i] = reason;
		if (reason != NULL) {
			if (add_dropped(a, b, reason) != 0)
				goto nomem;
			continue;
		}
		fs.kept++;
	}
	if (fs.kept == 0) {
		rc = angka_error_set(err, ANGKA_EEMPTY, "%s: no article text found", doc->source);
		goto cleanup;
	}

	/* The text: the title as a heading, then the kept blocks. */
	a->paragraphs = calloc(fs.kept + 1, sizeof *a->paragraphs);
	if (a->paragraphs == NULL)
		goto nomem;
	if (a->title != NULL) {
		angka_buf_puts(&text, a->title);
		a->paragraphs[a->n_paragraphs++] =
		        (angka_paragraph){0, text.len, ANGKA_BLOCK_HEADING};
	}
	for (size_t i = 0; i < bl->n; i++) {
		if (status[i] != NULL)
			continue;
		const angka_parse_block *b = &bl->items[i];
		if (text.len > 0)
			angka_buf_append(&text, "\n\n", 2);
		size_t start = text.len;
		angka_buf_append(&text, b->text, b->len);
		a->paragraphs[a->n_paragraphs++] = (angka_paragraph){start, text.len, b->kind};
	}
	if (text.failed) {
		rc = angka_error_set(err, ANGKA_ETOOBIG, "%s: article text over %zu bytes",
		                     doc->source, (size_t)ANGKA_PARSE_MAX_TEXT);
		goto cleanup;
	}
	a->text_len = text.len;
	a->text = angka_buf_detach(&text);
	if (a->text == NULL)
		goto nomem;

	/* Metadata: what the markup said, else what the text shows. */
	a->site = angka_strdup(meta->site);
	a->canonical_url = angka_strdup(meta->canonical_url);
	if (meta->author != NULL) {
		a->author = angka_strdup(meta->author);
	} else if (fs.has_author) {
		const angka_parse_block *b = &bl->items[fs.author_block];
		a->author = angka_strndup(b->text + fs.author_at, fs.author_len);
	}
	if (meta->published != NULL)
		a->published = angka_strdup(meta->published);
	else
		visible_date(a, bl, status, title_index, doc->fetched_at);
	/* A date in the page's address (".../2025/03/18/...") is when it went
	 * up; an update time dates the page better than nothing. */
	angka_ymd from_url;
	if (a->published == NULL &&
	    (url_date(&from_url, meta->canonical_url) || url_date(&from_url, doc->source))) {
		char iso[11];
		angka_date_format(iso, &from_url);
		a->published = angka_strdup(iso);
		if (a->published == NULL)
			goto nomem;
	}
	if (a->published == NULL && meta->modified != NULL) {
		a->published = angka_strdup(meta->modified);
		if (a->published == NULL)
			goto nomem;
	}
	size_t looked = 0;
	for (size_t i = 0; i < bl->n && looked < 6 && a->dateline_place == NULL; i++) {
		if (status[i] != NULL)
			continue;
		a->dateline_place = angka_dateline_place(bl->items[i].text, bl->items[i].len);
		looked++;
	}
	if ((meta->site && !a->site) || (meta->canonical_url && !a->canonical_url) ||
	    (meta->published && !a->published))
		goto nomem;
	if (angka_sha256_hex(a->content_hash, a->text, a->text_len) != 0)
		goto nomem;
	goto cleanup;

nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory assembling the article",
	                     doc->source);
cleanup:
	free(status);
	free(fs.seen.slots);
	angka_buf_free(&text);
	return rc;
}

int angka_parse_document(angka_article **out, const angka_document *doc, angka_error *err)
{
	int rc = 0;
	angka_article *a = NULL;
	angka_parse_blocks blocks = {NULL, 0, 0, 0};
	angka_parse_meta meta = {NULL, NULL, NULL, NULL, NULL, NULL};

	if (out == NULL || doc == NULL || (doc->bytes == NULL && doc->len > 0)) {
		rc = angka_error_set(err, ANGKA_EINVAL, "%s: invalid arguments to the parser",
		                     doc && doc->source ? doc->source : "(document)");
		goto cleanup;
	}
	*out = NULL;
	const char *source = doc->source ? doc->source : "(document)";
	angka_document view = *doc;
	view.source = (char *)(uintptr_t)source;
	static const unsigned char nothing[1] = {0};
	if (view.bytes == NULL)
		view.bytes = (unsigned char *)(uintptr_t)nothing;

	if (view.kind == ANGKA_CONTENT_HTML)
		rc = angka_parse_html_blocks(&blocks, &meta, &view, err);
	else
		rc = angka_parse_text_blocks(&blocks, &meta, &view, err);
	if (rc != 0)
		goto cleanup;

	a = calloc(1, sizeof *a);
	if (a == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", source);
		goto cleanup;
	}
	a->source = angka_strdup(source);
	a->fetched_at = angka_strdup(doc->fetched_at);
	if (a->source == NULL || (doc->fetched_at != NULL && a->fetched_at == NULL)) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", source);
		goto cleanup;
	}
	rc = assemble(a, &blocks, &meta, &view, err);
	if (rc != 0)
		goto cleanup;
	*out = a;
	a = NULL;
cleanup:
	angka_article_free(a);
	angka_parse_blocks_free(&blocks);
	angka_parse_meta_free(&meta);
	return rc;
}

void angka_article_free(angka_article *article)
{
	if (article == NULL)
		return;
	free(article->source);
	free(article->text);
	free(article->paragraphs);
	free(article->title);
	free(article->site);
	free(article->canonical_url);
	free(article->author);
	free(article->published);
	free(article->dateline_place);
	free(article->fetched_at);
	for (size_t i = 0; i < article->n_dropped; i++) {
		free(article->dropped[i].text);
		free(article->dropped[i].reason);
	}
	free(article->dropped);
	free(article);
}
