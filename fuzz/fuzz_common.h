/* What the libFuzzer targets share: where the rules are, and copies of the
 * input that end exactly where the input ends (so ASan sees any read past
 * the length a function was given). Built only with -DANGKA_FUZZ=ON. */
#ifndef ANGKA_FUZZ_COMMON_H
#define ANGKA_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/normalize.h"

#ifndef ANGKA_FUZZ_RULES_DIR
#define ANGKA_FUZZ_RULES_DIR "rules"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* $ANGKA_RULES, else the source tree's rules/. */
static inline const char *fuzz_rules_dir(void)
{
	const char *env = getenv("ANGKA_RULES");
	return env && *env ? env : ANGKA_FUZZ_RULES_DIR;
}

/* The first domain's normalizer, loaded once for the run (numbers and
 * periods read the same in every domain); its domains stay loaded, as the
 * normalizer borrows them. Aborts, naming target, when the rules fail. */
static inline angka_normalizer *fuzz_normalizer(const char *target)
{
	static angka_domain **domains;
	static size_t n_domains;
	static angka_normalizer *normalizer;
	angka_error err = {0, ""};
	if (normalizer == NULL &&
	    (angka_domains_load(&domains, &n_domains, fuzz_rules_dir(), &err) != ANGKA_OK ||
	     angka_normalizer_new(&normalizer, domains[0], &err) != ANGKA_OK)) {
		fprintf(stderr, "%s: %s\n", target, err.message);
		abort();
	}
	return normalizer;
}

/* A malloc'd copy of exactly size bytes, no terminating NUL (NULL for 0
 * bytes is avoided: malloc(1) and the length says 0). */
static inline char *fuzz_exact_copy(const uint8_t *data, size_t size)
{
	char *copy = malloc(size ? size : 1);
	if (copy != NULL && size > 0)
		memcpy(copy, data, size);
	return copy;
}

/* A NUL-terminated copy, for APIs that take C strings. */
static inline char *fuzz_string(const uint8_t *data, size_t size)
{
	char *copy = malloc(size + 1);
	if (copy != NULL) {
		if (size > 0)
			memcpy(copy, data, size);
		copy[size] = '\0';
	}
	return copy;
}

#endif
