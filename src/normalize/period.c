#include "normalize/period.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "util/buf.h"
#include "util/utf8.h"

struct angka_period_finder {
	/* By what a span holds (enum need, below): the alternatives it can
	 * match, the last one all of them. */
	pcre2_code *code[3];
	uint32_t lookbehind[3]; /* PCRE2_INFO_MAXLOOKBEHIND of each, for the UTF-8 check */
	const angka_lexicon *months;
	/* What decides what the finder finds: its patterns are fixed but for
	 * the month names and their numbers (see angka_period_finder_key). */
	char *key;
};

/* One pattern, alternatives in order of preference at a position; the
 * (*MARK) at the end of each alternative says which one matched. Regulation
 * numbers come first so that "Nomor 3 Tahun 2022" is consumed as a whole and
 * yields nothing. `need`: what the alternative cannot match without; a
 * span that lacks it is searched with the other alternatives alone (in the
 * same order, so with the same results), most of the pattern being about
 * years and dates. angka_period_find skips a span outright when it holds
 * no word an alternative of its pattern needs (see there): an alternative
 * that needs a digit and no year must hold a '/' or "Tahun".
 *
 * The guard in front only skips positions where no alternative can start:
 * each starts after a non-alphanumeric character (\b or the look-behind,
 * then a letter or digit), or with a digit, or is one of the few that may
 * start inside a word ("Nomor"/"No", "akhir", "semester", "triwulan",
 * "kuartal"/"kuarter"). PCRE2 otherwise tried all two dozen alternatives at
 * every letter of every word, a fifth of extract's instructions on plain
 * text. An alternative that may start inside a word needs its first
 * letters added to the guard.
 *
 * The guard is atomic: both its branches hold at a word that starts with
 * a digit (most numbers of a sentence), "no" or "akhir", and when no
 * alternative matched there PCRE2 went back into the guard, took the
 * look-ahead and tried every alternative again at the same place, to the
 * same end (the guard reads nothing and sets nothing). A twentieth of the
 * finder's instructions. */
static const char guard[] = "(?>(?<![[:alnum:]])|(?=\\d|no|akhir|semester|triwulan|kuart))";

/* What an alternative cannot match without: an ASCII digit, or a year
 * ("19" or "20" and two digits) in the span. */
enum need { NEEDS_NOTHING, NEEDS_DIGIT, NEEDS_YEAR };

