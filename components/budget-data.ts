import { parsePostLog } from '../lib/budget/log';
import type { BudgetSummary, PostLog } from '../lib/budget/types';
import { call } from '../lib/protocol';
import { loadPostLog as loadStoredPostLog, postLogItem } from '../lib/storage/post-log';

/**
 * The popup's and options page's reads of the posting data: today's summary from the background
 * (the only writer of the log, and the one that knows the local day and budgets) and the post log
 * itself (lib/storage/post-log.ts) for the unassigned accounts and the export. Every answer is
 * checked: a summary crosses a process boundary, and a stored log can be corrupt or hand-edited.
 */

/** Long enough for a service worker to wake up and read the log; short enough not to leave the popup blank. */
const SUMMARY_TIMEOUT_MS = 3000;

/**
 * Today's counters and the week, or null when the background cannot tell: it answered `{ok:false}`,
 * nothing (no handler, or an older worker), something malformed, or not in time.
 */
export async function fetchSummary(): Promise<BudgetSummary | null> {
  const reply = await call('budget-summary', {}, { timeoutMs: SUMMARY_TIMEOUT_MS });
  return reply?.ok ? reply.summary : null;
}

/** The readable events of the stored log (an unreadable log reads as what could be read). */
export async function loadPostLog(): Promise<PostLog> {
  return (await loadStoredPostLog()).log;
}

/** Calls `cb` with the readable log whenever the background records a post. */
export function watchPostLog(cb: (log: PostLog) => void): () => void {
  return postLogItem.watch((value: unknown) => cb(parsePostLog(value).log));
}

/** Saves `text` as a file through a Blob link (no `downloads` permission), like the settings export. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
