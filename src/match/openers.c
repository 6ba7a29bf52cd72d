/* How a sentence opens: what ties it to the sentence before (a list item,
 * a connective at its start, a noun pointed back at). Part of the reader
 * (reader.c), apart so that each file stays one reader's length. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "match/reader.h"
#include "util/lexicon.h"

/* Is at the first word of the sentence (after quotes and brackets)? */
bool angka_reader_at_sentence_start(const char *text, size_t start, size_t at)
{
	for (size_t i = start; i < at; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c != ' ' && c != '"' && c != '\'' && c != '(' && c < 0x80)
			return false;
	}
	return true;
}

/* "Pembayaran itu terdiri dari ...", "Data tersebut termasuk ...",
 * "Dari jumlah peserta ini ...": a sentence that opens with a noun (and one
 * word more) pointed back at by ini/itu/tersebut goes on from the sentence
 * before. Connectives and times built the same way do not: "Selain itu",
 * "Hal itu", "Saat ini", "Tahun ini". */
bool angka_reader_opens_pointing_back(const char *text, size_t start, size_t end, bool *part,
                                      bool *figure)
{
	static const char *const wholes[] = {"jumlah", "total", "angka", NULL};
	/* what names a figure, not a group ("kelompok ini") */
	static const char *const figures[] = {"jumlah",  "total",     "angka",
	                                      "capaian", "realisasi", "persentase",
	                                      "cakupan", "nilai",     NULL};
	static const char *const not_nouns[] = {
	        "hal",     "selain",    "sementara", "saat",   "tahun",   "bulan",  "hari",
	        "pekan",   "minggu",    "kali",      "masa",   "waktu",   "karena", "untuk",
	        "namun",   "pada",      "oleh",      "dalam",  "hingga",  "sampai", "sepanjang",
	        "di",      "dengan",    "melalui",   "atas",   "terkait", "selama", "setelah",
	        "sebelum", "menyambut", "akibat",    "berkat", "meski",   "walau",  NULL};
	static const char *const demonstratives[] = {"ini", "itu", "tersebut", NULL};
	size_t i = start;
	while (i < end && (text[i] == ' ' || text[i] == '"'))
		i++;
	bool of = end - i > 5 && strncasecmp(text + i, "dari ", 5) == 0, whole = false,
	     names_figure = false;
	if (of)
		i += 5;
	*part = *figure = false;
	for (size_t word = 0; word < 3 && i < end; word++) {
		size_t w = i;
		while (i < end && isalpha((unsigned char)text[i]))
			i++;
		if (i == w)
			return false;
		size_t len = i - w;
		if (word > 0 && angka_word_is_one_of(text + w, len, demonstratives)) {
			bool ends = i == end || !isalpha((unsigned char)text[i]);
			*part = ends && of && whole;
			*figure = ends && names_figure;
			return ends;
		}
		whole |= word == 0 && angka_word_is_one_of(text + w, len, wholes);
		names_figure |= word == 0 && angka_word_is_one_of(text + w, len, figures);
		if (word == 0 && angka_word_is_one_of(text + w, len, not_nouns))
			return false;
		if (i >= end || text[i] != ' ')
			return false;
		i++;
	}
	return false;
}

bool angka_reader_restates_alone(const char *text, size_t start, size_t end)
{
	static const char *const alone[] = {"itu ", "ini ", NULL};
	static const char *const equal[] = {"setara ", "sama dengan ", "kira-kira ", "sekitar ",
	                                    "sekira ", "baru ",        NULL};
	size_t i = start;
	while (i < end && (text[i] == ' ' || text[i] == '"'))
		i++;
	for (size_t a = 0; alone[a]; a++) {
		size_t len = strlen(alone[a]);
		if (end - i <= len || strncasecmp(text + i, alone[a], len) != 0)
			continue;
		for (size_t e = 0; equal[e]; e++) {
			size_t elen = strlen(equal[e]);
			if (end - i - len > elen &&
			    strncasecmp(text + i + len, equal[e], elen) == 0)
				return true;
		}
	}
	return false;
}

size_t angka_reader_after_speaker(const char *text, size_t start, size_t end,
                                  const angka_lexicon_hit *connectives, size_t n_connectives)
{
	size_t c = 0;
	while (c < n_connectives &&
	       (connectives[c].start < start || strcmp(connectives[c].value, "says") != 0))
		c++;
	if (c == n_connectives || connectives[c].start >= end)
		return start;
	for (size_t i = start; i < connectives[c].start; i++)
		if (isdigit((unsigned char)text[i]))
			return start;
	size_t i = connectives[c].end;
	if (angka_reader_at_sentence_start(text, start, connectives[c].start)) {
		/* "Menurut Rudi, ...", "Dikatakan Kepala Cabang, ...": who says it
		 * runs to a comma, a few words on. */
		size_t limit = i + 80 < end ? i + 80 : end;
		while (i < limit && text[i] != ',' && !isdigit((unsigned char)text[i]))
			i++;
		if (i == limit || text[i] != ',')
			return start;
	}
	while (i < end && (text[i] == ' ' || text[i] == ','))
		i++;
	if (end - i > 6 && strncasecmp(text + i, "bahwa ", 6) == 0)
		i += 6;
	return i;
}

bool angka_reader_asks(const char *text, size_t start, size_t end)
{
	while (end > start && (text[end - 1] == ' ' || text[end - 1] == '"'))
		end--;
	return end > start && text[end - 1] == '?';
}

