/* Loading figure records (angka load) into either store, and the schema
 * both share (docs/schema.md, "The portable schema").
 *
 * A figure record carries no article text, so the records of one source
 * become one text-less article of that source, identified by the source
 * itself (content_hash: SHA-256 of "angka load" and the location); a
 * figure is one when its article, byte span, domain, metric, value and
 * region are.
 * Every statement is written once, with ?N placeholders, and runs on
 * SQLite and PostgreSQL alike (store_run). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store_internal.h"
#include "util/buf.h"
#include "util/hash.h"

/* The tables and the views that figure records need, described once: the
 * SQLite file has them (with more: checks, reviews, sources' status) from
 * its migrations, and tests/unit/test_store_load.c checks the two agree,
 * column for column; a PostgreSQL database gets exactly this, its parts
 * joined (C17 promises string literals of 4095 bytes only). {{ID}} and
 * {{VIEW}} are the two places where the dialects differ; {{UPGRADE}} is
 * where a PostgreSQL database made by an older angka gets what it lacks. */
static const char *const portable_schema[] = {
        "CREATE TABLE IF NOT EXISTS articles (\n"
        "  id {{ID}},\n"
        "  content_hash TEXT NOT NULL UNIQUE,\n"
        "  title TEXT,\n"
        "  site TEXT,\n"
        "  canonical_url TEXT,\n"
        "  author TEXT,\n"
        "  published TEXT,\n"
        "  published_approx INTEGER NOT NULL DEFAULT 0,\n"
        "  dateline_place TEXT,\n"
        "  text TEXT NOT NULL,\n"
        "  rules_version TEXT,\n"
        "  ingested_at TEXT NOT NULL,\n"
        "  superseded_by BIGINT REFERENCES articles(id) ON DELETE SET NULL,\n"
        "  superseded_at TEXT\n"
        ");\n"
        "CREATE TABLE IF NOT EXISTS sources (\n"
        "  id {{ID}},\n"
        "  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  location TEXT NOT NULL,\n"
        "  fetched_at TEXT,\n"
        "  first_seen TEXT NOT NULL,\n"
        "  UNIQUE (article_id, location)\n"
        ");\n"
        "CREATE INDEX IF NOT EXISTS sources_location ON sources(location);\n"
        "CREATE INDEX IF NOT EXISTS sources_article ON sources(article_id);\n"
        "CREATE TABLE IF NOT EXISTS extracted_figures (\n"
        "  id {{ID}},\n"
        "  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  region TEXT,\n"
        "  region_code TEXT,\n"
        "  domain TEXT NOT NULL,\n"
        "  metric TEXT NOT NULL,\n"
        "  segment TEXT NOT NULL,\n"
        "  value DOUBLE PRECISION NOT NULL,\n"
        "  unit TEXT NOT NULL,\n"
        "  approx INTEGER NOT NULL,\n"
        "  as_of TEXT,\n"
        "  text TEXT NOT NULL,\n"
        "  sentence TEXT NOT NULL,\n"
        "  start_byte BIGINT NOT NULL,\n"
        "  end_byte BIGINT NOT NULL,\n"
        "  rule TEXT NOT NULL,\n"
        "  decimals INTEGER NOT NULL,\n"
        "  value_low DOUBLE PRECISION,\n"
        "  value_high DOUBLE PRECISION,\n"
        "  rules_version TEXT,\n"
        "  programme TEXT,\n"
        "  context INTEGER NOT NULL DEFAULT 0\n"
        "    CONSTRAINT figure_context CHECK (context IN (0, 1)),\n"
        "  CONSTRAINT figure_span CHECK (start_byte >= 0 AND end_byte >= start_byte)\n"
        ");\n"
        "CREATE INDEX IF NOT EXISTS extracted_figures_article ON extracted_figures(article_id);\n"
        "{{UPGRADE}}",
        "{{VIEW}} figures AS\n"
        "SELECT f.id AS id,\n"
        "       f.article_id AS article_id,\n"
        "       (SELECT s.location FROM sources s WHERE s.article_id = a.id\n"
        "         ORDER BY s.id LIMIT 1) AS source,\n"
        "       a.title AS article_title,\n"
        "       a.published AS published,\n"
        "       f.region AS region,\n"
        "       f.region_code AS region_code,\n"
        "       f.domain AS domain,\n"
        "       f.metric AS metric,\n"
        "       f.segment AS segment,\n"
        "       f.value AS value,\n"
        "       f.unit AS unit,\n"
        "       f.programme AS programme,\n"
        "       f.approx AS approx,\n"
        "       f.as_of AS as_of,\n"
        "       f.text AS text,\n"
        "       f.sentence AS sentence,\n"
        "       f.start_byte AS start,\n"
        "       f.end_byte AS \"end\",\n"
        "       f.rule AS rule,\n"
        "       a.superseded_by AS superseded_by\n"
        "FROM extracted_figures f JOIN articles a ON a.id = f.article_id\n"
        "WHERE f.context = 0;\n",
        "{{VIEW}} all_figures AS\n"
        "SELECT f.id AS id,\n"
        "       f.article_id AS article_id,\n"
        "       (SELECT s.location FROM sources s WHERE s.article_id = a.id\n"
        "         ORDER BY s.id LIMIT 1) AS source,\n"
        "       a.title AS article_title,\n"
        "       a.published AS published,\n"
        "       f.region AS region,\n"
        "       f.region_code AS region_code,\n"
        "       f.domain AS domain,\n"
        "       f.metric AS metric,\n"
        "       f.segment AS segment,\n"
        "       f.value AS value,\n"
        "       f.unit AS unit,\n"
        "       f.programme AS programme,\n"
        "       f.approx AS approx,\n"
        "       f.as_of AS as_of,\n"
        "       f.text AS text,\n"
        "       f.sentence AS sentence,\n"
        "       f.start_byte AS start,\n"
        "       f.end_byte AS \"end\",\n"
        "       f.rule AS rule,\n"
        "       a.superseded_by AS superseded_by,\n"
        "       f.context AS context\n"
        "FROM extracted_figures f JOIN articles a ON a.id = f.article_id;\n",
        NULL,
};

