/* The paragraph filters' text predicates: what page furniture looks like as
 * text, in Indonesian and in the languages of the open web. The same rules
 * serve HTML and plain text; parse.c applies them in order. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse/dates.h"
#include "parse/filters.h"
#include "util/lexicon.h"

/* Text predicates built on the shared ones ------------------------------------ */

bool angka_filter_has_digit(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return true;
	return false;
}

/* Fewer than two letters or digits: "X", "•", "|". */
static bool names_a_site(const char *s, size_t len);

bool angka_filter_noise(const char *s, size_t len)
{
	size_t alnum = 0;
	for (size_t i = 0; i < len && alnum < 2; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0xC3)
			alnum++;
	}
	return alnum < 2;
}

/* Most of its words of three letters or more capitalised, as headlines
 * write them ("Pekerja Informal yang Terlindungi Jamsostek Baru 11 Persen,
 * Apa Kendalanya?"), where prose capitalises names only. */
static bool headline_cased(const char *s, size_t len)
{
	size_t words = 0, capitals = 0;
	for (size_t i = 0; i < len; i++) {
		if (i > 0 && s[i - 1] != ' ')
			continue;
		size_t n = 0;
		while (i + n < len && isalpha((unsigned char)s[i + n]))
			n++;
		if (n < 3)
			continue;
		words++;
		capitals += isupper((unsigned char)s[i]) != 0;
	}
	return words >= 4 && capitals * 10 >= words * 7;
}

/* Ends a sentence and is long enough to be prose, not a headline (which
 * may end on the question it asks). */
static bool is_prose(const char *s, size_t len, size_t words)
{
	/* "Berikut daftar lima kabupaten/kota dengan cakupan tertinggi ...:": a
	 * lead that announces what follows is the story's, not a link */
	size_t e = len;
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n'))
		e--;
	bool leads = words >= 6 && e > 0 && s[e - 1] == ':';
	bool asks = e > 0 && s[e - 1] == '?';
	return (words >= 8 && angka_parse_ends_sentence(s, len) &&
	        !(asks && headline_cased(s, len))) ||
	       words >= 25 || leads;
}

/* After a list heading or the closing credits, whether a block is still one
 * of the list's entries. HTML says so by its markup (list items, links);
 * plain text only by shape: a line that is not prose. A table row or prose
 * ends the list. */
bool angka_filter_list_entry(const angka_parse_block *b, size_t words, bool footer)
{
	if (b->kind == ANGKA_BLOCK_TABLE_ROW || is_prose(b->text, b->len, words))
		return false;
	/* After the closing credits anything short is footer, markup or not. */
	if ((b->flags & ANGKA_PARSE_BLK_MARKUP) && !footer)
		return b->kind == ANGKA_BLOCK_LIST_ITEM || (b->flags & ANGKA_PARSE_BLK_LINKY);
	return true;
}

/* A page's counters and author lines: "Dilihat: 2.417 kali", "1.234 kali
 * dibaca", "Photo Author - Selasa, …". */
bool angka_filter_byline_meta(const char *s, size_t len, size_t words)
{
	if (words > 14)
		return false;
	static const char *const needles[] = {"kali dibaca", "dilihat:", " views", "x dibaca",
	                                      NULL};
	return angka_parse_has_prefix(s, len, "photo author") ||
	       angka_parse_contains_any_ci(s, len, needles);
}

/* A short line that only dates the page: "Updated 11:21 pm CST, Tuesday,
 * November 19, 2019", "LinkNaija August 08, 2018", "Posted by X on Nov 19,
 * 2019, 6:21 AM EST". Besides the date it may hold words and times, but no
 * other number (a figure "per 31 Desember 2024" stays) and no sentence end;
 * nor does it announce what follows ("Berikut capaian UCJ kabupaten/kota
 * per 31 Agustus 2025 yang dipaparkan dalam rakor:" leads a list), nor date
 * data ("Capaian UCJ Kabupaten/Kota di DIY per 30 September 2025", a
 * table's caption: "per", "hingga", "sampai" a date is as of when). */
bool angka_parse_date_is_data(const char *s, size_t date_start)
{
	static const char *const as_of[] = {"per ",   "hingga ",   "sampai ", "s.d. ", "posisi ",
	                                    "sejak ", "semenjak ", "mulai ",  NULL};
	for (size_t i = 0; as_of[i]; i++) {
		size_t n = strlen(as_of[i]);
		if (date_start >= n && strncasecmp(s + date_start - n, as_of[i], n) == 0 &&
		    (date_start == n || s[date_start - n - 1] == ' '))
			return true;
	}
	return false;
}

