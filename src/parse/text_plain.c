/* The plain-text producer (parse.md, "Plain text"): one paragraph per line,
 * soft-wrapped lines joined, a text wrapped at a fixed width read back into
 * its paragraphs, tables written as rows. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse/dates.h"
#include "parse/filters.h"
#include "parse/parse_internal.h"
#include "util/utf8.h"

static bool is_alpha_ascii(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_alnum_ascii(char c)
{
	return (c >= '0' && c <= '9') || is_alpha_ascii(c);
}

static bool starts_lower(const char *s, size_t len)
{
	if (len == 0)
		return false;
	unsigned char c = (unsigned char)s[0];
	if (c >= 'a' && c <= 'z')
		return true;
	/* Latin-1 lower-case letters ß..ÿ (except ÷). */
	return c == 0xC3 && len > 1 && (unsigned char)s[1] >= 0x9F && (unsigned char)s[1] != 0xB7;
}

bool angka_parse_wrapped(const char *line, size_t line_len, const char *next, size_t next_len)
{
	return !angka_parse_ends_sentence(line, line_len) && starts_lower(next, next_len);
}

/* A line that starts a block of its own whatever the wrapping: a table row
 * ("| ...", cells parted by " | " or by tabs: "1 | Aceh | 583.638"), a
 * list item ("- ", "• ", "1. ", "2) ", "a) ", "b. ", "(c) "). */
static bool starts_a_block(const char *s, size_t len)
{
	if (len == 0)
		return false;
	if (s[0] == '|' || (len > 1 && (s[0] == '-' || s[0] == '*') && s[1] == ' ') ||
	    (len > 3 && strncmp(s, "\xE2\x80\xA2", 3) == 0))
		return true;
	/* Cells a bar parts ("A | B", a row of two written again) or tabs. */
	const char *bar = memchr(s, '|', len);
	if ((bar != NULL && bar > s && bar + 1 < s + len && bar[-1] == ' ' && bar[1] == ' ') ||
	    (bar != NULL && memchr(bar + 1, '|', len - (size_t)(bar + 1 - s)) != NULL) ||
	    memchr(s, '\t', len) != NULL)
		return true;
	/* "a) Kota Balikpapan: ...", "b. ...", "(c) ...": items by letter. */
	size_t l = s[0] == '(' ? 1 : 0;
	if (l + 2 < len && s[l] >= 'a' && s[l] <= 'z' &&
	    (s[l + 1] == ')' || (!l && s[l + 1] == '.')) && s[l + 2] == ' ')
		return true;
	size_t d = 0;
	while (d < len && d < 3 && s[d] >= '0' && s[d] <= '9')
		d++;
	return d > 0 && d + 1 < len && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ';
}

/* The width a text was wrapped at (a press release pasted from mail or a
 * PDF), or 0 when it was not: no line longer than a screen, and a third of
 * its lines or more stopping mid-sentence with more text right under them.
 * The width is the longest of those (a headline may be longer);
 * *blank_between says whether blank lines part its paragraphs.
 * Captured pages never are: a paragraph is one long line there, and a short
 * line without a full stop is a headline or a caption. */
static size_t hard_wrapped(const char *text, size_t i, size_t len, bool *blank_between)
{
	size_t lines = 0, open = 0, longest = 0, width = 0, gaps = 0;
	bool after_blank = false;
	const char *prev = NULL;
	size_t prev_len = 0;
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - text) : len;
		size_t n = end - i;
		while (n > 0 && (text[i + n - 1] == ' ' || text[i + n - 1] == '\r'))
			n--;
		if (n == 0) {
			after_blank = lines > 0;
			prev = NULL;
		} else {
			gaps += after_blank;
			after_blank = false;
			lines++;
			longest = n > longest ? n : longest;
			bool goes_on = prev != NULL && prev_len >= 30 &&
			               !starts_a_block(prev, prev_len) &&
			               !starts_a_block(text + i, n) &&
			               !angka_parse_ends_sentence(prev, prev_len);
			open += goes_on;
			/* A wrap counts characters, not bytes. */
			size_t prev_chars = goes_on ? angka_utf8_count(prev, prev_len) : 0;
			width = prev_chars > width ? prev_chars : width;
			prev = text + i;
			prev_len = n;
		}
		i = end + 1;
	}
	/* One gap is a title's: the paragraphs under it may run on. */
	*blank_between = gaps >= 2;
	return lines >= 4 && longest <= 100 && open * 3 >= lines ? width : 0;
}

/* In a text wrapped at width, did a line of line_chars (as written: a
 * justified line's gaps count) end its paragraph? It did when the next
 * line's first word would have fitted after it: the writer broke the line,
 * not the wrapping. Where blank lines part the paragraphs, lines may have
 * been wrapped by hand, unevenly, and only a line that leaves half the
 * width free ends one ("Baca juga: ..." above a quote). */
static bool ends_paragraph(size_t line_chars, const char *next, size_t next_len, size_t width)
{
	size_t word = 0;
	while (word < next_len && next[word] != ' ')
		word++;
	return line_chars + 1 + angka_utf8_count(next, word) <= width;
}

