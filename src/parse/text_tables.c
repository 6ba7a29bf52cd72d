/* Tables a capture flattened to one cell per line ("No", "Provinsi",
 * "Peserta Aktif", "1", "Aceh", "583.638", "2", ...): found again and
 * written as rows whose cells " | " parts, as HTML tables, markdown rows
 * and tab-separated lines are read. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "angka/error.h"
#include "parse/parse_internal.h"
#include "util/buf.h"

enum { CELL_MAX = 48, COLUMNS_MAX = 8, ROWS_MIN = 2 };

typedef enum { LINE_OTHER, LINE_TEXT, LINE_NUMBER } line_kind;

typedef struct line {
	size_t start, end; /* trimmed */
	line_kind kind;
} line;

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A cell that is a number: "583.638", "1", "41,56 juta", "68,05%", "Rp 2,1
 * miliar", "31,95 persen". */
static bool is_number_cell(const char *s, size_t n)
{
	size_t i = 0;
	if (n >= 2 && s[0] == 'R' && s[1] == 'p') {
		i = 2;
		if (i < n && s[i] == '.')
			i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	size_t digits = 0;
	while (i < n && (is_digit(s[i]) || ((s[i] == '.' || s[i] == ',') && digits > 0))) {
		digits += is_digit(s[i]);
		i++;
	}
	if (digits == 0)
		return false;
	while (i < n && s[i] == ' ')
		i++;
	static const char *const units[] = {"%",      "persen",  "juta", "ribu",
	                                    "miliar", "triliun", NULL};
	for (size_t u = 0; units[u] && i < n; u++) {
		size_t len = strlen(units[u]);
		if (n - i == len && strncmp(s + i, units[u], len) == 0)
			return true;
	}
	return i == n;
}

/* A cell of words: short, no sentence in it. */
static bool is_text_cell(const char *s, size_t n)
{
	if (n == 0 || n > CELL_MAX || memchr(s, '|', n) != NULL || memchr(s, '\t', n) != NULL)
		return false;
	size_t words = 1;
	for (size_t i = 0; i < n; i++)
		words += s[i] == ' ';
	char last = s[n - 1];
	return words <= 6 && last != '.' && last != ':' && last != ',' && last != '!' &&
	       last != '?';
}

size_t angka_parse_aligned_cells(const char *s, size_t n)
{
	size_t b = 0, e = n, cells = 0;
	while (b < e && s[b] == ' ')
		b++;
	while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r'))
		e--;
	for (size_t i = b; i < e;) {
		size_t start = i;
		while (i < e && !(s[i] == ' ' && i + 1 < e && s[i + 1] == ' ')) {
			if (s[i] == '|' || s[i] == '\t')
				return 0;
			i++;
		}
		if (i - start > CELL_MAX || ++cells > COLUMNS_MAX)
			return 0;
		while (i < e && s[i] == ' ')
			i++;
	}
	return cells >= 3 ? cells : 0;
}

/* Does lines[from, from + rows * k) hold rows of k cells, each with the same
 * kinds in the same columns, a number and a word in each? */
static bool rows_of(const line *lines, size_t from, size_t rows, size_t k)
{
	bool number = false, text = false;
	for (size_t c = 0; c < k; c++) {
		line_kind kind = lines[from + c].kind;
		number |= kind == LINE_NUMBER;
		text |= kind == LINE_TEXT;
		for (size_t r = 1; r < rows; r++)
			if (lines[from + r * k + c].kind != kind)
				return false;
	}
	return number && text;
}

/* The columns of the table lines[0, n) holds, with a header of text cells
 * first when it has one (*header), or 0 when it is none. */
static size_t columns_of(const line *lines, size_t n, bool *header)
{
	for (size_t k = 2; k <= COLUMNS_MAX; k++) {
		for (int h = 1; h >= 0; h--) {
			size_t head = h ? k : 0;
			if (n <= head || (n - head) % k != 0 || (n - head) / k < ROWS_MIN)
				continue;
			bool all_text = true;
			for (size_t c = 0; c < head; c++)
				all_text &= lines[c].kind == LINE_TEXT;
			if (all_text && rows_of(lines, head, (n - head) / k, k)) {
				*header = h;
				return k;
			}
		}
	}
	return 0;
}

static void put_rows(angka_buf *out, const char *s, const line *lines, size_t n, size_t k)
{
	for (size_t i = 0; i < n; i++) {
		angka_buf_append(out, s + lines[i].start, lines[i].end - lines[i].start);
		angka_buf_puts(out, (i + 1) % k == 0 ? "\n" : " | ");
	}
}

int angka_parse_cells_to_rows(char **rows, size_t *rows_len, const char *s, size_t n)
{
	*rows = NULL;
	*rows_len = 0;
	line *lines = NULL;
	size_t n_lines = 0, cap = 0;
	for (size_t i = 0; i <= n;) {
		size_t end = i;
		while (end < n && s[end] != '\n')
			end++;
		size_t b = i, e = end;
		while (b < e && (s[b] == ' ' || s[b] == '\r'))
			b++;
		while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r'))
			e--;
		if (n_lines == cap) {
			cap = cap ? cap * 2 : 64;
			line *grown = realloc(lines, cap * sizeof *grown);
			if (grown == NULL) {
				free(lines);
				return ANGKA_ENOMEM;
			}
			lines = grown;
		}
		line_kind kind = is_number_cell(s + b, e - b) ? LINE_NUMBER
		                 : is_text_cell(s + b, e - b) ? LINE_TEXT
		                                              : LINE_OTHER;
		lines[n_lines++] = (line){b, e, kind};
		i = end + 1;
	}
	angka_buf out = ANGKA_BUF_INIT;
	size_t copied = 0; /* bytes of s written to out */
	bool found = false;
	for (size_t i = 0; i < n_lines;) {
		size_t j = i;
		while (j < n_lines && lines[j].kind != LINE_OTHER)
			j++;
		bool header = false;
		/* A run of cells ends the table; a few lines at its start that make
		 * no rows stay text (a title above the table). */
		size_t k = 0, from = i;
		while (from < i + COLUMNS_MAX && from + 2 * ROWS_MIN <= j &&
		       (k = columns_of(lines + from, j - from, &header)) == 0)
			from++;
		if (k > 0) {
			angka_buf_append(&out, s + copied, lines[from].start - copied);
			if (out.len > 0 && out.data[out.len - 1] != '\n')
				angka_buf_putc(&out, '\n');
			put_rows(&out, s, lines + from, j - from, k);
			copied = j < n_lines ? lines[j].start : n;
			found = true;
		}
		i = j > i ? j : i + 1;
	}
	free(lines);
	if (found)
		angka_buf_append(&out, s + copied, n - copied);
	if (!found || out.failed) {
		angka_buf_free(&out);
		return found ? ANGKA_ENOMEM : ANGKA_OK;
	}
	*rows_len = out.len;
	*rows = angka_buf_detach(&out);
	return *rows ? ANGKA_OK : ANGKA_ENOMEM;
}
