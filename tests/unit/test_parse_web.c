/* Tests for the parse stage on pages from the open web (issue 13): one
 * hand-written fixture page per way the main-text extractor used to fail
 * (tests/data/web/), and the date sources such pages use. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "angka/parse.h"
#include "parse_helper.h"

/* Helpers ------------------------------------------------------------------ */

static angka_article *fixture(const char *name)
{
	size_t len = 0;
	char *bytes = read_test_file(ANGKA_SOURCE_DIR "/tests/data/web", name, &len);
	angka_article *a = html(bytes);
	free(bytes);
	return a;
}

static void expect_kept(const angka_article *a, const char *const *needles)
{
	for (size_t i = 0; needles[i] != NULL; i++)
		cr_expect(strstr(a->text, needles[i]) != NULL, "'%s' missing from the text",
		          needles[i]);
}

static void expect_gone(const angka_article *a, const char *const *needles)
{
	for (size_t i = 0; needles[i] != NULL; i++)
		cr_expect(strstr(a->text, needles[i]) == NULL, "'%s' leaked into the text",
		          needles[i]);
}

/* 1. An unclosed <div> in <header> ---------------------------------------------- */

Test(parse_web, article_after_an_unclosed_header_div)
{
	/* libxml2 2.9 ignores </header> while a <div> is open inside it, so the
	 * <main> after it lands in the header; browsers close the div. */
	angka_article *a = fixture("header_unclosed.html");
	static const char *const kept[] = {"four crossings a day", "quarter past six",
	                                   "Friday night crossing", "refunded online", NULL};
	static const char *const gone[] = {"Search the Gazette", "Sport", "Quay Street", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	cr_expect_str_eq(a->title, "Ferry timetable changes for the winter");
	angka_article_free(a);
}

/* 2. Class words on the article's own containers ---------------------------------- */

Test(parse_web, post_classes_do_not_drop_the_post)
{
	angka_article *a = fixture("class_words.html");
	static const char *const kept[] = {"reopened on Saturday", "four thousand books",
	                                   "story time", "summer fair", NULL};
	static const char *const gone[] = {"Bake sale", "Mill Lane", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}

/* 3. An article in several blocks ------------------------------------------------- */

Test(parse_web, lead_and_continued_body_are_kept)
{
	angka_article *a = fixture("several_blocks.html");
	static const char *const kept[] = {"reopened to traffic", "first cars crossed",
	                                   "industrial estate",   "lane of their own",
	                                   "every six months",    NULL};
	static const char *const gone[] = {"Advertisement",
	                                   "first morning open",
	                                   "kayakers",
	                                   "Storm warning",
	                                   "More from",
	                                   "Privacy",
	                                   NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	/* In reading order: the lead first, the continuation last. */
	const char *lead = strstr(a->text, "reopened to traffic");
	const char *last = strstr(a->text, "every six months");
	cr_expect(lead != NULL && last != NULL && lead < last);
	angka_article_free(a);
}

/* 4. Text only in <noscript>, a hidden block or framework JSON ----------------------- */

Test(parse_web, noscript_content_when_the_page_is_an_app_shell)
{
	angka_article *a = fixture("noscript.html");
	static const char *const kept[] = {"Thursdays from next month", "caretaker", "water rota",
	                                   NULL};
	static const char *const gone[] = {"Loading", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}

Test(parse_web, hidden_server_rendered_block)
{
	angka_article *a = fixture("hidden.html");
	static const char *const kept[] = {"two departures a week", "twelve years ago",
	                                   "Tickets go on sale", NULL};
	static const char *const gone[] = {"mounted", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}

Test(parse_web, next_data_json_body)
{
	angka_article *a = fixture("next_data.html");
	static const char *const kept[] = {"half of the cost", "a third of the country",
	                                   "who would pay for maintenance", NULL};
	static const char *const gone[] = {"Wind farm", "Energy", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	cr_expect_str_eq(a->title, "Solar panels on every school roof by 2030");
	/* The date of the object whose body was read, not a related item's. */
	cr_expect_str_eq(a->published ? a->published : "(null)", "2021-04-09");
	angka_article_free(a);
}

Test(parse_web, visible_article_wins_over_hidden_copies)
{
	/* A page with a real article keeps ignoring what it hides. */
	angka_article *a = html(
	        "<html><body><article><h1>Council approves the new market hall</h1>"
	        "<p>The council approved the plans for a new market hall on Tuesday, after two "
	        "years of debate about its size and its cost to the town.</p>"
	        "<p>Work will start in spring and should be finished before the end of next "
	        "year, the mayor said after the vote in the town hall.</p></article>"
	        "<noscript><p>Please enable JavaScript to see the comments on this article, "
	        "which are loaded by our discussion service.</p></noscript>"
	        "<div hidden><p>This hidden sign-up form text should never appear in the "
	        "article that the parser extracts from the page.</p></div></body></html>");
	static const char *const kept[] = {"new market hall", "end of next year", NULL};
	static const char *const gone[] = {"enable JavaScript", "sign-up form", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}

/* 5. Boilerplate after the article, in another language ------------------------------ */

Test(parse_web, tail_boilerplate_in_german_dropped)
{
	angka_article *a = fixture("tail_other_language.html");
	static const char *const kept[] = {"vier neue Radwege", "zwei Millionen Euro",
	                                   "neues Parkhaus", "Fahrradclub", NULL};
	static const char *const gone[] = {"Ähnliche Beiträge",
	                                   "Ersatzhaltestelle",
	                                   "zwanzig neue Ladesäulen",
	                                   "Umweg über den Markt",
	                                   "Anna Beispiel",
	                                   "Mehr zum Thema",
	                                   "Parkhaus am Markt",
	                                   "Digital-Abo",
	                                   "Impressum",
	                                   NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}

/* 6. Dates -------------------------------------------------------------------------- */

Test(parse_web, date_from_the_article_header_not_the_related_list)
{
	angka_article *a = fixture("dates.html");
	cr_expect_str_eq(a->published ? a->published : "(null)", "2019-09-03");
	static const char *const kept[] = {"two weeks earlier", "hail in June", "Pickers", NULL};
	static const char *const gone[] = {"Pear prices", "cold store", "Newsletter", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}

#define DATED_BODY                                                                                 \
	"<body><article><h1>Council approves the new market hall</h1><p>The council "              \
	"approved the plans for a new market hall on Tuesday, after two years of debate "          \
	"about its size and its cost to the town.</p><p>Work will start in spring and should "     \
	"be finished before the end of next year, the mayor said after the vote.</p>"              \
	"</article></body></html>"

static void expect_date(const char *head, const char *expected)
{
	char doc[4096];
	snprintf(doc, sizeof doc, "<html><head>%s</head>" DATED_BODY, head);
	angka_article *a = html(doc);
	cr_expect_str_eq(a->published ? a->published : "(null)", expected, "head: %s", head);
	angka_article_free(a);
}

Test(parse_web, more_meta_date_sources)
{
	expect_date("<meta name='parsely-pub-date' content='2019-11-18T21:04:00Z'>", "2019-11-18");
	expect_date("<meta name='sailthru.date' content='2019-11-19 06:56:00'>", "2019-11-19");
	expect_date("<meta name='DC.date' content='2018-10-09'>", "2018-10-09");
	expect_date("<meta property='og:updated_time' content='2017-05-02T10:00:00+00:00'>",
	            "2017-05-02");
	/* A published date wins over an update time, whatever the order. */
	expect_date("<meta property='og:updated_time' content='2017-05-02T10:00:00+00:00'>"
	            "<meta name='parsely-pub-date' content='2017-04-30T08:00:00Z'>",
	            "2017-04-30");
	/* So does a date in the page's address, which says when it went up. */
	expect_date("<meta property='og:updated_time' content='2017-05-02T10:00:00+00:00'>"
	            "<link rel='canonical' href='https://news.example/2017/04/28/market-hall'>",
	            "2017-04-28");
	/* datePublished of a WebPage, and of an article nested in mainEntity. */
	expect_date("<script type='application/ld+json'>{\"@type\":\"WebPage\","
	            "\"datePublished\":\"2016-03-04T05:06:07Z\"}</script>",
	            "2016-03-04");
	expect_date("<script type='application/ld+json'>{\"@type\":\"WebPage\",\"mainEntity\":"
	            "{\"@type\":\"NewsArticle\",\"datePublished\":\"2015-06-07\"}}</script>",
	            "2015-06-07");
}

Test(parse_web, no_date_from_a_related_list_in_json_ld)
{
	/* An ItemList of other articles dates none of them as this one. */
	expect_date("<script type='application/ld+json'>{\"@type\":\"ItemList\","
	            "\"itemListElement\":[{\"@type\":\"NewsArticle\",\"datePublished\":"
	            "\"2014-01-01\"}]}</script>",
	            "(null)");
}

/* Lines of the open web's page furniture ------------------------------------------- */

Test(parse_web, stamp_lines_labels_and_copyright_dropped)
{
	angka_article *a = html(
	        "<html><body><article><h1>Council approves the new market hall</h1>"
	        "<p>By Jane Roe - 11/18/19 11:04 PM EST</p>"
	        "<p>Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019</p>"
	        "<p>The council approved the plans for a new market hall on Tuesday, after two "
	        "years of debate about its size and its cost to the town.</p>"
	        "<p>ADVERTISEMENT</p><p>Anzeige</p>"
	        "<p>June 17 -- Riverside Arena, Springfield</p>"
	        "<p>Work will start in spring and should be finished before the end of next "
	        "year, the mayor said after the vote in the town hall.</p>"
	        "<p>Per 31 Desember 2024 tercatat 1.234 peserta</p>"
	        "<p>Updated at 1:23 p.m.</p>"
	        "<p>The contents of this site are \xC2\xA9 2019 Town Post Media.</p>"
	        "</article></body></html>");
	static const char *const kept[] = {"new market hall on Tuesday", "June 17 -- Riverside",
	                                   "1.234 peserta", "end of next", NULL};
	static const char *const gone[] = {"Jane Roe", "Published Nov",   "ADVERTISEMENT",
	                                   "Anzeige",  "Updated at 1:23", "Town Post Media",
	                                   NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}

Test(parse_web, standfirst_summary_and_photo_credits_dropped)
{
	angka_article *a = html(
	        "<html><body><article><h1>Council approves the new market hall</h1>"
	        "<h2>After two years of debate the town gets the hall its traders asked for, "
	        "and the bill goes to the county.</h2>"
	        "<p>Key Points</p><ul><li>The hall opens in two years.</li>"
	        "<li>The county pays half.</li></ul>"
	        "<p>The council approved the plans for a new market hall on Tuesday, after two "
	        "years of debate about its size and its cost to the town.</p>"
	        "<p>Jane Roe | Town Post | Getty Images</p>"
	        "<p>Work will start in spring and should be finished before the end of next "
	        "year, the mayor said after the vote in the town hall.</p>"
	        "<h2>What the traders say</h2>"
	        "<p>Traders welcomed the decision and asked for a temporary market during the "
	        "works, which the council promised to consider next month.</p>"
	        "</article></body></html>");
	static const char *const kept[] = {"new market hall on Tuesday", "What the traders say",
	                                   "temporary market", NULL};
	static const char *const gone[] = {"bill goes to the county", "Key Points",
	                                   "opens in two years", "Getty Images", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}

Test(parse_web, picture_captions_contacts_and_sources_dropped)
{
	angka_article *a = html(
	        "<html><body><article><h1>Council approves the new market hall</h1>"
	        "<p>The council approved the plans for a new market hall on Tuesday, after two "
	        "years of debate about its size and its cost to the town.</p>"
	        "<div class='entry'><img src='mayor.jpg' alt=''>The mayor said the town had "
	        "waited long enough for a proper market.</div>"
	        "<div class='photo'><p><img src='hall.jpg' alt=''></p><span class='newsCaption'>"
	        "The old market hall in winter <span>(Image: Town Archive)</span></span></div>"
	        "<p>Work will start in spring and should be finished before the end of next "
	        "year, the mayor said after the vote in the town hall.</p>"
	        "<p>Write to Jane Roe at jane.roe@townpost.example</p>"
	        "<p>Source: Town Post</p>"
	        "</article></body></html>");
	static const char *const kept[] = {"new market hall on Tuesday", "end of next year",
	                                   "waited long enough", NULL};
	static const char *const gone[] = {"old market hall in winter", "Town Archive", "jane.roe",
	                                   "Source:", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}

Test(parse_web, embedded_post_between_paragraphs_kept_share_bar_dropped)
{
	angka_article *a = html(
	        "<html><body><article><h1>Council approves the new market hall</h1>"
	        "<p>The council approved the plans for a new market hall on Tuesday, after two "
	        "years of debate about its size and its cost to the town.</p>"
	        "<div class='share-bar'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a> "
	        "<a href='/m'>Email</a></div>"
	        "<p>Many residents reacted online within minutes of the vote, most of them happy "
	        "that the long debate was finally over.</p>"
	        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>Finally a "
	        "proper market for our town, and about time too after all those meetings! "
	        "<a href='https://t.example/x'>t.example/x</a></p>&mdash; A Resident "
	        "<a href='https://t.example/s'>November 18, 2019</a></blockquote></div>"
	        "<p>Work will start in spring and should be finished before the end of next "
	        "year, the mayor said after the vote in the town hall.</p>"
	        "</article></body></html>");
	static const char *const kept[] = {"proper market for our town", "end of next year", NULL};
	static const char *const gone[] = {"Facebook", NULL};
	expect_kept(a, kept);
	expect_gone(a, gone);
	angka_article_free(a);
}