static const struct alternative {
	const char *pattern;
	enum need need;
} alternatives[] = {
        {"(?:Nomor|No\\.?)\\s*\\d+[A-Za-z]?\\s+Tahun\\s+\\d{4}(*MARK:reg)", NEEDS_DIGIT},
        {"\\b\\d+/\\d{4}\\b(?!/)(*MARK:reg)", NEEDS_DIGIT},
        {"\\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\\s*,?\\s*"
         "(?<d>\\d{1,2})\\s+(?<m>%1$s)\\s+(?<y>(?:19|20)\\d{2})\\b(*MARK:stmtlong)",
         NEEDS_YEAR},
        {"(?<d>\\d{1,2})\\s+(?<m>%1$s)\\s+(?<y>(?:19|20)\\d{2})\\b(*MARK:day)", NEEDS_YEAR},
        {"\\b(?<d>\\d{1,2})/(?<mn>\\d{1,2})/(?<y>(?:19|20)\\d{2})\\b(*MARK:dmy)", NEEDS_YEAR},
        /* Alternatives in a row that open alike read the opening once, each
         * a branch after it, in their order: every alternative is tried at
         * every word, which made each a thirtieth of the finder's work. The
         * same matches: the opening ends in \s+ and each branch starts with a
         * letter, so the opening matches one way only before any branch. */
        {"akhir\\s+tahun\\s+(?:lalu\\b(*MARK:eolastyear)|ini\\b(*MARK:eothisyear))", NEEDS_NOTHING},
        {"akhir\\s+(?:tahun\\s+)?(?<y>(?:19|20)\\d{2})\\b(*MARK:eoy)", NEEDS_YEAR},
        /* The day a statement was made ("Senin (22/1/2024)", "Kamis (18/10)"): when it
         * was said, not what the figures are of. */
        {"\\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\\s*,?\\s*\\(\\s*"
         "(?<d>\\d{1,2})/(?<mn>\\d{1,2})(?:/(?<y>(?:19|20)\\d{2}))?\\s*\\)(*MARK:stmt)",
         NEEDS_DIGIT},
        /* A year's results: "Januari hingga Desember 2023", "Februari-Desember 2022",
         * "tahun berjalan". */
        {"(?<![[:alnum:]])(?<ms>%1$s)(?:\\s+(?:19|20)\\d{2})?\\s*%2$s\\s*(?:Desember|Des)\\s+"
         "(?:tahun\\s+)?(?<y>(?:19|20)\\d{2})\\b(*MARK:wholeyear)",
         NEEDS_YEAR},
        {"\\b(?:tahun|periode)\\s+berjalan\\b(*MARK:thisyear)", NEEDS_NOTHING},
        {"semester\\s+(?<half>I{1,2}|[12]|pertama|kedua)\\s+(?:tahun\\s+)?"
         "(?<y>(?:19|20)\\d{2})\\b(*MARK:half)",
         NEEDS_YEAR},
        {"(?:triwulan|kuartal|kuarter)\\s+(?<q>IV|I{1,3}|[1-4]|pertama|kedua|ketiga|keempat)\\s+"
         "(?:tahun\\s+)?(?<y>(?:19|20)\\d{2})\\b(*MARK:quarter)",
         NEEDS_YEAR},
        /* A range of months or years stands for its end: "Januari-Juni 2024" is
         * as of June 2024, "2020-2024" as of 2024. */
        {"(?<![[:alnum:]])(?:%1$s)(?:\\s+(?:19|20)\\d{2})?\\s*%2$s\\s*"
         "(?<m>%1$s)\\s+(?:tahun\\s+)?(?<y>(?:19|20)\\d{2})\\b(*MARK:month)",
         NEEDS_YEAR},
        {"\\b(?:(?:tahun|periode|TA)\\s+)?(?:19|20)\\d{2}\\s*%2$s\\s*(?<y>(?:19|20)\\d{2})\\b"
         "(*MARK:year)",
         NEEDS_YEAR},
        /* A month and its year; "per September ini": that month of the year
         * it was said in; "posisi April kemarin", "Juni lalu": the last such
         * month. (The first branch needs a year, so in the patterns for
         * spans without one, which left it out, it only fails.) */
        {"(?<![[:alnum:]])(?<m>%1$s)\\s+(?:(?:tahun\\s+)?(?<y>(?:19|20)\\d{2})\\b(*MARK:month)|"
         "ini\\b(*MARK:monththisyear)|(?:kemarin|lalu|yang\\s+lalu)\\b(*MARK:monthrecent))",
         NEEDS_NOTHING},
        /* "pada 2025 mendatang": a year still to come when it was said. */
        {"\\b(?:(?:tahun|pada|di)\\s+)?(?<y>(?:19|20)\\d{2})\\s+(?:mendatang|nanti)\\b"
         "(*MARK:futureyear)",
         NEEDS_YEAR},
        {"\\b(?:tahun|thn\\.?|TA|pada|hingga|sampai|periode|per|sepanjang|selama|di|"
         "RKP|RPJMN|RPJMD|Renstra|BPS|Sakernas|dibandingkan|dibanding|untuk)\\s+"
         "(?<y>(?:19|20)\\d{2})\\b(*MARK:year)",
         NEEDS_YEAR},
        /* "dalam RAPBD 2025 untuk melindungi 10.000 petani": the year a
         * budget is for, which dates what it plans (a target), not what it
         * already pays for ("melalui APBD 2024" keeps its month). */
        {"\\b(?:R?APBD(?:-?P|\\s+Perubahan)?|R?APBN(?:-?P)?|APBDes|APBK)\\s+(?:tahun\\s+)?"
         "(?<y>(?:19|20)\\d{2})\\b(*MARK:budgetyear)",
         NEEDS_YEAR},
        /* "data tersebut didasarkan pada angka Satker 2020", "data Disnaker
         * 2023": the year of the data a source gives, after its name (a word
         * or two in capitals; a month, of the months lexicon, keeps its
         * month: "data BPS Agustus 2024"). */
        {"\\b(?:data|angka|laporan|survei)\\s+(?:(?!(?:%1$s)\\b)(?-i:[A-Z][A-Za-z]*)\\s+){1,2}"
         "(?<y>(?:19|20)\\d{2})\\b(*MARK:year)",
         NEEDS_YEAR},
        /* "..., 2023 naik menjadi 135.000 orang dan 2024 mencapai 150.200
         * orang": a year opening a clause of a series, before its verb (the
         * year first, as below, so the look-behind is tried at years only). */
        {"(?=(?:19|20)\\d\\d)(?<=,\\s|\\sdan\\s)(?<y>(?:19|20)\\d{2})"
         "(?=\\s+(?:naik|turun|meningkat|menurun|menjadi|mencapai|sebanyak|sebesar|tercatat|"
         "bertambah|berkurang)\\b)(*MARK:year)",
         NEEDS_YEAR},
        /* "- 2020: 29,98 juta", "2021: 30,66 juta": a year that labels a
         * line (a list item or a row) of numbers is the period of the line's
         * figures (not a heading's, "2018: Baru 25 Persen"). */
        {"(?<![^\\n])(?:[-\\x{2022}*]\\s*)?(?<y>(?:19|20)\\d{2})\\s*:(?=\\s*(?:Rp\\.?\\s*)?\\d)"
         "(*MARK:year)",
         NEEDS_YEAR},
        /* "pada 2023 dan 2024", "tahun 2022, 2023 dan 2024": the years listed
         * after a year are years too. The look-ahead of the year, which the
         * match starts with anyway, comes first: the look-behind's four
         * branches, tried at every place a period may start, were a
         * thirteenth of the finder's work. */
        {"(?=(?:19|20)\\d\\d)"
         "(?<=(?:19|20)\\d\\d,\\s|(?:19|20)\\d\\d\\sdan\\s|(?:19|20)\\d\\d,\\sdan\\s|"
         "(?:19|20)\\d\\d\\sserta\\s)(?<y>(?:19|20)\\d{2})\\b(*MARK:year)",
         NEEDS_YEAR},
        {"\\b(?:(?:hingga|sampai|per)\\s+)?(?:(?:saat|hari)\\s+ini|kini)\\b(*MARK:now)",
         NEEDS_NOTHING},
        /* "... dibandingkan akhir 2024. Saat itu, cakupan Kaltara masih 49,6
         * persen": then, the period named last before (not "sejak saat
         * itu", since then). */
        {"(?<!sejak\\s)\\b(?:saat|ketika|waktu|kala)\\s+itu\\b(*MARK:then)", NEEDS_NOTHING},
        /* "hingga Mei 2025 ... target pada bulan tersebut": the month named
         * last before; "tahun itu", its year. */
        {"\\b(?:bulan\\s+(?:tersebut|itu)\\b(*MARK:thenmonth)|"
         "tahun\\s+(?:tersebut|itu)\\b(*MARK:thenyear))",
         NEEDS_NOTHING},
        {"\\b(?:periode|waktu|bulan)\\s+(?:yang\\s+)?sama\\s+(?:pada\\s+|di\\s+)?tahun\\s+"
         "(?:lalu|sebelumnya)\\b(*MARK:samelastyear)",
         NEEDS_NOTHING},
        {"\\btahun\\s+(?:lalu\\b(*MARK:lastyear)|(?:depan|mendatang)\\b(*MARK:nextyear)|"
         "ini\\b(*MARK:thisyear))",
         NEEDS_NOTHING},
};