size_t angka_reader_after_fronted(const char *text, size_t start, size_t end)
{
	size_t i = start, words = 0;
	while (i < end && (text[i] == ' ' || text[i] == '"'))
		i++;
	/* a few words, and no number but a year: a count there is what the
	 * sentence says, not a setting for it */
	for (; i < end && text[i] != ','; i++) {
		if (isdigit((unsigned char)text[i])) {
			size_t d = i;
			while (i < end && isdigit((unsigned char)text[i]))
				i++;
			if (i - d != 4)
				return start;
		}
		if (i < end && text[i] == ' ' && ++words > 4)
			return start;
		if (i < end && text[i] != ' ' && text[i] != ',' && !isalpha((unsigned char)text[i]))
			return start;
		if (i < end && text[i] == ',')
			break;
	}
	if (i >= end || words == 0)
		return start;
	i++;
	while (i < end && text[i] == ' ')
		i++;
	return i;
}

/* A bullet character ("•", "▪", "●", "◦", "–"); not an opening quote, which
 * shares its first byte. */
static bool starts_bullet(const char *s, size_t n)
{
	static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\x8F",
	                                      "\xE2\x97\xA6", "\xE2\x80\x93", NULL};
	for (size_t b = 0; bullets[b] != NULL; b++)
		if (n >= 3 && memcmp(s, bullets[b], 3) == 0)
			return true;
	return false;
}

bool angka_reader_starts_item(const char *text, size_t start, size_t end)
{
	size_t i = start;
	if (i < end && (text[i] == '-' || text[i] == '*' || starts_bullet(text + i, end - i)))
		return true; /* "- Jawa Barat: ...", "• ..." */
	/* "2. Jawa Tengah: 1.488.930 orang": a numbered item's number is no
	 * value */
	size_t digits = 0;
	while (i + digits < end && digits < 3 && isdigit((unsigned char)text[i + digits]))
		digits++;
	if (digits > 0 && i + digits + 1 < end &&
	    (text[i + digits] == '.' || text[i + digits] == ')') && text[i + digits + 1] == ' ')
		i += digits + 2;
	/* "Jawa Barat: 4,96 juta orang": a name and a colon before the first number */
	size_t words = 0;
	for (; i < end && text[i] != ':' && words < 6; i++) {
		if (text[i] >= '0' && text[i] <= '9')
			return false;
		if (text[i] == ' ')
			words++;
	}
	if (i >= end || text[i] != ':' || i + 1 >= end)
		return false;
	/* ... the number soon after it: "NARASI: Di tingkat kabupaten dan kota,
	 * Kota Tarakan masih memimpin dengan capaian 64,9 persen", "Jawab: Saat
	 * ini ..." are who speaks and what is said, no item */
	words = 0;
	for (i++; i < end && !isdigit((unsigned char)text[i]); i++)
		if (text[i] == ' ' && ++words > 4)
			return false;
	return true;
}

bool angka_reader_bare_line(const char *text, size_t start, size_t end)
{
	if (start > 0 && text[start - 1] != '\n')
		return false;
	while (end > start && isspace((unsigned char)text[end - 1]))
		end--;
	if (end == start || strchr(".!?:;\"", text[end - 1]) != NULL ||
	    (text[end] != '\n' && text[end] != '\0'))
		return false;
	size_t words = 1;
	bool digit = false;
	for (size_t i = start; i < end; i++) {
		words += text[i] == ' ';
		digit |= isdigit((unsigned char)text[i]) != 0;
	}
	return digit && words <= 12;
}

bool angka_reader_opens_headless(const char *text, size_t start, size_t end)
{
	static const char *const turns[] = {"namun", "tapi", "tetapi", "jadi", "padahal", NULL};
	size_t i = start;
	while (i < end && (text[i] == ' ' || text[i] == '"'))
		i++;
	size_t w = i;
	while (i < end && isalpha((unsigned char)text[i]))
		i++;
	if (angka_word_is_one_of(text + w, i - w, turns)) {
		while (i < end && (text[i] == ' ' || text[i] == ','))
			i++;
		w = i;
		while (i < end && isalpha((unsigned char)text[i]))
			i++;
	}
	return i - w == 4 && strncasecmp(text + w, "yang", 4) == 0 && i < end && text[i] == ' ';
}

/* "Ahli warisnya sudah menerima santunan ...", "\u201cAhli waris mereka ...":
 * does the sentence [start, end) open on the heirs of those it goes on
 * from? */
bool angka_reader_opens_on_heirs(const char *text, size_t start, size_t end)
{
	size_t i = start;
	while (i < end && !isalpha((unsigned char)text[i]))
		i++;
	return end - i > 11 && strncasecmp(text + i, "ahli waris", 10) == 0;
}

/* "27 peserta pekerja rentan yang meninggal dunia", "tujuh nelayan peserta
 * meninggal dunia saat melaut": does a death follow the count ending at at,
 * up to five words of whom it counts and "yang" between, before end? */
bool angka_reader_died_after(const char *text, size_t at, size_t end)
{
	static const char *const died[] = {"meninggal", "wafat", NULL};
	size_t i = at;
	for (int word = 0; word <= 6 && i < end; word++) {
		while (i < end && text[i] == ' ')
			i++;
		size_t w = i;
		while (i < end &&
		       (isalpha((unsigned char)text[i]) || text[i] == '/' || text[i] == '-'))
			i++;
		if (i == w)
			return false;
		if (angka_word_is_one_of(text + w, i - w, died))
			return true;
	}
	return false;
}