bool angka_filter_date_meta(const angka_parse_block *b, size_t words)
{
	const char *s = b->text;
	size_t len = b->len;
	angka_ymd date;
	size_t start = 0, end = 0;
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (words > 16 || b->kind == ANGKA_BLOCK_HEADING || b->kind == ANGKA_BLOCK_TABLE_ROW ||
	    angka_parse_ends_sentence(s, len) || (len > 0 && s[len - 1] == ':') ||
	    !angka_date_find(&date, &start, &end, s, len) || angka_parse_date_is_data(s, start))
		return false;
	for (size_t i = 0; i < len; i++) {
		if (i == start) {
			i = end - 1;
			continue;
		}
		if (s[i] < '0' || s[i] > '9')
			continue;
		size_t j = i;
		while (j < len && s[j] >= '0' && s[j] <= '9')
			j++;
		/* The hours and minutes of a time of day: "6:21", "11.10". */
		bool hours = j - i <= 2 && j + 1 < len && (s[j] == ':' || s[j] == '.') &&
		             s[j + 1] >= '0' && s[j + 1] <= '9';
		bool minutes = j - i == 2 && i > 0 && (s[i - 1] == ':' || s[i - 1] == '.');
		if (!hours && !minutes)
			return false;
		i = j - 1;
	}
	return true;
}

/* s without trailing spaces, colons and dashes. */
static size_t trim_label(const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == ':' || s[len - 1] == '-'))
		len--;
	return len;
}

/* A word of a time stamp line. */
enum stamp_word {
	STAMP_OTHER,   /* a word of something else, or a name */
	STAMP_FIGURE,  /* a number no date has: "1.234", "5,000", "250" */
	STAMP_DAY,     /* "18", "19th" */
	STAMP_YEAR,    /* "2019" */
	STAMP_DATE,    /* "11/18/19", "18.11.2019", "2019-11-18" */
	STAMP_MONTH,   /* "Nov.", "November", "janeiro" */
	STAMP_TIME,    /* "10:48", "8.21" */
	STAMP_KEYWORD, /* "published", "updated", "posted", ... */
	STAMP_FILLER   /* weekday, am/pm, zone, "at", "on", separators */
};

static unsigned char fold_ascii(char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : (unsigned char)c;
}

/* Is w[0, n) one of list (any case)? A word whose first letter differs is
 * passed over without comparing it whole: every word of every short line
 * is looked up in two lists of dozens. */
static bool word_in(const char *w, size_t n, const char *const *list)
{
	if (n == 0)
		return false; /* no word of a list is empty */
	unsigned char first = fold_ascii(w[0]);
	for (size_t i = 0; list[i] != NULL; i++)
		if (fold_ascii(list[i][0]) == first && angka_parse_equals_ci(w, n, list[i]))
			return true;
	return false;
}

/* A number: its digit groups decide what it can be. */
static enum stamp_word stamp_number(const char *w, size_t n)
{
	size_t groups = 0, len = 0, widths[4] = {0, 0, 0, 0};
	char sep = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && w[i] >= '0' && w[i] <= '9') {
			len++;
			continue;
		}
		if (groups == 4 || len == 0)
			return STAMP_FIGURE;
		widths[groups++] = len;
		len = 0;
		if (i < n)
			sep = w[i];
	}
	if (groups == 1) {
		if (widths[0] <= 2)
			return STAMP_DAY;
		int year = atoi(w);
		return widths[0] == 4 && year >= 1900 && year <= 2100 ? STAMP_YEAR : STAMP_FIGURE;
	}
	for (size_t g = 0; g < groups; g++)
		if (widths[g] == 3 || widths[g] > 4)
			return STAMP_FIGURE; /* thousands: "1.234" */
	if (groups == 2 && widths[0] <= 2 && widths[1] == 2 && (sep == ':' || sep == '.'))
		return STAMP_TIME;
	if (groups == 3 && sep == ':')
		return STAMP_TIME;
	/* d/m/y, m/d/y, y-m-d: the day and month in one or two digits, the year
	 * in two or four. */
	if (groups == 3 && sep != ',' &&
	    ((widths[0] <= 2 && widths[1] <= 2 && (widths[2] == 2 || widths[2] == 4)) ||
	     (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2)))
		return STAMP_DATE;
	return STAMP_FIGURE;
}

