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

static void idle(void *ctx)
{
	((run *)ctx)->idle_calls++;
}

static void run_with(size_t threads, size_t n)
{
	angka_jobs *jobs = NULL;
	angka_error err = {0, ""};
	run r = {0, 0, 0, 0};
	cr_assert_eq(angka_jobs_new(&jobs, threads, work, done, idle, &r, &err), ANGKA_OK);
	for (size_t i = 0; i < n; i++) {
		item *it = calloc(1, sizeof *it);
		cr_assert_not_null(it);
		it->index = i;
		angka_jobs_submit(jobs, it);
	}
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
	run r = {0, 0, 0, 0};
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

Test(jobs, default_threads)
{
	cr_assert_geq(angka_jobs_default_threads(), 1);
}
