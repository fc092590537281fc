import { storage } from 'wxt/utils/storage';
import { emptyPostLog, fitBackup, MAX_LOG_BYTES, parsePostLog } from '../budget/log';
import { POST_LOG_MIGRATIONS } from '../budget/migrations';
import { PostStore, type PostStoreOptions } from '../budget/store';
import { POST_LOG_VERSION, type PostLog } from '../budget/types';

/**
 * The post log in `storage.local` (kept across browser restarts; never synced: it is this
 * browser's record of what it saw published). The background's PostStore is its only writer;
 * the popup and options page read it (components/budget-data.ts reads the same key).
 *
 * Stored data is never trusted: it can be corrupt, hand-edited, or from a newer Steady after a
 * downgrade. A value that is not a readable log, or that has unreadable events, is copied to
 * CORRUPT_BACKUP_KEY before anything is written over it, so no bad write or downgrade loses data.
 * That is one slot, capped like the log (MAX_LOG_BYTES, `fitBackup`), so a backup cannot double
 * the footprint past `storage.local`'s quota (issue 11).
 */
export const postLogItem = storage.defineItem<PostLog>('local:post-log', {
  fallback: emptyPostLog(),
  version: POST_LOG_VERSION,
  migrations: POST_LOG_MIGRATIONS,
});

export const CORRUPT_BACKUP_KEY = 'local:post-log-corrupt-backup';

export interface LoadedPostLog {
  log: PostLog;
  /** Why the stored log could not be used in full (then `log` has what could be read), else null. */
  problem: string | null;
}

/**
 * The stored log for the single writer: the readable events of what is stored. Rejects when
 * storage cannot be read, or when an unreadable value cannot be backed up, because the writer
 * would otherwise write a fresh log over data it never saw.
 */
export async function readPostLogForWrite(): Promise<PostLog> {
  const raw: unknown = await postLogItem.getValue();
  const parsed = parsePostLog(raw);
  if (parsed.problem !== null || parsed.dropped > 0) {
    const backup = fitBackup(raw, CORRUPT_BACKUP_KEY.replace(/^local:/, ''), MAX_LOG_BYTES);
    if (backup !== null) await storage.setItem(CORRUPT_BACKUP_KEY, backup);
  }
  return parsed.log;
}

/** The stored log, for display; never throws (an unreadable log reads as what could be read). */
export async function loadPostLog(): Promise<LoadedPostLog> {
  let raw: unknown;
  try {
    raw = await postLogItem.getValue();
  } catch (err) {
    return { log: emptyPostLog(), problem: `could not be read: ${errorText(err)}` };
  }
  const parsed = parsePostLog(raw);
  if (parsed.problem !== null) return { log: parsed.log, problem: parsed.problem };
  if (parsed.dropped > 0)
    return { log: parsed.log, problem: `${parsed.dropped} unreadable events were left out` };
  return { log: parsed.log, problem: null };
}

/** Writes the whole log; resolves once `storage.local` has it. */
export async function writePostLog(log: PostLog): Promise<void> {
  await postLogItem.setValue(log);
  // After a downgrade the meta still names the newer version; what was written is this version.
  await postLogItem.setMeta({ v: POST_LOG_VERSION });
}

/** The background's single writer, on `storage.local`. */
export function createPostStore(options: PostStoreOptions = {}): PostStore {
  return new PostStore({ get: readPostLogForWrite, set: writePostLog }, options);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
