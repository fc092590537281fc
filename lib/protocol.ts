import { browser } from 'wxt/browser';
import type { BudgetStatus, BudgetSummary, PostEvent, PostKind } from './budget/types';
import { isLanguage, isPlatform, type Language, type Platform } from './core';
// The type and its guard only: lib/count/count.ts (twitter-text) stays out of the content script.
import { type CharCount, isCharCount } from './count/types';
import { type Analysis, type IgnoreScope, RULE_ID, SCORE_KEYS } from './scoring/types';
import { type BrandSyncState, parseSyncState } from './team/state';

/**
 * The one message protocol between the extension's parts (issue 9; the shape of Automattic/harper's
 * chrome-plugin protocol.ts). `REQUESTS` is the table: per request type, who receives it (`to`),
 * who may ask (`from`), the guard of the request and the guard of its reply. Every receiver checks
 * the request guard and every caller the reply guard: content scripts share their tab with a page
 * that is hostile input, and a reply crosses a process boundary (an old or half-started worker
 * answers nothing, `{ ok: false }` or another shape).
 *
 *   content → background  draft           score a draft with its account's brand, and that account's budget
 *   any page → background warm            wake the worker and load the scorer on first focus
 *   popup   → background  analyze         score pasted text (the popup has no account)
 *   content → background  record-post     a confirmed post, for the post log
 *   popup   → background  budget-summary  today's counters of every account and the 7-day chart
 *   popup   → content     get-draft       the focused composer's draft and its analysis, if any
 *   background → content  toggle-panel    the keyboard command opens (or closes) the panel
 *   content → background  ignore          "never for this brand": the card adds (or undoes) a brand's ignore
 *   popup/options → background  team-status, team-sync-now, team-sign-in, team-versions, team-resolve
 *                         team sync (issue 13): states, a round now, sign-in, the brand conflict and its choice
 *
 * Callers use `call()` (to the background) and `callTab()` (to a tab's content script); the
 * background answers through one `serve()`.
 */

/** The largest draft a message may carry; the scorer reads at most 50,000 characters anyway. */
export const MAX_MESSAGE_TEXT = 200_000;
/** The longest account a message may carry (HANDLE_FORMATS allow 253 for a Bluesky domain; the log keeps 200). */
const MAX_ACCOUNT = 200;
/** More than any real day has; a bigger figure is a broken reply, not a busy brand. */
const MAX_COUNT = 100_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// ---- Who asks ----

/**
 * Who may ask the background what. A content script shares its tab with a page that is hostile
 * input (and on a compromised renderer, the page is the content script), so it gets only what it
 * needs for its own composer: scores and its account's budget (`draft`), and recording its posts.
 * What the popup and options page show about every account (`budget-summary`: every account's
 * counts) is answered to the extension's own pages only (issue 11).
 */
export type SenderKind = 'extension-page' | 'content-script' | 'other';
/** The senders a request can name in `from` (`other` is never answered). */
export type Asker = Exclude<SenderKind, 'other'>;

/** The parts of `runtime.MessageSender` the decision reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * An extension page is a page of our own origin (the popup, the options page, also when it is open
 * in a tab); a content script is ours (same extension id) but runs in a web page of a tab.
 */
export function senderKind(sender: SenderInfo, runtimeId: string, extensionUrl: string): SenderKind {
  if (sender.id !== runtimeId || typeof sender.url !== 'string') return 'other';
  const origin = originOf(sender.url);
  if (origin === null) return 'other';
  if (origin === originOf(extensionUrl)) return 'extension-page';
  return sender.tab?.id !== undefined ? 'content-script' : 'other';
}

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    // `chrome-extension://<id>` and `moz-extension://<uuid>` have an opaque origin ("null") in
    // some engines: the scheme and host name the extension just as well.
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

// ---- Requests and replies ----

export type DraftKind = 'post' | 'reply';

