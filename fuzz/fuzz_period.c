/* normalize period: the period a text speaks of ("Maret 2025", "akhir
 * tahun lalu"), on a buffer of exactly the input's length with no NUL
 * after it; the first byte says whether a publication date is known. */
#include "angka/normalize.h"
#include "fuzz_common.h"

static angka_normalizer *normalizer;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	normalizer = fuzz_normalizer("fuzz_period");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *published = (data[0] & 1) ? "2025-05-14" : NULL;
	char *text = fuzz_exact_copy(data + 1, size - 1);
	if (text == NULL)
		return 0;
	char as_of[11];
	angka_normalize_period(as_of, sizeof as_of, normalizer, text, size - 1, published);
	free(text);
	return 0;
}