static enum stamp_word stamp_word(const char *w, size_t n)
{
	/* The words around a stamp in the languages of the open web. */
	static const char *const keywords[] = {
	        "published",  "updated",    "posted",      "original",       "modified",
	        "last",       "diperbarui", "diterbitkan", "veröffentlicht", "aktualisiert",
	        "publié",     "publicado",  "atualizado",  "actualizado",    "pubblicato",
	        "aggiornato", NULL};
	static const char *const fillers[] = {
	        "on",   "at",  "by",    "am",    "pm",      "a.m", "p.m",  "et",  "gmt",
	        "utc",  "est", "edt",   "cst",   "cdt",     "pst", "pdt",  "mst", "mdt",
	        "bst",  "cet", "cest",  "hst",   "ist",     "wib", "wita", "wit", "min",
	        "read", "ago", "hours", "hour",  "minutes", "de",  "às",   "le",  "à",
	        "um",   "uhr", "von",   "pukul", "and",     NULL};
	while (n > 0 && (w[n - 1] == ',' || w[n - 1] == '.' || w[n - 1] == ':' || w[n - 1] == ';' ||
	                 w[n - 1] == ')' || w[n - 1] == '|'))
		n--;
	while (n > 0 && (w[0] == '(' || w[0] == '|' || w[0] == '@')) {
		/* A handle ("@9to5mac") signs an embedded post: no stamp. A
		 * time may follow an '@' ("@17:19"). */
		if (w[0] == '@') {
			for (size_t i = 1; i < n; i++)
				if (((w[i] | 0x20) >= 'a' && (w[i] | 0x20) <= 'z') || w[i] == '_')
					return STAMP_FIGURE;
		}
		w++;
		n--;
	}
	if (n == 0)
		return STAMP_FILLER;
	size_t digits = 0, other = 0;
	for (size_t i = 0; i < n; i++) {
		if (w[i] >= '0' && w[i] <= '9')
			digits++;
		else if (w[i] != '/' && w[i] != '-' && w[i] != '.' && w[i] != ':' && w[i] != ',')
			other++;
	}
	if (digits > 0 && other == 0)
		return stamp_number(w, n);
	/* An ordinal day: "19th", "1st"; a time run into its half: "8:40AM". */
	if (digits > 0 && digits <= 2 && n == digits + 2 && other == 2 &&
	    (angka_parse_has_prefix(w + digits, 2, "st") ||
	     angka_parse_has_prefix(w + digits, 2, "nd") ||
	     angka_parse_has_prefix(w + digits, 2, "rd") ||
	     angka_parse_has_prefix(w + digits, 2, "th")))
		return STAMP_DAY;
	if (digits > 0 && other == 2 && n > 2 &&
	    (angka_parse_has_prefix(w + n - 2, 2, "am") ||
	     angka_parse_has_prefix(w + n - 2, 2, "pm")))
		return stamp_number(w, n - 2) == STAMP_TIME ? STAMP_TIME : STAMP_OTHER;
	if (digits == 0 && other == 0)
		return STAMP_FILLER; /* "-", "/" */
	if (angka_date_month(w, n) != 0)
		return STAMP_MONTH;
	if (word_in(w, n, keywords))
		return STAMP_KEYWORD;
	if (angka_date_weekday(w, n) != 0 || word_in(w, n, fillers))
		return STAMP_FILLER;
	/* Dashes and bullets written as UTF-8 ("–", "—", "·", "•"). */
	if ((unsigned char)w[0] >= 0xC2 && n <= 3)
		return STAMP_FILLER;
	return STAMP_OTHER;
}

/* A time stamp line in any of the usual shapes: "Published Nov 18, 2019 at
 * 4:07 PM | Updated at 5:36 PM CST", "November 19th, 2019 at 8:40 AM",
 * "By Justine Coleman - 11/18/19 11:04 PM EST", "Updated at 1:23 p.m.",
 * "segunda-feira, 22 de janeiro de 2018 às 0:13". It is a full date (day,
 * month and year) or a time with a date or a stamp word, and besides the stamp's
 * words at most a name; never a figure ("per 31 Desember 2024 tercatat
 * 1.234 peserta"), nor a date of an event ("June 17 -- Bridgestone Arena"). */
