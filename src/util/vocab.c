#include "angka/vocab.h"

#include <stddef.h>
#include <string.h>

const char *const angka_metrics[] = {
        "participants",
        "eligible_workers",
        "working_population",
        "coverage_pct",
        "uncovered_workers",
        "uncovered_pct",
        "target_coverage_pct",
        "target_participants",
        "benefit_amount_idr",
        "beneficiaries",
        "scholarship_recipients",
        "scholarship_amount_idr",
        NULL,
};

const char *const angka_segments[] = {
        "all", "PU", "BPU", "jakon", "PMI", "rentan", "ASN", "other", NULL,
};

const char *const angka_units[] = {"persons", "percent", "IDR", "cases", NULL};

static const char *find_in(const char *const *list, const char *name)
{
	if (name == NULL)
		return NULL;
	for (size_t i = 0; list[i]; i++)
		if (strcmp(list[i], name) == 0)
			return list[i];
	return NULL;
}

const char *angka_metric_find(const char *name)
{
	return find_in(angka_metrics, name);
}

const char *angka_segment_find(const char *name)
{
	return find_in(angka_segments, name);
}

bool angka_metric_is_percent(const char *metric)
{
	size_t len = metric ? strlen(metric) : 0;
	return len > 4 && strcmp(metric + len - 4, "_pct") == 0;
}

const char *angka_metric_unit(const char *metric)
{
	if (metric == NULL)
		return NULL;
	if (angka_metric_is_percent(metric))
		return "percent";
	size_t len = strlen(metric);
	if (len > 4 && strcmp(metric + len - 4, "_idr") == 0)
		return "IDR";
	return "persons";
}
