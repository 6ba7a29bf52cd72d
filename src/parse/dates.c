/* Dates and datelines of Indonesian news pages. See dates.h. */
#include "parse/dates.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool is_alnum(char c)
{
	return is_digit(c) || is_alpha(c);
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Lower-case s into out (at most cap - 1 bytes). False when too long. */
static bool lower_copy(char *out, size_t cap, const char *s, size_t len)
{
	if (len == 0 || len >= cap)
		return false;
	for (size_t i = 0; i < len; i++)
		out[i] = lower(s[i]);
	out[len] = '\0';
	return true;
}

/* Three to nine letters each: angka_date_month turns other lengths away. */
static const struct {
	const char *name;
	int month;
} month_names[] = {
        {"januari", 1},   {"january", 1},   {"jan", 1},      {"februari", 2},  {"pebruari", 2},
        {"february", 2},  {"feb", 2},       {"peb", 2},      {"maret", 3},     {"march", 3},
        {"mar", 3},       {"april", 4},     {"apr", 4},      {"mei", 5},       {"may", 5},
        {"juni", 6},      {"june", 6},      {"jun", 6},      {"juli", 7},      {"july", 7},
        {"jul", 7},       {"agustus", 8},   {"august", 8},   {"agu", 8},       {"agt", 8},
        {"ags", 8},       {"aug", 8},       {"agus", 8},     {"september", 9}, {"sept", 9},
        {"sep", 9},       {"oktober", 10},  {"october", 10}, {"okt", 10},      {"oct", 10},
        {"november", 11}, {"nopember", 11}, {"nov", 11},     {"nop", 11},      {"desember", 12},
        {"december", 12}, {"des", 12},      {"dec", 12},
};

int angka_date_month(const char *s, size_t len)
{
	char word[16];
	if (len > 1 && s[len - 1] == '.')
		len--;
	/* The names are three to nine letters long: other words need no copy. */
	if (len < 3 || len > 9 || !lower_copy(word, sizeof word, s, len))
		return 0;
	/* Called on every word the date finder and the filters look at: the
	 * first letter turns most names away without a call. */
	for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
		if (word[0] == month_names[i].name[0] && strcmp(word, month_names[i].name) == 0)
			return month_names[i].month;
	return 0;
}

static const struct {
	const char *name;
	int weekday;
} weekday_names[] = {
        {"senin", 1},   {"selasa", 2},    {"rabu", 3},     {"kamis", 4},  {"jumat", 5},
        {"jum'at", 5},  {"sabtu", 6},     {"minggu", 7},   {"ahad", 7},   {"monday", 1},
        {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6},
        {"sunday", 7},  {"mon", 1},       {"tue", 2},      {"wed", 3},    {"thu", 4},
        {"fri", 5},     {"sat", 6},       {"sun", 7},
};

int angka_date_weekday(const char *s, size_t len)
{
	char word[16];
	/* "Jum’at" with a typographic apostrophe reads as "Jum'at". */
	char plain[16];
	size_t n = 0;
	for (size_t i = 0; i < len && n < sizeof plain - 1; i++) {
		if ((unsigned char)s[i] == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99) {
			plain[n++] = '\'';
			i += 2;
		} else {
			plain[n++] = s[i];
		}
	}
	if (n < len && n == sizeof plain - 1)
		return 0;
	if (!lower_copy(word, sizeof word, plain, n))
		return 0;
	for (size_t i = 0; i < sizeof weekday_names / sizeof weekday_names[0]; i++)
		if (strcmp(word, weekday_names[i].name) == 0)
			return weekday_names[i].weekday;
	return 0;
}

static int days_in_month(int year, int month)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		return 29;
	return days[month - 1];
}

bool angka_date_valid(int year, int month, int day)
{
	return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 &&
	       day <= days_in_month(year, month);
}

/* Read up to max digits at s[*i]; returns how many were read. */
static int read_number(const char *s, size_t len, size_t *i, int max, int *value)
{
	int n = 0;
	int v = 0;
	while (*i < len && is_digit(s[*i]) && n < max) {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		n++;
	}
	*value = v;
	return n;
}

