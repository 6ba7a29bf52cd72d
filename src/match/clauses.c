/* The reader's clauses, phrases and headline statements: where a
 * quantity's own words begin and end in its sentence (reader.c reads the
 * cues in them). */
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "match/reader.h"

static bool inside_quantity(const qread *qs, size_t n, size_t at)
{
	for (size_t i = 0; i < n; i++)
		if (at >= qs[i].q.start && at < qs[i].q.end)
			return true;
	return false;
}

static bool starts_with(const char *s, size_t n, const char *prefix)
{
	size_t len = strlen(prefix);
	return n >= len && strncasecmp(s, prefix, len) == 0;
}

/* Does s (after a comma) negate what the words before the comma are: a
 * negating relative clause ("yang belum terlindungi", "masih bekerja tanpa
 * jaminan"), or a predicate of
 * coverage denied ("Sisanya, 52,55 persen atau 309.150 pekerja, belum
 * terlindungi")? Not "belum termasuk PMI", which leaves a group out. */
static bool negates_before(const char *s, size_t n)
{
	static const char *const relatives[] = {
	        " yang belum ",        " yang tidak ",  " yang masih belum ",    " tanpa jaminan",
	        " tanpa perlindungan", " masih tanpa ", " masih bekerja tanpa ", NULL};
	static const char *const denied[] = {" belum ", " masih belum ", " tidak ", NULL};
	static const char *const covered[] = {
	        "terlindungi", "terlindung", "terdaftar",  "tercover",   "menjadi",     "memiliki",
	        "mendapat",    "ikut",       "punya",      "dilindungi", "mendapatkan", "bergabung",
	        "tergabung",   "tercakup",   "terjangkau", "tersentuh",  "didaftarkan", "mendaftar",
	        "terproteksi", "tercatat",   NULL};
	for (size_t r = 0; relatives[r]; r++)
		if (starts_with(s, n, relatives[r]))
			return true;
	/* "..., lebih dari 938 ribu orang, belum.": the predicate denied is the
	 * one the sentence before said */
	if (starts_with(s, n, " belum") && (n == 6 || strchr(".\"'", s[6]) != NULL))
		return true;
	for (size_t d = 0; denied[d]; d++) {
		size_t len = strlen(denied[d]);
		if (!starts_with(s, n, denied[d]))
			continue;
		size_t w = len;
		while (w < n && s[w] >= 'a' && s[w] <= 'z')
			w++;
		return angka_word_is_one_of(s + len, w - len, covered);
	}
	return false;
}

/* Does a negating relative clause (" yang belum ...") come after at, before
 * end? *found caches where the first one is (end: none), so that a sentence
 * is scanned once however many connectives it has. */
static bool relative_after(const char *text, size_t at, size_t end, size_t *found)
{
	if (*found == SIZE_MAX) {
		*found = end;
		for (size_t i = at; i + 1 < end && *found == end; i++)
			if (text[i] == ' ' && strchr("ybmt", text[i + 1]) != NULL &&
			    negates_before(text + i, end - i))
				*found = i;
	}
	return *found < end && *found >= at;
}

/* The comma that closes an aside of examples opened at the comma at
 * text[at] ("..., mulai dari nelayan, buruh bongkar muat sampai pedagang,
 * belum terdaftar"), when what follows it negates what the words before the
 * aside are; 0 when there is none. */
static size_t aside_denied(const char *text, size_t at, size_t end, size_t *scanned)
{
	static const char *const opens[] = {" mulai dari ", " seperti ", " antara lain ",
	                                    " termasuk ", NULL};
	bool aside = false;
	for (size_t o = 0; opens[o] && !aside; o++)
		aside = starts_with(text + at + 1, end - at - 1, opens[o]);
	/* An aside opened before where an earlier one looked in vain finds no
	 * closing either: the text is read once, however many asides open. */
	if (!aside || at < *scanned)
		return 0;
	for (size_t j = at + 1; j < end; j++) {
		char ch = text[j];
		if (ch == ';' || ch == ':' || ch == '.' || (ch >= '0' && ch <= '9')) {
			*scanned = j;
			return 0;
		}
		if (ch == ',' && negates_before(text + j + 1, end - j - 1))
			return j;
	}
	*scanned = end;
	return 0;
}

