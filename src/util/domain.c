#include "angka/domain.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/buf.h"

#define METRICS_FILE_MAX ((size_t)256 * 1024)
#define DOMAINS_MAX      64

/* A programme's declaration (programme set), a larger-of-two (programme
 * NULL) or an active count's (active: other is the rule that states it). */
typedef struct programme_rule {
	const char *programme, *metric, *other;
	bool active;
	const char *registered; /* active: what a registered total is, or NULL */
} programme_rule;

struct angka_domain {
	char *name;
	char *root, *dir;
	char *bytes; /* metrics.tsv, split in place: every string below points into it */
	const char *description;
	bool words_carry;
	angka_metric *metrics;
	size_t n_metrics;
	const char **segments;
	size_t n_segments;
	const char **everyone; /* segments that, listed together, are every one */
	size_t n_everyone;
	angka_relation *relations;
	size_t n_relations;
	programme_rule *programmes;
	size_t n_programmes;
	angka_buf texts; /* the relations' texts, NUL-separated */
};

static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

char *angka_domain_file(const angka_domain *domain, const char *name)
{
	angka_buf path = ANGKA_BUF_INIT;
	angka_buf_printf(&path, "%s/%s", domain->dir, name);
	if (!path.failed && domain->dir != domain->root && !exists(path.data)) {
		angka_buf_free(&path);
		angka_buf_printf(&path, "%s/%s", domain->root, name);
	}
	return angka_buf_detach(&path);
}

/* Problems of metrics.tsv, one per line of err's message. */
typedef struct problems {
	angka_buf text;
	size_t n;
	const char *path;
} problems;

