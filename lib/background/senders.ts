import type { Message } from '../messages';

/**
 * Who may ask the background what. A content script shares its tab with a page that is hostile
 * input (and on a compromised renderer, the page is the content script), so it gets only what it
 * needs for its own composer: scores, its account's budget, and recording its posts. What the
 * popup and options page show about every account (`budget-summary`: every account's counts) is
 * answered to the extension's own pages only (issue 11).
 */
export type SenderKind = 'extension-page' | 'content-script' | 'other';

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

const ALLOWED: Record<Message['type'], readonly SenderKind[]> = {
  analyze: ['extension-page', 'content-script'],
  warm: ['extension-page', 'content-script'],
  'record-post': ['content-script'],
  'budget-status': ['content-script'],
  'budget-summary': ['extension-page'],
  // Sent by the extension to content scripts, never to the background.
  'get-draft': [],
  'toggle-panel': [],
};

/** Whether the background answers a message of `type` from this kind of sender. */
export function mayAsk(type: Message['type'], kind: SenderKind): boolean {
  return ALLOWED[type].includes(kind);
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