/** content → background, once per rescore: the composer's text, site, account (as read on the page) and kind. */
export interface DraftRequest {
  type: 'draft';
  /** `''` asks for the budget only (the once-a-minute tick, after a recorded post): cheap, analysis null. */
  text: string;
  site: Platform;
  account: string;
  kind: DraftKind;
  /** What the person ignored in this draft only ("ignore here"): dropped before scoring. */
  ignores?: IgnoreScope[];
  /**
   * A thread (several items in one composer): each item's length in `text`, which joins them with
   * `separator` characters (the content script's THREAD_SEPARATOR). Each item has its own character
   * limit; absent, `text` is one item.
   */
  parts?: { lengths: number[]; separator: number };
}

/** The most thread items a `draft` request may describe (X allows 25; Threads and Bluesky fewer). */
export const MAX_THREAD_PARTS = 100;

/** The brand whose rules a draft was scored with, for the panel to name. */
export interface BrandRef {
  id: string;
  name: string;
}

export interface DraftReply {
  ok: true;
  /** Null when the text is blank. */
  analysis: Analysis | null;
  /** The account's posting budget now; null when the background cannot say. */
  budget: BudgetStatus | null;
  /**
   * The brand whose rules applied (the account's owner, else the active brand, else the only one; on
   * a budget-only round, the brand whose rules would apply); null: built-in rules only.
   */
  brand: BrandRef | null;
  /** The draft's length as its site counts it (lib/count); null when the text is blank. */
  chars: CharCount | null;
}

export interface WarmRequest {
  type: 'warm';
}

export interface OkReply {
  ok: true;
}

/** Pasted text from the popup: no account, so the active brand's rules (or the only brand's). */
export interface AnalyzeRequest {
  type: 'analyze';
  text: string;
  platform?: Platform;
  lang?: Language | 'auto';
}

/** `chars` when the request named a platform (the popup's tab draft): its length as that site counts it. */
export type AnalyzeReply = { ok: true; analysis: Analysis; chars?: CharCount } | { ok: false; error: string };

/** A confirmed post; answered with `{ ok: true }` once it is stored. */
export interface RecordPostRequest {
  type: 'record-post';
  event: PostEvent;
}

/**
 * The answer to `record-post`. `{ok: false}` alone is a failure to store (the sender tries again
 * with the same id); `refused` is final: `rate-limit` (more posts from one tab than a person can
 * publish, lib/background/rate-limit.ts) or `invalid` (an event that can never be stored).
 */
export interface RecordReply {
  ok: boolean;
  refused?: 'rate-limit' | 'invalid';
}

export interface BudgetSummaryRequest {
  type: 'budget-summary';
}

/** `{ ok: false }` and no answer both mean "not available": the popup says so instead of showing zeros. */
export type BudgetSummaryReply = { ok: true; summary: BudgetSummary } | { ok: false };

export interface GetDraftRequest {
  type: 'get-draft';
}

/** The content script's answer to `get-draft`. */
export interface TabDraftReply {
  /** The site of the tab, so the popup can show its switch even while the coach is off there. */
  platform: Platform;
  /** Null when no composer on the page has a draft. */
  draft: {
    text: string;
    platform: Platform;
    analysis: Analysis | null;
    /** The length for exactly this text, as the `draft` reply gave it; null: the popup asks `analyze`. */
    chars: CharCount | null;
    /** The posting budget of the draft's account, as the overlay shows it; null when not known. */
    budget: BudgetStatus | null;
    /** A reply never uses the budget: the popup's budget line says so instead of warning. */
    kind: DraftKind;
  } | null;
  siteEnabled: boolean;
}

/**
 * content → background: "never for this brand" from the card (issue 10). The content script may not
 * write settings; the background finds the brand whose rules apply to this account (as for `draft`),
 * adds the ignore (or, with `undo`, removes it) and saves through validation.
 */
export interface IgnoreRequest {
  type: 'ignore';
  site: Platform;
  account: string;
  rule: string;
  /** Only this exact phrase of the rule (compared as `normalisePhrase`); absent: the whole rule. */
  phrase?: string;
  undo?: boolean;
}