bool angka_filter_stamp_line(const angka_parse_block *b, size_t words)
{
	if (words > 24 || b->kind == ANGKA_BLOCK_TABLE_ROW)
		return false;
	const char *s = b->text;
	size_t len = b->len, others = 0, months = 0, days = 0, years = 0, dates = 0, times = 0,
	       keys = 0;
	/* A question, an exclamation, a sentence: text, not a stamp ("a.m." and
	 * "p.m." end stamps too). */
	if (len > 0 && (s[len - 1] == '?' || s[len - 1] == '!'))
		return false;
	if (angka_parse_ends_sentence(s, len) &&
	    !(len >= 4 && (angka_parse_equals_ci(s + len - 4, 4, "a.m.") ||
	                   angka_parse_equals_ci(s + len - 4, 4, "p.m."))))
		return false;
	for (size_t i = 0; i < len;) {
		while (i < len && s[i] == ' ')
			i++;
		size_t j = i;
		while (j < len && s[j] != ' ')
			j++;
		if (j == i)
			break;
		switch (stamp_word(s + i, j - i)) {
		case STAMP_FIGURE: return false;
		case STAMP_MONTH: months++; break;
		case STAMP_YEAR: years++; break;
		case STAMP_DATE: dates++; break;
		case STAMP_TIME: times++; break;
		case STAMP_KEYWORD: keys++; break;
		case STAMP_DAY: days++; break;
		case STAMP_FILLER: break;
		case STAMP_OTHER: others++; break;
		}
		i = j;
	}
	bool date = (months > 0 && days > 0 && years > 0) || dates > 0;
	bool stamp = date || (times > 0 && (keys > 0 || months > 0));
	return stamp && others <= 4;
}

/* A label that stands where an ad is: "Advertisement", "Anzeige", "Continue
 * reading below". */
bool angka_filter_ad_label(const char *s, size_t len, size_t words)
{
	static const char *const labels[] = {"advertisement",
	                                     "advertisements",
	                                     "advert",
	                                     "advertising",
	                                     "ad",
	                                     "sponsored",
	                                     "sponsored content",
	                                     "anzeige",
	                                     "werbung",
	                                     "publicité",
	                                     "publicidad",
	                                     "publicidade",
	                                     "pubblicità",
	                                     "reklame",
	                                     "reklama",
	                                     "iklan",
	                                     "continue reading below",
	                                     "story continues below",
	                                     "article continues below",
	                                     "continue reading the main story",
	                                     "scroll to continue with content",
	                                     NULL};
	if (words > 6)
		return false;
	size_t n = trim_label(s, len);
	return word_in(s, n, labels);
}

/* "Baca Juga: …", "BACA JUGA", "Simak juga …": 0 no, 1 an insert, 2 only the
 * heading of a list of links that follows. */
int angka_filter_baca_juga(const char *s, size_t len, size_t words)
{
	/* "Next Article Pekerja Informal Makin Banyak, 59% Angkatan Kerja ...",
	 * "Video: Klaim JHT Tembus Rp49 Triliun": the link to another story is
	 * no part of this one. */
	static const char *const prefixes[] = {"baca juga",
	                                       "(baca juga",
	                                       "baca:",
	                                       "(baca:",
	                                       "baca pula",
	                                       "simak juga",
	                                       "lihat juga",
	                                       "baca lainnya",
	                                       "baca selengkapnya",
	                                       "read also",
	                                       "artikel terkait",
	                                       "next article",
	                                       "previous article",
	                                       "artikel selanjutnya",
	                                       "artikel sebelumnya",
	                                       "berita selanjutnya",
	                                       "berita sebelumnya",
	                                       "video:",
	                                       "saksikan video",
	                                       "tonton video",
	                                       "simak video",
	                                       "tonton juga",
	                                       NULL};
	if (words > 40)
		return 0;
	for (size_t i = 0; prefixes[i] != NULL; i++) {
		if (!angka_parse_has_prefix(s, len, prefixes[i]))
			continue;
		size_t n = strlen(prefixes[i]);
		return trim_label(s, len) <= n ? 2 : 1;
	}
	return 0;
}

/* A lone heading that announces a list of other articles, tags or share
 * buttons: the reason to drop it and what follows it. */
