/* Periods in a sentence: "tahun 2024", "Maret 2025", "per 12 Agustus
 * 2024", "akhir tahun 2024", "semester I 2024", "triwulan III 2024",
 * "(26/03/2025)", "Januari-Juni 2024" (its end), "hingga saat ini", "tahun
 * lalu". Regulation numbers
 * ("Nomor 3 Tahun 2022", "UU 40/2004") are recognised so that they are not
 * taken as periods. Internal to the normalize stage. */
#ifndef ANGKA_NORMALIZE_PERIOD_H
#define ANGKA_NORMALIZE_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/error.h"
#include "util/lexicon.h"

typedef enum angka_period_kind {
	ANGKA_PERIOD_DATE = 0,    /* an explicit year, month or day */
	ANGKA_PERIOD_NOW,         /* "saat ini": the publication date */
	ANGKA_PERIOD_STATEMENT,   /* the day a statement was made ("Senin (22/1/2024)"); year 0
	                             when not written ("Kamis (18/10)") */
	ANGKA_PERIOD_YEAR_OFFSET, /* "tahun lalu" (-1), "tahun ini" (0), "tahun depan" (+1);
	                            "akhir tahun lalu" also has month 12, day 31 */
	ANGKA_PERIOD_THEN         /* "saat itu", "bulan tersebut": the period named last before */
} angka_period_kind;

typedef struct angka_period {
	size_t start;
	size_t end;
	angka_period_kind kind;
	int year, month, day; /* month/day 0 when not given */
	int year_offset;
	bool whole_year;  /* a range to December ("Januari hingga Desember 2023"): a year's
	                     results, as of December for a count */
	bool same_period; /* "periode yang sama tahun lalu": the month spoken of, a year back */
	bool future;      /* "2025 mendatang": a year still to come when it was said */
	bool recent;      /* "April kemarin": that month, the last one up to when it was said */
	bool budget;      /* "APBD 2025": the year a budget is for, a target's year only */
	bool year_only;   /* "tahun itu": the year of the period named last, not its month */
	bool month_meant; /* "bulan tersebut": its month, also for a target */
} angka_period;

typedef struct angka_period_finder angka_period_finder;

/* months: the month-name lexicon (borrowed; must outlive the finder). */
int angka_period_finder_new(angka_period_finder **out, const angka_lexicon *months,
                            angka_error *err);
void angka_period_finder_free(angka_period_finder *finder);

/* A string that two finders share exactly when they find the same periods
 * in any text (the key of their results in an angka_sentence_memo). */
const char *angka_period_finder_key(const angka_period_finder *finder);

/* Does finder find with month names of the same entries as months (so
 * that a domain with months may use it)? */
bool angka_period_finder_reads(const angka_period_finder *finder, const angka_lexicon *months);

/* Periods in bytes [start, end) of text, appended to *out (*n entries).
 * Nothing at or past end is read: ANGKA_EPARSE when the span is not valid
 * UTF-8. */
int angka_period_find(angka_period **out, size_t *n, const angka_period_finder *finder,
                      const char *text, size_t start, size_t end);

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" into buf (at least 11 bytes). */
void angka_period_format(char *buf, size_t size, int year, int month, int day);

#endif
