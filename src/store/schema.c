/* The schema and its migrations (docs/schema.md, "Opening and versions"). */
#include <sqlite3.h>
#include <stdbool.h>

#include "store/store_internal.h"

/* ---- schema ----------------------------------------------------------- */

/* 0 -> 1: articles, their sources, their figures, the figures view. */
static const char *const step_0_1[] = {
        "CREATE TABLE articles (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  content_hash TEXT NOT NULL UNIQUE,\n"
        "  title TEXT,\n"
        "  site TEXT,\n"
        "  canonical_url TEXT,\n"
        "  author TEXT,\n"
        "  published TEXT,\n"
        "  published_approx INTEGER NOT NULL DEFAULT 0\n"
        "    CONSTRAINT article_published_approx CHECK (published_approx IN (0, 1)),\n"
        "  dateline_place TEXT,\n"
        "  text TEXT NOT NULL,\n"
        "  rules_version TEXT,\n"
        "  ingested_at TEXT NOT NULL\n"
        ");\n"
        "CREATE TABLE sources (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  location TEXT NOT NULL,\n"
        "  fetched_at TEXT,\n"
        "  first_seen TEXT NOT NULL,\n"
        "  UNIQUE (article_id, location)\n"
        ");\n"
        "CREATE INDEX sources_location ON sources(location);\n"
        "CREATE TABLE extracted_figures (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  region TEXT,\n"
        "  region_code TEXT,\n"
        "  metric TEXT NOT NULL CONSTRAINT figure_metric CHECK (metric IN (\n"
        "    'participants', 'eligible_workers', 'working_population', 'coverage_pct',\n"
        "    'uncovered_workers', 'uncovered_pct', 'target_coverage_pct',\n"
        "    'target_participants', 'benefit_amount_idr', 'beneficiaries',\n"
        "    'scholarship_recipients', 'scholarship_amount_idr')),\n"
        "  segment TEXT NOT NULL CONSTRAINT figure_segment CHECK (segment IN (\n"
        "    'all', 'PU', 'BPU', 'jakon', 'PMI', 'rentan', 'ASN', 'other')),\n"
        "  value REAL NOT NULL,\n"
        "  unit TEXT NOT NULL CONSTRAINT figure_unit CHECK (unit IN (\n"
        "    'persons', 'percent', 'IDR', 'cases')),\n"
        "  approx INTEGER NOT NULL CONSTRAINT figure_approx CHECK (approx IN (0, 1)),\n"
        "  as_of TEXT,\n"
        "  text TEXT NOT NULL,\n"
        "  sentence TEXT NOT NULL,\n"
        "  start_byte INTEGER NOT NULL,\n"
        "  end_byte INTEGER NOT NULL,\n"
        "  rule TEXT NOT NULL,\n"
        "  decimals INTEGER NOT NULL,\n"
        "  value_low REAL,\n"
        "  value_high REAL,\n"
        "  rules_version TEXT,\n"
        "  CONSTRAINT figure_span CHECK (start_byte >= 0 AND end_byte >= start_byte)\n"
        ");\n"
        "CREATE INDEX extracted_figures_article ON extracted_figures(article_id);\n"
        "CREATE VIEW figures AS\n"
        "SELECT f.id AS id,\n"
        "       f.article_id AS article_id,\n"
        "       (SELECT s.location FROM sources s WHERE s.article_id = a.id\n"
        "         ORDER BY s.id LIMIT 1) AS source,\n"
        "       a.title AS article_title,\n"
        "       a.published AS published,\n"
        "       f.region AS region,\n"
        "       f.region_code AS region_code,\n"
        "       f.metric AS metric,\n"
        "       f.segment AS segment,\n"
        "       f.value AS value,\n"
        "       f.unit AS unit,\n"
        "       f.approx AS approx,\n"
        "       f.as_of AS as_of,\n"
        "       f.text AS text,\n"
        "       f.sentence AS sentence,\n"
        "       f.start_byte AS start,\n"
        "       f.end_byte AS \"end\",\n"
        "       f.rule AS rule\n"
        "FROM extracted_figures f JOIN articles a ON a.id = f.article_id;\n",
        NULL,
};

/* 1 -> 2: review decisions as an append-only history, keyed by what
 * identifies a figure across re-extractions (article, byte span,
 * extracted value, and the region, since "masing-masing 100 persen"
 * is one span for two regions) rather than by a row id; the latest
 * decision per figure; the curated dataset. Only adds objects: the
 * v1 data stays as it was. */
