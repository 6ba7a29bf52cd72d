/* Which of the places an article names no figure speaks of: datelines,
 * venues, the speaker's office, glosses, places that qualify the one before,
 * abbreviations the article defines as something else, and the scope of a
 * ranking. */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"

/* A dash: "-", "–" or "—". */
static bool is_dash(const char *s)
{
	return *s == '-' || strncmp(s, "\xE2\x80\x93", 3) == 0 ||
	       strncmp(s, "\xE2\x80\x94", 3) == 0;
}

/* A separator after a dateline's place: "Siak (ANTARA) -", "PADANG, ...",
 * "JAKARTA.", "Jakarta –". */
static bool dateline_separator(const char *s)
{
	while (*s == ' ')
		s++;
	return *s == ',' || *s == '(' || *s == '.' || is_dash(s);
}

/* Does the place at `at` open its paragraph, or follow only an outlet's
 * name ("TRIBUN-MEDAN.com, MEDAN -", "SPN News – Jakarta,")? Not after a
 * preposition ("Di Kota Padang, ..." names what the sentence speaks of) nor
 * a list's number ("2. Kota Samarinda: ..."). */
static bool opens_paragraph(const char *text, size_t paragraph_start, size_t at)
{
	size_t w = at;
	while (w > paragraph_start && text[w - 1] == ' ')
		w--;
	if (w == paragraph_start)
		return true;
	char before = text[w - 1];
	return before == ',' || before == '-' || before == ')' ||
	       (w >= paragraph_start + 3 && (unsigned char)text[w - 3] == 0xE2 &&
	        (unsigned char)text[w - 2] == 0x80);
}

/* "POSSINDO.COM, Palangka Raya – ...", "Semarang (ANTARA) -": the place a
 * report was filed from opens a paragraph, followed by a comma, a bracket or
 * a dash; it is not what the sentence speaks of. */
static bool is_dateline(const angka_article *article, const angka_sentence *sentence,
                        const angka_region_mention *m)
{
	if (article->dateline_place == NULL || sentence->paragraph >= article->n_paragraphs ||
	    sentence->paragraph > 5)
		return false;
	size_t paragraph_start = article->paragraphs[sentence->paragraph].start;
	size_t len = strlen(article->dateline_place);
	if (m->start > paragraph_start + 40 ||
	    !opens_paragraph(article->text, paragraph_start, m->start))
		return false;
	const char *after = article->text + m->end;
	while (*after == ' ')
		after++;
	/* Further down, "Kota Ternate: 63,48 persen" is a list's item: a story
	 * filed from Ternate still lists it. */
	bool separated = *after == ',' || *after == '(' || is_dash(after) ||
	                 (*after == ':' && sentence->paragraph <= 2);
	/* "Kota Banjarmasin, meski memiliki ... 218 ribu orang": a subject, as
	 * its comma goes on in words; a dateline's goes on to the outlet, the
	 * date or the dash ("BANJARMASIN, JEJAKREKAM –", "Jakarta, 12 Mei"). */
	if (*after == ',') {
		const char *next = after + 1;
		while (*next == ' ')
			next++;
		separated = !islower((unsigned char)*next);
	}
	if (!separated)
		return false;
	for (size_t i = m->start; i + len <= m->end; i++)
		if (strncasecmp(article->text + i, article->dateline_place, len) == 0)
			return true;
	return false;
}

/* "Kabupaten Bogor, Jawa Barat, mencatat ...": a place in mixed case whose
 * comma no dash or bracket follows soon opens a statement, not a dateline
 * ("Bogor, Kompas.com -", "PADANG, HARIANHALUAN.id—" are datelines). */
static bool opens_a_statement(const char *text, const angka_region_mention *m)
{
	size_t i = m->end;
	while (text[i] == ' ')
		i++;
	if (text[i] != ',')
		return false;
	bool upper = true;
	for (size_t k = m->start; k < m->end && upper; k++)
		upper = !(text[k] >= 'a' && text[k] <= 'z');
	if (upper)
		return false;
	for (size_t k = i + 1; k < i + 48 && text[k] != '\0' && text[k] != '\n'; k++)
		if (text[k] == '(' || text[k] == ')' || is_dash(text + k))
			return false;
	return true;
}

/* Is the place at [start, end) of a sentence where a story was filed from: at
 * the start of one of the first paragraphs (after an outlet's name such as
 * "KONTAN.CO.ID - "), followed by a dateline's separator? */
static bool is_dateline_place(const angka_article *article, const angka_sentence *sentence,
                              const angka_region_mention *m)
{
	if (sentence->paragraph >= article->n_paragraphs || sentence->paragraph > 2)
		return false;
	size_t paragraph_start = article->paragraphs[sentence->paragraph].start;
	if (m->start > paragraph_start + 48 || !dateline_separator(article->text + m->end))
		return false;
	return opens_paragraph(article->text, paragraph_start, m->start) &&
	       !opens_a_statement(article->text, m);
}

