import type { Analysis, Language, Platform } from './scoring/types';

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
  | { type: 'get-draft' };

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
      return true;
    default:
      return false;
  }
}