const char *angka_filter_list_heading(const char *s, size_t len)
{
	static const struct {
		const char *label;
		const char *reason;
	} headings[] = {
	        {"terpopuler", "related-list"},
	        {"berita terpopuler", "related-list"},
	        {"terpopuler hari ini", "related-list"},
	        {"populer", "related-list"},
	        {"berita populer", "related-list"},
	        {"artikel terbaru", "related-list"},
	        {"berita terbaru", "related-list"},
	        {"terbaru", "related-list"},
	        {"terkini", "related-list"},
	        {"berita terkini", "related-list"},
	        {"rekomendasi", "related-list"},
	        {"rekomendasi untuk anda", "related-list"},
	        {"berita rekomendasi", "related-list"},
	        {"berita terkait", "related-list"},
	        {"artikel terkait", "related-list"},
	        {"pos terkait", "related-list"},
	        {"post terkait", "related-list"},
	        {"terkait", "related-list"},
	        {"lihat juga", "related-list"},
	        {"berita pilihan", "related-list"},
	        {"artikel pilihan", "related-list"},
	        {"paling banyak dibaca", "related-list"},
	        {"terhangat", "related-list"},
	        {"berita lain", "related-list"},
	        {"berita lainnya", "related-list"},
	        {"artikel lainnya", "related-list"},
	        {"pilihan editor", "related-list"},
	        {"pilihan redaksi", "related-list"},
	        {"trending", "related-list"},
	        {"most popular", "related-list"},
	        {"popular", "related-list"},
	        {"related", "related-list"},
	        {"related articles", "related-list"},
	        {"related posts", "related-list"},
	        {"latest news", "related-list"},
	        {"more stories", "related-list"},
	        {"topik", "tags"},
	        {"topik terkait", "tags"},
	        {"tags", "tags"},
	        {"tag", "tags"},
	        {"key points", "summary"},
	        {"key takeaways", "summary"},
	        {"highlights", "summary"},
	        {"in brief", "summary"},
	        {"share", "share"},
	        {"share this", "share"},
	        {"bagikan", "share"},
	        {"bagikan artikel", "share"},
	        {"bagikan berita", "share"},
	        {"like this", "share"},
	        {"more", "related-list"},
	};
	size_t n = trim_label(s, len);
	for (size_t i = 0; i < sizeof headings / sizeof headings[0]; i++)
		if (angka_parse_equals_ci(s, n, headings[i].label))
			return headings[i].reason;
	return NULL;
}

/* A short heading that announces other articles without being one of the
 * list_heading labels: "More Great WIRED Stories", "You might also like". */
bool angka_filter_related_heading(const char *s, size_t len, size_t words)
{
	static const char *const needles[] = {
	        "stories",      "more from",       "you may also like", "you might also like",
	        "you may like", "recommended for", "read more",         "read next",
	        "also read",    "most read",       "most popular",      "berita lain",
	        "artikel lain", "baca lainnya",    "berita terkait",    "artikel terkait",
	        "terpopuler",   "pilihan editor",  "pilihan redaksi",   NULL};
	if (words > 6 || angka_parse_ends_sentence(s, len))
		return false;
	return angka_parse_contains_any_ci(s, len, needles);
}

/* A call to subscribe, follow or click, or a contact line: "Subscribe to
 * NJ.com's newsletters", "Have a tip? X may be reached at …", "Ikuti kami
 * di …". Short, so an article that discusses newsletters keeps its prose. */
/* An e-mail address: "name@host.tld". */
static bool has_email(const char *s, size_t len)
{
	for (const char *at = memchr(s, '@', len); at != NULL;
	     at = memchr(at + 1, '@', len - (size_t)(at + 1 - s))) {
		size_t i = (size_t)(at - s);
		if (i == 0 || s[i - 1] == ' ')
			continue;
		const char *dot = memchr(at, '.', len - i);
		const char *space = memchr(at, ' ', len - i);
		if (dot != NULL && (space == NULL || dot < space) && dot > at + 1)
			return true;
	}
	return false;
}

bool angka_filter_promo(const char *s, size_t len, size_t words)
{
	if (words <= 20 && has_email(s, len))
		return true;
	static const char *const needles[] = {"subscribe to",
	                                      "sign up for",
	                                      "sign up to",
	                                      "newsletter",
	                                      "click here",
	                                      "follow us on",
	                                      "follow him on",
	                                      "follow her on",
	                                      "may be reached",
	                                      "can be reached",
	                                      "ikuti kami",
	                                      "berlangganan",
	                                      "klik di sini",
	                                      "klik disini",
	                                      "download aplikasi",
	                                      "read the full story",
	                                      "already a subscriber",
	                                      "subscribe now",
	                                      NULL};
	if (words > 40)
		return false;
	return angka_parse_contains_any_ci(s, len, needles);
}

/* "Editor: Wawan", "Penulis : X", "Oleh: X", "(Tulisan: REN; Foto: BZ)".
 * When the credit names the writer, author_at and author_len point at the
 * name. */