/* The words for an area a place may come after: "di wilayah Bali". */
const char *const norm_area_words[] = {"wilayah ", "daerah ", "kawasan ", "seluruh ", NULL};

/* "di wilayah Bali", "di daerah Bali": before[0, len) without the word for
 * an area the place comes after; its new length. */
static size_t without_area_word(char *before, size_t len)
{
	for (size_t i = 0; norm_area_words[i]; i++) {
		size_t wl = strlen(norm_area_words[i]);
		if (len > wl && strcasecmp(before + len - wl, norm_area_words[i]) == 0 &&
		    before[len - wl - 1] == ' ') {
			before[len - wl] = '\0';
			return len - wl;
		}
	}
	return len;
}

/* The window bytes of the sentence before at (fewer at its start) into
 * before, lower-cased, without the word for an area right before at; its
 * length. */
#define WINDOW_MAX 24
static size_t words_before(char before[WINDOW_MAX + 1], const char *text, size_t sentence_start,
                           size_t at, size_t window)
{
	size_t from = at > sentence_start + window ? at - window : sentence_start;
	size_t len = at - from;
	for (size_t k = 0; k < len; k++)
		before[k] = (char)tolower((unsigned char)text[from + k]);
	before[len] = '\0';
	return without_area_word(before, len);
}

/* Does the word (with its space: "di ", "kepada ") come right before at,
 * past an area word ("di wilayah", "di daerah", "di kawasan")? */
static bool right_after(const char *text, size_t sentence_start, size_t at, const char *word)
{
	char before[WINDOW_MAX + 1];
	size_t len = words_before(before, text, sentence_start, at, 20), n = strlen(word);
	return len >= n && strcmp(before + len - n, word) == 0 &&
	       (len == n || before[len - n - 1] == ' ');
}

/* Does a phrase of class value (rules/lexicon/places.tsv) end at most
 * within bytes before the mention, with none of the characters of stops
 * between it and the mention? */
static bool phrase_before(const char *text, const angka_lexicon_hit *places, size_t n_places,
                          const angka_region_mention *m, const char *value, size_t within,
                          const char *stops)
{
	for (size_t i = 0; i < n_places && places[i].end <= m->start; i++) {
		const angka_lexicon_hit *p = &places[i];
		if (strcmp(p->value, value) != 0 || m->start - p->end > within)
			continue;
		size_t k = p->end;
		while (k < m->start && strchr(stops, text[k]) == NULL)
			k++;
		if (k == m->start)
			return true;
	}
	return false;
}

/* Does a phrase of class value start at most within bytes after the
 * mention, with none of the characters of stops between? */
static bool phrase_after(const char *text, const angka_lexicon_hit *places, size_t n_places,
                         const angka_region_mention *m, const char *value, size_t within,
                         const char *stops)
{
	for (size_t i = 0; i < n_places; i++) {
		const angka_lexicon_hit *p = &places[i];
		if (p->start < m->end || strcmp(p->value, value) != 0 || p->start - m->end > within)
			continue;
		size_t k = m->end;
		while (k < p->start && strchr(stops, text[k]) == NULL)
			k++;
		if (k == p->start)
			return true;
	}
	return false;
}

/* "... kata Indah di Jakarta, Senin (8/12/2025)": "di" a place, a comma and
 * a day of the week say where and when something was said. */
static bool said_on_a_day(const char *text, size_t sentence_start, const angka_region_mention *m)
{
	static const char *const days[] = {"Senin", "Selasa", "Rabu",   "Kamis",
	                                   "Jumat", "Sabtu",  "Minggu", NULL};
	/* "di Jakarta, Selasa (2/9)", and the end of an address: "di Gedung
	 * Nusantara I, Senayan, Jakarta, Selasa (2/9/2025)" */
	bool address = m->start >= sentence_start + 2 && text[m->start - 1] == ' ' &&
	               text[m->start - 2] == ',';
	if (!address && !right_after(text, sentence_start, m->start, "di "))
		return false;
	const char *after = text + m->end;
	if (after[0] != ',' || after[1] != ' ')
		return false;
	size_t len = 0;
	while (after[2 + len] >= 'A' && after[2 + len] <= 'z')
		len++;
	return angka_word_is_one_of(after + 2, len, days);
}

/* "di Aula Kantor Gubernur, Padang": a venue, a comma, and the place right
 * after it (not "dilayani kantornya, peserta aktif di Labuhanbatu Utara",
 * where a clause goes on after the comma). */
static bool venue_address_before(const char *text, const angka_lexicon_hit *places, size_t n_places,
                                 const angka_region_mention *m)
{
	size_t comma = m->start;
	while (comma > 0 && m->start - comma < 16 && text[comma - 1] != ',' &&
	       text[comma - 1] != '.' && text[comma - 1] != ';')
		comma--;
	if (comma == 0 || text[comma - 1] != ',')
		return false;
	angka_region_mention at = {.start = comma - 1, .end = comma - 1};
	return phrase_before(text, places, n_places, &at, "venue", 40, ".;,");
}

