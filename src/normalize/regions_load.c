/* Building the gazetteer from rules/regions.tsv and
 * rules/region_abbreviations.tsv: every row checked against the rest (codes,
 * parents, the names an abbreviation row repeats), with errors that name
 * the file and line; then the keys sorted for the lookups of regions.c. */
#include <stdlib.h>
#include <string.h>

#include "normalize/regions_internal.h"
#include "util/buf.h"

#define MAX_FIELDS 8
/* The shipped files are tens of kilobytes; the cap only stops a wrong path
 * (a disk image, /dev/zero) from being read into memory. */
#define MAX_FILE_BYTES ((size_t)16 * 1024 * 1024)

/* Reads the whole file into a NUL-terminated buffer the caller frees. */
/* What loading needs beside the gazetteer: the line each region came from
 * (for errors found after sorting) and each grouping's long name (rows with
 * the same long name are one grouping). */
typedef struct load_ctx {
	angka_gazetteer *gaz;
	const char *path;
	size_t *region_line; /* parallel to gaz->regions while reading regions.tsv */
	size_t cap_region_line;
	struct grouping {
		const char *long_name;
		size_t index;
	} * groupings;
	size_t n_groupings;
	size_t cap_groupings;
} load_ctx;

typedef int (*row_fn)(load_ctx *ctx, char **field, size_t line, angka_error *err);

/* Walks the rows of the TSV held in text, splitting them in place: skips
 * '#' comments and blank lines, checks the header line, counts columns and
 * hands each row to row() with its line number. */
static int for_each_row(load_ctx *ctx, char *text, const char *header, size_t columns, row_fn row,
                        angka_error *err)
{
	bool seen_header = false;
	size_t line = 0;
	char *p = text;
	if (strncmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3; /* a byte-order mark from an editor on Windows */
	while (*p != '\0') {
		line++;
		char *eol = strchr(p, '\n');
		char *next = eol != NULL ? eol + 1 : p + strlen(p);
		if (eol != NULL)
			*eol = '\0';
		size_t len = strlen(p);
		if (len > 0 && p[len - 1] == '\r')
			p[--len] = '\0';
		if (p[0] == '#' || strspn(p, " \t") == len) {
			p = next;
			continue;
		}
		if (!seen_header) {
			if (strcmp(p, header) != 0)
				return angka_error_set(err, ANGKA_ERULE,
				                       "%s:%zu: expected the header line '%s'",
				                       ctx->path, line, header);
			seen_header = true;
			p = next;
			continue;
		}
		char *field[MAX_FIELDS];
		size_t nf = 0;
		char *f = p;
		for (;;) {
			char *tab = strchr(f, '\t');
			if (nf < MAX_FIELDS)
				field[nf] = f;
			nf++;
			if (tab == NULL)
				break;
			*tab = '\0';
			f = tab + 1;
		}
		if (nf != columns)
			return angka_error_set(err, ANGKA_ERULE,
			                       "%s:%zu: %zu tab-separated columns, expected %zu",
			                       ctx->path, line, nf, columns);
		int rc = row(ctx, field, line, err);
		if (rc != ANGKA_OK)
			return rc;
		p = next;
	}
	if (!seen_header)
		return angka_error_set(err, ANGKA_ERULE, "%s: no header line '%s'", ctx->path,
		                       header);
	return ANGKA_OK;
}

static bool parse_level(angka_region_level *out, const char *s)
{
	static const struct {
		const char *name;
		angka_region_level level;
	} levels[] = {
	        {"province", ANGKA_REGION_PROVINCE},
	        {"regency", ANGKA_REGION_REGENCY},
	        {"city", ANGKA_REGION_CITY},
	        {"grouping", ANGKA_REGION_GROUPING},
	};
	for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
		if (strcmp(s, levels[i].name) == 0) {
			*out = levels[i].level;
			return true;
		}
	}
	return false;
}

static const char *level_name(angka_region_level level)
{
	switch (level) {
	case ANGKA_REGION_PROVINCE: return "province";
	case ANGKA_REGION_REGENCY: return "regency";
	case ANGKA_REGION_CITY: return "city";
	case ANGKA_REGION_GROUPING: return "grouping";
	case ANGKA_REGION_COUNTRY: return "country";
	}
	return "?";
}

/* Appends a region whose strings the gazetteer already owns (they point
 * into its file buffers) or that are literals; *index is where it went. */