static const char *const step_1_2[] = {
        "CREATE TABLE reviews (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  start_byte INTEGER NOT NULL,\n"
        "  end_byte INTEGER NOT NULL,\n"
        "  value REAL NOT NULL,\n"
        "  region TEXT,\n"
        "  figure_id INTEGER,\n"
        "  decision TEXT NOT NULL CONSTRAINT review_decision CHECK (decision IN (\n"
        "    'accept', 'reject', 'correct')),\n"
        "  corrected_value REAL,\n"
        "  corrected_decimals INTEGER,\n"
        "  note TEXT,\n"
        "  reviewer TEXT NOT NULL,\n"
        "  decided_at TEXT NOT NULL,\n"
        "  CONSTRAINT review_correction CHECK (\n"
        "    (decision = 'correct') = (corrected_value IS NOT NULL))\n"
        ");\n"
        "CREATE INDEX reviews_figure ON reviews(article_id, start_byte, end_byte, value);\n"
        "CREATE TRIGGER reviews_are_history BEFORE UPDATE ON reviews\n"
        "BEGIN SELECT RAISE(ABORT, 'reviews are history: add a decision instead'); END;\n"
        "CREATE VIEW latest_reviews AS\n"
        "SELECT f.id AS figure_id,\n"
        "       r.id AS review_id,\n"
        "       r.decision AS decision,\n"
        "       r.corrected_value AS corrected_value,\n"
        "       r.corrected_decimals AS corrected_decimals,\n"
        "       r.note AS note,\n"
        "       r.reviewer AS reviewer,\n"
        "       r.decided_at AS decided_at\n"
        "FROM extracted_figures f JOIN reviews r\n"
        "  ON r.article_id = f.article_id AND r.start_byte = f.start_byte\n"
        " AND r.end_byte = f.end_byte AND r.value = f.value AND r.region IS f.region\n"
        "WHERE r.id = (SELECT max(r2.id) FROM reviews r2\n"
        "  WHERE r2.article_id = f.article_id AND r2.start_byte = f.start_byte\n"
        "    AND r2.end_byte = f.end_byte AND r2.value = f.value\n"
        "    AND r2.region IS f.region);\n"
        "CREATE VIEW curated_figures AS\n"
        "SELECT v.id AS id,\n"
        "       v.article_id AS article_id,\n"
        "       v.source AS source,\n"
        "       a.canonical_url AS canonical_url,\n"
        "       v.article_title AS article_title,\n"
        "       v.published AS published,\n"
        "       v.region AS region,\n"
        "       v.region_code AS region_code,\n"
        "       v.metric AS metric,\n"
        "       v.segment AS segment,\n"
        "       coalesce(l.corrected_value, v.value) AS value,\n"
        "       v.value AS extracted_value,\n"
        "       v.unit AS unit,\n"
        "       v.approx AS approx,\n"
        "       v.as_of AS as_of,\n"
        "       v.text AS text,\n"
        "       v.sentence AS sentence,\n"
        "       v.start AS start,\n"
        "       v.\"end\" AS \"end\",\n"
        "       v.rule AS rule,\n"
        "       e.rules_version AS rules_version,\n"
        "       l.decision AS decision,\n"
        "       l.note AS note,\n"
        "       l.reviewer AS reviewer,\n"
        "       l.decided_at AS decided_at\n"
        "FROM figures v\n"
        "JOIN extracted_figures e ON e.id = v.id\n"
        "JOIN articles a ON a.id = v.article_id\n"
        "JOIN latest_reviews l ON l.figure_id = v.id\n"
        "WHERE l.decision IN ('accept', 'correct');\n",
        NULL,
};

/* 2 -> 3: source status (its own step, independent of the others):
 * one row per location angka was asked to read, with what the last
 * fetch gave (validators for a conditional GET, HTTP code, error),
 * and the items each feed has listed. */