export type IgnoreReply =
  | { ok: true; brand: BrandRef }
  | { ok: false; error: 'no-brand' | 'unreadable' | 'invalid' };

export interface TogglePanelRequest {
  type: 'toggle-panel';
}

// ---- Team sync (issue 13) ----

/** One post of a synced brand for the popup's "who posted when" (`member` absent: this browser's user). */
export interface RecentPost {
  at: number;
  site: Platform;
  account: string;
  kind: PostKind;
  member?: string;
}

export interface TeamStatusRequest {
  type: 'team-status';
}

/** A round now: one brand, or every synced brand. */
export interface TeamSyncNowRequest {
  type: 'team-sync-now';
  brandId?: string;
}

/** The member's credentials for a brand; the background keeps them in `storage.local` and runs a round. */
export interface TeamSignInRequest {
  type: 'team-sign-in';
  brandId: string;
  username: string;
  password: string;
}

/** The sync state of every synced brand, and their latest posts with who posted them. */
export type TeamStatusReply = { ok: true; states: BrandSyncState[]; recent: RecentPost[] } | { ok: false };

export interface TeamVersionsRequest {
  type: 'team-versions';
  brandId: string;
}

/** One version of a brand's settings in a conflict (`brand` is the shared part, checked on use). */
export interface TeamVersion {
  rev: string;
  brand: Record<string, unknown>;
  editedBy: string;
  editedAt: number;
  winner: boolean;
}

export type TeamVersionsReply = { ok: true; versions: TeamVersion[] } | { ok: false };

/** The version of the brand settings to keep in a conflict. */
export interface TeamResolveRequest {
  type: 'team-resolve';
  brandId: string;
  rev: string;
}

/** A request answered with nothing (`sendMessage` resolves undefined). */
export type NoReply = null | undefined;

/** Every request type with its request, its reply and its receiver. */
export interface RequestMap {
  draft: { request: DraftRequest; reply: DraftReply; to: 'background' };
  warm: { request: WarmRequest; reply: OkReply; to: 'background' };
  analyze: { request: AnalyzeRequest; reply: AnalyzeReply; to: 'background' };
  'record-post': { request: RecordPostRequest; reply: RecordReply; to: 'background' };
  'budget-summary': { request: BudgetSummaryRequest; reply: BudgetSummaryReply; to: 'background' };
  'get-draft': { request: GetDraftRequest; reply: TabDraftReply; to: 'content' };
  'toggle-panel': { request: TogglePanelRequest; reply: NoReply; to: 'content' };
  ignore: { request: IgnoreRequest; reply: IgnoreReply; to: 'background' };
  'team-status': { request: TeamStatusRequest; reply: TeamStatusReply; to: 'background' };
  'team-sync-now': { request: TeamSyncNowRequest; reply: TeamStatusReply; to: 'background' };
  'team-sign-in': { request: TeamSignInRequest; reply: TeamStatusReply; to: 'background' };
  'team-versions': { request: TeamVersionsRequest; reply: TeamVersionsReply; to: 'background' };
  'team-resolve': { request: TeamResolveRequest; reply: TeamStatusReply; to: 'background' };
}

export type RequestType = keyof RequestMap;
export type RequestOf<K extends RequestType> = RequestMap[K]['request'];
export type ReplyOf<K extends RequestType> = RequestMap[K]['reply'];
/** What a caller passes: the request without its `type`. */
export type BodyOf<K extends RequestType> = Omit<RequestOf<K>, 'type'>;
export type BackgroundRequest = {
  [K in RequestType]: RequestMap[K]['to'] extends 'background' ? K : never;
}[RequestType];
export type ContentRequest = Exclude<RequestType, BackgroundRequest>;

