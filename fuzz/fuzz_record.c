/* The two kinds of JSON line angka reads: an article record (extract
 * --input jsonl) and a figure record (load, with "context"). Input: the
 * first byte chooses (even: article, odd: figure); the rest is the line,
 * on a buffer of exactly its length. */
#include "angka/export.h"
#include "angka/fetch.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	char *line = fuzz_exact_copy(data + 1, size - 1);
	if (line == NULL)
		return 0;
	angka_error err = {0, ""};
	if (data[0] % 2 == 0) {
		angka_article_record record;
		memset(&record, 0, sizeof record);
		angka_fetch_record(&record, line, size - 1, 1 << 20, &err);
		angka_article_record_clear(&record);
	} else {
		angka_figure fig;
		memset(&fig, 0, sizeof fig);
		angka_record_parse(&fig, line, size - 1, &err);
		angka_figure_clear(&fig);
	}
	free(line);
	return 0;
}
