#include "util/hash.h"

#include <openssl/evp.h>

/* angka_hasher is an EVP_MD_CTX under another name, so OpenSSL's type stays
 * out of the header. */
angka_hasher *angka_hasher_new(void)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	if (ctx == NULL)
		return NULL;
	if (EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1) {
		EVP_MD_CTX_free(ctx);
		return NULL;
	}
	return (angka_hasher *)ctx;
}

int angka_hasher_update(angka_hasher *h, const void *data, size_t len)
{
	return EVP_DigestUpdate((EVP_MD_CTX *)h, data, len) == 1 ? 0 : -1;
}

int angka_hasher_final(angka_hasher *h, char hex[ANGKA_SHA256_HEX_LEN + 1])
{
	unsigned char digest[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	if (EVP_DigestFinal_ex((EVP_MD_CTX *)h, digest, &n) != 1)
		return -1;
	/* As "%02x" writes each byte, without a snprintf per byte: every
	 * article's text is hashed, and the 32 calls were a fifth of it. */
	static const char hex_digits[] = "0123456789abcdef";
	for (unsigned int i = 0; i < n && i < 32; i++) {
		hex[2 * (size_t)i] = hex_digits[digest[i] >> 4];
		hex[2 * (size_t)i + 1] = hex_digits[digest[i] & 0x0F];
	}
	hex[ANGKA_SHA256_HEX_LEN] = '\0';
	return 0;
}

void angka_hasher_free(angka_hasher *h)
{
	EVP_MD_CTX_free((EVP_MD_CTX *)h);
}

int angka_sha256_hex(char hex[ANGKA_SHA256_HEX_LEN + 1], const void *data, size_t len)
{
	angka_hasher *h = angka_hasher_new();
	if (h == NULL)
		return -1;
	int rc = angka_hasher_update(h, data, len);
	if (rc == 0)
		rc = angka_hasher_final(h, hex);
	angka_hasher_free(h);
	return rc;
}
