/* Internal interfaces of the parse stage, shared by parse.c (orchestration
 * and the paragraph filters), html.c (libxml2), text.c (plain text, UTF-8,
 * white space) and dates.c. Not installed; nothing outside src/parse uses
 * this header (dates.h is the part meant for reuse). */
#ifndef ANGKA_PARSE_INTERNAL_H
#define ANGKA_PARSE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/error.h"
#include "angka/fetch.h"
#include "angka/parse.h"
#include "util/buf.h"

/* Hard cap on the main text of one article: the fetch cap times the worst
 * UTF-8 growth of a single-byte charset. */
#define ANGKA_PARSE_MAX_TEXT (ANGKA_FETCH_MAX_BYTES * 3)

/* Block flags set by the producers (html.c, text.c) for the filters. */
enum {
	ANGKA_PARSE_BLK_CAPTION = 1u << 0, /* figcaption or similar: always dropped */
	ANGKA_PARSE_BLK_LINKY = 1u << 1,   /* mostly link text (HTML only) */
	ANGKA_PARSE_BLK_H1 = 1u << 2,      /* came from an <h1> */
	ANGKA_PARSE_BLK_MARKUP = 1u << 3,  /* came from HTML, so its kind is known */
};

/* One candidate paragraph, its text already folded (single spaces, no
 * leading or trailing space, valid UTF-8). A block whose drop is set was
 * removed by its producer (a boilerplate element) and is only reported. */
typedef struct angka_parse_block {
	char *text;
	size_t len;
	angka_block_kind kind;
	unsigned flags;
	const char *drop; /* static reason string, or NULL */
} angka_parse_block;

typedef struct angka_parse_blocks {
	angka_parse_block *items;
	size_t n;
	size_t cap;
	size_t total; /* bytes of text held, for the cap */
} angka_parse_blocks;

/* Metadata a producer found outside the paragraphs. All strings are
 * malloc'd, folded UTF-8, or NULL. published is "YYYY-MM-DD". */
typedef struct angka_parse_meta {
	char *title;
	char *site;
	char *canonical_url;
	char *author;
	char *published;
	char *modified; /* "YYYY-MM-DD" of the last update: the date of last resort */
} angka_parse_meta;

/* Incremental white-space folding into a buffer: runs of ASCII white space,
 * control characters, NBSP and the Unicode spaces become one space; zero
 * width characters, soft hyphens and BOMs vanish; leading and trailing
 * space is never written. The input must be valid UTF-8. */
typedef struct angka_parse_folder {
	angka_buf buf;
	bool pending_space;
} angka_parse_folder;

void angka_parse_fold(angka_parse_folder *f, const char *s, size_t n);
/* A block boundary that keeps the buffer: the next text starts after a
 * space (used for <br> inside table cells and between cells' words). */
void angka_parse_fold_space(angka_parse_folder *f);
/* Folds into f a line folded already (each byte is folded once). */
void angka_parse_fold_folded(angka_parse_folder *f, const angka_parse_folder *line);
/* A line break (<br>) inside a block: written as '\n', which folded text
 * otherwise never holds, so the block can be split at it later. */
void angka_parse_fold_break(angka_parse_folder *f);
/* Whether next continues line, which was wrapped: line ends no sentence and
 * next starts in lower case ("…artikel" / "di atas untuk…"). */
bool angka_parse_wrapped(const char *line, size_t line_len, const char *next, size_t next_len);

/* UTF-8 helpers (text.c). */
bool angka_parse_utf8_valid(const unsigned char *s, size_t n);
/* Valid UTF-8 without NUL bytes and without a leading BOM: text that needs
 * no repair. */
bool angka_parse_utf8_clean(const unsigned char *s, size_t n);
/* Whether a charset label (NULL: none) means UTF-8. */
bool angka_parse_charset_utf8(const char *charset);
/* Copy s into a new NUL-terminated buffer, replacing each invalid byte with
 * U+FFFD, NUL with U+FFFD, and dropping a leading BOM. *out_len receives the
 * length. Returns NULL when out of memory. */
char *angka_parse_utf8_sanitize(const unsigned char *s, size_t n, size_t *out_len);
/* The longest prefix of s, at most max bytes, that ends on a character
 * boundary. */
size_t angka_parse_utf8_cut(const char *s, size_t len, size_t max);
/* Decode s from charset (NULL: UTF-8) into new valid UTF-8, NUL-terminated,
 * without a BOM. Latin-1 and ASCII labels are read as windows-1252, as
 * browsers do; other charsets go through iconv; an unknown label falls back
 * to UTF-8 when the bytes are valid UTF-8, else windows-1252. NULL when out
 * of memory. */
