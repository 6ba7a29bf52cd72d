/* The paragraph filters' text predicates (filters.c), shared by the
 * assembly in parse.c. Each takes folded text; words is its word count.
 * Internal to src/parse; the comments in filters.c give the shapes each
 * one recognises. */
#ifndef ANGKA_PARSE_FILTERS_H
#define ANGKA_PARSE_FILTERS_H

#include <stdbool.h>
#include <stddef.h>

#include "parse/parse_internal.h"

bool angka_filter_has_digit(const char *s, size_t len);
/* Fewer than two letters or digits. */
bool angka_filter_noise(const char *s, size_t len);
/* After a list heading or the closing credits: still one of the entries. */
bool angka_filter_list_entry(const angka_parse_block *b, size_t words, bool footer);
/* View counters and author lines: "Dilihat: 2.417 kali". */
bool angka_filter_byline_meta(const char *s, size_t len, size_t words);
/* A short line that only dates the page (one date, times, words). */
bool angka_filter_date_meta(const angka_parse_block *b, size_t words);
/* A time stamp line of the open web: "Published Nov 18, 2019 at 4:07 PM". */
bool angka_filter_stamp_line(const angka_parse_block *b, size_t words);
/* "Advertisement", "Anzeige", "Continue reading below". */
bool angka_filter_ad_label(const char *s, size_t len, size_t words);
/* "Baca Juga: …": 0 no, 1 an insert, 2 the heading of a list of links. */
int angka_filter_baca_juga(const char *s, size_t len, size_t words);
/* A lone heading announcing a list ("Terpopuler", "Tags"): the reason. */
const char *angka_filter_list_heading(const char *s, size_t len);
/* A short heading announcing other articles ("More … Stories"). */
bool angka_filter_related_heading(const char *s, size_t len, size_t words);
/* A call to subscribe, follow or click, or a contact line. */
bool angka_filter_promo(const char *s, size_t len, size_t words);
/* "Editor: X", "Penulis: X"; author_at and author_len point at a writer's
 * name when the credit names one. */
bool angka_filter_credit(const char *s, size_t len, size_t words, size_t *author_at,
                         size_t *author_len);
/* "Dilarang mengambil …", "Copyright", "©", "All rights reserved". */
bool angka_filter_copyright(const char *s, size_t len, size_t words);
/* Captions written as text: "Foto: …", "(sbr: …)", ". / Source". */
bool angka_filter_text_caption(const char *s, size_t len, size_t words);
/* The start of a chat widget, and its filler. */
bool angka_filter_chat_start(const char *s, size_t len, size_t words);
bool angka_filter_chat_filler(const char *s, size_t len, size_t words);
/* A line a page header shows above the title: a date, the weather. */
bool angka_filter_header_widget(const char *s, size_t len, size_t words);
/* "Home » Luwu Raya": a site's breadcrumb, anywhere in the page. */
bool angka_filter_breadcrumb(const char *s, size_t len, size_t words);
/* Headline-like: 4..40 words, no final period, no date or furniture. */
bool angka_filter_looks_like_title(const char *s, size_t len, size_t words);

#endif