static const char *const step_2_3[] = {
        "CREATE TABLE source_status (\n"
        "  location TEXT PRIMARY KEY,\n"
        "  kind TEXT NOT NULL CONSTRAINT source_kind CHECK (kind IN ('page', 'feed', 'file')),\n"
        "  status TEXT NOT NULL CONSTRAINT source_status_value CHECK (status IN (\n"
        "    'ok', 'not_modified', 'failed', 'disallowed')),\n"
        "  http_code INTEGER,\n"
        "  etag TEXT,\n"
        "  last_modified TEXT,\n"
        "  content_type TEXT,\n"
        "  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,\n"
        "  feed TEXT,\n"
        "  last_fetch TEXT NOT NULL,\n"
        "  last_success TEXT,\n"
        "  last_error TEXT,\n"
        "  failures INTEGER NOT NULL DEFAULT 0\n"
        ");\n"
        "CREATE TABLE feed_items (\n"
        "  feed TEXT NOT NULL,\n"
        "  link TEXT NOT NULL,\n"
        "  title TEXT,\n"
        "  published TEXT,\n"
        "  first_seen TEXT NOT NULL,\n"
        "  PRIMARY KEY (feed, link)\n"
        ");\n",
        NULL,
};

/* 3 -> 4: (a) the programme a benefit or claim is of (JHT, JKK, ...):
 * part of the figure record and of the fact key. (b) Article
 * versions: an article read again from the same location with new
 * text is a new version that supersedes the old one
 * (articles.superseded_by); the old one keeps its figures and
 * reviews but leaves facts, the audit, the report and the curated
 * export. Articles stored before this step that share a location are
 * made versions of each other here, each superseded by the next one
 * stored, and store_migrate then carries their review decisions
 * over (store_carry_reviews). (c) Reviews can be undone: the reviews
 * table is rebuilt (SQLite cannot change a CHECK) with 'undo'
 * decisions, which name the decision they undo, and carried_from,
 * the decision a carried one was copied from (set to NULL when that one
 * is removed with its source: the only change a decision ever sees, the
 * trigger guards every other column). Every row is kept; the views are
 * dropped and made again with the new columns. */
