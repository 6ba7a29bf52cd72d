#include "match/quantity.h"

#include "number/number_read.h"
#include "util/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_word_byte(char c)
{
	return is_alpha(c) || is_digit(c) || (unsigned char)c >= 0x80;
}

const char *angka_quantity_kind_name(angka_quantity_kind kind)
{
	switch (kind) {
	case ANGKA_QUANTITY_COUNT: return "count";
	case ANGKA_QUANTITY_CASES: return "cases";
	case ANGKA_QUANTITY_PERCENT: return "percent";
	case ANGKA_QUANTITY_RUPIAH: return "rupiah";
	case ANGKA_QUANTITY_OTHER: return "other";
	}
	return "?";
}

/* Words a count may be written in when it stands alone ("sejuta pekerja",
 * "satu orang ahli waris"); the grammar knows the rest. */
static bool number_word_at(const char *s, size_t i, size_t end)
{
	static const char *const starts[] = {
	        "satu",   "dua",     "tiga",     "empat",    "lima",    "enam",
	        "tujuh",  "delapan", "sembilan", "sepuluh",  "sebelas", "seratus",
	        "seribu", "sejuta",  "semiliar", "setengah", NULL};
	for (size_t k = 0; starts[k]; k++) {
		/* s[i] is a letter: its first two letters tell most words apart
		 * cheaply (eight of them start with "se", and so do many words of
		 * every sentence: "sebesar", "sebanyak"); each word has three */
		if ((s[i] | 0x20) != starts[k][0] || i + 1 >= end ||
		    (s[i + 1] | 0x20) != starts[k][1])
			continue;
		size_t len = strlen(starts[k]);
		if (i + len <= end && strncasecmp(s + i, starts[k], len) == 0 &&
		    (i + len == end || !is_alpha(s[i + len])))
			return true;
	}
	return false;
}

/* "Rp", "rp", "RP" before an amount, also glued to the word before it
 * ("klaimRp2,2 miliar", as pages flatten their markup); "IDR", the code, in
 * capitals and as a word of its own ("sebesar IDR 96,4 miliar"). */
static bool rupiah_at(const char *s, size_t i, size_t start, size_t end)
{
	size_t j;
	if (i + 2 < end && (s[i] == 'R' || s[i] == 'r') && (s[i + 1] == 'p' || s[i + 1] == 'P'))
		j = i + 2;
	else if (i + 3 < end && strncmp(s + i, "IDR", 3) == 0 &&
	         (i == start || !is_alpha(s[i - 1])))
		j = i + 3;
	else
		return false;
	if (j < end && s[j] == '.')
		j++;
	while (j < end && s[j] == ' ')
		j++;
	return j < end && is_digit(s[j]);
}

/* Does the character of UTF-8 s that ends right before i (not ASCII) read
 * as a letter, one a number right after it is part of a word with? Signs
 * and symbols ("±48 rb", "≈", "•", "📌45,2 jt") are not. */
static bool letter_before(const char *s, size_t i, size_t start)
{
	size_t b = i - 1;
	while (b > start && i - b < 4 && ((unsigned char)s[b] & 0xC0) == 0x80)
		b--;
	uint32_t cp = 0;
	/* not well-formed: a byte of a word, as every byte past ASCII was */
	if (angka_utf8_decode((const unsigned char *)s + b, i - b, &cp) != i - b)
		return true;
	return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	       (cp >= 0x370 && cp < 0x2000) || (cp >= 0x3040 && cp <= 0xD7FF) ||
	       (cp >= 0xF900 && cp <= 0xFFEF);
}

/* Where a number may start: not inside a word or another number ("S-1",
 * "Covid-19", "K3", "1.009.250"'s tail), not after a slash (dates, paths). */
static bool digit_start_ok(const char *s, size_t i, size_t start)
{
	if (i == start)
		return true;
	char prev = s[i - 1];
	if ((unsigned char)prev >= 0x80)
		return !letter_before(s, i, start);
	if (is_word_byte(prev) || prev == '/' || prev == '\\' || prev == '_' || prev == '@')
		return false;
	if ((prev == '.' || prev == ',' || prev == ':') && i >= start + 2 && is_digit(s[i - 2]))
		return false;
	if (prev == '-' && i >= start + 2 && is_word_byte(s[i - 2]))
		return false; /* "ke-3", "S-1"; a range's second end is read with its first */
	return true;
}

/* Where the word that ends right before i begins (*end: where it ends),
 * skipping spaces and one punctuation mark. */