/* What a PostgreSQL database made by an older angka lacks, added where it
 * is missing (the tables above are only made where there are none). The
 * column is looked for first, so that an up-to-date database is not
 * locked for the ALTER on every open. A SQLite file has its migrations
 * (schema.c) instead. */
static const char pg_upgrade[] =
        "DO $$ BEGIN\n"
        "  IF NOT EXISTS (SELECT 1 FROM information_schema.columns\n"
        "    WHERE table_schema = current_schema() AND table_name = 'extracted_figures'\n"
        "      AND column_name = 'context') THEN\n"
        "    ALTER TABLE extracted_figures ADD COLUMN context INTEGER NOT NULL DEFAULT 0\n"
        "      CONSTRAINT figure_context CHECK (context IN (0, 1));\n"
        "  END IF;\n"
        "END $$;\n";

int store_portable_schema(char **out, bool postgres)
{
	const char *id = postgres ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
	                          : "INTEGER PRIMARY KEY";
	const char *view = postgres ? "CREATE OR REPLACE VIEW" : "CREATE VIEW IF NOT EXISTS";
	angka_buf b = ANGKA_BUF_INIT;
	for (const char *const *part = portable_schema; *part != NULL; part++) {
		for (const char *p = *part; *p;) {
			if (strncmp(p, "{{ID}}", 6) == 0) {
				angka_buf_puts(&b, id);
				p += 6;
			} else if (strncmp(p, "{{UPGRADE}}", 11) == 0) {
				if (postgres)
					angka_buf_puts(&b, pg_upgrade);
				p += 11;
			} else if (strncmp(p, "{{VIEW}}", 8) == 0) {
				angka_buf_puts(&b, view);
				p += 8;
			} else {
				angka_buf_putc(&b, *p++);
			}
		}
	}
	*out = angka_buf_detach(&b);
	return *out ? ANGKA_OK : ANGKA_ENOMEM;
}

int angka_store_portable_schema(char **out, const char *dialect)
{
	if (dialect == NULL ||
	    (strcmp(dialect, "sqlite") != 0 && strcmp(dialect, "postgresql") != 0))
		return ANGKA_EINVAL;
	return store_portable_schema(out, strcmp(dialect, "postgresql") == 0);
}

int angka_store_open_any(angka_store **out, const char *location, angka_error *err)
{
	*out = NULL;
	if (!store_is_postgres_url(location))
		return angka_store_open(out, location, err);
	angka_store *store = calloc(1, sizeof *store);
	if (store == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	int ret = store_pg_open(store, location, err);
	if (ret != ANGKA_OK) {
		angka_store_close(store);
		return ret;
	}
	*out = store;
	return ANGKA_OK;
}

void angka_store_set_wait(angka_store *store, int milliseconds)
{
	if (store != NULL && store->db != NULL)
		sqlite3_busy_timeout(store->db, milliseconds);
}

bool angka_store_is_postgres(const angka_store *store)
{
	return store != NULL && store->pg != NULL;
}

/* ISO 8601 UTC with milliseconds, as SQL_NOW writes it. */
static void now_iso8601(char out[32])
{
	struct timespec ts;
	struct tm tm;
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	size_t n = strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out + n, 32 - n, ".%03ldZ", ts.tv_nsec / 1000000);
}