static const char *const step_3_4[] = {
        "ALTER TABLE extracted_figures ADD COLUMN programme TEXT\n"
        "  CONSTRAINT figure_programme CHECK (programme IN (\n"
        "    'JHT', 'JKK', 'JKM', 'JP', 'JKP', 'beasiswa'));\n"
        "ALTER TABLE articles ADD COLUMN superseded_by INTEGER\n"
        "  REFERENCES articles(id) ON DELETE SET NULL;\n"
        "ALTER TABLE articles ADD COLUMN superseded_at TEXT;\n"
        "CREATE INDEX articles_superseded_by ON articles(superseded_by);\n"
        "CREATE INDEX sources_article ON sources(article_id);\n"
        "UPDATE articles SET superseded_by = (\n"
        "  SELECT min(s2.article_id) FROM sources s1 JOIN sources s2\n"
        "    ON s2.location = s1.location AND s2.article_id > s1.article_id\n"
        "  WHERE s1.article_id = articles.id);\n"
        "UPDATE articles SET superseded_at = (\n"
        "  SELECT n.ingested_at FROM articles n WHERE n.id = articles.superseded_by)\n"
        "WHERE superseded_by IS NOT NULL;\n",
        "DROP VIEW curated_figures;\n"
        "DROP VIEW latest_reviews;\n"
        "DROP VIEW figures;\n"
        "CREATE TABLE reviews_v4 (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  start_byte INTEGER NOT NULL,\n"
        "  end_byte INTEGER NOT NULL,\n"
        "  value REAL NOT NULL,\n"
        "  region TEXT,\n"
        "  figure_id INTEGER,\n"
        "  decision TEXT NOT NULL CONSTRAINT review_decision CHECK (decision IN (\n"
        "    'accept', 'reject', 'correct', 'undo')),\n"
        "  corrected_value REAL,\n"
        "  corrected_decimals INTEGER,\n"
        "  note TEXT,\n"
        "  reviewer TEXT NOT NULL,\n"
        "  decided_at TEXT NOT NULL,\n"
        "  undoes INTEGER REFERENCES reviews(id) ON DELETE CASCADE,\n"
        "  carried_from INTEGER REFERENCES reviews(id) ON DELETE SET NULL,\n"
        "  CONSTRAINT review_correction CHECK (\n"
        "    (decision = 'correct') = (corrected_value IS NOT NULL)),\n"
        "  CONSTRAINT review_undo CHECK ((decision = 'undo') = (undoes IS NOT NULL))\n"
        ");\n"
        "INSERT INTO reviews_v4 (id, article_id, start_byte, end_byte, value, region,\n"
        "  figure_id, decision, corrected_value, corrected_decimals, note, reviewer,\n"
        "  decided_at)\n"
        "SELECT id, article_id, start_byte, end_byte, value, region, figure_id, decision,\n"
        "  corrected_value, corrected_decimals, note, reviewer, decided_at FROM reviews;\n"
        "DROP TABLE reviews;\n"
        "ALTER TABLE reviews_v4 RENAME TO reviews;\n"
        "CREATE INDEX reviews_figure ON reviews(article_id, start_byte, end_byte, value);\n"
        "CREATE INDEX reviews_undoes ON reviews(undoes);\n"
        "CREATE INDEX reviews_carried_from ON reviews(carried_from);\n"
        "CREATE TRIGGER reviews_are_history BEFORE UPDATE OF id, article_id, start_byte,\n"
        "  end_byte, value, region, figure_id, decision, corrected_value,\n"
        "  corrected_decimals, note, reviewer, decided_at, undoes ON reviews\n"
        "BEGIN SELECT RAISE(ABORT, 'reviews are history: add a decision instead'); END;\n",
        "CREATE VIEW figures AS\n"
        "SELECT f.id AS id,\n"
        "       f.article_id AS article_id,\n"
        "       (SELECT s.location FROM sources s WHERE s.article_id = a.id\n"
        "         ORDER BY s.id LIMIT 1) AS source,\n"
        "       a.title AS article_title,\n"
        "       a.published AS published,\n"
        "       f.region AS region,\n"
        "       f.region_code AS region_code,\n"
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
        "FROM extracted_figures f JOIN articles a ON a.id = f.article_id;\n"
        "CREATE VIEW latest_reviews AS\n"
        "SELECT f.id AS figure_id,\n"
        "       r.id AS review_id,\n"
        "       r.decision AS decision,\n"
        "       r.corrected_value AS corrected_value,\n"
        "       r.corrected_decimals AS corrected_decimals,\n"
        "       r.note AS note,\n"
        "       r.reviewer AS reviewer,\n"
        "       r.decided_at AS decided_at\n"
        "FROM extracted_figures f JOIN reviews r\n"
        "  ON r.article_id = f.article_id AND r.start_byte = f.start_byte\n"
        " AND r.end_byte = f.end_byte AND r.value = f.value AND r.region IS f.region\n"
        "WHERE r.id = (SELECT max(r2.id) FROM reviews r2\n"
        "  WHERE r2.article_id = f.article_id AND r2.start_byte = f.start_byte\n"
        "    AND r2.end_byte = f.end_byte AND r2.value = f.value\n"
        "    AND r2.region IS f.region AND r2.decision <> 'undo'\n"
        "    AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undoes = r2.id));\n"
        "CREATE VIEW curated_figures AS\n"
        "SELECT v.id AS id,\n"
        "       v.article_id AS article_id,\n"
        "       v.source AS source,\n"
        "       a.canonical_url AS canonical_url,\n"
        "       v.article_title AS article_title,\n"
        "       v.published AS published,\n"
        "       v.region AS region,\n"
        "       v.region_code AS region_code,\n"
        "       v.metric AS metric,\n"
        "       v.segment AS segment,\n"
        "       coalesce(l.corrected_value, v.value) AS value,\n"
        "       v.value AS extracted_value,\n"
        "       v.unit AS unit,\n"
        "       v.programme AS programme,\n"
        "       v.approx AS approx,\n"
        "       v.as_of AS as_of,\n"
        "       v.text AS text,\n"
        "       v.sentence AS sentence,\n"
        "       v.start AS start,\n"
        "       v.\"end\" AS \"end\",\n"
        "       v.rule AS rule,\n"
        "       e.rules_version AS rules_version,\n"
        "       l.decision AS decision,\n"
        "       l.note AS note,\n"
        "       l.reviewer AS reviewer,\n"
        "       l.decided_at AS decided_at\n"
        "FROM figures v\n"
        "JOIN extracted_figures e ON e.id = v.id\n"
        "JOIN articles a ON a.id = v.article_id\n"
        "JOIN latest_reviews l ON l.figure_id = v.id\n"
        "WHERE l.decision IN ('accept', 'correct') AND a.superseded_by IS NULL;\n",
        NULL,
};

