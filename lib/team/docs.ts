import { cleanScores, MAX_TEXT_CHARS } from '../budget/log';
import type { PostEvent, PostKind } from '../budget/types';
import { accountKey, isPlatform } from '../core';
import type { Brand } from '../settings/types';

/**
 * What replicates, as CouchDB documents (issue 13, "What replicates"). Pure.
 *
 * - One document per post event, `_id` = `post:` + the event id. Events are immutable and their ids unique
 *   (made by the content script with crypto.randomUUID), so two members never write the same document:
 *   replication is conflict-free by construction, and writing an event twice (a retry, a worker restarted
 *   mid-push) is the same document again. The prefix keeps ids away from CouchDB's reserved `_` and from the
 *   brand document.
 * - One document for the brand's settings, `_id` = `brand`: accounts, budgets, rules (what a member edits in
 *   the options page). Concurrent edits become CouchDB conflicts, which the options page shows and resolves.
 *
 * Everything read back is checked as strictly as what a content script sends: another member's browser (or
 * anyone with write access to the database) is untrusted input.
 */

export const POST_PREFIX = 'post:';
export const BRAND_DOC_ID = 'brand';
const MAX_ID_CHARS = 100;
const MAX_ACCOUNT_CHARS = 200;
/** A member's display name, as CouchDB user names go (no limit there; a name longer than this is not a name). */
export const MAX_MEMBER_CHARS = 80;
const KINDS: readonly PostKind[] = ['post', 'reply', 'thread'];

export interface PostDoc {
  _id: string;
  _rev?: string;
  type: 'post';
  at: number;
  site: PostEvent['site'];
  account: string;
  kind: PostKind;
  scores: PostEvent['scores'];
  /** The display name of the member who posted. */
  member?: string;
  /** Only when the brand shares post text (TeamConfig.shareText). */
  text?: string;
}

export interface PostDocOptions {
  /** The member's display name (their CouchDB user name unless they chose another). */
  member: string;
  shareText: boolean;
}

/** The event as the team sees it. An event pulled from the team keeps the member who posted it. */
export function eventToDoc(event: PostEvent, { member, shareText }: PostDocOptions): PostDoc {
  const doc: PostDoc = {
    _id: POST_PREFIX + event.id,
    type: 'post',
    at: event.at,
    site: event.site,
    account: event.account,
    kind: event.kind,
    scores: event.scores,
  };
  const who = (event.member ?? member).slice(0, MAX_MEMBER_CHARS);
  if (who !== '') doc.member = who;
  if (shareText && typeof event.text === 'string' && event.text !== '') doc.text = event.text;
  return doc;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface DocToEventOptions {
  /** Keep the text a member shared (the local opt-in `Settings.keepDraftText`). */
  keepText: boolean;
  now: number;
}

/**
 * The post event a replicated document stands for, or null when it is not a post document or not a valid
 * one (a deleted document, a foreign document someone put in the database, a broken field). A time more
 * than a day ahead of `now` is refused: it would count for a day that has not come.
 */
export function docToEvent(doc: unknown, { keepText, now }: DocToEventOptions): PostEvent | null {
  if (!isRecord(doc) || doc.type !== 'post' || doc._deleted === true) return null;
  if (typeof doc._id !== 'string' || !doc._id.startsWith(POST_PREFIX)) return null;
  const id = doc._id.slice(POST_PREFIX.length);
  if (id.length === 0 || id.length > MAX_ID_CHARS) return null;
  if (typeof doc.at !== 'number' || !Number.isFinite(doc.at) || doc.at < 0 || doc.at > now + 86_400_000)
    return null;
  if (
    !isPlatform(doc.site) ||
    typeof doc.kind !== 'string' ||
    !(KINDS as readonly string[]).includes(doc.kind)
  )
    return null;
  if (typeof doc.account !== 'string' || doc.account.length > MAX_ACCOUNT_CHARS) return null;
  const event: PostEvent = {
    id,
    at: Math.round(doc.at),
    site: doc.site,
    account: accountKey(doc.site, doc.account),
    kind: doc.kind as PostKind,
    scores: cleanScores(doc.scores),
  };
  if (typeof doc.member === 'string' && doc.member.trim() !== '')
    event.member = doc.member.trim().slice(0, MAX_MEMBER_CHARS);
  if (keepText && typeof doc.text === 'string' && doc.text.trim() !== '')
    event.text = doc.text.slice(0, MAX_TEXT_CHARS);
  return event;
}

// ---- The brand document ----

/** The part of a brand the team shares: everything but this browser's id for it and its team settings. */
export type SharedBrand = Omit<Brand, 'id' | 'team'>;

export interface BrandDoc {
  _id: typeof BRAND_DOC_ID;
  _rev?: string;
  type: 'brand';
  brand: SharedBrand;
  /** Who saved this version, and when: what the conflict view shows next to each version. */
  editedBy: string;
  editedAt: number;
}

export function sharedBrand(brand: Brand): SharedBrand {
  const { id: _id, team: _team, ...shared } = brand;
  return shared;
}

/** One canonical JSON text per content (keys sorted), to tell "changed" from "the same, reordered". */
export function brandFingerprint(shared: unknown): string {
  return JSON.stringify(shared, (_key, value: unknown) => {
    if (!isRecord(value)) return value;
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, value[k]]),
    );
  });
}

/** A brand document's shared brand, or null when the document is not one (checked again by validation). */
export function brandOfDoc(
  doc: unknown,
): { brand: Record<string, unknown>; editedBy: string; editedAt: number } | null {
  if (!isRecord(doc) || doc.type !== 'brand' || doc._deleted === true || !isRecord(doc.brand)) return null;
  return {
    brand: doc.brand,
    editedBy: typeof doc.editedBy === 'string' ? doc.editedBy.slice(0, MAX_MEMBER_CHARS) : '',
    editedAt: typeof doc.editedAt === 'number' && Number.isFinite(doc.editedAt) ? doc.editedAt : 0,
  };
}

/**
 * The local brand with the team's version of the shared part: this browser keeps its own id for the brand
 * and its team settings (server, database, share text). Not validated here: the caller validates the
 * whole settings with it (lib/settings/validate.ts), so a broken or hostile document is never applied.
 */
export function withSharedBrand(local: Brand, shared: Record<string, unknown>): unknown {
  const { id: _id, team: _team, ...rest } = shared;
  return { ...rest, id: local.id, ...(local.team ? { team: local.team } : {}) };
}