/* "di Pro 1 RRI Palembang", "di Hotel Swarna Dwipa Palembang": where the
 * "di" is whose name (capitalised words and numbers, at most four) the
 * mention ends, or SIZE_MAX. */
static size_t di_before_name(const char *text, size_t sentence_start, size_t at)
{
	size_t i = at;
	for (int words = 0; words <= 4; words++) {
		while (i > sentence_start && text[i - 1] == ' ')
			i--;
		size_t e = i;
		while (i > sentence_start && text[i - 1] != ' ')
			i--;
		if (i == e)
			return SIZE_MAX;
		if (e - i == 2 && strncasecmp(text + i, "di", 2) == 0)
			return words > 0 ? i : SIZE_MAX;
		unsigned char c = (unsigned char)text[i];
		if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9'))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The phrases of places.tsv that say a place after them is where something
 * happened, not what a figure speaks of: venues ("Hotel", "Gedung", "Aula")
 * within a few words before it, and speech or event words ("ujar", "kata",
 * "digelar") anywhere before "di PLACE" (or "di Name ... PLACE": "di Pro 1
 * RRI Palembang") in the sentence with no number or comma between ("kata
 * Agustinus, cakupan di Provinsi X" goes on to what was said), or before
 * "kepada X": whom it was said to
 * ("kata Hendra kepada METRO" names the outlet, not Kota Metro). */
static bool is_venue(const char *text, const angka_sentence *sentence,
                     const angka_lexicon_hit *places, size_t n_places,
                     const angka_region_mention *m)
{
	size_t di = di_before_name(text, sentence->start, m->start);
	angka_region_mention named = {.start = di, .end = di};
	return said_on_a_day(text, sentence->start, m) ||
	       phrase_before(text, places, n_places, m, "venue", 40, ".;,") ||
	       venue_address_before(text, places, n_places, m) ||
	       ((right_after(text, sentence->start, m->start, "di ") ||
	         right_after(text, sentence->start, m->start, "kepada ")) &&
	        phrase_before(text, places, n_places, m, "speech", SIZE_MAX, "0123456789,")) ||
	       (di != SIZE_MAX &&
	        phrase_before(text, places, n_places, &named, "speech", SIZE_MAX, "0123456789"));
}

/* Is the mention what a figure said before it is compared with: a
 * "compared" phrase ("rata-rata", "dibandingkan") shortly before it, in the
 * same clause, with no number between? */
static bool is_compared(const char *text, const angka_lexicon_hit *places, size_t n_places,
                        const angka_region_mention *m)
{
	/* "..., di bawah rata-rata nasional": an average said as the place is
	 * compared with, as "rata-rata NTB" is. */
	return phrase_before(text, places, n_places, m, "compared", 30, "0123456789.;,") ||
	       strncasecmp(text + m->start, "rata-rata ", 10) == 0;
}

bool norm_breaks_between(const char *text, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++)
		if ((text[k] >= '0' && text[k] <= '9') || text[k] == '.' || text[k] == ';' ||
		    text[k] == '"')
			return true;
	return false;
}

/* Is text[from, to) a person's name and its comma: capitalised words, then
 * ", " ("Umardin Lubis, ")? */
static bool names_before(const char *text, size_t from, size_t to)
{
	size_t i = from;
	while (i < to && text[i] == ' ')
		i++;
	if (i >= to || !isupper((unsigned char)text[i]) || to - from < 3 || text[to - 2] != ',' ||
	    text[to - 1] != ' ')
		return false;
	for (; i < to - 2; i++)
		if (!(isalpha((unsigned char)text[i]) || text[i] == ' ' || text[i] == '.' ||
		      text[i] == '\''))
			return false;
	return true;
}

/* Is the place between an office's title and the verb that reports its
 * words ("Kepala Kantor Wilayah BPJS Ketenagakerjaan Sulawesi Maluku
 * mengatakan, ...", "..., kata Kepala BPJS Ketenagakerjaan Cabang X")? It
 * names the speaker, not what is said. */
static bool is_speakers_office(const char *text, const angka_lexicon_hit *places, size_t n_places,
                               const angka_region_mention *m)
{
	bool titled = false;
	const angka_lexicon_hit *said = NULL;
	for (size_t i = 0; i < n_places; i++) {
		const angka_lexicon_hit *p = &places[i];
		/* "..., kata Kepala BPJS Ketenagakerjaan Cabang Pekalongan": the
		 * office named after the verb that reports the words before. */
		if (strcmp(p->value, "speech") == 0 && p->end <= m->start)
			said = p;
		/* ... also past the speaker's name: "..., ujar Umardin Lubis, Deputi
		 * Direktur Wilayah Sumbagut" */
		if (said && strcmp(p->value, "title") == 0 && p->start >= said->end &&
		    (p->start - said->end <= 2 ||
		     (p->start - said->end <= 40 && names_before(text, said->end, p->start))) &&
		    p->end <= m->start && m->start - p->end <= 80 &&
		    !norm_breaks_between(text, p->end, m->start))
			return true;
		if (strcmp(p->value, "title") == 0 && p->end <= m->start &&
		    m->start - p->end <= 80 && !norm_breaks_between(text, p->end, m->start))
			titled = true;
		if (titled && strcmp(p->value, "says") == 0 && p->start >= m->end &&
		    p->start - m->end <= 80 && !norm_breaks_between(text, m->end, p->start))
			return true;
	}
	return false;
}

/* "JP Radar Kediri", "(REZA FAHLEVI/RADAR KEDIRI)", "Tribun Timur", "Lombok
 * Post", "Riau Pos", "Pos Kupang", "Jambi Ekspres": a newspaper named after
 * its town is no mention of the town. */
static bool names_an_outlet(const char *text, size_t sentence_start, const angka_region_mention *m)
{
	static const char *const before[] = {"radar ", "tribun ", NULL};
	for (size_t i = 0; before[i]; i++) {
		size_t n = strlen(before[i]);
		if (m->start >= sentence_start + n &&
		    strncasecmp(text + m->start - n, before[i], n) == 0)
			return true;
	}
	if (m->start >= sentence_start + 4 && strncmp(text + m->start - 4, "Pos ", 4) == 0)
		return true;
	static const char *const after[] = {" Post", " Pos", " Ekspres", " Express", NULL};
	for (size_t i = 0; after[i]; i++) {
		size_t n = strlen(after[i]);
		if (strncmp(text + m->end, after[i], n) == 0 &&
		    !isalpha((unsigned char)text[m->end + n]))
			return true;
	}
	return false;
}

/* Is the mention the end of a person's name set off by commas after a title
 * ("Kepala BPJS Ketenagakerjaan Cabang Maumere, Agustinus Dua Bali, saat
 * ditemui ...")? Words capitalised as names are, right before it, that no
 * place or office is named by. */
static bool ends_a_name(const char *text, size_t sentence_start, const angka_region_mention *m)
{
	static const char *const not_names[] = {"Provinsi",  "Kota",
	                                        "Kabupaten", "Kab",
	                                        "Pemprov",   "Pemkab",
	                                        "Pemkot",    "Pemko",
	                                        "Cabang",    "Wilayah",
	                                        "Kanwil",    "BPJS",
	                                        "Jamsostek", "Ketenagakerjaan",
	                                        "Kantor",    "Dinas",
	                                        "Daerah",    "Di",
	                                        "Dan",       "Se",
	                                        NULL};
	size_t at = m->start, words = 0;
	while (at > sentence_start + 1 && text[at - 1] == ' ' && words < 4) {
		size_t w = at - 1;
		while (w > sentence_start && text[w - 1] != ' ' && text[w - 1] != ',')
			w--;
		if (!(text[w] >= 'A' && text[w] <= 'Z'))
			break;
		for (size_t k = w; k < at - 1; k++)
			if (!((text[k] >= 'a' && text[k] <= 'z') ||
			      (text[k] >= 'A' && text[k] <= 'Z')))
				return false;
		if (angka_word_is_one_of(text + w, at - 1 - w, not_names))
			return false;
		words++;
		at = w;
	}
	if (words == 0 || at <= sentence_start + 1 || text[at - 1] != ' ' || text[at - 2] != ',')
		return false;
	const char *after = text + m->end;
	return *after == ',';
}

/* Does a capitalised word (a name) end at s[at], or before " yang" there? */
static bool follows_a_name(const char *s, size_t at)
{
	if (at >= 5 && strncmp(s + at - 5, " yang", 5) == 0)
		at -= 5;
	size_t w = at;
	while (w > 0 && s[w - 1] != ' ')
		w--;
	return w < at && isupper((unsigned char)s[w]);
}

/* "Kantor Cabang Malang yang wilayah kerjanya meliputi Kota Malang dan Kota
 * Batu mencatat 263.540 peserta aktif", "Kanwil Sumbagut yang membawahi
 * Aceh dan Sumatera Utara berada di angka 38,2 persen": where an office's
 * working area is said to reach, [*from, *to) (the places listed after
 * "meliputi" or "membawahi" up to the next number); false when the
 * sentence says none. The figure is the office's, not the places'. */
static bool office_area(const char *text, const angka_sentence *sentence, size_t *from, size_t *to)
{
	static const char *const reaches[] = {" meliputi ", " mencakup ", NULL};
	static const char *const heads[] = {" membawahi ", " membawahkan ", NULL};
	size_t len = sentence->end - sentence->start;
	const char *s = text + sentence->start, *area = NULL;
	/* (A word's first letter is looked at before the words: this runs over
	 * every sentence.) */
	for (size_t i = 0; i + 13 <= len && area == NULL; i++) {
		if ((s[i] | 0x20) != 'w' || strncasecmp(s + i, "wilayah kerja", 13) != 0)
			continue;
		for (const char *a = s + i + 13; a < s + len && a < s + i + 53 && !area; a++)
			for (size_t r = 0; reaches[r] && !area; r++)
				if ((size_t)(s + len - a) >= strlen(reaches[r]) &&
				    strncasecmp(a, reaches[r], strlen(reaches[r])) == 0)
					area = a + strlen(reaches[r]);
		if (area == NULL)
			return false;
	}
	/* ... over what a named office heads ("Kanwil Sumbagut yang membawahi
	 * ..."; not "cabang yang membawahi Kota Bima ...", which names no
	 * office of its own: that is the place it sits in) */
	for (size_t i = 0; i + 1 < len && area == NULL; i++)
		for (size_t h = 0;
		     heads[h] && area == NULL && s[i] == ' ' && (s[i + 1] | 0x20) == 'm'; h++)
			if (len - i >= strlen(heads[h]) &&
			    strncasecmp(s + i, heads[h], strlen(heads[h])) == 0 &&
			    follows_a_name(s, i))
				area = s + i + strlen(heads[h]);
	if (area == NULL)
		return false;
	*from = *to = (size_t)(area - text);
	while (*to < sentence->end && !(text[*to] >= '0' && text[*to] <= '9'))
		(*to)++;
	return true;
}

/* "kantor cabang perintis yang juga melayani Kabupaten Melawi itu telah
 * membayarkan klaim ...": a place an office is said to serve, said right
 * before it, is where its area reaches, not its own place. */
static bool serves_before(const char *text, size_t sentence_start, size_t at)
{
	/* also "melayani peserta di Kabupaten Soppeng", "melayani pekerja di",
	 * and the places listed after it ("yang melayani kawasan Agam, Tanah
	 * Datar hingga Pasaman") */
	static const char *const fillers[] = {"kawasan", "wilayah", "daerah", "peserta",
	                                      "pekerja", "di",      "dan",    "serta",
	                                      "hingga",  "sampai",  "juga",   NULL};
	size_t from = at > sentence_start + 160 ? at - 160 : sentence_start;
	size_t i = at;
	while (i > from) {
		size_t end = i;
		while (end > from && (text[end - 1] == ' ' || text[end - 1] == ','))
			end--;
		size_t w = end;
		while (w > from && text[w - 1] != ' ' && text[w - 1] != ',')
			w--;
		if (w == end)
			return false;
		if (end - w == 8 && strncasecmp(text + w, "melayani", 8) == 0)
			return true;
		for (size_t k = w; k < end; k++)
			if (isdigit((unsigned char)text[k]) || text[k] == '.' || text[k] == ';')
				return false;
		if (!isupper((unsigned char)text[w]) &&
		    !angka_word_is_one_of(text + w, end - w, fillers))
			return false;
		i = w;
	}
	return false;
}

/* "Provinsi Aceh, yang juga berada di bawah koordinasi Kanwil Sumbagut,
 * cakupan ...", "untuk lingkup Sulawesi Selatan, berdasarkan data Kantor
 * Wilayah ... Sulawesi Maluku, peserta aktif ...": an office's area named in
 * an aside set off by commas after a place, one that says what the place
 * is under or whose data it is, is not what the sentence speaks of. */
static bool office_in_aside(const char *text, size_t sentence_start, size_t sentence_end,
                            const angka_region_mention *m)
{
	static const char *const openers[] = {"yang ",         "berdasarkan data ", "menurut data ",
	                                      "mengacu data ", "merujuk data ",     NULL};
	size_t open = m->start;
	while (open > sentence_start && text[open - 1] != ',') {
		if (isdigit((unsigned char)text[open - 1]) || text[open - 1] == '.' ||
		    m->start - open > 100)
			return false;
		open--;
	}
	if (open == sentence_start)
		return false;
	while (open < m->start && text[open] == ' ')
		open++;
	bool opens = false;
	for (size_t i = 0; openers[i] && !opens; i++)
		opens = strncasecmp(text + open, openers[i], strlen(openers[i])) == 0;
	if (!opens)
		return false;
	for (size_t i = m->end; i < sentence_end && i < m->end + 60; i++) {
		if (text[i] == ',')
			return true;
		if (isdigit((unsigned char)text[i]) || text[i] == '.')
			return false;
	}
	return false;
}

/* "BPJamsostek Kantor Wilayah Bali, Nusa Tenggara dan Papua (Banuspa)
 * mencatat 935.079 peserta ... di Pulau Dewata": the places an office's
 * name lists are its name, not where what it records is; one place after
 * "Kanwil" still names the office's area ("Kanwil ... Sumbagut"). */
static void name_offices(const char *text, size_t sentence_start, sentence_context *sc)
{
	static const char *const offices[] = {"Kantor Wilayah ",
	                                      "Kanwil ",
	                                      "Kantor Wilayah BPJS Ketenagakerjaan ",
	                                      "Kanwil BPJS Ketenagakerjaan ",
	                                      "Kanwil BPJamsostek ",
	                                      "Kantor Wilayah BPJamsostek ",
	                                      NULL};
	static const char *const joins[] = {", dan ", ", ", " dan ", NULL};
	for (size_t i = 0; i < sc->n_regions; i++) {
		size_t at = sc->regions[i].start;
		bool office = false;
		for (size_t o = 0; offices[o] && !office; o++) {
			size_t len = strlen(offices[o]);
			office = at >= sentence_start + len &&
			         strncmp(text + at - len, offices[o], len) == 0;
		}
		if (!office)
			continue;
		/* the name lists places, joined by commas and "dan", of capitalised
		 * words ("Bali, Nusa Tenggara dan Papua": Nusa Tenggara is no one
		 * province); not "Sumbagsel, Rudi Hartono, ..." nor "Kalimantan, UCJ
		 * Kalimantan Utara ...", where what follows the comma is no place */
		size_t end = at, places = 0, k = i;
		bool last_place = false;
		for (;;) {
			size_t item = end;
			while (k < sc->n_regions && sc->regions[k].start < item)
				k++;
			last_place = k < sc->n_regions && sc->regions[k].start == item;
			places += last_place;
			while (isupper((unsigned char)text[end])) {
				while (isalpha((unsigned char)text[end]) || text[end] == '-')
					end++;
				if (text[end] == ' ' && isupper((unsigned char)text[end + 1]))
					end++;
			}
			size_t next = 0;
			for (size_t j = 0; joins[j] && next == 0; j++)
				if (strncmp(text + end, joins[j], strlen(joins[j])) == 0 &&
				    isupper((unsigned char)text[end + strlen(joins[j])]))
					next = end + strlen(joins[j]);
			if (next == 0)
				break;
			end = next;
		}
		if (places < 2 || !last_place)
			continue;
		for (size_t m = i; m < sc->n_regions && sc->regions[m].start < end; m++) {
			if (sc->regions[m].ignored == NULL)
				sc->regions[m].ignored = "an office's name";
			i = m;
		}
	}
}

/* Mark the mentions no figure speaks of: datelines, venues, a province that
 * only qualifies the regency or city before it ("Kabupaten Siak Provinsi
 * Riau", "Kota Kendari, Provinsi Sulawesi Tenggara (Sultra)"), and places in
 * brackets that gloss the one before ("Sumbagut (Sumut dan Aceh)"). */
static void mark_each(const angka_article *article, const angka_sentence *sentences,
                      sentence_context *sc, size_t n, const place_words *words)
{
	const char *text = article->text;
	for (size_t s = 0; s < n; s++) {
		bool unread = false;
		for (size_t i = 0; i < sc[s].n_regions && !unread; i++)
			unread = sc[s].regions[i].ignored == NULL && !sc[s].regions[i].marked;
		if (!unread)
			continue;
		const angka_lexicon_hit *places = words[s].hits;
		size_t n_places = words[s].n;
		size_t area_from = 0, area_to = 0;
		bool area = office_area(text, &sentences[s], &area_from, &area_to);
		/* "Kepala BPJS Kesehatan Cabang Tarakan, yang wilayah kerjanya
		 * mencakup Nunukan, menyebut ...": who the speaker is, not what
		 * is said */
		for (size_t p = 0; p < n_places && area; p++)
			if (strcmp(places[p].value, "says") == 0 && places[p].start >= area_from)
				area = false;
		name_offices(text, sentences[s].start, &sc[s]);
		for (size_t i = 0; i < sc[s].n_regions; i++) {
			angka_region_mention *m = &sc[s].regions[i];
			if (m->ignored || m->marked)
				continue;
			m->marked = true;
			bool in_name = false;
			for (size_t p = 0; p < n_places && !in_name; p++)
				in_name = strcmp(places[p].value, "none") == 0 &&
				          places[p].start <= m->start && m->end <= places[p].end;
			if (in_name || ends_a_name(text, sentences[s].start, m)) {
				m->ignored = "part of a name";
				continue;
			}
			if (names_an_outlet(text, sentences[s].start, m)) {
				m->ignored = "an outlet's name";
				continue;
			}
			if (m->region->level == ANGKA_REGION_GROUPING && i > 0 &&
			    office_in_aside(text, sentences[s].start, sentences[s].end, m)) {
				m->ignored = "an office named in an aside on the place before it";
				continue;
			}
			/* "ibu kota Provinsi Maluku itu", "kabupaten paling luas di DIY
			 * itu": a place inside words that point back at another */
			bool capital = false;
			for (size_t p = 0; p < n_places && !capital; p++)
				capital = strncmp(places[p].value, "that-", 5) == 0 &&
				          places[p].start < m->start && m->end <= places[p].end;
			if (capital) {
				m->ignored = "qualifies the place pointed back at";
				continue;
			}
			if (is_dateline(article, &sentences[s], m) ||
			    is_dateline_place(article, &sentences[s], m)) {
				m->ignored = "the dateline";
				continue;
			}
			if (is_venue(text, &sentences[s], places, n_places, m)) {
				m->ignored = "a venue";
				continue;
			}
			if ((area && m->start >= area_from && m->end <= area_to) ||
			    serves_before(text, sentences[s].start, m->start)) {
				m->ignored = "where an office's working area reaches";
				continue;
			}
			/* "Kepala Kanwil ... Sumbagsel, ..., menyebutkan wilayah
			 * kerjanya ... melindungi 3,46 juta": the office's own figure */
			if (!area && is_speakers_office(text, places, n_places, m)) {
				m->ignored = "the speaker's office";
				m->speaker = true;
				continue;
			}
			if (norm_in_inclusion(text, sentences[s].start, m->start)) {
				m->ignored = "an aside of what is included";
				continue;
			}
			m->compared = is_compared(text, places, n_places, m);
			m->ranked = phrase_after(text, places, n_places, m, "rank", 40,
			                         "0123456789.;,:");
			if (i == 0)
				continue;
			const angka_region_mention *before = &sc[s].regions[i - 1];
			size_t gap = m->start - before->end;
			const char *between = text + before->end;
			bool adjacent = gap <= 12;
			/* "Kabupaten Musi Banyuasin (Muba), Sumatera Selatan": past the
			 * gloss's bracket too */
			for (size_t k = 0; k < gap && adjacent; k++)
				adjacent = between[k] == ' ' || between[k] == ',' ||
				           between[k] == '(' || between[k] == ')';
			bool qualifies = before->region->parent_code && m->region->code &&
			                 strcmp(before->region->parent_code, m->region->code) == 0;
			if (adjacent && qualifies) {
				m->ignored = before->ignored ? before->ignored
				                             : "qualifies the place before";
				continue;
			}
			/* In brackets right after another place: "Sumatera Utara (Sumut)". */
			size_t open = before->end;
			while (open < m->start && text[open] == ' ')
				open++;
			if (open < m->start && text[open] == '(') {
				bool closed = false;
				for (size_t k = open; k < m->start && !closed; k++)
					closed = text[k] == ')';
				if (!closed) {
					m->ignored = "glosses the place before";
					continue;
				}
			}
			if (before->ignored &&
			    strcmp(before->ignored, "glosses the place before") == 0 &&
			    text[before->end] != ')') {
				bool closed = false;
				for (size_t k = before->end; k < m->start && !closed; k++)
					closed = text[k] == ')';
				if (!closed)
					m->ignored = before->ignored;
			}
		}
	}
}

/* "pekerja penerima upah (PPU)": a place's abbreviation in brackets right
 * after words that are no place is what the article abbreviates so, not the
 * place, wherever the article writes it. */
static void mark_redefined(const char *text, sentence_context *sc, size_t n)
{
	enum { DEFINED_MAX = 8 };
	const angka_region_mention *defined[DEFINED_MAX];
	size_t n_defined = 0;
	for (size_t s = 0; s < n; s++)
		for (size_t i = 0; i < sc[s].n_regions && n_defined < DEFINED_MAX; i++) {
			const angka_region_mention *m = &sc[s].regions[i];
			size_t open = m->start;
			while (open > 0 && text[open - 1] == ' ')
				open--;
			if (open < 2 || text[open - 1] != '(' || text[m->end] != ')')
				continue;
			size_t word = open - 1;
			while (word > 0 && text[word - 1] == ' ')
				word--;
			bool after_place = i > 0 && sc[s].regions[i - 1].end == word;
			if (!after_place && word > 0 && isalpha((unsigned char)text[word - 1]))
				defined[n_defined++] = m;
		}
	for (size_t d = 0; d < n_defined; d++) {
		size_t len = defined[d]->end - defined[d]->start;
		for (size_t s = 0; s < n; s++)
			for (size_t i = 0; i < sc[s].n_regions; i++) {
				angka_region_mention *m = &sc[s].regions[i];
				if (m->end - m->start == len &&
				    memcmp(text + m->start, text + defined[d]->start, len) == 0)
					m->ignored =
					        "an abbreviation the article defines as no place";
			}
	}
}

/* Does nothing ranked come before the ranking word that ends head[0, len)
 * (lower case, the words before a mention; whole: from the sentence's
 * start)? "Terendah di Kabupaten Sambas dengan 11 persen", "Tertinggi Kota
 * Pontianak 48 persen, sedangkan terendah Kabupaten Kayong Utara 11
 * persen": the ranking opens its clause, and the place after it is what
 * ranks, not the ranking's scope. */
static bool opens_its_clause(const char *head, size_t len, bool whole)
{
	static const char *const openers[] = {"paling", "yang",   "sedangkan", "sementara",
	                                      "dan",    "serta",  "adapun",    "namun",
	                                      "posisi", "urutan", NULL};
	size_t from = len;
	while (from > 0 && head[from - 1] != ',' && head[from - 1] != ';' && head[from - 1] != ':')
		from--;
	if (from == 0 && !whole)
		return false;
	for (size_t i = from; i < len;) {
		while (i < len && (head[i] == ' ' || head[i] == '"' || head[i] == '(' ||
		                   (unsigned char)head[i] >= 0x80))
			i++;
		size_t w = i;
		while (i < len && head[i] != ' ')
			i++;
		if (i > w && !angka_word_is_one_of(head + w, i - w, openers))
			return false;
	}
	return true;
}

/* The same, of the ranking word tail that ends right before at, read
 * from the text back to its clause's start (at most 80 bytes). */
static bool ranking_opens_its_clause(const char *text, size_t sentence_start, size_t at,
                                     const char *tail)
{
	char head[81];
	size_t from = at > sentence_start + 80 ? at - 80 : sentence_start, len = at - from;
	for (size_t k = 0; k < len; k++)
		head[k] = (char)tolower((unsigned char)text[from + k]);
	head[len] = '\0';
	size_t tl = strlen(tail);
	return len >= tl && strcmp(head + len - tl, tail) == 0 &&
	       opens_its_clause(head, len - tl, from == sentence_start);
}

/* Is mention m the scope of a ranking or a place in a wider one ("tertinggi
 * di Sulawesi Utara", "se-Provinsi Jambi", "Kanwil ... di Sumatera Utara")
 * rather than what a figure speaks of? */
bool norm_is_scope(const char *text, size_t sentence_start, const angka_region_mention *m,
                   bool place_before)
{
	char before[WINDOW_MAX + 1];
	size_t len = words_before(before, text, sentence_start, m->start, WINDOW_MAX);
	/* "di seluruh Kalteng" and "se-Kutim" name the place itself; "tertinggi
	 * (di|secara) ..." names the ranking's scope. */
	static const char *const tails[] = {
	        "tertinggi di ",     "terendah di ",      "terbanyak di ",    "terbesar di ",
	        "terbaik di ",       "tertinggi se-",     "terendah se-",     "paling tinggi di ",
	        "paling rendah di ", "paling banyak di ", "paling besar di ", "paling tinggi se-",
	        "paling rendah se-", "tertinggi ",        "terendah ",        "terbanyak ",
	        "terbesar ",         "yang pertama di ",  "yang pertama se-", "teratas di ",
	        "teratas se-",       "terbawah di ",      "terbawah se-",     "terkecil di ",
	        "terbanyak se-",     "terbesar se-",      "terbaik se-",      NULL};
	/* Unless the ranking's measure comes right before it and no place before
	 * that ranks: "cakupan terendah di Papua Pegunungan yang hanya 8,2
	 * persen" says where the lowest is; "Badung memiliki coverage tertinggi
	 * di Bali" in what Badung ranks. */
	static const char *const measures[] = {"cakupan ",    "cakupannya ", "pesertaan ",
	                                       "capaian ",    "capaiannya ", "coverage ",
	                                       "persentase ", NULL};
	for (size_t i = 0; tails[i]; i++) {
		size_t tl = strlen(tails[i]);
		if (len < tl || strcmp(before + len - tl, tails[i]) != 0)
			continue;
		if (ranking_opens_its_clause(text, sentence_start, m->start, tails[i]))
			return false;
		for (size_t k = 0; !place_before && measures[k]; k++) {
			size_t ml = strlen(measures[k]);
			if (len >= tl + ml && strncmp(before + len - tl - ml, measures[k], ml) == 0)
				return false; /* "pesertaan" ends "kepesertaan" */
		}
		return true;
	}
	/* "provinsi dengan peserta aktif terbanyak setelah DKI Jakarta",
	 * "kedua setelah Jawa Timur": what ranks above, not what is ranked. */
	static const char *const above[] = {
	        "terbanyak setelah ", "tertinggi setelah ", "terbesar setelah ",
	        "terendah setelah ",  "kedua setelah ",     "ketiga setelah ",
	        "keempat setelah ",   "kelima setelah ",    NULL};
	for (size_t i = 0; above[i]; i++) {
		size_t al = strlen(above[i]);
		if (len >= al && strcmp(before + len - al, above[i]) == 0)
			return true;
	}
	/* "peringkat 2 se-Sulut", "urutan ketiga di Jawa Timur": a rank's
	 * scope, whatever its number. */
	static const char *const ranks[] = {"peringkat", "ranking", "urutan", "juara", NULL};
	bool scope_word = len >= 3 && (strcmp(before + len - 3, "se-") == 0 ||
	                               strcmp(before + len - 3, "di ") == 0);
	for (size_t i = 0; scope_word && ranks[i]; i++)
		if (strstr(before, ranks[i]) != NULL)
			return true;
	return false;
}

void norm_mark_mentions(const angka_article *article, const angka_sentence *sentences,
                        sentence_context *sc, size_t n, const place_words *words)
{
	mark_each(article, sentences, sc, n, words);
	mark_redefined(article->text, sc, n);
}
