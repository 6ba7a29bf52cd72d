/* Unit tests for the fetch stage's URL identity, robots.txt rules and feed
 * parsing: the parts of HTTP ingestion that need no server. The HTTP
 * client itself is tested against a real server in tests/e2e/test_http.sh. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/fetch.h"
#include "angka/pipeline.h"

static void expect_normalized(const char *url, const char *want)
{
	char *got = NULL;
	angka_error err = {0, ""};
	int rc = angka_url_normalize(&got, url, &err);
	cr_assert_eq(rc, ANGKA_OK, "%s: %s", url, err.message);
	cr_expect_str_eq(got, want, "%s", url);
	free(got);
}

Test(url, scheme_and_host_case_default_port_fragment)
{
	expect_normalized("HTTP://Www.Example.COM/Berita/A.html#komentar",
	                  "http://www.example.com/Berita/A.html");
	expect_normalized("https://example.com:443/a", "https://example.com/a");
	expect_normalized("http://example.com:80/a", "http://example.com/a");
	expect_normalized("http://example.com:8080/a", "http://example.com:8080/a");
	expect_normalized("https://example.com:80/a", "https://example.com:80/a");
	expect_normalized("http://example.com", "http://example.com/");
	expect_normalized("  http://example.com/a/./b/../c \n", "http://example.com/a/c");
}

Test(url, tracking_parameters_dropped_and_query_sorted)
{
	expect_normalized("https://x.id/read?utm_source=fb&id=7&utm_medium=social&fbclid=Ab1",
	                  "https://x.id/read?id=7");
	expect_normalized("https://x.id/read?gclid=1&UTM_Campaign=z", "https://x.id/read");
	expect_normalized("https://x.id/read?b=2&a=1", "https://x.id/read?a=1&b=2");
	expect_normalized("https://x.id/read?page=2&msclkid=9&a=1", "https://x.id/read?a=1&page=2");
	/* Escapes differing only in case sort as libcurl writes them. */
	expect_normalized("https://x.id/r?g%Ff.x&g%f.", "https://x.id/r?g%f.&g%ff.x");
	expect_normalized("https://x.id/r?g%f.&g%ff.x", "https://x.id/r?g%f.&g%ff.x");
	/* An escaped numeric host decodes to what a parse reads as an address. */
	expect_normalized("https://%30/a", "https://0.0.0.0/a");
	expect_normalized("https://0.0.0.0/a", "https://0.0.0.0/a");
	/* A parameter that merely starts like a tracker is kept. */
	expect_normalized("https://x.id/read?utmost=1", "https://x.id/read?utmost=1");
}

Test(url, refuses_what_is_not_http)
{
	char *got = NULL;
	angka_error err = {0, ""};
	cr_expect_eq(angka_url_normalize(&got, "ftp://example.com/a", &err), ANGKA_EINVAL);
	cr_expect(strstr(err.message, "ftp://example.com/a") != NULL, "%s", err.message);
	cr_expect_eq(angka_url_normalize(&got, "/relative/path", &err), ANGKA_EINVAL);
	cr_expect_eq(angka_url_normalize(&got, "file:///etc/passwd", &err), ANGKA_EINVAL);
	cr_expect_null(got);
	cr_expect(angka_url_is_http("HTTPS://a.b/"));
	cr_expect(!angka_url_is_http("samples/a.html"));
}

Test(url, resolves_relative_links)
{
	char *got = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_url_resolve(&got, "http://h.id/feed/rss.xml",
	                               "../berita/1.html?utm_term=x", &err),
	             ANGKA_OK, "%s", err.message);
	cr_expect_str_eq(got, "http://h.id/berita/1.html");
	free(got);
	cr_assert_eq(angka_url_resolve(&got, "http://h.id/feed/", "https://Other.ID/x#y", &err),
	             ANGKA_OK);
	cr_expect_str_eq(got, "https://other.id/x");
	free(got);
}

/* ---- robots.txt ------------------------------------------------------- */

static angka_robots *robots_of(const char *text)
{
	angka_robots *r = NULL;
	cr_assert_eq(angka_robots_parse(&r, text, strlen(text), "angka"), ANGKA_OK);
	return r;
}

