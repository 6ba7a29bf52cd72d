#include "util/phrase_trie.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "angka/error.h"

/* A node: the byte that leads to it from its parent (a folded letter, or
 * ' ' for a run of white space), its first child and next sibling while
 * the trie is built (0: none; node 0 is the root, nobody's child), and the
 * phrases that end at it, in the lexicon's order. */
typedef struct trie_node {
	unsigned char label;
	uint32_t first_child;
	uint32_t next_sibling;
	uint32_t *ends;
	size_t n_ends;
} trie_node;

/* What a step down the built trie reads of a node, numbered in breadth-first
 * order so that a node's children are side by side: the first of them,
 * how many, whether a phrase ends at the node, and its label; and the
 * labels of its children when it has at most LINEAR_CHILDREN of them (0
 * past the last), which child_of compares with the text's byte all at
 * once. Reading the children one by one, a loop of one to four turns
 * that the branch predictor could not learn, was a fifth of the cycles
 * of a look-up. */
typedef struct trie_step {
	uint32_t children;
	uint16_t n_children; /* at most 256 */
	bool ends;
	unsigned char label;
	unsigned char child_labels[4];
} trie_step;

struct angka_phrase_trie {
	trie_node *nodes;
	size_t n_nodes, cap_nodes;
	/* The root's children by label (their steps once built): most steps
	 * are the first. */
	uint32_t root[256];
	unsigned char classes[256]; /* by byte: IS_ALNUM | LEADS (a root child), for the scan */
	/* By the first two bytes at a word's start (bit 256 * first + second):
	 * may a phrase match there? Its first step is a root child that ends a
	 * phrase or has a child the second byte leads to. Most words of a
	 * sentence start no phrase of a lexicon, and this says so without
	 * walking the trie. */
	uint8_t pairs[256 * 256 / 8];
	/* The built trie's steps, and by step its node (for the phrases that end
	 * there). A step reads its children's labels side by side and goes on
	 * with the one it finds, where walking the list of siblings went from
	 * node to node across the whole trie (inserted in the lexicon's order,
	 * 40 bytes a node), a cache miss a sibling: half of a look-up's time. */
	trie_step *steps;
	uint32_t *node_of_step;
	/* Steps of more than LINEAR_CHILDREN children find the one a label
	 * leads to in a row of their own, by the label's code (1 to
	 * n_codes: the labels the trie has; 0 for other bytes, no child): the
	 * child's offset among its siblings plus one, or 0 (a step has at
	 * most 69 children: labels are folded printable ASCII). Reading through
	 * the children of the first letters' steps, a couple of dozen each,
	 * was a quarter of a look-up's time. */
	unsigned char codes[256];
	size_t row_width; /* n_codes + 1 */
	uint32_t *row_of_step;
	uint8_t *rows;
	const bool *case_sensitive; /* borrowed from the lexicon */
	size_t n_phrases;
	bool enclitic; /* a phrase may end before "nya" (ANGKA_LEXICON_ENCLITIC) */
};

enum { IS_ALNUM = 1, LEADS = 2 };

enum { LINEAR_CHILDREN = 4 };
_Static_assert(LINEAR_CHILDREN == sizeof((trie_step *)NULL)->child_labels,
               "child_of compares the labels of a step's linear children in one word");

/* PCRE2's \s without PCRE2_UCP, and [[:alnum:]] on ASCII. */
static bool is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Caseless matching folds ASCII letters, and nothing else in ASCII text. */
static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* The child of node by label, or 0: while the trie is built (by its list
 * of siblings), then once it is (by its child arrays). */
static uint32_t child_building(const angka_phrase_trie *trie, uint32_t node, unsigned char label)
{
	if (node == 0)
		return trie->root[label];
	for (uint32_t c = trie->nodes[node].first_child; c != 0; c = trie->nodes[c].next_sibling)
		if (trie->nodes[c].label == label)
			return c;
	return 0;
}

