/**
 * Independent heavy work (drawing charts) on every core: a few worker
 * threads, each running one module that answers tasks (serveTasks), handed
 * tasks in the order they come. Results are whatever the task computes, so
 * the same task gives the same result on any thread (tests/unit/chart-cache.test.ts).
 *
 * A worker holds the process open only while it has work: an idle pool
 * never keeps a finished build from exiting, and a pending task never lets
 * it exit early.
 */

import os from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

interface Request<T> {
  readonly id: number;
  readonly task: T;
}
type Reply<R> = { readonly id: number; readonly result: R } | { readonly id: number; readonly error: string };

/** How many workers to start: BUILD_WORKERS when set (1 or more), else one per core the process may use. */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.BUILD_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.max(1, os.availableParallelism());
}

interface Slot {
  readonly worker: Worker;
  busy: number;
}

export class WorkerPool<T, R> {
  private readonly slots: Slot[];
  private readonly waiting = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void; slot: Slot }>();
  private next = 0;
  private closed = false;

  /** `file` is a module that calls serveTasks; it is loaded by Node itself (not bundled), once per worker. */
  constructor(file: URL, size = poolSize()) {
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(file), busy: 0 };
      slot.worker.unref();
      slot.worker.on('message', (reply: Reply<R>) => this.settle(reply));
      slot.worker.on('error', (error) => this.fail(slot, error));
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs a task on the least busy worker. */
  run(task: T): Promise<R> {
    if (this.closed) return Promise.reject(new Error('The worker pool is closed'));
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = ++this.next;
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise<R>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, task } satisfies Request<T>);
    });
  }

  /** Stops every worker; tasks still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    for (const [id, waiter] of this.waiting) {
      this.waiting.delete(id);
      waiter.reject(new Error('The worker pool closed before the task finished'));
    }
  }

  private settle(reply: Reply<R>): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (--waiter.slot.busy === 0) waiter.slot.worker.unref();
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.result);
  }

  /** A worker that died takes its tasks with it: they fail, and the pool carries on with the others. */
  private fail(slot: Slot, error: Error): void {
    for (const [id, waiter] of this.waiting) {
      if (waiter.slot !== slot) continue;
      this.waiting.delete(id);
      waiter.reject(error);
    }
    const index = this.slots.indexOf(slot);
    if (index >= 0 && this.slots.length > 1) this.slots.splice(index, 1);
    else this.closed = true;
  }
}

/** In a worker's module: answers each task with `handle`'s result, or its error's stack. */
export function serveTasks<T, R>(handle: (task: T) => Promise<R> | R): void {
  if (!parentPort) throw new Error('serveTasks runs in a worker thread');
  const port = parentPort;
  port.on('message', async ({ id, task }: Request<T>) => {
    try {
      port.postMessage({ id, result: await handle(task) } satisfies Reply<R>);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