/* 4 -> 5: the domain (issue 12). Every figure names the domain whose rules
 * found it, and the metrics, segments and programmes are the domains' own,
 * declared in rules/domains/<name>/metrics.tsv: the schema no longer lists
 * them (a CHECK cannot be dropped in SQLite, so extracted_figures is rebuilt
 * without those three, every row kept with its id; the figures stored before
 * were all BPJS Ketenagakerjaan's). The views are made again with the
 * domain. */
static const char *const step_4_5[] = {
        "DROP VIEW curated_figures;\n"
        "DROP VIEW latest_reviews;\n"
        "DROP VIEW figures;\n"
        "CREATE TABLE extracted_figures_v5 (\n"
        "  id INTEGER PRIMARY KEY,\n"
        "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,\n"
        "  region TEXT,\n"
        "  region_code TEXT,\n"
        "  domain TEXT NOT NULL,\n"
        "  metric TEXT NOT NULL,\n"
        "  segment TEXT NOT NULL,\n"
        "  value REAL NOT NULL,\n"
        "  unit TEXT NOT NULL CONSTRAINT figure_unit CHECK (unit IN (\n"
        "    'persons', 'percent', 'IDR', 'cases')),\n"
        "  approx INTEGER NOT NULL CONSTRAINT figure_approx CHECK (approx IN (0, 1)),\n"
        "  as_of TEXT,\n"
        "  text TEXT NOT NULL,\n"
        "  sentence TEXT NOT NULL,\n"
        "  start_byte INTEGER NOT NULL,\n"
        "  end_byte INTEGER NOT NULL,\n"
        "  rule TEXT NOT NULL,\n"
        "  decimals INTEGER NOT NULL,\n"
        "  value_low REAL,\n"
        "  value_high REAL,\n"
        "  rules_version TEXT,\n"
        "  programme TEXT,\n"
        "  CONSTRAINT figure_span CHECK (start_byte >= 0 AND end_byte >= start_byte)\n"
        ");\n"
        "INSERT INTO extracted_figures_v5 (id, article_id, region, region_code, domain,\n"
        "  metric, segment, value, unit, approx, as_of, text, sentence, start_byte,\n"
        "  end_byte, rule, decimals, value_low, value_high, rules_version, programme)\n"
        "SELECT id, article_id, region, region_code, 'bpjs-tk', metric, segment, value,\n"
        "  unit, approx, as_of, text, sentence, start_byte, end_byte, rule, decimals,\n"
        "  value_low, value_high, rules_version, programme FROM extracted_figures;\n"
        "DROP TABLE extracted_figures;\n"
        "ALTER TABLE extracted_figures_v5 RENAME TO extracted_figures;\n"
        "CREATE INDEX extracted_figures_article ON extracted_figures(article_id);\n",
        "CREATE VIEW figures AS\n"
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
        "FROM extracted_figures f JOIN articles a ON a.id = f.article_id;\n"
        "CREATE VIEW latest_reviews AS\n"
        "SELECT f.id AS figure_id,\n"
        "       r.id AS review_id,\n"
        "       r.decision AS decision,\n"
        "       r.corrected_value AS corrected_value,\n"
        "       r.corrected_decimals AS corrected_decimals,\n"
        "       r.note AS note,\n"
        "       r.reviewer AS reviewer,\n"
        "       r.decided_at AS decided_at\n"
        "FROM extracted_figures f JOIN reviews r\n"
        "  ON r.article_id = f.article_id AND r.start_byte = f.start_byte\n"
        " AND r.end_byte = f.end_byte AND r.value = f.value AND r.region IS f.region\n"
        "WHERE r.id = (SELECT max(r2.id) FROM reviews r2\n"
        "  WHERE r2.article_id = f.article_id AND r2.start_byte = f.start_byte\n"
        "    AND r2.end_byte = f.end_byte AND r2.value = f.value\n"
        "    AND r2.region IS f.region AND r2.decision <> 'undo'\n"
        "    AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undoes = r2.id));\n",
        "CREATE VIEW curated_figures AS\n"
        "SELECT v.id AS id,\n"
        "       v.article_id AS article_id,\n"
        "       v.source AS source,\n"
        "       a.canonical_url AS canonical_url,\n"
        "       v.article_title AS article_title,\n"
        "       v.published AS published,\n"
        "       v.region AS region,\n"
        "       v.region_code AS region_code,\n"
        "       v.domain AS domain,\n"
        "       v.metric AS metric,\n"
        "       v.segment AS segment,\n"
        "       coalesce(l.corrected_value, v.value) AS value,\n"
        "       v.value AS extracted_value,\n"
        "       v.unit AS unit,\n"
        "       v.programme AS programme,\n"
        "       v.approx AS approx,\n"
        "       v.as_of AS as_of,\n"
        "       v.text AS text,\n"
        "       v.sentence AS sentence,\n"
        "       v.start AS start,\n"
        "       v.\"end\" AS \"end\",\n"
        "       v.rule AS rule,\n"
        "       e.rules_version AS rules_version,\n"
        "       l.decision AS decision,\n"
        "       l.note AS note,\n"
        "       l.reviewer AS reviewer,\n"
        "       l.decided_at AS decided_at\n"
        "FROM figures v\n"
        "JOIN extracted_figures e ON e.id = v.id\n"
        "JOIN articles a ON a.id = v.article_id\n"
        "JOIN latest_reviews l ON l.figure_id = v.id\n"
        "WHERE l.decision IN ('accept', 'correct') AND a.superseded_by IS NULL;\n",
        NULL,
};

