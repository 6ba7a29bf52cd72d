/* The article from the page's JSON, for pages whose visible tree holds none
 * of it: a framework's data (Next.js __NEXT_DATA__, any application/json
 * script) or JSON-LD's articleBody. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "parse/html_internal.h"

/* A string that reads as the body of an article: HTML with paragraphs, or
 * prose (words, sentences), long enough. Returns its weight (0: none). */
static size_t body_weight(const char *s, size_t len, bool *html)
{
	if (len < 200)
		return 0;
	*html = strstr(s, "<p") != NULL || strstr(s, "<br") != NULL || strstr(s, "</") != NULL;
	size_t spaces = 0, stops = 0;
	for (size_t i = 0; i + 1 < len; i++) {
		spaces += s[i] == ' ';
		stops += (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ';
	}
	/* URLs, identifiers and encoded blobs have no spaces; prose has a word
	 * every few bytes and sentences. */
	if (spaces * 15 < len || (stops == 0 && !*html))
		return 0;
	return len;
}

typedef struct json_pick {
	json_t *text;   /* the string */
	json_t *holder; /* the object it is a member of */
	size_t weight;
	bool html;
} json_pick;

static void visit(json_t *v, json_t *holder, json_pick *best, int depth)
{
	if (v == NULL || depth > 32)
		return;
	if (json_is_string(v)) {
		bool html = false;
		size_t w = body_weight(json_string_value(v), json_string_length(v), &html);
		if (w > best->weight)
			*best = (json_pick){v, holder, w, html};
		return;
	}
	if (json_is_array(v)) {
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item)
		{
			visit(item, holder, best, depth + 1);
		}
		return;
	}
	if (json_is_object(v)) {
		const char *key;
		json_t *member;
		json_object_foreach(v, key, member)
		{
			visit(member, v, best, depth + 1);
		}
	}
}

/* The date of the object that holds the body: its own, never a related
 * item's. */
static const char *holder_date(json_t *holder)
{
	static const char *const keys[] = {"datePublished",    "publishedAt",  "published_at",
	                                   "publishDate",      "publish_date", "publicationDate",
	                                   "firstPublishedAt", "date",         NULL};
	for (size_t i = 0; keys[i] != NULL && holder != NULL; i++) {
		json_t *v = json_object_get(holder, keys[i]);
		if (json_is_string(v))
			return json_string_value(v);
	}
	return NULL;
}

int angka_html_json_body(html_ctx *hc, char **text, bool *html, char **date)
{
	*text = NULL;
	*date = NULL;
	*html = false;
	json_pick best = {NULL, NULL, 0, false};
	json_t *best_root = NULL;
	for (size_t i = 0; i < hc->n_json; i++) {
		xmlChar *content = xmlNodeGetContent(hc->json[i]);
		if (content == NULL)
			return ANGKA_ENOMEM;
		json_error_t error;
		json_t *root = json_loadb((const char *)content, strlen((const char *)content),
		                          JSON_DECODE_ANY, &error);
		xmlFree(content);
		if (root == NULL)
			continue;
		json_pick pick = best;
		visit(root, NULL, &pick, 0);
		if (pick.text != best.text) {
			json_decref(best_root);
			best_root = root;
			best = pick;
		} else {
			json_decref(root);
		}
	}
	int rc = 0;
	if (best.text != NULL) {
		*text = angka_strndup(json_string_value(best.text), json_string_length(best.text));
		*html = best.html;
		const char *d = holder_date(best.holder);
		*date = d != NULL ? angka_strdup(d) : NULL;
		if (*text == NULL || (d != NULL && *date == NULL))
			rc = ANGKA_ENOMEM;
	} else {
		angka_html_read_json_ld(hc);
		bool ld_html = false;
		if (hc->ld_body != NULL &&
		    body_weight(hc->ld_body, strlen(hc->ld_body), &ld_html) > 0) {
			*text = angka_strdup(hc->ld_body);
			*html = ld_html;
			if (*text == NULL)
				rc = ANGKA_ENOMEM;
		}
	}
	json_decref(best_root);
	if (rc != 0) {
		free(*text);
		free(*date);
		*text = *date = NULL;
	}
	return rc;
}