Test(robots, star_group_longest_match_allow_wins_ties)
{
	angka_robots *r = robots_of("# comment\n"
	                            "User-agent: *\n"
	                            "Disallow: /private/\n"
	                            "Allow: /private/open\n"
	                            "Disallow: /search\n"
	                            "Allow: /search\n"
	                            "Sitemap: http://h.id/sitemap.xml\n");
	cr_expect(angka_robots_allowed(r, "/"));
	cr_expect(angka_robots_allowed(r, "/berita/a.html"));
	cr_expect(!angka_robots_allowed(r, "/private/secret.html"));
	cr_expect(angka_robots_allowed(r, "/private/open.html"));
	cr_expect(angka_robots_allowed(r, "/search?q=bpjs"), "a tie goes to Allow");
	cr_expect(angka_robots_allowed(r, "/robots.txt"));
	angka_robots_free(r);
}

Test(robots, our_own_group_replaces_the_star_group)
{
	angka_robots *r = robots_of("User-agent: *\r\n"
	                            "Disallow: /\r\n"
	                            "\r\n"
	                            "User-agent: otherbot\r\n"
	                            "User-agent: Angka\r\n"
	                            "Disallow: /tmp\r\n"
	                            "\r\n"
	                            "User-agent: angkasa\r\n"
	                            "Disallow: /berita\r\n");
	cr_expect(angka_robots_allowed(r, "/berita/a.html"),
	          "'angkasa' is another crawler, and the * group is not ours");
	cr_expect(!angka_robots_allowed(r, "/tmp/x"));
	angka_robots_free(r);
}

Test(robots, other_crawlers_rules_do_not_apply)
{
	angka_robots *r = robots_of("User-agent: googlebot\nDisallow: /\n");
	cr_expect(angka_robots_allowed(r, "/anything"));
	angka_robots_free(r);
}

Test(robots, wildcards_and_end_anchor)
{
	angka_robots *r = robots_of("User-agent: angka\n"
	                            "Disallow: /*.pdf$\n"
	                            "Disallow: /*?print=\n"
	                            "Disallow:\n");
	cr_expect(!angka_robots_allowed(r, "/docs/laporan.pdf"));
	cr_expect(angka_robots_allowed(r, "/docs/laporan.pdf.html"));
	cr_expect(!angka_robots_allowed(r, "/berita/1?print=1"));
	cr_expect(angka_robots_allowed(r, "/berita/1?page=2"));
	angka_robots_free(r);
}

Test(robots, all_or_nothing)
{
	angka_robots *r = NULL;
	cr_assert_eq(angka_robots_new_all(&r, false), ANGKA_OK);
	cr_expect(!angka_robots_allowed(r, "/"));
	angka_robots_free(r);
	cr_assert_eq(angka_robots_new_all(&r, true), ANGKA_OK);
	cr_expect(angka_robots_allowed(r, "/x"));
	angka_robots_free(r);
	r = robots_of("");
	cr_expect(angka_robots_allowed(r, "/x"), "an empty file allows everything");
	angka_robots_free(r);
}

/* ---- feeds ------------------------------------------------------------ */

static angka_feed *feed_of(const char *xml, const char *base)
{
	angka_feed *feed = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_feed_parse(&feed, (const unsigned char *)xml, strlen(xml), base, &err),
	             ANGKA_OK, "%s", err.message);
	return feed;
}

Test(feed, rss2_items_links_titles_dates)
{
	angka_feed *feed = feed_of(
	        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	        "<rss version=\"2.0\"><channel><title>Berita BPJS</title>\n"
	        "<item><title>Cakupan &amp; Kepesertaan</title>\n"
	        "  <link>\n   https://h.id/berita/1.html?utm_source=rss  </link>\n"
	        "  <pubDate>Tue, 18 Mar 2025 23:10:00 +0700</pubDate></item>\n"
	        "<item><title><![CDATA[Dua <b>dua</b>]]></title>"
	        "<link>/berita/2.html</link></item>\n"
	        "<item><title>Tanpa link</title><guid isPermaLink=\"false\">x-3</guid></item>\n"
	        "<item><title>Permalink</title><guid>https://h.id/berita/4.html</guid>"
	        "<pubDate>5 Apr 25 10:00 GMT</pubDate></item>\n"
	        "<item><title>Again</title><link>https://h.id/berita/1.html#top</link></item>\n"
	        "</channel></rss>",
	        "https://h.id/feed/rss.xml");
	cr_expect_str_eq(feed->title, "Berita BPJS");
	cr_assert_eq(feed->n_items, 3, "one without a link skipped, one repeated");
	cr_expect_str_eq(feed->items[0].link, "https://h.id/berita/1.html");
	cr_expect_str_eq(feed->items[0].title, "Cakupan & Kepesertaan");
	cr_expect_str_eq(feed->items[0].published, "2025-03-18", "the publisher's own date");
	cr_expect_str_eq(feed->items[1].link, "https://h.id/berita/2.html");
	cr_expect_str_eq(feed->items[1].title, "Dua <b>dua</b>");
	cr_expect_null(feed->items[1].published);
	cr_expect_str_eq(feed->items[2].link, "https://h.id/berita/4.html");
	cr_expect_str_eq(feed->items[2].published, "2025-04-05");
	angka_feed_free(feed);
}

