/* Table rows as the reader sees them: a sentence with two or more '|' is a
 * row, its cells the spans between them (markdown tables, and HTML tables
 * as the parser flattens them). See reader.h. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "match/reader.h"

size_t angka_reader_count_pipes(const char *text, size_t start, size_t end)
{
	size_t n = 0;
	for (size_t i = start; i < end; i++)
		n += text[i] == '|';
	return n;
}

bool angka_reader_column_says_percent(const char *text, const size_t cell[2])
{
	for (size_t i = cell[0]; i < cell[1]; i++)
		if (text[i] == '%' || (i + 6 <= cell[1] && strncasecmp(text + i, "persen", 6) == 0))
			return true;
	return false;
}

const char *angka_reader_column_noun(const angka_lexicon *nouns, const char *text,
                                     const size_t cell[2])
{
	angka_lexicon_hit *hits = NULL;
	size_t n = 0;
	const char *noun = NULL;
	if (angka_lexicon_find(&hits, &n, nouns, text, cell[0], cell[1]) == ANGKA_OK && n > 0)
		noun = hits[0].value;
	free(hits);
	return noun;
}

double angka_reader_column_scale(const char *text, const size_t cell[2], bool *money)
{
	static const char *const currency[] = {"rp", "rupiah", NULL};
	double scale = 0;
	bool rupiah = false, inside = false;
	for (size_t i = cell[0]; i < cell[1]; i++) {
		if (text[i] == '(' || text[i] == ')') {
			inside = text[i] == '(';
			continue;
		}
		if (!inside || !isalpha((unsigned char)text[i]) ||
		    (i > cell[0] && isalpha((unsigned char)text[i - 1])))
			continue;
		size_t len = 0;
		while (i + len < cell[1] && isalpha((unsigned char)text[i + len]))
			len++;
		double word = angka_number_scale_word(text + i, len);
		if (word > 0)
			scale = word;
		rupiah |= angka_word_is_one_of(text + i, len, currency);
		i += len - 1;
	}
	/* "Nominal (Rp)": rupiah as written. */
	if (rupiah && scale == 0)
		scale = 1;
	*money = scale > 0 && rupiah;
	return scale;
}

bool angka_reader_plain_number(const qread *r)
{
	const angka_number *num = &r->q.number;
	return r->q.noun == NULL && num->unit == ANGKA_NUMBER_PLAIN && num->scale == 1;
}

void angka_reader_read_as_percent(qread *r, size_t *candidates)
{
	*candidates += r->q.not_quantity == angka_quantity_bare;
	r->q.not_quantity = NULL;
	r->q.kind = ANGKA_QUANTITY_PERCENT;
	r->kind = READ_PERCENT;
}

void angka_reader_unnamed_columns(qread *qs, size_t n, size_t *candidates)
{
	int first = -1;
	for (size_t k = 0; k < n; k++) {
		qread *r = &qs[k];
		bool bare = r->q.not_quantity == angka_quantity_bare;
		if ((r->kind != READ_COUNT && !bare) || r->claimed)
			continue;
		if (first >= 0 && r->column > first && angka_reader_plain_number(r) &&
		    r->q.number.decimals > 0 && r->q.number.value <= 100) {
			/* "Sulawesi Utara | 487.216 | 51,64": a bare fraction after a
			 * count counts no people; it is the count's share, what the
			 * lead says of percentages. */
			angka_reader_read_as_percent(r, candidates);
		} else if (bare) {
			continue;
		} else if (first < 0) {
			first = r->column;
		} else if (r->column > first) {
			r->q.not_quantity = "in a column no header names";
			r->kind = -1;
			(*candidates)--;
		}
	}
}

/* "Berikut rincian capaian per kabupaten (potensi pekerja, peserta aktif,
 * persentase):": a lead that names the columns of numbers in brackets at
 * its end, one item each, parted by commas. True when it does, with the
 * columns written (the cells before the first its text). */
static bool bracketed_columns(size_t columns[][2], size_t *n_columns, const char *text,
                              const size_t line[2], int first, int last)
{
	size_t e = line[1];
	while (e > line[0] && (text[e - 1] == ' ' || text[e - 1] == ':' || text[e - 1] == '.'))
		e--;
	if (e == line[0] || text[e - 1] != ')')
		return false;
	size_t open = e - 1;
	while (open > line[0] && text[open - 1] != '(' && text[open - 1] != ')')
		open--;
	if (open == line[0] || text[open - 1] != '(')
		return false;
	size_t at[MAX_COLUMNS + 1], n_at = 0;
	at[n_at++] = open;
	for (size_t i = open; i < e - 1 && n_at <= MAX_COLUMNS; i++)
		if (text[i] == ',')
			at[n_at++] = i + 1;
	if (n_at != (size_t)(last - first + 1))
		return false;
	for (int c = 0; c < first; c++) {
		columns[c][0] = line[0];
		columns[c][1] = open;
	}
	for (size_t c = 0; c < n_at; c++) {
		columns[first + c][0] = at[c];
		columns[first + c][1] = c + 1 < n_at ? at[c + 1] - 1 : e - 1;
	}
	*n_columns = (size_t)last + 1;
	return true;
}

int angka_reader_header_line(size_t columns[][2], size_t *n_columns, size_t max,
                             const angka_lexicon *cues, const char *text, const size_t line[2],
                             const qread *row, size_t n)
{
	*n_columns = 0;
	/* The row's columns of numbers (also those read as no quantity yet: a
	 * bare "27,22" is a percentage once its header says so): one after the
	 * other, up to its last. */
	int first = -1, last = -1;
	for (size_t k = 0; k < n; k++) {
		/* not a row's number ("1 | Kab. Sidoarjo | 812.406 | ..."), nor a
		 * year or a date in it */
		if (row[k].claimed || row[k].column < 0 ||
		    (row[k].q.not_quantity && row[k].q.not_quantity != angka_quantity_bare))
			continue;
		if (first < 0)
			first = row[k].column;
		else if (row[k].column != last && row[k].column != last + 1)
			return ANGKA_OK;
		last = row[k].column;
	}
	if (first < 1 || (size_t)last >= max)
		return ANGKA_OK;
	if (bracketed_columns(columns, n_columns, text, line, first, last))
		return ANGKA_OK;
	angka_lexicon_hit *hits = NULL;
	size_t n_hits = 0;
	if (angka_lexicon_find(&hits, &n_hits, cues, text, line[0], line[1]) != ANGKA_OK)
		return ANGKA_ENOMEM;
	/* Its cue words outside brackets ("(Sakernas Feb 2025)" glosses one). */
	size_t at[MAX_COLUMNS], n_at = 0, depth = 0, i = line[0];
	for (size_t h = 0; h < n_hits; h++) {
		for (; i < hits[h].start; i++) {
			if (text[i] == '(')
				depth++;
			else if (text[i] == ')' && depth > 0)
				depth--;
		}
		if (depth == 0 && n_at < MAX_COLUMNS)
			at[n_at++] = hits[h].start;
		else if (depth == 0)
			n_at = MAX_COLUMNS + 1; /* more words than any row has columns */
	}
	free(hits);
	if (n_at > MAX_COLUMNS || n_at != (size_t)(last - first + 1))
		return ANGKA_OK;
	for (int c = 0; c < first; c++) {
		columns[c][0] = line[0];
		columns[c][1] = at[0];
	}
	for (size_t c = 0; c < n_at; c++) {
		columns[first + c][0] = at[c];
		columns[first + c][1] = c + 1 < n_at ? at[c + 1] : line[1];
	}
	*n_columns = (size_t)last + 1;
	return ANGKA_OK;
}