static void problem(problems *p, int line, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

static void problem(problems *p, int line, const char *fmt, ...)
{
	char message[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	/* Line 0: a problem of the whole file (a name used but never declared). */
	if (line > 0)
		angka_buf_printf(&p->text, "%s%s:%d: %s", p->n ? "\n" : "", p->path, line, message);
	else
		angka_buf_printf(&p->text, "%s%s: %s", p->n ? "\n" : "", p->path, message);
	p->n++;
}

static bool grow(void **items, size_t n, size_t size)
{
	void *grown = realloc(*items, (n + 1) * size);
	if (grown == NULL)
		return false;
	*items = grown;
	return true;
}

/* A bound: a number, or '-' for none. */
static bool read_bound(double *out, const char *field, double none)
{
	if (strcmp(field, "-") == 0) {
		*out = none;
		return true;
	}
	char *end = NULL;
	*out = strtod(field, &end);
	return end != field && *end == '\0';
}

static bool read_roles(unsigned *out, const char *field)
{
	*out = 0;
	if (strcmp(field, "-") == 0)
		return true;
	for (const char *p = field; *p;) {
		size_t len = strcspn(p, ",");
		if (len == 4 && strncmp(p, "base", 4) == 0)
			*out |= ANGKA_METRIC_BASE;
		else if (len == 6 && strncmp(p, "target", 6) == 0)
			*out |= ANGKA_METRIC_TARGET;
		else if (len == 4 && strncmp(p, "paid", 4) == 0)
			*out |= ANGKA_METRIC_PAID;
		else if (len == 7 && strncmp(p, "context", 7) == 0)
			*out |= ANGKA_METRIC_CONTEXT;
		else
			return false;
		p += len + (p[len] == ',');
	}
	return true;
}

static bool known_unit(const char *unit)
{
	return strcmp(unit, "persons") == 0 || strcmp(unit, "percent") == 0 ||
	       strcmp(unit, "IDR") == 0;
}

/* One line of metrics.tsv, split at its TABs. */
static bool read_line(angka_domain *d, problems *p, int line, char **f, size_t n)
{
	const char *what = f[0];
	if (strcmp(what, "domain") == 0 && n == 2) {
		d->description = f[1];
	} else if (strcmp(what, "words") == 0 && n == 2) {
		if (strcmp(f[1], "carry") != 0 && strcmp(f[1], "article") != 0)
			problem(p, line, "words are 'article' (the default) or 'carry', not '%s'",
			        f[1]);
		d->words_carry = strcmp(f[1], "carry") == 0;
	} else if (strcmp(what, "metric") == 0 && (n == 7 || n == 8)) {
		angka_metric m = {.name = f[1],
		                  .unit = f[2],
		                  .description = f[6],
		                  .national_above = HUGE_VAL};
		m.label_id = n == 8 ? f[7] : NULL;
		if (!known_unit(m.unit))
			problem(p, line, "metric %s: unknown unit '%s' (persons, percent or IDR)",
			        m.name, m.unit);
		if (!read_bound(&m.min, f[3], -HUGE_VAL) || !read_bound(&m.max, f[4], HUGE_VAL))
			problem(p, line, "metric %s: a bound is a number or '-'", m.name);
		if (!read_roles(&m.roles, f[5]))
			problem(p, line,
			        "metric %s: roles are base, target, paid, context or '-', not '%s'",
			        m.name, f[5]);
		if (angka_domain_metric(d, m.name))
			problem(p, line, "metric %s is declared twice", m.name);
		if (!grow((void **)&d->metrics, d->n_metrics, sizeof *d->metrics))
			return false;
		d->metrics[d->n_metrics++] = m;
	} else if (strcmp(what, "segment") == 0 && n == 3) {
		if (!grow((void **)&d->segments, d->n_segments, sizeof *d->segments))
			return false;
		d->segments[d->n_segments++] = f[1];
	} else if (strcmp(what, "everyone") == 0 && n >= 3) {
		for (size_t i = 1; i < n; i++) {
			if (!grow((void **)&d->everyone, d->n_everyone, sizeof *d->everyone))
				return false;
			d->everyone[d->n_everyone++] = f[i];
		}
	} else if (strcmp(what, "programme") == 0 && n == 4) {
		if (!grow((void **)&d->programmes, d->n_programmes, sizeof *d->programmes))
			return false;
		d->programmes[d->n_programmes++] = (programme_rule){f[1], f[2], f[3], false, NULL};
	} else if (strcmp(what, "larger") == 0 && n == 3) {
		/* checked once every metric is read */
		if (!grow((void **)&d->programmes, d->n_programmes, sizeof *d->programmes))
			return false;
		d->programmes[d->n_programmes++] = (programme_rule){NULL, f[1], f[2], false, NULL};
	} else if (strcmp(what, "active") == 0 && (n == 3 || n == 4)) {
		if (!grow((void **)&d->programmes, d->n_programmes, sizeof *d->programmes))
			return false;
		d->programmes[d->n_programmes++] =
		        (programme_rule){NULL, f[1], f[2], true, n == 4 ? f[3] : NULL};
	} else if (strcmp(what, "national") == 0 && n == 3) {
		angka_metric *m = (angka_metric *)angka_domain_metric(d, f[1]);
		if (m == NULL)
			problem(p, line, "national names %s, which no metric line above declares",
			        f[1]);
		else if (!read_bound(&m->national_above, f[2], HUGE_VAL))
			problem(p, line, "national %s: the count is a number or '-'", f[1]);
	} else if (strcmp(what, "goal") == 0 && n == 3) {
		angka_metric *m = (angka_metric *)angka_domain_metric(d, f[1]);
		const angka_metric *goal = angka_domain_metric(d, f[2]);
		if (m == NULL || goal == NULL)
			problem(p, line, "goal names %s, which no metric line above declares",
			        m == NULL ? f[1] : f[2]);
		else if (!(goal->roles & ANGKA_METRIC_TARGET) || strcmp(goal->unit, m->unit) != 0)
			problem(p, line, "goal %s: %s is no target in %s", f[1], f[2], m->unit);
		else
			m->goal = goal->name;
	} else if (strcmp(what, "ratio") == 0 && n >= 4 && n <= 6) {
		bool any_period = false, of_all = false;
		for (size_t i = 4; i < n; i++) {
			if (strcmp(f[i], "any-period") == 0)
				any_period = true;
			else if (strcmp(f[i], "of-all") == 0)
				of_all = true;
			else
				problem(p, line,
				        "a ratio's options are 'any-period' and 'of-all', not '%s'",
				        f[i]);
		}
		if (!grow((void **)&d->relations, d->n_relations, sizeof *d->relations))
			return false;
		d->relations[d->n_relations++] = (angka_relation){
		        ANGKA_RELATION_RATIO, f[1], f[2], f[3], any_period, of_all, NULL};
	} else if (strcmp(what, "sum") == 0 && n == 4) {
		if (!grow((void **)&d->relations, d->n_relations, sizeof *d->relations))
			return false;
		d->relations[d->n_relations++] =
		        (angka_relation){ANGKA_RELATION_SUM, f[1], f[2], f[3], false, false, NULL};
	} else if (strcmp(what, "growth") == 0 && n == 2) {
		if (!grow((void **)&d->relations, d->n_relations, sizeof *d->relations))
			return false;
		d->relations[d->n_relations++] = (angka_relation){
		        ANGKA_RELATION_GROWTH, f[1], NULL, NULL, true, false, NULL};
	} else if (strcmp(what, "complement") == 0 && n == 3) {
		if (!grow((void **)&d->relations, d->n_relations, sizeof *d->relations))
			return false;
		d->relations[d->n_relations++] = (angka_relation){
		        ANGKA_RELATION_COMPLEMENT, f[1], f[2], NULL, false, false, NULL};
	} else {
		problem(p, line,
		        "expected domain, words, metric, segment, everyone, larger, active, "
		        "national, goal, "
		        "programme, ratio, sum, complement or growth with its fields "
		        "(docs/domains.md), "
		        "got '%s' with %zu "
		        "field%s",
		        what, n - 1, n == 2 ? "" : "s");
	}
	return true;
}

static void check_metric(const angka_domain *d, problems *p, const char *name, const char *unit,
                         const char *what)
{
	const angka_metric *m = name ? angka_domain_metric(d, name) : NULL;
	if (name && m == NULL)
		problem(p, 0, "%s names %s, which the domain does not declare", what, name);
	else if (m && unit && strcmp(m->unit, unit) != 0)
		problem(p, 0, "%s: %s is in %s, not %s", what, name, m->unit, unit);
}

/* Every name a relation, a programme or a larger-of-two uses is a declared
 * metric of the right unit: a typo must not silently disable a check. */
static void check_names(angka_domain *d, problems *p)
{
	for (size_t i = 0; i < d->n_relations; i++) {
		const angka_relation *r = &d->relations[i];
		const char *pct = r->kind == ANGKA_RELATION_SUM ? NULL : "percent";
		check_metric(d, p, r->result, r->kind == ANGKA_RELATION_SUM ? NULL : pct,
		             "a relation");
		if (r->kind == ANGKA_RELATION_GROWTH)
			continue;
		check_metric(d, p, r->a, r->kind == ANGKA_RELATION_COMPLEMENT ? pct : NULL,
		             "a relation");
		check_metric(d, p, r->b, NULL, "a relation");
	}
	for (size_t i = 0; i < d->n_programmes; i++) {
		programme_rule *r = &d->programmes[i];
		if (r->active) {
			check_metric(d, p, r->metric, NULL, "an active count");
			angka_metric *m = (angka_metric *)angka_domain_metric(d, r->metric);
			if (m)
				m->active_rule = r->other;
			const angka_metric *total =
			        r->registered ? angka_domain_metric(d, r->registered) : NULL;
			if (r->registered &&
			    (total == NULL || !(total->roles & ANGKA_METRIC_CONTEXT) ||
			     (m && strcmp(total->unit, m->unit) != 0)))
				problem(p, 0, "active %s: %s is no context metric in %s", r->metric,
				        r->registered, m ? m->unit : "its unit");
			else if (m)
				m->registered = r->registered;
			continue;
		}
		check_metric(d, p, r->metric, NULL, r->programme ? "a programme" : "a larger");
		/* "programme JHT participants -": one programme's members are no figure */
		if (!(r->programme && strcmp(r->other, "-") == 0))
			check_metric(d, p, r->other, NULL,
			             r->programme ? "a programme" : "a larger");
		if (r->programme == NULL) {
			angka_metric *m = (angka_metric *)angka_domain_metric(d, r->metric);
			if (m)
				m->larger = r->other;
		}
	}
	for (size_t i = 0; i < d->n_everyone; i++)
		if (angka_domain_segment(d, d->everyone[i]) == NULL)
			problem(p, 0,
			        "everyone names %s, which the domain does not declare a segment",
			        d->everyone[i]);
	/* The relations' texts: offsets first, pointers once the buffer is
	 * final. */
	size_t *at = calloc(d->n_relations ? d->n_relations : 1, sizeof *at);
	if (at == NULL) {
		d->texts.failed = true;
		return;
	}
	for (size_t i = 0; i < d->n_relations; i++) {
		const angka_relation *r = &d->relations[i];
		at[i] = d->texts.len;
		if (r->kind == ANGKA_RELATION_RATIO)
			angka_buf_printf(&d->texts, "%s and %s", r->a, r->b);
		else if (r->kind == ANGKA_RELATION_SUM)
			angka_buf_printf(&d->texts, "%s+%s", r->a, r->b);
		else if (r->kind == ANGKA_RELATION_GROWTH)
			angka_buf_printf(&d->texts, "two levels");
		else
			angka_buf_printf(&d->texts, "%s+%s", r->result, r->a);
		angka_buf_append(&d->texts, "", 1);
	}
	for (size_t i = 0; !d->texts.failed && i < d->n_relations; i++)
		d->relations[i].text = d->texts.data + at[i];
	free(at);
	if (d->n_metrics == 0)
		problem(p, 0, "the domain declares no metric");
	if (d->n_segments == 0)
		problem(p, 0, "the domain declares no segment (at least 'all')");
}

static char *base_name(const char *dir)
{
	size_t len = strlen(dir);
	while (len > 1 && dir[len - 1] == '/')
		len--;
	size_t start = len;
	while (start > 0 && dir[start - 1] != '/')
		start--;
	return angka_strndup(dir + start, len - start);
}

int angka_domain_load(angka_domain **out, const char *root, const char *dir, angka_error *err)
{
	*out = NULL;
	int rc = ANGKA_OK;
	problems p = {ANGKA_BUF_INIT, 0, NULL};
	char *path = NULL;
	angka_domain *d = calloc(1, sizeof *d);
	if (d == NULL)
		goto nomem;
	d->root = angka_strdup(root);
	d->dir = strcmp(root, dir) == 0 ? d->root : angka_strdup(dir);
	path = d->dir ? angka_domain_file(d, "metrics.tsv") : NULL;
	if (d->root == NULL || d->dir == NULL || path == NULL)
		goto nomem;
	size_t len = 0;
	rc = angka_read_file(&d->bytes, &len, path, METRICS_FILE_MAX, err);
	if (rc != ANGKA_OK) {
		angka_error_prefix(err, "the domain's metrics: ");
		goto cleanup;
	}
	p.path = path;
	int lineno = 0;
	for (char *line = d->bytes, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		size_t l = strlen(line);
		if (l > 0 && line[l - 1] == '\r')
			line[--l] = '\0';
		if (l == 0 || line[0] == '#')
			continue;
		char *fields[9];
		size_t n = 0;
		for (char *f = line; f && n < 9; n++) {
			fields[n] = f;
			f = strchr(f, '\t');
			if (f)
				*f++ = '\0';
		}
		if (!read_line(d, &p, lineno, fields, n))
			goto nomem;
	}
	check_names(d, &p);
	d->name = dir == root || strcmp(root, dir) == 0 ? angka_strdup("default") : base_name(dir);
	if (d->name == NULL || p.text.failed || d->texts.failed)
		goto nomem;
	if (p.n > 0) {
		rc = angka_error_set(err, ANGKA_ERULE, "%zu problem%s in the domain's metrics:\n%s",
		                     p.n, p.n == 1 ? "" : "s", p.text.data);
		goto cleanup;
	}
	*out = d;
	d = NULL;
	goto cleanup;
nomem:
	rc = angka_error_set(err, ANGKA_ENOMEM, "%s: out of memory loading the domain", dir);
cleanup:
	angka_buf_free(&p.text);
	free(path);
	angka_domain_free(d);
	return rc;
}

void angka_domain_free(angka_domain *domain)
{
	if (domain == NULL)
		return;
	if (domain->dir != domain->root)
		free(domain->dir);
	free(domain->root);
	free(domain->name);
	free(domain->bytes);
	free(domain->metrics);
	free(domain->segments);
	free(domain->everyone);
	free(domain->relations);
	free(domain->programmes);
	angka_buf_free(&domain->texts);
	free(domain);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int angka_domains_load(angka_domain ***out, size_t *n, const char *root, angka_error *err)
{
	*out = NULL;
	*n = 0;
	char *names[DOMAINS_MAX];
	size_t n_names = 0;
	angka_domain **domains = NULL;
	int rc = ANGKA_OK;
	angka_buf dir = ANGKA_BUF_INIT;
	struct stat st;
	if (stat(root, &st) != 0 || !S_ISDIR(st.st_mode))
		return angka_error_set(err, ANGKA_ENOTFOUND, "%s: no such rules folder", root);
	angka_buf_printf(&dir, "%s/domains", root);
	if (dir.failed)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory");
	DIR *d = opendir(dir.data);
	if (d == NULL && errno != ENOENT) {
		rc = angka_error_set(err, ANGKA_EIO, "%s: %s", dir.data, strerror(errno));
		goto cleanup;
	}
	for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
		if (e->d_name[0] == '.')
			continue;
		if (n_names == DOMAINS_MAX) {
			rc = angka_error_set(err, ANGKA_ERULE, "%s: more than %d domains", dir.data,
			                     DOMAINS_MAX);
			goto cleanup;
		}
		angka_buf sub = ANGKA_BUF_INIT;
		angka_buf_printf(&sub, "%s/%s", dir.data, e->d_name);
		struct stat entry_st;
		if (!sub.failed && (stat(sub.data, &entry_st) != 0 || !S_ISDIR(entry_st.st_mode))) {
			angka_buf_free(&sub);
			continue;
		}
		names[n_names] = angka_buf_detach(&sub);
		if (names[n_names] == NULL) {
			rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
			goto cleanup;
		}
		n_names++;
	}
	qsort(names, n_names, sizeof *names, compare_names);
	domains = calloc(n_names ? n_names : 1, sizeof *domains);
	if (domains == NULL) {
		rc = angka_error_set(err, ANGKA_ENOMEM, "out of memory");
		goto cleanup;
	}
	if (d == NULL) {
		rc = angka_domain_load(&domains[0], root, root, err);
		if (rc == ANGKA_OK)
			*n = 1;
	}
	for (size_t i = 0; rc == ANGKA_OK && i < n_names; i++) {
		rc = angka_domain_load(&domains[i], root, names[i], err);
		if (rc != ANGKA_OK)
			angka_error_prefix(err, "%s: ", names[i]);
		else
			*n = i + 1;
	}
	if (rc == ANGKA_OK && *n == 0)
		rc = angka_error_set(err, ANGKA_ERULE, "%s: no domain", dir.data);
	if (rc == ANGKA_OK) {
		*out = domains;
		domains = NULL;
	}
cleanup:
	if (domains)
		angka_domains_free(domains, *n);
	if (rc != ANGKA_OK)
		*n = 0;
	for (size_t i = 0; i < n_names; i++)
		free(names[i]);
	if (d)
		closedir(d);
	angka_buf_free(&dir);
	return rc;
}

void angka_domains_free(angka_domain **domains, size_t n)
{
	for (size_t i = 0; domains && i < n; i++)
		angka_domain_free(domains[i]);
	free(domains);
}

const angka_domain *angka_domains_find(angka_domain *const *domains, size_t n, const char *name)
{
	for (size_t i = 0; name && i < n; i++)
		if (strcmp(domains[i]->name, name) == 0)
			return domains[i];
	return NULL;
}

const char *angka_domain_name(const angka_domain *domain)
{
	return domain->name;
}

const char *angka_domain_description(const angka_domain *domain)
{
	return domain->description;
}

const char *angka_domain_dir(const angka_domain *domain)
{
	return domain->dir;
}

const char *angka_domain_root(const angka_domain *domain)
{
	return domain->root;
}

size_t angka_domain_metric_count(const angka_domain *domain)
{
	return domain->n_metrics;
}

const angka_metric *angka_domain_metric_at(const angka_domain *domain, size_t i)
{
	return i < domain->n_metrics ? &domain->metrics[i] : NULL;
}

const angka_metric *angka_domain_metric(const angka_domain *domain, const char *name)
{
	/* The first letter before the call: normalize asks for a figure's
	 * metric at every step of binding it, a few dozen names apart. */
	for (size_t i = 0; name && i < domain->n_metrics; i++)
		if (domain->metrics[i].name[0] == name[0] &&
		    strcmp(domain->metrics[i].name, name) == 0)
			return &domain->metrics[i];
	return NULL;
}

const char *angka_domain_segment(const angka_domain *domain, const char *name)
{
	for (size_t i = 0; name && i < domain->n_segments; i++)
		if (strcmp(domain->segments[i], name) == 0)
			return domain->segments[i];
	return NULL;
}

bool angka_domain_lists_everyone(const angka_domain *domain, const char *const *segments, size_t n)
{
	if (domain->n_everyone == 0)
		return false;
	for (size_t i = 0; i < domain->n_everyone; i++) {
		bool listed = false;
		for (size_t j = 0; j < n && !listed; j++)
			listed = strcmp(segments[j], domain->everyone[i]) == 0;
		if (!listed)
			return false;
	}
	return true;
}

bool angka_domain_words_carry(const angka_domain *domain)
{
	return domain->words_carry;
}

const char *angka_domain_paid_as(const angka_domain *domain, const char *metric,
                                 const char *programme)
{
	for (size_t i = 0; metric && programme && i < domain->n_programmes; i++) {
		const programme_rule *r = &domain->programmes[i];
		if (r->programme == NULL)
			continue;
		bool under = strcmp(r->programme, programme) == 0;
		if (under && strcmp(r->metric, metric) == 0)
			return r->other;
		if (!under && strcmp(r->other, metric) == 0)
			return r->metric;
	}
	return metric;
}

const char *angka_domain_programme_of(const angka_domain *domain, const char *metric)
{
	for (size_t i = 0; metric && i < domain->n_programmes; i++) {
		const programme_rule *r = &domain->programmes[i];
		if (r->programme && strcmp(r->other, "-") != 0 && strcmp(r->other, metric) == 0)
			return r->programme;
	}
	return NULL;
}

size_t angka_domain_relation_count(const angka_domain *domain)
{
	return domain->n_relations;
}

const angka_relation *angka_domain_relation_at(const angka_domain *domain, size_t i)
{
	return i < domain->n_relations ? &domain->relations[i] : NULL;
}
