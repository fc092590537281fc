import { describe, expect, it } from 'vitest';
import { storedBytes, storedJsonBytes } from './bytes';
import { emptyPostLog, fitBackup, MAX_LOG_BYTES, MAX_TEXT_CHARS, POST_LOG_KEY, prepareEvent } from './log';
import { PostStore } from './store';
import type { PostEvent, PostLog } from './types';

process.env.TZ = 'Europe/Amsterdam';

const NOW = Date.parse('2024-05-15T12:00:00+02:00');
/** Chrome's storage.local quota without unlimitedStorage (QUOTA_BYTES, read in Chromium 150). */
const QUOTA_BYTES = 10_485_760;
/**
 * What else the quota holds at worst: the settings at their cap and their backup (1 MB each), and
 * the log's own backup slot at its cap (lib/storage/post-log.ts).
 */
const OTHERS = 2 * 1_000_000 + MAX_LOG_BYTES;

/** A kept CJK draft at the longest a kept draft may be (X's limit): 3 UTF-8 bytes per character. */
const CJK_DRAFT = '新しい季節のメニューができました。皆さんはどれを最初に試しますか？'
  .repeat(1_000)
  .slice(0, MAX_TEXT_CHARS);

describe('storedJsonBytes', () => {
  it('counts UTF-8 bytes as Chrome stores them', () => {
    expect(storedJsonBytes('"abc"')).toBe(5);
    expect(storedJsonBytes('"é"')).toBe(4);
    expect(storedJsonBytes('"新"')).toBe(5);
    expect(storedJsonBytes('"😀"')).toBe(6);
    // base::JSONWriter escapes "<" and the line separators: 6 bytes each.
    expect(storedJsonBytes('"<\u2028"')).toBe(14);
    expect(storedBytes('post-log', { a: '新' })).toBe(8 + '{"a":""}'.length + 3);
    // Numbers as base::JSONWriter writes them (getBytesInUse in Chromium 150): 32-bit integers as
    // they are, other doubles with ".0" or in exponent form from 1e12 ("1.765012345678e+12").
    expect(storedJsonBytes('1')).toBe(1);
    expect(storedJsonBytes('-5')).toBe(2);
    expect(storedJsonBytes('1.5')).toBe(3);
    expect(storedJsonBytes('2147483648')).toBe(12);
    expect(storedJsonBytes('1765012345678')).toBe(18);
    expect(storedJsonBytes('{"at":1765012345678,"s":"1765012345678"}')).toBe(
      '{"at":,"s":"1765012345678"}'.length + 18,
    );
    expect(storedJsonBytes('"a\\"b"')).toBe(6);
  });
});

describe('the post log under the storage quota', () => {
  it(
    'caps a log of CJK drafts by bytes, dropping the oldest drafts first and keeping every count',
    {
      timeout: 60_000,
    },
    async () => {
      let stored: PostLog = emptyPostLog();
      let failures = 0;
      const store = new PostStore(
        {
          async get() {
            return stored;
          },
          // What Chrome does: a write that would exceed the quota fails, and nothing changes.
          async set(log) {
            if (OTHERS + storedBytes(POST_LOG_KEY, log) > QUOTA_BYTES) {
              failures++;
              throw new Error('QUOTA_BYTES quota exceeded');
            }
            stored = structuredClone(log);
          },
        },
        { now: () => NOW, attempts: 1, sleep: () => Promise.resolve() },
      );
      // 100 posts with kept 25,000-character drafts: 7.5 MB of UTF-8, 2.5 million UTF-16 units (under
      // the old 4-million-unit cap, so nothing was pruned and the writes failed once over the quota).
      for (let i = 0; i < 100; i++) {
        const sent: PostEvent = {
          id: `p${i}`,
          at: NOW - (100 - i) * 60_000,
          site: 'x',
          account: 'acme',
          kind: 'post',
          scores: null,
          text: CJK_DRAFT,
        };
        const prepared = prepareEvent(sent, { keepText: true, now: NOW });
        if (!prepared) throw new Error('not storable');
        await store.append(prepared);
      }
      expect(failures).toBe(0);
      expect(stored.events).toHaveLength(100);
      expect(storedBytes(POST_LOG_KEY, stored)).toBeLessThanOrEqual(MAX_LOG_BYTES);
      // The newest drafts are kept, the oldest went first.
      const kept = stored.events.map((e) => e.text !== undefined);
      expect(kept.at(-1)).toBe(true);
      expect(kept.indexOf(true)).toBeGreaterThan(0);
      expect(kept.slice(kept.indexOf(true)).every(Boolean)).toBe(true);
    },
  );
});

describe('the backup slot', () => {
  const KEY = 'post-log-corrupt-backup';
  const unreadable = (n: number) => ({
    version: 2,
    events: Array.from({ length: n }, (_, i) => ({ id: `f${i}`, at: NOW - i, text: CJK_DRAFT })),
  });

  it('keeps a value that fits as it is', () => {
    const raw = unreadable(2);
    expect(fitBackup(raw, KEY, MAX_LOG_BYTES)).toBe(raw);
  });

  it('keeps the last events of a larger log within the slot, and nothing of larger garbage', () => {
    const raw = unreadable(100); // 7.5 MB of CJK
    const backup = fitBackup(raw, KEY, MAX_LOG_BYTES) as {
      events: Array<{ id: string }>;
      truncatedBackup: boolean;
    };
    expect(storedBytes(KEY, backup)).toBeLessThanOrEqual(MAX_LOG_BYTES);
    expect(backup.truncatedBackup).toBe(true);
    expect(backup.events.length).toBeGreaterThan(40);
    expect(backup.events.at(-1)?.id).toBe('f99');
    expect(fitBackup('x'.repeat(MAX_LOG_BYTES), KEY, MAX_LOG_BYTES)).toBeNull();
  });
});
