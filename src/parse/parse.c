/* The parse stage's entry point and its paragraph filters.
 *
 * A producer (html.c or text.c) turns the document into candidate blocks in
 * reading order; this file decides which of them are the article: it finds
 * the title among them, drops the page furniture with the same rules for
 * both kinds of input, removes repeats, and reads the publication date,
 * dateline place and byline from what is left. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "angka/parse.h"
#include "parse/dates.h"
#include "parse/parse_internal.h"
#include "util/hash.h"

/* At most this many dropped blocks are reported; the rest are only counted
 * out of the text. */
#define MAX_DROPPED     2000
#define DROPPED_EXCERPT 200

/* Text predicates built on the shared ones ------------------------------------ */

static bool has_digit(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return true;
	return false;
}

/* Fewer than two letters or digits: "X", "•", "|". */
static bool is_noise(const char *s, size_t len)
{
	size_t alnum = 0;
	for (size_t i = 0; i < len && alnum < 2; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0xC3)
			alnum++;
	}
	return alnum < 2;
}

/* Ends a sentence and is long enough to be prose, not a headline. */
static bool is_prose(const char *s, size_t len, size_t words)
{
	return (words >= 8 && angka_parse_ends_sentence(s, len)) || words >= 25;
}

/* After a list heading or the closing credits, whether a block is still one
 * of the list's entries. HTML says so by its markup (list items, links);
 * plain text only by shape: a line that is not prose. A table row or prose
 * ends the list. */
static bool list_entry(const angka_parse_block *b, size_t words, bool footer)
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
static bool is_byline_meta(const char *s, size_t len, size_t words)
{
	if (words > 14)
		return false;
	return angka_parse_has_prefix(s, len, "photo author") ||
	       angka_parse_contains_ci(s, len, "kali dibaca") ||
	       angka_parse_contains_ci(s, len, "dilihat:") ||
	       angka_parse_contains_ci(s, len, " views") ||
	       angka_parse_contains_ci(s, len, "x dibaca");
}

/* A short line that only dates the page: "Updated 11:21 pm CST, Tuesday,
 * November 19, 2019", "LinkNaija August 08, 2018", "Posted by X on Nov 19,
 * 2019, 6:21 AM EST". Besides the date it may hold words and times, but no
 * other number (a figure "per 31 Desember 2024" stays) and no sentence end. */
static bool is_date_meta(const angka_parse_block *b, size_t words)
{
	const char *s = b->text;
	size_t len = b->len;
	angka_ymd date;
	size_t start = 0, end = 0;
	if (words > 16 || b->kind == ANGKA_BLOCK_HEADING || b->kind == ANGKA_BLOCK_TABLE_ROW ||
	    angka_parse_ends_sentence(s, len) || !angka_date_find(&date, &start, &end, s, len))
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

static bool word_in(const char *w, size_t n, const char *const *list)
{
	for (size_t i = 0; list[i] != NULL; i++)
		if (angka_parse_equals_ci(w, n, list[i]))
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
 * "segunda-feira, 22 de janeiro de 2018 às 0:13". It is a full date (with
 * its year) or a time with a date or a stamp word, and besides the stamp's
 * words at most a name; never a figure ("per 31 Desember 2024 tercatat
 * 1.234 peserta"), nor a date of an event ("June 17 -- Bridgestone Arena"). */
static bool is_stamp_line(const angka_parse_block *b, size_t words)
{
	if (words > 24 || b->kind == ANGKA_BLOCK_HEADING || b->kind == ANGKA_BLOCK_TABLE_ROW)
		return false;
	const char *s = b->text;
	size_t len = b->len, others = 0, months = 0, years = 0, dates = 0, times = 0, keys = 0;
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
		case STAMP_DAY:
		case STAMP_FILLER: break;
		case STAMP_OTHER: others++; break;
		}
		i = j;
	}
	bool date = (months > 0 && years > 0) || dates > 0;
	bool stamp = date || (times > 0 && (keys > 0 || months > 0));
	return stamp && others <= 4;
}

/* A label that stands where an ad is: "Advertisement", "Anzeige", "Continue
 * reading below". */
static bool is_ad_label(const char *s, size_t len, size_t words)
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
static int baca_juga(const char *s, size_t len, size_t words)
{
	static const char *const prefixes[] = {"baca juga",  "baca pula",       "simak juga",
	                                       "lihat juga", "baca lainnya",    "baca selengkapnya",
	                                       "read also",  "artikel terkait", NULL};
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
static const char *list_heading(const char *s, size_t len)
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
	        {"terkait", "related-list"},
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
	        {"share", "share"},
	        {"share this", "share"},
	        {"bagikan", "share"},
	        {"bagikan artikel", "share"},
	        {"bagikan berita", "share"},
	};
	size_t n = trim_label(s, len);
	for (size_t i = 0; i < sizeof headings / sizeof headings[0]; i++)
		if (angka_parse_equals_ci(s, n, headings[i].label))
			return headings[i].reason;
	return NULL;
}

