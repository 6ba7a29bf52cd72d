/* When each figure is as of: the period its clause or sentence states,
 * else one carried from earlier in the article, else the publication date. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize/normalize_internal.h"
#include "util/buf.h"

/* The publication date, parsed. */
bound_period norm_published_period(const angka_article *article)
{
	bound_period p = {0, 0, 0, PERIOD_NONE};
	/* "3 bulan lalu" read against the fetch time says too little of when
	 * "saat ini" was. */
	if (article->published && !article->published_approx &&
	    sscanf(article->published, "%4d-%2d-%2d", &p.year, &p.month, &p.day) >= 1)
		p.strength = PERIOD_PUBLISHED;
	return p;
}

/* Does text[from, at) compare ("dibandingkan dengan ...", "naik 10,29
 * persen dari 55,38 juta orang pada Desember 2022": what a change is from)? */
static bool after_comparison(const char *text, size_t from, size_t at)
{
	static const char *const changes[] = {"naik",    "turun",     "meningkat",
	                                      "menurun", "bertambah", "berkurang",
	                                      "tumbuh",  "melonjak",  NULL};
	size_t dari = 0;
	for (size_t i = from; i + 9 <= at; i++)
		if ((text[i] | 0x20) == 'd' && strncasecmp(text + i, "dibanding", 9) == 0)
			return true;
	for (size_t i = from; i + 6 <= at; i++)
		if (text[i] == ' ' && (text[i + 1] | 0x20) == 'd' &&
		    strncasecmp(text + i, " dari ", 6) == 0)
			dari = i + 1;
	if (dari == 0 || at - dari > 60)
		return false;
	for (size_t i = dari; i + 1 < at; i++)
		if (text[i] == ',' && text[i + 1] == ' ')
			return false; /* another clause */
	for (size_t i = from; i < dari; i++) {
		if (i > from && text[i - 1] != ' ')
			continue;
		size_t len = 0;
		while (i + len < dari && text[i + len] != ' ')
			len++;
		if (angka_word_is_one_of(text + i, len, changes))
			return true;
		i += len;
	}
	return false;
}

/* Is period p what a value at [start, end) is compared with, not its own:
 * a comparison opens the few words before p ("naik 12 persen dibanding tahun
 * lalu menjadi 234.000", "45.000 orang, naik dibandingkan tahun 2023 yang
 * sebanyak 40.000") and the value is not the one the comparison states (after
 * p, with no "menjadi" between)? */
static bool compared_with(const char *text, const angka_period *p, size_t start)
{
	static const char *const words[] = {"dibanding", "ketimbang", "daripada", NULL};
	size_t from = p->start > 24 ? p->start - 24 : 0;
	bool compares = false;
	for (size_t i = from; i < p->start && !compares; i++)
		for (size_t w = 0; words[w] && !compares; w++)
			compares = (text[i] | 0x20) == words[w][0] &&
			           (i == 0 || !isalnum((unsigned char)text[i - 1])) &&
			           strncasecmp(text + i, words[w], strlen(words[w])) == 0;
	if (!compares)
		return false;
	if (start < p->start)
		return true;
	for (size_t i = p->end; i + 7 <= start; i++)
		if (strncasecmp(text + i, "menjadi", 7) == 0)
			return true;
	return false;
}

/* Does the period at `at` name an award's edition ("Paritrana Award 2024",
 * "Penganugerahan Paritrana Award ... tahun 2023")? An award is given for
 * what was done before it, so its year dates no figure after it. The
 * award's words stand in the same clause, at most 100 bytes before. */
static bool names_an_award(const char *text, size_t from, size_t at)
{
	static const char *const words[] = {"award", "penghargaan", "penganugerahan", NULL};
	size_t i = at > from + 100 ? at - 100 : from;
	for (size_t k = at; k > i; k--)
		if (text[k - 1] == ',' || text[k - 1] == ';') {
			i = k;
			break;
		}
	for (; i < at; i++)
		for (size_t w = 0; words[w]; w++)
			if ((text[i] | 0x20) == words[w][0] &&
			    strncasecmp(text + i, words[w], strlen(words[w])) == 0)
				return true;
	return false;
}