/* Does the bracket opening at text[open] hold a quantity after words of its
 * own ("7.498.532 (nonaktif 4.699.958)"), not a restatement ("(55,1
 * persen)")? */
static bool bracket_says_own(const qread *qs, size_t n, const char *text, size_t open, size_t end)
{
	size_t close = open + 1;
	while (close < end && text[close] != ')' && text[close] != '(')
		close++;
	if (close >= end || text[close] != ')')
		return false;
	for (size_t k = 0; k < n; k++) {
		if (qs[k].q.not_quantity || qs[k].q.start <= open || qs[k].q.start >= close)
			continue;
		for (size_t i = open + 1; i < qs[k].q.start; i++)
			if (isalpha((unsigned char)text[i]))
				return true;
		return false;
	}
	return false;
}

/* "sedangkan 22,34 juta sisanya berstatus nonaktif": a word ending in
 * "-nya" right after a quantity is its noun ("the rest of it"), not a
 * connective opening another clause. */
static bool owned_by_quantity(const qread *qs, size_t n, const char *text,
                              const angka_lexicon_hit *word)
{
	if (word->end - word->start < 4 || strncasecmp(text + word->end - 3, "nya", 3) != 0)
		return false;
	for (size_t k = 0; k < n; k++) {
		if (qs[k].q.not_quantity || qs[k].q.end > word->start)
			continue;
		size_t i = qs[k].q.end;
		while (i < word->start && text[i] == ' ')
			i++;
		if (i == word->start)
			return true;
	}
	return false;
}

/* Clause boundaries: punctuation (",", ";", ":") outside numbers and
 * brackets, and the connectives of rules/lexicon/connectives.tsv ("dan",
 * "serta", "sedangkan", "disusul"). Writes each quantity's clause. */