/* What joins the two ends of a range of months or years. */
static const char range_connector[] =
        "(?:\xE2\x80\x93|\xE2\x80\x94|-|s\\.\\s?d\\.?|s/d|hingga|sampai(?:\\s+dengan)?)";

enum { N_ALTERNATIVES = sizeof alternatives / sizeof *alternatives };

static const uint32_t pattern_options = PCRE2_UTF | PCRE2_CASELESS | PCRE2_DUPNAMES;

/* Appends an alternative, its month names and range connector written out. */
static void put_alternative(angka_buf *b, const char *alternative, const char *months)
{
	for (const char *p = alternative; *p; p++) {
		if (strncmp(p, "%1$s", 4) == 0) {
			angka_buf_puts(b, months);
			p += 3;
		} else if (strncmp(p, "%2$s", 4) == 0) {
			angka_buf_puts(b, range_connector);
			p += 3;
		} else {
			angka_buf_putc(b, *p);
		}
	}
}

/* Into *out (malloc'd, "" for none): a look-ahead of the characters a
 * match of the alternative can start with, as PCRE2 works them out for it
 * alone (its start bitmap, when it has one: an alternative that starts
 * with a letter has none, and needs none). In front of the alternative it
 * changes no match: PCRE2 starts no match of the alternative elsewhere.
 * It keeps the alternatives that open with a look-behind or a month name
 * from being tried at every word: a look-behind and a month alternation
 * five times a word were an eighth of the finder's work. Other characters
 * than ASCII pass it (the bitmap speaks of UTF-8 bytes). */