bool angka_filter_credit(const char *s, size_t len, size_t words, size_t *author_at,
                         size_t *author_len)
{
	static const struct {
		const char *label;
		bool author;
	} labels[] = {
	        {"editor", false},      {"penulis", true}, {"oleh", true},
	        {"reporter", true},     {"pewarta", true}, {"redaktur", false},
	        {"penyunting", false},  {"writer", true},  {"author", true},
	        {"kontributor", true},  {"foto", false},   {"fotografer", false},
	        {"editor foto", false}, {"sumber", false}, {"source", false},
	};
	*author_len = 0;
	if (words > 12)
		return false;
	if (len >= 2 && s[0] == '(' && s[len - 1] == ')' && memchr(s, ':', len) != NULL) {
		static const char *const marks[] = {"tulisan",  "foto",    "penulis", "editor",
		                                    "reporter", "pewarta", "sumber",  NULL};
		for (size_t i = 0; marks[i] != NULL; i++)
			if (angka_parse_has_prefix(s + 1, len - 1, marks[i]))
				return true;
		return false;
	}
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		if (!angka_parse_has_prefix(s, len, labels[i].label))
			continue;
		size_t j = strlen(labels[i].label);
		while (j < len && s[j] == ' ')
			j++;
		if (j >= len || s[j] != ':')
			continue;
		j++;
		while (j < len && s[j] == ' ')
			j++;
		if (labels[i].author && j < len) {
			/* The name ends at a separator or a digit (a view counter
			 * run into the byline: "Redaksi 1.234 kali dibaca"). */
			size_t e = j;
			while (e < len && s[e] != ';' && s[e] != '|' && s[e] != ',' &&
			       s[e] != '/' && !(s[e] >= '0' && s[e] <= '9'))
				e++;
			while (e > j && s[e - 1] == ' ')
				e--;
			*author_at = j;
			*author_len = e - j;
		}
		return true;
	}
	return false;
}

bool angka_filter_copyright(const char *s, size_t len, size_t words)
{
	if (words > 60)
		return false;
	/* The sign counts in a short text only; one search for both. */
	static const char *const marks[] = {"\xC2\xA9", "all rights reserved", NULL};
	/* "Artikel ini telah tayang di Bangkapos.com dengan judul 52,3 Persen
	 * Pekerja ..., https://...": where the story first ran, its title again
	 * (the Tribun network closes every page so). */
	static const char *const notices[] = {"dilarang mengambil",
	                                      "dilarang mengutip",
	                                      "copyright",
	                                      "hak cipta",
	                                      "artikel ini telah tayang",
	                                      "artikel ini sudah tayang",
	                                      "berita ini telah tayang",
	                                      "artikel ini telah terbit",
	                                      "artikel ini pernah tayang",
	                                      NULL};
	for (size_t i = 0; notices[i] != NULL; i++)
		if (angka_parse_has_prefix(s, len, notices[i]))
			return true;
	return angka_parse_contains_any_ci(s, len, words <= 40 ? marks : marks + 1);
}

/* Captions written as text: "Rakor UCJ (sbr: Humas …)", "Foto: …", or a
 * sentence closed by " / Source" (". / Pemprov Kaltim"). */
bool angka_filter_text_caption(const char *s, size_t len, size_t words)
{
	if (words > 60)
		return false;
	if (angka_parse_has_prefix(s, len, "foto") && len > 5 && (s[4] == ':' || s[5] == ':'))
		return true;
	/* One search for the three (the text lowered once, not three times). */
	static const char *const credits[] = {"(sbr:", "(foto:", "(sumber foto", NULL};
	if (angka_parse_contains_any_ci(s, len, credits))
		return s[len - 1] == ')';
	/* Photo credits: "Name | Bloomberg | Getty Images", "(Name / AP Photo)". */
	static const char *const agencies[] = {"getty images", "ap photo",    "afp photo",
	                                       "shutterstock", "istockphoto", "image credit",
	                                       "photo credit", "file photo",  NULL};
	if (words <= 40 && !(angka_parse_ends_sentence(s, len) && words > 12))
		if (angka_parse_contains_any_ci(s, len, agencies))
			return true;
	/* ". / Name Name" at the very end. */
	for (size_t i = len; i >= 3; i--) {
		if (s[i - 1] == '/' && s[i - 2] == ' ' && (s[i - 3] == '.' || s[i - 3] == ')')) {
			size_t tail = angka_parse_count_words(s + i, len - i);
			return tail >= 1 && tail <= 4 && !angka_parse_ends_sentence(s, len);
		}
	}
	return false;
}