void angka_reader_find_clauses(qread *qs, size_t n, const char *text, size_t start, size_t end,
                               const angka_lexicon_hit *connectives, size_t n_connectives,
                               bool headline)
{
	size_t marks[256];
	size_t n_marks = 0;
	size_t last_quantity = start, relative_at = SIZE_MAX; /* SIZE_MAX: not looked for yet */
	for (size_t k = 0; k < n; k++)
		if (qs[k].q.start > last_quantity)
			last_quantity = qs[k].q.start;
	int depth = 0;
	size_t c = 0, scanned = 0;
	for (size_t i = start; i < end && n_marks < 256; i++) {
		char ch = text[i];
		bool own = ch == '(' && depth == 0 && bracket_says_own(qs, n, text, i, end);
		if (ch == '(')
			depth++;
		else if (ch == ')' && depth > 0)
			depth--;
		while (c < n_connectives && connectives[c].end <= i)
			c++;
		bool splits = c < n_connectives && connectives[c].start == i &&
		              strcmp(connectives[c].value, "none") != 0 &&
		              strcmp(connectives[c].value, "refers") != 0 &&
		              strcmp(connectives[c].value, "now") != 0 &&
		              strcmp(connectives[c].value, "says") != 0 &&
		              !owned_by_quantity(qs, n, text, &connectives[c]);
		if (depth > 0 && !own)
			continue;
		/* A clause ends only once it holds a quantity: "Target kita di tahun
		 * 2025, Maluku Utara dapat mencapai 68 persen" is one clause, "JKM
		 * dan Beasiswa sebanyak 24 kasus" one item. A headline's comma joins
		 * two statements: "Pemda DIY Perluas Perlindungan Pekerja Rentan,
		 * UCJ DIY 2024 Capai 44,7 Persen". */
		size_t from = n_marks ? marks[n_marks - 1] : start;
		bool holds = headline;
		for (size_t k = 0; k < n && !holds; k++)
			holds = qs[k].q.start >= from && qs[k].q.end <= i;
		if (!holds)
			continue;
		if (own) {
			marks[n_marks++] = i;
			continue;
		}
		/* "88.489 pekerja, atau 74,8 persen dari potensi, yang belum
		 * terlindungi": a relative clause set off by a comma that negates
		 * still says what the words before it are. */
		bool relative = ch == ',' && negates_before(text + i + 1, end - i - 1);
		/* "45 ribu pekerja informal di Dumai, mulai dari nelayan ... sampai
		 * pedagang, belum terdaftar": the same past an aside of examples. */
		size_t closes = ch == ',' ? aside_denied(text, i, end, &scanned) : 0;
		if (closes > 0) {
			i = closes;
			continue;
		}
		if ((ch == ',' || ch == ';' || ch == ':') && !relative &&
		    !inside_quantity(qs, n, i)) {
			marks[n_marks++] = i;
			continue;
		}
		/* "30 ribu nelayan serta buruh pelabuhan di Bitung yang belum menjadi
		 * peserta": "serta" joins what the relative clause after it negates,
		 * when no quantity comes after it. */
		bool joins_nouns = splits && (strncasecmp(text + i, "dan ", 4) == 0 ||
		                              strncasecmp(text + i, "serta ", 6) == 0);
		if (splits && i > start &&
		    !(joins_nouns && i > last_quantity &&
		      relative_after(text, i, end, &relative_at)))
			marks[n_marks++] = i;
	}
	for (size_t k = 0; k < n; k++) {
		size_t cs = start, ce = end;
		for (size_t m = 0; m < n_marks; m++) {
			if (marks[m] < qs[k].q.start)
				cs = marks[m] + 1;
			else if (marks[m] >= qs[k].q.end) {
				ce = marks[m];
				break;
			}
		}
		qs[k].clause_start = cs;
		qs[k].clause_end = ce;
	}
	/* "742.918 peserta aktif dibandingkan dengan jumlah penduduk bekerja":
	 * what a quantity is compared with is no word of its own. */
	static const char *const compared[] = {"dibandingkan", "dibanding", NULL};
	static const char *const conjunctions[] = {"dengan",    "dan",   "serta",  "sedangkan",
	                                           "sementara", "namun", "tetapi", NULL};
	/* The phrase: the clause's words between the quantity and its
	 * neighbours (a neighbour's counted noun is its own), and after it no
	 * further than "dari" or "atau", which begin another quantity's phrase
	 * ("12.171 dari potensi 51.674 orang"). */
	for (size_t k = 0; k < n; k++) {
		size_t ps = qs[k].clause_start, pe = qs[k].clause_end;
		for (size_t j = k; j-- > 0;) {
			if (qs[j].q.not_quantity)
				continue; /* a year or a date is no neighbour */
			if (qs[j].q.noun_end > ps && qs[j].q.noun_end <= qs[k].q.start)
				ps = qs[j].q.noun_end;
			break;
		}
		for (size_t j = k + 1; j < n; j++) {
			if (qs[j].q.not_quantity)
				continue;
			if (qs[j].q.start < pe && qs[j].q.start >= qs[k].q.end)
				pe = qs[j].q.start;
			break;
		}
		/* A percentage's "dari" says what it is a share of ("15 persen dari
		 * total peserta") unless another quantity follows it ("35,68% dari
		 * target 52,15%"); a count's begins another count's phrase. */
		bool percent = qs[k].q.kind == ANGKA_QUANTITY_PERCENT && pe == qs[k].clause_end;
		/* Between two quantities a conjunction begins the second one's
		 * phrase: "peserta terdaftar 120.000 orang dengan peserta aktif
		 * 80.000 orang". */
		bool followed = pe < qs[k].clause_end;
		for (size_t i = qs[k].q.end; i + 1 < pe; i++) {
			if (text[i] != ' ')
				continue;
			size_t w = i + 1, len = 0;
			while (w + len < pe && text[w + len] != ' ' && text[w + len] != ',')
				len++;
			if ((!percent && len == 4 && strncasecmp(text + w, "dari", 4) == 0) ||
			    (len == 4 && strncasecmp(text + w, "atau", 4) == 0) ||
			    angka_word_is_one_of(text + w, len, compared) ||
			    (followed && angka_word_is_one_of(text + w, len, conjunctions))) {
				pe = i;
				break;
			}
		}
		/* "Dalam dokumen LKPJ yang diterima Pansus, cakupan kepesertaan ...
		 * 47,8 persen": an opening phrase set off by a comma is no part of
		 * the quantity's own words (its clause still holds it). */
		for (size_t i = qs[k].q.start; i > ps; i--) {
			if (text[i - 1] == ',' && !inside_quantity(qs, n, i - 1)) {
				ps = i;
				break;
			}
		}
		qs[k].phrase_start = ps;
		qs[k].phrase_end = pe;
	}
}

