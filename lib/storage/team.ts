import { storage } from 'wxt/utils/storage';
import type { TeamCredential, TeamCredentials } from '../background/team';
import { type BrandSyncState, parseSyncState } from '../team/state';

/**
 * Team sync's two items in `storage.local` (issue 13). The member's credentials are here and nowhere else:
 * not in the settings (which are exported and could be synced), never in an export, never sent to a page.
 * The background is their only reader and writer (`team-sign-in`). The sync states are what the popup and
 * options page show; the background writes them after every round.
 */
const credentialsItem = storage.defineItem<unknown>('local:team-credentials', { fallback: {} });
const statesItem = storage.defineItem<unknown>('local:team-sync-state', { fallback: {} });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The stored credentials, each checked; anything else reads as "not signed in". */
export function parseCredentials(v: unknown): TeamCredentials {
  const out: TeamCredentials = {};
  if (!isRecord(v)) return out;
  for (const [brandId, c] of Object.entries(v))
    if (isRecord(c) && typeof c.username === 'string' && typeof c.password === 'string')
      out[brandId] = { username: c.username, password: c.password };
  return out;
}

export async function loadCredentials(): Promise<TeamCredentials> {
  return parseCredentials(await credentialsItem.getValue());
}

export async function saveCredential(brandId: string, credential: TeamCredential): Promise<void> {
  const all = await loadCredentials();
  all[brandId] = credential;
  await credentialsItem.setValue(all);
}

export async function loadSyncStates(): Promise<BrandSyncState[]> {
  const raw = await statesItem.getValue();
  if (!isRecord(raw)) return [];
  return Object.values(raw)
    .map(parseSyncState)
    .filter((s): s is BrandSyncState => s !== null);
}

export async function saveSyncState(state: BrandSyncState): Promise<void> {
  const raw = await statesItem.getValue();
  await statesItem.setValue({ ...(isRecord(raw) ? raw : {}), [state.brandId]: state });
}
