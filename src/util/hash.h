/* Content hashes (SHA-256, through OpenSSL) used for article identity and
 * the rules version. Internal to libangka. */
#ifndef ANGKA_UTIL_HASH_H
#define ANGKA_UTIL_HASH_H

#include <stddef.h>

#define ANGKA_SHA256_HEX_LEN 64

typedef struct angka_hasher angka_hasher;

/* Incremental hashing: _new returns NULL when out of memory. */
angka_hasher *angka_hasher_new(void);
int angka_hasher_update(angka_hasher *h, const void *data, size_t len);
/* Writes 64 hex digits and a NUL into hex; frees nothing. */
int angka_hasher_final(angka_hasher *h, char hex[ANGKA_SHA256_HEX_LEN + 1]);
void angka_hasher_free(angka_hasher *h);

/* One-shot SHA-256 of a buffer as hex. */
int angka_sha256_hex(char hex[ANGKA_SHA256_HEX_LEN + 1], const void *data, size_t len);

#endif