/* The year (and month: ".../2025/03/slug") a URL's path names between
 * its separators, or year 0. Whole dates in URLs were read by the parser. */
static bound_period url_period(const char *url)
{
	bound_period found = {0, 0, 0, PERIOD_NONE};
	const char *path = url ? strstr(url, "://") : NULL;
	path = path ? strchr(path + 3, '/') : NULL;
	for (const char *p = path; p && *p; p++) {
		if (*p != '/' && *p != '-' && *p != '_')
			continue;
		size_t digits = 0;
		while (p[1 + digits] >= '0' && p[1 + digits] <= '9')
			digits++;
		char after = p[1 + digits];
		if (digits != 4 || !(after == '/' || after == '-' || after == '_' ||
		                     after == '\0' || after == '.' || after == '?'))
			continue;
		int year = atoi(p + 1);
		if (year < 2000 || year > 2100)
			continue;
		found = (bound_period){year, 0, 0, PERIOD_PUBLISHED};
		const char *m = p + 5;
		if (m[0] == '/' && m[1] >= '0' && m[1] <= '1' && m[2] >= '0' && m[2] <= '9' &&
		    m[3] == '/') {
			int month = (m[1] - '0') * 10 + (m[2] - '0');
			if (month >= 1 && month <= 12)
				found.month = month;
		}
		return found;
	}
	return found;
}

/* The year of a period said relative to when it was said ("tahun lalu",
 * "September ini"); "April kemarin" said in March is last year's April. */
static int offset_year(const angka_period *p, const bound_period *said)
{
	int year = said->year + p->year_offset;
	if (p->recent && said->month > 0 && p->month > said->month)
		year--;
	return year;
}

static bool later_than(const angka_period *p, const bound_period *b)
{
	return p->year > b->year ||
	       (p->year == b->year &&
	        (p->month > b->month || (p->month == b->month && p->day > b->day)));
}

/* When an article states no publication date, the day its statements were
 * made stands in for it: one said with its weekday ("Senin (22/1/2024)"),
 * else the latest day it names ("pada 7-8 November 2024") unless it is of a year
 * before the latest month named, else the month
 * of a URL's path, else the latest month it names ("hingga Desember 2024":
 * reports follow their data closely), else the year the URL's slug names,
 * else a weekday's day and month
 * ("Jumat (18/10)") in the latest year it names, else that year (a year
 * still to come, "2025 mendatang", names the year before it). */
/* "menargetkan ... pada 2025", "untuk mencapai ... pada 2025": the year a
 * target is set for (a target cue of lexicon/cues.tsv shortly before it),
 * which the statement may well precede. */
static bool is_target_year(const angka_normalizer *norm, const char *text, size_t sentence_start,
                           const angka_period *p)
{
	size_t from = p->start > sentence_start + 80 ? p->start - 80 : sentence_start;
	bool target = false;
	return angka_lexicon_holds(&target, norm->cues, text, from, p->start, "target") ==
	               ANGKA_OK &&
	       target;
}