export interface RequestSpec<K extends RequestType> {
  /** Who receives it: the background (`call`, `serve`) or a tab's content script (`callTab`). */
  to: RequestMap[K]['to'];
  /** Who may ask; the background answers no one else (popup-only requests never reach a page). */
  from: readonly Asker[];
  request(v: unknown): v is RequestOf<K>;
  reply(v: unknown): v is ReplyOf<K>;
}

// ---- Guards ----

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
}

function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isText(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

function isIdOrNull(v: unknown): v is string | null {
  return v === null || typeof v === 'string';
}

/** A message of `type` with nothing else to check. */
function isBare<T extends string>(type: T): (v: unknown) => v is { type: T } {
  return (v): v is { type: T } => isRecord(v) && v.type === type;
}

function isNoReply(v: unknown): v is NoReply {
  return v === undefined || v === null;
}

/** Enough of the Analysis shape for the overlay and the popup to render it without throwing. */
export function isAnalysis(v: unknown): v is Analysis {
  if (!isRecord(v) || !isRecord(v.scores) || !isRecord(v.stats)) return false;
  if (!Array.isArray(v.findings) || !Array.isArray(v.strengths)) return false;
  // A finding lists every span of its cause (a content script of an older build sends none).
  if (!v.findings.every((f) => isRecord(f) && Array.isArray(f.spans) && f.spans.length > 0)) return false;
  if (!isLanguage(v.rulesLanguage)) return false;
  const scores = v.scores;
  return SCORE_KEYS.every((k) => {
    const s = scores[k];
    return isRecord(s) && typeof s.value === 'number' && typeof s.band === 'string';
  });
}

const POST_KINDS = new Set(['post', 'reply', 'thread']);

/** Guards what a page-world content script sends: every field typed and bounded. */
export function isPostEvent(v: unknown): v is PostEvent {
  if (!isRecord(v)) return false;
  if (typeof v.id !== 'string' || v.id.length === 0 || v.id.length > 100) return false;
  if (!isTime(v.at)) return false;
  if (!isPlatform(v.site) || !isText(v.account, MAX_ACCOUNT)) return false;
  if (typeof v.kind !== 'string' || !POST_KINDS.has(v.kind)) return false;
  if (v.text !== undefined && !isText(v.text, MAX_MESSAGE_TEXT)) return false;
  if (v.scores !== null) {
    if (!isRecord(v.scores)) return false;
    for (const k of SCORE_KEYS) if (!isTime(v.scores[k])) return false;
  }
  return true;
}

export function isBudgetStatus(v: unknown): v is BudgetStatus {
  if (!isRecord(v) || !isPlatform(v.site) || !isText(v.account, MAX_ACCOUNT) || !isIdOrNull(v.brandId))
    return false;
  if (!isCount(v.postsToday) || !isCount(v.repliesToday) || !isCount(v.perDay) || !isCount(v.spacingMinutes))
    return false;
  if (v.lastPostAt !== null && !isTime(v.lastPostAt)) return false;
  const w = v.warning;
  if (w === null) return true;
  return (
    isRecord(w) &&
    (w.kind === 'over-budget' || w.kind === 'too-soon') &&
    (w.minutesToWait === undefined || isCount(w.minutesToWait)) &&
    (w.nextFreeAt === undefined || isTime(w.nextFreeAt))
  );
}

/** An optional display name: absent, or text no longer than an account. */
function isNameOrAbsent(v: unknown): boolean {
  return v === undefined || isText(v, MAX_ACCOUNT);
}

function isAccountSummary(v: unknown): boolean {
  return (
    isRecord(v) &&
    isPlatform(v.site) &&
    isText(v.account, MAX_ACCOUNT) &&
    isNameOrAbsent(v.displayName) &&
    isIdOrNull(v.brandId) &&
    isCount(v.postsToday) &&
    isCount(v.repliesToday) &&
    isCount(v.perDay) &&
    (v.lastPostAt === null || isTime(v.lastPostAt))
  );
}

function isWeekDays(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.length <= 31 &&
    v.every(
      (d: unknown) =>
        isRecord(d) && typeof d.day === 'string' && DAY.test(d.day) && isCount(d.posts) && isCount(d.replies),
    )
  );
}

