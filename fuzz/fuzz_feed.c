/* Feeds: RSS 2.0, RSS 1.0 and Atom as a server might send them (libxml2,
 * no network, no entities), with links resolved against the feed's URL. */
#include "angka/fetch.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *bytes = fuzz_exact_copy(data, size);
	if (bytes == NULL)
		return 0;
	angka_feed *feed = NULL;
	angka_error err = {0, ""};
	if (angka_feed_parse_capped(&feed, (const unsigned char *)bytes, size,
	                            "https://contoh.co.id/rss/berita.xml", 64, &err) == ANGKA_OK) {
		for (size_t i = 0; i < feed->n_items; i++)
			if (feed->items[i].link == NULL || !angka_url_is_http(feed->items[i].link))
				abort(); /* every item is an http(s) link to fetch */
		angka_feed_free(feed);
	}
	char date[11];
	char *text = fuzz_string(data, size < 64 ? size : 64);
	if (text != NULL)
		angka_feed_date(date, text);
	free(text);
	free(bytes);
	return 0;
}