/* A short heading that announces other articles without being one of the
 * list_heading labels: "More Great WIRED Stories", "You might also like". */
static bool related_heading(const char *s, size_t len, size_t words)
{
	static const char *const needles[] = {
	        "stories",      "more from",       "you may also like", "you might also like",
	        "you may like", "recommended for", "read more",         "read next",
	        "also read",    "most read",       "most popular",      "berita lain",
	        "artikel lain", "baca lainnya",    "berita terkait",    "artikel terkait",
	        "terpopuler",   "pilihan editor",  "pilihan redaksi",   NULL};
	if (words > 6 || angka_parse_ends_sentence(s, len))
		return false;
	for (size_t i = 0; needles[i] != NULL; i++)
		if (angka_parse_contains_ci(s, len, needles[i]))
			return true;
	return false;
}

/* A call to subscribe, follow or click, or a contact line: "Subscribe to
 * NJ.com's newsletters", "Have a tip? X may be reached at …", "Ikuti kami
 * di …". Short, so an article that discusses newsletters keeps its prose. */
static bool is_promo(const char *s, size_t len, size_t words)
{
	static const char *const needles[] = {
	        "subscribe to",   "sign up for",    "sign up to",        "newsletter",
	        "click here",     "follow us on",   "follow him on",     "follow her on",
	        "may be reached", "can be reached", "ikuti kami",        "berlangganan",
	        "klik di sini",   "klik disini",    "download aplikasi", NULL};
	if (words > 40)
		return false;
	for (size_t i = 0; needles[i] != NULL; i++)
		if (angka_parse_contains_ci(s, len, needles[i]))
			return true;
	return false;
}

/* "Editor: Wawan", "Penulis : X", "Oleh: X", "(Tulisan: REN; Foto: BZ)".
 * When the credit names the writer, author_at and author_len point at the
 * name. */
