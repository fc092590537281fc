import { describe, expect, it } from 'vitest';
import { appendEvents, emptyPostLog, parsePostLog } from './log';
import { type AppendOutcome, PostStore, type PostStoreIO } from './store';
import { event } from './testing';
import type { PostEvent, PostLog } from './types';

process.env.TZ = 'Europe/Amsterdam';

const NOW = Date.parse('2024-05-15T12:00:00+02:00');
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const jitter = (max: number) => sleep(Math.floor(Math.random() * (max + 1)));

/**
 * storage.local as far as the store can tell: values are copied in and out (as JSON), reads and
 * writes take a random time, and writes can be made to fail, to fail after landing (the answer
 * lost), or to never answer (the worker killed mid-write).
 */
class FakeStorage implements PostStoreIO {
  stored: string | undefined;
  gets = 0;
  sets = 0;
  maxDelayMs = 3;
  failGets = 0;
  failSets = 0;
  /** Writes that land but then reject, like a reply lost after the write. */
  landThenFail = 0;
  /** Writes that land (or not) and never settle. */
  hang: 'no' | 'before-landing' | 'after-landing' = 'no';

  async get(): Promise<PostLog> {
    this.gets++;
    await jitter(this.maxDelayMs);
    if (this.failGets > 0) {
      this.failGets--;
      throw new Error('storage read failed');
    }
    return parsePostLog(this.stored === undefined ? undefined : JSON.parse(this.stored)).log;
  }