char *angka_parse_decode(const unsigned char *s, size_t n, const char *charset, size_t *out_len);

/* A plain text's tables flattened to one cell per line, as rows whose cells
 * " | " parts (text_tables.c): *rows is the whole text rewritten (NUL-
 * terminated), or NULL when it holds no such table. ANGKA_OK or
 * ANGKA_ENOMEM. */
int angka_parse_cells_to_rows(char **rows, size_t *rows_len, const char *s, size_t n);

/* A line of a plain text without Markdown's marks (markdown.c): its
 * heading and quote openers ("# ", "> "), emphasis that pairs ("**1,2
 * juta**", "_Kota_"), links and images ("[teks](url)": the text;
 * "![alt](url)": nothing) and escapes ("1\\. "). Writes the line to out
 * (emptied first) and returns true, or returns false when it has none. */
bool angka_parse_unmark(angka_buf *out, const char *s, size_t n);

/* A plain text's tables whose columns runs of spaces align (a release's
 * PDF as pdftotext -layout prints it, a fixed-width report), as rows whose
 * cells " | " parts (text_tables.c): *rows is the whole text rewritten
 * (NUL-terminated), or NULL when it holds no such table. A line is a row
 * when runs of two spaces or more part it into 3 to 8 short cells that
 * start or end in the columns of the line beside it, a number among them;
 * a line of words right above such rows, in as many cells, is their
 * header. ANGKA_OK or ANGKA_ENOMEM. */
int angka_parse_aligned_to_rows(char **rows, size_t *rows_len, const char *s, size_t n);

/* A plain text's table rows a capture flattened with single spaces ("1 Aceh
 * 583.638 117.947": a rank or none, a label of one to six words starting
 * with a capital, then two numbers or more, each maybe with its unit), as
 * rows whose cells " | " parts: two lines in a row of that shape with as
 * many cells. Their header, if any, stays a line of text: its columns
 * cannot be told apart. Same contract as angka_parse_cells_to_rows. */
int angka_parse_spaced_to_rows(char **rows, size_t *rows_len, const char *s, size_t n);

/* A plain text's table header wrapped over two '|' lines ("| Provinsi |
 * Peserta PU | Cakupan |" over "| | Aktif | (%) |", a row of numbers after
 * them), as one header line whose cells are the two lines' cells together.
 * Same contract as angka_parse_cells_to_rows. */
int angka_parse_header_rows(char **rows, size_t *rows_len, const char *s, size_t n);

/* filters.c: is the date that starts at s[date_start] the date a figure is
 * as of ("per 31 Desember 2024", "hingga ...", "posisi ...") or one things
 * began on ("sejak 1 Juli 2015", "mulai ..."), not the page's? */
bool angka_parse_date_is_data(const char *s, size_t date_start);

/* Block list (text.c). angka_parse_blocks_add copies text (folding it when
 * fold is true) and ignores empty text. Returns 0 or ANGKA_ENOMEM /
 * ANGKA_ETOOBIG. */
int angka_parse_blocks_add(angka_parse_blocks *bl, const char *text, size_t len, bool fold,
                           angka_block_kind kind, unsigned flags, const char *drop);
void angka_parse_blocks_free(angka_parse_blocks *bl);
void angka_parse_meta_free(angka_parse_meta *meta);

/* Producers. Each fills blocks (in reading order) and meta; on failure it
 * sets err naming doc->source and returns a negative code. */
int angka_parse_text_blocks(angka_parse_blocks *blocks, angka_parse_meta *meta,
                            const angka_document *doc, angka_error *err);
int angka_parse_html_blocks(angka_parse_blocks *blocks, angka_parse_meta *meta,
                            const angka_document *doc, angka_error *err);

/* Paragraph predicates shared by both producers' output (text.c). Each
 * takes folded text. */
size_t angka_parse_count_words(const char *s, size_t len);
/* Ends in . ! ? or an ellipsis, possibly followed by closing quotes or
 * brackets. */
bool angka_parse_ends_sentence(const char *s, size_t len);
/* "26.1 C", "26°C", "-3 °F": a lone temperature, the header weather widget. */
bool angka_parse_is_weather(const char *s, size_t len);
/* Case-insensitive ASCII prefix test; the prefix must end at a word
 * boundary in s. */
bool angka_parse_has_prefix(const char *s, size_t len, const char *prefix);
bool angka_parse_equals_ci(const char *s, size_t len, const char *word);
bool angka_parse_contains_ci(const char *s, size_t len, const char *needle);
/* Whether s holds any of needles (NULL-terminated), ignoring ASCII case;
 * fastest with needles written in lower case. */
bool angka_parse_contains_any_ci(const char *s, size_t len, const char *const *needles);

#endif