/** A brand's (or the unassigned accounts') total per day. */
function isWeekEntry(v: unknown): boolean {
  return isRecord(v) && isIdOrNull(v.brandId) && isWeekDays(v.days);
}

/** One account's row of the week, with its budget. */
function isAccountWeek(v: unknown): boolean {
  return (
    isRecord(v) &&
    isPlatform(v.site) &&
    isText(v.account, MAX_ACCOUNT) &&
    isNameOrAbsent(v.displayName) &&
    isIdOrNull(v.brandId) &&
    isCount(v.perDay) &&
    isWeekDays(v.days)
  );
}

export function isBudgetSummary(v: unknown): v is BudgetSummary {
  if (!isRecord(v) || typeof v.today !== 'string' || !DAY.test(v.today)) return false;
  if (!Array.isArray(v.accounts) || !v.accounts.every(isAccountSummary)) return false;
  if (!Array.isArray(v.week) || !v.week.every(isAccountWeek)) return false;
  if (!Array.isArray(v.brandWeek) || !v.brandWeek.every(isWeekEntry)) return false;
  const ratio = v.conversationRatio;
  return ratio === null || (typeof ratio === 'number' && ratio >= 0 && ratio <= 1);
}

function isBrandRef(v: unknown): v is BrandRef {
  return isRecord(v) && isText(v.id, 200) && isText(v.name, 200);
}

/** More than anyone ignores in one draft; a longer list is not a person's. */
const MAX_DRAFT_IGNORES = 100;
/** As `Brand.ignores` stores them (lib/settings/validate.ts MAX_IGNORED_PHRASE). */
const MAX_IGNORED_PHRASE = 500;

function isIgnoreScope(v: unknown): v is IgnoreScope {
  return (
    isRecord(v) &&
    typeof v.rule === 'string' &&
    RULE_ID.test(v.rule) &&
    (v.phrase === undefined || (isText(v.phrase, MAX_IGNORED_PHRASE) && v.phrase.trim() !== ''))
  );
}

function isDraftRequest(v: unknown): v is DraftRequest {
  return (
    isRecord(v) &&
    v.type === 'draft' &&
    isText(v.text, MAX_MESSAGE_TEXT) &&
    isPlatform(v.site) &&
    isText(v.account, MAX_ACCOUNT) &&
    (v.kind === 'post' || v.kind === 'reply') &&
    (v.ignores === undefined ||
      (Array.isArray(v.ignores) &&
        v.ignores.length <= MAX_DRAFT_IGNORES &&
        v.ignores.every(isIgnoreScope))) &&
    (v.parts === undefined || isThreadParts(v.parts))
  );
}

function isIgnoreRequest(v: unknown): v is IgnoreRequest {
  return (
    isRecord(v) &&
    v.type === 'ignore' &&
    isPlatform(v.site) &&
    isText(v.account, MAX_ACCOUNT) &&
    isIgnoreScope(v) &&
    (v.undo === undefined || typeof v.undo === 'boolean')
  );
}

function isThreadParts(v: unknown): v is NonNullable<DraftRequest['parts']> {
  return (
    isRecord(v) &&
    isCount(v.separator) &&
    v.separator <= 10 &&
    Array.isArray(v.lengths) &&
    v.lengths.length <= MAX_THREAD_PARTS &&
    v.lengths.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_MESSAGE_TEXT)
  );
}

function isIgnoreReply(v: unknown): v is IgnoreReply {
  if (!isRecord(v)) return false;
  if (v.ok === true) return isBrandRef(v.brand);
  return v.ok === false && (v.error === 'no-brand' || v.error === 'unreadable' || v.error === 'invalid');
}

function isDraftReply(v: unknown): v is DraftReply {
  return (
    isRecord(v) &&
    v.ok === true &&
    (v.analysis === null || isAnalysis(v.analysis)) &&
    (v.budget === null || isBudgetStatus(v.budget)) &&
    (v.brand === null || isBrandRef(v.brand)) &&
    (v.chars === null || isCharCount(v.chars))
  );
}