static uint32_t child_of(const angka_phrase_trie *trie, uint32_t step, unsigned char label)
{
	if (step == 0)
		return trie->root[label];
	const trie_step *parent = &trie->steps[step];
	if (parent->n_children > LINEAR_CHILDREN) {
		uint8_t k =
		        trie->rows[trie->row_of_step[step] * trie->row_width + trie->codes[label]];
		return k ? parent->children + k - 1 : 0;
	}
	/* The first byte of the labels equal to label: a zero byte of their
	 * XOR with it, found by the borrow of subtracting one from each byte
	 * (exact for the lowest zero byte, which is all this reads). */
	const unsigned char *l = parent->child_labels;
	uint32_t labels =
	        (uint32_t)l[0] | (uint32_t)l[1] << 8 | (uint32_t)l[2] << 16 | (uint32_t)l[3] << 24;
	uint32_t x = labels ^ (label * UINT32_C(0x01010101));
	uint32_t zero = (x - UINT32_C(0x01010101)) & ~x & UINT32_C(0x80808080);
	if (zero == 0)
		return 0;
	unsigned k = (unsigned)__builtin_ctz(zero) / 8;
	return k < parent->n_children ? parent->children + k : 0;
}

/* The steps, once every phrase is in: the nodes in breadth-first order
 * (the root's children by label), root[] then naming steps. */
static int lay_out_steps(angka_phrase_trie *trie)
{
	trie->steps = malloc(trie->n_nodes * sizeof *trie->steps);
	trie->node_of_step = malloc(trie->n_nodes * sizeof *trie->node_of_step);
	uint32_t *step_of_node = malloc(trie->n_nodes * sizeof *step_of_node);
	if (trie->steps == NULL || trie->node_of_step == NULL || step_of_node == NULL) {
		free(step_of_node);
		return ANGKA_ENOMEM;
	}
	uint32_t *order = trie->node_of_step;
	size_t tail = 1;
	order[0] = 0;
	for (size_t head = 0; head < tail; head++) {
		const trie_node *n = &trie->nodes[order[head]];
		uint32_t first = (uint32_t)tail;
		if (head == 0) {
			for (unsigned label = 0; label < 256; label++)
				if (trie->root[label] != 0)
					order[tail++] = trie->root[label];
		} else {
			for (uint32_t c = n->first_child; c != 0; c = trie->nodes[c].next_sibling)
				order[tail++] = c;
		}
		trie->steps[head] = (trie_step){
		        first, (uint16_t)(tail - first), n->n_ends > 0, n->label, {0, 0, 0, 0}};
		step_of_node[order[head]] = (uint32_t)head;
	}
	for (size_t step = 0; step < trie->n_nodes; step++) {
		trie_step *parent = &trie->steps[step];
		for (uint32_t k = 0;
		     parent->n_children <= LINEAR_CHILDREN && k < parent->n_children; k++)
			parent->child_labels[k] = trie->steps[parent->children + k].label;
	}
	for (unsigned label = 0; label < 256; label++)
		if (trie->root[label] != 0)
			trie->root[label] = step_of_node[trie->root[label]];
	free(step_of_node);
	return ANGKA_OK;
}

/* The rows of the steps with many children (see the struct), once the
 * steps are laid out. */
static int fill_rows(angka_phrase_trie *trie)
{
	size_t n_codes = 0, n_rows = 0;
	for (size_t step = 1; step < trie->n_nodes; step++) {
		unsigned char label = trie->steps[step].label;
		if (trie->codes[label] == 0)
			trie->codes[label] = (unsigned char)++n_codes;
	}
	trie->row_width = n_codes + 1;
	trie->row_of_step = malloc(trie->n_nodes * sizeof *trie->row_of_step);
	if (trie->row_of_step == NULL)
		return ANGKA_ENOMEM;
	for (size_t step = 0; step < trie->n_nodes; step++)
		trie->row_of_step[step] = trie->steps[step].n_children > LINEAR_CHILDREN
		                                  ? (uint32_t)n_rows++
		                                  : UINT32_MAX;
	trie->rows = calloc(n_rows ? n_rows * trie->row_width : 1, 1);
	if (trie->rows == NULL)
		return ANGKA_ENOMEM;
	for (size_t step = 1; step < trie->n_nodes; step++) {
		const trie_step *parent = &trie->steps[step];
		if (parent->n_children <= LINEAR_CHILDREN)
			continue;
		uint8_t *row = trie->rows + trie->row_of_step[step] * trie->row_width;
		for (uint32_t k = 0; k < parent->n_children; k++)
			row[trie->codes[trie->steps[parent->children + k].label]] =
			        (uint8_t)(k + 1);
	}
	return ANGKA_OK;
}