static int start_lookahead(char **out, const char *alternative, const char *months)
{
	angka_buf pattern = ANGKA_BUF_INIT, look = ANGKA_BUF_INIT;
	put_alternative(&pattern, alternative, months);
	int code = 0;
	PCRE2_SIZE offset = 0;
	pcre2_code *re = pattern.failed ? NULL
	                                : pcre2_compile((PCRE2_SPTR)pattern.data, pattern.len,
	                                                pattern_options, &code, &offset, NULL);
	const uint8_t *bits = NULL;
	if (re != NULL && pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bits) == 0 &&
	    bits != NULL) {
		angka_buf_puts(&look, "(?=[^\\x00-\\x7f]");
		bool any = false;
		for (unsigned c = 0; c < 0x80; c++) {
			if (!((bits[c / 8] >> (c % 8)) & 1))
				continue;
			angka_buf_puts(&look, any ? "" : "|[");
			angka_buf_printf(&look, "\\x%02x", c);
			any = true;
		}
		angka_buf_puts(&look, any ? "])" : ")");
	}
	pcre2_code_free(re);
	bool failed = pattern.failed;
	angka_buf_free(&pattern);
	*out = angka_buf_detach(&look);
	return failed || *out == NULL ? ANGKA_ENOMEM : ANGKA_OK;
}

/* Compiles the guard and the alternatives that need at most `have`, each
 * after its look-ahead (lookaheads), into *out. */
static int compile_pattern(pcre2_code **out, const char *months, char *const *lookaheads,
                           enum need have, angka_error *err)
{
	angka_buf pattern = ANGKA_BUF_INIT;
	angka_buf_puts(&pattern, guard);
	angka_buf_puts(&pattern, "(?:");
	bool first = true;
	for (size_t i = 0; i < N_ALTERNATIVES; i++) {
		if (alternatives[i].need > have)
			continue;
		if (!first)
			angka_buf_putc(&pattern, '|');
		first = false;
		angka_buf_puts(&pattern, lookaheads[i]);
		put_alternative(&pattern, alternatives[i].pattern, months);
	}
	angka_buf_putc(&pattern, ')');
	if (pattern.failed) {
		angka_buf_free(&pattern);
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	}
	int code = 0;
	PCRE2_SIZE offset = 0;
	*out = pcre2_compile((PCRE2_SPTR)pattern.data, pattern.len, pattern_options, &code, &offset,
	                     NULL);
	angka_buf_free(&pattern);
	if (*out == NULL) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(code, message, sizeof message);
		return angka_error_set(err, ANGKA_ERULE,
		                       "the period pattern does not compile: %s at offset %zu",
		                       message, (size_t)offset);
	}
	(void)pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
	return ANGKA_OK;
}