/* Where the sentence turns against what came before after `from` (a "but"
 * connective: "namun", "tetapi"), or end. */
size_t angka_reader_turn_after(const angka_lexicon_hit *connectives, size_t n_connectives,
                               size_t from, size_t end)
{
	for (size_t c = 0; c < n_connectives; c++)
		if (connectives[c].start >= from && connectives[c].start < end &&
		    strcmp(connectives[c].value, "but") == 0)
			return connectives[c].start;
	return end;
}

/* Does [from, to) hold a quantity of qs[0, n)? */
static bool holds_quantity(const qread *qs, size_t n, size_t from, size_t to)
{
	for (size_t k = 0; k < n; k++)
		if (qs[k].q.start >= from && qs[k].q.end <= to)
			return true;
	return false;
}

/* A headline's statements are parted by commas, and one that states no
 * number says something else ("Baru 31,60 Persen Pekerja di Inhil Ikut
 * BPJS Ketenagakerjaan, Petani Kelapa Jadi Sasaran"): its words say nothing
 * of the numbers of the others ("465 Pekerja Terlindungi, 46,2 Persen dari
 * Potensi" is one statement). Widens [*from, *to) to the run of statements
 * around it, within [start, end), that each hold a quantity of qs[0, n). */
void angka_reader_statements_around(size_t *from, size_t *to, const char *text, size_t start,
                                    size_t end, const qread *qs, size_t n)
{
	size_t a = *from, b = *to;
	while (a > start && text[a - 1] != ',')
		a--;
	while (a > start) {
		size_t prev = a - 1;
		while (prev > start && text[prev - 1] != ',')
			prev--;
		if (!holds_quantity(qs, n, prev, a - 1))
			break;
		a = prev;
	}
	while (b < end && text[b] != ',')
		b++;
	while (b < end) {
		size_t next = b + 1;
		while (next < end && text[next] != ',')
			next++;
		if (!holds_quantity(qs, n, b + 1, next))
			break;
		b = next;
	}
	*from = a;
	*to = b;
}

size_t angka_reader_subject_end(const char *text, size_t start, size_t before)
{
	static const char *const opens[] = {"jumlah ", "total ", "banyaknya ", NULL};
	bool subject = false;
	for (size_t i = 0; opens[i] && !subject; i++)
		subject = strncasecmp(text + start, opens[i], strlen(opens[i])) == 0;
	if (!subject)
		return start;
	size_t end = start;
	while (end < before && text[end] != ',')
		end++;
	return end < before ? end : start;
}

/* Does text[from, to), between two quantities, make the first a part of the
 * second: a word or two it counts, then "dari" ("pekerja dari", "dari
 * total")? */
bool angka_reader_part_before(const char *text, size_t from, size_t to)
{
	size_t words = 0;
	for (size_t i = from; i < to;) {
		while (i < to && text[i] == ' ')
			i++;
		size_t w = i;
		while (i < to && isalpha((unsigned char)text[i]))
			i++;
		if (i == w)
			return false;
		if (i - w == 4 && strncasecmp(text + w, "dari", 4) == 0)
			return true;
		if (++words > 2)
			return false;
	}
	return false;
}
