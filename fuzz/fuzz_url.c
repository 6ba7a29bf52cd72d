/* URLs: the identity angka gives a URL (normalize) and links resolved
 * against a base, as feeds and redirects give them. Input: "BASE\nREF" or
 * a single URL. Normalizing twice must change nothing. */
#include "angka/fetch.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *input = fuzz_string(data, size);
	if (input == NULL)
		return 0;
	angka_error err = {0, ""};
	char *once = NULL, *twice = NULL;
	char *newline = memchr(input, '\n', size);
	if (newline != NULL) {
		*newline = '\0';
		angka_url_resolve(&once, input, newline + 1, &err);
	} else {
		angka_url_normalize(&once, input, &err);
	}
	if (once != NULL) {
		if (angka_url_normalize(&twice, once, &err) != ANGKA_OK || strcmp(once, twice) != 0)
			abort(); /* an identity that is not a fixed point */
	}
	free(once);
	free(twice);
	free(input);
	return 0;
}