bool angka_filter_chat_start(const char *s, size_t len, size_t words)
{
	return angka_parse_has_prefix(s, len, "layanan chat") ||
	       (words <= 8 && angka_parse_has_prefix(s, len, "selamat datang di"));
}

bool angka_filter_chat_filler(const char *s, size_t len, size_t words)
{
	return (words <= 200 && angka_parse_contains_ci(s, len, "lorem ipsum")) ||
	       (words <= 4 && angka_parse_has_prefix(s, len, "mohon tunggu"));
}

/* "Home » Luwu Raya", "Beranda › Ekonomi › Bisnis", "Home Nasional Makassar
 * Sulsel Ekonomi": a breadcrumb or the site's menu, the page's place in its
 * site, wherever the capture put it. */
bool angka_filter_breadcrumb(const char *s, size_t len, size_t words)
{
	/* A paragraph of prose (over twenty words, fewer than two pipes) is
	 * none of the shapes below: skip scanning its words for sections. */
	if (words > 20) {
		size_t bars = 0;
		for (const char *p = memchr(s, '|', len); p && bars < 2;
		     p = memchr(p + 1, '|', len - (size_t)(p + 1 - s)))
			bars++;
		if (bars < 2)
			return false;
	}
	static const char *const homes[] = {"home", "beranda", "index", "indeks", "news", NULL};
	bool home = false;
	for (size_t h = 0; homes[h] && !home; h++)
		home = angka_parse_has_prefix(s, len, homes[h]);
	/* "Metropolis | Ekonomi | Kepri | Nasional | Olahraga | Opini": a menu,
	 * three of a news site's sections or more and no number */
	static const char *const sections[] = {
	        "Ekonomi",      "Bisnis",    "Olahraga",      "Politik",
	        "Opini",        "Nasional",  "Internasional", "Hukum",
	        "Video",        "Foto",      "Berita",        "Daerah",
	        "Teknologi",    "Hiburan",   "Kesehatan",     "Pendidikan",
	        "Metropolis",   "Wawancara", "Indeks",        "Otomotif",
	        "Lifestyle",    "Regional",  "Sport",         "Money",
	        "News",         "Wisata",    "Kuliner",       "Sepakbola",
	        "Travel",       "Edukasi",   "Kriminal",      "Peristiwa",
	        "Pemerintahan", "Humaniora", "Budaya",        "Sosial",
	        "Hikmah",       NULL};
	size_t hits = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			return false;
		if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '|')
			continue;
		size_t w = i;
		while (w < len && s[w] != ' ' && s[w] != '|')
			w++;
		hits += w > i && angka_word_is_one_of(s + i, w - i, sections);
	}
	if (hits >= 3 && words <= 20)
		return true;
	/* "Ekonomi | Bisnis | Makassar": two sections among short items that
	 * pipes set apart */
	size_t pipes = 0, longest = 0, run = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || s[i] == '|') {
			longest = run > longest ? run : longest;
			run = 0;
			pipes += i < len;
		} else if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '|')) {
			run++;
		}
	}
	if (hits >= 2 && pipes >= 2 && longest <= 2)
		return true;
	/* "Health > Info Kesehatan": a short line that steps with " > " is one
	 * wherever it starts. */
	if (!home && words <= 8 && !angka_parse_ends_sentence(s, len))
		for (size_t i = 0; i + 2 < len; i++)
			if (s[i] == ' ' && s[i + 1] == '>' && s[i + 2] == ' ')
				return true;
	if (!home || words > 14)
		return false;
	for (size_t i = 0; i + 2 < len; i++)
		if ((s[i] == ' ' && (s[i + 1] == '>' || s[i + 1] == '/')) ||
		    ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xBB) ||
		    ((unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		     (unsigned char)s[i + 2] == 0xBA))
			return true;
	/* "Home Nasional Makassar Sulsel Ekonomi Bisnis Olahraga": a menu, every
	 * word a capitalised link, no number, no stop. */
	if (words < 4)
		return false;
	for (size_t i = 0; i < len; i++) {
		if ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ',')
			return false;
		if ((i == 0 || s[i - 1] == ' ') && s[i] >= 'a' && s[i] <= 'z')
			return false;
	}
	return true;
}

/* A line a page header shows above the title: the date, the weather, a
 * city name. */
