import { type BrandSyncState, describeSyncState } from '../lib/team/state';
import { tKey } from './i18n';

/** A brand's team sync state in words (lib/team/state.ts), for the popup and the options page. */
export function syncStateText(state: BrandSyncState, now = Date.now()): string {
  const words = describeSyncState(state, now);
  return tKey(words.key, words.args, words.key);
}
