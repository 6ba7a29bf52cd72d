/* Unit tests for the worker threads: every item delivered once, in
 * submission order, whatever the threads and however long each item
 * takes; at most a window in flight. */
#define _POSIX_C_SOURCE 200809L

#include <criterion/criterion.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "angka/jobs.h"

typedef struct item {
	size_t index;
	size_t squared;
} item;

typedef struct run {
	size_t next; /* the index done should see next */
	size_t idle_calls;
	bool finishing; /* the test is in angka_jobs_finish */
	atomic_size_t in_work;
	atomic_size_t max_in_work;
} run;

static void work(void *p, size_t worker, void *ctx)
{
	item *it = p;
	run *r = ctx;
	(void)worker;
	size_t now = atomic_fetch_add(&r->in_work, 1) + 1;
	size_t max = atomic_load(&r->max_in_work);
	while (now > max && !atomic_compare_exchange_weak(&r->max_in_work, &max, now))
		;
	/* Uneven work: later items often finish first. */
	struct timespec ts = {0, (long)((it->index * 7919) % 13) * 20000};
	nanosleep(&ts, NULL);
	it->squared = it->index * it->index;
	atomic_fetch_sub(&r->in_work, 1);
}

static void done(void *p, void *ctx)
{
	item *it = p;
	run *r = ctx;
	cr_assert_eq(it->index, r->next, "delivered %zu, expected %zu", it->index, r->next);
	cr_assert_eq(it->squared, it->index * it->index);
	r->next++;
	free(it);
}

static void idle(void *ctx, bool draining)
{
	run *r = ctx;
	r->idle_calls++;
	cr_assert(!draining || r->finishing, "draining while items are still submitted");
}

static void run_with(size_t threads, size_t n)
{
	angka_jobs *jobs = NULL;
	angka_error err = {0, ""};
	run r = {0, 0, false, 0, 0};
	cr_assert_eq(angka_jobs_new(&jobs, threads, work, done, idle, &r, &err), ANGKA_OK);
	for (size_t i = 0; i < n; i++) {
		item *it = calloc(1, sizeof *it);
		cr_assert_not_null(it);
		it->index = i;
		angka_jobs_submit(jobs, it);
	}
	r.finishing = true;
	angka_jobs_finish(jobs);
	cr_assert_eq(r.next, n, "%zu of %zu delivered", r.next, n);
	cr_assert_leq(atomic_load(&r.max_in_work), threads > 1 ? threads : 1);
	angka_jobs_free(jobs);
}

Test(jobs, inline_without_threads)
{
	run_with(1, 100);
}

Test(jobs, in_order_with_threads)
{
	run_with(2, 500);
	run_with(4, 500);
}

Test(jobs, free_delivers_what_is_left)
{
	angka_jobs *jobs = NULL;
	run r = {0, 0, false, 0, 0};
	cr_assert_eq(angka_jobs_new(&jobs, 3, work, done, NULL, &r, NULL), ANGKA_OK);
	for (size_t i = 0; i < 10; i++) {
		item *it = calloc(1, sizeof *it);
		it->index = i;
		angka_jobs_submit(jobs, it);
	}
	angka_jobs_free(jobs);
	cr_assert_eq(r.next, 10);
	angka_jobs_free(NULL);
}

/* The last item: its work holds on until the writer, waiting for it, is
 * told the workers are draining. */
typedef struct last_item {
	atomic_bool started;
	atomic_bool released;
	bool told_draining;
} last_item;

static void hold_work(void *p, size_t worker, void *ctx)
{
	last_item *last = ctx;
	(void)p;
	(void)worker;
	atomic_store(&last->started, true);
	while (!atomic_load(&last->released)) {
		struct timespec ts = {0, 100000};
		nanosleep(&ts, NULL);
	}
}

static void drop_item(void *p, void *ctx)
{
	(void)p;
	(void)ctx;
}

static void release_when_draining(void *ctx, bool draining)
{
	last_item *last = ctx;
	if (draining) {
		last->told_draining = true;
		atomic_store(&last->released, true);
	}
}

Test(jobs, finish_tells_idle_when_every_item_is_with_a_worker)
{
	angka_jobs *jobs = NULL;
	last_item last = {false, false, false};
	int the_item = 0;
	cr_assert_eq(
	        angka_jobs_new(&jobs, 2, hold_work, drop_item, release_when_draining, &last, NULL),
	        ANGKA_OK);
	angka_jobs_submit(jobs, &the_item);
	while (!atomic_load(&last.started)) {
		struct timespec ts = {0, 100000};
		nanosleep(&ts, NULL);
	}
	angka_jobs_finish(jobs); /* returns only once released */
	cr_assert(last.told_draining);
	angka_jobs_free(jobs);
}

Test(jobs, default_threads)
{
	cr_assert_geq(angka_jobs_default_threads(), 1);
}