bound_period norm_statement_date(const angka_normalizer *norm, const char *text,
                                 const angka_sentence *sentences, const sentence_context *sc,
                                 size_t n, const char *url)
{
	bound_period none = {0, 0, 0, PERIOD_NONE};
	bound_period day = none, month = none, yearless = none;
	int latest_year = 0, latest_target_year = 0;
	for (size_t s = 0; s < n; s++) {
		for (size_t i = 0; i < sc[s].n_periods; i++) {
			const angka_period *p = &sc[s].periods[i];
			bound_period b = {p->year, p->month, p->day, PERIOD_PUBLISHED};
			if (p->kind == ANGKA_PERIOD_STATEMENT && p->year)
				return b;
			if (p->kind == ANGKA_PERIOD_STATEMENT && yearless.strength == PERIOD_NONE)
				yearless = b;
			if (p->kind != ANGKA_PERIOD_DATE || p->budget)
				continue;
			/* "pada 2025 mendatang" was said before 2025; a target's year
			 * only when no other year is named. */
			int year = p->future ? p->year - 1 : p->year;
			int *latest =
			        p->month == 0 && !p->future &&
			                        is_target_year(norm, text, sentences[s].start, p)
			                ? &latest_target_year
			                : &latest_year;
			if (year > *latest)
				*latest = year;
			if (p->day > 0 && later_than(p, &day))
				day = b;
			if (p->day == 0 && p->month > 0 && later_than(p, &month))
				month = b;
		}
	}
	if (latest_year == 0)
		latest_year = latest_target_year;
	/* ... but not a day of years before the data it reports ("diresmikan
	 * pada 1 Juli 2015" in a story of "sampai Juni 2025"): history, not the
	 * statement. */
	if (day.strength != PERIOD_NONE &&
	    !(month.strength != PERIOD_NONE && month.year > day.year))
		return day;
	/* ".../2025/03/slug" was published that month; ".../terbanyak-2025-ZyIVK"
	 * is a headline that names its year. */
	bound_period from_url = url_period(url);
	if (from_url.month > 0)
		return from_url;
	if (month.strength != PERIOD_NONE)
		return month;
	if (from_url.strength != PERIOD_NONE)
		return from_url;
	if (latest_year > 0 && yearless.strength != PERIOD_NONE) {
		yearless.year = latest_year;
		return yearless;
	}
	if (latest_year > 0)
		return (bound_period){latest_year, 0, 0, PERIOD_PUBLISHED};
	return none;
}

/* What is paid out (benefits, claims) is paid over a period; the rest is
 * counted on a day. */
bool norm_is_flow(const angka_normalizer *norm, const char *metric)
{
	return norm_metric_is(norm, metric, ANGKA_METRIC_PAID);
}

/* A date the sentence gives its data ("data per 12 Agustus 2024", "per 31
 * Mei 2025"), or NULL. */
static const angka_period *data_date(const article_state *st, const sentence_context *sc)
{
	const char *text = st->article->text;
	for (size_t i = 0; i < sc->n_periods; i++) {
		const angka_period *p = &sc->periods[i];
		if (p->kind != ANGKA_PERIOD_DATE || p->budget)
			continue;
		size_t from = p->start > 12 ? p->start - 12 : 0;
		bool per = strncasecmp(text + p->start, "per ", 4) == 0;
		for (size_t k = from; k + 4 <= p->start && !per; k++)
			per = strncasecmp(text + k, "data", 4) == 0;
		if (per)
			return p;
	}
	return NULL;
}

/* Is period p one a figure that is not a target can be as of: not after
 * the statement ("58 persen ... target 95 persen pada tahun 2045")? */
static bool may_be_as_of(const article_state *st, const angka_period *p, bool target, bool goal)
{
	bool known = st->published.strength != PERIOD_NONE;
	/* A budget's year dates what it plans: a target, or a level that has
	 * a goal when that year is still to come ("melalui APBD 2025" in 2024). */
	if (p->budget)
		return target || (goal && known && p->year > st->published.year);
	return target || goal || !known || p->year <= st->published.year;
}

/* Does "hingga" or "sampai" open the few words before at ("hingga
 * pertengahan tahun ini")? */
static bool up_to(const char *text, size_t at)
{
	size_t from = at > 24 ? at - 24 : 0;
	for (size_t i = from; i < at; i++)
		if ((i == 0 || !isalnum((unsigned char)text[i - 1])) &&
		    (strncasecmp(text + i, "hingga ", 7) == 0 ||
		     strncasecmp(text + i, "sampai ", 7) == 0))
			return true;
	return false;
}

