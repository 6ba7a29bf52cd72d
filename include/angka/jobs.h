/* angka — jobs: the pipeline's worker threads.
 *
 * An ordered parallel map. The thread that submits items (the CLI's main
 * thread, which is also the only one that writes to the database) hands
 * each item to a pool of worker threads that run `work` on it (fetch,
 * parse, extract: the stages that only read the rules and the gazetteer,
 * shared read-only), and gets every item back through `done`, in its own
 * thread and in the order the items were submitted. So output is the same
 * whatever the number of threads, and a single writer sees articles in
 * input order.
 *
 * At most a window of items (sixteen per thread) is in flight: the submitter
 * waits when it is full, so memory stays bounded whatever the input's
 * length. With one thread or none, there is no pool: submit runs work and
 * done at once, in the caller's thread.
 */
#ifndef ANGKA_JOBS_H
#define ANGKA_JOBS_H

#include <stdbool.h>
#include <stddef.h>

#include "angka/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct angka_jobs angka_jobs;

/* Runs in a worker thread (worker: its index, 0 to threads - 1; always 0
 * without a pool). It may only touch item and what is the worker's own:
 * state indexed by worker, read-only shared data. */
typedef void (*angka_job_work_fn)(void *item, size_t worker, void *ctx);
/* Runs in the submitting thread, once per submitted item, in submission
 * order, after its work. It owns item from then on. */
typedef void (*angka_job_done_fn)(void *item, void *ctx);
/* Runs in the submitting thread just before it waits for the workers (the
 * writer commits its batch there, so no transaction waits on a slow
 * article). draining: the submitter is in angka_jobs_finish and every item
 * is with a worker already, so the workers are on their last items and a
 * processor is about to have nothing to do: the time for what the writer
 * would otherwise do alone after the last item. May be NULL. */
typedef void (*angka_job_idle_fn)(void *ctx, bool draining);

/* The number of processors online, at least 1: the default of --jobs. */
size_t angka_jobs_default_threads(void);

/* Start threads workers (none when threads <= 1). *out is owned by the
 * caller, who frees it with angka_jobs_free after angka_jobs_finish. */
int angka_jobs_new(angka_jobs **out, size_t threads, angka_job_work_fn work, angka_job_done_fn done,
                   angka_job_idle_fn idle, void *ctx, angka_error *err);

/* Queue item; delivers (done) the items finished before it meanwhile, and
 * waits while the window is full. */
void angka_jobs_submit(angka_jobs *jobs, void *item);

/* Wait for every item submitted and deliver them all, in order. */
void angka_jobs_finish(angka_jobs *jobs);

/* Stop the workers; items not yet delivered are delivered first. NULL is
 * fine. */
void angka_jobs_free(angka_jobs *jobs);

#ifdef __cplusplus
}
#endif
#endif