static int add_child(uint32_t *out, angka_phrase_trie *trie, uint32_t node, unsigned char label)
{
	if (trie->n_nodes == trie->cap_nodes) {
		size_t cap = trie->cap_nodes * 2;
		trie_node *grown = realloc(trie->nodes, cap * sizeof *grown);
		if (grown == NULL)
			return ANGKA_ENOMEM;
		trie->nodes = grown;
		trie->cap_nodes = cap;
	}
	uint32_t added = (uint32_t)trie->n_nodes++;
	trie->nodes[added] = (trie_node){label, 0, 0, NULL, 0};
	if (node == 0) {
		trie->root[label] = added;
	} else {
		trie->nodes[added].next_sibling = trie->nodes[node].first_child;
		trie->nodes[node].first_child = added;
	}
	*out = added;
	return ANGKA_OK;
}

/* Can the trie match this phrase as the pattern does? See the header. */
static bool matchable(const char *phrase, bool *ascii)
{
	size_t len = strlen(phrase);
	*ascii = true;
	if (len == 0 || phrase[0] == ' ' || phrase[len - 1] == ' ')
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)phrase[i];
		if (c < 0x20 || c == 0x7f)
			return false;
		if (c >= 0x80)
			*ascii = false;
	}
	/* U+017F (C5 BF) folds to 's', U+212A (E2 84 AA) to 'k'. */
	return strstr(phrase, "\xC5\xBF") == NULL && strstr(phrase, "\xE2\x84\xAA") == NULL;
}

static int insert(angka_phrase_trie *trie, const char *phrase, uint32_t index)
{
	uint32_t node = 0;
	for (const char *p = phrase; *p; p++) {
		unsigned char label = fold((unsigned char)*p);
		if (label == ' ') {
			while (p[1] == ' ')
				p++;
		}
		uint32_t next = child_building(trie, node, label);
		if (next == 0 && add_child(&next, trie, node, label) != ANGKA_OK)
			return ANGKA_ENOMEM;
		node = next;
	}
	trie_node *at = &trie->nodes[node];
	uint32_t *grown = realloc(at->ends, (at->n_ends + 1) * sizeof *grown);
	if (grown == NULL)
		return ANGKA_ENOMEM;
	at->ends = grown;
	at->ends[at->n_ends++] = index;
	return ANGKA_OK;
}

/* The pairs table (see the struct): what match_at's second step reads. */
static void fill_pairs(angka_phrase_trie *trie)
{
	for (unsigned first = 0; first < 256; first++) {
		uint32_t step = trie->root[fold((unsigned char)first)];
		if (step == 0)
			continue;
		uint8_t *row = trie->pairs + first * 256 / 8;
		if (trie->nodes[step].n_ends > 0) {
			memset(row, 0xFF, 256 / 8);
			continue;
		}
		/* The bytes that lead to each child: white space to ' ', a
		 * letter in either case, any other byte to itself. */
		for (uint32_t c = trie->nodes[step].first_child; c != 0;
		     c = trie->nodes[c].next_sibling) {
			unsigned label = trie->nodes[c].label;
			for (unsigned second = label == ' ' ? '\t' : label; second <= label;
			     second++)
				if (second == label || is_space((unsigned char)second))
					row[second / 8] |= (uint8_t)(1u << (second % 8));
			if (label >= 'a' && label <= 'z')
				row[(label - 32) / 8] |= (uint8_t)(1u << ((label - 32) % 8));
		}
	}
}

