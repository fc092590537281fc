import { startOfLastDays } from '../budget/day';
import { RETENTION_DAYS } from '../budget/log';
import type { PostStore } from '../budget/store';
import type { PostEvent } from '../budget/types';
import { brandOfAccount, type Platform } from '../core';
import type { Brand, Settings, TeamConfig } from '../settings/types';
import { databaseUrl, localDatabaseName, teamBrands } from '../team/config';
import type { StoredDoc, TeamDb } from '../team/db';
import {
  BRAND_DOC_ID,
  type BrandDoc,
  brandFingerprint,
  brandOfDoc,
  docToEvent,
  eventToDoc,
  POST_PREFIX,
  type SharedBrand,
  sharedBrand,
} from '../team/docs';
import { type BrandSyncState, classifyError, emptySyncState, type SyncProblem } from '../team/state';

/**
 * Team sync in the background (issue 13): per brand with sync on, a PouchDB database in the extension that
 * replicates with the team's CouchDB database, and whose post documents are merged into the post log the
 * counters read. Everything it touches comes in `TeamDeps`, so Node tests run it on in-memory PouchDB
 * databases (two of them replicating are two members) and entrypoints/background.ts wires it to IndexedDB,
 * fetch and `storage.local`.
 *
 * Why one-shot replication, not `live`: an MV3 service worker is stopped after ~30 s without events, which
 * kills a live replication's long-poll without telling it. Each round is a one-shot push then pull, run on
 * every wake-up (the worker's start), after each recorded post, on an alarm tick, on "sync now", and before a
 * budget answer whose pull is older than PULL_FRESH_MS while a composer is open. Nothing of a round lives
 * only in memory: the documents are in IndexedDB before a push starts, PouchDB keeps its replication
 * checkpoints in `_local` documents on both sides, and which changes were merged into the post log is a
 * `_local` document too. A round cut off by the worker stopping starts over from the checkpoints; the post
 * log ignores an id it has (lib/budget/store.ts), so nothing is lost or counted twice.
 */

/**
 * A budget answer pulls first when the last pull is older than this. Below the content script's 5-second
 * tick (entrypoints/content/coach.ts), so every tick pulls: with 5 s, a pull that ended 4.x s before the next
 * tick made that tick skip it, and a post from another browser took up to ~10 s to show (measured 8.6 s).
 */
export const PULL_FRESH_MS = 3_000;

export interface TeamCredential {
  username: string;
  password: string;
}

/** Per brand id. Kept in `storage.local` only (lib/storage/team-credentials.ts), never in settings or exports. */
export type TeamCredentials = Record<string, TeamCredential>;

export interface TeamDeps {
  settings: () => Promise<Settings>;
  store: PostStore;
  credentials: () => Promise<TeamCredentials>;
  /** Whether the browser granted the server's origin (the options page asks). */
  hasPermission: (origin: string) => Promise<boolean>;
  /** The brand's database inside the extension. */
  openLocal: (name: string) => TeamDb;
  /** The team's database on the server, signed in as the member. */
  openRemote: (url: string, credential: TeamCredential) => TeamDb;
  /**
   * Whether the server accepts the name and password (`POST /_session`): true, false, or undefined when it
   * cannot say (offline). Tells "wrong password" from "not a member" after a 401/403.
   */
  checkSession: (server: string, credential: TeamCredential) => Promise<boolean | undefined>;
  /** Saves the team's version of a brand; 'invalid' when it does not validate (then nothing is saved). */
  applyBrand: (brandId: string, shared: Record<string, unknown>) => Promise<'applied' | 'invalid'>;
  /** Stores the brand's state for the popup and options page. */
  saveState: (state: BrandSyncState) => Promise<void>;
  /** After new events were merged into the post log (badges). */
  merged?: (events: PostEvent[]) => void;
  now?: () => number;
}

/** What a round keeps in the local database, in a `_local` document (never replicated). */
interface Meta {
  _id: '_local/steady-sync';
  _rev?: string;
  /** Every change of the local database up to here is in the post log. */
  mergedSeq: number | string;
  /** The local database's changes up to here are on the server. */
  pushedSeq: number | string;
  /** The shared brand as last agreed with the team: a local brand that differs from it was edited here. */
  base: string | null;
  /** The post log's events of the brand were copied in once when sync was first turned on. */
  backfilled: boolean;
}

