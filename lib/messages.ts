import type { BudgetStatus, BudgetSummary, PostEvent } from './budget/types';
import { type Analysis, type Language, PLATFORMS, type Platform } from './scoring/types';

/**
 * The messages between the extension's parts. Every receiver validates with `isMessage`
 * before acting: content scripts share their page, and nothing from a page is trusted.
 *
 *   content → background  analyze        score a draft (brand rules applied in the background)
 *   content → background  warm           wake the service worker and load the scorer on first focus
 *   popup   → background  analyze        score pasted text
 *   popup   → content     get-draft      the focused composer's draft and its analysis, if any
 */
export type Message =
  | { type: 'analyze'; text: string; platform?: Platform; lang?: Language | 'auto' }
  | { type: 'warm' }
  | { type: 'get-draft' }
  /** content → background: a confirmed post; answered with `{ ok: true }` once it is stored. */
  | { type: 'record-post'; event: PostEvent }
  /** content → background: the budget of the account about to post (also sets the toolbar badge). */
  | { type: 'budget-status'; site: Platform; account: string }
  /** popup → background: today's counters and the 7-day chart. */
  | { type: 'budget-summary' }
  /** background → content: the keyboard command opens (or closes) the suggestions panel. */
  | { type: 'toggle-panel' };

/**
 * The answer to `record-post`. `{ok: false}` alone is a failure to store (the sender tries again
 * with the same id); `refused` is final: `rate-limit` (more posts from one tab than a person can
 * publish, lib/background/rate-limit.ts) or `invalid` (an event that can never be stored).
 */
export interface RecordReply {
  ok: boolean;
  refused?: 'rate-limit' | 'invalid';
}

export type BudgetStatusReply = { ok: true; status: BudgetStatus } | { ok: false };
export type BudgetSummaryReply = { ok: true; summary: BudgetSummary } | { ok: false };

export interface AnalyzeReply {
  ok: true;
  analysis: Analysis;
}

export interface DraftReply {
  /** The site of the tab, so the popup can show its switch even while the coach is off there. */
  platform: Platform;
  /** Null when no composer on the page has a draft. */
  draft: { text: string; platform: Platform; analysis: Analysis | null } | null;
  siteEnabled: boolean;
}

/** The largest draft a message may carry; the scorer reads at most 50,000 characters anyway. */
export const MAX_MESSAGE_TEXT = 200_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function isMessage(v: unknown): v is Message {
  if (!isRecord(v) || typeof v.type !== 'string') return false;
  switch (v.type) {
    case 'analyze':
      return typeof v.text === 'string' && v.text.length <= MAX_MESSAGE_TEXT;
    case 'warm':
    case 'get-draft':
    case 'budget-summary':
    case 'toggle-panel':
      return true;
    case 'record-post':
      return isPostEvent(v.event);
    case 'budget-status':
      return isPlatform(v.site) && typeof v.account === 'string' && v.account.length <= 200;
    default:
      return false;
  }
}

const KINDS = new Set(['post', 'reply', 'thread']);

function isPlatform(v: unknown): v is Platform {
  return typeof v === 'string' && (PLATFORMS as readonly string[]).includes(v);
}

/** Guards what a page-world content script sends: every field typed and bounded. */
export function isPostEvent(v: unknown): v is PostEvent {
  if (!isRecord(v)) return false;
  if (typeof v.id !== 'string' || v.id.length === 0 || v.id.length > 100) return false;
  if (typeof v.at !== 'number' || !Number.isFinite(v.at)) return false;
  if (!isPlatform(v.site) || typeof v.account !== 'string' || v.account.length > 200) return false;
  if (typeof v.kind !== 'string' || !KINDS.has(v.kind)) return false;
  if (v.text !== undefined && (typeof v.text !== 'string' || v.text.length > MAX_MESSAGE_TEXT)) return false;
  if (v.scores !== null) {
    if (!isRecord(v.scores)) return false;
    for (const k of ['broadcast', 'pushiness', 'missingValue']) {
      const n = v.scores[k];
      if (typeof n !== 'number' || !Number.isFinite(n)) return false;
    }
  }
  return true;
}