int angka_phrase_trie_new(angka_phrase_trie **out, const char *const *phrases,
                          const bool *case_sensitive, size_t n, bool enclitic)
{
	*out = NULL;
	for (size_t i = 0; i < n; i++) {
		bool ascii = true;
		if (!matchable(phrases[i], &ascii))
			return ANGKA_OK;
	}
	angka_phrase_trie *trie = calloc(1, sizeof *trie);
	if (trie == NULL)
		return ANGKA_ENOMEM;
	trie->enclitic = enclitic;
	trie->cap_nodes = 64;
	trie->nodes = malloc(trie->cap_nodes * sizeof *trie->nodes);
	if (trie->nodes == NULL) {
		free(trie);
		return ANGKA_ENOMEM;
	}
	trie->nodes[0] = (trie_node){0, 0, 0, NULL, 0};
	trie->n_nodes = 1;
	trie->case_sensitive = case_sensitive;
	trie->n_phrases = n;
	for (size_t i = 0; i < n; i++) {
		bool ascii = true;
		(void)matchable(phrases[i], &ascii);
		if (ascii && insert(trie, phrases[i], (uint32_t)i) != ANGKA_OK) {
			angka_phrase_trie_free(trie);
			return ANGKA_ENOMEM;
		}
	}
	for (unsigned b = 0; b < 256; b++)
		trie->classes[b] =
		        (unsigned char)((is_alnum((unsigned char)b) ? IS_ALNUM : 0) |
		                        (trie->root[fold((unsigned char)b)] ? LEADS : 0));
	fill_pairs(trie);
	if (lay_out_steps(trie) != ANGKA_OK || fill_rows(trie) != ANGKA_OK) {
		angka_phrase_trie_free(trie);
		return ANGKA_ENOMEM;
	}
	*out = trie;
	return ANGKA_OK;
}

void angka_phrase_trie_free(angka_phrase_trie *trie)
{
	if (trie == NULL)
		return;
	for (size_t i = 0; i < trie->n_nodes; i++)
		free(trie->nodes[i].ends);
	free(trie->nodes);
	free(trie->steps);
	free(trie->node_of_step);
	free(trie->row_of_step);
	free(trie->rows);
	free(trie);
}

/* Does a case-sensitive phrase match text[at, end) exactly, its spaces as
 * runs of white space? The trie matched it without regard to case. */
static bool matches_exactly(const char *phrase, const char *text, size_t at, size_t end)
{
	size_t i = at;
	for (const char *p = phrase; *p; p++) {
		if (*p == ' ') {
			while (p[1] == ' ')
				p++;
			if (i >= end || !is_space((unsigned char)text[i]))
				return false;
			while (i < end && is_space((unsigned char)text[i]))
				i++;
		} else if (i >= end || text[i++] != *p) {
			return false;
		}
	}
	return i == end;
}

/* Every phrase that matches at `at` ends at a node on the one path the text
 * leads down (a run of white space is one step, taken whole: a phrase's
 * space is followed by a printable byte, so \s+ gives back nothing), and
 * matches when the look-ahead holds there. The pattern's alternation is
 * the lexicon's order (its trie shape keeps that: see lexicon.c), so the
 * match is the phrase of smallest index among them. */