static int begin(angka_store *store, angka_error *err)
{
	if (store->pg)
		return store_run(store, "BEGIN", 0, NULL, NULL, NULL, "starting a transaction",
		                 err);
	return store_begin(store, err);
}

static int commit(angka_store *store, angka_error *err)
{
	if (store->pg)
		return store_run(store, "COMMIT", 0, NULL, NULL, NULL, "committing", err);
	return store_commit(store, "committing the records", err);
}

static void rollback(angka_store *store)
{
	if (store->pg)
		PQclear(PQexec(store->pg, "ROLLBACK"));
	else
		store_rollback(store);
}

/* Insert the figure unless the article has it: same span, metric, value
 * and region. */
#define INSERT_FIGURE_SQL                                                                          \
	"INSERT INTO extracted_figures (article_id, region, region_code, metric, segment, value, " \
	"unit, approx, as_of, text, sentence, start_byte, end_byte, rule, decimals, value_low, "   \
	"value_high, rules_version, programme, domain, context) "                                  \
	"SELECT CAST(?1 AS BIGINT), CAST(?2 AS TEXT), CAST(?3 AS TEXT), CAST(?4 AS TEXT), "        \
	"CAST(?5 AS TEXT), CAST(?6 AS DOUBLE PRECISION), CAST(?7 AS TEXT), CAST(?8 AS INTEGER), "  \
	"CAST(?9 AS TEXT), CAST(?10 AS TEXT), CAST(?11 AS TEXT), CAST(?12 AS BIGINT), "            \
	"CAST(?13 AS BIGINT), CAST(?14 AS TEXT), CAST(?15 AS INTEGER), "                           \
	"CAST(?16 AS DOUBLE PRECISION), CAST(?17 AS DOUBLE PRECISION), 'load', "                   \
	"CAST(?18 AS TEXT), CAST(?19 AS TEXT), CAST(?20 AS INTEGER) "                              \
	"WHERE NOT EXISTS (SELECT 1 FROM extracted_figures "                                       \
	"WHERE article_id = CAST(?1 AS BIGINT) AND start_byte = CAST(?12 AS BIGINT) "              \
	"AND end_byte = CAST(?13 AS BIGINT) AND domain = CAST(?19 AS TEXT) "                       \
	"AND metric = CAST(?4 AS TEXT) AND value = CAST(?6 AS DOUBLE PRECISION) "                  \
	"AND region IS NOT DISTINCT FROM CAST(?2 AS TEXT))"

static int insert_figure(bool *added, angka_store *store, const char *article_id,
                         const angka_figure *f, angka_error *err)
{
	char value[40], approx[4], start[24], end[24], decimals[16], low[40], high[40], context[4];
	snprintf(value, sizeof value, "%.17g", f->value);
	snprintf(approx, sizeof approx, "%d", f->approx ? 1 : 0);
	snprintf(context, sizeof context, "%d", f->context ? 1 : 0);
	snprintf(start, sizeof start, "%zu", f->start);
	snprintf(end, sizeof end, "%zu", f->end);
	snprintf(decimals, sizeof decimals, "%d", f->decimals);
	snprintf(low, sizeof low, "%.17g", f->low);
	snprintf(high, sizeof high, "%.17g", f->high);
	const char *params[] = {article_id,
	                        f->region,
	                        f->region_code,
	                        f->metric,
	                        f->segment,
	                        value,
	                        f->unit,
	                        approx,
	                        f->as_of,
	                        f->text,
	                        f->sentence,
	                        start,
	                        end,
	                        f->rule,
	                        decimals,
	                        isnan(f->low) ? NULL : low,
	                        isnan(f->high) ? NULL : high,
	                        f->programme,
	                        f->domain,
	                        context};
	if (!isfinite(f->value) || f->domain == NULL || f->metric == NULL || f->segment == NULL ||
	    f->unit == NULL || f->text == NULL || f->sentence == NULL || f->rule == NULL ||
	    f->end < f->start)
		return angka_error_set(
		        err, ANGKA_EINVAL,
		        "a figure record needs domain, metric, segment, value, unit, "
		        "text, sentence, rule and a span (start <= end)");
	int64_t rows = 0;
	int ret = store_run(store, INSERT_FIGURE_SQL, 20, params, NULL, &rows, "inserting a figure",
	                    err);
	*added = rows > 0;
	return ret;
}

