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
#include "util/utf8.h"

enum { CELL_MAX = 48, COLUMNS_MAX = 8, ROWS_MIN = 2 };

typedef enum { LINE_OTHER, LINE_TEXT, LINE_NUMBER } line_kind;

typedef struct line {
	size_t start, end; /* trimmed */
	line_kind kind;
	bool ordinal; /* a bare number of up to three digits: a row's number */
} line;

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The units a number cell may carry: "41,56 juta", "68,05%". */
static const char *const units[] = {"%",    "persen", "prosen",  "juta",
                                    "ribu", "miliar", "triliun", NULL};

/* The length of the unit at s[0, n) ending there or at a space, or 0. */
static size_t unit_at(const char *s, size_t n)
{
	for (size_t u = 0; units[u]; u++) {
		size_t len = strlen(units[u]);
		if (n >= len && strncmp(s, units[u], len) == 0 && (n == len || s[len] == ' '))
			return len;
	}
	return 0;
}

/* A cell that is a number: "583.638", "1", "41,56 juta", "68,05%", "Rp 2,1
 * miliar", "31,95 persen", and what it counts in a word or two: "312.450
 * peserta", "61.940 tenaga kerja". */
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
	i += unit_at(s + i, n - i);
	for (size_t words = 0; i < n && words < 2; words++) {
		while (i < n && s[i] == ' ')
			i++;
		size_t w = i;
		while (i < n && s[i] >= 'a' && s[i] <= 'z')
			i++;
		if (i == w || i - w > 12 || (i < n && s[i] != ' '))
			return false;
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

/* Does lines[from, from + rows * k) hold rows of k cells, each with the same
 * kinds in the same columns, a number and a word in each? Not rows that put
 * a value before its label ("2.392.885 pekerja", "Capaian UCJ", "34,29%",
 * "Target UCJ 2025" are labels each over its value, one line off): a row
 * opens on its label, or on its number in the table. */
static bool rows_of(const line *lines, size_t from, size_t rows, size_t k)
{
	if (lines[from].kind == LINE_NUMBER && lines[from + k - 1].kind == LINE_TEXT)
		for (size_t r = 0; r < rows; r++)
			if (!lines[from + r * k].ordinal)
				return false;
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
		bool ordinal = e > b && e - b <= 3;
		for (size_t c = b; c < e && ordinal; c++)
			ordinal = is_digit(s[c]);
		lines[n_lines++] = (line){b, e, kind, ordinal};
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
		 * no rows stay text (a title above the table), and so do a few at
		 * its end (its source and notes: "Sumber: Satu Data Kemnaker"):
		 * the fewest lines left out, those at the end first. */
		size_t k = 0, from = i, to = j, numbers = 0;
		for (size_t l = i; l < j && numbers < ROWS_MIN; l++)
			numbers += lines[l].kind == LINE_NUMBER;
		/* a run of words (a menu) holds no table: no need to look */
		for (size_t left = 0; k == 0 && numbers >= ROWS_MIN && left < 2 * COLUMNS_MAX;
		     left++) {
			for (size_t head = 0; k == 0 && head <= left; head++) {
				from = i + head;
				to = j >= left - head ? j - (left - head) : 0;
				if (head < COLUMNS_MAX && left - head < COLUMNS_MAX &&
				    from + 2 * ROWS_MIN <= to)
					k = columns_of(lines + from, to - from, &header);
			}
		}
		if (k > 0) {
			angka_buf_append(&out, s + copied, lines[from].start - copied);
			if (out.len > 0 && out.data[out.len - 1] != '\n')
				angka_buf_putc(&out, '\n');
			put_rows(&out, s, lines + from, to - from, k);
			copied = to < n_lines ? lines[to].start : n;
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

/* s[*b, *e) without the spaces around it (and the '\r' of a CRLF end). */
static void trim(const char *s, size_t *b, size_t *e)
{
	while (*b < *e && s[*b] == ' ')
		(*b)++;
	while (*e > *b && (s[*e - 1] == ' ' || s[*e - 1] == '\r'))
		(*e)--;
}

/* The cells of a line written again as a row: byte spans into the text. */
typedef struct cells {
	size_t n;
	size_t span[COLUMNS_MAX + 2][2];
} cells;

/* Room for one more line's mark in *row (of *cap): false when out of
 * memory, *row then freed. */
static bool room_for(unsigned char **row, size_t *cap, size_t n)
{
	if (n < *cap)
		return true;
	*cap = *cap ? *cap * 2 : 64;
	unsigned char *grown = realloc(*row, *cap);
	if (grown == NULL) {
		free(*row);
		*row = NULL;
		return false;
	}
	*row = grown;
	return true;
}

/* s rewritten with each line row marks (row[l] == 1) as its cells (what
 * cells_of finds in it) parted by " | "; row is freed. */
static int write_rows(char **rows, size_t *rows_len, const char *s, size_t n, unsigned char *row,
                      void (*cells_of)(cells *out, const char *s, size_t from, size_t to))
{
	angka_buf out = ANGKA_BUF_INIT;
	cells c;
	size_t l = 0;
	for (size_t i = 0; i <= n; l++) {
		size_t end = i;
		while (end < n && s[end] != '\n')
			end++;
		if (row[l] == 1) {
			cells_of(&c, s, i, end);
			for (size_t k = 0; k < c.n; k++) {
				if (k > 0)
					angka_buf_puts(&out, " | ");
				angka_buf_append(&out, s + c.span[k][0],
				                 c.span[k][1] - c.span[k][0]);
			}
		} else {
			angka_buf_append(&out, s + i, end - i);
		}
		if (end < n)
			angka_buf_putc(&out, '\n');
		i = end + 1;
	}
	free(row);
	if (out.failed) {
		angka_buf_free(&out);
		return ANGKA_ENOMEM;
	}
	*rows_len = out.len;
	*rows = angka_buf_detach(&out);
	return *rows ? ANGKA_OK : ANGKA_ENOMEM;
}

/* A line's cells when runs of two spaces or more part it into 3 to
 * COLUMNS_MAX short ones, as character columns from the line's start. */
typedef struct aligned {
	cells spans;      /* none: not such a line */
	unsigned numbers; /* which cells are numbers (bit c: cell c) */
	size_t col[COLUMNS_MAX][2];
} aligned;

static void aligned_cells(aligned *a, const char *s, size_t from, size_t to)
{
	size_t b = from, e = to;
	trim(s, &b, &e);
	*a = (aligned){0};
	size_t k = 0;
	for (size_t i = b; i < e;) {
		size_t cell = i;
		while (i < e && !(s[i] == ' ' && i + 1 < e && s[i + 1] == ' ')) {
			if (s[i] == '|' || s[i] == '\t' || i - cell == CELL_MAX)
				return; /* prose: a long run without a gap is no cell */
			i++;
		}
		if (k == COLUMNS_MAX)
			return;
		bool number = is_number_cell(s + cell, i - cell);
		a->numbers |= (unsigned)number << k;
		a->col[k][0] = angka_utf8_count(s + from, cell - from);
		a->col[k][1] = a->col[k][0] + angka_utf8_count(s + cell, i - cell);
		a->spans.span[k][0] = cell;
		a->spans.span[k][1] = i;
		k++;
		while (i < e && s[i] == ' ')
			i++;
	}
	a->spans.n = k >= 3 ? k : 0;
}

static void aligned_spans(cells *out, const char *s, size_t from, size_t to)
{
	aligned a;
	aligned_cells(&a, s, from, to);
	*out = a.spans;
}

static bool near(size_t x, size_t y)
{
	return x + 1 >= y && y + 1 >= x;
}

/* Two rows of one table: as many cells, numbers in the same ones (one at
 * least), and each cell after the first starting or ending in the same
 * column (left- or right-aligned). A justified paragraph's widened gaps
 * fall anywhere. */
static bool same_columns(const aligned *a, const aligned *b)
{
	if (a->spans.n == 0 || a->spans.n != b->spans.n || a->numbers == 0 ||
	    a->numbers != b->numbers)
		return false;
	for (size_t c = 1; c < a->spans.n; c++)
		if (!near(a->col[c][0], b->col[c][0]) && !near(a->col[c][1], b->col[c][1]))
			return false;
	return true;
}

/* Is there a run of two spaces in s[0, n)? Most texts have none, and then
 * no table aligned with spaces. */
static bool double_space(const char *s, size_t n)
{
	const char *end = s + n;
	for (const char *p = s; (p = memchr(p, ' ', (size_t)(end - p))) != NULL; p++)
		if (p + 1 < end && p[1] == ' ')
			return true;
	return false;
}

int angka_parse_aligned_to_rows(char **rows, size_t *rows_len, const char *s, size_t n)
{
	*rows = NULL;
	*rows_len = 0;
	if (!double_space(s, n))
		return ANGKA_OK;
	/* Which lines are rows: a line in the same columns as the next, and a
	 * header of words right above such a run, its cells as many. */
	unsigned char *row = NULL;
	size_t n_lines = 0, cap = 0;
	bool found = false;
	aligned before = {0}, prev = {0}, cur;
	for (size_t i = 0; i <= n;) {
		size_t end = i;
		while (end < n && s[end] != '\n')
			end++;
		aligned_cells(&cur, s, i, end);
		if (!room_for(&row, &cap, n_lines))
			return ANGKA_ENOMEM;
		row[n_lines] = 0;
		if (same_columns(&prev, &cur)) {
			if (!row[n_lines - 1] && n_lines >= 2 && row[n_lines - 2] == 2 &&
			    before.spans.n == prev.spans.n)
				row[n_lines - 2] = 1; /* the header above the run */
			row[n_lines - 1] = row[n_lines] = 1;
			found = true;
		} else if (cur.spans.n > 0 && cur.numbers == 0) {
			row[n_lines] = 2; /* a header, if rows follow */
		}
		n_lines++;
		before = prev;
		prev = cur;
		i = end + 1;
	}
	if (!found) {
		free(row);
		return ANGKA_OK;
	}
	return write_rows(rows, rows_len, s, n, row, aligned_spans);
}

/* A row a capture flattened with single spaces: "[rank] words number
 * number...", as "1 Aceh 583.638 117.947" or "Jawa Barat 4,96 juta 3,1
 * juta": its cells (rank, label, then each number with its unit) and how
 * many numbers, none when the line is no such row. */
typedef struct spaced {
	size_t k;    /* numbers */
	cells spans; /* rank? + label + numbers */
} spaced;

static bool is_unit_word(const char *s, size_t n)
{
	return n > 0 && unit_at(s, n) == n;
}

static void spaced_row(spaced *r, const char *s, size_t from, size_t to)
{
	r->k = 0;
	size_t b = from, e = to;
	trim(s, &b, &e);
	if (e - b > 160 || e == b || memchr(s + b, '|', e - b) != NULL ||
	    memchr(s + b, '\t', e - b) != NULL)
		return;
	/* Numbers from the end: a number and, maybe, its unit. */
	size_t ends[COLUMNS_MAX][2], k = 0, i = e;
	while (i > b) {
		size_t w_end = i, w = i;
		while (w > b && s[w - 1] != ' ')
			w--;
		size_t n_end = w_end;
		if (is_unit_word(s + w, w_end - w)) {
			if (w == b)
				break;
			w_end = w - 1;
			w = w_end;
			while (w > b && s[w - 1] != ' ')
				w--;
		}
		/* "2025*": a number a footnote marks ("*) Data per Oktober"). */
		size_t marked = w_end > w + 1 && s[w_end - 1] == '*';
		if (!is_number_cell(s + w, w_end - w - marked) || k == COLUMNS_MAX)
			break;
		ends[k][0] = w;
		ends[k][1] = n_end;
		k++;
		i = w > b ? w - 1 : b;
	}
	if (k < 1 || i <= b)
		return;
	/* Then a label of one to six words starting with a capital, after a
	 * rank ("1", "12.") or none; a row of one number needs its rank ("3.
	 * Kab. Cianjur 21,05"). */
	size_t label = b, n = 0;
	size_t d = b;
	while (d < i && is_digit(s[d]))
		d++;
	if (d > b && d < i && (s[d] == ' ' || (s[d] == '.' && d + 1 < i && s[d + 1] == ' '))) {
		r->spans.span[n][0] = b;
		r->spans.span[n][1] = d + (s[d] == '.');
		n++;
		label = d + (s[d] == '.') + 1;
	}
	/* (A list item with its unit or its colon, "1. Bali: 69,54%", reads
	 * as it is.) */
	if (label >= i || !(s[label] >= 'A' && s[label] <= 'Z') ||
	    (k == 1 &&
	     (n == 0 || ends[0][1] != e || s[i - 1] == ':' || !is_digit(s[ends[0][1] - 1]))))
		return;
	size_t words = 1;
	for (size_t j = label; j < i; j++) {
		words += s[j] == ' ';
		if (is_digit(s[j]))
			return;
	}
	if (words > 6)
		return;
	r->spans.span[n][0] = label;
	r->spans.span[n][1] = i;
	n++;
	for (size_t c = k; c > 0; c--) {
		r->spans.span[n][0] = ends[c - 1][0];
		r->spans.span[n][1] = ends[c - 1][1];
		n++;
	}
	r->spans.n = n;
	r->k = k;
}

static void spaced_spans(cells *out, const char *s, size_t from, size_t to)
{
	spaced r;
	spaced_row(&r, s, from, to);
	*out = r.spans;
}

int angka_parse_spaced_to_rows(char **rows, size_t *rows_len, const char *s, size_t n)
{
	*rows = NULL;
	*rows_len = 0;
	/* Which lines are rows: two lines in a row with as many numbers. */
	unsigned char *row = NULL;
	size_t n_lines = 0, cap = 0;
	bool found = false;
	spaced prev = {0}, cur;
	for (size_t i = 0; i <= n;) {
		size_t end = i;
		while (end < n && s[end] != '\n')
			end++;
		spaced_row(&cur, s, i, end);
		if (!room_for(&row, &cap, n_lines))
			return ANGKA_ENOMEM;
		row[n_lines] = 0;
		if (cur.k > 0 && cur.k == prev.k && cur.spans.n == prev.spans.n) {
			row[n_lines - 1] = row[n_lines] = 1;
			found = true;
		}
		n_lines++;
		prev = cur;
		i = end + 1;
	}
	if (!found) {
		free(row);
		return ANGKA_OK;
	}
	return write_rows(rows, rows_len, s, n, row, spaced_spans);
}

/* ---- a table's header wrapped over two lines ---------------------------- */

/* The cells of a '|' line (outer bars dropped) into spans, how many; 0 when
 * the line has fewer than two bars or too many cells. */
static size_t bar_cells(const char *s, size_t b, size_t e, size_t span[][2], size_t max)
{
	trim(s, &b, &e);
	size_t bars = 0;
	for (size_t i = b; i < e; i++)
		bars += s[i] == '|';
	if (bars < 2)
		return 0;
	if (s[b] == '|')
		b++;
	if (e > b && s[e - 1] == '|')
		e--;
	size_t n = 0;
	for (size_t i = b;; i++) {
		if (i == e || s[i] == '|') {
			if (n == max)
				return 0;
			size_t cb = b, ce = i;
			trim(s, &cb, &ce);
			span[n][0] = cb;
			span[n][1] = ce;
			n++;
			b = i + 1;
			if (i == e)
				break;
		}
	}
	return n;
}

/* Does s[b, e) hold a digit outside brackets and years ("Capaian UCJ 2024
 * (%)" does not)? */
static bool has_value_digit(const char *s, size_t b, size_t e)
{
	int depth = 0;
	for (size_t i = b; i < e; i++) {
		depth += s[i] == '(';
		depth -= s[i] == ')' && depth > 0;
		if (depth > 0 || !is_digit(s[i]))
			continue;
		size_t j = i;
		while (j < e && is_digit(s[j]))
			j++;
		bool year = j - i == 4 && (s[i] == '1' || s[i] == '2') &&
		            (i == b || !is_digit(s[i - 1]));
		if (!year)
			return true;
		i = j - 1;
	}
	return false;
}

int angka_parse_header_rows(char **rows, size_t *rows_len, const char *s, size_t n)
{
	*rows = NULL;
	*rows_len = 0;
	angka_buf out = ANGKA_BUF_INIT;
	bool merged = false;
	size_t a[COLUMNS_MAX + 2][2], c[COLUMNS_MAX + 2][2], d[COLUMNS_MAX + 2][2];
	for (size_t i = 0; i <= n;) {
		size_t e1 = i;
		while (e1 < n && s[e1] != '\n')
			e1++;
		size_t b2 = e1 < n ? e1 + 1 : n, e2 = b2;
		while (e2 < n && s[e2] != '\n')
			e2++;
		size_t b3 = e2 < n ? e2 + 1 : n, e3 = b3;
		while (e3 < n && s[e3] != '\n')
			e3++;
		/* "| Provinsi | Buruh/Karyawan | Peserta PU | Cakupan |" over "|
		 * | (ribu orang) | Aktif | (%) |" over a row of numbers: one
		 * header whose cells are the two lines' cells together. */
		size_t k = bar_cells(s, i, e1, a, COLUMNS_MAX + 2);
		size_t k2 = k && b2 < e2 ? bar_cells(s, b2, e2, c, COLUMNS_MAX + 2) : 0;
		size_t k3 = k2 && b3 < e3 ? bar_cells(s, b3, e3, d, COLUMNS_MAX + 2) : 0;
		bool wrapped = k >= 2 && k2 == k && k3 > 0 && !has_value_digit(s, i, e1) &&
		               has_value_digit(s, b3, e3);
		size_t empty = 0, digits = 0;
		for (size_t x = 0; wrapped && x < k2; x++) {
			empty += c[x][1] == c[x][0];
			for (size_t y = c[x][0]; y < c[x][1]; y++)
				digits += is_digit(s[y]);
		}
		if (wrapped && empty > 0 && empty < k2 && digits == 0) {
			angka_buf_puts(&out, "| ");
			for (size_t x = 0; x < k; x++) {
				if (x > 0)
					angka_buf_puts(&out, " | ");
				angka_buf_append(&out, s + a[x][0], a[x][1] - a[x][0]);
				if (c[x][1] > c[x][0]) {
					if (a[x][1] > a[x][0])
						angka_buf_putc(&out, ' ');
					angka_buf_append(&out, s + c[x][0], c[x][1] - c[x][0]);
				}
			}
			angka_buf_puts(&out, " |");
			merged = true;
			e1 = e2;
		} else {
			angka_buf_append(&out, s + i, e1 - i);
		}
		if (e1 < n)
			angka_buf_putc(&out, '\n');
		i = e1 + 1;
	}
	if (out.failed) {
		angka_buf_free(&out);
		return ANGKA_ENOMEM;
	}
	if (!merged) {
		angka_buf_free(&out);
		return ANGKA_OK;
	}
	*rows_len = out.len;
	*rows = angka_buf_detach(&out);
	return *rows ? ANGKA_OK : ANGKA_ENOMEM;
}