Test(feed, atom_entries_alternate_links_and_xml_base)
{
	angka_feed *feed = feed_of(
	        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://h.id/news/\">"
	        "<title type=\"text\">Atom</title>"
	        "<entry><title>Satu</title>"
	        "<link rel=\"self\" href=\"http://h.id/api/1\"/>"
	        "<link rel=\"alternate\" type=\"text/html\" href=\"1.html\"/>"
	        "<updated>2025-03-20T08:00:00Z</updated>"
	        "<published>2025-03-19T23:30:00+07:00</published></entry>"
	        "<entry><title>Dua</title><link href=\"http://H.ID:80/news/2.html\"/>"
	        "<updated>2025-03-21T01:00:00Z</updated></entry>"
	        "</feed>",
	        "http://h.id/feed/atom.xml");
	cr_expect_str_eq(feed->title, "Atom");
	cr_assert_eq(feed->n_items, 2);
	cr_expect_str_eq(feed->items[0].link, "http://h.id/news/1.html");
	cr_expect_str_eq(feed->items[0].published, "2025-03-19");
	cr_expect_str_eq(feed->items[1].link, "http://h.id/news/2.html");
	cr_expect_str_eq(feed->items[1].published, "2025-03-21");
	angka_feed_free(feed);
}

Test(feed, malformed_and_foreign_documents_are_refused)
{
	angka_feed *feed = NULL;
	angka_error err = {0, ""};
	const char *broken = "<rss><channel><item><title>x</item></channel></rss>";
	cr_expect_eq(angka_feed_parse(&feed, (const unsigned char *)broken, strlen(broken),
	                              "http://h.id/bad.xml", &err),
	             ANGKA_EPARSE);
	cr_expect(strstr(err.message, "http://h.id/bad.xml: malformed feed: line 1") != NULL, "%s",
	          err.message);
	const char *html = "<html><body>no feed</body></html>";
	cr_expect_eq(angka_feed_parse(&feed, (const unsigned char *)html, strlen(html),
	                              "http://h.id/page", &err),
	             ANGKA_EPARSE);
	cr_expect(strstr(err.message, "not an RSS or Atom feed") != NULL, "%s", err.message);
	/* An external entity is not loaded: the item keeps no file content. */
	const char *xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
	                  "\"file:///etc/passwd\">]><rss><channel><item><title>&x;</title>"
	                  "<link>http://h.id/1</link></item></channel></rss>";
	if (angka_feed_parse(&feed, (const unsigned char *)xxe, strlen(xxe), "http://h.id/f",
	                     &err) == ANGKA_OK) {
		cr_expect(feed->items[0].title == NULL ||
		          strstr(feed->items[0].title, "root:") == NULL);
		angka_feed_free(feed);
	}
}

Test(feed, dates)
{
	char d[11];
	cr_expect(angka_feed_date(d, "Wed, 26 Mar 2025 10:00:00 GMT"));
	cr_expect_str_eq(d, "2025-03-26");
	cr_expect(angka_feed_date(d, "2025-03-26T10:00:00Z"));
	cr_expect_str_eq(d, "2025-03-26");
	cr_expect(angka_feed_date(d, "1 jan 2024 00:00 +0000"));
	cr_expect_str_eq(d, "2024-01-01");
	cr_expect(!angka_feed_date(d, "kemarin"));
	cr_expect(!angka_feed_date(d, "Wed, 26 Foo 2025"));
	cr_expect(!angka_feed_date(d, NULL));
}

