/* The first domain of a rules folder, for the unit tests that need one
 * (rules and normalizers borrow their domain). Kept for the rest of the
 * process in a static table, so it stays reachable and outlives what is
 * made with it. */
#ifndef ANGKA_TEST_DOMAIN_HELPER_H
#define ANGKA_TEST_DOMAIN_HELPER_H

#include <string.h>

#include "angka/domain.h"
#include "angka/match.h"

#define HELPER_DOMAINS_MAX 16

static struct {
	char root[256];
	angka_domain **domains;
	size_t n;
} helper_domains[HELPER_DOMAINS_MAX];

static int first_domain(const angka_domain **out, const char *root, angka_error *err)
{
	*out = NULL;
	size_t i = 0;
	for (; i < HELPER_DOMAINS_MAX && helper_domains[i].domains; i++)
		if (strcmp(helper_domains[i].root, root) == 0) {
			*out = helper_domains[i].domains[0];
			return ANGKA_OK;
		}
	if (i == HELPER_DOMAINS_MAX)
		return angka_error_set(err, ANGKA_ENOMEM, "too many rules folders in one test");
	int rc = angka_domains_load(&helper_domains[i].domains, &helper_domains[i].n, root, err);
	if (rc != ANGKA_OK)
		return rc;
	strncpy(helper_domains[i].root, root, sizeof helper_domains[i].root - 1);
	*out = helper_domains[i].domains[0];
	return ANGKA_OK;
}

/* The rules of the first domain of the folder root. */
static inline int load_rules(angka_rules **out, const char *root, angka_error *err)
{
	const angka_domain *domain = NULL;
	*out = NULL;
	int rc = first_domain(&domain, root, err);
	return rc != ANGKA_OK ? rc : angka_rules_load(out, domain, err);
}

#endif