/* 5 -> 6: context figures. A figure the audit needs that is no figure of
 * the dataset (a registered total, a share of the participants, a rate of
 * change) is stored with context = 1, beside the article's other figures,
 * so that the audit finds it where it finds them. The figures view, and so
 * everything built on it (curated_figures, export, facts, the report, the
 * review desk), leaves it out: the view is made again with that condition,
 * and all_figures is the view with every figure and the flag, for the
 * audit. Every figure stored before is a figure of the dataset (0). A new
 * column with a default: no row is copied. */
static const char *const step_5_6[] = {
        "ALTER TABLE extracted_figures ADD COLUMN context INTEGER NOT NULL DEFAULT 0\n"
        "  CONSTRAINT figure_context CHECK (context IN (0, 1));\n"
        "DROP VIEW figures;\n"
        "CREATE VIEW figures AS\n"
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
        "CREATE VIEW all_figures AS\n"
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

/* migrations[v] brings a database from user_version v to v + 1: its SQL,
 * in parts (C17 promises string literals of 4095 bytes only), run in order.
 * A later version appends a step and never edits an old one: databases
 * already at version v + 1 ran the old text and must stay what it made them. */
static const char *const *const migrations[] = {step_0_1, step_1_2, step_2_3,
                                                step_3_4, step_4_5, step_5_6};

#define STORE_SCHEMA_VERSION ((int)(sizeof migrations / sizeof migrations[0]))

/* Read PRAGMA user_version into *out. */
int store_read_version(int *out, sqlite3 *db, const char *path, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK ||
	    sqlite3_step(stmt) != SQLITE_ROW) {
		ret = store_db_error(err, db, path, "reading the schema version");
		goto cleanup;
	}
	*out = sqlite3_column_int(stmt, 0);
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

int store_refuse_version(int version, const char *path, angka_error *err)
{
	if (version < 0)
		return angka_error_set(err, ANGKA_EDB,
		                       "%s: not an angka database (its schema version %d is none "
		                       "angka ever wrote); nothing was changed",
		                       path, version);
	return angka_error_set(err, ANGKA_EDB,
	                       "%s: database schema version %d is not one this angka knows "
	                       "(it knows versions up to %d); use a newer angka",
	                       path, version, STORE_SCHEMA_VERSION);
}

/* One integer a query gives, or a database error naming what was asked. */
static int query_int(int *out, sqlite3 *db, const char *sql, const char *path, const char *what,
                     angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK;
	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK ||
	    sqlite3_step(stmt) != SQLITE_ROW)
		ret = store_db_error(err, db, path, what);
	else
		*out = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return ret;
}

/* Is the file angka's, and at which version? Looked at before anything is
 * changed (journal mode, schema), in one read transaction so that another
 * process creating the schema meanwhile is seen whole or not at all: an
 * empty file is a new database; version 0 with tables, a negative or a
 * too-new version, or a version without angka's tables is another
 * program's file (or a damaged one), and is refused untouched. */
