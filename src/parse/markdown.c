/* Markdown's marks in a plain text (a capture a scraper saved as Markdown:
 * "**1,2 juta** peserta", "[BPJS Ketenagakerjaan](https://...)", "# Judul"):
 * the words without the marks, so that the readers see what a page would
 * show. Only what Markdown cannot mean otherwise goes: a mark that pairs
 * with nothing ("Rp 1 triliun*", "5*3", a file_name) stays. Tables are the
 * pipe rows the reader knows already. */
#include <stdbool.h>
#include <string.h>

#include "parse/parse_internal.h"

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* ASCII only: next to an en dash ("**66**–**67 persen**") a mark still
 * opens and closes. */
static bool is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_punct(char c)
{
	return c > ' ' && c < 0x7F && !is_alnum(c);
}

/* The run of c's at s[i, n). */
static size_t run_of(const char *s, size_t n, size_t i, char c)
{
	size_t j = i;
	while (j < n && s[j] == c)
		j++;
	return j - i;
}

/* Does the run s[i, i + len) open emphasis (text right after it, no word
 * right before: "5*3" multiplies)? Close it (text right before, not an
 * escape, no word right after)? */
static bool opens(const char *s, size_t n, size_t i, size_t len)
{
	return i + len < n && !is_space(s[i + len]) && (i == 0 || !is_alnum(s[i - 1]));
}

static bool closes(const char *s, size_t n, size_t i, size_t len)
{
	return i > 0 && !is_space(s[i - 1]) && s[i - 1] != '\\' &&
	       (i + len == n || !is_alnum(s[i + len]));
}

/* The link that the '[' at s[i] may open, "[text](url)" or, after a '!',
 * "![alt](url)": its text is s[*open + 1, *text_end), it ends at *end. The
 * link is the one closed by the first ']' after i, opened by the last '['
 * before that (nothing nests in the text); the URL has no space. When there
 * is none, *end is where to look on: past that ']', or to (none at all). */
static bool link_at(const char *s, size_t to, size_t i, size_t *open, size_t *text_end, size_t *end)
{
	const char *close = memchr(s + i, ']', to - i);
	if (close == NULL) {
		*end = to;
		return false;
	}
	size_t k = (size_t)(close - s);
	*end = k + 1;
	if (k + 1 >= to || s[k + 1] != '(')
		return false;
	size_t j = k + 2;
	while (j < to && s[j] != ')' && !is_space(s[j]))
		j++;
	if (j >= to || s[j] != ')')
		return false;
	*open = k;
	while (s[*open] != '[')
		(*open)--;
	*text_end = k;
	*end = j + 1;
	return true;
}

/* Writes s[from, to) without its inline marks. An opener pairs with the
 * next run of its character only, found once for the openers before it, so
 * a line is read a bounded number of times. */
static void unmark_span(angka_buf *out, const char *s, size_t n, size_t from, size_t to)
{
	size_t i = from, copied = from;
	size_t known[2] = {from, from}; /* the next run of '*', of '_', once looked for */
	while (i < to) {
		char c = s[i];
		if (c == '\\' && i + 1 < to && is_punct(s[i + 1])) {
			angka_buf_append(out, s + copied, i - copied);
			copied = i + 1; /* the escaped character stays */
			i += 2;
		} else if (c == '[') {
			size_t open, text_end, end;
			if (!link_at(s, to, i, &open, &text_end, &end)) {
				i = end;
				continue;
			}
			bool image = open > from && s[open - 1] == '!';
			size_t start = image ? open - 1 : open;
			angka_buf_append(out, s + copied, start - copied);
			if (!image)
				unmark_span(out, s, n, open + 1,
				            text_end); /* an image's alt goes */
			i = copied = end;
		} else if (c == '*' || c == '_') {
			size_t len = run_of(s, to, i, c), *next = &known[c == '_'];
			if (*next < i + len) {
				*next = i + len;
				while (*next < to && s[*next] != c)
					(*next)++;
			}
			size_t close = *next, close_len = close < to ? run_of(s, to, close, c) : 0;
			if (len <= 3 && close_len == len && opens(s, n, i, len) &&
			    closes(s, n, close, len)) {
				angka_buf_append(out, s + copied, i - copied);
				unmark_span(out, s, n, i + len, close);
				i = copied = close + len;
			} else {
				i += len;
			}
		} else {
			i++;
		}
	}
	angka_buf_append(out, s + copied, to - copied);
}

bool angka_parse_unmark(angka_buf *out, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	size_t start = i;
	/* "# Judul" (up to six), "> kutipan" (nested: "> > ..."). */
	size_t hashes = run_of(s, n, i, '#');
	if (hashes >= 1 && hashes <= 6 && i + hashes < n && s[i + hashes] == ' ')
		i += hashes + 1;
	while (i + 1 < n && s[i] == '>' && s[i + 1] == ' ')
		i += 2;
	bool marks = i > start;
	for (size_t k = i; k < n && !marks; k++)
		marks = s[k] == '*' || s[k] == '_' || s[k] == '[' || s[k] == '\\';
	if (!marks)
		return false;
	out->len = 0;
	unmark_span(out, s, n, i, n);
	return true;
}
