import { storage } from 'wxt/utils/storage';

/**
 * The posts the background could not save (issue 11: once `storage.local` was full, every later
 * post failed to save for good, and nobody was told). The background adds a post's id when storing
 * it failed and removes it when a retry of the same post was stored; the popup reads the list and
 * says how many posts are missing from the counts. Kept in `storage.session` where there is one
 * (its own quota: a full `storage.local` cannot stop this small note), else in `storage.local`.
 * Only ids, never text; at most MAX_IDS (the oldest go first).
 */
export const MAX_IDS = 100;
const NAME = 'post-save-failures';

export interface SaveFailures {
  add(id: string): Promise<void>;
  clear(id: string): Promise<void>;
}

type Area = 'session' | 'local';

function key(area: Area): `${Area}:${string}` {
  return `${area}:${NAME}`;
}

function readIds(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(-MAX_IDS) : [];
}

/** The list in `area`; `clear` writes only when the id is listed, so a normal post costs one read. */
export function storageSaveFailures(area: Area): SaveFailures {
  return {
    async add(id) {
      const ids = readIds(await storage.getItem<unknown>(key(area)));
      if (ids.includes(id)) return;
      await storage.setItem(key(area), [...ids, id].slice(-MAX_IDS));
    },
    async clear(id) {
      const ids = readIds(await storage.getItem<unknown>(key(area)));
      if (!ids.includes(id)) return;
      const rest = ids.filter((x) => x !== id);
      if (rest.length === 0) await storage.removeItem(key(area));
      else await storage.setItem(key(area), rest);
    },
  };
}

/** How many posts could not be saved, from whichever area holds the list; for the popup. */
export async function unsavedPosts(): Promise<number> {
  let total = 0;
  for (const area of ['session', 'local'] as const) {
    try {
      total += readIds(await storage.getItem<unknown>(key(area))).length;
    } catch {
      // No storage.session in this browser.
    }
  }
  return total;
}

/** Calls `cb` with the count whenever either list changes. */
export function watchUnsavedPosts(cb: (count: number) => void): () => void {
  const unwatch: Array<() => void> = [];
  for (const area of ['session', 'local'] as const) {
    try {
      unwatch.push(storage.watch<unknown>(key(area), () => void unsavedPosts().then(cb)));
    } catch {
      // No storage.session in this browser.
    }
  }
  return () => {
    for (const u of unwatch) u();
  };
}
