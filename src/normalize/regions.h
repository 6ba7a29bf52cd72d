/* The region gazetteer: every province, regency and city of Indonesia with
 * its Kemendagri code (rules/regions.tsv), the abbreviations the press uses
 * (rules/region_abbreviations.tsv), and groupings (Sumbagsel, Kalimantan).
 * Internal to the normalize stage.
 */
#ifndef ANGKA_NORMALIZE_REGIONS_H
#define ANGKA_NORMALIZE_REGIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/error.h"

typedef enum angka_region_level {
	ANGKA_REGION_PROVINCE = 0,
	ANGKA_REGION_REGENCY,  /* Kabupaten */
	ANGKA_REGION_CITY,     /* Kota */
	ANGKA_REGION_GROUPING, /* Sumbagsel, Kalimantan, Jabodetabek: code NULL */
	ANGKA_REGION_COUNTRY,  /* Indonesia: code NULL */
} angka_region_level;

typedef struct angka_region {
	const char *code; /* "62", "15.04"; NULL for groupings and the country */
	const char *name; /* canonical: "Kalimantan Tengah", "Kabupaten Batanghari" */
	angka_region_level level;
	const char *parent_code; /* the province of a regency or city, else NULL */
} angka_region;

/* A region named in a text: bytes [start, end) cover the whole mention,
 * prefix included ("Kabupaten Batang Hari", "Pemprov Kalteng"). */
typedef struct angka_region_mention {
	size_t start;
	size_t end;
	const angka_region *region; /* borrowed from the gazetteer */
	bool ambiguous;             /* resolved by a guess (no province context) */
	const char *ignored; /* why no figure speaks of it (a dateline, a venue, a gloss), or NULL;
	                        set by the normalizer */
	/* Named in a comparison ("jauh di bawah rata-rata NTB", "dibandingkan
	 * Jawa Timur"): no figure said before it speaks of it. Set by the
	 * normalizer. */
	bool compared;
	/* Pointed back at ("kabupaten itu"): the place again, which says nothing
	 * more of what the article is about. Set by the normalizer. */
	bool pointed;
	/* Ranked among others ("Jawa Barat Sumbang Penerima Terbanyak"): a
	 * title that ranks a place speaks of the wider story it is ranked in.
	 * Set by the normalizer. */
	bool ranked;
	/* The office of who speaks ("Kepala Kanwil BPJS Ketenagakerjaan
	 * Kalimantan, ..., mengatakan"): ignored in its sentence, but the
	 * article's place when it names no other. Set by the normalizer. */
	bool speaker;
	/* Read by the normalizer's marking of mentions: places named without
	 * a name are added after it, and only they are read again. */
	bool marked;
} angka_region_mention;

typedef struct angka_gazetteer angka_gazetteer;

/* Load both TSV files. Errors name the file and line. */
int angka_gazetteer_load(angka_gazetteer **out, const char *regions_tsv,
                         const char *abbreviations_tsv, angka_error *err);
void angka_gazetteer_free(angka_gazetteer *gaz);

/* Whether region a lies in region b: a regency or city in its province,
 * anything in the country. */
bool angka_region_within(const angka_region *a, const angka_region *b);
const angka_region *angka_gazetteer_by_code(const angka_gazetteer *gaz, const char *code);
/* The region a name stands for on its own ("Kalteng", "Kota Jambi",
 * "Batang Hari", "Provinsi Jambi"), or NULL. province_code (may be NULL)
 * resolves ambiguous names. */
const angka_region *angka_gazetteer_lookup(const angka_gazetteer *gaz, const char *name, size_t len,
                                           const char *province_code);

/* Find the region mentions in bytes [start, end) of text, in order, not
 * overlapping (longest first). Appends to *out (malloc'd, *n entries).
 * province_code (may be NULL) resolves ambiguous names, and only those: the
 * mentions' spans do not depend on it, and a mention found without it and
 * not marked ambiguous is found the same with any. */
int angka_gazetteer_find(angka_region_mention **out, size_t *n, const angka_gazetteer *gaz,
                         const char *text, size_t start, size_t end, const char *province_code,
                         angka_error *err);

#endif