/* The period the text states for a value at [start, end): in its clause
 * first (where "saat ini" means the statement's month), then the nearest
 * in its sentence; "tahun lalu" from the publication date. A year after the
 * publication's is a target's, or, in its own clause, a level's that has a
 * goal (goal). */
static bound_period period_stated(const article_state *st, const sentence_context *sc,
                                  const angka_hit *hit, bool target, bool goal, bool flow,
                                  size_t start, size_t end)
{
	bound_period none = {0, 0, 0, PERIOD_NONE};
	for (int pass = 0; pass < 2; pass++) {
		size_t from = pass == 0 ? hit->scope_start : 0;
		size_t to = pass == 0 ? hit->scope_end : (size_t)-1;
		if (pass == 0 && to <= from)
			continue;
		const angka_period *best = NULL, *now = NULL, *offset = NULL, *then = NULL;
		size_t best_distance = (size_t)-1, offset_distance = (size_t)-1;
		for (size_t i = 0; i < sc->n_periods; i++) {
			const angka_period *p = &sc->periods[i];
			if (p->start < from || p->end > to ||
			    compared_with(st->article->text, p, start))
				continue;
			/* "Coverage Kukar Hampir 58 Persen, Pemkab Targetkan 65 Persen
			 * Tahun Depan": a headline's later statement dates its own
			 * figures, not the ones before it. */
			if (pass == 1 && hit->headline && hit->scope_end > hit->scope_start &&
			    p->start >= hit->scope_end)
				continue;
			size_t distance = p->end <= start ? start - p->end
			                                  : (p->start >= end ? p->start - end : 0);
			if (p->kind == ANGKA_PERIOD_NOW && pass == 0)
				now = p;
			else if (p->kind == ANGKA_PERIOD_THEN && p->end <= start)
				then = p;
			else if (p->kind == ANGKA_PERIOD_DATE &&
			         may_be_as_of(st, p, target, goal && pass == 0) &&
			         distance < best_distance) {
				best = p;
				best_distance = distance;
			} else if (p->kind == ANGKA_PERIOD_YEAR_OFFSET &&
			           distance < offset_distance) {
				offset = p;
				offset_distance = distance;
			}
		}
		if (then && !best && !now) {
			/* "dibandingkan dengan posisi Desember 2023, saat itu ...": the
			 * period named before it in its sentence, else in one before */
			bound_period named = st->named;
			for (size_t i = 0; i < sc->n_periods; i++)
				if (sc->periods[i].kind == ANGKA_PERIOD_DATE &&
				    sc->periods[i].end <= then->start)
					named = (bound_period){sc->periods[i].year,
					                       sc->periods[i].month,
					                       sc->periods[i].day, PERIOD_STATED};
			if (then->year_only)
				named.month = named.day = 0;
			if (named.strength != PERIOD_NONE)
				return named;
		}
		if (best && !(now && pass == 0))
			return (bound_period){best->year,
			                      flow && best->whole_year ? 0 : best->month, best->day,
			                      PERIOD_STATED};
		/* "saat ini mencapai 39,52%, ..., sesuai data per 12 Agustus 2024": the
		 * day the data are of says when "now" was. */
		const angka_period *data = now ? data_date(st, sc) : NULL;
		if (data)
			return (bound_period){data->year, data->month, data->day, PERIOD_STATED};
		if (now && st->published.strength != PERIOD_NONE)
			return (bound_period){st->published.year, st->published.month, 0,
			                      PERIOD_NOW};
		if (now)
			return none; /* now, and when now is not known: what was said before */
		/* "Hingga pertengahan tahun ini, 50.855 peserta": a count up to
		 * this year is a count as of now ("pada tahun ini" is the year's). */
		if (offset && st->published.strength != PERIOD_NONE && offset->year_offset == 0 &&
		    offset->month == 0 && !flow && !target &&
		    up_to(st->article->text, offset->start))
			return (bound_period){st->published.year, st->published.month, 0,
			                      PERIOD_STATED};
		/* "dibandingkan periode sama tahun lalu": the period spoken of
		 * ("hingga Desember 2024"), a year earlier. */
		bound_period current =
		        st->carried[flow].strength ? st->carried[flow] : st->published;
		if (offset && offset->same_period && current.strength != PERIOD_NONE)
			return (bound_period){current.year - 1, current.month, current.day,
			                      PERIOD_STATED};
		if (offset && st->published.strength != PERIOD_NONE)
			return (bound_period){offset_year(offset, &st->published), offset->month,
			                      offset->day, PERIOD_STATED};
	}
	return none;
}

