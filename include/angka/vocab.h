/* angka — the vocabulary every stage shares: the metrics, segments and
 * units of DESIGN.md's figure record. */
#ifndef ANGKA_VOCAB_H
#define ANGKA_VOCAB_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/* NULL-terminated lists. */
extern const char *const angka_metrics[];
extern const char *const angka_segments[];
extern const char *const angka_units[];

/* The static string for a metric / segment name, or NULL if unknown, so
 * that callers can keep the pointer without copying. */
const char *angka_metric_find(const char *name);
const char *angka_segment_find(const char *name);
/* The unit a metric's values are in: "persons", "percent", "IDR". */
const char *angka_metric_unit(const char *metric);
bool angka_metric_is_percent(const char *metric);

#ifdef __cplusplus
}
#endif
#endif