static size_t word_start_before(size_t *end, const char *s, size_t i, size_t start)
{
	size_t j = i;
	while (j > start && (s[j - 1] == ' ' || s[j - 1] == ':'))
		j--;
	if (j > start && s[j - 1] == '.')
		j--; /* "No." */
	*end = j;
	while (j > start && is_alpha(s[j - 1]))
		j--;
	return j;
}

/* The word (lowercased) that ends right before i, skipping spaces and one
 * punctuation mark; its length, or 0 when there is none or it is longer than
 * cap-1 bytes (so no longer than any word it is compared with: cut short,
 * "sembilan" would be no number). */
static size_t word_before(char *out, size_t cap, const char *s, size_t i, size_t start)
{
	size_t e = 0, j = word_start_before(&e, s, i, start);
	size_t len = e - j;
	if (len >= cap)
		len = 0;
	for (size_t k = 0; k < len; k++)
		out[k] = (char)(s[j + k] | 0x20);
	out[len] = '\0';
	return len;
}

/* Is the word before s[i] (lower-cased) one of words? */
static bool after_one_of(const char *s, size_t i, size_t start, const char *const *words)
{
	char word[16];
	if (word_before(word, sizeof word, s, i, start) == 0)
		return false;
	for (size_t k = 0; words[k]; k++)
		if (strcmp(word, words[k]) == 0)
			return true;
	return false;
}

/* "satu dari tiga pekerja", "1 dari 5 pekerja": the second number of a
 * proportion of small numbers counts no one; the proportion is a share. */
static bool ends_proportion(const char *s, size_t i, size_t start)
{
	char word[16];
	if (!after_one_of(s, i, start, (const char *const[]){"dari", NULL}))
		return false;
	size_t dari_end = 0, j = word_start_before(&dari_end, s, i, start);
	while (j > start && s[j - 1] == ' ')
		j--;
	size_t e = j;
	while (j > start && is_digit(s[j - 1]))
		j--;
	if (j < e)
		return e - j <= 2 && (j == start || !is_word_byte(s[j - 1]));
	return word_before(word, sizeof word, s, e, start) > 0 &&
	       number_word_at(word, 0, strlen(word));
}

/* "Nomor 2 Tahun 2021", "UU 24/2011", "Pasal 15", "PP No. 44": the number of
 * a regulation, an article or a clause names a text, it counts nothing. */
static const char *const regulation_words[] = {
        "nomor",  "nomer",   "no",     "pasal",  "ayat",    "uu",         "pp",        "perpres",
        "inpres", "perda",   "pergub", "perbup", "perwali", "permenaker", "keppres",   "kepmen",
        "permen", "pmk",     "sk",     "pukul",  "jam",     "nomor:",     "peringkat", "ranking",
        "urutan", "halaman", "hal",    "edisi",  "jilid",   "kode",       "rt",        "rw",
        "km",     "jalan",   "jl",     "gedung", "lantai",  "kav",        NULL};

/* "Pada 2022 peserta aktif 120.000 orang": a year after a word that says
 * when is a year, whatever noun follows it. */
static const char *const time_words[] = {
        "pada",    "tahun",     "thn",       "hingga",       "sampai",      "sejak",
        "per",     "sepanjang", "selama",    "awal",         "pertengahan", "akhir",
        "periode", "ta",        "dibanding", "dibandingkan", NULL};

/* The first cell of a table row ("1 | Aceh | 583.638 |") or a list's
 * numbering ("1. Aceh"): it orders, it counts nothing. */
static bool is_row_number(const char *s, size_t qstart, size_t qend, size_t start, size_t end)
{
	size_t j = qstart;
	while (j > start && (s[j - 1] == ' ' || s[j - 1] == '|'))
		j--;
	if (j != start && s[j - 1] != '\n')
		return false;
	size_t k = qend;
	while (k < end && s[k] == ' ')
		k++;
	return k < end &&
	       (s[k] == '|' || (s[k] == '.' && k + 1 < end && s[k + 1] == ' ') || s[k] == ')');
}

static const angka_lexicon_hit *hit_at(const angka_lexicon_hit *hits, size_t n, size_t *cursor,
                                       size_t at)
{
	while (*cursor < n && hits[*cursor].start < at)
		(*cursor)++;
	return (*cursor < n && hits[*cursor].start == at) ? &hits[*cursor] : NULL;
}

static bool hit_ends_at(const angka_lexicon_hit *hits, size_t n, size_t at)
{
	for (size_t k = 0; k < n && hits[k].start < at; k++)
		if (hits[k].end == at)
			return true;
	return false;
}