/* A number must not run on into more digits ("2025" in "20251") or into a
 * thousands group ("14/5/2025.000"). */
static bool number_ends(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return true;
	if (is_digit(s[i]) || is_alpha(s[i]))
		return false;
	if ((s[i] == '.' || s[i] == ',') && i + 1 < len && is_digit(s[i + 1]))
		return false;
	return true;
}

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

static size_t word_end(const char *s, size_t len, size_t i)
{
	while (i < len && is_alpha(s[i]))
		i++;
	return i;
}

static bool set_date(angka_ymd *out, int y, int m, int d)
{
	if (!angka_date_valid(y, m, d))
		return false;
	out->year = y;
	out->month = m;
	out->day = d;
	return true;
}

/* "18 Maret 2025", "18 Mar. 2025", "18 Maret, 2025" after the day. */
static size_t parse_month_year(angka_ymd *out, const char *s, size_t len, size_t i, int day)
{
	size_t w = i;
	size_t we = word_end(s, len, w);
	if (we == w)
		return 0;
	size_t mlen = we - w;
	if (we < len && s[we] == '.')
		we++, mlen++;
	int month = angka_date_month(s + w, mlen);
	if (month == 0)
		return 0;
	i = we;
	if (i < len && s[i] == ',')
		i++;
	size_t sp = skip_spaces(s, len, i);
	if (sp == i)
		return 0;
	i = sp;
	int year = 0;
	if (read_number(s, len, &i, 4, &year) != 4 || !number_ends(s, len, i))
		return 0;
	return set_date(out, year, month, day) ? i : 0;
}

size_t angka_date_parse_at(angka_ymd *out, const char *s, size_t len)
{
	size_t i = 0;
	if (len == 0)
		return 0;
	if (is_digit(s[0])) {
		int first = 0;
		int nd = read_number(s, len, &i, 4, &first);
		if (nd == 4) {
			/* ISO order: 2025-03-18, 2025/03/18. */
			if (i >= len || (s[i] != '-' && s[i] != '/'))
				return 0;
			char sep = s[i++];
			int month = 0, day = 0;
			if (read_number(s, len, &i, 2, &month) == 0 || i >= len || s[i] != sep)
				return 0;
			i++;
			if (read_number(s, len, &i, 2, &day) == 0)
				return 0;
			if (i < len && is_digit(s[i]))
				return 0;
			return set_date(out, first, month, day) ? i : 0;
		}
		if (nd > 2 || i >= len)
			return 0;
		char c = s[i];
		if (c == '/' || c == '-' || c == '.') {
			size_t j = i + 1;
			int month = 0, year = 0;
			if (read_number(s, len, &j, 2, &month) == 0 || j >= len || s[j] != c)
				return 0;
			j++;
			if (read_number(s, len, &j, 4, &year) != 4 || !number_ends(s, len, j))
				return 0;
			return set_date(out, year, month, first) ? j : 0;
		}
		if (c == ' ')
			return parse_month_year(out, s, len, skip_spaces(s, len, i), first);
		return 0;
	}
	if (is_alpha(s[0])) {
		/* English order: "May 14, 2025". */
		size_t we = word_end(s, len, 0);
		size_t mlen = we;
		if (we < len && s[we] == '.')
			we++, mlen++;
		int month = angka_date_month(s, mlen);
		if (month == 0)
			return 0;
		i = skip_spaces(s, len, we);
		if (i == we)
			return 0;
		int day = 0;
		if (read_number(s, len, &i, 2, &day) == 0 || (i < len && is_digit(s[i])))
			return 0;
		if (i < len && s[i] == ',')
			i++;
		size_t sp = skip_spaces(s, len, i);
		if (sp == i)
			return 0;
		i = sp;
		int year = 0;
		if (read_number(s, len, &i, 4, &year) != 4 || !number_ends(s, len, i))
			return 0;
		return set_date(out, year, month, day) ? i : 0;
	}
	return 0;
}

/* A position where a date may start: the start of a word, and not the
 * middle of a number such as "1.009.250". */