/* The period a table's cell [from, to) names: a date or month the finder
 * reads, or a year alone ("2023"). */
static bound_period cell_period(const article_state *st, size_t from, size_t to)
{
	bound_period cell = {0, 0, 0, PERIOD_NONE};
	angka_period *periods = NULL;
	size_t n = 0;
	if (angka_period_find(&periods, &n, st->norm->periods, st->article->text, from, to) ==
	    ANGKA_OK) {
		for (size_t i = 0; i < n; i++)
			if (periods[i].kind == ANGKA_PERIOD_DATE)
				cell = (bound_period){periods[i].year, periods[i].month,
				                      periods[i].day, PERIOD_STATED};
	}
	free(periods);
	const char *text = st->article->text;
	for (size_t i = from; cell.strength == PERIOD_NONE && i + 4 <= to; i++) {
		bool digits = true;
		for (size_t k = 0; k < 4 && digits; k++)
			digits = text[i + k] >= '0' && text[i + k] <= '9';
		bool alone = (i == from || !(text[i - 1] >= '0' && text[i - 1] <= '9')) &&
		             (i + 4 == to || !(text[i + 4] >= '0' && text[i + 4] <= '9'));
		int year = digits ? atoi(text + i) : 0;
		if (digits && alone && year >= 1900 && year <= 2100)
			cell = (bound_period){year, 0, 0, PERIOD_STATED};
	}
	return cell;
}

/* "target capaian pada bulan tersebut ... 59 persen": a target said to be
 * for the month named before, not for a year. */
static bool month_meant(const sentence_context *sc, size_t start)
{
	for (size_t i = 0; i < sc->n_periods; i++)
		if (sc->periods[i].month_meant && sc->periods[i].end <= start)
			return true;
	return false;
}

/* The period of a figure at [start, end) of a sentence: its table column's
 * or row's, else the one its clause or sentence states, else the one carried on. A
 * target speaks of the year it is set for, not of the data reported before
 * it: unless its sentence says otherwise, that is the year of publication. */
bound_period norm_period_for(const article_state *st, const sentence_context *sc,
                             const angka_hit *hit, const char *metric, size_t start, size_t end)
{
	if (hit->header_end > hit->header_start) {
		/* The column's header ("Provinsi | 2023 | 2024"), else the row's
		 * label ("2023 | 2.950.000 | 31,2%", past a row number). */
		bound_period cell = cell_period(st, hit->header_start, hit->header_end);
		const char *text = st->article->text;
		for (size_t from = hit->scope_start, k = 0;
		     cell.strength == PERIOD_NONE && k < 2 && from < hit->value_start; k++) {
			const char *bar = memchr(text + from, '|', hit->value_start - from);
			if (bar == NULL)
				break;
			cell = cell_period(st, from, (size_t)(bar - text));
			from = (size_t)(bar - text) + 1;
		}
		if (cell.strength != PERIOD_NONE)
			return cell;
	}
	bool target = norm_metric_is(st->norm, metric, ANGKA_METRIC_TARGET);
	int flow = norm_is_flow(st->norm, metric);
	/* A level of a year to come is a goal (metrics.tsv "goal"): a year to
	 * come in its own clause is its year ("..., sehingga diperlukan upaya
	 * di tahun 2025" after a level is what is still to do). */
	const angka_metric *m = angka_domain_metric(st->norm->dom, metric);
	bound_period found = period_stated(st, sc, hit, target, m && m->goal, flow, start, end);
	if (found.strength == PERIOD_NONE && !target && hit->continues)
		found = st->last[flow];
	if (found.strength == PERIOD_NONE && !target)
		found = st->carried[flow];
	if (found.strength == PERIOD_NONE) {
		/* "Saat ini", or nothing said: a stock as of the month it was said
		 * in; a flow (benefits paid) ran from the start of that year. */
		found = st->published;
		found.day = 0;
		if (flow)
			found.month = 0;
	}
	/* A target speaks of the year it is set for. (A base no sentence dates
	 * is as of the month it was said in, as a stock is: "jumlah penduduk
	 * yang berpotensi menjadi peserta mencapai 158.000 orang"; a BPS base
	 * states its year.) */
	if (target && !month_meant(sc, start))
		found.month = found.day = 0;
	return found;
}

