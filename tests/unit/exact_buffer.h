/* Buffers of exactly the bytes a test gives a function that takes (text,
 * len), with no terminating NUL, so that a read past len is caught:
 * - exact_copy: a heap block of len bytes, which the sanitizer build guards;
 * - guarded_copy: the bytes end a page and the next page cannot be read, so
 *   a read past len faults even in code the sanitizer does not instrument
 *   (libpcre2 and the code its JIT writes).
 * Include after defining _DEFAULT_SOURCE (for MAP_ANONYMOUS). */
#ifndef ANGKA_TESTS_EXACT_BUFFER_H
#define ANGKA_TESTS_EXACT_BUFFER_H

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Freed with free(). */
static inline char *exact_copy(const char *text, size_t len)
{
	char *copy = malloc(len ? len : 1);
	cr_assert_not_null(copy);
	memcpy(copy, text, len);
	return copy;
}

typedef struct guarded_buffer {
	char *map;
	size_t map_len;
	char *bytes; /* len bytes that end right before the unreadable page */
} guarded_buffer;

static inline char *guarded_copy(guarded_buffer *g, const char *text, size_t len)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t data_pages = len == 0 ? 1 : (len + page - 1) / page;
	g->map_len = (data_pages + 1) * page;
	g->map = mmap(NULL, g->map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	cr_assert_neq(g->map, MAP_FAILED);
	cr_assert_eq(mprotect(g->map + data_pages * page, page, PROT_NONE), 0);
	g->bytes = g->map + data_pages * page - len;
	memcpy(g->bytes, text, len);
	return g->bytes;
}

static inline void guarded_free(guarded_buffer *g)
{
	munmap(g->map, g->map_len);
}

#endif