static bool date_start_ok(const char *s, size_t i)
{
	if (i == 0)
		return true;
	char p = s[i - 1];
	if (is_alnum(p))
		return false;
	if ((p == '.' || p == ',' || p == '/' || p == '-') && i >= 2 && is_digit(s[i - 2]))
		return false;
	return true;
}

bool angka_date_find(angka_ymd *out, size_t *start, size_t *end, const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if (!is_alnum(s[i])) {
			i++;
			continue;
		}
		if (date_start_ok(s, i)) {
			angka_ymd date;
			size_t n = angka_date_parse_at(&date, s + i, len - i);
			if (n > 0) {
				*out = date;
				if (start)
					*start = i;
				if (end)
					*end = i + n;
				return true;
			}
		}
		/* Skip the rest of this word so the scan stays linear. */
		while (i < len && is_alnum(s[i]))
			i++;
	}
	return false;
}

bool angka_date_parse_meta(angka_ymd *out, const char *s)
{
	if (s == NULL)
		return false;
	size_t len = strlen(s);
	size_t i = skip_spaces(s, len, 0);
	angka_ymd date;
	if (angka_date_parse_at(&date, s + i, len - i) > 0) {
		*out = date;
		return true;
	}
	return angka_date_find(out, NULL, NULL, s, len);
}

/* Relative dates ---------------------------------------------------------- */

static const struct {
	const char *name;
	angka_date_unit unit;
	int factor; /* seconds are counted as minutes / 60 */
} unit_names[] = {
        {"detik", ANGKA_DATE_MINUTE, 0},  {"menit", ANGKA_DATE_MINUTE, 1},
        {"jam", ANGKA_DATE_HOUR, 1},      {"hari", ANGKA_DATE_DAY, 1},
        {"minggu", ANGKA_DATE_WEEK, 1},   {"pekan", ANGKA_DATE_WEEK, 1},
        {"bulan", ANGKA_DATE_MONTH, 1},   {"tahun", ANGKA_DATE_YEAR, 1},
        {"second", ANGKA_DATE_MINUTE, 0}, {"seconds", ANGKA_DATE_MINUTE, 0},
        {"minute", ANGKA_DATE_MINUTE, 1}, {"minutes", ANGKA_DATE_MINUTE, 1},
        {"mins", ANGKA_DATE_MINUTE, 1},   {"min", ANGKA_DATE_MINUTE, 1},
        {"hour", ANGKA_DATE_HOUR, 1},     {"hours", ANGKA_DATE_HOUR, 1},
        {"day", ANGKA_DATE_DAY, 1},       {"days", ANGKA_DATE_DAY, 1},
        {"week", ANGKA_DATE_WEEK, 1},     {"weeks", ANGKA_DATE_WEEK, 1},
        {"month", ANGKA_DATE_MONTH, 1},   {"months", ANGKA_DATE_MONTH, 1},
        {"year", ANGKA_DATE_YEAR, 1},     {"years", ANGKA_DATE_YEAR, 1},
};

static bool unit_lookup(const char *s, size_t len, angka_date_unit *unit, int *factor)
{
	char word[16];
	if (!lower_copy(word, sizeof word, s, len))
		return false;
	for (size_t i = 0; i < sizeof unit_names / sizeof unit_names[0]; i++) {
		if (strcmp(word, unit_names[i].name) == 0) {
			*unit = unit_names[i].unit;
			*factor = unit_names[i].factor;
			return true;
		}
	}
	return false;
}

/* After the unit: " lalu", " yang lalu", " ago". Returns the end or 0. */
static size_t relative_tail(const char *s, size_t len, size_t i)
{
	size_t j = skip_spaces(s, len, i);
	if (j == i)
		return 0;
	size_t we = word_end(s, len, j);
	char word[8];
	if (!lower_copy(word, sizeof word, s + j, we - j))
		return 0;
	if (strcmp(word, "yang") == 0) {
		size_t k = skip_spaces(s, len, we);
		size_t ke = word_end(s, len, k);
		if (k == we || !lower_copy(word, sizeof word, s + k, ke - k))
			return 0;
		we = ke;
	}
	if (strcmp(word, "lalu") == 0 || strcmp(word, "ago") == 0)
		return (we >= len || !is_alnum(s[we])) ? we : 0;
	return 0;
}