const char *norm_period_source(period_strength strength)
{
	switch (strength) {
	case PERIOD_STATED: return "stated in the sentence";
	case PERIOD_NOW: return "\"saat ini\" in the sentence: when it was said";
	case PERIOD_CARRIED: return "stated earlier in the article";
	case PERIOD_PUBLISHED: return "the publication date";
	case PERIOD_NONE: break;
	}
	return "none";
}

/* Does the sentence speak of "data" (a word of its own)? */
static bool speaks_of_data(const char *text, const angka_sentence *sentence)
{
	for (size_t i = sentence->start; i + 4 <= sentence->end; i++)
		if ((text[i] | 0x20) == 'd' && strncasecmp(text + i, "data", 4) == 0 &&
		    (i == sentence->start || text[i - 1] == ' ' || text[i - 1] == '"') &&
		    (i + 4 == sentence->end || text[i + 4] == ' '))
			return true;
	return false;
}

/* "Ini data sampai bulan Agustus 2025": a sentence with no figure that says
 * when its data are from dates the figures before it that stated no period
 * of their own, or only "saat ini" (back to the previous such note). The figures are in text
 * order: one walk over sentences and figures. */
int norm_date_by_data_notes(article_state *st)
{
	const char *text = st->article->text;
	const angka_figure *items = st->out->items;
	size_t n_figures = st->out->n;
	size_t from = st->first_figure; /* the figures before this are dated already */
	size_t f = st->first_figure;    /* the first figure not before this sentence */
	for (size_t s = 0; s < st->n_sentences; s++) {
		const angka_sentence *sentence = &st->sentences[s];
		const sentence_context *sc = &st->contexts[s];
		while (f < n_figures && items[f].start < sentence->start)
			f++;
		bool figures = f < n_figures && items[f].start < sentence->end;
		if (figures || !speaks_of_data(text, sentence))
			continue;
		const angka_period *note = NULL;
		for (size_t i = 0; i < sc->n_periods; i++)
			if (sc->periods[i].kind == ANGKA_PERIOD_DATE &&
			    may_be_as_of(st, &sc->periods[i], false, false))
				note = &sc->periods[i];
		if (note == NULL)
			continue;
		char as_of[16];
		angka_period_format(as_of, sizeof as_of, note->year, note->month, note->day);
		for (size_t i = from; i < f; i++) {
			angka_figure *fig = &st->out->items[i];
			if (st->strengths[i] >= PERIOD_STATED ||
			    norm_metric_is(st->norm, fig->metric, ANGKA_METRIC_TARGET))
				continue;
			char *copy = angka_strdup(as_of);
			if (copy == NULL)
				return ANGKA_ENOMEM;
			free(fig->as_of);
			fig->as_of = copy;
			st->strengths[i] = PERIOD_STATED;
		}
		from = f;
	}
	return ANGKA_OK;
}

/* The period a sentence states carries on in the article, unless it dated
 * only the base ("berdasarkan data BPS pada 2022 ... ada 485.049 pekerja")
 * or targets, or lies after the statement. */
