import { accountKey, isPlatform, pageAccount } from '../core';
import { SCORE_KEYS, type ScoreKey } from '../scoring/types';
import { storedBytes, storedJsonBytes } from './bytes';
import { startOfLastDays } from './day';
import { POST_LOG_VERSION, type PostEvent, type PostKind, type PostLog } from './types';

/**
 * The post log as data: what goes in (one event per confirmed post, reply or thread), how long
 * it stays, and how large it may grow. Pure; the background's PostStore (./store.ts) is the only
 * code that writes it to storage.
 *
 * Policy:
 * - Retention: the last 90 local calendar days, today included; whole days, so an export never
 *   starts in the middle of a day. Pruned on every write.
 * - Size: `storage.local` holds 10 MB (QUOTA_BYTES = 10,485,760 in Chromium 150, read in
 *   tests/e2e/quota.spec.ts) without `unlimitedStorage`, counted in UTF-8 bytes of each
 *   value's JSON plus its key (./bytes.ts). It holds the settings (at most 1 MB, and one backup of
 *   unreadable settings), this log and one backup slot for an unreadable log. So the log is kept
 *   under 3.5 MB and 20,000 events, the backup slot under the same 3.5 MB (lib/storage/post-log.ts):
 *   1 + 1 + 3.5 + 3.5 = 9 MB, 1.5 MB of headroom. An event without text is about 160 bytes, so the
 *   event cap is what binds for counters (~220 events a day for 90 days); kept drafts are what
 *   binds otherwise (a 25,000-character CJK draft is 75 KB). Over a cap, the drafts of the oldest
 *   events are dropped first (their counts stay), then the oldest events. Today's counters are the
 *   last to go.
 * - A kept draft is at most 25,000 characters (X's longest post); longer text is cut there.
 */
export const RETENTION_DAYS = 90;
export const MAX_EVENTS = 20_000;
export const MAX_LOG_BYTES = 3_500_000;
/** The storage key the log is kept under (lib/storage/post-log.ts); its length counts against the quota. */
export const POST_LOG_KEY = 'post-log';
export const MAX_TEXT_CHARS = 25_000;
const MAX_ACCOUNT_CHARS = 200;
const MAX_ID_CHARS = 100;

const KINDS: readonly PostKind[] = ['post', 'reply', 'thread'];

export function emptyPostLog(): PostLog {
  return { version: POST_LOG_VERSION, events: [] };
}

