/* The gazetteer's own form, shared by regions.c (keys, resolving a name,
 * finding mentions in text) and regions_load.c (building it from the TSV
 * files). Only these two files include it; the rest of the stage sees
 * regions.h. */
#ifndef ANGKA_NORMALIZE_REGIONS_INTERNAL_H
#define ANGKA_NORMALIZE_REGIONS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "normalize/regions.h"

#define MAX_KEY 128

enum key_kind { KEY_NAME, KEY_ABBREV };

typedef struct gaz_key {
	char *norm;  /* lowercased, spaces and hyphens dropped; owned */
	char *exact; /* KEY_ABBREV: as written, spaces and hyphens dropped; owned */
	size_t region_index;
	const angka_region *region; /* set once the region array stops moving */
	size_t order;               /* insertion order: file order breaks ties */
	size_t line;                /* where it was defined, for errors */
	enum key_kind kind;
	bool prefix_only; /* counts only after Kabupaten/Kota/Provinsi... */
	bool ambiguous;   /* marked AMBIGUOUS in the file */
} gaz_key;

/* A run of keys with one norm: keys[first, first + n). */
typedef struct gaz_key_run {
	uint32_t first;
	uint32_t n;
} gaz_key_run;

struct angka_gazetteer {
	char *regions_text; /* file contents; region strings point into them */
	char *abbrev_text;
	angka_region *regions; /* the coded regions sorted by code, then the rest */
	size_t n_regions;
	size_t cap_regions;
	size_t n_coded; /* regions[0, n_coded) have a code */
	gaz_key *keys;  /* sorted by (norm, order) */
	size_t n_keys;
	size_t cap_keys;
	/* Bit (first byte << 8 | second byte) of each key's norm, '\0' for the
	 * second byte of a one-byte key: most capitalized words of a text name
	 * no region, and this turns them away before the binary search. */
	uint64_t key_heads[65536 / 64];
	/* The runs of keys with one norm, by norm: an open-addressed table
	 * (key_run_mask + 1 slots, a power of two, at most half full) of where
	 * each run starts in keys and how long it is; n 0: an empty slot. The
	 * binary search it replaces compared a dozen norms a look-up, each
	 * behind a pointer, and the gazetteer looks up every capitalised word
	 * of a text a few times over. */
	gaz_key_run *key_runs;
	size_t key_run_mask;
};

/* The slot of key_runs where a norm's search starts (FNV-1a). */
static inline size_t gaz_key_slot(const angka_gazetteer *gaz, const char *norm)
{
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	for (const unsigned char *p = (const unsigned char *)norm; *p; p++)
		h = (h ^ *p) * UINT64_C(0x100000001b3);
	return (size_t)(h ^ h >> 32) & gaz->key_run_mask;
}

/* The bit of key_heads that a norm sets. */
static inline size_t gaz_key_head(const char *norm)
{
	return (size_t)(unsigned char)norm[0] << 8 | (size_t)(norm[0] ? (unsigned char)norm[1] : 0);
}

/* regions.c, for loading. They stay beside the code that keys a text's
 * words and searches the sorted arrays, which must agree with them. */

/* The key of a name as a text's words are keyed; its length, 0 when empty
 * or too long. */
size_t gaz_make_key(char *out, size_t cap, const char *s, size_t n, bool exact);
/* qsort orders: keys by (norm, order), coded regions by code. */
int gaz_key_cmp(const void *a, const void *b);
int gaz_region_code_cmp(const void *a, const void *b);

#endif