function isOkReply(v: unknown): v is OkReply {
  return isRecord(v) && v.ok === true;
}

function isAnalyzeRequest(v: unknown): v is AnalyzeRequest {
  return (
    isRecord(v) &&
    v.type === 'analyze' &&
    isText(v.text, MAX_MESSAGE_TEXT) &&
    (v.platform === undefined || isPlatform(v.platform)) &&
    (v.lang === undefined || v.lang === 'auto' || isLanguage(v.lang))
  );
}

function isAnalyzeReply(v: unknown): v is AnalyzeReply {
  if (!isRecord(v)) return false;
  return v.ok === true
    ? isAnalysis(v.analysis) && (v.chars === undefined || isCharCount(v.chars))
    : v.ok === false && typeof v.error === 'string';
}

function isRecordPostRequest(v: unknown): v is RecordPostRequest {
  return isRecord(v) && v.type === 'record-post' && isPostEvent(v.event);
}

function isRecordReply(v: unknown): v is RecordReply {
  return (
    isRecord(v) &&
    typeof v.ok === 'boolean' &&
    (v.refused === undefined || v.refused === 'rate-limit' || v.refused === 'invalid')
  );
}

function isBudgetSummaryReply(v: unknown): v is BudgetSummaryReply {
  if (!isRecord(v)) return false;
  return v.ok === true ? isBudgetSummary(v.summary) : v.ok === false;
}

function isTabDraftReply(v: unknown): v is TabDraftReply {
  if (!isRecord(v) || !isPlatform(v.platform) || typeof v.siteEnabled !== 'boolean') return false;
  const d = v.draft;
  return (
    d === null ||
    (isRecord(d) &&
      isText(d.text, MAX_MESSAGE_TEXT) &&
      isPlatform(d.platform) &&
      (d.analysis === null || isAnalysis(d.analysis)) &&
      (d.chars === null || isCharCount(d.chars)) &&
      (d.budget === null || isBudgetStatus(d.budget)) &&
      (d.kind === 'post' || d.kind === 'reply'))
  );
}

const BRAND_ID = /^[A-Za-z0-9_-]{1,64}$/;

function isBrandId(v: unknown): v is string {
  return typeof v === 'string' && BRAND_ID.test(v);
}

function isRecentPost(v: unknown): v is RecentPost {
  return (
    isRecord(v) &&
    isTime(v.at) &&
    isPlatform(v.site) &&
    isText(v.account, MAX_ACCOUNT) &&
    typeof v.kind === 'string' &&
    POST_KINDS.has(v.kind) &&
    (v.member === undefined || isText(v.member, 200))
  );
}

function isTeamStatusReply(v: unknown): v is TeamStatusReply {
  if (!isRecord(v)) return false;
  if (v.ok !== true) return v.ok === false;
  return (
    Array.isArray(v.states) &&
    v.states.every((s) => parseSyncState(s) !== null) &&
    Array.isArray(v.recent) &&
    v.recent.length <= 100 &&
    v.recent.every(isRecentPost)
  );
}

function isTeamSyncNowRequest(v: unknown): v is TeamSyncNowRequest {
  return isRecord(v) && v.type === 'team-sync-now' && (v.brandId === undefined || isBrandId(v.brandId));
}

function isTeamSignInRequest(v: unknown): v is TeamSignInRequest {
  return (
    isRecord(v) &&
    v.type === 'team-sign-in' &&
    isBrandId(v.brandId) &&
    isText(v.username, 200) &&
    v.username.trim() !== '' &&
    isText(v.password, 1000)
  );
}

function isTeamVersionsRequest(v: unknown): v is TeamVersionsRequest {
  return isRecord(v) && v.type === 'team-versions' && isBrandId(v.brandId);
}

