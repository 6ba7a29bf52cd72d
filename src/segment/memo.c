#include <stdlib.h>
#include <string.h>

#include "angka/segment.h"

typedef struct memo_slot {
	void *items;
	size_t n;
	bool filed;
} memo_slot;

/* The results of one key, a slot per sentence. */
typedef struct memo_shelf {
	const char *key;
	memo_slot *slots;
} memo_shelf;

/* A handful of keys (one per finder the domains share): a linear search
 * beats any index. */
struct angka_sentence_memo {
	angka_sentence *sentences; /* in text order, as segmented */
	size_t n_sentences;
	memo_shelf *shelves;
	size_t n_shelves;
};

int angka_sentence_memo_new(angka_sentence_memo **out, const angka_sentence *sentences, size_t n)
{
	angka_sentence_memo *memo = calloc(1, sizeof *memo);
	*out = NULL;
	if (memo == NULL)
		return ANGKA_ENOMEM;
	memo->sentences = malloc((n ? n : 1) * sizeof *memo->sentences);
	if (memo->sentences == NULL) {
		free(memo);
		return ANGKA_ENOMEM;
	}
	if (n > 0)
		memcpy(memo->sentences, sentences, n * sizeof *sentences);
	memo->n_sentences = n;
	*out = memo;
	return ANGKA_OK;
}

void angka_sentence_memo_free(angka_sentence_memo *memo)
{
	if (memo == NULL)
		return;
	for (size_t k = 0; k < memo->n_shelves; k++) {
		for (size_t s = 0; s < memo->n_sentences; s++)
			free(memo->shelves[k].slots[s].items);
		free(memo->shelves[k].slots);
	}
	free(memo->shelves);
	free(memo->sentences);
	free(memo);
}

/* Keys are compared by content: two domains that load one file each have
 * their own copy of what it says. */
static memo_shelf *shelf_of(const angka_sentence_memo *memo, const char *key)
{
	for (size_t k = 0; k < memo->n_shelves; k++)
		if (memo->shelves[k].key == key || strcmp(memo->shelves[k].key, key) == 0)
			return &memo->shelves[k];
	return NULL;
}

/* The index of the sentence [start, end), or n_sentences. Sentences do not
 * overlap, so their starts ascend. */
static size_t sentence_at(const angka_sentence_memo *memo, size_t start, size_t end)
{
	size_t lo = 0, hi = memo->n_sentences;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (memo->sentences[mid].start < start)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < memo->n_sentences && memo->sentences[lo].start == start &&
	    memo->sentences[lo].end == end)
		return lo;
	return memo->n_sentences;
}

int angka_sentence_memo_copy(void **out, size_t *n, const angka_sentence_memo *memo,
                             const char *key, size_t start, size_t end, size_t size)
{
	const memo_shelf *shelf = memo ? shelf_of(memo, key) : NULL;
	size_t s = shelf ? sentence_at(memo, start, end) : 0;
	if (shelf == NULL || s == memo->n_sentences || !shelf->slots[s].filed)
		return ANGKA_ENOTFOUND;
	const memo_slot *slot = &shelf->slots[s];
	if (slot->n > 0) {
		*out = malloc(slot->n * size);
		if (*out == NULL)
			return ANGKA_ENOMEM;
		memcpy(*out, slot->items, slot->n * size);
	}
	*n = slot->n;
	return ANGKA_OK;
}

int angka_sentence_memo_put(angka_sentence_memo *memo, const char *key, size_t start, size_t end,
                            const void *items, size_t n, size_t size)
{
	size_t s = memo ? sentence_at(memo, start, end) : 0;
	if (memo == NULL || s == memo->n_sentences)
		return ANGKA_OK;
	memo_shelf *shelf = shelf_of(memo, key);
	if (shelf == NULL) {
		memo_slot *slots = calloc(memo->n_sentences, sizeof *slots);
		memo_shelf *grown =
		        slots ? realloc(memo->shelves, (memo->n_shelves + 1) * sizeof *grown)
		              : NULL;
		if (grown == NULL) {
			free(slots);
			return ANGKA_ENOMEM;
		}
		memo->shelves = grown;
		shelf = &memo->shelves[memo->n_shelves++];
		*shelf = (memo_shelf){key, slots};
	}
	memo_slot *slot = &shelf->slots[s];
	if (slot->filed)
		return ANGKA_OK;
	void *copy = NULL;
	if (n > 0) {
		copy = malloc(n * size);
		if (copy == NULL)
			return ANGKA_ENOMEM;
		memcpy(copy, items, n * size);
	}
	*slot = (memo_slot){copy, n, true};
	return ANGKA_OK;
}