bool angka_filter_header_widget(const char *s, size_t len, size_t words)
{
	return words < 4 || angka_filter_noise(s, len) || angka_parse_is_weather(s, len) ||
	       angka_date_is_line(s, len) || (words <= 8 && names_a_site(s, len));
}

/* Headline-like: 4..40 words, no sentence-final period, not a date,
 * widget, list heading, credit or insert. */
/* "TARAKANNEWS.ID | Berita Kaltara Terkini": a word that is a web address
 * ("x.id", "x.com", "x.co.id") names the site, which a headline does not. */
static bool names_a_site(const char *s, size_t len)
{
	static const char *const tlds[] = {".id", ".com", ".net", ".co", ".org", NULL};
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '.' || i == 0 ||
		    !((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z'))
			continue;
		for (size_t t = 0; tlds[t]; t++) {
			size_t n = strlen(tlds[t]);
			if (i + n <= len && strncasecmp(s + i, tlds[t], n) == 0 &&
			    (i + n == len || s[i + n] == ' ' || s[i + n] == '.' || s[i + n] == '|'))
				return true;
		}
	}
	return false;
}

/* "... di kawasan Gatot Subroto, Jakarta. ANTARA/Fauzan Rifai": a photo's
 * caption, closed by its agency and photographer. */
static bool ends_with_photo_credit(const char *s, size_t len)
{
	if (angka_parse_has_prefix(s, len, "ilustrasi"))
		return true;
	/* "... di Muara Angke, Jakarta Utara. (ilustrasi)", "(Liputan6.com/Dok)":
	 * a closing bracket that says what the picture is or whose */
	size_t t = len;
	while (t > 0 && s[t - 1] == ' ')
		t--;
	if (t > 0 && s[t - 1] == ')') {
		size_t o = t - 1;
		while (o > 0 && s[o] != '(')
			o--;
		static const char *const marks[] = {"ilustrasi", "foto", "dok", "/", NULL};
		for (size_t m = 0; marks[m]; m++) {
			size_t n = strlen(marks[m]);
			for (size_t i = o; i + n <= t; i++)
				if (strncasecmp(s + i, marks[m], n) == 0)
					return true;
		}
	}
	/* the last "Agency/Name": a capitalised word right before the slash,
	 * after a stop or a dash, and a name of a few words after it */
	const char *slash = NULL;
	for (size_t i = 1; i < len; i++)
		if (s[i] == '/' && s[i - 1] >= 'A' && s[i - 1] <= 'Z' + 32)
			slash = s + i;
	if (slash == NULL)
		return false;
	size_t at = (size_t)(slash - s), w = at;
	while (w > 0 && s[w - 1] != ' ')
		w--;
	bool agency = w < at && s[w] >= 'A' && s[w] <= 'Z';
	bool set_off =
	        w >= 2 &&
	        (s[w - 2] == '.' || s[w - 2] == '-' ||
	         (w >= 4 && (unsigned char)s[w - 4] == 0xE2 && (unsigned char)s[w - 3] == 0x80));
	return agency && set_off && angka_parse_count_words(slash + 1, len - at - 1) <= 4;
}

bool angka_filter_looks_like_title(const char *s, size_t len, size_t words)
{
	size_t author_at, author_len;
	if (words < 4 || words > 40 || names_a_site(s, len) || ends_with_photo_credit(s, len))
		return false;
	/* "Oleh Ayu Lestari Wibowo", "Arbi Anugrah - detikJateng": a byline */
	if (words <= 5 && angka_parse_has_prefix(s, len, "oleh"))
		return false;
	for (size_t i = 0; words <= 6 && i + 3 < len; i++)
		if (s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ' &&
		    angka_parse_count_words(s + i + 3, len - i - 3) == 1)
			return false;
	size_t t = len;
	while (t > 0 && (s[t - 1] == '"' || s[t - 1] == '\'' || s[t - 1] == ')'))
		t--;
	if (t > 0 && s[t - 1] == '.')
		return false;
	return !angka_date_is_line(s, len) && !angka_filter_list_heading(s, len) &&
	       !angka_filter_breadcrumb(s, len, words) &&
	       angka_filter_baca_juga(s, len, words) == 0 &&
	       !angka_filter_credit(s, len, words, &author_at, &author_len) &&
	       !angka_filter_copyright(s, len, words) && !angka_filter_chat_start(s, len, words) &&
	       !angka_filter_chat_filler(s, len, words);
}
