/* The pipeline's worker threads (include/angka/jobs.h): an ordered parallel
 * map over a ring of slots.
 *
 * Three counters that only grow say where everything is: items below
 * `delivered` were handed back through done; items below `taken` were
 * taken by a worker; items below `submitted` are in the ring. A slot is
 * only ever touched by the submitter (filling it, delivering it) or by the
 * one worker that took it, and its `finished` flag, under the lock, says
 * which of them has it; done runs without the lock, so workers go on while
 * the writer writes.
 */
#include "angka/jobs.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

/* Items in flight per thread: enough that a worker never waits for the
 * writer while another article is slow, few enough to keep memory flat.
 * Real pages differ in size a hundredfold (the benchmark's go from 5 KB
 * to 1.5 MB): while one worker parses the largest, the others go through
 * a dozen typical ones, and at the start they parse while the rules load.
 * At four per thread they waited for the window instead (25-160 ms of a
 * 2-job ingest of the benchmark pages); sixteen cost no measurable memory,
 * since an article waiting to be written is small next to its parse. */
#define JOBS_WINDOW_PER_THREAD 16

typedef struct job_slot {
	void *item;
	bool finished;
} job_slot;

typedef struct job_worker {
	angka_jobs *jobs;
	size_t index;
	pthread_t thread;
} job_worker;

struct angka_jobs {
	angka_job_work_fn work;
	angka_job_done_fn done;
	angka_job_idle_fn idle;
	void *ctx;
	size_t n_threads; /* 0: no pool, everything inline */
	job_worker *workers;
	job_slot *ring;
	size_t window;
	size_t submitted, taken, delivered;
	bool stopping;
	pthread_mutex_t lock;
	pthread_cond_t work_ready; /* a slot to take, or stopping */
	pthread_cond_t work_done;  /* a slot finished */
};

size_t angka_jobs_default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (size_t)n : 1;
}

static void *worker_main(void *arg)
{
	job_worker *w = arg;
	angka_jobs *jobs = w->jobs;
	pthread_mutex_lock(&jobs->lock);
	for (;;) {
		while (!jobs->stopping && jobs->taken == jobs->submitted)
			pthread_cond_wait(&jobs->work_ready, &jobs->lock);
		if (jobs->taken == jobs->submitted)
			break; /* stopping, and nothing left to take */
		job_slot *slot = &jobs->ring[jobs->taken % jobs->window];
		jobs->taken++;
		pthread_mutex_unlock(&jobs->lock);
		jobs->work(slot->item, w->index, jobs->ctx);
		pthread_mutex_lock(&jobs->lock);
		slot->finished = true;
		pthread_cond_broadcast(&jobs->work_done);
	}
	pthread_mutex_unlock(&jobs->lock);
	return NULL;
}

int angka_jobs_new(angka_jobs **out, size_t threads, angka_job_work_fn work, angka_job_done_fn done,
                   angka_job_idle_fn idle, void *ctx, angka_error *err)
{
	*out = NULL;
	angka_jobs *jobs = calloc(1, sizeof *jobs);
	if (jobs == NULL)
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory starting workers");
	jobs->work = work;
	jobs->done = done;
	jobs->idle = idle;
	jobs->ctx = ctx;
	if (threads <= 1) {
		*out = jobs;
		return ANGKA_OK;
	}
	jobs->window = threads * JOBS_WINDOW_PER_THREAD;
	jobs->ring = calloc(jobs->window, sizeof *jobs->ring);
	jobs->workers = calloc(threads, sizeof *jobs->workers);
	if (jobs->ring == NULL || jobs->workers == NULL) {
		free(jobs->ring);
		free(jobs->workers);
		free(jobs);
		return angka_error_set(err, ANGKA_ENOMEM, "out of memory starting workers");
	}
	pthread_mutex_init(&jobs->lock, NULL);
	pthread_cond_init(&jobs->work_ready, NULL);
	pthread_cond_init(&jobs->work_done, NULL);
	for (size_t i = 0; i < threads; i++) {
		jobs->workers[i] = (job_worker){jobs, i, 0};
		int rc = pthread_create(&jobs->workers[i].thread, NULL, worker_main,
		                        &jobs->workers[i]);
		if (rc != 0) {
			/* Fewer workers than asked for still do the work. */
			if (i == 0) {
				angka_jobs_free(jobs);
				return angka_error_set(err, ANGKA_ENOMEM,
				                       "cannot start a worker thread");
			}
			break;
		}
		jobs->n_threads = i + 1;
	}
	*out = jobs;
	return ANGKA_OK;
}

/* Deliver the oldest item if it is finished; wait for it when wait is
 * set (finishing: from angka_jobs_finish, no item will come meanwhile).
 * Returns whether one was delivered. Called with the lock held; done and
 * idle run without it. */
static bool deliver_one(angka_jobs *jobs, bool wait, bool finishing)
{
	if (jobs->delivered == jobs->submitted)
		return false;
	job_slot *slot = &jobs->ring[jobs->delivered % jobs->window];
	if (!slot->finished && !wait)
		return false;
	if (!slot->finished && jobs->idle) {
		bool draining = finishing && jobs->taken == jobs->submitted;
		pthread_mutex_unlock(&jobs->lock);
		jobs->idle(jobs->ctx, draining);
		pthread_mutex_lock(&jobs->lock);
	}
	while (!slot->finished)
		pthread_cond_wait(&jobs->work_done, &jobs->lock);
	void *item = slot->item;
	slot->item = NULL;
	slot->finished = false;
	jobs->delivered++;
	pthread_mutex_unlock(&jobs->lock);
	jobs->done(item, jobs->ctx);
	pthread_mutex_lock(&jobs->lock);
	return true;
}

void angka_jobs_submit(angka_jobs *jobs, void *item)
{
	if (jobs->n_threads == 0) {
		jobs->work(item, 0, jobs->ctx);
		jobs->done(item, jobs->ctx);
		return;
	}
	pthread_mutex_lock(&jobs->lock);
	while (deliver_one(jobs, false, false))
		;
	while (jobs->submitted - jobs->delivered == jobs->window)
		deliver_one(jobs, true, false);
	job_slot *slot = &jobs->ring[jobs->submitted % jobs->window];
	slot->item = item;
	slot->finished = false;
	jobs->submitted++;
	pthread_cond_signal(&jobs->work_ready);
	pthread_mutex_unlock(&jobs->lock);
}

void angka_jobs_finish(angka_jobs *jobs)
{
	if (jobs == NULL || jobs->n_threads == 0)
		return;
	pthread_mutex_lock(&jobs->lock);
	while (deliver_one(jobs, true, true))
		;
	pthread_mutex_unlock(&jobs->lock);
}

void angka_jobs_free(angka_jobs *jobs)
{
	if (jobs == NULL)
		return;
	if (jobs->workers != NULL) {
		angka_jobs_finish(jobs);
		pthread_mutex_lock(&jobs->lock);
		jobs->stopping = true;
		pthread_cond_broadcast(&jobs->work_ready);
		pthread_mutex_unlock(&jobs->lock);
		for (size_t i = 0; i < jobs->n_threads; i++)
			pthread_join(jobs->workers[i].thread, NULL);
		pthread_mutex_destroy(&jobs->lock);
		pthread_cond_destroy(&jobs->work_ready);
		pthread_cond_destroy(&jobs->work_done);
	}
	free(jobs->workers);
	free(jobs->ring);
	free(jobs);
}
