/* Table rows as the reader sees them: a sentence with two or more '|' is a
 * row, its cells the spans between them (markdown tables, and HTML tables
 * as the parser flattens them). See reader.h. */
#include <string.h>
#include <strings.h>

#include "match/reader.h"

size_t angka_reader_count_pipes(const char *text, size_t start, size_t end)
{
	size_t n = 0;
	for (size_t i = start; i < end; i++)
		n += text[i] == '|';
	return n;
}

bool angka_reader_column_says_percent(const char *text, const size_t cell[2])
{
	for (size_t i = cell[0]; i < cell[1]; i++)
		if (text[i] == '%' || (i + 6 <= cell[1] && strncasecmp(text + i, "persen", 6) == 0))
			return true;
	return false;
}