const META_ID = '_local/steady-sync';

/** One version of the brand document, for the options page's conflict view. */
export interface BrandVersion {
  rev: string;
  brand: SharedBrand | Record<string, unknown>;
  editedBy: string;
  editedAt: number;
  /** The version PouchDB picked as the winner (shown first); the others are the conflicting ones. */
  winner: boolean;
}

type TeamBrand = Brand & { team: TeamConfig };

export class TeamSync {
  readonly #deps: TeamDeps;
  readonly #now: () => number;
  readonly #local = new Map<string, TeamDb>();
  /** The round in flight per brand, and whether another was asked for while it ran. */
  readonly #rounds = new Map<string, { running: Promise<BrandSyncState>; again: boolean }>();
  readonly #states = new Map<string, BrandSyncState>();

  constructor(deps: TeamDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  #db(brand: TeamBrand): TeamDb {
    const name = localDatabaseName(brand.id, brand.team);
    let db = this.#local.get(name);
    if (!db) {
      db = this.#deps.openLocal(name);
      this.#local.set(name, db);
    }
    return db;
  }

  /** The last state of a brand in this worker's life (the stored one is read by the popup). */
  state(brandId: string): BrandSyncState | undefined {
    return this.#states.get(brandId);
  }

  /** A round for every brand with sync on (wake-up, alarm, "sync now" without a brand). */
  async syncAll(): Promise<BrandSyncState[]> {
    const settings = await this.#deps.settings();
    return Promise.all(teamBrands(settings).map((b) => this.sync(b.id)));
  }

  /**
   * A round for one brand: push, then pull, then merge. A round asked for while one runs is run once after
   * it (so a post recorded mid-round is pushed), and every caller gets the state at the end.
   */
  sync(brandId: string): Promise<BrandSyncState> {
    const current = this.#rounds.get(brandId);
    if (current) {
      current.again = true;
      return current.running;
    }
    const entry = { running: Promise.resolve(emptySyncState(brandId)), again: false };
    entry.running = (async () => {
      let state: BrandSyncState;
      do {
        entry.again = false;
        state = await this.#round(brandId);
      } while (entry.again);
      this.#rounds.delete(brandId);
      return state;
    })();
    this.#rounds.set(brandId, entry);
    return entry.running;
  }