static int add_region(angka_gazetteer *gaz, size_t *index, const char *code, const char *name,
                      angka_region_level level, const char *parent_code)
{
	if (gaz->n_regions == gaz->cap_regions) {
		size_t cap = gaz->cap_regions ? gaz->cap_regions * 2 : 1024;
		angka_region *grown = realloc(gaz->regions, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		gaz->regions = grown;
		gaz->cap_regions = cap;
	}
	angka_region *r = &gaz->regions[gaz->n_regions];
	r->code = code;
	r->name = name;
	r->level = level;
	r->parent_code = parent_code;
	*index = gaz->n_regions++;
	return ANGKA_OK;
}

/* Adds a key for name standing for regions[index]: ANGKA_EINVAL when the
 * name has no word character or is over MAX_KEY bytes. */
static int add_key(angka_gazetteer *gaz, const char *name, size_t index, enum key_kind kind,
                   size_t line)
{
	char norm[MAX_KEY];
	char exact[MAX_KEY];
	size_t n = strlen(name);
	if (gaz_make_key(norm, sizeof norm, name, n, false) == 0)
		return ANGKA_EINVAL;
	gaz_make_key(exact, sizeof exact, name, n, true);
	if (gaz->n_keys == gaz->cap_keys) {
		size_t cap = gaz->cap_keys ? gaz->cap_keys * 2 : 2048;
		gaz_key *grown = realloc(gaz->keys, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		gaz->keys = grown;
		gaz->cap_keys = cap;
	}
	gaz_key *k = &gaz->keys[gaz->n_keys];
	memset(k, 0, sizeof *k);
	k->norm = angka_strdup(norm);
	k->exact = kind == KEY_ABBREV ? angka_strdup(exact) : NULL;
	if (k->norm == NULL || (kind == KEY_ABBREV && k->exact == NULL)) {
		free(k->norm);
		free(k->exact);
		return ANGKA_ENOMEM;
	}
	k->region_index = index;
	k->order = gaz->n_keys;
	k->line = line;
	k->kind = kind;
	gaz->n_keys++;
	return ANGKA_OK;
}

static int key_error(int rc, const char *path, size_t line, const char *name, angka_error *err)
{
	if (rc == ANGKA_ENOMEM)
		return angka_error_set(err, ANGKA_ENOMEM, "%s:%zu: out of memory", path, line);
	return angka_error_set(err, ANGKA_ERULE, "%s:%zu: '%s' is empty or over %d bytes", path,
	                       line, name, MAX_KEY - 1);
}

static bool is_code(const char *s, size_t n)
{
	if (n == 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '.')
			return false;
	return true;
}

static int region_row(load_ctx *ctx, char **field, size_t line, angka_error *err)
{
	angka_gazetteer *gaz = ctx->gaz;
	const char *code = field[0];
	const char *name = field[1];
	const char *parent = field[3];
	angka_region_level level;
	if (!is_code(code, strlen(code)))
		return angka_error_set(err, ANGKA_ERULE, "%s:%zu: bad code '%s'", ctx->path, line,
		                       code);
	if (name[0] == '\0')
		return angka_error_set(err, ANGKA_ERULE, "%s:%zu: empty name", ctx->path, line);
	if (!parse_level(&level, field[2]) || level == ANGKA_REGION_GROUPING)
		return angka_error_set(err, ANGKA_ERULE,
		                       "%s:%zu: unknown level '%s' (province, regency or city)",
		                       ctx->path, line, field[2]);
	if (level == ANGKA_REGION_PROVINCE && parent[0] != '\0')
		return angka_error_set(err, ANGKA_ERULE, "%s:%zu: a province has no parent_code",
		                       ctx->path, line);
	if (level != ANGKA_REGION_PROVINCE && parent[0] == '\0')
		return angka_error_set(err, ANGKA_ERULE,
		                       "%s:%zu: a regency or city needs a parent_code", ctx->path,
		                       line);
	size_t index;
	if (add_region(gaz, &index, code, name, level, parent[0] != '\0' ? parent : NULL) != 0)
		return angka_error_set(err, ANGKA_ENOMEM, "%s:%zu: out of memory", ctx->path, line);
	if (index == ctx->cap_region_line) {
		size_t cap = ctx->cap_region_line ? ctx->cap_region_line * 2 : 1024;
		size_t *grown = realloc(ctx->region_line, cap * sizeof *grown);
		if (grown == NULL)
			return angka_error_set(err, ANGKA_ENOMEM, "%s:%zu: out of memory",
			                       ctx->path, line);
		ctx->region_line = grown;
		ctx->cap_region_line = cap;
	}
	ctx->region_line[index] = line;
	return ANGKA_OK;
}

/* The name of a regency or city as the press writes it without its prefix:
 * "Kota Administrasi Jakarta Pusat" -> "Jakarta Pusat". */
static const char *strip_prefix(const char *name)
{
	static const char *const prefixes[] = {"Kabupaten Administrasi ", "Kota Administrasi ",
	                                       "Kabupaten ", "Kota "};
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(name, prefixes[i], n) == 0 && name[n] != '\0')
			return name + n;
	}
	return name;
}

