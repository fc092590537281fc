import { describe, expect, it } from 'vitest';
import { emptyPostLog } from './log';
import { PostStore } from './store';
import { event } from './testing';
import type { PostLog } from './types';

const NOW = Date.parse('2024-05-15T12:00:00Z');

/** Storage that counts its reads, and that someone else can write behind the store's back. */
function countingStorage() {
  let stored: PostLog = emptyPostLog();
  const io = {
    reads: 0,
    async get() {
      io.reads++;
      return structuredClone(stored);
    },
    async set(log: PostLog) {
      stored = structuredClone(log);
    },
    replace(log: PostLog) {
      stored = structuredClone(log);
    },
  };
  return io;
}

describe('the post store’s read cache (issue 13: storage.local reads cost ~100 ms for 5,000 events)', () => {
  it('answers reads from what it read or wrote last, and from storage again after invalidate()', async () => {
    const io = countingStorage();
    const store = new PostStore(io, { now: () => NOW });
    await store.read();
    await store.read();
    expect(io.reads).toBe(1);
    await store.append(event(NOW - 1000, { id: 'a' }));
    const readsAfterWrite = io.reads;
    expect((await store.read()).events.map((e) => e.id)).toEqual(['a']);
    expect(io.reads).toBe(readsAfterWrite);
    // Someone else wrote the log: stale until invalidated, then read from storage.
    io.replace({ ...emptyPostLog(), events: [event(NOW - 500, { id: 'b' })] });
    store.invalidate();
    expect((await store.read()).events.map((e) => e.id)).toEqual(['b']);
  });

  it('a write that failed leaves no cached log that storage does not have', async () => {
    const io = countingStorage();
    let fail = true;
    const store = new PostStore(
      {
        get: () => io.get(),
        async set(log) {
          if (fail) throw new Error('full');
          await io.set(log);
        },
      },
      { now: () => NOW, attempts: 1 },
    );
    await expect(store.append(event(NOW - 1000, { id: 'a' }))).rejects.toThrow('full');
    expect((await store.read()).events).toEqual([]);
    fail = false;
    await store.append(event(NOW - 1000, { id: 'a' }));
    expect((await store.read()).events.map((e) => e.id)).toEqual(['a']);
  });
});