int angka_store_load_figures(angka_store *store, const angka_figure *figures, size_t n,
                             angka_load_stats *stats, angka_error *err)
{
	char hash[ANGKA_SHA256_HEX_LEN + 1], now[32], id_text[24];
	int64_t article_id = 0, ingested = 0;
	angka_load_stats st = {0, 0, 0};
	angka_buf key = ANGKA_BUF_INIT;
	bool in_txn = false;
	int ret;
	if (n == 0)
		return ANGKA_OK;
	const char *source = figures[0].source;
	if (source == NULL || *source == '\0')
		return angka_error_set(err, ANGKA_EINVAL, "a figure record needs its source");
	for (size_t i = 1; i < n; i++)
		if (figures[i].source == NULL || strcmp(figures[i].source, source) != 0)
			return angka_error_set(
			        err, ANGKA_EINVAL,
			        "angka_store_load_figures: records of several sources");
	angka_buf_puts(&key, "angka load\n");
	angka_buf_puts(&key, source);
	if (key.failed || angka_sha256_hex(hash, key.data, key.len) != ANGKA_OK) {
		ret = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
		goto cleanup;
	}
	now_iso8601(now);
	if ((ret = begin(store, err)) != ANGKA_OK)
		goto cleanup;
	in_txn = true;
	/* The article itself, ingested: it has the figures to trust. */
	const char *by_location[] = {source};
	if ((ret = store_run(store,
	                     "SELECT 1 FROM sources s JOIN articles a ON a.id = s.article_id "
	                     "WHERE s.location = ?1 AND a.superseded_by IS NULL AND a.text <> '' "
	                     "LIMIT 1",
	                     1, by_location, NULL, &ingested, "looking up the source", err)) !=
	    ANGKA_OK)
		goto cleanup;
	if (ingested > 0) {
		st.skipped = n;
		goto done;
	}
	const char *article[] = {hash, figures[0].article_title, figures[0].published, now};
	if ((ret = store_run(store,
	                     "INSERT INTO articles (content_hash, title, published, text, "
	                     "rules_version, ingested_at) VALUES (?1, ?2, ?3, '', 'load', ?4) "
	                     "ON CONFLICT (content_hash) DO NOTHING",
	                     4, article, NULL, NULL, "inserting the article", err)) != ANGKA_OK ||
	    (ret = store_run(store, "SELECT id FROM articles WHERE content_hash = ?1", 1, article,
	                     &article_id, NULL, "looking up the article", err)) != ANGKA_OK)
		goto cleanup;
	snprintf(id_text, sizeof id_text, "%lld", (long long)article_id);
	const char *source_row[] = {id_text, source, now};
	if ((ret = store_run(store,
	                     "INSERT INTO sources (article_id, location, first_seen) "
	                     "VALUES (CAST(?1 AS BIGINT), ?2, ?3) "
	                     "ON CONFLICT (article_id, location) DO NOTHING",
	                     3, source_row, NULL, NULL, "inserting the source", err)) != ANGKA_OK)
		goto cleanup;
	/* Loaders of the same source take turns, so that two never both find
	 * a figure missing and both insert it. (SQLite writers take turns
	 * already: BEGIN IMMEDIATE.) */
	if (store->pg &&
	    (ret = store_run(store, "SELECT pg_advisory_xact_lock(CAST(?1 AS BIGINT))", 1,
	                     source_row, NULL, NULL, "locking the article", err)) != ANGKA_OK)
		goto cleanup;
	for (size_t i = 0; i < n; i++) {
		bool added = false;
		if ((ret = insert_figure(&added, store, id_text, &figures[i], err)) != ANGKA_OK) {
			angka_error_prefix(err, "figure %zu: ", i + 1);
			goto cleanup;
		}
		if (added)
			st.added++;
		else
			st.duplicates++;
	}
done:
	if ((ret = commit(store, err)) != ANGKA_OK)
		goto cleanup;
	in_txn = false;
	if (stats) {
		stats->added += st.added;
		stats->duplicates += st.duplicates;
		stats->skipped += st.skipped;
	}
cleanup:
	if (in_txn)
		rollback(store);
	if (ret != ANGKA_OK)
		angka_error_prefix(err, "%s: ", source);
	angka_buf_free(&key);
	return ret;
}