  /**
   * Before a budget answer for an account of a synced brand: a pull when the last one is older than
   * PULL_FRESH_MS, so a post made in another browser counts here within seconds while a composer is open.
   */
  async freshen(site: Platform, account: string): Promise<void> {
    const settings = await this.#deps.settings();
    const brand = brandOfAccount(settings, site, account);
    if (!brand?.team?.enabled) return;
    const last = this.#states.get(brand.id)?.lastPullAt ?? null;
    if (last !== null && this.#now() - last < PULL_FRESH_MS) return;
    await this.sync(brand.id);
  }

  /** Whether the account's brand syncs (the content script then asks for its budget more often). */
  async syncs(site: Platform, account: string): Promise<boolean> {
    const brand = brandOfAccount(await this.#deps.settings(), site, account);
    return brand?.team?.enabled === true;
  }

  /**
   * After a post was recorded: its document goes into the brand's local database at once (durable before
   * any network), then a round pushes it. Without sync for the account's brand, nothing happens.
   */
  async recorded(event: PostEvent): Promise<void> {
    const settings = await this.#deps.settings();
    const brand = brandOfAccount(settings, event.site, event.account);
    if (!brand?.team?.enabled) return;
    const teamBrand = brand as TeamBrand;
    const member = memberOf(await this.#deps.credentials(), brand.id);
    await putMissing(this.#db(teamBrand), [
      eventToDoc(event, { member, shareText: teamBrand.team.shareText }),
    ]);
    await this.sync(brand.id);
  }

  async #round(brandId: string): Promise<BrandSyncState> {
    const settings = await this.#deps.settings();
    const brand = teamBrands(settings).find((b) => b.id === brandId);
    if (!brand) return emptySyncState(brandId);
    const previous = this.#states.get(brandId) ?? emptySyncState(brandId);
    const state: BrandSyncState = { ...previous, problem: null };
    delete state.detail;
    const db = this.#db(brand);
    const meta = await readMeta(db);
    const credential = (await this.#deps.credentials())[brandId];
    const member = credential?.username ?? '';

    try {
      // Local first: the brand's posts and its edited settings are in the local database before any request.
      if (!meta.backfilled) {
        const log = await this.#deps.store.read();
        const mine = log.events.filter((e) => brandOfAccount(settings, e.site, e.account)?.id === brandId);
        await putMissing(
          db,
          mine.map((e) => eventToDoc(e, { member, shareText: brand.team.shareText })),
        );
        meta.backfilled = true;
      }
      // A member who never agreed on the brand with the team (just joined) pulls first: see #joinTeamBrand.
      if (meta.base !== null) await this.#putLocalBrand(db, brand, meta, member);

      if (!credential) return await this.#finish(state, db, meta, { problem: 'no-credentials' });
      if (!(await this.#deps.hasPermission(brand.team.server)))
        return await this.#finish(state, db, meta, { problem: 'no-permission' });

      const remote = this.#deps.openRemote(databaseUrl(brand.team), credential);
      try {
        const pushed = await db.replicate.to(remote, { batch_size: 2000 });
        meta.pushedSeq = pushed.last_seq;
        const pulled = await db.replicate.from(remote, { batch_size: 2000, batches_limit: 5 });
        if (pulled.errors.length > 0) throw pulled.errors[0];
        state.lastPullAt = this.#now();
        await this.#merge(db, meta, settings);
        const pulledSeq = (await db.info()).update_seq;
        if (meta.base === null) await this.#joinTeamBrand(db, brand, meta, member);
        const brandProblem = await this.#takeTeamBrand(db, brand, meta, state);
        // What the brand step wrote (a joining member's version, merged duplicates) goes out now.
        if ((await db.info()).update_seq !== pulledSeq) await db.replicate.to(remote, { batch_size: 2000 });
        // Everything local up to here is on the server now (what came in with the pull is the server's).
        meta.pushedSeq = (await db.info()).update_seq;
        state.lastSyncAt = this.#now();
        return await this.#finish(state, db, meta, brandProblem ? { problem: brandProblem } : {});
      } catch (err) {
        const e = err as { status?: number };
        const signedIn =
          e.status === 401 || e.status === 403
            ? await this.#deps.checkSession(brand.team.server, credential).catch(() => undefined)
            : undefined;
        // Whatever did come in is merged all the same.
        await this.#merge(db, meta, settings);
        return await this.#finish(state, db, meta, classifyError(err, signedIn));
      } finally {
        void remote.close().catch(() => undefined);
      }
    } catch (err) {
      // The local database itself failed (IndexedDB): say so, keep everything as it is.
      return await this.#finish(state, db, meta, { problem: 'server', detail: String(err).slice(0, 300) });
    }
  }

  async #finish(
    state: BrandSyncState,
    db: TeamDb,
    meta: Meta,
    outcome: { problem?: SyncProblem; detail?: string },
  ): Promise<BrandSyncState> {
    state.problem = outcome.problem ?? null;
    if (outcome.detail !== undefined) state.detail = outcome.detail;
    state.waiting = await countWaiting(
      db,
      meta.pushedSeq,
      memberOf(await this.#deps.credentials(), state.brandId),
    ).catch(() => state.waiting);
    await writeMeta(db, meta).catch(() => undefined);
    this.#states.set(state.brandId, state);
    await this.#deps.saveState(state).catch(() => undefined);
    return state;
  }

  /** The local database's post documents since the last merge, into the post log (which ignores known ids). */
  async #merge(db: TeamDb, meta: Meta, settings: Settings): Promise<void> {
    const changes = await db.changes({ since: meta.mergedSeq, include_docs: true });
    const now = this.#now();
    // The log keeps 90 days (lib/budget/log.ts); older team posts stay in the team database only.
    const oldest = startOfLastDays(RETENTION_DAYS, now);
    const events: PostEvent[] = [];
    for (const change of changes.results) {
      if (!change.id.startsWith(POST_PREFIX)) continue;
      const event = docToEvent(change.doc, { keepText: settings.keepDraftText, now });
      if (event && event.at >= oldest) events.push(event);
    }
    if (events.length > 0) {
      const outcomes = await Promise.all(events.map((e) => this.#deps.store.append(e)));
      const added = events.filter((_, i) => outcomes[i]?.added);
      if (added.length > 0) this.#deps.merged?.(added);
    }
    meta.mergedSeq = changes.last_seq;
  }

  /** A brand edited here since the last agreement becomes a new version of the brand document. */
  async #putLocalBrand(db: TeamDb, brand: TeamBrand, meta: Meta, member: string): Promise<void> {
    const shared = sharedBrand(brand);
    const fingerprint = brandFingerprint(shared);
    if (fingerprint === meta.base) return;
    const existing = await getOrNull(db, BRAND_DOC_ID);
    const current = brandOfDoc(existing);
    if (current && brandFingerprint(current.brand) === fingerprint) {
      meta.base = fingerprint;
      return;
    }
    const doc: BrandDoc = {
      _id: BRAND_DOC_ID,
      type: 'brand',
      brand: shared,
      editedBy: member,
      editedAt: this.#now(),
    };
    if (existing?._rev) doc._rev = existing._rev;
    await db.put(doc);
    // `base` stays the last agreed version until a round sees this one win without a conflict.
  }

  /**
   * The first round of a member (no agreed brand yet), after the pull: without a team brand, this one
   * becomes it; the same brand as the team's is agreed at once; a different one is added as a *conflicting*
   * version (a sibling of the team's, `new_edits: false`), so neither the team's brand nor the newcomer's is
   * lost: the options page shows both.
   */
  async #joinTeamBrand(db: TeamDb, brand: TeamBrand, meta: Meta, member: string): Promise<void> {
    const shared = sharedBrand(brand);
    const fingerprint = brandFingerprint(shared);
    const existing = await getOrNull(db, BRAND_DOC_ID);
    const team = brandOfDoc(existing);
    const doc: BrandDoc = {
      _id: BRAND_DOC_ID,
      type: 'brand',
      brand: shared,
      editedBy: member,
      editedAt: this.#now(),
    };
    if (!existing || !team) {
      if (existing?._rev) doc._rev = existing._rev;
      await db.put(doc);
    } else if (brandFingerprint(team.brand) !== fingerprint) {
      await db.bulkDocs([{ ...doc, _rev: `1-${randomHex()}` }], { new_edits: false });
    }
    meta.base = fingerprint;
  }

  /**
   * After a pull: the team's brand document. Conflicting versions with the same content are merged away
   * (two members who set the brand up alike); real conflicts are left for the person to resolve and the
   * local brand stays as it is; a new version from the team is applied when it validates.
   */
  async #takeTeamBrand(
    db: TeamDb,
    brand: TeamBrand,
    meta: Meta,
    state: BrandSyncState,
  ): Promise<SyncProblem | null> {
    const doc = await getOrNull(db, BRAND_DOC_ID, { conflicts: true });
    const winner = brandOfDoc(doc);
    if (!doc || !winner) {
      state.conflict = false;
      return null;
    }
    const winnerPrint = brandFingerprint(winner.brand);
    let open = false;
    // Versions with the same content (two members who set the brand up alike) are merged away; any other
    // pair is two edits made without seeing each other: the person chooses (never silently lost).
    for (const rev of doc._conflicts ?? []) {
      const other = brandOfDoc(await db.get(BRAND_DOC_ID, { rev }).catch(() => null));
      if (other && brandFingerprint(other.brand) === winnerPrint) await db.remove(BRAND_DOC_ID, rev);
      else open = true;
    }
    state.conflict = open;
    if (open) return null;
    if (winnerPrint === brandFingerprint(sharedBrand(brand))) {
      meta.base = winnerPrint;
      return null;
    }
    const applied = await this.#deps.applyBrand(brand.id, winner.brand);
    if (applied === 'invalid') return 'invalid-brand';
    meta.base = winnerPrint;
    return null;
  }

  /** Every version of the brand document, the winner first (empty when there is no conflict). */
  async versions(brandId: string): Promise<BrandVersion[]> {
    const brand = teamBrands(await this.#deps.settings()).find((b) => b.id === brandId);
    if (!brand) return [];
    const db = this.#db(brand);
    const doc = await getOrNull(db, BRAND_DOC_ID, { conflicts: true });
    const conflicts = (doc as { _conflicts?: string[] } | null)?._conflicts ?? [];
    if (!doc?._rev || conflicts.length === 0) return [];
    const out: BrandVersion[] = [];
    for (const [i, rev] of [doc._rev, ...conflicts].entries()) {
      const version = brandOfDoc(i === 0 ? doc : await db.get(BRAND_DOC_ID, { rev }).catch(() => null));
      if (version) out.push({ rev, ...version, winner: i === 0 });
    }
    return out;
  }

  /**
   * The person's choice in a conflict: `rev` names the version to keep (or `brand` is their merge). It is
   * written on top of the winning version and every other version is deleted, so the choice replicates and
   * every member's conflict closes. Then a round applies and pushes it.
   */
  async resolve(
    brandId: string,
    choice: { rev: string } | { brand: Record<string, unknown> },
  ): Promise<BrandSyncState | null> {
    const brand = teamBrands(await this.#deps.settings()).find((b) => b.id === brandId);
    if (!brand) return null;
    const db = this.#db(brand);
    const doc = await getOrNull(db, BRAND_DOC_ID, { conflicts: true });
    if (!doc?._rev) return null;
    const conflicts = (doc as { _conflicts?: string[] })._conflicts ?? [];
    let chosen: Record<string, unknown> | null = null;
    if ('rev' in choice) {
      if (choice.rev !== doc._rev && !conflicts.includes(choice.rev)) return null;
      chosen = brandOfDoc(await db.get(BRAND_DOC_ID, { rev: choice.rev }).catch(() => null))?.brand ?? null;
    } else chosen = choice.brand;
    if (!chosen) return null;
    const member = (await this.#deps.credentials())[brandId]?.username ?? '';
    // The choice must be a brand this Steady can use before it goes to the team.
    if ((await this.#deps.applyBrand(brandId, chosen)) === 'invalid') return null;
    await db.put({
      _id: BRAND_DOC_ID,
      _rev: doc._rev,
      type: 'brand',
      brand: chosen,
      editedBy: member,
      editedAt: this.#now(),
    });
    for (const rev of conflicts) await db.remove(BRAND_DOC_ID, rev).catch(() => undefined);
    const meta = await readMeta(db);
    meta.base = brandFingerprint(chosen);
    await writeMeta(db, meta);
    return this.sync(brandId);
  }
}

async function getOrNull(
  db: TeamDb,
  id: string,
  options: { rev?: string; conflicts?: boolean } = {},
): Promise<StoredDoc | null> {
  try {
    return await db.get(id, options);
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

async function readMeta(db: TeamDb): Promise<Meta> {
  const stored = (await getOrNull(db, META_ID)) as Partial<Meta> | null;
  const seq = (v: unknown): number | string => (typeof v === 'number' || typeof v === 'string' ? v : 0);
  const meta: Meta = {
    _id: META_ID,
    mergedSeq: seq(stored?.mergedSeq),
    pushedSeq: seq(stored?.pushedSeq),
    base: typeof stored?.base === 'string' ? stored.base : null,
    backfilled: stored?.backfilled === true,
  };
  if (typeof stored?._rev === 'string') meta._rev = stored._rev;
  return meta;
}

async function writeMeta(db: TeamDb, meta: Meta): Promise<void> {
  const result = await db.put(meta);
  meta._rev = result.rev;
}

/** Puts documents whose id the database does not have yet (a post document never changes once written). */
async function putMissing(db: TeamDb, docs: Array<{ _id: string }>): Promise<void> {
  if (docs.length === 0) return;
  const known = await db.allDocs({ keys: docs.map((d) => d._id) });
  const have = new Set(
    known.rows.filter((r) => 'value' in r && r.value && !r.value.deleted).map((r) => r.id),
  );
  const missing = docs.filter((d) => !have.has(d._id));
  if (missing.length > 0) await db.bulkDocs(missing);
}

function memberOf(credentials: TeamCredentials, brandId: string): string {
  return credentials[brandId]?.username ?? '';
}

/**
 * This browser's post documents the server does not have yet: local changes after the last push that this
 * member wrote (a pull that failed half-way also leaves other members' documents after that point).
 */
async function countWaiting(db: TeamDb, pushedSeq: number | string, member: string): Promise<number> {
  const changes = await db.changes({ since: pushedSeq, include_docs: true });
  return changes.results.filter((c) => {
    if (!c.id.startsWith(POST_PREFIX)) return false;
    const who = (c.doc as { member?: unknown } | undefined)?.member;
    return who === undefined || who === member;
  }).length;
}