/** Posts and threads use the budget; replies and comments never do. */
export function isBroadcast(kind: PostKind): boolean {
  return kind !== 'reply';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isKind(v: unknown): v is PostKind {
  return typeof v === 'string' && (KINDS as readonly string[]).includes(v);
}

/** The three scores clamped to 0–100, or null unless all three are finite numbers (stored and replicated events). */
export function cleanScores(v: unknown): Record<ScoreKey, number> | null {
  if (!isRecord(v)) return null;
  const out: Partial<Record<ScoreKey, number>> = {};
  for (const k of SCORE_KEYS) {
    const n = v[k];
    if (typeof n !== 'number' || !Number.isFinite(n)) return null;
    out[k] = Math.min(100, Math.max(0, n));
  }
  return out as Record<ScoreKey, number>;
}

export interface PrepareOptions {
  /** The user's opt-in (`Settings.keepDraftText`); without it the text is never stored. */
  keepText: boolean;
  now: number;
}

/**
 * The event as it will be stored, built field by field from what a content script sent (extra
 * fields are not copied): the account normalized (`''` unless it has the site's account shape),
 * the time no later than `now` (a confirmation
 * cannot come from the future, and a future time would count for tomorrow), scores clamped to
 * 0–100, the text only with the opt-in. Null when the event cannot be stored (unknown site, bad id).
 */
export function prepareEvent(event: PostEvent, { keepText, now }: PrepareOptions): PostEvent | null {
  if (!isPlatform(event.site) || !isKind(event.kind)) return null;
  if (typeof event.id !== 'string' || event.id.length === 0 || event.id.length > MAX_ID_CHARS) return null;
  if (typeof event.at !== 'number' || !Number.isFinite(event.at)) return null;
  if (typeof event.account !== 'string' || event.account.length > MAX_ACCOUNT_CHARS) return null;
  const account = pageAccount(event.site, event.account);
  const out: PostEvent = {
    id: event.id,
    at: Math.min(Math.round(event.at), now),
    site: event.site,
    account,
    kind: event.kind,
    scores: cleanScores(event.scores),
  };
  const name = displayName(event.account, account);
  if (name !== undefined) out.displayName = name;
  if (keepText && typeof event.text === 'string' && event.text.trim() !== '')
    out.text = event.text.slice(0, MAX_TEXT_CHARS);
  return out;
}

/**
 * The account as the site showed it (`Alex Doe`, `@AcmeCoffee`), for display (issue 12: the UI
 * showed "alex doe"): what the page sent, trimmed and with inner whitespace collapsed, only for an
 * account that has its site's shape (so never markup), and only when it says more than the key.
 */
export function displayName(shown: string, account: string): string | undefined {
  if (account === '') return undefined;
  const name = shown.trim().replace(/\s+/g, ' ');
  return name === '' || name === account ? undefined : name;
}

/** A stored event, checked as strictly as on the way in. */
function readStoredEvent(v: unknown): PostEvent | null {
  if (!isRecord(v)) return null;
  if (typeof v.id !== 'string' || v.id.length === 0 || v.id.length > MAX_ID_CHARS) return null;
  if (typeof v.at !== 'number' || !Number.isFinite(v.at)) return null;
  if (!isPlatform(v.site) || !isKind(v.kind)) return null;
  if (typeof v.account !== 'string' || v.account.length > MAX_ACCOUNT_CHARS) return null;
  if (v.text !== undefined && typeof v.text !== 'string') return null;
  if (v.scores !== null && cleanScores(v.scores) === null) return null;
  const out: PostEvent = {
    id: v.id,
    at: v.at,
    site: v.site,
    // Stored events are normalized already; normalizing again costs little and keeps hand-edited
    // or older entries countable.
    account: accountKey(v.site, v.account),
    kind: v.kind,
    scores: cleanScores(v.scores),
  };
  // Checked again, so a hand-edited log cannot show a name for an account it does not name; a bad
  // name is left out, never the event (its count matters more than its label).
  const name =
    typeof v.displayName === 'string' && v.displayName.length <= MAX_ACCOUNT_CHARS
      ? displayName(v.displayName, out.account)
      : undefined;
  if (name !== undefined && accountKey(v.site, name) === out.account) out.displayName = name;
  if (typeof v.text === 'string') out.text = v.text.slice(0, MAX_TEXT_CHARS);
  // Team sync (issue 13): who posted an event pulled from the team's database.
  if (typeof v.member === 'string' && v.member !== '') out.member = v.member.slice(0, 80);
  return out;
}

export interface ParsedPostLog {
  log: PostLog;
  /** Why the stored value could not be used at all (then `log` is empty), else null. */
  problem: string | null;
  /** Events that were unreadable or repeated ids, left out of `log`. */
  dropped: number;
}

/** How far in the future a stored time may be (clock changes between devices, time zones). */
const FUTURE_SLACK_MS = 86_400_000;

/**
 * Reads a stored value (already migrated to the current version): nothing stored is an empty
 * log; a value that is not a post log is a problem; single unreadable events are dropped and
 * counted, so one bad entry never costs the rest. A time before 1970 or more than a day after
 * `now` is unreadable (`at: 1e300` made the CSV export throw: issue 11; no Date holds it). Times
 * before the retention period are valid and go with the next write's pruning (the worker also
 * prunes when it starts). Never throws.
 */
export function parsePostLog(raw: unknown, now: number = Date.now()): ParsedPostLog {
  if (raw === undefined || raw === null) return { log: emptyPostLog(), problem: null, dropped: 0 };
  if (!isRecord(raw) || !Array.isArray(raw.events))
    return { log: emptyPostLog(), problem: 'is not a post log', dropped: 0 };
  if (raw.version !== POST_LOG_VERSION)
    return {
      log: emptyPostLog(),
      problem: `has version ${String(raw.version)}; this Steady reads version ${POST_LOG_VERSION}`,
      dropped: 0,
    };
  const seen = new Set<string>();
  const events: PostEvent[] = [];
  let dropped = 0;
  for (const item of raw.events) {
    const event = readStoredEvent(item);
    if (!event || seen.has(event.id) || event.at < 0 || event.at > now + FUTURE_SLACK_MS) {
      dropped++;
      continue;
    }
    seen.add(event.id);
    events.push(event);
  }
  return { log: { version: POST_LOG_VERSION, events: sortByTime(events) }, problem: null, dropped };
}

function sortByTime(events: PostEvent[]): PostEvent[] {
  for (let i = 1; i < events.length; i++) {
    const prev = events[i - 1];
    const cur = events[i];
    if (prev && cur && cur.at < prev.at) return [...events].sort((a, b) => a.at - b.at);
  }
  return events;
}

export interface AppendResult {
  log: PostLog;
  /** Ids that were new. */
  added: string[];
  /** Ids that were already in the log (a retry after a lost reply): ignored. */
  duplicates: string[];
}

/**
 * Adds events whose id is not in the log yet (the first event with an id wins), keeps the log
 * ordered by time, then prunes it (retention and caps, see the policy at the top). Returns a new
 * log; the input is not changed.
 */
export function appendEvents(log: PostLog, incoming: readonly PostEvent[], now: number): AppendResult {
  const ids = new Set(log.events.map((e) => e.id));
  const events = [...log.events];
  const added: string[] = [];
  const duplicates: string[] = [];
  for (const event of incoming) {
    if (ids.has(event.id)) {
      duplicates.push(event.id);
      continue;
    }
    ids.add(event.id);
    events.push(event);
    added.push(event.id);
  }
  return { log: pruneLog({ version: POST_LOG_VERSION, events: sortByTime(events) }, now), added, duplicates };
}

/** The bytes an event costs in the stored log (one comma included), as Chrome counts them. */
function eventBytes(e: PostEvent): number {
  return storedJsonBytes(JSON.stringify(e)) + 1;
}

/**
 * Applies the retention and the caps. Returns the same object when nothing had to go, so a
 * caller can tell cheaply that nothing changed.
 */
export function pruneLog(
  log: PostLog,
  now: number,
  caps = { events: MAX_EVENTS, bytes: MAX_LOG_BYTES },
): PostLog {
  const oldest = startOfLastDays(RETENTION_DAYS, now);
  let events = log.events.filter((e) => e.at >= oldest);
  if (events.length > caps.events) events = events.slice(events.length - caps.events);
  const overhead = POST_LOG_KEY.length + storedJsonBytes(JSON.stringify(emptyPostLog()));
  let total = overhead + events.reduce((sum, e) => sum + eventBytes(e), 0);
  if (total > caps.bytes) {
    events = [...events];
    // Oldest drafts first: the counters of those events stay.
    for (let i = 0; i < events.length && total > caps.bytes; i++) {
      const e = events[i];
      if (e?.text === undefined) continue;
      const { text: _text, ...rest } = e;
      total -= eventBytes(e) - eventBytes(rest);
      events[i] = rest;
    }
    // Then the oldest events.
    let cut = 0;
    while (cut < events.length && total > caps.bytes) {
      const e = events[cut];
      if (e) total -= eventBytes(e);
      cut++;
    }
    if (cut > 0) events = events.slice(cut);
  }
  if (events.length === log.events.length && events.every((e, i) => e === log.events[i])) return log;
  return { version: POST_LOG_VERSION, events };
}

/**
 * What goes into the one backup slot for a stored log that could not be read in full, within
 * `maxBytes` (stored under `key`): the value as it was when it fits; for a larger value with an
 * `events` list, the value with as many of its last events as fit (marked `truncatedBackup`);
 * else null (too large and not a post log: nothing worth the space). A backup never grows the
 * footprint past its slot, so it can never be what makes the next write fail.
 */
export function fitBackup(raw: unknown, key: string, maxBytes: number): unknown {
  if (storedBytes(key, raw) <= maxBytes) return raw;
  if (!isRecord(raw) || !Array.isArray(raw.events)) return null;
  const events: unknown[] = raw.events;
  const shell = { ...raw, events: [], truncatedBackup: true };
  let total = storedBytes(key, shell);
  let first = events.length;
  while (first > 0) {
    const size = storedJsonBytes(JSON.stringify(events[first - 1]) ?? 'null') + 1;
    if (total + size > maxBytes) break;
    total += size;
    first--;
  }
  return { ...shell, events: events.slice(first) };
}
