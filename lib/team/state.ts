/**
 * A brand's team sync state and how it reads (issue 13: "synced 2 min ago", "offline, 3 posts waiting",
 * "sign-in failed: wrong password"). Pure: the background keeps the state (lib/background/team.ts), the
 * popup and options page render `describeSyncState` with i18n keys of the `team` section.
 */

/** Why the last round did not finish. */
export type SyncProblem =
  /** No answer from the server (network down, server stopped, blocked). */
  | 'offline'
  /** The server refused the user name or password (`_session` says so). */
  | 'wrong-password'
  /** Signed in, but not a member of this database (`_security`): CouchDB's 403, pouchdb-server's 401. */
  | 'not-member'
  /** The database does not exist on the server. */
  | 'no-database'
  /** The browser has not granted the server's origin (the options page asks on a click). */
  | 'no-permission'
  /** No user name and password saved for the brand. */
  | 'no-credentials'
  /** The team's brand settings could not be used (invalid for this Steady); the local brand is kept. */
  | 'invalid-brand'
  /** Anything else the server answered (its reason is in `detail`). */
  | 'server';

export const SYNC_PROBLEMS: readonly SyncProblem[] = [
  'offline',
  'wrong-password',
  'not-member',
  'no-database',
  'no-permission',
  'no-credentials',
  'invalid-brand',
  'server',
];

export interface BrandSyncState {
  brandId: string;
  /** The end of the last round that pushed and pulled everything; null: never. */
  lastSyncAt: number | null;
  /** The end of the last pull (what "is the budget fresh" asks). */
  lastPullAt: number | null;
  problem: SyncProblem | null;
  /** The server's own words for `server` problems (English, from CouchDB), for the options page. */
  detail?: string;
  /** This browser's posts of the brand that the server does not have yet. */
  waiting: number;
  /** The brand document has conflicting versions: the options page shows them. */
  conflict: boolean;
}

export function emptySyncState(brandId: string): BrandSyncState {
  return { brandId, lastSyncAt: null, lastPullAt: null, problem: null, waiting: 0, conflict: false };
}

/** An i18n key of the `team` section and its `$1`… arguments. */
export interface Words {
  key: string;
  args: string[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How long ago, in the coarsest unit that still says something. */
function ago(ms: number): Words {
  if (ms < MINUTE) return { key: 'team.synced_now', args: [] };
  if (ms < HOUR) return { key: 'team.synced_minutes', args: [String(Math.floor(ms / MINUTE))] };
  if (ms < 48 * HOUR) return { key: 'team.synced_hours', args: [String(Math.floor(ms / HOUR))] };
  return { key: 'team.synced_days', args: [String(Math.floor(ms / (24 * HOUR)))] };
}

/**
 * The state in words. A problem wins over the time of the last sync (it is what the person has to act on);
 * posts waiting are named whenever there are any, since they are not yet in the other members' counters.
 */
export function describeSyncState(state: BrandSyncState, now: number): Words {
  const waiting = String(state.waiting);
  switch (state.problem) {
    case 'offline':
      return state.waiting > 0
        ? { key: 'team.offline_waiting', args: [waiting] }
        : { key: 'team.offline', args: [] };
    case 'wrong-password':
      return { key: 'team.wrong_password', args: [] };
    case 'not-member':
      return { key: 'team.not_member', args: [] };
    case 'no-database':
      return { key: 'team.no_database', args: [] };
    case 'no-permission':
      return { key: 'team.no_permission', args: [] };
    case 'no-credentials':
      return { key: 'team.no_credentials', args: [] };
    case 'invalid-brand':
      return { key: 'team.invalid_brand', args: [] };
    case 'server':
      return { key: 'team.server_error', args: [state.detail ?? ''] };
    case null:
      break;
  }
  if (state.conflict) return { key: 'team.conflict', args: [] };
  if (state.lastSyncAt === null) return { key: 'team.never', args: [] };
  const words = ago(Math.max(0, now - state.lastSyncAt));
  if (state.waiting > 0) return { key: `${words.key}_waiting`, args: [...words.args, waiting] };
  return words;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function timeOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A state read from storage or a message; null when it is not one. */
export function parseSyncState(v: unknown): BrandSyncState | null {
  if (!isRecord(v) || typeof v.brandId !== 'string') return null;
  const problem = SYNC_PROBLEMS.find((p) => p === v.problem) ?? null;
  if (v.problem !== null && problem === null) return null;
  const state: BrandSyncState = {
    brandId: v.brandId,
    lastSyncAt: timeOrNull(v.lastSyncAt),
    lastPullAt: timeOrNull(v.lastPullAt),
    problem,
    waiting: typeof v.waiting === 'number' && Number.isInteger(v.waiting) && v.waiting >= 0 ? v.waiting : 0,
    conflict: v.conflict === true,
  };
  if (typeof v.detail === 'string') state.detail = v.detail.slice(0, 300);
  return state;
}

/**
 * What a failed request means, from PouchDB's error (`status`, `name`, `reason`/`message`). A 401 or 403
 * from the database is "wrong password" or "not a member": CouchDB 3 answers 401 for bad credentials and
 * 403 for a user outside `_security`, pouchdb-server answers 401 for both, so the caller asks `_session`
 * which one it is (`signedIn`). No status at all is a network failure ("Failed to fetch").
 */
export function classifyError(err: unknown, signedIn?: boolean): { problem: SyncProblem; detail?: string } {
  const e = isRecord(err) ? err : {};
  const status = typeof e.status === 'number' ? e.status : undefined;
  const reason =
    typeof e.reason === 'string' ? e.reason : typeof e.message === 'string' ? e.message : String(err);
  if (status === undefined || status === 0 || status === 502 || status === 503 || status === 504)
    return { problem: 'offline' };
  if (status === 401 || status === 403) {
    if (signedIn === false) return { problem: 'wrong-password' };
    if (signedIn === true || status === 403) return { problem: 'not-member' };
    return { problem: 'wrong-password' };
  }
  if (status === 404) return { problem: 'no-database' };
  return { problem: 'server', detail: `${status} ${reason}`.slice(0, 300) };
}