int angka_period_finder_new(angka_period_finder **out, const angka_lexicon *months,
                            angka_error *err)
{
	*out = NULL;
	angka_period_finder *finder = calloc(1, sizeof *finder);
	if (finder == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	finder->months = months;
	/* The month alternation carries (*MARK)s of its own; they come before
	 * each alternative's closing mark, which is the one pcre2_get_mark sees. */
	const char *alt = angka_lexicon_alternation(months);
	angka_buf key = ANGKA_BUF_INIT;
	angka_buf_printf(&key, "periods:%s", angka_lexicon_key(months));
	finder->key = angka_buf_detach(&key);
	int rc = finder->key ? ANGKA_OK : angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	char *lookaheads[N_ALTERNATIVES] = {NULL};
	for (size_t i = 0; rc == ANGKA_OK && i < N_ALTERNATIVES; i++)
		if (start_lookahead(&lookaheads[i], alternatives[i].pattern, alt) != ANGKA_OK)
			rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	for (enum need have = NEEDS_NOTHING; rc == ANGKA_OK && have <= NEEDS_YEAR; have++) {
		rc = compile_pattern(&finder->code[have], alt, lookaheads, have, err);
		if (rc == ANGKA_OK &&
		    pcre2_pattern_info(finder->code[have], PCRE2_INFO_MAXLOOKBEHIND,
		                       &finder->lookbehind[have]) != 0)
			finder->lookbehind[have] = UINT32_MAX;
	}
	for (size_t i = 0; i < N_ALTERNATIVES; i++)
		free(lookaheads[i]);
	if (rc != ANGKA_OK) {
		angka_period_finder_free(finder);
		return rc;
	}
	*out = finder;
	return ANGKA_OK;
}

void angka_period_finder_free(angka_period_finder *finder)
{
	if (finder == NULL)
		return;
	for (size_t i = 0; i < sizeof finder->code / sizeof *finder->code; i++)
		pcre2_code_free(finder->code[i]);
	free(finder->key);
	free(finder);
}

const char *angka_period_finder_key(const angka_period_finder *finder)
{
	return finder->key;
}

bool angka_period_finder_reads(const angka_period_finder *finder, const angka_lexicon *months)
{
	static const char prefix[] = "periods:";
	return strncmp(finder->key, prefix, sizeof prefix - 1) == 0 &&
	       strcmp(finder->key + sizeof prefix - 1, angka_lexicon_key(months)) == 0;
}

/* The value of a named group as an integer, or -1 when unset. Duplicate
 * names: the first that is set. */
static int group_int(pcre2_match_data *md, const char *name)
{
	PCRE2_UCHAR buf[16];
	PCRE2_SIZE len = sizeof buf;
	if (pcre2_substring_copy_byname(md, (PCRE2_SPTR)name, buf, &len) != 0)
		return -1;
	return atoi((const char *)buf);
}

static int ordinal(const char *s)
{
	static const char *const words[] = {"pertama", "kedua", "ketiga", "keempat"};
	static const char *const romans[] = {"I", "II", "III", "IV"};
	for (int i = 0; i < 4; i++)
		if (strcasecmp(s, words[i]) == 0 || strcasecmp(s, romans[i]) == 0)
			return i + 1;
	return atoi(s);
}

static int group_ordinal(pcre2_match_data *md, const char *name)
{
	PCRE2_UCHAR buf[16];
	PCRE2_SIZE len = sizeof buf;
	if (pcre2_substring_copy_byname(md, (PCRE2_SPTR)name, buf, &len) != 0)
		return -1;
	return ordinal((const char *)buf);
}

static int month_named(const angka_period_finder *finder, const pcre2_code *code,
                       pcre2_match_data *md, const char *text, const char *name)
{
	uint32_t number = 0;
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
	/* With duplicate names, find the set group through the name table. */
	PCRE2_SPTR first = NULL, last = NULL;
	int entry_size = pcre2_substring_nametable_scan(code, (PCRE2_SPTR)name, &first, &last);
	if (entry_size <= 0)
		return -1;
	for (PCRE2_SPTR e = first; e <= last; e += entry_size) {
		number = ((uint32_t)e[0] << 8) | e[1];
		if (ov[2 * (size_t)number] != PCRE2_UNSET) {
			const char *value = angka_lexicon_lookup(
			        finder->months, text + ov[2 * (size_t)number],
			        ov[2 * (size_t)number + 1] - ov[2 * (size_t)number]);
			return value ? atoi(value) : -1;
		}
	}
	return -1;
}

static int month_of(const angka_period_finder *finder, const pcre2_code *code, pcre2_match_data *md,
                    const char *text)
{
	return month_named(finder, code, md, text, "m");
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* PCRE2's verdicts on text that is not UTF-8 (or an offset inside a
 * character), as opposed to a match that failed. */
static bool is_utf_error(int rc)
{
	return (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) ||
	       rc == PCRE2_ERROR_BADUTFOFFSET;
}

/* Does a word that "itu" makes a time ("saat", "ketika", "waktu", "kala",
 * "bulan") end at text[at]? */
static bool then_before(const char *text, size_t start, size_t at)
{
	static const char *const words[] = {"saat", "ketika", "waktu", "kala", "bulan", NULL};
	for (size_t w = 0; words[w]; w++) {
		size_t len = strlen(words[w]);
		if (at >= start + len && strncasecmp(text + at - len, words[w], len) == 0)
			return true;
	}
	return false;
}

/* Can the alternatives that need no digit match in [start, end)? Each
 * match of theirs holds "tahun", "ini", "berjalan", "kemarin" or "lalu"
 * (the two "akhir tahun", "tahun/periode berjalan", a month or "saat/hari
 * ini", a month "kemarin" or "lalu", "periode yang sama tahun lalu",
 * "tahun lalu/depan/ini", "saat itu", "bulan tersebut/itu"): a span of ASCII without
 * any, in any case, holds none of their matches, and is two in five of
 * the bytes of an article. True when unsure (other bytes, which caseless
 * UTF matching might fold). */
static bool may_name_a_period(const char *text, size_t start, size_t end)
{
	for (size_t i = start; i < end; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c >= 0x80)
			return true;
		c |= 0x20;
		if ((c == 't' && i + 5 <= end && strncasecmp(text + i, "tahun", 5) == 0) ||
		    (c == 'b' && i + 14 <= end &&
		     strncasecmp(text + i, "bulan tersebut", 14) == 0) ||
		    (c == 'i' && i + 3 <= end && strncasecmp(text + i, "ini", 3) == 0) ||
		    (c == 'i' && i + 3 <= end && i >= start + 5 &&
		     strncasecmp(text + i - 1, " itu", 4) == 0 &&
		     then_before(text, start, i - 1)) ||
		    (c == 'b' && i + 8 <= end && strncasecmp(text + i, "berjalan", 8) == 0) ||
		    (c == 'k' && i + 7 <= end && strncasecmp(text + i, "kemarin", 7) == 0) ||
		    (c == 'l' && i + 4 <= end && strncasecmp(text + i, "lalu", 4) == 0))
			return true;
	}
	return false;
}

