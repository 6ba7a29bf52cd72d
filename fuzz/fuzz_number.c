/* normalize number: what a short text written as a figure states
 * ("sekitar 2,8 juta", "Rp 711,58 miliar"), on a buffer of exactly the
 * input's length with no NUL after it. */
#include "angka/normalize.h"
#include "fuzz_common.h"

static angka_normalizer *normalizer;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	normalizer = fuzz_normalizer("fuzz_number");
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