int store_check_ours(int *version, sqlite3 *db, const char *path, angka_error *err)
{
	int objects = 0, ours = 0;
	int ret = ANGKA_OK;
	if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return store_db_error(err, db, path, "reading the schema");
	if ((ret = store_read_version(version, db, path, err)) != ANGKA_OK ||
	    (ret = query_int(&objects, db, "SELECT count(*) FROM sqlite_master", path,
	                     "reading the schema", err)) != ANGKA_OK ||
	    (ret = query_int(&ours, db,
	                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
	                     "name IN ('articles', 'extracted_figures')",
	                     path, "reading the schema", err)) != ANGKA_OK)
		goto cleanup;
	if (*version < 0 || *version > STORE_SCHEMA_VERSION)
		ret = store_refuse_version(*version, path, err);
	else if (*version == 0 && objects > 0)
		ret = angka_error_set(err, ANGKA_EDB,
		                      "%s: not an angka database (it has tables of its own and no "
		                      "angka schema version); nothing was changed",
		                      path);
	else if (*version > 0 && ours != 2)
		ret = angka_error_set(err, ANGKA_EDB,
		                      "%s: not an angka database (schema version %d, but not "
		                      "angka's tables); nothing was changed",
		                      path, *version);
cleanup:
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	return ret;
}

/* Step 3 -> 4 made the articles that share a location versions of each
 * other; the decisions made on an older version's figures are carried over
 * to the unchanged figures of the next one, oldest version first, so that a
 * decision travels down the whole chain as it would have, had the versions
 * been stored by this angka. */
static int carry_legacy_versions(sqlite3 *db, const char *path, angka_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int ret = ANGKA_OK, rc;
	if (sqlite3_prepare_v2(db,
	                       "SELECT id, superseded_by FROM articles WHERE superseded_by IS NOT "
	                       "NULL ORDER BY id",
	                       -1, &stmt, NULL) != SQLITE_OK) {
		ret = store_db_error(err, db, path, "listing article versions");
		goto cleanup;
	}
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		ret = store_carry_reviews(db, path, sqlite3_column_int64(stmt, 0),
		                          sqlite3_column_int64(stmt, 1), NULL, err);
		if (ret != ANGKA_OK)
			goto cleanup;
	}
	if (rc != SQLITE_DONE)
		ret = store_db_error(err, db, path, "listing article versions");
cleanup:
	sqlite3_finalize(stmt);
	return ret;
}

/* Bring the schema from whatever version the file has to
 * STORE_SCHEMA_VERSION, all steps in one transaction so a failed migration
 * leaves the file as it was. The version is read again under the write lock
 * because another process may have migrated the file since our first look. */
int store_migrate(sqlite3 *db, const char *path, angka_error *err)
{
	int ret = ANGKA_OK;
	bool in_txn = false;
	int version = 0;

	if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
		ret = store_db_error(err, db, path, "starting the schema migration");
		goto cleanup;
	}
	in_txn = true;
	if ((ret = store_read_version(&version, db, path, err)) != ANGKA_OK)
		goto cleanup;
	if (version < 0 || version > STORE_SCHEMA_VERSION) {
		ret = store_refuse_version(version, path, err);
		goto cleanup;
	}
	for (int v = version; v < STORE_SCHEMA_VERSION; v++) {
		for (const char *const *part = migrations[v]; *part != NULL; part++) {
			if (sqlite3_exec(db, *part, NULL, NULL, NULL) != SQLITE_OK) {
				char what[64];
				sqlite3_snprintf(sizeof what, what,
				                 "migrating the schema to version %d", v + 1);
				ret = store_db_error(err, db, path, what);
				goto cleanup;
			}
		}
	}
	/* Versions made by step 3 -> 4 get their decisions once the schema is
	 * the one the carrying query is written for. */
	if (version <= 3 && version < STORE_SCHEMA_VERSION &&
	    (ret = carry_legacy_versions(db, path, err)) != ANGKA_OK)
		goto cleanup;
	if (version < STORE_SCHEMA_VERSION) {
		/* A pragma takes no bound parameters; the number is our own constant. */
		char pragma[48];
		sqlite3_snprintf(sizeof pragma, pragma, "PRAGMA user_version = %d",
		                 STORE_SCHEMA_VERSION);
		if (sqlite3_exec(db, pragma, NULL, NULL, NULL) != SQLITE_OK) {
			ret = store_db_error(err, db, path, "recording the schema version");
			goto cleanup;
		}
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		ret = store_db_error(err, db, path, "committing the schema migration");
		goto cleanup;
	}
	in_txn = false;
cleanup:
	if (in_txn)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return ret;
}

int angka_store_schema_version(void)
{
	return STORE_SCHEMA_VERSION;
}