typedef struct coded_row {
	angka_region region;
	size_t line;
} coded_row;

static int coded_row_cmp(const void *a, const void *b)
{
	return gaz_region_code_cmp(&((const coded_row *)a)->region,
	                           &((const coded_row *)b)->region);
}

/* After regions.tsv: sorts the regions by code for by_code, refuses
 * duplicate codes and parents that are not provinces, and keys each region
 * by the name the press uses (a regency or city without its prefix).
 * Regions are sorted with their lines so errors can still name them. */
static int finish_regions(load_ctx *ctx, angka_error *err)
{
	int rc = ANGKA_OK;
	angka_gazetteer *gaz = ctx->gaz;
	coded_row *rows = NULL;
	size_t n = gaz->n_regions;
	if (n == 0) {
		rc = angka_error_set(err, ANGKA_ERULE, "%s: no regions", ctx->path);
		goto cleanup;
	}
	rows = malloc(n * sizeof *rows);
	if (rows == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", ctx->path);
		goto cleanup;
	}
	for (size_t i = 0; i < n; i++) {
		rows[i].region = gaz->regions[i];
		rows[i].line = ctx->region_line[i];
	}
	qsort(rows, n, sizeof *rows, coded_row_cmp);
	for (size_t i = 0; i < n; i++) {
		gaz->regions[i] = rows[i].region;
		if (i > 0 && strcmp(rows[i].region.code, rows[i - 1].region.code) == 0) {
			size_t a = rows[i - 1].line, b = rows[i].line;
			rc = angka_error_set(err, ANGKA_ERULE,
			                     "%s:%zu: code %s already on line %zu", ctx->path,
			                     a > b ? a : b, rows[i].region.code, a > b ? b : a);
			goto cleanup;
		}
	}
	gaz->n_coded = n;
	for (size_t i = 0; i < n; i++) {
		const angka_region *r = &gaz->regions[i];
		if (r->parent_code != NULL) {
			const angka_region *parent = angka_gazetteer_by_code(gaz, r->parent_code);
			if (parent == NULL || parent->level != ANGKA_REGION_PROVINCE) {
				rc = angka_error_set(err, ANGKA_ERULE,
				                     "%s:%zu: parent_code %s is not a province",
				                     ctx->path, rows[i].line, r->parent_code);
				goto cleanup;
			}
		}
		rc = add_key(gaz, strip_prefix(r->name), i, KEY_NAME, rows[i].line);
		if (rc != ANGKA_OK) {
			rc = key_error(rc, ctx->path, rows[i].line, r->name, err);
			goto cleanup;
		}
	}
cleanup:
	free(rows);
	return rc;
}

/* Checks each ';'-separated member code of a grouping. */
static int check_members(load_ctx *ctx, const char *codes, size_t line, angka_error *err)
{
	const char *p = codes;
	while (*p != '\0') {
		size_t n = strcspn(p, ";");
		char code[32];
		if (!is_code(p, n) || n >= sizeof code)
			return angka_error_set(err, ANGKA_ERULE, "%s:%zu: bad member code '%.*s'",
			                       ctx->path, line, (int)n, p);
		memcpy(code, p, n);
		code[n] = '\0';
		if (angka_gazetteer_by_code(ctx->gaz, code) == NULL)
			return angka_error_set(err, ANGKA_ERULE,
			                       "%s:%zu: member code %s is not in the regions file",
			                       ctx->path, line, code);
		p += n;
		if (*p == ';')
			p++;
	}
	return ANGKA_OK;
}

/* The grouping whose long name is long_name, created (named after its
 * first abbreviation) when this is its first row. */