/* A line folded as text, or, when tabs part its cells (a table pasted from
 * a spreadsheet: "1<TAB>Aceh<TAB>583.638"), as a table row whose cells a
 * " | " parts, as HTML tables and markdown rows are read. A run of tabs is
 * one break (columns aligned with several). */
static void fold_line(angka_parse_folder *f, const char *s, size_t n)
{
	size_t b = 0, e = n;
	while (b < e && (s[b] == ' ' || s[b] == '\t'))
		b++;
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
		e--;
	if (memchr(s + b, '\t', e - b) == NULL) {
		angka_parse_fold(f, s, n);
		return;
	}
	for (size_t i = b; i < e;) {
		size_t cell = i;
		while (i < e && s[i] != '\t')
			i++;
		angka_parse_fold(f, s + cell, i - cell);
		if (i < e) {
			while (i < e && (s[i] == '\t' || s[i] == ' '))
				i++;
			angka_parse_fold(f, " | ", 3);
		}
	}
}

/* Does the line open a story with its dateline ("JAKARTA - ...",
 * "jpnn.com, JAKARTA - ...")? */
static bool opens_with_dateline(const char *line, size_t len)
{
	char *place = angka_dateline_place(line, len);
	free(place);
	return place != NULL;
}

/* Do two lines of a wrapped text stand apart whatever their widths: the
 * first a credit ("Reporter: X | Editor: Y"), or the end of a link to
 * another story (insert: its paragraph opens "Baca juga: ...") that the
 * second does not go on in lower case or with a number ("... per November
 * 2024 mencapai" "43.045 jiwa"), or the second opening the story with its
 * dateline ("JAKARTA - ...")? */
static bool stand_apart(const char *line, size_t line_len, bool insert, const char *next,
                        size_t next_len)
{
	size_t at, n;
	if (angka_filter_credit(line, line_len, angka_parse_count_words(line, line_len), &at, &n))
		return true;
	if (insert && !(next_len > 0 &&
	                ((next[0] >= 'a' && next[0] <= 'z') || (next[0] >= '0' && next[0] <= '9'))))
		return true;
	return opens_with_dateline(next, next_len);
}

/* Joins line to para, the paragraph it goes on. A word a wrap hyphenated
 * ("pe-" at a line's end, "serta" under it) is one word again; a doubled
 * word ("masing-" "masing") keeps its hyphen. */
static void join_line(angka_parse_folder *para, const angka_parse_folder *line)
{
	const char *p = para->buf.data, *l = line->buf.data;
	size_t n = para->buf.len;
	if (n >= 3 && p[n - 1] == '-' && is_alpha_ascii(p[n - 2]) && line->buf.len > 0 &&
	    l[0] >= 'a' && l[0] <= 'z') {
		size_t b = n - 1;
		while (b > 0 && is_alpha_ascii(p[b - 1]))
			b--;
		size_t w = n - 1 - b, k = 0;
		while (k < line->buf.len && is_alpha_ascii(l[k]))
			k++;
		if (k != w || strncasecmp(p + b, l, w) != 0)
			para->buf.len--;
	} else {
		angka_parse_fold_space(para);
	}
	angka_parse_fold_folded(para, line);
}

/* A capture header before the text, as saved captures and the project's
 * corpora start: "URL: https://...", then "Key: value" lines ("RETRIEVED:
 * ...", "Note: ..."), then a blank line. The URL is the page's canonical
 * URL; the header is no part of the article. Returns the offset of the
 * text after it (0 when there is none). */
static size_t capture_header(angka_parse_meta *meta, const char *text, size_t len)
{
	if (len < 12 || strncmp(text, "URL: http", 9) != 0)
		return 0;
	size_t end = 5;
	while (end < len && text[end] != '\n' && text[end] != '\r' && text[end] != ' ')
		end++;
	if (meta->canonical_url == NULL)
		meta->canonical_url = angka_strndup(text + 5, end - 5);
	size_t i = end;
	while (i < len) {
		while (i < len && text[i] != '\n')
			i++;
		if (i < len)
			i++;
		/* The next line: another "Key: value" of the header, or its end. */
		size_t k = i;
		while (k < len && k - i < 24 && (is_alnum_ascii(text[k]) || text[k] == ' '))
			k++;
		if (k == i || k >= len || text[k] != ':' || !(text[i] >= 'A' && text[i] <= 'Z'))
			return i;
	}
	return i;
}

/* Each non-empty line is a paragraph; a line that does not end a sentence
 * and is directly followed by a line starting in lower case was wrapped,
 * and the two are joined; in a hard-wrapped text every line is joined to
 * the one above it in its block. Text is decoded (doc->charset, else UTF-8 with
 * invalid bytes replaced), BOM stripped and line ends normalized first. */