static bool is_credit(const char *s, size_t len, size_t words, size_t *author_at,
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
	        {"editor foto", false}, {"sumber", false},
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

static bool is_copyright(const char *s, size_t len, size_t words)
{
	if (words > 60)
		return false;
	return angka_parse_has_prefix(s, len, "dilarang mengambil") ||
	       angka_parse_has_prefix(s, len, "dilarang mengutip") ||
	       angka_parse_has_prefix(s, len, "copyright") ||
	       angka_parse_has_prefix(s, len, "hak cipta") ||
	       (words <= 40 && angka_parse_contains_ci(s, len, "\xC2\xA9")) ||
	       angka_parse_contains_ci(s, len, "all rights reserved");
}

/* Captions written as text: "Rakor UCJ (sbr: Humas …)", "Foto: …", or a
 * sentence closed by " / Source" (". / Pemprov Kaltim"). */
static bool is_text_caption(const char *s, size_t len, size_t words)
{
	if (words > 60)
		return false;
	if (angka_parse_has_prefix(s, len, "foto") && len > 5 && (s[4] == ':' || s[5] == ':'))
		return true;
	if (angka_parse_contains_ci(s, len, "(sbr:") || angka_parse_contains_ci(s, len, "(foto:") ||
	    angka_parse_contains_ci(s, len, "(sumber foto"))
		return s[len - 1] == ')';
	/* ". / Name Name" at the very end. */
	for (size_t i = len; i >= 3; i--) {
		if (s[i - 1] == '/' && s[i - 2] == ' ' && (s[i - 3] == '.' || s[i - 3] == ')')) {
			size_t tail = angka_parse_count_words(s + i, len - i);
			return tail >= 1 && tail <= 4 && !angka_parse_ends_sentence(s, len);
		}
	}
	return false;
}

static bool chat_start(const char *s, size_t len, size_t words)
{
	return angka_parse_has_prefix(s, len, "layanan chat") ||
	       (words <= 8 && angka_parse_has_prefix(s, len, "selamat datang di"));
}

static bool chat_filler(const char *s, size_t len, size_t words)
{
	return angka_parse_contains_ci(s, len, "lorem ipsum") ||
	       (words <= 4 && angka_parse_has_prefix(s, len, "mohon tunggu"));
}

/* A line a page header shows above the title: the date, the weather, a
 * city name. */
static bool header_widget(const char *s, size_t len, size_t words)
{
	return words < 4 || is_noise(s, len) || angka_parse_is_weather(s, len) ||
	       angka_date_is_line(s, len);
}

/* Headline-like: 4..40 words, no sentence-final period, not a date,
 * widget, list heading, credit or insert. */
static bool looks_like_title(const char *s, size_t len, size_t words)
{
	size_t author_at, author_len;
	if (words < 4 || words > 40)
		return false;
	size_t t = len;
	while (t > 0 && (s[t - 1] == '"' || s[t - 1] == '\'' || s[t - 1] == ')'))
		t--;
	if (t > 0 && s[t - 1] == '.')
		return false;
	return !angka_date_is_line(s, len) && !list_heading(s, len) &&
	       baca_juga(s, len, words) == 0 &&
	       !is_credit(s, len, words, &author_at, &author_len) && !is_copyright(s, len, words) &&
	       !chat_start(s, len, words) && !chat_filler(s, len, words);
}

/* Repeat detection: an open-addressing set of the kept texts -------------------- */

typedef struct seen_set {
	struct seen_slot {
		uint64_t hash;
		const char *text;
		size_t len;
	} * slots;
	size_t mask;
} seen_set;

static uint64_t fnv1a(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

static int seen_init(seen_set *set, size_t expected)
{
	size_t cap = 16;
	while (cap < expected * 2 + 2)
		cap *= 2;
	set->slots = calloc(cap, sizeof *set->slots);
	set->mask = cap - 1;
	return set->slots ? 0 : ANGKA_ENOMEM;
}

/* Insert text; true when it was already there. */
static bool seen_add(seen_set *set, const char *text, size_t len)
{
	uint64_t h = fnv1a(text, len);
	for (size_t i = (size_t)h & set->mask;; i = (i + 1) & set->mask) {
		struct seen_slot *slot = &set->slots[i];
		if (slot->text == NULL) {
			*slot = (struct seen_slot){h, text, len};
			return false;
		}
		if (slot->hash == h && slot->len == len && memcmp(slot->text, text, len) == 0)
			return true;
	}
}

/* Assembly --------------------------------------------------------------------- */

enum filter_mode {
	MODE_NONE,
	MODE_LIST,   /* after a list heading: its items */
	MODE_FOOTER, /* after the closing credits: the footer lines */
	MODE_CHAT,   /* inside a chat widget */
};

static const char *const CONSUMED = "title";

static int add_dropped(angka_article *a, const angka_parse_block *b, const char *reason)
{
	if (a->n_dropped >= MAX_DROPPED)
		return 0;
	/* Grow by doubling: capacity is the next power of two (from 16). */
	if (a->n_dropped == 0 || (a->n_dropped >= 16 && (a->n_dropped & (a->n_dropped - 1)) == 0)) {
		size_t cap = a->n_dropped == 0 ? 16 : a->n_dropped * 2;
		angka_dropped *grown = realloc(a->dropped, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		a->dropped = grown;
	}
	size_t n = angka_parse_utf8_cut(b->text, b->len, DROPPED_EXCERPT);
	angka_dropped *d = &a->dropped[a->n_dropped];
	d->text = angka_strndup(b->text, n);
	d->reason = angka_strdup(reason);
	if (d->text == NULL || d->reason == NULL) {
		free(d->text);
		free(d->reason);
		d->text = d->reason = NULL;
		return ANGKA_ENOMEM;
	}
	a->n_dropped++;
	return 0;
}

/* The title's block: in HTML the first block with the title's text, else the
 * first <h1>; in text (or HTML without a title) the first headline-like
 * block before any prose. Returns -1 when there is none. *title_out gets
 * the title to use when the producer had none. */
static long find_title(const angka_parse_blocks *bl, const char *meta_title)
{
	size_t limit = bl->n < 40 ? bl->n : 40;
	if (meta_title != NULL) {
		size_t tlen = strlen(meta_title);
		long h1 = -1;
		for (size_t i = 0; i < limit; i++) {
			const angka_parse_block *b = &bl->items[i];
			if (b->drop != NULL)
				continue;
			if (b->len == tlen && memcmp(b->text, meta_title, tlen) == 0)
				return (long)i;
			if (h1 < 0 && (b->flags & ANGKA_PARSE_BLK_H1))
				h1 = (long)i;
		}
		return h1;
	}
	for (size_t i = 0; i < bl->n && i < 12; i++) {
		const angka_parse_block *b = &bl->items[i];
		if (b->drop != NULL)
			continue;
		size_t words = angka_parse_count_words(b->text, b->len);
		if (looks_like_title(b->text, b->len, words))
			return (long)i;
		if (!header_widget(b->text, b->len, words) &&
		    !angka_parse_is_weather(b->text, b->len) && !chat_start(b->text, b->len, words))
			return -1;
	}
	return -1;
}

/* The reason block i is not part of the article, or NULL to keep it.
 * Updates the mode and the byline. */
typedef struct filter_state {
	enum filter_mode mode;
	const char *mode_reason;
	size_t kept;
	long title_index;
	seen_set seen;
	size_t author_block;
	size_t author_at;
	size_t author_len;
	bool has_author;
} filter_state;

static const char *classify(filter_state *fs, const angka_parse_block *b, size_t index)
{
	const char *s = b->text;
	size_t len = b->len;
	size_t words = angka_parse_count_words(s, len);
	size_t author_at = 0, author_len = 0;

	if (fs->mode == MODE_CHAT) {
		if (words >= 20 && angka_parse_ends_sentence(s, len) && !chat_filler(s, len, words))
			fs->mode = MODE_NONE;
		else
			return "chat-widget";
	}
	if (is_noise(s, len))
		return "noise";
	if (angka_parse_is_weather(s, len))
		return "header-widget";
	if (chat_start(s, len, words)) {
		fs->mode = MODE_CHAT;
		return "chat-widget";
	}
	if (chat_filler(s, len, words))
		return "chat-widget";
	if ((b->flags & ANGKA_PARSE_BLK_CAPTION) || is_text_caption(s, len, words))
		return "caption";

	int bj = baca_juga(s, len, words);
	if (bj != 0) {
		if (bj == 2) {
			fs->mode = MODE_LIST;
			fs->mode_reason = "baca-juga";
		}
		return "baca-juga";
	}
	const char *heading = list_heading(s, len);
	if (heading != NULL) {
		fs->mode = MODE_LIST;
		fs->mode_reason = heading;
		return heading;
	}
	if (is_credit(s, len, words, &author_at, &author_len)) {
		if (author_len > 0 && !fs->has_author) {
			fs->has_author = true;
			fs->author_block = index;
			fs->author_at = author_at;
			fs->author_len = author_len;
		}
		if (fs->kept > 0) {
			fs->mode = MODE_FOOTER;
			fs->mode_reason = "footer";
		}
		return "credit";
	}
	if (is_byline_meta(s, len, words))
		return "byline";
	if (fs->kept < 3 && words <= 6 && angka_parse_has_prefix(s, len, "by") &&
	    !angka_parse_ends_sentence(s, len))
		return "byline";
	if (is_date_meta(b, words) || is_stamp_line(b, words))
		return "dateline";
	if (is_ad_label(s, len, words))
		return "ads";
	if (is_promo(s, len, words))
		return "promo";
	if (b->kind != ANGKA_BLOCK_LIST_ITEM && fs->mode != MODE_LIST &&
	    related_heading(s, len, words)) {
		fs->mode = MODE_LIST;
		fs->mode_reason = "related-list";
		return "related-list";
	}
	if (is_copyright(s, len, words)) {
		if (fs->kept > 0) {
			fs->mode = MODE_FOOTER;
			fs->mode_reason = "footer";
		}
		return "copyright";
	}
	if (angka_date_is_line(s, len))
		return "dateline";
	if (b->kind != ANGKA_BLOCK_TABLE_ROW && seen_add(&fs->seen, s, len))
		return "repeated";
	if (fs->mode == MODE_LIST || fs->mode == MODE_FOOTER) {
		if (list_entry(b, words, fs->mode == MODE_FOOTER))
			return fs->mode_reason;
		fs->mode = MODE_NONE;
	}
	if (b->flags & ANGKA_PARSE_BLK_LINKY)
		return "link-list";
	/* A name alone between the title and the first paragraph: the byline. */
	if (fs->kept == 0 && fs->title_index >= 0 && b->kind == ANGKA_BLOCK_PARAGRAPH &&
	    words <= 3 && !has_digit(s, len) && !angka_parse_ends_sentence(s, len))
		return "byline";
	return NULL;
}

/* The publication date written in the first paragraphs after the title: a
 * date line, a date right after a weekday ("Rabu (26/03/2025)"), else any
 * date; "3 bulan lalu" resolved against fetched_at. Looks at the kept
 * blocks and at those dropped as dateline, byline, caption or credit. */
static void visible_date(angka_article *a, const angka_parse_blocks *bl, const char **status,
                         long title_index, const char *fetched_at)
{
	size_t candidates[16];
	size_t n = 0;
	size_t kept = 0;
	for (size_t i = title_index < 0 ? 0 : (size_t)title_index + 1; i < bl->n && n < 16; i++) {
		const char *st = status[i];
		if (st == NULL) {
			candidates[n++] = i;
			if (++kept >= 4)
				break;
		} else if (strcmp(st, "dateline") == 0 || strcmp(st, "byline") == 0 ||
		           strcmp(st, "caption") == 0 || strcmp(st, "credit") == 0) {
			candidates[n++] = i;
		}
	}
	angka_ymd date;
	char iso[11];
	for (int pass = 0; pass < 2; pass++) {
		for (size_t k = 0; k < n; k++) {
			const angka_parse_block *b = &bl->items[candidates[k]];
			size_t start = 0, end = 0;
			bool line = angka_date_is_line(b->text, b->len);
			bool found = angka_date_find(&date, &start, &end, b->text, b->len);
			if (pass == 0 && line && !found) {
				int amount;
				angka_date_unit unit;
				if (!angka_date_find_relative(&amount, &unit, &start, &end, b->text,
				                              b->len))
					continue;
				/* Without the fetch time the page's "3 bulan lalu" means nothing.
				 */
				if (angka_date_resolve_relative(&date, amount, unit, fetched_at)) {
					angka_date_format(iso, &date);
					a->published = angka_strdup(iso);
					a->published_approx = a->published != NULL;
				}
				return;
			}
			if (!found)
				continue;
			if (pass == 1 || line || angka_date_weekday_before(b->text, start)) {
				angka_date_format(iso, &date);
				a->published = angka_strdup(iso);
				return;
			}
		}
	}
}

static int assemble(angka_article *a, angka_parse_blocks *bl, angka_parse_meta *meta,
                    const angka_document *doc, angka_error *err)
{
	int rc = 0;
	const char **status = NULL;
	angka_buf text = ANGKA_BUF_INIT;
	filter_state fs;
	memset(&fs, 0, sizeof fs);
	text.limit = ANGKA_PARSE_MAX_TEXT;

	status = calloc(bl->n + 1, sizeof *status);
	if (status == NULL || seen_init(&fs.seen, bl->n + 1) != 0)
		goto nomem;

	long title_index = find_title(bl, meta->title);
	const char *title = meta->title;
	if (title == NULL && title_index >= 0)
		title = bl->items[title_index].text;
	fs.title_index = title_index;
	if (title != NULL) {
		a->title = angka_strdup(title);
		if (a->title == NULL)
			goto nomem;
		seen_add(&fs.seen, a->title, strlen(a->title));
	}

	for (size_t i = 0; i < bl->n; i++) {
		const angka_parse_block *b = &bl->items[i];
		const char *reason = b->drop;
		if (reason == NULL && (long)i < title_index &&
		    header_widget(b->text, b->len, angka_parse_count_words(b->text, b->len)))
			reason = "header-widget";
		if (reason == NULL && (long)i == title_index) {
			status[i] = CONSUMED;
			if (strcmp(b->text, a->title) != 0 && add_dropped(a, b, "title") != 0)
				goto nomem;
			continue;
		}
		if (reason == NULL)
			reason = classify(&fs, b, i);
		status[i] = reason;
		if (reason != NULL) {
			if (add_dropped(a, b, reason) != 0)
				goto nomem;
			continue;
		}
		fs.kept++;
	}
	if (fs.kept == 0) {
		rc = angka_error_set(err, ANGKA_EEMPTY, "%s: no article text found", doc->source);
		goto cleanup;
	}

	/* The text: the title as a heading, then the kept blocks. */
	a->paragraphs = calloc(fs.kept + 1, sizeof *a->paragraphs);
	if (a->paragraphs == NULL)
		goto nomem;
	if (a->title != NULL) {
		angka_buf_puts(&text, a->title);
		a->paragraphs[a->n_paragraphs++] =
		        (angka_paragraph){0, text.len, ANGKA_BLOCK_HEADING};
	}
	for (size_t i = 0; i < bl->n; i++) {
		if (status[i] != NULL)
			continue;
		const angka_parse_block *b = &bl->items[i];
		if (text.len > 0)
			angka_buf_append(&text, "\n\n", 2);
		size_t start = text.len;
		angka_buf_append(&text, b->text, b->len);
		a->paragraphs[a->n_paragraphs++] = (angka_paragraph){start, text.len, b->kind};
	}
	if (text.failed) {
		rc = angka_error_set(err, ANGKA_ETOOBIG, "%s: article text over %zu bytes",
		                     doc->source, (size_t)ANGKA_PARSE_MAX_TEXT);
		goto cleanup;
	}
	a->text_len = text.len;
	a->text = angka_buf_detach(&text);
	if (a->text == NULL)
		goto nomem;

	/* Metadata: what the markup said, else what the text shows. */
	a->site = angka_strdup(meta->site);
	a->canonical_url = angka_strdup(meta->canonical_url);
	if (meta->author != NULL) {
		a->author = angka_strdup(meta->author);
	} else if (fs.has_author) {
		const angka_parse_block *b = &bl->items[fs.author_block];
		a->author = angka_strndup(b->text + fs.author_at, fs.author_len);
	}
	if (meta->published != NULL)
		a->published = angka_strdup(meta->published);
	else
		visible_date(a, bl, status, title_index, doc->fetched_at);
	/* An update time dates the page better than nothing. */
	if (a->published == NULL && meta->modified != NULL) {
		a->published = angka_strdup(meta->modified);
		if (a->published == NULL)
			goto nomem;
	}
	size_t looked = 0;
	for (size_t i = 0; i < bl->n && looked < 3 && a->dateline_place == NULL; i++) {
		if (status[i] != NULL)
			continue;
		a->dateline_place = angka_dateline_place(bl->items[i].text, bl->items[i].len);
		looked++;
	}
	if ((meta->site && !a->site) || (meta->canonical_url && !a->canonical_url) ||
	    (meta->published && !a->published))
		goto nomem;
	if (angka_sha256_hex(a->content_hash, a->text, a->text_len) != 0)
		goto nomem;
	goto cleanup;

nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory assembling the article",
	                     doc->source);
cleanup:
	free(status);
	free(fs.seen.slots);
	angka_buf_free(&text);
	return rc;
}

int angka_parse_document(angka_article **out, const angka_document *doc, angka_error *err)
{
	int rc = 0;
	angka_article *a = NULL;
	angka_parse_blocks blocks = {NULL, 0, 0, 0};
	angka_parse_meta meta = {NULL, NULL, NULL, NULL, NULL, NULL};

	if (out == NULL || doc == NULL || (doc->bytes == NULL && doc->len > 0)) {
		rc = angka_error_set(err, ANGKA_EINVAL, "%s: invalid arguments to the parser",
		                     doc && doc->source ? doc->source : "(document)");
		goto cleanup;
	}
	*out = NULL;
	const char *source = doc->source ? doc->source : "(document)";
	angka_document view = *doc;
	view.source = (char *)(uintptr_t)source;
	static const unsigned char nothing[1] = {0};
	if (view.bytes == NULL)
		view.bytes = (unsigned char *)(uintptr_t)nothing;

	if (view.kind == ANGKA_CONTENT_HTML)
		rc = angka_parse_html_blocks(&blocks, &meta, &view, err);
	else
		rc = angka_parse_text_blocks(&blocks, &meta, &view, err);
	if (rc != 0)
		goto cleanup;

	a = calloc(1, sizeof *a);
	if (a == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", source);
		goto cleanup;
	}
	a->source = angka_strdup(source);
	a->fetched_at = angka_strdup(doc->fetched_at);
	if (a->source == NULL || (doc->fetched_at != NULL && a->fetched_at == NULL)) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", source);
		goto cleanup;
	}
	rc = assemble(a, &blocks, &meta, &view, err);
	if (rc != 0)
		goto cleanup;
	*out = a;
	a = NULL;
cleanup:
	angka_article_free(a);
	angka_parse_blocks_free(&blocks);
	angka_parse_meta_free(&meta);
	return rc;
}

void angka_article_free(angka_article *article)
{
	if (article == NULL)
		return;
	free(article->source);
	free(article->text);
	free(article->paragraphs);
	free(article->title);
	free(article->site);
	free(article->canonical_url);
	free(article->author);
	free(article->published);
	free(article->dateline_place);
	free(article->fetched_at);
	for (size_t i = 0; i < article->n_dropped; i++) {
		free(article->dropped[i].text);
		free(article->dropped[i].reason);
	}
	free(article->dropped);
	free(article);
}