function isTeamVersionsReply(v: unknown): v is TeamVersionsReply {
  if (!isRecord(v)) return false;
  if (v.ok !== true) return v.ok === false;
  return (
    Array.isArray(v.versions) &&
    v.versions.every(
      (x) =>
        isRecord(x) &&
        isText(x.rev, 200) &&
        isRecord(x.brand) &&
        isText(x.editedBy, 200) &&
        isTime(x.editedAt) &&
        typeof x.winner === 'boolean',
    )
  );
}

function isTeamResolveRequest(v: unknown): v is TeamResolveRequest {
  return isRecord(v) && v.type === 'team-resolve' && isBrandId(v.brandId) && isText(v.rev, 200);
}

// ---- The table ----

export const REQUESTS: { readonly [K in RequestType]: RequestSpec<K> } = {
  draft: { to: 'background', from: ['content-script'], request: isDraftRequest, reply: isDraftReply },
  warm: {
    to: 'background',
    from: ['extension-page', 'content-script'],
    request: isBare('warm'),
    reply: isOkReply,
  },
  analyze: { to: 'background', from: ['extension-page'], request: isAnalyzeRequest, reply: isAnalyzeReply },
  'record-post': {
    to: 'background',
    from: ['content-script'],
    request: isRecordPostRequest,
    reply: isRecordReply,
  },
  'budget-summary': {
    to: 'background',
    from: ['extension-page'],
    request: isBare('budget-summary'),
    reply: isBudgetSummaryReply,
  },
  // To a tab's content script: asked by the popup, and by the background's keyboard command.
  'get-draft': {
    to: 'content',
    from: ['extension-page'],
    request: isBare('get-draft'),
    reply: isTabDraftReply,
  },
  'toggle-panel': {
    to: 'content',
    from: ['extension-page'],
    request: isBare('toggle-panel'),
    reply: isNoReply,
  },
  ignore: { to: 'background', from: ['content-script'], request: isIgnoreRequest, reply: isIgnoreReply },
  // Team sync (issue 13): the extension's own pages only; a page never learns the team's state or members.
  'team-status': {
    to: 'background',
    from: ['extension-page'],
    request: isBare('team-status'),
    reply: isTeamStatusReply,
  },
  'team-sync-now': {
    to: 'background',
    from: ['extension-page'],
    request: isTeamSyncNowRequest,
    reply: isTeamStatusReply,
  },
  'team-sign-in': {
    to: 'background',
    from: ['extension-page'],
    request: isTeamSignInRequest,
    reply: isTeamStatusReply,
  },
  'team-versions': {
    to: 'background',
    from: ['extension-page'],
    request: isTeamVersionsRequest,
    reply: isTeamVersionsReply,
  },
  'team-resolve': {
    to: 'background',
    from: ['extension-page'],
    request: isTeamResolveRequest,
    reply: isTeamStatusReply,
  },
};

/** The background's request types, as a value (the compiler keeps it equal to BackgroundRequest). */
const BACKGROUND: { readonly [K in BackgroundRequest]: true } = {
  draft: true,
  warm: true,
  analyze: true,
  'record-post': true,
  'budget-summary': true,
  ignore: true,
  'team-status': true,
  'team-sync-now': true,
  'team-sign-in': true,
  'team-versions': true,
  'team-resolve': true,
};

/** The request types the background serves (for the meta-test and for anyone listing them). */
export const BACKGROUND_REQUESTS: readonly string[] = Object.keys(BACKGROUND);

function isKeyOf<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(table, key);
}

/** Whether `v` is a well-formed request of `type` (for a receiver that handles one type, like the content script). */
export function isRequest<K extends RequestType>(type: K, v: unknown): v is RequestOf<K> {
  return REQUESTS[type].request(v);
}

// ---- Calling ----

export interface CallOptions {
  /** Give up (null) after this long: a popup must not stay blank behind a busy page or a waking worker. */
  timeoutMs?: number;
}

