/* robots.txt (RFC 9309): a file as a server sends it, on a buffer of
 * exactly its length, then paths matched against its rules. Input:
 * the file, then after the first NUL byte, paths one per line. */
#include "angka/fetch.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t text_len = nul ? (size_t)(nul - data) : size;
	char *text = fuzz_exact_copy(data, text_len);
	if (text == NULL)
		return 0;
	angka_robots *robots = NULL;
	if (angka_robots_parse(&robots, text, text_len, "angka") == ANGKA_OK) {
		static const char *const fixed[] = {"/", "/robots.txt", "/private/a?b=1",
		                                    "/berita/2025/03/26/ucj-46-persen.html"};
		for (size_t i = 0; i < 4; i++)
			angka_robots_allowed(robots, fixed[i]);
		if (nul != NULL) {
			char *paths = fuzz_string(nul + 1, size - text_len - 1);
			char *save = NULL;
			for (char *p = paths ? strtok_r(paths, "\n", &save) : NULL; p;
			     p = strtok_r(NULL, "\n", &save))
				angka_robots_allowed(robots, p);
			free(paths);
		}
	}
	angka_robots_free(robots);
	free(text);
	return 0;
}