int angka_parse_text_blocks(angka_parse_blocks *blocks, angka_parse_meta *meta,
                            const angka_document *doc, angka_error *err)
{
	int rc = 0;
	char *text = NULL;
	size_t len = 0;
	angka_parse_folder line = {ANGKA_BUF_INIT, false};
	angka_parse_folder para = {ANGKA_BUF_INIT, false};
	angka_buf plain = ANGKA_BUF_INIT; /* a line without its Markdown marks */
	bool para_open = false;

	text = angka_parse_decode(doc->bytes, doc->len, doc->charset, &len);
	if (text == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory decoding text",
		                     doc->source);
		goto cleanup;
	}
	size_t i = capture_header(meta, text, len);
	/* Tables laid out as text, written as rows: one cell per line, then
	 * columns aligned with spaces, then rows flattened with single spaces;
	 * then a header wrapped over two lines, made one. */
	int (*const tables[])(char **, size_t *, const char *,
	                      size_t) = {angka_parse_cells_to_rows, angka_parse_aligned_to_rows,
	                                 angka_parse_spaced_to_rows, angka_parse_header_rows};
	for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
		char *rows = NULL;
		size_t rows_len = 0;
		if (tables[t](&rows, &rows_len, text + i, len - i) != ANGKA_OK) {
			rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory reading text",
			                     doc->source);
			goto cleanup;
		}
		if (rows != NULL) {
			free(text);
			text = rows;
			len = rows_len;
			i = 0;
		}
	}
	bool blank_between;
	size_t width = hard_wrapped(text, i, len, &blank_between), last_len = 0, last_chars = 0;
	bool para_block = false, para_insert = false;
	while (i <= len) {
		size_t end = i;
		while (end < len && text[end] != '\n' && text[end] != '\r')
			end++;
		line.buf.len = 0;
		line.pending_space = false;
		if (angka_parse_unmark(&plain, text + i, end - i))
			fold_line(&line, plain.data ? plain.data : "", plain.len);
		else
			fold_line(&line, text + i, end - i);
		if (line.buf.failed || plain.failed) {
			rc = ANGKA_ENOMEM;
			goto fail;
		}
		if (line.buf.len == 0) {
			/* A blank line ends the paragraph: no join across it. */
			if (para_open) {
				rc = angka_parse_blocks_add(blocks, para.buf.data, para.buf.len,
				                            false, ANGKA_BLOCK_PARAGRAPH, 0, NULL);
				if (rc != 0)
					goto fail;
				para_open = false;
			}
		} else if (para_open && !starts_a_block(line.buf.data, line.buf.len) &&
		           ((width > 0 && !para_block &&
		             !ends_paragraph(last_chars, line.buf.data, line.buf.len,
		                             blank_between ? width / 2 : width) &&
		             !stand_apart(para.buf.data + para.buf.len - last_len, last_len,
		                          para_insert, line.buf.data, line.buf.len)) ||
		            (angka_parse_wrapped(para.buf.data, para.buf.len, line.buf.data,
		                                 line.buf.len) &&
		             !opens_with_dateline(line.buf.data, line.buf.len)))) {
			join_line(&para, &line);
		} else {
			if (para_open) {
				rc = angka_parse_blocks_add(blocks, para.buf.data, para.buf.len,
				                            false, ANGKA_BLOCK_PARAGRAPH, 0, NULL);
				if (rc != 0)
					goto fail;
			}
			para.buf.len = 0;
			para.pending_space = false;
			angka_parse_fold_folded(&para, &line);
			para_open = true;
			/* Known from its first line: asking the whole paragraph at
			 * every line would cost its length each time. */
			para_block = starts_a_block(line.buf.data, line.buf.len);
			para_insert =
			        width > 0 &&
			        angka_filter_baca_juga(
			                line.buf.data, line.buf.len,
			                angka_parse_count_words(line.buf.data, line.buf.len)) != 0;
		}
		if (para.buf.failed) {
			rc = ANGKA_ENOMEM;
			goto fail;
		}
		last_len = line.buf.len;
		if (width > 0) {
			size_t n = end - i;
			while (n > 0 && (text[i + n - 1] == ' ' || text[i + n - 1] == '\r'))
				n--;
			last_chars = angka_utf8_count(text + i, n);
		}
		if (end < len && text[end] == '\r' && end + 1 < len && text[end + 1] == '\n')
			end++;
		i = end + 1;
	}
	if (para_open) {
		rc = angka_parse_blocks_add(blocks, para.buf.data, para.buf.len, false,
		                            ANGKA_BLOCK_PARAGRAPH, 0, NULL);
		if (rc != 0)
			goto fail;
	}
	goto cleanup;
fail:
	if (rc == ANGKA_ETOOBIG)
		angka_error_set(err, rc, "%s: article text over %zu bytes", doc->source,
		                (size_t)ANGKA_PARSE_MAX_TEXT);
	else
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory reading text",
		                     doc->source);
cleanup:
	free(text);
	angka_buf_free(&line.buf);
	angka_buf_free(&para.buf);
	angka_buf_free(&plain);
	return rc;
}