/**
 * Asks the background. Null when the worker is gone, restarting or throws, when the answer does not
 * pass the reply guard, or when `timeoutMs` passed first: callers treat null as "not now".
 */
export function call<K extends BackgroundRequest>(
  type: K,
  body: BodyOf<K>,
  options: CallOptions = {},
): Promise<ReplyOf<K> | null> {
  return ask(REQUESTS[type], () => browser.runtime.sendMessage({ ...body, type }), options);
}

/** Asks the content script of one tab; null as for `call` (a tab where Steady does not run has no receiver). */
export function callTab<K extends ContentRequest>(
  tabId: number,
  type: K,
  body: BodyOf<K>,
  options: CallOptions = {},
): Promise<ReplyOf<K> | null> {
  return ask(REQUESTS[type], () => browser.tabs.sendMessage(tabId, { ...body, type }), options);
}

async function ask<K extends RequestType>(
  spec: RequestSpec<K>,
  send: () => Promise<unknown>,
  { timeoutMs }: CallOptions,
): Promise<ReplyOf<K> | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const sent = send();
    const reply: unknown =
      timeoutMs === undefined
        ? await sent
        : await Promise.race([
            sent,
            new Promise<null>((resolve) => {
              timer = setTimeout(() => resolve(null), timeoutMs);
            }),
          ]);
    return spec.reply(reply) ? reply : null;
  } catch {
    return null;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

// ---- Serving ----

/** Who asked, as the handler may use it: the tab of a content script (the badge, the rate limit). */
export interface Sender {
  kind: Asker;
  tabId: number | undefined;
}

export type Handler<K extends BackgroundRequest> = (
  request: RequestOf<K>,
  sender: Sender,
) => ReplyOf<K> | Promise<ReplyOf<K>>;

/** One handler per background request type: the compiler refuses a map that misses one. */
export type Handlers = { readonly [K in BackgroundRequest]: Handler<K> };

/**
 * What the background does with one incoming message: the promise of its answer, or undefined when
 * it does not answer (an unknown or malformed request, a request for a content script, or a sender
 * the table does not name for that type). A handler that throws is answered `{ ok: false, error }`,
 * which fails the reply guard of every request but `analyze` (whose callers show the error).
 */
export function answer(
  handlers: Handlers,
  message: unknown,
  sender: { kind: SenderKind; tabId: number | undefined },
): Promise<unknown> | undefined {
  if (!isRecord(message) || typeof message.type !== 'string') return undefined;
  const type = message.type;
  if (!isKeyOf(BACKGROUND, type) || sender.kind === 'other') return undefined;
  return dispatch(type, handlers, message, { kind: sender.kind, tabId: sender.tabId });
}

function dispatch<K extends BackgroundRequest>(
  type: K,
  handlers: Handlers,
  message: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  const spec: RequestSpec<K> = REQUESTS[type];
  if (!spec.from.includes(sender.kind) || !spec.request(message)) return undefined;
  const handler: Handler<K> = handlers[type];
  return Promise.resolve()
    .then(() => handler(message, sender))
    .catch((e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
}

type Listener = (
  message: unknown,
  sender: SenderInfo,
  sendResponse: (reply: unknown) => void,
) => true | undefined;

/** The parts of `browser.runtime` that `serve` uses (a fake one in Node tests). */
export interface ServeRuntime {
  id: string;
  getURL(path: string): string;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/**
 * The background's one `runtime.onMessage` listener: checks the request guard and the sender kind
 * from the table, runs the handler and answers. Returns the function that stops serving.
 */
export function serve(handlers: Handlers, runtime: ServeRuntime = browser.runtime): () => void {
  const extensionUrl = runtime.getURL('/');
  const listener: Listener = (message, sender, sendResponse) => {
    const kind = senderKind(sender, runtime.id, extensionUrl);
    const pending = answer(handlers, message, { kind, tabId: sender.tab?.id });
    if (!pending) return undefined;
    void pending.then(sendResponse);
    return true; // the answer comes asynchronously
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