/* A relative date starting at s[i]; returns its end or 0. */
static size_t relative_at(int *amount, angka_date_unit *unit, const char *s, size_t len, size_t i)
{
	int factor = 1;
	int value = 0;
	size_t j = i;
	if (is_digit(s[i])) {
		if (read_number(s, len, &j, 3, &value) == 0 || (j < len && is_digit(s[j])))
			return 0;
		size_t k = skip_spaces(s, len, j);
		if (k == j)
			return 0;
		size_t ke = word_end(s, len, k);
		if (!unit_lookup(s + k, ke - k, unit, &factor))
			return 0;
		j = ke;
	} else {
		/* "sebulan lalu", "setahun yang lalu", "an hour ago", "a day ago". */
		size_t we = word_end(s, len, i);
		char word[16];
		if (!lower_copy(word, sizeof word, s + i, we - i))
			return 0;
		if (strcmp(word, "a") == 0 || strcmp(word, "an") == 0 ||
		    strcmp(word, "satu") == 0) {
			size_t k = skip_spaces(s, len, we);
			size_t ke = word_end(s, len, k);
			if (k == we || !unit_lookup(s + k, ke - k, unit, &factor))
				return 0;
			j = ke;
		} else if (we - i > 2 && word[0] == 's' && word[1] == 'e') {
			if (!unit_lookup(word + 2, we - i - 2, unit, &factor))
				return 0;
			j = we;
		} else {
			return 0;
		}
		value = 1;
	}
	size_t end = relative_tail(s, len, j);
	if (end == 0)
		return 0;
	*amount = factor ? value : value / 60;
	return end;
}

bool angka_date_find_relative(int *amount, angka_date_unit *unit, size_t *start, size_t *end,
                              const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if (!is_alnum(s[i])) {
			i++;
			continue;
		}
		if (date_start_ok(s, i)) {
			size_t e = relative_at(amount, unit, s, len, i);
			if (e > 0) {
				if (start)
					*start = i;
				if (end)
					*end = e;
				return true;
			}
		}
		while (i < len && is_alnum(s[i]))
			i++;
	}
	return false;
}

/* Days since 1970-01-01 of a civil date, and back (H. Hinnant's
 * algorithms): exact for the proleptic Gregorian calendar, no libc time
 * functions, so no locale or time-zone state. */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

bool angka_date_resolve_relative(angka_ymd *out, int amount, angka_date_unit unit,
                                 const char *fetched_at)
{
	if (fetched_at == NULL || amount < 0)
		return false;
	size_t len = strlen(fetched_at);
	size_t i = 0;
	int y = 0, m = 0, d = 0, hh = 0, mm = 0;
	if (read_number(fetched_at, len, &i, 4, &y) != 4 || i >= len || fetched_at[i] != '-')
		return false;
	i++;
	if (read_number(fetched_at, len, &i, 2, &m) != 2 || i >= len || fetched_at[i] != '-')
		return false;
	i++;
	if (read_number(fetched_at, len, &i, 2, &d) != 2 || !angka_date_valid(y, m, d))
		return false;
	if (i < len && (fetched_at[i] == 'T' || fetched_at[i] == ' ')) {
		i++;
		if (read_number(fetched_at, len, &i, 2, &hh) == 2 && i < len &&
		    fetched_at[i] == ':') {
			i++;
			read_number(fetched_at, len, &i, 2, &mm);
		}
		if (hh > 23 || mm > 59)
			hh = mm = 0;
	}
	long days = days_from_civil(y, m, d);
	switch (unit) {
	case ANGKA_DATE_MINUTE:
	case ANGKA_DATE_HOUR: {
		long minutes = (long)days * 1440 + (long)hh * 60 + mm;
		minutes -= (long)amount * (unit == ANGKA_DATE_HOUR ? 60 : 1);
		long q = minutes / 1440;
		if (minutes % 1440 < 0)
			q--;
		civil_from_days(q, &y, &m, &d);
		break;
	}
	case ANGKA_DATE_DAY: civil_from_days(days - amount, &y, &m, &d); break;
	case ANGKA_DATE_WEEK: civil_from_days(days - 7L * amount, &y, &m, &d); break;
	case ANGKA_DATE_MONTH: {
		long months = (long)y * 12 + (m - 1) - amount;
		if (months < 0)
			return false;
		y = (int)(months / 12);
		m = (int)(months % 12) + 1;
		if (d > days_in_month(y, m))
			d = days_in_month(y, m);
		break;
	}
	case ANGKA_DATE_YEAR:
		y -= amount;
		if (y < 1900)
			return false;
		if (d > days_in_month(y, m))
			d = days_in_month(y, m);
		break;
	}
	return set_date(out, y, m, d);
}