  async set(log: PostLog): Promise<void> {
    this.sets++;
    await jitter(this.maxDelayMs);
    if (this.failSets > 0) {
      this.failSets--;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    if (this.hang === 'before-landing') return new Promise<void>(() => undefined);
    this.stored = JSON.stringify(log);
    if (this.hang === 'after-landing') return new Promise<void>(() => undefined);
    if (this.landThenFail > 0) {
      this.landThenFail--;
      throw new Error('the answer was lost');
    }
  }

  events(): PostEvent[] {
    return this.stored === undefined ? [] : (JSON.parse(this.stored) as PostLog).events;
  }
}

function storeOn(storage: PostStoreIO, attempts = 4): PostStore {
  return new PostStore(storage, {
    now: () => NOW,
    attempts,
    retryDelayMs: 1,
    sleep: () => Promise.resolve(),
  });
}

/** `tabs` tabs each posting `posts` times, with random pauses, without waiting for each other. */
async function postFromTabs(store: PostStore, tabs: number, posts: number): Promise<AppendOutcome[]> {
  const sent: Promise<AppendOutcome>[] = [];
  await Promise.all(
    Array.from({ length: tabs }, async (_, tab) => {
      for (let i = 0; i < posts; i++) {
        await jitter(2);
        sent.push(store.append(event(NOW - 1000, { id: `tab${tab}-post${i}`, account: `acct${tab}` })));
      }
    }),
  );
  return Promise.all(sent);
}

describe('PostStore', () => {
  it('loses appends without the queue: the fake storage does race (control)', async () => {
    const storage = new FakeStorage();
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const log = await storage.get();
        await storage.set(appendEvents(log, [event(NOW, { id: `naive${i}` })], NOW).log);
      }),
    );
    expect(storage.events().length).toBeLessThan(20);
  });

  it('stores exactly 100 events from 5 tabs posting 20 times each, concurrently', async () => {
    const storage = new FakeStorage();
    const outcomes = await postFromTabs(storeOn(storage), 5, 20);
    expect(outcomes.every((o) => o.added)).toBe(true);
    const events = storage.events();
    expect(events).toHaveLength(100);
    expect(new Set(events.map((e) => e.id)).size).toBe(100);
    // Appends that arrive during a write share the next one.
    expect(storage.sets).toBeLessThan(100);
  });

  it('answers only once the event is stored', async () => {
    const storage = new FakeStorage();
    storage.maxDelayMs = 10;
    const store = storeOn(storage);
    const e = event(NOW, { id: 'durable' });
    await store.append(e);
    expect(storage.events().map((x) => x.id)).toEqual(['durable']);
  });

  it('stores an event sent twice once (a retry after a lost answer), in one batch or later', async () => {
    const storage = new FakeStorage();
    const store = storeOn(storage);
    const e = event(NOW, { id: 'twice' });
    const [first, second] = await Promise.all([store.append(e), store.append({ ...e })]);
    expect([first.added, second.added]).toEqual([true, false]);
    expect(await store.append({ ...e })).toEqual({ added: false });
    expect(storage.events()).toHaveLength(1);
  });

  it('retries a failing write and loses nothing', async () => {
    const storage = new FakeStorage();
    storage.failSets = 2;
    storage.failGets = 1;
    const outcomes = await postFromTabs(storeOn(storage), 2, 5);
    expect(outcomes.every((o) => o.added)).toBe(true);
    expect(storage.events()).toHaveLength(10);
  });

  it('counts once a write that landed but whose answer was lost', async () => {
    const storage = new FakeStorage();
    storage.landThenFail = 1;
    const store = storeOn(storage);
    expect(await store.append(event(NOW, { id: 'landed' }))).toEqual({ added: true });
    expect(storage.events().map((e) => e.id)).toEqual(['landed']);
  });

  it('rejects when storage keeps failing, keeps working afterwards, and the retry counts once', async () => {
    const storage = new FakeStorage();
    storage.failSets = 3;
    const store = storeOn(storage, 3);
    const e = event(NOW, { id: 'retry-me' });
    await expect(store.append(e)).rejects.toThrow('quota');
    expect(storage.events()).toEqual([]);
    // The content script got { ok: false } and sends the same event again.
    expect(await store.append(e)).toEqual({ added: true });
    expect(await store.append(event(NOW, { id: 'next' }))).toEqual({ added: true });
    expect(storage.events().map((x) => x.id)).toEqual(['retry-me', 'next']);
  });

  it('loses nothing when the worker dies in the middle of a write, before or after it lands', async () => {
    for (const hang of ['before-landing', 'after-landing'] as const) {
      const storage = new FakeStorage();
      const before = storeOn(storage);
      await postFromTabs(before, 5, 4); // 20 answered
      storage.hang = hang;
      const lost = Array.from({ length: 5 }, (_, i) => event(NOW, { id: `in-flight-${i}` }));
      // Sent, never answered: the worker is killed while storage.set is in flight.
      for (const e of lost) void before.append(e);
      await sleep(20);
      storage.hang = 'no';
      // A new worker, a new store on the same storage; the tabs resend what was not answered.
      const after = storeOn(storage);
      const outcomes = await Promise.all(lost.map((e) => after.append(e)));
      expect(outcomes.map((o) => o.added)).toEqual(Array(5).fill(hang === 'before-landing'));
      await postFromTabs(after, 5, 4);
      const ids = storage.events().map((e) => e.id);
      expect(ids).toHaveLength(25);
      expect(new Set(ids).size).toBe(25);
    }
  });

  it('reads the log after the writes queued before the read', async () => {
    const storage = new FakeStorage();
    const store = storeOn(storage);
    void store.append(event(NOW, { id: 'a' }));
    void store.append(event(NOW, { id: 'b' }));
    expect((await store.read()).events.map((e) => e.id).sort()).toEqual(['a', 'b']);
  });

  it('prunes old events on every write, and on prune() only when something is old', async () => {
    const storage = new FakeStorage();
    const old = event(NOW - 100 * 86_400_000, { id: 'old' });
    storage.stored = JSON.stringify({ ...emptyPostLog(), events: [old] });
    const store = storeOn(storage);
    await store.prune();
    expect(storage.events()).toEqual([]);
    const sets = storage.sets;
    await store.prune();
    expect(storage.sets).toBe(sets);
    storage.stored = JSON.stringify({ ...emptyPostLog(), events: [old] });
    await store.append(event(NOW, { id: 'new' }));
    expect(storage.events().map((e) => e.id)).toEqual(['new']);
  });

  it('does not write when every event of a batch was a duplicate', async () => {
    const storage = new FakeStorage();
    const store = storeOn(storage);
    const e = event(NOW, { id: 'only' });
    await store.append(e);
    const sets = storage.sets;
    await store.append(e);
    expect(storage.sets).toBe(sets);
  });
});
