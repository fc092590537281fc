import { appendEvents, pruneLog } from './log';
import type { PostEvent, PostLog } from './types';

/**
 * The single writer of the post log. The background owns one PostStore; content scripts in any
 * number of tabs send it their events, and it appends them so that nothing is lost or counted
 * twice:
 *
 * - One queue. Every read-modify-write runs after the previous one has finished, so two appends
 *   can never read the same log and overwrite each other. Appends that arrive while a write is in
 *   flight are batched into the next write (five tabs posting at once cost one or two writes).
 * - Durable before "ok". `append` resolves only after `set()` has resolved, i.e. the log with the
 *   event is in storage; the background answers the content script only then. If the service
 *   worker dies before that, the content script gets no answer and sends the event again.
 * - Idempotent by id. Each write re-reads the stored log and skips ids it already has, so a retry
 *   after a lost answer, or after a write that failed but did land, is counted once.
 * - Retries, then rejects. A failing `get()` or `set()` is retried with backoff; when it keeps
 *   failing, the batch's appends reject and the senders retry later. Nothing in memory matters:
 *   the queue only holds events whose senders are still waiting for their answer.
 * - No timeouts on storage. A write given up on could still land after a newer one and undo it;
 *   a stalled queue is recovered by the worker's restart and the senders' retries instead.
 *
 * Pure apart from the injected functions (no browser APIs), so Node tests can make storage slow,
 * failing or lossy.
 */
export interface PostStoreIO {
  /** The stored log, read and checked. Rejects when storage cannot be read: nothing is written then. */
  get(): Promise<PostLog>;
  /** Stores the whole log; resolves once it is durably stored. */
  set(log: PostLog): Promise<void>;
}

export interface PostStoreOptions {
  now?: () => number;
  /** Tries of one batch before its appends reject. */
  attempts?: number;
  /** The first pause between tries; doubled after each. */
  retryDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface AppendOutcome {
  /** False when the id was already stored (or came twice in one batch): nothing was added. */
  added: boolean;
}

interface Pending {
  event: PostEvent;
  resolve: (outcome: AppendOutcome) => void;
  reject: (err: unknown) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PostStore {
  readonly #io: PostStoreIO;
  readonly #now: () => number;
  readonly #attempts: number;
  readonly #retryDelayMs: number;
  readonly #sleep: (ms: number) => Promise<void>;
  /** The tail of the queue: every operation starts after it and becomes the new tail. */
  #queue: Promise<void> = Promise.resolve();
  #pending: Pending[] = [];
  #flushQueued = false;
  /**
   * The log as last read or written by this store, for `read()` only (writes always re-read storage).
   * Reading `storage.local` costs ~100 ms for a 5,000-event log on the 2-core test machine (measured for
   * issue 13: the popup summary and the 5-second budget rounds of a synced brand read it); the single
   * writer knows what it wrote. `invalidate()` drops it when storage changed behind the store's back.
   */
  #cache: PostLog | null = null;

  constructor(io: PostStoreIO, options: PostStoreOptions = {}) {
    this.#io = io;
    this.#now = options.now ?? Date.now;
    this.#attempts = Math.max(1, options.attempts ?? 4);
    this.#retryDelayMs = options.retryDelayMs ?? 100;
    this.#sleep = options.sleep ?? defaultSleep;
  }

  /** Appends one event (already prepared: see `prepareEvent`); resolves once it is stored. */
  append(event: PostEvent): Promise<AppendOutcome> {
    return new Promise<AppendOutcome>((resolve, reject) => {
      this.#pending.push({ event, resolve, reject });
      if (this.#flushQueued) return;
      this.#flushQueued = true;
      this.#enqueue(() => this.#flush());
    });
  }

  /** The stored log after every write queued so far (a status read right after a post sees it). */
  read(): Promise<PostLog> {
    return this.#enqueue(async () => {
      if (this.#cache) return this.#cache;
      const log = await this.#io.get();
      this.#cache = log;
      return log;
    });
  }

  /** Forgets the cached log (storage changed elsewhere); the next `read()` reads storage. */
  invalidate(): void {
    this.#cache = null;
  }

  /** Applies retention and caps without an event, e.g. when the worker starts; writes only on change. */
  prune(): Promise<void> {
    return this.#enqueue(() =>
      this.#retrying(async () => {
        const current = await this.#io.get();
        const pruned = pruneLog(current, this.#now());
        this.#cache = null;
        if (pruned !== current) await this.#io.set(pruned);
        this.#cache = pruned;
      }),
    );
  }

  #enqueue<T>(op: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(op);
    // The next operation waits for this one whether it succeeded or not.
    this.#queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  async #retrying<T>(op: () => Promise<T>): Promise<T> {
    let delay = this.#retryDelayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await op();
      } catch (err) {
        if (attempt >= this.#attempts) throw err;
        await this.#sleep(delay);
        delay *= 2;
      }
    }
  }

  async #flush(): Promise<void> {
    // Appends from now on go into the next batch.
    this.#flushQueued = false;
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0) return;
    // Ids this batch added, over all tries: a try whose set() failed but landed anyway makes the
    // next try see its events as already stored, and they are still this batch's additions.
    const added = new Set<string>();
    try {
      await this.#retrying(async () => {
        const current = await this.#io.get();
        const result = appendEvents(
          current,
          batch.map((p) => p.event),
          this.#now(),
        );
        for (const id of result.added) added.add(id);
        this.#cache = null;
        if (result.added.length > 0 || result.log.events.length !== current.events.length)
          await this.#io.set(result.log);
        this.#cache = result.log;
      });
      for (const p of batch) {
        // The same id twice in one batch: only the first was added.
        const isNew = added.delete(p.event.id);
        p.resolve({ added: isNew });
      }
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}