/* Date lines ---------------------------------------------------------------- */

static const char *const furniture_words[] = {
        "wib",       "wita",    "wit",        "gmt",         "utc",
        "pukul",     "pagi",    "siang",      "sore",        "malam",
        "update",    "updated", "diperbarui", "diterbitkan", "dipublikasikan",
        "published", "posted",  "on",         "at",          "am",
        "pm",        "hari",    "tanggal",
};

/* Separators and bullets that may surround a date in a page widget. */
static size_t furniture_punct(const char *s, size_t len, size_t i)
{
	static const char ascii[] = " ,|-/()[]:.;+";
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80)
		return strchr(ascii, (int)c) != NULL && c != '\0' ? 1 : 0;
	/* • · – — */
	if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
		unsigned char c2 = (unsigned char)s[i + 2];
		if (c2 == 0xA2 || c2 == 0x93 || c2 == 0x94 || c2 == 0x95)
			return 3;
	}
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xB7)
		return 2;
	return 0;
}

/* s[from, to) holds only a weekday, times, zones and separators. */
static bool only_furniture(const char *s, size_t len, size_t from, size_t to)
{
	size_t i = from;
	while (i < to) {
		size_t p = furniture_punct(s, len, i);
		if (p > 0) {
			i += p;
			continue;
		}
		if (is_digit(s[i])) {
			size_t j = i;
			while (j < to && is_digit(s[j]))
				j++;
			if (j - i > 2)
				return false;
			i = j;
			continue;
		}
		if (!is_alpha(s[i]))
			return false;
		size_t j = i;
		while (j < to && (is_alpha(s[j]) || s[j] == '\''))
			j++;
		/* "Jum’at": a typographic apostrophe inside the word. */
		while (j + 2 < to && (unsigned char)s[j] == 0xE2 &&
		       (unsigned char)s[j + 1] == 0x80 && (unsigned char)s[j + 2] == 0x99) {
			j += 3;
			while (j < to && is_alpha(s[j]))
				j++;
		}
		bool ok = angka_date_weekday(s + i, j - i) != 0;
		char word[16];
		if (!ok && lower_copy(word, sizeof word, s + i, j - i)) {
			for (size_t k = 0; k < sizeof furniture_words / sizeof furniture_words[0];
			     k++)
				if (strcmp(word, furniture_words[k]) == 0)
					ok = true;
		}
		if (!ok)
			return false;
		i = j;
	}
	return true;
}

bool angka_date_weekday_before(const char *s, size_t pos)
{
	size_t j = pos;
	for (int word = 0; word < 2; word++) {
		size_t limit = 4;
		while (j > 0 && limit > 0 && !is_alnum(s[j - 1]) && s[j - 1] != '\'') {
			j--;
			limit--;
		}
		size_t end = j;
		while (j > 0 && (is_alpha(s[j - 1]) || s[j - 1] == '\''))
			j--;
		if (j == end)
			return false;
		if (angka_date_weekday(s + j, end - j) != 0)
			return true;
		char w[8];
		if (!lower_copy(w, sizeof w, s + j, end - j))
			return false;
		if (strcmp(w, "pagi") != 0 && strcmp(w, "siang") != 0 && strcmp(w, "sore") != 0 &&
		    strcmp(w, "malam") != 0)
			return false;
	}
	return false;
}

