/* normalize number: what a short text written as a figure states
 * ("sekitar 2,8 juta", "Rp 711,58 miliar"), on a buffer of exactly the
 * input's length with no NUL after it. */
#include "angka/normalize.h"
#include "fuzz_common.h"

#include <stdio.h>

/* Loaded once for the whole run; the normalizer borrows its domain. */
static angka_domain **domains;
static size_t n_domains;
static angka_normalizer *normalizer;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	angka_error err = {0, ""};
	/* Numbers and periods read the same in every domain: the first's. */
	if (angka_domains_load(&domains, &n_domains, fuzz_rules_dir(), &err) != ANGKA_OK ||
	    angka_normalizer_new(&normalizer, domains[0], &err) != ANGKA_OK) {
		fprintf(stderr, "fuzz_number: %s\n", err.message);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_exact_copy(data, size);
	if (text == NULL)
		return 0;
	angka_number n;
	angka_normalize_number(&n, normalizer, text, size);
	angka_number_parse(&n, text, size);
	free(text);
	return 0;
}
