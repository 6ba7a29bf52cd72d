/* Dates as Indonesian (and English) news pages write them, and the dateline
 * that opens an article. Internal to libangka; the parse stage reads
 * publication dates with it and the normalize stage may reuse it for the
 * periods figures refer to ("per 12 Agustus 2024"). Thread-safe: no state,
 * no locale. */
#ifndef ANGKA_PARSE_DATES_H
#define ANGKA_PARSE_DATES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct angka_ymd {
	int year;  /* 1900..2100 */
	int month; /* 1..12 */
	int day;   /* 1..31, valid for the month */
} angka_ymd;

/* A month name, Indonesian or English, full or short ("Maret", "Mar",
 * "Agt", "Agustus", "August", "Mei", "May"), case-insensitive, an optional
 * trailing '.' allowed. Returns 1..12, or 0 when s is no month name. */
int angka_date_month(const char *s, size_t len);

/* A weekday name ("Senin".."Minggu", "Jumat", "Jum'at", "Ahad", "Monday",
 * "Mon"). Returns 1 (Monday)..7, or 0. */
int angka_date_weekday(const char *s, size_t len);

bool angka_date_valid(int year, int month, int day);

/* Parse one date starting exactly at s: "12 Agustus 2024", "18 Mar 2025",
 * "26/03/2025", "14-5-2025", "2025-03-18", "May 14, 2025". Returns the
 * number of bytes it took, or 0 when no valid date starts there. */
size_t angka_date_parse_at(angka_ymd *out, const char *s, size_t len);

/* The first date in s (at a word start), with its byte span; false when
 * there is none. "1.009.250" and "3/2022" are not dates. */
bool angka_date_find(angka_ymd *out, size_t *start, size_t *end, const char *s, size_t len);

/* A date from a machine-readable attribute: an ISO 8601 prefix
 * ("2025-03-18T11:10:00+07:00", "2025/03/18 11:10") or, failing that, the
 * first date in the string. The date is taken as written (no zone shift). */
bool angka_date_parse_meta(angka_ymd *out, const char *s);

/* Units of a relative date ("3 bulan lalu", "2 hari yang lalu", "1 jam
 * lalu", "5 minutes ago"). */
typedef enum angka_date_unit {
	ANGKA_DATE_MINUTE,
	ANGKA_DATE_HOUR,
	ANGKA_DATE_DAY,
	ANGKA_DATE_WEEK,
	ANGKA_DATE_MONTH,
	ANGKA_DATE_YEAR,
} angka_date_unit;

/* Find a relative date in s; true with its amount, unit and span. */
bool angka_date_find_relative(int *amount, angka_date_unit *unit, size_t *start, size_t *end,
                              const char *s, size_t len);

/* Resolve amount units before fetched_at ("2025-06-14T10:00:00Z", the time
 * of day optional). False when fetched_at cannot be read. */
bool angka_date_resolve_relative(angka_ymd *out, int amount, angka_date_unit unit,
                                 const char *fetched_at);

/* True when s is nothing but a date (absolute or relative) with its usual
 * furniture: a weekday, a time, a zone (WIB/WITA/WIT), bullets and
 * separators. "Wednesday, May 14, 2025", "• Senin, 22 Desember 2025",
 * "- Selasa, 18 Maret 2025 | 11:10 WIB", "3 bulan lalu". */
bool angka_date_is_line(const char *s, size_t len);

/* True when a weekday name ends at most a few words before offset pos
 * ("Rabu (26/03/2025)", "Selasa, 18 Maret", "Rabu pagi, 6 Juli"). */
bool angka_date_weekday_before(const char *s, size_t pos);

/* Writes "YYYY-MM-DD" and a NUL into out. */
void angka_date_format(char out[11], const angka_ymd *date);

/* The place of a dateline opening a paragraph: "PALANGKA RAYA, PROKALTENG.CO
 * –" → "PALANGKA RAYA", "KBRN,Jambi:" → "Jambi", "PROKAL.co, Pontianak–" →
 * "Pontianak", "Jakarta (ANTARA) -" → "Jakarta". Returns a malloc'd string
 * the caller frees, or NULL when there is no dateline (or no memory). */
char *angka_dateline_place(const char *s, size_t len);

#endif