void angka_date_format(char out[11], const angka_ymd *date)
{
	int y = date->year;
	out[0] = (char)('0' + (y / 1000) % 10);
	out[1] = (char)('0' + (y / 100) % 10);
	out[2] = (char)('0' + (y / 10) % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + (date->month / 10) % 10);
	out[6] = (char)('0' + date->month % 10);
	out[7] = '-';
	out[8] = (char)('0' + (date->day / 10) % 10);
	out[9] = (char)('0' + date->day % 10);
	out[10] = '\0';
}

/* Datelines ------------------------------------------------------------------ */

/* Length of a dash-like terminator at s[i] ("–", "—", "―", ':' or a '-'
 * next to a space), or 0. */
static size_t dateline_terminator(const char *s, size_t len, size_t i)
{
	if (s[i] == ':')
		return 1;
	if (s[i] == '-' && ((i > 0 && s[i - 1] == ' ') || (i + 1 < len && s[i + 1] == ' ')))
		return 1;
	if ((unsigned char)s[i] == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80) {
		unsigned char c = (unsigned char)s[i + 2];
		if (c == 0x93 || c == 0x94 || c == 0x95)
			return 3;
	}
	return 0;
}

/* A dateline part: 1..4 words, each starting with a capital letter, made of
 * letters, digits, dots, hyphens and apostrophes. */
static bool dateline_part(const char *s, size_t len, bool *has_dot, bool *all_upper)
{
	if (len == 0 || len > 40 || !is_upper(s[0]))
		return false;
	size_t words = 0;
	*has_dot = false;
	*all_upper = true;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == ' ') {
			continue;
		}
		if (i == 0 || s[i - 1] == ' ') {
			if (!is_upper(c))
				return false;
			words++;
		}
		if (c == '.')
			*has_dot = true;
		else if (c >= 'a' && c <= 'z')
			*all_upper = false;
		else if (!is_alnum(c) && c != '-' && c != '\'')
			return false;
	}
	return words >= 1 && words <= 4;
}

/* Does s[0, len) hold a word of two or more capitals and nothing else, an
 * acronym as outlets' names have ("CNBC Indonesia", "IDN Times")? */
static bool has_acronym(const char *s, size_t len)
{
	size_t run = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || s[i] == ' ') {
			if (run >= 2 && run != SIZE_MAX)
				return true;
			run = 0;
		} else if (is_upper(s[i]) && run != SIZE_MAX) {
			run++;
		} else {
			run = SIZE_MAX;
		}
	}
	return false;
}

static size_t trim_end(const char *s, size_t len)
{
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return len;
}

/* Does s start with a weekday ("Kamis (30/1/2025)" after a place)? */
static bool starts_weekday(const char *s, size_t len)
{
	static const char *const days[] = {"Senin", "Selasa", "Rabu",   "Kamis",
	                                   "Jumat", "Sabtu",  "Minggu", NULL};
	for (size_t d = 0; days[d]; d++) {
		size_t n = strlen(days[d]);
		if (len >= n && strncmp(s, days[d], n) == 0 && (len == n || !is_alnum(s[n])))
			return true;
	}
	return false;
}

/* An outlet written as its web address, in lower case ("investor.id",
 * "detik.com"): one word of letters, digits and hyphens with a dot before
 * a top-level part of two letters or more. */
static bool outlet_domain(const char *s, size_t len)
{
	if (len < 4 || len > 40)
		return false;
	size_t last_dot = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '.')
			last_dot = i;
		else if (!is_alnum(s[i]) && s[i] != '-')
			return false;
	}
	return last_dot > 0 && len - last_dot > 2;
}

/* Do at least n words follow the dash at s[dash]? "Nadhira Salsabila -
 * detikFinance" is a byline, "Jakarta - Kementerian Ketenagakerjaan
 * mencatat ..." a dateline and its story. */