static size_t skip_spaces(const char *s, size_t i, size_t end)
{
	while (i < end && s[i] == ' ')
		i++;
	return i;
}

/* Does nothing but quotes, brackets and a dash stand between start and at?
 * (A sentence's first word is capitalised whatever it is.) */
static bool opens_sentence(const char *s, size_t start, size_t at)
{
	for (size_t i = start; i < at; i++)
		if (!strchr(" \"'([-", s[i]) && (unsigned char)s[i] < 0x80)
			return false;
	return true;
}

/* A year (19xx or 20xx, standing alone) at s[i..end)? */
static bool is_year_at(const char *s, size_t i, size_t end)
{
	return i + 4 <= end &&
	       ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')) &&
	       is_digit(s[i + 2]) && is_digit(s[i + 3]) && (i + 4 == end || !is_digit(s[i + 4]));
}

/* Does a word that says when ("ini", "lalu", "depan", ...) start at s[i]:
 * "45 persen tahun lalu", "60 persen tahun ini"? */
static bool when_at(const char *s, size_t i, size_t end)
{
	static const char *const words[] = {"ini",      "lalu",      "depan",      "kemarin",
	                                    "berjalan", "mendatang", "sebelumnya", NULL};
	size_t w = i;
	while (w < end && ((s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z')))
		w++;
	return w > i && angka_word_is_one_of(s + i, w - i, words);
}

/* Is text[from, to) only what joins two items of a list (", ", " dan ",
 * ", dan ", " serta ")? */
static bool listed_before(const char *text, size_t from, size_t to)
{
	size_t i = from;
	while (i < to && text[i] == ' ')
		i++;
	if (i < to && text[i] == ',')
		i++;
	while (i < to && text[i] == ' ')
		i++;
	if (to - i >= 3 && strncmp(text + i, "dan", 3) == 0)
		i += 3;
	else if (to - i >= 5 && strncmp(text + i, "serta", 5) == 0)
		i += 5;
	else if (i == from)
		return false;
	while (i < to && text[i] == ' ')
		i++;
	return i == to;
}

/* Do only a list's joints and the name of its next item ("Sleman 38,1,
 * Bantul 33,6, ... dan terakhir Gunungkidul 19,4 persen") stand between
 * text[from] and text[to]? */
static bool listed_with_name(const char *text, size_t from, size_t to)
{
	if (listed_before(text, from, to))
		return true;
	size_t i = from;
	while (i < to && text[i] == ' ')
		i++;
	if (i == to || text[i] != ',')
		return false;
	i++;
	size_t words = 0;
	while (i < to) {
		while (i < to && text[i] == ' ')
			i++;
		if (i == to)
			break;
		size_t w = i;
		while (w < to && text[w] != ' ')
			w++;
		bool joint = (w - i == 3 && strncmp(text + i, "dan", 3) == 0) ||
		             (w - i == 5 && strncmp(text + i, "serta", 5) == 0) ||
		             (w - i == 8 && strncmp(text + i, "terakhir", 8) == 0);
		if (!joint && !(text[i] >= 'A' && text[i] <= 'Z'))
			return false;
		for (size_t c = i; c < w; c++)
			if (text[c] == ',' || is_digit(text[c]))
				return false;
		if (!joint && ++words > 3)
			return false;
		i = w;
	}
	return words > 0;
}

static bool only_digits(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (!is_digit(s[i]))
			return false;
	return true;
}

const char angka_quantity_bare[] = "a small number that counts nothing named";

/* Why the number at [qs, qe) is no quantity, or NULL. */
static const char *not_a_quantity(const angka_quantity *q, const char *s, size_t start, size_t end,
                                  const angka_lexicon_hit *months, size_t n_months,
                                  size_t *month_cursor)
{
	const angka_number *num = &q->number;
	size_t after = skip_spaces(s, q->end, end);
	bool plain = num->unit == ANGKA_NUMBER_PLAIN && num->scale == 1 && !num->range;
	bool four_digits = q->end - q->start == 4 && plain && num->decimals == 0;
	/* "22/1/2024", "1/2024", "2024/2025", "10:30"; not "583.638 / 117.947",
	 * two counts a slash sets side by side ("aktif / non aktif") */
	bool date_part =
	        (q->end - q->start <= 2 || four_digits) && only_digits(s, q->start, q->end);
	if (after < end && date_part &&
	    (s[after] == '/' || (s[after] == ':' && after + 1 < end && is_digit(s[after + 1]))))
		return "a date or a time";
	bool plain_or_range = num->unit == ANGKA_NUMBER_PLAIN && num->scale == 1;
	if (plain_or_range && hit_at(months, n_months, month_cursor, after) != NULL)
		return "a day of a date";
	/* "Januari 2025" (not "per 31 Mei 619.045 orang": a count after a
	 * date) */
	if (plain && q->end - q->start <= 4 && only_digits(s, q->start, q->end) &&
	    hit_ends_at(months, n_months,
	                q->start > start && s[q->start - 1] == ' ' ? q->start - 1 : q->start))
		return "a year of a date";
	/* "peringkat ke 3" (not "turun ke 609.731 orang": where a count went) */
	if (plain && (after_one_of(s, q->start, start, regulation_words) ||
	              (num->value < 1000 && only_digits(s, q->start, q->end) &&
	               after_one_of(s, q->start, start, (const char *const[]){"ke", NULL}))))
		return "the number of a regulation, an article or a rank";
	if (plain && num->decimals == 0 && num->value < 100 && ends_proportion(s, q->start, start))
		return "a proportion (\"satu dari tiga\")";
	if (plain && num->value == 1 &&
	    after_one_of(s, q->start, start, (const char *const[]){"salah", NULL}))
		return "one of several (\"salah satu\")";
	if (plain && num->decimals == 0 && is_row_number(s, q->start, q->end, start, end))
		return "a table's row number";
	if (num->range && num->unit == ANGKA_NUMBER_PLAIN && num->scale == 1 && num->low >= 1900 &&
	    num->high <= 2100 && num->decimals == 0)
		return "a span of years";
	if (four_digits && num->value >= 1900 && num->value <= 2100 &&
	    (q->noun == NULL || strcmp(q->noun, "persons") != 0 ||
	     after_one_of(s, q->start, start, time_words)))
		return "a year";
	if (plain && q->noun == NULL && num->value < 1000)
		return angka_quantity_bare;
	/* "HUBUNGI 0812 5566 7788", "Tenggarong 75512": Indonesian prose writes
	 * a count of thousands with separators; bare digits that count nothing
	 * named are a code, a phone or a postal number. */
	if (plain && q->noun == NULL && q->end - q->start >= 4 && only_digits(s, q->start, q->end))
		return "digits without separators that count nothing named (a code or a phone)";
	/* "Kepulauan Seribu", "Lima Puluh Kota": a number in words written
	 * with a capital inside a sentence is part of a name. */
	if (s[q->start] >= 'A' && s[q->start] <= 'Z' && num->unit == ANGKA_NUMBER_PLAIN &&
	    !opens_sentence(s, start, q->start) && s[q->start - 1] == ' ')
		return "part of a name";
	return NULL;
}

static int push(angka_quantity **out, size_t *n, size_t *cap, const angka_quantity *q)
{
	if (*n == *cap) {
		size_t grown_cap = *cap ? *cap * 2 : 8;
		angka_quantity *grown = realloc(*out, grown_cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		*out = grown;
		*cap = grown_cap;
	}
	(*out)[(*n)++] = *q;
	return ANGKA_OK;
}

int angka_quantities_scan(angka_quantity **out, size_t *n, const angka_quantity_lexicons *lex,
                          const char *text, size_t start, size_t end)
{
	angka_lexicon_hit *nouns = NULL, *months = NULL;
	size_t n_nouns = 0, n_months = 0, noun_cursor = 0, month_cursor = 0;
	size_t first = *n, cap = *n;
	int rc = ANGKA_OK;
	/* First the numbers themselves; most sentences hold none, and then no
	 * lexicon runs. */
	for (size_t i = start; i < end;) {
		bool rupiah = rupiah_at(text, i, start, end);
		bool digit = is_digit(text[i]) && digit_start_ok(text, i, start);
		bool words = !rupiah && !digit && is_alpha(text[i]) &&
		             (i == start || !is_word_byte(text[i - 1])) &&
		             number_word_at(text, i, end);
		if (!rupiah && !digit && !words) {
			i++;
			continue;
		}
		angka_quantity q;
		memset(&q, 0, sizeof q);
		if (angka_number_read(&q.number, text + i, end - i, NULL) != ANGKA_OK ||
		    q.number.consumed == 0) {
			i++;
			continue;
		}
		q.start = i;
		q.end = i + q.number.consumed;
		while (q.end > q.start && text[q.end - 1] == ' ')
			q.end--;
		q.noun_end = q.end;
		/* A number in words stands alone only when it is large, a percentage
		 * ("empat puluh persen") or counts people ("sejuta pekerja", "satu
		 * orang"): "dua kabupaten" is no figure. Which it is waits for the
		 * nouns; mark it for now. */
		q.not_quantity = words && q.number.unit == ANGKA_NUMBER_PLAIN &&
		                                 q.number.scale == 1 && q.number.value < 1000
		                         ? "words"
		                         : NULL;
		if (push(out, n, &cap, &q) != ANGKA_OK) {
			rc = ANGKA_ENOMEM;
			goto cleanup;
		}
		i = q.end > i ? q.end : i + 1;
	}
	if (*n == first)
		return ANGKA_OK;
	if (angka_lexicon_find(&nouns, &n_nouns, lex->nouns, text, start, end) != ANGKA_OK ||
	    angka_lexicon_find(&months, &n_months, lex->months, text, start, end) != ANGKA_OK) {
		rc = ANGKA_ENOMEM;
		goto cleanup;
	}
	for (size_t k = first; k < *n; k++) {
		angka_quantity *q = &(*out)[k];
		/* The counted noun: "465.940 pekerja", "3.078 kasus", "16.422 perusahaan". */
		size_t at = skip_spaces(text, q->end, end);
		const angka_lexicon_hit *noun = hit_at(nouns, n_nouns, &noun_cursor, at);
		/* "35 persen tahun 2025", "45 persen tahun lalu": a noun before a
		 * year, or a word that says which, is a period said after the value,
		 * not what it counts ("5 tahun" is). */
		size_t after = noun ? skip_spaces(text, noun->end, end) : 0;
		if (noun && (is_year_at(text, after, end) || when_at(text, after, end)))
			noun = NULL;
		q->noun = noun ? noun->value : NULL;
		q->noun_end = noun ? noun->end : q->end;
	}
	/* "masing-masing 38 dan 74 anak", "12, 15 dan 20 orang": numbers listed
	 * before one noun all count it. */
	for (size_t k = *n - 1; k-- > first;) {
		angka_quantity *q = &(*out)[k];
		const angka_quantity *next = &(*out)[k + 1];
		if (q->noun == NULL && next->noun != NULL && q->number.unit == ANGKA_NUMBER_PLAIN &&
		    next->number.unit == ANGKA_NUMBER_PLAIN &&
		    listed_before(text, q->end, next->start))
			q->noun = next->noun;
	}
	/* "masing-masing 38,1, 33,6 dan 27,9 persen", "disusul Sleman 38,1,
	 * Bantul 33,6, ... dan terakhir Gunungkidul 19,4 persen": bare numbers
	 * listed before a percentage are percentages too. */
	for (size_t k = *n - 1; k-- > first;) {
		angka_quantity *q = &(*out)[k];
		const angka_quantity *next = &(*out)[k + 1];
		if (q->noun == NULL && q->number.unit == ANGKA_NUMBER_PLAIN &&
		    q->number.scale == 1 && !q->number.range && q->number.value <= 100 &&
		    next->number.unit == ANGKA_NUMBER_PERCENT && next->noun == NULL &&
		    listed_with_name(text, q->end, next->start))
			q->number.unit = ANGKA_NUMBER_PERCENT;
	}
	size_t kept = first;
	for (size_t k = first; k < *n; k++) {
		angka_quantity q = (*out)[k];
		bool persons = q.noun &&
		               (strcmp(q.noun, "persons") == 0 || strcmp(q.noun, "children") == 0);
		if (q.number.unit == ANGKA_NUMBER_PERCENT)
			/* "1 persen APBD" is a share of something never a figure here */
			q.kind = q.noun && strcmp(q.noun, "other") == 0 ? ANGKA_QUANTITY_OTHER
			                                                : ANGKA_QUANTITY_PERCENT;
		else if (q.number.unit == ANGKA_NUMBER_IDR)
			q.kind = ANGKA_QUANTITY_RUPIAH;
		else if (q.number.unit == ANGKA_NUMBER_CURRENCY)
			q.kind = ANGKA_QUANTITY_OTHER;
		else if (q.noun && strcmp(q.noun, "cases") == 0)
			q.kind = ANGKA_QUANTITY_CASES;
		else if (q.noun && !persons)
			q.kind = ANGKA_QUANTITY_OTHER;
		else
			q.kind = ANGKA_QUANTITY_COUNT;
		if (q.not_quantity != NULL && !persons)
			continue; /* a small number in words that counts no one */
		q.not_quantity =
		        not_a_quantity(&q, text, start, end, months, n_months, &month_cursor);
		(*out)[kept++] = q;
	}
	*n = kept;
cleanup:
	free(nouns);
	free(months);
	return rc;
}