Test(fetch, user_agent_names_angka_and_its_version)
{
	const char *ua = angka_fetch_user_agent();
	cr_expect(strncmp(ua, "angka/", 6) == 0, "%s", ua);
	cr_expect(strstr(ua, angka_version()) != NULL, "%s", ua);
	cr_expect(strstr(ua, "(+http") != NULL, "%s", ua);
}

Test(fetch, options_have_limits)
{
	angka_fetch_options o;
	angka_fetch_options_default(&o);
	cr_expect_gt(o.timeout_ms, 0);
	cr_expect_gt(o.connect_timeout_ms, 0);
	cr_expect_eq(o.max_bytes, ANGKA_FETCH_MAX_BYTES);
	cr_expect_gt(o.max_redirects, 0);
	cr_expect_gt(o.host_delay_ms, 0);
	cr_expect(o.robots);
}

Test(fetch, refuses_non_http_urls_without_a_request)
{
	angka_fetcher *f = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(angka_fetcher_new(&f, NULL, &err), ANGKA_OK);
	angka_fetch_result res = ANGKA_FETCH_RESULT_INIT;
	cr_expect_eq(
	        angka_fetch_url(&res, f, "file:///etc/passwd", ANGKA_EXPECT_PAGE, NULL, NULL, &err),
	        ANGKA_EINVAL);
	cr_expect_eq(res.attempts, 0);
	angka_fetch_result_clear(&res);
	angka_fetcher_free(f);
}

/* ---- a stream (standard input) ------------------------------------------- */

/* Reads bytes[0, len) through a stream, as angka does standard input. */
static int read_stream(angka_document **out, const char *bytes, size_t len, const char *name,
                       size_t max, angka_error *err)
{
	FILE *fp = fmemopen((void *)bytes, len, "r");
	cr_assert_not_null(fp);
	int rc = angka_fetch_stream(out, fp, name, max, err);
	fclose(fp);
	return rc;
}

Test(stream, reads_a_whole_article_named_by_the_caller)
{
	static const char page[] = "<html><body><p>Cakupan 46,2 persen.</p></body></html>";
	angka_document *doc = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(read_stream(&doc, page, strlen(page), "-", 0, &err), ANGKA_OK, "%s",
	             err.message);
	cr_expect_str_eq(doc->source, "-");
	cr_expect_eq(doc->kind, ANGKA_CONTENT_HTML, "sniffed");
	cr_expect_eq(doc->len, strlen(page));
	cr_expect_str_eq((const char *)doc->bytes, page);
	cr_expect_not_null(doc->fetched_at);
	angka_document_free(doc);

	/* The name's extension decides, as a file's does. */
	cr_assert_eq(read_stream(&doc, page, strlen(page), "kalteng.txt", 0, &err), ANGKA_OK);
	cr_expect_eq(doc->kind, ANGKA_CONTENT_TEXT);
	cr_expect_str_eq(doc->source, "kalteng.txt");
	angka_document_free(doc);
}

Test(stream, longer_than_one_read_and_up_to_the_cap)
{
	size_t len = 300 * 1024;
	char *text = malloc(len);
	cr_assert_not_null(text);
	for (size_t i = 0; i < len; i++)
		text[i] = i % 80 == 79 ? '\n' : 'a';
	angka_document *doc = NULL;
	angka_error err = {0, ""};
	cr_assert_eq(read_stream(&doc, text, len, "big", len, &err), ANGKA_OK, "%s", err.message);
	cr_expect_eq(doc->len, len, "exactly at the cap");
	angka_document_free(doc);
	cr_assert_eq(read_stream(&doc, text, len, "big", len - 1, &err), ANGKA_ETOOBIG);
	cr_expect_null(doc);
	cr_expect_not_null(strstr(err.message, "big: too big"), "%s", err.message);
	free(text);
}

Test(stream, empty_and_binary_input_are_refused)
{
	angka_document *doc = NULL;
	angka_error err = {0, ""};
	cr_expect_eq(read_stream(&doc, " \n\t", 3, "-", 0, &err), ANGKA_EEMPTY);
	cr_expect_not_null(strstr(err.message, "-: empty input"), "%s", err.message);
	static const char binary[] = "PNG\0\0\1\2\3";
	cr_expect_eq(read_stream(&doc, binary, sizeof binary, "x.png", 0, &err), ANGKA_EBINARY);
	cr_expect_null(doc);
}