static bool words_after(const char *s, size_t len, size_t dash, size_t n)
{
	size_t words = 0;
	for (size_t i = dash + dateline_terminator(s, len, dash); i < len && words < n; i++)
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
			words++;
	return words >= n;
}

/* "News - Salsabila Putri, CNBC Indonesia": after the dash only a few
 * capitalised words (a byline: a name, an outlet) and no full stop, not the
 * first sentence of a story. */
static bool names_after(const char *s, size_t len, size_t dash)
{
	size_t words = 0;
	for (size_t i = dash + dateline_terminator(s, len, dash); i < len; i++) {
		if (s[i] == '.' || (s[i] >= '0' && s[i] <= '9'))
			return false;
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) {
			if (s[i] >= 'a' && s[i] <= 'z')
				return false;
			words++;
		}
	}
	return words <= 6;
}

/* "KONTAN.CO.ID - JAKARTA. Jumlah ...": an outlet in capitals with its web
 * address, a dash at `dash`, then the place in capitals ended by a full
 * stop; the place, or NULL. */
static char *place_after_outlet(const char *s, size_t len, size_t dash, bool upper)
{
	if (!upper)
		return NULL;
	size_t y = skip_spaces(s, len, dash + dateline_terminator(s, len, dash));
	size_t t = y;
	while (t < len && t - y <= 30 && s[t] != '.' && s[t] != ',')
		t++;
	if (t >= len || s[t] != '.' || t == y)
		return NULL;
	bool y_dot, y_upper;
	if (!dateline_part(s + y, t - y, &y_dot, &y_upper) || y_dot || !y_upper || t - y < 4)
		return NULL;
	return angka_strndup(s + y, t - y);
}

/* The part after the comma at `comma`, up to the dash that ends a
 * dateline at most 40 bytes on: [*y, *y + *ylen). False when no dash ends
 * it there. */
static bool part_after_comma(const char *s, size_t len, size_t comma, size_t *y, size_t *ylen)
{
	*y = skip_spaces(s, len, comma + 1);
	size_t t = *y;
	while (t < len && t - *y <= 40 && dateline_terminator(s, len, t) == 0)
		t++;
	if (t >= len || t - *y > 40)
		return false;
	*ylen = trim_end(s + *y, t - *y);
	return true;
}

/* "jpnn.com, JAKARTA - Kementerian ...": an outlet's web address in lower
 * case, a comma at `comma`, then the place before the dash; the place, or
 * NULL. */
static char *place_after_domain(const char *s, size_t len, size_t comma)
{
	size_t y, ylen;
	bool y_dot, y_upper;
	if (!part_after_comma(s, len, comma, &y, &ylen) ||
	    !dateline_part(s + y, ylen, &y_dot, &y_upper) || y_dot)
		return NULL;
	return angka_strndup(s + y, ylen);
}