static size_t match_at(const angka_phrase_trie *trie, const char *const *phrases, const char *text,
                       size_t at, size_t end, size_t *match_end)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t best = trie->n_phrases;
	uint32_t node = 0;
	size_t i = at;
	while (i < end) {
		unsigned char label = fold(s[i]);
		size_t next = i + 1;
		if (is_space(s[i])) {
			label = ' ';
			while (next < end && is_space(s[next]))
				next++;
		}
		node = child_of(trie, node, label);
		if (node == 0)
			break;
		i = next;
		if (!trie->steps[node].ends)
			continue;
		/* The look-ahead, past "nya" written onto the phrase when the
		 * pattern's (?:nya)? takes it (greedily, so it does when it can). */
		size_t stop = i;
		if (trie->enclitic && i + 3 <= end && fold(s[i]) == 'n' && fold(s[i + 1]) == 'y' &&
		    fold(s[i + 2]) == 'a' && (i + 3 == end || !is_alnum(s[i + 3])))
			stop = i + 3;
		else if (i < end && is_alnum(s[i]))
			continue;
		const trie_node *n = &trie->nodes[trie->node_of_step[node]];
		for (size_t k = 0; k < n->n_ends && n->ends[k] < best; k++) {
			uint32_t e = n->ends[k];
			if (!trie->case_sensitive[e] || matches_exactly(phrases[e], text, at, i)) {
				best = e;
				*match_end = stop;
				break;
			}
		}
	}
	return best;
}

/* Bit j set when p[j] (of eight bytes) is an ASCII letter or digit, for
 * all eight at once: within each byte, of its low seven bits, whether they
 * reach '0' and stay within '9', or folded to lower case reach 'a' and stay
 * within 'z' (none of the sums carries into the next byte), and no high
 * bit; then the eight verdicts gathered into a byte. */
static unsigned alnum_bits8(const unsigned char *p)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), high = ones * 0x80;
	uint64_t x = 0;
	for (int k = 7; k >= 0; k--)
		x = x << 8 | p[k];
	uint64_t y = x & ~high;
	uint64_t z = y | ones * 0x20;
	uint64_t digit = (y + ones * (0x80 - '0')) & (ones * (0x80 + '9') - y);
	uint64_t alpha = (z + ones * (0x80 - 'a')) & (ones * (0x80 + 'z') - z);
	uint64_t verdicts = (digit | alpha) & ~x & high;
	return (unsigned)(((verdicts >> 7) * UINT64_C(0x0102040810204080)) >> 56);
}

size_t angka_phrase_trie_find(const angka_phrase_trie *trie, const char *const *phrases,
                              const char *text, size_t from, size_t end, size_t *match_start,
                              size_t *match_end)
{
	const unsigned char *s = (const unsigned char *)text;
	const unsigned char *cls = trie->classes;
	/* The look-behind, then the first step: a phrase may start only at a
	 * byte after no letter or digit that leads somewhere from the root.
	 * Sixty-four bytes at a time: which are letters or digits, as a bit
	 * mask, gives the places after none, taken lowest first. Stepping
	 * through each word to its end, a loop whose length the branch
	 * predictor cannot know, cost more than the look-ups it led to. */
	bool after_alnum = from > 0 && (cls[s[from - 1]] & IS_ALNUM);
	for (size_t block = from; block < end; block += 64) {
		size_t len = end - block < 64 ? end - block : 64;
		uint64_t alnum = 0;
		size_t j = 0;
		for (; j + 8 <= len; j += 8)
			alnum |= (uint64_t)alnum_bits8(s + block + j) << j;
		for (; j < len; j++)
			alnum |= (uint64_t)(cls[s[block + j]] & IS_ALNUM) << j;
		uint64_t in_block = len == 64 ? UINT64_MAX : (UINT64_C(1) << len) - 1;
		uint64_t starts = ~(alnum << 1 | (uint64_t)after_alnum) & in_block;
		while (starts != 0) {
			size_t at = block + (size_t)__builtin_ctzll(starts);
			starts &= starts - 1;
			if (!(cls[s[at]] & LEADS) ||
			    (at + 1 < end &&
			     !((trie->pairs[(s[at] * 256u + s[at + 1]) / 8] >> (s[at + 1] % 8)) &
			       1)))
				continue;
			size_t found = match_at(trie, phrases, text, at, end, match_end);
			if (found < trie->n_phrases) {
				*match_start = at;
				return found;
			}
		}
		after_alnum = (alnum >> (len - 1)) & 1;
	}
	return trie->n_phrases;
}