void norm_carry_periods(article_state *st, const angka_sentence *sentence,
                        const sentence_context *sc)
{
	const char *text = st->article->text;
	bool base_only = st->sentence_figures > 0 && st->sentence_figures == st->sentence_bases;
	/* "Untuk 2025, ... menargetkan 210.000 peserta": the year a target is
	 * set for is no period of what is reported after it. */
	base_only |= st->sentence_figures > 0 && st->sentence_figures == st->sentence_targets;
	for (size_t i = 0; i < sc->n_periods; i++)
		if (sc->periods[i].kind == ANGKA_PERIOD_DATE)
			st->named = (bound_period){sc->periods[i].year, sc->periods[i].month,
			                           sc->periods[i].day, PERIOD_STATED};
	for (size_t i = 0; i < sc->n_periods && !base_only; i++) {
		angka_period resolved = sc->periods[i];
		const angka_period *p = &resolved;
		if (p->kind == ANGKA_PERIOD_YEAR_OFFSET && st->published.strength != PERIOD_NONE) {
			resolved.kind = ANGKA_PERIOD_DATE; /* "tahun berjalan", "tahun lalu" */
			resolved.year = offset_year(p, &st->published);
		}
		/* What a figure is compared with ("dibandingkan dengan ... pada
		 * Desember 2022", "dari periode yang sama tahun sebelumnya") is no
		 * period of what follows. */
		if (p->kind != ANGKA_PERIOD_DATE || !may_be_as_of(st, p, false, false) ||
		    after_comparison(text, sentence->start, p->end) || sc->periods[i].same_period ||
		    names_an_award(text, sentence->start, p->start))
			continue;
		/* A period of flows dates later flows, one of stocks later stocks;
		 * a sentence without figures sets both. */
		bool any = st->sentence_figures > 0, has_flows = st->sentence_flows > 0,
		     has_stocks = st->sentence_flows < st->sentence_figures;
		for (int flow = 0; flow < 2; flow++) {
			if (any && !(flow ? has_flows : has_stocks))
				continue;
			bound_period b = {p->year, flow && p->whole_year ? 0 : p->month, p->day,
			                  PERIOD_CARRIED};
			/* "tahun 2025" after "hingga 16 Desember 2025" does not make the
			 * date vaguer, unless it dates flows of its own ("Sepanjang
			 * periode berjalan, ... klaim Rp188 miliar"): the year's. */
			bound_period *c = &st->carried[flow];
			bool vaguer = !(flow && has_flows) && c->strength != PERIOD_NONE &&
			              c->year == b.year &&
			              (b.month == 0 || (b.day == 0 && c->month == b.month)) &&
			              c->month > 0;
			if (!vaguer)
				*c = b;
			st->last[flow] = b;
		}
	}
}

/* ---- single texts (angka normalize) ------------------------------------- */

int angka_normalize_period(char *as_of, size_t size, const angka_normalizer *norm, const char *text,
                           size_t len, const char *published)
{
	angka_period *periods = NULL;
	size_t n = 0;
	int rc = angka_period_find(&periods, &n, norm->periods, text, 0, len);
	if (rc != ANGKA_OK)
		goto cleanup;
	rc = ANGKA_ENOTFOUND;
	angka_article article = {.published = (char *)published};
	bound_period publication = norm_published_period(&article);
	for (size_t i = 0; i < n && rc != ANGKA_OK; i++) {
		const angka_period *p = &periods[i];
		bound_period bound = publication;
		if (p->kind == ANGKA_PERIOD_DATE)
			bound = (bound_period){p->year, p->month, p->day, PERIOD_STATED};
		else if (p->kind == ANGKA_PERIOD_YEAR_OFFSET && bound.strength != PERIOD_NONE)
			bound = (bound_period){offset_year(p, &bound), p->month, p->day,
			                       PERIOD_STATED};
		if (bound.strength == PERIOD_NONE)
			continue;
		angka_period_format(as_of, size, bound.year, bound.month, bound.day);
		rc = ANGKA_OK;
	}
cleanup:
	free(periods);
	return rc;
}