char *angka_dateline_place(const char *s, size_t len)
{
	size_t limit = len < 100 ? len : 100;
	size_t p = 0;
	while (p < limit && s[p] != ',' && s[p] != '(' && dateline_terminator(s, len, p) == 0)
		p++;
	if (p == limit || p == 0)
		return NULL;
	if (s[p] != ',' && s[p] != '(') {
		/* "MATARAM – ...": a place in capitals straight before the dash;
		 * or a name of a word or two set off from it by spaces ("Jakarta -
		 * Kementerian Ketenagakerjaan mencatat ..."). */
		size_t plen = trim_end(s, p);
		bool dot, upper;
		if (!dateline_part(s, plen, &dot, &upper) || plen < 4)
			return NULL;
		if (dot)
			return place_after_outlet(s, len, p, upper);
		size_t spaces = 0;
		for (size_t i = 0; i < plen; i++)
			spaces += s[i] == ' ';
		/* "Jakarta: Dewan Jaminan Sosial ..." (Medcom, Metrotvnews): one
		 * word right before a colon is set off as well. */
		bool colon = s[p] == ':' && spaces == 0;
		if (!upper && ((plen == p && !colon) || spaces > 1 || !words_after(s, len, p, 3) ||
		               names_after(s, len, p)))
			return NULL;
		/* "Kalimantan Timur — 1.214.930 peserta": an item of a list of
		 * places and their numbers, not a dateline */
		size_t after = skip_spaces(s, len, p + dateline_terminator(s, len, p));
		if (!upper && after < len && s[after] >= '0' && s[after] <= '9')
			return NULL;
		/* "Ilustrasi - Petugas melayani peserta": a caption's label */
		static const char *const labels[] = {"Ilustrasi", "Foto",   "Dokumentasi",
		                                     "Sumber",    "Editor", "Penulis",
		                                     "Reporter",  NULL};
		for (size_t i = 0; labels[i]; i++)
			if (strlen(labels[i]) == plen && strncasecmp(s, labels[i], plen) == 0)
				return NULL;
		return angka_strndup(s, plen);
	}
	size_t xlen = trim_end(s, p);
	if (s[p] == ',' && outlet_domain(s, xlen))
		return place_after_domain(s, len, p);
	bool x_dot, x_upper;
	if (!dateline_part(s, xlen, &x_dot, &x_upper))
		return NULL;
	if (s[p] == '(') {
		/* "Jakarta (ANTARA) -" */
		size_t q = p + 1;
		while (q < limit && s[q] != ')')
			q++;
		if (q == limit || q - p > 30 || x_dot)
			return NULL;
		q = skip_spaces(s, len, q + 1);
		if (q >= len || dateline_terminator(s, len, q) == 0)
			return NULL;
		return angka_strndup(s, xlen);
	}
	size_t y = skip_spaces(s, len, p + 1), ylen;
	if (starts_weekday(s + y, len - y))
		return angka_strndup(s, xlen); /* "Jakarta, Kamis (30/1/2025) –" */
	if (!part_after_comma(s, len, p, &y, &ylen))
		return NULL;
	if (!x_dot && outlet_domain(s + y, ylen))
		return angka_strndup(s, xlen); /* "JAKARTA, investor.id -" */
	bool y_dot, y_upper;
	if (!dateline_part(s + y, ylen, &y_dot, &y_upper))
		return NULL;
	/* The place is the part that is not the outlet: an outlet has a domain
	 * ("PROKAL.co") or, after the place, is in capitals ("ANTARA"). */
	if (x_dot && y_dot)
		return NULL;
	if (x_dot)
		return angka_strndup(s + y, ylen);
	if (y_dot || y_upper)
		return angka_strndup(s, xlen);
	/* "DENPASAR, Balipost –": a place in capitals before an outlet's name;
	 * but "KBRN, Jambi:" has a short agency code first. */
	if (x_upper && (xlen >= 6 || memchr(s, ' ', xlen) != NULL))
		return angka_strndup(s, xlen);
	/* "Jakarta, CNBC Indonesia -", "Jakarta, IDN Times -": an outlet
	 * with an acronym in its name after the place. */
	if (!has_acronym(s, xlen) && has_acronym(s + y, ylen))
		return angka_strndup(s, xlen);
	return angka_strndup(s + y, ylen);
}

bool angka_date_is_line(const char *s, size_t len)
{
	angka_ymd date;
	size_t a = 0, b = 0;
	if (len == 0 || len > 120)
		return false;
	if (!angka_date_find(&date, &a, &b, s, len)) {
		int amount;
		angka_date_unit unit;
		if (!angka_date_find_relative(&amount, &unit, &a, &b, s, len))
			return false;
	}
	if (!only_furniture(s, len, b, len))
		return false;
	if (only_furniture(s, len, 0, a))
		return true;
	/* "Padang, 12 Maret 2025", "Jakarta (ANTARA) 12/3/2025": a dateline's
	 * place (and outlet) before the date. */
	size_t p = 0;
	while (p < a && s[p] != ',' && s[p] != '(')
		p++;
	bool dot, upper;
	if (p == a || !dateline_part(s, trim_end(s, p), &dot, &upper))
		return false;
	if (s[p] == '(') {
		const char *close = memchr(s + p, ')', a - p);
		if (close == NULL)
			return false;
		p = (size_t)(close - s);
	}
	return only_furniture(s, len, p + 1, a);
}