static int grouping_index(load_ctx *ctx, size_t *index, const char *long_name, const char *abbr)
{
	for (size_t i = 0; i < ctx->n_groupings; i++) {
		if (strcmp(ctx->groupings[i].long_name, long_name) == 0) {
			*index = ctx->groupings[i].index;
			return ANGKA_OK;
		}
	}
	if (ctx->n_groupings == ctx->cap_groupings) {
		size_t cap = ctx->cap_groupings ? ctx->cap_groupings * 2 : 16;
		struct grouping *grown = realloc(ctx->groupings, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		ctx->groupings = grown;
		ctx->cap_groupings = cap;
	}
	if (add_region(ctx->gaz, index, NULL, abbr, ANGKA_REGION_GROUPING, NULL) != ANGKA_OK)
		return ANGKA_ENOMEM;
	ctx->groupings[ctx->n_groupings].long_name = long_name;
	ctx->groupings[ctx->n_groupings].index = *index;
	ctx->n_groupings++;
	return ANGKA_OK;
}

/* One row of the abbreviations file. A row for a province, regency or city
 * must agree with the regions file on name, level and parent: that catches
 * a mistyped code, which would otherwise silently point elsewhere. */
static int abbreviation_row(load_ctx *ctx, char **field, size_t line, angka_error *err)
{
	angka_gazetteer *gaz = ctx->gaz;
	const char *abbr = field[0];
	const char *name = field[1];
	const char *code = field[3];
	const char *parent = field[4];
	const char *note = field[5];
	angka_region_level level;
	size_t index;
	if (abbr[0] == '\0')
		return angka_error_set(err, ANGKA_ERULE, "%s:%zu: empty abbreviation", ctx->path,
		                       line);
	if (!parse_level(&level, field[2]))
		return angka_error_set(
		        err, ANGKA_ERULE,
		        "%s:%zu: unknown level '%s' (province, regency, city or grouping)",
		        ctx->path, line, field[2]);
	if (level == ANGKA_REGION_GROUPING) {
		if (parent[0] != '\0')
			return angka_error_set(err, ANGKA_ERULE,
			                       "%s:%zu: a grouping has no parent_code", ctx->path,
			                       line);
		int rc = check_members(ctx, code, line, err);
		if (rc != ANGKA_OK)
			return rc;
		if (grouping_index(ctx, &index, name, abbr) != ANGKA_OK)
			return angka_error_set(err, ANGKA_ENOMEM, "%s:%zu: out of memory",
			                       ctx->path, line);
	} else {
		const angka_region *r = angka_gazetteer_by_code(gaz, code);
		if (r == NULL)
			return angka_error_set(
			        err, ANGKA_ERULE,
			        "%s:%zu: code '%s' of '%s' is not in the regions file", ctx->path,
			        line, code, abbr);
		const char *r_parent = r->parent_code != NULL ? r->parent_code : "";
		if (r->level != level || strcmp(r->name, name) != 0 ||
		    strcmp(r_parent, parent) != 0)
			return angka_error_set(
			        err, ANGKA_ERULE,
			        "%s:%zu: code %s is the %s '%s' (parent '%s') in the "
			        "regions file, not the %s '%s' (parent '%s')",
			        ctx->path, line, code, level_name(r->level), r->name, r_parent,
			        level_name(level), name, parent);
		index = (size_t)(r - gaz->regions);
	}
	int rc = add_key(gaz, abbr, index, KEY_ABBREV, line);
	if (rc != ANGKA_OK)
		return key_error(rc, ctx->path, line, abbr, err);
	gaz_key *k = &gaz->keys[gaz->n_keys - 1];
	k->ambiguous = strncmp(note, "AMBIGUOUS", 9) == 0;
	k->prefix_only = strncmp(note, "PREFIX ONLY", 11) == 0;
	return ANGKA_OK;
}

/* gaz->key_runs (see the struct), once the keys are sorted. */
static int index_key_runs(angka_gazetteer *gaz)
{
	size_t slots = 16;
	while (slots < 2 * gaz->n_keys)
		slots *= 2;
	gaz->key_runs = calloc(slots, sizeof *gaz->key_runs);
	if (gaz->key_runs == NULL || gaz->n_keys > UINT32_MAX)
		return ANGKA_ENOMEM;
	gaz->key_run_mask = slots - 1;
	for (size_t i = 0; i < gaz->n_keys;) {
		size_t n = 1;
		while (i + n < gaz->n_keys && strcmp(gaz->keys[i + n].norm, gaz->keys[i].norm) == 0)
			n++;
		size_t slot = gaz_key_slot(gaz, gaz->keys[i].norm);
		while (gaz->key_runs[slot].n != 0)
			slot = (slot + 1) & gaz->key_run_mask;
		gaz->key_runs[slot] = (gaz_key_run){(uint32_t)i, (uint32_t)n};
		i += n;
	}
	return ANGKA_OK;
}

/* Points the keys at their regions (which no longer move), sorts them, and
 * refuses an abbreviation listed for two regions unless both rows say
 * AMBIGUOUS: an unmarked duplicate is more likely a mistake than a choice. */
static int finish_keys(angka_gazetteer *gaz, const char *path, angka_error *err)
{
	for (size_t i = 0; i < gaz->n_keys; i++)
		gaz->keys[i].region = &gaz->regions[gaz->keys[i].region_index];
	qsort(gaz->keys, gaz->n_keys, sizeof *gaz->keys, gaz_key_cmp);
	for (size_t i = 0; i < gaz->n_keys; i++) {
		size_t head = gaz_key_head(gaz->keys[i].norm);
		gaz->key_heads[head / 64] |= (uint64_t)1 << (head % 64);
	}
	if (index_key_runs(gaz) != ANGKA_OK)
		return angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory", path);
	for (size_t i = 0; i < gaz->n_keys; i++) {
		const gaz_key *a = &gaz->keys[i];
		if (a->kind != KEY_ABBREV)
			continue;
		for (size_t j = i + 1; j < gaz->n_keys && strcmp(gaz->keys[j].norm, a->norm) == 0;
		     j++) {
			const gaz_key *b = &gaz->keys[j];
			if (b->kind == KEY_ABBREV && strcmp(a->exact, b->exact) == 0 &&
			    a->region != b->region && !(a->ambiguous && b->ambiguous))
				return angka_error_set(err, ANGKA_ERULE,
				                       "%s:%zu: '%s' already stands for %s on line "
				                       "%zu; mark both rows AMBIGUOUS",
				                       path, b->line, b->exact, a->region->name,
				                       a->line);
		}
	}
	return ANGKA_OK;
}

int angka_gazetteer_load(angka_gazetteer **out, const char *regions_tsv,
                         const char *abbreviations_tsv, angka_error *err)
{
	int rc = ANGKA_OK;
	angka_gazetteer *gaz = NULL;
	load_ctx ctx = {0};
	if (out == NULL || regions_tsv == NULL || abbreviations_tsv == NULL)
		return angka_error_set(err, ANGKA_EINVAL, "gazetteer load: invalid argument");
	*out = NULL;
	gaz = calloc(1, sizeof *gaz);
	if (gaz == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "gazetteer load: out of memory");
		goto cleanup;
	}
	ctx.gaz = gaz;

	ctx.path = regions_tsv;
	rc = angka_read_file(&gaz->regions_text, NULL, regions_tsv, MAX_FILE_BYTES, err);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = for_each_row(&ctx, gaz->regions_text, "code\tname\tlevel\tparent_code", 4, region_row,
	                  err);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = finish_regions(&ctx, err);
	if (rc != ANGKA_OK)
		goto cleanup;

	size_t index;
	if (add_region(gaz, &index, NULL, "Indonesia", ANGKA_REGION_COUNTRY, NULL) != ANGKA_OK ||
	    add_key(gaz, "Indonesia", index, KEY_NAME, 0) != ANGKA_OK) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "gazetteer load: out of memory");
		goto cleanup;
	}

	ctx.path = abbreviations_tsv;
	rc = angka_read_file(&gaz->abbrev_text, NULL, abbreviations_tsv, MAX_FILE_BYTES, err);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = for_each_row(&ctx, gaz->abbrev_text,
	                  "abbreviation\tname\tlevel\tcode\tparent_code\tnote", 6, abbreviation_row,
	                  err);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = finish_keys(gaz, abbreviations_tsv, err);
	if (rc != ANGKA_OK)
		goto cleanup;

	*out = gaz;
	gaz = NULL;
cleanup:
	free(ctx.region_line);
	free(ctx.groupings);
	angka_gazetteer_free(gaz);
	return rc;
}

void angka_gazetteer_free(angka_gazetteer *gaz)
{
	if (gaz == NULL)
		return;
	for (size_t i = 0; i < gaz->n_keys; i++) {
		free(gaz->keys[i].norm);
		free(gaz->keys[i].exact);
	}
	free(gaz->keys);
	free(gaz->key_runs);
	free(gaz->regions);
	free(gaz->regions_text);
	free(gaz->abbrev_text);
	free(gaz);
}