int angka_period_find(angka_period **out, size_t *n, const angka_period_finder *finder,
                      const char *text, size_t start, size_t end)
{
	enum need have = NEEDS_NOTHING;
	for (size_t i = start; i < end && have < NEEDS_YEAR; i++) {
		if (!is_digit(text[i]))
			continue;
		have = NEEDS_DIGIT;
		if (i + 4 <= end && is_digit(text[i + 2]) && is_digit(text[i + 3]) &&
		    ((text[i] == '1' && text[i + 1] == '9') ||
		     (text[i] == '2' && text[i + 1] == '0')))
			have = NEEDS_YEAR;
	}
	const pcre2_code *code = finder->code[have];
	/* The first call checks the UTF-8 of the span (as angka_lexicon_find
	 * does, and for the same reason, with the same cheaper check first);
	 * later calls start inside it. */
	uint32_t options = angka_utf8_pcre2_would_pass(text, start, end, finder->lookbehind[have])
	                           ? PCRE2_NO_UTF_CHECK
	                           : 0;
	/* The alternatives that need a digit but no year each hold a '/'
	 * ("1/2024", "Senin (22/1)") or "Tahun" ("Nomor 3 Tahun 2022"): a span
	 * of numbers without a year, a slash or any word of those that need
	 * nothing holds no period either, and was a fifth of the spans the
	 * pattern searched in vain. */
	if (have <= NEEDS_DIGIT && options == PCRE2_NO_UTF_CHECK &&
	    (have == NEEDS_NOTHING || memchr(text + start, '/', end - start) == NULL) &&
	    !may_name_a_period(text, start, end))
		return ANGKA_OK;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
	if (md == NULL)
		return ANGKA_ENOMEM;
	int rc = ANGKA_OK;
	PCRE2_SIZE offset = start;
	while (offset < end) {
		int found = pcre2_match(code, (PCRE2_SPTR)text, end, offset, options, md, NULL);
		if (is_utf_error(found)) {
			rc = ANGKA_EPARSE;
			break;
		}
		if (found < 0)
			break;
		options = PCRE2_NO_UTF_CHECK;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		const char *mark = (const char *)pcre2_get_mark(md);
		offset = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		angka_period p = {.start = ov[0], .end = ov[1], .kind = ANGKA_PERIOD_DATE};
		if (mark == NULL || strcmp(mark, "reg") == 0)
			continue;
		int year = group_int(md, "y");
		if (strcmp(mark, "day") == 0) {
			p.year = year;
			p.month = month_of(finder, code, md, text);
			p.day = group_int(md, "d");
		} else if (strcmp(mark, "dmy") == 0) {
			p.year = year;
			p.month = group_int(md, "mn");
			p.day = group_int(md, "d");
		} else if (strcmp(mark, "eoy") == 0) {
			p.year = year; /* "akhir 2024": the year's result */
		} else if (strcmp(mark, "stmtlong") == 0) {
			p.kind = ANGKA_PERIOD_STATEMENT;
			p.year = year;
			p.month = month_of(finder, code, md, text);
			p.day = group_int(md, "d");
		} else if (strcmp(mark, "stmt") == 0) {
			p.kind = ANGKA_PERIOD_STATEMENT;
			p.year = year > 0 ? year : 0;
			p.month = group_int(md, "mn");
			p.day = group_int(md, "d");
		} else if (strcmp(mark, "half") == 0) {
			p.year = year;
			p.month = group_ordinal(md, "half") == 1 ? 6 : 12;
		} else if (strcmp(mark, "quarter") == 0) {
			p.year = year;
			p.month = 3 * group_ordinal(md, "q");
		} else if (strcmp(mark, "month") == 0) {
			p.year = year;
			p.month = month_of(finder, code, md, text);
		} else if (strcmp(mark, "year") == 0 || strcmp(mark, "futureyear") == 0) {
			p.year = year;
			p.future = mark[0] == 'f';
		} else if (strcmp(mark, "budgetyear") == 0) {
			p.year = year;
			p.budget = true;
		} else if (strcmp(mark, "wholeyear") == 0) {
			/* Ten months or more to December are the year's results. */
			p.year = year;
			p.month = 12;
			int from = month_named(finder, code, md, text, "ms");
			p.whole_year = from >= 1 && from <= 3;
		} else if (strcmp(mark, "now") == 0) {
			p.kind = ANGKA_PERIOD_NOW;
		} else if (strncmp(mark, "then", 4) == 0) {
			p.kind = ANGKA_PERIOD_THEN;
			p.year_only = mark[4] == 'y';
			p.month_meant = mark[4] == 'm';
		} else if (strcmp(mark, "eolastyear") == 0 || strcmp(mark, "eothisyear") == 0) {
			p.kind = ANGKA_PERIOD_YEAR_OFFSET; /* the year's result */
			p.year_offset = mark[2] == 'l' ? -1 : 0;
		} else if (strcmp(mark, "lastyear") == 0 || strcmp(mark, "samelastyear") == 0) {
			p.kind = ANGKA_PERIOD_YEAR_OFFSET;
			p.year_offset = -1;
			p.same_period = mark[0] == 's';
		} else if (strcmp(mark, "nextyear") == 0) {
			p.kind = ANGKA_PERIOD_YEAR_OFFSET;
			p.year_offset = 1;
		} else if (strcmp(mark, "thisyear") == 0) {
			p.kind = ANGKA_PERIOD_YEAR_OFFSET;
		} else if (strcmp(mark, "monththisyear") == 0 || strcmp(mark, "monthrecent") == 0) {
			p.kind = ANGKA_PERIOD_YEAR_OFFSET;
			p.month = month_of(finder, code, md, text);
			p.recent = strcmp(mark, "monthrecent") == 0;
		}
		if (p.kind == ANGKA_PERIOD_STATEMENT &&
		    (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31))
			continue;
		if (p.kind == ANGKA_PERIOD_DATE &&
		    (p.year < 1900 || p.month < 0 || p.month > 12 || p.day < 0 || p.day > 31 ||
		     (p.day > 0 && p.month == 0)))
			continue;
		angka_period *grown = realloc(*out, (*n + 1) * sizeof *grown);
		if (grown == NULL) {
			rc = ANGKA_ENOMEM;
			break;
		}
		*out = grown;
		(*out)[(*n)++] = p;
	}
	pcre2_match_data_free(md);
	return rc;
}

void angka_period_format(char *buf, size_t size, int year, int month, int day)
{
	if (month > 0 && day > 0)
		snprintf(buf, size, "%04d-%02d-%02d", year, month, day);
	else if (month > 0)
		snprintf(buf, size, "%04d-%02d", year, month);
	else
		snprintf(buf, size, "%04d", year);
}
